use crate::app::components::{focus_soon, RadioGroup, RatingField, TextField};
use crate::app::device::{clock, drafts};
use crate::app::hooks::{use_text, use_workspace};
use crate::core::follow::{actions_on, check_ins_by_date, goals_on};
use crate::core::{
    ActionOutcome, AttainmentLevel, AuthorRole, CalendarDate, Change, CheckIn, Id, Item, JoinedUp,
    JoinedUpAnswer, Plan, CONFIDENCE_THRESHOLD,
};
use crate::text::Text;
use std::collections::HashSet;
use std::rc::Rc;
use yew::prelude::*;

/// "Check in": how each goal and step is going, for today or a day since the plan began,
/// with the check-ins so far (each can be edited; earlier versions stay readable).
#[function_component(CheckInPage)]
pub fn check_in_page() -> Html {
    let t = use_text();
    let f = t.follow;
    let ws = use_workspace();
    let editing = use_state(|| None::<Id>);
    let saved = use_state(|| None::<String>);
    let shown = use_state(|| PAST_SHOWN);
    let Some(plan) = ws.plan() else {
        return html! {};
    };
    let editable = !ws.is_read_only();
    let existing = editing.as_ref().and_then(|id| {
        Plan::live(&plan.check_ins)
            .find(|c| &c.id == id)
            .map(|c| (c.id.clone(), c.body.clone()))
    });
    // Nothing to check in on: no goal or step, now or ever (a missed week can still be
    // caught up on once the last goal has ended).
    let nothing =
        Plan::live(&plan.goals).next().is_none() && Plan::live(&plan.actions).next().is_none();
    let on_saved = {
        let (saved, editing) = (saved.clone(), editing.clone());
        Callback::from(move |date: CalendarDate| {
            saved.set(Some((f.saved_for)(&(t.format_date)(&date))));
            editing.set(None);
            focus_soon("check-in-status".into());
        })
    };
    let on_edit = {
        let (editing, saved) = (editing.clone(), saved.clone());
        Callback::from(move |id: Id| {
            saved.set(None);
            editing.set(Some(id));
            focus_soon("check-in-date".into());
        })
    };
    // Stopping an edit puts its words away and goes back to the check-in's Edit.
    let on_cancel = {
        let editing = editing.clone();
        Callback::from(move |_| {
            if let Some(id) = &*editing {
                focus_soon(format!("edit-check-in-{id}"));
            }
            editing.set(None)
        })
    };
    let form_key = existing
        .as_ref()
        .map(|(id, _)| format!("check-in-{id}"))
        .unwrap_or_else(|| "check-in-new".into());
    html! {
        <section class="page follow check-in-page">
            <h1>{ f.check_in_title }</h1>
            { crate::app::components::writing_as(t, &ws) }
            <p class="intro">{ f.check_in_intro }</p>
            <p id="check-in-status" class="saved-status" role="status" tabindex="-1">{ saved.as_deref().unwrap_or_default() }</p>
            if nothing && existing.is_none() {
                <p class="card">{ f.nothing_to_check }</p>
            } else if editable {
                <CheckInForm key={form_key.clone()} form_key={form_key.clone()} {existing} {on_saved} {on_cancel}
                    on_attempt={{ let saved = saved.clone(); Callback::from(move |_| saved.set(None)) }} />
            }
            { past_check_ins(t, plan, &on_edit, editable, *shown) }
            if check_ins_by_date(plan).len() > *shown {
                <p><button type="button" class="secondary" onclick={{ let shown = shown.clone(); Callback::from(move |_| shown.set(*shown + PAST_SHOWN * 4)) }}>{ f.show_older_check_ins }</button></p>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct CheckInFormProps {
    form_key: String,
    existing: Option<(Id, CheckIn)>,
    on_saved: Callback<CalendarDate>,
    on_cancel: Callback<()>,
    /// Save was pressed: what was said of the last attempt no longer applies.
    on_attempt: Callback<()>,
}

/// Sets or clears one entry of a check-in's (id, value) list.
fn set_pair<V>(list: &mut Vec<(Id, V)>, id: &Id, value: Option<V>) {
    list.retain(|(i, _)| i != id);
    if let Some(v) = value {
        list.push((id.clone(), v));
    }
}

fn pair<V: Clone>(list: &[(Id, V)], id: &Id) -> Option<V> {
    list.iter().find(|(i, _)| i == id).map(|(_, v)| v.clone())
}

fn outcome_slug(o: ActionOutcome) -> &'static str {
    match o {
        ActionOutcome::Done => "done",
        ActionOutcome::Partly => "partly",
        ActionOutcome::NotThisTime => "not",
        ActionOutcome::Skipped => "skipped",
    }
}

fn who_slug(who: Option<AuthorRole>) -> &'static str {
    who.unwrap_or(AuthorRole::Person).slug()
}

type Edit = Rc<dyn Fn(&dyn Fn(&mut CheckIn))>;

/// The check-in itself. What is typed is kept as a draft from the first keystroke (a
/// reload or another screen loses nothing) until it is saved.
#[function_component(CheckInForm)]
fn check_in_form(props: &CheckInFormProps) -> Html {
    let t = use_text();
    let f = t.follow;
    let ws = use_workspace();
    let plan_id = ws.plan().map(|p| p.id.clone());
    // An edit's draft keeps beside it the check-in as it was when it was typed against.
    let kept = use_memo((), {
        let (plan_id, key) = (plan_id.clone(), props.form_key.clone());
        move |_| drafts::Form::new(plan_id, &key)
    });
    let restored = use_memo((), {
        let kept = kept.clone();
        move |_| kept.load::<CheckIn>()
    });
    let blank = {
        let author = ws.author.by;
        move || CheckIn {
            date: clock::today(),
            together_with: (author != AuthorRole::Person).then_some(author),
            ..CheckIn::default()
        }
    };
    let cell = use_mut_ref({
        let (restored, existing, blank) = ((*restored).clone(), props.existing.clone(), blank);
        move || {
            restored
                .map(|(shown, _)| shown)
                .or(existing.map(|(_, body)| body))
                .unwrap_or_else(blank)
        }
    });
    let error = use_state(|| None::<String>);
    // "We kept what you were writing": said of a restored draft until it is saved.
    let says_kept = use_state(|| restored.is_some());
    // The check-in as the plan held it when what is on screen was first typed against
    // it (a restored draft's own base; drafts kept before bases were, the check-in now).
    let opened = use_mut_ref({
        let (existing, restored) = (props.existing.clone(), (*restored).clone());
        move || {
            let now = existing.map(|(_, body)| body)?;
            Some(restored.and_then(|(_, base)| base).unwrap_or(now))
        }
    });
    let rerender = use_force_update();
    let edit: Edit = {
        let (cell, kept, rerender) = (cell.clone(), kept.clone(), rerender.clone());
        let opened = opened.clone();
        Rc::new(move |set: &dyn Fn(&mut CheckIn)| {
            let body = {
                let mut c = cell.borrow_mut();
                set(&mut c);
                c.clone()
            };
            kept.keep(&body, opened.borrow().as_ref());
            rerender.force_update();
        })
    };
    let Some(plan) = ws.plan() else {
        return html! {};
    };
    let onsubmit = {
        let (ws, cell, error, kept) = (ws.clone(), cell.clone(), error.clone(), kept.clone());
        let (existing, on_saved) = (props.existing.clone(), props.on_saved.clone());
        let says_kept = says_kept.clone();
        let on_attempt = props.on_attempt.clone();
        let opened = opened.clone();
        let started = clock::local_date(plan.created.at);
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            on_attempt.emit(());
            let body = cell.borrow().clone();
            if body.date > clock::today() {
                error.set(Some(f.check_in_future.to_string()));
                focus_soon("check-in-date".into());
                return;
            }
            if body.date < started {
                error.set(Some((f.too_early)(&(t.format_date)(&started))));
                focus_soon("check-in-date".into());
                return;
            }
            // An edit goes in against the check-in as this form opened on it: another
            // tab's save since is kept beside it to choose, never written over.
            let saved = match (&existing, opened.borrow().as_ref()) {
                (Some((id, _)), Some(base)) => ws
                    .type_against::<CheckIn>(id, base, body.clone(), format!("check-in-{id}"))
                    .map(|_| ()),
                (Some((id, _)), None) => {
                    ws.change(Change::Edit(Item::CheckIn(id.clone(), body.clone())))
                }
                (None, _) => ws.change(Change::Add(Item::CheckIn(clock::new_id(), body.clone()))),
            };
            match saved {
                Ok(()) | Err(crate::core::ChangeError::Unchanged) => {
                    kept.used();
                    *cell.borrow_mut() = blank();
                    error.set(None);
                    says_kept.set(false);
                    on_saved.emit(body.date);
                }
                Err(e) => error.set(Some((t.change_error)(&e))),
            }
        })
    };
    let c = cell.borrow().clone();
    let today = clock::today();
    let started = clock::local_date(plan.created.at);
    let on_date = {
        let edit = edit.clone();
        Callback::from(move |e: InputEvent| {
            let value = crate::app::components::value_of(&e);
            if let Some(d) = CalendarDate::parse(&value) {
                edit(&|c: &mut CheckIn| c.date = d);
            }
        })
    };
    let who_options = [
        None,
        Some(AuthorRole::Clinician),
        Some(AuthorRole::Supporter),
    ]
    .map(|w| {
        (
            AttrValue::from(who_slug(w)),
            AttrValue::from((f.who_option)(w)),
        )
    })
    .to_vec();
    let on_who = {
        let edit = edit.clone();
        Callback::from(move |v: String| {
            let who = match v.as_str() {
                "clinician" => Some(AuthorRole::Clinician),
                "supporter" => Some(AuthorRole::Supporter),
                _ => None,
            };
            edit(&|c: &mut CheckIn| c.together_with = who);
        })
    };
    // What was being worked on on the check-in's day (a missed week caught up on asks
    // about that week's goals); goals rated in this check-in stay in it even if they have
    // ended since.
    let on_day: HashSet<&Id> = goals_on(plan, c.date).map(|g| &g.id).collect();
    let goals: Vec<_> = plan
        .goals
        .iter()
        .filter(|g| on_day.contains(&g.id) || pair(&c.goal_levels, &g.id).is_some())
        .collect();
    let on_day: HashSet<&Id> = actions_on(plan, c.date).map(|a| &a.id).collect();
    let actions: Vec<_> = plan
        .actions
        .iter()
        .filter(|a| on_day.contains(&a.id) || pair(&c.action_outcomes, &a.id).is_some())
        .collect();
    let is_new = props.existing.is_none();
    html! {
        <form class="card check-in-form" onsubmit={onsubmit} novalidate=true aria-labelledby="check-in-form-title">
            <h2 id="check-in-form-title">{ if is_new { f.check_in_title.to_string() } else { (f.edit_check_in)(&(t.format_date)(&c.date)) } }</h2>
            if *says_kept { <p class="hint restored">{ f.kept_draft }</p> }
            <div class="field">
                <label for="check-in-date">{ f.check_in_date_label }</label>
                <p class="hint" id="check-in-date-hint">{ f.check_in_date_hint }</p>
                <input type="date" id="check-in-date" value={c.date.to_string()} min={started.to_string()} max={today.to_string()}
                    aria-describedby="check-in-date-hint" oninput={on_date} />
            </div>
            <RadioGroup name="check-in-who" legend={f.who_legend} options={who_options} value={who_slug(c.together_with)} on_change={on_who} />
            if !goals.is_empty() {
                <h3>{ f.goals_heading }</h3>
                { for goals.iter().map(|g| goal_question(t, &edit, &g.id, &g.body, pair(&c.goal_levels, &g.id))) }
            }
            if !actions.is_empty() {
                <h3>{ f.actions_heading }</h3>
                { for actions.iter().map(|a| action_question(t, &edit, &a.id, &a.body.what, &c)) }
            }
            { areas(t, &edit, plan, &c) }
            if asks_joined_up(plan) { { joined_up_question(t, &edit, &c) } }
            <TextField id="check-in-note" label={f.note_label} hint={Some(AttrValue::from(f.note_hint))} value={c.note.clone()} multiline=true
                on_change={{ let edit = edit.clone(); Callback::from(move |v: String| edit(&|c: &mut CheckIn| c.note = v.clone())) }} />
            if let Some(msg) = &*error { <p class="error" role="alert">{ msg }</p> }
            <div class="form-buttons">
                <button type="submit">{ if is_new { f.save_check_in } else { f.save_changes } }</button>
                if !is_new {
                    <button type="button" class="secondary" onclick={{
                        let (cancel, kept) = (props.on_cancel.clone(), kept.clone());
                        Callback::from(move |_| { kept.set_aside(); cancel.emit(()) })
                    }}>{ f.cancel_edit }</button>
                }
            </div>
        </form>
    }
}

