//! Each kind of entry's rules: the words it needs, their lengths, the scales, the
//! entries it may point at — checked before any change applies.

use super::{find, ChangeError, Field, Listed, MAX_LONG, MAX_SHORT, MAX_TEXT};
use crate::core::id::Id;
use crate::core::plan::*;

// ---- validation helpers ----------------------------------------------------------------

fn check_len(field: Field, text: &str, max: usize) -> Result<String, ChangeError> {
    let text = text.trim();
    if text.chars().count() > max {
        return Err(ChangeError::TooLong { field, max });
    }
    Ok(text.to_string())
}

/// Trimmed text that must not be blank.
pub fn required(field: Field, text: &str, max: usize) -> Result<String, ChangeError> {
    let text = check_len(field, text, max)?;
    if text.is_empty() {
        return Err(ChangeError::Empty { field });
    }
    Ok(text)
}

/// Trimmed text that may be blank.
pub fn optional(field: Field, text: &str, max: usize) -> Result<String, ChangeError> {
    check_len(field, text, max)
}

fn rating(field: Field, value: Option<u8>) -> Result<Option<u8>, ChangeError> {
    match value {
        Some(v) if v > 10 => Err(ChangeError::OutOfRange {
            field,
            min: 0,
            max: 10,
        }),
        v => Ok(v),
    }
}

fn link<T: Listed>(plan: &Plan, field: Field, id: &Id) -> Result<(), ChangeError> {
    let live = T::entries(plan).iter().any(|e| &e.id == id && e.is_live());
    if live {
        Ok(())
    } else {
        Err(ChangeError::MissingLink {
            field,
            list: T::LIST,
            id: id.clone(),
        })
    }
}

/// A link to a live entry, or to a removed one the plan already links to there
/// (`already`): removing a goal, a life area or a person leaves what pointed at it
/// editable (the steps, helps and lines they were part of keep their link and name), and
/// two copies merged may link to what one of them removed. No new link to a removed one.
fn kept<T: Listed>(plan: &Plan, field: Field, id: &Id, already: bool) -> Result<(), ChangeError> {
    if already && T::entries(plan).iter().any(|e| &e.id == id) {
        Ok(())
    } else {
        link::<T>(plan, field, id)
    }
}

/// Links to entries of `T`, each live or already linked from some entry's `linked` ids
/// in this plan (see [`kept`]); each kept once.
fn links<T: Listed, E>(
    plan: &Plan,
    field: Field,
    ids: &[Id],
    entries: &[Entry<E>],
    linked: fn(&E) -> &Vec<Id>,
) -> Result<Vec<Id>, ChangeError> {
    ids.iter().try_for_each(|id| {
        let already = entries.iter().any(|e| linked(&e.body).contains(id));
        kept::<T>(plan, field, id, already)
    })?;
    let mut out: Vec<Id> = Vec::with_capacity(ids.len());
    for id in ids {
        if !out.contains(id) {
            out.push(id.clone());
        }
    }
    Ok(out)
}

pub(super) fn short_label(text: &str) -> String {
    const MAX: usize = 80;
    let first_line = text.lines().next().unwrap_or_default();
    if first_line.chars().count() <= MAX && first_line.len() == text.len() {
        first_line.to_string()
    } else {
        let cut: String = first_line.chars().take(MAX).collect();
        format!("{cut}…")
    }
}

// ---- each entity's rules -----------------------------------------------------------------

macro_rules! listed {
    ($field:ident, $variant:ident) => {
        fn entries(plan: &Plan) -> &Vec<Entry<Self>> {
            &plan.$field
        }
        fn entries_mut(plan: &mut Plan) -> &mut Vec<Entry<Self>> {
            &mut plan.$field
        }
        fn item(id: Id, body: Self) -> Item {
            Item::$variant(id, body)
        }
        fn body_of(item: &Item) -> Option<&Self> {
            match item {
                Item::$variant(_, body) => Some(body),
                _ => None,
            }
        }
    };
}

impl Listed for WhatMatters {
    const LIST: List = List::WhatMatters;
    listed!(what_matters, WhatMatters);
    fn checked(&self, _: &Plan) -> Result<Self, ChangeError> {
        Ok(WhatMatters {
            text: required(Field::WhatMatters, &self.text, MAX_TEXT)?,
        })
    }
    fn label(&self) -> String {
        self.text.clone()
    }
}

