use crate::app::device::clock;
use crate::app::hooks::{use_text, use_workspace};
use crate::app::pages::responsible_words;
use crate::core::change::{entry_changed, item_of};
use crate::core::merge::{
    choose_all, choose_kept_version, choose_plan_version, differences, Difference,
};
use crate::core::plan::{
    ActionOutcome, AuthorRole, Conflict, ConflictKind, Effect, FactorKind, Involvement,
    JoinedUpAnswer, LifeArea, List, Plan, Priority, ReferralStatus, Responsible, Stamp, TeamRole,
    Zone,
};
use crate::core::{CalendarDate, Field, Id};
use crate::text::Text;
use serde_json::Value;
use yew::prelude::*;

/// Versions of entries kept because two tabs or devices changed the same words (or one
/// removed what the other was changing): each shown beside the plan's version, for the
/// person to choose. Until they do, both are kept and saved.
#[function_component(KeptVersions)]
pub fn kept_versions() -> Html {
    let t = use_text();
    let ws = use_workspace();
    let Some(plan) = ws.plan() else {
        return html! {};
    };
    if plan.conflicts.is_empty() {
        return html! {};
    }
    let all = |use_kept: bool| {
        let ws = ws.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(change) = ws.plan().and_then(|p| choose_all(p, use_kept)) {
                let _ = ws.change(change);
            }
        })
    };
    html! {
        <section class="problem kept-versions" aria-labelledby="kept-versions-heading">
            <h2 id="kept-versions-heading">{ t.conflicts_title }</h2>
            <p>{ t.conflicts_intro }</p>
            if plan.conflicts.len() > 1 && !ws.is_read_only() {
                <div class="actions">
                    <button type="button" class="secondary" onclick={all(false)}>{ t.keep_all_here }</button>
                    <button type="button" class="secondary" onclick={all(true)}>{ t.use_all_kept }</button>
                </div>
            }
            <ul>
                { for plan.conflicts.iter().map(|c| html! {
                    <KeptVersion key={format!("{:?}-{}", c.list(), c.entry())} conflict={c.clone()} />
                }) }
            </ul>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct KeptVersionProps {
    conflict: Conflict,
}

#[function_component(KeptVersion)]
fn kept_version(props: &KeptVersionProps) -> Html {
    let t = use_text();
    let ws = use_workspace();
    let Some(plan) = ws.plan() else {
        return html! {};
    };
    let c = &props.conflict;
    let (list, id) = (c.list(), c.entry().clone());
    let now = item_of(plan, list, &id);
    let removed = now.as_ref().is_none_or(|(_, live)| !live);
    // Each field that differs, named, with its value in each version.
    type Shown = (String, String);
    let pairs: Vec<(Shown, Shown)> = match &now {
        Some((item, _)) => differences(item, &c.mine)
            .iter()
            // Whose a record is goes before each of its fields (below), not on its own.
            .filter(|d| !(d.key == "by" && d.about.is_some()))
            .map(|d| {
                // Whose view, where a goal holds two: "The person's view: How important".
                let label = match (d.within.as_str(), field_label(t, list, d)) {
                    (_, "") => String::new(),
                    ("person_view", label) => format!("{}: {label}", t.person_view),
                    ("clinician_view", label) => format!("{}: {label}", t.clinician_view),
                    (_, label) => label.to_string(),
                };
                // Which of a list's records (a goal's second measure: "2. Target"; a
                // check-in's version before: "Earlier versions (1): Date").
                let label = match (d.record, d.within.as_str()) {
                    (Some(i), "earlier") => {
                        format!("{} ({}): {label}", t.follow.earlier_heading, i + 1)
                    }
                    (Some(i), _) if !label.is_empty() => format!("{}. {label}", i + 1),
                    _ => label,
                };
                // Which of a goal's five levels a description is for.
                let label = match (d.key.as_str(), d.place) {
                    ("attainment_levels", Some(i)) => {
                        format!("{label}: {}", (t.gas_level_name)(i as i8 - 2))
                    }
                    _ => label,
                };
                // What a check-in's answer is about, whose a view is: "Walk to school —
                // Level", "Ben Cole, social worker — Why it matters".
                let about = d.about.as_deref().and_then(|id| linked_label(plan, id));
                let label = match about {
                    Some(about) if !label.is_empty() => format!("{about} — {label}"),
                    _ => label,
                };
                // A yes or no left out when it is no (a first contact's mark).
                let words = |v: &Value, other: &Value| {
                    let v = match (v, other) {
                        (Value::Null, Value::Bool(_)) => &Value::Bool(false),
                        _ => v,
                    };
                    (label.clone(), value_words(t, plan, list, &d.key, v))
                };
                (words(&d.first, &d.second), words(&d.second, &d.first))
            })
            .collect(),
        None => vec![],
    };
    let choose = |use_kept: bool| {
        let (ws, id) = (ws.clone(), id.clone());
        Callback::from(move |_: MouseEvent| {
            let change = ws.plan().and_then(|p| {
                if use_kept {
                    choose_kept_version(p, list, &id)
                } else {
                    choose_plan_version(p, list, &id)
                }
            });
            if let Some(change) = change {
                let _ = ws.change(change);
            }
        })
    };
    let dom_id = format!("kept-{id}");
    let editable = !ws.is_read_only();
    let when = |s: Stamp| {
        let who = ws
            .plan()
            .map(|p| crate::app::pages::team::writer_in_sentence(t, p, s.by, s.who.as_ref()))
            .unwrap_or_default();
        (t.changed_by_on)(&who, &(t.format_date)(&clock::local_date(s.at)))
    };
    let column = |title: &'static str, words: Vec<Shown>, struck: bool, by: Option<Stamp>| {
        html! {
            <div class="version">
                <h4>{ title }</h4>
                if let Some(s) = by { <p class="meta">{ when(s) }</p> }
                if struck {
                    <p><em>{ t.conflict_removed_now }</em></p>
                }
                { for words.into_iter().filter(|(_, w)| !w.is_empty()).map(|(label, w)| html! {
                    <p class="entry-text">
                        if !label.is_empty() { <span class="field-name">{ label }</span> }
                        { w }
                    </p>
                }) }
            </div>
        }
    };
    // A neutral title: either version in bold would read like the answer.
    let title = (t.kept_title)(list);
    let here = entry_changed(plan, list, &id);
    let kept_first = c.stamp.by == AuthorRole::Person
        && here.clone().is_some_and(|s| s.by != AuthorRole::Person);
    let (in_plan, kept): (Vec<Shown>, Vec<Shown>) = if pairs.is_empty() {
        (
            vec![(
                String::new(),
                now.map(|(i, _)| i.label()).unwrap_or_default(),
            )],
            vec![(String::new(), c.mine.label())],
        )
    } else {
        pairs.into_iter().unzip()
    };
    // The person's words first, whichever side they are on.
    let mut columns = [
        (t.conflict_in_plan, in_plan, removed, here),
        (t.conflict_kept, kept, false, Some(c.stamp.clone())),
    ];
    if kept_first {
        columns.reverse();
    }
    html! {
        <li class="card" aria-labelledby={format!("{dom_id}-title")}>
            <h3 id={format!("{dom_id}-title")}>{ title }</h3>
            <p>{ match c.kind {
                ConflictKind::EditedElsewhere => t.conflict_edited,
                ConflictKind::RemovedElsewhere => t.conflict_removed,
                ConflictKind::RemovedHere => t.conflict_removed_here,
            } }</p>
            <div class="versions">
                { for columns.into_iter().map(|(title, words, struck, by)| column(title, words, struck, by)) }
            </div>
            if editable {
                <div class="actions">
                    <button type="button" onclick={choose(true)}>{ if removed { t.bring_back_kept } else { t.choose_kept_version } }</button>
                    <button type="button" class="secondary" onclick={choose(false)}>{ t.keep_plan_version }</button>
                </div>
            }
        </li>
    }
}

