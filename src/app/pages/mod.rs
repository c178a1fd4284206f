//! Whole screens, one per route.

mod glossary;
mod not_found;
mod overview;
mod plans;
mod what_matters;

pub use glossary::GlossaryPage;
pub use not_found::{NotFoundPage, UnreadablePlanPage};
pub use overview::OverviewPage;
pub use plans::PlansPage;
pub use what_matters::WhatMattersPage;
