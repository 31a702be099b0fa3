//! Strategy on a page: the summary that opens the Plan step (and is page 1 of the print),
//! drawn from `core::summary`; and the print's running header, set through the CSSOM.

use crate::core::engine::WarningSeverity;
use crate::core::i18n::{Text, t};
use crate::core::summary::{SCREEN_POSTS, print_header_rule, summary};
use crate::ui::state::Wizard;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

/// The one-screen summary: top warning, channels and cadence, the objective that matters,
/// hours, budget, the next four weeks' posts.
#[component]
pub fn Summary() -> impl IntoView {
    let w = use_context::<Wizard>().expect("Wizard context");
    let plan = w.plan;
    let locale = w.locale;
    // The plan's own "today" (the day the engine planned for), not a second clock reading.
    let s = Memo::new(move |_| plan.with(|p| summary(p, p.today)));
    Effect::new(move |_| plan.with(|p| set_print_header(&print_header_rule(p, p.today))));
    view! {
        <section class="plan-section plan-summary" id="plan-summary" aria-labelledby="plan-summary-h">
            <h2 id="plan-summary-h">{move || t(locale.get(), Text::SummaryTitle)}</h2>
            {move || s.with(|s| s.top_warning.clone()).map(|top| {
                let class = match top.severity {
                    WarningSeverity::Critical => "plan-summary__warning warning warning--critical",
                    WarningSeverity::Warning => "plan-summary__warning warning warning--warning",
                    WarningSeverity::Info => "plan-summary__warning warning warning--info",
                };
                view! {
                    <p class=class data-code=top.code.as_str()>
                        <strong>{format!("{}: ", t(locale.get_untracked(), Text::SummaryTopWarning))}</strong>
                        {top.message}
                        {top.more.map(|more| view! { <span class="muted">{format!(" ({more})")}</span> })}
                    </p>
                }
            })}
            <dl class="plan-summary__facts">
                <div class="plan-summary__fact">
                    <dt>{move || t(locale.get(), Text::SummaryChannels)}</dt>
                    <dd><ul class="plan-summary__channels">
                        {move || s.with(|s| s.channels.iter().map(|c| view! {
                            <li class=format!("ch ch--{}", c.channel.as_str()) data-channel=c.channel.as_str()>
                                <span class="ch-dot" aria-hidden="true"></span>
                                <strong>{c.name.clone()}</strong>{format!(": {}", c.cadence)}
                            </li>
                        }).collect_view())}
                    </ul></dd>
                </div>
                <div class="plan-summary__fact">
                    <dt>{move || t(locale.get(), Text::SummaryObjective)}</dt>
                    <dd id="summary-objective">{move || s.with(|s| s.objective.clone()).map(|o| view! {
                        <strong>{o.goal}</strong>{format!(" — {}. {}", o.metric, o.target)}
                    })}</dd>
                </div>
                <div class="plan-summary__fact">
                    <dt>{move || t(locale.get(), Text::SummaryHours)}</dt>
                    <dd id="summary-hours" class:plan-summary__over=move || s.with(|s| !s.hours.fits)>
                        {move || s.with(|s| s.hours.text.clone())}
                    </dd>
                </div>
                <div class="plan-summary__fact">
                    <dt>{move || t(locale.get(), Text::SummaryBudget)}</dt>
                    <dd id="summary-budget">{move || s.with(|s| view! {
                        <strong>{s.budget.total.clone()}</strong>
                        {(!s.budget.parts.is_empty()).then(|| view! {
                            <ul class="plan-summary__split">
                                {s.budget.parts.iter().map(|p| view! {
                                    <li data-part=p.key>{format!("{} {}", p.label, p.amount)}</li>
                                }).collect_view()}
                            </ul>
                        })}
                    })}</dd>
                </div>
            </dl>
            <h3 id="summary-posts-h">{move || t(locale.get(), Text::SummaryNextPosts)}</h3>
            {move || s.with(|s| if s.posts.is_empty() {
                view! { <p class="muted">{t(locale.get_untracked(), Text::SummaryNoPosts)}</p> }.into_any()
            } else {
                // With one channel (named above) the posts do not repeat its name.
                let named = s.channels.len() > 1;
                view! {
                    <ol class="plan-summary__posts" aria-labelledby="summary-posts-h">
                        {s.posts.iter().enumerate().map(|(i, p)| view! {
                            <li class=format!(
                                    "plan-summary__post{}{}",
                                    p.channel.map(|c| format!(" ch ch--{}", c.as_str())).unwrap_or_default(),
                                    if i >= SCREEN_POSTS { " plan-summary__post--later" } else { "" },
                                )
                                title=p.title.clone()>
                                <span class="plan-summary__when">{p.when.clone()}</span>" "
                                {named.then(|| view! {
                                    <span class="ch-dot" aria-hidden="true"></span>
                                    <span class="plan-summary__channel">{format!("{} — ", p.channel_name)}</span>
                                })}
                                {p.title.clone()}
                            </li>
                        }).collect_view()}
                    </ol>
                    {s.more_posts.clone().map(|more| view! { <p class="plan-summary__more muted">{more}</p> })}
                }.into_any()
            })}
        </section>
    }
}

#[wasm_bindgen]
extern "C" {
    /// A constructed stylesheet (`new CSSStyleSheet()`): changed through the CSSOM, which the
    /// Content-Security-Policy leaves alone (it refuses inline `style=""` and unhashed
    /// `<style>` elements).
    #[wasm_bindgen(js_name = CSSStyleSheet)]
    type Sheet;
    #[wasm_bindgen(constructor, js_class = "CSSStyleSheet", catch)]
    fn new() -> Result<Sheet, JsValue>;
    #[wasm_bindgen(method, js_name = insertRule, catch)]
    fn insert_rule(this: &Sheet, rule: &str, index: u32) -> Result<u32, JsValue>;
    #[wasm_bindgen(method, js_name = deleteRule, catch)]
    fn delete_rule(this: &Sheet, index: u32) -> Result<(), JsValue>;
}

thread_local! {
    /// The sheet holding the header rule, adopted by the document once.
    static HEADER: std::cell::OnceCell<Option<Sheet>> = const { std::cell::OnceCell::new() };
}

/// Replaces the print header's `@page` rule (the plan's title and the date). Printing
/// without it still works (page numbers are in print.css), so failures are ignored: a
/// browser without constructed stylesheets prints no running header.
fn set_print_header(rule: &str) {
    HEADER.with(|cell| {
        let sheet = cell.get_or_init(|| {
            let sheet = Sheet::new().ok()?;
            let doc = document();
            let adopted = js_sys::Reflect::get(&doc, &"adoptedStyleSheets".into()).ok()?;
            let list = js_sys::Array::from(&adopted);
            list.push(&sheet);
            js_sys::Reflect::set(&doc, &"adoptedStyleSheets".into(), &list).ok()?;
            Some(sheet)
        });
        if let Some(sheet) = sheet {
            // The sheet holds this one rule: drop the old one (none the first time).
            let _ = sheet.delete_rule(0);
            let _ = sheet.insert_rule(rule, 0);
        }
    });
}
