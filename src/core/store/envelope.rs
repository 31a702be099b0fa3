//! Reading and writing the envelope's text: size cap, JSON, version, migration, validation.
//!
//! A store is read whole or not at all: one broken plan makes the whole envelope
//! [`Loaded::Unreadable`], so its raw text goes to the backup key untouched, and [`salvage`]
//! can then recover the plans that are still readable. Nothing is ever dropped silently.

use super::migrate::{BARE_ANSWERS_VERSION, migrate_to_current};
use super::{Loaded, Prefs, STORE_VERSION, Store, StoredPlan};
use crate::core::model::{Answers, Locale, READABLE_ANSWERS_SCHEMAS};
use crate::core::unknown::UnknownFields;
use serde_json::{Map, Value};

/// Stored text longer than this (in bytes) is refused before parsing. Browsers give
/// localStorage about 5 million characters per site; anything near that is not ours.
pub const MAX_STORE_BYTES: usize = 4 * 1024 * 1024;

/// Why a stored text cannot be used as a current store.
enum Refusal {
    /// Written by a newer Rotta.
    Newer(u32),
    /// Corrupted or foreign, with a one-line technical reason.
    Unreadable(String),
}

/// Reads what was found under the store key. `None` (nothing stored) and a blank text are a
/// first visit. Never panics, whatever the text.
pub fn load(raw: Option<&str>) -> Loaded {
    let Some(raw) = raw else { return Loaded::Empty };
    if raw.trim().is_empty() {
        return Loaded::Empty;
    }
    match read(raw, Strictness::WholeOrNothing) {
        Ok((store, _, from)) if from == STORE_VERSION => Loaded::Current(store),
        Ok((store, _, from_version)) => Loaded::Migrated {
            store,
            from_version,
        },
        Err(Refusal::Newer(version)) => Loaded::Newer { version },
        Err(Refusal::Unreadable(reason)) => Loaded::Unreadable {
            raw: raw.to_owned(),
            reason,
        },
    }
}

/// A plan [`salvage`] could not read: where it was, its name when that much is readable,
/// and why, so the user is told exactly what was not recovered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LostPlan {
    /// Its place in the stored list, from 1.
    pub position: usize,
    /// Its name, when the name itself is a text.
    pub name: Option<String>,
    /// A technical, English one-line reason.
    pub reason: String,
}

/// What [`salvage`] recovered from a stored text: a store holding every readable plan (none
/// when nothing could be read), and the plans it had to leave out.
#[derive(Debug, Clone, PartialEq)]
pub struct Salvaged {
    /// The readable plans (duplicate ids made unique), the active plan and the preferences.
    pub store: Store,
    /// The plans that could not be read, in stored order.
    pub lost: Vec<LostPlan>,
}

/// The plans that can still be read from a stored text that [`load`] refuses as a whole:
/// every plan whose answers are valid, with duplicate ids made unique, and what was left out.
/// `Err` (a technical, English reason) when not even the envelope can be read: too large,
/// not JSON, not a Rotta store, written by a newer Rotta. Meant for "recover N plans" after
/// [`Loaded::Unreadable`] and for importing a backup; the raw text stays in the backup either
/// way. Never panics.
pub fn salvage(raw: &str) -> Result<Salvaged, String> {
    match read(raw, Strictness::KeepWhatIsReadable) {
        Ok((store, lost, _)) => Ok(Salvaged { store, lost }),
        Err(Refusal::Newer(version)) => Err(format!(
            "written by a newer Rotta (store version {version})"
        )),
        Err(Refusal::Unreadable(reason)) => Err(reason),
    }
}

/// The whole envelope as compact JSON, as written under the store key.
pub fn encode(store: &Store) -> String {
    crate::core::json::compact(store)
}

/// How to treat a plan that cannot be read.
#[derive(Clone, Copy, PartialEq)]
enum Strictness {
    /// The envelope is refused (load).
    WholeOrNothing,
    /// The plan is skipped (salvage).
    KeepWhatIsReadable,
}

/// The store, the plans left out (only when salvaging) and the version it was written as.
fn read(raw: &str, strictness: Strictness) -> Result<(Store, Vec<LostPlan>, u32), Refusal> {
    if raw.len() > MAX_STORE_BYTES {
        return Err(unreadable(format!(
            "the stored text is too large ({} bytes; at most {MAX_STORE_BYTES})",
            raw.len()
        )));
    }
    let value: Value =
        serde_json::from_str(raw).map_err(|e| unreadable(format!("not valid JSON: {e}")))?;
    let Value::Object(envelope) = value else {
        return Err(unreadable("not a JSON object".into()));
    };
    let from = stored_version(&envelope)?;
    if from > STORE_VERSION {
        return Err(Refusal::Newer(from));
    }
    let current = migrate_to_current(from, envelope).map_err(unreadable)?;
    let (store, lost) = parse_current(current, strictness).map_err(unreadable)?;
    Ok((store, lost, from))
}

fn unreadable(reason: String) -> Refusal {
    Refusal::Unreadable(reason)
}

/// The envelope's version, or [`BARE_ANSWERS_VERSION`] for a bare answers document.
fn stored_version(envelope: &Map<String, Value>) -> Result<u32, Refusal> {
    match envelope.get("version") {
        Some(version) => match version.as_u64() {
            Some(0) | None => Err(unreadable(format!(
                "the version {version} is not a store version"
            ))),
            Some(n) => Ok(u32::try_from(n).unwrap_or(u32::MAX)),
        },
        None => match envelope.get("schema").and_then(Value::as_str) {
            Some(tag) if READABLE_ANSWERS_SCHEMAS.contains(&tag) => Ok(BARE_ANSWERS_VERSION),
            Some(other) => Err(unreadable(format!(
                "a document of another schema ({other:?})"
            ))),
            None => Err(unreadable("not a Rotta store (no version)".into())),
        },
    }
}

