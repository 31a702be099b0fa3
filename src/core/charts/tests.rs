use super::svg::escape_into;
use super::*;
use quick_xml::events::Event;

use crate::core::engine::design_example as example;

fn month_view(plan: &Plan) -> Chart {
    let order: Vec<Channel> = plan.channels.iter().map(|c| c.channel).collect();
    months(plan.locale, &order, &plan.calendar, &plan.key_dates)
}

fn all(plan: &Plan) -> Vec<Chart> {
    vec![
        workload(plan),
        budget(plan),
        phases(plan, 6),
        month_view(plan),
        scores(plan),
    ]
}

/// Attribute names and values.
pub(crate) type Attrs = Vec<(String, String)>;

/// Parses `svg` as XML (every tag closed in order, every attribute quoted, every entity
/// known, one `<svg>` root, no text outside it) and returns every element, in document
/// order, with its attributes. Shared with `core::qr`'s tests.
pub(crate) fn elements(svg: &str) -> Vec<(String, Attrs)> {
    let mut reader = quick_xml::Reader::from_str(svg);
    let mut out: Vec<(String, Attrs)> = Vec::new();
    let mut depth = 0;
    loop {
        let event = reader
            .read_event()
            .unwrap_or_else(|e| panic!("not well-formed: {e}\n{svg}"));
        match event {
            Event::Start(ref e) | Event::Empty(ref e) => {
                let attrs: Attrs = e
                    .attributes()
                    .map(|a| {
                        let a = a.expect("a well-formed attribute");
                        let value = a
                            .normalized_value(quick_xml::XmlVersion::default())
                            .expect("known entities")
                            .into_owned();
                        (a.key.as_ref().to_string(), value)
                    })
                    .collect();
                if out.is_empty() {
                    assert_eq!(e.name().as_ref(), "svg", "the root is <svg>");
                } else {
                    assert!(depth > 0, "one root only");
                }
                out.push((e.name().as_ref().to_string(), attrs));
                if matches!(event, Event::Start(_)) {
                    depth += 1;
                }
            }
            Event::End(_) => depth -= 1,
            Event::Eof => break,
            Event::Text(t) => assert!(depth > 0, "text outside the root: {:?}", t),
            _ => {}
        }
    }
    assert_eq!(depth, 0, "every element closed");
    assert!(!out.is_empty(), "an <svg> root");
    out
}

/// Parses `svg` as [`elements`] does and returns the root's attributes and every element's
/// attributes.
pub(super) fn parse(svg: &str) -> (Attrs, Attrs) {
    let elements = elements(svg);
    let root = elements[0].1.clone();
    (
        root,
        elements.into_iter().flat_map(|(_, attrs)| attrs).collect(),
    )
}

pub(super) fn attr<'a>(attrs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    attrs
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

#[test]
fn every_chart_is_a_well_formed_accessible_svg() {
    for locale in Locale::ALL {
        let plan = example(*locale);
        for chart in all(&plan) {
            assert!(!chart.svg.is_empty(), "{} draws something", chart.id);
            assert!(!chart.title.is_empty());
            assert!(chart.text.iter().all(|t| !t.is_empty()));
            for svg in &chart.svg {
                let (root, attrs) = parse(&svg.svg);
                assert_eq!(attr(&root, "role"), Some("img"), "{}", chart.id);
                assert!(
                    attr(&root, "aria-label").is_some_and(|l| !l.is_empty()),
                    "{}",
                    chart.id
                );
                assert!(
                    attr(&root, "viewBox").is_some_and(|v| v.starts_with("0 0 ")),
                    "{}",
                    chart.id
                );
                assert_eq!(attr(&root, "xmlns"), Some("http://www.w3.org/2000/svg"));
                // No inline style (the CSP refuses it) and no width/height on the root (it scales).
                assert!(attr(&attrs, "style").is_none(), "{}", chart.id);
                assert!(attr(&root, "width").is_none());
                // Every pattern a shape points at is defined in the same document.
                for (_, v) in attrs
                    .iter()
                    .filter(|(k, v)| k == "fill" && v.starts_with("url(#"))
                {
                    let id = &v[5..v.len() - 1];
                    assert!(
                        attrs.iter().any(|(k, i)| k == "id" && i == id),
                        "{id} defined"
                    );
                }
            }
        }
    }
}

