//! When to save and what to write: the debounce with a maximum wait, and the check that a
//! text reads back as a store before it is written.
//!
//! This is the one saving path: the browser shell (`ui::autosave`, `ui::persist`) owns the
//! timer and the `localStorage.setItem` call, reads the clock and passes it in; this state
//! machine tells it when the pending save is due. A save is a single `setItem` of the whole
//! envelope and never a half state, and a text that would not read back as a store is never
//! handed out ([`checked_text`]).

use super::{Loaded, Store, encode, load};
use crate::core::l10n::Msg;

/// A save happens this long after the last edit…
pub const SAVE_DEBOUNCE_MS: i64 = 400;
/// …or this long after the first unsaved edit, whichever comes first, so continuous typing
/// still saves.
pub const SAVE_MAX_DELAY_MS: i64 = 2_000;

/// Why a save did not happen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveFailure {
    /// The browser's storage is full; the last good save is untouched.
    QuotaExceeded,
    /// Storage went away (e.g. blocked mid-session).
    Unavailable,
    /// The encoded text would not read back as a store (e.g. a number that is not finite),
    /// so it was not written.
    WouldNotReload,
    /// The browser accepted the write but reading the key back did not give the text
    /// written (a storage that drops or cuts what it is given).
    NotReadBack,
}

impl SaveFailure {
    /// The notice to show for this failure.
    pub fn notice(self) -> Option<Msg> {
        match self {
            SaveFailure::QuotaExceeded => Some(Msg::StoreNoticeQuotaExceeded),
            SaveFailure::WouldNotReload | SaveFailure::NotReadBack => {
                Some(Msg::StoreNoticeNotSaved)
            }
            // The interface's own "no storage" banner covers it.
            SaveFailure::Unavailable => None,
        }
    }
}

/// The complete text to write for `store`, or `WouldNotReload` when it would not read back.
pub fn checked_text(store: &Store) -> Result<String, SaveFailure> {
    let text = encode(store);
    match load(Some(&text)) {
        Loaded::Current(_) => Ok(text),
        _ => Err(SaveFailure::WouldNotReload),
    }
}

/// The timing of one tab's saves. The clock is a parameter (milliseconds).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Saver {
    first_unsaved_ms: Option<i64>,
    last_edit_ms: Option<i64>,
}

impl Saver {
    /// Nothing pending.
    pub fn new() -> Saver {
        Saver::default()
    }

    /// Records an edit at `now_ms`: restarts the debounce, but not the maximum wait.
    pub fn edited(&mut self, now_ms: i64) {
        self.last_edit_ms = Some(now_ms);
        self.first_unsaved_ms.get_or_insert(now_ms);
    }

    /// Whether an edit is waiting to be saved.
    pub fn is_pending(&self) -> bool {
        self.last_edit_ms.is_some()
    }

    /// When the pending save is due, if one is: [`SAVE_DEBOUNCE_MS`] after the last edit, and
    /// never later than [`SAVE_MAX_DELAY_MS`] after the first unsaved one.
    pub fn due_at(&self) -> Option<i64> {
        let after_last = self.last_edit_ms?.saturating_add(SAVE_DEBOUNCE_MS);
        let after_first = self.first_unsaved_ms?.saturating_add(SAVE_MAX_DELAY_MS);
        Some(after_last.min(after_first))
    }

    /// How long from `now_ms` until the pending save is due (0 when overdue).
    pub fn wait_ms(&self, now_ms: i64) -> Option<i64> {
        self.due_at().map(|due| due.saturating_sub(now_ms).max(0))
    }

    /// Whether the pending save is due at `now_ms`.
    pub fn is_due(&self, now_ms: i64) -> bool {
        self.due_at().is_some_and(|due| now_ms >= due)
    }

    /// A save was attempted (whatever its result): nothing is pending. A failed save is
    /// retried on the next edit or plan operation.
    pub fn attempted(&mut self) {
        self.first_unsaved_ms = None;
        self.last_edit_ms = None;
    }
}
