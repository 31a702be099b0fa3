//! Saving a text as a file on the user's device, without any server.

use crate::core::model::Answers;
use leptos::prelude::WithUntracked;
use wasm_bindgen::JsCast;

/// A file name made of the business name and the calendar's start date, safe on every system:
/// `rotta-forno-rossi-2027-01-04-answers.json`.
pub fn answers_file_name(answers: &Answers) -> String {
    file_name(answers, "answers", "json")
}

/// `rotta-<business>-<start date>-<what>.<ext>`, lower case, letters and digits only.
pub fn file_name(answers: &Answers, what: &str, ext: &str) -> String {
    let mut slug = String::new();
    for c in answers.business.name.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() && c.is_ascii() {
            slug.push(c);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-');
    let slug = if slug.is_empty() { "plan" } else { slug };
    format!("rotta-{slug}-{}-{what}.{ext}", answers.calendar.start)
}

/// Downloads the answers file of the plan shown and records the export (the storage
/// reminders count it). Also the share box's offer when the link is too long for a QR code.
pub fn download_answers(
    w: crate::ui::state::Wizard,
    persistence: Option<
        leptos::prelude::StoredValue<
            crate::ui::persist::Persistence,
            leptos::prelude::LocalStorage,
        >,
    >,
) {
    let (name, text) = w
        .answers
        .with_untracked(|a| (file_name(a, "answers", "json"), a.to_json_pretty()));
    download_text(&name, "application/json", &text);
    if let Some(persistence) = persistence {
        crate::ui::persist::record_export(persistence);
    }
}

/// Offers `text` as a download named `name`. Failures (very old browsers) are ignored: the
/// user can still copy the data from the page.
pub fn download_text(name: &str, mime: &str, text: &str) {
    let _ = try_download(name, mime, text);
}

fn try_download(name: &str, mime: &str, text: &str) -> Option<()> {
    let document = web_sys::window()?.document()?;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(&format!("{mime};charset=utf-8"));
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let anchor: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    anchor.set_href(&url);
    anchor.set_download(name);
    anchor.click();
    // Revoke after the click has been handled, or some browsers cancel the download.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    web_sys::window()?
        .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 1000)
        .ok()?;
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_are_safe_and_say_what_they_hold() {
        let mut a = Answers::default();
        a.business.name = "Forno Rossi & Figli — Bologna".into();
        assert_eq!(
            answers_file_name(&a),
            "rotta-forno-rossi-figli-bologna-2027-01-04-answers.json"
        );
        a.business.name = "   ".into();
        assert_eq!(
            file_name(&a, "calendar", "csv"),
            "rotta-plan-2027-01-04-calendar.csv"
        );
    }
}
