//! Choosing what each person around the plan receives. The person decides, entry by
//! entry; what a supporter's involvement suggests, or "everything agreed" for the health
//! record, is only where the choice starts.

use super::id::Id;
use super::plan::*;
use super::together::agreed_goals;
use std::collections::BTreeSet;

/// The entries chosen to go into a copy or an export, by id.
pub type Selection = BTreeSet<Id>;

/// Everything agreed: agreed goals and their steps, the community supports and people
/// doing those steps, the safety net and the first contact. Where the health-record
/// export starts.
pub fn everything_agreed(plan: &Plan) -> Selection {
    let goals: Selection = agreed_goals(plan).map(|g| g.id.clone()).collect();
    let mut out = goals.clone();
    for a in Plan::live(&plan.actions) {
        if a.body.ended.is_none() && a.body.goal.as_ref().is_some_and(|g| goals.contains(g)) {
            out.insert(a.id.clone());
            if let Responsible::Supporter(s)
            | Responsible::CommunitySupport(s)
            | Responsible::TeamMember(s) = &a.body.responsible
            {
                out.insert(s.clone());
            }
        }
    }
    for c in Plan::live(&plan.community_supports) {
        if c.body.goals.iter().any(|g| goals.contains(g)) {
            out.insert(c.id.clone());
        }
    }
    out.extend(Plan::live(&plan.safety_net).map(|s| s.id.clone()));
    // The first contact: the professional a health record should know to reach first.
    out.extend(super::team::first_contact(plan).map(|m| m.id.clone()));
    out
}

/// Who a copy is for, as the plan names them: a supporter or a team member, with how
/// involved the person wants them to be.
pub fn copy_holder(plan: &Plan, id: &Id) -> Option<(String, Involvement)> {
    plan.supporters
        .iter()
        .find(|s| &s.id == id)
        .map(|s| (s.body.name.clone(), s.body.involvement))
        .or_else(|| {
            plan.team
                .iter()
                .find(|m| &m.id == id)
                .map(|m| (m.body.name.clone(), m.body.involvement))
        })
}

/// Who writes in a copy: its holder, unnamed (their name travels in the note), whoever
/// this device's writer is. `check_returned` takes notes back only so stamped: a device
/// whose writer was "the person" (its owner's own plan) would otherwise write notes the
/// person's plan refuses. `None` for a plan that is not a copy.
pub fn copy_writer(copy: &Plan) -> Option<Writer> {
    copy.copy_of
        .as_ref()
        .map(|_| Writer::role(AuthorRole::Supporter))
}

/// What a supporter's or team member's involvement suggests they receive: kept informed
/// (or consulted), the agreed goals and the safety net; shares tasks, also the steps
/// they do; plans jointly, everything.
pub fn suggested_for(plan: &Plan, supporter: &Id) -> Selection {
    let involvement = copy_holder(plan, supporter)
        .map(|(_, i)| i)
        .unwrap_or_default();
    let mut out: Selection = agreed_goals(plan).map(|g| g.id.clone()).collect();
    // Each safety-net line with the professional it says to ring: the line needs their
    // work number. A supporter it names is the person's to add (their own number).
    for s in Plan::live(&plan.safety_net) {
        out.insert(s.id.clone());
        out.extend(
            s.body
                .who
                .clone()
                .filter(|w| Plan::live(&plan.team).any(|m| &m.id == w)),
        );
    }
    out.insert(supporter.clone());
    match involvement {
        Involvement::KeptInformed | Involvement::Consulted => {}
        Involvement::SharesTasks => {
            for a in Plan::live(&plan.actions) {
                if a.body.responsible == Responsible::Supporter(supporter.clone())
                    || a.body.responsible == Responsible::TeamMember(supporter.clone())
                {
                    out.insert(a.id.clone());
                }
            }
        }
        Involvement::PlansJointly => out.extend(all_ids(plan)),
    }
    out
}

/// Every live entry a copy can hold (visits and their agendas stay with the person).
pub fn all_ids(plan: &Plan) -> Selection {
    fn ids<T>(list: &[Entry<T>]) -> impl Iterator<Item = Id> + '_ {
        Plan::live(list).map(|e| e.id.clone())
    }
    let mut out = Selection::new();
    out.extend(ids(&plan.what_matters));
    out.extend(ids(&plan.capabilities));
    out.extend(ids(&plan.goals));
    out.extend(ids(&plan.actions));
    out.extend(ids(&plan.supporters));
    out.extend(ids(&plan.team));
    out.extend(ids(&plan.helps_and_hindrances));
    out.extend(ids(&plan.community_supports));
    out.extend(ids(&plan.safety_net));
    out
}

