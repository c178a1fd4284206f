//! The edge of the app: the only code that touches browser storage, files, the clock
//! and the random source. Every operation returns a `Result` with a [`DeviceError`].

pub mod camera;
pub mod clock;
pub mod compress;
pub mod drafts;
pub mod files;
pub mod seal;
pub mod storage;

/// Ways the device can refuse what the app asks of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DeviceError {
    /// Local storage is full: the edit stays on screen and is not saved.
    StorageFull,
    /// Local storage cannot be used at all (blocked by settings or a private window).
    StorageUnavailable,
    /// Storage refused a write for another reason.
    WriteFailed,
    /// The browser could not offer a file to download.
    DownloadFailed,
}
