//! Loading the store envelope: the fixture of every stored version, each migration, and a
//! table of bad stored values that must each give the right outcome, never a panic and never
//! lose the stored text.
// proptest is a host-only dev-dependency.
#![cfg(not(target_arch = "wasm32"))]

use rotta::core::model::{Answers, Goal, Locale};
use rotta::core::store::{
    BARE_ANSWERS_VERSION, Loaded, MAX_STORE_BYTES, STORE_VERSION, Store, encode, load,
    migrate_to_current, salvage,
};
use serde_json::{Value, json};

const V0_BARE: &str = include_str!("fixtures/store/v0_bare_answers.json");
const V1: &str = include_str!("fixtures/store/v1.json");
const V2: &str = include_str!("fixtures/store/v2.json");
const V3: &str = include_str!("fixtures/store/v3.json");
const V4: &str = include_str!("fixtures/store/v4.json");
const DESIGN_EXAMPLE: &str = include_str!("fixtures/answers_design_example.json");

fn object(text: &str) -> serde_json::Map<String, Value> {
    match serde_json::from_str(text).unwrap() {
        Value::Object(map) => map,
        other => panic!("not an object: {other}"),
    }
}

fn current(raw: &str) -> Store {
    match load(Some(raw)) {
        Loaded::Current(store) => store,
        other => panic!("expected a current store, got {other:?}"),
    }
}

/// The current (v4) fixture with `edit` applied to its JSON.
fn v4_with(edit: impl FnOnce(&mut Value)) -> String {
    let mut value: Value = serde_json::from_str(V4).unwrap();
    edit(&mut value);
    value.to_string()
}

#[test]
fn nothing_stored_is_a_first_visit() {
    assert_eq!(load(None), Loaded::Empty);
    assert_eq!(load(Some("")), Loaded::Empty);
    assert_eq!(load(Some("  \n\t")), Loaded::Empty);
}

#[test]
fn the_current_fixture_loads_as_is_and_is_what_this_build_writes() {
    let store = current(V4);
    assert_eq!(store.version, STORE_VERSION);
    assert_eq!(store.plans.len(), 2);
    assert_eq!(store.active.as_deref(), Some("k7f3-gym"));
    assert_eq!(store.active_plan().unwrap().name, "Kraft Gym – 2027 ☀");
    assert_eq!(
        store.active_plan().unwrap().answers.goals.targets[0].target,
        12.5
    );
    assert_eq!(store.prefs.locale, Some(Locale::En));
    let written: Value = serde_json::from_str(&encode(&store)).unwrap();
    let fixture: Value = serde_json::from_str(V4).unwrap();
    assert_eq!(
        written, fixture,
        "encode writes exactly the version 4 shape"
    );
    assert_eq!(current(&encode(&store)), store);
}

#[test]
fn version_1_migrates_to_one_active_plan_named_after_the_business() {
    let Loaded::Migrated {
        store,
        from_version,
    } = load(Some(V1))
    else {
        panic!("version 1 must be migrated");
    };
    assert_eq!(from_version, 1);
    assert_eq!(store.version, STORE_VERSION);
    assert_eq!(store.plans.len(), 1);
    let plan = &store.plans[0];
    assert_eq!(plan.name, "Forno Rossi");
    assert_eq!(store.active.as_deref(), Some(plan.id.as_str()));
    assert_eq!(plan.answers, Answers::from_json(DESIGN_EXAMPLE).unwrap());
    assert_eq!(store.prefs.locale, Some(Locale::It));
    // Once saved, the migrated store reads back as current.
    assert_eq!(current(&encode(&store)), store);
}

#[test]
fn the_migration_from_version_1_gives_the_current_shape() {
    let v2 = migrate_to_current(1, object(V1)).unwrap();
    let expected = json!({
        "version": 4,
        "plans": [{
            "id": "plan-1", "name": "Forno Rossi", "created_ms": 0, "updated_ms": 0,
            "answers": serde_json::from_str::<Value>(DESIGN_EXAMPLE).unwrap(),
        }],
        "active": "plan-1",
        "prefs": {"locale": "it"},
    });
    assert_eq!(Value::Object(v2), expected);
}

