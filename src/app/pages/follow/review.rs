use crate::app::components::{focus_soon, TextField};
use crate::app::device::{clock, drafts};
use crate::app::hooks::{use_text, use_workspace, WorkspaceHandle};
use crate::core::follow::{active_actions, due_for_review, target_kept_going};
use crate::core::together::goal_from_topic;
use crate::core::{
    Action, Agreement, AuthorRole, CalendarDate, Change, EndKind, Ending, Entry, Goal, Id, Item,
};
use yew::prelude::*;

/// A new review date, eight weeks on: the usual time between reviews.
fn in_eight_weeks() -> CalendarDate {
    clock::today().add_days(56)
}

/// "Due for review", first on the plan's home screen: each goal whose review or target
/// date has come, with what to do about it — keep going, change it (a new version that
/// remembers the old), celebrate it, or let it go (and perhaps set a new one).
#[function_component(ReviewDue)]
pub fn review_due() -> Html {
    let t = use_text();
    let f = t.follow;
    let ws = use_workspace();
    let celebrated = use_state(|| None::<String>);
    let replacing = use_state(|| None::<Id>);
    let Some(plan) = ws.plan() else {
        return html! {};
    };
    let due = due_for_review(plan, clock::today());
    if ws.is_read_only() || (due.is_empty() && celebrated.is_none() && replacing.is_none()) {
        return html! {};
    }
    // What a review did, said where focus goes: the goal's card may have gone with it.
    let on_reviewed = {
        let celebrated = celebrated.clone();
        Callback::from(move |said: String| {
            celebrated.set(Some(said));
            focus_soon("review-status".into());
        })
    };
    let on_let_go = {
        let replacing = replacing.clone();
        Callback::from(move |goal: Id| {
            replacing.set(Some(goal));
            focus_soon("replace-wording".into());
        })
    };
    // The replacement saved or put off: said in the status line, which stays drawn (with
    // nothing else due the card would otherwise go, and focus with it).
    let replaced = |said: &'static str| {
        let (replacing, celebrated) = (replacing.clone(), celebrated.clone());
        Callback::from(move |_| {
            replacing.set(None);
            celebrated.set(Some(said.to_string()));
            focus_soon("review-status".into());
        })
    };
    let old = replacing
        .as_ref()
        .and_then(|id| plan.goals.iter().find(|g| &g.id == id));
    html! {
        <section class="card review-due" aria-labelledby="review-heading">
            <h2 id="review-heading">{ f.review_heading }</h2>
            <p id="review-status" class="celebrate" role="status" tabindex="-1">{ celebrated.as_deref().unwrap_or_default() }</p>
            if !due.is_empty() { <p>{ f.review_intro }</p> }
            <ul class="entries">
                { for due.iter().filter_map(|d| {
                    let g = plan.goals.iter().find(|g| g.id == d.goal)?;
                    Some(html! {
                        <GoalReview key={d.goal.to_string()} goal={g.clone()} line={(f.due_line)(&(t.format_date)(&d.date), d.days_past)}
                            on_reviewed={on_reviewed.clone()} on_let_go={on_let_go.clone()} />
                    })
                }) }
            </ul>
            if let Some(old) = old {
                <div class="replace-goal">
                    <h3>{ f.replace_goal }</h3>
                    <p class="hint">{ f.replace_intro }{ " " }{ (f.replaces_line)(&old.body.wording) }</p>
                    <NewGoalForm old={old.clone()} adjust=false on_done={replaced(f.review_done)} on_cancel={replaced(f.let_go_done)} />
                </div>
            }
        </section>
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Choosing,
    KeepGoing,
    Change,
    LetGo,
}

#[derive(Properties, PartialEq)]
struct GoalReviewProps {
    goal: Entry<Goal>,
    line: String,
    /// Says what the review did (reached, kept going).
    on_reviewed: Callback<String>,
    on_let_go: Callback<Id>,
}

