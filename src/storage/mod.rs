//! Browser storage behind a small trait, so the UI can be tested with memory and the app keeps
//! working when localStorage is blocked.
//!
//! **Invariant:** `storage::local` is the only module that touches `localStorage`.

#[cfg(feature = "web")]
pub mod local;
pub mod memory;

/// Why a storage operation failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageError {
    /// Storage cannot be used at all (private mode, blocked by the browser, sandboxed frame).
    Unavailable,
    /// The write was refused because the storage is full; the previous value is still there.
    QuotaExceeded,
    /// Any other refusal, with the browser's message.
    Other(String),
}

impl std::fmt::Display for StorageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Unavailable => f.write_str("storage is unavailable"),
            Self::QuotaExceeded => f.write_str("storage is full"),
            Self::Other(why) => write!(f, "storage error: {why}"),
        }
    }
}

/// A string key-value store, like `localStorage`.
pub trait KeyValueStore {
    /// The value under `key`, `Ok(None)` when there is none.
    fn get(&self, key: &str) -> Result<Option<String>, StorageError>;
    /// Stores `value` under `key`; on error the previous value is untouched.
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError>;
    /// Removes `key`; removing a missing key is not an error.
    fn remove(&self, key: &str) -> Result<(), StorageError>;
    /// Every key stored (of any app of this site), in no particular order: how the kept
    /// copies of stored data are found, to be listed for the user.
    fn keys(&self) -> Result<Vec<String>, StorageError>;
}

/// One store shared by several owners (two tabs over one storage, in tests).
impl<T: KeyValueStore + ?Sized> KeyValueStore for std::rc::Rc<T> {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        (**self).get(key)
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        (**self).set(key, value)
    }
    fn remove(&self, key: &str) -> Result<(), StorageError> {
        (**self).remove(key)
    }
    fn keys(&self) -> Result<Vec<String>, StorageError> {
        (**self).keys()
    }
}
