//! Share links: the answers compressed into the URL fragment (never sent to a server), the
//! read-only view of a shared plan, and "save as a new plan".

use crate::core::i18n::{Text, t};
use crate::core::l10n::Msg;
use crate::core::model::{Answers, Locale};
use crate::core::qr::{QUIET_ZONE, link_qr, too_long_text, whole_module_size};
use crate::core::share::{ShareError, answers_from_fragment, share_error_text, share_fragment};
use crate::ui::download::download_answers;
use crate::ui::plans::{PersistenceHandle, refresh};
use crate::ui::state::Wizard;
use leptos::prelude::*;

/// Links longer than this may be cut by some chat apps and mail clients.
const LONG_LINK: usize = 2000;

/// The fragment of the current address, without the '#', if it is a share link.
fn share_fragment_in_address() -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    let fragment = hash.strip_prefix('#').unwrap_or(&hash);
    fragment.starts_with("share=").then(|| fragment.to_string())
}

/// Reads a share link from the address: `Some(Ok)` shared answers, `Some(Err)` a damaged
/// link, `None` no link.
pub fn shared_answers_in_address() -> Option<Result<Answers, ShareError>> {
    share_fragment_in_address().map(|f| answers_from_fragment(&f))
}

/// Removes the fragment from the address without reloading or adding a history entry.
fn clear_fragment() {
    if let Some(window) = web_sys::window() {
        let location = window.location();
        let url = format!(
            "{}{}",
            location.pathname().unwrap_or_default(),
            location.search().unwrap_or_default()
        );
        if let Ok(history) = window.history() {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
        }
    }
}

/// The message for a link that cannot be opened.
pub fn share_error_message(error: &ShareError, locale: crate::core::model::Locale) -> String {
    format!(
        "{} {}",
        t(locale, Text::ShareOpenFailed),
        share_error_text(error, locale)
    )
}

/// The banner over a shared plan: save it as a new plan, or go back to your own.
#[component]
pub fn SharedBanner() -> impl IntoView {
    let wizard = use_context::<Wizard>().expect("Wizard context");
    let persistence = use_context::<PersistenceHandle>().expect("persistence context");
    let locale = wizard.locale;
    let save = move |_| {
        let answers = wizard.answers.get_untracked();
        let name = answers.business.name.clone();
        let saved = persistence
            .try_update_value(|p| {
                p.catch_up();
                p.add_plan(None, answers, name)
            })
            .and_then(Result::ok);
        crate::ui::persist::report_save(wizard, persistence, saved.is_some());
        if saved.is_some() {
            wizard.shared.set(false);
            clear_fragment();
            refresh(wizard, persistence);
        }
    };
    let close = move |_| {
        let own = persistence
            .try_update_value(|p| {
                p.catch_up();
                p.active_answers()
            })
            .flatten();
        if let Some(own) = own {
            wizard.answers.set(own);
        }
        wizard.shared.set(false);
        clear_fragment();
        refresh(wizard, persistence);
    };
    view! {
        <Show when=move || wizard.shared.get()>
            <div class="shared-banner no-print" role="region" aria-label=move || t(locale.get(), Msg::ShareSharedReadOnly)>
                <p>{move || t(locale.get(), Msg::ShareSharedReadOnly)}</p>
                <button type="button" id="shared-save" class="button button--primary" on:click=save>
                    {move || t(locale.get(), Msg::ShareSaveAsNewPlan)}
                </button>
                <button type="button" id="shared-close" class="button button--secondary" on:click=close>
                    {move || t(locale.get(), Text::CloseShared)}
                </button>
            </div>
        </Show>
    }
}

/// Copies `url` and sets `copied` to it once the browser confirms. Without a clipboard (plain
/// `http` on a local network address, common in workshops, has none) or when the browser
/// refuses, nothing claims the link was copied: the field holding it gets focus, its text
/// selected, ready for Ctrl+C.
fn copy_to_clipboard(window: &web_sys::Window, url: String, copied: RwSignal<Option<String>>) {
    let navigator = window.navigator();
    let has_clipboard =
        js_sys::Reflect::get(&navigator, &wasm_bindgen::JsValue::from_str("clipboard"))
            .is_ok_and(|c| c.is_object());
    let select_by_hand = || crate::ui::fields::focus_later("share-url".to_string());
    if !has_clipboard {
        select_by_hand();
        return;
    }
    let promise = navigator.clipboard().write_text(&url);
    leptos::task::spawn_local(async move {
        let done = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
        if done {
            copied.set(Some(url));
        } else {
            select_by_hand();
        }
    });
}

/// The share link of `fragment` at the page's own address.
fn share_url(fragment: &str) -> String {
    let location = web_sys::window().map(|w| w.location());
    let part = |f: fn(&web_sys::Location) -> Result<String, wasm_bindgen::JsValue>| {
        location
            .as_ref()
            .and_then(|l| f(l).ok())
            .unwrap_or_default()
    };
    format!(
        "{}{}?step=plan#{fragment}",
        part(web_sys::Location::origin),
        part(web_sys::Location::pathname)
    )
}

