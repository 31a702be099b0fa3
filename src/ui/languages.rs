//! Languages loaded on demand (issue #13 §6, issue #16): no language is in the wasm; each is a
//! file (`core::l10n::lazy_file`) fetched the first time it is needed and handed to
//! `core::l10n::install`. The one the app starts in is fetched before it mounts
//! ([`install_start_language`]; `index.html`'s inline script has already started that fetch
//! beside the wasm's), the others when chosen. The service worker precaches them with the
//! rest of the build, so after the first load switching works offline too.
//!
//! The screen never shows a language whose texts are not there: [`Wizard::locale`] is the
//! *shown* language, which follows the answers' language once its texts are installed and
//! keeps the previous one meanwhile (or when the file cannot be loaded, with a message).

use crate::core::l10n;
use crate::core::model::Locale;
use crate::ui::state::Wizard;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Why a language's texts could not be installed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// The fetch failed (offline before the file was ever cached, server gone).
    Network,
    /// The server answered, but not with this build's texts.
    Unusable,
}

/// Fetches and installs the texts of `locale`; nothing to do when they are already there.
pub async fn load(locale: Locale) -> Result<(), LoadError> {
    if l10n::is_ready(locale) {
        return Ok(());
    }
    let body = fetch_text(l10n::lazy_file(locale)).await?;
    l10n::install(locale, &body).map_err(|_| LoadError::Unusable)
}

/// Installs the texts of the language the app starts in, before it mounts, so its first
/// render (and the name of a new plan) is in that language. `index.html`'s inline script
/// chose it as the app does (`window.rottaStart.lang`: the saved choice or plan, else the
/// browser's) and started fetching its file (`rottaStart.texts`, a promise of the text or
/// null); with nothing saved a host's language (`rotta.config.json`) comes first, so then
/// this asks `Browser` like the session will. Another language than the script's, or a
/// failed early fetch, is fetched here (twice before giving up).
pub async fn install_start_language() -> Result<Locale, LoadError> {
    use crate::core::store::Surroundings;
    let start = js_sys::Reflect::get(&window(), &"rottaStart".into())
        .ok()
        .filter(|v| v.is_object());
    let field = |name: &str| {
        start
            .as_ref()
            .and_then(|s| js_sys::Reflect::get(s, &name.into()).ok())
    };
    let chosen = field("lang")
        .and_then(|v| v.as_string())
        .and_then(|l| Locale::from_wire(&l));
    let saved = field("saved").and_then(|v| v.as_bool()).unwrap_or(false);
    let wanted = match chosen {
        Some(locale) if saved => locale,
        _ => crate::ui::browser::Browser.preferred_locale(),
    };
    if l10n::is_ready(wanted) {
        return Ok(wanted);
    }
    if chosen == Some(wanted)
        && let Some(promise) = field("texts").and_then(|v| v.dyn_into::<js_sys::Promise>().ok())
    {
        let body = JsFuture::from(promise)
            .await
            .ok()
            .and_then(|v| v.as_string());
        if body.is_some_and(|body| l10n::install(wanted, &body).is_ok()) {
            return Ok(wanted);
        }
    }
    match load(wanted).await {
        Ok(()) => Ok(wanted),
        Err(_) => load(wanted).await.map(|()| wanted),
    }
}

/// The start cannot go on (no language's texts could be had): `index.html`'s error panel, in
/// the skeleton's language, with its way out (reload, or clear the offline copy). Nothing
/// saved is touched.
pub fn show_boot_error() {
    let failed = js_sys::Reflect::get(&window(), &"rottaBootFailed".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let Some(failed) = failed {
        let _ = failed.call0(&JsValue::NULL);
    }
}

/// The text of a file of this build (a language, an idea bank), relative to the page.
pub async fn fetch_text(url: &str) -> Result<String, LoadError> {
    let window = web_sys::window().ok_or(LoadError::Network)?;
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| LoadError::Network)?
        .dyn_into::<web_sys::Response>()
        .map_err(|_| LoadError::Network)?;
    if !response.ok() {
        return Err(LoadError::Unusable);
    }
    let text = response.text().map_err(|_| LoadError::Network)?;
    JsFuture::from(text)
        .await
        .ok()
        .and_then(|t| t.as_string())
        .ok_or(LoadError::Network)
}

/// The shown language: the answers' once its texts are installed, else the one shown before
/// (before anything was shown, one that is installed). Re-evaluated when a language finishes
/// loading.
pub fn shown_locale(
    wizard_answers: RwSignal<crate::core::model::Answers>,
    loaded: RwSignal<u32>,
) -> Memo<Locale> {
    Memo::new(move |previous: Option<&Locale>| {
        loaded.track();
        let wanted = wizard_answers.with(|a| a.locale);
        if l10n::is_ready(wanted) {
            wanted
        } else {
            previous
                .copied()
                .or_else(|| l10n::ready_or_any(wanted))
                .unwrap_or(wanted)
        }
    })
}

/// Loads the answers' language whenever it is not installed yet (a switch, a plan opened,
/// an import, another tab, a share link), and says so when it cannot.
pub fn follow_answers_language(wizard: Wizard) {
    Effect::new(move |_| ensure(wizard, wizard.answers.with(|a| a.locale)));
}

/// The language picker's choice: the answers take it, and its texts are fetched if needed
/// (again, when an earlier attempt failed and the answers already say this language).
pub fn choose(wizard: Wizard, locale: Locale) {
    if wizard.answers.with_untracked(|a| a.locale) == locale {
        ensure(wizard, locale);
    } else {
        wizard.update(|a| a.locale = locale);
    }
}

fn ensure(wizard: Wizard, wanted: Locale) {
    if l10n::is_ready(wanted) {
        wizard.language_problem.set(None);
        return;
    }
    if wizard.language_loading.get_untracked() == Some(wanted) {
        return;
    }
    wizard.language_problem.set(None);
    wizard.language_loading.set(Some(wanted));
    leptos::task::spawn_local(async move {
        let result = load(wanted).await;
        wizard.language_loading.set(None);
        match result {
            Ok(()) => wizard.texts_loaded.update(|n| *n += 1),
            Err(_) => wizard.language_problem.set(Some(wanted)),
        }
    });
}

/// Puts the app in place of the skeleton of index.html: at once when the language to show is
/// there, else when its texts have loaded (or could not be), so a plan saved in Spanish,
/// French or German never flashes by in English first. Meanwhile the app is mounted but
/// hidden (`body.language-pending`, style/components.css) behind the skeleton.
pub fn reveal(wizard: Wizard) {
    let remove_skeleton = || {
        if let Some(skeleton) = document().get_element_by_id("skeleton") {
            skeleton.remove();
        }
    };
    let wanted = wizard.answers.with_untracked(|a| a.locale);
    if l10n::is_ready(wanted) {
        remove_skeleton();
        return;
    }
    let body = document().body();
    if let Some(body) = &body {
        let _ = body.class_list().add_1("language-pending");
    }
    Effect::new(move |done: Option<bool>| {
        if done == Some(true) {
            return true;
        }
        let settled = wizard.language_loading.get().is_none()
            && (wizard.locale.get() == wizard.answers.with(|a| a.locale)
                || wizard.language_problem.get().is_some());
        if settled {
            remove_skeleton();
            if let Some(body) = &body {
                let _ = body.class_list().remove_1("language-pending");
            }
        }
        settled
    });
}
