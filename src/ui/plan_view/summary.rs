//! Strategy on a page: the summary that opens the Plan step (and is page 1 of the print),
//! drawn from `core::summary`; and the print's running header, set through the CSSOM.

use crate::core::i18n::{Text, t};
use crate::core::model::Locale;
use crate::core::summary::{SCREEN_POSTS, Summary as SummaryData, print_header_rule, summary};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

/// The one-screen summary: top warning, channels and cadence, the objective that matters,
/// hours, budget, the next four weeks' posts.
#[component]
pub fn Summary() -> impl IntoView {
    let plan = crate::ui::state::Planned::get().plan;
    // The plan's own "today" (the day the engine planned for), not a second clock reading.
    Effect::new(move |_| plan.with(|p| set_print_header(&print_header_rule(p, p.today))));
    // One reactive closure redraws the whole (small) summary when the plan changes: each
    // closure of a view is compiled code of its own (docs/size.md).
    move || plan.with(|p| body(p.locale, summary(p, p.today)))
}

/// The summary's markup, in `l` (the plan's language, which the labels follow too).
fn body(l: Locale, s: SummaryData) -> impl IntoView + use<> {
    let warning = s.top_warning.map(|top| {
        let class = format!(
            "plan-summary__warning {}",
            super::sections::warning_class(top.severity)
        );
        view! {
            <p class=class data-code=top.code.as_str()>
                <strong>{format!("{}: ", t(l, Text::SummaryTopWarning))}</strong>
                {top.message}
                {top.more.map(|more| view! { <span class="muted">{format!(" ({more})")}</span> })}
            </p>
        }
    });
    // With one channel (named above) the posts do not repeat its name.
    let named = s.channels.len() > 1;
    let posts = if s.posts.is_empty() {
        view! { <p class="muted">{t(l, Text::SummaryNoPosts)}</p> }.into_any()
    } else {
        view! {
            <ol class="plan-summary__posts" aria-labelledby="summary-posts-h">
                {s.posts.into_iter().enumerate().map(|(i, p)| view! {
                    <li class=format!(
                            "plan-summary__post{}{}",
                            p.channel.map(|c| format!(" ch ch--{}", c.as_str())).unwrap_or_default(),
                            if i >= SCREEN_POSTS { " plan-summary__post--later" } else { "" },
                        )
                        title=p.title.clone()>
                        <span class="plan-summary__when">{p.when}</span>" "
                        {named.then(|| view! {
                            <span class="ch-dot" aria-hidden="true"></span>
                            <span class="plan-summary__channel">{format!("{} — ", p.channel_name)}</span>
                        })}
                        {p.title.clone()}
                    </li>
                }).collect_view()}
            </ol>
            {s.more_posts.map(|more| view! { <p class="plan-summary__more muted">{more}</p> })}
        }
        .into_any()
    };
    view! {
        <section class="plan-section plan-summary" id="plan-summary" aria-labelledby="plan-summary-h">
            <h2 id="plan-summary-h">{t(l, Text::SummaryTitle)}</h2>
            {warning}
            <dl class="plan-summary__facts">
                <div class="plan-summary__fact">
                    <dt>{t(l, Text::SummaryChannels)}</dt>
                    <dd><ul class="plan-summary__channels">
                        {s.channels.into_iter().map(|c| view! {
                            <li class=format!("ch ch--{}", c.channel.as_str()) data-channel=c.channel.as_str()>
                                <span class="ch-dot" aria-hidden="true"></span>
                                <strong>{c.name}</strong>{format!(": {}", c.cadence)}
                            </li>
                        }).collect_view()}
                    </ul></dd>
                </div>
                <div class="plan-summary__fact">
                    <dt>{t(l, Text::SummaryObjective)}</dt>
                    <dd id="summary-objective">{s.objective.map(|o| view! {
                        <strong>{o.goal}</strong>{format!(" — {}. {}", o.metric, o.target)}
                    })}</dd>
                </div>
                <div class="plan-summary__fact">
                    <dt>{t(l, Text::SummaryHours)}</dt>
                    <dd id="summary-hours" class=if s.hours.fits { "" } else { "plan-summary__over" }>{s.hours.text}</dd>
                </div>
                <div class="plan-summary__fact">
                    <dt>{t(l, Text::SummaryBudget)}</dt>
                    <dd id="summary-budget">
                        <strong>{s.budget.total}</strong>
                        {(!s.budget.parts.is_empty()).then(|| view! {
                            <ul class="plan-summary__split">
                                {s.budget.parts.into_iter().map(|p| view! {
                                    <li data-part=p.key>{format!("{} {}", p.label, p.amount)}</li>
                                }).collect_view()}
                            </ul>
                        })}
                    </dd>
                </div>
            </dl>
            <h3 id="summary-posts-h">{t(l, Text::SummaryNextPosts)}</h3>
            {posts}
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
pub(crate) fn set_print_header(rule: &str) {
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
