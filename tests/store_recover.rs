//! Issue #12 §1, "All my plans vanished": what can be recovered from a store that cannot be
//! read whole, and importing a whole store or a backup beside the plans already there.

use rotta::core::model::{AnswersError, Locale};
use rotta::core::store::{
    ImportError, Imported, Loaded, MAX_STORE_BYTES, Store, encode, import_file,
    import_file_error_text, load, lost_plans_text, salvage,
};
use serde_json::{Value, json};

const V1: &str = include_str!("fixtures/store/v1.json");
const V4: &str = include_str!("fixtures/store/v4.json");
const DESIGN_EXAMPLE: &str = include_str!("fixtures/answers_design_example.json");

/// The v2 fixture with a third plan (a copy of the first, "Pasticceria Verdi") and `edit`.
fn three_plans_with(edit: impl FnOnce(&mut Value)) -> String {
    let mut value: Value = serde_json::from_str(V4).unwrap();
    let mut third = value["plans"][0].clone();
    third["id"] = json!("p-verdi");
    third["name"] = json!("Pasticceria Verdi");
    third["answers"]["business"]["name"] = json!("Pasticceria Verdi");
    value["plans"].as_array_mut().unwrap().push(third);
    edit(&mut value);
    value.to_string()
}

fn names(store: &Store) -> Vec<&str> {
    store.plans.iter().map(|p| p.name.as_str()).collect()
}

#[test]
fn one_damaged_plan_among_three_two_are_recovered_and_the_third_is_named() {
    // A value a newer build added without a version bump, in the middle plan.
    let raw = three_plans_with(|v| v["plans"][1]["answers"]["business"]["sector"] = json!("gym"));
    assert!(matches!(load(Some(&raw)), Loaded::Unreadable { .. }));
    let salvaged = salvage(&raw).unwrap();
    assert_eq!(names(&salvaged.store), ["Forno Rossi", "Pasticceria Verdi"]);
    assert_eq!(salvaged.lost.len(), 1);
    let lost = &salvaged.lost[0];
    assert_eq!(lost.position, 2);
    assert_eq!(lost.name.as_deref(), Some("Kraft Gym – 2027 ☀"));
    assert!(lost.reason.contains("gym"), "{}", lost.reason);
    // The active plan was the damaged one: the first readable plan takes its place.
    assert_eq!(salvaged.store.active.as_deref(), Some("plan-1"));
    let said = lost_plans_text(Locale::En, &salvaged.lost).unwrap();
    assert!(said.contains("plan 2 “Kraft Gym – 2027 ☀”"), "{said}");
    // What is recovered saves and reads back as a current store.
    assert_eq!(
        load(Some(&encode(&salvaged.store))),
        Loaded::Current(salvaged.store.clone())
    );
}

#[test]
fn a_plan_without_a_readable_name_is_named_by_its_position() {
    let raw = three_plans_with(|v| v["plans"][2] = json!(["not", "a", "plan"]));
    let salvaged = salvage(&raw).unwrap();
    assert_eq!(salvaged.store.plans.len(), 2);
    assert_eq!(salvaged.lost[0].position, 3);
    assert_eq!(salvaged.lost[0].name, None);
    assert!(
        lost_plans_text(Locale::It, &salvaged.lost)
            .unwrap()
            .contains("piano 3 (")
    );
}

#[test]
fn duplicate_ids_and_odd_preferences_lose_no_plan() {
    let raw = three_plans_with(|v| {
        v["plans"][2]["id"] = json!("plan-1");
        v["prefs"] = json!("it");
        v["active"] = json!(7);
    });
    assert!(matches!(load(Some(&raw)), Loaded::Unreadable { .. }));
    let salvaged = salvage(&raw).unwrap();
    let ids: Vec<_> = salvaged.store.plans.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["plan-1", "k7f3-gym", "plan-1-2"]);
    assert!(salvaged.lost.is_empty());
}

#[test]
fn an_oversized_text_recovers_nothing_and_says_why() {
    let raw = format!(
        r#"{{"version":2,"plans":[{{"id":"a","name":"{}"}}]}}"#,
        "n".repeat(MAX_STORE_BYTES)
    );
    let reason = salvage(&raw).unwrap_err();
    assert!(reason.contains("too large"), "{reason}");
    let refused = import_file(&raw).unwrap_err();
    assert!(matches!(
        refused,
        ImportError::Answers(AnswersError::TooLarge { .. })
    ));
    assert!(import_file_error_text(&refused, Locale::En).contains("too large"));
}

