//! The frame around every step: header with the language switch, storage notices and the
//! progress indicator.

use crate::core::i18n::{Label, Text, step_title, t};
use crate::core::l10n::Msg;
use crate::core::model::Locale;
use crate::core::store::{
    export_reminder_text, lost_plans_text, plans_added_text, recover_plans_label,
};
use crate::core::wizard::Step;
use crate::ui::download::{self, download_text};
use crate::ui::persist::{Persistence, StorageNotice};
use crate::ui::state::Wizard;
use leptos::prelude::*;

/// The app name and the language switch.
#[component]
pub fn Header() -> impl IntoView {
    let wizard = use_context::<Wizard>().expect("Wizard context");
    let locale = wizard.locale;
    // The page's language follows the answers' (first visit, switch, import, another tab),
    // so screen readers pronounce the texts in the right language.
    Effect::new(move |_| {
        let l = locale.get();
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", l.as_str());
        }
    });
    view! {
        <header class="header">
            <p class="header__brand">
                <crate::ui::host::Brand/>
                <span class="header__tagline">{move || t(locale.get(), Text::Tagline)}</span>
            </p>
            <label class="header__lang">
                <span>{move || t(locale.get(), Text::Language)}</span>
                <select on:change=move |ev| {
                    if let Some(l) = Locale::from_wire(&event_target_value(&ev)) {
                        crate::ui::languages::choose(wizard, l);
                    }
                }>
                    {Locale::ALL.iter().map(|l| view! {
                        <option value=l.as_str() prop:selected=move || locale.get() == *l>{l.label(*l)}</option>
                    }).collect_view()}
                </select>
            </label>
            {move || wizard.language_loading.get().map(|l| view! {
                <p class="header__lang-status" role="status">
                    {crate::core::l10n::fill(locale.get(), Text::LanguageLoading, &[("language", l.label(l))])}
                </p>
            })}
            {move || wizard.language_problem.get().map(|l| view! {
                <p class="header__lang-status notice notice--error" role="alert">
                    {crate::core::l10n::fill(locale.get(), Text::LanguageNotLoaded, &[
                        ("language", l.label(l)),
                        ("shown", locale.get().label(locale.get())),
                    ])}
                </p>
            })}
        </header>
    }
}

/// The storage notices, each with what the user can do about it.
#[component]
pub fn Notices() -> impl IntoView {
    let wizard = use_context::<Wizard>().expect("Wizard context");
    let persistence = use_context::<StoredValue<Persistence, LocalStorage>>();
    let locale = wizard.locale;
    let download_answers = move |_| {
        let answers = wizard.answers.get_untracked();
        download_text(
            &download::answers_file_name(&answers),
            "application/json",
            &answers.to_json_pretty(),
        );
        if let Some(persistence) = persistence {
            crate::ui::persist::record_export(persistence);
        }
    };
    // The eviction reminder, with the date of the last export in the browser's time zone.
    let eviction_text = move || {
        use chrono::TimeZone;
        let last = persistence
            .and_then(|p| p.try_with_value(|p| p.prefs().last_export_ms))
            .flatten()
            .and_then(|ms| chrono::Local.timestamp_millis_opt(ms).single())
            .map(|when| when.date_naive());
        export_reminder_text(locale.get(), last)
    };
    let download_backup = move |_| {
        let backup = persistence.and_then(|p| p.with_value(|p| p.backup.clone()));
        if let Some(text) = backup {
            download_text("rotta-saved-data-backup.json", "application/json", &text);
        }
    };
    let saves_persistently = move || {
        persistence
            .and_then(|p| p.try_with_value(|p| p.mode == crate::ui::persist::SaveMode::Persistent))
            .unwrap_or(false)
    };
    view! {
        {move || wizard.share_error.get().map(|message| view! {
            <div class="notice" role="alert" data-notice="share">
                <p>{message}</p>
            </div>
        })}
        <For each=move || wizard.notices.get() key=|n| *n let:notice>
            <div class="notice" role="alert" data-notice=format!("{notice:?}").to_lowercase()>
                <p>{move || t(locale.get(), match notice {
                    StorageNotice::Unreadable => Text::NoticeUnreadable,
                    StorageNotice::NoStorage => Text::NoticeNoStorage,
                    StorageNotice::SaveFailed => Text::NoticeSaveFailed,
                    StorageNotice::Newer => Text::NoticeNewer,
                    StorageNotice::Migrated => Text::NoticeMigrated,
                    StorageNotice::MergedOtherTab => Text::NoticeMerged,
                    StorageNotice::EvictionRisk => return eviction_text(),
                }).to_string()}</p>
                {match notice {
                    StorageNotice::Migrated | StorageNotice::MergedOtherTab => ().into_any(),
                    StorageNotice::EvictionRisk => view! {
                        <button type="button" class="button button--secondary" on:click=download_answers>
                            {move || t(locale.get(), Text::DownloadAnswers)}
                        </button>
                        <button type="button" class="button button--secondary" id="notice-dismiss" on:click=move |_| wizard.clear_notice(StorageNotice::EvictionRisk)>
                            {move || t(locale.get(), Msg::StoreDismiss)}
                        </button>
                    }.into_any(),
                    StorageNotice::Unreadable => view! {
                        <button type="button" class="button button--secondary" on:click=download_backup>
                            {move || t(locale.get(), Text::DownloadBackup)}
                        </button>
                        <RecoverPlans/>
                    }.into_any(),
                    // The cleanup DESIGN §8 asks for: the plans list, opened, where plans can be
                    // deleted (with undo); the next successful save clears this notice.
                    StorageNotice::SaveFailed if saves_persistently() => view! {
                        <button type="button" class="button button--secondary" on:click=download_answers>
                            {move || t(locale.get(), Text::DownloadAnswers)}
                        </button>
                        <button type="button" class="button button--secondary" id="notice-free-space" on:click=open_plans_panel>
                            {move || t(locale.get(), Text::FreeSpace)}
                        </button>
                    }.into_any(),
                    _ => view! {
                        <button type="button" class="button button--secondary" on:click=download_answers>
                            {move || t(locale.get(), Text::DownloadAnswers)}
                        </button>
                    }.into_any(),
                }}
            </div>
        </For>
    }
}

