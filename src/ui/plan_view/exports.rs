//! Downloads (answers, plan, calendar), import (an answers file, a whole store or a kept
//! copy of one: `core::store::import_file`), and print.

use crate::core::export::{csv::calendar_csv, ics::calendar_ics, markdown::plan_markdown_with};
use crate::core::i18n::{Text, t};
use crate::core::store::{
    Imported, check_import_size, import_error_text, import_file, import_file_error_text,
    lost_plans_text, plans_added_text,
};
use crate::ui::download::{download_answers, download_text, file_name};
use crate::ui::state::Wizard;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// What the last import attempt did, shown under the buttons.
#[derive(Clone, PartialEq)]
enum ImportStatus {
    Done,
    /// Plans of a store or backup file added beside the user's: how many, and what was lost.
    Added(String),
    Cancelled,
    Failed(String),
}

/// The export, import and print buttons.
#[component]
pub fn ExportBar() -> impl IntoView {
    let w = use_context::<Wizard>().expect("Wizard context");
    let planned = crate::ui::state::Planned::get();
    let locale = w.locale;
    let status = RwSignal::new(None::<ImportStatus>);
    let use_persistence =
        use_context::<StoredValue<crate::ui::persist::Persistence, LocalStorage>>();
    let answers_file =
        move |what: &str, ext: &str| w.answers.with_untracked(|a| file_name(a, what, ext));
    let export_answers = move |_| download_answers(w, use_persistence);
    let export_md = move |_| {
        // With the monthly check-ins' section when there are check-ins (issue #15).
        let checkins = w.answers.with_untracked(|a| {
            let mut a = a.clone();
            a.locale = w.locale.get_untracked();
            planned.decisions.with_untracked(|d| {
                let review = crate::core::checkin::review(&a, d, crate::ui::browser::today());
                crate::core::checkin::section(&a, d, &review, a.locale)
            })
        });
        let text = planned
            .plan
            .with_untracked(|p| plan_markdown_with(p, checkins.as_ref()));
        download_text(&answers_file("plan", "md"), "text/markdown", &text);
    };
    let export_json = move |_| {
        let text = planned.plan.with_untracked(|p| p.to_json());
        download_text(&answers_file("plan", "json"), "application/json", &text);
    };
    let export_csv = move |_| {
        let text = planned
            .plan
            .with_untracked(|p| calendar_csv(&p.calendar, p.locale));
        download_text(&answers_file("calendar", "csv"), "text/csv", &text);
    };
    let export_ics = move |_| {
        let name = w.answers.with_untracked(|a| a.business.name.clone());
        // DTSTAMP: the plan's "today" at midnight, so the same plan exports identically.
        let text = planned.plan.with_untracked(|p| {
            calendar_ics(
                &p.calendar,
                p.locale,
                &name,
                p.today.and_hms_opt(0, 0, 0).unwrap_or_default(),
            )
        });
        download_text(&answers_file("calendar", "ics"), "text/calendar", &text);
    };
    let print = move |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    };
    let on_file = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        input.set_value("");
        let l = locale.get_untracked();
        if let Err(e) = check_import_size(file.size() as u64) {
            status.set(Some(ImportStatus::Failed(format!(
                "{} ({e})",
                import_error_text(&e, l)
            ))));
            return;
        }
        leptos::task::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|v| v.as_string());
            let Some(text) = text else {
                status.set(Some(ImportStatus::Failed(
                    t(l, Text::ImportFailed).to_string(),
                )));
                return;
            };
            match import_file(&text) {
                Err(e) => status.set(Some(ImportStatus::Failed(format!(
                    "{} ({e})",
                    import_file_error_text(&e, l)
                )))),
                // A store or a backup: its plans are added, none replaced, so nothing to ask.
                Ok(Imported::Plans(salvaged)) => {
                    let Some(persistence) = use_persistence else {
                        return;
                    };
                    let count = salvaged.store.plans.len();
                    let lost = lost_plans_text(l, &salvaged.lost);
                    let current = w.answers.get_untracked();
                    let result = persistence
                        .try_update_value(|p| p.add_plans(&current, salvaged.store.plans))
                        .and_then(Result::ok);
                    crate::ui::persist::report_save(w, persistence, result.is_some());
                    crate::ui::plans::refresh(w, persistence);
                    match result {
                        Some(shown) => {
                            if let Some(answers) = shown {
                                w.answers.set(answers);
                            }
                            let added = plans_added_text(l, count);
                            status.set(Some(ImportStatus::Added(
                                lost.map_or(added.clone(), |lost| format!("{added} {lost}")),
                            )));
                        }
                        None => status.set(Some(ImportStatus::Failed(
                            t(l, Text::ImportFailed).to_string(),
                        ))),
                    }
                }
                Ok(Imported::Answers(imported)) => {
                    let confirmed = web_sys::window()
                        .and_then(|w| w.confirm_with_message(t(l, Text::ImportConfirm)).ok())
                        .unwrap_or(false);
                    if confirmed {
                        w.answers.set(*imported);
                        status.set(Some(ImportStatus::Done));
                    } else {
                        status.set(Some(ImportStatus::Cancelled));
                    }
                }
            }
        });
    };
    view! {
        <section class="exports no-print" aria-labelledby="exports-h">
            <h2 id="exports-h">{move || t(locale.get(), Text::ExportTitle)}</h2>
            <div class="exports__buttons">
                <button type="button" id="export-answers" class="button button--secondary" on:click=export_answers>{move || t(locale.get(), Text::ExportAnswers)}</button>
                <button type="button" id="export-plan-md" class="button button--secondary" on:click=export_md>{move || t(locale.get(), Text::ExportPlanMd)}</button>
                <button type="button" id="export-plan-json" class="button button--secondary" on:click=export_json>{move || t(locale.get(), Text::ExportPlanJson)}</button>
                <button type="button" id="export-csv" class="button button--secondary" on:click=export_csv>{move || t(locale.get(), Text::ExportCsv)}</button>
                <button type="button" id="export-ics" class="button button--secondary" on:click=export_ics>{move || t(locale.get(), Text::ExportIcs)}</button>
                <button type="button" id="print" class="button button--secondary" on:click=print>{move || t(locale.get(), Text::Print)}</button>
            </div>
            <crate::ui::share::ShareBox/>
            <Show when=move || !w.shared.get()>
            <div class="field exports__import">
                <label for="import-file">{move || t(locale.get(), Text::ImportAnswers)}</label>
                <input id="import-file" type="file" accept=".json,application/json" aria-describedby="import-status" on:change=on_file/>
            </div>
            </Show>
            <div id="import-status" role="status" aria-live="polite">
                {move || status.get().map(|s| match s {
                    ImportStatus::Done => view! { <p class="import import--done">{t(locale.get(), Text::ImportDone)}</p> }.into_any(),
                    ImportStatus::Added(what) => view! { <p class="import import--done import--added">{what}</p> }.into_any(),
                    ImportStatus::Cancelled => view! { <p class="import import--cancelled">{t(locale.get(), Text::ImportCancelled)}</p> }.into_any(),
                    ImportStatus::Failed(why) => view! {
                        <p class="import import--failed field__error">{format!("{} {why}", t(locale.get(), Text::ImportFailed))}</p>
                    }.into_any(),
                })}
            </div>
        </section>
    }
}
