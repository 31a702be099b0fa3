//! The browser's clock, plan ids, local date and language: what the pure core takes as
//! parameters (`core::store::Surroundings`), read here, in one place. Both the app's state
//! (`ui::state`, which plans for today) and the saving glue (`ui::persist`) use it, and it
//! uses neither, so they do not import each other.

use crate::core::model::Locale;
use crate::core::store::{Surroundings, locale_for_language_tag};

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

/// Milliseconds since 1970, now.
pub fn now_ms() -> i64 {
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

/// The browser's preferred language when Rotta speaks it, else English
/// (`core::store::locale_for_language_tag`, the choice `index.html`'s skeleton makes too).
pub fn browser_locale() -> Locale {
    let language = web_sys::window()
        .and_then(|w| w.navigator().language())
        .unwrap_or_default();
    locale_for_language_tag(&language)
}
