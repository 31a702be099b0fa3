//! Two tabs editing the same store: when the other tab saves, this tab receives the new text
//! (the `storage` event) and must follow it without losing its own unsaved edits.
//!
//! [`merge`] is the two-way merge of the brief: per plan the newer `updated_ms` wins and a
//! plan only one side has is kept (a deletion on one side is undone rather than risk losing
//! the other side's plan). [`follow_other_tab`] does better when it knows what this tab last
//! saved (the common base): a plan only one side changed takes that side's version,
//! deletions are honoured unless the other side edited the plan, and when both sides edited
//! the same plan their edits are combined field by field; only when both changed the same
//! field differently does the newer win, the older being kept as a copy named "… (other tab)".
//!
//! [`before_write`] applies the same three-way merge to every write: a tab that missed the
//! other tab's save (frozen, restored from the back/forward cache, or simply slower) re-reads
//! the key before writing, so it can never put an older envelope over a newer plan.

use super::envelope::unique_id;
use super::{Loaded, Prefs, STORE_VERSION, Store, StoredPlan, load};
use crate::core::l10n::{Msg, t};
use crate::core::model::{Answers, Locale};
use serde_json::{Map, Value};

/// Merges two versions of the store without a common base. Per plan id the newer
/// `updated_ms` wins; on a tie with different contents ours wins and theirs is kept as a
/// copy. Plans only one side has are kept. The active plan and the preferences are ours
/// (this tab's), the active plan falling back to theirs if ours no longer exists.
pub fn merge(ours: &Store, theirs: &Store) -> Store {
    let mut plans: Vec<StoredPlan> = Vec::new();
    let mut conflict_copies: Vec<StoredPlan> = Vec::new();
    for our in &ours.plans {
        match theirs.plan(&our.id) {
            Some(their) if their.updated_ms > our.updated_ms => plans.push(their.clone()),
            Some(their) if their.updated_ms == our.updated_ms && their != our => {
                plans.push(our.clone());
                conflict_copies.push(their.clone());
            }
            _ => plans.push(our.clone()),
        }
    }
    for their in &theirs.plans {
        if ours.plan(&their.id).is_none() {
            plans.push(their.clone());
        }
    }
    finish(plans, conflict_copies, ours, theirs, ours.prefs.clone())
}

/// Merges with the common base `base` (the store as this tab last saved or loaded it).
fn merge_with_base(base: &Store, ours: &Store, theirs: &Store) -> Store {
    let mut ids: Vec<&str> = Vec::new();
    for plan in ours.plans.iter().chain(&theirs.plans).chain(&base.plans) {
        if !ids.contains(&plan.id.as_str()) {
            ids.push(&plan.id);
        }
    }
    let mut plans: Vec<StoredPlan> = Vec::new();
    let mut conflict_copies: Vec<StoredPlan> = Vec::new();
    for id in ids {
        let (before, our, their) = (base.plan(id), ours.plan(id), theirs.plan(id));
        let kept = match (our != before, their != before) {
            (false, _) => their,
            (true, false) => our,
            (true, true) => match (before, our, their) {
                (before, Some(our), Some(their)) if our != their => {
                    if let Some(combined) = before.and_then(|b| combine(b, our, their)) {
                        plans.push(combined);
                        continue;
                    }
                    let (newer, older) = if their.updated_ms > our.updated_ms {
                        (their, our)
                    } else {
                        (our, their)
                    };
                    conflict_copies.push(older.clone());
                    Some(newer)
                }
                // Same edit on both sides, or one side deleted what the other edited: keep
                // whichever still has it.
                (_, our, their) => our.or(their),
            },
        };
        if let Some(plan) = kept {
            plans.push(plan.clone());
        }
    }
    // Preferences hold no typed text: this tab's when it changed them, else the other's.
    let prefs = if ours.prefs == base.prefs {
        theirs.prefs.clone()
    } else {
        ours.prefs.clone()
    };
    finish(plans, conflict_copies, ours, theirs, prefs)
}

