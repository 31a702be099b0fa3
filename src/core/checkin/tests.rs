use super::*;
use crate::core::engine::{self, channels::ChannelPlan};
use crate::core::model::Answers;

const DESIGN_EXAMPLE: &str = include_str!("../../../tests/fixtures/answers_design_example.json");

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// The DESIGN example (starts 2027-01-04, 6 months; reach 800 → 3000) with a cost-per-lead
/// target that should fall (40 → 20).
fn answers() -> Answers {
    let mut a = Answers::from_json(DESIGN_EXAMPLE).unwrap();
    a.goals.secondary = vec![Goal::Community, Goal::Leads];
    a.goals.targets.push(crate::core::model::GoalTarget {
        goal: Goal::Leads,
        metric: "cost per lead".into(),
        baseline: 40.0,
        target: 20.0,
    });
    a
}

fn month(text: &str) -> YearMonth {
    YearMonth::parse(text).unwrap()
}

fn checkin(
    m: &str,
    reach: Option<f64>,
    cpl: Option<f64>,
    hours: Option<f64>,
    ads: Option<f64>,
) -> CheckIn {
    let mut kpis = Vec::new();
    if let Some(v) = reach {
        kpis.push(KpiValue {
            goal: Goal::Awareness,
            value: v,
        });
    }
    if let Some(v) = cpl {
        kpis.push(KpiValue {
            goal: Goal::Leads,
            value: v,
        });
    }
    CheckIn {
        month: m.into(),
        kpis,
        hours_spent: hours,
        ads_spent: ads,
        note: String::new(),
    }
}

fn plan_of(a: &Answers) -> Plan<Say> {
    engine::plan(a, day(2027, 1, 1))
}

const TODAY: fn() -> NaiveDate = || day(2027, 7, 15);

#[test]
fn months_parse_strictly_and_count_their_days() {
    assert_eq!(
        month("2027-03"),
        YearMonth {
            year: 2027,
            month: 3
        }
    );
    for bad in [
        "2027-3",
        "27-03",
        "2027-13",
        "2027-00",
        "2027/03",
        "",
        "abcd-ef",
        "1999-12",
        "2027-03-01",
    ] {
        assert_eq!(YearMonth::parse(bad), None, "{bad}");
    }
    assert_eq!(month("2028-02").days(), 29);
    assert_eq!(month("2027-12").next(), month("2028-01"));
    assert_eq!(month("2027-03").to_string(), "2027-03");
}

#[test]
fn the_path_runs_straight_from_baseline_to_target_and_falling_targets_work_too() {
    let a = answers();
    let plan = plan_of(&a);
    let r = review(&a, &plan, TODAY());
    assert_eq!(r.targets.len(), 2, "one per SMART target with numbers");
    let reach = &r.targets[0];
    assert_eq!(reach.goal, Goal::Awareness);
    assert_eq!(reach.expected_on(day(2027, 1, 4)), 800.0);
    assert_eq!(reach.expected_on(reach.deadline), 3000.0);
    assert_eq!(reach.expected_on(day(2030, 1, 1)), 3000.0);
    // End of March ≈ 86 of 181 days: 800 + 2200 × 86/181 ≈ 1845.
    let march = reach.expected_at(month("2027-03"));
    assert!((1800.0..1900.0).contains(&march), "{march}");
    assert_eq!(reach.judge(month("2027-03"), 1900.0), Verdict::OnTrack);
    // Less than ten points of the way short: still on track.
    assert_eq!(
        reach.judge(month("2027-03"), march - 200.0),
        Verdict::OnTrack
    );
    assert_eq!(
        reach.judge(month("2027-03"), march - 300.0),
        Verdict::Behind
    );
    let cpl = &r.targets[1];
    assert_eq!(cpl.goal, Goal::Leads);
    // A cost that should fall: lower is better.
    assert_eq!(cpl.judge(month("2027-03"), 25.0), Verdict::OnTrack);
    assert_eq!(cpl.judge(month("2027-03"), 39.0), Verdict::Behind);
}

