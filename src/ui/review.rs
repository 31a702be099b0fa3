//! Review: every answer at a glance, each with a link straight to its field (the rows are
//! `core::review::rows`).

use crate::core::i18n::{Text, step_title, t};
use crate::core::review::rows;
use crate::core::wizard::Step;
use crate::ui::state::Wizard;
use leptos::prelude::*;

/// Every answer, step by step, with edit links.
#[component]
pub fn Review() -> impl IntoView {
    let wizard = use_context::<Wizard>().expect("Wizard context");
    let go_to = crate::ui::use_go_to();
    let locale = wizard.locale;
    view! {
        <div class="review">
            {Step::QUESTIONS.into_iter().map(|step| {
                let go_to = go_to.clone();
                view! {
                    <section class="review__section">
                        <h2>{move || step_title(locale.get(), step)}</h2>
                        <dl>
                            {move || {
                                let l = locale.get();
                                wizard.answers.with(|a| rows(step, a, l)).into_iter().map(|row| {
                                    let go_to = go_to.clone();
                                    let label = t(l, row.label);
                                    view! {
                                        <div class="review__row">
                                            <dt>{label}</dt>
                                            <dd>
                                                <span class="review__value">{row.value}</span>
                                                <a class="review__edit" href=format!("?step={}&field={}", step.slug(), row.field.path())
                                                    on:click=move |ev| { ev.prevent_default(); go_to(step, Some(row.field.path())); }>
                                                    {t(l, Text::Edit)}
                                                    <span class="visually-hidden">{format!(" {label}")}</span>
                                                </a>
                                            </dd>
                                        </div>
                                    }
                                }).collect_view()
                            }}
                        </dl>
                    </section>
                }
            }).collect_view()}
        </div>
    }
}
