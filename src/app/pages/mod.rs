//! Whole screens, one per route.

mod agenda;
mod follow;
mod for_my_appointment;
mod glossary;
mod health_record;
mod helps;
mod life_areas;
mod not_found;
mod overview;
pub(crate) mod people;
mod plans;
mod referral;
mod share;
mod supporter_copy;
pub(crate) mod team;
mod together;
mod what_matters;
mod whos_who;

pub use agenda::AgendaPage;
pub use follow::{CheckInPage, HistoryPage, NextVisit, ProgressPage, ReviewDue};
pub use for_my_appointment::ForMyAppointmentPage;
pub use glossary::glossary_page;
pub use helps::HelpsPage;
pub use life_areas::LifeAreasPage;
pub use not_found::{not_found_page, unreadable_plan_page};
pub use overview::OverviewPage;
pub use people::PeoplePage;
pub use plans::PlansPage;
pub use referral::{answers as referral_answers, AnswerReferral, MakeReferral};
pub use share::SharePage;
pub use supporter_copy::{CopyFor, MakeCopy, SupporterCopyPage};
pub use team::TeamPage;
pub use together::{
    responsible_words, ActionsPage, CommunitySupportsPage, GoalsPage, SafetyNetPage,
    WhatWeAgreedPage,
};
pub use what_matters::WhatMattersPage;
pub use whos_who::WhosWhoPage;
