//! No text of one language in another's output (issue #13 §5): for each language, everything
//! Rotta writes for a plan — the plan (JSON, so every rendered string), the Markdown strategy,
//! the calendar CSV and ICS, the review rows and the validation messages — is searched for
//! the sentences of the other four languages' catalogues. A table that fell back to English,
//! or a sentence left untranslated in `locales/es.txt`, fails here with the text it found.
//!
//! Also: no long sentence of the reference is copied unchanged into another language's file.

use chrono::{NaiveDate, NaiveDateTime};
use rotta::core::engine::build_plan;
use rotta::core::export::csv::calendar_csv;
use rotta::core::export::ics::calendar_ics;
use rotta::core::export::markdown::plan_markdown;
use rotta::core::l10n::{Msg, t};
use rotta::core::model::{Answers, Locale};
use rotta::core::review::rows;
use rotta::core::validate::validate;
use rotta::core::wizard::Step;

fn persona(name: &str) -> Answers {
    let path = format!(
        "{}/tests/fixtures/personas/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    Answers::from_json(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// Answers that make validation speak: too long, out of range, missing.
fn with_problems(mut a: Answers) -> Answers {
    a.business.name = "x".repeat(200);
    a.resources.hours_per_week = -3.0;
    a.business.value_proposition.clear();
    a
}

/// Everything written for `answers` in `locale`.
fn output(answers: &Answers, locale: Locale) -> String {
    let answers = Answers {
        locale,
        ..answers.clone()
    };
    let plan = build_plan(&answers, answers.calendar.start);
    let stamp = NaiveDateTime::parse_from_str("2027-01-04 09:00:00", "%Y-%m-%d %H:%M:%S").unwrap();
    let mut out = vec![
        plan.to_json(),
        plan_markdown(&plan),
        calendar_csv(&plan.calendar, locale),
        // ICS folds lines at 75 octets: unfold so sentences are whole again.
        calendar_ics(&plan.calendar, locale, "seed", stamp).replace("\r\n ", ""),
    ];
    for step in Step::ALL {
        for row in rows(step, &answers, locale) {
            out.push(format!("{} {}", t(locale, row.label), row.value));
        }
    }
    for issue in validate(&with_problems(answers.clone())) {
        out.push(issue.message);
    }
    out.join("\n")
}

/// The pieces of `text` between placeholders, trimmed.
fn fragments(text: &str) -> impl Iterator<Item = &str> {
    text.split(['{', '}']).step_by(2).map(str::trim)
}

/// Sentences of `other` that `locale` never writes: placeholder-free pieces of at least 20
/// characters that appear in no text of `locale`'s catalogue (shared brand names, numbers
/// and identical short labels are thereby left out).
fn foreign_sentences(other: Locale, locale: Locale) -> Vec<&'static str> {
    let own: Vec<&str> = Msg::ALL.iter().map(|k| t(locale, *k)).collect();
    let mut found: Vec<&'static str> = Msg::ALL
        .iter()
        .flat_map(|k| fragments(t(other, *k)))
        .filter(|f| f.chars().count() >= 20 && !own.iter().any(|o| o.contains(f)))
        .collect();
    found.sort_unstable();
    found.dedup();
    found
}

#[test]
fn each_language_writes_only_its_own_sentences() {
    let personas: Vec<Answers> = ["bakery", "b2b_software", "six_channels"]
        .iter()
        .map(|p| persona(p))
        .collect();
    let mut leaks = Vec::new();
    for locale in Locale::ALL.iter().copied() {
        let written: String = personas
            .iter()
            .map(|a| output(a, locale))
            .collect::<Vec<_>>()
            .join("\n");
        for other in Locale::ALL.iter().copied().filter(|o| *o != locale) {
            for sentence in foreign_sentences(other, locale) {
                if written.contains(sentence) {
                    leaks.push(format!("{other} in {locale} output: {sentence:?}"));
                }
            }
        }
    }
    assert!(
        leaks.is_empty(),
        "{} leaks:\n{}",
        leaks.len(),
        leaks.join("\n")
    );
}

#[test]
fn the_check_finds_a_sentence_of_another_language() {
    // The check above is not vacuous: an English sentence of the plan is foreign to Spanish,
    // and a Spanish plan with it pasted in would be caught.
    let english = foreign_sentences(Locale::En, Locale::Es);
    let sentence = fragments(t(Locale::En, Msg::PlanWhatIf))
        .find(|f| f.chars().count() >= 20)
        .expect("a long English fragment");
    assert!(english.contains(&sentence), "{sentence}");
    let spanish = output(&persona("bakery"), Locale::Es);
    assert!(!spanish.contains(sentence));
    assert!(format!("{spanish}\n{sentence}").contains(sentence));
}

#[test]
fn no_long_sentence_is_copied_from_one_language_file_to_another() {
    let mut copied = Vec::new();
    for (i, a) in Locale::ALL.iter().enumerate() {
        for b in &Locale::ALL[i + 1..] {
            for key in Msg::ALL {
                let text = t(*a, key);
                let words: usize = fragments(text).map(|f| f.split_whitespace().count()).sum();
                if words >= 4 && text == t(*b, key) {
                    copied.push(format!("{key:?}: {a} = {b}: {text:?}"));
                }
            }
        }
    }
    assert!(copied.is_empty(), "{}", copied.join("\n"));
}

#[test]
fn dates_in_the_output_follow_the_language() {
    let a = persona("bakery");
    let start: NaiveDate = a.calendar.start;
    let month =
        |l: Locale| rotta::core::l10n::format::month_name(l, chrono::Datelike::month(&start));
    for locale in [Locale::Es, Locale::Fr, Locale::De] {
        let written = output(&a, locale);
        assert!(
            written.contains(month(locale)),
            "{locale}: no {}",
            month(locale)
        );
    }
}
