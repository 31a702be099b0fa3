//! The monthly check-in (issue #15 §4): what really happened in a month (each SMART target's
//! value, the hours and the ad money really spent) against the plan, and one change for next
//! month taken from the plan's own rules.
//!
//! Pure: the answers, the plan ([`Plan<Say>`]) and today in, a [`Review`] out.
//!
//! **Progress.** A target (a macro objective of the plan with the user's baseline and target)
//! has an expected path: a straight line from the baseline on the plan's first day to the
//! target on its deadline (the horizon). A month's value is compared with the path at the end
//! of that month. The share of the way covered is `(value − baseline) / (target − baseline)`,
//! so a target below its baseline (a cost per lead that should fall) works the same way with
//! both differences negative. A value is *on track* when its share is at least the share the
//! elapsed time calls for less [`TOLERANCE`] (ten points: a month's noise should not flag a
//! plan). A target's verdict is its latest value's; the plan is on track when no measured
//! target is behind.
//!
//! **One suggestion**, from the latest check-in, the first rule that applies
//! ([`Suggestion`] in this order): inputs before results, since results of a plan that was
//! not followed say little about the plan.
//! 1. more hours than planned (over [`HOURS_TOLERANCE`]) → cut the cadence of the channel the
//!    plan would give up first: the reverse of the order the engine spends hours in
//!    (`engine::channels`: growth cadence, then the extra discovery channels, then the main
//!    channel down to its minimum, then the companions; an extra discovery channel already
//!    at its minimum is paused). The main channel at its minimum is never cut;
//! 2. ads over the plan's monthly ads budget → cap them at the budget;
//! 3. a target behind for [`REVIEW_AFTER_MONTHS`] months in a row → the quarterly review's
//!    question, now;
//! 4. a target behind → keep the plan and check again next month;
//! 5. everything on track → keep the plan.
//!
//! Limits of a check-in live here, not in the fields table: that table is the
//! questionnaire's, one question step per field, and a check-in is asked by the plan.

use chrono::{Datelike, NaiveDate};

use crate::core::engine::channels::RoleKind;
use crate::core::engine::evidence::channel_facts;
use crate::core::engine::objectives::Level;
use crate::core::engine::text::T;
use crate::core::engine::{Plan, Say};
use crate::core::i18n::Label;
use crate::core::l10n::format::{count, date, list, money, month_year, number};
use crate::core::l10n::{Msg, fill, t};
use crate::core::model::{Answers, Channel, CheckIn, Goal, KpiValue, Locale};
use crate::core::validate::{MAX_FREE_TEXT, MAX_MONTHLY_BUDGET, format_number_in, parse_number};

/// Ten points of the way from baseline to target: below the path by less is still on track.
pub const TOLERANCE: f64 = 0.10;
/// Hours more than 15% above the plan's count for the month call for a cut.
pub const HOURS_TOLERANCE: f64 = 0.15;
/// Consecutive months behind after which the quarterly review is brought forward.
pub const REVIEW_AFTER_MONTHS: usize = 3;
/// Most hours in a month (31 days × 24 hours).
pub const MAX_MONTH_HOURS: f64 = 744.0;
/// Largest KPI value (a billion: larger is a typing slip for any small business's metric).
pub const MAX_KPI_VALUE: f64 = 1_000_000_000.0;

/// A calendar month, written "YYYY-MM".
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YearMonth {
    pub year: i32,
    pub month: u32,
}

impl YearMonth {
    /// The month `day` falls in.
    pub fn of(day: NaiveDate) -> Self {
        Self {
            year: day.year(),
            month: day.month(),
        }
    }

    /// Reads "YYYY-MM" (four digits, a dash, two digits, month 01–12, year 2000–2100).
    pub fn parse(text: &str) -> Option<Self> {
        let (y, m) = text.trim().split_once('-')?;
        if y.len() != 4 || m.len() != 2 || !(y.bytes().chain(m.bytes())).all(|b| b.is_ascii_digit())
        {
            return None;
        }
        let (year, month) = (y.parse().ok()?, m.parse().ok()?);
        ((2000..=2100).contains(&year) && (1..=12).contains(&month)).then_some(Self { year, month })
    }

