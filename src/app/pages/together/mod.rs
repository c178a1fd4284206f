//! Screens used together in the consultation: goals in two voices beside the agenda,
//! actions, community supports, the safety net, and what was agreed.

mod actions;
mod agenda_panel;
mod agreed;
mod agreement;
mod community;
mod goal_card;
mod goal_form;
mod goals;
mod safety_net;

pub use actions::{responsible_words, ActionsPage};
pub use agreed::WhatWeAgreedPage;
pub use community::CommunitySupportsPage;
pub use goals::GoalsPage;
pub use safety_net::SafetyNetPage;