fn end(goal: &Goal, how: EndKind, reason: String) -> Goal {
    Goal {
        ended: Some(Ending {
            how,
            on: clock::today(),
            reason,
        }),
        ..goal.clone()
    }
}

#[function_component(GoalReview)]
fn goal_review(props: &GoalReviewProps) -> Html {
    let t = use_text();
    let f = t.follow;
    let ws = use_workspace();
    let g = &props.goal;
    let id = g.id.to_string();
    // The reason for letting go is kept from the first keystroke, and offered again when
    // "Let it go" is chosen next.
    let reason_kept = use_memo((), {
        let (plan_id, key) = (ws.plan().map(|p| p.id.clone()), format!("let-go-{id}"));
        move |_| drafts::Form::new(plan_id, &key)
    });
    // Read when "Let it go" is chosen, not when the card appears: a five-year plan may
    // have many goals due, and each reading of the drafts costs the start.
    let reason = use_state(|| None::<String>);
    let mode = use_state(|| Mode::Choosing);
    let reason_words = (*reason).clone().unwrap_or_default();
    let next_date = use_state(in_eight_weeks);
    let set_mode = |m: Mode, focus: &'static str| {
        let (mode, id) = (mode.clone(), id.clone());
        Callback::from(move |_| {
            mode.set(m);
            focus_soon(format!("{focus}-{id}"));
        })
    };
    let keep_going = {
        let (ws, g, next_date, mode) = (ws.clone(), g.clone(), next_date.clone(), mode.clone());
        let said = props.on_reviewed.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let mut body = g.body.clone();
            body.review_date = Some(*next_date);
            body.target_date = target_kept_going(body.target_date, *next_date, clock::today());
            if ws
                .change(Change::Edit(Item::Goal(g.id.clone(), body)))
                .is_ok()
            {
                mode.set(Mode::Choosing);
                said.emit((f.kept_going)(
                    &g.body.wording,
                    &(t.format_date)(&next_date),
                ));
            }
        })
    };
    let reached = {
        let (ws, g, cb) = (ws.clone(), g.clone(), props.on_reviewed.clone());
        Callback::from(move |_| {
            let body = end(&g.body, EndKind::Achieved, String::new());
            if ws
                .change(Change::Edit(Item::Goal(g.id.clone(), body)))
                .is_ok()
            {
                cb.emit((f.celebrate)(&g.body.wording));
            }
        })
    };
    let let_go = {
        let (ws, g, reason, cb) = (
            ws.clone(),
            g.clone(),
            reason.clone(),
            props.on_let_go.clone(),
        );
        let kept = reason_kept.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let words = (*reason).clone().unwrap_or_default();
            let body = end(&g.body, EndKind::LetGo, words);
            if ws
                .change(Change::Edit(Item::Goal(g.id.clone(), body)))
                .is_ok()
            {
                kept.used();
                cb.emit(g.id.clone());
            }
        })
    };
    // Back to the choices, focus on the one that opened the form; words not used are
    // put away.
    let back = {
        let (mode, id, reason, kept) = (
            mode.clone(),
            id.clone(),
            reason.clone(),
            reason_kept.clone(),
        );
        Callback::from(move |_: ()| {
            let opener = match *mode {
                Mode::KeepGoing => "keep-going",
                Mode::Change => "change-it",
                Mode::LetGo => {
                    kept.set_aside();
                    reason.set(None);
                    "let-go"
                }
                Mode::Choosing => return,
            };
            mode.set(Mode::Choosing);
            focus_soon(format!("{opener}-{id}"));
        })
    };
    let back_click = back.reform(|_: MouseEvent| ());
    // A new version saved: this goal's card goes (it has ended), so the card's status
    // line says so and takes focus.
    let adjusted = {
        let said = props.on_reviewed.clone();
        Callback::from(move |_: ()| said.emit(f.review_done.to_string()))
    };
    let on_date = {
        let next_date = next_date.clone();
        Callback::from(move |v: String| {
            if let Some(d) = CalendarDate::parse(&v) {
                next_date.set(d);
            }
        })
    };
    html! {
        <li class="entry goal-review" id={format!("review-{id}")}>
            <h3 id={format!("review-{id}-heading")} tabindex="-1">{ &g.body.wording }</h3>
            <p class="due">{ &props.line }</p>
            { match *mode {
                Mode::Choosing => html! {
                    <div class="review-choices" role="group" aria-label={g.body.wording.clone()}>
                        <button type="button" id={format!("keep-going-{id}")} onclick={set_mode(Mode::KeepGoing, "next-review")}>{ f.keep_going }</button>
                        <button type="button" id={format!("change-it-{id}")} class="secondary" onclick={set_mode(Mode::Change, "adjust-wording")}>{ f.change_it }</button>
                        <button type="button" class="secondary" onclick={reached}>{ f.reached_it }</button>
                        <button type="button" id={format!("let-go-{id}")} class="secondary" onclick={{
                            let (open, reason, kept) = (set_mode(Mode::LetGo, "let-go-reason"), reason.clone(), reason_kept.clone());
                            Callback::from(move |e: MouseEvent| {
                                reason.set(kept.load::<String>().map(|(words, _)| words));
                                open.emit(e)
                            })
                        }}>{ f.let_go }</button>
                    </div>
                },
                Mode::KeepGoing => html! {
                    <form onsubmit={keep_going} class="entry-form">
                        <TextField id={format!("next-review-{id}")} label={f.next_review_label} value={next_date.to_string()}
                            input_type={Some(AttrValue::from("date"))} on_change={on_date} />
                        <div class="form-buttons">
                            <button type="submit">{ f.keep_going_confirm }</button>
                            <button type="button" class="secondary" onclick={back_click.clone()}>{ f.cancel }</button>
                        </div>
                    </form>
                },
                Mode::Change => html! {
                    <>
                        <p class="hint">{ f.adjust_intro }</p>
                        <NewGoalForm old={g.clone()} adjust=true on_done={adjusted} on_cancel={back.clone()} />
                    </>
                },
                Mode::LetGo => html! {
                    <form onsubmit={let_go} class="entry-form">
                        <TextField id={format!("let-go-reason-{id}")} label={f.let_go_reason} value={reason_words.clone()} multiline=true
                            on_change={{
                                let (reason, kept) = (reason.clone(), reason_kept.clone());
                                Callback::from(move |v: String| {
                                    if v.trim().is_empty() { kept.set_aside() } else { kept.keep(&v, None) }
                                    reason.set(Some(v));
                                })
                            }} />
                        <div class="form-buttons">
                            <button type="submit">{ f.let_go_confirm }</button>
                            <button type="button" class="secondary" onclick={back_click.clone()}>{ f.cancel }</button>
                        </div>
                    </form>
                },
            } }
            <StepsAtReview goal={g.id.clone()} />
        </li>
    }
}

