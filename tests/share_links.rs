//! Share links as a user meets them: a plan's link is short enough for any chat or mail,
//! opens to exactly the same answers, and a damaged, foreign or oversized link gives a clear
//! error instead of a wrong plan.

use rotta::core::l10n::{Msg, t};
use rotta::core::model::{Answers, CheckIn, Goal, KpiValue, Locale};
use rotta::core::share::{
    MAX_SHARE_CHARS, ShareError, answers_from_fragment, share_error_text, share_fragment,
};

const DESIGN_EXAMPLE: &str = include_str!("fixtures/answers_design_example.json");
const TYPICAL_PLAN: &str = include_str!("fixtures/store/typical_plan.json");

/// Links above this are at risk in some mail clients and chat previews; the brief asks for
/// "well under" it.
const SAFE_URL_LENGTH: usize = 2_000;

/// Room left for the page address before the fragment (e.g. a sub-path of a business site).
const ADDRESS_ALLOWANCE: usize = 120;

fn fixture(text: &str) -> Answers {
    Answers::from_json(text).unwrap()
}

#[test]
fn the_design_example_makes_a_short_link_that_opens_to_the_same_answers() {
    let answers = fixture(DESIGN_EXAMPLE);
    let fragment = share_fragment(&answers);
    println!("DESIGN §4 example: {} characters", fragment.len());
    assert!(fragment.len() < 400, "{} characters", fragment.len());
    assert_eq!(answers_from_fragment(&fragment), Ok(answers));
}

#[test]
fn a_typical_full_plan_stays_well_under_two_thousand_characters() {
    let answers = fixture(TYPICAL_PLAN);
    assert_eq!(answers.calendar.key_dates.len(), 8);
    let fragment = share_fragment(&answers);
    println!("typical plan: {} characters", fragment.len());
    assert!(
        fragment.len() + ADDRESS_ALLOWANCE < SAFE_URL_LENGTH * 3 / 4,
        "{} characters",
        fragment.len()
    );
    assert_eq!(answers_from_fragment(&format!("#{fragment}")), Ok(answers));
}

#[test]
fn the_link_is_shorter_than_the_answers_file() {
    for text in [DESIGN_EXAMPLE, TYPICAL_PLAN] {
        let answers = fixture(text);
        assert!(share_fragment(&answers).len() < answers.to_json().len() * 2 / 3);
    }
}

#[test]
fn the_link_opens_among_other_fragment_parts() {
    let answers = fixture(TYPICAL_PLAN);
    let fragment = share_fragment(&answers);
    assert_eq!(
        answers_from_fragment(&format!("#/plan?{fragment}")),
        Ok(answers.clone())
    );
    assert_eq!(
        answers_from_fragment(&format!("lang=en&{fragment}&x=1")),
        Ok(answers)
    );
}

#[test]
fn an_ordinary_address_is_not_a_share_link() {
    for fragment in [
        "",
        "#",
        "#/business",
        "#/plan?step=3",
        "shared=1.AAAA",
        "#SHARE=1.AAAA",
    ] {
        assert_eq!(
            answers_from_fragment(fragment),
            Err(ShareError::NotAShareLink),
            "{fragment:?}"
        );
    }
}

#[test]
fn a_cut_link_is_damaged_at_every_length() {
    let fragment = share_fragment(&fixture(TYPICAL_PLAN));
    let start = "share=1.".len();
    for cut in start..fragment.len() {
        let result = answers_from_fragment(&fragment[..cut]);
        assert_eq!(result, Err(ShareError::Damaged), "cut at {cut}");
    }
}

#[test]
fn a_link_with_foreign_characters_or_a_bad_prefix_is_damaged() {
    let fragment = share_fragment(&fixture(DESIGN_EXAMPLE));
    let with_space = fragment.replacen('A', " ", 1).replacen('B', " ", 1);
    for bad in [
        "share=".to_owned(),
        "share=1.".to_owned(),
        "share=1".to_owned(),
        "share=x.AAAA".to_owned(),
        format!("{fragment}%20"),
        format!("{fragment})"),
        with_space,
        fragment.replace("share=1.", "share=1.AA"),
    ] {
        assert_eq!(
            answers_from_fragment(&bad),
            Err(ShareError::Damaged),
            "{bad}"
        );
    }
}

