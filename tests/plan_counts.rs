//! Counts in the plan's texts read as a person would write them: "1 post a week", "1 hour",
//! "1 follower" in English; "1 ora", "1 mese" in Italian ("post" and "follower" do not
//! change in Italian). Checked on what the user sees: the plan's messages and the Markdown
//! document, for realistic answers and for the edge values that produce a 1.

use chrono::NaiveDate;
use rotta::core::engine::channels::ExclusionKind;
use rotta::core::engine::{Plan, build_plan};
use rotta::core::export::markdown::plan_markdown;
use rotta::core::i18n::{followers, posts_per_week};
use rotta::core::model::*;

fn persona(name: &str) -> Answers {
    let path = format!(
        "{}/tests/fixtures/personas/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    Answers::from_json(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn plan_of(answers: &Answers) -> Plan {
    build_plan(answers, answers.calendar.start)
}

/// Every string of the plan JSON, and the Markdown document.
fn every_text(plan: &Plan) -> Vec<String> {
    fn strings(v: &serde_json::Value, out: &mut Vec<String>) {
        match v {
            serde_json::Value::String(s) => out.push(s.clone()),
            serde_json::Value::Array(a) => a.iter().for_each(|v| strings(v, out)),
            serde_json::Value::Object(o) => o.values().for_each(|v| strings(v, out)),
            _ => {}
        }
    }
    let mut out = vec![plan_markdown(plan)];
    strings(&serde_json::from_str(&plan.to_json()).unwrap(), &mut out);
    out
}

/// "1 posts", "1 hours", "1 ore"…: a plural noun right after the number 1.
fn plural_after_one(text: &str, locale: Locale) -> Option<String> {
    let plurals: &[&str] = match locale {
        Locale::En => &[
            "posts",
            "hours",
            "weeks",
            "months",
            "followers",
            "channels",
            "days",
            "minutes",
        ],
        Locale::It => &["ore", "settimane", "mesi", "giorni", "minuti", "canali"],
        Locale::Es => &[
            "publicaciones",
            "horas",
            "semanas",
            "meses",
            "seguidores",
            "canales",
            "días",
            "minutos",
        ],
        // French counts 0 and 1 (and 1,5) as singular: "1,5 heure".
        Locale::Fr => &[
            "publications",
            "heures",
            "semaines",
            "abonnés",
            "canaux",
            "jours",
        ],
        Locale::De => &[
            "Posts", "Stunden", "Wochen", "Monate", "Monaten", "Kanäle", "Tage", "Minuten",
        ],
    };
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == '(' || c == '|')
        .filter(|w| !w.is_empty())
        .collect();
    words.windows(2).find_map(|w| {
        let noun = w[1].trim_end_matches(|c: char| !c.is_alphabetic());
        (w[0] == "1" && plurals.contains(&noun)).then(|| format!("{} {}", w[0], w[1]))
    })
}

fn assert_counts_read_naturally(plan: &Plan, what: &str) {
    for text in every_text(plan) {
        if let Some(bad) = plural_after_one(&text, plan.locale) {
            panic!("{what}: \"{bad}\" in: {text}");
        }
    }
}

#[test]
fn one_post_a_week_is_singular_in_every_english_text() {
    // Six channels and 2 hours a week: Facebook at its minimum, one post a week.
    let plan = plan_of(&persona("six_channels"));
    assert_eq!(plan.locale, Locale::En);
    let fb = plan.channel(Channel::Facebook).expect("Facebook is kept");
    assert_eq!(fb.posts_per_week, 1);
    assert!(
        fb.rationale.contains(" 1 post a week: "),
        "{}",
        fb.rationale
    );
    let md = plan_markdown(&plan);
    assert!(
        md.contains("| Facebook: 1 post a week |"),
        "workload row: {md}"
    );
    assert!(
        md.contains("1 post every week without gaps"),
        "channel objective: {md}"
    );
    assert!(!md.contains("1 posts"), "{md}");
    assert_counts_read_naturally(&plan, "six_channels");
}

