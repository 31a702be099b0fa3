//! Editing the list of plans: create, rename, duplicate, delete (with undo), switch.
//!
//! Ids and times come from the caller (the core reads no clock). Every change of a plan moves
//! its `updated_ms`, which is what [`super::merge`] compares between tabs.

use super::envelope::unique_id;
use super::{Prefs, STORE_VERSION, Store, StoredPlan};
use crate::core::l10n::{Msg, t};
use crate::core::model::{Answers, Locale};
use crate::core::unknown::UnknownFields;

impl Store {
    /// A store holding one plan, which is active.
    pub fn with_plan(answers: Answers, id: String, name: String, now_ms: i64) -> Store {
        let plan = StoredPlan {
            id: id.clone(),
            name,
            created_ms: now_ms,
            updated_ms: now_ms,
            answers,
            unknown: UnknownFields::default(),
        };
        Store {
            version: STORE_VERSION,
            plans: vec![plan],
            active: Some(id),
            prefs: Prefs::default(),
            unknown: UnknownFields::default(),
        }
    }

    /// The plan being edited.
    pub fn active_plan(&self) -> Option<&StoredPlan> {
        let id = self.active.as_deref()?;
        self.plan(id)
    }

    /// The plan with this id.
    pub fn plan(&self, id: &str) -> Option<&StoredPlan> {
        self.plans.iter().find(|p| p.id == id)
    }

    /// Replaces the active plan's answers. With no active plan, creates one (named after the
    /// business, or "New plan") with an id derived from `now_ms`. Identical answers change
    /// nothing, not even the time, so merely re-rendering never looks like an edit.
    pub fn set_active_answers(&mut self, answers: Answers, now_ms: i64) {
        let active = self.active.clone();
        if let Some(plan) = self
            .plans
            .iter_mut()
            .find(|p| Some(&p.id) == active.as_ref())
        {
            if plan.answers != answers {
                plan.answers = answers;
                plan.updated_ms = now_ms;
            }
            return;
        }
        let name = self.default_name(&answers);
        self.add_plan(answers, format!("plan-{now_ms}"), name, now_ms);
    }

    /// Whether `shown`, the answers on screen for the active plan, hold something the plan
    /// does not: an edit not saved yet. The language they are shown in is not an edit when it
    /// is the one the store says to show: at start-up the user's last choice
    /// (`prefs.locale`) wins over the plan's own, so a plan saved in Italian is shown in
    /// English, untouched, after the user chose English. A language that is neither the
    /// plan's nor the choice is an edit (the user just picked it).
    pub fn shows_unsaved(&self, shown: &Answers) -> bool {
        let Some(saved) = self.active_plan().map(|p| &p.answers) else {
            return false;
        };
        if saved == shown {
            return false;
        }
        if saved.locale == shown.locale || self.prefs.locale != Some(shown.locale) {
            return true;
        }
        let mut as_shown = saved.clone();
        as_shown.locale = shown.locale;
        as_shown != *shown
    }

    /// This store with `shown`, the answers on screen, as the active plan's when they hold an
    /// edit ([`Store::shows_unsaved`]): what another tab's save is merged with
    /// ([`super::follow_other_tab`]). The language shown alone is no edit, or this tab's
    /// untouched plan would look newer than the other tab's save and push what was typed
    /// there into an "(other tab)" copy.
    pub fn with_shown(&self, shown: &Answers, now_ms: i64) -> Store {
        let mut ours = self.clone();
        if self.shows_unsaved(shown) {
            ours.set_active_answers(shown.clone(), now_ms);
        }
        ours
    }

    /// Adds a plan at the end of the list and makes it active. An id already in use gets a
    /// `-2`, `-3`, … suffix, so no plan is ever replaced.
    pub fn add_plan(&mut self, answers: Answers, id: String, name: String, now_ms: i64) {
        let id = unique_id(&self.plans, &id);
        self.active = Some(id.clone());
        self.plans.push(StoredPlan {
            id,
            name,
            created_ms: now_ms,
            updated_ms: now_ms,
            answers,
            unknown: UnknownFields::default(),
        });
    }