/// The chosen live entries of a list (cloned alone: the rest is never copied), and how
/// many live ones were left out.
fn chosen_of<T: Clone>(list: &[Entry<T>], chosen: &Selection) -> (Vec<Entry<T>>, usize) {
    let kept: Vec<Entry<T>> = Plan::live(list)
        .filter(|e| chosen.contains(&e.id))
        .cloned()
        .collect();
    let left = Plan::live(list).count() - kept.len();
    (kept, left)
}

/// A supporter's copy: only the chosen entries — the rest is not hidden, it is not
/// there — with no history, visits, agenda, drafts of choices or check-ins.
pub fn supporter_copy(
    plan: &Plan,
    supporter: &Id,
    chosen: &Selection,
    made: super::time::Timestamp,
) -> Plan {
    use super::change::List;
    // Built from the chosen entries alone, never from a clone of the whole plan: it is
    // remade as the person chooses, and a plan may hold years of check-ins and history.
    let mut copy = Plan::empty(plan.id.clone(), plan.name.clone(), plan.created.clone());
    copy.history.clear();
    copy.changed = plan.changed.clone();
    copy.revision = plan.revision;
    copy.is_sample = plan.is_sample;
    let mut left_out = vec![];
    macro_rules! take {
        ($($list:ident: $name:expr),*) => {$(
            let (kept, left) = chosen_of(&plan.$list, chosen);
            copy.$list = kept.into();
            if left > 0 {
                left_out.push(($name, left));
            }
        )*};
    }
    take!(
        what_matters: List::WhatMatters,
        capabilities: List::Capabilities,
        goals: List::Goals,
        actions: List::Actions,
        supporters: List::Supporters,
        team: List::Team,
        helps_and_hindrances: List::HelpsAndHindrances,
        community_supports: List::CommunitySupports,
        safety_net: List::SafetyNet
    );
    let (supporter_name, involvement) = copy_holder(plan, supporter).unwrap_or_default();
    copy.copy_of = Some(CopyOf {
        supporter: supporter.clone(),
        supporter_name,
        made,
        left_out,
        can_write: involvement == Involvement::PlansJointly,
        withdrawn: false,
        referral: None,
    });
    copy
}

/// What tells a supporter's device the person has stopped sharing: a copy holding nothing.
pub fn withdrawal(plan: &Plan, supporter: &Id, made: super::time::Timestamp) -> Plan {
    let mut copy = supporter_copy(plan, supporter, &Selection::new(), made);
    if let Some(c) = copy.copy_of.as_mut() {
        c.withdrawn = true;
        c.left_out.clear();
    }
    copy.name = plan.name.clone();
    copy
}

/// Why what came back from a copy cannot go into the plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReturnError {
    /// It changes something other than notes on the steps the copy shares.
    ChangesTooMuch,
    /// It is for another plan.
    OtherPlan,
    /// An answer for a referral this plan does not have (or has removed).
    UnknownReferral,
}

