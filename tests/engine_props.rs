//! Property tests of the engine: 10,000 valid answer sets a run must keep every invariant,
//! and arbitrary bytes given as an answers file must give an error, never a crash.

use chrono::{NaiveDate, NaiveTime};
use proptest::prelude::*;
use proptest::sample::{select, subsequence};
use rotta::core::engine::channels::RoleKind;
use rotta::core::engine::{WARNING_CODES, WarningCode, build_plan};
use rotta::core::export::markdown::plan_markdown;
use rotta::core::model::*;
use rotta::core::validate::{Severity, validate};

fn pick<T: Copy + std::fmt::Debug + 'static>(all: &'static [T]) -> impl Strategy<Value = T> {
    select(all)
}

fn some_of<T: Clone + std::fmt::Debug + 'static>(
    all: &'static [T],
    max: usize,
) -> impl Strategy<Value = Vec<T>> {
    subsequence(all.to_vec(), 0..=max.min(all.len()))
}

prop_compose! {
    fn business()(
        name in "[A-Za-zÀ-ÿ &'.]{0,40}",
        sector in pick(Sector::ALL),
        offer in pick(Offer::ALL),
        vp in "[a-zà-ù ,.]{0,120}",
        reach in pick(Reach::ALL),
        country in select(&["IT", "GB", "US", "DE", "FR", "ES", "CH", "NL"][..]),
        has_venue in any::<bool>(),
        competitors in proptest::collection::vec("[A-Za-z ]{1,20}", 0..=5),
    ) -> Business {
        Business { name, sector, offer, value_proposition: vp, reach, country: country.into(), has_venue, competitors }
    }
}

prop_compose! {
    fn goals()(
        primary in pick(Goal::ALL),
        secondary in some_of(Goal::ALL, 3),
        horizon in select(&[3u32, 6, 12][..]),
        target in proptest::option::of((pick(Goal::ALL), "(reach|followers|leads|like|visite)", 0.0f64..10_000.0, 0.0f64..50_000.0)),
        conversion in proptest::option::of(pick(Conversion::ALL)),
    ) -> Goals {
        let secondary: Vec<Goal> = secondary.into_iter().filter(|g| *g != primary).take(2).collect();
        let targets = target
            .map(|(goal, metric, baseline, target)| vec![GoalTarget { goal, metric, baseline, target }])
            .unwrap_or_default();
        Goals { primary, secondary, horizon_months: horizon, targets, conversion }
    }
}

prop_compose! {
    fn channels()(
        current in some_of(Channel::ALL, 10),
        followers in 0u64..100_000,
        active in any::<bool>(),
        refused in some_of(Channel::ALL, 10),
        formats in some_of(Format::ALL, 8),
    ) -> Channels {
        let current = current
            .into_iter()
            .filter(|c| !refused.contains(c))
            .map(|channel| CurrentChannel { channel, followers, active })
            .collect();
        Channels { current, refused, formats }
    }
}

prop_compose! {
    fn budget()(
        currency in select(&["EUR", "GBP", "USD"][..]),
        monthly in prop_oneof![Just(0.0), 0.0f64..1_000_000.0],
        split in proptest::option::of((0.0f64..1.0, 0.0f64..1.0, 0.0f64..1.0, any::<bool>())),
        hourly in proptest::option::of(0.0f64..200.0),
    ) -> Budget {
        let split = split.map(|(a, c, m, exact)| {
            let total = (a + c + m).max(1.0);
            let (ads, content, management) = (monthly * a / total, monthly * c / total, monthly * m / total);
            let tools = if exact { monthly - ads - content - management } else { monthly * 0.3 };
            BudgetSplit { ads, content, management, tools: tools.max(0.0) }
        });
        Budget { currency: currency.into(), monthly, split, owner_hourly_value: hourly }
    }
}

