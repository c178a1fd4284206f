//! The team around the person: the professionals who work with them, the one they
//! contact first, and which steps and safety-net lines each is part of ("Who's who").

use super::change::Change;
use super::id::Id;
use super::plan::*;

/// The live team, the first contact first and the rest in the person's order. Two
/// devices may each have marked someone before merging: the later mark leads.
pub fn team_first(plan: &Plan) -> Vec<&Entry<TeamMember>> {
    let mut team: Vec<&Entry<TeamMember>> = Plan::live(&plan.team).collect();
    let first = first_contact(plan).map(|m| m.id.clone());
    team.sort_by_key(|m| Some(&m.id) != first.as_ref());
    team
}

/// The person's first contact, if they have marked one.
pub fn first_contact(plan: &Plan) -> Option<&Entry<TeamMember>> {
    Plan::live(&plan.team)
        .filter(|m| m.body.first_contact)
        .max_by_key(|m| m.changed.at)
}

/// The one step that makes `member` the first contact (or, with `None`, nobody): marks
/// them and unmarks everyone else, so there is never more than one. `None` when nothing
/// would change.
pub fn make_first_contact(plan: &Plan, member: Option<&Id>) -> Option<Change> {
    let changes: Vec<Change> = Plan::live(&plan.team)
        .filter(|m| m.body.first_contact != (Some(&m.id) == member))
        .map(|m| {
            Change::Edit(Item::TeamMember(
                m.id.clone(),
                TeamMember {
                    first_contact: Some(&m.id) == member,
                    ..m.body.clone()
                },
            ))
        })
        .collect();
    (!changes.is_empty()).then_some(Change::Batch(changes))
}

/// A member's role as the person reads it: their own words when given, else the
/// role's name (`role_name`, from the text catalogue).
pub fn role_in_words(m: &TeamMember, role_name: impl Fn(TeamRole) -> String) -> String {
    if m.role_words.is_empty() {
        role_name(m.role)
    } else {
        m.role_words.clone()
    }
}

/// Someone the person can contact: a team member or a supporter, as the plan names
/// them (a removed one still, so older lines keep making sense).
#[derive(Clone, Debug, PartialEq)]
pub enum Contactable<'a> {
    Member(&'a Entry<TeamMember>),
    Supporter(&'a Entry<Supporter>),
}

/// The team member or supporter with this id.
pub fn contactable<'a>(plan: &'a Plan, id: &Id) -> Option<Contactable<'a>> {
    plan.team
        .iter()
        .find(|m| &m.id == id)
        .map(Contactable::Member)
        .or_else(|| {
            plan.supporters
                .iter()
                .find(|s| &s.id == id)
                .map(Contactable::Supporter)
        })
}

/// What one team member is part of: the live steps they do and the live safety-net
/// lines that name them, for "Who's who".
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PartOf<'a> {
    pub steps: Vec<&'a Entry<Action>>,
    pub safety_net: Vec<&'a Entry<SafetyNetEntry>>,
}

pub fn part_of<'a>(plan: &'a Plan, member: &Id) -> PartOf<'a> {
    let ongoing = |a: &&Entry<Action>| a.body.ended.is_none();
    PartOf {
        steps: Plan::live(&plan.actions)
            .filter(ongoing)
            .filter(|a| a.body.responsible == Responsible::TeamMember(member.clone()))
            .collect(),
        safety_net: Plan::live(&plan.safety_net)
            .filter(|l| l.body.who.as_ref() == Some(member))
            .collect(),
    }
}