    /// The first day of the month.
    pub fn first_day(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, self.month, 1).unwrap_or_default()
    }

    /// The month after.
    pub fn next(self) -> Self {
        if self.month == 12 {
            Self {
                year: self.year + 1,
                month: 1,
            }
        } else {
            Self {
                year: self.year,
                month: self.month + 1,
            }
        }
    }

    /// How many days the month has.
    pub fn days(self) -> i64 {
        (self.next().first_day() - self.first_day()).num_days()
    }

    /// "March 2027" in `locale`.
    pub fn name(self, locale: Locale) -> String {
        month_year(locale, self.year, self.month)
    }
}

impl std::fmt::Display for YearMonth {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

/// Whether a value, or a target, is where the plan expects it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    NoData,
    OnTrack,
    Behind,
}

impl Verdict {
    /// "on track", "behind", "no value yet".
    pub fn text(self, l: Locale) -> &'static str {
        t(
            l,
            match self {
                Verdict::NoData => Msg::CheckinNoData,
                Verdict::OnTrack => Msg::CheckinOnTrack,
                Verdict::Behind => Msg::CheckinBehind,
            },
        )
    }
}

/// One month's value of a target, with the path's value at the end of that month.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub month: YearMonth,
    pub value: f64,
    pub expected: f64,
    pub verdict: Verdict,
}

/// A SMART target over the months.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetProgress {
    pub goal: Goal,
    /// The objective's metric (the user's words, or the goal's main metric).
    pub metric: Say,
    pub baseline: f64,
    pub target: f64,
    /// The plan's first day and the objective's deadline: the path's two ends.
    pub start: NaiveDate,
    pub deadline: NaiveDate,
    /// The values entered, oldest month first.
    pub points: Vec<Point>,
    /// The latest point's verdict.
    pub verdict: Verdict,
}

impl TargetProgress {
    /// The path's value on `day` (the baseline before the start, the target after the
    /// deadline).
    pub fn expected_on(&self, day: NaiveDate) -> f64 {
        let whole = (self.deadline - self.start).num_days();
        let share = if whole <= 0 {
            1.0
        } else {
            ((day - self.start).num_days() as f64 / whole as f64).clamp(0.0, 1.0)
        };
        self.baseline + (self.target - self.baseline) * share
    }

    /// The path's value at the end of `month` (the first day of the next one).
    pub fn expected_at(&self, month: YearMonth) -> f64 {
        self.expected_on(month.next().first_day())
    }

    /// Whether `value` at the end of `month` is on the path (see the module's rule).
    pub fn judge(&self, month: YearMonth, value: f64) -> Verdict {
        let way = self.target - self.baseline;
        let expected = self.expected_at(month);
        if way == 0.0 {
            // Hold the line: on track while at the target or above it.
            return if value >= self.target {
                Verdict::OnTrack
            } else {
                Verdict::Behind
            };
        }
        let covered = (value - self.baseline) / way;
        let due = (expected - self.baseline) / way;
        if covered >= due - TOLERANCE {
            Verdict::OnTrack
        } else {
            Verdict::Behind
        }
    }

    /// The metric in `l`.
    pub fn metric_text(&self, l: Locale) -> String {
        self.metric.text(l)
    }

    /// True when the last `months` points are consecutive months, all behind.
    fn behind_for(&self, months: usize) -> bool {
        let n = self.points.len();
        n >= months
            && self.points[n - months..]
                .iter()
                .all(|p| p.verdict == Verdict::Behind)
            && self.points[n - months..]
                .windows(2)
                .all(|w| w[0].month.next() == w[1].month)
    }
}

