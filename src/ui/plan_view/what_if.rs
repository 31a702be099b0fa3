//! What if…? Hours, budget and channel choices changed in place: they edit the same answers,
//! so the plan memo and the calendar follow at once.

use crate::core::fields::Field;
use crate::core::i18n::{Text, t};
use crate::core::model::Channel;
use crate::ui::fields::{ChoiceGroup, NumberField, toggle};
use crate::ui::state::Wizard;
use leptos::prelude::*;

/// The what-if panel.
#[component]
pub fn WhatIf() -> impl IntoView {
    let w = use_context::<Wizard>().expect("Wizard context");
    let a = w.answers;
    view! {
        <section class="what-if no-print" aria-labelledby="what-if-h">
            <h2 id="what-if-h">{move || t(w.locale.get(), Text::PlanWhatIf)}</h2>
            <div class="what-if__grid">
                <NumberField path=Field::ResourcesHoursPerWeek id="f-whatif-hours" label=Text::HoursPerWeek hint=Text::HoursPerWeekHint
                    value=Signal::derive(move || a.with(|a| a.resources.hours_per_week))
                    on_number=move |v| w.update(|a| a.resources.hours_per_week = v)/>
                <NumberField path=Field::BudgetMonthly id="f-whatif-budget" label=Text::MonthlyBudget hint=Text::MonthlyBudgetHint
                    value=Signal::derive(move || a.with(|a| a.budget.monthly))
                    on_number=move |v| w.update(|a| a.budget.monthly = v)/>
            </div>
            <ChoiceGroup path=Field::ChannelsRefused id="f-whatif-refused" label=Text::PlanWhatIfChannels hint=Text::RefusedChannelsHint
                all=Channel::ALL wire=Channel::as_str
                chosen=Signal::derive(move || a.with(|a| a.channels.refused.clone()))
                on_toggle=move |ch, on| w.update(|a| toggle(&mut a.channels.refused, ch, on))/>
        </section>
    }
}
