//! Preparing for a visit at home: which steps have something in them, and which visit
//! the agenda is for. Pure, so the progress shown is the progress tested.

use super::change::Change;
use super::id::Id;
use super::plan::*;
use super::time::CalendarDate;

/// The steps of "Prepare at home", in the order they are offered. Every one can be
/// skipped and come back to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PrepareStep {
    WhatMatters,
    LifeAreas,
    HelpsAndHindrances,
    People,
    Agenda,
}

impl PrepareStep {
    pub const ALL: [PrepareStep; 5] = [
        PrepareStep::WhatMatters,
        PrepareStep::LifeAreas,
        PrepareStep::HelpsAndHindrances,
        PrepareStep::People,
        PrepareStep::Agenda,
    ];

    /// Whether the person has put something in this step (the agenda: for the visit
    /// being prepared on `today`).
    pub fn is_filled(self, plan: &Plan, today: CalendarDate) -> bool {
        match self {
            PrepareStep::WhatMatters => Plan::live(&plan.what_matters).next().is_some(),
            PrepareStep::LifeAreas => Plan::live(&plan.capabilities).next().is_some(),
            PrepareStep::HelpsAndHindrances => {
                Plan::live(&plan.helps_and_hindrances).next().is_some()
            }
            PrepareStep::People => Plan::live(&plan.supporters).next().is_some(),
            PrepareStep::Agenda => visit_being_prepared(plan, today)
                .is_some_and(|v| agenda(plan, &v.id, AgendaKind::Topic).next().is_some()),
        }
    }

    pub fn next(self) -> Option<PrepareStep> {
        let i = PrepareStep::ALL.iter().position(|s| *s == self)?;
        PrepareStep::ALL.get(i + 1).copied()
    }
}

/// How many steps have something in them.
pub fn filled_count(plan: &Plan, today: CalendarDate) -> usize {
    PrepareStep::ALL
        .iter()
        .filter(|s| s.is_filled(plan, today))
        .count()
}

/// The latest visit: the most recently added one that is still live. In the
/// consultation, the visit being held; at home, see [`visit_being_prepared`].
pub fn upcoming_visit(plan: &Plan) -> Option<&Entry<Visit>> {
    Plan::live(&plan.visits).last()
}

/// The visit being prepared at home: the latest, unless it has been. After a visit,
/// what the person writes is for the next one; added to the one that has been, it
/// would be left behind when the next is started ("Prepare my next visit").
pub fn visit_being_prepared(plan: &Plan, today: CalendarDate) -> Option<&Entry<Visit>> {
    upcoming_visit(plan).filter(|v| !has_been(plan, v, today))
}

/// The last visit that has been: the agenda says so, and offers what it held that was
/// not talked about, also once the next visit is started.
pub fn visit_that_has_been(plan: &Plan, today: CalendarDate) -> Option<&Entry<Visit>> {
    Plan::live(&plan.visits)
        .filter(|v| has_been(plan, v, today))
        .last()
}

/// Held: dated before today, not changed since that day, and shown to have been held (a
/// topic talked about, what was discussed written, or the next review set). A visit
/// changed after its date is still being prepared: its date being typed (a date field
/// passes through years like 0002 on the way), or moved once the appointment was; and a
/// visit whose day passed with no sign of it (put off, or the date written wrong) keeps
/// its agenda where the person and the consultation both find it.
fn has_been(plan: &Plan, v: &Entry<Visit>, today: CalendarDate) -> bool {
    let held = !v.body.discussed.trim().is_empty()
        || v.body.next_review.is_some()
        || Plan::live(&plan.agenda_items).any(|a| a.body.visit == v.id && a.body.discussed);
    held && v
        .body
        .date
        .is_some_and(|d| d < today && CalendarDate::from_timestamp(v.changed.at) <= d)
}

/// A visit's topics and questions not marked as talked about.
pub fn not_discussed<'a>(
    plan: &'a Plan,
    visit: &'a Id,
) -> impl Iterator<Item = &'a Entry<AgendaItem>> {
    Plan::live(&plan.agenda_items).filter(move |e| &e.body.visit == visit && !e.body.discussed)
}

/// Brings what the visit that has been did not talk about to the visit being prepared
/// (started as `new_visit` when there is none yet), as one step. `None` with nothing
/// to bring.
pub fn carry_over(plan: &Plan, today: CalendarDate, new_visit: Id) -> Option<Change> {
    let been = visit_that_has_been(plan, today)?;
    let items: Vec<&Entry<AgendaItem>> = not_discussed(plan, &been.id).collect();
    if items.is_empty() {
        return None;
    }
    let (to, mut changes) = match visit_being_prepared(plan, today) {
        Some(v) => (v.id.clone(), vec![]),
        None => (
            new_visit.clone(),
            vec![Change::Add(Item::Visit(new_visit, Visit::default()))],
        ),
    };
    for e in items {
        changes.push(Change::Edit(Item::AgendaItem(
            e.id.clone(),
            AgendaItem {
                visit: to.clone(),
                ..e.body.clone()
            },
        )));
        // After what the next visit already holds: the person's own first topic stays
        // the one thing.
        changes.push(Change::Move {
            list: List::AgendaItems,
            id: e.id.clone(),
            before: None,
        });
    }
    Some(Change::Batch(changes))
}

/// A visit's agenda items of one kind, in priority order.
pub fn agenda<'a>(
    plan: &'a Plan,
    visit: &'a super::Id,
    kind: AgendaKind,
) -> impl Iterator<Item = &'a Entry<AgendaItem>> {
    Plan::live(&plan.agenda_items).filter(move |e| &e.body.visit == visit && e.body.kind == kind)
}

/// The capability shown for a life area (the first one the person described there).
pub fn capability_for(plan: &Plan, area: LifeArea) -> Option<&Entry<Capability>> {
    Plan::live(&plan.capabilities).find(|e| e.body.life_area == area)
}