/// Hours or ad money of one month: really spent against the plan's figure.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Spend {
    pub month: YearMonth,
    pub spent: f64,
    pub planned: f64,
}

/// The one change suggested for next month, in the order the rules are tried.
#[derive(Debug, Clone, PartialEq)]
pub enum Suggestion {
    /// No usable check-in yet.
    Nothing,
    /// More hours than planned: `channel` from `from` to `to` posts a week.
    CutCadence {
        hours: Spend,
        channel: Channel,
        from: u32,
        to: u32,
    },
    /// More hours than planned and nothing left to slow down: pause the last extra channel.
    PauseChannel { hours: Spend, channel: Channel },
    /// Ads over the monthly budget: cap them at the budget.
    CapAds { ads: Spend, currency: String },
    /// A target behind for three months in a row: the quarterly review, now.
    QuarterlyReview { metric: Say },
    /// A target behind, not yet for long: hold the course.
    Wait { metric: Say },
    /// Everything measured on track.
    Keep,
}

/// The check-ins read against the plan.
#[derive(Debug, Clone, PartialEq)]
pub struct Review {
    /// One per SMART target of the plan (a macro objective with a baseline and a target).
    pub targets: Vec<TargetProgress>,
    /// Behind when any measured target is behind; no data when none is measured.
    pub overall: Verdict,
    /// The plan's hours a week (its workload) and per month of each check-in that says.
    pub weekly_hours: f64,
    /// The latest check-in's month.
    pub latest: Option<YearMonth>,
    /// The latest check-in's hours and ads, when entered.
    pub hours: Option<Spend>,
    pub ads: Option<Spend>,
    pub suggestion: Suggestion,
}

/// The plan's SMART targets: its macro objectives with a baseline and a target.
pub fn targets(plan: &Plan<Say>) -> Vec<(Goal, Say, f64, f64, NaiveDate)> {
    plan.objectives
        .iter()
        .filter(|o| o.level == Level::Macro)
        .filter_map(|o| Some((o.goal, o.metric.clone(), o.baseline?, o.target?, o.deadline)))
        .collect()
}

/// The plan's hours for `month`: its weekly workload × the month's weeks.
pub fn planned_hours(plan: &Plan<Say>, month: YearMonth) -> f64 {
    let weekly = f64::from(plan.workload.minutes_needed) / 60.0;
    (weekly * month.days() as f64 / 7.0 * 10.0).round() / 10.0
}

/// The check-ins that count: a readable month within the plan's months up to today, the
/// last one written for a month (a duplicate is reported, not counted twice), oldest first.
pub fn usable(answers: &Answers, today: NaiveDate) -> Vec<(YearMonth, &CheckIn)> {
    let first = YearMonth::of(answers.calendar.start);
    let last = YearMonth::of(today);
    let mut out: Vec<(YearMonth, &CheckIn)> = Vec::new();
    for c in &answers.checkins {
        let Some(m) = YearMonth::parse(&c.month) else {
            continue;
        };
        if m < first || m > last {
            continue;
        }
        out.retain(|(other, _)| *other != m);
        out.push((m, c));
    }
    crate::core::order::sort_by_key(&mut out, |(m, _)| *m);
    out
}

