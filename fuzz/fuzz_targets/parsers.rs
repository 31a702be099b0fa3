//! Every parser of untrusted text in Rotta's core, fed the same bytes: the answers file
//! (import), the localStorage envelope (load, salvage, migrations) and the share link.
//!
//! None of them may panic, and what they accept must survive the round trip the app makes
//! with it: answers that import are exported and imported again unchanged; a store that loads
//! (or migrates, or is salvaged) is saved and loads again unchanged, as the current version;
//! answers that import can be shared and the link reads back exactly. Stored JSON text may
//! read a 17-digit number back one unit in the last place off (serde_json without
//! `float_roundtrip`, see docs/storage.md), so the text round trips compare numbers to that
//! precision; the share link keeps exact bits and is compared exactly.

#![no_main]

use libfuzzer_sys::fuzz_target;
use rotta::core::model::{Answers, AnswersError, MAX_ANSWERS_BYTES};
use rotta::core::share::{ShareError, answers_from_fragment, share_fragment};
use rotta::core::store::{
    BARE_ANSWERS_VERSION, Loaded, STORE_VERSION, Store, encode, load, migrate_to_current, salvage,
};
use serde_json::Value;

fuzz_target!(|data: &[u8]| {
    // The browser hands the app text, never bytes: invalid UTF-8 cannot reach the parsers.
    let text = String::from_utf8_lossy(data);
    imported_answers(&text);
    stored_envelope(&text);
    salvaged_plans(&text);
    shared_link(&text);
    migrations(&text);
});

/// An answers file: if it imports, its export imports again to the same answers, and it can
/// be shared.
fn imported_answers(text: &str) {
    let Ok(answers) = Answers::from_json(text) else {
        return;
    };
    for exported in [answers.to_json(), answers.to_json_pretty()] {
        match Answers::from_json(&exported) {
            Ok(again) => assert_same(&answers, &again, "answers export → import"),
            // Only possible for an input already at the size cap, whose export got longer.
            Err(AnswersError::TooLarge { .. }) => assert!(exported.len() > MAX_ANSWERS_BYTES),
            Err(error) => panic!("exported answers do not import: {error}\n{exported}"),
        }
    }
    match answers_from_fragment(&share_fragment(&answers)) {
        Ok(shared) => assert_eq!(shared, answers, "share link round trip"),
        Err(ShareError::TooLarge) => {}
        Err(error) => panic!("the share link of imported answers does not open: {error}"),
    }
}

/// The localStorage envelope: every outcome is consistent with the text, and whatever loads
/// is saved and loads again as the current version, unchanged.
fn stored_envelope(text: &str) {
    match load(Some(text)) {
        Loaded::Empty => assert!(text.trim().is_empty(), "non-blank text loaded as empty"),
        Loaded::Current(store) => reloads_unchanged(&store, "current store"),
        Loaded::Migrated {
            store,
            from_version,
        } => {
            assert!(from_version < STORE_VERSION, "migrated from {from_version}");
            reloads_unchanged(&store, "migrated store");
        }
        Loaded::Unreadable { raw, .. } => assert_eq!(raw, text, "the backup must be the raw text"),
        Loaded::Newer { version } => assert!(version > STORE_VERSION, "newer {version}"),
    }
}

/// The plans recovered from any text are a store that saves and loads back.
fn salvaged_plans(text: &str) {
    if let Ok(salvaged) = salvage(text) {
        reloads_unchanged(&salvaged.store, "salvaged store");
    }
}

/// A share link (the address fragment): whatever opens can be shared again identically.
fn shared_link(text: &str) {
    if let Ok(answers) = answers_from_fragment(text) {
        let again = answers_from_fragment(&share_fragment(&answers));
        assert_eq!(again.as_ref(), Ok(&answers), "share link re-share");
    }
}

/// The migration chain on any JSON object, from every version: it never panics, reaches the
/// current version and keeps the answers it was given.
fn migrations(text: &str) {
    let Ok(Value::Object(document)) = serde_json::from_str::<Value>(text) else {
        return;
    };
    for from in [
        BARE_ANSWERS_VERSION,
        1,
        STORE_VERSION,
        STORE_VERSION + 1,
        u32::MAX,
    ] {
        let Ok(migrated) = migrate_to_current(from, document.clone()) else {
            continue;
        };
        if from >= STORE_VERSION {
            assert_eq!(
                migrated, document,
                "a current or newer envelope is left alone"
            );
            continue;
        }
        assert_eq!(
            migrated.get("version").and_then(Value::as_u64),
            Some(u64::from(STORE_VERSION)),
            "migrated from {from}"
        );
        let kept = Value::Object(migrated).pointer("/plans/0/answers").cloned();
        let given = if from == BARE_ANSWERS_VERSION {
            Some(Value::Object(document.clone()))
        } else {
            document.get("answers").filter(|a| !a.is_null()).cloned()
        };
        assert_eq!(kept, given, "the answers survive the migration from {from}");
    }
}

/// Saves `store` as the app does and loads it back: the current version, the same plans.
fn reloads_unchanged(store: &Store, what: &str) {
    assert_eq!(store.version, STORE_VERSION, "{what}: version");
    if let Some(active) = &store.active {
        assert!(
            store.plans.iter().any(|p| &p.id == active),
            "{what}: the active plan {active:?} does not exist"
        );
    } else {
        assert!(store.plans.is_empty(), "{what}: plans but none active");
    }
    let saved = encode(store);
    match load(Some(&saved)) {
        Loaded::Current(again) => assert_same(store, &again, what),
        other => panic!("{what}: saved and loaded back as {other:?}\n{saved}"),
    }
}

/// Equal, except that numbers may differ in the last place (see the module doc).
fn assert_same<T: serde::Serialize>(left: &T, right: &T, what: &str) {
    let (Ok(left), Ok(right)) = (serde_json::to_value(left), serde_json::to_value(right)) else {
        panic!("{what}: does not serialise");
    };
    assert!(
        same_up_to_last_digit(&left, &right),
        "{what}: changed on the round trip\n{left}\n{right}"
    );
}

fn same_up_to_last_digit(left: &Value, right: &Value) -> bool {
    match (left, right) {
        (Value::Number(a), Value::Number(b)) if a != b => match (a.as_f64(), b.as_f64()) {
            (Some(a), Some(b)) => (a - b).abs() <= 2.0 * f64::EPSILON * a.abs().max(b.abs()),
            _ => false,
        },
        (Value::Array(a), Value::Array(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(a, b)| same_up_to_last_digit(a, b))
        }
        (Value::Object(a), Value::Object(b)) => {
            a.len() == b.len()
                && a.iter()
                    .all(|(k, v)| b.get(k).is_some_and(|w| same_up_to_last_digit(v, w)))
        }
        _ => left == right,
    }
}
