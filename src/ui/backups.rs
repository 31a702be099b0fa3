//! The copies of stored data kept in this browser (an unreadable store, the original of a
//! migrated one), listed in the plans panel with their date and size: Restore adds their
//! readable plans beside the user's, Download gives the text as it is, Delete asks first.
//! Nothing deletes a copy without the user's confirmation.

use crate::core::l10n::{Msg, t};
use crate::core::store::{
    Backup, date_time_text, import_file, import_file_error_text, lost_plans_text, plans_added_text,
    size_text,
};
use crate::ui::download::download_text;
use crate::ui::plans::{PersistenceHandle, refresh, refresh_backups};
use crate::ui::state::Wizard;
use leptos::prelude::*;

/// The kept copies, shown only when there is one; `status` says what the last action did.
#[component]
pub fn BackupsList() -> impl IntoView {
    let wizard = use_context::<Wizard>().expect("Wizard context");
    let locale = wizard.locale;
    let status = RwSignal::new(None::<String>);
    view! {
        <Show when=move || wizard.backups.with(|b| !b.is_empty())>
            <section class="plans__backups" aria-labelledby="backups-h">
                <h3 id="backups-h">{move || t(locale.get(), Msg::StoreBackupsTitle)}</h3>
                <p class="field__hint">{move || t(locale.get(), Msg::StoreBackupsHint)}</p>
                <ul class="backups__list" id="backups-list">
                    <For each=move || wizard.backups.get() key=|b: &Backup| (b.key.clone(), b.bytes) let:backup>
                        <BackupRow backup=backup status=status/>
                    </For>
                </ul>
            </section>
        </Show>
        <p id="backups-status" role="status">{move || status.get()}</p>
    }
}

/// One kept copy: when it was kept, its size, and its actions.
#[component]
fn BackupRow(
    /// The copy shown.
    backup: Backup,
    /// Where the outcome of Restore or Delete is said.
    status: RwSignal<Option<String>>,
) -> impl IntoView {
    let wizard = use_context::<Wizard>().expect("Wizard context");
    let persistence = use_context::<PersistenceHandle>().expect("persistence context");
    let l = wizard.locale.get_untracked();
    let when = match backup.saved_ms {
        Some(ms) => {
            use chrono::TimeZone;
            chrono::Local
                .timestamp_millis_opt(ms)
                .single()
                .map(|d| date_time_text(l, d.naive_local()))
                .unwrap_or_else(|| t(l, Msg::StoreDateUnknown).to_string())
        }
        None => t(l, Msg::StoreDateUnknown).to_string(),
    };
    let size = size_text(l, backup.bytes);
    let (restore_key, download_key, delete_key) =
        (backup.key.clone(), backup.key.clone(), backup.key.clone());
    let text_of = move |key: &str| persistence.try_with_value(|p| p.backup_text(key)).flatten();
    let restore = move |_| {
        let Some(text) = text_of(&restore_key) else {
            return;
        };
        let message = match import_file(&text) {
            Err(e) => format!("{} ({e})", import_file_error_text(&e, l)),
            Ok(imported) => {
                let lost = match &imported {
                    crate::core::store::Imported::Plans(s) => lost_plans_text(l, &s.lost),
                    crate::core::store::Imported::Answers(_) => None,
                };
                let now = js_sys::Date::now() as i64;
                let plans = imported.into_plans(crate::ui::browser::new_plan_id(), now);
                let count = plans.len();
                let current = wizard.answers.get_untracked();
                let result = persistence
                    .try_update_value(|p| p.add_plans(&current, plans))
                    .and_then(Result::ok);
                crate::ui::persist::report_save(wizard, persistence, result.is_some());
                refresh(wizard, persistence);
                match result {
                    Some(shown) => {
                        if let Some(answers) = shown {
                            wizard.answers.set(answers);
                        }
                        let added = plans_added_text(l, count);
                        lost.map_or(added.clone(), |lost| format!("{added} {lost}"))
                    }
                    None => return,
                }
            }
        };
        status.set(Some(message));
    };
    let download = move |_| {
        if let Some(text) = text_of(&download_key) {
            let name = format!("{}.json", download_key.replace('.', "-"));
            download_text(&name, "application/json", &text);
        }
    };
    let delete = move |_| {
        let confirmed = web_sys::window()
            .and_then(|w| {
                w.confirm_with_message(t(l, Msg::StoreDeleteBackupConfirm))
                    .ok()
            })
            .unwrap_or(false);
        if !confirmed {
            return;
        }
        let deleted = persistence
            .try_update_value(|p| p.delete_backup(&delete_key))
            .is_some_and(|r| r.is_ok());
        if !deleted {
            status.set(Some(t(l, Msg::StoreBackupDeleteFailed).to_string()));
        }
        refresh_backups(wizard, persistence);
    };
    let label = format!("{when} · {size}");
    view! {
        <li class="backups__item" data-backup=backup.key.clone()>
            <span class="backups__when">{when.clone()}</span>
            <span class="backups__size">{size.clone()}</span>
            <span class="plans__actions">
                <button type="button" class="button button--small backup__restore" on:click=restore>
                    {t(l, Msg::StoreRestoreBackup)}<span class="visually-hidden">{format!(" {label}")}</span>
                </button>
                <button type="button" class="button button--small backup__download" on:click=download>
                    {t(l, Msg::StoreDownloadBackupFile)}<span class="visually-hidden">{format!(" {label}")}</span>
                </button>
                <button type="button" class="button button--small backup__delete" on:click=delete>
                    {t(l, Msg::DeletePlan)}<span class="visually-hidden">{format!(" {label}")}</span>
                </button>
            </span>
        </li>
    }
}
