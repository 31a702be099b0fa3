//! The storage texts the user sees, in Italian and English: default plan names, import errors
//! and the notices of DESIGN §8 that the interface table does not already hold.

use super::LostPlan;
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
    /// A store file written by a newer Rotta.
    ImportNewerStore,
    /// A store or backup file of which no plan can be read.
    ImportNoReadablePlans,
    /// JSON of another app: neither answers nor saved plans.
    ImportNotRotta,
    /// Followed by the plans that could not be read.
    NotRecovered,
    /// Before a plan's position in a list ("plan 2").
    PlanNumber,
    /// The heading of the kept copies in the plans panel.
    BackupsTitle,
    /// What the kept copies are.
    BackupsHint,
    /// A kept copy whose date is not known (kept by an earlier build).
    DateUnknown,
    /// Adds a kept copy's readable plans.
    RestoreBackup,
    /// Downloads a kept copy as it is.
    DownloadBackupFile,
    /// Deletes a kept copy (after confirmation).
    DeleteBackup,
    /// Asked before a kept copy is deleted.
    DeleteBackupConfirm,
    /// A kept copy could not be deleted.
    BackupDeleteFailed,
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
        StoreText::ImportNewerStore,
        StoreText::ImportNoReadablePlans,
        StoreText::ImportNotRotta,
        StoreText::NotRecovered,
        StoreText::PlanNumber,
        StoreText::BackupsTitle,
        StoreText::BackupsHint,
        StoreText::DateUnknown,
        StoreText::RestoreBackup,
        StoreText::DownloadBackupFile,
        StoreText::DeleteBackup,
        StoreText::DeleteBackupConfirm,
        StoreText::BackupDeleteFailed,
        StoreText::Dismiss,
    ];
}

/// The text `key` in `locale`.
pub const fn store_text(key: StoreText, locale: Locale) -> &'static str {
    match locale.legacy() {
        Locale::It => italian(key),
        Locale::En => english(key),
        _ => unreachable!(),
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
        StoreText::ImportNewerStore => {
            "Il file contiene piani salvati da una versione più recente di Rotta: ricarica la pagina per aggiornare Rotta, poi riprova. I tuoi dati attuali non sono stati toccati."
        }
        StoreText::ImportNoReadablePlans => {
            "Il file contiene piani salvati di Rotta, ma nessuno è leggibile. I tuoi dati attuali non sono stati toccati."
        }
        StoreText::ImportNotRotta => {
            "Il file non è un file di Rotta: né un file di risposte, né piani salvati, né una loro copia di riserva. I tuoi dati attuali non sono stati toccati."
        }
        StoreText::NotRecovered => "Non leggibili:",
        StoreText::PlanNumber => "piano",
        StoreText::BackupsTitle => "Copie conservate",
        StoreText::BackupsHint => {
            "Copie dei dati salvati che non erano leggibili, o della versione precedente. «Ripristina» aggiunge i loro piani leggibili a quelli attuali; nessuna copia viene eliminata senza chiedertelo."
        }
        StoreText::DateUnknown => "data sconosciuta",
        StoreText::RestoreBackup => "Ripristina",
        StoreText::DownloadBackupFile => "Scarica",
        StoreText::DeleteBackup => "Elimina",
        StoreText::DeleteBackupConfirm => {
            "Eliminare per sempre questa copia? I piani che contiene non potranno più essere recuperati (scaricala prima, se vuoi tenerla)."
        }
        StoreText::BackupDeleteFailed => "Non è stato possibile eliminare la copia.",
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
        StoreText::ImportNewerStore => {
            "The file holds plans saved by a newer version of Rotta: reload the page to update Rotta, then try again. Your current data has not been touched."
        }
        StoreText::ImportNoReadablePlans => {
            "The file holds saved Rotta plans, but none of them can be read. Your current data has not been touched."
        }
        StoreText::ImportNotRotta => {
            "The file is not a Rotta file: neither an answers file, nor saved plans, nor a backup of them. Your current data has not been touched."
        }
        StoreText::NotRecovered => "Could not be read:",
        StoreText::PlanNumber => "plan",
        StoreText::BackupsTitle => "Kept copies",
        StoreText::BackupsHint => {
            "Copies of saved data that could not be read, or of an older version. Restore adds their readable plans to the current ones; no copy is ever deleted without asking you."
        }
        StoreText::DateUnknown => "date unknown",
        StoreText::RestoreBackup => "Restore",
        StoreText::DownloadBackupFile => "Download",
        StoreText::DeleteBackup => "Delete",
        StoreText::DeleteBackupConfirm => {
            "Delete this copy for good? The plans it holds can no longer be recovered (download it first if you want to keep it)."
        }
        StoreText::BackupDeleteFailed => "The copy could not be deleted.",
        StoreText::Dismiss => "Got it",
    }
}

