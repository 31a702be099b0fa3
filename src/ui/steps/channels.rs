//! Step 4: channels in use, refused channels and the formats the team can produce.

use crate::core::fields::Field;
use crate::core::i18n::{Label, Text, t};
use crate::core::model::{Channel, CurrentChannel, Format};
use crate::ui::fields::{
    ChoiceGroup, FieldMessages, field_id, format_number, parse_number, toggle,
};
use crate::ui::state::Wizard;
use leptos::prelude::*;

/// Current channels with their followers, refused channels, producible formats.
#[component]
pub fn ChannelsStep() -> impl IntoView {
    let w = use_context::<Wizard>().expect("Wizard context");
    let a = w.answers;
    let current = Signal::derive(move || {
        a.with(|a| {
            a.channels
                .current
                .iter()
                .map(|c| c.channel)
                .collect::<Vec<_>>()
        })
    });
    view! {
        <ChoiceGroup path=Field::ChannelsCurrent label=Text::CurrentChannels hint=Text::CurrentChannelsHint
            all=Channel::ALL wire=Channel::as_str chosen=current
            on_toggle=move |ch, on| w.update(|a| {
                let list = &mut a.channels.current;
                if on && !list.iter().any(|c| c.channel == ch) {
                    list.push(CurrentChannel { channel: ch, followers: 0, active: true });
                } else if !on {
                    list.retain(|c| c.channel != ch);
                }
            })/>
        <For each=move || current.get() key=|ch| *ch let:ch>
            <CurrentChannelRow channel=ch/>
        </For>
        <ChoiceGroup path=Field::ChannelsRefused label=Text::RefusedChannels hint=Text::RefusedChannelsHint
            all=Channel::ALL wire=Channel::as_str
            chosen=Signal::derive(move || a.with(|a| a.channels.refused.clone()))
            on_toggle=move |ch, on| w.update(|a| toggle(&mut a.channels.refused, ch, on))/>
        <ChoiceGroup path=Field::ChannelsFormats label=Text::Formats hint=Text::FormatsHint
            all=Format::ALL wire=Format::as_str
            chosen=Signal::derive(move || a.with(|a| a.channels.formats.clone()))
            on_toggle=move |f, on| w.update(|a| toggle(&mut a.channels.formats, f, on))/>
    }
}

/// Followers and activity of one channel already in use.
#[component]
fn CurrentChannelRow(
    /// The channel this row edits.
    channel: Channel,
) -> impl IntoView {
    let w = use_context::<Wizard>().expect("Wizard context");
    let a = w.answers;
    let index = move || a.with(|a| a.channels.current.iter().position(|c| c.channel == channel));
    let path = move || {
        Field::ChannelsCurrentItem
            .at(index().unwrap_or(0))
            .to_string()
    };
    let followers_id = format!("f-current-{}-followers", channel.as_str());
    let active_id = format!("f-current-{}-active", channel.as_str());
    let raw = RwSignal::new(
        a.with_untracked(|a| {
            a.channels
                .current
                .iter()
                .find(|c| c.channel == channel)
                .map(|c| c.followers)
        })
        .map(|f| format_number(f as f64))
        .unwrap_or_default(),
    );
    let local_error = RwSignal::new(None::<Text>);
    view! {
        <fieldset class="field field--row">
            <legend>{move || channel.label(w.locale.get())}</legend>
            <label for=followers_id.clone()>{move || t(w.locale.get(), Text::Followers)}</label>
            <input id=followers_id.clone() type="text" inputmode="numeric"
                aria-describedby=format!("{}-msg", field_id(&path()))
                aria-invalid=move || local_error.get().is_some().to_string()
                prop:value=move || raw.get()
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    raw.set(text.clone());
                    match parse_number(&text).filter(|v| *v >= 0.0 && v.fract() == 0.0) {
                        Some(v) => {
                            local_error.set(None);
                            w.update(|a| if let Some(c) = a.channels.current.iter_mut().find(|c| c.channel == channel) {
                                c.followers = v as u64;
                            });
                        }
                        None => local_error.set(Some(Text::NotANumber)),
                    }
                }/>
            <span class="choice">
                <input id=active_id.clone() type="checkbox"
                    prop:checked=move || a.with(|a| a.channels.current.iter().any(|c| c.channel == channel && c.active))
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        w.update(|a| if let Some(c) = a.channels.current.iter_mut().find(|c| c.channel == channel) {
                            c.active = on;
                        });
                    }/>
                <label for=active_id>{move || t(w.locale.get(), Text::Active)}</label>
            </span>
            {move || view! { <FieldMessages path=path() local_error=local_error/> }}
        </fieldset>
    }
}