/// One goal: where the person is now, as the goal's own five described levels.
fn goal_question(
    t: &'static Text,
    edit: &Edit,
    id: &Id,
    goal: &crate::core::Goal,
    level: Option<AttainmentLevel>,
) -> Html {
    let f = t.follow;
    let mut options = vec![(AttrValue::from("none"), AttrValue::from(f.not_recorded))];
    options.extend(AttainmentLevel::ALL.iter().rev().map(|l| {
        (
            AttrValue::from(l.value().to_string()),
            AttrValue::from((f.level_option)(
                (t.gas_level_name)(l.value()),
                &goal.attainment_levels[l.index()],
            )),
        )
    }));
    let value = level
        .map(|l| l.value().to_string())
        .unwrap_or_else(|| "none".into());
    let on_change = {
        let (edit, id) = (edit.clone(), id.clone());
        Callback::from(move |v: String| {
            let level = v.parse::<i8>().ok().and_then(AttainmentLevel::new);
            edit(&|c: &mut CheckIn| set_pair(&mut c.goal_levels, &id, level));
        })
    };
    html! {
        <div class="check-goal" key={id.to_string()}>
            <RadioGroup name={format!("level-{id}")} legend={(f.level_question)(&goal.wording)} {options} {value} {on_change} />
        </div>
    }
}

