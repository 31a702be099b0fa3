//! The storage texts the user sees: default plan names, import errors and the notices of
//! DESIGN §8 that the interface does not already hold. The words are in the catalogue
//! (`locales/<lang>.txt`, `## Storage`, keys `Store…`); this file picks a key and fills it,
//! and dates, sizes and counts are written by `core::l10n::format`.

use super::LostPlan;
use crate::core::l10n::{Msg, fill, format, t};
use crate::core::model::Locale;

/// The eviction reminder in `locale`, with the date of the last export (`None`: never).
pub fn export_reminder_text(locale: Locale, last_export: Option<chrono::NaiveDate>) -> String {
    let when = match last_export {
        Some(date) => fill(
            locale,
            Msg::StoreLastExportOn,
            &[("date", &format::date(locale, date))],
        ),
        None => t(locale, Msg::StoreNeverExported).to_string(),
    };
    format!("{} {when}", t(locale, Msg::StoreNoticeEvictionRisk))
}

/// The label of the button that recovers the readable plans of an unreadable store.
pub fn recover_plans_label(locale: Locale, count: usize) -> String {
    format::count(
        locale,
        count as f64,
        Msg::StoreRecoverPlansOne,
        Msg::StoreRecoverPlansOther,
    )
}

/// Said once plans were recovered or imported: where they are now.
pub fn plans_added_text(locale: Locale, count: usize) -> String {
    format::count(
        locale,
        count as f64,
        Msg::StorePlansAddedOne,
        Msg::StorePlansAddedOther,
    )
}

/// The plans that could not be read, each by position, name (when readable) and reason:
/// "Could not be read: plan 2 “Forno Rossi” (answers: …)". `None` when nothing was lost.
pub fn lost_plans_text(locale: Locale, lost: &[LostPlan]) -> Option<String> {
    if lost.is_empty() {
        return None;
    }
    let items: Vec<String> = lost
        .iter()
        .map(|l| {
            let n = l.position.to_string();
            match &l.name {
                Some(name) => fill(
                    locale,
                    Msg::StoreLostPlanNamed,
                    &[("n", &n), ("name", name), ("reason", &l.reason)],
                ),
                None => fill(
                    locale,
                    Msg::StoreLostPlan,
                    &[("n", &n), ("reason", &l.reason)],
                ),
            }
        })
        .collect();
    Some(fill(
        locale,
        Msg::StoreNotRecovered,
        &[("plans", &items.join("; "))],
    ))
}

/// A size as people read it: "812 B", "12.3 KB" ("12,3 KB" in Italian, "12,3 Ko" in
/// French), "1.2 MB". Written through integers, which keeps the float printer out of the
/// wasm (docs/size.md); the decimal separator is the locale's (`format::decimal_separator`).
pub fn size_text(locale: Locale, bytes: usize) -> String {
    let (unit, size) = match bytes {
        0..1024 => return fill(locale, Msg::StoreSizeBytes, &[("n", &bytes.to_string())]),
        1024..1_048_576 => (Msg::StoreSizeKb, bytes),
        _ => (Msg::StoreSizeMb, bytes / 1024),
    };
    let tenths = size.saturating_mul(10).saturating_add(512) / 1024;
    let n = format!(
        "{}{}{}",
        tenths / 10,
        format::decimal_separator(locale),
        tenths % 10
    );
    fill(locale, unit, &[("n", &n)])
}

/// A moment as the plans panel shows it: "lun 4 gen 2027, 18:30".
pub fn date_time_text(locale: Locale, moment: chrono::NaiveDateTime) -> String {
    fill(
        locale,
        Msg::StoreDateTime,
        &[
            ("date", &format::date_short(locale, moment.date())),
            ("time", &format::time(locale, moment.time())),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_export_reminder_gives_the_date_of_the_last_export() {
        let date = chrono::NaiveDate::from_ymd_opt(2026, 3, 5);
        let it = export_reminder_text(Locale::It, date);
        assert!(it.ends_with("Ultima esportazione: 5 marzo 2026"), "{it}");
        let en = export_reminder_text(Locale::En, date);
        assert!(en.ends_with("Last export: 5 March 2026"), "{en}");
        let de = export_reminder_text(Locale::De, date);
        let de_date = crate::core::l10n::format::date(Locale::De, date.unwrap());
        assert!(de.ends_with(&format!("Letzter Export: {de_date}")), "{de}");
        assert!(export_reminder_text(Locale::En, None).ends_with("never exported them yet."));
    }

    #[test]
    fn counts_sizes_and_lost_plans_read_naturally_in_every_language() {
        assert_eq!(recover_plans_label(Locale::En, 2), "Recover 2 plans");
        assert_eq!(recover_plans_label(Locale::En, 1), "Recover 1 plan");
        assert_eq!(recover_plans_label(Locale::It, 2), "Recupera 2 piani");
        assert_eq!(
            recover_plans_label(Locale::De, 3),
            "3 Pläne wiederherstellen"
        );
        assert_eq!(
            plans_added_text(Locale::It, 1),
            "1 piano aggiunto all'elenco dei piani."
        );
        assert_eq!(
            plans_added_text(Locale::Es, 2),
            "2 planes añadidos a la lista de planes."
        );
        assert_eq!(size_text(Locale::En, 812), "812 B");
        assert_eq!(size_text(Locale::En, 12_595), "12.3 KB");
        assert_eq!(size_text(Locale::It, 12_595), "12,3 KB");
        assert_eq!(size_text(Locale::Fr, 12_595), "12,3 Ko");
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
        assert!(
            lost_plans_text(Locale::De, &lost)
                .unwrap()
                .starts_with("Nicht lesbar: Plan 2 „Forno Rossi“")
        );
        assert_eq!(lost_plans_text(Locale::En, &[]), None);
    }

    #[test]
    fn a_moment_reads_with_the_locales_date_and_a_24_hour_time() {
        let moment = chrono::NaiveDate::from_ymd_opt(2027, 1, 4)
            .and_then(|d| d.and_hms_opt(18, 30, 0))
            .unwrap();
        assert_eq!(date_time_text(Locale::It, moment), "lun 4 gen 2027, 18:30");
        assert_eq!(date_time_text(Locale::En, moment), "Mon 4 Jan 2027, 18:30");
        assert!(date_time_text(Locale::Fr, moment).ends_with(" à 18:30"));
    }
}
