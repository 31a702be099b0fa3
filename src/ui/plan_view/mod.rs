//! The plan: the summary on a page, then Situation → Objectives → Strategy → Tactics → Action
//! → Control, the workload and budget with their charts, the calendar, the what-if controls
//! and the exports. Everything shown is computed by the core; this module only lays it out.

mod calendar;
mod charts;
mod checkin;
mod exports;
mod sections;
pub(crate) mod summary; // ui::compare sets the print header too
mod what_if;

use crate::core::i18n::{Text, t};
use crate::ui::state::Wizard;
use leptos::prelude::*;

/// The whole plan view.
#[component]
pub fn PlanView() -> impl IntoView {
    let wizard = use_context::<Wizard>().expect("Wizard context");
    let planned = crate::ui::state::Planned::new(wizard);
    provide_context(planned);
    // The post ideas of the shown language are fetched once a plan is on screen.
    crate::ui::ideas::follow_locale(wizard);
    let plan = planned.plan;
    // The sources change with the channels chosen, not with each keystroke: drawn from a Memo
    // of their own, they are redrawn only when they change.
    let sources = Memo::new(move |_| plan.with(|p| p.sources.clone()));
    let locale = wizard.locale;
    // Printing shows every "why?" opened, since a closed <details> prints as its summary only.
    let _ = window_event_listener(leptos::ev::beforeprint, |_| {
        if let Ok(list) = document().query_selector_all("details") {
            for i in 0..list.length() {
                if let Some(node) = list.item(i) {
                    use wasm_bindgen::JsCast;
                    if let Ok(el) = node.dyn_into::<web_sys::Element>() {
                        let _ = el.set_attribute("open", "");
                    }
                }
            }
        }
    });
    view! {
        <div class="plan">
            <p class="plan__title">{move || plan.with(|p| p.title.clone())}</p>
            <summary::Summary/>
            <crate::ui::host::CallToAction/>
            <exports::ExportBar/>
            <Show when=move || !wizard.shared.get()>
                <what_if::WhatIf/>
            </Show>
            <sections::Warnings/>
            <sections::Situation/>
            <sections::Objectives/>
            <sections::Strategy/>
            <sections::Tactics/>
            <sections::Action/>
            <sections::Control/>
            <checkin::CheckinView/>
            <sections::Workload/>
            <sections::Budget/>
            <calendar::CalendarView/>
            <section class="plan-section">
                <h2>{move || t(locale.get(), Text::PlanSources)}</h2>
                <ol class="sources">
                    {move || sources.with(|sources| sources.iter().map(|s| {
                        let year = s.year.map(|y| format!(" ({y})")).unwrap_or_default();
                        view! { <li id=format!("source-{}", s.id)>{format!("{}, {}{}", s.title, s.publisher, year)}</li> }
                    }).collect_view())}
                </ol>
            </section>
        </div>
    }
}

/// "Why?": the rationale and the sources behind a recommendation, one tap away.
#[component]
pub fn Why(
    /// The rationale, already in the plan's language.
    rationale: String,
    /// Ids of the sources in the plan's source list.
    sources: Vec<&'static str>,
) -> impl IntoView {
    let wizard = use_context::<Wizard>().expect("Wizard context");
    let planned = crate::ui::state::Planned::get();
    let locale = wizard.locale;
    let titles: Vec<String> = planned.plan.with_untracked(|p| {
        sources
            .iter()
            .filter_map(|id| p.sources.iter().find(|s| s.id == *id))
            .map(|s| match s.year {
                Some(y) => format!("{} ({y})", s.title),
                None => s.title.to_string(),
            })
            .collect()
    });
    view! {
        <details class="why">
            <summary>{move || t(locale.get(), Text::PlanWhy)}</summary>
            <p>{rationale}</p>
            {(!titles.is_empty()).then(|| view! {
                <p class="why__sources">{format!("{}: {}", t(locale.get_untracked(), Text::PlanSources), titles.join("; "))}</p>
            })}
        </details>
    }
}
