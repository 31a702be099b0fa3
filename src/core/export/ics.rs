//! The calendar as iCalendar (RFC 5545), for calendar apps.
//!
//! Written by hand rather than with a crate: the Rust `icalendar` crate generates random
//! UIDs through `uuid`/`getrandom` (which needs extra setup on wasm32) and gives no control
//! over floating times, while everything needed here is a few rules: CRLF line ends, lines
//! folded at 75 octets without splitting a UTF-8 character, TEXT escaping, and stable UIDs
//! (the same plan exported twice gives the same UIDs, so re-importing updates events instead
//! of duplicating them). Times are floating local times (no `Z`, no `TZID`): Rotta never
//! converts time zones, and the calendar's description says so.

use std::collections::HashMap;

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

use crate::core::calendar::texts::{channel_label, format_label};
use crate::core::calendar::{CalendarEntry, EntryKind};
use crate::core::l10n::format::date;
use crate::core::l10n::{Msg, t};
use crate::core::model::Locale;

/// Longest line in octets, CRLF excluded (RFC 5545 §3.1).
const MAX_LINE_OCTETS: usize = 75;
/// How long a post's event lasts in the calendar app, in minutes.
const POST_MINUTES: i64 = 30;
/// How long a task's event lasts, in minutes.
const TASK_MINUTES: i64 = 60;

/// The labels the file writes: the interface's own words where it has them (a pillar is
/// `PlanPillar` everywhere), `CalIcs…` keys for the rest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Label {
    CalendarName,
    CalendarDescription,
    Pillar,
    Format,
    Brief,
    KeyDate,
    PrepareBy,
    Task,
    LocalTime,
}

impl Label {
    #[cfg(test)]
    const ALL: [Label; 9] = [
        Self::CalendarName,
        Self::CalendarDescription,
        Self::Pillar,
        Self::Format,
        Self::Brief,
        Self::KeyDate,
        Self::PrepareBy,
        Self::Task,
        Self::LocalTime,
    ];

    fn text(self, locale: Locale) -> &'static str {
        t(
            locale,
            match self {
                Self::CalendarName => Msg::CalIcsName,
                Self::CalendarDescription => Msg::CalIcsDescription,
                Self::Pillar => Msg::PlanPillar,
                Self::Format => Msg::PlanFormat,
                Self::Brief => Msg::PlanBrief,
                Self::KeyDate => Msg::CalIcsKeyDate,
                Self::PrepareBy => Msg::PlanPrepareBy,
                Self::Task => Msg::PlanTask,
                Self::LocalTime => Msg::PlanTimesLocal,
            },
        )
    }
}

/// The calendar as an iCalendar document. `uid_seed` is a stable string per plan (e.g. the
/// business name); `dtstamp` is when the file is made, read as UTC (the core never reads the
/// clock, so the caller passes it).
pub fn calendar_ics(
    entries: &[CalendarEntry],
    locale: Locale,
    uid_seed: &str,
    dtstamp: NaiveDateTime,
) -> String {
    let mut out = String::with_capacity(256 + entries.len() * 400);
    let language = locale.as_str().to_ascii_uppercase();
    push_line(&mut out, "BEGIN:VCALENDAR");
    push_line(&mut out, "VERSION:2.0");
    push_line(
        &mut out,
        &format!("PRODID:-//Rotta//Rotta editorial calendar//{language}"),
    );
    push_line(&mut out, "CALSCALE:GREGORIAN");
    push_line(&mut out, "METHOD:PUBLISH");
    push_line(
        &mut out,
        &format!(
            "X-WR-CALNAME:{}",
            escape_text(Label::CalendarName.text(locale))
        ),
    );
    push_line(
        &mut out,
        &format!(
            "X-WR-CALDESC:{}",
            escape_text(Label::CalendarDescription.text(locale))
        ),
    );
    let stamp = dtstamp.format("%Y%m%dT%H%M%SZ").to_string();
    let mut seen: HashMap<String, u32> = HashMap::new();
    for entry in entries {
        let key = entry_key(entry);
        let occurrence = seen.entry(key.clone()).or_insert(0);
        *occurrence += 1;
        let uid = format!(
            "{key}-{}-{:016x}@rotta",
            occurrence,
            fnv1a64(&[uid_seed, &key])
        );
        push_event(&mut out, entry, locale, &uid, &stamp);
    }
    push_line(&mut out, "END:VCALENDAR");
    out
}