/// Reads the check-ins of `answers` against `plan` on `today`.
pub fn review(answers: &Answers, plan: &Plan<Say>, today: NaiveDate) -> Review {
    let checkins = usable(answers, today);
    let start = answers.calendar.start;
    let targets: Vec<TargetProgress> = targets(plan)
        .into_iter()
        .map(|(goal, metric, baseline, target, deadline)| {
            let mut progress = TargetProgress {
                goal,
                metric,
                baseline,
                target,
                start,
                deadline,
                points: Vec::new(),
                verdict: Verdict::NoData,
            };
            for (month, c) in &checkins {
                if let Some(value) = c.kpi(goal).filter(|v| in_range(*v, MAX_KPI_VALUE)) {
                    let point = Point {
                        month: *month,
                        value,
                        expected: progress.expected_at(*month),
                        verdict: progress.judge(*month, value),
                    };
                    progress.points.push(point);
                }
            }
            progress.verdict = progress
                .points
                .last()
                .map_or(Verdict::NoData, |p| p.verdict);
            progress
        })
        .collect();
    let overall = if targets.iter().any(|p| p.verdict == Verdict::Behind) {
        Verdict::Behind
    } else if targets.iter().any(|p| p.verdict == Verdict::OnTrack) {
        Verdict::OnTrack
    } else {
        Verdict::NoData
    };
    let latest = checkins.last().copied();
    let hours = latest.and_then(|(month, c)| {
        c.hours_spent
            .filter(|v| in_range(*v, MAX_MONTH_HOURS))
            .map(|spent| Spend {
                month,
                spent,
                planned: planned_hours(plan, month),
            })
    });
    let ads = latest.and_then(|(month, c)| {
        c.ads_spent
            .filter(|v| in_range(*v, MAX_MONTHLY_BUDGET))
            .map(|spent| Spend {
                month,
                spent,
                planned: plan.budget.ads,
            })
    });
    let suggestion = suggest(plan, &targets, latest.is_some(), hours, ads);
    Review {
        targets,
        overall,
        weekly_hours: f64::from(plan.workload.minutes_needed) / 60.0,
        latest: latest.map(|(m, _)| m),
        hours,
        ads,
        suggestion,
    }
}

fn in_range(v: f64, max: f64) -> bool {
    v.is_finite() && (0.0..=max).contains(&v)
}

/// The rules of the module's doc, tried in order.
fn suggest(
    plan: &Plan<Say>,
    targets: &[TargetProgress],
    any: bool,
    hours: Option<Spend>,
    ads: Option<Spend>,
) -> Suggestion {
    if !any {
        return Suggestion::Nothing;
    }
    if let Some(h) = hours.filter(|h| h.spent > h.planned * (1.0 + HOURS_TOLERANCE)) {
        match first_cut(plan) {
            Some(Cut::Cadence { channel, from, to }) => {
                return Suggestion::CutCadence {
                    hours: h,
                    channel,
                    from,
                    to,
                };
            }
            Some(Cut::Pause(channel)) => {
                return Suggestion::PauseChannel { hours: h, channel };
            }
            None => {}
        }
    }
    if let Some(a) = ads.filter(|a| a.spent > a.planned + crate::core::validate::SPLIT_TOLERANCE) {
        return Suggestion::CapAds {
            ads: a,
            currency: plan.budget.currency.clone(),
        };
    }
    if let Some(p) = targets.iter().find(|p| p.behind_for(REVIEW_AFTER_MONTHS)) {
        return Suggestion::QuarterlyReview {
            metric: p.metric.clone(),
        };
    }
    if let Some(p) = targets.iter().find(|p| p.verdict == Verdict::Behind) {
        return Suggestion::Wait {
            metric: p.metric.clone(),
        };
    }
    Suggestion::Keep
}

/// What the plan gives up first when hours are short.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cut {
    Cadence {
        channel: Channel,
        from: u32,
        to: u32,
    },
    Pause(Channel),
}

