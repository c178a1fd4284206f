//! The app's state and its one reducer. Plan edits go through `core::Session` (and so
//! through `core::apply`); this adds what only the screen needs: who is writing, how
//! saving went, and notices for the live region. No IO here: hooks do that.

use super::device::storage::OpenError;
use super::device::DeviceError;
use crate::core::session::Rebased;
use crate::core::{Change, ChangeError, Item, Plan, Session, Stamp, Typed, Writer};
use crate::settings::Settings;
use std::rc::Rc;
use yew::Reducible;

#[derive(Clone, Debug, PartialEq, Default)]
pub enum SaveState {
    #[default]
    Saved,
    Pending,
    Failed(DeviceError),
}

/// Something to tell the person once, politely.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    OtherTabUpdated,
    /// Another tab changed the same words: both versions are kept to choose from.
    KeptBoth,
    OtherTabDropped(usize),
    Removed {
        label: String,
    },
    Undone,
    Redone,
    DeletedElsewhere,
    /// The plan was removed from this device on purpose (e.g. a clinic PC).
    Forgotten,
    /// A plan was opened from a file.
    Imported,
    /// A plan from a file was already here, from a newer CoPlan, so it was added as a copy.
    ImportedCopy,
    /// A copy of a plan this device already had was brought in (merged).
    Merged,
    /// The person's first contact on their team changed (the cards moved).
    FirstContact,
    /// Two team members the person said are the same became one.
    MadeOne,
    /// The changes left unsaved on leaving a plan are saved now.
    LeftUnsavedSaved,
    /// A plan deleted from this device on the plans list, by its name.
    PlanDeleted(String),
    /// Data set aside (unreadable, or kept from a newer version) was removed.
    AsideRemoved,
    Error(ChangeError),
}

/// Why the plan on screen cannot be changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReadOnly {
    /// Saved by a newer CoPlan: this version must not overwrite it.
    Newer,
    /// Deleted in another tab: writing would bring it back.
    Deleted,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Workspace {
    pub session: Option<Session>,
    /// Set when the plan must be shown but never written.
    pub read_only: Option<ReadOnly>,
    pub author: Writer,
    pub save: SaveState,
    pub notice: Option<Notice>,
    /// Counts notices so the same words can be announced twice.
    pub notice_seq: u64,
    pub open_error: Option<OpenError>,
    pub settings: Settings,
    /// Where this tab's last changes were kept aside when a newer CoPlan took the plan.
    pub kept_aside: Option<String>,
    /// The plan came from another device: who is writing here has not been said yet.
    pub ask_author: bool,
    /// A plan link opened on this device, waiting to be shown before anything is stored.
    pub incoming_link: Option<String>,
    /// The notice tells of arriving somewhere (a plan forgotten, a file opened), so the
    /// screen change that follows it must not take it away.
    pub notice_is_arrival: bool,
    /// A referral is open to read and answer (on the organisation's device): it is the
    /// whole page, not a card among the person's plans.
    pub referral_open: bool,
    /// Changes to a plan the person left (opened another, went to the plans list) that
    /// storage could not hold: kept here, and offered on every screen, until saved.
    /// Shared, as the workspace is copied on every change.
    pub left_unsaved: Option<Rc<Session>>,
    /// Words not yet in the plan (a new entry, refused words) could not be kept as a
    /// draft: storage is full. Said on every screen until drafts keep again.
    pub drafts_unkept: bool,
}