/// Checks what a supporter sends back: new check-ins (their notes), about the steps
/// their copy holds and nothing else. Anything more is refused whole.
pub fn check_returned(local: &Plan, returned: &Plan) -> Result<(), ReturnError> {
    if returned.id != local.id {
        return Err(ReturnError::OtherPlan);
    }
    let Some(copy) = &returned.copy_of else {
        return Ok(());
    };
    let untouched = |changed: bool| {
        if changed {
            Err(ReturnError::ChangesTooMuch)
        } else {
            Ok(())
        }
    };
    // Every shared entry must come back as it was sent, or older: never changed.
    macro_rules! unchanged {
        ($($list:ident),*) => {$(
            for e in &returned.$list {
                let here = local.$list.iter().find(|l| l.id == e.id);
                untouched(here.is_none_or(|l| !l.has_seen(&e.version())))?;
            }
        )*};
    }
    unchanged!(
        what_matters,
        capabilities,
        goals,
        actions,
        supporters,
        team,
        helps_and_hindrances,
        community_supports,
        safety_net
    );
    untouched(!returned.visits.is_empty() || !returned.agenda_items.is_empty())?;
    let shared: Selection = returned.actions.iter().map(|a| a.id.clone()).collect();
    for c in &returned.check_ins {
        let b = &c.body;
        let about_shared = b
            .action_outcomes
            .iter()
            .map(|(a, _)| a)
            .chain(b.action_notes.iter().map(|(a, _)| a))
            .chain(b.action_confidence.iter().map(|(a, _)| a))
            .all(|a| shared.contains(a));
        // Written on the copy, by its holder: a stamp naming someone here would credit
        // their words to another.
        let written_by_them = c.created.by == AuthorRole::Supporter
            && c.created.who.is_none()
            && c.changed.who.is_none()
            && b.goal_levels.is_empty()
            && b.able_now.is_empty();
        let known = local.check_ins.iter().any(|l| l.id == c.id);
        let allowed = known || (about_shared && written_by_them && copy.can_write);
        untouched(!allowed)?;
    }
    Ok(())
}

/// A note a supporter wrote on a shared step, arriving in the person's plan: shown in
/// full, with the step and who wrote it, before it goes in.
#[derive(Clone, Debug, PartialEq)]
pub struct NoteBack {
    /// The check-in that holds it (the unit the person brings in or leaves out).
    pub check_in: Id,
    pub by: String,
    pub on: super::time::CalendarDate,
    /// The step's words, as the person's plan has them.
    pub step: String,
    pub note: String,
}

/// Every note in `incoming` that `local` does not have yet.
pub fn notes_back(local: &Plan, incoming: &Plan) -> Vec<NoteBack> {
    let by = incoming
        .copy_of
        .as_ref()
        .map(|c| c.supporter_name.clone())
        .unwrap_or_default();
    let step = |id: &Id| {
        local
            .actions
            .iter()
            .find(|a| &a.id == id)
            .map(|a| a.body.what.clone())
            .unwrap_or_default()
    };
    incoming
        .check_ins
        .iter()
        .filter(|c| !local.check_ins.iter().any(|l| l.id == c.id))
        .flat_map(|c| {
            let by = if c.body.by_name.is_empty() {
                by.clone()
            } else {
                c.body.by_name.clone()
            };
            c.body.action_notes.iter().map(move |(a, note)| NoteBack {
                check_in: c.id.clone(),
                by: by.clone(),
                on: c.body.date,
                step: step(a),
                note: note.clone(),
            })
        })
        .collect()
}

/// `incoming` with only what the person read and ticked: the chosen new check-ins,
/// each holding just what the preview showed (the notes on steps, their date, who wrote
/// them). Check-ins the plan already has, kept versions and history lines stay behind:
/// a file cannot bring in through notes anything the person did not see.
pub fn only_chosen_notes(local: &Plan, incoming: &Plan, chosen: &Selection) -> Plan {
    let mut out = incoming.clone();
    out.check_ins
        .retain(|c| chosen.contains(&c.id) && !local.check_ins.iter().any(|l| l.id == c.id));
    for c in &mut out.check_ins {
        c.body = CheckIn {
            date: c.body.date,
            action_notes: std::mem::take(&mut c.body.action_notes),
            by_name: std::mem::take(&mut c.body.by_name),
            together_with: c.body.together_with,
            ..CheckIn::default()
        };
    }
    out.conflicts.clear();
    out.history.clear();
    out
}

/// A newer copy in place of the one here. Notes written here that the newer copy does
/// not have yet stay, as long as the step they are about is still shared.
pub fn replace_copy(here: &Plan, incoming: &Plan) -> Plan {
    let mut next = incoming.clone();
    if incoming.copy_of.as_ref().is_some_and(|c| c.withdrawn) {
        return next;
    }
    for c in &here.check_ins {
        let shared = c
            .body
            .action_notes
            .iter()
            .map(|(a, _)| a)
            .chain(c.body.action_outcomes.iter().map(|(a, _)| a))
            .all(|a| next.actions.iter().any(|x| &x.id == a));
        if shared && !next.check_ins.iter().any(|n| n.id == c.id) {
            next.check_ins.push(c.clone());
        }
    }
    next.revision = super::plan::next_revision(here.revision.max(incoming.revision));
    next
}