/// The first cut, in the reverse of the order the engine spends hours in
/// (`engine::channels`): a channel above its published default cadence comes back to it;
/// then an extra discovery channel (the last added first), the main discovery channel and
/// the companions each lose one post a week down to their minimum; then an extra discovery
/// channel at its minimum is paused. `None` when only the main channel at its minimum is left.
pub fn first_cut(plan: &Plan<Say>) -> Option<Cut> {
    let channels = &plan.channels;
    let main = channels.iter().position(|c| c.kind == RoleKind::Discovery);
    let cadence = |c: Channel| channel_facts(c).cadence;
    // 5 → growth cadence and extra formats, spent last: given up first.
    if let Some(c) = channels
        .iter()
        .rev()
        .find(|c| c.posts_per_week > cadence(c.channel).default)
    {
        return Some(Cut::Cadence {
            channel: c.channel,
            from: c.posts_per_week,
            to: cadence(c.channel).default,
        });
    }
    let extra = |i: usize| Some(i) != main && channels[i].kind == RoleKind::Discovery;
    let companion = |i: usize| channels[i].kind != RoleKind::Discovery;
    // 4 → the extra discovery channels; 3 → the main one; 2 → the companions.
    let groups: [&dyn Fn(usize) -> bool; 3] = [&extra, &|i| Some(i) == main, &companion];
    for group in groups {
        if let Some(c) = (0..channels.len())
            .rev()
            .filter(|i| group(*i))
            .map(|i| &channels[i])
            .find(|c| c.posts_per_week > cadence(c.channel).min.max(1))
        {
            return Some(Cut::Cadence {
                channel: c.channel,
                from: c.posts_per_week,
                to: c.posts_per_week - 1,
            });
        }
    }
    (0..channels.len())
        .rev()
        .find(|i| extra(*i))
        .map(|i| Cut::Pause(channels[i].channel))
}

// ---------------------------------------------------------------------------------------
// Texts

fn num(l: Locale, v: f64) -> String {
    number(l, (v * 100.0).round() / 100.0)
}

fn hours_text(l: Locale, v: f64) -> String {
    count(
        l,
        (v * 10.0).round() / 10.0,
        Msg::PlanHoursOne,
        Msg::PlanHoursOther,
    )
}

impl Review {
    /// The overall verdict as a sentence.
    pub fn overall_text(&self, l: Locale) -> String {
        match self.overall {
            Verdict::NoData => t(l, Msg::CheckinOverallNoData).into(),
            Verdict::OnTrack => t(l, Msg::CheckinOverallOnTrack).into(),
            Verdict::Behind => {
                let behind: Vec<String> = self
                    .targets
                    .iter()
                    .filter(|p| p.verdict == Verdict::Behind)
                    .map(|p| p.metric_text(l))
                    .collect();
                fill(
                    l,
                    Msg::CheckinOverallBehind,
                    &[("targets", &list(l, &behind))],
                )
            }
        }
    }

    /// One sentence per target: its latest value against the path.
    pub fn target_lines(&self, l: Locale) -> Vec<String> {
        self.targets.iter().map(|p| target_line(p, l)).collect()
    }

    /// The latest month's hours and ads, as sentences (those entered).
    pub fn spend_lines(&self, l: Locale, currency: &str) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(h) = self.hours {
            out.push(fill(
                l,
                Msg::CheckinHoursLine,
                &[
                    ("month", &h.month.name(l)),
                    ("spent", &hours_text(l, h.spent)),
                    ("planned", &hours_text(l, h.planned)),
                    ("weekly", &hours_text(l, self.weekly_hours)),
                ],
            ));
        }
        if let Some(a) = self.ads {
            out.push(fill(
                l,
                Msg::CheckinAdsLine,
                &[
                    ("month", &a.month.name(l)),
                    ("spent", &money(l, a.spent, currency)),
                    ("budget", &money(l, a.planned, currency)),
                ],
            ));
        }
        out
    }

    /// The one suggestion, as a sentence.
    pub fn suggestion_text(&self, l: Locale) -> String {
        suggestion_text(&self.suggestion, l)
    }
}

/// "Reach: 1,200 in March 2027, the expected path says 1,100 (…): on track."
pub fn target_line(p: &TargetProgress, l: Locale) -> String {
    let deadline = date(l, p.deadline);
    let Some(last) = p.points.last() else {
        return fill(
            l,
            Msg::CheckinTargetWaiting,
            &[
                ("metric", &p.metric_text(l)),
                ("target", &num(l, p.target)),
                ("deadline", &deadline),
            ],
        );
    };
    fill(
        l,
        Msg::CheckinTargetLine,
        &[
            ("metric", &p.metric_text(l)),
            ("value", &num(l, last.value)),
            ("month", &last.month.name(l)),
            ("expected", &num(l, last.expected)),
            ("target", &num(l, p.target)),
            ("deadline", &deadline),
            ("verdict", last.verdict.text(l)),
        ],
    )
}

