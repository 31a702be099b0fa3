//! The store envelope: every plan of this browser, the active plan and the preferences, kept
//! as one JSON text under one localStorage key ([`STORE_KEY`]).
//!
//! This module is the pure half of storage (DESIGN §8): it turns the stored text into a
//! [`Store`] (validating and migrating it, see [`load`]) and back ([`encode`]), edits the list
//! of plans, merges what two tabs wrote ([`merge`], [`follow_other_tab`]), decides when to
//! save ([`Saver`], [`checked_text`]), recovers the readable plans of a damaged store
//! ([`salvage`]), reads imported files ([`import_file`]) and lists the kept copies
//! ([`list_backups`]). The browser shell does the
//! actual `localStorage` calls and shows the notices. `docs/storage.md` explains the choices.
//!
//! Nothing here panics, whatever the stored text.

mod backups;
mod envelope;
mod import;
mod merge;
mod migrate;
mod plans;
mod saver;
mod session;
mod texts;

#[cfg(test)]
pub(crate) mod arbitrary;

pub use backups::{Backup, backup_key, backup_time, list_backups};
pub use envelope::{LostPlan, MAX_STORE_BYTES, Salvaged, encode, load, salvage};
pub use import::{
    ImportError, Imported, check_import_size, import_answers, import_error_text, import_file,
    import_file_error_text,
};
pub use merge::{BeforeWrite, OtherTab, before_write, follow_other_tab, merge};
pub use migrate::{BARE_ANSWERS_VERSION, migrate_to_current};
pub use saver::{SAVE_DEBOUNCE_MS, SAVE_MAX_DELAY_MS, SaveFailure, Saver, checked_text};
pub use session::{Persistence, PlanSummary, SaveMode, Startup, StorageNotice, Surroundings};
pub use texts::{
    date_time_text, export_reminder_text, lost_plans_text, plans_added_text, recover_plans_label,
    size_text,
};

use super::model::{Answers, Locale};
use super::unknown::UnknownFields;
use serde::{Deserialize, Serialize};

/// The one localStorage key that holds the whole envelope.
pub const STORE_KEY: &str = "rotta.store";

/// Where the raw text was kept by earlier builds when it could not be read as it is
/// (unreadable, or an older version waiting for its migrated copy to be saved). New copies go
/// under `rotta.store.backup.<ms>` ([`backup_key`]); both are listed ([`list_backups`]).
pub const BACKUP_KEY: &str = "rotta.store.backup";

/// The version of the envelope this build writes. Older ones are migrated on load
/// (see [`migrate`]); newer ones are never overwritten.
pub const STORE_VERSION: u32 = 4;

/// Everything Rotta keeps in one browser.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Store {
    /// Always [`STORE_VERSION`] once loaded.
    pub version: u32,
    /// The plans, in the order they were created.
    pub plans: Vec<StoredPlan>,
    /// The id of the plan being edited; `None` only when there are no plans.
    pub active: Option<String>,
    /// The user's preferences.
    pub prefs: Prefs,
    /// Top-level fields of a newer Rotta, written back unchanged.
    #[serde(flatten)]
    pub unknown: UnknownFields,
}

/// One plan: the answers of one questionnaire, with a name the user chose.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredPlan {
    /// Unique within the store; chosen by the caller (e.g. from the time and a random part).
    pub id: String,
    /// The name shown in the list of plans.
    pub name: String,
    /// Milliseconds since 1970 when the plan was created; 0 when unknown (migrated plans).
    pub created_ms: i64,
    /// Milliseconds since 1970 of the last change; 0 when unknown (migrated plans).
    pub updated_ms: i64,
    /// The questionnaire's answers.
    pub answers: Answers,
    /// Fields of a newer Rotta on this plan, written back unchanged.
    #[serde(flatten)]
    pub unknown: UnknownFields,
}

/// Preferences that belong to the browser rather than to one plan.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Prefs {
    /// The interface language the user picked; `None` follows the browser's language.
    pub locale: Option<Locale>,
    /// When the answers were last exported (ms since 1970), for the eviction reminder.
    /// Absent in stores written before it existed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_export_ms: Option<i64>,
    /// Whether the one-time "this browser may delete your data: export" reminder was shown.
    #[serde(default, skip_serializing_if = "is_false")]
    pub export_reminded: bool,
    /// Preferences of a newer Rotta, written back unchanged.
    #[serde(flatten)]
    pub unknown: UnknownFields,
}

fn is_false(value: &bool) -> bool {
    !*value
}