/// What identifies an entry across exports of the same plan: when and where it goes out.
fn entry_key(entry: &CalendarEntry) -> String {
    let what = entry
        .channel
        .map(|c| c.as_str())
        .unwrap_or(match entry.kind {
            EntryKind::Post => "post",
            EntryKind::Task => "task",
        });
    format!(
        "{}T{}-{what}",
        entry.date.format("%Y%m%d"),
        entry.time.format("%H%M")
    )
}

fn push_event(out: &mut String, entry: &CalendarEntry, locale: Locale, uid: &str, stamp: &str) {
    let minutes = match entry.kind {
        EntryKind::Post => POST_MINUTES,
        EntryKind::Task => TASK_MINUTES,
    };
    let start = NaiveDateTime::new(entry.date, entry.time);
    let end = start
        .checked_add_signed(chrono::Duration::minutes(minutes))
        .unwrap_or(start);
    let summary = match entry.channel {
        Some(channel) => format!("{}: {}", channel_label(channel), entry.title),
        None => entry.title.clone(),
    };
    let mut description = Vec::new();
    if let Some(pillar) = &entry.pillar_name {
        description.push(format!("{}: {pillar}", Label::Pillar.text(locale)));
    }
    if let Some(format) = entry.format {
        description.push(format!(
            "{}: {}",
            Label::Format.text(locale),
            format_label(format, locale)
        ));
    }
    if let Some(brief) = &entry.brief {
        description.push(format!("{}: {brief}", Label::Brief.text(locale)));
    }
    if let Some(key_date) = &entry.key_date {
        description.push(format!("{}: {key_date}", Label::KeyDate.text(locale)));
    }
    if let Some(day) = entry.prepare_by {
        description.push(format!(
            "{}: {}",
            Label::PrepareBy.text(locale),
            date(locale, day)
        ));
    }
    description.push(Label::LocalTime.text(locale).to_string());
    let category = entry
        .channel
        .map(channel_label)
        .unwrap_or(Label::Task.text(locale));

    push_line(out, "BEGIN:VEVENT");
    push_line(out, &format!("UID:{uid}"));
    push_line(out, &format!("DTSTAMP:{stamp}"));
    push_line(
        out,
        &format!("DTSTART:{}", floating(start.date(), start.time())),
    );
    push_line(out, &format!("DTEND:{}", floating(end.date(), end.time())));
    push_line(out, &format!("SUMMARY:{}", escape_text(&summary)));
    push_line(
        out,
        &format!("DESCRIPTION:{}", escape_text(&description.join("\n"))),
    );
    push_line(out, &format!("CATEGORIES:{}", escape_text(category)));
    push_line(out, "TRANSP:TRANSPARENT");
    push_line(out, "END:VEVENT");
}

/// A floating local date-time: `YYYYMMDDTHHMMSS`, no `Z`, no `TZID`.
fn floating(date: NaiveDate, time: NaiveTime) -> String {
    format!("{}T{}", date.format("%Y%m%d"), time.format("%H%M%S"))
}

/// Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and newline; other
/// control characters, which TEXT does not allow, are dropped.
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let normalised = text.replace("\r\n", "\n");
    for c in normalised.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' | '\r' => out.push_str("\\n"),
            '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends `line` folded at 75 octets (continuations start with a space, which counts), never
/// inside a UTF-8 character, each physical line ended by CRLF.
fn push_line(out: &mut String, line: &str) {
    let mut budget = MAX_LINE_OCTETS;
    let mut used = 0;
    for c in line.chars() {
        if used + c.len_utf8() > budget {
            out.push_str("\r\n ");
            budget = MAX_LINE_OCTETS - 1;
            used = 0;
        }
        out.push(c);
        used += c.len_utf8();
    }
    out.push_str("\r\n");
}

