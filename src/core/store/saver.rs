//! When to save and what to write: the debounce, the save modes of DESIGN §8 (normal, memory
//! only, read-only) and the last good save.
//!
//! The browser shell owns the timer and the `localStorage.setItem` call; this state machine
//! tells it when a save is due and hands it one complete text to write, so a save is a single
//! `setItem` of the whole envelope and never a half state. A text that would not read back
//! as a store is never handed out.

use super::texts::StoreText;
use super::{Loaded, Store, encode, load};

/// A save happens this long after the last edit…
pub const SAVE_DEBOUNCE_MS: i64 = 400;
/// …or this long after the first unsaved edit, whichever comes first, so continuous typing
/// still saves.
pub const SAVE_MAX_DELAY_MS: i64 = 2_000;

/// Where the answers go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveMode {
    /// Saved to localStorage.
    Persistent,
    /// localStorage is unavailable: the app works in memory and says so (with export).
    Memory,
    /// The stored data was written by a newer Rotta: never overwrite it.
    ReadOnly,
}

/// Why the last save did not happen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveFailure {
    /// The browser's storage is full; the last good save is untouched.
    QuotaExceeded,
    /// Storage went away (e.g. blocked mid-session); the app continues in memory.
    Unavailable,
    /// The encoded text would not read back as a store (e.g. a number that is not finite),
    /// so it was not written.
    WouldNotReload,
}

impl SaveFailure {
    /// The notice to show for this failure.
    pub fn notice(self) -> Option<StoreText> {
        match self {
            SaveFailure::QuotaExceeded => Some(StoreText::NoticeQuotaExceeded),
            SaveFailure::WouldNotReload => Some(StoreText::NoticeNotSaved),
            // The interface's own "no storage" banner covers it.
            SaveFailure::Unavailable => None,
        }
    }
}

/// The saving state of one tab.
#[derive(Debug, Clone)]
pub struct Saver {
    mode: SaveMode,
    /// The store as last saved or loaded: what is under the key now, as far as this tab knows.
    base: Store,
    first_unsaved_ms: Option<i64>,
    last_edit_ms: Option<i64>,
    last_failure: Option<SaveFailure>,
}

impl Saver {
    /// A saver whose storage holds `base` (an empty store on a first visit).
    pub fn new(mode: SaveMode, base: Store) -> Saver {
        Saver {
            mode,
            base,
            first_unsaved_ms: None,
            last_edit_ms: None,
            last_failure: None,
        }
    }

    /// The current mode.
    pub fn mode(&self) -> SaveMode {
        self.mode
    }

    /// The store as last saved or loaded (the base for [`super::follow_other_tab`]).
    pub fn base(&self) -> &Store {
        &self.base
    }

    /// Why the last save failed, until a save succeeds.
    pub fn last_failure(&self) -> Option<SaveFailure> {
        self.last_failure
    }

    /// Whether `store` holds changes that are not in storage.
    pub fn has_unsaved(&self, store: &Store) -> bool {
        *store != self.base
    }

    /// Records an edit at `now_ms`: restarts the debounce.
    pub fn edited(&mut self, now_ms: i64) {
        self.last_edit_ms = Some(now_ms);
        self.first_unsaved_ms.get_or_insert(now_ms);
    }

    /// When the pending save is due, if one is and this tab saves at all.
    pub fn due_at(&self) -> Option<i64> {
        if self.mode != SaveMode::Persistent {
            return None;
        }
        let after_last = self.last_edit_ms?.saturating_add(SAVE_DEBOUNCE_MS);
        let after_first = self.first_unsaved_ms?.saturating_add(SAVE_MAX_DELAY_MS);
        Some(after_last.min(after_first))
    }

    /// Whether the pending save is due at `now_ms`.
    pub fn is_due(&self, now_ms: i64) -> bool {
        self.due_at().is_some_and(|due| now_ms >= due)
    }

    /// The complete text to write for `store`: `Ok(None)` when there is nothing to write
    /// (no change, or memory / read-only mode), an error when the text would not read back.
    pub fn text_to_write(&self, store: &Store) -> Result<Option<String>, SaveFailure> {
        if self.mode != SaveMode::Persistent || !self.has_unsaved(store) {
            return Ok(None);
        }
        let text = encode(store);
        match load(Some(&text)) {
            Loaded::Current(_) => Ok(Some(text)),
            _ => Err(SaveFailure::WouldNotReload),
        }
    }

    /// The write of `store` succeeded: it is the new base.
    pub fn saved(&mut self, store: &Store) {
        self.base = store.clone();
        self.first_unsaved_ms = None;
        self.last_edit_ms = None;
        self.last_failure = None;
    }

    /// The write failed; the stored text is still the base. The save is retried on the next
    /// edit. Unavailable storage switches to memory mode.
    pub fn failed(&mut self, failure: SaveFailure) {
        self.first_unsaved_ms = None;
        self.last_edit_ms = None;
        self.last_failure = Some(failure);
        if failure == SaveFailure::Unavailable {
            self.mode = SaveMode::Memory;
        }
    }

    /// The other tab wrote `store` (see [`super::OtherTab::Follow`]): it is the new base.
    pub fn rebase(&mut self, store: &Store) {
        self.base = store.clone();
    }

    /// Stops saving for good in this tab (the other tab runs a newer Rotta).
    pub fn make_read_only(&mut self) {
        self.mode = SaveMode::ReadOnly;
    }
}
