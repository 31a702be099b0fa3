//! Fields this build does not know (written by a newer Rotta) survive load, edit, save,
//! export, import, share links, plan operations and the two-tab merge (issue #12 §4: "the
//! new fields vanished after I used the old tab").

use rotta::core::model::Answers;
use rotta::core::share::{answers_from_fragment, share_fragment};
use rotta::core::store::{
    Loaded, OtherTab, STORE_VERSION, Store, encode, follow_other_tab, import_answers, load,
};
use serde_json::{Value, json};

const V4: &str = include_str!("fixtures/store/v4.json");
const DESIGN_EXAMPLE: &str = include_str!("fixtures/answers_design_example.json");

/// Adds a newer build's fields to an answers document: at the top, inside `business`, inside
/// `budget.split` (an optional object), inside the first key date (an item of a list) and
/// inside the first channel.
fn with_unknown_answers(answers: &mut Value) {
    answers["sentiment"] = json!({"tone": "warm", "scores": [1, 2.5, null]});
    answers["business"]["founded"] = json!(1987);
    answers["business"]["tax"] = json!({"vat": "IT01234567890"});
    answers["budget"]["split"] =
        json!({"ads": 100, "content": 50, "management": 0, "tools": 10, "influencers": 40});
    answers["calendar"]["key_dates"][0]["reminder_days"] = json!(3);
    answers["channels"]["current"][0]["handle"] = json!("@fornorossi");
}

/// The v2 fixture with a newer build's fields at every level: envelope, the first plan,
/// prefs and the answers of both plans.
fn v2_with_unknown_fields() -> Value {
    let mut store: Value = serde_json::from_str(V4).unwrap();
    store["sync"] = json!({"device": "tablet", "seq": 41});
    store["plans"][0]["color"] = json!("#ffaa00");
    store["plans"][0]["tags"] = json!(["bakery", "2027"]);
    store["prefs"]["theme"] = json!("dark");
    with_unknown_answers(&mut store["plans"][0]["answers"]);
    with_unknown_answers(&mut store["plans"][1]["answers"]);
    store
}

fn current(raw: &str) -> Store {
    match load(Some(raw)) {
        Loaded::Current(store) => store,
        other => panic!("expected a current store, got {other:?}"),
    }
}

fn parsed(text: &str) -> Value {
    serde_json::from_str(text).unwrap()
}

#[test]
fn the_fixture_has_a_key_date_and_a_channel_to_hold_fields() {
    let store: Value = serde_json::from_str(V4).unwrap();
    assert!(store["plans"][0]["answers"]["calendar"]["key_dates"][0].is_object());
    assert!(store["plans"][0]["answers"]["channels"]["current"][0].is_object());
}

#[test]
fn a_store_with_unknown_fields_saves_back_with_all_of_them() {
    let original = v2_with_unknown_fields();
    let store = current(&original.to_string());
    assert_eq!(
        parsed(&encode(&store)),
        original,
        "load then save changes nothing"
    );
}

#[test]
fn editing_a_field_keeps_every_unknown_field_and_applies_the_edit() {
    let original = v2_with_unknown_fields();
    let mut store = current(&original.to_string());
    let mut answers = store.active_plan().unwrap().answers.clone();
    answers.business.name = "Forno Rossi & figli".into();
    answers.business.value_proposition = "Pane di notte.".into();
    answers.budget.split.as_mut().unwrap().ads = 120.0;
    store.set_active_answers(answers, 1_800_000_000_000);

    // The active plan is the second one, Kraft Gym.
    let mut expected = original;
    let plan = &mut expected["plans"][1];
    plan["updated_ms"] = json!(1_800_000_000_000_i64);
    plan["answers"]["business"]["name"] = json!("Forno Rossi & figli");
    plan["answers"]["business"]["value_proposition"] = json!("Pane di notte.");
    plan["answers"]["budget"]["split"]["ads"] = json!(120);
    assert_eq!(parsed(&encode(&store)), expected);
}

#[test]
fn a_known_value_always_wins_over_a_kept_one() {
    let mut answers: Value = serde_json::from_str(DESIGN_EXAMPLE).unwrap();
    with_unknown_answers(&mut answers);
    let mut read = Answers::from_value(answers).unwrap();
    // The optional object that held unknown fields is cleared: this build's null stands.
    read.budget.split = None;
    let written = parsed(&read.to_json());
    assert_eq!(written["budget"]["split"], Value::Null);
    assert_eq!(written["sentiment"]["tone"], json!("warm"));
}

#[test]
fn removing_a_list_item_takes_its_unknown_fields_with_it_and_equality_follows_the_json() {
    let mut answers: Value = serde_json::from_str(DESIGN_EXAMPLE).unwrap();
    with_unknown_answers(&mut answers);
    let mut read = Answers::from_value(answers).unwrap();
    read.calendar.key_dates.clear();
    let written = read.to_json();
    assert!(!written.contains("reminder_days"));
    assert!(written.contains("\"founded\":1987"));
    // What is read back writes the same JSON, so it is the same answers (no phantom edit,
    // no "(other tab)" copy when two tabs compare them).
    let read_back = Answers::from_json(&written).unwrap();
    assert_eq!(read_back, read);
    assert_eq!(read_back.to_json(), written);
}