/// One step: how it went, a note, and how sure the person feels now.
fn action_question(t: &'static Text, edit: &Edit, id: &Id, what: &str, c: &CheckIn) -> Html {
    let f = t.follow;
    let mut options = vec![(AttrValue::from("none"), AttrValue::from(f.not_recorded))];
    options.extend(ActionOutcome::ALL.iter().map(|o| {
        (
            AttrValue::from(outcome_slug(*o)),
            AttrValue::from((f.outcome_name)(*o)),
        )
    }));
    let value = pair(&c.action_outcomes, id)
        .map(outcome_slug)
        .unwrap_or("none");
    let on_outcome = {
        let (edit, id) = (edit.clone(), id.clone());
        Callback::from(move |v: String| {
            let o = ActionOutcome::ALL
                .into_iter()
                .find(|o| outcome_slug(*o) == v);
            edit(&|c: &mut CheckIn| set_pair(&mut c.action_outcomes, &id, o));
        })
    };
    let on_note = {
        let (edit, id) = (edit.clone(), id.clone());
        Callback::from(move |v: String| {
            edit(&|c: &mut CheckIn| {
                let note = (!v.is_empty()).then(|| v.clone());
                set_pair(&mut c.action_notes, &id, note)
            })
        })
    };
    let on_confidence = {
        let (edit, id) = (edit.clone(), id.clone());
        Callback::from(move |v: Option<u8>| {
            edit(&|c: &mut CheckIn| set_pair(&mut c.action_confidence, &id, v))
        })
    };
    let confidence = pair(&c.action_confidence, id);
    let note = pair(&c.action_notes, id).unwrap_or_default();
    let answered = value != "none" || !note.is_empty() || confidence.is_some();
    html! {
        <fieldset class="check-action" key={id.to_string()}>
            <legend>{ what }</legend>
            <RadioGroup name={format!("outcome-{id}")} legend={(f.outcome_question)(what)} {options} value={value} on_change={on_outcome} />
            // A note and how sure they feel come with an answer: a long list of steps stays
            // short to scroll on a phone (and quick to draw).
            if answered {
                <TextField id={format!("action-note-{id}")} label={f.action_note_label} value={note} on_change={on_note} />
                <RatingField id={format!("confidence-{id}")} label={f.confidence_now_label} value={confidence} on_change={on_confidence} />
                if confidence.is_some_and(|v| v < CONFIDENCE_THRESHOLD) {
                    <p class="hint tip">{ f.smaller_step }</p>
                }
            }
        </fieldset>
    }
}

