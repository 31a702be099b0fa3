//! Strategy on a page (issue #14 §3): the one-screen summary that opens the Plan step and is
//! page 1 of the print. It decides nothing new: it picks, from a rendered [`Plan`], what a
//! reader needs first (channels and cadence, the objective that matters, the weekly hours,
//! the monthly budget split, the next four weeks' posts, the top warning) and writes it in
//! the plan's language, numbers, money and dates through `l10n::format`.

use chrono::{Datelike, Days, NaiveDate};

use super::calendar::EntryKind;
use super::engine::objectives::Level;
use super::engine::{Plan, WarningCode, WarningSeverity};
use super::i18n::{Label, posts_per_week};
use super::l10n::{Msg, fill, format, t};
use super::model::{Channel, Locale};

/// How many days "the next four weeks" covers.
pub const WINDOW_DAYS: u64 = 28;

/// How many of those posts the screen shows (two columns of seven lines keep the summary on
/// one 1280×800 screen with four channels); the print shows them all.
pub const SCREEN_POSTS: usize = 14;

/// The summary, every text already in the plan's language.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    pub channels: Vec<ChannelLine>,
    /// The primary objective (the first business-level one); `None` when the plan has none.
    pub objective: Option<ObjectiveLine>,
    pub hours: HoursLine,
    pub budget: BudgetLine,
    /// The first day of the window: today, or the calendar's first day when it starts later.
    pub from: NaiveDate,
    /// The posts dated `from` to `from` + 27 days, in calendar order.
    pub posts: Vec<PostLine>,
    /// When there are more than [`SCREEN_POSTS`]: "and 22 more posts in the calendar below",
    /// said on screen under the first [`SCREEN_POSTS`].
    pub more_posts: Option<String>,
    /// The most severe warning (the first of the most severe ones), if any.
    pub top_warning: Option<TopWarning>,
}

/// A chosen channel and how often it posts.
#[derive(Debug, Clone, PartialEq)]
pub struct ChannelLine {
    pub channel: Channel,
    pub name: String,
    pub posts_per_week: u32,
    /// "3 posts a week".
    pub cadence: String,
}

/// The objective that matters.
#[derive(Debug, Clone, PartialEq)]
pub struct ObjectiveLine {
    /// The goal's name, e.g. "Leads".
    pub goal: String,
    pub metric: String,
    /// The target with its deadline, as the plan words it ("From 10 to 25 by 6 March 2028.").
    pub target: String,
}

/// The hours a week the plan needs next to those available.
#[derive(Debug, Clone, PartialEq)]
pub struct HoursLine {
    /// "2.5 hours needed, 3 hours available".
    pub text: String,
    /// True when the plan fits in the time available.
    pub fits: bool,
}

/// The monthly budget and its split.
#[derive(Debug, Clone, PartialEq)]
pub struct BudgetLine {
    /// The monthly amount, e.g. "300 GBP"; for no budget, the sentence saying so.
    pub total: String,
    /// Ads, content, management, tools with their amounts; empty when the budget is 0.
    pub parts: Vec<BudgetPart>,
}

/// One part of the budget split.
#[derive(Debug, Clone, PartialEq)]
pub struct BudgetPart {
    /// "ads", "content", "management", "tools" (for styling and tests).
    pub key: &'static str,
    pub label: &'static str,
    pub amount: String,
}

/// One post of the next four weeks.
#[derive(Debug, Clone, PartialEq)]
pub struct PostLine {
    pub date: NaiveDate,
    /// "Mon 06/09".
    pub when: String,
    pub channel: Option<Channel>,
    pub channel_name: String,
    pub title: String,
}

/// The warning to read first.
#[derive(Debug, Clone, PartialEq)]
pub struct TopWarning {
    pub code: WarningCode,
    pub severity: WarningSeverity,
    pub message: String,
    /// "and 2 more warnings below"; `None` when it is the only one.
    pub more: Option<String>,
}

