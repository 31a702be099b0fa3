//! Post ideas on demand (issue #14 §1): each language's idea bank is a file of the build
//! (`core::ideas::file`), fetched when the plan is shown in that language and handed to
//! `core::ideas::install`; the service worker precaches the banks with the rest of the build,
//! so after the first load they work offline. Until a bank is there the calendar shows each
//! post's pillar and format, and says why.

use crate::core::ideas;
use crate::core::model::Locale;
use crate::ui::languages::fetch_text;
use crate::ui::state::Wizard;
use leptos::prelude::*;

/// Loads the idea bank of the shown language whenever it is not installed yet.
pub fn follow_locale(wizard: Wizard) {
    Effect::new(move |_| load(wizard, wizard.locale.get()));
}

/// Fetches and installs the idea bank of `locale` (again, after a failure: the Retry button).
pub fn load(wizard: Wizard, locale: Locale) {
    if ideas::is_ready(locale) || wizard.ideas_loading.get_untracked() == Some(locale) {
        return;
    }
    wizard.ideas_loading.set(Some(locale));
    wizard.ideas_problem.set(None);
    leptos::task::spawn_local(async move {
        let installed = match fetch_text(ideas::file(locale)).await {
            Ok(text) => ideas::install(locale, &text).is_ok(),
            Err(_) => false,
        };
        wizard.ideas_loading.try_set(None);
        if installed {
            wizard.ideas_loaded.try_update(|n| *n += 1);
        } else {
            wizard.ideas_problem.try_set(Some(locale));
        }
    });
}
