//! Step 5: time and people.

use crate::core::fields::Field;
use crate::core::i18n::Text;
use crate::core::model::ManagedBy;
use crate::ui::fields::{
    CheckboxField, NumberField, SelectField, TextField, TextList, enum_options,
};
use crate::ui::state::Wizard;
use leptos::prelude::*;

/// Hours per week, who runs it, skills and approval.
#[component]
pub fn ResourcesStep() -> impl IntoView {
    let w = use_context::<Wizard>().expect("Wizard context");
    let a = w.answers;
    let approval = Signal::derive(move || a.with(|a| a.resources.approval.required));
    view! {
        <NumberField path=Field::ResourcesHoursPerWeek label=Text::HoursPerWeek hint=Text::HoursPerWeekHint
            value=Signal::derive(move || a.with(|a| a.resources.hours_per_week))
            on_number=move |v| w.update(|a| a.resources.hours_per_week = v)/>
        <SelectField path=Field::ResourcesManagedBy label=Text::ManagedBy hint=Text::ManagedByHint
            options=enum_options(w, ManagedBy::ALL, ManagedBy::as_str)
            value=Signal::derive(move || a.with(|a| a.resources.managed_by.as_str().to_string()))
            on_change=move |v| if let Some(m) = ManagedBy::from_wire(&v) { w.update(|a| a.resources.managed_by = m) }/>
        <TextList path=Field::ResourcesSkills label=Text::Skills hint=Text::SkillsHint
            item_label=Text::Skill add_label=Text::AddSkill
            items=Signal::derive(move || a.with(|a| a.resources.skills.clone()))
            on_change=move |v| w.update(|a| a.resources.skills = v)/>
        <CheckboxField path=Field::ResourcesApprovalRequired label=Text::ApprovalRequired hint=Text::ApprovalRequiredHint
            checked=approval
            on_change=move |v| w.update(|a| a.resources.approval.required = v)/>
        <Show when=move || approval.get()>
            <TextField path=Field::ResourcesApprovalBy label=Text::ApprovalBy hint=Text::ApprovalByHint
                value=Signal::derive(move || a.with(|a| a.resources.approval.by.clone().unwrap_or_default()))
                on_input=move |v| w.update(|a| a.resources.approval.by = if v.is_empty() { None } else { Some(v) })/>
        </Show>
    }
}
