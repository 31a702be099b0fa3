//! Issue #14 §1: every calendar post gets a concrete idea (working title and one-line brief)
//! from the idea bank, in every language; no idea comes back on a channel within 8 weeks;
//! key-date posts are themed on the date; the value proposition and the listening keywords
//! are woven in; "another idea" is saved with the plan and carried into every export.

use std::collections::HashMap;

use chrono::{NaiveDate, NaiveTime};
use rotta::core::calendar::{EntryKind, another_idea};
use rotta::core::engine::{self, Plan, build_plan, idea_inputs};
use rotta::core::export::{csv::calendar_csv, ics::calendar_ics, markdown::plan_markdown};
use rotta::core::ideas::{
    self, IdeaId, IdeaPick, NO_REPEAT_DAYS, Subject, ThemeKind, bank_file, candidates,
};
use rotta::core::model::*;
use rotta::core::pillar::Pillar;

fn persona(name: &str) -> Answers {
    let path = format!(
        "{}/tests/fixtures/personas/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    Answers::from_json(&std::fs::read_to_string(path).expect("fixture")).expect("answers")
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2027, 1, 4).unwrap()
}

fn plan_of(answers: &Answers) -> Plan {
    build_plan(answers, today())
}

const PERSONAS: [&str; 5] = ["bakery", "gym", "b2b_software", "nonprofit", "six_channels"];

#[test]
fn the_bank_speaks_the_models_names() {
    let sectors: Vec<&str> = Sector::ALL.iter().map(|s| s.as_str()).collect();
    assert_eq!(sectors, bank_file::SECTORS);
    let pillars: Vec<&str> = Pillar::ALL.iter().map(|p| p.id()).collect();
    assert_eq!(pillars, bank_file::PILLARS);
    let formats: Vec<&str> = Format::ALL.iter().map(|f| f.as_str()).collect();
    assert_eq!(formats, bank_file::FORMATS);
    let kinds: Vec<&str> = ThemeKind::ALL.iter().map(|k| k.wire()).collect();
    assert_eq!(kinds, bank_file::THEME_KINDS);
}

/// Every sector and pillar has at least 8 ideas of its own, and every idea, in every format
/// and language, writes a title and a brief with nothing left unfilled.
#[test]
fn the_bank_is_complete_for_every_sector_pillar_format_and_language() {
    let occasion = rotta::core::calendar::texts::OccasionName::Business("Open day".into());
    for locale in Locale::ALL {
        assert!(ideas::is_ready(*locale), "{locale:?} bank");
    }
    for sector in Sector::ALL {
        for pillar in Pillar::ALL {
            let own = candidates(*sector, Subject::Pillar(Some(pillar)), false)
                .into_iter()
                .filter(|id| matches!(id, IdeaId::Sector(..)))
                .count();
            assert!(own >= 8, "{sector:?} {pillar:?}: {own} ideas");
        }
    }
    let mut titles: HashMap<(Locale, String), IdeaId> = HashMap::new();
    for id in ideas::all_ids() {
        let themed = matches!(id, IdeaId::Theme(..));
        for format in Format::ALL {
            let pick = IdeaPick {
                id,
                format: *format,
                keyword: Some("lievito madre".into()),
                value: Some("Pane a lievitazione naturale, sfornato ogni mattina".into()),
                occasion: themed.then(|| occasion.clone()),
                date: themed.then(|| NaiveDate::from_ymd_opt(2027, 8, 14).unwrap()),
            };
            for locale in Locale::ALL {
                let title = pick.title(*locale).expect("title");
                let brief = pick.brief(*locale).expect("brief");
                for text in [&title, &brief] {
                    assert!(!text.trim().is_empty(), "{id} {locale:?}");
                    assert!(!text.contains(['{', '}', '|']), "{id} {locale:?}: {text}");
                }
                if themed {
                    assert!(title.contains("Open day"), "{id} {locale:?}: {title}");
                }
                assert!(
                    brief.contains("Pane a lievitazione naturale"),
                    "{id} {locale:?}"
                );
                if *format == Format::Photo && !themed {
                    // Two ideas of a pool with one title would read as a repeat.
                    if let Some(other) = titles.insert((*locale, title.clone()), id) {
                        assert!(
                            !matches!((other, id), (IdeaId::Sector(s, ..), IdeaId::Sector(t, ..)) if s == t),
                            "{locale:?}: {other} and {id} share the title {title:?}"
                        );
                    }
                }
            }
        }
    }
    // The format's direction is in the brief: the same idea reads differently per format.
    let pick = |format| IdeaPick {
        id: IdeaId::Sector(Sector::FoodDrink, Pillar::Education, 1),
        format,
        keyword: None,
        value: None,
        occasion: None,
        date: None,
    };
    for locale in Locale::ALL {
        assert_ne!(
            pick(Format::ShortVideo).brief(*locale),
            pick(Format::Photo).brief(*locale)
        );
    }
}

