//! One browser's saved plans, as a tab holds them: start-up load, saves, the plan operations,
//! the kept copies, and following another tab (DESIGN §8, `docs/storage.md`).
//!
//! Pure like the rest of the core: the storage is a [`KeyValueStore`] (localStorage in the
//! browser, memory in tests) and the clock, new plan ids, today's date and the preferred
//! language come from [`Surroundings`], so every decision here is tested on the host
//! (`tests/store_session.rs`, `tests/store_nothing_lost.rs`). The browser glue (which storage,
//! which clock, showing the notices) is `ui::persist`. It never writes over something it
//! could not read.

use super::{Backup, BeforeWrite, Loaded, OtherTab, Salvaged, Store, StoredPlan};
use crate::core::l10n::{Msg, t};
use crate::core::model::{Answers, Locale};
use crate::storage::{KeyValueStore, StorageError};
use chrono::NaiveDate;

/// What a session needs from the world around it, given by the browser shell (or a test).
pub trait Surroundings {
    /// Milliseconds since 1970, now.
    fn now_ms(&self) -> i64;
    /// A plan id no other plan of this browser has.
    fn new_plan_id(&self) -> String;
    /// Today's date where the user is.
    fn today(&self) -> NaiveDate;
    /// The language to start in when the user has chosen none.
    fn preferred_locale(&self) -> Locale;
    /// A new plan in `locale` (the browser's applies the host's country, `core::host`).
    fn new_plan(&self, locale: Locale) -> Answers {
        Answers::new_plan(locale, self.today())
    }
}

/// A notice the user must see about their saved data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StorageNotice {
    /// The stored text could not be read; it was kept under the backup key.
    Unreadable,
    /// localStorage is blocked: the app runs in memory only.
    NoStorage,
    /// A save was refused (quota); the previous save is intact.
    SaveFailed,
    /// The data was written by a newer Rotta: shown, never overwritten.
    Newer,
    /// The data came from an older Rotta and was brought up to date.
    Migrated,
    /// Another tab saved while this one had unsaved edits: both were kept.
    MergedOtherTab,
    /// The browser refused persistent storage and may delete the data: export now and then
    /// (shown once, with the date of the last export).
    EvictionRisk,
}

/// How saving behaves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveMode {
    /// Saves go to localStorage.
    Persistent,
    /// localStorage is blocked: saves go to memory only.
    Memory,
    /// Never write (the data belongs to a newer Rotta, or could not be backed up).
    ReadOnly,
}

/// One line of the plans list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanSummary {
    pub id: String,
    pub name: String,
    pub updated_ms: i64,
    pub active: bool,
}

/// The saved envelope and the place it lives.
pub struct Persistence {
    backend: Box<dyn KeyValueStore>,
    /// The clock, new plan ids, today's date and the preferred language.
    env: Box<dyn Surroundings>,
    /// This tab's envelope, as last saved or loaded, plus plan operations.
    store: Store,
    /// What is under the key as far as this tab knows (to tell its own unsaved edits apart).
    base: Store,
    pub mode: SaveMode,
    /// The raw text kept for the user to download, when the stored data was unreadable.
    pub backup: Option<String>,
    /// The plans still readable in the unreadable text found at start-up, and those that are
    /// not, until the user recovers them ("Recover N plans").
    pub salvaged: Option<Salvaged>,
    /// The copy kept of migrated data: its key, its text, and the migrated store as it would
    /// be written. The copy is removed only when a save writes exactly that text (nothing of
    /// the original is lost then); otherwise it stays, listed, until the user deletes it.
    migrated_from: Option<MigratedCopy>,
    /// What the last writes found under the key that the screen must show (another tab's
    /// save merged in, data this tab may no longer write over); taken by [`report_save`].
    found_on_write: Vec<StorageNotice>,
    /// What a write of this tab that did not read back left under the key (a storage that
    /// cuts or drops what it is given): this tab's own broken text, not another tab's save to
    /// merge or keep aside.
    left_by_failed_write: Option<String>,
}

/// See [`Persistence::migrated_from`].
struct MigratedCopy {
    key: String,
    original: String,
    migrated: String,
}

