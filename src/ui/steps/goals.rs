//! Step 2: goals, horizon and the conversion event.

use crate::core::fields::Field;
use crate::core::i18n::{Label, Text, t};
use crate::core::model::{Conversion, Goal, GoalTarget};
use crate::ui::fields::{
    ChoiceGroup, FieldMessages, SelectField, enum_options, field_id, focus_later, format_number_in,
    invalid, parse_number, toggle,
};
use crate::ui::state::Wizard;
use leptos::prelude::*;

/// Primary and secondary goals, horizon, numeric targets and how conversions are measured.
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
        <SelectField path=Field::GoalsPrimary label=Text::PrimaryGoal hint=Text::PrimaryGoalHint
            options=enum_options(w, Goal::ALL, Goal::as_str)
            value=Signal::derive(move || a.with(|a| a.goals.primary.as_str().to_string()))
            on_change=move |v| if let Some(g) = Goal::from_wire(&v) { w.update(|a| a.goals.primary = g) }/>
        <ChoiceGroup path=Field::GoalsSecondary label=Text::SecondaryGoals hint=Text::SecondaryGoalsHint
            all=Goal::ALL wire=Goal::as_str
            chosen=Signal::derive(move || a.with(|a| a.goals.secondary.clone()))
            on_toggle=move |g, on| w.update(|a| toggle(&mut a.goals.secondary, g, on))/>
        <SelectField path=Field::GoalsHorizon label=Text::Horizon hint=Text::HorizonHint
            options=horizons
            value=Signal::derive(move || a.with(|a| a.goals.horizon_months.to_string()))
            on_change=move |v| if let Ok(m) = v.parse() { w.update(|a| a.goals.horizon_months = m) }/>
        <TargetList/>
        <SelectField path=Field::GoalsConversion label=Text::ConversionLabel hint=Text::ConversionHint
            options=conversions
            value=Signal::derive(move || a.with(|a| a.goals.conversion.map(|c| c.as_str().to_string()).unwrap_or_default()))
            on_change=move |v| w.update(|a| a.goals.conversion = Conversion::from_wire(&v))/>
    }
}

/// The optional numeric targets, one row per goal: add, edit, remove.
#[component]
fn TargetList() -> impl IntoView {
    let w = use_context::<Wizard>().expect("Wizard context");
    let a = w.answers;
    let count = Memo::new(move |_| a.with(|a| a.goals.targets.len()));
    view! {
        <fieldset id="f-goals-targets" class="field field--list" aria-describedby="f-goals-targets-hint f-goals-targets-msg">
            <legend>{move || t(w.locale.get(), Text::GoalTargets)}</legend>
            <p id="f-goals-targets-hint" class="field__hint">{move || t(w.locale.get(), Text::GoalTargetsHint)}</p>
            <ul class="list">
                <For each=move || 0..count.get() key=|i| *i let:i>
                    <TargetRow index=i/>
                </For>
            </ul>
            <button type="button" class="button button--secondary" on:click=move |_| {
                // A new row starts on the first chosen goal that has no target yet.
                w.update(|a| {
                    let g = &a.goals;
                    let goal = std::iter::once(g.primary)
                        .chain(g.secondary.iter().copied())
                        .find(|goal| !g.targets.iter().any(|t| t.goal == *goal))
                        .unwrap_or(g.primary);
                    a.goals.targets.push(GoalTarget { goal, ..GoalTarget::default() });
                });
                focus_later(field_id(&Field::GoalsTargetMetric.at(count.get_untracked() - 1).to_string()));
            }>{move || t(w.locale.get(), Text::AddTarget)}</button>
            <FieldMessages path=Field::GoalsTargets.path().to_string()/>
        </fieldset>
    }
}