pub enum Msg {
    Open {
        plan: Plan,
        stored: bool,
        read_only: bool,
    },
    OpenFailed(OpenError),
    Close,
    Change(Change, Stamp),
    /// A keystroke in the field named `burst`: one step with the keystrokes before it.
    /// `base` is the entry as the editor last saw it (see `Session::type_into`).
    Type {
        base: Option<Box<Item>>,
        change: Change,
        stamp: Stamp,
        burst: String,
    },
    Undo(Stamp),
    Redo(Stamp),
    SetAuthor(Writer),
    Saved(u64),
    /// The open plan was saved before something else took the screen (`flush`): this is
    /// the session as saved, another tab's copy taken in if it had to be.
    SavedAs(Box<Session>, Option<Rebased>),
    SaveFailed(DeviceError),
    /// Another tab wrote a newer copy (seen on save, or by a storage event).
    NewerCopy(Plan),
    /// The plan became read-only (a newer CoPlan wrote it). `kept` names where this
    /// tab's unsaved changes were kept aside, if it had any.
    BecameReadOnly {
        kept: Option<String>,
    },
    DeletedElsewhere,
    Notify(Notice),
    SetSettings(Settings),
    /// A plan arrived from another device: ask who is writing on this one.
    AskWhoIsWriting,
    /// The person moved to another screen: notices without an action are done.
    ScreenChanged,
    /// The person closed the notice.
    DismissNotice,
    /// A link holding a plan was opened.
    LinkArrived(String),
    /// The link's plan is being shown (or refused): it is no longer waiting.
    LinkTaken,
    /// A referral opened (true) or closed (false): see `Workspace::referral_open`.
    ReferralShown(bool),
    /// Changes left unsaved on leaving a plan (`None`: saved now, or their plan deleted).
    LeftUnsaved(Option<Rc<Session>>),
    /// Whether the last draft written was kept (see `drafts_unkept`).
    DraftKept(bool),
}

impl Workspace {
    pub fn plan(&self) -> Option<&Plan> {
        self.session.as_ref().map(|s| &s.plan)
    }

    pub fn is_read_only(&self) -> bool {
        self.read_only.is_some()
    }

    fn notify(&mut self, notice: Notice) {
        self.notice_is_arrival = matches!(
            notice,
            Notice::Forgotten | Notice::Imported | Notice::ImportedCopy | Notice::Merged
        );
        self.notice = Some(notice);
        self.notice_seq += 1;
    }

    /// What to say once another tab's copy is taken in: this workspace before, `next`
    /// after.
    fn rebased_notice(&self, next: &Workspace, rebased: &Rebased) -> Notice {
        let new_conflict = next.plan().is_some_and(|now| {
            now.conflicts
                .iter()
                .any(|c| !self.plan().is_some_and(|p| p.conflicts.contains(c)))
        });
        if rebased.kept_both > 0 || new_conflict {
            Notice::KeptBoth
        } else if rebased.dropped.is_empty() {
            Notice::OtherTabUpdated
        } else {
            Notice::OtherTabDropped(rebased.dropped.len())
        }
    }
}

impl Reducible for Workspace {
    type Action = Msg;

