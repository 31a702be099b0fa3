//! Offline and updates: registers the service worker (`sw.js`, written at build time by
//! `scripts/post-build.mjs`) and, when a new version has been installed and is waiting,
//! shows "A new version of Rotta is available — Reload" instead of swapping it in under the
//! user's feet.
//!
//! Accepting posts `{type: "SKIP_WAITING"}` to the waiting worker; when it takes control
//! (`controllerchange`) this page reloads into the new version. The answers live in
//! localStorage, which an update never touches, and a pending save is flushed on `pagehide`
//! before the reload (see `ui::autosave`). The announcement says the answers stay saved only
//! while the last save succeeded; otherwise it says they are not, and Reload asks first.
//!
//! Registration happens from Rust, after the app has mounted (off the critical path, and no
//! inline script that the Content-Security-Policy would have to allow). It is skipped in debug
//! builds, so `trunk serve` never serves a stale cached build while developing.

use crate::core::l10n::{Msg, t};
use crate::core::model::Locale;
use crate::ui::persist::{Persistence, SaveMode};
use crate::ui::state::Wizard;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState,
};

/// The service worker's address, relative to the page so the app works under any sub-path
/// (its scope is then the page's directory).
const SERVICE_WORKER_URL: &str = "./sw.js";

/// How often a long-open page asks whether a new version has been published (a workshop
/// keeps the app open for hours; the browser itself checks only on navigation).
const UPDATE_CHECK_EVERY_MS: i32 = 60 * 60 * 1000;

/// The texts of the update banner (catalogue keys, `locales/<lang>.txt`): the announcement,
/// its variants when this browser cannot keep the answers (storage blocked, or the data
/// belongs to a newer Rotta) or the last save failed (a reload would lose what was typed),
/// and the question asked before such a reload. The button is the interface's `Reload`.
pub const UPDATE_TEXTS: [Msg; 5] = [
    Msg::UpdateAvailable,
    Msg::UpdateAvailableUnsaved,
    Msg::UpdateAvailableNotSaved,
    Msg::Reload,
    Msg::UpdateReloadConfirm,
];

/// The "new version — reload" banner; also registers the service worker when it mounts.
/// Place it once, in the shell.
#[component]
pub fn UpdatePrompt() -> impl IntoView {
    let locale = use_context::<Wizard>().map(|wizard| wizard.locale);
    let text = move |key| t(locale.map_or(Locale::It, |l| l.get()), key);
    let persistence = use_context::<StoredValue<Persistence, LocalStorage>>();
    // Whether a reload would lose what was typed here: storage blocked or read-only, or
    // the last save failed (reactive: the banner follows each save's result).
    let save_failed = use_context::<Wizard>().map(|wizard| wizard.save_failed);
    let cannot_save = move || {
        !persistence
            .and_then(|p| p.try_with_value(|p| p.mode == SaveMode::Persistent))
            .unwrap_or(true)
    };
    let last_save_failed = move || save_failed.is_some_and(|s| s.get());
    let announcement = move || {
        if cannot_save() {
            Msg::UpdateAvailableUnsaved
        } else if last_save_failed() {
            Msg::UpdateAvailableNotSaved
        } else {
            Msg::UpdateAvailable
        }
    };
    let waiting = RwSignal::new_local(None::<ServiceWorker>);
    let accepted = StoredValue::new(false);
    if cfg!(not(debug_assertions)) {
        register(waiting, accepted);
    }
    let reload = move |_| {
        let Some(worker) = waiting.get_untracked() else {
            return;
        };
        if (cannot_save() || save_failed.is_some_and(|s| s.get_untracked()))
            && !window()
                .confirm_with_message(text(Msg::UpdateReloadConfirm))
                .unwrap_or(false)
        {
            return; // the user keeps the page, to export first
        }
        if worker.state() != ServiceWorkerState::Installed {
            // Another tab already let it take over: the new version is one reload away.
            let _ = window().location().reload();
            return;
        }
        accepted.set_value(true);
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &"SKIP_WAITING".into());
        if worker.post_message(&message).is_err() {
            accepted.set_value(false);
        }
    };
    view! {
        <Show when=move || waiting.with(Option::is_some)>
            <div id="update-banner" class="notice update-banner" role="status">
                <p>{move || text(announcement())}</p>
                <button id="update-reload" type="button" class="button button--primary" on:click=reload>
                    {move || text(Msg::Reload)}
                </button>
            </div>
        </Show>
    }
}

