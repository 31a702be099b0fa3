//! The chain of envelope migrations: each step turns version `n` into version `n + 1`, on
//! plain JSON, so a store written by any older build reaches [`STORE_VERSION`] one step at a
//! time. Steps never drop user data: whatever they cannot place is left for the final
//! validation to refuse, which keeps the raw text in the backup.
//!
//! Versions:
//! - 0 ([`BARE_ANSWERS_VERSION`]): a bare answers document (`"schema": "rotta.answers/1"`),
//!   e.g. an export pasted under the key;
//! - 1: one plan, `{"version":1,"answers":{…},"locale":"it"}`, as an early build wrote it;
//! - 2: several plans, `{"version":2,"plans":[…],"active":…,"prefs":{"locale":…}}`;
//! - 3: the answers may hold `calendar.ideas`;
//! - 4: the answers are `rotta.answers/2` and may hold `checkins` (issue #15).

use super::STORE_VERSION;
use crate::core::l10n::{Msg, t};
use crate::core::model::{ANSWERS_SCHEMA, Locale};
use serde_json::{Map, Value, json};

/// The version given to a bare answers document found under the key.
pub const BARE_ANSWERS_VERSION: u32 = 0;

/// One step: the envelope of version `n` in, version `n + 1` out.
type Migration = fn(Map<String, Value>) -> Result<Map<String, Value>, String>;

/// `MIGRATIONS[n]` migrates version `n` to `n + 1`; the array's length makes the compiler
/// check that the chain reaches [`STORE_VERSION`].
const MIGRATIONS: [Migration; STORE_VERSION as usize] =
    [bare_answers_to_v1, v1_to_v2, v2_to_v3, v3_to_v4];

/// The id given to the single plan of a version 1 envelope.
pub(super) const MIGRATED_PLAN_ID: &str = "plan-1";

/// Migrates `envelope`, written as version `from`, to the current version. A `from` at or
/// above [`STORE_VERSION`] returns the envelope unchanged (the caller refuses newer ones).
pub fn migrate_to_current(
    from: u32,
    envelope: Map<String, Value>,
) -> Result<Map<String, Value>, String> {
    let start = usize::try_from(from).unwrap_or(usize::MAX);
    MIGRATIONS
        .iter()
        .skip(start)
        .try_fold(envelope, |doc, step| step(doc))
}

/// Version 0 → 1: wraps the answers document as the single plan, its language as the
/// preference.
fn bare_answers_to_v1(answers: Map<String, Value>) -> Result<Map<String, Value>, String> {
    let locale = answers.get("locale").cloned().unwrap_or(Value::Null);
    let mut v1 = Map::new();
    v1.insert("version".into(), json!(1));
    v1.insert("answers".into(), Value::Object(answers));
    v1.insert("locale".into(), locale);
    Ok(v1)
}

/// Version 1 → 2: the single plan becomes the first (and active) plan of the list; the
/// language becomes the preference. Creation times are unknown, so they are 0.
fn v1_to_v2(mut v1: Map<String, Value>) -> Result<Map<String, Value>, String> {
    let locale = v1.remove("locale").unwrap_or(Value::Null);
    let answers = v1.remove("answers").unwrap_or(Value::Null);
    let plans = if answers.is_null() {
        Vec::new()
    } else {
        let name = migrated_plan_name(&answers, &locale);
        vec![json!({
            "id": MIGRATED_PLAN_ID,
            "name": name,
            "created_ms": 0,
            "updated_ms": 0,
            "answers": answers,
        })]
    };
    let active = if plans.is_empty() {
        Value::Null
    } else {
        json!(MIGRATED_PLAN_ID)
    };
    let mut v2 = Map::new();
    v2.insert("version".into(), json!(2));
    v2.insert("plans".into(), Value::Array(plans));
    v2.insert("active".into(), active);
    v2.insert("prefs".into(), json!({ "locale": locale }));
    Ok(v2)
}

/// Version 2 → 3: the answers may hold `calendar.ideas` (the post ideas picked with "Another
/// idea", issue #14); a version 2 store has none, which is what an absent list means, so only
/// the version changes. The new version keeps builds that do not know the list from saving
/// over it (they open the store read-only).
fn v2_to_v3(mut v2: Map<String, Value>) -> Result<Map<String, Value>, String> {
    v2.insert("version".into(), json!(3));
    Ok(v2)
}