/// The suggestion as a sentence in `l`.
pub fn suggestion_text(s: &Suggestion, l: Locale) -> String {
    let spent = |h: &Spend| {
        [
            ("month", h.month.name(l)),
            ("spent", hours_text(l, h.spent)),
            ("planned", hours_text(l, h.planned)),
        ]
    };
    match s {
        Suggestion::Nothing => t(l, Msg::CheckinSuggestNone).into(),
        Suggestion::CutCadence {
            hours,
            channel,
            from,
            to,
        } => {
            let [m, s, p] = spent(hours);
            let (from, to) = (number(l, f64::from(*from)), number(l, f64::from(*to)));
            fill(
                l,
                Msg::CheckinSuggestCut,
                &[
                    (m.0, &m.1),
                    (s.0, &s.1),
                    (p.0, &p.1),
                    ("channel", channel.label(l)),
                    ("from", &from),
                    ("to", &to),
                ],
            )
        }
        Suggestion::PauseChannel { hours, channel } => {
            let [m, s, p] = spent(hours);
            fill(
                l,
                Msg::CheckinSuggestPause,
                &[
                    (m.0, &m.1),
                    (s.0, &s.1),
                    (p.0, &p.1),
                    ("channel", channel.label(l)),
                ],
            )
        }
        Suggestion::CapAds { ads, currency } => fill(
            l,
            Msg::CheckinSuggestCap,
            &[
                ("month", &ads.month.name(l)),
                ("spent", &money(l, ads.spent, currency)),
                ("budget", &money(l, ads.planned, currency)),
            ],
        ),
        Suggestion::QuarterlyReview { metric } => fill(
            l,
            Msg::CheckinSuggestReview,
            &[
                ("metric", &metric.text(l)),
                ("question", &T::ReviewQuarterlyWhat.text(l)),
            ],
        ),
        Suggestion::Wait { metric } => {
            fill(l, Msg::CheckinSuggestWait, &[("metric", &metric.text(l))])
        }
        Suggestion::Keep => t(l, Msg::CheckinSuggestKeep).into(),
    }
}

/// The "how it is decided" note, with the tolerance in points.
pub fn how_decided(l: Locale) -> String {
    fill(
        l,
        Msg::CheckinHowDecided,
        &[("tolerance", &number(l, TOLERANCE * 100.0))],
    )
}

// ---------------------------------------------------------------------------------------
// The form: what was typed, checked before it reaches the answers.

/// Which box of the check-in form a message belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    Month,
    Kpi(Goal),
    Hours,
    Ads,
    Note,
}

/// The check-in form as typed (numbers still text, so a bad one is kept and reported).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Draft {
    pub month: String,
    pub kpis: Vec<(Goal, String)>,
    pub hours: String,
    pub ads: String,
    pub note: String,
}

impl Draft {
    /// The form for a new check-in of `month`, one empty box per target of the plan.
    pub fn new(month: YearMonth, plan: &Plan<Say>) -> Self {
        Self {
            month: month.to_string(),
            kpis: targets(plan)
                .into_iter()
                .map(|(g, ..)| (g, String::new()))
                .collect(),
            ..Self::default()
        }
    }

    /// The form filled with a saved check-in, numbers written in `l`'s way.
    pub fn of(c: &CheckIn, plan: &Plan<Say>, l: Locale) -> Self {
        let write = |v: Option<f64>| v.map(|v| format_number_in(l, v)).unwrap_or_default();
        Self {
            month: c.month.clone(),
            kpis: targets(plan)
                .into_iter()
                .map(|(g, ..)| (g, write(c.kpi(g))))
                .collect(),
            hours: write(c.hours_spent),
            ads: write(c.ads_spent),
            note: c.note.clone(),
        }
    }
}