#[test]
fn a_bare_answers_document_migrates_through_version_1() {
    let v1 = migrate_to_current(BARE_ANSWERS_VERSION, object(V0_BARE)).unwrap();
    let through_v1 = migrate_to_current(1, object(V1)).unwrap();
    assert_eq!(
        v1, through_v1,
        "the chain from the oldest version reaches the current one"
    );
    let Loaded::Migrated {
        store,
        from_version,
    } = load(Some(V0_BARE))
    else {
        panic!("a bare answers document must be migrated");
    };
    assert_eq!(from_version, BARE_ANSWERS_VERSION);
    assert_eq!(
        store.plans[0].answers,
        Answers::from_json(DESIGN_EXAMPLE).unwrap()
    );
}

#[test]
fn every_older_fixture_reaches_the_current_version_and_round_trips() {
    for (raw, from) in [(V0_BARE, 0), (V1, 1), (V2, 2), (V3, 3), (V4, 4)] {
        let store = match load(Some(raw)) {
            Loaded::Current(store) => store,
            Loaded::Migrated { store, .. } => store,
            other => panic!("fixture of version {from}: {other:?}"),
        };
        assert_eq!(store.version, STORE_VERSION);
        assert_eq!(current(&encode(&store)), store, "version {from}");
    }
}

#[test]
fn version_3_migrates_to_answers_of_version_2_without_check_ins() {
    let Loaded::Migrated {
        store,
        from_version,
    } = load(Some(V3))
    else {
        panic!("version 3 must be migrated");
    };
    assert_eq!(from_version, 3);
    assert_eq!(store.plans.len(), 2);
    for plan in &store.plans {
        assert_eq!(plan.answers.schema, "rotta.answers/2");
        assert!(plan.answers.checkins.is_empty());
    }
    // Apart from the check-ins the v4 fixture adds, the same plans.
    let mut v4 = current(V4);
    v4.plans[1].answers.checkins.clear();
    assert_eq!(store.plans, v4.plans);
    let written = encode(&store);
    assert!(written.contains("\"version\":4") && !written.contains("rotta.answers/1"));
}

#[test]
fn the_current_fixture_holds_check_ins() {
    let store = current(V4);
    let gym = &store.plans[1].answers;
    assert_eq!(gym.checkins.len(), 2);
    assert_eq!(gym.checkins[0].kpi(Goal::Leads), Some(5.0));
    assert_eq!(gym.checkins[0].ads_spent, Some(55.5));
    assert_eq!(gym.checkins[1].hours_spent, None);
}