#[derive(Properties, PartialEq)]
struct NewGoalFormProps {
    old: Entry<Goal>,
    /// A new version of the old goal (true), or a new goal in place of one let go.
    adjust: bool,
    on_done: Callback<()>,
    on_cancel: Callback<()>,
}

/// The changes that adjust a goal into a new version: the old one ends as "adjusted"
/// and stays readable, the new one names it, keeps its agreement, and takes its steps.
fn adjust_changes(ws: &WorkspaceHandle, old: &Entry<Goal>, new: Goal) -> Vec<Change> {
    let new_id = clock::new_id();
    let mut changes = vec![
        Change::Add(Item::Goal(new_id.clone(), new)),
        Change::Edit(Item::Goal(
            old.id.clone(),
            end(&old.body, EndKind::Adjusted, String::new()),
        )),
    ];
    if old.body.agreement != Agreement::Proposed {
        changes.push(Change::SetGoalAgreement {
            goal: new_id.clone(),
            agreement: old.body.agreement.clone(),
        });
    }
    if let Some(plan) = ws.plan() {
        for a in active_actions(plan).filter(|a| a.body.goal.as_ref() == Some(&old.id)) {
            changes.push(Change::Edit(Item::Action(
                a.id.clone(),
                Action {
                    goal: Some(new_id.clone()),
                    ..a.body.clone()
                },
            )));
        }
    }
    changes
}