impl Listed for Capability {
    const LIST: List = List::Capabilities;
    listed!(capabilities, Capability);
    fn checked(&self, _: &Plan) -> Result<Self, ChangeError> {
        let description = optional(Field::Capability, &self.description, MAX_TEXT)?;
        if description.is_empty()
            && self.now_in_words.trim().is_empty()
            && self.able_now.is_none()
            && self.wished.is_none()
        {
            return Err(ChangeError::Empty {
                field: Field::Capability,
            });
        }
        Ok(Capability {
            life_area: self.life_area,
            able_now: rating(Field::AbleNow, self.able_now)?,
            wished: rating(Field::Wished, self.wished)?,
            description,
            now_in_words: optional(Field::NowInWords, &self.now_in_words, MAX_TEXT)?,
        })
    }
    fn label(&self) -> String {
        if self.description.is_empty() {
            self.now_in_words.clone()
        } else {
            self.description.clone()
        }
    }
}

fn perspective(p: &Perspective) -> Result<Perspective, ChangeError> {
    Ok(Perspective {
        why_it_matters: optional(Field::WhyItMatters, &p.why_it_matters, MAX_TEXT)?,
        concerns: optional(Field::Concerns, &p.concerns, MAX_TEXT)?,
        priority: p.priority,
    })
}

/// Other team members' views, each by a team member. The screen offers one each; should
/// two by one person arrive (two copies merged), both are kept: no words are dropped.
fn more_views(plan: &Plan, goal: &Goal) -> Result<Vec<TeamView>, ChangeError> {
    goal.more_views
        .iter()
        .map(|v| {
            let already = plan
                .goals
                .iter()
                .any(|g| g.body.more_views.iter().any(|o| o.by == v.by));
            kept::<TeamMember>(plan, Field::LinkedEntry, &v.by, already)?;
            Ok(TeamView {
                by: v.by.clone(),
                view: perspective(&v.view)?,
            })
        })
        .collect()
}

impl Listed for Goal {
    const LIST: List = List::Goals;
    listed!(goals, Goal);
    fn checked(&self, plan: &Plan) -> Result<Self, ChangeError> {
        if let Some(c) = &self.capability {
            let already = plan
                .goals
                .iter()
                .any(|g| g.body.capability.as_ref() == Some(c));
            kept::<Capability>(plan, Field::LinkedEntry, c, already)?;
        }
        if let Some(r) = &self.reviewer {
            let already = plan
                .goals
                .iter()
                .any(|g| g.body.reviewer.as_ref() == Some(r));
            if kept::<TeamMember>(plan, Field::LinkedEntry, r, already).is_err() {
                kept::<Supporter>(plan, Field::LinkedEntry, r, already)?;
            }
        }
        if let Some(m) = &self.clinician_view_by {
            let already = plan
                .goals
                .iter()
                .any(|g| g.body.clinician_view_by.as_ref() == Some(m));
            kept::<TeamMember>(plan, Field::LinkedEntry, m, already)?;
        }
        let mut levels: [String; 5] = Default::default();
        for (out, text) in levels.iter_mut().zip(&self.attainment_levels) {
            *out = optional(Field::AttainmentLevel, text, MAX_TEXT)?;
        }
        let measures = self
            .measures
            .iter()
            .map(|m| {
                Ok(Measure {
                    name: required(Field::Measure, &m.name, MAX_SHORT)?,
                    current: optional(Field::Measure, &m.current, MAX_SHORT)?,
                    target: optional(Field::Measure, &m.target, MAX_SHORT)?,
                })
            })
            .collect::<Result<_, ChangeError>>()?;
        Ok(Goal {
            wording: required(Field::Goal, &self.wording, MAX_TEXT)?,
            capability: self.capability.clone(),
            proposed_by: self.proposed_by,
            person_view: perspective(&self.person_view)?,
            clinician_view: perspective(&self.clinician_view)?,
            clinician_view_by: self.clinician_view_by.clone(),
            more_views: more_views(plan, self)?,
            reviewer: self.reviewer.clone(),
            agreement: self.agreement.clone(),
            attainment_levels: levels,
            baseline: self.baseline,
            target_date: self.target_date,
            review_date: self.review_date,
            measures,
            weight: match self.weight {
                Some(w) if !(1..=10).contains(&w) => {
                    return Err(ChangeError::OutOfRange {
                        field: Field::Weight,
                        min: 1,
                        max: 10,
                    })
                }
                w => w,
            },
            ended: ending(&self.ended)?,
            replaces: self.replaces.clone(),
        })
    }
    fn label(&self) -> String {
        self.wording.clone()
    }
    /// Every goal starts as proposed: agreement is reached, not typed in.
    fn fresh(self) -> Self {
        Goal {
            agreement: Agreement::Proposed,
            ..self
        }
    }
    /// Agreement changes only through `SetGoalAgreement`, so it is always explicit.
    fn keep(self, old: &Self) -> Self {
        Goal {
            agreement: old.agreement.clone(),
            ..self
        }
    }
}

