//! Following the plan through between visits: check-ins, progress pictures, reviews
//! on the home screen, history by goal, calendar reminders, and the next visit's agenda.
//! What they compute lives in `core::follow` and `core::calendar`.

mod calendar;
mod check_in;
mod history;
mod next_visit;
mod progress;
mod review;

pub use check_in::CheckInPage;
pub use history::HistoryPage;
pub use next_visit::{why, NextVisit};
pub use progress::ProgressPage;
pub use review::ReviewDue;
