//! The browser glue of a host's `rotta.config.json` (`core::host`, docs/hosting.md): read it
//! once before the app mounts, apply the colours, and give the header, the title, the plan
//! and the footer what the host set. Also the iframe embed: the page's height posted to the
//! parent page.
//!
//! **Waiting for it.** The config is read before `ui::mount` mounts the app, for at most
//! [`WAIT_MS`]. The first paint is not held back: `index.html`'s static skeleton is already on
//! screen. Waiting (rather than starting with the defaults and switching when the file comes)
//! means the first visit's language and a new plan's country are right from the start and
//! the header does not flash Rotta's name and colours first. The file is small and on the
//! same server, and after the first visit the service worker answers it from its cache at
//! once (`pwa/sw.js`), so the wait is a few milliseconds; a server that does not answer in
//! time gets the defaults and a console message, never a blank page.

use crate::core::host::{self, HostConfig};
use crate::core::i18n::{Text, t};
use crate::core::model::Locale;
use leptos::prelude::*;
use std::sync::OnceLock;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// How long the start waits for the config before going on with the defaults.
pub const WAIT_MS: i32 = 1500;

static CONFIG: OnceLock<HostConfig> = OnceLock::new();

/// The host's settings (the defaults before [`load`] or when there is no config).
pub fn config() -> &'static HostConfig {
    CONFIG.get_or_init(HostConfig::default)
}

/// Reads `rotta.config.json`, says in the console what was refused, sets the colours. Called
/// once, before the app mounts.
pub async fn load() {
    let parsed = match fetch_config().await {
        Ok(Some(text)) => host::parse(&text),
        Ok(None) => {
            leptos::logging::log!(
                "Rotta: no {} next to the page (404): Rotta's defaults are used (docs/hosting.md).",
                host::FILE
            );
            host::Parsed::default()
        }
        Err(why) => {
            leptos::logging::warn!(
                "Rotta: {} could not be read ({why}): Rotta's defaults are used.",
                host::FILE
            );
            host::Parsed::default()
        }
    };
    for message in &parsed.messages {
        leptos::logging::warn!("Rotta: {message}");
    }
    set_colours(&parsed.config);
    let _ = CONFIG.set(parsed.config);
}

/// The file's text; `None` when there is none (404).
async fn fetch_config() -> Result<Option<String>, String> {
    let window = web_sys::window().ok_or("no window")?;
    // One deadline for the request and its body: whichever comes first wins the race.
    let deadline = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, WAIT_MS);
    });
    let race = |p: js_sys::Promise| js_sys::Promise::race(&js_sys::Array::of2(&p, &deadline));
    let timed_out = || format!("no answer within {WAIT_MS} ms");
    let response = JsFuture::from(race(window.fetch_with_str(host::FILE)))
        .await
        .map_err(|_| "network error".to_string())?
        .dyn_into::<web_sys::Response>()
        .map_err(|_| timed_out())?;
    if response.status() == 404 {
        return Ok(None);
    }
    if response.status() == 204 {
        // The service worker's answer when offline with no copy kept (pwa/sw.js).
        return Err("offline, and no copy kept for offline use".into());
    }
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let body = response.text().map_err(|_| "unreadable body".to_string())?;
    JsFuture::from(race(body))
        .await
        .map_err(|_| "network error".to_string())?
        .as_string()
        .map(Some)
        .ok_or_else(timed_out)
}

/// The host's accent colours as CSS custom properties on the document element, read by
/// style/tokens.css. Set through the CSSOM, which the CSP allows (no style attribute text).
fn set_colours(config: &HostConfig) {
    let Some(root) = document()
        .document_element()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let style = root.style();
    for (name, value) in config.css_properties() {
        let _ = style.set_property(name, &value);
    }
}

/// The name shown: the host's, else Rotta's.
pub fn app_name(locale: Locale) -> String {
    config()
        .name
        .clone()
        .unwrap_or_else(|| t(locale, Text::AppName).to_owned())
}

/// The header's brand: the host's logo (its name as alt text) and name, or "Rotta".
#[component]
pub fn Brand() -> impl IntoView {
    let name = config().name.clone().unwrap_or_else(|| "Rotta".to_owned());
    let logo = config().logo.clone().map(|src| {
        view! { <img class="header__logo" src=src alt=name.clone()/> }
    });
    view! {
        {logo}
        <span class="header__name">{name.clone()}</span>
    }
}

/// The host's call to action ("Book a free call") on the plan: a link that opens in a new
/// tab; printed with its address.
#[component]
pub fn CallToAction() -> impl IntoView {
    config().cta.clone().map(|cta| {
        view! {
            <p class="host-cta">
                <a class="host-cta__link" href=cta.url target="_blank" rel="noopener noreferrer">{cta.label}</a>
            </p>
        }
    })
}

/// The host's privacy note, at the foot of every page (and of the printed plan).
#[component]
pub fn PrivacyNote(
    /// The language shown.
    locale: Memo<Locale>,
) -> impl IntoView {
    config().privacy.clone().map(|note| {
        view! {
            <footer class="host-footer">
                <h2 class="host-footer__title">{move || t(locale.get(), Text::HostPrivacy)}</h2>
                <p class="host-privacy">{note}</p>
            </footer>
        }
    })
}

/// Inside an `<iframe>`, posts the page's height to the parent page each time it changes, so
/// the host's page can size the frame (docs/hosting.md has the listener). The target origin
/// is "*": the height is not a secret and Rotta cannot know the host's origin; the host's
/// listener checks `event.origin` (the origin Rotta is served from) before trusting it.
pub fn report_height() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(parent) = window.parent().ok().flatten() else {
        return;
    };
    if wasm_bindgen::JsValue::from(&parent) == wasm_bindgen::JsValue::from(&window) {
        return; // not in a frame
    }
    let Some(body) = document().body() else {
        return;
    };
    let last = std::cell::Cell::new(-1);
    let post = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || {
        let Some(body) = document().body() else {
            return;
        };
        // The body's border box: the content, not the frame's viewport (the document
        // element's height would never shrink below the frame).
        let height = body.offset_height();
        if height == last.replace(height) {
            return;
        }
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &"rotta:height".into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
        let _ = parent.post_message(&message, "*");
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(post.as_ref().unchecked_ref()) {
        observer.observe(&body);
    }
    post.forget(); // lives as long as the page
}
