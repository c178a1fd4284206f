//! Choosing what each person around the plan receives. The person decides, entry by
//! entry; what a supporter's involvement suggests, or "everything agreed" for the health
//! record, is only where the choice starts.

use super::id::Id;
use super::plan::*;
use std::collections::BTreeSet;

/// The entries chosen to go into a copy or an export, by id.
pub type Selection = BTreeSet<Id>;

fn is_agreed(g: &Goal) -> bool {
    matches!(
        g.agreement,
        Agreement::Agreed | Agreement::AgreedToDiffer { .. }
    ) && g.ended.is_none()
}

fn agreed_goals(plan: &Plan) -> impl Iterator<Item = &Entry<Goal>> {
    Plan::live(&plan.goals).filter(|g| is_agreed(&g.body))
}

/// Everything agreed: agreed goals and their steps, the community supports and people
/// doing those steps, and the safety net. Where the health-record export starts.
pub fn everything_agreed(plan: &Plan) -> Selection {
    let goals: Selection = agreed_goals(plan).map(|g| g.id.clone()).collect();
    let mut out = goals.clone();
    for a in Plan::live(&plan.actions) {
        if a.body.ended.is_none() && a.body.goal.as_ref().is_some_and(|g| goals.contains(g)) {
            out.insert(a.id.clone());
            if let Responsible::Supporter(s) | Responsible::CommunitySupport(s) =
                &a.body.responsible
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
    out
}

/// What a supporter's involvement suggests they receive: kept informed (or consulted),
/// the agreed goals and the safety net; shares tasks, also the steps they do; plans
/// jointly, everything.
pub fn suggested_for(plan: &Plan, supporter: &Id) -> Selection {
    let involvement = plan
        .supporters
        .iter()
        .find(|s| &s.id == supporter)
        .map(|s| s.body.involvement)
        .unwrap_or_default();
    let mut out: Selection = agreed_goals(plan).map(|g| g.id.clone()).collect();
    out.extend(Plan::live(&plan.safety_net).map(|s| s.id.clone()));
    out.insert(supporter.clone());
    match involvement {
        Involvement::KeptInformed | Involvement::Consulted => {}
        Involvement::SharesTasks => {
            for a in Plan::live(&plan.actions) {
                if a.body.responsible == Responsible::Supporter(supporter.clone()) {
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
    out.extend(ids(&plan.helps_and_hindrances));
    out.extend(ids(&plan.community_supports));
    out.extend(ids(&plan.safety_net));
    out
}
