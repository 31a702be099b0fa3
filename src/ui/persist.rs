//! Loading the saved answers at start-up and autosaving them, through [`KeyValueStore`].
//!
//! What to do with what is found under the key is decided by the pure `core::store::load`;
//! this module only moves text between the browser and the envelope, and never writes over
//! something it could not read.

use crate::core::model::{Answers, Locale};
use crate::core::store::{self, Loaded, Store};
use crate::storage::{KeyValueStore, StorageError, local::LocalStore, memory::MemoryStore};

/// A notice the user must see about their saved data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StorageNotice {
    /// The stored text could not be read; it was kept under the backup key.
    Unreadable,
    /// localStorage is blocked: the app runs in memory only.
    NoStorage,
    /// A save was refused (quota); the previous save is intact.
    SaveFailed,
    /// The data was written by a newer Rotta: shown, never overwritten.
    Newer,
}

/// The saved envelope and the place it lives.
pub struct Persistence {
    backend: Box<dyn KeyValueStore>,
    store: Store,
    /// False when the data belongs to a newer version of Rotta.
    writable: bool,
    /// The raw text kept for the user to download, when the stored data was unreadable.
    pub backup: Option<String>,
}

/// What start-up found: the answers to show and the notices to raise.
pub struct Startup {
    pub persistence: Persistence,
    pub answers: Answers,
    pub notices: Vec<StorageNotice>,
}

fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}

/// A new plan id, unique enough for the plans of one browser.
pub fn new_plan_id() -> String {
    let random = (js_sys::Math::random() * 1e9) as u64;
    format!("p{:x}{random:x}", now_ms())
}

/// Today's date in the browser's time zone: the one place the clock is read for the core.
pub fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

/// The browser's preferred language, Italian or English.
pub fn browser_locale() -> Locale {
    let language = web_sys::window()
        .and_then(|w| w.navigator().language())
        .unwrap_or_default();
    if language.to_ascii_lowercase().starts_with("it") {
        Locale::It
    } else {
        Locale::En
    }
}

/// Copies `raw` under the backup key; an earlier, different backup is never replaced: the new
/// copy then goes under a key of its own.
fn keep_backup(backend: &dyn KeyValueStore, raw: &str) -> Result<(), StorageError> {
    match backend.get(store::BACKUP_KEY)? {
        None => backend.set(store::BACKUP_KEY, raw),
        Some(existing) if existing == raw => Ok(()),
        Some(_) => backend.set(&format!("{}.{}", store::BACKUP_KEY, now_ms()), raw),
    }
}

impl Persistence {
    /// Opens browser storage (or memory when it is blocked) and reads what is saved.
    pub fn start() -> Startup {
        match LocalStore::open() {
            Some(local) => Self::start_with(Box::new(local), Vec::new()),
            None => Self::start_with(Box::new(MemoryStore::new()), vec![StorageNotice::NoStorage]),
        }
    }

    /// Reads what `backend` holds and decides what to show; writes only to keep a backup.
    pub fn start_with(backend: Box<dyn KeyValueStore>, mut notices: Vec<StorageNotice>) -> Startup {
        let raw = backend.get(store::STORE_KEY).ok().flatten();
        let fresh = || {
            let answers = Answers::new_plan(browser_locale(), today());
            (
                Store::with_plan(answers.clone(), new_plan_id(), String::new(), now_ms()),
                answers,
            )
        };
        let mut writable = true;
        let mut backup = None;
        let (store, answers) = match store::load(raw.as_deref()) {
            Loaded::Empty => fresh(),
            Loaded::Current(store) => match store.active_plan().map(|p| p.answers.clone()) {
                Some(answers) => (store, answers),
                None => fresh(),
            },
            Loaded::Migrated { store, .. } => {
                // Keep the original until the migrated copy is saved over it.
                if let Some(raw) = &raw {
                    let _ = keep_backup(backend.as_ref(), raw);
                }
                let answers = store.active_plan().map(|p| p.answers.clone());
                match answers {
                    Some(answers) => (store, answers),
                    None => fresh(),
                }
            }
            Loaded::Unreadable { raw: text, .. } => {
                if keep_backup(backend.as_ref(), &text).is_err() {
                    // Could not keep a copy: never overwrite the only one there is.
                    writable = false;
                }
                backup = Some(text);
                notices.push(StorageNotice::Unreadable);
                fresh()
            }
            Loaded::Newer { .. } => {
                writable = false;
                notices.push(StorageNotice::Newer);
                fresh()
            }
        };
        Startup {
            persistence: Persistence {
                backend,
                store,
                writable,
                backup,
            },
            answers,
            notices,
        }
    }

    /// Saves `answers` as the active plan; the whole envelope is written in one `set`, so a
    /// failure leaves the previous save intact.
    pub fn save(&mut self, answers: &Answers) -> Result<(), StorageError> {
        if !self.writable {
            return Ok(());
        }
        let mut next = self.store.clone();
        next.set_active_answers(answers.clone(), now_ms());
        self.backend.set(store::STORE_KEY, &store::encode(&next))?;
        self.store = next;
        Ok(())
    }
}
