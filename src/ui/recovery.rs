//! What the user sees if Rotta panics: never a blank page, always a way to take their answers
//! away. Built with plain DOM calls and text nodes (no Leptos, no HTML strings), because after
//! a panic the reactive runtime cannot be trusted, and in release builds the wasm instance
//! stops right after the hook, so the download is a `data:` link needing no Rust code.

use crate::core::i18n::{Text, t};
use crate::core::model::Locale;
use crate::ui::state::Wizard;
use leptos::prelude::*;
use std::cell::RefCell;

thread_local! {
    /// The latest answers as JSON, and their language, kept for the recovery screen.
    static LAST_ANSWERS: RefCell<(String, Locale)> = const { RefCell::new((String::new(), Locale::En)) };
}

/// Keeps a copy of the answers up to date for the recovery screen.
pub fn remember_answers(wizard: Wizard) {
    Effect::new(move |_| {
        let (json, locale) = wizard.answers.with(|a| (a.to_json_pretty(), a.locale));
        LAST_ANSWERS.with(|last| *last.borrow_mut() = (json, locale));
    });
}

/// Installs the panic hook: logs to the console, then shows the recovery screen.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        let _ = show_recovery_screen();
    }));
}

/// Percent-encodes `text` for a `data:` URL.
fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Replaces the page with the recovery screen (what the panic hook shows).
pub fn show_recovery_screen() -> Option<()> {
    let (json, locale) = LAST_ANSWERS.try_with(|last| last.borrow().clone()).ok()?;
    let document = web_sys::window()?.document()?;
    let body = document.body()?;
    let screen = document.create_element("div").ok()?;
    screen.set_id("recovery");
    screen.set_class_name("recovery");
    screen.set_attribute("role", "alert").ok()?;
    let title = document.create_element("h1").ok()?;
    title.set_text_content(Some(t(locale, Text::FatalTitle)));
    let message = document.create_element("p").ok()?;
    message.set_text_content(Some(t(locale, Text::FatalBody)));
    screen.append_child(&title).ok()?;
    screen.append_child(&message).ok()?;
    if !json.is_empty() {
        let link = document.create_element("a").ok()?;
        link.set_attribute(
            "href",
            &format!(
                "data:application/json;charset=utf-8,{}",
                percent_encode(&json)
            ),
        )
        .ok()?;
        link.set_attribute("download", "rotta-answers.json").ok()?;
        link.set_class_name("button button--primary");
        link.set_text_content(Some(t(locale, Text::DownloadAnswers)));
        screen.append_child(&link).ok()?;
    }
    let reload = document.create_element("a").ok()?;
    reload.set_attribute("href", "").ok()?;
    reload.set_class_name("button button--secondary");
    reload.set_text_content(Some(t(locale, Text::Reload)));
    screen.append_child(&reload).ok()?;
    body.set_text_content(None);
    body.append_child(&screen).ok()?;
    Some(())
}

/// Test builds only (`--features crash-trigger`, never in the shipped app): a real panic in
/// the app's own code, for the end-to-end test of this screen. Trunk puts it on
/// `window.wasmBindings`.
#[cfg(feature = "crash-trigger")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn crash_for_tests() {
    let plans: Vec<u32> = Vec::new();
    // An out-of-bounds index: the kind of bug this screen is there for.
    let _ = plans[std::hint::black_box(3)];
}