#[test]
fn the_texts_carry_the_figures() {
    let plan = example(Locale::En);
    let w = &plan.workload;
    let text = workload(&plan).text.join("\n");
    assert!(
        text.contains(&format!("Needed: {} minutes a week", w.minutes_needed)),
        "{text}"
    );
    assert!(
        text.contains(&format!(
            "from {} to {}",
            w.minutes_needed_low, w.minutes_needed_high
        )),
        "{text}"
    );
    assert!(
        text.contains(&format!(
            "Available: {} minutes a week",
            w.minutes_available
        )),
        "{text}"
    );
    let posts: u32 = w
        .items
        .iter()
        .filter(|i| i.task == WorkTask::Posts)
        .map(|i| i.minutes)
        .sum();
    assert!(
        text.contains(&format!(
            "Making and publishing posts: {posts} minutes a week"
        )),
        "{text}"
    );

    let b = &plan.budget;
    let text = budget(&plan).text;
    assert_eq!(text.len(), 4);
    assert_eq!(
        text[0],
        format!(
            "Ads: {} ({}%)",
            money(Locale::En, b.ads, "EUR"),
            (b.ads / b.monthly * 100.0).round()
        )
    );
    assert!(text[3].starts_with("Tools: "));

    let text = phases(&plan, 6).text;
    assert_eq!(text.len(), plan.phases.len() + 1);
    assert_eq!(text[0], "Foundation: month 1");
    assert_eq!(text[1], "Consistency: from month 2 to month 3");
    assert_eq!(text.last().unwrap(), "Your horizon: 6 months");
    // With a 3-month horizon the later phases say they fall after it.
    let mut short = plan.clone();
    for p in &mut short.phases {
        p.within_horizon = p.from_month <= 3;
    }
    let text = phases(&short, 3).text;
    assert_eq!(
        text[2],
        "Optimisation: from month 4 to month 6, after your horizon"
    );
    assert_eq!(text[4], "Your horizon: 3 months");

    let chart = scores(&plan);
    for (c, row) in plan.channels.iter().zip(&chart.text) {
        assert!(
            row.starts_with(&format!(
                "{} scores {}/100 (Audience: {}",
                c.name, c.score, c.score_parts.audience
            )),
            "{row}"
        );
    }

    // The month view: one grid per month from the first post to the last, and the months'
    // post counts add up to the calendar's posts.
    let chart = month_view(&plan);
    let posts: Vec<_> = plan
        .calendar
        .iter()
        .filter(|e| e.kind == EntryKind::Post)
        .collect();
    let first = posts.iter().map(|e| e.date).min().unwrap();
    let last = posts.iter().map(|e| e.date).max().unwrap();
    let spanned =
        (last.year() * 12 + last.month() as i32) - (first.year() * 12 + first.month() as i32) + 1;
    assert_eq!(chart.svg.len(), spanned as usize);
    let counted: usize = chart
        .text
        .iter()
        .filter(|line| !line.starts_with("Key dates"))
        .filter_map(|line| line.split(": ").nth(1))
        .filter_map(|rest| rest.split(' ').next()?.parse::<usize>().ok())
        .sum();
    assert_eq!(counted, posts.len(), "{:?}", chart.text);
}