#[test]
fn verdicts_per_target_and_overall() {
    let mut a = answers();
    let plan = plan_of(&a);
    assert_eq!(review(&a, &plan, TODAY()).overall, Verdict::NoData);
    assert_eq!(review(&a, &plan, TODAY()).suggestion, Suggestion::Nothing);
    a.checkins = vec![checkin("2027-02", Some(1500.0), None, None, None)];
    let r = review(&a, &plan, TODAY());
    assert_eq!(r.targets[0].verdict, Verdict::OnTrack);
    assert_eq!(r.targets[1].verdict, Verdict::NoData);
    assert_eq!(r.overall, Verdict::OnTrack);
    assert_eq!(r.suggestion, Suggestion::Keep);
    a.checkins
        .push(checkin("2027-03", Some(1000.0), Some(38.0), None, None));
    let r = review(&a, &plan, TODAY());
    assert_eq!(
        r.targets[0].verdict,
        Verdict::Behind,
        "the latest value counts"
    );
    assert_eq!(r.targets[1].verdict, Verdict::Behind);
    assert_eq!(r.overall, Verdict::Behind);
    assert!(matches!(r.suggestion, Suggestion::Wait { .. }));
    let text = r.overall_text(Locale::En);
    assert!(
        text.contains("reach") && text.contains("cost per lead"),
        "{text}"
    );
}

#[test]
fn check_ins_outside_the_plan_or_the_past_are_not_counted() {
    let mut a = answers();
    let plan = plan_of(&a);
    a.checkins = vec![
        checkin("2026-12", Some(100.0), None, None, None),
        checkin("2027-09", Some(100.0), None, None, None),
        checkin("March", Some(100.0), None, None, None),
    ];
    let r = review(&a, &plan, TODAY());
    assert_eq!(r.overall, Verdict::NoData);
    assert!(r.targets[0].points.is_empty());
}

#[test]
fn three_months_behind_in_a_row_bring_the_quarterly_review_forward() {
    let mut a = answers();
    let plan = plan_of(&a);
    a.checkins = vec![
        checkin("2027-02", Some(800.0), None, None, None),
        checkin("2027-03", Some(800.0), None, None, None),
    ];
    assert!(matches!(
        review(&a, &plan, TODAY()).suggestion,
        Suggestion::Wait { .. }
    ));
    a.checkins
        .push(checkin("2027-04", Some(900.0), None, None, None));
    let r = review(&a, &plan, TODAY());
    assert!(
        matches!(r.suggestion, Suggestion::QuarterlyReview { .. }),
        "{:?}",
        r.suggestion
    );
    let text = r.suggestion_text(Locale::En);
    assert!(
        text.contains("reach") && text.contains("three months"),
        "{text}"
    );
    assert!(
        text.contains(&T::ReviewQuarterlyWhat.text(Locale::En)),
        "{text}"
    );
    // Not in a row (a month is missing): not yet.
    a.checkins.remove(1);
    assert!(matches!(
        review(&a, &plan, TODAY()).suggestion,
        Suggestion::Wait { .. }
    ));
}

#[test]
fn ads_over_budget_come_before_the_results_and_are_capped_at_the_budget() {
    let mut a = answers();
    let plan = plan_of(&a);
    let budget = plan.budget.ads;
    assert!(budget > 0.0);
    a.checkins = vec![
        checkin("2027-02", Some(800.0), None, None, None),
        checkin("2027-03", Some(800.0), None, None, None),
        checkin("2027-04", Some(800.0), None, None, Some(budget + 40.0)),
    ];
    let r = review(&a, &plan, TODAY());
    let Suggestion::CapAds { ads, .. } = &r.suggestion else {
        panic!("{:?}", r.suggestion)
    };
    assert_eq!(ads.planned, budget);
    assert!(r.suggestion_text(Locale::En).contains("cap"));
    // Within half a unit of the budget: not over.
    a.checkins[2].ads_spent = Some(budget + 0.4);
    assert!(matches!(
        review(&a, &plan, TODAY()).suggestion,
        Suggestion::QuarterlyReview { .. }
    ));
}

#[test]
fn hours_over_the_plan_come_first_and_cut_the_channel_the_plan_gives_up_first() {
    let mut a = answers();
    let plan = plan_of(&a);
    let planned = planned_hours(&plan, month("2027-04"));
    assert!(planned > 0.0);
    a.checkins = vec![
        checkin("2027-02", Some(800.0), None, None, None),
        checkin("2027-03", Some(800.0), None, None, None),
        checkin(
            "2027-04",
            Some(800.0),
            None,
            Some(planned * 3.0),
            Some(1_000.0),
        ),
    ];
    let r = review(&a, &plan, TODAY());
    let cut = first_cut(&plan).expect("the example plan has something to cut");
    match (&r.suggestion, cut) {
        (
            Suggestion::CutCadence {
                channel, from, to, ..
            },
            Cut::Cadence {
                channel: c,
                from: f,
                to: t,
            },
        ) => {
            assert_eq!((*channel, *from, *to), (c, f, t));
            assert!(to < from);
            let text = r.suggestion_text(Locale::En);
            assert!(text.contains(channel.label(Locale::En)), "{text}");
        }
        (Suggestion::PauseChannel { channel, .. }, Cut::Pause(c)) => assert_eq!(*channel, c),
        other => panic!("{other:?}"),
    }
    // Within the tolerance: no cut, the ads rule applies.
    a.checkins[2].hours_spent = Some(planned * 1.1);
    assert!(matches!(
        review(&a, &plan, TODAY()).suggestion,
        Suggestion::CapAds { .. }
    ));
}