/// Posts of the same idea on a channel closer than 8 weeks. A key date's idea is a template
/// for the date (“{name}: opening hours”): with another date it is another post, so for
/// those the idea is the template and the date's name.
fn repeats(plan: &Plan) -> (Vec<String>, usize) {
    type Post = (NaiveDate, (IdeaId, Option<String>));
    let mut by_channel: HashMap<Channel, Vec<Post>> = HashMap::new();
    for e in plan.calendar.iter().filter(|e| e.kind == EntryKind::Post) {
        let id = e.idea.expect("every post has an idea");
        let occasion =
            matches!(id, IdeaId::Theme(..)).then(|| e.key_date.clone().unwrap_or_default());
        by_channel
            .entry(e.channel.expect("a post has a channel"))
            .or_default()
            .push((e.date, (id, occasion)));
    }
    let mut found = Vec::new();
    let mut checked = 0;
    for (channel, posts) in &by_channel {
        for (i, (date, id)) in posts.iter().enumerate() {
            for (later, other) in &posts[i + 1..] {
                if other == id && (*later - *date).num_days() < NO_REPEAT_DAYS {
                    found.push(format!("{channel:?}: {id:?} on {date} and {later}"));
                }
            }
            checked += 1;
        }
    }
    (found, checked)
}

#[test]
fn no_idea_comes_back_on_a_channel_within_eight_weeks() {
    for name in PERSONAS {
        let mut a = persona(name);
        for weeks in [12, 26, 52] {
            a.calendar.weeks = weeks;
            let plan = plan_of(&a);
            let (found, checked) = repeats(&plan);
            assert!(checked > 0, "{name}: no posts");
            assert!(found.is_empty(), "{name}, {weeks} weeks: {found:?}");
        }
    }
    // Every sector, with the persona's channels and cadence.
    for sector in Sector::ALL {
        let mut a = persona("six_channels");
        a.business.sector = *sector;
        a.calendar.weeks = 52;
        let (found, _) = repeats(&plan_of(&a));
        assert!(found.is_empty(), "{sector:?}: {found:?}");
    }
}

#[test]
fn the_same_answers_give_the_same_ideas() {
    for name in PERSONAS {
        let a = persona(name);
        let first: Vec<_> = plan_of(&a)
            .calendar
            .iter()
            .map(|e| (e.idea, e.title.clone()))
            .collect();
        let again: Vec<_> = plan_of(&a)
            .calendar
            .iter()
            .map(|e| (e.idea, e.title.clone()))
            .collect();
        assert_eq!(first, again, "{name}");
    }
}

#[test]
fn every_post_has_a_title_and_brief_of_its_sector_and_tasks_have_none() {
    let a = persona("bakery");
    let plan = plan_of(&a);
    for e in &plan.calendar {
        match e.kind {
            EntryKind::Post => {
                let brief = e.brief.as_deref().expect("a post has a brief");
                assert!(brief.len() > 40, "{brief}");
                match e.idea.expect("idea") {
                    IdeaId::Sector(sector, pillar, _) => {
                        assert_eq!(sector, a.business.sector);
                        assert_eq!(Some(pillar), e.pillar);
                    }
                    IdeaId::Any(pillar, _) => assert_eq!(Some(pillar), e.pillar),
                    IdeaId::Theme(..) => assert!(e.key_date.is_some()),
                }
            }
            EntryKind::Task => assert!(e.brief.is_none() && e.idea.is_none()),
        }
    }
    // Mostly the sector's own ideas, not generic ones.
    let own = plan
        .calendar
        .iter()
        .filter(|e| matches!(e.idea, Some(IdeaId::Sector(..))))
        .count();
    let posts = plan
        .calendar
        .iter()
        .filter(|e| e.kind == EntryKind::Post)
        .count();
    assert!(own * 2 > posts, "{own} of {posts}");
}

