//! Arbitrary valid answers for property tests (store and share link round trips): every
//! enumeration value, unicode texts up to the DESIGN §4 lengths (newlines, quotes, emoji,
//! control characters included), fractional numbers, dates across 2000–2100, up to 60 key
//! dates.
//!
//! [`Numbers`] chooses how fractional numbers look: any `f64` in range (the share link keeps
//! their exact bits), or numbers as a person types them, with up to 4 decimals (the stored
//! JSON text: `serde_json` without its `float_roundtrip` feature may read a 17-digit number
//! back one unit in the last place off; see docs/storage.md).

use crate::core::model::*;
use chrono::NaiveDate;
use proptest::prelude::*;
use proptest::sample::select;

/// Any text of up to `max` characters, any Unicode scalar value included.
fn text(max: usize) -> BoxedStrategy<String> {
    proptest::collection::vec(any::<char>(), 0..=max)
        .prop_map(|chars| chars.into_iter().collect())
        .boxed()
}

fn one_of<T: Copy + std::fmt::Debug + 'static>(all: &'static [T]) -> BoxedStrategy<T> {
    select(all).boxed()
}

fn some_of<T: Copy + std::fmt::Debug + 'static>(
    all: &'static [T],
    max: usize,
) -> BoxedStrategy<Vec<T>> {
    proptest::collection::vec(select(all), 0..=max).boxed()
}

/// How fractional numbers are generated.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Numbers {
    /// Any `f64` in range.
    AnyBits,
    /// Up to 4 decimals, as typed into a form.
    Typed,
}

/// A number in `0..=max` (or `min..=max`).
fn number(numbers: Numbers, min: f64, max: f64) -> BoxedStrategy<f64> {
    match numbers {
        Numbers::AnyBits => (min..=max).boxed(),
        Numbers::Typed => {
            let (low, high) = ((min * 10_000.0) as i64, (max * 10_000.0) as i64);
            (low..=high)
                .prop_map(|n| format!("{}.{:04}", n / 10_000, n % 10_000).parse().unwrap())
                .boxed()
        }
    }
}

/// A date within 2000–2100.
fn date() -> BoxedStrategy<NaiveDate> {
    (0i64..36_890)
        .prop_map(|days| {
            let first = NaiveDate::from_ymd_opt(2000, 1, 1).unwrap();
            first + chrono::TimeDelta::days(days)
        })
        .boxed()
}

fn business() -> impl Strategy<Value = Business> {
    (
        text(120),
        one_of(Sector::ALL),
        one_of(Offer::ALL),
        text(500),
        one_of(Reach::ALL),
        "[A-Z]{2}",
        any::<bool>(),
        proptest::collection::vec(text(120), 0..=5),
    )
        .prop_map(
            |(name, sector, offer, value_proposition, reach, country, has_venue, competitors)| {
                Business {
                    name,
                    sector,
                    offer,
                    value_proposition,
                    reach,
                    country,
                    has_venue,
                    competitors,
                }
            },
        )
}

fn goals(numbers: Numbers) -> impl Strategy<Value = Goals> {
    let target = (
        one_of(Goal::ALL),
        text(120),
        number(numbers, 0.0, 1e6),
        number(numbers, 0.0, 1e6),
    )
        .prop_map(|(goal, metric, baseline, target)| GoalTarget {
            goal,
            metric,
            baseline,
            target,
        });
    (
        one_of(Goal::ALL),
        some_of(Goal::ALL, 2),
        select(&[3u32, 6, 12][..]),
        proptest::collection::vec(target, 0..=7),
        proptest::option::of(one_of(Conversion::ALL)),
    )
        .prop_map(
            |(primary, secondary, horizon_months, targets, conversion)| Goals {
                primary,
                secondary,
                horizon_months,
                targets,
                conversion,
            },
        )
}