#[test]
fn a_channel_left_out_at_one_post_a_week_says_post() {
    // The English bakery: its community goal calls for WhatsApp, one message a week at its
    // minimum, which does not fit what is left of the 3 hours.
    let mut a = persona("bakery");
    a.locale = Locale::En;
    let plan = plan_of(&a);
    let wa = plan
        .excluded_channels
        .iter()
        .find(|e| e.channel == Channel::Whatsapp)
        .unwrap();
    assert_eq!(wa.kind, ExclusionKind::Time);
    assert!(
        wa.reason.contains("(1 post a week)") && !wa.reason.contains("1 posts"),
        "{}",
        wa.reason
    );
    let bring_in = wa.bring_in.as_deref().unwrap_or_default();
    assert!(
        bring_in.contains("at 1 post a week") && !bring_in.contains("1 posts"),
        "{bring_in}"
    );
    // Italian: "post" does not change.
    a.locale = Locale::It;
    let plan = plan_of(&a);
    let wa = plan
        .excluded_channels
        .iter()
        .find(|e| e.channel == Channel::Whatsapp)
        .unwrap();
    assert!(wa.reason.contains("(1 post a settimana)"), "{}", wa.reason);
}

#[test]
fn one_hour_a_week_is_singular_in_both_languages() {
    let mut a = persona("six_channels");
    a.resources.hours_per_week = 1.0;
    let plan = plan_of(&a);
    let w = plan
        .warnings
        .iter()
        .find(|w| w.code == "too_little_time")
        .expect("1 hour is not enough");
    assert!(
        w.message.starts_with("With 1 hour a week "),
        "{}",
        w.message
    );
    let needed = plan.workload.hours_needed_minimum.unwrap();
    assert!(needed > 1.0);
    assert!(
        w.message.contains(&format!("at least {needed} hours")),
        "{}",
        w.message
    );
    let many = plan
        .warnings
        .iter()
        .find(|w| w.code == "too_many_channels")
        .unwrap();
    assert!(
        many.message.contains("with 1 hour a week"),
        "{}",
        many.message
    );
    assert_counts_read_naturally(&plan, "six_channels, 1 hour");

    a.locale = Locale::It;
    let plan = plan_of(&a);
    let w = plan
        .warnings
        .iter()
        .find(|w| w.code == "too_little_time")
        .unwrap();
    assert!(
        w.message.starts_with("Con 1 ora a settimana "),
        "{}",
        w.message
    );
    let needed = rotta::core::l10n::format::number(Locale::It, needed);
    assert!(
        w.message.contains(&format!("servono almeno {needed} ore")),
        "{}",
        w.message
    );
    assert_counts_read_naturally(&plan, "six_channels in Italian, 1 hour");
}

#[test]
fn one_follower_is_singular_in_english() {
    let mut a = persona("six_channels");
    a.channels.current = vec![CurrentChannel {
        channel: Channel::Facebook,
        followers: 1,
        active: true,
    }];
    let plan = plan_of(&a);
    assert!(
        plan.situation.summary.contains("with 1 follower in all"),
        "{}",
        plan.situation.summary
    );
    // The plan view and the review write followers with the same words.
    assert_eq!(followers(Locale::En, 1), "1 follower");
    assert_eq!(followers(Locale::En, 420), "420 followers");
    assert_eq!(followers(Locale::It, 1), "1 follower");
    assert_eq!(posts_per_week(Locale::En, 1), "post a week");
    assert_eq!(posts_per_week(Locale::En, 3), "posts a week");
    assert_eq!(posts_per_week(Locale::It, 1), "post a settimana");
}

#[test]
fn no_text_of_any_persona_says_1_followed_by_a_plural() {
    for name in ["bakery", "b2b_software", "gym", "nonprofit", "six_channels"] {
        for locale in [Locale::It, Locale::En] {
            for hours in [0.5, 1.0, 1.5, 2.0, 3.0, 5.0, 8.0, 15.0] {
                for followers in [0, 1, 2] {
                    let mut a = persona(name);
                    a.locale = locale;
                    a.resources.hours_per_week = hours;
                    for c in &mut a.channels.current {
                        c.followers = followers;
                    }
                    let plan = build_plan(&a, NaiveDate::from_ymd_opt(2027, 1, 4).unwrap());
                    assert_counts_read_naturally(
                        &plan,
                        &format!("{name}, {locale}, {hours} h, {followers} followers"),
                    );
                }
            }
        }
    }
}
