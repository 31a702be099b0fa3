//! Form widgets shared by the steps: every field has a visible label, a hint, and the
//! validation messages for its answers path right under it, tied with `aria-describedby`.
//!
//! Widgets never clamp or drop what the user typed: numbers that do not parse stay in the box
//! with a message, and limits are reported by `core::validate`, not enforced by `maxlength`.

use crate::core::fields::Field;
use crate::core::i18n::{Label, Text, t};
use crate::core::validate::{Issue, Severity};
use crate::ui::state::Wizard;
use leptos::prelude::*;

/// The DOM id of the input for answers `path` ("business.competitors[1]" → "f-business-competitors-1").
pub fn field_id(path: &str) -> String {
    let mut id = String::from("f-");
    for c in path.chars() {
        match c {
            '.' | '[' => id.push('-'),
            ']' => {}
            _ => id.push(c),
        }
    }
    id
}

/// The validation messages for one field, with the ids `aria-describedby` points at.
#[component]
pub fn FieldMessages(
    /// The answers path the messages belong to.
    path: String,
    /// A message about the text typed, before it reaches the answers (e.g. "not a number").
    #[prop(optional, into)]
    local_error: Option<Signal<Option<Text>>>,
    /// The id of the field the messages belong to, when it is not derived from `path`.
    #[prop(optional)]
    field: Option<String>,
) -> impl IntoView {
    let wizard = use_context::<Wizard>().expect("Wizard context");
    let id = format!("{}-msg", field.unwrap_or_else(|| field_id(&path)));
    let issues = {
        let path = path.clone();
        Memo::new(move |_| wizard.issues_at(&path))
    };
    let local = move || local_error.and_then(|e| e.get());
    view! {
        <div id=id class="field__messages" aria-live="polite">
            {move || local().map(|text| view! {
                <p class="field__error">{move || t(wizard.locale.get(), text)}</p>
            })}
            <For
                each=move || issues.get()
                key=|issue: &Issue| (issue.code, issue.message.clone())
                children=move |issue: Issue| {
                    let class = match issue.severity {
                        Severity::Error => "field__error",
                        Severity::Warning => "field__warning",
                    };
                    view! { <p class=class>{issue.message}</p> }
                }
            />
        </div>
    }
}

/// Whether the field at `path` has an error, for `aria-invalid`.
pub fn invalid(wizard: Wizard, path: &str) -> bool {
    wizard
        .issues_at(path)
        .iter()
        .any(|i| i.severity == Severity::Error)
}

/// A one-line or multi-line text input.
#[component]
pub fn TextField(
    /// The answers field, e.g. `Field::BusinessName`.
    path: Field,
    /// The label text.
    label: Text,
    /// The hint under the label.
    hint: Text,
    /// The current value.
    #[prop(into)]
    value: Signal<String>,
    /// Called with the new text on every keystroke.
    on_input: impl Fn(String) + 'static,
    /// A `<textarea>` instead of an `<input>`.
    #[prop(optional)]
    multiline: bool,
    /// The input's `autocomplete` attribute.
    #[prop(optional)]
    autocomplete: Option<&'static str>,
) -> impl IntoView {
    let path = path.path();
    let wizard = use_context::<Wizard>().expect("Wizard context");
    let id = field_id(path);
    let described = format!("{id}-hint {id}-msg");
    let on_input = move |ev| on_input(event_target_value(&ev));
    let input = if multiline {
        view! {
            <textarea id=id.clone() rows="3" aria-describedby=described
                aria-invalid=move || invalid(wizard, path).to_string()
                prop:value=move || value.get() on:input=on_input></textarea>
        }
        .into_any()
    } else {
        view! {
            <input id=id.clone() type="text" aria-describedby=described autocomplete=autocomplete
                aria-invalid=move || invalid(wizard, path).to_string()
                prop:value=move || value.get() on:input=on_input/>
        }
        .into_any()
    };
    view! {
        <div class="field">
            <label for=id.clone()>{move || t(wizard.locale.get(), label)}</label>
            <p id=format!("{id}-hint") class="field__hint">{move || t(wizard.locale.get(), hint)}</p>
            {input}
            <FieldMessages path=path.to_string()/>
        </div>
    }
}

