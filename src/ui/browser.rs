//! The browser's clock, plan ids, local date and language: what the pure core takes as
//! parameters (`core::store::Surroundings`), read here, in one place. Both the app's state
//! (`ui::state`, which plans for today) and the saving glue (`ui::persist`) use it, and it
//! uses neither, so they do not import each other. And when the browser is idle, for work
//! that can wait for the next paint.

use crate::core::model::Locale;
use crate::core::store::Surroundings;

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
        // A host's language (rotta.config.json) comes before the browser's.
        crate::ui::host::config()
            .language
            .unwrap_or_else(browser_locale)
    }
    fn new_plan(&self, locale: Locale) -> crate::core::model::Answers {
        new_plan(locale)
    }
}

/// A new plan in `locale`, starting next Monday, in the host's country when it set one.
pub fn new_plan(locale: Locale) -> crate::core::model::Answers {
    crate::ui::host::config().new_plan(locale, today())
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

/// The language of a first visit: the first of the browser's languages (`navigator.languages`,
/// most preferred first) Rotta speaks, else English (`core::l10n::first_visit_locale`, the
/// choice `index.html`'s skeleton makes too).
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

/// Runs `task` once the browser has painted and is idle (`requestIdleCallback`, so the next
/// input or frame goes first), at most `timeout_ms` later; where there is no
/// `requestIdleCallback` (Safari), in the task after the next frame.
pub fn when_idle_after_paint(timeout_ms: u32, task: impl FnOnce() + 'static) {
    use leptos::prelude::{request_animation_frame, set_timeout, window};
    use std::{cell::Cell, rc::Rc};
    use wasm_bindgen::JsCast;
    // Shared by both ways of running it, so a refused idle callback still falls back.
    type Pending = Rc<Cell<Option<Box<dyn FnOnce()>>>>;
    let task: Pending = Rc::new(Cell::new(Some(Box::new(task))));
    let run = move |task: Pending| {
        if let Some(task) = task.take() {
            task();
        }
    };
    let win = window();
    if js_sys::Reflect::has(&win, &"requestIdleCallback".into()).unwrap_or(false) {
        let options = web_sys::IdleRequestOptions::new();
        options.set_timeout(timeout_ms);
        let pending = task.clone();
        let callback = wasm_bindgen::closure::Closure::once_into_js(move || run(pending));
        if win
            .request_idle_callback_with_options(callback.unchecked_ref(), &options)
            .is_ok()
        {
            return;
        }
    }
    request_animation_frame(move || set_timeout(move || run(task), std::time::Duration::ZERO));
}
