//! Step 3: who the audience is and when they are online.

use crate::core::fields::Field;
use crate::core::i18n::{Label, Text, t};
use crate::core::model::{AgeBand, GenderSkew, OnlineTime};
use crate::ui::fields::{ChoiceGroup, SelectField, TextField, TextList, toggle};
use crate::ui::state::Wizard;
use leptos::prelude::*;

/// Age bands, gender skew, location, persona, online times and keywords to listen to.
#[component]
pub fn AudienceStep() -> impl IntoView {
    let w = use_context::<Wizard>().expect("Wizard context");
    let a = w.answers;
    let skews = Signal::derive(move || {
        let locale = w.locale.get();
        std::iter::once((String::new(), t(locale, Text::NotSet).to_string()))
            .chain(
                GenderSkew::ALL
                    .iter()
                    .map(|g| (g.as_str().to_string(), g.label(locale).to_string())),
            )
            .collect()
    });
    view! {
        <ChoiceGroup path=Field::AudienceAgeBands label=Text::AgeBands hint=Text::AgeBandsHint
            all=AgeBand::ALL wire=AgeBand::as_str
            chosen=Signal::derive(move || a.with(|a| a.audience.age_bands.clone()))
            on_toggle=move |b, on| w.update(|a| { toggle(&mut a.audience.age_bands, b, on); crate::core::order::sort(&mut a.audience.age_bands); })/>
        <SelectField path=Field::AudienceGenderSkew label=Text::GenderSkew hint=Text::GenderSkewHint
            options=skews
            value=Signal::derive(move || a.with(|a| a.audience.gender_skew.map(|g| g.as_str().to_string()).unwrap_or_default()))
            on_change=move |v| w.update(|a| a.audience.gender_skew = GenderSkew::from_wire(&v))/>
        <TextField path=Field::AudienceLocation label=Text::Location hint=Text::LocationHint
            value=Signal::derive(move || a.with(|a| a.audience.location.clone()))
            on_input=move |v| w.update(|a| a.audience.location = v)/>
        <TextField path=Field::AudiencePersonaWho label=Text::PersonaWho hint=Text::PersonaWhoHint multiline=true
            value=Signal::derive(move || a.with(|a| a.audience.persona.who.clone()))
            on_input=move |v| w.update(|a| a.audience.persona.who = v)/>
        <TextField path=Field::AudiencePersonaNeeds label=Text::PersonaNeeds hint=Text::PersonaNeedsHint multiline=true
            value=Signal::derive(move || a.with(|a| a.audience.persona.needs.clone()))
            on_input=move |v| w.update(|a| a.audience.persona.needs = v)/>
        <TextField path=Field::AudiencePersonaObjections label=Text::PersonaObjections hint=Text::PersonaObjectionsHint multiline=true
            value=Signal::derive(move || a.with(|a| a.audience.persona.objections.clone()))
            on_input=move |v| w.update(|a| a.audience.persona.objections = v)/>
        <ChoiceGroup path=Field::AudienceOnlineTimes label=Text::OnlineTimes hint=Text::OnlineTimesHint
            all=OnlineTime::ALL wire=OnlineTime::as_str
            chosen=Signal::derive(move || a.with(|a| a.audience.online_times.clone()))
            on_toggle=move |o, on| w.update(|a| toggle(&mut a.audience.online_times, o, on))/>
        <TextList path=Field::AudienceKeywords label=Text::Keywords hint=Text::KeywordsHint
            item_label=Text::Keyword add_label=Text::AddKeyword
            items=Signal::derive(move || a.with(|a| a.audience.listen_keywords.clone()))
            on_change=move |v| w.update(|a| a.audience.listen_keywords = v)/>
    }
}