fn channel(plan: &Plan<Say>, c: Channel, kind: RoleKind, posts: u32) -> ChannelPlan<Say> {
    let mut p = plan.channels[0].clone();
    p.channel = c;
    p.kind = kind;
    p.posts_per_week = posts;
    p
}

#[test]
fn the_cut_order_is_the_reverse_of_the_order_hours_are_spent_in() {
    let a = answers();
    let mut plan = plan_of(&a);
    let ig = channel_facts(Channel::Instagram).cadence;
    let fb = channel_facts(Channel::Facebook).cadence;
    // Main at its growth cadence, an extra discovery channel at its default, a companion.
    plan.channels = vec![
        channel(&plan, Channel::Instagram, RoleKind::Discovery, ig.growth),
        channel(&plan, Channel::GoogleBusiness, RoleKind::Local, 1),
        channel(&plan, Channel::Facebook, RoleKind::Discovery, fb.default),
    ];
    // 1. the growth cadence goes first, back to the default.
    assert_eq!(
        first_cut(&plan),
        Some(Cut::Cadence {
            channel: Channel::Instagram,
            from: ig.growth,
            to: ig.default
        })
    );
    // 2. then the extra discovery channel, one post less.
    plan.channels[0].posts_per_week = ig.default;
    if fb.default > fb.min {
        assert_eq!(
            first_cut(&plan),
            Some(Cut::Cadence {
                channel: Channel::Facebook,
                from: fb.default,
                to: fb.default - 1
            })
        );
    }
    // 3. then the main channel, down to its minimum.
    plan.channels[2].posts_per_week = fb.min;
    if ig.default > ig.min {
        assert_eq!(
            first_cut(&plan),
            Some(Cut::Cadence {
                channel: Channel::Instagram,
                from: ig.default,
                to: ig.default - 1
            })
        );
    }
    // 4. everything at its minimum: the extra discovery channel is paused.
    plan.channels[0].posts_per_week = ig.min;
    assert_eq!(first_cut(&plan), Some(Cut::Pause(Channel::Facebook)));
    // 5. the main channel alone at its minimum: nothing to cut.
    plan.channels.truncate(2);
    assert_eq!(first_cut(&plan), None);
}

#[test]
fn with_nothing_to_cut_the_hours_rule_gives_way_to_the_next() {
    let mut a = answers();
    let mut plan = plan_of(&a);
    let ig = channel_facts(Channel::Instagram).cadence;
    plan.channels = vec![channel(
        &plan,
        Channel::Instagram,
        RoleKind::Discovery,
        ig.min,
    )];
    a.checkins = vec![checkin("2027-02", Some(3000.0), None, Some(700.0), None)];
    assert_eq!(review(&a, &plan, TODAY()).suggestion, Suggestion::Keep);
}

#[test]
fn the_form_reports_bad_values_and_keeps_nothing_of_them() {
    let mut a = answers();
    let plan = plan_of(&a);
    a.checkins = vec![checkin("2027-02", Some(1500.0), None, Some(10.0), None)];
    let draft = |m: &str, reach: &str, hours: &str, ads: &str| Draft {
        month: m.into(),
        kpis: vec![
            (Goal::Awareness, reach.into()),
            (Goal::Leads, String::new()),
        ],
        hours: hours.into(),
        ads: ads.into(),
        note: String::new(),
    };
    let slots = |r: Result<CheckIn, Vec<(Slot, String)>>| -> Vec<Slot> {
        r.unwrap_err().into_iter().map(|(s, _)| s).collect()
    };
    let today = TODAY();
    // One bad box each: negative hours, a KPI over the limit, a KPI that is no number, ads
    // over the limit.
    for (reach, hours, ads, wrong) in [
        ("1", "-4", "", Slot::Hours),
        ("2e9", "", "", Slot::Kpi(Goal::Awareness)),
        ("abc", "", "", Slot::Kpi(Goal::Awareness)),
        ("", "", "2000000", Slot::Ads),
    ] {
        let typed = draft("2027-03", reach, hours, ads);
        assert_eq!(
            slots(read_draft(&typed, None, &a, today)),
            [wrong],
            "{typed:?}"
        );
    }
    for bad in ["2027-3", "2026-12", "2027-08", "2027-02"] {
        assert_eq!(
            slots(read_draft(&draft(bad, "", "", ""), None, &a, today)),
            [Slot::Month],
            "{bad}"
        );
    }
    // Editing February itself is no duplicate.
    assert!(read_draft(&draft("2027-02", "", "", ""), Some(0), &a, today).is_ok());
    let Err(issues) = read_draft(&draft("2027-13", "", "800", ""), None, &a, today) else {
        panic!()
    };
    let texts: Vec<&str> = issues.iter().map(|(_, m)| m.as_str()).collect();
    assert!(texts.iter().any(|m| m.contains("2027-13")), "{texts:?}");
    assert!(texts.iter().any(|m| m.contains("744")), "{texts:?}");
    // A good one, typed the Italian way.
    let c = read_draft(&draft("2027-03", "1200,5", "12,5", "30"), None, &a, today);
    let c = c.unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(c.hours_spent, Some(12.5));
    assert_eq!(
        c.kpis,
        vec![KpiValue {
            goal: Goal::Awareness,
            value: 1200.5
        }]
    );
    let mut saved = a.clone();
    save(&mut saved, None, c);
    assert_eq!(saved.checkins.len(), 2);
    assert_eq!(saved.checkins[1].month, "2027-03");
    // Draft of a saved check-in reads back.
    let back = Draft::of(&saved.checkins[1], &plan, Locale::It);
    assert_eq!(back.hours, "12,5");
}

