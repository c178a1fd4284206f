//! A community referral that comes back with news. The person (or their clinician)
//! sends the organisation only what the person chose: what matters, the goal the
//! support serves, what they hope for, the practical things, how to reach them. The
//! organisation answers on the same page, in any browser, storing nothing; the answer
//! travels back, the person reads it first, and it merges as the referral's new status
//! and an answer written by "a community worker" — and can change nothing else.

use super::change::{apply, Change, ChangeError, Item};
use super::id::Id;
use super::plan::*;
use super::share::{supporter_copy, ReturnError, Selection};
use super::time::Timestamp;

/// What a referral holds to start with: the support, the goals it serves, and what
/// matters to the person. They can untick any of it but the support itself.
pub fn suggested(plan: &Plan, support: &Id) -> Selection {
    let mut out: Selection = Plan::live(&plan.what_matters)
        .map(|w| w.id.clone())
        .collect();
    out.insert(support.clone());
    if let Some(s) = plan.community_supports.iter().find(|s| &s.id == support) {
        out.extend(s.body.goals.iter().cloned());
    }
    out
}

/// The referral: a copy holding only the chosen entries and the support, marked as a
/// referral to it.
pub fn referral(plan: &Plan, support: &Id, chosen: &Selection, made: Timestamp) -> Plan {
    let mut chosen = chosen.clone();
    chosen.insert(support.clone());
    // Only what matters, goals and the support: a referral never carries the rest.
    chosen.retain(|id| {
        plan.what_matters.iter().any(|e| &e.id == id)
            || plan.goals.iter().any(|e| &e.id == id)
            || id == support
    });
    let mut copy = supporter_copy(plan, support, &chosen, made);
    copy.supporters.clear();
    // A goal goes as its words: the two views, the levels, the measures (an HbA1c) and
    // the dates are for the person and their clinician, not for the organisation.
    for g in &mut copy.goals {
        g.body = super::together::goal_from_topic(&g.body.wording, g.body.proposed_by);
        g.versions.clear();
    }
    for w in &mut copy.what_matters {
        w.versions.clear();
    }
    // The support goes as the organisation reads it on its page: not how it went for the
    // person, nor the answers before (what the person wrote of them, a note for the
    // clinician), which neither the person nor the organisation would see leaving; and
    // only the goals it carries.
    let goals: Vec<Id> = copy.goals.iter().map(|g| g.id.clone()).collect();
    for c in &mut copy.community_supports {
        c.versions.clear();
        c.body.goals.retain(|g| goals.contains(g));
        c.body = CommunitySupport {
            name: std::mem::take(&mut c.body.name),
            offer: std::mem::take(&mut c.body.offer),
            contact: std::mem::take(&mut c.body.contact),
            referral: c.body.referral,
            goals: std::mem::take(&mut c.body.goals),
            hope: std::mem::take(&mut c.body.hope),
            practical: std::mem::take(&mut c.body.practical),
            reach_me: std::mem::take(&mut c.body.reach_me),
            ..CommunitySupport::default()
        };
    }
    copy.copy_of = Some(CopyOf {
        supporter: support.clone(),
        supporter_name: plan
            .community_supports
            .iter()
            .find(|s| &s.id == support)
            .map(|s| s.body.name.clone())
            .unwrap_or_default(),
        made,
        left_out: vec![],
        can_write: false,
        withdrawn: false,
        referral: Some(support.clone()),
    });
    copy
}

/// The support a referral is for, as the referral holds it.
pub fn referred_support(referral: &Plan) -> Option<&Entry<CommunitySupport>> {
    let id = referral.copy_of.as_ref()?.referral.as_ref()?;
    referral.community_supports.iter().find(|s| &s.id == id)
}

/// The organisation's answer as what travels back: the answer and what identifies the
/// referral (the plan's and the support's ids), and nothing else — not the person's
/// hopes, words or phone number, not the plan's name, not the earlier answers. Small
/// enough for a QR code; it can only be brought into the plan it came from.
pub fn answer(referral: &Plan, answer: ReferralAnswer, at: Timestamp) -> Result<Plan, ChangeError> {
    let support = referred_support(referral).ok_or(ChangeError::Unchanged)?;
    // Checked as the person's plan will check it on the way in (a name, no more words
    // than fit), so the worker hears of a problem here, not the person later.
    let mut checked = support.body.clone();
    checked.answers = vec![answer.clone()];
    checked.goals.clear();
    let answer = {
        use super::change::Listed;
        checked.checked(referral)?.answers.remove(0)
    };
    let stamp = Stamp {
        at,
        by: AuthorRole::CommunityWorker,
        who: None,
    };
    let body = CommunitySupport {
        referral: answer.status,
        answers: vec![answer],
        ..CommunitySupport::default()
    };
    let mut answered = Plan::empty(referral.id.clone(), String::new(), stamp.clone());
    answered.community_supports = vec![Entry::new(support.id.clone(), body, stamp)].into();
    answered.copy_of = referral.copy_of.clone().map(|c| CopyOf {
        made: at,
        left_out: vec![],
        ..c
    });
    answered.changes_only = true;
    Ok(answered)
}

