//! The calendar as CSV (RFC 4180), for spreadsheet programs.
//!
//! UTF-8 with a byte-order mark (without it Excel reads the file as a legacy code page and
//! breaks accented letters), CRLF line ends, fields quoted when they need it (the `csv` crate
//! does the quoting), a header row in the plan's language (`CalCsv…` keys of the catalogue),
//! one row per entry, dates as YYYY-MM-DD and times as HH:MM (local wall-clock times: data
//! a spreadsheet reads, the same in every language).
//!
//! A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading
//! apostrophe, so a spreadsheet shows the text instead of running it as a formula (user text
//! such as a key date's name ends up in the file).

use crate::core::calendar::texts::{channel_label, format_label};
use crate::core::calendar::{CalendarEntry, EntryKind, format_date, format_time};
use crate::core::l10n::{Msg, t};
use crate::core::model::Locale;

/// The byte-order mark the file starts with.
pub const BOM: &str = "\u{FEFF}";

/// The header row in `locale`.
pub fn header(locale: Locale) -> [&'static str; 10] {
    [
        Msg::CalCsvDate,
        Msg::CalCsvTime,
        Msg::CalCsvType,
        Msg::CalCsvChannel,
        Msg::CalCsvFormat,
        Msg::CalCsvPillar,
        Msg::CalCsvTitle,
        Msg::CalCsvBrief,
        Msg::CalCsvKeyDate,
        Msg::CalCsvPrepareBy,
    ]
    .map(|key| t(locale, key))
}

/// The entry's kind as written in the file.
fn kind_label(kind: EntryKind, locale: Locale) -> &'static str {
    t(
        locale,
        match kind {
            EntryKind::Post => Msg::CalCsvPost,
            EntryKind::Task => Msg::CalCsvTask,
        },
    )
}

/// The cells of one entry, in the order of [`header`], before formula neutralising. The
/// pillar column holds the pillar's name in the plan's language, not its id.
pub fn row(entry: &CalendarEntry, locale: Locale) -> [String; 10] {
    [
        format_date(entry.date),
        format_time(entry.time),
        kind_label(entry.kind, locale).to_string(),
        entry
            .channel
            .map(channel_label)
            .unwrap_or_default()
            .to_string(),
        entry
            .format
            .map(|f| format_label(f, locale))
            .unwrap_or_default()
            .to_string(),
        entry.pillar_name.clone().unwrap_or_default(),
        entry.title.clone(),
        entry.brief.clone().unwrap_or_default(),
        entry.key_date.clone().unwrap_or_default(),
        entry.prepare_by.map(format_date).unwrap_or_default(),
    ]
}

/// A cell as written: with a leading apostrophe if a spreadsheet would take it as a formula.
pub fn neutralise(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

/// The calendar as a CSV document (BOM, header, one row per entry, CRLF line ends).
pub fn calendar_csv(entries: &[CalendarEntry], locale: Locale) -> String {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    // Writing to a Vec<u8> cannot fail for I/O reasons; any error leaves the rows written so far.
    let _ = writer.write_record(header(locale));
    for entry in entries {
        let cells = row(entry, locale).map(|cell| neutralise(&cell));
        if writer.write_record(&cells).is_err() {
            break;
        }
    }
    let bytes = writer.into_inner().unwrap_or_default();
    format!("{BOM}{}", String::from_utf8_lossy(&bytes))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::{Channel, Format};
    use crate::core::pillar::Pillar;
    use chrono::{NaiveDate, NaiveTime};

    fn entry(title: &str) -> CalendarEntry {
        CalendarEntry {
            date: NaiveDate::from_ymd_opt(2027, 2, 14).unwrap(),
            time: NaiveTime::from_hms_opt(9, 5, 0).unwrap(),
            kind: EntryKind::Post,
            channel: Some(Channel::GoogleBusiness),
            format: Some(Format::ShortVideo),
            pillar: Some(Pillar::ProductOffer),
            pillar_name: Some("Prodotti e offerte".into()),
            title: title.into(),
            brief: Some("Gancio: «Per chi?» · Mostra: la scatola".into()),
            idea: None,
            key_date: Some("San Valentino".into()),
            prepare_by: NaiveDate::from_ymd_opt(2027, 2, 12),
        }
    }

    #[test]
    fn starts_with_a_bom_and_a_localised_header_and_uses_crlf() {
        let it = calendar_csv(&[entry("Più è meglio")], Locale::It);
        assert!(it.starts_with(
            "\u{FEFF}data,ora,tipo,canale,formato,tema,titolo,indicazioni,data chiave,preparare entro\r\n"
        ));
        assert!(it.ends_with(
            "2027-02-14,09:05,post,Google Business Profile,video breve,Prodotti e offerte,Più è meglio,Gancio: «Per chi?» · Mostra: la scatola,San Valentino,2027-02-12\r\n"
        ));
        let en = calendar_csv(&[], Locale::En);
        assert_eq!(
            en,
            "\u{FEFF}date,time,type,channel,format,pillar,title,brief,key date,prepare by\r\n"
        );
    }

    #[test]
    fn spanish_french_and_german_files_speak_their_language() {
        let mut valentine = entry("x");
        valentine.key_date = Some(
            crate::core::holidays::MarketingDayName::Valentine
                .text(Locale::Es)
                .to_string(),
        );
        let es = calendar_csv(&[valentine], Locale::Es);
        assert!(es.starts_with(
            "\u{FEFF}fecha,hora,tipo,canal,formato,tema,título,indicaciones,fecha clave,preparar antes de\r\n"
        ));
        assert!(
            es.contains(",publicación,Google Business Profile,vídeo corto,"),
            "{es}"
        );
        assert!(es.contains(",San Valentín,"), "{es}");
        let fr = calendar_csv(&[], Locale::Fr);
        assert_eq!(
            fr,
            "\u{FEFF}date,heure,type,canal,format,thème,titre,brief,date clé,préparer avant le\r\n"
        );
        let de = calendar_csv(&[], Locale::De);
        assert_eq!(
            de,
            "\u{FEFF}Datum,Uhrzeit,Typ,Kanal,Format,Thema,Titel,Briefing,Anlass,vorbereiten bis\r\n"
        );
    }

    #[test]
    fn quotes_commas_quotes_and_newlines() {
        let csv = calendar_csv(&[entry("Pane, \"buono\"\ne caldo")], Locale::En);
        assert!(csv.contains(",\"Pane, \"\"buono\"\"\ne caldo\","), "{csv}");
    }

    #[test]
    fn formula_like_cells_are_neutralised() {
        let csv = calendar_csv(&[entry("=HYPERLINK(\"x\")")], Locale::En);
        assert!(csv.contains(",\"'=HYPERLINK(\"\"x\"\")\","), "{csv}");
        assert_eq!(neutralise("-20%"), "'-20%");
        assert_eq!(neutralise("Sale -20%"), "Sale -20%");
    }
}