/// The form's name for each saved field: the list it is in (`None`: any), the record
/// it is in (`""`: any), its key (`""`: any), the words. The first that fits names it;
/// none, and the value says what it is (a life area by its name) or the person never
/// sees the field by name. A table rather than a `match`: a third of the code.
type Label = (
    Option<List>,
    &'static str,
    &'static str,
    fn(&Text) -> &'static str,
);
const LABELS: &[Label] = &[
    (None, "measures", "name", |t| t.measure_name_label),
    (None, "measures", "current", |t| t.measure_current_label),
    (None, "measures", "target", |t| t.measure_target_label),
    (None, "agreement", "difference", |t| t.differ_label),
    (None, "agreement", "reason", |t| t.aside_label),
    (None, "agreement", "", |t| t.agreement_label),
    (None, "", "responsible", |t| t.responsible_label),
    (None, "if_then", "if_", |t| t.if_label),
    (None, "if_then", "then", |t| t.then_label),
    (None, "ended", "reason", |t| (t.field)(Field::Reason)),
    (None, "answers", "", |_| ""),
    (Some(List::Capabilities), "", "life_area", |t| t.life_area),
    (Some(List::Capabilities), "", "description", |t| {
        t.capability_label
    }),
    (Some(List::Capabilities), "", "able_now", |t| {
        t.able_now_label
    }),
    (Some(List::CheckIns), "", "able_now", |t| t.able_now_label),
    (Some(List::Capabilities), "", "wished", |t| t.wished_label),
    (Some(List::Capabilities), "", "now_in_words", |t| {
        t.now_in_words_label
    }),
    (Some(List::Goals), "", "wording", |t| t.goal_wording_label),
    (Some(List::Goals), "", "capability", |t| {
        t.goal_capability_label
    }),
    (Some(List::Goals), "", "proposed_by", |t| {
        t.proposed_by_label
    }),
    (Some(List::Goals), "", "why_it_matters", |t| t.why_label),
    (Some(List::Goals), "", "concerns", |t| t.concerns_label),
    (Some(List::Goals), "", "priority", |t| t.priority_label),
    (Some(List::Goals), "", "attainment_levels", |t| {
        (t.field)(Field::AttainmentLevel)
    }),
    (Some(List::Goals), "", "baseline", |t| t.baseline_label),
    (Some(List::Goals), "", "target_date", |t| {
        t.target_date_label
    }),
    (Some(List::Goals), "", "review_date", |t| {
        t.review_date_label
    }),
    (Some(List::Goals), "", "weight", |t| {
        (t.field)(Field::Weight)
    }),
    (Some(List::Actions), "", "what", |t| t.action_what_label),
    (Some(List::Actions), "", "how_much", |t| t.how_much_label),
    (Some(List::Actions), "", "when", |t| t.when_label),
    (Some(List::Actions), "", "how_often", |t| t.how_often_label),
    (Some(List::Actions), "", "with_whom", |t| t.with_whom_label),
    (Some(List::Visits), "", "with_whom", |t| t.with_whom_label),
    (Some(List::Actions), "", "goal", |t| t.action_goal_label),
    (Some(List::Actions), "", "confidence", |t| {
        t.confidence_label
    }),
    (Some(List::CheckIns), "", "confidence", |t| {
        t.confidence_label
    }),
    (Some(List::Supporters), "", "name", |t| t.person_name_label),
    (Some(List::Supporters), "", "role", |t| t.person_role_label),
    (Some(List::Supporters), "", "how_they_help", |t| {
        t.person_help_label
    }),
    (Some(List::Supporters), "", "involvement", |t| {
        t.involvement_label
    }),
    (Some(List::Team), "", "involvement", |t| t.involvement_label),
    (Some(List::Team), "", "name", |t| t.team.name_label),
    (Some(List::Team), "", "role", |t| t.team.role_label),
    (Some(List::Team), "", "role_words", |t| {
        t.team.role_words_label
    }),
    (Some(List::Team), "", "organisation", |t| {
        t.team.organisation_label
    }),
    (Some(List::Team), "", "contact", |t| t.team.contact_label),
    (Some(List::Team), "", "hours", |t| t.team.hours_label),
    (Some(List::Team), "", "what_they_do", |t| {
        t.team.what_they_do_label
    }),
    (Some(List::Team), "", "first_contact", |t| {
        t.team.first_contact
    }),
    (Some(List::HelpsAndHindrances), "", "text", |t| {
        t.hh_text_label
    }),
    (Some(List::HelpsAndHindrances), "", "kind", |t| t.kind_label),
    (Some(List::HelpsAndHindrances), "", "effect", |t| {
        t.effect_label
    }),
    (Some(List::HelpsAndHindrances), "", "goals", |t| {
        t.affects_label
    }),
    (Some(List::HelpsAndHindrances), "", "capabilities", |t| {
        t.affects_label
    }),
    (Some(List::CommunitySupports), "", "name", |t| {
        t.support_name_label
    }),
    (Some(List::CommunitySupports), "", "offer", |t| {
        t.offer_label
    }),
    (Some(List::CommunitySupports), "", "contact", |t| {
        t.contact_label
    }),
    (Some(List::SafetyNet), "", "contact", |t| t.contact_label),
    (Some(List::CommunitySupports), "", "referral", |t| {
        t.referral_label
    }),
    (Some(List::CommunitySupports), "", "how_it_went", |t| {
        t.how_it_went_label
    }),
    (Some(List::CommunitySupports), "", "goals", |t| {
        t.support_goals_label
    }),
    (Some(List::CommunitySupports), "", "hope", |t| {
        t.copies.hope_label
    }),
    (Some(List::CommunitySupports), "", "practical", |t| {
        t.copies.practical_label
    }),
    (Some(List::CommunitySupports), "", "reach_me", |t| {
        t.copies.reach_me_label
    }),
    (Some(List::SafetyNet), "", "signs", |t| t.signs_label),
    (Some(List::SafetyNet), "", "what_to_do", |t| {
        t.what_to_do_label
    }),
    (Some(List::SafetyNet), "", "who", |t| {
        t.team.who_to_contact_label
    }),
    (Some(List::Visits), "", "date", |t| t.visit_date_label),
    (Some(List::Visits), "", "changes_since_last_time", |t| {
        t.changes_label
    }),
    (Some(List::Visits), "", "worries", |t| t.worries_label),
    (Some(List::Visits), "", "hopes", |t| t.hopes_label),
    (Some(List::Visits), "", "next_review", |t| {
        t.next_review_label
    }),
    (Some(List::AgendaItems), "", "discussed", |t| {
        t.discussed_label
    }),
    (Some(List::CheckIns), "", "goal_levels", |t| {
        t.follow.col_level
    }),
    (Some(List::CheckIns), "", "action_outcomes", |t| {
        t.follow.col_outcome
    }),
    (Some(List::CheckIns), "", "action_notes", |t| {
        (t.field)(Field::Note)
    }),
    (Some(List::CheckIns), "", "action_confidence", |t| {
        t.follow.col_confidence
    }),
    (Some(List::CheckIns), "", "note", |t| (t.field)(Field::Note)),
    (Some(List::CheckIns), "", "date", |t| {
        (t.field)(Field::CheckInDate)
    }),
];

