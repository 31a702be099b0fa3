//! The calendar against realistic plans: a bakery run by its owner, a B2B software company
//! on LinkedIn, a gym on Instagram and TikTok, a nonprofit. Each checks what a user would
//! notice: the cadence every week, dates inside the calendar, no night posts, the
//! promotional share, and key dates and holidays on the right days with themed posts.

use chrono::{Datelike, NaiveDate, NaiveTime, Weekday};
use rotta::core::calendar::{
    Calendar, CalendarEntry, CalendarSpec, ChannelSpec, EntryKind, PillarSpec, build_calendar,
};
use rotta::core::ideas::{IdeaId, ThemeKind, ThemeKind::*};
use rotta::core::model::{Channel, Format, KeyDate, KeyDateKind, Locale, Sector};
use rotta::core::pillar::Pillar;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn t(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap()
}

fn pillar(pillar: Pillar, share: f64, promotional: bool) -> PillarSpec {
    PillarSpec {
        pillar,
        share,
        promotional,
    }
}

/// The calendar of `spec` written in `locale` (planned once, typed, then rendered).
fn build(spec: &CalendarSpec, locale: Locale) -> Calendar {
    build_calendar(spec).render(locale)
}

fn channel(
    channel: Channel,
    posts: u32,
    formats: Vec<Format>,
    slots: Vec<(Weekday, NaiveTime)>,
) -> ChannelSpec {
    ChannelSpec {
        channel,
        posts_per_week: posts,
        formats,
        slots,
    }
}

fn key(date: &str, name: &str, kind: KeyDateKind) -> KeyDate {
    KeyDate {
        date: d(date),
        name: name.into(),
        kind,
    }
}

fn posts(calendar: &Calendar) -> Vec<&CalendarEntry> {
    calendar
        .entries
        .iter()
        .filter(|e| e.kind == EntryKind::Post)
        .collect()
}

/// What every calendar must hold, whatever the plan.
fn check_invariants(spec: &CalendarSpec, calendar: &Calendar) {
    let end = spec.start + chrono::Days::new(u64::from(spec.weeks) * 7 - 1);
    for e in &calendar.entries {
        assert!(
            e.date >= spec.start && e.date <= end,
            "{e:?} outside the calendar"
        );
        assert!(e.time >= t(6, 0) && e.time < t(23, 0), "{e:?} at night");
    }
    assert!(
        calendar
            .entries
            .windows(2)
            .all(|w| (w[0].date, w[0].time) <= (w[1].date, w[1].time)),
        "sorted"
    );
    for ch in &spec.channels {
        for week in 0..spec.weeks {
            let from = spec.start + chrono::Days::new(u64::from(week) * 7);
            let to = from + chrono::Days::new(6);
            let days: Vec<NaiveDate> = posts(calendar)
                .iter()
                .filter(|e| e.channel == Some(ch.channel) && e.date >= from && e.date <= to)
                .map(|e| e.date)
                .collect();
            assert_eq!(
                days.len() as u32,
                ch.posts_per_week,
                "{:?} week {week}",
                ch.channel
            );
            let mut unique = days.clone();
            unique.dedup();
            if ch.posts_per_week <= 7 {
                assert_eq!(
                    unique.len(),
                    days.len(),
                    "{:?} posts twice on one day in week {week}",
                    ch.channel
                );
            }
        }
    }
    // The promotional share, over the whole calendar and every 4-week window, within one post.
    let promo_ids: Vec<Pillar> = spec
        .pillars
        .iter()
        .filter(|p| p.promotional)
        .map(|p| p.pillar)
        .collect();
    let share = if promo_ids.is_empty() {
        0.0
    } else {
        spec.promo_share
    };
    let all = posts(calendar);
    let is_promo = |e: &&CalendarEntry| e.pillar.is_some_and(|p| promo_ids.contains(&p));
    let windows =
        std::iter::once((spec.start, end)).chain((0..=spec.weeks.saturating_sub(4)).map(|w| {
            let from = spec.start + chrono::Days::new(u64::from(w) * 7);
            (from, from + chrono::Days::new(27))
        }));
    for (from, to) in windows {
        let window: Vec<_> = all
            .iter()
            .filter(|e| e.date >= from && e.date <= to)
            .collect();
        let promos = window.iter().filter(|e| is_promo(e)).count() as f64;
        let expected = share * window.len() as f64;
        assert!(
            (promos - expected).abs() <= 1.0,
            "{from}..{to}: {promos} promotional of {}",
            window.len()
        );
    }
}