impl Listed for Action {
    const LIST: List = List::Actions;
    listed!(actions, Action);
    fn checked(&self, plan: &Plan) -> Result<Self, ChangeError> {
        if let Some(g) = &self.goal {
            let already = plan.actions.iter().any(|a| a.body.goal.as_ref() == Some(g));
            kept::<Goal>(plan, Field::LinkedEntry, g, already)?;
        }
        let already = plan
            .actions
            .iter()
            .any(|a| a.body.responsible == self.responsible);
        match &self.responsible {
            Responsible::Supporter(id) => kept::<Supporter>(plan, Field::LinkedEntry, id, already)?,
            Responsible::CommunitySupport(id) => {
                kept::<CommunitySupport>(plan, Field::LinkedEntry, id, already)?
            }
            Responsible::TeamMember(id) => {
                kept::<TeamMember>(plan, Field::LinkedEntry, id, already)?
            }
            Responsible::Person | Responsible::Clinician => {}
        }
        let if_then = self
            .if_then
            .iter()
            .map(|p| {
                Ok(IfThen {
                    if_: required(Field::IfThen, &p.if_, MAX_TEXT)?,
                    then: required(Field::IfThen, &p.then, MAX_TEXT)?,
                })
            })
            .collect::<Result<_, ChangeError>>()?;
        Ok(Action {
            what: required(Field::Action, &self.what, MAX_TEXT)?,
            how_much: optional(Field::ActionDetail, &self.how_much, MAX_SHORT)?,
            when: optional(Field::ActionDetail, &self.when, MAX_SHORT)?,
            how_often: optional(Field::ActionDetail, &self.how_often, MAX_SHORT)?,
            with_whom: optional(Field::ActionDetail, &self.with_whom, MAX_SHORT)?,
            goal: self.goal.clone(),
            responsible: self.responsible.clone(),
            confidence: rating(Field::Confidence, self.confidence)?,
            if_then,
            ended: ending(&self.ended)?,
        })
    }
    fn label(&self) -> String {
        self.what.clone()
    }
}

impl Listed for Supporter {
    const LIST: List = List::Supporters;
    listed!(supporters, Supporter);
    fn checked(&self, _: &Plan) -> Result<Self, ChangeError> {
        Ok(Supporter {
            name: required(Field::Name, &self.name, MAX_SHORT)?,
            role: optional(Field::Role, &self.role, MAX_SHORT)?,
            how_they_help: optional(Field::HowTheyHelp, &self.how_they_help, MAX_TEXT)?,
            involvement: self.involvement,
        })
    }
    fn label(&self) -> String {
        self.name.clone()
    }
}

impl Listed for TeamMember {
    const LIST: List = List::Team;
    listed!(team, TeamMember);
    fn checked(&self, _: &Plan) -> Result<Self, ChangeError> {
        let role_words = optional(Field::Role, &self.role_words, MAX_SHORT)?;
        if self.role == TeamRole::Other && role_words.is_empty() {
            return Err(ChangeError::Empty { field: Field::Role });
        }
        Ok(TeamMember {
            name: required(Field::Name, &self.name, MAX_SHORT)?,
            role: self.role,
            role_words,
            organisation: optional(Field::Organisation, &self.organisation, MAX_SHORT)?,
            contact: optional(Field::Contact, &self.contact, MAX_SHORT)?,
            hours: optional(Field::Hours, &self.hours, MAX_SHORT)?,
            what_they_do: optional(Field::WhatTheyDo, &self.what_they_do, MAX_TEXT)?,
            first_contact: self.first_contact,
            involvement: self.involvement,
        })
    }
    fn label(&self) -> String {
        self.name.clone()
    }
}

