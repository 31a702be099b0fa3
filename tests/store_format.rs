//! The stored format's fields, recorded for the current store version.
//!
//! An older build keeps the fields it does not know (issue #12 §4), but builds from before
//! that did not, and an older build cannot use a field it does not know: a store written with
//! a new field must carry a higher `version`, so that older builds open it read-only
//! (`Loaded::Newer`) instead of saving over it. This test makes the rule hard to forget: it
//! lists every JSON path of a fully populated store (envelope, plan, preferences and answers)
//! and compares the list with `fixtures/store/format_v{STORE_VERSION}.txt`.

use chrono::NaiveDate;
use rotta::core::model::*;
use rotta::core::store::{Prefs, STORE_VERSION, Store, StoredPlan, encode};
use serde_json::Value;
use std::collections::BTreeSet;

/// A store where every field holds something: every option set, every list with an item, and
/// every value that is left out when it is the default set to another. Struct literals name
/// every field (no `..Default::default()`), so a new field does not compile until it is
/// added here.
fn fully_populated() -> Store {
    let date = NaiveDate::from_ymd_opt(2027, 1, 4).unwrap();
    let answers = Answers {
        schema: ANSWERS_SCHEMA.into(),
        locale: Locale::En,
        business: Business {
            name: "Forno".into(),
            sector: Sector::FoodDrink,
            offer: Offer::B2c,
            value_proposition: "Bread".into(),
            reach: Reach::Local,
            country: "IT".into(),
            has_venue: true,
            competitors: vec!["Other".into()],
        },
        goals: Goals {
            primary: Goal::Awareness,
            secondary: vec![Goal::Sales],
            horizon_months: 6,
            targets: vec![GoalTarget {
                goal: Goal::Sales,
                metric: "sales".into(),
                baseline: 1.0,
                target: 2.0,
            }],
            conversion: Some(Conversion::PromoCode),
        },
        audience: Audience {
            age_bands: vec![AgeBand::A25_34],
            gender_skew: Some(GenderSkew::Balanced),
            location: "Milano".into(),
            persona: Persona {
                who: "who".into(),
                needs: "needs".into(),
                objections: "objections".into(),
            },
            online_times: vec![OnlineTime::Evening],
            listen_keywords: vec!["pane".into()],
        },
        channels: Channels {
            current: vec![CurrentChannel {
                channel: Channel::Instagram,
                followers: 1,
                active: true,
            }],
            refused: vec![Channel::X],
            formats: vec![Format::Photo],
        },
        resources: Resources {
            hours_per_week: 3.0,
            managed_by: ManagedBy::Owner,
            skills: vec!["photo".into()],
            approval: Approval {
                required: true,
                by: Some("Anna".into()),
            },
        },
        budget: Budget {
            currency: "EUR".into(),
            monthly: 100.0,
            split: Some(BudgetSplit {
                ads: 25.0,
                content: 25.0,
                management: 25.0,
                tools: 25.0,
            }),
            owner_hourly_value: Some(20.0),
        },
        calendar: CalendarAnswers {
            start: date,
            weeks: 12,
            public_holidays: true,
            marketing_days: true,
            key_dates: vec![KeyDate {
                date,
                name: "Open day".into(),
                kind: KeyDateKind::Event,
            }],
            ideas: vec![IdeaChoice {
                date,
                time: chrono::NaiveTime::from_hms_opt(9, 0, 0).unwrap(),
                channel: Channel::Instagram,
                idea: "food_drink.education.1".into(),
            }],
        },
        mix: MixPreset::FourOneOne,
        checkins: vec![CheckIn {
            month: "2027-02".into(),
            kpis: vec![KpiValue {
                goal: Goal::Sales,
                value: 1.5,
            }],
            hours_spent: Some(12.0),
            ads_spent: Some(40.0),
            note: "note".into(),
        }],
        unknown: Default::default(),
    };
    Store {
        version: STORE_VERSION,
        plans: vec![StoredPlan {
            id: "p".into(),
            name: "P".into(),
            created_ms: 1,
            updated_ms: 2,
            answers,
            unknown: Default::default(),
        }],
        active: Some("p".into()),
        prefs: Prefs {
            locale: Some(Locale::En),
            last_export_ms: Some(3),
            export_reminded: true,
            unknown: Default::default(),
        },
        unknown: Default::default(),
    }
}

/// Every path in `value`: `a.b` for object keys, `a[]` for the items of a list.
fn paths(value: &Value, prefix: &str, out: &mut BTreeSet<String>) {
    match value {
        Value::Object(map) => {
            for (key, inner) in map {
                let path = if prefix.is_empty() {
                    key.clone()
                } else {
                    format!("{prefix}.{key}")
                };
                out.insert(path.clone());
                paths(inner, &path, out);
            }
        }
        Value::Array(items) => {
            let path = format!("{prefix}[]");
            out.insert(path.clone());
            for item in items {
                paths(item, &path, out);
            }
        }
        _ => {}
    }
}

#[test]
fn the_stored_format_is_the_one_recorded_for_this_store_version() {
    let written: Value = serde_json::from_str(&encode(&fully_populated())).unwrap();
    let mut found = BTreeSet::new();
    paths(&written, "", &mut found);

    let list = format!(
        "{}/tests/fixtures/store/format_v{STORE_VERSION}.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    let recorded_text = std::fs::read_to_string(&list).unwrap_or_else(|_| {
        panic!(
            "no list of fields for store version {STORE_VERSION}: write {list} with the \
             paths below, one a line\n{}",
            found.iter().cloned().collect::<Vec<_>>().join("\n")
        )
    });
    let recorded: BTreeSet<String> = recorded_text
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(String::from)
        .collect();

    let added: Vec<&String> = found.difference(&recorded).collect();
    let removed: Vec<&String> = recorded.difference(&found).collect();
    assert!(
        added.is_empty(),
        "a field was added: bump STORE_VERSION, add a migration step and update this list \
         (a new tests/fixtures/store/format_v{{N}}.txt; keep the old ones). An older build \
         then opens data with the new field read-only instead of writing over it. \
         Added: {added:?}"
    );
    assert!(
        removed.is_empty(),
        "a field was removed or renamed: the answers contract only ever adds fields (older \
         files must still load); if this is a new store version, it needs a migration step \
         and a new list. Missing: {removed:?}"
    );
}