fn key_date<'a>(calendar: &'a Calendar, date: &str, kind: &str) -> Vec<&'a str> {
    calendar
        .key_dates
        .iter()
        .filter(|k| k.date == d(date) && k.kind == kind)
        .map(|k| k.name.as_str())
        .collect()
}

fn bakery() -> CalendarSpec {
    CalendarSpec {
        start: d("2027-01-04"),
        weeks: 12,
        country: "IT".into(),
        has_venue: true,
        public_holidays: true,
        marketing_days: true,
        key_dates: vec![
            key("2027-02-14", "San Valentino box", KeyDateKind::Promotion),
            key("2027-03-01", "Ferie di fine inverno", KeyDateKind::Closure),
        ],
        channels: vec![
            channel(
                Channel::Instagram,
                3,
                vec![Format::Photo, Format::Stories],
                vec![
                    (Weekday::Tue, t(12, 30)),
                    (Weekday::Thu, t(18, 0)),
                    (Weekday::Sat, t(10, 0)),
                ],
            ),
            channel(
                Channel::GoogleBusiness,
                1,
                vec![Format::Photo],
                vec![(Weekday::Fri, t(9, 0))],
            ),
        ],
        pillars: vec![
            pillar(Pillar::BehindTheScenes, 0.35, false),
            pillar(Pillar::Education, 0.25, false),
            pillar(Pillar::Community, 0.2, false),
            pillar(Pillar::ProductOffer, 0.2, true),
        ],
        promo_share: 0.2,
        approval_lead_days: None,
        ideas: rotta::core::ideas::IdeaInputs {
            sector: Sector::FoodDrink,
            ..Default::default()
        },
    }
}

#[test]
fn bakery_on_instagram_and_google_business() {
    let spec = bakery();
    let calendar = build(&spec, Locale::It);
    check_invariants(&spec, &calendar);
    assert_eq!(posts(&calendar).len(), 12 * 4);
    assert!(
        posts(&calendar).iter().all(|p| p.prepare_by.is_none()),
        "no approval, no prepare-by"
    );

    // Holidays and marketing days are listed on their days, in Italian.
    assert_eq!(
        key_date(&calendar, "2027-01-06", "public_holiday"),
        vec!["Epifania"]
    );
    assert_eq!(
        key_date(&calendar, "2027-03-28", "public_holiday"),
        vec!["Pasqua"]
    );
    assert_eq!(
        key_date(&calendar, "2027-02-14", "marketing_day"),
        vec!["San Valentino"]
    );
    assert_eq!(
        key_date(&calendar, "2027-03-19", "marketing_day"),
        vec!["Festa del papà"]
    );
    assert_eq!(
        key_date(&calendar, "2027-02-14", "promotion"),
        vec!["San Valentino box"]
    );

    // The promotion (a Sunday, when the bakery does not usually post) gets a teaser before
    // and a reminder on the day.
    let themed = |name: &str| -> Vec<&CalendarEntry> {
        posts(&calendar)
            .into_iter()
            .filter(|p| p.key_date.as_deref() == Some(name))
            .collect()
    };
    let promo = themed("San Valentino box");
    assert!(
        promo
            .iter()
            .any(|p| p.date == d("2027-02-14") && themed_as(p, OnTheDay, "San Valentino box")),
        "{promo:?}"
    );
    assert!(promo.iter().any(|p| p.date < d("2027-02-14")
        && p.date >= d("2027-02-07")
        && themed_as(p, Teaser, "San Valentino box")));

    // The closure becomes an opening-hours notice in the week before, outside the mix.
    let closure = themed("Ferie di fine inverno");
    assert_eq!(closure.len(), 1);
    assert!(closure[0].date < d("2027-03-01") && closure[0].date >= d("2027-02-22"));
    assert!(
        themed_as(closure[0], ClosureNotice, "1 marzo"),
        "{:?}",
        closure[0]
    );
    assert_eq!(closure[0].pillar, None);

    // A venue business gets opening hours before a public holiday.
    let epiphany = themed("Epifania");
    assert!(
        epiphany
            .iter()
            .any(|p| themed_as(p, HolidayOpeningHours, "Epifania") && p.date < d("2027-01-06"))
    );

    // Ordinary posts carry an idea of the sector and their pillar, in Italian (docs/ideas.md).
    assert!(
        posts(&calendar)
            .iter()
            .any(|p| p.pillar == Some(Pillar::BehindTheScenes)
                && matches!(
                    p.idea,
                    Some(IdeaId::Sector(
                        Sector::FoodDrink,
                        Pillar::BehindTheScenes,
                        _
                    ))
                )
                && !p.title.is_empty()
                && p.brief.as_deref().is_some_and(|b| b.contains("Gancio")))
    );
    // Listening every week, a monthly report, a review at the end of the 12 weeks.
    let tasks: Vec<_> = calendar
        .entries
        .iter()
        .filter(|e| e.kind == EntryKind::Task)
        .collect();
    assert_eq!(
        tasks
            .iter()
            .filter(|t| t.title.starts_with("Ascolto settimanale"))
            .count(),
        12
    );
    assert!(tasks.iter().any(|t| t.title == "Report mensile di gennaio"));
    assert!(
        tasks
            .iter()
            .any(|t| t.title == "Revisione trimestrale del piano" && t.date == d("2027-03-26"))
    );
}