/// Version 3 → 4: each plan's answers become `rotta.answers/2` (the monthly check-ins,
/// issue #15; a version 3 plan has none, which is what an absent list means). Only a
/// `rotta.answers/1` tag is rewritten: anything else is left for the final validation to
/// refuse, which keeps the raw text in the backup.
fn v3_to_v4(mut v3: Map<String, Value>) -> Result<Map<String, Value>, String> {
    if let Some(Value::Array(plans)) = v3.get_mut("plans") {
        for plan in plans {
            if let Some(schema) = plan.pointer_mut("/answers/schema")
                && schema.as_str() == Some("rotta.answers/1")
            {
                *schema = Value::String(ANSWERS_SCHEMA.into());
            }
        }
    }
    v3.insert("version".into(), json!(4));
    Ok(v3)
}

/// The business's name when there is one, else "My plan" in the plan's language.
fn migrated_plan_name(answers: &Value, locale: &Value) -> String {
    let business_name = answers
        .pointer("/business/name")
        .and_then(Value::as_str)
        .map(str::trim)
        .unwrap_or_default();
    if !business_name.is_empty() {
        return business_name.to_owned();
    }
    let locale = locale
        .as_str()
        .or_else(|| answers.get("locale").and_then(Value::as_str))
        .and_then(Locale::from_wire)
        .unwrap_or(Locale::It);
    t(locale, Msg::StoreUntitledPlan).to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn object(value: Value) -> Map<String, Value> {
        match value {
            Value::Object(map) => map,
            _ => panic!("not an object"),
        }
    }

    #[test]
    fn v2_becomes_v3_with_its_plans_unchanged() {
        let v2 = object(
            json!({"version":2,"plans":[{"id":"a","name":"A","created_ms":1,"updated_ms":2,"answers":{"schema":"rotta.answers/1"}}],"active":"a","prefs":{"locale":"it"}}),
        );
        let v3 = migrate_to_current(2, v2.clone()).unwrap();
        assert_eq!(v3["version"], json!(4));
        for key in ["active", "prefs"] {
            assert_eq!(v3[key], v2[key], "{key}");
        }
    }

    #[test]
    fn v3_becomes_v4_with_answers_of_version_2() {
        let v3 = object(
            json!({"version":3,"plans":[{"id":"a","name":"A","created_ms":1,"updated_ms":2,"answers":{"schema":"rotta.answers/1","goals":{"horizon_months":6}}},{"id":"b","name":"B","created_ms":1,"updated_ms":2,"answers":{"schema":"x/9"}}],"active":"a","prefs":{"locale":"it"}}),
        );
        let v4 = migrate_to_current(3, v3.clone()).unwrap();
        assert_eq!(v4["version"], json!(4));
        assert_eq!(
            v4["plans"][0]["answers"]["schema"],
            json!("rotta.answers/2")
        );
        assert_eq!(
            v4["plans"][0]["answers"]["goals"],
            json!({"horizon_months":6})
        );
        // Not a Rotta tag: left for the validation to refuse.
        assert_eq!(v4["plans"][1]["answers"]["schema"], json!("x/9"));
        for key in ["active", "prefs"] {
            assert_eq!(v4[key], v3[key], "{key}");
        }
    }

    #[test]
    fn every_version_below_the_current_one_has_a_step() {
        assert_eq!(MIGRATIONS.len(), STORE_VERSION as usize);
    }

    #[test]
    fn v1_without_a_business_name_gets_a_name_in_its_language() {
        let v1 = object(json!({"version":1,"answers":{"schema":"rotta.answers/1"},"locale":"en"}));
        let v2 = migrate_to_current(1, v1).unwrap();
        assert_eq!(v2["plans"][0]["name"], json!("My plan"));
        assert_eq!(v2["prefs"]["locale"], json!("en"));
    }

    #[test]
    fn v1_without_answers_becomes_an_empty_list() {
        let v2 = migrate_to_current(1, object(json!({"version":1,"locale":"it"}))).unwrap();
        assert_eq!(v2["plans"], json!([]));
        assert_eq!(v2["active"], Value::Null);
    }

    #[test]
    fn a_current_or_newer_version_is_left_alone() {
        let doc = object(json!({"version":4,"plans":[]}));
        assert_eq!(migrate_to_current(4, doc.clone()).unwrap(), doc);
        assert_eq!(migrate_to_current(u32::MAX, doc.clone()).unwrap(), doc);
    }
}
