//! Languages loaded on demand (issue #13 §6): Italian and English are in the wasm; Spanish,
//! French and German are files (`core::l10n::lazy_file`) fetched the first time they are
//! needed and handed to `core::l10n::install`. The service worker precaches them with the
//! rest of the build, so after the first load switching works offline too.
//!
//! The screen never shows a language whose texts are not there: [`Wizard::locale`] is the
//! *shown* language, which follows the answers' language once its texts are installed and
//! keeps the previous one meanwhile (or when the file cannot be loaded, with a message).

use crate::core::l10n;
use crate::core::model::Locale;
use crate::ui::state::Wizard;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
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
    let file = l10n::lazy_file(locale).ok_or(LoadError::Unusable)?;
    let body = fetch_text(file).await?;
    l10n::install(locale, &body).map_err(|_| LoadError::Unusable)
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
/// (English before anything was shown). Re-evaluated when a language finishes loading.
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
            previous.copied().unwrap_or(Locale::En)
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
