//! Browser tests: components mounted in headless Chromium with wasm-bindgen-test.
#![cfg(target_arch = "wasm32")]

use leptos::mount::mount_to;
use leptos::prelude::*;
use rotta::core::model::{Answers, Locale};
use rotta::ui::state::Wizard;
use rotta::ui::steps::BusinessStep;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn container() -> web_sys::HtmlElement {
    let document = document();
    let div = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&div).unwrap();
    div.unchecked_into()
}

fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2027, 1, 4).unwrap()
}

#[wasm_bindgen_test]
async fn the_business_step_shows_its_fields_and_writes_the_answers() {
    let root = container();
    let answers = RwSignal::new(Answers::new_plan(Locale::En, today()));
    let _mounted = mount_to(root.clone(), move || {
        provide_context(Wizard::new(answers, Vec::new()));
        view! { <BusinessStep/> }
    });
    let label = root
        .query_selector("label[for=f-business-name]")
        .unwrap()
        .unwrap();
    assert_eq!(label.text_content().unwrap(), "Business name");
    let input: web_sys::HtmlInputElement = root
        .query_selector("#f-business-name")
        .unwrap()
        .unwrap()
        .unchecked_into();
    input.set_value("Forno Rossi");
    input
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    leptos::task::tick().await;
    assert_eq!(answers.get_untracked().business.name, "Forno Rossi");

    // A name over the limit is kept as typed and flagged next to the field.
    input.set_value(&"x".repeat(130));
    input
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    leptos::task::tick().await;
    assert_eq!(answers.get_untracked().business.name.chars().count(), 130);
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    let messages = root
        .query_selector("#f-business-name-msg")
        .unwrap()
        .unwrap();
    assert!(
        messages.text_content().unwrap().contains("120"),
        "{:?}",
        messages.text_content()
    );

    // Switching the language relabels the field.
    answers.update(|a| a.locale = Locale::It);
    leptos::task::tick().await;
    assert_eq!(label.text_content().unwrap(), "Nome dell'attività");
}

#[wasm_bindgen_test]
async fn after_a_crash_the_page_offers_the_answers_for_download() {
    let answers = RwSignal::new(Answers::new_plan(Locale::En, today()));
    answers.update(|a| a.business.name = "Forno Rossi".into());
    let root = container();
    let _mounted = mount_to(root, move || {
        rotta::ui::recovery::remember_answers(Wizard::new(answers, Vec::new()));
    });
    leptos::task::tick().await;
    // The screen replaces the whole body, the test runner's output included: put it back after.
    let body = document().body().unwrap();
    let kept: Vec<web_sys::Node> = (0..body.child_nodes().length())
        .filter_map(|i| body.child_nodes().item(i))
        .collect();
    rotta::ui::recovery::show_recovery_screen().expect("recovery screen shown");
    let screen = document()
        .get_element_by_id("recovery")
        .expect("recovery screen in the page");
    assert!(
        screen
            .text_content()
            .unwrap()
            .contains("Something went wrong")
    );
    let link = screen
        .query_selector("a[download]")
        .unwrap()
        .expect("a download link");
    let href = link.get_attribute("href").unwrap();
    assert!(href.starts_with("data:application/json"));
    let found = href.contains("Forno%20Rossi");
    body.set_text_content(None);
    for node in &kept {
        body.append_child(node).unwrap();
    }
    assert!(found, "{href}");
}
