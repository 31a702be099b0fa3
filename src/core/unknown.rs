//! Fields this build does not know, kept so that they are written back unchanged.
//!
//! A newer Rotta may add fields to the answers or to the store envelope. Reading such data
//! into this build's types would silently drop them, and the next save, export or import
//! would lose them for good (issue #12 §4: "the new fields vanished after I used the old
//! tab"). So what this build does not know is kept beside what it does:
//!
//! - [`subtract`] computes the unknown part: the JSON that was read minus what this build
//!   writes for it (object by object, key by key; arrays element by element by position);
//! - [`overlay`] puts it back over what this build writes: keys this build does not write
//!   are added, nested objects and arrays are merged the same way, and a value this build
//!   writes always wins.
//!
//! Pure functions on `serde_json::Value`: no knowledge of the answers' shape.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// The part of a JSON object this build does not know: keys it does not write (with their
/// whole value), and, under keys it does write, the unknown part of the nested object or
/// array. Empty for everything this build wrote itself.
///
/// Serialised as the plain map, so `#[serde(flatten)]` writes the unknown keys of an
/// envelope object next to the known ones.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct UnknownFields(Map<String, Value>);

impl UnknownFields {
    /// Unknown fields from an object whose known keys have already been removed.
    pub fn from_rest(rest: Map<String, Value>) -> Self {
        UnknownFields(rest)
    }

    /// The unknown part of `original` (as read) against `known` (what this build writes for
    /// it). Empty unless both are objects and `original` holds something `known` lacks.
    pub fn of(original: &Value, known: &Value) -> Self {
        match subtract(original, known) {
            Some(Value::Object(map)) => UnknownFields(map),
            _ => UnknownFields::default(),
        }
    }

    /// True when there is nothing to keep.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The unknown fields as a JSON object.
    pub fn as_map(&self) -> &Map<String, Value> {
        &self.0
    }

    /// Writes the unknown fields over `target` (what this build writes), see [`overlay`].
    pub fn overlay_onto(&self, target: &mut Value) {
        if let Value::Object(target) = target {
            overlay_map(target, &self.0);
        }
    }

    /// What of these fields still shows over `known`: the ones a known value no longer
    /// hides (e.g. an item of a list that has since been removed takes its unknown fields
    /// with it). Two answers with the same known part write the same JSON exactly when
    /// their unknown fields are the same by this measure.
    pub fn showing_over(&self, known: &Value) -> Self {
        let mut written = known.clone();
        self.overlay_onto(&mut written);
        UnknownFields::of(&written, known)
    }

    /// These fields, plus those of `other` under keys these lack (these win): for merging
    /// two versions of the same envelope object.
    pub fn or(&self, other: &UnknownFields) -> Self {
        let mut merged = self.0.clone();
        for (key, value) in &other.0 {
            if !merged.contains_key(key) {
                merged.insert(key.clone(), value.clone());
            }
        }
        UnknownFields(merged)
    }
}

/// What `original` holds that `known` does not, or `None` when nothing.
///
/// - two objects: the keys `known` lacks, with their whole value, and for keys both have,
///   the unknown part of the two values when there is one;
/// - two arrays: element by element by position, an array as long as `original` holding
///   each element's unknown part, `null` where there is none;
/// - anything else: `None` — for a value this build knows, its own value is what counts.
///
/// Never `Some(Value::Null)`, so `null` in an array of unknown parts means "nothing".
pub fn subtract(original: &Value, known: &Value) -> Option<Value> {
    match (original, known) {
        (Value::Object(original), Value::Object(known)) => {
            let mut rest = Map::new();
            for (key, value) in original {
                let part = match known.get(key) {
                    None => Some(value.clone()),
                    Some(known) => subtract(value, known),
                };
                if let Some(part) = part {
                    rest.insert(key.clone(), part);
                }
            }
            (!rest.is_empty()).then_some(Value::Object(rest))
        }
        (Value::Array(original), Value::Array(known)) => {
            let parts: Vec<Value> = original
                .iter()
                .enumerate()
                .map(|(index, value)| {
                    known
                        .get(index)
                        .and_then(|known| subtract(value, known))
                        .unwrap_or(Value::Null)
                })
                .collect();
            parts
                .iter()
                .any(|part| !part.is_null())
                .then_some(Value::Array(parts))
        }
        _ => None,
    }
}