#[test]
fn a_link_from_a_newer_format_says_so() {
    let Err(ShareError::Invalid(why)) = answers_from_fragment("share=2.AAAA") else {
        panic!("a newer format is intact but unreadable here");
    };
    assert!(why.contains("newer"), "{why}");
}

#[test]
fn an_oversized_link_is_refused_before_decoding() {
    let huge = format!("share=1.{}", "A".repeat(MAX_SHARE_CHARS));
    assert_eq!(answers_from_fragment(&huge), Err(ShareError::TooLarge));
}

#[test]
fn every_error_has_a_message_in_every_language() {
    let errors = [
        ShareError::NotAShareLink,
        ShareError::Damaged,
        ShareError::TooLarge,
        ShareError::Invalid("x".into()),
    ];
    for error in &errors {
        let it = share_error_text(error, Locale::It);
        for locale in [Locale::En, Locale::Es, Locale::Fr, Locale::De] {
            let other = share_error_text(error, locale);
            assert!(
                !it.is_empty() && !other.is_empty() && it != other,
                "{error:?} {locale:?}"
            );
        }
        assert!(!error.to_string().is_empty());
    }
    assert!(share_error_text(&ShareError::Damaged, Locale::It).contains("danneggiato"));
    assert_eq!(t(Locale::En, Msg::ShareSaveAsNewPlan), "Save as a new plan");
}

#[test]
fn a_plan_at_every_limit_still_fits_in_a_link() {
    use rotta::core::model::{KeyDate, KeyDateKind};
    let mut answers = fixture(TYPICAL_PLAN);
    let sentence =
        "Ceramiche fatte a mano, pezzi unici e servizi su misura: è così che lavoriamo. ";
    let text = |n: usize| sentence.chars().cycle().take(n).collect::<String>();
    answers.business.value_proposition = text(500);
    answers.audience.persona.who = text(500);
    answers.audience.persona.needs = text(500);
    answers.audience.persona.objections = text(500);
    answers.audience.location = text(500);
    answers.business.competitors = (0..5).map(|i| format!("{} {i}", text(110))).collect();
    answers.audience.listen_keywords = (0..20)
        .map(|i| format!("#parola{i} {}", text(100)))
        .collect();
    let start = answers.calendar.start;
    answers.calendar.key_dates = (0..60)
        .map(|i| KeyDate {
            date: start + chrono::Days::new(i * 3),
            name: format!("{i} {}", text(115)),
            kind: KeyDateKind::ALL[i as usize % KeyDateKind::ALL.len()],
        })
        .collect();
    let fragment = share_fragment(&answers);
    println!("plan at every limit: {} characters", fragment.len());
    assert!(fragment.len() < MAX_SHARE_CHARS);
    assert_eq!(answers_from_fragment(&fragment), Ok(answers));
}

#[test]
fn check_ins_travel_in_the_link() {
    let mut answers = fixture(DESIGN_EXAMPLE);
    answers.checkins = vec![
        CheckIn {
            month: "2027-02".into(),
            kpis: vec![KpiValue {
                goal: Goal::Awareness,
                value: 1234.5,
            }],
            hours_spent: Some(14.0),
            ads_spent: Some(99.99),
            note: "Fiera di marzo".into(),
        },
        CheckIn {
            month: "2027-03".into(),
            ..CheckIn::default()
        },
    ];
    let fragment = share_fragment(&answers);
    assert_eq!(answers_from_fragment(&fragment), Ok(answers.clone()));
    // The new field names are dictionary words: a check-in costs a few bytes.
    let without = share_fragment(&fixture(DESIGN_EXAMPLE));
    assert!(
        fragment.len() < without.len() + 120,
        "{} vs {}",
        fragment.len(),
        without.len()
    );
}

/// A link leaves the schema out (it is a default) and the dictionary is append-only (the
/// check-in words were added at its end), so the bytes of a plan without check-ins are the
/// ones the `rotta.answers/1` build wrote; such a link opens as version 2, without check-ins.
#[test]
fn a_link_without_check_ins_opens_as_version_2() {
    let answers = fixture(DESIGN_EXAMPLE);
    let old = share_fragment(&answers);
    assert!(!old.contains("checkins"));
    let opened = answers_from_fragment(&old).unwrap();
    assert_eq!(opened.schema, "rotta.answers/2");
    assert!(opened.checkins.is_empty());
    assert_eq!(opened, answers);
}