/// The share box of the plan view: makes the link, shows it, copies it, and shows it as a QR
/// code (issue #15 §1), or offers the answers file when the link is too long for one.
///
/// Once made, the link follows the answers (another idea picked on the plan, another tab's
/// save): the code on the projector is never a stale plan. "Link copied" shows only while
/// the link shown is the one copied.
#[component]
pub fn ShareBox() -> impl IntoView {
    let wizard = use_context::<Wizard>().expect("Wizard context");
    let persistence = use_context::<PersistenceHandle>();
    let locale = wizard.locale;
    let shown = RwSignal::new(false);
    let copied = RwSignal::new(None::<String>);
    let link = Memo::new(move |_| {
        shown
            .get()
            .then(|| share_url(&wizard.answers.with(share_fragment)))
    });
    // The code follows the link 400 ms after it settles: drawing a version-25 code takes tens
    // of milliseconds, too much for every keystroke of the what-if. The first one is at once.
    let qr_link = RwSignal::new(None::<String>);
    let generation = StoredValue::new(0u32);
    Effect::new(move |_| {
        let current = link.get();
        generation.update_value(|g| *g = g.wrapping_add(1));
        if current.is_none() || qr_link.get_untracked().is_none() {
            qr_link.set(current);
            return;
        }
        let mine = generation.get_value();
        set_timeout(
            move || {
                if generation.try_get_value() == Some(mine) {
                    qr_link.set(current);
                }
            },
            std::time::Duration::from_millis(400),
        );
    });
    let make = move |_| {
        shown.set(true);
        let (Some(window), Some(url)) = (web_sys::window(), link.get_untracked()) else {
            return;
        };
        copied.set(None);
        copy_to_clipboard(&window, url, copied);
    };
    view! {
        <div class="share">
            <button type="button" id="share-link" class="button button--secondary" on:click=make>
                {move || t(locale.get(), Msg::ShareCopyLink)}
            </button>
            {move || link.get().map(|url| {
                let long = url.len() > LONG_LINK;
                let is_copied = {
                    let url = url.clone();
                    move || copied.with(|c| c.as_deref() == Some(url.as_str()))
                };
                view! {
                    <div class="field">
                        <label for="share-url">{t(locale.get_untracked(), Text::ShareLinkLabel)}</label>
                        <p id="share-url-hint" class="field__hint">{t(locale.get_untracked(), Text::ShareLinkHint)}</p>
                        <input id="share-url" type="text" readonly aria-describedby="share-url-hint" prop:value=url.clone()
                            on:focus=move |ev| {
                                use wasm_bindgen::JsCast;
                                if let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                                    input.select();
                                }
                            }/>
                        <Show when=is_copied>
                            <p class="field__hint" role="status">{t(locale.get_untracked(), Msg::ShareLinkCopied)}</p>
                        </Show>
                        {long.then(|| view! { <p class="field__warning">{t(locale.get_untracked(), Text::ShareLinkLong)}</p> })}
                    </div>
                }
            })}
            {move || qr_link.get().map(|url| view! {
                <ShareQr url=url locale=locale.get_untracked() on_file=move || download_answers(wizard, persistence)/>
            })}
        </div>
    }
}

/// The QR code's size in the share box, at most (CSS pixels): 3 pixels a module at version 25.
const BOX_PX: f64 = 384.0;

/// The large code's dialog padding on both sides (`.qr-large`, 1rem each).
const LARGE_PADDING_PX: f64 = 32.0;

/// The QR code of `url` with "Show large" (a modal `<dialog>` filling the screen, for a
/// projector; Escape or Close leave it and focus returns to the button), or, when `url` is
/// too long for a code that scans across a room (`core::qr`), the message saying so and a
/// button calling `on_file` (the answers file download).
#[component]
fn ShareQr(
    url: String,
    locale: Locale,
    on_file: impl Fn() + Send + Sync + 'static,
) -> impl IntoView {
    match link_qr(&url, locale) {
        Ok(qr) => {
            let src = qr.picture.data_url();
            let alt = qr.picture.label;
            let dialog_label = alt.clone();
            let side = qr.modules + 2 * QUIET_ZONE;
            let in_box = whole_module_size(side, BOX_PX);
            let large = RwSignal::new(side);
            let dialog = NodeRef::<leptos::html::Dialog>::new();
            let open = move |_| {
                // The screen as it is when shown: the shorter side less the dialog's padding.
                if let Some(window) = web_sys::window() {
                    let px = |v: Result<wasm_bindgen::JsValue, _>| v.ok().and_then(|v| v.as_f64()).unwrap_or(0.0);
                    let room = px(window.inner_width()).min(px(window.inner_height())) - LARGE_PADDING_PX;
                    large.set(whole_module_size(side, room));
                }
                if let Some(d) = dialog.get() {
                    let _ = d.show_modal();
                }
            };
            let close = move |_| {
                if let Some(d) = dialog.get() {
                    d.close();
                }
            };
            view! {
                <figure class="share__qr" data-version=qr.version>
                    <img id="share-qr" class="share__qr-img" src=src.clone() alt=alt.clone() width=in_box height=in_box/>
                    <figcaption class="field__hint">{t(locale, Msg::ShareQrHint)}</figcaption>
                    <button type="button" id="share-qr-large" class="button button--secondary" aria-haspopup="dialog" on:click=open>
                        {t(locale, Msg::ShareQrShowLarge)}
                    </button>
                </figure>
                <dialog id="share-qr-dialog" class="qr-large" node_ref=dialog aria-label=dialog_label>
                    <img id="share-qr-big" class="qr-large__img" src=src alt=alt width=move || large.get() height=move || large.get()/>
                    <button type="button" id="share-qr-close" class="button button--primary qr-large__close" on:click=close>
                        {t(locale, Msg::ShareQrClose)}
                    </button>
                </dialog>
            }
            .into_any()
        }
        Err(too_long) => view! {
            <div class="share__qr-too-long">
                <p id="share-qr-too-long" class="field__warning" role="status">{too_long_text(locale, too_long)}</p>
                <button type="button" id="share-qr-file" class="button button--secondary" on:click=move |_| on_file()>
                    {t(locale, Msg::ShareQrDownloadAnswers)}
                </button>
            </div>
        }
        .into_any(),
    }
}
