//! Step 7: the calendar's range and the business's own key dates.

use crate::core::fields::Field;
use crate::core::i18n::{Label, Text, t};
use crate::core::model::{KeyDate, KeyDateKind};
use crate::ui::fields::{
    CheckboxField, FieldMessages, NumberField, field_id, focus_later, invalid,
};
use crate::ui::state::Wizard;
use chrono::NaiveDate;
use leptos::prelude::*;

/// Start date, length, holidays, marketing days and key dates.
#[component]
pub fn CalendarStep() -> impl IntoView {
    let w = use_context::<Wizard>().expect("Wizard context");
    let a = w.answers;
    let start_error = RwSignal::new(None::<Text>);
    let count = Memo::new(move |_| a.with(|a| a.calendar.key_dates.len()));
    view! {
        <div class="field">
            <label for="f-calendar-start">{move || t(w.locale.get(), Text::StartDate)}</label>
            <p id="f-calendar-start-hint" class="field__hint">{move || t(w.locale.get(), Text::StartDateHint)}</p>
            <input id="f-calendar-start" type="date" aria-describedby="f-calendar-start-hint f-calendar-start-msg"
                aria-invalid=move || (start_error.get().is_some() || invalid(w, Field::CalendarStart.path())).to_string()
                prop:value=move || a.with(|a| a.calendar.start.to_string())
                on:change=move |ev| match NaiveDate::parse_from_str(&event_target_value(&ev), "%Y-%m-%d") {
                    Ok(d) => { start_error.set(None); w.update(|a| a.calendar.start = d); }
                    Err(_) => start_error.set(Some(Text::NotADate)),
                }/>
            <FieldMessages path=Field::CalendarStart.path().to_string() local_error=start_error/>
        </div>
        <NumberField path=Field::CalendarWeeks label=Text::Weeks hint=Text::WeeksHint integer=true
            value=Signal::derive(move || a.with(|a| f64::from(a.calendar.weeks)))
            on_number=move |v| w.update(|a| a.calendar.weeks = v as u32)/>
        <CheckboxField path=Field::CalendarPublicHolidays label=Text::IncludeHolidays
            checked=Signal::derive(move || a.with(|a| a.calendar.public_holidays))
            on_change=move |v| w.update(|a| a.calendar.public_holidays = v)/>
        <CheckboxField path=Field::CalendarMarketingDays label=Text::IncludeMarketingDays
            checked=Signal::derive(move || a.with(|a| a.calendar.marketing_days))
            on_change=move |v| w.update(|a| a.calendar.marketing_days = v)/>
        <fieldset id="f-calendar-key_dates" class="field field--list" aria-describedby="f-calendar-key_dates-hint f-calendar-key_dates-msg">
            <legend>{move || t(w.locale.get(), Text::KeyDates)}</legend>
            <p id="f-calendar-key_dates-hint" class="field__hint">{move || t(w.locale.get(), Text::KeyDatesHint)}</p>
            <ul class="list">
                <For each=move || 0..count.get() key=|i| *i let:i>
                    <KeyDateRow index=i/>
                </For>
            </ul>
            <button type="button" class="button button--secondary" on:click=move |_| {
                w.update(|a| {
                    let date = a.calendar.start;
                    a.calendar.key_dates.push(KeyDate { date, name: String::new(), kind: KeyDateKind::Event });
                });
                focus_later(field_id(&Field::CalendarKeyDateName.at(count.get_untracked() - 1).to_string()));
            }>{move || t(w.locale.get(), Text::AddKeyDate)}</button>
            <FieldMessages path=Field::CalendarKeyDates.path().to_string()/>
        </fieldset>
    }
}

/// One key date: date, name and kind, with a remove button.
#[component]
fn KeyDateRow(
    /// Position in `calendar.key_dates`.
    index: usize,
) -> impl IntoView {
    let w = use_context::<Wizard>().expect("Wizard context");
    let a = w.answers;
    let path = Field::CalendarKeyDate.at(index).to_string();
    let id = field_id(&path);
    let get = move |f: fn(&KeyDate) -> String| {
        a.with(|a| a.calendar.key_dates.get(index).map(f).unwrap_or_default())
    };
    let edit = move |f: &dyn Fn(&mut KeyDate)| {
        w.update(|a| {
            if let Some(k) = a.calendar.key_dates.get_mut(index) {
                f(k);
            }
        })
    };
    view! {
        <li class="list__item list__item--keydate">
            <span class="field">
                <label for=format!("{id}-date")>{move || t(w.locale.get(), Text::KeyDateDate)}</label>
                <input id=format!("{id}-date") type="date" aria-describedby=format!("{id}-date-msg")
                    aria-invalid={let p = Field::CalendarKeyDateDate.at(index).to_string(); move || invalid(w, &p).to_string()}
                    prop:value=move || get(|k| k.date.to_string())
                    on:change=move |ev| {
                        if let Ok(d) = NaiveDate::parse_from_str(&event_target_value(&ev), "%Y-%m-%d") {
                            edit(&|k| k.date = d);
                            // Keep the list in date order once a date is set.
                            w.update(|a| crate::core::order::sort_by_key(&mut a.calendar.key_dates, |k| k.date));
                        }
                    }/>
                <FieldMessages path=Field::CalendarKeyDateDate.at(index).to_string()/>
            </span>
            <span class="field">
                <label for=format!("{id}-name")>{move || t(w.locale.get(), Text::KeyDateName)}</label>
                <input id=format!("{id}-name") type="text" aria-describedby=format!("{id}-name-msg")
                    aria-invalid={let p = Field::CalendarKeyDateName.at(index).to_string(); move || invalid(w, &p).to_string()}
                    prop:value=move || get(|k| k.name.clone())
                    on:input=move |ev| { let v = event_target_value(&ev); edit(&|k| k.name = v.clone()); }/>
                <FieldMessages path=Field::CalendarKeyDateName.at(index).to_string()/>
            </span>
            <span class="field">
                <label for=format!("{id}-kind")>{move || t(w.locale.get(), Text::KeyDateKindLabel)}</label>
                <select id=format!("{id}-kind") on:change=move |ev| {
                    if let Some(kind) = KeyDateKind::from_wire(&event_target_value(&ev)) {
                        edit(&|k| k.kind = kind);
                    }
                }>
                    {move || KeyDateKind::ALL.iter().map(|kind| {
                        let selected = get(|k| k.kind.as_str().to_string()) == kind.as_str();
                        view! { <option value=kind.as_str() prop:selected=selected>{kind.label(w.locale.get())}</option> }
                    }).collect_view()}
                </select>
            </span>
            <button type="button" class="button button--small" on:click=move |_| {
                w.update(|a| if index < a.calendar.key_dates.len() { a.calendar.key_dates.remove(index); });
            }>
                {move || t(w.locale.get(), Text::Remove)}
                <span class="visually-hidden">{move || format!(" {}", get(|k| k.name.clone()))}</span>
            </button>
        </li>
    }
}