/// Optionally, how able the person feels now in each life area they described.
fn areas(t: &'static Text, edit: &Edit, plan: &Plan, c: &CheckIn) -> Html {
    let f = t.follow;
    // One per life area, the one its wheel shows (two written for one area on two
    // devices would otherwise be asked about twice, and one answer shown nowhere).
    let capabilities: Vec<_> = crate::core::LifeArea::ALL
        .iter()
        .filter_map(|a| crate::core::prepare::capability_for(plan, *a))
        .collect();
    if capabilities.is_empty() {
        return html! {};
    }
    let open = !c.able_now.is_empty();
    html! {
        <details class="check-areas" open={open}>
            <summary>{ f.areas_heading }</summary>
            <p class="hint">{ f.areas_hint }</p>
            { for capabilities.iter().map(|cap| {
                let (edit, id) = (edit.clone(), cap.id.clone());
                let on_change = Callback::from(move |v: Option<u8>| edit(&|c: &mut CheckIn| set_pair(&mut c.able_now, &id, v)));
                let name = if cap.body.description.is_empty() { (t.life_area_name)(cap.body.life_area).to_string() } else { cap.body.description.clone() };
                html! {
                    <RatingField key={cap.id.to_string()} id={format!("able-{}", cap.id)} label={(f.able_now_label)(&name)}
                        value={pair(&c.able_now, &cap.id)} {on_change} />
                }
            }) }
        </details>
    }
}