    fn reduce(self: Rc<Self>, msg: Msg) -> Rc<Self> {
        let mut next = (*self).clone();
        match msg {
            Msg::Open {
                plan,
                stored,
                read_only,
            } => {
                next.session = Some(Session::open(plan, stored));
                next.read_only = read_only.then_some(ReadOnly::Newer);
                next.save = SaveState::Saved;
                next.open_error = None;
                next.notice = None;
                next.kept_aside = None;
                next.ask_author = false;
            }
            Msg::OpenFailed(e) => {
                next.session = None;
                next.open_error = Some(e);
            }
            Msg::Close => {
                next.session = None;
                next.read_only = None;
                next.notice = None;
                next.open_error = None;
            }
            Msg::Change(change, stamp) => {
                let label = removed_label(&next, &change);
                if let (None, Some(s)) = (next.read_only, next.session.as_mut()) {
                    match s.change(change, stamp) {
                        Ok(()) => {
                            next.save = SaveState::Pending;
                            match label {
                                Some(label) => next.notify(Notice::Removed { label }),
                                None => next.notice = None,
                            }
                        }
                        Err(ChangeError::Unchanged) => return self,
                        Err(e) => next.notify(Notice::Error(e)),
                    }
                }
            }
            Msg::Type {
                base,
                change,
                stamp,
                burst,
            } => {
                if let (None, Some(s)) = (next.read_only, next.session.as_mut()) {
                    // A refusal is shown by the field itself, which keeps the words.
                    match s.type_into(base.as_deref(), change, stamp, &burst) {
                        Err(_) => return self,
                        Ok(Typed::Applied) => next.notice = None,
                        // Said once, when the words first go beside the plan's.
                        Ok(Typed::KeptBeside) if next.notice != Some(Notice::KeptBoth) => {
                            next.notify(Notice::KeptBoth)
                        }
                        Ok(Typed::KeptBeside) => {}
                    }
                    next.save = SaveState::Pending;
                }
            }
            Msg::Undo(_) | Msg::Redo(_) if next.is_read_only() => return self,
            Msg::Undo(stamp) => {
                if let Some(s) = next.session.as_mut() {
                    match s.undo(stamp) {
                        Ok(true) => {
                            next.save = SaveState::Pending;
                            next.notify(Notice::Undone);
                        }
                        Ok(false) => return self,
                        Err(e) => next.notify(Notice::Error(e)),
                    }
                }
            }
            Msg::Redo(stamp) => {
                if let Some(s) = next.session.as_mut() {
                    match s.redo(stamp) {
                        Ok(true) => {
                            next.save = SaveState::Pending;
                            next.notify(Notice::Redone);
                        }
                        Ok(false) => return self,
                        Err(e) => next.notify(Notice::Error(e)),
                    }
                }
            }
            Msg::SetAuthor(writer) => {
                next.author = writer;
                next.ask_author = false;
            }
            Msg::AskWhoIsWriting => next.ask_author = true,
            Msg::ScreenChanged => match next.notice {
                // Undo stays within reach; an arrival's notice is for the new screen.
                None | Some(Notice::Removed { .. }) => return self,
                Some(_) if next.notice_is_arrival => next.notice_is_arrival = false,
                Some(_) => next.notice = None,
            },
            Msg::DismissNotice if next.notice.is_none() => return self,
            Msg::DismissNotice => next.notice = None,
            Msg::LinkArrived(text) => next.incoming_link = Some(text),
            Msg::LinkTaken if next.incoming_link.is_none() => return self,
            Msg::LinkTaken => next.incoming_link = None,
            Msg::ReferralShown(open) if open == next.referral_open => return self,
            Msg::ReferralShown(open) => next.referral_open = open,
            Msg::LeftUnsaved(left) => next.left_unsaved = left,
            Msg::DraftKept(kept) => next.drafts_unkept = !kept,
            Msg::Saved(revision) => {
                if let Some(s) = next.session.as_mut() {
                    s.saved(revision);
                    if !s.needs_save() {
                        next.save = SaveState::Saved;
                    }
                }
            }
            Msg::SavedAs(saved, rebased) => {
                if next.plan().is_none_or(|p| p.id != saved.plan.id) {
                    return self;
                }
                next.save = SaveState::Saved;
                next.session = Some(*saved);
                if let Some(rebased) = rebased {
                    next.notify(self.rebased_notice(&next, &rebased));
                }
            }
            Msg::SaveFailed(e) => next.save = SaveState::Failed(e),
            Msg::NewerCopy(stored) => {
                let Some(s) = next.session.as_mut() else {
                    return self;
                };
                if stored.id != s.plan.id {
                    return self;
                }
                let Some(rebased) = s.take_newer(stored) else {
                    return self;
                };
                next.save = if s.needs_save() {
                    SaveState::Pending
                } else {
                    SaveState::Saved
                };
                next.notify(self.rebased_notice(&next, &rebased));
            }
            Msg::BecameReadOnly { kept } => {
                next.read_only = Some(ReadOnly::Newer);
                if kept.is_some() {
                    next.kept_aside = kept;
                    next.save = SaveState::Saved;
                }
            }
            Msg::DeletedElsewhere => {
                next.read_only = Some(ReadOnly::Deleted);
                next.notify(Notice::DeletedElsewhere);
            }
            Msg::Notify(notice) => next.notify(notice),
            Msg::SetSettings(settings) => next.settings = settings,
        }
        Rc::new(next)
    }
}

/// The words of an entry about to be removed, for the "Removed … Undo" notice.
fn removed_label(ws: &Workspace, change: &Change) -> Option<String> {
    let Change::Remove { list, id } = change else {
        return None;
    };
    let plan = ws.plan()?;
    let label = crate::core::change::entry_label(plan, *list, id)?;
    // A life area given only ratings has no words of its own: its area names it.
    if label.is_empty() {
        if let Some(c) = plan.capabilities.iter().find(|c| &c.id == id) {
            return Some(
                (ws.settings.language.text().life_area_name)(c.body.life_area).to_string(),
            );
        }
    }
    Some(label)
}