/// The words and next review date of a new goal; kept as a draft while typed.
#[function_component(NewGoalForm)]
fn new_goal_form(props: &NewGoalFormProps) -> Html {
    let t = use_text();
    let f = t.follow;
    let ws = use_workspace();
    let drafts = use_memo((), {
        let plan_id = ws.plan().map(|p| p.id.clone());
        let kind = if props.adjust { "adjust" } else { "replace" };
        let key = format!("{kind}-{}", props.old.id);
        move |_| drafts::Form::new(plan_id, &key)
    });
    let wording = use_state({
        let (drafts, old) = (drafts.clone(), props.old.body.wording.clone());
        let adjust = props.adjust;
        move || {
            drafts
                .load::<String>()
                .map(|(words, _)| words)
                .unwrap_or(if adjust { old } else { String::new() })
        }
    });
    let review = use_state(in_eight_weeks);
    let error = use_state(|| None::<String>);
    let dom = if props.adjust {
        format!("adjust-wording-{}", props.old.id)
    } else {
        "replace-wording".to_string()
    };
    let on_wording = {
        let (wording, drafts) = (wording.clone(), drafts.clone());
        Callback::from(move |v: String| {
            drafts.keep(&v, None);
            wording.set(v);
        })
    };
    let onsubmit = {
        let (ws, old, adjust) = (ws.clone(), props.old.clone(), props.adjust);
        let (wording, review, error, on_done) = (
            wording.clone(),
            review.clone(),
            error.clone(),
            props.on_done.clone(),
        );
        let drafts = drafts.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let changes = if adjust {
                let mut new = old.body.clone();
                new.wording = (*wording).clone();
                new.ended = None;
                new.replaces = Some(old.id.clone());
                new.review_date = Some(*review);
                new.target_date = target_kept_going(new.target_date, *review, clock::today());
                adjust_changes(&ws, &old, new)
            } else {
                let mut new = goal_from_topic(&wording, AuthorRole::Person);
                new.proposed_by = ws.author.by;
                new.capability = old.body.capability.clone();
                new.replaces = Some(old.id.clone());
                new.review_date = Some(*review);
                vec![Change::Add(Item::Goal(clock::new_id(), new))]
            };
            match ws.change(Change::Batch(changes)) {
                Ok(()) => {
                    drafts.used();
                    on_done.emit(());
                }
                Err(e) => error.set(Some((t.change_error)(&e))),
            }
        })
    };
    let on_review = {
        let review = review.clone();
        Callback::from(move |v: String| {
            if let Some(d) = CalendarDate::parse(&v) {
                review.set(d);
            }
        })
    };
    html! {
        <form class="entry-form" {onsubmit} novalidate=true>
            <TextField id={dom.clone()} label={f.new_wording_label} value={(*wording).clone()} on_change={on_wording} error={error.as_ref().map(|e| AttrValue::from(e.clone()))} />
            <TextField id={format!("{dom}-review")} label={f.next_review_label} value={review.to_string()}
                input_type={Some(AttrValue::from("date"))} on_change={on_review} />
            <div class="form-buttons">
                <button type="submit">{ if props.adjust { f.save_new_version } else { f.save_new_goal } }</button>
                <button type="button" class="secondary" onclick={{
                    let (cancel, drafts) = (props.on_cancel.clone(), drafts.clone());
                    Callback::from(move |_| { drafts.set_aside(); cancel.emit(()) })
                }}>{ f.cancel }</button>
            </div>
        </form>
    }
}

#[derive(Properties, PartialEq)]
struct StepsAtReviewProps {
    goal: Id,
}

