//! The CSV and ICS exports read back by independent parsers: Python's `csv` module and the
//! `icalendar` package (pinned in requirements.txt), through `e2e/check_exports.py`.
//!
//! Both files must show each pillar by its name in the plan's language ("Pillar: Tips and
//! expertise"), never by its id ("education"), and the ICS labels in that language too.
//!
//! Needs `python3` with `icalendar` installed (`pip install -r requirements.txt`); fails
//! with that instruction when either is missing.

use std::path::PathBuf;
use std::process::Command;

use chrono::{NaiveDate, NaiveTime, Weekday};
use rotta::core::calendar::texts::channel_label;
use rotta::core::calendar::{
    CalendarEntry, CalendarSpec, ChannelSpec, EntryKind, PillarSpec, build_calendar,
};
use rotta::core::engine::build_plan;
use rotta::core::export::csv::{calendar_csv, header, neutralise, row};
use rotta::core::export::ics::calendar_ics;
use rotta::core::export::markdown::plan_markdown;
use rotta::core::model::{Answers, Channel, Format, KeyDate, KeyDateKind, Locale};
use rotta::core::pillar::Pillar;
use serde_json::json;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn t(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap()
}

/// The bakery's pillars: pillar, Italian name, English name, share.
const PILLARS: [(Pillar, &str, &str, f64); 3] = [
    (
        Pillar::BehindTheScenes,
        "Dietro le quinte",
        "Behind the scenes",
        0.5,
    ),
    (
        Pillar::Education,
        "Consigli e competenza",
        "Tips and expertise",
        0.3,
    ),
    (
        Pillar::ProductOffer,
        "Prodotti e offerte",
        "Products and offers",
        0.2,
    ),
];

/// A bakery plan whose texts exercise quoting and escaping: accents, commas, semicolons,
/// quotes, backslashes, a newline, a formula-like name and long names that need folding.
fn spec() -> CalendarSpec {
    let key = |date: &str, name: &str, kind| KeyDate {
        date: d(date),
        name: name.into(),
        kind,
    };
    CalendarSpec {
        start: d("2027-01-04"),
        weeks: 10,
        country: "IT".into(),
        has_venue: true,
        public_holidays: true,
        marketing_days: true,
        key_dates: vec![
            key(
                "2027-02-14",
                "Box \"San Valentino\", cuori; più dolci \\ cioè",
                KeyDateKind::Promotion,
            ),
            key(
                "2027-02-24",
                "=SOMMA(A1) chiusura\nper inventario",
                KeyDateKind::Closure,
            ),
            key(
                "2027-01-20",
                &"Festa dell'università è già qui ".repeat(4),
                KeyDateKind::Event,
            ),
        ],
        channels: vec![
            ChannelSpec {
                channel: Channel::Instagram,
                posts_per_week: 3,
                formats: vec![Format::Photo, Format::ShortVideo],
                slots: vec![
                    (Weekday::Tue, t(12, 30)),
                    (Weekday::Thu, t(18, 0)),
                    (Weekday::Sat, t(10, 0)),
                ],
            },
            ChannelSpec {
                channel: Channel::GoogleBusiness,
                posts_per_week: 1,
                formats: vec![],
                slots: vec![(Weekday::Fri, t(9, 0))],
            },
        ],
        pillars: PILLARS
            .iter()
            .map(|(pillar, _, _, share)| PillarSpec {
                pillar: *pillar,
                share: *share,
                promotional: *pillar == Pillar::ProductOffer,
            })
            .collect(),
        promo_share: 0.2,
        approval_lead_days: Some(2),
        // Woven into briefs: quotes, a semicolon, a comma and a backslash to escape.
        ideas: rotta::core::ideas::IdeaInputs {
            sector: rotta::core::model::Sector::FoodDrink,
            keywords: vec!["pane; \"nero\"".into()],
            value: "Pane, \"buono\" \\ sempre".into(),
            choices: Vec::new(),
        },
    }
}