fn field_label(t: &Text, list: List, d: &Difference) -> &'static str {
    let fits = |(l, within, key, _): &&Label| {
        l.is_none_or(|l| l == list)
            && (within.is_empty() || *within == d.within)
            && (key.is_empty() || *key == d.key)
    };
    LABELS.iter().find(fits).map_or("", |(.., label)| label(t))
}

/// A value as the person reads it: a choice by its name, a date as a date, a link by
/// the words of what it links to, a yes or no, nothing written as such.
fn value_words(t: &Text, plan: &Plan, list: List, key: &str, value: &Value) -> String {
    fn named<T: Copy>(saved: &[T], names: &[&str], word: &str) -> Option<T> {
        names.iter().position(|n| *n == word).map(|at| saved[at])
    }
    let word = match value {
        Value::Null => return t.not_written.into(),
        Value::Bool(yes) => return (if *yes { t.yes } else { t.no }).into(),
        Value::Number(n) => {
            // (Whole numbers only: an entry holds no fractions, and writing one would
            // bring a float printer into the download.)
            return match (key, n.as_i64()) {
                ("baseline" | "goal_levels", Some(level)) => (t.gas_level_name)(level as i8).into(),
                (_, Some(n)) => crate::core::json::to_string(&n),
                (_, None) => String::new(),
            };
        }
        Value::String(s) if s.trim().is_empty() => return t.not_written.into(),
        Value::String(s) => s.as_str(),
        // Who carries out a step: a kind and whom, said as one.
        Value::Object(_) if key == "responsible" => {
            let saved = crate::core::json::to_string(value);
            return crate::core::json::from_str::<Responsible>(&saved)
                .map(|r| responsible_words(t, plan, &r))
                .unwrap_or_default();
        }
        _ => return String::new(),
    };
    let choice = match (list, key) {
        (_, "life_area") => named(LifeArea::SAVED, LifeArea::NAMES, word).map(t.life_area_name),
        (_, "priority") => named(Priority::SAVED, Priority::NAMES, word).map(t.priority_name),
        (_, "involvement") => {
            named(Involvement::SAVED, Involvement::NAMES, word).map(t.involvement_name)
        }
        (List::Team, "role") => named(TeamRole::SAVED, TeamRole::NAMES, word).map(t.team.role_name),
        (List::HelpsAndHindrances, "kind") => {
            named(FactorKind::SAVED, FactorKind::NAMES, word).map(t.factor_kind)
        }
        (_, "effect") => named(Effect::SAVED, Effect::NAMES, word).map(t.effect_name),
        (_, "referral" | "status") => {
            named(ReferralStatus::SAVED, ReferralStatus::NAMES, word).map(t.referral_name)
        }
        (_, "zone") => named(Zone::SAVED, Zone::NAMES, word).map(t.zone_name),
        (List::AgendaItems, "kind") => match word {
            "topic" => Some(t.topic_label),
            "question" => Some(t.question_label),
            _ => None,
        },
        (_, "proposed_by" | "together_with" | "kind") => {
            // (A step's `kind` is who carries it out: the person, a clinician, a supporter.)
            named(AuthorRole::SAVED, AuthorRole::NAMES, word).map(t.author)
        }
        (_, "action_outcomes") => {
            named(ActionOutcome::SAVED, ActionOutcome::NAMES, word).map(t.follow.outcome_name)
        }
        (_, "answer") => {
            named(JoinedUpAnswer::SAVED, JoinedUpAnswer::NAMES, word).map(t.follow.joined_up_answer)
        }
        (_, "state") => match word {
            "proposed" => Some(t.agreement_proposed),
            "discussed" => Some(t.agreement_discussed),
            "agreed" => Some(t.agreement_agreed),
            _ => None,
        },
        _ => None,
    };
    if let Some(choice) = choice {
        return choice.into();
    }
    if let Some(date) = CalendarDate::parse(word) {
        return (t.format_date)(&date);
    }
    // Anything else the entry saved by a name of its own, at least not in snake case.
    linked_label(plan, word).unwrap_or_else(|| match word.contains(' ') {
        true => word.to_string(),
        false => word.replace('_', " "),
    })
}

/// A link to another entry (by its id): what that entry says.
fn linked_label(plan: &Plan, id: &str) -> Option<String> {
    let id = Id::parse(id)?;
    List::SAVED
        .iter()
        .find_map(|l| crate::core::change::entry_label(plan, *l, &id))
}
