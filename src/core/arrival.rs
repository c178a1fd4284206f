//! What a plan arriving on this device means here: a copy for a supporter (new, newer,
//! older, withdrawn), notes or a referral's answer coming home, or the person's own plan.
//! It sits above `share` and `referral`, which know nothing of each other's arrivals, so
//! no core module imports one that imports it back.

use super::plan::*;
use super::share::{check_returned, ReturnError};

/// What a copy arriving on a device means there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CopyArrival {
    /// Not a supporter's copy: merged or stored as any plan.
    NotACopy,
    /// A copy this device has not had: stored, to read.
    New,
    /// A newer copy than the one here: it replaces it (notes written here stay).
    Newer,
    /// This device has the same copy or a newer one: nothing changes.
    Older,
    /// The person stopped sharing: the copy here is emptied.
    Withdrawn,
    /// Notes from a supporter, arriving in the person's own plan: merged like any change.
    NotesBack,
    /// A copy made from the plan this device holds in full, with nothing new in it.
    OwnPlan,
    /// It changes more than a copy may: refused whole.
    Refused(ReturnError),
    /// A referral, opened where the plan is not (the organisation): read and answered,
    /// never stored.
    Referral,
    /// An organisation's answer to a referral, arriving in the person's plan.
    AnswerBack,
}

/// Decides what a copy arriving here means, from what this device holds (if anything)
/// under the same plan id.
pub fn copy_arrival(here: Option<&Plan>, incoming: &Plan) -> CopyArrival {
    let Some(copy) = &incoming.copy_of else {
        return CopyArrival::NotACopy;
    };
    if copy.referral.is_some() {
        return match here {
            None => CopyArrival::Referral,
            Some(local) if local.copy_of.is_some() => CopyArrival::Older,
            Some(local) => match super::referral::check_answer(local, incoming) {
                Err(e) => CopyArrival::Refused(e),
                Ok(new) if new.is_empty() => CopyArrival::OwnPlan,
                Ok(_) => CopyArrival::AnswerBack,
            },
        };
    }
    match here {
        None if copy.withdrawn => CopyArrival::Older,
        None => CopyArrival::New,
        Some(local) => match &local.copy_of {
            Some(mine) if copy.made <= mine.made => CopyArrival::Older,
            Some(_) if copy.withdrawn => CopyArrival::Withdrawn,
            Some(_) => CopyArrival::Newer,
            None => match check_returned(local, incoming) {
                Err(e) => CopyArrival::Refused(e),
                Ok(()) => {
                    let new_notes = incoming
                        .check_ins
                        .iter()
                        .any(|c| !local.check_ins.iter().any(|l| l.id == c.id));
                    if new_notes {
                        CopyArrival::NotesBack
                    } else {
                        CopyArrival::OwnPlan
                    }
                }
            },
        },
    }
}
