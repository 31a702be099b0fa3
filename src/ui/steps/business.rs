//! Step 1: the business and its value proposition.

use crate::core::fields::Field;
use crate::core::i18n::{COUNTRIES, Text};
use crate::core::model::{Offer, Reach, Sector};
use crate::ui::fields::{CheckboxField, SelectField, TextField, TextList, enum_options};
use crate::ui::state::Wizard;
use leptos::prelude::*;

/// Name, sector, offer, value proposition, reach, country, venue and competitors.
#[component]
pub fn BusinessStep() -> impl IntoView {
    let w = use_context::<Wizard>().expect("Wizard context");
    let a = w.answers;
    let countries = Signal::derive(move || {
        let locale = w.locale.get();
        let mut list: Vec<(String, String)> = COUNTRIES
            .iter()
            .map(|(code, key)| {
                let name = crate::core::i18n::t(locale, *key);
                ((*code).to_string(), name.to_string())
            })
            .collect();
        // A code from an imported file that is not in the list stays selectable.
        let current = a.with(|a| a.business.country.clone());
        if !list.iter().any(|(c, _)| *c == current) {
            list.push((current.clone(), current));
        }
        list
    });
    view! {
        <TextField path=Field::BusinessName label=Text::BusinessName hint=Text::BusinessNameHint
            autocomplete="organization"
            value=Signal::derive(move || a.with(|a| a.business.name.clone()))
            on_input=move |v| w.update(|a| a.business.name = v)/>
        <SelectField path=Field::BusinessSector label=Text::Sector hint=Text::SectorHint
            options=enum_options(w, Sector::ALL, Sector::as_str)
            value=Signal::derive(move || a.with(|a| a.business.sector.as_str().to_string()))
            on_change=move |v| if let Some(s) = Sector::from_wire(&v) { w.update(|a| a.business.sector = s) }/>
        <SelectField path=Field::BusinessOffer label=Text::Offer hint=Text::OfferHint
            options=enum_options(w, Offer::ALL, Offer::as_str)
            value=Signal::derive(move || a.with(|a| a.business.offer.as_str().to_string()))
            on_change=move |v| if let Some(o) = Offer::from_wire(&v) { w.update(|a| a.business.offer = o) }/>
        <TextField path=Field::BusinessValueProposition label=Text::ValueProposition
            hint=Text::ValuePropositionHint multiline=true
            value=Signal::derive(move || a.with(|a| a.business.value_proposition.clone()))
            on_input=move |v| w.update(|a| a.business.value_proposition = v)/>
        <SelectField path=Field::BusinessReach label=Text::Reach hint=Text::ReachHint
            options=enum_options(w, Reach::ALL, Reach::as_str)
            value=Signal::derive(move || a.with(|a| a.business.reach.as_str().to_string()))
            on_change=move |v| if let Some(r) = Reach::from_wire(&v) { w.update(|a| a.business.reach = r) }/>
        <SelectField path=Field::BusinessCountry label=Text::Country hint=Text::CountryHint
            options=countries
            value=Signal::derive(move || a.with(|a| a.business.country.clone()))
            on_change=move |v| w.update(|a| a.business.country = v)/>
        <CheckboxField path=Field::BusinessHasVenue label=Text::HasVenue hint=Text::HasVenueHint
            checked=Signal::derive(move || a.with(|a| a.business.has_venue))
            on_change=move |v| w.update(|a| a.business.has_venue = v)/>
        <TextList path=Field::BusinessCompetitors label=Text::Competitors hint=Text::CompetitorsHint
            item_label=Text::CompetitorName add_label=Text::AddCompetitor
            items=Signal::derive(move || a.with(|a| a.business.competitors.clone()))
            on_change=move |v| w.update(|a| a.business.competitors = v)/>
    }
}