#[test]
fn key_dates_theme_their_posts_by_name() {
    let mut a = persona("bakery");
    a.locale = Locale::En;
    a.business.country = "IT".into();
    a.calendar.start = NaiveDate::from_ymd_opt(2027, 1, 25).unwrap();
    a.calendar.weeks = 4;
    a.calendar.marketing_days = true;
    a.calendar.key_dates = vec![KeyDate {
        date: NaiveDate::from_ymd_opt(2027, 2, 6).unwrap(),
        name: "Festa del pane".into(),
        kind: KeyDateKind::Event,
    }];
    let plan = plan_of(&a);
    let themed: Vec<_> = plan
        .calendar
        .iter()
        .filter(|e| matches!(e.idea, Some(IdeaId::Theme(..))))
        .collect();
    assert!(
        themed.iter().any(|e| e.title.contains("Festa del pane")),
        "the business's own date by name: {:?}",
        themed.iter().map(|e| &e.title).collect::<Vec<_>>()
    );
    assert!(
        themed.iter().any(|e| e.title.contains("Valentine")),
        "Valentine's Day themes a post: {:?}",
        themed.iter().map(|e| &e.title).collect::<Vec<_>>()
    );
    for e in &themed {
        let name = e.key_date.as_deref().expect("key date");
        assert!(e.title.contains(name.trim()), "{} / {name}", e.title);
    }
}

#[test]
fn the_value_proposition_and_keywords_are_woven_in_where_they_fit() {
    let mut a = persona("bakery");
    a.locale = Locale::En;
    a.business.value_proposition = "Sourdough baked every morning with local flour".into();
    a.audience.listen_keywords = vec!["gluten-free bread".into(), "sourdough starter".into()];
    let plan = plan_of(&a);
    let briefs = |pillar: Pillar| {
        plan.calendar
            .iter()
            .filter(move |e| e.pillar == Some(pillar) && e.key_date.is_none())
            .filter_map(|e| e.brief.clone())
            .collect::<Vec<_>>()
    };
    let offers = briefs(Pillar::ProductOffer);
    assert!(!offers.is_empty());
    assert!(
        offers
            .iter()
            .all(|b| b.contains("Sourdough baked every morning")),
        "{offers:?}"
    );
    let with_keyword = plan
        .calendar
        .iter()
        .filter_map(|e| e.brief.as_ref().map(|b| (b, &e.title)))
        .filter(|(b, t)| {
            ["gluten-free bread", "sourdough starter"]
                .iter()
                .any(|k| b.contains(k) || t.contains(k))
        })
        .count();
    assert!(with_keyword > 0, "keywords woven into some posts");
    // Without them, nothing is said about them.
    let plain = plan_of(&persona("bakery"));
    assert!(
        plain
            .calendar
            .iter()
            .all(|e| !e.brief.clone().unwrap_or_default().contains("{"))
    );
}