/// How many past check-ins the check-in screen lists.
const PAST_SHOWN: usize = 12;

/// The check-ins so far, latest date first, each with its earlier versions.
fn past_check_ins(
    t: &'static Text,
    plan: &Plan,
    on_edit: &Callback<Id>,
    editable: bool,
    shown: usize,
) -> Html {
    let f = t.follow;
    // The latest first; a plan with years of check-ins shows the most recent ones (each
    // can be edited), the rest are on the progress screen and in the history.
    let list: Vec<_> = check_ins_by_date(plan)
        .into_iter()
        .rev()
        .take(shown)
        .collect();
    let step = |id: &Id| {
        plan.actions
            .iter()
            .find(|a| &a.id == id)
            .map(|a| a.body.what.clone())
            .unwrap_or_default()
    };
    let goal = |id: &Id| {
        plan.goals
            .iter()
            .find(|g| &g.id == id)
            .map(|g| g.body.wording.clone())
            .unwrap_or_default()
    };
    // What a check-in recorded, in words: the same for the current version and every
    // earlier one, so "as first written" reads like the check-in itself.
    let line = |c: &CheckIn| {
        let date = (t.format_date)(&c.date);
        if is_supporters_note(c) {
            return html! {
                { for c.action_notes.iter().map(|(a, note)| html! {
                    <>
                        <p><strong>{ (f.note_by)(&c.by_name, &step(a), &date) }</strong></p>
                        <p class="note">{ note }</p>
                    </>
                }) }
            };
        }
        let who = if c.by_name.is_empty() {
            (f.who_option)(c.together_with).to_string()
        } else {
            c.by_name.clone()
        };
        let confidence = |a: &Id| {
            c.action_confidence
                .iter()
                .find(|(x, _)| x == a)
                .map(|(_, n)| format!(" · {}", (f.confidence_now)(*n)))
                .unwrap_or_default()
        };
        html! {
            <>
                <p><strong>{ (f.check_in_line)(&date, c.goal_levels.len(), c.action_outcomes.len()) }</strong>
                    { " · " }{ who }</p>
                if !c.goal_levels.is_empty() || !c.action_outcomes.is_empty() {
                    <ul class="check-in-answers">
                        { for c.goal_levels.iter().map(|(g, level)| html! {
                            <li>{ (f.level_line)(&goal(g), (t.gas_level_name)(level.value())) }</li>
                        }) }
                        { for c.action_outcomes.iter().map(|(a, o)| html! {
                            <li>{ (f.level_line)(&step(a), (f.outcome_name)(*o)) }{ confidence(a) }</li>
                        }) }
                    </ul>
                }
                if !c.note.is_empty() { <p class="note">{ &c.note }</p> }
                { for c.action_notes.iter().map(|(a, note)| html! { <p class="note">{ format!("{}: {note}", step(a)) }</p> }) }
            </>
        }
    };
    html! {
        <section class="card past-check-ins" aria-labelledby="past-heading">
            <h2 id="past-heading">{ f.past_heading }</h2>
            if list.is_empty() {
                <p>{ f.no_check_ins }</p>
            } else {
                <ul class="entries">
                    { for list.iter().map(|e| {
                        let date = (t.format_date)(&e.body.date);
                        let on_edit = { let (cb, id) = (on_edit.clone(), e.id.clone()); Callback::from(move |_| cb.emit(id.clone())) };
                        html! {
                            <li key={e.id.to_string()} class="entry">
                                { line(&e.body) }
                                if !e.body.earlier.is_empty() {
                                    <details>
                                        <summary>{ f.earlier_heading }{ format!(" ({})", e.body.earlier.len()) }</summary>
                                        <ul>
                                            { for e.body.earlier.iter().enumerate().map(|(i, old)| html! {
                                                <li key={i}><p class="hint">{ (f.earlier_version)(&(t.format_date)(&old.date)) }</p>{ line(old) }</li>
                                            }) }
                                        </ul>
                                    </details>
                                }
                                // A supporter's note is theirs: it is read here, not edited.
                                if editable && !is_supporters_note(&e.body) {
                                    <button type="button" class="secondary" id={format!("edit-check-in-{}", e.id)} onclick={on_edit} aria-label={(f.edit_check_in)(&date)}>{ t.edit }</button>
                                }
                            </li>
                        }
                    }) }
                </ul>
            }
        </section>
    }
}

