//! Importing an answers file the user picked: size cap first, then the schema and shape
//! checks of the model. A pure function of the file's text, so a refused file cannot touch
//! the current data: the caller only replaces anything on `Ok`.

use super::texts::{StoreText, store_text};
use crate::core::model::{Answers, AnswersError, Locale, MAX_ANSWERS_BYTES};

/// Checks the size the browser reports for a picked file before reading it, so a huge file is
/// refused without loading it into memory.
pub fn check_import_size(bytes: u64) -> Result<(), AnswersError> {
    match usize::try_from(bytes) {
        Ok(bytes) if bytes <= MAX_ANSWERS_BYTES => Ok(()),
        Ok(bytes) => Err(AnswersError::TooLarge { bytes }),
        Err(_) => Err(AnswersError::TooLarge { bytes: usize::MAX }),
    }
}

/// Reads an imported answers file. A leading byte order mark (added by some Windows editors)
/// is ignored; everything else must be a valid `rotta.answers/1` document.
pub fn import_answers(text: &str) -> Result<Answers, AnswersError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    Answers::from_json(text)
}

/// The message for a refused import, in the user's language. The error's own `Display`
/// holds the technical detail, for a "details" line.
pub fn import_error_text(error: &AnswersError, locale: Locale) -> &'static str {
    let key = match error {
        AnswersError::TooLarge { .. } => StoreText::ImportTooLarge,
        AnswersError::Malformed(_) => StoreText::ImportMalformed,
        AnswersError::WrongSchema(_) => StoreText::ImportWrongSchema,
    };
    store_text(key, locale)
}
