//! The list of plans kept in this browser: create, open, rename, duplicate, delete with undo;
//! below them the kept copies of stored data (`ui::backups`).

use crate::core::i18n::{Text, t};
use crate::core::l10n::Msg;
use crate::core::l10n::format;
use crate::core::model::Answers;
use crate::core::store::StoredPlan;
use crate::ui::persist::{Persistence, PlanSummary};
use crate::ui::state::Wizard;
use leptos::prelude::*;

/// The persistence handle every plan operation goes through.
pub type PersistenceHandle = StoredValue<Persistence, LocalStorage>;

/// Refreshes the list shown from the envelope.
pub fn refresh(wizard: Wizard, persistence: PersistenceHandle) {
    if let Some(list) = persistence.try_with_value(Persistence::summaries) {
        wizard.plans.set(list);
    }
}

/// Refreshes the list of kept copies. Not part of [`refresh`], which runs after every save:
/// the copies change only at start-up, when another tab keeps one, and through the panel, and
/// listing them reads each one's text.
pub fn refresh_backups(wizard: Wizard, persistence: PersistenceHandle) {
    if let Some(backups) = persistence.try_with_value(Persistence::backups)
        && wizard.backups.with_untracked(|b| *b != backups)
    {
        wizard.backups.set(backups);
    }
}

/// Runs a plan operation; shows the answers it returns, or the save-failed notice.
fn apply<T>(
    wizard: Wizard,
    persistence: PersistenceHandle,
    op: impl FnOnce(&mut Persistence, &Answers) -> Result<T, crate::storage::StorageError>,
) -> Option<T> {
    let current = wizard.answers.get_untracked();
    let result = persistence
        .try_update_value(|p| op(p, &current))
        .and_then(Result::ok);
    crate::ui::persist::report_save(wizard, persistence, result.is_some());
    refresh(wizard, persistence);
    result
}

/// The plans panel.
#[component]
pub fn PlansPanel() -> impl IntoView {
    let wizard = use_context::<Wizard>().expect("Wizard context");
    let persistence = use_context::<PersistenceHandle>().expect("persistence context");
    let locale = wizard.locale;
    let deleted = RwSignal::new(None::<StoredPlan>);
    crate::ui::compare::Picking::provide(); // the plans ticked for the comparison
    let show = move |answers: Option<Answers>| {
        if let Some(a) = answers {
            wizard.answers.set(a);
        }
    };
    let new_plan = move |_| {
        let l = locale.get_untracked();
        let fresh = crate::ui::browser::new_plan(l);
        let name = t(l, Msg::NewPlan).to_string();
        if apply(wizard, persistence, |p, current| {
            p.add_plan(Some(current), fresh.clone(), name)
        })
        .is_some()
        {
            show(Some(fresh));
        }
    };
    view! {
        <details class="plans no-print" id="plans-panel" on:toggle=move |_| refresh_backups(wizard, persistence)>
            <summary>{move || t(locale.get(), Text::Plans)}</summary>
            <p class="field__hint">{move || t(locale.get(), Text::PlansHint)}</p>
            <ul class="plans__list">
                <For each=move || wizard.plans.get() key=|p: &PlanSummary| (p.id.clone(), p.name.clone(), p.updated_ms, p.active) let:plan>
                    <PlanRow plan=plan deleted=deleted/>
                </For>
            </ul>
            <button type="button" id="plan-new" class="button button--secondary" on:click=new_plan>
                {move || t(locale.get(), Text::NewPlan)}
            </button>
            <crate::ui::compare::CompareButton/>
            {move || deleted.get().map(|plan| {
                let name = plan.name.clone();
                view! {
                    <p class="plans__deleted" role="status">
                        {format!("{} {name} ", t(locale.get_untracked(), Text::PlanDeleted))}
                        <button type="button" id="plan-undo" class="button button--small" on:click=move |_| {
                            if let Some(plan) = deleted.get_untracked() {
                                show(apply(wizard, persistence, |p, current| p.restore(current, plan)));
                            }
                            deleted.set(None);
                        }>{t(locale.get_untracked(), Text::Undo)}</button>
                    </p>
                }
            })}
            <crate::ui::backups::BackupsList/>
        </details>
    }
}

/// One plan in the list, with its actions.
#[component]
fn PlanRow(
    /// The plan shown.
    plan: PlanSummary,
    /// Where a deleted plan is kept for undo.
    deleted: RwSignal<Option<StoredPlan>>,
) -> impl IntoView {
    let wizard = use_context::<Wizard>().expect("Wizard context");
    let persistence = use_context::<PersistenceHandle>().expect("persistence context");
    let locale = wizard.locale;
    let l = locale.get_untracked();
    let name = if plan.name.trim().is_empty() {
        t(l, Msg::StoreUntitledPlan).to_string()
    } else {
        plan.name.clone()
    };
    let changed = chrono::DateTime::from_timestamp_millis(plan.updated_ms)
        .map(|d| format::date_short(l, d.date_naive()))
        .unwrap_or_default();
    let (open_id, rename_id, dup_id, del_id) = (
        plan.id.clone(),
        plan.id.clone(),
        plan.id.clone(),
        plan.id.clone(),
    );
    let show = move |answers: Option<Answers>| {
        if let Some(a) = answers {
            wizard.answers.set(a);
        }
    };
    let current_name = name.clone();
    view! {
        <li class="plans__item" class:plans__item--active=plan.active data-plan=plan.id.clone()>
            <crate::ui::compare::Tick id=plan.id.clone() name=name.clone()/>
            <span class="plans__name">{name.clone()}</span>
            <span class="plans__meta">
                {if plan.active { format!("{} · ", t(l, Text::PlanActive)) } else { String::new() }}
                {format!("{} {changed}", t(l, Text::LastChange))}
            </span>
            <span class="plans__actions">
                {(!plan.active).then(|| view! {
                    <button type="button" class="button button--small plans__open" on:click=move |_| {
                        show(apply(wizard, persistence, |p, current| p.switch_to(current, &open_id)).flatten());
                    }>{t(l, Text::OpenPlan)}<span class="visually-hidden">{format!(" {name}")}</span></button>
                })}
                <button type="button" class="button button--small plans__rename" on:click=move |_| {
                    let answer = web_sys::window()
                        .and_then(|w| w.prompt_with_message_and_default(t(l, Text::RenamePrompt), &current_name).ok())
                        .flatten();
                    if let Some(new_name) = answer.filter(|n| !n.trim().is_empty()) {
                        apply(wizard, persistence, |p, current| p.rename(current, &rename_id, new_name.trim().to_string()));
                    }
                }>{t(l, Text::RenamePlan)}</button>
                <button type="button" class="button button--small plans__duplicate" on:click=move |_| {
                    show(apply(wizard, persistence, |p, current| p.duplicate(current, &dup_id)).flatten());
                }>{t(l, Text::DuplicatePlan)}</button>
                <button type="button" class="button button--small plans__delete" on:click=move |_| {
                    if let Some((removed, answers)) = apply(wizard, persistence, |p, current| p.remove(current, &del_id)).flatten() {
                        deleted.set(Some(removed));
                        show(Some(answers));
                    }
                }>{t(l, Text::DeletePlan)}</button>
            </span>
        </li>
    }
}
