//! JSON text, read and written by our own small code rather than serde_json's generic
//! code: every struct of the plan compiled its own copy of serde_json's parser and
//! formatter, most of the first screen's serde code. Reading (`read`) is by hand, a type
//! at a time; writing (`write`) is serde's derive with a serialiser of our own. Both
//! give and take exactly serde_json's text (tested against it).

mod float;
mod read;
mod value;
mod write;

pub use read::*;
pub use write::{to_string, to_string_pretty, Raw};