/// Checks an answer arriving in the person's plan: for a support this plan has (and has
/// not removed), adding answers to it and nothing else. Returns the new answers.
pub fn check_answer(local: &Plan, incoming: &Plan) -> Result<Vec<ReferralAnswer>, ReturnError> {
    if incoming.id != local.id {
        return Err(ReturnError::OtherPlan);
    }
    let support = referred_support(incoming).ok_or(ReturnError::ChangesTooMuch)?;
    let here = Plan::live(&local.community_supports)
        .find(|s| s.id == support.id)
        .ok_or(ReturnError::UnknownReferral)?;
    let nothing_else = incoming.community_supports.len() == 1
        && incoming.check_ins.is_empty()
        && incoming.visits.is_empty()
        && incoming.agenda_items.is_empty()
        && incoming.actions.is_empty()
        && incoming.supporters.is_empty()
        && incoming.team.is_empty()
        && incoming.safety_net.is_empty()
        && incoming.helps_and_hindrances.is_empty()
        && incoming.capabilities.is_empty()
        && incoming
            .what_matters
            .iter()
            .all(|e| seen(&local.what_matters, e))
        && incoming.goals.iter().all(|e| seen(&local.goals, e));
    if !nothing_else {
        return Err(ReturnError::ChangesTooMuch);
    }
    // Answers only add: any the plan already holds (an answer opened twice, or an
    // earlier CoPlan's answer that carried them all) are not new.
    Ok(support
        .body
        .answers
        .iter()
        .filter(|a| !here.body.answers.iter().any(|h| same_answer(h, a)))
        .cloned()
        .collect())
}

/// Brings an answer in: the new answers and the status they give, on the support as the
/// plan holds it, written by a community worker. Nothing else can change, by construction.
pub fn bring_in_answer(local: &Plan, incoming: &Plan, at: Timestamp) -> Result<Plan, ReturnError> {
    bring_in_answer_read(local, incoming, None, at)
}

/// Like [`bring_in_answer`], after the person has read it: `own_words` holds, for each
/// new answer, what it says in the person's own words as they corrected it (empty: left
/// out). What is said in someone's name goes in only as they agree.
pub fn bring_in_answer_read(
    local: &Plan,
    incoming: &Plan,
    own_words: Option<&[String]>,
    at: Timestamp,
) -> Result<Plan, ReturnError> {
    let mut new = check_answer(local, incoming)?;
    if let Some(words) = own_words {
        for (answer, words) in new.iter_mut().zip(words) {
            answer.person_words = words.trim().to_string();
        }
    }
    let support = referred_support(incoming).ok_or(ReturnError::ChangesTooMuch)?;
    let here = Plan::live(&local.community_supports)
        .find(|s| s.id == support.id)
        .ok_or(ReturnError::UnknownReferral)?;
    let Some(last) = new.last() else {
        return Ok(local.clone());
    };
    let mut body = here.body.clone();
    body.referral = last.status;
    body.answers.extend(new.iter().cloned());
    let stamp = Stamp::new(at, AuthorRole::CommunityWorker);
    apply(
        local,
        &Change::Edit(Item::CommunitySupport(here.id.clone(), body)),
        stamp,
    )
    .map(|a| a.plan)
    .map_err(|_| ReturnError::ChangesTooMuch)
}

/// The same answer, whatever the person corrected of what it said in their words.
fn same_answer(here: &ReferralAnswer, arriving: &ReferralAnswer) -> bool {
    ReferralAnswer {
        person_words: String::new(),
        ..here.clone()
    } == ReferralAnswer {
        person_words: String::new(),
        ..arriving.clone()
    }
}

fn seen<T: serde::Serialize>(local: &[Entry<T>], e: &Entry<T>) -> bool {
    local
        .iter()
        .any(|l| l.id == e.id && l.has_seen(&e.version()))
}