#[test]
fn a_newer_version_is_never_read_as_ours() {
    assert_eq!(
        load(Some(r#"{"version":5,"plans":[],"tabs":{}}"#)),
        Loaded::Newer { version: 5 }
    );
    let far = v4_with(|v| v["version"] = json!(99_999_999_999u64));
    assert_eq!(load(Some(&far)), Loaded::Newer { version: u32::MAX });
}

/// Stored values that are not a usable store: each must be Unreadable with the raw text kept
/// byte for byte, so the caller can back it up and offer it for download.
fn unreadable_values() -> Vec<(&'static str, String)> {
    let huge_string = format!(
        r#"{{"version":2,"plans":[],"junk":"{}"}}"#,
        "x".repeat(MAX_STORE_BYTES)
    );
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    vec![
        ("truncated JSON", V4[..V4.len() / 2].to_owned()),
        (
            "truncated by one byte",
            V4.trim_end()[..V4.trim_end().len() - 1].to_owned(),
        ),
        ("plain text", "hello, world".into()),
        ("JSON null", "null".into()),
        ("a number", "42".into()),
        ("a string", r#""rotta""#.into()),
        ("a list", "[1,2,3]".into()),
        ("an empty object", "{}".into()),
        (
            "another app's data",
            r#"{"todos":[{"title":"milk","done":false}]}"#.into(),
        ),
        (
            "another schema",
            r#"{"schema":"acme.settings/3","theme":"dark"}"#.into(),
        ),
        (
            "a newer answers schema without envelope",
            r#"{"schema":"rotta.answers/3"}"#.into(),
        ),
        (
            "version as a string",
            v4_with(|v| v["version"] = json!("2")),
        ),
        ("negative version", v4_with(|v| v["version"] = json!(-1))),
        ("fractional version", v4_with(|v| v["version"] = json!(1.5))),
        ("version zero", v4_with(|v| v["version"] = json!(0))),
        ("version null", v4_with(|v| v["version"] = Value::Null)),
        ("no plans", r#"{"version":2,"active":null}"#.into()),
        ("plans null", v4_with(|v| v["plans"] = Value::Null)),
        ("plans an object", v4_with(|v| v["plans"] = json!({"a": 1}))),
        ("a null plan", v4_with(|v| v["plans"][1] = Value::Null)),
        ("a numeric id", v4_with(|v| v["plans"][0]["id"] = json!(7))),
        ("an empty id", v4_with(|v| v["plans"][0]["id"] = json!(""))),
        (
            "no name",
            v4_with(|v| {
                v["plans"][0].as_object_mut().unwrap().remove("name");
            }),
        ),
        (
            "a time as text",
            v4_with(|v| v["plans"][0]["updated_ms"] = json!("yesterday")),
        ),
        (
            "a fractional time",
            v4_with(|v| v["plans"][0]["created_ms"] = json!(1.5)),
        ),
        (
            "a time out of range",
            V4.replacen("1767225600000", "1e400", 1),
        ),
        (
            "missing answers",
            v4_with(|v| v["plans"][0]["answers"] = Value::Null),
        ),
        (
            "answers of another schema",
            v4_with(|v| v["plans"][1]["answers"]["schema"] = json!("x/1")),
        ),
        (
            "an unknown sector",
            v4_with(|v| v["plans"][1]["answers"]["business"]["sector"] = json!("bakery")),
        ),
        (
            "weeks as text",
            v4_with(|v| v["plans"][0]["answers"]["calendar"]["weeks"] = json!("twelve")),
        ),
        (
            "an impossible date",
            v4_with(|v| v["plans"][0]["answers"]["calendar"]["start"] = json!("2027-02-30")),
        ),
        (
            "two plans with one id",
            v4_with(|v| v["plans"][1]["id"] = json!("plan-1")),
        ),
        ("active a number", v4_with(|v| v["active"] = json!(2))),
        ("prefs a list", v4_with(|v| v["prefs"] = json!(["it"]))),
        (
            "an unknown language",
            v4_with(|v| v["prefs"]["locale"] = json!("pt")),
        ),
        (
            "a language as a number",
            v4_with(|v| v["prefs"]["locale"] = json!(1)),
        ),
        (
            "version 1 with broken answers",
            V1.replacen("food_drink", "bakery", 1),
        ),
        (
            "a lone surrogate",
            V4.replacen("Forno Rossi", "Forno \\ud800", 1),
        ),
        ("a byte order mark", format!("\u{feff}{V4}")),
        ("over the size cap", huge_string),
        ("nesting deeper than any store", deep),
    ]
}

#[test]
fn every_bad_stored_value_is_unreadable_and_kept_whole() {
    let values = unreadable_values();
    assert!(values.len() >= 25);
    for (what, raw) in values {
        match load(Some(&raw)) {
            Loaded::Unreadable { raw: kept, reason } => {
                assert!(
                    kept == raw,
                    "{what}: the raw text must be kept byte for byte"
                );
                assert!(!reason.trim().is_empty(), "{what}: a reason is given");
            }
            other => panic!("{what}: expected Unreadable, got {other:?}"),
        }
    }
}

#[test]
fn a_reason_says_which_plan_is_broken() {
    let raw = v4_with(|v| v["plans"][1]["answers"]["business"]["sector"] = json!("bakery"));
    let Loaded::Unreadable { reason, .. } = load(Some(&raw)) else {
        panic!()
    };
    assert!(reason.starts_with("plan 2:"), "{reason}");
    assert!(reason.contains("bakery"), "{reason}");
}

#[test]
fn harmless_oddities_load_without_losing_anything() {
    // Unknown fields (a newer build's) load, and are kept: saving writes them back
    // (issue #12 §4; more in tests/store_unknown_fields.rs).
    let extra = v4_with(|v| {
        v["sync"] = json!({"peer": "x"});
        v["plans"][0]["color"] = json!("red");
    });
    let with_extra = current(&extra);
    let mut without = with_extra.clone();
    without.unknown = Default::default();
    without.plans[0].unknown = Default::default();
    assert_eq!(without, current(V4));
    let saved: Value = serde_json::from_str(&encode(&with_extra)).unwrap();
    assert_eq!(saved, serde_json::from_str::<Value>(&extra).unwrap());
    // An active id that names no plan moves to the first plan.
    let dangling = current(&v4_with(|v| v["active"] = json!("gone")));
    assert_eq!(dangling.active.as_deref(), Some("plan-1"));
    let none = current(&v4_with(|v| v["active"] = Value::Null));
    assert_eq!(none.active.as_deref(), Some("plan-1"));
    // Missing or null preferences are the defaults.
    let no_prefs = current(&v4_with(|v| {
        v.as_object_mut().unwrap().remove("prefs");
    }));
    assert_eq!(no_prefs.prefs.locale, None);
    assert_eq!(
        current(&v4_with(|v| v["prefs"] = Value::Null)).prefs.locale,
        None
    );
    assert_eq!(
        current(&v4_with(|v| v["prefs"]["locale"] = Value::Null))
            .prefs
            .locale,
        None
    );
    // An empty list of plans is a valid (empty) store.
    let empty = current(r#"{"version":4,"plans":[]}"#);
    assert!(empty.plans.is_empty());
    assert_eq!(empty.active, None);
}

#[test]
fn a_huge_name_under_the_cap_is_kept_not_cut() {
    let long_name = "è".repeat(200_000);
    let store = current(&v4_with(|v| {
        v["plans"][0]["name"] = json!(long_name.clone())
    }));
    assert_eq!(store.plans[0].name, long_name);
}

#[test]
fn salvage_recovers_the_readable_plans_of_an_unreadable_store() {
    let raw = v4_with(|v| v["plans"][0]["answers"]["business"]["sector"] = json!("bakery"));
    assert!(matches!(load(Some(&raw)), Loaded::Unreadable { .. }));
    let recovered = salvage(&raw).expect("the envelope is readable").store;
    assert_eq!(recovered.plans.len(), 1);
    assert_eq!(recovered.plans[0].name, "Kraft Gym – 2027 ☀");
    assert_eq!(recovered.active.as_deref(), Some("k7f3-gym"));

    let twins = v4_with(|v| v["plans"][1]["id"] = json!("plan-1"));
    let recovered = salvage(&twins).unwrap();
    let ids: Vec<_> = recovered
        .store
        .plans
        .iter()
        .map(|p| p.id.as_str())
        .collect();
    assert_eq!(
        ids,
        ["plan-1", "plan-1-2"],
        "both plans kept, the second renamed"
    );
    assert!(recovered.lost.is_empty());

    assert!(salvage("not json").is_err());
    let nothing = salvage(r#"{"version":2,"plans":[null]}"#).unwrap();
    assert!(nothing.store.plans.is_empty());
    assert_eq!(nothing.lost.len(), 1);
    assert!(
        salvage(r#"{"version":9,"plans":[]}"#)
            .unwrap_err()
            .contains("newer")
    );
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]

    #[test]
    fn arbitrary_text_never_panics_and_is_never_dropped(raw in "\\PC{0,300}") {
        match load(Some(&raw)) {
            Loaded::Unreadable { raw: kept, .. } => proptest::prop_assert_eq!(kept, raw),
            Loaded::Empty => proptest::prop_assert!(raw.trim().is_empty()),
            _ => {}
        }
    }

    #[test]
    fn every_truncation_of_a_store_is_caught(cut in 0usize..5_514) {
        let cut = cut.min(V4.len());
        if V4.is_char_boundary(cut) {
            let raw = &V4[..cut];
            let outcome = load(Some(raw));
            let whole = raw.trim_end() == V4.trim_end();
            if raw.trim().is_empty() {
                proptest::prop_assert_eq!(outcome, Loaded::Empty);
            } else if !whole {
                let is_unreadable = matches!(outcome, Loaded::Unreadable { .. });
                proptest::prop_assert!(is_unreadable);
            }
        }
    }
}