/// The summary of `plan` as of `today` (a parameter: the core has no clock).
pub fn summary(plan: &Plan, today: NaiveDate) -> Summary {
    let l = plan.locale;
    let posts = next_posts(plan, today);
    let more_posts = (posts.len() > SCREEN_POSTS).then(|| {
        format::count(
            l,
            (posts.len() - SCREEN_POSTS) as f64,
            Msg::SummaryMorePostsOne,
            Msg::SummaryMorePostsOther,
        )
    });
    Summary {
        channels: plan
            .channels
            .iter()
            .map(|c| ChannelLine {
                channel: c.channel,
                name: c.name.clone(),
                posts_per_week: c.posts_per_week,
                cadence: format!(
                    "{} {}",
                    format::number(l, f64::from(c.posts_per_week)),
                    posts_per_week(l, c.posts_per_week)
                ),
            })
            .collect(),
        objective: plan
            .objectives
            .iter()
            .find(|o| o.level == Level::Macro)
            .map(|o| ObjectiveLine {
                goal: o.goal.label(l).to_string(),
                metric: o.metric.clone(),
                target: o.target_note.clone(),
            }),
        hours: hours(
            l,
            plan.workload.minutes_needed,
            plan.workload.minutes_available,
        ),
        budget: budget(plan),
        from: window_start(plan, today),
        posts,
        more_posts,
        top_warning: top_warning(plan),
    }
}

/// Minutes as hours to the tenth, "2.5 hours" ("2,5 ore"), through the plural rule.
pub(crate) fn hours_text(l: Locale, minutes: u32) -> String {
    let tenths = (f64::from(minutes) / 6.0).round() / 10.0;
    format::count(l, tenths, Msg::PlanHoursOne, Msg::PlanHoursOther)
}

fn hours(l: Locale, needed: u32, available: u32) -> HoursLine {
    HoursLine {
        text: fill(
            l,
            Msg::SummaryHoursLine,
            &[
                ("needed", &hours_text(l, needed)),
                ("available", &hours_text(l, available)),
            ],
        ),
        fits: needed <= available,
    }
}

fn budget(plan: &Plan) -> BudgetLine {
    let (l, b) = (plan.locale, &plan.budget);
    // A budget of 0 (or an unreadable one) has no split worth showing: four zeros say less
    // than one sentence.
    if b.monthly.is_nan() || b.monthly <= 0.0 {
        return BudgetLine {
            total: t(l, Msg::SummaryNoBudget).to_string(),
            parts: Vec::new(),
        };
    }
    BudgetLine {
        total: format::money(l, b.monthly, &b.currency),
        parts: b
            .parts()
            .into_iter()
            .map(|(key, label, amount)| BudgetPart {
                key,
                label: t(l, label),
                amount: format::money(l, amount, &b.currency),
            })
            .collect(),
    }
}

/// Today, or the calendar's first day when the calendar starts later (a plan made in
/// advance shows its first four weeks, not four empty ones).
pub fn window_start(plan: &Plan, today: NaiveDate) -> NaiveDate {
    plan.calendar
        .iter()
        .map(|e| e.date)
        .min()
        .map_or(today, |first| first.max(today))
}

/// The posts of the four weeks from [`window_start`].
fn next_posts(plan: &Plan, today: NaiveDate) -> Vec<PostLine> {
    let l = plan.locale;
    let from = window_start(plan, today);
    let end = from.checked_add_days(Days::new(WINDOW_DAYS));
    plan.calendar
        .iter()
        .filter(|e| {
            e.kind == EntryKind::Post && e.date >= from && end.is_none_or(|end| e.date < end)
        })
        .map(|e| PostLine {
            date: e.date,
            when: format!(
                "{} {}",
                format::weekday_short(l, e.date.weekday()),
                format::day_month_figures(l, e.date)
            ),
            channel: e.channel,
            channel_name: e
                .channel
                .map(|c| c.label(l).to_string())
                .unwrap_or_default(),
            title: e.title.clone(),
        })
        .collect()
}

/// The most severe warning; among equally severe ones, the first (the engine lists them in
/// the order they matter).
fn top_warning(plan: &Plan) -> Option<TopWarning> {
    let l = plan.locale;
    // `min_by_key` keeps the first of equal minima; Critical sorts before Warning and Info.
    let top = plan.warnings.iter().min_by_key(|w| w.severity)?;
    let others = plan.warnings.len() - 1;
    Some(TopWarning {
        code: top.code,
        severity: top.severity,
        message: top.message.clone(),
        more: (others > 0).then(|| {
            format::count(
                l,
                others as f64,
                Msg::SummaryMoreWarningsOne,
                Msg::SummaryMoreWarningsOther,
            )
        }),
    })
}