/// A plan both tabs changed since `base`, with both edits when they touched different
/// answers (and at most one side renamed it); `None` when both changed one field differently,
/// which the caller resolves by keeping both versions. Lists are single values here: two
/// different edits of one list are a conflict, never a guess.
fn combine(base: &StoredPlan, ours: &StoredPlan, theirs: &StoredPlan) -> Option<StoredPlan> {
    let name = merge_values(
        Some(&Value::String(base.name.clone())),
        Some(&Value::String(ours.name.clone())),
        Some(&Value::String(theirs.name.clone())),
    )
    .ok()?;
    let Some(Value::String(name)) = name else {
        return None;
    };
    let as_json = |answers: &Answers| serde_json::to_value(answers).ok();
    let answers = merge_values(
        Some(&as_json(&base.answers)?),
        Some(&as_json(&ours.answers)?),
        Some(&as_json(&theirs.answers)?),
    )
    .ok()??;
    let answers = Answers::from_value(answers).ok()?;
    Some(StoredPlan {
        name,
        answers,
        updated_ms: ours.updated_ms.max(theirs.updated_ms),
        ..ours.clone()
    })
}

/// Both sides changed one value differently.
struct Conflict;

/// The three-way merge of one JSON value (`None`: absent). A side that did not change it
/// takes the other's; objects changed on both sides are merged key by key; anything else
/// changed differently on both sides is a [`Conflict`].
fn merge_values(
    base: Option<&Value>,
    ours: Option<&Value>,
    theirs: Option<&Value>,
) -> Result<Option<Value>, Conflict> {
    if ours == base {
        return Ok(theirs.cloned());
    }
    if theirs == base || ours == theirs {
        return Ok(ours.cloned());
    }
    let (Some(Value::Object(base)), Some(Value::Object(ours)), Some(Value::Object(theirs))) =
        (base, ours, theirs)
    else {
        return Err(Conflict);
    };
    let mut merged = Map::new();
    for key in ours.keys().chain(theirs.keys()).chain(base.keys()) {
        if merged.contains_key(key) {
            continue;
        }
        if let Some(value) = merge_values(base.get(key), ours.get(key), theirs.get(key))? {
            merged.insert(key.clone(), value);
        }
    }
    Ok(Some(Value::Object(merged)))
}

/// What a tab must do before it writes `next`, given `base` (the store as it last read or
/// wrote it) and `stored`, the text under the key now.
#[derive(Debug, Clone, PartialEq)]
pub enum BeforeWrite {
    /// Nothing was written since `base` (or the key was emptied): write `next` as it is.
    Write,
    /// Another tab saved since `base`: write this merge of both instead (edits combined, a
    /// field both changed kept twice, the older as "… (other tab)"), and show it.
    Merged(Store),
    /// Something unreadable is under the key: keep it aside (a backup) before writing `next`.
    KeepAside(String),
    /// A newer Rotta wrote the key: write nothing from now on.
    ReadOnly { version: u32 },
}

/// Decides how to write `next` over what is stored now (see [`BeforeWrite`]).
pub fn before_write(base: &Store, next: &Store, stored: Option<&str>) -> BeforeWrite {
    match load(stored) {
        // The key was emptied elsewhere: writing back loses nothing.
        Loaded::Empty => BeforeWrite::Write,
        Loaded::Current(theirs) | Loaded::Migrated { store: theirs, .. } => {
            if theirs == *base {
                BeforeWrite::Write
            } else {
                BeforeWrite::Merged(merge_with_base(base, next, &theirs))
            }
        }
        Loaded::Unreadable { raw, .. } => BeforeWrite::KeepAside(raw),
        Loaded::Newer { version } => BeforeWrite::ReadOnly { version },
    }
}

