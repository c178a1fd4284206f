//! Co-planning in the consultation: the rules the screens show, kept pure and tested.

use super::id::Id;
use super::plan::*;
use super::prepare::upcoming_visit;
use super::time::CalendarDate;

/// Stanford-style action planning: a step rated below 7 is likely too big; suggest
/// making it smaller or easier. No rating yet means nothing to suggest.
pub fn needs_smaller_step(action: &Action) -> bool {
    action.confidence.is_some_and(|c| c < CONFIDENCE_THRESHOLD)
}

/// The date the plan is next reviewed: the visit's next review if set, else the
/// earliest review date of a goal still in play (not set aside, not ended).
pub fn next_review(plan: &Plan) -> Option<CalendarDate> {
    upcoming_visit(plan)
        .and_then(|v| v.body.next_review)
        .or_else(|| {
            Plan::live(&plan.goals)
                .filter(|g| !matches!(g.body.agreement, Agreement::SetAside { .. }))
                .filter(|g| g.body.ended.is_none())
                .filter_map(|g| g.body.review_date)
                .min()
        })
}

/// Goals that make up the agreed plan: agreed, or agreed with a difference written down,
/// and not ended (reached, let go, or adjusted into a new goal, which stands in its place).
pub fn agreed_goals(plan: &Plan) -> impl Iterator<Item = &Entry<Goal>> {
    Plan::live(&plan.goals).filter(|g| {
        matches!(
            g.body.agreement,
            Agreement::Agreed | Agreement::AgreedToDiffer { .. }
        ) && g.body.ended.is_none()
    })
}

/// Steps for no goal, or for one since removed: "Other steps", so none drops off the
/// summary because what it was for has gone.
pub fn steps_for_no_goal(plan: &Plan) -> impl Iterator<Item = &Entry<Action>> {
    Plan::live(&plan.actions).filter(|a| {
        a.body
            .goal
            .as_ref()
            .is_none_or(|g| !Plan::live(&plan.goals).any(|e| &e.id == g))
    })
}

/// Actions for a goal (or, with `None`, those linked to no goal).
pub fn actions_for<'a>(
    plan: &'a Plan,
    goal: Option<&'a Id>,
) -> impl Iterator<Item = &'a Entry<Action>> {
    Plan::live(&plan.actions).filter(move |a| a.body.goal.as_ref() == goal)
}

/// A goal started from an agenda topic: the person's words, proposed by whoever is
/// writing, linked to nothing yet. Its five levels start empty for the two to fill in.
pub fn goal_from_topic(topic: &str, proposed_by: AuthorRole) -> Goal {
    Goal {
        wording: topic.to_string(),
        capability: None,
        proposed_by,
        person_view: Perspective::default(),
        clinician_view: Perspective::default(),
        clinician_view_by: None,
        more_views: vec![],
        reviewer: None,
        agreement: Agreement::Proposed,
        attainment_levels: Default::default(),
        baseline: None,
        target_date: None,
        review_date: None,
        measures: vec![],
        weight: None,
        ended: None,
        replaces: None,
    }
}

/// What to call the person whose plan it is: the plan's name ("Maria"), without the
/// sample's mark in any language ("Maria (sample)", "María (ejemplo)"). Printed plans say
/// "Who does it: Maria", not "the person".
pub fn person_name(plan: &Plan) -> &str {
    let name = plan.name.trim();
    let marked = plan.is_sample || name.ends_with("(sample)");
    match name.strip_suffix(')').and_then(|n| n.rfind('(')) {
        Some(open) if marked => name[..open].trim_end(),
        _ => name,
    }
}

/// Who an action belongs to, in words, resolving supporters and community supports
/// (a removed one is still named, so the plan keeps making sense).
pub fn responsible_name<'a>(plan: &'a Plan, r: &Responsible) -> Option<&'a str> {
    match r {
        Responsible::Supporter(id) => plan
            .supporters
            .iter()
            .find(|s| &s.id == id)
            .map(|s| s.body.name.as_str()),
        Responsible::CommunitySupport(id) => plan
            .community_supports
            .iter()
            .find(|s| &s.id == id)
            .map(|s| s.body.name.as_str()),
        Responsible::TeamMember(id) => plan
            .team
            .iter()
            .find(|s| &s.id == id)
            .map(|s| s.body.name.as_str()),
        Responsible::Person | Responsible::Clinician => None,
    }
}