/// What start-up found: the answers to show and the notices to raise.
pub struct Startup {
    pub persistence: Persistence,
    pub answers: Answers,
    pub notices: Vec<StorageNotice>,
}

/// The name to list a plan under: its own, or the business's while it still has a default one.
fn display_name(plan: &StoredPlan) -> String {
    let is_default = plan.name.trim().is_empty()
        || Locale::ALL.iter().any(|l| {
            plan.name == t(*l, Msg::StoreUntitledPlan) || plan.name == t(*l, Msg::NewPlan)
        });
    let business = plan.answers.business.name.trim();
    if is_default && !business.is_empty() {
        business.to_string()
    } else {
        plan.name.clone()
    }
}

/// Keeps `raw` aside under a dated key of its own (`rotta.store.backup.<ms>`) and returns that
/// key, unless a kept copy (dated or the undated key of earlier builds) already holds exactly
/// this text: then that one's key. No copy is ever replaced.
fn keep_backup(
    backend: &dyn KeyValueStore,
    raw: &str,
    now_ms: i64,
) -> Result<String, StorageError> {
    let keys = backend.keys()?;
    for key in keys.iter().filter(|k| super::backup_time(k).is_some()) {
        if backend.get(key)?.as_deref() == Some(raw) {
            return Ok(key.clone());
        }
    }
    let key = super::backup_key(now_ms, |k| keys.iter().any(|taken| taken == k));
    backend.set(&key, raw)?;
    Ok(key)
}

/// A newer envelope read as if it were of the current version, for showing it read-only;
/// `None` when its shape is not one this build can read.
fn readable_as_current(raw: &str) -> Option<Store> {
    let mut value: serde_json::Value = serde_json::from_str(raw).ok()?;
    value
        .as_object_mut()?
        .insert("version".into(), super::STORE_VERSION.into());
    match super::load(Some(&value.to_string())) {
        Loaded::Current(store) => Some(store),
        _ => None,
    }
}

impl Persistence {
    /// Reads what `backend` holds and decides what to show; writes only to keep a backup.
    pub fn start_with(
        backend: Box<dyn KeyValueStore>,
        env: Box<dyn Surroundings>,
        mut notices: Vec<StorageNotice>,
    ) -> Startup {
        let raw = backend.get(super::STORE_KEY).ok().flatten();
        let mut mode = SaveMode::Persistent;
        let mut backup = None;
        let mut migrated_from = None;
        let mut salvaged = None;
        let (store, base) = match super::load(raw.as_deref()) {
            Loaded::Empty => (None, Store::empty()),
            Loaded::Current(store) => (Some(store.clone()), store),
            Loaded::Migrated { store, .. } => {
                // Keep the original until the migrated copy is saved over it.
                if let Some(raw) = &raw {
                    match keep_backup(backend.as_ref(), raw, env.now_ms()) {
                        Ok(key) => {
                            migrated_from = Some(MigratedCopy {
                                key,
                                original: raw.clone(),
                                migrated: super::encode(&store),
                            })
                        }
                        Err(_) => {
                            mode = SaveMode::ReadOnly;
                            notices.push(StorageNotice::SaveFailed);
                        }
                    }
                }
                notices.push(StorageNotice::Migrated);
                (Some(store.clone()), store)
            }
            Loaded::Unreadable { raw: text, .. } => {
                notices.push(StorageNotice::Unreadable);
                if keep_backup(backend.as_ref(), &text, env.now_ms()).is_err() {
                    // Could not keep a copy: never overwrite the only one there is, and say
                    // that nothing typed here will be saved.
                    mode = SaveMode::ReadOnly;
                    notices.push(StorageNotice::SaveFailed);
                }
                // The plans still readable, offered as "Recover N plans" (nothing is added
                // until the user asks), with what could not be read.
                salvaged = super::salvage(&text).ok();
                backup = Some(text);
                (None, Store::empty())
            }
            Loaded::Newer { .. } => {
                mode = SaveMode::ReadOnly;
                notices.push(StorageNotice::Newer);
                // The notice promises the data is shown: show it when its shape is one this
                // build knows (a newer version often only adds fields).
                let shown = raw.as_deref().and_then(readable_as_current);
                (shown, Store::empty())
            }
        };
        let locale = store
            .as_ref()
            .and_then(|s| s.prefs.locale)
            .unwrap_or_else(|| env.preferred_locale());
        let store = match store {
            Some(store) if store.active_plan().is_some() => store,
            // Nothing to show: a fresh plan, written only when the user types.
            _ => {
                let answers = env.new_plan(locale);
                let name = t(locale, Msg::StoreUntitledPlan).to_string();
                let mut fresh = Store::with_plan(answers, env.new_plan_id(), name, env.now_ms());
                fresh.prefs.locale = base.prefs.locale;
                fresh
            }
        };
        let mut answers = store
            .active_plan()
            .map(|p| p.answers.clone())
            .unwrap_or_else(|| env.new_plan(locale));
        // The language the user chose last time wins over the plan's.
        if let Some(chosen) = store.prefs.locale {
            answers.locale = chosen;
        }
        Startup {
            persistence: Persistence {
                backend,
                env,
                store,
                base,
                mode,
                backup,
                salvaged,
                migrated_from,
                found_on_write: Vec::new(),
                left_by_failed_write: None,
            },
            answers,
            notices,
        }
    }