impl Listed for HelpOrHindrance {
    const LIST: List = List::HelpsAndHindrances;
    listed!(helps_and_hindrances, HelpOrHindrance);
    fn checked(&self, plan: &Plan) -> Result<Self, ChangeError> {
        Ok(HelpOrHindrance {
            text: required(Field::HelpOrHindrance, &self.text, MAX_TEXT)?,
            kind: self.kind,
            effect: self.effect,
            goals: links::<Goal, _>(
                plan,
                Field::LinkedEntry,
                &self.goals,
                &plan.helps_and_hindrances,
                |h| &h.goals,
            )?,
            capabilities: links::<Capability, _>(
                plan,
                Field::LinkedEntry,
                &self.capabilities,
                &plan.helps_and_hindrances,
                |h| &h.capabilities,
            )?,
        })
    }
    fn label(&self) -> String {
        self.text.clone()
    }
}

impl Listed for CommunitySupport {
    const LIST: List = List::CommunitySupports;
    listed!(community_supports, CommunitySupport);
    fn checked(&self, plan: &Plan) -> Result<Self, ChangeError> {
        Ok(CommunitySupport {
            name: required(Field::Name, &self.name, MAX_SHORT)?,
            offer: optional(Field::Offer, &self.offer, MAX_TEXT)?,
            contact: optional(Field::Contact, &self.contact, MAX_SHORT)?,
            referral: self.referral,
            how_it_went: optional(Field::HowItWent, &self.how_it_went, MAX_TEXT)?,
            goals: links::<Goal, _>(
                plan,
                Field::LinkedEntry,
                &self.goals,
                &plan.community_supports,
                |c| &c.goals,
            )?,
            hope: optional(Field::Offer, &self.hope, MAX_TEXT)?,
            practical: optional(Field::Offer, &self.practical, MAX_TEXT)?,
            reach_me: optional(Field::Contact, &self.reach_me, MAX_SHORT)?,
            answers: self
                .answers
                .iter()
                .map(|a| {
                    Ok(ReferralAnswer {
                        organisation: required(Field::Name, &a.organisation, MAX_SHORT)?,
                        on: a.on,
                        status: a.status,
                        going: optional(Field::HowItWent, &a.going, MAX_TEXT)?,
                        person_words: optional(Field::HowItWent, &a.person_words, MAX_TEXT)?,
                        stopped_why: optional(Field::Reason, &a.stopped_why, MAX_TEXT)?,
                        for_clinician: optional(Field::Note, &a.for_clinician, MAX_TEXT)?,
                    })
                })
                .collect::<Result<_, ChangeError>>()?,
        })
    }
    fn label(&self) -> String {
        self.name.clone()
    }
}

impl Listed for SafetyNetEntry {
    const LIST: List = List::SafetyNet;
    listed!(safety_net, SafetyNetEntry);
    fn checked(&self, plan: &Plan) -> Result<Self, ChangeError> {
        if let Some(who) = &self.who {
            // A team member or a supporter: whoever the person would ring.
            let already = plan
                .safety_net
                .iter()
                .any(|l| l.body.who.as_ref() == Some(who));
            if kept::<Supporter>(plan, Field::LinkedEntry, who, already).is_err() {
                kept::<TeamMember>(plan, Field::LinkedEntry, who, already)?;
            }
        }
        Ok(SafetyNetEntry {
            zone: self.zone,
            signs: required(Field::Signs, &self.signs, MAX_TEXT)?,
            what_to_do: required(Field::WhatToDo, &self.what_to_do, MAX_TEXT)?,
            contact: optional(Field::Contact, &self.contact, MAX_SHORT)?,
            who: self.who.clone(),
        })
    }
    fn label(&self) -> String {
        self.signs.clone()
    }
}

impl Listed for Visit {
    const LIST: List = List::Visits;
    listed!(visits, Visit);
    fn checked(&self, _: &Plan) -> Result<Self, ChangeError> {
        Ok(Visit {
            date: self.date,
            with_whom: optional(Field::WithWhom, &self.with_whom, MAX_SHORT)?,
            changes_since_last_time: optional(
                Field::VisitNote,
                &self.changes_since_last_time,
                MAX_LONG,
            )?,
            worries: optional(Field::VisitNote, &self.worries, MAX_LONG)?,
            hopes: optional(Field::VisitNote, &self.hopes, MAX_LONG)?,
            discussed: optional(Field::VisitNote, &self.discussed, MAX_LONG)?,
            decided: optional(Field::VisitNote, &self.decided, MAX_LONG)?,
            next_review: self.next_review,
        })
    }
    fn label(&self) -> String {
        self.date
            .map(|d| d.to_string())
            .unwrap_or_else(|| self.with_whom.clone())
    }
}