// Read and written in core (the check-in form reads numbers the same way).
pub use crate::core::validate::{format_number_in, parse_number};

/// Shows a number the way it was most likely typed (no trailing ".0").
pub fn format_number(value: f64) -> String {
    crate::core::validate::plain_number(value)
}

/// A number input that keeps the typed text even when it is not (yet) a number.
#[component]
pub fn NumberField(
    /// The answers field, e.g. `Field::ResourcesHoursPerWeek`.
    path: Field,
    /// The label text.
    label: Text,
    /// The hint under the label.
    hint: Text,
    /// The number in the answers.
    #[prop(into)]
    value: Signal<f64>,
    /// Called with each new valid number.
    on_number: impl Fn(f64) + 'static,
    /// Also accept an empty box, reported as `None` (for optional numbers).
    #[prop(optional)]
    on_empty: Option<Box<dyn Fn()>>,
    /// Only whole, non-negative numbers are accepted (weeks, followers).
    #[prop(optional)]
    integer: bool,
    /// The input's id when the same answer is edited in two places on one page.
    #[prop(optional)]
    id: Option<&'static str>,
) -> impl IntoView {
    let path = path.path();
    let wizard = use_context::<Wizard>().expect("Wizard context");
    let id = id.map_or_else(|| field_id(path), str::to_string);
    let raw = RwSignal::new(format_number_in(
        wizard.locale.get_untracked(),
        value.get_untracked(),
    ));
    let local_error = RwSignal::new(None::<Text>);
    // Follow changes made elsewhere (import, what-if) unless the box already says the same.
    Effect::new(move |_| {
        let v = value.get();
        if parse_number(&raw.get_untracked()) != Some(v) && local_error.get_untracked().is_none() {
            raw.set(format_number_in(wizard.locale.get_untracked(), v));
        }
    });
    let on_input = move |ev| {
        let text = event_target_value(&ev);
        raw.set(text.clone());
        let parsed = parse_number(&text)
            .filter(|v| !integer || (v.fract() == 0.0 && *v >= 0.0 && *v <= f64::from(u32::MAX)));
        match parsed {
            Some(v) => {
                local_error.set(None);
                on_number(v);
            }
            None if text.trim().is_empty() && on_empty.is_some() => {
                local_error.set(None);
                if let Some(f) = &on_empty {
                    f();
                }
            }
            None if integer => local_error.set(Some(Text::NotAWholeNumber)),
            None => local_error.set(Some(Text::NotANumber)),
        }
    };
    view! {
        <div class="field field--number">
            <label for=id.clone()>{move || t(wizard.locale.get(), label)}</label>
            <p id=format!("{id}-hint") class="field__hint">{move || t(wizard.locale.get(), hint)}</p>
            <input id=id.clone() type="text" inputmode="decimal"
                aria-describedby=format!("{id}-hint {id}-msg")
                aria-invalid=move || (local_error.get().is_some() || invalid(wizard, path)).to_string()
                prop:value=move || raw.get() on:input=on_input/>
            <FieldMessages path=path.to_string() local_error=local_error field=id.clone()/>
        </div>
    }
}

/// A drop-down over a fixed list of (wire value, label) options.
#[component]
pub fn SelectField(
    /// The answers field.
    path: Field,
    /// The label text.
    label: Text,
    /// The hint under the label.
    hint: Text,
    /// The options: value as stored, and its label (already localised, reactive).
    #[prop(into)]
    options: Signal<Vec<(String, String)>>,
    /// The selected value.
    #[prop(into)]
    value: Signal<String>,
    /// Called with the newly selected value.
    on_change: impl Fn(String) + 'static,
) -> impl IntoView {
    let path = path.path();
    let wizard = use_context::<Wizard>().expect("Wizard context");
    let id = field_id(path);
    view! {
        <div class="field">
            <label for=id.clone()>{move || t(wizard.locale.get(), label)}</label>
            <p id=format!("{id}-hint") class="field__hint">{move || t(wizard.locale.get(), hint)}</p>
            <select id=id.clone() aria-describedby=format!("{id}-hint {id}-msg")
                aria-invalid=move || invalid(wizard, path).to_string()
                on:change=move |ev| on_change(event_target_value(&ev))>
                {move || options.get().into_iter().map(|(v, l)| {
                    let selected = value.get() == v;
                    view! { <option value=v prop:selected=selected>{l}</option> }
                }).collect_view()}
            </select>
            <FieldMessages path=path.to_string()/>
        </div>
    }
}