impl Prefs {
    /// Whether to show the one-time export reminder: the browser did not grant persistent
    /// storage (it may evict the data: Safari after 7 days without a visit, private modes),
    /// and the reminder was not shown before.
    pub fn export_reminder_due(&self, storage_persisted: bool) -> bool {
        !storage_persisted && !self.export_reminded
    }
}

/// What was found under [`STORE_KEY`], and what the caller must do about it.
#[derive(Debug, Clone, PartialEq)]
pub enum Loaded {
    /// Nothing under the key: first visit. Write nothing until the user types.
    Empty,
    /// A valid envelope of the current version.
    Current(Store),
    /// An envelope of an older version (or a bare answers document, version
    /// [`BARE_ANSWERS_VERSION`]), migrated. The caller keeps the raw original under
    /// [`BACKUP_KEY`] until the migrated store has been saved.
    Migrated { store: Store, from_version: u32 },
    /// Corrupted or foreign data. The caller copies `raw` to [`BACKUP_KEY`], offers it for
    /// download, starts with an empty store and shows a notice; `reason` is a technical,
    /// English one-line detail for that notice.
    Unreadable { raw: String, reason: String },
    /// Written by a newer Rotta: show it read-only, never overwrite it.
    Newer { version: u32 },
}

impl Store {
    /// An empty store of the current version: no plans, no preferences.
    pub fn empty() -> Store {
        Store {
            version: STORE_VERSION,
            plans: Vec::new(),
            active: None,
            prefs: Prefs::default(),
            unknown: UnknownFields::default(),
        }
    }
}

impl Default for Store {
    fn default() -> Self {
        Store::empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(128))]

        /// What is saved reads back exactly, whatever the answers hold.
        #[test]
        fn a_saved_store_reads_back_exactly(
            first in arbitrary::answers(arbitrary::Numbers::Typed),
            second in arbitrary::answers(arbitrary::Numbers::Typed),
            name in "(?s).{0,120}",
            created in proptest::prelude::any::<i64>(),
        ) {
            let mut store = Store::with_plan(first, "a".into(), name, created);
            store.add_plan(second, "b".into(), "B".into(), created.saturating_add(1));
            store.prefs.locale = Some(Locale::En);
            proptest::prop_assert_eq!(load(Some(&encode(&store))), Loaded::Current(store));
        }

        /// Fields of a newer build, in the answers (top level, nested object, list item) and
        /// around them (plan, preferences, envelope), survive load and save, and an edit of a
        /// known field (issue #12 §4).
        #[test]
        fn unknown_fields_survive_load_edit_and_save(
            answers in arbitrary::answers(arbitrary::Numbers::Typed),
            extra in proptest::collection::btree_map("[a-z]{1,8}_new", "(?s).{0,20}", 1..4),
            new_name in "(?s).{0,40}",
        ) {
            use serde_json::{Value, json};
            let extra: serde_json::Map<String, Value> =
                extra.into_iter().map(|(k, v)| (k, Value::String(v))).collect();
            let mut document = crate::core::json::to_value(&answers);
            for (key, value) in &extra {
                document[key.as_str()] = value.clone();
                document["business"][key.as_str()] = value.clone();
                if let Some(Value::Object(first)) = document["calendar"]["key_dates"].get_mut(0) {
                    first.insert(key.clone(), value.clone());
                }
            }
            let mut envelope = json!({
                "version": STORE_VERSION, "active": "p",
                "plans": [{"id": "p", "name": "P", "created_ms": 1, "updated_ms": 2,
                           "answers": document.clone()}],
                "prefs": {"locale": null},
            });
            for (key, value) in &extra {
                envelope[key.as_str()] = value.clone();
                envelope["plans"][0][key.as_str()] = value.clone();
                envelope["prefs"][key.as_str()] = value.clone();
            }
            let Loaded::Current(mut store) = load(Some(&envelope.to_string())) else {
                return Err(proptest::test_runner::TestCaseError::fail("not loaded"));
            };
            let saved: Value = serde_json::from_str(&encode(&store)).unwrap_or_default();
            proptest::prop_assert_eq!(&saved, &envelope);

            let mut edited = store.active_plan().map(|p| p.answers.clone()).unwrap_or_default();
            edited.business.name = new_name.clone();
            store.set_active_answers(edited, 3);
            let saved: Value = serde_json::from_str(&encode(&store)).unwrap_or_default();
            let mut expected = envelope;
            expected["plans"][0]["answers"]["business"]["name"] = json!(new_name);
            if expected["plans"][0]["answers"] != document {
                expected["plans"][0]["updated_ms"] = json!(3);
            }
            proptest::prop_assert_eq!(&saved, &expected);
            proptest::prop_assert_eq!(load(Some(&encode(&store))), Loaded::Current(store));
        }
    }
}