#[test]
fn b2b_software_on_linkedin_with_approval() {
    let spec = CalendarSpec {
        start: d("2027-03-01"),
        weeks: 26,
        country: "GB".into(),
        has_venue: false,
        public_holidays: true,
        marketing_days: false,
        key_dates: vec![
            key("2027-04-20", "Version 2 launch", KeyDateKind::Launch),
            key(
                "2027-05-13",
                "Webinar: onboarding, done right",
                KeyDateKind::Event,
            ),
        ],
        channels: vec![channel(
            Channel::Linkedin,
            3,
            vec![Format::Text, Format::Graphics, Format::Article],
            vec![
                (Weekday::Tue, t(10, 0)),
                (Weekday::Wed, t(11, 0)),
                (Weekday::Thu, t(10, 0)),
            ],
        )],
        pillars: vec![
            pillar(Pillar::Education, 0.4, false),
            pillar(Pillar::Inspiration, 0.2, false),
            pillar(Pillar::SocialProof, 0.2, false),
            pillar(Pillar::ProductOffer, 0.2, true),
        ],
        promo_share: 0.2,
        approval_lead_days: Some(2),
        ideas: Default::default(),
    };
    let calendar = build(&spec, Locale::En);
    check_invariants(&spec, &calendar);
    for p in posts(&calendar) {
        assert_eq!(
            p.prepare_by,
            Some(p.date - chrono::Days::new(2)),
            "prepare by two days before"
        );
        assert!(
            matches!(p.date.weekday(), Weekday::Tue | Weekday::Wed | Weekday::Thu),
            "{p:?}"
        );
    }
    assert_eq!(
        key_date(&calendar, "2027-03-26", "public_holiday"),
        vec!["Good Friday"]
    );
    assert_eq!(
        key_date(&calendar, "2027-05-31", "public_holiday"),
        vec!["Spring bank holiday"]
    );
    assert!(
        calendar.key_dates.iter().all(|k| k.kind != "marketing_day"),
        "marketing days were not asked for"
    );
    let all = posts(&calendar);
    let on = |kind, name: &str, when: &dyn Fn(NaiveDate) -> bool| {
        all.iter().any(|p| when(p.date) && themed_as(p, kind, name))
    };
    assert!(on(OnTheDay, "Version 2 launch", &|d0| d0 == d("2027-04-20")));
    assert!(on(Countdown, "Version 2 launch", &|d0| d0 < d("2027-04-20")));
    assert!(on(OnTheDay, "Webinar: onboarding, done right", &|d0| d0
        == d("2027-05-13")));
    assert!(on(
        EventInvitation,
        "Webinar: onboarding, done right",
        &|_| true
    ));
    assert!(on(EventRecap, "Webinar: onboarding, done right", &|d0| d0
        > d("2027-05-13")));
    assert!(
        posts(&calendar).iter().all(|p| !matches!(
            p.idea,
            Some(IdeaId::Theme(HolidayOpeningHours | ClosureNotice, _))
        )),
        "no venue, no notices"
    );
    let reviews = calendar
        .entries
        .iter()
        .filter(|e| e.title == "Quarterly review of the plan")
        .count();
    assert_eq!(reviews, 2);
}