    /// Writes the envelope in one `set`, so a failure leaves the previous save intact. The key
    /// is read first: when another tab saved since this one last read it (a tab that was
    /// frozen, or restored from the back/forward cache, never got the `storage` event), both
    /// are merged ([`super::before_write`]) and the merge is written instead, so a stale tab
    /// never puts an older envelope over a newer plan.
    fn write(&mut self, next: Store) -> Result<(), StorageError> {
        if self.mode == SaveMode::ReadOnly {
            self.store = next;
            return Ok(());
        }
        let stored = self.backend.get(super::STORE_KEY)?;
        let ours_broken = stored.is_some() && stored == self.left_by_failed_write;
        let mut merged_in = false;
        let decision = if ours_broken {
            BeforeWrite::Write
        } else {
            super::before_write(&self.base, &next, stored.as_deref())
        };
        let next = match decision {
            BeforeWrite::Write => next,
            BeforeWrite::Merged(merged) => {
                merged_in = true;
                merged
            }
            BeforeWrite::KeepAside(raw) => {
                // Something unreadable arrived under the key: keep it before replacing it,
                // or write nothing.
                if let Err(error) = keep_backup(self.backend.as_ref(), &raw, self.env.now_ms()) {
                    self.mode = SaveMode::ReadOnly;
                    return Err(error);
                }
                if self.backup.as_deref() != Some(raw.as_str()) {
                    self.found_on_write.push(StorageNotice::Unreadable);
                    self.backup = Some(raw);
                }
                next
            }
            BeforeWrite::ReadOnly { .. } => {
                self.mode = SaveMode::ReadOnly;
                self.found_on_write.push(StorageNotice::Newer);
                return Err(StorageError::Other(
                    "a newer Rotta saved these plans".into(),
                ));
            }
        };
        // Only a text that reads back as a store is written, and a write counts as a save
        // only once the key reads back as that text (a storage may drop or cut it silently).
        let text = super::checked_text(&next)
            .map_err(|_| StorageError::Other("the store would not read back".into()))?;
        self.backend.set(super::STORE_KEY, &text)?;
        let read_back = self.backend.get(super::STORE_KEY)?;
        if read_back.as_deref() != Some(text.as_str()) {
            self.left_by_failed_write = read_back;
            return Err(StorageError::Other(
                "the saved text did not read back".into(),
            ));
        }
        self.left_by_failed_write = None;
        self.store = next.clone();
        self.base = next;
        if merged_in {
            // Only now: a merge that was not saved must not replace what the screen shows.
            self.found_on_write.push(StorageNotice::MergedOtherTab);
        }
        // The copy of migrated data goes only when what was just saved is exactly its
        // migrated form: nothing of it is lost then. After any edit it stays, listed in the
        // plans panel, until the user deletes it.
        if self
            .migrated_from
            .as_ref()
            .is_some_and(|copy| copy.migrated == text)
            && let Some(copy) = self.migrated_from.take()
            && self.backend.get(&copy.key).ok().flatten().as_deref() == Some(&copy.original)
        {
            let _ = self.backend.remove(&copy.key);
        }
        Ok(())
    }

