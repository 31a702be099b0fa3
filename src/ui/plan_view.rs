//! The plan: the strategy and calendar computed from the answers.

use crate::ui::state::Wizard;
use leptos::prelude::*;

/// The plan view (filled in once the engine is wired).
#[component]
pub fn PlanView() -> impl IntoView {
    let wizard = use_context::<Wizard>().expect("Wizard context");
    view! { <p>{move || wizard.answers.with(|a| a.business.name.clone())}</p> }
}