/// `text` as a CSS string in double quotes: quotes and backslashes escaped, control
/// characters (a newline, say) as hex escapes, so a business name cannot end the string and
/// write CSS of its own.
pub fn css_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => {
                // "\a " (the space ends the escape, and is eaten by it).
                out.push_str(&format!("\\{:x} ", u32::from(c)));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The print's running header: the plan's title (with the business name) at the top left and
/// the date at the top right, as an `@page` rule for the browser's CSSOM (the page numbers
/// are in `style/print.css`; these two change with the plan and the day).
pub fn print_header_rule(plan: &Plan, today: NaiveDate) -> String {
    let printed = fill(
        plan.locale,
        Msg::PrintPrinted,
        &[("date", &format::date(plan.locale, today))],
    );
    format!(
        "@page {{ @top-left {{ content: {}; }} @top-right {{ content: {}; }} }}",
        css_string(&plan.title),
        css_string(&printed)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::engine::{Warning, build_plan};
    use crate::core::fields::Field;
    use crate::core::model::{Answers, Goal};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    /// The gym of the print test: one channel (Instagram), 12 weeks from Monday 6 Sept 2027.
    fn gym() -> Answers {
        let mut a = Answers::from_json(include_str!(
            "../../e2e/fixtures/wizard/gym-one-channel-en.json"
        ))
        .expect("fixture");
        a.locale = Locale::En;
        a
    }

    fn warning(code: WarningCode, severity: WarningSeverity, message: &str) -> Warning {
        Warning {
            code,
            severity,
            field: Field::ResourcesHoursPerWeek.into(),
            message: message.into(),
        }
    }

    #[test]
    fn one_channel_plan_on_a_page() {
        let plan = build_plan(&gym(), d(2027, 9, 1));
        let s = summary(&plan, d(2027, 9, 1));
        assert_eq!(s.channels.len(), 1);
        assert_eq!(s.channels[0].channel, Channel::Instagram);
        assert_eq!(s.channels[0].cadence, "3 posts a week");
        let objective = s.objective.expect("a primary objective");
        assert_eq!(objective.goal, Goal::Leads.label(Locale::En));
        assert_eq!(objective.metric, "trial bookings a month");
        assert!(objective.target.contains("25"), "{}", objective.target);
        assert!(s.hours.fits);
        assert!(
            s.hours.text.ends_with("3 hours available"),
            "{}",
            s.hours.text
        );
        assert_eq!(s.budget.total, "300 GBP");
        assert_eq!(
            s.budget.parts.iter().map(|p| p.key).collect::<Vec<_>>(),
            ["ads", "content", "management", "tools"]
        );
        assert!(s.top_warning.is_none(), "{:?}", s.top_warning);
    }

    #[test]
    fn the_window_starts_at_the_calendar_when_it_starts_later() {
        // Today is before the calendar: the window is the calendar's first four weeks.
        let plan = build_plan(&gym(), d(2027, 9, 1));
        let s = summary(&plan, d(2027, 9, 1));
        assert_eq!(s.from, d(2027, 9, 6));
        assert_eq!(s.posts.first().map(|p| p.date), Some(d(2027, 9, 6)));
        assert!(s.posts.iter().all(|p| p.date < d(2027, 10, 4)));
        // Three posts a week for four weeks: every post of those weeks, and only posts.
        let expected = plan
            .calendar
            .iter()
            .filter(|e| e.kind == EntryKind::Post && e.date < d(2027, 10, 4))
            .count();
        assert_eq!(s.posts.len(), expected);
        assert!((11..=13).contains(&s.posts.len()), "{}", s.posts.len());
        assert!(
            s.posts
                .iter()
                .all(|p| p.channel == Some(Channel::Instagram))
        );
        assert_eq!(s.posts[0].when, "Mon 06/09");
        assert_eq!(s.more_posts, None, "{} posts fit the screen", s.posts.len());
    }

    #[test]
    fn more_posts_than_the_screen_holds_are_counted() {
        // Four channels, nine posts a week: 36 in four weeks, 14 on screen.
        let mut a = gym();
        a.channels.refused.clear();
        a.resources.hours_per_week = 8.0;
        let plan = build_plan(&a, d(2027, 9, 1));
        let s = summary(&plan, d(2027, 9, 1));
        assert!(s.channels.len() > 1);
        assert!(s.posts.len() > SCREEN_POSTS, "{}", s.posts.len());
        let more = s.posts.len() - SCREEN_POSTS;
        assert_eq!(
            s.more_posts,
            Some(format!("and {more} more posts in the calendar below"))
        );
    }

    #[test]
    fn the_window_follows_today_inside_the_calendar() {
        let plan = build_plan(&gym(), d(2027, 9, 1));
        let today = d(2027, 10, 20);
        let s = summary(&plan, today);
        assert_eq!(s.from, today);
        assert!(!s.posts.is_empty());
        assert!(
            s.posts
                .iter()
                .all(|p| p.date >= today && p.date < d(2027, 11, 17))
        );
        // Posts on the window's last day are in, those the day after are out.
        let last_in = plan
            .calendar
            .iter()
            .filter(|e| e.kind == EntryKind::Post && e.date >= today && e.date < d(2027, 11, 17))
            .count();
        assert_eq!(s.posts.len(), last_in);
    }

    #[test]
    fn after_the_calendar_there_are_no_posts() {
        let plan = build_plan(&gym(), d(2027, 9, 1));
        let s = summary(&plan, d(2028, 6, 1));
        assert!(s.posts.is_empty());
    }

    #[test]
    fn a_budget_of_zero_says_so_instead_of_four_zeros() {
        let mut a = gym();
        a.budget.monthly = 0.0;
        let plan = build_plan(&a, d(2027, 9, 1));
        let s = summary(&plan, d(2027, 9, 1));
        assert!(s.budget.parts.is_empty());
        assert_eq!(s.budget.total, t(Locale::En, Msg::SummaryNoBudget));
    }

    #[test]
    fn the_top_warning_is_the_most_severe_then_the_first() {
        let mut plan = build_plan(&gym(), d(2027, 9, 1));
        plan.warnings = vec![
            warning(
                WarningCode::NoConversionTracking,
                WarningSeverity::Info,
                "info",
            ),
            warning(
                WarningCode::SplitMismatch,
                WarningSeverity::Warning,
                "first warning",
            ),
            warning(
                WarningCode::TooLittleTime,
                WarningSeverity::Critical,
                "first critical",
            ),
            warning(
                WarningCode::VanityGoal,
                WarningSeverity::Critical,
                "second critical",
            ),
        ];
        let top = summary(&plan, d(2027, 9, 1)).top_warning.unwrap();
        assert_eq!(top.message, "first critical");
        assert_eq!(top.severity, WarningSeverity::Critical);
        assert_eq!(top.more.as_deref(), Some("and 3 more warnings below"));

        plan.warnings.truncate(2);
        let top = summary(&plan, d(2027, 9, 1)).top_warning.unwrap();
        assert_eq!(top.message, "first warning");
        assert_eq!(top.more.as_deref(), Some("and 1 more warning below"));

        plan.warnings.truncate(1);
        let top = summary(&plan, d(2027, 9, 1)).top_warning.unwrap();
        assert_eq!(top.message, "info");
        assert_eq!(top.more, None);
    }

    #[test]
    fn no_warnings_no_top_warning() {
        let mut plan = build_plan(&gym(), d(2027, 9, 1));
        plan.warnings.clear();
        assert_eq!(summary(&plan, d(2027, 9, 1)).top_warning, None);
    }

    #[test]
    fn hours_that_do_not_fit_are_flagged() {
        let mut a = gym();
        a.resources.hours_per_week = 0.5;
        let plan = build_plan(&a, d(2027, 9, 1));
        let s = summary(&plan, d(2027, 9, 1));
        assert!(!s.hours.fits, "{}", s.hours.text);
        assert!(
            s.hours.text.ends_with("0.5 hours available"),
            "{}",
            s.hours.text
        );
    }

    #[test]
    fn texts_follow_the_plan_language() {
        let mut a = gym();
        a.locale = Locale::It;
        let plan = build_plan(&a, d(2027, 9, 1));
        let s = summary(&plan, d(2027, 9, 1));
        assert_eq!(s.channels[0].cadence, "3 post a settimana");
        assert!(s.hours.text.contains("necessarie"), "{}", s.hours.text);
        assert_eq!(s.posts[0].when, "lun 06/09");
    }
    #[test]
    fn css_strings_cannot_be_broken_out_of() {
        assert_eq!(css_string("Forno Rossi"), "\"Forno Rossi\"");
        assert_eq!(
            css_string(r#"Kettle & Co "Gym""#),
            r#""Kettle & Co \"Gym\"""#
        );
        assert_eq!(css_string(r"a\b"), r#""a\\b""#);
        assert_eq!(css_string("a\nb"), "\"a\\a b\"");
        assert_eq!(
            css_string("x\"; } body { display: none"),
            "\"x\\\"; } body { display: none\""
        );
    }

    #[test]
    fn the_print_header_names_the_business_and_the_date() {
        let plan = build_plan(&gym(), d(2027, 9, 1));
        let rule = print_header_rule(&plan, d(2026, 12, 1));
        assert!(
            rule.starts_with("@page { @top-left { content: \""),
            "{rule}"
        );
        assert!(rule.contains(r#"Kettle & Co \"Gym\""#), "{rule}");
        assert!(rule.contains("Printed on 1 December 2026"), "{rule}");
    }
}