fn expected_event(entry: &CalendarEntry, uid: &str, locale: Locale) -> serde_json::Value {
    let minutes = if entry.kind == EntryKind::Post {
        30
    } else {
        60
    };
    let start = entry.date.and_time(entry.time);
    let end = start + chrono::Duration::minutes(minutes);
    let (pillar, format, brief, key_date, prepare, local, task) = match locale {
        Locale::It => (
            "Tema",
            "Formato",
            "Indicazioni",
            "Data chiave",
            "Preparare entro",
            "Orari locali, senza fuso orario.",
            "Attività ricorrente",
        ),
        Locale::En => (
            "Pillar",
            "Format",
            "Brief",
            "Key date",
            "Prepare by",
            "Local times, no time zone.",
            "Recurring task",
        ),
        other => panic!("no expectations written for {other}"),
    };
    let mut description = Vec::new();
    if let Some(p) = &entry.pillar_name {
        description.push(format!("{pillar}: {p}"));
    }
    if let Some(f) = entry.format {
        description.push(format!(
            "{format}: {}",
            rotta::core::calendar::texts::format_label(f, locale)
        ));
    }
    if let Some(b) = &entry.brief {
        description.push(format!("{brief}: {b}"));
    }
    if let Some(k) = &entry.key_date {
        description.push(format!("{key_date}: {k}"));
    }
    if let Some(p) = entry.prepare_by {
        // The date as people read it in that language ("12 febbraio 2027").
        description.push(format!(
            "{prepare}: {}",
            rotta::core::l10n::format::date(locale, p)
        ));
    }
    description.push(local.to_string());
    let summary = match entry.channel {
        Some(c) => format!("{}: {}", channel_label(c), entry.title),
        None => entry.title.clone(),
    };
    json!({
        "uid": uid,
        "summary": summary,
        "description": description.join("\n"),
        "categories": entry.channel.map(channel_label).unwrap_or(task),
        "dtstart": start.format("%Y-%m-%dT%H:%M:%S").to_string(),
        "dtend": end.format("%Y-%m-%dT%H:%M:%S").to_string(),
    })
}

/// What the exports must show of the pillars: the CSV column and ICS label in `locale`,
/// the names allowed and the ids that must never appear in their place.
fn pillar_expectation(locale: Locale, pillars: &[(String, String)]) -> serde_json::Value {
    let (column, label, other_label) = match locale {
        Locale::It => ("tema", "Tema", "Pillar"),
        Locale::En => ("pillar", "Pillar", "Tema"),
        other => panic!("no expectations written for {other}"),
    };
    json!({
        "column": column,
        "label": label,
        "other_label": other_label,
        "names": pillars.iter().map(|(_, name)| name).collect::<Vec<_>>(),
        "ids": pillars
            .iter()
            .filter(|(id, name)| id != name)
            .map(|(id, _)| id)
            .collect::<Vec<_>>(),
    })
}

fn run_checker(locale: Locale) {
    let spec = spec();
    let calendar = build_calendar(&spec).render(locale);
    let entries = &calendar.entries;
    assert!(
        entries.iter().any(
            |e| e.title.contains('"') || e.key_date.as_deref().is_some_and(|k| k.contains(';'))
        )
    );
    let pillars: Vec<(String, String)> = spec
        .pillars
        .iter()
        .map(|p| (p.pillar.id().to_string(), p.pillar.name(locale).to_string()))
        .collect();
    assert!(
        PILLARS
            .iter()
            .all(|(p, it, en, _)| p.name(Locale::It) == *it && p.name(Locale::En) == *en),
        "the pillar names this test expects"
    );
    check_with_python(entries, locale, &pillars);
}