impl Listed for AgendaItem {
    const LIST: List = List::AgendaItems;
    listed!(agenda_items, AgendaItem);
    fn checked(&self, plan: &Plan) -> Result<Self, ChangeError> {
        link::<Visit>(plan, Field::LinkedEntry, &self.visit)?;
        Ok(AgendaItem {
            visit: self.visit.clone(),
            kind: self.kind,
            text: required(Field::AgendaItem, &self.text, MAX_TEXT)?,
            discussed: self.discussed,
            because: self.because.clone(),
        })
    }
    fn label(&self) -> String {
        self.text.clone()
    }
}

impl Listed for CheckIn {
    const LIST: List = List::CheckIns;
    listed!(check_ins, CheckIn);
    fn checked(&self, plan: &Plan) -> Result<Self, ChangeError> {
        // A check-in may rate what was later let go or removed: it is still history.
        for (goal, _) in &self.goal_levels {
            exists::<Goal>(plan, goal)?;
        }
        let actions = self.action_outcomes.iter().map(|(a, _)| a);
        let actions = actions
            .chain(self.action_notes.iter().map(|(a, _)| a))
            .chain(self.action_confidence.iter().map(|(a, _)| a));
        for action in actions {
            exists::<Action>(plan, action)?;
        }
        for (capability, able) in &self.able_now {
            exists::<Capability>(plan, capability)?;
            rating(Field::AbleNow, Some(*able))?;
        }
        for (_, c) in &self.action_confidence {
            rating(Field::Confidence, Some(*c))?;
        }
        let action_notes = self
            .action_notes
            .iter()
            .filter(|(_, n)| !n.trim().is_empty())
            .map(|(a, n)| Ok((a.clone(), optional(Field::Note, n, MAX_TEXT)?)))
            .collect::<Result<_, ChangeError>>()?;
        Ok(CheckIn {
            date: self.date,
            goal_levels: self.goal_levels.clone(),
            action_outcomes: self.action_outcomes.clone(),
            confidence: rating(Field::Confidence, self.confidence)?,
            note: optional(Field::Note, &self.note, MAX_LONG)?,
            action_notes,
            action_confidence: self.action_confidence.clone(),
            able_now: self.able_now.clone(),
            together_with: self.together_with,
            by_name: optional(Field::Name, &self.by_name, MAX_SHORT)?,
            joined_up: match &self.joined_up {
                Some(j) => Some(JoinedUp {
                    answer: j.answer,
                    why: optional(Field::Note, &j.why, MAX_TEXT)?,
                }),
                None => None,
            },
            earlier: self.earlier.clone(),
        })
    }
    fn label(&self) -> String {
        self.date.to_string()
    }
    /// A check-in starts with no earlier versions.
    fn fresh(self) -> Self {
        CheckIn {
            earlier: vec![],
            ..self
        }
    }
    /// Editing a check-in keeps the version before it readable, once per edit.
    fn keep(self, old: &Self) -> Self {
        let mut earlier = old.earlier.clone();
        let mut before = old.clone();
        before.earlier = vec![];
        let mut now = self;
        now.earlier = vec![];
        if now != before {
            earlier.push(before);
        }
        CheckIn { earlier, ..now }
    }
}

/// Checks that an entry exists, removed or not (history may point at removed ones).
fn exists<T: Listed>(plan: &Plan, id: &Id) -> Result<(), ChangeError> {
    find::<T>(plan, id)
        .map(|_| ())
        .map_err(|_| ChangeError::MissingLink {
            field: Field::LinkedEntry,
            list: T::LIST,
            id: id.clone(),
        })
}

/// A review's ending, with its reason checked like any text.
fn ending(ended: &Option<Ending>) -> Result<Option<Ending>, ChangeError> {
    ended
        .as_ref()
        .map(|e| {
            Ok(Ending {
                how: e.how,
                on: e.on,
                reason: optional(Field::Reason, &e.reason, MAX_TEXT)?,
            })
        })
        .transpose()
}
