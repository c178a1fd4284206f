//! The pure core: the plan, the changes that can be made to it, its saved form and its
//! migrations. No IO, no clock, no randomness, no web-sys: the shell passes all of that
//! in, so everything here is deterministic and tested on the host.

pub mod arrival;
pub mod base64;
pub mod calendar;
pub mod change;
pub mod drafts;
pub mod editor;
pub mod fhir;
pub mod follow;
pub mod frames;
pub mod id;
pub mod json;
pub mod large_plan;
pub mod link;
pub mod merge;
pub mod migrations;
#[macro_use]
pub mod plan;
pub mod prepare;
pub mod qr;
pub mod referral;
pub mod sample;
pub mod saved;
pub mod scan;
pub mod session;
pub mod share;
pub mod team;
pub mod time;
pub mod together;
pub mod wire;

pub use change::{apply, new_plan, Change, ChangeError, Field, Item, List};
pub use id::Id;
pub use merge::{merge_body, Merged};
pub use plan::*;
pub use session::{Session, Typed};
pub use time::{CalendarDate, Timestamp};