/// A goal's steps at its review: each can go on, become part of life, or stop.
#[function_component(StepsAtReview)]
fn steps_at_review(props: &StepsAtReviewProps) -> Html {
    let t = use_text();
    let f = t.follow;
    let ws = use_workspace();
    let stopping = use_state(|| None::<Id>);
    let reason = use_state(String::new);
    let Some(plan) = ws.plan() else {
        return html! {};
    };
    // Why a step stops is kept from the first keystroke, under the step.
    let plan_id = plan.id.clone();
    let kept =
        move |step: &Id| drafts::Form::new(Some(plan_id.clone()), &format!("stop-reason-{step}"));
    let steps: Vec<_> = active_actions(plan)
        .filter(|a| a.body.goal.as_ref() == Some(&props.goal))
        .collect();
    if steps.is_empty() {
        return html! {};
    }
    let actions_screen =
        crate::route::Route::plan_screen(&plan.id, crate::route::Screen::Actions).to_hash();
    let heading = format!("steps-at-review-{}", props.goal);
    let goal_heading = format!("review-{}-heading", props.goal);
    let finish = |a: &Entry<Action>, how: EndKind| {
        let (ws, a, reason, stopping) = (ws.clone(), a.clone(), reason.clone(), stopping.clone());
        let (kept, headings) = (kept(&a.id), vec![heading.clone(), goal_heading.clone()]);
        Callback::from(move |_: MouseEvent| {
            let body = Action {
                ended: Some(Ending {
                    how,
                    on: clock::today(),
                    reason: if how == EndKind::LetGo {
                        (*reason).clone()
                    } else {
                        String::new()
                    },
                }),
                ..a.body.clone()
            };
            if ws
                .change(Change::Edit(Item::Action(a.id.clone(), body)))
                .is_ok()
            {
                kept.used();
                stopping.set(None);
                reason.set(String::new());
                // The step's line has gone: focus stays with the goal's steps.
                crate::app::components::focus_soon_first(headings.clone());
            }
        })
    };
    html! {
        <div class="steps-at-review">
            <h4 id={heading.clone()} tabindex="-1">{ f.steps_at_review }</h4>
            <ul>
                { for steps.iter().map(|a| {
                    let id = a.id.to_string();
                    let start_stop = {
                        let (stopping, reason, aid, kept) = (stopping.clone(), reason.clone(), a.id.clone(), kept(&a.id));
                        Callback::from(move |_| {
                            reason.set(kept.load::<String>().map(|(w, _)| w).unwrap_or_default());
                            stopping.set(Some(aid.clone()));
                            focus_soon(format!("stop-reason-{aid}"));
                        })
                    };
                    let on_reason = {
                        let (reason, kept) = (reason.clone(), kept(&a.id));
                        Callback::from(move |v: String| {
                            if v.trim().is_empty() { kept.set_aside() } else { kept.keep(&v, None) }
                            reason.set(v);
                        })
                    };
                    let cancel_stop = {
                        let (stopping, kept, aid) = (stopping.clone(), kept(&a.id), a.id.clone());
                        Callback::from(move |_| {
                            kept.set_aside();
                            stopping.set(None);
                            focus_soon(format!("stop-{aid}"));
                        })
                    };
                    html! {
                        <li key={id.clone()}>
                            <p>{ &a.body.what }</p>
                            if stopping.as_ref() == Some(&a.id) {
                                <TextField id={format!("stop-reason-{id}")} label={f.stop_reason} value={(*reason).clone()}
                                    on_change={on_reason} />
                                <button type="button" onclick={finish(a, EndKind::LetGo)}>{ f.stop_step }</button>
                                <button type="button" class="secondary" onclick={cancel_stop}>{ f.cancel }</button>
                            } else {
                                <div class="review-choices" role="group" aria-label={a.body.what.clone()}>
                                    <button type="button" class="secondary" onclick={finish(a, EndKind::Achieved)}>{ f.step_habit }</button>
                                    <button type="button" id={format!("stop-{id}")} class="secondary" onclick={start_stop}>{ f.stop_step }</button>
                                    <a class="button secondary" href={actions_screen.clone()}>{ f.change_step }</a>
                                </div>
                            }
                        </li>
                    }
                }) }
            </ul>
        </div>
    }
}
