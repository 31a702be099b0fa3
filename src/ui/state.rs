//! The app's one piece of state: the answers signal, and what is derived from it.

use crate::core::calendar::Calendar;
use crate::core::calendar::texts::Text as CalendarText;
use crate::core::engine::{self, Plan, Say};
use crate::core::model::{Answers, Locale};
use crate::core::store::{PlanSummary, StorageNotice};
use crate::core::validate::{Issue, validate};
use crate::core::wizard::Step;
use leptos::prelude::*;

/// Shared by every screen through context. `Copy`: it only holds signal handles.
#[derive(Clone, Copy)]
pub struct Wizard {
    /// The answers being edited: the single source of truth.
    pub answers: RwSignal<Answers>,
    /// The language shown: the answers' `locale` once its texts are installed (Spanish,
    /// French and German load on demand, `ui::languages`), as its own memo so texts only
    /// re-render when the language changes, not on every keystroke.
    pub locale: Memo<Locale>,
    /// Bumped each time a language's texts are installed.
    pub texts_loaded: RwSignal<u32>,
    /// The language being fetched, while it is.
    pub language_loading: RwSignal<Option<Locale>>,
    /// A language whose texts could not be fetched (offline before it was ever cached).
    pub language_problem: RwSignal<Option<Locale>>,
    /// Bumped each time a language's post-idea bank is installed (`ui::ideas`).
    pub ideas_loaded: RwSignal<u32>,
    /// The language whose idea bank is being fetched, while it is.
    pub ideas_loading: RwSignal<Option<Locale>>,
    /// The language whose idea bank could not be fetched.
    pub ideas_problem: RwSignal<Option<Locale>>,
    /// Validation problems of the current answers.
    pub issues: Memo<Vec<Issue>>,
    /// Notices about saved data shown at the top of every screen.
    pub notices: RwSignal<Vec<StorageNotice>>,
    /// The plans kept in this browser, for the plans panel.
    pub plans: RwSignal<Vec<PlanSummary>>,
    /// The copies of stored data kept aside (unreadable or migrated), for the plans panel.
    pub backups: RwSignal<Vec<crate::core::store::Backup>>,
    /// Where the part loaded after the first screen is (`ui::later`: the Plan step's code).
    pub later: RwSignal<crate::ui::later::Part>,
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
        let texts_loaded = RwSignal::new(0);
        let locale = crate::ui::languages::shown_locale(answers, texts_loaded);
        let ideas_loaded = RwSignal::new(0);
        Self {
            answers,
            locale,
            texts_loaded,
            language_loading: RwSignal::new(None),
            language_problem: RwSignal::new(None),
            ideas_loaded,
            ideas_loading: RwSignal::new(None),
            ideas_problem: RwSignal::new(None),
            // Messages in the shown language (the answers' may still be loading).
            issues: Memo::new(move |_| {
                let shown = locale.get();
                answers.with(|a| {
                    if a.locale == shown {
                        validate(a)
                    } else {
                        validate(&Answers {
                            locale: shown,
                            ..a.clone()
                        })
                    }
                })
            }),
            notices: RwSignal::new(notices),
            plans: RwSignal::new(Vec::new()),
            backups: RwSignal::new(Vec::new()),
            later: RwSignal::new(crate::ui::later::Part::NotAsked),
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

    /// The problems in the fields `step` asks (none for Review and Plan).
    pub fn issues_in(&self, step: Step) -> Vec<Issue> {
        self.issues.with(|all| {
            all.iter()
                .filter(|i| i.path.step() == step)
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

/// The plan of the answers on screen: the engine's decisions, their calendar and the plan
/// written in the shown language, as memos over [`Wizard::answers`].
///
/// Only the screens of the part loaded after the questionnaire (`ui::later`: the Plan step,
/// plans side by side) create it, and provide it to their children as context: the engine,
/// the calendar and their texts are reachable from nowhere else, so the build's wasm split
/// keeps them out of the first load (docs/size.md).
#[derive(Clone, Copy)]
pub struct Planned {
    /// The plan's decisions (typed, in no language), computed from the answers with the
    /// language left out: switching language does not plan again.
    pub decisions: Memo<Plan<Say>>,
    /// The calendar of those decisions, typed (each post's idea by id): "Another idea" reads
    /// it to find the next idea of a post.
    pub calendar: Memo<Calendar<CalendarText>>,
    /// The plan written in the interface language with its calendar. A change of language
    /// only renders the decisions again (and, until `core::calendar` returns typed entries
    /// too, rebuilds the calendar).
    pub plan: Memo<Plan>,
}

impl Planned {
    /// Derives the plan's memos from the wizard's answers.
    pub fn new(wizard: Wizard) -> Self {
        // The answers the plan is made of: without their language and the monthly check-ins
        // (which read the plan, never shape it), so the memos below (the engine, the
        // calendar) do not run again on a switch of language or a check-in saved.
        let plan_inputs = Memo::new(move |_| {
            wizard.answers.with(|a| Answers {
                locale: Locale::It,
                checkins: Vec::new(),
                ..a.clone()
            })
        });
        let decisions =
            Memo::new(move |_| plan_inputs.with(|a| engine::plan(a, crate::ui::browser::today())));
        let calendar = Memo::new(move |_| {
            plan_inputs.with(|a| decisions.with(|d| engine::calendar_for(a, d)))
        });
        // A change of language (or its texts or ideas arriving) only renders the decisions again.
        let plan = Memo::new(move |_| {
            let l = wizard.locale.get();
            wizard.ideas_loaded.track();
            let mut plan = decisions.with(|d| engine::render(d, l));
            let rendered = calendar.with(|c| c.render(l));
            plan.calendar = rendered.entries;
            plan.key_dates = rendered.key_dates;
            plan
        });
        Self {
            decisions,
            calendar,
            plan,
        }
    }

    /// The plan provided by the screen around the caller.
    pub fn get() -> Self {
        use_context::<Planned>().expect("Planned context: provided by the plan's screens")
    }
}
