//! Property test: for random valid calendar specs the calendar is deterministic, sorted,
//! inside its weeks, free of night times, and only uses the spec's channels; and the
//! exports never panic on it.

use chrono::{NaiveDate, NaiveTime};
use proptest::prelude::*;
use rotta::core::calendar::{CalendarSpec, ChannelSpec, PillarSpec, build_calendar};
use rotta::core::export::{csv::calendar_csv, ics::calendar_ics};
use rotta::core::model::{Channel, Format, KeyDate, KeyDateKind, Locale};
use rotta::core::pillar::Pillar;

fn channel_spec() -> impl Strategy<Value = ChannelSpec> {
    (
        0..Channel::ALL.len(),
        0u32..=14,
        prop::collection::vec(0..Format::ALL.len(), 0..3),
        prop::collection::vec((0usize..7, 0u32..24, 0u32..60), 0..6),
    )
        .prop_map(|(c, posts, formats, slots)| ChannelSpec {
            channel: Channel::ALL[c],
            posts_per_week: posts,
            formats: formats.into_iter().map(|f| Format::ALL[f]).collect(),
            slots: slots
                .into_iter()
                .map(|(d, h, m)| {
                    (
                        rotta::core::calendar::WEEK[d],
                        NaiveTime::from_hms_opt(h, m, 0).unwrap(),
                    )
                })
                .collect(),
        })
}

fn spec() -> impl Strategy<Value = CalendarSpec> {
    (
        (
            0i64..36_500,
            1u32..=52,
            0usize..7,
            any::<bool>(),
            any::<bool>(),
            any::<bool>(),
        ),
        prop::collection::vec(channel_spec(), 0..4),
        prop::collection::vec((0.0f64..1.0, any::<bool>()), 0..6),
        (0.0f64..=1.0, prop::option::of(0u32..10)),
        prop::collection::vec(
            (
                0i64..400,
                0..KeyDateKind::ALL.len(),
                "[a-zà-ù ,;\"\\\\]{0,20}",
            ),
            0..6,
        ),
    )
        .prop_map(
            |(
                (offset, weeks, country, venue, holidays, marketing),
                channels,
                pillars,
                (share, lead),
                keys,
            )| {
                let base = NaiveDate::from_ymd_opt(2000, 1, 1).unwrap();
                let start = base + chrono::Days::new(offset as u64);
                let total: f64 = pillars
                    .iter()
                    .map(|(s, _)| s)
                    .sum::<f64>()
                    .max(f64::MIN_POSITIVE);
                CalendarSpec {
                    start,
                    weeks,
                    country: ["IT", "GB", "US", "DE", "FR", "ES", "XX"][country].into(),
                    has_venue: venue,
                    public_holidays: holidays,
                    marketing_days: marketing,
                    key_dates: keys
                        .into_iter()
                        .map(|(o, k, name)| KeyDate {
                            date: start + chrono::Days::new(o as u64),
                            name,
                            kind: KeyDateKind::ALL[k],
                        })
                        .collect(),
                    channels,
                    pillars: pillars
                        .into_iter()
                        .enumerate()
                        .map(|(i, (s, promotional))| PillarSpec {
                            pillar: Pillar::ALL[i % Pillar::ALL.len()],
                            share: s / total,
                            promotional,
                        })
                        .collect(),
                    promo_share: share,
                    approval_lead_days: lead,
                    ideas: Default::default(),
                }
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn calendars_are_deterministic_sorted_in_range_and_night_free(spec in spec()) {
        let typed = build_calendar(&spec);
        prop_assert_eq!(&typed, &build_calendar(&spec));
        // Every language in turn (the calendar is planned once, written in any of them).
        let locale = Locale::ALL[spec.weeks as usize % Locale::ALL.len()];
        let calendar = typed.render(locale);
        prop_assert_eq!(&calendar, &typed.render(locale));
        let end = spec.start + chrono::Days::new(u64::from(spec.weeks) * 7 - 1);
        let day = NaiveTime::from_hms_opt(6, 0, 0).unwrap()..NaiveTime::from_hms_opt(23, 0, 0).unwrap();
        for pair in calendar.entries.windows(2) {
            prop_assert!((pair[0].date, pair[0].time) <= (pair[1].date, pair[1].time));
        }
        for entry in &calendar.entries {
            prop_assert!(entry.date >= spec.start && entry.date <= end, "{:?}", entry);
            prop_assert!(day.contains(&entry.time), "night time {:?}", entry);
            if let Some(channel) = entry.channel {
                prop_assert!(spec.channels.iter().any(|c| c.channel == channel));
            }
            prop_assert!(!entry.title.trim().is_empty(), "every entry has a working title");
        }
        for key in &calendar.key_dates {
            prop_assert!(key.date >= spec.start && key.date <= end);
        }
        let stamp = spec.start.and_hms_opt(0, 0, 0).unwrap();
        let _ = calendar_csv(&calendar.entries, locale);
        let ics = calendar_ics(&calendar.entries, locale, "seed", stamp);
        prop_assert!(ics.split("\r\n").all(|line| line.len() <= 75));
    }
}