/// FNV-1a, 64 bits: a small, stable hash (the standard library's may change between
/// releases, and UIDs must not).
fn fnv1a64(parts: &[&str]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for byte in part.bytes().chain([0xff]) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    hash
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::{Channel, Format};
    use crate::core::pillar::Pillar;

    fn entry(title: &str) -> CalendarEntry {
        CalendarEntry {
            date: NaiveDate::from_ymd_opt(2027, 2, 14).unwrap(),
            time: NaiveTime::from_hms_opt(9, 30, 0).unwrap(),
            kind: EntryKind::Post,
            channel: Some(Channel::Instagram),
            format: Some(Format::Photo),
            pillar: Some(Pillar::ProductOffer),
            pillar_name: Some("Products and offers".into()),
            title: title.into(),
            brief: None,
            idea: None,
            key_date: Some("San Valentino".into()),
            prepare_by: NaiveDate::from_ymd_opt(2027, 2, 12),
        }
    }

    fn stamp() -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2027, 1, 1)
            .unwrap()
            .and_hms_opt(8, 0, 0)
            .unwrap()
    }

    #[test]
    fn every_label_exists_in_every_language() {
        for label in Label::ALL {
            for locale in Locale::ALL {
                assert!(!label.text(*locale).is_empty(), "{label:?} {locale:?}");
            }
            assert_ne!(label.text(Locale::It), label.text(Locale::En), "{label:?}");
        }
        assert_eq!(
            Label::Pillar.text(Locale::It),
            "Tema",
            "the interface's word"
        );
    }

    #[test]
    fn the_calendar_says_its_language() {
        let de = calendar_ics(&[entry("x")], Locale::De, "x", stamp());
        assert!(de.contains("PRODID:-//Rotta//Rotta editorial calendar//DE\r\n"));
        assert!(de.contains("X-WR-CALNAME:Rotta – Redaktionskalender\r\n"));
        let unfolded = de.replace("\r\n ", "");
        assert!(unfolded.contains("Anlass: San Valentino"), "{unfolded}");
    }

    #[test]
    fn lines_end_in_crlf_and_fold_at_75_octets_without_splitting_characters() {
        let long = "Città più bella: è così ".repeat(12);
        let ics = calendar_ics(&[entry(&long)], Locale::It, "Forno Rossi", stamp());
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        assert!(!ics.replace("\r\n", "").contains('\n'), "no bare LF");
        for line in ics.split("\r\n") {
            assert!(line.len() <= 75, "{} octets: {line}", line.len());
        }
        let unfolded = ics.replace("\r\n ", "");
        assert!(unfolded.contains(&format!("SUMMARY:Instagram: {}", escape_text(&long))));
    }

    #[test]
    fn text_is_escaped_and_times_are_floating() {
        let ics = calendar_ics(
            &[entry("Sale; 2, for 1 \\ today\nonly")],
            Locale::En,
            "x",
            stamp(),
        );
        let unfolded = ics.replace("\r\n ", "");
        assert!(unfolded.contains("SUMMARY:Instagram: Sale\\; 2\\, for 1 \\\\ today\\nonly\r\n"));
        assert!(unfolded.contains("DTSTART:20270214T093000\r\nDTEND:20270214T100000\r\n"));
        assert!(unfolded.contains("DTSTAMP:20270101T080000Z\r\n"));
        assert!(unfolded.contains("DESCRIPTION:Pillar: Products and offers\\nFormat: photo\\nKey date: San Valentino\\nPrepare by: 12 February 2027\\nLocal time"));
        assert!(unfolded.contains("CATEGORIES:Instagram\r\n"));
    }

    #[test]
    fn uids_are_stable_unique_and_depend_on_the_plan() {
        let entries = vec![entry("a"), entry("b"), entry("c")];
        let uids = |seed: &str| -> Vec<String> {
            calendar_ics(&entries, Locale::En, seed, stamp())
                .lines()
                .filter_map(|l| l.strip_prefix("UID:").map(str::to_string))
                .collect()
        };
        let first = uids("Forno Rossi");
        assert_eq!(first.len(), 3);
        assert_eq!(first, uids("Forno Rossi"), "same plan, same UIDs");
        let mut unique = first.clone();
        crate::core::order::sort(&mut unique);
        unique.dedup();
        assert_eq!(
            unique.len(),
            3,
            "same slot listed twice still gets distinct UIDs"
        );
        assert_ne!(first, uids("Palestra Blu"));
        let retitled = calendar_ics(&[entry("new title")], Locale::En, "Forno Rossi", stamp());
        assert!(
            retitled.contains(&format!("UID:{}", first[0])),
            "a new title updates the same event"
        );
    }
}