#[test]
fn stored_check_ins_out_of_range_are_reported_and_ignored_by_the_review() {
    let mut a = answers();
    let plan = plan_of(&a);
    a.checkins = vec![checkin("2027-02", Some(-5.0), None, Some(1e6), Some(-1.0))];
    let issues = check(&a.checkins[0], Some(0), &a, TODAY());
    let slots: Vec<Slot> = issues.iter().map(|(s, _)| *s).collect();
    assert_eq!(slots, [Slot::Kpi(Goal::Awareness), Slot::Hours, Slot::Ads]);
    let r = review(&a, &plan, TODAY());
    assert!(r.targets[0].points.is_empty());
    assert_eq!(r.hours, None);
    assert_eq!(r.ads, None);
}

#[test]
fn every_text_is_written_in_every_language() {
    let mut a = answers();
    let plan = plan_of(&a);
    a.checkins = vec![checkin(
        "2027-02",
        Some(1000.0),
        Some(30.0),
        Some(100.0),
        Some(500.0),
    )];
    let r = review(&a, &plan, TODAY());
    for l in Locale::ALL {
        let mut texts = vec![r.overall_text(*l), r.suggestion_text(*l), how_decided(*l)];
        texts.extend(r.target_lines(*l));
        texts.extend(r.spend_lines(*l, "EUR"));
        for s in [
            Suggestion::Keep,
            Suggestion::Nothing,
            Suggestion::PauseChannel {
                hours: r.hours.unwrap(),
                channel: Channel::Tiktok,
            },
        ] {
            texts.push(suggestion_text(&s, *l));
        }
        for text in texts {
            assert!(!text.is_empty() && !text.contains('{'), "{l:?}: {text}");
        }
    }
}

#[test]
fn the_markdown_section_has_a_row_per_month_the_verdict_and_the_suggestion() {
    let mut a = answers();
    let plan = plan_of(&a);
    assert_eq!(
        section(&a, &plan, &review(&a, &plan, TODAY()), Locale::En),
        None
    );
    a.checkins = vec![
        checkin("2027-02", Some(1500.0), None, Some(10.0), None),
        CheckIn {
            note: "Fair | stand\nday".into(),
            ..checkin("2027-03", Some(1700.0), Some(30.0), None, Some(20.0))
        },
    ];
    let r = review(&a, &plan, TODAY());
    let s = section(&a, &plan, &r, Locale::En).unwrap();
    assert_eq!(s.rows.len(), 2);
    assert_eq!(s.headers.len(), s.rows[0].len());
    let rendered = engine::render(&plan, Locale::En);
    let md = crate::core::export::markdown::plan_markdown_with(&rendered, Some(&s));
    assert!(md.contains("## Monthly check-ins"), "{md}");
    assert!(md.contains("| February 2027 | 1,500 |"), "{md}");
    assert!(md.contains("Fair \\| stand day"), "{md}");
    assert!(md.contains(&r.overall_text(Locale::En)));
    assert!(md.contains(&r.suggestion_text(Locale::En)));
    let at = md.find("## Monthly check-ins").unwrap();
    assert!(at < md.rfind("## Sources").unwrap_or(0) || !md.contains("## Sources"));
    // Without check-ins the document is the plan's as before.
    assert_eq!(
        crate::core::export::markdown::plan_markdown(&rendered),
        crate::core::export::markdown::plan_markdown_with(&rendered, None)
    );
}