/// Options for a [`SelectField`] over every value of an enumeration.
pub fn enum_options<T: Label + Send + Sync + 'static>(
    wizard: Wizard,
    all: &'static [T],
    wire: fn(T) -> &'static str,
) -> Signal<Vec<(String, String)>> {
    Signal::derive(move || {
        let locale = wizard.locale.get();
        all.iter()
            .map(|v| (wire(*v).to_string(), v.label(locale).to_string()))
            .collect()
    })
}

/// A yes/no checkbox.
#[component]
pub fn CheckboxField(
    /// The answers field.
    path: Field,
    /// The label text.
    label: Text,
    /// An optional hint.
    #[prop(optional)]
    hint: Option<Text>,
    /// Whether it is ticked.
    #[prop(into)]
    checked: Signal<bool>,
    /// Called with the new state.
    on_change: impl Fn(bool) + 'static,
) -> impl IntoView {
    let path = path.path();
    let wizard = use_context::<Wizard>().expect("Wizard context");
    let id = field_id(path);
    view! {
        <div class="field field--check">
            <input id=id.clone() type="checkbox" aria-describedby=format!("{id}-hint {id}-msg")
                prop:checked=move || checked.get()
                on:change=move |ev| on_change(event_target_checked(&ev))/>
            <label for=id.clone()>{move || t(wizard.locale.get(), label)}</label>
            <p id=format!("{id}-hint") class="field__hint">
                {move || hint.map(|h| t(wizard.locale.get(), h))}
            </p>
            <FieldMessages path=path.to_string()/>
        </div>
    }
}

/// A group of checkboxes choosing several values of an enumeration.
#[component]
pub fn ChoiceGroup<T>(
    /// The list field.
    path: Field,
    /// The legend.
    label: Text,
    /// The hint under the legend.
    hint: Text,
    /// Every value on offer.
    all: &'static [T],
    /// The wire name of a value (for ids).
    wire: fn(T) -> &'static str,
    /// The values chosen.
    #[prop(into)]
    chosen: Signal<Vec<T>>,
    /// Called with a value and whether it is now chosen.
    on_toggle: impl Fn(T, bool) + Copy + Send + Sync + 'static,
    /// The group's id prefix when the same answer is edited in two places on one page.
    #[prop(optional)]
    id: Option<&'static str>,
) -> impl IntoView
where
    T: Label + PartialEq + Send + Sync + 'static,
{
    let path = path.path();
    let wizard = use_context::<Wizard>().expect("Wizard context");
    let id = id.map_or_else(|| field_id(path), str::to_string);
    view! {
        <fieldset class="field field--group" aria-describedby=format!("{id}-hint {id}-msg")>
            <legend>{move || t(wizard.locale.get(), label)}</legend>
            <p id=format!("{id}-hint") class="field__hint">{move || t(wizard.locale.get(), hint)}</p>
            <div class="choices">
                {all.iter().map(|v| {
                    let v = *v;
                    let box_id = format!("{id}-{}", wire(v));
                    view! {
                        <span class="choice">
                            <input type="checkbox" id=box_id.clone()
                                prop:checked=move || chosen.with(|c| c.contains(&v))
                                on:change=move |ev| on_toggle(v, event_target_checked(&ev))/>
                            <label for=box_id>{move || v.label(wizard.locale.get())}</label>
                        </span>
                    }
                }).collect_view()}
            </div>
            <FieldMessages path=path.to_string() field=id.clone()/>
        </fieldset>
    }
}

/// Adds or removes `value` in `list`, keeping the order of first choice.
pub fn toggle<T: PartialEq>(list: &mut Vec<T>, value: T, on: bool) {
    let present = list.contains(&value);
    if on && !present {
        list.push(value);
    } else if !on {
        list.retain(|v| *v != value);
    }
}

