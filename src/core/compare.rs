//! The facilitator's view (issue #15 §2): two or three plans side by side — channels and
//! their cadence, the hours a week needed and available, the monthly budget split, the
//! warnings — with every row that differs between the plans marked, and the pairs the print
//! puts one to a page. It reads the rendered plans' typed sections (numbers, codes,
//! severities), never their text; every text it writes is in the first plan's language,
//! numbers and money through `l10n::format`.
//!
//! A row "differs" when what the reader sees in it differs: cells are compared as written
//! (2.5 hours and 2.5 hours are the same even when the minutes behind them are 150 and 151;
//! 300 EUR and 300 GBP are not).

use chrono::NaiveDate;

use super::engine::{Plan, WarningCode, WarningSeverity};
use super::i18n::{Label, posts_per_week};
use super::l10n::{Msg, fill, format, t};
use super::model::Locale;

/// Fewer plans are nothing to compare.
pub const MIN_PLANS: usize = 2;
/// More columns would not fit a screen, nor a pair of them a page.
pub const MAX_PLANS: usize = 3;

/// Why plans cannot be compared (yet).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// The browser keeps fewer than two plans.
    NeedTwoPlans,
    /// Fewer than two plans are ticked (and there are more than three to choose from).
    PickTwoOrThree,
    /// More than three plans are ticked.
    TooMany,
}

impl Refusal {
    /// What to tell the user, in `locale`.
    pub fn message(self, locale: Locale) -> &'static str {
        t(
            locale,
            match self {
                Refusal::NeedTwoPlans => Msg::CompareNeedTwo,
                Refusal::PickTwoOrThree => Msg::ComparePickTwo,
                Refusal::TooMany => Msg::CompareTooMany,
            },
        )
    }

    /// A short code for the page (`data-refusal`) and tests.
    pub const fn as_str(self) -> &'static str {
        match self {
            Refusal::NeedTwoPlans => "need_two_plans",
            Refusal::PickTwoOrThree => "pick_two_or_three",
            Refusal::TooMany => "too_many",
        }
    }
}

/// Whether one more plan may be ticked when `ticked` already are.
pub fn may_tick(ticked: usize) -> Result<(), Refusal> {
    if ticked >= MAX_PLANS {
        Err(Refusal::TooMany)
    } else {
        Ok(())
    }
}

/// The plans to compare: the ticked ones that exist (in the order of `all`, the list's
/// order, each once); with none ticked and two or three plans kept, all of them.
pub fn choose(ticked: &[String], all: &[String]) -> Result<Vec<String>, Refusal> {
    if all.len() < MIN_PLANS {
        return Err(Refusal::NeedTwoPlans);
    }
    let chosen: Vec<String> = all
        .iter()
        .filter(|id| ticked.contains(id))
        .cloned()
        .collect();
    match chosen.len() {
        0 if all.len() <= MAX_PLANS => Ok(all.to_vec()),
        n if n > MAX_PLANS => Err(Refusal::TooMany),
        n if n < MIN_PLANS => Err(Refusal::PickTwoOrThree),
        _ => Ok(chosen),
    }
}

/// Plans side by side, every text written.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    /// The plans' names, one per column.
    pub names: Vec<String>,
    /// "Forno Rossi and Forno Rossi 2027": the names as a sentence, for headings.
    pub title: String,
    /// "Printed on 1 December 2026".
    pub printed: String,
    pub groups: Vec<Group>,
    /// How many rows differ.
    pub differences: usize,
    /// "3 rows differ" / "No differences".
    pub differences_text: String,
}

/// Rows under one heading: channels, time, budget, warnings.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    /// "channels", "time", "budget", "warnings".
    pub key: &'static str,
    pub title: &'static str,
    pub rows: Vec<Row>,
}

/// One thing compared across the plans.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// Stable for the page and tests: "channel-instagram", "hours-needed", "budget-ads",
    /// "warning-too_little_time".
    pub key: String,
    pub label: String,
    /// One per plan, in the order of [`Comparison::names`].
    pub cells: Vec<Cell>,
    /// True when the cells do not all read the same.
    pub differs: bool,
}

/// One plan's value in a row.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    pub text: String,
    /// The plan has nothing here (a channel it does not use, a warning it does not give).
    pub absent: bool,
    /// A warning's severity, or a warning's worth for hours over those available.
    pub severity: Option<WarningSeverity>,
}

/// One named plan to compare.
pub type Named<'a> = (&'a str, &'a Plan);

