//! An in-memory [`KeyValueStore`]: used by tests, and by the app when localStorage is blocked.

use super::{KeyValueStore, StorageError};
use std::cell::RefCell;
use std::collections::BTreeMap;

/// A store that lives as long as the page; optionally limited in size to test "quota exceeded".
#[derive(Debug, Default)]
pub struct MemoryStore {
    entries: RefCell<BTreeMap<String, String>>,
    /// Total bytes of keys and values allowed; `None` for no limit.
    quota: Option<usize>,
}

impl MemoryStore {
    /// An empty store with no size limit.
    pub fn new() -> Self {
        Self::default()
    }

    /// An empty store that refuses writes past `bytes` (keys plus values), like a full browser.
    pub fn with_quota(bytes: usize) -> Self {
        Self {
            entries: RefCell::default(),
            quota: Some(bytes),
        }
    }

    fn used_without(&self, key: &str) -> usize {
        self.entries
            .borrow()
            .iter()
            .filter(|(k, _)| k.as_str() != key)
            .map(|(k, v)| k.len() + v.len())
            .sum()
    }
}

impl KeyValueStore for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        Ok(self.entries.borrow().get(key).cloned())
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        if let Some(quota) = self.quota
            && self.used_without(key) + key.len() + value.len() > quota
        {
            return Err(StorageError::QuotaExceeded);
        }
        self.entries
            .borrow_mut()
            .insert(key.to_owned(), value.to_owned());
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.entries.borrow_mut().remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StorageError> {
        Ok(self.entries.borrow().keys().cloned().collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stores_reads_and_removes() {
        let store = MemoryStore::new();
        assert_eq!(store.get("k"), Ok(None));
        store.set("k", "v").unwrap();
        assert_eq!(store.get("k"), Ok(Some("v".into())));
        store.remove("k").unwrap();
        assert_eq!(store.get("k"), Ok(None));
        store.remove("k").unwrap();
    }

    #[test]
    fn lists_its_keys() {
        let store = MemoryStore::new();
        assert_eq!(store.keys(), Ok(Vec::new()));
        store.set("b", "1").unwrap();
        store.set("a", "2").unwrap();
        assert_eq!(store.keys(), Ok(vec!["a".to_string(), "b".to_string()]));
    }

    #[test]
    fn a_full_store_keeps_the_previous_value() {
        let store = MemoryStore::with_quota(10);
        store.set("k", "short").unwrap();
        assert_eq!(
            store.set("k", "much too long"),
            Err(StorageError::QuotaExceeded)
        );
        assert_eq!(store.get("k"), Ok(Some("short".into())));
    }
}