#[test]
fn gym_on_instagram_and_tiktok() {
    let spec = CalendarSpec {
        start: d("2027-06-28"),
        weeks: 8,
        country: "US".into(),
        has_venue: true,
        public_holidays: true,
        marketing_days: true,
        key_dates: vec![key(
            "2027-07-12",
            "Summer challenge",
            KeyDateKind::Promotion,
        )],
        channels: vec![
            channel(
                Channel::Instagram,
                5,
                vec![Format::ShortVideo, Format::Photo, Format::Stories],
                vec![
                    (Weekday::Mon, t(7, 0)),
                    (Weekday::Tue, t(18, 0)),
                    (Weekday::Wed, t(7, 0)),
                    (Weekday::Thu, t(18, 0)),
                    (Weekday::Fri, t(7, 0)),
                    (Weekday::Sat, t(2, 0)),
                ],
            ),
            // Fewer slot days than posts: TikTok gets extra days, still one post a day.
            channel(
                Channel::Tiktok,
                4,
                vec![Format::ShortVideo],
                vec![(Weekday::Tue, t(17, 0)), (Weekday::Wed, t(23, 30))],
            ),
        ],
        pillars: vec![
            pillar(Pillar::Education, 0.4, false),
            pillar(Pillar::SocialProof, 0.3, false),
            pillar(Pillar::ProductOffer, 0.3, true),
        ],
        promo_share: 0.3,
        approval_lead_days: None,
        ideas: Default::default(),
    };
    let calendar = build(&spec, Locale::En);
    check_invariants(&spec, &calendar);
    assert!(
        posts(&calendar)
            .iter()
            .all(|p| p.format.is_some() && p.channel.is_some())
    );
    assert!(
        posts(&calendar)
            .iter()
            .filter(|p| p.channel == Some(Channel::Tiktok))
            .all(|p| p.format == Some(Format::ShortVideo))
    );
    // Independence Day 2027 is a Sunday: observed on Monday 5 July.
    assert_eq!(
        key_date(&calendar, "2027-07-04", "public_holiday"),
        vec!["Independence Day"]
    );
    assert_eq!(
        key_date(&calendar, "2027-07-05", "public_holiday"),
        vec!["Independence Day (observed)"]
    );
    assert!(
        posts(&calendar)
            .iter()
            .any(|p| themed_as(p, HolidayOpeningHours, "Independence Day"))
    );
    assert!(
        posts(&calendar)
            .iter()
            .any(|p| p.date == d("2027-07-12") && themed_as(p, OnTheDay, "Summer challenge"))
    );
    assert!(
        posts(&calendar)
            .iter()
            .any(|p| p.date < d("2027-07-12") && themed_as(p, Teaser, "Summer challenge"))
    );
}

#[test]
fn nonprofit_without_promotions_for_a_year() {
    let spec = CalendarSpec {
        start: d("2027-01-04"),
        weeks: 52,
        country: "ES".into(),
        has_venue: false,
        public_holidays: true,
        marketing_days: false,
        key_dates: vec![key(
            "2027-10-20",
            "Cena di raccolta fondi",
            KeyDateKind::Event,
        )],
        channels: vec![
            channel(
                Channel::Facebook,
                2,
                vec![],
                vec![(Weekday::Wed, t(12, 0)), (Weekday::Sat, t(10, 0))],
            ),
            channel(Channel::Instagram, 2, vec![Format::Photo], vec![]),
        ],
        pillars: vec![
            pillar(Pillar::SocialProof, 0.5, false),
            pillar(Pillar::Community, 0.5, false),
        ],
        promo_share: 0.2,
        approval_lead_days: Some(3),
        ideas: Default::default(),
    };
    let calendar = build(&spec, Locale::It);
    check_invariants(&spec, &calendar);
    assert_eq!(posts(&calendar).len(), 52 * 4);
    let impact = posts(&calendar)
        .iter()
        .filter(|p| p.pillar == Some(Pillar::SocialProof))
        .count();
    let volunteers = posts(&calendar)
        .iter()
        .filter(|p| p.pillar == Some(Pillar::Community))
        .count();
    assert!(impact.abs_diff(volunteers) <= 1, "{impact} vs {volunteers}");
    assert_eq!(
        key_date(&calendar, "2027-10-12", "public_holiday"),
        vec!["Festa nazionale di Spagna"]
    );
    assert!(
        posts(&calendar)
            .iter()
            .any(|p| p.date == d("2027-10-20") && themed_as(p, OnTheDay, "Cena di raccolta fondi"))
    );
    let facebook: Vec<_> = posts(&calendar)
        .into_iter()
        .filter(|p| p.channel == Some(Channel::Facebook))
        .collect();
    assert!(
        facebook.iter().all(|p| p.format == Some(Format::Photo)),
        "native format when none is given"
    );
    assert_eq!(
        calendar
            .entries
            .iter()
            .filter(|e| e.title.starts_with("Report mensile"))
            .count(),
        12
    );
}

