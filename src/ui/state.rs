//! The app's one piece of state: the answers signal, and what is derived from it.

use crate::core::calendar::{CalendarEntry, CalendarKeyDate};
use crate::core::engine::{self, Plan, Say};
use crate::core::model::{Answers, Locale};
use crate::core::validate::{Issue, validate};
use crate::ui::persist::{PlanSummary, StorageNotice};
use leptos::prelude::*;

/// Shared by every screen through context. `Copy`: it only holds signal handles.
#[derive(Clone, Copy)]
pub struct Wizard {
    /// The answers being edited: the single source of truth.
    pub answers: RwSignal<Answers>,
    /// The interface language (the answers' `locale`), as its own memo so texts only
    /// re-render when the language changes, not on every keystroke.
    pub locale: Memo<Locale>,
    /// Validation problems of the current answers.
    pub issues: Memo<Vec<Issue>>,
    /// The plan's decisions (typed, in no language), computed from the answers with the
    /// language left out: switching language does not plan again.
    pub decisions: Memo<Plan<Say>>,
    /// The plan written in the interface language with its calendar; lazy, so only screens
    /// that show it pay for it. A change of language only renders the decisions again (and,
    /// until `core::calendar` returns typed entries too, rebuilds the calendar).
    pub plan: Memo<Plan>,
    /// Notices about saved data shown at the top of every screen.
    pub notices: RwSignal<Vec<StorageNotice>>,
    /// The plans kept in this browser, for the plans panel.
    pub plans: RwSignal<Vec<PlanSummary>>,
    /// The copies of stored data kept aside (unreadable or migrated), for the plans panel.
    pub backups: RwSignal<Vec<crate::core::store::Backup>>,
    /// True while a plan opened from a share link is shown (read-only, not saved).
    pub shared: RwSignal<bool>,
    /// Why a share link could not be opened, in the user's language.
    pub share_error: RwSignal<Option<String>>,
    /// True while the last save failed (until one succeeds): nothing may say the answers
    /// are saved then.
    pub save_failed: RwSignal<bool>,
}

impl Wizard {
    /// Derives the memos from `answers`.
    pub fn new(answers: RwSignal<Answers>, notices: Vec<StorageNotice>) -> Self {
        let locale = Memo::new(move |_| answers.with(|a| a.locale));
        // The answers without their language: equal before and after a switch of language,
        // so the memo below (the engine) does not run again.
        let without_language = Memo::new(move |_| {
            answers.with(|a| Answers {
                locale: Locale::It,
                ..a.clone()
            })
        });
        let decisions = Memo::new(move |_| {
            without_language.with(|a| engine::plan(a, crate::ui::persist::today()))
        });
        let calendar: Memo<(Vec<CalendarEntry>, Vec<CalendarKeyDate>)> =
            Memo::new(move |_| answers.with(|a| decisions.with(|d| engine::calendar_for(a, d))));
        let plan = Memo::new(move |_| {
            let mut plan = decisions.with(|d| engine::render(d, locale.get()));
            (plan.calendar, plan.key_dates) = calendar.get();
            plan
        });
        Self {
            answers,
            locale,
            issues: Memo::new(move |_| answers.with(validate)),
            decisions,
            plan,
            notices: RwSignal::new(notices),
            plans: RwSignal::new(Vec::new()),
            backups: RwSignal::new(Vec::new()),
            shared: RwSignal::new(false),
            share_error: RwSignal::new(None),
            save_failed: RwSignal::new(false),
        }
    }

    /// The problems reported exactly at `path` (not at its children).
    pub fn issues_at(&self, path: &str) -> Vec<Issue> {
        self.issues
            .with(|all| all.iter().filter(|i| i.path == path).cloned().collect())
    }

    /// The problems inside the answers section `section` (e.g. "business").
    pub fn issues_in(&self, section: &str) -> Vec<Issue> {
        self.issues.with(|all| {
            all.iter()
                .filter(|i| {
                    i.path == section
                        || i.path
                            .strip_prefix(section)
                            .is_some_and(|rest| rest.starts_with(['.', '[']))
                })
                .cloned()
                .collect()
        })
    }

    /// Changes the answers in place.
    pub fn update(&self, f: impl FnOnce(&mut Answers)) {
        self.answers.update(f);
    }

    /// Shows `notice`, once: a notice already on screen is not repeated.
    pub fn raise_notice(&self, notice: StorageNotice) {
        if !self.notices.with_untracked(|n| n.contains(&notice)) {
            self.notices.update(|n| n.push(notice));
        }
    }

    /// Takes `notice` off the screen, if it is there.
    pub fn clear_notice(&self, notice: StorageNotice) {
        if self.notices.with_untracked(|n| n.contains(&notice)) {
            self.notices.update(|n| n.retain(|x| *x != notice));
        }
    }
}
