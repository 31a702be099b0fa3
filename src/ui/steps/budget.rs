//! Step 6: money.

use crate::core::fields::Field;
use crate::core::i18n::Text;
use crate::core::model::BudgetSplit;
use crate::ui::fields::{CheckboxField, NumberField, TextField};
use crate::ui::state::Wizard;
use leptos::prelude::*;

/// Currency, monthly amount, the optional own split and the owner's hourly value.
#[component]
pub fn BudgetStep() -> impl IntoView {
    let w = use_context::<Wizard>().expect("Wizard context");
    let a = w.answers;
    let has_split = Signal::derive(move || a.with(|a| a.budget.split.is_some()));
    let part = move |get: fn(&BudgetSplit) -> f64| {
        Signal::derive(move || a.with(|a| a.budget.split.as_ref().map(get).unwrap_or(0.0)))
    };
    let set_part = move |set: fn(&mut BudgetSplit, f64)| {
        move |v: f64| w.update(|a| set(a.budget.split.get_or_insert_with(BudgetSplit::default), v))
    };
    view! {
        <TextField path=Field::BudgetCurrency label=Text::Currency hint=Text::CurrencyHint
            value=Signal::derive(move || a.with(|a| a.budget.currency.clone()))
            on_input=move |v| w.update(|a| a.budget.currency = v.trim().to_uppercase())/>
        <NumberField path=Field::BudgetMonthly label=Text::MonthlyBudget hint=Text::MonthlyBudgetHint
            value=Signal::derive(move || a.with(|a| a.budget.monthly))
            on_number=move |v| w.update(|a| a.budget.monthly = v)/>
        <CheckboxField path=Field::BudgetSplit label=Text::OwnSplit hint=Text::OwnSplitHint
            checked=has_split
            on_change=move |on| w.update(|a| a.budget.split = if on {
                Some(BudgetSplit { ads: a.budget.monthly, ..BudgetSplit::default() })
            } else {
                None
            })/>
        <Show when=move || has_split.get()>
            <div class="split">
                <NumberField path=Field::BudgetSplitAds label=Text::SplitAds hint=Text::OwnSplitHint
                    value=part(|s| s.ads) on_number=set_part(|s, v| s.ads = v)/>
                <NumberField path=Field::BudgetSplitContent label=Text::SplitContent hint=Text::OwnSplitHint
                    value=part(|s| s.content) on_number=set_part(|s, v| s.content = v)/>
                <NumberField path=Field::BudgetSplitManagement label=Text::SplitManagement hint=Text::OwnSplitHint
                    value=part(|s| s.management) on_number=set_part(|s, v| s.management = v)/>
                <NumberField path=Field::BudgetSplitTools label=Text::SplitTools hint=Text::OwnSplitHint
                    value=part(|s| s.tools) on_number=set_part(|s, v| s.tools = v)/>
            </div>
        </Show>
        <NumberField path=Field::BudgetHourlyValue label=Text::HourlyValue hint=Text::HourlyValueHint
            value=Signal::derive(move || a.with(|a| a.budget.owner_hourly_value.unwrap_or(0.0)))
            on_number=move |v| w.update(|a| a.budget.owner_hourly_value = Some(v))
            on_empty=Box::new(move || w.update(|a| a.budget.owner_hourly_value = None))/>
    }
}