/// An editable list of short texts (competitors, keywords, skills).
#[component]
pub fn TextList(
    /// The list field, e.g. `Field::BusinessCompetitors`.
    path: Field,
    /// The legend.
    label: Text,
    /// The hint under the legend.
    hint: Text,
    /// The label of each item's box.
    item_label: Text,
    /// The text of the add button.
    add_label: Text,
    /// The items.
    #[prop(into)]
    items: Signal<Vec<String>>,
    /// Called with the whole new list.
    on_change: impl Fn(Vec<String>) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let path = path.path();
    let wizard = use_context::<Wizard>().expect("Wizard context");
    let id = field_id(path);
    let count = Memo::new(move |_| items.with(Vec::len));
    view! {
        <fieldset id=id.clone() class="field field--list" aria-describedby=format!("{id}-hint {id}-msg")>
            <legend>{move || t(wizard.locale.get(), label)}</legend>
            <p id=format!("{id}-hint") class="field__hint">{move || t(wizard.locale.get(), hint)}</p>
            <ul class="list">
                <For each=move || 0..count.get() key=|i| *i let:i>
                    {
                        let item_path = format!("{path}[{i}]");
                        let item_id = field_id(&item_path);
                        view! {
                            <li class="list__item">
                                <label class="visually-hidden" for=item_id.clone()>
                                    {move || format!("{} {}", t(wizard.locale.get(), item_label), i + 1)}
                                </label>
                                <input id=item_id.clone() type="text"
                                    aria-describedby=format!("{item_id}-msg")
                                    aria-invalid={let p = item_path.clone(); move || invalid(wizard, &p).to_string()}
                                    prop:value=move || items.with(|v| v.get(i).cloned().unwrap_or_default())
                                    on:input=move |ev| {
                                        let mut list = items.get_untracked();
                                        if let Some(slot) = list.get_mut(i) {
                                            *slot = event_target_value(&ev);
                                        }
                                        on_change(list);
                                    }/>
                                <button type="button" class="button button--small"
                                    on:click=move |_| {
                                        let mut list = items.get_untracked();
                                        if i < list.len() {
                                            list.remove(i);
                                        }
                                        on_change(list);
                                    }>
                                    {move || t(wizard.locale.get(), Text::Remove)}
                                    <span class="visually-hidden">{move || format!(" {}", i + 1)}</span>
                                </button>
                                <FieldMessages path=item_path.clone()/>
                            </li>
                        }
                    }
                </For>
            </ul>
            <button type="button" class="button button--secondary"
                on:click=move |_| {
                    let mut list = items.get_untracked();
                    list.push(String::new());
                    on_change(list);
                    // The new item is the last one.
                    focus_later(format!("{}-{}", field_id(path), count.get_untracked().saturating_sub(1)));
                }>
                {move || t(wizard.locale.get(), add_label)}
            </button>
            <FieldMessages path=path.to_string()/>
        </fieldset>
    }
}

/// Moves focus to the element with `id` once the DOM has been updated. For a group (a list or
/// a set of checkboxes) it is the group's first control, or its first button (e.g. "Add")
/// when the list is empty.
pub fn focus_later(id: String) {
    request_animation_frame(move || {
        const CONTROLS: &str = "input, select, textarea";
        let doc = document();
        let el = doc.get_element_by_id(&id);
        let target = el
            .clone()
            .filter(|el| el.matches(CONTROLS).unwrap_or(false))
            .or_else(|| {
                doc.query_selector(&format!(":is({CONTROLS})[id^='{id}-']:not([type=hidden])"))
                    .ok()
                    .flatten()
            })
            .or_else(|| {
                el.and_then(|el| {
                    el.query_selector(&format!("{CONTROLS}, button"))
                        .ok()
                        .flatten()
                })
            });
        if let Some(el) = target {
            use wasm_bindgen::JsCast;
            if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_valid_and_distinct_for_list_items() {
        assert_eq!(field_id("business.name"), "f-business-name");
        assert_eq!(
            field_id("business.competitors[1]"),
            "f-business-competitors-1"
        );
        assert_ne!(field_id("a.b[1]"), field_id("a.b[11]"));
    }
}