/// Writes `unknown` (as given by [`subtract`]) over `target`: keys `target` lacks are added
/// with their value; under keys both have, objects and arrays are merged the same way;
/// whatever `target` holds otherwise wins. Array elements past the end of `target` are not
/// added (the list is this build's).
pub fn overlay(target: &mut Value, unknown: &Value) {
    match (target, unknown) {
        (Value::Object(target), Value::Object(unknown)) => overlay_map(target, unknown),
        (Value::Array(target), Value::Array(unknown)) => {
            for (item, part) in target.iter_mut().zip(unknown) {
                overlay(item, part);
            }
        }
        _ => {}
    }
}

fn overlay_map(target: &mut Map<String, Value>, unknown: &Map<String, Value>) {
    for (key, part) in unknown {
        match target.get_mut(key) {
            Some(known) => overlay(known, part),
            None => {
                target.insert(key.clone(), part.clone());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde_json::json;

    #[test]
    fn unknown_keys_at_every_level_are_kept_and_put_back() {
        let original = json!({
            "a": 1, "new_top": {"x": [1, 2]},
            "nested": {"known": "v", "new_inner": true},
            "list": [{"k": 1, "extra": "e0"}, {"k": 2}, {"k": 3, "extra": "e2"}],
            "scalars": [1, 2],
        });
        let known = json!({
            "a": 1, "nested": {"known": "v"},
            "list": [{"k": 1}, {"k": 2}, {"k": 3}], "scalars": [1, 2],
        });
        let unknown = subtract(&original, &known).unwrap();
        assert_eq!(
            unknown,
            json!({
                "new_top": {"x": [1, 2]},
                "nested": {"new_inner": true},
                "list": [{"extra": "e0"}, null, {"extra": "e2"}],
            })
        );
        let mut written = known.clone();
        overlay(&mut written, &unknown);
        assert_eq!(written, original);
    }

    #[test]
    fn known_values_win_and_nothing_known_means_nothing_to_keep() {
        let original = json!({"a": 1, "b": {"c": 2}, "d": 5});
        assert_eq!(subtract(&original, &original), None);
        // A value this build writes differently (a number as 3 rather than 3.0, a changed
        // type) is not unknown: this build's value counts.
        assert_eq!(subtract(&json!({"n": 3.0}), &json!({"n": 3})), None);
        let mut edited = json!({"a": 9, "b": null, "d": 6});
        overlay(&mut edited, &json!({"b": {"x": 1}, "e": 7}));
        assert_eq!(edited, json!({"a": 9, "b": null, "d": 6, "e": 7}));
    }

    #[test]
    fn a_shorter_list_keeps_the_unknown_parts_of_the_items_left() {
        let mut written = json!({"list": [{"k": 1}]});
        overlay(&mut written, &json!({"list": [{"x": 0}, {"x": 1}]}));
        assert_eq!(written, json!({"list": [{"k": 1, "x": 0}]}));
        let unknown = UnknownFields::of(
            &json!({"list": [{"k": 1, "x": 0}, {"k": 2, "x": 1}]}),
            &json!({"list": [{"k": 1}, {"k": 2}]}),
        );
        assert_eq!(
            unknown.showing_over(&json!({"list": [{"k": 1}]})),
            UnknownFields::of(
                &json!({"list": [{"k": 1, "x": 0}]}),
                &json!({"list": [{"k": 1}]})
            )
        );
    }

    #[test]
    fn merged_envelope_fields_prefer_ours() {
        let ours = UnknownFields::from_rest(json!({"a": 1}).as_object().unwrap().clone());
        let theirs = UnknownFields::from_rest(json!({"a": 2, "b": 3}).as_object().unwrap().clone());
        assert_eq!(Value::Object(ours.or(&theirs).0), json!({"a": 1, "b": 3}));
    }

    /// Any JSON value, nested a few levels.
    fn json_value() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::from),
            any::<i64>().prop_map(Value::from),
            "[a-z]{0,6}".prop_map(Value::from),
        ];
        leaf.prop_recursive(3, 24, 4, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
                proptest::collection::btree_map("[a-e]{1,2}", inner, 0..4)
                    .prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        })
    }

    proptest! {
        /// Whatever the known and the unknown JSON, overlaying the unknown part back over
        /// the known gives what was read, whenever the known part is a "sub-document" of it
        /// (which is what deserialising and serialising again gives).
        #[test]
        fn overlay_of_the_difference_restores_the_original(
            known in json_value(),
            extra in json_value(),
        ) {
            let mut original = known.clone();
            overlay(&mut original, &extra);
            let unknown = subtract(&original, &known);
            let mut restored = known.clone();
            if let Some(unknown) = &unknown {
                overlay(&mut restored, unknown);
            }
            prop_assert_eq!(&restored, &original);
            prop_assert_ne!(unknown, Some(Value::Null));
        }
    }
}
