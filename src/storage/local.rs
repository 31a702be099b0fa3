//! `localStorage` behind [`KeyValueStore`]. The only module that touches browser storage.
//!
//! `gloo_storage::LocalStorage::raw()` throws when storage is blocked (private modes,
//! sandboxed frames, disabled cookies), so availability is checked first with web-sys calls
//! that return errors instead of throwing, and a write-and-remove probe.

use super::{KeyValueStore, StorageError};
use gloo_storage::Storage as _;
use wasm_bindgen::JsValue;

/// The browser's `localStorage`, known to be usable when constructed.
pub struct LocalStore {
    storage: web_sys::Storage,
}

/// The key written and removed to prove storage accepts writes.
const PROBE_KEY: &str = "rotta.probe";

impl LocalStore {
    /// The browser's storage if it can be read and written, `None` otherwise.
    pub fn open() -> Option<Self> {
        let probe = web_sys::window()?.local_storage().ok().flatten()?;
        probe.set_item(PROBE_KEY, "1").ok()?;
        probe.remove_item(PROBE_KEY).ok()?;
        // Only now is gloo's accessor safe: storage exists and accepts writes.
        Some(Self {
            storage: gloo_storage::LocalStorage::raw(),
        })
    }
}

/// Tells a full storage from other refusals: browsers name it `QuotaExceededError`
/// (Firefox also `NS_ERROR_DOM_QUOTA_REACHED`).
fn classify(error: JsValue) -> StorageError {
    let name = js_sys::Reflect::get(&error, &JsValue::from_str("name"))
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_default();
    if name.contains("Quota") || name.contains("QUOTA") {
        StorageError::QuotaExceeded
    } else {
        StorageError::Other(if name.is_empty() {
            format!("{error:?}")
        } else {
            name
        })
    }
}

impl KeyValueStore for LocalStore {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        self.storage.get_item(key).map_err(classify)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        self.storage.set_item(key, value).map_err(classify)
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.storage.remove_item(key).map_err(classify)
    }

    fn keys(&self) -> Result<Vec<String>, StorageError> {
        let length = self.storage.length().map_err(classify)?;
        let mut keys = Vec::with_capacity(length as usize);
        for index in 0..length {
            // A key removed meanwhile (another tab) is simply not listed.
            if let Some(key) = self.storage.key(index).map_err(classify)? {
                keys.push(key);
            }
        }
        Ok(keys)
    }
}