    /// Adds `plans` (recovered from a backup, or imported from a store file) after the existing
    /// ones, in their order. An id already in use gets a `-2`, `-3`, … suffix, so no plan is
    /// ever replaced. The active plan stays; with none, the first added becomes active.
    /// Returns the ids the plans have now.
    pub fn add_plans(&mut self, plans: Vec<StoredPlan>) -> Vec<String> {
        let mut ids = Vec::with_capacity(plans.len());
        for mut plan in plans {
            plan.id = unique_id(&self.plans, &plan.id);
            ids.push(plan.id.clone());
            self.plans.push(plan);
        }
        if self.active_plan().is_none() {
            self.active = ids.first().cloned();
        }
        ids
    }

    /// Copies plan `id` as `new_id`, named "<name> (copy)", right after the original. The
    /// active plan does not change. False when `id` does not exist or `new_id` is taken.
    pub fn duplicate(&mut self, id: &str, new_id: String, now_ms: i64) -> bool {
        if self.plan(&new_id).is_some() {
            return false;
        }
        let locale = self.ui_locale();
        let Some(index) = self.plans.iter().position(|p| p.id == id) else {
            return false;
        };
        let Some(original) = self.plans.get(index) else {
            return false;
        };
        let copy = StoredPlan {
            id: new_id,
            name: format!("{} {}", original.name, t(locale, Msg::StoreCopySuffix)),
            created_ms: now_ms,
            updated_ms: now_ms,
            // The answers are copied whole, with what this build does not know in them. The
            // plan's own unknown fields are not: they describe the original plan (a newer
            // build's id or sync state, say), and the original keeps them, so nothing is lost.
            answers: original.answers.clone(),
            unknown: UnknownFields::default(),
        };
        self.plans.insert(index + 1, copy);
        true
    }

    /// Renames plan `id`. False when there is no such plan.
    pub fn rename(&mut self, id: &str, name: String, now_ms: i64) -> bool {
        match self.plans.iter_mut().find(|p| p.id == id) {
            Some(plan) => {
                if plan.name != name {
                    plan.name = name;
                    plan.updated_ms = now_ms;
                }
                true
            }
            None => false,
        }
    }

    /// Removes plan `id` and returns it, so the caller can offer undo ([`Store::restore`]).
    /// If it was active, the plan that took its place in the list (or the one before it)
    /// becomes active.
    pub fn remove(&mut self, id: &str) -> Option<StoredPlan> {
        let index = self.plans.iter().position(|p| p.id == id)?;
        let removed = self.plans.remove(index);
        if self.active.as_deref() == Some(id) {
            let neighbour = self.plans.get(index).or_else(|| self.plans.last());
            self.active = neighbour.map(|p| p.id.clone());
        }
        Some(removed)
    }

    /// Puts back a removed plan, in creation order. If its id has been taken meanwhile it gets
    /// a suffix rather than replacing anything. It becomes active only when no plan is.
    pub fn restore(&mut self, mut plan: StoredPlan) {
        plan.id = unique_id(&self.plans, &plan.id);
        let index = self
            .plans
            .iter()
            .position(|p| p.created_ms > plan.created_ms)
            .unwrap_or(self.plans.len());
        if self.active_plan().is_none() {
            self.active = Some(plan.id.clone());
        }
        self.plans.insert(index, plan);
    }

    /// Makes plan `id` the active one. False (and nothing changes) when there is no such plan.
    pub fn switch_to(&mut self, id: &str) -> bool {
        if self.plan(id).is_none() {
            return false;
        }
        self.active = Some(id.to_owned());
        true
    }

    /// The plans, most recently changed first, as the list of plans shows them.
    pub fn plans_by_last_change(&self) -> Vec<&StoredPlan> {
        let mut plans: Vec<&StoredPlan> = self.plans.iter().collect();
        crate::core::order::sort_by(&mut plans, |a, b| {
            b.updated_ms
                .cmp(&a.updated_ms)
                .then_with(|| a.name.cmp(&b.name))
        });
        plans
    }

    /// The interface language: the preference, else the active plan's, else Italian.
    fn ui_locale(&self) -> Locale {
        self.prefs
            .locale
            .or_else(|| self.active_plan().map(|p| p.answers.locale))
            .unwrap_or(Locale::It)
    }

    /// The name of a plan created without one: the business's name, else "New plan".
    fn default_name(&self, answers: &Answers) -> String {
        let business = answers.business.name.trim();
        if business.is_empty() {
            let locale = self.prefs.locale.unwrap_or(answers.locale);
            t(locale, Msg::NewPlan).to_owned()
        } else {
            business.to_owned()
        }
    }
}