/// The eviction reminder in `locale`, with the date of the last export (`None`: never).
pub fn export_reminder_text(locale: Locale, last_export: Option<chrono::NaiveDate>) -> String {
    let when = match last_export {
        Some(date) => format!(
            "{} {}",
            store_text(StoreText::LastExportOn, locale),
            date.format(match locale.legacy() {
                Locale::It => "%d/%m/%Y",
                Locale::En => "%-d %b %Y",
                _ => unreachable!(),
            })
        ),
        None => store_text(StoreText::NeverExported, locale).to_string(),
    };
    format!(
        "{} {when}",
        store_text(StoreText::NoticeEvictionRisk, locale)
    )
}

/// The label of the button that recovers the readable plans of an unreadable store.
pub fn recover_plans_label(locale: Locale, count: usize) -> String {
    match (locale.legacy(), count) {
        (Locale::It, 1) => "Recupera 1 piano".into(),
        (Locale::It, n) => format!("Recupera {n} piani"),
        (Locale::En, 1) => "Recover 1 plan".into(),
        (Locale::En, n) => format!("Recover {n} plans"),
        _ => unreachable!(),
    }
}

/// Said once plans were recovered or imported: where they are now.
pub fn plans_added_text(locale: Locale, count: usize) -> String {
    match (locale.legacy(), count) {
        (Locale::It, 1) => "1 piano aggiunto all'elenco dei piani.".into(),
        (Locale::It, n) => format!("{n} piani aggiunti all'elenco dei piani."),
        (Locale::En, 1) => "1 plan added to the list of plans.".into(),
        (Locale::En, n) => format!("{n} plans added to the list of plans."),
        _ => unreachable!(),
    }
}

/// The plans that could not be read, each by position, name (when readable) and reason:
/// "Could not be read: plan 2 “Forno Rossi” (answers: …)". `None` when nothing was lost.
pub fn lost_plans_text(locale: Locale, lost: &[LostPlan]) -> Option<String> {
    if lost.is_empty() {
        return None;
    }
    let plan = store_text(StoreText::PlanNumber, locale);
    let items: Vec<String> = lost
        .iter()
        .map(|l| match &l.name {
            Some(name) => format!("{plan} {} “{name}” ({})", l.position, l.reason),
            None => format!("{plan} {} ({})", l.position, l.reason),
        })
        .collect();
    Some(format!(
        "{} {}",
        store_text(StoreText::NotRecovered, locale),
        items.join("; ")
    ))
}

/// A size as people read it: "812 B", "12.3 KB" ("12,3 KB" in Italian), "1.2 MB". Written
/// through integers, which keeps the float printer out of the wasm (docs/size.md).
pub fn size_text(locale: Locale, bytes: usize) -> String {
    let (unit, size) = match bytes {
        0..1024 => return format!("{bytes} B"),
        1024..1_048_576 => ("KB", bytes),
        _ => ("MB", bytes / 1024),
    };
    let tenths = size.saturating_mul(10).saturating_add(512) / 1024;
    let separator = match locale.legacy() {
        Locale::It => ',',
        Locale::En => '.',
        _ => unreachable!(),
    };
    format!("{}{separator}{} {unit}", tenths / 10, tenths % 10)
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

    #[test]
    fn counts_sizes_and_lost_plans_read_naturally_in_both_languages() {
        assert_eq!(recover_plans_label(Locale::En, 2), "Recover 2 plans");
        assert_eq!(recover_plans_label(Locale::En, 1), "Recover 1 plan");
        assert_eq!(recover_plans_label(Locale::It, 2), "Recupera 2 piani");
        assert_eq!(
            plans_added_text(Locale::It, 1),
            "1 piano aggiunto all'elenco dei piani."
        );
        assert_eq!(size_text(Locale::En, 812), "812 B");
        assert_eq!(size_text(Locale::En, 12_595), "12.3 KB");
        assert_eq!(size_text(Locale::It, 12_595), "12,3 KB");
        assert_eq!(size_text(Locale::En, 1_258_291), "1.2 MB");
        assert!(size_text(Locale::En, usize::MAX).ends_with(" MB"));
        let lost = [
            LostPlan {
                position: 2,
                name: Some("Forno Rossi".into()),
                reason: "answers: unknown sector".into(),
            },
            LostPlan {
                position: 3,
                name: None,
                reason: "not an object".into(),
            },
        ];
        assert_eq!(
            lost_plans_text(Locale::En, &lost).as_deref(),
            Some(
                "Could not be read: plan 2 “Forno Rossi” (answers: unknown sector); plan 3 (not an object)"
            )
        );
        assert!(
            lost_plans_text(Locale::It, &lost)
                .unwrap()
                .starts_with("Non leggibili: piano 2")
        );
        assert_eq!(lost_plans_text(Locale::En, &[]), None);
    }
}