#[test]
fn the_month_view_marks_every_post_and_key_date() {
    let mut plan = example(Locale::En);
    let first_post = plan
        .calendar
        .iter()
        .find(|e| e.kind == EntryKind::Post)
        .unwrap()
        .date;
    plan.key_dates = vec![CalendarKeyDate {
        date: first_post,
        name: "Open day".into(),
        kind: "event".into(),
    }];
    let chart = month_view(&plan);
    assert!(
        chart.text.iter().any(|t| t.contains("Open day")),
        "{:?}",
        chart.text
    );
    let svg = &chart.svg[0].svg;
    // The key-date corner and its legend: two black corners.
    assert_eq!(
        svg.matches(&format!("fill=\"{INK}\"/>")).count() - svg.matches("<svg").count() + 1,
        2
    );
    assert!(svg.contains("Key date"));
    // One mark per post of the month (legend marks aside): every mark is in a palette colour.
    let month_posts = plan
        .calendar
        .iter()
        .filter(|e| {
            e.kind == EntryKind::Post
                && e.date.month() == first_post.month()
                && e.date.year() == first_post.year()
        })
        .count();
    let channels = plan.channels.len();
    let marks: usize = PALETTE
        .iter()
        .map(|c| svg.matches(&format!("fill=\"{c}\"/>")).count())
        .sum();
    assert!(
        marks >= month_posts && marks <= month_posts + channels,
        "{marks} marks for {month_posts} posts"
    );
}

#[test]
fn names_are_escaped_so_markup_in_them_is_inert() {
    let mut plan = example(Locale::En);
    let evil = "<script>alert(1)</script> & \"quotes\" 'too'";
    plan.phases[0].name = evil.into();
    plan.channels[0].name = evil.into();
    for chart in [phases(&plan, 6), scores(&plan)] {
        let svg = &chart.svg[0].svg;
        assert!(!svg.contains("<script"), "{}", chart.id);
        assert!(svg.contains(
            "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; &#39;too&#39;"
        ));
        parse(svg);
        // The text equivalent keeps the name as it is: the view writes it as text.
        assert!(chart.text.iter().any(|t| t.contains(evil)));
    }
    let mut out = String::new();
    escape_into(&mut out, "a<b>&\"'\u{1}c");
    assert_eq!(out, "a&lt;b&gt;&amp;&quot;&#39; c");
}

#[test]
fn a_chart_with_nothing_to_draw_says_so() {
    let mut plan = example(Locale::En);
    plan.budget.monthly = 0.0;
    let chart = budget(&plan);
    assert!(chart.svg.is_empty());
    assert_eq!(
        chart.text,
        [
            "The monthly budget is 0 EUR: there is nothing to split, the plan runs on your time alone."
        ]
    );

    plan.channels.clear();
    let chart = scores(&plan);
    assert!(chart.svg.is_empty());
    assert_eq!(chart.text, [t(Locale::En, Msg::ChartNoChannel)]);

    plan.calendar.retain(|e| e.kind != EntryKind::Post);
    let chart = month_view(&plan);
    assert!(chart.svg.is_empty());
    assert_eq!(chart.text, [t(Locale::En, Msg::ChartNoCalendar)]);

    plan.workload.minutes_needed = 0;
    plan.workload.minutes_available = 0;
    let chart = workload(&plan);
    assert!(chart.svg.is_empty());
    assert_eq!(chart.text, [t(Locale::En, Msg::ChartNoTime)]);

    plan.phases.clear();
    assert!(phases(&plan, 6).svg.is_empty());

    // Not finite or negative amounts count as nothing.
    plan.budget.monthly = f64::NAN;
    assert!(budget(&plan).svg.is_empty());
}

#[test]
fn a_plan_over_its_time_says_by_how_much() {
    let mut plan = example(Locale::En);
    plan.workload.minutes_available = plan.workload.minutes_needed - 30;
    let text = workload(&plan).text;
    assert_eq!(
        text.last().unwrap(),
        "The plan needs 30 minutes a week more than you have."
    );
    plan.workload.minutes_available = plan.workload.minutes_needed + 45;
    assert_eq!(
        workload(&plan).text.last().unwrap(),
        "The plan fits, with 45 minutes a week to spare."
    );
}

/// WCAG 2 relative luminance of "#rrggbb".
fn luminance(hex: &str) -> f64 {
    let channel = |i: usize| {
        let v = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).unwrap()) / 255.0;
        if v <= 0.03928 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
}