/// "Another idea": a different idea, saved in the answers (and so in the answers file), that
/// the calendar and every export then carry; asking again moves on again.
#[test]
fn another_idea_is_saved_with_the_plan_and_exported() {
    let mut a = persona("gym");
    a.locale = Locale::En;
    let decisions = engine::plan(&a, today());
    let calendar = engine::calendar_for(&a, &decisions);
    let post = calendar
        .entries
        .iter()
        .find(|e| e.kind == EntryKind::Post && e.key_date.is_none())
        .expect("a post")
        .clone();
    let before = plan_of(&a);
    let old = before
        .calendar
        .iter()
        .find(|e| (e.date, e.time, e.channel) == (post.date, post.time, post.channel))
        .unwrap()
        .clone();
    let choice = another_idea(
        &calendar,
        &idea_inputs(&a),
        post.date,
        post.time,
        post.channel.unwrap(),
    )
    .expect("another idea");
    assert_ne!(Some(choice.idea.clone()), old.idea.map(|i| i.to_string()));
    ideas::remember(&mut a.calendar.ideas, choice.clone());
    // Saved: the answers file carries it and reads it back.
    let file = a.to_json_pretty();
    assert!(file.contains(&choice.idea), "{file}");
    let read = Answers::from_json(&file).unwrap();
    assert_eq!(read.calendar.ideas, vec![choice.clone()]);
    // The calendar uses it, and the exports carry its title and brief.
    let after = plan_of(&read);
    let new = after
        .calendar
        .iter()
        .find(|e| (e.date, e.time, e.channel) == (post.date, post.time, post.channel))
        .unwrap();
    assert_eq!(new.idea.map(|i| i.to_string()), Some(choice.idea.clone()));
    assert_ne!(new.title, old.title);
    let brief = new.brief.clone().unwrap();
    let csv = calendar_csv(&after.calendar, Locale::En);
    assert!(csv.contains(&new.title) && csv.contains(&brief.replace('"', "\"\"")));
    let md = plan_markdown(&after);
    assert!(md.contains(&new.title));
    let stamp = chrono::NaiveDate::from_ymd_opt(2027, 1, 1)
        .unwrap()
        .and_time(NaiveTime::MIN);
    let ics = calendar_ics(&after.calendar, Locale::En, "Gym", stamp);
    let unfolded = ics.replace("\r\n ", "");
    assert!(unfolded.contains(&new.title.replace(',', "\\,").replace(';', "\\;")));
    // The other posts keep their ideas (and none repeats within 8 weeks).
    let changed = before
        .calendar
        .iter()
        .zip(&after.calendar)
        .filter(|(x, y)| x.idea != y.idea)
        .count();
    assert!(changed <= 2, "{changed} posts changed");
    assert!(repeats(&after).0.is_empty());
    // Asked again: yet another one, which replaces the first choice.
    let calendar = engine::calendar_for(&read, &engine::plan(&read, today()));
    let again = another_idea(
        &calendar,
        &idea_inputs(&read),
        post.date,
        post.time,
        post.channel.unwrap(),
    )
    .unwrap();
    assert_ne!(again.idea, choice.idea);
    let mut b = read.clone();
    ideas::remember(&mut b.calendar.ideas, again);
    assert_eq!(b.calendar.ideas.len(), 1);
}

#[test]
fn a_choice_that_no_longer_fits_is_kept_but_not_used() {
    let mut a = persona("gym");
    let plan = plan_of(&a);
    let post = plan
        .calendar
        .iter()
        .find(|e| e.kind == EntryKind::Post)
        .unwrap()
        .clone();
    // An idea of another pillar, an unknown id, a post that is not in the calendar.
    a.calendar.ideas = vec![
        IdeaChoice {
            date: post.date,
            time: post.time,
            channel: post.channel.unwrap(),
            idea: "theme.teaser.1".into(),
        },
        IdeaChoice {
            date: post.date,
            time: NaiveTime::from_hms_opt(3, 3, 0).unwrap(),
            channel: post.channel.unwrap(),
            idea: "nonsense.idea.99".into(),
        },
    ];
    let again = plan_of(&a);
    assert_eq!(plan.calendar, again.calendar);
    let read = Answers::from_json(&a.to_json()).unwrap();
    assert_eq!(read.calendar.ideas.len(), 2, "kept in the file");
}

#[test]
fn a_bad_choice_in_a_file_is_refused_with_a_message() {
    let mut a = persona("gym");
    a.calendar.ideas.push(IdeaChoice {
        date: a.calendar.start,
        time: NaiveTime::from_hms_opt(9, 0, 0).unwrap(),
        channel: Channel::Instagram,
        idea: "gym.education.1".into(),
    });
    let good = a.to_json();
    let bad = good.replace("\"09:00\"", "\"nine o'clock\"");
    assert_ne!(good, bad);
    let err = Answers::from_json(&bad).unwrap_err().to_string();
    assert!(err.contains("HH:MM"), "{err}");
}

#[test]
fn a_damaged_bank_file_is_refused() {
    let text = bank_file::canonical(vec![(
        "common".into(),
        "brief = {hook} {show} {how} {cta}\n".into(),
    )]);
    let leaked: &'static str = Box::leak(text.into_boxed_str());
    let err = ideas::Bank::parse(leaked).unwrap_err();
    assert!(!err.0.is_empty());
    let garbage: &'static str = "<html>not found</html>";
    assert!(ideas::Bank::parse(garbage).is_err());
}

#[test]
fn themed_pools_and_pillar_pools_are_never_empty() {
    for kind in ThemeKind::ALL {
        assert!(candidates(Sector::Other, Subject::Theme(kind), false).len() >= 4);
    }
    for sector in Sector::ALL {
        assert!(candidates(*sector, Subject::Pillar(None), false).len() >= 8);
    }
}
