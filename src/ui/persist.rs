//! The browser side of saving: which storage (localStorage, or memory when it is blocked),
//! the clock and ids the session runs on, and showing what it reports on screen. The decisions
//! themselves (start-up, saves, plan operations, other tabs, kept copies) are the pure
//! `core::store::Persistence`, tested on the host.

use crate::core::model::Locale;
pub use crate::core::store::{
    Persistence, PlanSummary, SaveMode, Startup, StorageNotice, Surroundings,
};
use crate::storage::{local::LocalStore, memory::MemoryStore};

/// Opens browser storage (or memory when it is blocked) and reads what is saved.
pub fn start() -> Startup {
    match LocalStore::open() {
        Some(local) => Persistence::start_with(Box::new(local), Box::new(Browser), Vec::new()),
        None => {
            let mut startup = Persistence::start_with(
                Box::new(MemoryStore::new()),
                Box::new(Browser),
                vec![StorageNotice::NoStorage],
            );
            startup.persistence.mode = SaveMode::Memory;
            startup
        }
    }
}

/// The browser's clock, random plan ids, local date and language.
pub struct Browser;

impl Surroundings for Browser {
    fn now_ms(&self) -> i64 {
        now_ms()
    }
    fn new_plan_id(&self) -> String {
        new_plan_id()
    }
    fn today(&self) -> chrono::NaiveDate {
        today()
    }
    fn preferred_locale(&self) -> Locale {
        browser_locale()
    }
}

/// Shows or clears the save-failed notice after a write. A refused write (quota) shows it;
/// a later write that succeeds (after plans were deleted to free space) clears it, since the
/// last edits are saved then. In read-only mode nothing is written, so the notice stays.
/// When the write found another tab's save and merged it in, the screen shows the merge.
pub fn report_save(
    wizard: crate::ui::state::Wizard,
    persistence: leptos::prelude::StoredValue<Persistence, leptos::prelude::LocalStorage>,
    saved: bool,
) {
    use leptos::prelude::*;
    let found = persistence
        .try_update_value(Persistence::take_found_on_write)
        .unwrap_or_default();
    if found.contains(&StorageNotice::MergedOtherTab) && !wizard.shared.get_untracked() {
        let shown = persistence
            .try_with_value(Persistence::active_answers)
            .flatten();
        if let Some(shown) = shown.filter(|a| *a != wizard.answers.get_untracked()) {
            wizard.answers.set(shown);
        }
    }
    for notice in found {
        wizard.raise_notice(notice);
    }
    wizard.save_failed.set(!saved);
    if !saved {
        wizard.raise_notice(StorageNotice::SaveFailed);
    } else if persistence
        .try_with_value(|p| p.mode == SaveMode::Persistent)
        .unwrap_or(false)
    {
        wizard.clear_notice(StorageNotice::SaveFailed);
    }
}

fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}

/// A new plan id, unique enough for the plans of one browser.
pub fn new_plan_id() -> String {
    let random = (js_sys::Math::random() * 1e9) as u64;
    format!("p{:x}{random:x}", now_ms())
}

/// Today's date in the browser's time zone: the one place the clock is read for the core.
pub fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

/// The language of a first visit: the first of the browser's languages Rotta speaks, else
/// English (`core::l10n::first_visit_locale`).
pub fn browser_locale() -> Locale {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return Locale::En;
    };
    let mut preferred: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|l| l.as_string())
        .collect();
    if preferred.is_empty() {
        preferred.extend(navigator.language());
    }
    crate::core::l10n::first_visit_locale(&preferred)
}

/// After the first real edit of this page's life: asks the browser to keep the data
/// (`navigator.storage.persist()`). Where it refuses or cannot (Safari deletes the data of a
/// site not visited for 7 days, private modes delete it on close), the user is reminded once,
/// ever, to export, with the date of the last export (`prefs`).
pub fn ask_persistent_storage(
    wizard: crate::ui::state::Wizard,
    persistence: leptos::prelude::StoredValue<Persistence, leptos::prelude::LocalStorage>,
) {
    use leptos::prelude::*;
    use wasm_bindgen::JsCast;
    let persist = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w.navigator(), &"storage".into()).ok())
        .filter(|storage| storage.is_object())
        .and_then(|storage| {
            let persist = js_sys::Reflect::get(&storage, &"persist".into()).ok()?;
            let persist = persist.dyn_into::<js_sys::Function>().ok()?;
            let promise = persist.call0(&storage).ok()?;
            promise.dyn_into::<js_sys::Promise>().ok()
        });
    leptos::task::spawn_local(async move {
        let persisted = match persist {
            Some(promise) => wasm_bindgen_futures::JsFuture::from(promise)
                .await
                .ok()
                .and_then(|granted| granted.as_bool())
                .unwrap_or(false),
            None => false,
        };
        let due = persistence
            .try_with_value(|p| {
                p.mode == SaveMode::Persistent && p.prefs().export_reminder_due(persisted)
            })
            .unwrap_or(false);
        if due {
            wizard.raise_notice(StorageNotice::EvictionRisk);
            persistence.update_value(|p| p.update_prefs(|prefs| prefs.export_reminded = true));
        }
    });
}

/// Records that the answers were exported now (for the eviction reminder's date).
pub fn record_export(
    persistence: leptos::prelude::StoredValue<Persistence, leptos::prelude::LocalStorage>,
) {
    use leptos::prelude::*;
    let now = now_ms();
    let _ =
        persistence.try_update_value(|p| p.update_prefs(|prefs| prefs.last_export_ms = Some(now)));
}