/// A note a supporter sent back from their copy: no levels or outcomes of the person's.
fn is_supporters_note(c: &CheckIn) -> bool {
    !c.by_name.is_empty() && c.goal_levels.is_empty() && c.action_outcomes.is_empty()
}

/// Joining-up needs more than one person or service around the person to ask about.
fn asks_joined_up(plan: &Plan) -> bool {
    Plan::live(&plan.team).count()
        + Plan::live(&plan.supporters).count()
        + Plan::live(&plan.community_supports).count()
        >= 2
}

/// "Did the people helping you know what the others were doing?" Yes, partly or no,
/// and why in the person's words; unanswered is "not answered", never "no".
fn joined_up_question(t: &'static Text, edit: &Edit, c: &CheckIn) -> Html {
    let f = t.follow;
    let mut options = vec![(AttrValue::from(""), AttrValue::from(f.not_answered))];
    options.extend(JoinedUpAnswer::ALL.iter().map(|a| {
        (
            AttrValue::from(a.slug()),
            AttrValue::from((f.joined_up_answer)(*a)),
        )
    }));
    let value = c.joined_up.as_ref().map(|j| j.answer.slug()).unwrap_or("");
    let on_answer = {
        let edit = edit.clone();
        Callback::from(move |v: String| {
            let answer = JoinedUpAnswer::ALL.into_iter().find(|a| a.slug() == v);
            edit(&|c: &mut CheckIn| {
                c.joined_up = answer.map(|answer| JoinedUp {
                    answer,
                    why: c.joined_up.take().map(|j| j.why).unwrap_or_default(),
                })
            });
        })
    };
    let on_why = {
        let edit = edit.clone();
        Callback::from(move |v: String| {
            edit(&|c: &mut CheckIn| {
                if let Some(j) = c.joined_up.as_mut() {
                    j.why = v.clone();
                }
            })
        })
    };
    html! {
        <div class="joined-up-question">
            <p class="hint" id="joined-up-hint">{ f.joined_up_hint }</p>
            <RadioGroup name="joined-up" legend={f.joined_up_question} {options} value={value} on_change={on_answer} />
            if let Some(j) = &c.joined_up {
                <TextField id="joined-up-why" label={f.joined_up_why} value={j.why.clone()} multiline=true on_change={on_why} />
            }
        </div>
    }
}