/// A box that holds text but no number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotANumber;

/// Reads a number as people type it ([`parse_number`]); `Ok(None)` for an empty box.
pub fn parse_typed(text: &str) -> Result<Option<f64>, NotANumber> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    parse_number(text).map(Some).ok_or(NotANumber)
}

/// Reads the form: the check-in to save, or a message per box that is wrong (nothing is
/// saved then). `editing` is the index in `answers.checkins` being changed, if any.
pub fn read_draft(
    draft: &Draft,
    editing: Option<usize>,
    answers: &Answers,
    today: NaiveDate,
) -> Result<CheckIn, Vec<(Slot, String)>> {
    let l = answers.locale;
    let mut issues = Vec::new();
    // A box that holds no number is reported here, as typed; the ranges, the month and the
    // note are `check`'s, the same rules as a check-in read from a file.
    let mut number_in = |slot: Slot, text: &str| {
        parse_typed(text).unwrap_or_else(|NotANumber| {
            issues.push((slot, t(l, Msg::ValidNotANumber).into()));
            None
        })
    };
    let mut kpis = Vec::new();
    for (goal, text) in &draft.kpis {
        if let Some(value) = number_in(Slot::Kpi(*goal), text) {
            kpis.push(KpiValue { goal: *goal, value });
        }
    }
    let hours_spent = number_in(Slot::Hours, &draft.hours);
    let ads_spent = number_in(Slot::Ads, &draft.ads);
    let checkin = CheckIn {
        month: draft.month.trim().to_owned(),
        kpis,
        hours_spent,
        ads_spent,
        note: draft.note.trim().to_owned(),
    };
    issues.extend(check(&checkin, editing, answers, today));
    if issues.is_empty() {
        Ok(checkin)
    } else {
        Err(issues)
    }
}

/// What is wrong with check-in `c` (the one at `index` in the answers, or a new one when
/// `None`): a month not "YYYY-MM", before the plan's first month or after today's, one
/// another check-in already has; numbers negative or too large; a note too long.
pub fn check(
    c: &CheckIn,
    index: Option<usize>,
    answers: &Answers,
    today: NaiveDate,
) -> Vec<(Slot, String)> {
    let l = answers.locale;
    let mut out = Vec::new();
    match YearMonth::parse(&c.month) {
        None => out.push((
            Slot::Month,
            fill(l, Msg::CheckinMonthFormat, &[("now", &c.month)]),
        )),
        Some(m) => {
            let first = YearMonth::of(answers.calendar.start);
            if m < first {
                out.push((
                    Slot::Month,
                    fill(
                        l,
                        Msg::CheckinMonthBeforeStart,
                        &[("start", &first.name(l))],
                    ),
                ));
            } else if m > YearMonth::of(today) {
                out.push((
                    Slot::Month,
                    fill(l, Msg::CheckinMonthFuture, &[("month", &m.name(l))]),
                ));
            } else if answers
                .checkins
                .iter()
                .enumerate()
                .any(|(i, other)| Some(i) != index && YearMonth::parse(&other.month) == Some(m))
            {
                out.push((
                    Slot::Month,
                    fill(l, Msg::CheckinMonthDuplicate, &[("month", &m.name(l))]),
                ));
            }
        }
    }
    let mut range = |slot: Slot, v: Option<f64>, max: f64, key: Msg| {
        if let Some(v) = v.filter(|v| !in_range(*v, max)) {
            let now = if v.is_finite() {
                number(l, v)
            } else {
                v.to_string()
            };
            out.push((
                slot,
                fill(
                    l,
                    key,
                    &[
                        ("min", &number(l, 0.0)),
                        ("max", &number(l, max)),
                        ("now", &now),
                    ],
                ),
            ));
        }
    };
    for k in &c.kpis {
        range(
            Slot::Kpi(k.goal),
            Some(k.value),
            MAX_KPI_VALUE,
            Msg::CheckinValueRange,
        );
    }
    range(
        Slot::Hours,
        c.hours_spent,
        MAX_MONTH_HOURS,
        Msg::CheckinHoursRange,
    );
    range(
        Slot::Ads,
        c.ads_spent,
        MAX_MONTHLY_BUDGET,
        Msg::ValidMoneyRange,
    );
    let chars = c.note.chars().count();
    if chars > MAX_FREE_TEXT {
        out.push((
            Slot::Note,
            fill(
                l,
                Msg::ValidTooLong,
                &[
                    ("max", &number(l, MAX_FREE_TEXT as f64)),
                    ("now", &number(l, chars as f64)),
                ],
            ),
        ));
    }
    out
}