    /// The envelope with `current` as the active plan's answers: every plan operation starts
    /// from it, so what the user typed last is saved with the operation.
    fn with_current(&self, current: &Answers) -> Store {
        let mut next = self.store.clone();
        next.set_active_answers(current.clone(), self.env.now_ms());
        next
    }

    /// Saves `answers` as the active plan. Nothing is written when they are already saved,
    /// so two tabs following each other do not write back and forth.
    pub fn save(&mut self, answers: &Answers) -> Result<(), StorageError> {
        let unchanged = self
            .store
            .active_plan()
            .is_some_and(|p| p.answers == *answers)
            && self.store == self.base;
        if unchanged {
            return Ok(());
        }
        let mut next = self.store.clone();
        next.set_active_answers(answers.clone(), self.env.now_ms());
        next.prefs.locale = Some(answers.locale);
        self.write(next)
    }

    /// What the writes since the last call found under the key and the screen must show
    /// (another tab's save merged in: show [`Persistence::active_answers`]).
    pub fn take_found_on_write(&mut self) -> Vec<StorageNotice> {
        std::mem::take(&mut self.found_on_write)
    }

    /// The id of the plan being edited.
    pub fn active_id(&self) -> Option<&str> {
        self.store.active.as_deref()
    }

    /// The preferences kept with the plans.
    pub fn prefs(&self) -> &super::Prefs {
        &self.store.prefs
    }

    /// Changes the preferences and saves them (with nothing else that is unsaved: the
    /// stored plans stay as they are).
    pub fn update_prefs(&mut self, change: impl Fn(&mut super::Prefs)) {
        let mut next = self.base.clone();
        change(&mut next.prefs);
        change(&mut self.store.prefs);
        if self.mode == SaveMode::Persistent && next != self.base {
            let diverged = {
                let mut shown = self.store.clone();
                shown.prefs = self.base.prefs.clone();
                shown != self.base
            };
            let keep = self.store.clone();
            if self.write(next).is_ok() && diverged {
                // `write` made the saved store the shown one: keep what this tab shows and
                // has not saved (a merge whose save failed).
                self.store = keep;
            }
        }
    }

    /// The plans, most recently changed first.
    pub fn summaries(&self) -> Vec<PlanSummary> {
        let active = self.store.active.clone();
        self.store
            .plans_by_last_change()
            .into_iter()
            .map(|p| PlanSummary {
                id: p.id.clone(),
                name: display_name(p),
                updated_ms: p.updated_ms,
                active: active.as_deref() == Some(p.id.as_str()),
            })
            .collect()
    }

    /// Whether `shown` holds edits not saved yet (the language shown alone is none, see
    /// [`Store::shows_unsaved`]).
    pub fn shows_unsaved(&self, shown: &Answers) -> bool {
        self.store.shows_unsaved(shown)
    }

    /// The active plan's answers.
    pub fn active_answers(&self) -> Option<Answers> {
        self.store.active_plan().map(|p| p.answers.clone())
    }

    /// The stored answers of plan `id` (for the comparison of plans: the active plan's
    /// answers on screen may be newer).
    pub fn plan_answers(&self, id: &str) -> Option<Answers> {
        self.store.plan(id).map(|p| p.answers.clone())
    }

    /// Saves `current` (the active plan's answers), then makes `id` active and returns its
    /// answers.
    pub fn switch_to(
        &mut self,
        current: &Answers,
        id: &str,
    ) -> Result<Option<Answers>, StorageError> {
        let mut next = self.with_current(current);
        if !next.switch_to(id) {
            return Ok(None);
        }
        self.write(next)?;
        Ok(self.active_answers())
    }

    /// Adds `answers` as a new plan named `name`, makes it active, and returns its id.
    pub fn add_plan(
        &mut self,
        current: Option<&Answers>,
        answers: Answers,
        name: String,
    ) -> Result<String, StorageError> {
        // A first visit's untouched plan (never saved) is not kept beside a shared one.
        let mut next = if current.is_none() && self.base.plans.is_empty() {
            Store {
                prefs: self.store.prefs.clone(),
                ..Store::empty()
            }
        } else {
            self.store.clone()
        };
        if let Some(current) = current {
            next.set_active_answers(current.clone(), self.env.now_ms());
        }
        let id = self.env.new_plan_id();
        next.add_plan(answers, id.clone(), name, self.env.now_ms());
        next.switch_to(&id);
        self.write(next)?;
        Ok(id)
    }

