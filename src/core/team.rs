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

/// Whether a member carries a first-contact mark that is not shown. After a merge two
/// members may both carry it (each device marked someone); only the later is shown, and
/// an edit of the other must not bring its hidden mark to the top (`first_contact` takes
/// the latest changed): their form clears it with the edit.
pub fn mark_hidden(plan: &Plan, id: &Id, member: &TeamMember) -> bool {
    member.first_contact && first_contact(plan).is_none_or(|f| &f.id != id)
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
    /// Goals they review with the person.
    pub reviews: Vec<&'a Entry<Goal>>,
    pub safety_net: Vec<&'a Entry<SafetyNetEntry>>,
}

pub fn part_of<'a>(plan: &'a Plan, member: &Id) -> PartOf<'a> {
    let ongoing = |a: &&Entry<Action>| a.body.ended.is_none();
    PartOf {
        steps: Plan::live(&plan.actions)
            .filter(ongoing)
            .filter(|a| a.body.responsible == Responsible::TeamMember(member.clone()))
            .collect(),
        reviews: Plan::live(&plan.goals)
            .filter(|g| g.body.ended.is_none() && g.body.reviewer.as_ref() == Some(member))
            .collect(),
        safety_net: Plan::live(&plan.safety_net)
            .filter(|l| l.body.who.as_ref() == Some(member))
            .collect(),
    }
}

/// Another live member with the same name as `member`, earlier in the list: the same
/// person added twice (on two devices, or twice by mistake), to ask the person about.
/// Names alone never merge anyone; the person says whether they are the same.
pub fn same_name_as<'a>(plan: &'a Plan, member: &Id) -> Option<&'a Entry<TeamMember>> {
    let key = |m: &TeamMember| without_case(m.name.trim());
    let this = Plan::live(&plan.team).find(|m| &m.id == member)?;
    Plan::live(&plan.team)
        .take_while(|m| &m.id != member)
        .find(|m| key(&m.body) == key(&this.body))
}

/// A name without its case, so "ÁNGELA" and "Ángela" are one name (and Σ, σ, ς one
/// letter): for the same person added twice, and for names in words going to a health
/// record. It covers the alphabets with case that names are written in (Latin, with
/// Latin-1, Extended-A, B's Romanian, Azerbaijani and pinyin letters, ẞ, and Vietnamese;
/// Greek; Cyrillic) by their fixed offsets, so the download carries no Unicode case table
/// (24 KB). Any other letter stays as written, which can only miss a match, never make
/// one. tests/team.rs checks every letter against the standard library.
pub fn without_case(name: &str) -> String {
    name.chars().map(folded).collect()
}

/// One letter of [`without_case`].
pub fn folded(c: char) -> char {
    let u = c as u32;
    let pair = |upper_is_even: bool| {
        if (u % 2 == 0) == upper_is_even {
            u + 1
        } else {
            u
        }
    };
    let lower = match u {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE | 0x391..=0x3A1 | 0x3A3..=0x3AB | 0x410..=0x42F => {
            u + 32
        }
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 | 0x1DE..=0x1EF | 0x1F8..=0x21F => pair(true),
        0x222..=0x233 | 0x460..=0x481 | 0x48A..=0x4BF | 0x4D0..=0x52F => pair(true),
        0x1E00..=0x1E95 | 0x1EA0..=0x1EFF => pair(true),
        0x139..=0x148 | 0x179..=0x17E | 0x1CD..=0x1DC | 0x4C1..=0x4CE => pair(false),
        0x178 => 0xFF,
        0x18F => 0x259,
        0x1E9E => 0xDF,
        0x386 => 0x3AC,
        0x388..=0x38A => u + 37,
        0x38C => 0x3CC,
        0x38E..=0x38F => u + 63,
        0x3C2 => 0x3C3,
        0x400..=0x40F => u + 80,
        0x4C0 => 0x4CF,
        _ => u,
    };
    char::from_u32(lower).unwrap_or(c)
}

/// The one step that makes `other` and `keep` one person, as the person said they are:
/// `keep` takes whatever `other` knew that it did not (contact, hours, ...), every step,
/// safety-net line, goal view and review that named `other` names `keep`, and `other` is
/// removed.
/// What `other` wrote stays theirs, by name (their entry is kept, removed).
pub fn make_one(plan: &Plan, keep: &Id, other: &Id) -> Option<Change> {
    let find = |id: &Id| Plan::live(&plan.team).find(|m| &m.id == id);
    let (k, o) = (find(keep)?, find(other)?);
    if k.id == o.id {
        return None;
    }
    let or = |mine: &String, theirs: &String| {
        if mine.trim().is_empty() {
            theirs.clone()
        } else {
            mine.clone()
        }
    };
    let (a, b) = (&k.body, &o.body);
    let combined = TeamMember {
        role_words: or(&a.role_words, &b.role_words),
        organisation: or(&a.organisation, &b.organisation),
        contact: or(&a.contact, &b.contact),
        hours: or(&a.hours, &b.hours),
        what_they_do: or(&a.what_they_do, &b.what_they_do),
        first_contact: a.first_contact || b.first_contact,
        ..a.clone()
    };
    let mut changes = vec![];
    if &combined != a {
        changes.push(Change::Edit(Item::TeamMember(keep.clone(), combined)));
    }
    for s in Plan::live(&plan.actions) {
        if s.body.responsible == Responsible::TeamMember(other.clone()) {
            let mut step = s.body.clone();
            step.responsible = Responsible::TeamMember(keep.clone());
            changes.push(Change::Edit(Item::Action(s.id.clone(), step)));
        }
    }
    for l in Plan::live(&plan.safety_net) {
        if l.body.who.as_ref() == Some(other) {
            let mut line = l.body.clone();
            line.who = Some(keep.clone());
            changes.push(Change::Edit(Item::SafetyNetEntry(l.id.clone(), line)));
        }
    }
    for g in Plan::live(&plan.goals) {
        let mut goal = g.body.clone();
        let first_is_keeps = goal.more_views.iter().any(|v| &v.by == keep);
        for named in [&mut goal.clinician_view_by, &mut goal.reviewer] {
            if named.as_ref() == Some(other) {
                *named = Some(keep.clone());
            }
        }
        if first_is_keeps && goal.clinician_view_by.as_ref() == Some(keep) {
            // Both wrote a view: the first stays the other's.
            goal.clinician_view_by = Some(other.clone());
        }
        // Their view follows them, unless the one kept has a view of this goal already:
        // then it stays under the other's name, so no words are lost.
        let keep_has_view = goal.clinician_view_by.as_ref() == Some(keep)
            || goal.more_views.iter().any(|v| &v.by == keep);
        if !keep_has_view {
            for v in goal.more_views.iter_mut().filter(|v| &v.by == other) {
                v.by = keep.clone();
            }
        }
        if goal != g.body {
            changes.push(Change::Edit(Item::Goal(g.id.clone(), goal)));
        }
    }
    changes.push(Change::Remove {
        list: super::change::List::Team,
        id: other.clone(),
    });
    Some(Change::Batch(changes))
}
