//! What can be wrong with a change, and the field it belongs next to.

use super::List;
use crate::core::id::Id;

/// A field a person fills in, named so errors can point at it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    PlanName,
    WhatMatters,
    Capability,
    NowInWords,
    AbleNow,
    Wished,
    Goal,
    WhyItMatters,
    Concerns,
    AttainmentLevel,
    Measure,
    Action,
    ActionDetail,
    Confidence,
    IfThen,
    Name,
    Role,
    HowTheyHelp,
    Organisation,
    Hours,
    WhatTheyDo,
    HelpOrHindrance,
    Offer,
    Contact,
    HowItWent,
    Signs,
    WhatToDo,
    WithWhom,
    VisitNote,
    AgendaItem,
    Note,
    Difference,
    Reason,
    LinkedEntry,
    Weight,
    CheckInDate,
}

/// Why a change was refused. Each is shown to the person next to the field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ChangeError {
    /// A required field is blank.
    Empty { field: Field },
    /// Text longer than the stated limit; refused, never silently cut.
    TooLong { field: Field, max: usize },
    /// A number outside its scale (confidence and ratings are 0–10).
    OutOfRange { field: Field, min: i64, max: i64 },
    /// No entry with this id in this list.
    UnknownEntry { list: List, id: Id },
    /// An entry with this id already exists.
    DuplicateId { list: List, id: Id },
    /// The entry was removed (perhaps in another tab) and cannot be edited.
    Removed { list: List, id: Id },
    /// Restore of an entry that was not removed.
    NotRemoved { list: List, id: Id },
    /// A link points to an entry that does not exist or was removed.
    MissingLink { field: Field, list: List, id: Id },
    /// The edit would change nothing.
    Unchanged,
}

impl ChangeError {
    /// The field an error belongs next to, if it belongs to one.
    pub fn field(&self) -> Option<Field> {
        match self {
            ChangeError::Empty { field }
            | ChangeError::TooLong { field, .. }
            | ChangeError::OutOfRange { field, .. }
            | ChangeError::MissingLink { field, .. } => Some(*field),
            _ => None,
        }
    }
}
