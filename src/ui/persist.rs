//! The browser side of saving: which storage (localStorage, or memory when it is blocked),
//! and showing what the session reports on screen (the clock, ids and language it runs on are
//! `ui::browser`). The decisions
//! themselves (start-up, saves, plan operations, other tabs, kept copies) are the pure
//! `core::store::Persistence`, tested on the host.

pub use crate::core::store::{Persistence, PlanSummary, SaveMode, Startup, StorageNotice};
use crate::storage::{local::LocalStore, memory::MemoryStore};
use crate::ui::browser::{Browser, now_ms};

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