#[test]
fn import_reads_an_answers_file_as_before() {
    match import_file(&format!("\u{feff}{DESIGN_EXAMPLE}")) {
        Ok(Imported::Answers(answers)) => assert_eq!(answers.business.name, "Forno Rossi"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn import_reads_every_plan_of_a_whole_store_of_any_version() {
    match import_file(V4) {
        Ok(Imported::Plans(plans)) => {
            assert_eq!(names(&plans.store), ["Forno Rossi", "Kraft Gym – 2027 ☀"]);
            assert!(plans.lost.is_empty());
        }
        other => panic!("{other:?}"),
    }
    match import_file(V1) {
        Ok(Imported::Plans(plans)) => assert_eq!(plans.store.plans.len(), 1),
        other => panic!("{other:?}"),
    }
}

#[test]
fn import_reads_the_readable_plans_of_a_damaged_backup() {
    let raw = three_plans_with(|v| v["plans"][1]["answers"]["business"]["sector"] = json!("gym"));
    match import_file(&raw) {
        Ok(Imported::Plans(plans)) => {
            assert_eq!(names(&plans.store), ["Forno Rossi", "Pasticceria Verdi"]);
            assert_eq!(plans.lost[0].position, 2);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn imported_plans_are_added_beside_the_users_never_over_them() {
    let Loaded::Current(mut mine) = load(Some(V4)) else {
        panic!()
    };
    let before = mine.clone();
    let Ok(Imported::Plans(theirs)) = import_file(V4) else {
        panic!()
    };
    let ids = mine.add_plans(theirs.store.plans);
    assert_eq!(ids, ["plan-1-2", "k7f3-gym-2"]);
    assert_eq!(mine.plans.len(), 4);
    assert_eq!(
        &mine.plans[..2],
        &before.plans[..],
        "the user's plans are untouched"
    );
    assert_eq!(mine.active, before.active, "the open plan stays open");
    // Into an empty store, the first added plan becomes the open one.
    let mut empty = Store::empty();
    let Ok(Imported::Plans(theirs)) = import_file(V4) else {
        panic!()
    };
    empty.add_plans(theirs.store.plans);
    assert_eq!(empty.active.as_deref(), Some("plan-1"));
}

#[test]
fn a_newer_store_foreign_json_or_nothing_readable_is_refused_clearly_in_both_languages() {
    let newer = V4.replacen("\"version\": 4", "\"version\": 5", 1);
    let nothing = r#"{"version":2,"plans":[{"id":"a"}]}"#;
    let cases = [
        (newer.as_str(), "versione più recente", "newer version"),
        (
            r#"{"todos":[{"title":"milk"}]}"#,
            "non è un file di Rotta",
            "not a Rotta file",
        ),
        (nothing, "nessuno è leggibile", "none of them can be read"),
        (
            r#"{"version":"two","plans":[]}"#,
            "nessuno è leggibile",
            "none of them can be read",
        ),
        (
            "{ not json",
            "non è un file di risposte valido",
            "not a valid",
        ),
    ];
    for (text, italian, english) in cases {
        let error = import_file(text).expect_err(text);
        let it = import_file_error_text(&error, Locale::It);
        let en = import_file_error_text(&error, Locale::En);
        assert!(it.contains(italian), "{text}: {it}");
        assert!(en.contains(english), "{text}: {en}");
        assert!(
            en.ends_with("Your current data has not been touched."),
            "{en}"
        );
        assert!(!error.to_string().is_empty());
    }
    assert!(matches!(
        import_file(&newer),
        Err(ImportError::NewerStore { version: 5 })
    ));
}

#[test]
fn a_kept_copy_of_bare_answers_restores_as_one_plan_named_after_the_business() {
    let Ok(imported) = import_file(DESIGN_EXAMPLE) else {
        panic!()
    };
    let plans = imported.into_plans("p-new".into(), 42);
    assert_eq!(plans.len(), 1);
    assert_eq!(
        (plans[0].id.as_str(), plans[0].name.as_str()),
        ("p-new", "Forno Rossi")
    );
    assert_eq!(plans[0].created_ms, 42);
}