/// Adds the conflict copies (renamed, with fresh ids), restores creation order and picks the
/// active plan.
fn finish(
    mut plans: Vec<StoredPlan>,
    conflict_copies: Vec<StoredPlan>,
    ours: &Store,
    theirs: &Store,
    prefs: Prefs,
) -> Store {
    let locale = ours.prefs.locale.unwrap_or(Locale::It);
    for mut copy in conflict_copies {
        copy.id = unique_id(&plans, &copy.id);
        copy.name = format!("{} {}", copy.name, t(locale, Msg::StoreOtherTabSuffix));
        plans.push(copy);
    }
    // Stable: plans created at the same time keep the order above.
    crate::core::order::sort_by_key(&mut plans, |p| p.created_ms);
    let exists = |id: &Option<String>| {
        id.as_ref()
            .is_some_and(|id| plans.iter().any(|p| &p.id == id))
    };
    let active = if exists(&ours.active) {
        ours.active.clone()
    } else if exists(&theirs.active) {
        theirs.active.clone()
    } else {
        plans.first().map(|p| p.id.clone())
    };
    // The chosen preferences and our envelope fields, with what only the other side holds of
    // a newer build's fields (nothing is dropped; where both have one, the chosen side wins
    // like the known ones).
    let mut prefs = prefs;
    let other_unknown = if prefs == ours.prefs {
        &theirs.prefs.unknown
    } else {
        &ours.prefs.unknown
    };
    prefs.unknown = prefs.unknown.or(other_unknown);
    Store {
        version: STORE_VERSION,
        plans,
        active,
        prefs,
        unknown: ours.unknown.or(&theirs.unknown),
    }
}

/// What this tab does when the other tab has written the store.
#[derive(Debug, Clone, PartialEq)]
pub enum OtherTab {
    /// Take this store as it is: this tab had nothing unsaved, or the merge equals theirs.
    /// Nothing to save.
    Follow(Store),
    /// This tab had unsaved edits: `merged` is the store to show and save, `theirs` what is
    /// under the key now (the new base of `ui::persist::Persistence`). Show
    /// [`StorageNotice::MergedOtherTab`](super::StorageNotice::MergedOtherTab).
    Merged { merged: Store, theirs: Store },
    /// Nothing usable arrived (the key was removed, or holds something unreadable): keep
    /// this tab's store as it is and save only when the user edits again.
    Keep,
    /// The other tab runs a newer Rotta: stop saving here (read-only) and show
    /// [`StorageNotice::Newer`](super::StorageNotice::Newer).
    ReadOnly { version: u32 },
}

/// Decides how to follow the other tab. `ours` is this tab's store now, `base` the store as
/// this tab last saved or loaded it (an empty store on a first visit), `their_raw` the new
/// text under the store key (`None` if it was removed).
pub fn follow_other_tab(ours: &Store, base: &Store, their_raw: Option<&str>) -> OtherTab {
    let theirs = match load(their_raw) {
        Loaded::Current(store) | Loaded::Migrated { store, .. } => store,
        Loaded::Newer { version } => return OtherTab::ReadOnly { version },
        Loaded::Empty | Loaded::Unreadable { .. } => return OtherTab::Keep,
    };
    if theirs == *base {
        // What this tab already has (a re-read after the page was hidden): nothing to do.
        return OtherTab::Keep;
    }
    if ours == base {
        // Nothing unsaved here; keep our choice of active plan when it still exists.
        let mut followed = theirs;
        if ours
            .active
            .as_ref()
            .is_some_and(|id| followed.plan(id).is_some())
        {
            followed.active = ours.active.clone();
        }
        return OtherTab::Follow(followed);
    }
    let merged = merge_with_base(base, ours, &theirs);
    if merged.plans == theirs.plans
        && merged.prefs == theirs.prefs
        && merged.unknown == theirs.unknown
    {
        OtherTab::Follow(merged)
    } else {
        OtherTab::Merged { merged, theirs }
    }
}