#[test]
fn answers_with_different_unknown_fields_are_different_answers() {
    let plain = Answers::from_json(DESIGN_EXAMPLE).unwrap();
    let mut value: Value = serde_json::from_str(DESIGN_EXAMPLE).unwrap();
    value["business"]["founded"] = json!(1987);
    let with_field = Answers::from_value(value.clone()).unwrap();
    assert_ne!(plain, with_field);
    value["business"]["founded"] = json!(1988);
    assert_ne!(Answers::from_value(value).unwrap(), with_field);
    // An explicit default for a known field is not an unknown field.
    let explicit_mix = DESIGN_EXAMPLE.replacen('{', "{\"mix\": \"80_20\",", 1);
    assert_eq!(Answers::from_json(&explicit_mix).unwrap(), plain);
}

#[test]
fn the_exported_answers_file_holds_the_unknown_fields() {
    let original = v2_with_unknown_fields();
    let store = current(&original.to_string());
    let exported = store.active_plan().unwrap().answers.to_json_pretty();
    assert_eq!(parsed(&exported), original["plans"][1]["answers"]);
}

#[test]
fn an_imported_file_keeps_its_unknown_fields_in_the_store() {
    let mut file: Value = serde_json::from_str(DESIGN_EXAMPLE).unwrap();
    with_unknown_answers(&mut file);
    let text = format!("\u{feff}{}", serde_json::to_string_pretty(&file).unwrap());
    let imported = import_answers(&text).unwrap();
    let mut store = current(V4);
    store.add_plan(imported, "imported".into(), "Imported".into(), 5);
    let saved = parsed(&encode(&current(&encode(&store))));
    let plan = saved["plans"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == "imported")
        .unwrap();
    assert_eq!(plan["answers"], file);
}

#[test]
fn a_share_link_carries_the_unknown_fields() {
    let mut file: Value = serde_json::from_str(DESIGN_EXAMPLE).unwrap();
    with_unknown_answers(&mut file);
    let answers = Answers::from_value(file.clone()).unwrap();
    let opened = answers_from_fragment(&share_fragment(&answers)).unwrap();
    assert_eq!(opened, answers);
    assert_eq!(parsed(&opened.to_json()), file);
}

#[test]
fn duplicating_copies_the_answers_fields_and_leaves_the_plans_own_to_the_original() {
    let mut store = current(&v2_with_unknown_fields().to_string());
    assert!(store.duplicate("plan-1", "copy".into(), 9));
    let saved = parsed(&encode(&store));
    let plans = saved["plans"].as_array().unwrap();
    assert_eq!(
        plans[0]["color"],
        json!("#ffaa00"),
        "the original keeps its own"
    );
    assert_eq!(plans[1]["id"], json!("copy"));
    assert_eq!(plans[1].get("color"), None);
    assert_eq!(plans[1]["answers"], plans[0]["answers"]);
    assert_eq!(
        plans[1]["answers"]["calendar"]["key_dates"][0]["reminder_days"],
        json!(3)
    );
}

#[test]
fn the_other_tabs_unknown_fields_survive_the_merge_with_unsaved_edits_here() {
    // This tab loaded the plain fixture; the other tab (a newer build of the same store
    // version) saved the store with its fields; this tab has an unsaved edit of another plan.
    let base = current(V4);
    let mut ours = base.clone();
    ours.add_plan(
        Answers::from_json(DESIGN_EXAMPLE).unwrap(),
        "here".into(),
        "Here".into(),
        1_900_000_000_000,
    );
    let theirs = v2_with_unknown_fields();
    let merged = match follow_other_tab(&ours, &base, Some(&theirs.to_string())) {
        OtherTab::Merged { merged, .. } => merged,
        other => panic!("expected a merge, got {other:?}"),
    };
    let saved = parsed(&encode(&merged));
    assert_eq!(saved["sync"], theirs["sync"]);
    assert_eq!(saved["prefs"]["theme"], json!("dark"));
    let plan = saved["plans"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == "plan-1")
        .unwrap();
    assert_eq!(plan, &theirs["plans"][0]);
}

#[test]
fn following_the_other_tab_without_edits_here_is_not_an_edit() {
    let text = v2_with_unknown_fields().to_string();
    let ours = current(&text);
    // The key holds what this tab has: nothing to follow, nothing to save.
    match follow_other_tab(&ours, &ours, Some(&text)) {
        OtherTab::Keep => {}
        OtherTab::Follow(store) => assert_eq!(store, ours),
        other => panic!("expected nothing to do, got {other:?}"),
    }
}

#[test]
fn a_store_of_a_newer_version_is_not_read_as_this_one() {
    let mut newer = v2_with_unknown_fields();
    newer["version"] = json!(STORE_VERSION + 1);
    assert_eq!(
        load(Some(&newer.to_string())),
        Loaded::Newer {
            version: STORE_VERSION + 1
        }
    );
}