/// One target: goal, metric, baseline and target, with a remove button. Numbers that do not
/// parse stay in their box with a message.
#[component]
fn TargetRow(
    /// Position in `goals.targets`.
    index: usize,
) -> impl IntoView {
    let w = use_context::<Wizard>().expect("Wizard context");
    let a = w.answers;
    let path = Field::GoalsTarget.at(index).to_string();
    let id = field_id(&path);
    let target = move || {
        a.with(|a| a.goals.targets.get(index).cloned())
            .unwrap_or_default()
    };
    let edit = move |f: &dyn Fn(&mut GoalTarget)| {
        w.update(|a| {
            if let Some(t) = a.goals.targets.get_mut(index) {
                f(t);
            }
        })
    };
    let number = move |field: Field, get: fn(&GoalTarget) -> f64, set: fn(&mut GoalTarget, f64)| {
        let raw = RwSignal::new(
            a.with_untracked(|a| {
                a.goals
                    .targets
                    .get(index)
                    .map(|t| format_number_in(a.locale, get(t)))
            })
            .unwrap_or_default(),
        );
        let local_error = RwSignal::new(None::<Text>);
        let item_path = field.at(index).to_string();
        let input_id = field_id(&item_path);
        let has_error = {
            let item_path = item_path.clone();
            move || local_error.get().is_some() || invalid(w, &item_path)
        };
        view! {
            <span class="field field--number">
                <label for=input_id.clone()>{move || t(w.locale.get(), if field == Field::GoalsTargetBaseline { Text::TargetBaseline } else { Text::TargetValue })}</label>
                <input id=input_id.clone() type="text" inputmode="decimal"
                    aria-describedby=format!("{input_id}-msg")
                    aria-invalid=move || has_error().to_string()
                    prop:value=move || raw.get()
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        raw.set(text.clone());
                        match parse_number(&text) {
                            Some(v) => { local_error.set(None); edit(&|t| set(t, v)); }
                            None => local_error.set(Some(Text::NotANumber)),
                        }
                    }/>
                <FieldMessages path=item_path local_error=local_error/>
            </span>
        }
    };
    view! {
        <li class="list__item list__item--target">
            <span class="field">
                <label for=format!("{id}-goal")>{move || t(w.locale.get(), Text::TargetGoal)}</label>
                <select id=format!("{id}-goal") aria-describedby=format!("{id}-goal-msg") on:change=move |ev| {
                    if let Some(goal) = Goal::from_wire(&event_target_value(&ev)) {
                        edit(&|t| t.goal = goal);
                    }
                }>
                    {move || Goal::ALL.iter().map(|goal| {
                        let selected = target().goal == *goal;
                        view! { <option value=goal.as_str() prop:selected=selected>{goal.label(w.locale.get())}</option> }
                    }).collect_view()}
                </select>
                <FieldMessages path=Field::GoalsTargetGoal.at(index).to_string()/>
            </span>
            <span class="field">
                <label for=format!("{id}-metric")>{move || t(w.locale.get(), Text::TargetMetric)}</label>
                <input id=format!("{id}-metric") type="text" aria-describedby=format!("{id}-metric-msg")
                    aria-invalid={let p = Field::GoalsTargetMetric.at(index).to_string(); move || invalid(w, &p).to_string()}
                    prop:value=move || target().metric
                    on:input=move |ev| { let v = event_target_value(&ev); edit(&|t| t.metric = v.clone()); }/>
                <FieldMessages path=Field::GoalsTargetMetric.at(index).to_string()/>
            </span>
            {number(Field::GoalsTargetBaseline, |t| t.baseline, |t, v| t.baseline = v)}
            {number(Field::GoalsTargetTarget, |t| t.target, |t, v| t.target = v)}
            <button type="button" class="button button--small" on:click=move |_| {
                w.update(|a| if index < a.goals.targets.len() { a.goals.targets.remove(index); });
            }>
                {move || t(w.locale.get(), Text::Remove)}
                <span class="visually-hidden">{move || format!(" {}", target().metric)}</span>
            </button>
        </li>
    }
}