/// "Recover N plans", in the notice about unreadable stored data: the plans still readable in
/// it, and a line naming those that are not. Clicking adds them beside the user's plans
/// (`Persistence::recover`), opens the plans panel and says how many were added; the
/// unreadable text stays in its kept copy either way. Nothing when no plan is readable.
#[component]
fn RecoverPlans() -> impl IntoView {
    let wizard = use_context::<Wizard>().expect("Wizard context");
    let persistence = use_context::<StoredValue<Persistence, LocalStorage>>();
    let locale = wizard.locale;
    let offer = persistence
        .and_then(|p| {
            p.try_with_value(|p| {
                p.salvaged
                    .as_ref()
                    .map(|s| (s.store.plans.len(), s.lost.clone()))
            })
        })
        .flatten();
    let (Some(persistence), Some((count, lost))) = (persistence, offer) else {
        return ().into_any();
    };
    let added = RwSignal::new(None::<usize>);
    let recover = move |_| {
        let current = wizard.answers.get_untracked();
        let result = persistence
            .try_update_value(|p| p.recover(&current))
            .and_then(Result::ok);
        crate::ui::persist::report_save(wizard, persistence, result.is_some());
        crate::ui::plans::refresh(wizard, persistence);
        if let Some((count, shown)) = result {
            if let Some(answers) = shown {
                wizard.answers.set(answers);
            }
            added.set(Some(count));
            show_plans_panel();
        }
    };
    view! {
        {move || lost_plans_text(locale.get(), &lost).map(|text| view! {
            <p class="notice__detail" id="notice-lost">{text}</p>
        })}
        {move || match added.get() {
            Some(n) => view! {
                <p class="notice__detail" role="status" id="notice-recovered">{plans_added_text(locale.get(), n)}</p>
            }.into_any(),
            None if count > 0 => view! {
                <button type="button" class="button" id="notice-recover" on:click=recover>
                    {move || recover_plans_label(locale.get(), count)}
                </button>
            }.into_any(),
            None => ().into_any(),
        }}
    }
    .into_any()
}

/// The list of steps: where you are (`aria-current`) and which are complete.
#[component]
pub fn ProgressNav(
    /// The step on screen.
    current: Memo<Step>,
) -> impl IntoView {
    let wizard = use_context::<Wizard>().expect("Wizard context");
    let locale = wizard.locale;
    let go_to = crate::ui::use_go_to();
    view! {
        <nav class="progress" aria-label=move || t(locale.get(), Text::Progress)>
            <p class="progress__count">
                {move || format!("{} {} {} {}", t(locale.get(), Text::StepOf), current.get().index() + 1, t(locale.get(), Text::Of), Step::ALL.len())}
            </p>
            <ol class="progress__list">
                {Step::ALL.into_iter().map(|step| {
                    let go_to = go_to.clone();
                    let complete = move || wizard.answers.with(|a| step.is_complete(a));
                    view! {
                        <li class="progress__item"
                            class:progress__item--current=move || current.get() == step
                            class:progress__item--done=complete>
                            <a href=format!("?step={}", step.slug())
                                aria-current=move || (current.get() == step).then_some("step")
                                on:click=move |ev| { ev.prevent_default(); go_to(step, None); }>
                                <span class="progress__title">{move || step_title(locale.get(), step)}</span>
                                <span class="visually-hidden">
                                    {move || format!(" ({})", t(locale.get(), if complete() { Text::Done } else { Text::NotDone }))}
                                </span>
                            </a>
                        </li>
                    }
                }).collect_view()}
            </ol>
        </nav>
    }
}

/// Opens the plans list and moves the focus to it, so plans and kept copies can be deleted to
/// free space.
fn open_plans_panel(_: leptos::ev::MouseEvent) {
    show_plans_panel();
}

/// Opens the plans panel, scrolls to it and moves the focus to it.
pub fn show_plans_panel() {
    use wasm_bindgen::JsCast;
    let Some(panel) = document()
        .get_element_by_id("plans-panel")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let _ = panel.set_attribute("open", "");
    panel.scroll_into_view();
    if let Some(summary) = panel
        .query_selector("summary")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = summary.focus();
    }
}
