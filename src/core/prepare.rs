//! Preparing for a visit at home: which steps have something in them, and which visit
//! the agenda is for. Pure, so the progress shown is the progress tested.

use super::plan::*;

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

    /// Whether the person has put something in this step.
    pub fn is_filled(self, plan: &Plan) -> bool {
        match self {
            PrepareStep::WhatMatters => Plan::live(&plan.what_matters).next().is_some(),
            PrepareStep::LifeAreas => Plan::live(&plan.capabilities).next().is_some(),
            PrepareStep::HelpsAndHindrances => {
                Plan::live(&plan.helps_and_hindrances).next().is_some()
            }
            PrepareStep::People => Plan::live(&plan.supporters).next().is_some(),
            PrepareStep::Agenda => upcoming_visit(plan)
                .is_some_and(|v| agenda(plan, &v.id, AgendaKind::Topic).next().is_some()),
        }
    }

    pub fn next(self) -> Option<PrepareStep> {
        let i = PrepareStep::ALL.iter().position(|s| *s == self)?;
        PrepareStep::ALL.get(i + 1).copied()
    }
}

/// How many steps have something in them.
pub fn filled_count(plan: &Plan) -> usize {
    PrepareStep::ALL
        .iter()
        .filter(|s| s.is_filled(plan))
        .count()
}

/// The visit being prepared: the most recently added one that is still live.
pub fn upcoming_visit(plan: &Plan) -> Option<&Entry<Visit>> {
    Plan::live(&plan.visits).last()
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