/// Validates an envelope of the current version. Unknown fields are tolerated and kept (a
/// newer build may add some; they are written back unchanged); wrong types are refused. An `active` id that names no plan is moved
/// to the first plan, since it carries no user data.
fn parse_current(
    mut envelope: Map<String, Value>,
    strictness: Strictness,
) -> Result<(Store, Vec<LostPlan>), String> {
    let Some(Value::Array(raw_plans)) = envelope.remove("plans") else {
        return Err("the list of plans is missing or not a list".into());
    };
    let mut plans: Vec<StoredPlan> = Vec::with_capacity(raw_plans.len());
    let mut lost = Vec::new();
    for (index, raw_plan) in raw_plans.into_iter().enumerate() {
        // Read before the plan is consumed, to name it if it cannot be read.
        let name = raw_plan
            .get("name")
            .and_then(Value::as_str)
            .map(str::to_owned);
        match parse_plan(raw_plan) {
            Ok(mut plan) => {
                if plans.iter().any(|p| p.id == plan.id) {
                    if strictness == Strictness::WholeOrNothing {
                        return Err(format!("two plans have the id {:?}", plan.id));
                    }
                    plan.id = unique_id(&plans, &plan.id);
                }
                plans.push(plan);
            }
            Err(why) if strictness == Strictness::WholeOrNothing => {
                return Err(format!("plan {}: {why}", index + 1));
            }
            Err(reason) => lost.push(LostPlan {
                position: index + 1,
                name,
                reason,
            }),
        }
    }
    let active = match envelope.remove("active") {
        None | Some(Value::Null) => None,
        Some(Value::String(id)) => Some(id),
        // Which plan was open holds no user data: when salvaging it is not worth failing on.
        Some(_) if strictness == Strictness::KeepWhatIsReadable => None,
        Some(_) => return Err("the active plan is not an id".into()),
    };
    let active = match active {
        Some(id) if plans.iter().any(|p| p.id == id) => Some(id),
        _ => plans.first().map(|p| p.id.clone()),
    };
    let prefs = match parse_prefs(envelope.remove("prefs")) {
        Ok(prefs) => prefs,
        // Preferences hold no plan: when salvaging, odd ones are not worth losing plans over.
        Err(_) if strictness == Strictness::KeepWhatIsReadable => Prefs::default(),
        Err(why) => return Err(why),
    };
    // Every known key has been removed: what is left belongs to a newer build.
    envelope.remove("version");
    let store = Store {
        version: STORE_VERSION,
        plans,
        active,
        prefs,
        unknown: UnknownFields::from_rest(envelope),
    };
    Ok((store, lost))
}

fn parse_plan(raw: Value) -> Result<StoredPlan, String> {
    let Value::Object(mut plan) = raw else {
        return Err("not an object".into());
    };
    let id = match plan.remove("id") {
        Some(Value::String(id)) if !id.is_empty() => id,
        _ => return Err("the id is missing or not a text".into()),
    };
    let name = match plan.remove("name") {
        Some(Value::String(name)) => name,
        _ => return Err("the name is missing or not a text".into()),
    };
    let created_ms = time_field(&mut plan, "created_ms")?;
    let updated_ms = time_field(&mut plan, "updated_ms")?;
    let answers = Answers::from_value(plan.remove("answers").unwrap_or(Value::Null))
        .map_err(|e| format!("answers: {e}"))?;
    Ok(StoredPlan {
        id,
        name,
        created_ms,
        updated_ms,
        answers,
        // Every known key has been removed: what is left belongs to a newer build.
        unknown: UnknownFields::from_rest(plan),
    })
}

fn time_field(plan: &mut Map<String, Value>, field: &str) -> Result<i64, String> {
    plan.remove(field)
        .as_ref()
        .and_then(Value::as_i64)
        .ok_or_else(|| format!("{field} is missing or not a whole number"))
}

fn parse_prefs(raw: Option<Value>) -> Result<Prefs, String> {
    let mut prefs = match raw {
        None | Some(Value::Null) => return Ok(Prefs::default()),
        Some(Value::Object(prefs)) => prefs,
        Some(_) => return Err("the preferences are not an object".into()),
    };
    let locale = match prefs.remove("locale") {
        None | Some(Value::Null) => None,
        Some(Value::String(wire)) => match Locale::from_wire(&wire) {
            Some(locale) => Some(locale),
            None => return Err(format!("unknown language {wire:?}")),
        },
        Some(_) => return Err("the language is not a text".into()),
    };
    // Added later: tolerated when missing or of another type (they hold no user data).
    let last_export_ms = prefs.remove("last_export_ms").and_then(|v| v.as_i64());
    let export_reminded = prefs
        .remove("export_reminded")
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    Ok(Prefs {
        locale,
        last_export_ms,
        export_reminded,
        // Every known key has been removed: what is left belongs to a newer build.
        unknown: UnknownFields::from_rest(prefs),
    })
}

/// `id` with the smallest `-2`, `-3`, … suffix that no plan uses.
pub(super) fn unique_id(plans: &[StoredPlan], id: &str) -> String {
    if !plans.iter().any(|p| p.id == id) {
        return id.to_owned();
    }
    (2u64..)
        .map(|n| format!("{id}-{n}"))
        .find(|candidate| !plans.iter().any(|p| &p.id == candidate))
        .unwrap_or_else(|| id.to_owned())
}
