//! Importing a file the user picked: an answers file (it replaces the open plan's answers, as
//! before), a whole store envelope of any version this build reads, or a backup of one that
//! cannot be read whole (its readable plans). A pure function of the file's text, so a refused
//! file cannot touch the current data: the caller only changes anything on `Ok`, and plans
//! from a store or backup are always added beside the user's, never over them.

use super::envelope::{MAX_STORE_BYTES, Salvaged, salvage};
use super::{Loaded, StoredPlan, load};
use crate::core::l10n::{Msg, t};
use crate::core::model::{Answers, AnswersError, Locale, MAX_ANSWERS_BYTES};
use serde_json::Value;

/// Checks the size the browser reports for a picked file before reading it, so a huge file is
/// refused without loading it into memory. A whole store may be larger than an answers file
/// (up to [`MAX_STORE_BYTES`]); [`import_file`] applies the answers cap once it knows which
/// one the file is.
pub fn check_import_size(bytes: u64) -> Result<(), AnswersError> {
    match usize::try_from(bytes) {
        Ok(bytes) if bytes <= MAX_STORE_BYTES => Ok(()),
        Ok(bytes) => Err(AnswersError::TooLarge { bytes }),
        Err(_) => Err(AnswersError::TooLarge { bytes: usize::MAX }),
    }
}

/// Reads an imported answers file. A leading byte order mark (added by some Windows editors)
/// is ignored; everything else must be a valid answers document of a version this
/// build reads (`rotta.answers/1` or `/2`, see `Answers::from_json`).
pub fn import_answers(text: &str) -> Result<Answers, AnswersError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    Answers::from_json(text)
}

/// What an imported file holds.
#[derive(Debug, Clone, PartialEq)]
pub enum Imported {
    /// An answers file: the caller asks, then replaces the open plan's answers.
    Answers(Box<Answers>),
    /// Plans of a whole store (every plan, `lost` empty) or of a damaged backup (the readable
    /// plans, and `lost` names the others). The caller adds them, with ids made unique.
    Plans(Salvaged),
}

impl Imported {
    /// The plans a kept copy restores: a store's readable plans, or an answers document (a
    /// copy of version 0, a bare answers file) as one plan with `id`, named after the
    /// business (else "My plan"), created `now_ms`.
    pub fn into_plans(self, id: String, now_ms: i64) -> Vec<StoredPlan> {
        match self {
            Imported::Plans(salvaged) => salvaged.store.plans,
            Imported::Answers(answers) => {
                let answers = *answers;
                let business = answers.business.name.trim();
                let name = if business.is_empty() {
                    t(answers.locale, Msg::StoreUntitledPlan).to_owned()
                } else {
                    business.to_owned()
                };
                vec![StoredPlan {
                    id,
                    name,
                    created_ms: now_ms,
                    updated_ms: now_ms,
                    answers,
                    unknown: Default::default(),
                }]
            }
        }
    }
}

/// Why an imported file was refused. Nothing was changed.
#[derive(Debug, Clone, PartialEq)]
pub enum ImportError {
    /// Refused as an answers file (too large, not JSON, another schema).
    Answers(AnswersError),
    /// A store written by a newer Rotta: this build cannot read its plans.
    NewerStore { version: u32 },
    /// A Rotta store or backup of which not one plan can be read; `reason` is technical.
    NoReadablePlans { reason: String },
    /// JSON that is neither answers nor a store (another app's file).
    NotRotta,
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Answers(e) => e.fmt(f),
            Self::NewerStore { version } => write!(f, "store version {version}"),
            Self::NoReadablePlans { reason } => f.write_str(reason),
            Self::NotRotta => f.write_str("no Rotta schema or store version"),
        }
    }
}

impl From<AnswersError> for ImportError {
    fn from(e: AnswersError) -> Self {
        Self::Answers(e)
    }
}

/// Reads an imported file of any kind Rotta writes: an answers file (as [`import_answers`]),
/// a whole store of any version that migrates (all its plans), or a damaged store or backup
/// (its readable plans, and what could not be read). A byte order mark is ignored. A store of
/// a newer Rotta, a store with no readable plan and another app's JSON are refused with a
/// reason ([`import_file_error_text`]). Never panics.
pub fn import_file(text: &str) -> Result<Imported, ImportError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let too_large = || AnswersError::TooLarge { bytes: text.len() };
    if text.len() > MAX_STORE_BYTES {
        return Err(too_large().into());
    }
    let Ok(value) = serde_json::from_str::<Value>(text) else {
        if text.len() > MAX_ANSWERS_BYTES {
            return Err(too_large().into());
        }
        return import_answers(text)
            .map(|a| Imported::Answers(Box::new(a)))
            .map_err(Into::into);
    };
    let is_store = value.get("version").is_some();
    let is_answers = value.get("schema").is_some();
    if !is_store {
        if text.len() > MAX_ANSWERS_BYTES {
            return Err(too_large().into());
        }
        if value.is_object() && !is_answers {
            return Err(ImportError::NotRotta);
        }
        return import_answers(text)
            .map(|a| Imported::Answers(Box::new(a)))
            .map_err(Into::into);
    }
    let store = match load(Some(text)) {
        Loaded::Current(store) | Loaded::Migrated { store, .. } => Salvaged {
            store,
            lost: Vec::new(),
        },
        Loaded::Newer { version } => return Err(ImportError::NewerStore { version }),
        Loaded::Empty | Loaded::Unreadable { .. } => {
            salvage(text).map_err(|reason| ImportError::NoReadablePlans { reason })?
        }
    };
    if store.store.plans.is_empty() {
        let reason = match store.lost.first() {
            Some(first) => format!("plan {}: {}", first.position, first.reason),
            None => "the file holds no plans".into(),
        };
        return Err(ImportError::NoReadablePlans { reason });
    }
    Ok(Imported::Plans(store))
}

/// The message for a refused import, in the user's language. The error's own `Display`
/// holds the technical detail, for a "details" line.
pub fn import_error_text(error: &AnswersError, locale: Locale) -> &'static str {
    let key = match error {
        AnswersError::TooLarge { .. } => Msg::StoreImportTooLarge,
        AnswersError::Malformed(_) => Msg::StoreImportMalformed,
        AnswersError::WrongSchema(_) => Msg::StoreImportWrongSchema,
        AnswersError::NewerSchema(_) => Msg::CheckinImportNewerAnswers,
    };
    t(locale, key)
}

/// The message for a file [`import_file`] refused, in the user's language.
pub fn import_file_error_text(error: &ImportError, locale: Locale) -> &'static str {
    match error {
        ImportError::Answers(e) => import_error_text(e, locale),
        ImportError::NewerStore { .. } => t(locale, Msg::StoreImportNewerStore),
        ImportError::NoReadablePlans { .. } => t(locale, Msg::StoreImportNoReadablePlans),
        ImportError::NotRotta => t(locale, Msg::StoreImportNotRotta),
    }
}