#[test]
fn odd_specs_do_not_panic() {
    let mut spec = bakery();
    spec.weeks = 0;
    assert!(
        !build(&spec, Locale::It).entries.is_empty(),
        "0 weeks is read as 1"
    );
    spec.weeks = 500;
    let year = build(&spec, Locale::It);
    assert!(
        year.entries.iter().all(|e| e.date < d("2028-01-04")),
        "clamped to 52 weeks"
    );
    spec.start = NaiveDate::MAX;
    assert_eq!(build(&spec, Locale::It), Calendar::default());
    let mut spec = bakery();
    spec.country = "ZZ".into();
    spec.promo_share = f64::NAN;
    spec.pillars.clear();
    spec.channels.push(spec.channels[0].clone());
    let calendar = build(&spec, Locale::It);
    assert!(
        calendar
            .key_dates
            .iter()
            .all(|k| k.kind != "public_holiday")
    );
    assert_eq!(
        posts(&calendar).len(),
        12 * 4,
        "a channel listed twice is planned once"
    );
}

#[test]
fn the_plan_json_shape_of_an_entry() {
    let calendar = build(&bakery(), Locale::It);
    let json = serde_json::to_value(&calendar).unwrap();
    let first_post = json["entries"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["kind"] == "post")
        .unwrap();
    assert_eq!(first_post["date"], "2027-01-05");
    assert_eq!(first_post["time"], "12:30");
    assert_eq!(first_post["channel"], "instagram");
    assert_eq!(first_post["format"], "photo");
    assert!(first_post["prepare_by"].is_null());
    // The pillar by id for programs and by its name in the plan's language for people.
    let spec = bakery();
    for post in json["entries"].as_array().unwrap() {
        match post["pillar"].as_str() {
            Some(id) => {
                let named = spec.pillars.iter().find(|p| p.pillar.id() == id).unwrap();
                assert_eq!(post["pillar_name"], named.pillar.name(Locale::It));
            }
            None => assert!(post["pillar_name"].is_null()),
        }
    }
    let task = json["entries"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["kind"] == "task")
        .unwrap();
    assert!(task["channel"].is_null() && task["format"].is_null() && task["pillar"].is_null());
    assert!(task["pillar_name"].is_null());
    let first_holiday = json["key_dates"]
        .as_array()
        .unwrap()
        .iter()
        .find(|k| k["kind"] == "public_holiday")
        .unwrap();
    assert_eq!(first_holiday["date"], "2027-01-06");
    assert_eq!(first_holiday["name"], "Epifania");
}

#[test]
fn one_calendar_is_written_in_every_language_without_re_planning() {
    let mut spec = bakery();
    spec.country = "DE".into();
    spec.start = d("2027-09-27");
    spec.key_dates.clear();
    let typed = build_calendar(&spec);
    let de = typed.render(Locale::De);
    let fr = typed.render(Locale::Fr);
    let es = typed.render(Locale::Es);
    assert_eq!(
        key_date(&de, "2027-10-03", "public_holiday"),
        vec!["Tag der Deutschen Einheit"]
    );
    assert_eq!(
        key_date(&fr, "2027-10-03", "public_holiday"),
        vec!["Jour de l'Unité allemande"]
    );
    assert_eq!(
        key_date(&es, "2027-10-03", "public_holiday"),
        vec!["Día de la Unidad Alemana"]
    );
    // The same posts on the same days, only the words change.
    let when = |c: &Calendar| -> Vec<_> {
        c.entries
            .iter()
            .map(|e| (e.date, e.time, e.kind, e.channel, e.pillar))
            .collect()
    };
    assert_eq!(when(&de), when(&fr));
    assert_eq!(when(&de), when(&es));
    let unity: Vec<_> = de
        .entries
        .iter()
        .filter(|e| e.key_date.as_deref() == Some("Tag der Deutschen Einheit"))
        .collect();
    assert!(
        unity
            .iter()
            .any(|e| themed_as(e, HolidayOpeningHours, "Tag der Deutschen Einheit")),
        "{unity:?}"
    );
    // The same ideas, written in each language.
    let idea_titles = |c: &Calendar| -> Vec<_> {
        c.entries
            .iter()
            .filter(|e| e.idea.is_some())
            .map(|e| (e.idea, e.title.clone()))
            .collect()
    };
    let (de_ideas, fr_ideas) = (idea_titles(&de), idea_titles(&fr));
    assert!(!de_ideas.is_empty());
    assert!(de_ideas.iter().zip(&fr_ideas).all(|(x, y)| x.0 == y.0));
    assert!(
        de_ideas
            .iter()
            .zip(&fr_ideas)
            .filter(|(x, y)| x.1 != y.1)
            .count()
            * 10
            > de_ideas.len() * 9
    );
}

/// A post themed on a key date as `kind`, its title naming `name`.
fn themed_as(p: &CalendarEntry, kind: ThemeKind, name: &str) -> bool {
    matches!(p.idea, Some(IdeaId::Theme(k, _)) if k == kind) && p.title.contains(name)
}