/// Writes the CSV and ICS of `entries`, and has Python's `csv` and `icalendar` read them back
/// and compare them with what the Rust side meant, pillars included.
fn check_with_python(entries: &[CalendarEntry], locale: Locale, pillars: &[(String, String)]) {
    let stamp = d("2027-01-01").and_hms_opt(8, 30, 0).unwrap();
    let csv = calendar_csv(entries, locale);
    let ics = calendar_ics(entries, locale, "Forno Rossi", stamp);
    assert_eq!(
        ics,
        calendar_ics(entries, locale, "Forno Rossi", stamp),
        "the same plan gives the same file"
    );

    let uids: Vec<String> = ics
        .replace("\r\n ", "")
        .lines()
        .filter_map(|l| l.strip_prefix("UID:").map(str::to_string))
        .collect();
    assert_eq!(uids.len(), entries.len());
    let mut rows = vec![
        header(locale)
            .iter()
            .map(|h| h.to_string())
            .collect::<Vec<_>>(),
    ];
    rows.extend(
        entries
            .iter()
            .map(|e| row(e, locale).iter().map(|c| neutralise(c)).collect()),
    );
    let events: Vec<_> = entries
        .iter()
        .zip(&uids)
        .map(|(e, uid)| expected_event(e, uid, locale))
        .collect();
    let expected = json!({
        "rows": rows,
        "events": events,
        "pillars": pillar_expectation(locale, pillars),
    });

    // One directory per call: the tests run in parallel in one process.
    static CALLS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let call = CALLS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir: PathBuf = std::env::temp_dir().join(format!(
        "rotta-exports-{}-{}-{call}",
        std::process::id(),
        locale
    ));
    std::fs::create_dir_all(&dir).unwrap();
    let (csv_path, ics_path, expected_path) = (
        dir.join("calendar.csv"),
        dir.join("calendar.ics"),
        dir.join("expected.json"),
    );
    std::fs::write(&csv_path, &csv).unwrap();
    std::fs::write(&ics_path, &ics).unwrap();
    std::fs::write(&expected_path, serde_json::to_string(&expected).unwrap()).unwrap();

    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("e2e/check_exports.py");
    let output = Command::new("python3")
        .arg(&script)
        .args([&csv_path, &ics_path, &expected_path])
        .output()
        .unwrap_or_else(|e| {
            panic!("python3 is needed to check the exports independently ({e}); install Python 3")
        });
    let stderr = String::from_utf8_lossy(&output.stderr);
    match output.status.code() {
        Some(0) => {}
        Some(3) => panic!(
            "the icalendar package is missing: run `pip install -r requirements.txt` ({stderr})"
        ),
        _ => panic!(
            "the independent parsers disagree with the exports ({locale}):\n{stderr}\nfiles kept in {}",
            dir.display()
        ),
    }
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn italian_exports_parse_back_in_python() {
    run_checker(Locale::It);
}

#[test]
fn english_exports_parse_back_in_python() {
    run_checker(Locale::En);
}

/// A whole plan, from answers to files: the exports show the same pillar names as the
/// plan's content mix, in the plan's language.
fn check_plan_exports(answers: &Answers) -> (String, String, String) {
    let plan = build_plan(answers, answers.calendar.start);
    let pillars: Vec<(String, String)> = plan
        .content_mix
        .iter()
        .map(|p| (p.pillar.id().to_string(), p.name.clone()))
        .collect();
    check_with_python(&plan.calendar, plan.locale, &pillars);
    let stamp = d("2027-01-01").and_hms_opt(0, 0, 0).unwrap();
    (
        calendar_csv(&plan.calendar, plan.locale),
        calendar_ics(&plan.calendar, plan.locale, "x", stamp).replace("\r\n ", ""),
        plan_markdown(&plan),
    )
}

fn design_example() -> Answers {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/answers_design_example.json");
    Answers::from_json(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn an_english_plan_exports_english_pillar_names() {
    let mut answers = design_example();
    answers.locale = Locale::En;
    let (csv, ics, md) = check_plan_exports(&answers);
    assert!(csv.contains(",Tips and expertise,"), "{csv}");
    assert!(!csv.contains(",education,"), "{csv}");
    assert!(
        ics.contains("DESCRIPTION:Pillar: Tips and expertise\\n"),
        "{ics}"
    );
    assert!(!ics.contains("Tema:") && !ics.contains("Pillar: education"));
    // The Markdown document names the pillars in its mix table and in the calendar's
    // pillar column, and gives each post its idea and brief.
    assert!(md.contains("| Tips and expertise | "), "{md}");
    assert!(md.contains("| Pillar | Title | Brief |"), "{md}");
    assert!(!md.contains("education |") && !md.contains("| education"));
}

#[test]
fn an_italian_plan_exports_italian_pillar_names() {
    let answers = design_example();
    assert_eq!(answers.locale, Locale::It);
    let (csv, ics, md) = check_plan_exports(&answers);
    assert!(csv.contains(",Consigli e competenza,"), "{csv}");
    assert!(!csv.contains(",education,"), "{csv}");
    assert!(
        ics.contains("DESCRIPTION:Tema: Consigli e competenza\\n"),
        "{ics}"
    );
    assert!(!ics.contains("Pillar:") && !ics.contains("Tema: education"));
    assert!(md.contains("| Consigli e competenza | "), "{md}");
    assert!(!md.contains("education |") && !md.contains("| education"));
}