    /// Renames plan `id` (after saving `current`, the active plan's answers: a write that
    /// merges another tab's save shows the merged plan, which must hold what is on screen).
    pub fn rename(
        &mut self,
        current: &Answers,
        id: &str,
        name: String,
    ) -> Result<(), StorageError> {
        let mut next = self.with_current(current);
        if next.rename(id, name, self.env.now_ms()) {
            self.write(next)?;
        }
        Ok(())
    }

    /// Copies plan `id` (after saving `current`), and makes the copy active.
    pub fn duplicate(
        &mut self,
        current: &Answers,
        id: &str,
    ) -> Result<Option<Answers>, StorageError> {
        let mut next = self.with_current(current);
        let new_id = self.env.new_plan_id();
        if !next.duplicate(id, new_id.clone(), self.env.now_ms()) {
            return Ok(None);
        }
        next.switch_to(&new_id);
        self.write(next)?;
        Ok(self.active_answers())
    }

    /// Removes plan `id` and returns it (for undo) with the answers now active. The last plan
    /// is replaced by a fresh one, so there is always something to edit.
    pub fn remove(
        &mut self,
        current: &Answers,
        id: &str,
    ) -> Result<Option<(StoredPlan, Answers)>, StorageError> {
        let mut next = self.with_current(current);
        let Some(removed) = next.remove(id) else {
            return Ok(None);
        };
        if next.active_plan().is_none() {
            let locale = current.locale;
            let name = t(locale, Msg::StoreUntitledPlan).to_string();
            next.add_plan(
                self.env.new_plan(locale),
                self.env.new_plan_id(),
                name,
                self.env.now_ms(),
            );
        }
        self.write(next)?;
        let answers = self.active_answers().unwrap_or_else(|| current.clone());
        Ok(Some((removed, answers)))
    }

    /// Puts back a removed plan and makes it active again.
    pub fn restore(
        &mut self,
        current: &Answers,
        plan: StoredPlan,
    ) -> Result<Answers, StorageError> {
        let mut next = self.with_current(current);
        let id = plan.id.clone();
        let answers = plan.answers.clone();
        next.restore(plan);
        next.switch_to(&id);
        self.write(next)?;
        Ok(answers)
    }

    /// Adds `plans` (recovered or imported) beside the user's, with ids made unique, and
    /// saves. What the user typed meanwhile is kept; a first visit's untouched plan (never
    /// saved, nothing typed) is not kept beside them. Returns the answers to show when the
    /// open plan changed (it changes only when there was nothing of the user's to keep open).
    pub fn add_plans(
        &mut self,
        current: &Answers,
        plans: Vec<StoredPlan>,
    ) -> Result<Option<Answers>, StorageError> {
        let untouched = self.base.plans.is_empty() && !self.store.shows_unsaved(current);
        let mut next = if untouched {
            Store {
                prefs: self.store.prefs.clone(),
                ..Store::empty()
            }
        } else {
            self.with_current(current)
        };
        next.add_plans(plans);
        self.write(next)?;
        Ok(if untouched {
            self.active_answers()
        } else {
            None
        })
    }

    /// "Recover N plans": adds the readable plans of the unreadable text found at start-up
    /// ([`Persistence::add_plans`]); the text itself stays in its kept copy. Returns how many
    /// were added and the answers to show if the open plan changed.
    pub fn recover(&mut self, current: &Answers) -> Result<(usize, Option<Answers>), StorageError> {
        let plans = self
            .salvaged
            .as_ref()
            .map(|s| s.store.plans.clone())
            .unwrap_or_default();
        if plans.is_empty() {
            return Ok((0, None));
        }
        let count = plans.len();
        let shown = self.add_plans(current, plans)?;
        self.salvaged = None;
        Ok((count, shown))
    }

    /// The copies of stored data kept in this browser, newest first.
    pub fn backups(&self) -> Vec<Backup> {
        let keys = self.backend.keys().unwrap_or_default();
        super::list_backups(keys.into_iter().filter_map(|key| {
            super::backup_time(&key)?;
            let bytes = self.backend.get(&key).ok().flatten()?.len();
            Some((key, bytes))
        }))
    }

