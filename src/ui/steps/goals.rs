//! Step 2: goals, horizon and the conversion event.

use crate::core::i18n::{Label, Text, t};
use crate::core::model::{Conversion, Goal};
use crate::ui::fields::{ChoiceGroup, SelectField, enum_options, toggle};
use crate::ui::state::Wizard;
use leptos::prelude::*;

/// Primary and secondary goals, horizon and how conversions are measured.
#[component]
pub fn GoalsStep() -> impl IntoView {
    let w = use_context::<Wizard>().expect("Wizard context");
    let a = w.answers;
    let horizons = Signal::derive(move || {
        let months = t(w.locale.get(), Text::Months);
        [3, 6, 12]
            .iter()
            .map(|m| (m.to_string(), format!("{m} {months}")))
            .collect()
    });
    let conversions = Signal::derive(move || {
        let locale = w.locale.get();
        std::iter::once((String::new(), t(locale, Text::NotSet).to_string()))
            .chain(
                Conversion::ALL
                    .iter()
                    .map(|c| (c.as_str().to_string(), c.label(locale).to_string())),
            )
            .collect()
    });
    view! {
        <SelectField path="goals.primary" label=Text::PrimaryGoal hint=Text::PrimaryGoalHint
            options=enum_options(w, Goal::ALL, Goal::as_str)
            value=Signal::derive(move || a.with(|a| a.goals.primary.as_str().to_string()))
            on_change=move |v| if let Some(g) = Goal::from_wire(&v) { w.update(|a| a.goals.primary = g) }/>
        <ChoiceGroup path="goals.secondary" label=Text::SecondaryGoals hint=Text::SecondaryGoalsHint
            all=Goal::ALL wire=Goal::as_str
            chosen=Signal::derive(move || a.with(|a| a.goals.secondary.clone()))
            on_toggle=move |g, on| w.update(|a| toggle(&mut a.goals.secondary, g, on))/>
        <SelectField path="goals.horizon_months" label=Text::Horizon hint=Text::HorizonHint
            options=horizons
            value=Signal::derive(move || a.with(|a| a.goals.horizon_months.to_string()))
            on_change=move |v| if let Ok(m) = v.parse() { w.update(|a| a.goals.horizon_months = m) }/>
        <SelectField path="goals.conversion" label=Text::ConversionLabel hint=Text::ConversionHint
            options=conversions
            value=Signal::derive(move || a.with(|a| a.goals.conversion.map(|c| c.as_str().to_string()).unwrap_or_default()))
            on_change=move |v| w.update(|a| a.goals.conversion = Conversion::from_wire(&v))/>
    }
}