fn audience() -> impl Strategy<Value = Audience> {
    (
        some_of(AgeBand::ALL, 7),
        proptest::option::of(one_of(GenderSkew::ALL)),
        text(500),
        (text(500), text(500), text(500)),
        some_of(OnlineTime::ALL, 5),
        proptest::collection::vec(text(120), 0..=20),
    )
        .prop_map(
            |(
                age_bands,
                gender_skew,
                location,
                (who, needs, objections),
                online_times,
                listen_keywords,
            )| {
                Audience {
                    age_bands,
                    gender_skew,
                    location,
                    persona: Persona {
                        who,
                        needs,
                        objections,
                    },
                    online_times,
                    listen_keywords,
                }
            },
        )
}

fn channels() -> impl Strategy<Value = Channels> {
    let current = (one_of(Channel::ALL), any::<u64>(), any::<bool>()).prop_map(
        |(channel, followers, active)| CurrentChannel {
            channel,
            followers,
            active,
        },
    );
    (
        proptest::collection::vec(current, 0..=10),
        some_of(Channel::ALL, 10),
        some_of(Format::ALL, 8),
    )
        .prop_map(|(current, refused, formats)| Channels {
            current,
            refused,
            formats,
        })
}

fn resources(numbers: Numbers) -> impl Strategy<Value = Resources> {
    (
        number(numbers, 0.5, 80.0),
        one_of(ManagedBy::ALL),
        proptest::collection::vec(text(120), 0..=20),
        any::<bool>(),
        proptest::option::of(text(120)),
    )
        .prop_map(
            |(hours_per_week, managed_by, skills, required, by)| Resources {
                hours_per_week,
                managed_by,
                skills,
                approval: Approval { required, by },
            },
        )
}

fn budget(numbers: Numbers) -> impl Strategy<Value = Budget> {
    let amount = || number(numbers, 0.0, 1e6);
    let split =
        (amount(), amount(), amount(), amount()).prop_map(|(ads, content, management, tools)| {
            BudgetSplit {
                ads,
                content,
                management,
                tools,
            }
        });
    let whole_or_fraction = prop_oneof![(0u32..=1_000_000).prop_map(f64::from), amount()];
    (
        "[A-Z]{3}",
        whole_or_fraction,
        proptest::option::of(split),
        proptest::option::of(number(numbers, 0.0, 10_000.0)),
    )
        .prop_map(|(currency, monthly, split, owner_hourly_value)| Budget {
            currency,
            monthly,
            split,
            owner_hourly_value,
        })
}

/// A post idea choice: any date, time and channel; an id of the bank or any text (a choice
/// this build cannot use is kept all the same).
fn idea_choice() -> impl Strategy<Value = IdeaChoice> {
    (
        date(),
        0u32..24,
        0u32..60,
        one_of(Channel::ALL),
        prop_oneof![Just("food_drink.education.1".to_owned()), text(40)],
    )
        .prop_map(|(date, h, m, channel, idea)| IdeaChoice {
            date,
            time: chrono::NaiveTime::from_hms_opt(h, m, 0).unwrap_or_default(),
            channel,
            idea,
        })
}

fn calendar() -> impl Strategy<Value = CalendarAnswers> {
    let key_date = (date(), text(120), one_of(KeyDateKind::ALL))
        .prop_map(|(date, name, kind)| KeyDate { date, name, kind });
    (
        date(),
        1u32..=52,
        any::<bool>(),
        any::<bool>(),
        proptest::collection::vec(key_date, 0..=60),
        proptest::collection::vec(idea_choice(), 0..=4),
    )
        .prop_map(
            |(start, weeks, public_holidays, marketing_days, key_dates, ideas)| CalendarAnswers {
                start,
                weeks,
                public_holidays,
                marketing_days,
                key_dates,
                ideas,
            },
        )
}

/// Valid answers with every part arbitrary.
pub(crate) fn answers(numbers: Numbers) -> impl Strategy<Value = Answers> {
    (
        one_of(Locale::ALL),
        business(),
        goals(numbers),
        audience(),
        channels(),
        resources(numbers),
        budget(numbers),
        calendar(),
        one_of(MixPreset::ALL),
    )
        .prop_map(
            |(locale, business, goals, audience, channels, resources, budget, calendar, mix)| {
                Answers {
                    locale,
                    business,
                    goals,
                    audience,
                    channels,
                    resources,
                    budget,
                    calendar,
                    mix,
                    ..Answers::default()
                }
            },
        )
}