prop_compose! {
    fn answers()(
        locale in pick(Locale::ALL),
        business in business(),
        goals in goals(),
        age_bands in some_of(AgeBand::ALL, 7),
        online_times in some_of(OnlineTime::ALL, 5),
        keywords in proptest::collection::vec("[a-z #]{1,20}", 0..=20),
        channels in channels(),
        hours in prop_oneof![0.5f64..3.0, 0.5f64..80.0],
        managed_by in pick(ManagedBy::ALL),
        approval in any::<bool>(),
        budget in budget(),
        start_days in 0i64..36_000,
        weeks in 1u32..=52,
        key_dates in proptest::collection::vec((0i64..400, pick(KeyDateKind::ALL)), 0..=8),
        mix in pick(MixPreset::ALL),
    ) -> Answers {
        let start = NaiveDate::from_ymd_opt(2000, 1, 3).unwrap() + chrono::Days::new(start_days as u64);
        let start = start.min(NaiveDate::from_ymd_opt(2100, 6, 1).unwrap());
        let key_dates = key_dates
            .into_iter()
            .map(|(d, kind)| KeyDate { date: (start + chrono::Days::new(d as u64)).min(NaiveDate::from_ymd_opt(2100, 12, 31).unwrap()), name: format!("Day {d}"), kind })
            .collect();
        Answers {
            schema: ANSWERS_SCHEMA.into(),
            locale,
            business,
            goals,
            audience: Audience { age_bands, gender_skew: None, location: String::new(), persona: Persona::default(), online_times, listen_keywords: keywords },
            channels,
            resources: Resources {
                hours_per_week: (hours * 2.0).round() / 2.0,
                managed_by,
                skills: Vec::new(),
                approval: Approval { required: approval, by: approval.then(|| "Anna".to_string()) },
            },
            budget,
            calendar: CalendarAnswers { start, weeks, public_holidays: true, marketing_days: true, key_dates, ideas: Vec::new() },
            mix,
            checkins: Vec::new(),
            unknown: Default::default(),
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(10_000))]

    #[test]
    fn every_valid_answer_set_gives_a_sound_plan(a in answers()) {
        let errors: Vec<_> = validate(&a).into_iter().filter(|i| i.severity == Severity::Error).collect();
        prop_assume!(errors.is_empty());
        let today = a.calendar.start;
        let plan = build_plan(&a, today);

        // "2, at most 3, well tended": the discovery channels the plan tends; the local
        // profile, a messaging channel and audiences kept by re-use are light companions.
        let tended = plan.channels.iter().filter(|c| c.kind == RoleKind::Discovery).count();
        prop_assert!(tended <= 3, "{tended} discovery channels: {:?}", plan.channels.iter().map(|c| (c.channel, c.kind, c.reuses)).collect::<Vec<_>>());
        // Beyond them: at most the local profile and one messaging channel, and channels kept
        // only because the business already has an active audience there.
        let companions = plan.channels.iter().filter(|c| matches!(c.kind, RoleKind::Local | RoleKind::Retention)).count();
        prop_assert!(companions <= 2);
        for c in plan.channels.iter().filter(|c| c.kind == RoleKind::Kept) {
            prop_assert!(a.channels.current.iter().any(|k| k.channel == c.channel && k.active), "{:?} kept with no audience", c.channel);
        }
        for c in &plan.channels {
            prop_assert!(!a.channels.refused.contains(&c.channel), "{:?} was refused", c.channel);
            prop_assert!(c.posts_per_week >= 1);
            for s in &c.slots {
                prop_assert!(s.time >= NaiveTime::from_hms_opt(6, 0, 0).unwrap() && s.time < NaiveTime::from_hms_opt(23, 0, 0).unwrap());
            }
        }
        for e in &plan.calendar {
            if e.channel.is_some() {
                prop_assert!(e.time >= NaiveTime::from_hms_opt(6, 0, 0).unwrap() && e.time < NaiveTime::from_hms_opt(23, 0, 0).unwrap());
            }
        }
        prop_assert!(
            plan.workload.minutes_needed <= plan.workload.minutes_available || plan.has_warning(WarningCode::TooLittleTime),
            "{} > {}", plan.workload.minutes_needed, plan.workload.minutes_available
        );
        let b = &plan.budget;
        let sum = b.ads + b.content + b.management + b.tools;
        prop_assert!((sum - b.monthly).abs() < 0.02 || plan.has_warning(WarningCode::SplitMismatch), "{sum} vs {}", b.monthly);
        for w in &plan.warnings {
            prop_assert!(WARNING_CODES.contains(&w.code.as_str()), "{}", w.code);
            prop_assert!(!w.message.is_empty());
        }
        let shares: f64 = plan.content_mix.iter().map(|p| p.share).sum();
        prop_assert!((shares - 1.0).abs() < 0.002);
        prop_assert!((4..=6).contains(&plan.content_mix.len()));
        prop_assert_eq!(&plan, &build_plan(&a, today));
    }

    #[test]
    fn arbitrary_bytes_as_an_answers_file_never_crash(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        if let Ok(text) = std::str::from_utf8(&bytes)
            && let Ok(a) = Answers::from_json(text)
        {
            let plan = build_plan(&a, a.calendar.start);
            let _ = plan_markdown(&plan);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    /// Answers that are not valid yet (the UI re-plans on every keystroke) never panic either.
    #[test]
    fn invalid_answers_never_panic(
        a in answers(),
        hours in proptest::num::f64::ANY,
        monthly in proptest::num::f64::ANY,
        weeks in any::<u32>(),
        horizon in any::<u32>(),
    ) {
        let mut a = a;
        a.resources.hours_per_week = hours;
        a.budget.monthly = monthly;
        a.calendar.weeks = weeks;
        a.goals.horizon_months = horizon;
        let plan = build_plan(&a, a.calendar.start);
        let _ = plan.to_json();
        let _ = plan_markdown(&plan);
    }

    /// JSON-shaped answers with odd values parse or fail cleanly, and plan without panic.
    #[test]
    fn json_with_odd_values_never_crashes(hours in "-?[0-9]{1,6}(\\.[0-9]{1,3})?", weeks in "[0-9]{1,4}", start in "[0-9]{4}-[0-9]{2}-[0-9]{2}") {
        let text = format!(r#"{{"schema":"rotta.answers/2","resources":{{"hours_per_week":{hours}}},"calendar":{{"weeks":{weeks},"start":"{start}"}}}}"#);
        if let Ok(a) = Answers::from_json(&text) {
            let _ = validate(&a);
            let _ = build_plan(&a, NaiveDate::from_ymd_opt(2027, 1, 1).unwrap());
        }
    }
}