/// Compares `plans` (two or three; any number works), written in the first plan's language.
pub fn compare(plans: &[Named<'_>], today: NaiveDate) -> Comparison {
    let l = plans.first().map_or(Locale::En, |(_, p)| p.locale);
    let names: Vec<String> = plans.iter().map(|(n, _)| (*n).to_owned()).collect();
    let groups = vec![
        Group {
            key: "channels",
            title: t(l, Msg::CompareChannels),
            rows: channel_rows(l, plans),
        },
        Group {
            key: "time",
            title: t(l, Msg::CompareTime),
            rows: hour_rows(l, plans),
        },
        Group {
            key: "budget",
            title: t(l, Msg::CompareBudget),
            rows: budget_rows(l, plans),
        },
        Group {
            key: "warnings",
            title: t(l, Msg::CompareWarnings),
            rows: warning_rows(l, plans),
        },
    ];
    let differences = groups
        .iter()
        .flat_map(|g| &g.rows)
        .filter(|r| r.differs)
        .count();
    Comparison {
        title: format::list(l, &names),
        names,
        printed: fill(l, Msg::PrintPrinted, &[("date", &format::date(l, today))]),
        groups,
        differences,
        differences_text: if differences == 0 {
            t(l, Msg::CompareNoDifferences).to_owned()
        } else {
            format::count(
                l,
                differences as f64,
                Msg::CompareDifferencesOne,
                Msg::CompareDifferencesOther,
            )
        },
    }
}

/// The print's running header for plans compared (an `@page` rule, as
/// `summary::print_header_rule` writes the plan's): the view's title at the top left; the
/// top right is left empty, since each page's own heading names its pair and the date.
pub fn print_header_rule(locale: Locale) -> String {
    format!(
        "@page {{ @top-left {{ content: {}; }} @top-right {{ content: none; }} }}",
        super::summary::css_string(t(locale, Msg::CompareTitle))
    )
}

/// The pairs the print shows, one to a page: two plans make one pair, three make three
/// (first–second, first–third, second–third). Each pair is compared on its own, so a row
/// where only the third plan differs is not marked on the first two's page.
pub fn pairs(plans: &[Named<'_>], today: NaiveDate) -> Vec<Comparison> {
    let mut out = Vec::new();
    for (i, a) in plans.iter().enumerate() {
        for b in &plans[i + 1..] {
            out.push(compare(&[*a, *b], today));
        }
    }
    out
}

fn row(key: String, label: String, cells: Vec<Cell>) -> Row {
    let differs = cells.windows(2).any(|w| w[0].text != w[1].text);
    Row {
        key,
        label,
        cells,
        differs,
    }
}

fn cell(text: String) -> Cell {
    Cell {
        text,
        absent: false,
        severity: None,
    }
}

fn absent(l: Locale, key: Msg) -> Cell {
    Cell {
        text: t(l, key).to_owned(),
        absent: true,
        severity: None,
    }
}

/// One row per channel any of the plans uses (in the order the plans list them): its posts
/// a week in each plan, or "not used".
fn channel_rows(l: Locale, plans: &[Named<'_>]) -> Vec<Row> {
    let mut channels = Vec::new();
    for (_, p) in plans {
        for c in &p.channels {
            if !channels.contains(&c.channel) {
                channels.push(c.channel);
            }
        }
    }
    channels
        .into_iter()
        .map(|channel| {
            let cells = plans
                .iter()
                .map(|(_, p)| match p.channel(channel) {
                    Some(c) => cell(format!(
                        "{} {}",
                        format::number(l, f64::from(c.posts_per_week)),
                        posts_per_week(l, c.posts_per_week)
                    )),
                    None => absent(l, Msg::CompareNotUsed),
                })
                .collect();
            row(
                format!("channel-{}", channel.as_str()),
                channel.label(l).to_owned(),
                cells,
            )
        })
        .collect()
}

/// Hours a week needed (marked when more than those available) and available.
fn hour_rows(l: Locale, plans: &[Named<'_>]) -> Vec<Row> {
    let needed = plans
        .iter()
        .map(|(_, p)| {
            let w = &p.workload;
            let text = super::summary::hours_text(l, w.minutes_needed);
            if w.minutes_needed > w.minutes_available {
                Cell {
                    text: format!("{text} ({})", t(l, Msg::CompareOverTime)),
                    absent: false,
                    severity: Some(WarningSeverity::Warning),
                }
            } else {
                cell(text)
            }
        })
        .collect();
    let available = plans
        .iter()
        .map(|(_, p)| cell(super::summary::hours_text(l, p.workload.minutes_available)))
        .collect();
    vec![
        row(
            "hours-needed".into(),
            t(l, Msg::CompareHoursNeeded).into(),
            needed,
        ),
        row(
            "hours-available".into(),
            t(l, Msg::CompareHoursAvailable).into(),
            available,
        ),
    ]
}

/// The monthly amount and its four parts (`BudgetPlan::parts`).
fn budget_rows(l: Locale, plans: &[Named<'_>]) -> Vec<Row> {
    let money = |p: &Plan, amount: f64| cell(format::money(l, amount, &p.budget.currency));
    let mut rows = vec![row(
        "budget-total".into(),
        t(l, Msg::CompareBudgetTotal).into(),
        plans
            .iter()
            .map(|(_, p)| money(p, p.budget.monthly))
            .collect(),
    )];
    // The parts' keys and names are the same for every plan; the first one's give them.
    if let Some((_, first)) = plans.first() {
        for (i, (key, name, _)) in first.budget.parts().into_iter().enumerate() {
            let cells = plans
                .iter()
                .map(|(_, p)| money(p, p.budget.parts()[i].2))
                .collect();
            rows.push(row(format!("budget-{key}"), t(l, name).into(), cells));
        }
    }
    rows
}

/// One row per kind of warning any of the plans gives: the severity and message(s) in each
/// plan, or "none".
fn warning_rows(l: Locale, plans: &[Named<'_>]) -> Vec<Row> {
    WarningCode::ALL
        .into_iter()
        .filter(|code| plans.iter().any(|(_, p)| p.has_warning(*code)))
        .map(|code| {
            let cells = plans
                .iter()
                .map(|(_, p)| {
                    let given: Vec<_> = p.warnings.iter().filter(|w| w.code == code).collect();
                    match given.iter().map(|w| w.severity).min() {
                        None => absent(l, Msg::CompareNoWarning),
                        Some(severity) => {
                            let messages: Vec<&str> =
                                given.iter().map(|w| w.message.as_str()).collect();
                            Cell {
                                text: format!(
                                    "{}: {}",
                                    severity_name(l, severity),
                                    messages.join(" ")
                                ),
                                absent: false,
                                severity: Some(severity),
                            }
                        }
                    }
                })
                .collect();
            row(
                format!("warning-{}", code.as_str()),
                t(l, warning_title(code)).into(),
                cells,
            )
        })
        .collect()
}

fn severity_name(l: Locale, severity: WarningSeverity) -> &'static str {
    t(
        l,
        match severity {
            WarningSeverity::Critical => Msg::CompareSeverityCritical,
            WarningSeverity::Warning => Msg::CompareSeverityWarning,
            WarningSeverity::Info => Msg::CompareSeverityInfo,
        },
    )
}

/// A warning's short name, for a row's label (its messages are sentences).
const fn warning_title(code: WarningCode) -> Msg {
    match code {
        WarningCode::TooLittleTime => Msg::CompareWarnTooLittleTime,
        WarningCode::TooManyChannels => Msg::CompareWarnTooManyChannels,
        WarningCode::NoAdsBudget => Msg::CompareWarnNoAdsBudget,
        WarningCode::UnpaidManagement => Msg::CompareWarnUnpaidManagement,
        WarningCode::VanityGoal => Msg::CompareWarnVanityGoal,
        WarningCode::UnrealisticHorizon => Msg::CompareWarnUnrealisticHorizon,
        WarningCode::MissingValueProposition => Msg::CompareWarnMissingValueProposition,
        WarningCode::AudienceChannelMismatch => Msg::CompareWarnAudienceChannelMismatch,
        WarningCode::SplitMismatch => Msg::CompareWarnSplitMismatch,
        WarningCode::NoConversionTracking => Msg::CompareWarnNoConversionTracking,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::engine::{Warning, build_plan};
    use crate::core::fields::Field;
    use crate::core::model::{Answers, Channel};

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2027, 9, 1).unwrap()
    }

    fn answers(json: &str) -> Answers {
        let mut a = Answers::from_json(json).expect("fixture");
        a.locale = Locale::En;
        a
    }

    fn gym() -> Plan {
        build_plan(
            &answers(include_str!(
                "../../e2e/fixtures/wizard/gym-one-channel-en.json"
            )),
            today(),
        )
    }

    fn studio() -> Plan {
        build_plan(
            &answers(include_str!("../../e2e/fixtures/wizard/studio-en.json")),
            today(),
        )
    }

    fn marked(c: &Comparison) -> Vec<&str> {
        c.groups
            .iter()
            .flat_map(|g| &g.rows)
            .filter(|r| r.differs)
            .map(|r| r.key.as_str())
            .collect()
    }

    fn find<'a>(c: &'a Comparison, key: &str) -> &'a Row {
        c.groups
            .iter()
            .flat_map(|g| &g.rows)
            .find(|r| r.key == key)
            .unwrap_or_else(|| panic!("no row {key}"))
    }

    #[test]
    fn identical_plans_mark_nothing() {
        let (a, b) = (gym(), gym());
        let c = compare(&[("A", &a), ("B", &b)], today());
        assert_eq!(c.names, ["A", "B"]);
        assert_eq!(c.title, "A and B");
        assert_eq!(c.printed, "Printed on 1 September 2027");
        assert_eq!(marked(&c), Vec::<&str>::new());
        assert_eq!(c.differences, 0);
        assert_eq!(c.differences_text, "No differences");
        // Every group is there, with what the plan says.
        let keys: Vec<_> = c.groups.iter().map(|g| g.key).collect();
        assert_eq!(keys, ["channels", "time", "budget", "warnings"]);
        let ig = find(&c, "channel-instagram");
        assert_eq!(ig.label, "Instagram");
        assert_eq!(ig.cells[0].text, "3 posts a week");
        assert_eq!(find(&c, "budget-total").cells[1].text, "300 GBP");
        assert_eq!(find(&c, "budget-ads").cells[0].text, "120 GBP");
        assert!(find(&c, "hours-available").cells[0].text == "3 hours");
        let budget: Vec<_> = c.groups[2].rows.iter().map(|r| r.key.as_str()).collect();
        assert_eq!(
            budget,
            [
                "budget-total",
                "budget-ads",
                "budget-content",
                "budget-management",
                "budget-tools"
            ]
        );
    }

    #[test]
    fn a_different_channel_marks_that_row_only() {
        let a = gym();
        let mut b = gym();
        // A second channel in B: its row is marked, Instagram's (same cadence) is not. The
        // workload is left as it was, so nothing else changes.
        let mut fb = b.channels[0].clone();
        fb.channel = Channel::Facebook;
        fb.posts_per_week = 2;
        b.channels.push(fb);
        let c = compare(&[("A", &a), ("B", &b)], today());
        assert_eq!(marked(&c), ["channel-facebook"]);
        let row = find(&c, "channel-facebook");
        assert!(row.cells[0].absent);
        assert_eq!(row.cells[0].text, "not used");
        assert_eq!(row.cells[1].text, "2 posts a week");
        assert_eq!(c.differences_text, "1 row differs");
    }

    #[test]
    fn a_different_budget_marks_the_amounts_that_changed() {
        let a = gym();
        let mut b = gym();
        b.budget.monthly = 400.0;
        b.budget.ads = 220.0;
        let c = compare(&[("A", &a), ("B", &b)], today());
        assert_eq!(marked(&c), ["budget-total", "budget-ads"]);
        assert_eq!(find(&c, "budget-total").cells[1].text, "400 GBP");
        // The same amount in another currency is another amount.
        let mut e = gym();
        e.budget.currency = "EUR".into();
        let c = compare(&[("A", &a), ("E", &e)], today());
        assert_eq!(marked(&c).len(), 5, "{:?}", marked(&c));
    }

    #[test]
    fn hours_over_the_time_available_and_warnings_are_marked_with_severity() {
        let a = gym();
        let mut b = gym();
        b.workload.minutes_available = 60;
        b.warnings.push(Warning {
            code: WarningCode::TooLittleTime,
            severity: WarningSeverity::Critical,
            field: Field::ResourcesHoursPerWeek.into(),
            message: "Not enough time.".into(),
        });
        let c = compare(&[("A", &a), ("B", &b)], today());
        assert_eq!(
            marked(&c),
            ["hours-needed", "hours-available", "warning-too_little_time"]
        );
        let needed = find(&c, "hours-needed");
        assert_eq!(needed.cells[0].severity, None);
        assert_eq!(needed.cells[1].severity, Some(WarningSeverity::Warning));
        assert!(
            needed.cells[1]
                .text
                .ends_with("(more than the time available)")
        );
        let w = find(&c, "warning-too_little_time");
        assert_eq!(w.label, "Too little time");
        assert_eq!(w.cells[0].text, "none");
        assert!(w.cells[0].absent);
        assert_eq!(w.cells[1].text, "Critical: Not enough time.");
        assert_eq!(w.cells[1].severity, Some(WarningSeverity::Critical));
    }

    #[test]
    fn real_plans_that_differ_are_marked_where_they_differ() {
        let (gym, studio) = (gym(), studio());
        let c = compare(&[("Gym", &gym), ("Studio", &studio)], today());
        let m = marked(&c);
        assert!(m.contains(&"hours-needed"), "{m:?}");
        // A channel only the studio uses is marked; so is every row whose texts differ, and
        // no row whose texts are the same.
        for r in c.groups.iter().flat_map(|g| &g.rows) {
            assert_eq!(r.differs, r.cells[0].text != r.cells[1].text, "{}", r.key);
        }
        assert!(
            studio
                .channels
                .iter()
                .filter(|ch| gym.channel(ch.channel).is_none())
                .all(|ch| m.contains(&format!("channel-{}", ch.channel.as_str()).as_str()))
        );
    }

    #[test]
    fn three_plans_make_three_pairs_each_compared_on_its_own() {
        let (a, b) = (gym(), gym());
        let mut c3 = gym();
        c3.budget.tools = 99.0;
        let plans = [("A", &a), ("B", &b), ("C", &c3)];
        let all = compare(&plans, today());
        assert_eq!(all.names, ["A", "B", "C"]);
        assert_eq!(all.title, "A, B and C");
        assert_eq!(marked(&all), ["budget-tools"]);
        let pairs = pairs(&plans, today());
        let names: Vec<_> = pairs.iter().map(|p| p.names.join("–")).collect();
        assert_eq!(names, ["A–B", "A–C", "B–C"]);
        assert_eq!(
            marked(&pairs[0]),
            Vec::<&str>::new(),
            "A and B are the same"
        );
        assert_eq!(marked(&pairs[1]), ["budget-tools"]);
        assert_eq!(marked(&pairs[2]), ["budget-tools"]);
        // Two plans: one pair, the comparison itself.
        let two = super::pairs(&plans[..2], today());
        assert_eq!(two.len(), 1);
        assert_eq!(two[0], compare(&plans[..2], today()));
    }

    #[test]
    fn texts_follow_the_first_plans_language() {
        let mut a = gym();
        a.locale = Locale::It;
        let b = gym();
        let c = compare(&[("A", &a), ("B", &b)], today());
        assert_eq!(c.title, "A e B");
        assert_eq!(find(&c, "budget-total").cells[0].text, "300 GBP");
        assert_eq!(
            find(&c, "channel-instagram").cells[0].text,
            "3 post a settimana"
        );
    }

    #[test]
    fn the_print_header_names_the_view() {
        assert_eq!(
            print_header_rule(Locale::En),
            "@page { @top-left { content: \"Plans compared\"; } @top-right { content: none; } }"
        );
    }

    #[test]
    fn choosing_needs_two_or_three_existing_plans() {
        let ids = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let all = ids(&["a", "b", "c", "d"]);
        assert_eq!(choose(&[], &ids(&["a"])), Err(Refusal::NeedTwoPlans));
        assert_eq!(
            choose(&ids(&["a"]), &ids(&["a"])),
            Err(Refusal::NeedTwoPlans)
        );
        assert_eq!(choose(&[], &all), Err(Refusal::PickTwoOrThree));
        assert_eq!(choose(&ids(&["b"]), &all), Err(Refusal::PickTwoOrThree));
        // A ticked plan that has gone meanwhile does not count.
        assert_eq!(
            choose(&ids(&["b", "gone"]), &all),
            Err(Refusal::PickTwoOrThree)
        );
        assert_eq!(choose(&ids(&["c", "a"]), &all), Ok(ids(&["a", "c"])));
        assert_eq!(
            choose(&ids(&["a", "b", "d"]), &all),
            Ok(ids(&["a", "b", "d"]))
        );
        assert_eq!(choose(&all, &all), Err(Refusal::TooMany));
        // Two or three plans kept and none ticked: all of them.
        assert_eq!(choose(&[], &ids(&["a", "b"])), Ok(ids(&["a", "b"])));
        assert_eq!(may_tick(2), Ok(()));
        assert_eq!(may_tick(3), Err(Refusal::TooMany));
        for r in [
            Refusal::NeedTwoPlans,
            Refusal::PickTwoOrThree,
            Refusal::TooMany,
        ] {
            for &l in Locale::ALL {
                assert!(!r.message(l).is_empty());
            }
        }
    }
}