    /// The text of the kept copy under `key` (only a backup key is read).
    pub fn backup_text(&self, key: &str) -> Option<String> {
        super::backup_time(key)?;
        self.backend.get(key).ok().flatten()
    }

    /// Deletes the kept copy under `key`: only ever called after the user confirmed.
    pub fn delete_backup(&mut self, key: &str) -> Result<(), StorageError> {
        if super::backup_time(key).is_none() {
            return Ok(());
        }
        if self.migrated_from.as_ref().is_some_and(|c| c.key == key) {
            self.migrated_from = None;
        }
        self.backend.remove(key)
    }

    /// Brings this tab up to date with what is stored now. A tab showing a shared plan does
    /// not follow the other tabs (its screen is not the user's plan), so before it writes or
    /// shows the user's plans again it must read what they saved meanwhile, or its next write
    /// would put back an old envelope over their edits.
    pub fn catch_up(&mut self) {
        let Some(own) = self.active_answers() else {
            return;
        };
        // Nothing of this tab is unsaved (a shared plan is never saved), so this follows.
        let _ = self.resync(&own);
    }

    /// Reads the key again and follows what another tab saved meanwhile, as on its `storage`
    /// event: for a page that comes back after being hidden, frozen or kept in the
    /// back/forward cache, where that event may never have arrived.
    pub fn resync(&mut self, current: &Answers) -> (Option<Answers>, Option<StorageNotice>) {
        match self.backend.get(super::STORE_KEY) {
            Ok(raw) => self.follow_other_tab(current, raw.as_deref()),
            Err(_) => (None, None),
        }
    }

    /// Another tab wrote `raw` under the key. Returns the answers to show now (if they
    /// changed) and a notice to raise.
    pub fn follow_other_tab(
        &mut self,
        current: &Answers,
        raw: Option<&str>,
    ) -> (Option<Answers>, Option<StorageNotice>) {
        if self.mode != SaveMode::Persistent {
            return (None, None);
        }
        let ours = self.store.with_shown(current, self.env.now_ms());
        match super::follow_other_tab(&ours, &self.base, raw) {
            OtherTab::Follow(theirs) => {
                let notice =
                    kept_as_copy(&self.store, &theirs).then_some(StorageNotice::MergedOtherTab);
                self.store = theirs.clone();
                self.base = theirs;
                (self.active_answers(), notice)
            }
            OtherTab::Merged { merged, theirs } => {
                self.base = theirs;
                if self.write(merged.clone()).is_err() {
                    // Not saved, but shown: the next save writes it over `theirs`.
                    self.store = merged;
                }
                self.found_on_write.clear(); // this notice says it all
                (self.active_answers(), Some(StorageNotice::MergedOtherTab))
            }
            OtherTab::Keep => match raw.map(|text| super::load(Some(text))) {
                // Something unreadable was written under the key (another app of this site,
                // a broken write): keep it aside before this tab's next save replaces it.
                Some(Loaded::Unreadable { raw: text, .. }) => {
                    if keep_backup(self.backend.as_ref(), &text, self.env.now_ms()).is_err() {
                        self.mode = SaveMode::ReadOnly;
                    }
                    self.backup = Some(text);
                    (None, Some(StorageNotice::Unreadable))
                }
                _ => (None, None),
            },
            OtherTab::ReadOnly { .. } => {
                self.mode = SaveMode::ReadOnly;
                (None, Some(StorageNotice::Newer))
            }
        }
    }
}

/// Whether following `theirs` puts this tab's saved version of its open plan aside: the other
/// tab edited the same plan at the same time, kept its own version under the plan's id and
/// this one as a new copy ("… (other tab)"). The user must be told, or their edit would seem
/// to vanish from the screen.
fn kept_as_copy(ours: &Store, theirs: &Store) -> bool {
    let Some(mine) = ours.active_plan() else {
        return false;
    };
    let replaced = theirs
        .plan(&mine.id)
        .is_some_and(|p| p.answers != mine.answers);
    replaced
        && theirs
            .plans
            .iter()
            .any(|p| ours.plan(&p.id).is_none() && p.answers == mine.answers)
}