fn contrast(a: &str, b: &str) -> f64 {
    let (x, y) = (luminance(a), luminance(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

#[test]
fn the_palette_meets_wcag_aa_contrast() {
    assert!((contrast("#000000", "#ffffff") - 21.0).abs() < 0.01);
    assert!((contrast("#767676", "#ffffff") - 4.54).abs() < 0.01);
    // Text: 4.5:1 against the background.
    for colour in [INK, MUTED] {
        assert!(contrast(colour, BACKGROUND) >= 4.5, "{colour}");
    }
    // Graphics: 3:1 at least; these are also used for nothing smaller than a 10-unit mark, and
    // meet 4.5:1 so a label in the series colour would be readable too.
    for colour in PALETTE {
        assert!(
            contrast(colour, BACKGROUND) >= 4.5,
            "{colour}: {}",
            contrast(colour, BACKGROUND)
        );
        // The white marks of the patterns on the colour keep 3:1 as well (the same ratio).
    }
    // Every series differs from the others in its pattern (or shape), so colour is never
    // the only difference; the colours are distinct too.
    for (i, a) in PALETTE.iter().enumerate() {
        for b in &PALETTE[i + 1..] {
            assert_ne!(a, b);
        }
    }
}

#[test]
fn the_progress_chart_draws_the_path_and_every_value_and_says_them() {
    use crate::core::checkin::{Point, TargetProgress, Verdict, YearMonth};
    use crate::core::engine::text::T;
    let month = |m| YearMonth {
        year: 2027,
        month: m,
    };
    let d = |m, day| chrono::NaiveDate::from_ymd_opt(2027, m, day).unwrap();
    let points: Vec<Point> = [(2, 1100.0), (3, 1000.0), (4, 2500.0)]
        .into_iter()
        .map(|(m, value)| Point {
            month: month(m),
            value,
            expected: 1500.0,
            verdict: Verdict::OnTrack,
        })
        .collect();
    let p = TargetProgress {
        goal: crate::core::model::Goal::Awareness,
        metric: T::Verbatim("<reach> & \"fans\"".into()),
        baseline: 800.0,
        target: 3000.0,
        start: d(1, 4),
        deadline: d(7, 4),
        points,
        verdict: Verdict::OnTrack,
    };
    for locale in Locale::ALL {
        let chart = progress(&p, *locale);
        assert_eq!(chart.svg.len(), 1);
        let (root, attrs) = parse(&chart.svg[0].svg);
        assert_eq!(attr(&root, "role"), Some("img"));
        assert!(attr(&attrs, "style").is_none());
        let parts: Vec<&str> = attrs
            .iter()
            .filter(|(k, _)| k == "data-part")
            .map(|(_, v)| v.as_str())
            .collect();
        assert_eq!(parts.iter().filter(|v| **v == "point").count(), 3);
        assert!(parts.contains(&"expected") && parts.contains(&"values"));
        let polyline = attrs
            .iter()
            .find(|(k, v)| k == "points" && v.contains(','))
            .unwrap();
        assert_eq!(polyline.1.split(' ').count(), 3);
        // One sentence for the path, one per value.
        assert_eq!(chart.text.len(), 4, "{:?}", chart.text);
        assert!(
            chart.svg[0]
                .svg
                .contains("&lt;reach&gt; &amp; &quot;fans&quot;")
        );
        assert!(!chart.svg[0].svg.contains("<reach>"));
    }
    let en = progress(&p, Locale::En);
    assert!(
        en.text[0].contains("800") && en.text[0].contains("3,000"),
        "{:?}",
        en.text
    );
    assert!(
        en.text[3].contains("April 2027") && en.text[3].contains("2,500"),
        "{:?}",
        en.text
    );
    // Nothing entered: no picture, the text says the path.
    let none = progress(
        &TargetProgress {
            points: Vec::new(),
            ..p
        },
        Locale::En,
    );
    assert!(none.svg.is_empty() && none.text.len() == 1);
}