/// The browser's service worker container, if this page may use one (a secure context:
/// https or localhost; in others `navigator.serviceWorker` does not exist).
fn container() -> Option<ServiceWorkerContainer> {
    let navigator = window().navigator();
    let present = js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false);
    present.then(|| navigator.service_worker())
}

/// Registers `sw.js` and keeps `waiting` set to a new version waiting to take over.
/// `accepted` is true once the user asked for the update: only then does a change of
/// controller reload the page (the very first install also changes it, and must not).
fn register(waiting: RwSignal<Option<ServiceWorker>, LocalStorage>, accepted: StoredValue<bool>) {
    let Some(container) = container() else { return };
    let on_controller_change = Closure::<dyn FnMut()>::new(move || {
        if accepted.try_get_value().unwrap_or(false) {
            let _ = window().location().reload();
        }
    });
    container.set_oncontrollerchange(Some(on_controller_change.as_ref().unchecked_ref()));
    on_controller_change.forget(); // lives as long as the page
    let promise = container.register(SERVICE_WORKER_URL);
    leptos::task::spawn_local(async move {
        let Ok(registration) = JsFuture::from(promise).await else {
            return; // no offline support (e.g. storage blocked); the app works as before
        };
        let Ok(registration) = registration.dyn_into::<ServiceWorkerRegistration>() else {
            return;
        };
        watch_for_updates(&container, &registration, waiting);
        check_for_updates_now_and_then(registration);
    });
}

/// Shows the banner for an update already waiting, for one still installing (an update found
/// before this page's listener was attached: a slow start must not miss it), and for each one
/// installed later.
fn watch_for_updates(
    container: &ServiceWorkerContainer,
    registration: &ServiceWorkerRegistration,
    waiting: RwSignal<Option<ServiceWorker>, LocalStorage>,
) {
    // Without a controller this is the first install, not an update: nothing to announce.
    let is_update = {
        let container = container.clone();
        move || container.controller().is_some()
    };
    if let Some(worker) = registration.waiting().filter(|_| is_update()) {
        let _ = waiting.try_set(Some(worker));
    }
    let track = move |installing: ServiceWorker| {
        let worker = installing.clone();
        let is_update = is_update.clone();
        let on_state_change = Closure::<dyn FnMut()>::new(move || {
            if worker.state() == ServiceWorkerState::Installed && is_update() {
                let _ = waiting.try_set(Some(worker.clone()));
            }
        });
        installing.set_onstatechange(Some(on_state_change.as_ref().unchecked_ref()));
        on_state_change.forget(); // one per update found: a handful in a page's life
    };
    if let Some(installing) = registration.installing() {
        track(installing);
    }
    let watched = registration.clone();
    let on_update_found = Closure::<dyn FnMut()>::new(move || {
        if let Some(installing) = watched.installing() {
            track(installing);
        }
    });
    registration.set_onupdatefound(Some(on_update_found.as_ref().unchecked_ref()));
    on_update_found.forget();
}

/// Asks the server for a new `sw.js` every [`UPDATE_CHECK_EVERY_MS`].
fn check_for_updates_now_and_then(registration: ServiceWorkerRegistration) {
    let check = Closure::<dyn FnMut()>::new(move || {
        if let Ok(promise) = registration.update() {
            // Offline, the check fails: nothing to do until the next one.
            leptos::task::spawn_local(async move {
                let _ = JsFuture::from(promise).await;
            });
        }
    });
    let _ = window().set_interval_with_callback_and_timeout_and_arguments_0(
        check.as_ref().unchecked_ref(),
        UPDATE_CHECK_EVERY_MS,
    );
    check.forget();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_exists_in_every_language() {
        for key in UPDATE_TEXTS {
            let it = t(Locale::It, key);
            for locale in Locale::ALL {
                let text = t(*locale, key);
                assert!(!text.trim().is_empty(), "{locale:?} {key:?}");
                if *locale != Locale::It {
                    assert_ne!(it, text, "{key:?} untranslated in {locale:?}");
                }
            }
        }
    }

    #[test]
    fn the_italian_announcement_is_accented_italian() {
        let it = t(Locale::It, Msg::UpdateAvailable);
        assert!(it.starts_with("È disponibile"), "{it}");
        assert!(it.contains("nuova versione"), "{it}");
    }
}
