//! The storage texts the user sees, in Italian and English: default plan names, import errors
//! and the notices of DESIGN §8 that the interface table does not already hold.

use crate::core::model::Locale;

/// A storage text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoreText {
    /// The name of a plan migrated from an early build when the business has no name.
    UntitledPlan,
    /// The name of a plan created without one.
    NewPlan,
    /// Appended to a duplicated plan's name.
    CopySuffix,
    /// Appended to the older version of a plan both tabs edited, kept as a copy.
    OtherTabSuffix,
    /// An imported file larger than the cap.
    ImportTooLarge,
    /// An imported file that is not JSON, or JSON of the wrong shape.
    ImportMalformed,
    /// An imported JSON file that is not a Rotta answers file.
    ImportWrongSchema,
    /// Shown after an older store was migrated.
    NoticeMigrated,
    /// Shown when the store was written by a newer Rotta.
    NoticeNewer,
    /// Shown when a save was refused because the browser's storage is full.
    NoticeQuotaExceeded,
    /// Shown when a save was refused because the text would not read back.
    NoticeNotSaved,
    /// Shown when another tab changed the plans while this one had unsaved edits.
    NoticeMergedOtherTab,
    /// Shown when another tab saved with a newer Rotta: this tab stops saving.
    NoticeOtherTabNewer,
    /// Shown once when the browser may delete the data (persistent storage refused).
    NoticeEvictionRisk,
    /// Followed by the date of the last export.
    LastExportOn,
    /// Said when the answers were never exported.
    NeverExported,
    /// The button that hides a notice.
    Dismiss,
}

impl StoreText {
    /// Every text, for the completeness test.
    pub const ALL: &'static [StoreText] = &[
        StoreText::UntitledPlan,
        StoreText::NewPlan,
        StoreText::CopySuffix,
        StoreText::OtherTabSuffix,
        StoreText::ImportTooLarge,
        StoreText::ImportMalformed,
        StoreText::ImportWrongSchema,
        StoreText::NoticeMigrated,
        StoreText::NoticeNewer,
        StoreText::NoticeQuotaExceeded,
        StoreText::NoticeNotSaved,
        StoreText::NoticeMergedOtherTab,
        StoreText::NoticeOtherTabNewer,
        StoreText::NoticeEvictionRisk,
        StoreText::LastExportOn,
        StoreText::NeverExported,
        StoreText::Dismiss,
    ];
}

/// The text `key` in `locale`.
pub const fn store_text(key: StoreText, locale: Locale) -> &'static str {
    match locale {
        Locale::It => italian(key),
        Locale::En => english(key),
    }
}

const fn italian(key: StoreText) -> &'static str {
    match key {
        StoreText::UntitledPlan => "Il mio piano",
        StoreText::NewPlan => "Nuovo piano",
        StoreText::CopySuffix => "(copia)",
        StoreText::OtherTabSuffix => "(altra scheda)",
        StoreText::ImportTooLarge => {
            "Il file è troppo grande per essere un file di risposte di Rotta. I tuoi dati attuali non sono stati toccati."
        }
        StoreText::ImportMalformed => {
            "Il file non è un file di risposte valido (JSON danneggiato o con campi sbagliati). I tuoi dati attuali non sono stati toccati."
        }
        StoreText::ImportWrongSchema => {
            "Il file non è un file di risposte di Rotta. I tuoi dati attuali non sono stati toccati."
        }
        StoreText::NoticeMigrated => {
            "I tuoi piani sono stati aggiornati al nuovo formato. La copia originale resta conservata finché quella aggiornata non è salvata."
        }
        StoreText::NoticeNewer => {
            "Questi piani sono stati salvati da una versione più recente di Rotta: puoi consultarli, ma qui non verranno modificati né sovrascritti. Ricarica la pagina per aggiornare Rotta."
        }
        StoreText::NoticeQuotaExceeded => {
            "Lo spazio del browser è pieno: l'ultima modifica non è stata salvata, l'ultimo salvataggio riuscito è intatto. Scarica le risposte o elimina i piani che non ti servono."
        }
        StoreText::NoticeNotSaved => {
            "L'ultima modifica non è stata salvata perché contiene valori non validi. Correggi i campi segnalati: l'ultimo salvataggio riuscito è intatto."
        }
        StoreText::NoticeMergedOtherTab => {
            "I piani sono stati modificati anche in un'altra scheda: abbiamo unito le modifiche, tenendo per ogni piano la versione più recente."
        }
        StoreText::NoticeOtherTabNewer => {
            "Un'altra scheda usa una versione più recente di Rotta: qui le modifiche non vengono più salvate. Ricarica la pagina."
        }
        StoreText::NoticeEvictionRisk => {
            "Questo browser potrebbe cancellare i dati salvati (ad esempio dopo 7 giorni senza visite, o in navigazione privata): esporta le risposte di tanto in tanto."
        }
        StoreText::LastExportOn => "Ultima esportazione:",
        StoreText::NeverExported => "Non le hai ancora mai esportate.",
        StoreText::Dismiss => "Ho capito",
    }
}