/// Saves `c` into `answers`: over the check-in at `editing`, or added; the list stays in
/// month order.
pub fn save(answers: &mut Answers, editing: Option<usize>, c: CheckIn) {
    match editing.filter(|i| *i < answers.checkins.len()) {
        Some(i) => answers.checkins[i] = c,
        None => answers.checkins.push(c),
    }
    crate::core::order::sort_by(&mut answers.checkins, |a, b| a.month.cmp(&b.month));
}

#[cfg(test)]
mod tests;

/// The check-ins as a document section (the Markdown export): a table with a row per
/// check-in, the verdict, each target's line, the month's hours and ads, the suggestion.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    pub title: String,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
    pub verdict_label: String,
    pub verdict: String,
    pub lines: Vec<String>,
    pub suggestion_title: String,
    pub suggestion: String,
    pub rules: String,
}

/// The section of `answers`' check-ins read as `review` against `plan`; `None` without any.
pub fn section(answers: &Answers, plan: &Plan<Say>, review: &Review, l: Locale) -> Option<Section> {
    if answers.checkins.is_empty() {
        return None;
    }
    let currency = plan.budget.currency.as_str();
    let dash = || "—".to_string();
    let goals = targets(plan);
    let mut headers = vec![t(l, Msg::CheckinTableMonth).to_string()];
    headers.extend(goals.iter().map(|(_, metric, ..)| metric.text(l)));
    headers.push(t(l, Msg::CheckinTableHours).into());
    headers.push(t(l, Msg::CheckinTableAds).into());
    headers.push(t(l, Msg::CheckinTableNote).into());
    let rows = answers
        .checkins
        .iter()
        .map(|c| {
            let month = YearMonth::parse(&c.month);
            let mut row = vec![month.map_or_else(|| c.month.clone(), |m| m.name(l))];
            row.extend(
                goals
                    .iter()
                    .map(|(g, ..)| c.kpi(*g).map_or_else(dash, |v| num(l, v))),
            );
            let planned = month.map_or_else(dash, |m| hours_text(l, planned_hours(plan, m)));
            row.push(format!(
                "{} / {planned}",
                c.hours_spent.map_or_else(dash, |v| hours_text(l, v))
            ));
            row.push(format!(
                "{} / {}",
                c.ads_spent.map_or_else(dash, |v| money(l, v, currency)),
                money(l, plan.budget.ads, currency)
            ));
            row.push(c.note.clone());
            row
        })
        .collect();
    let mut lines = review.target_lines(l);
    lines.extend(review.spend_lines(l, currency));
    Some(Section {
        title: t(l, Msg::CheckinMdTitle).into(),
        headers,
        rows,
        verdict_label: t(l, Msg::CheckinMdVerdict).into(),
        verdict: review.overall_text(l),
        lines,
        suggestion_title: t(l, Msg::CheckinSuggestTitle).into(),
        suggestion: review.suggestion_text(l),
        rules: t(l, Msg::CheckinRules).into(),
    })
}