const fn english(key: StoreText) -> &'static str {
    match key {
        StoreText::UntitledPlan => "My plan",
        StoreText::NewPlan => "New plan",
        StoreText::CopySuffix => "(copy)",
        StoreText::OtherTabSuffix => "(other tab)",
        StoreText::ImportTooLarge => {
            "The file is too large to be a Rotta answers file. Your current data has not been touched."
        }
        StoreText::ImportMalformed => {
            "The file is not a valid answers file (damaged JSON or wrong fields). Your current data has not been touched."
        }
        StoreText::ImportWrongSchema => {
            "The file is not a Rotta answers file. Your current data has not been touched."
        }
        StoreText::NoticeMigrated => {
            "Your plans have been updated to the new format. The original copy is kept until the updated one is saved."
        }
        StoreText::NoticeNewer => {
            "These plans were saved by a newer version of Rotta: you can look at them, but they will not be changed or overwritten here. Reload the page to update Rotta."
        }
        StoreText::NoticeQuotaExceeded => {
            "The browser's storage is full: the last change was not saved, the last good save is intact. Download your answers or delete plans you no longer need."
        }
        StoreText::NoticeNotSaved => {
            "The last change was not saved because it holds invalid values. Fix the highlighted fields: the last good save is intact."
        }
        StoreText::NoticeMergedOtherTab => {
            "The plans were also changed in another tab: the changes have been merged, keeping the most recent version of each plan."
        }
        StoreText::NoticeOtherTabNewer => {
            "Another tab is using a newer version of Rotta: changes are no longer saved here. Reload the page."
        }
        StoreText::NoticeEvictionRisk => {
            "This browser may delete the saved data (for example after 7 days without a visit, or in private browsing): export your answers now and then."
        }
        StoreText::LastExportOn => "Last export:",
        StoreText::NeverExported => "You have never exported them yet.",
        StoreText::Dismiss => "Got it",
    }
}

/// The eviction reminder in `locale`, with the date of the last export (`None`: never).
pub fn export_reminder_text(locale: Locale, last_export: Option<chrono::NaiveDate>) -> String {
    let when = match last_export {
        Some(date) => format!(
            "{} {}",
            store_text(StoreText::LastExportOn, locale),
            date.format(match locale {
                Locale::It => "%d/%m/%Y",
                Locale::En => "%-d %b %Y",
            })
        ),
        None => store_text(StoreText::NeverExported, locale).to_string(),
    };
    format!(
        "{} {when}",
        store_text(StoreText::NoticeEvictionRisk, locale)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_exists_in_both_languages_and_differs_where_it_should() {
        for key in StoreText::ALL {
            let it = store_text(*key, Locale::It);
            let en = store_text(*key, Locale::En);
            assert!(!it.trim().is_empty(), "{key:?} has no Italian text");
            assert!(!en.trim().is_empty(), "{key:?} has no English text");
            assert_ne!(it, en, "{key:?} is not translated");
        }
    }

    #[test]
    fn the_export_reminder_gives_the_date_of_the_last_export() {
        let date = chrono::NaiveDate::from_ymd_opt(2026, 3, 5);
        let it = export_reminder_text(Locale::It, date);
        assert!(it.ends_with("Ultima esportazione: 05/03/2026"), "{it}");
        let en = export_reminder_text(Locale::En, date);
        assert!(en.ends_with("Last export: 5 Mar 2026"), "{en}");
        assert!(export_reminder_text(Locale::En, None).ends_with("never exported them yet."));
    }
}
