//! Checks the answers against the limits of DESIGN §4 and reports problems in the user's
//! language, field by field.
//!
//! Validation never changes the answers (nothing the user typed is thrown away): it only
//! lists [`Issue`]s. Errors are hard limits the plan cannot be built or shared with;
//! warnings point at answers a user should look at but may leave as they are.
//! Lengths are counted in characters (Unicode scalar values), not bytes, so "è" counts once.
//!
//! The limits come from the fields table ([`crate::core::fields`]); the messages from the
//! catalogue (`## Fields`, keys `Valid…`), numbers written by [`format::number`].

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use crate::core::fields::{Field, FieldPath, Kind};
pub use crate::core::fields::{MAX_FREE_TEXT, MAX_MONTHLY_BUDGET, MAX_NAME};
use crate::core::l10n::{Msg as M, fill, format, t};
use crate::core::model::{Answers, Locale};

/// A number limit of the fields table (`0.0` when the field has none).
const fn min_of(field: Field) -> f64 {
    match field.limits().min {
        Some(v) => v,
        None => 0.0,
    }
}

/// A number limit of the fields table (`0.0` when the field has none).
const fn max_of(field: Field) -> f64 {
    match field.limits().max {
        Some(v) => v,
        None => 0.0,
    }
}

/// Fewest hours per week a plan can be built on.
pub const MIN_HOURS_PER_WEEK: f64 = min_of(Field::ResourcesHoursPerWeek);
/// Most hours per week (two full-time people).
pub const MAX_HOURS_PER_WEEK: f64 = max_of(Field::ResourcesHoursPerWeek);
/// Largest hourly value of the owner's time.
pub const MAX_HOURLY_VALUE: f64 = max_of(Field::BudgetHourlyValue);
/// Shortest calendar, in weeks.
pub const MIN_WEEKS: u32 = min_of(Field::CalendarWeeks) as u32;
/// Longest calendar, in weeks.
pub const MAX_WEEKS: u32 = max_of(Field::CalendarWeeks) as u32;
/// First year a date may fall in (holidays are computed for these years).
pub const FIRST_YEAR: i32 = min_of(Field::CalendarStart) as i32;
/// Last year a date may fall in.
pub const LAST_YEAR: i32 = max_of(Field::CalendarStart) as i32;
/// The horizons the plan supports, in months.
pub const HORIZONS: [u32; 3] = [3, 6, 12];
/// How far the budget split may be from the monthly amount before it "does not add up"
/// (half a currency unit, so rounding to whole euros never triggers it).
pub const SPLIT_TOLERANCE: f64 = 0.5;

/// How serious an issue is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// A hard limit: the plan is not built from (or shared with) this value.
    Error,
    /// Worth a look; the user may go on.
    Warning,
}

/// One problem with one field of the answers.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Issue {
    /// The field in the answers, e.g. `business.name`, `business.competitors[2]`,
    /// `calendar.key_dates[0].name`, `budget.split`, `resources.hours_per_week` (written as
    /// that string).
    pub path: FieldPath,
    /// Stable code, one of [`CODES`].
    pub code: &'static str,
    pub severity: Severity,
    /// What is wrong and what is allowed, in the answers' locale.
    pub message: String,
}

/// Every code [`validate`] can report.
pub const CODES: &[&str] = &[
    "too_long",
    "required",
    "out_of_range",
    "too_many",
    "duplicate",
    "split_mismatch",
    "not_a_number",
    "invalid_format",
    "same_as_primary",
    "outside_calendar",
    "unused_target",
    "conflict",
];

/// Checks every answer; returns errors and warnings in the order of the questionnaire.
/// Never panics, whatever the answers hold.
pub fn validate(answers: &Answers) -> Vec<Issue> {
    let mut v = Validator {
        locale: answers.locale,
        issues: Vec::new(),
    };
    v.business(answers);
    v.goals(answers);
    v.audience(answers);
    v.channels(answers);
    v.resources(answers);
    v.budget(answers);
    v.calendar(answers);
    v.issues
}

/// True when the answers have no error (warnings allowed).
pub fn has_errors(issues: &[Issue]) -> bool {
    issues.iter().any(|i| i.severity == Severity::Error)
}

/// Collects issues while walking the answers.
struct Validator {
    locale: Locale,
    issues: Vec<Issue>,
}

impl Validator {
    fn push(&mut self, path: impl Into<FieldPath>, severity: Severity, msg: Msg) {
        self.issues.push(Issue {
            path: path.into(),
            code: msg.code(),
            severity,
            message: msg.text(self.locale),
        });
    }

    fn error(&mut self, path: impl Into<FieldPath>, msg: Msg) {
        self.push(path, Severity::Error, msg);
    }

    fn warning(&mut self, path: impl Into<FieldPath>, msg: Msg) {
        self.push(path, Severity::Warning, msg);
    }

    /// Error when `text` is longer than the field's most characters.
    fn max_chars(&mut self, path: impl Into<FieldPath>, text: &str) {
        let path = path.into();
        let Some(max) = path.field.limits().max_chars else {
            return;
        };
        let now = text.chars().count();
        if now > max {
            self.error(path, Msg::TooLong { max, now });
        }
    }

    /// Error when a list holds more than the field's most items.
    fn max_items(&mut self, field: Field, now: usize) {
        if let Some(max) = field.limits().max_items
            && now > max
        {
            self.error(field, Msg::TooMany { max, now });
        }
    }

    /// Checks a list of short names (`item` is the list's item field): each within its
    /// length, none blank, no repeats (compared ignoring case and surrounding spaces).
    fn names(&mut self, item: Field, names: &[String]) {
        let mut seen: Vec<String> = Vec::with_capacity(names.len());
        for (i, name) in names.iter().enumerate() {
            let at = item.at(i);
            self.max_chars(at, name);
            let key = name.trim().to_lowercase();
            if key.is_empty() {
                self.warning(at, Msg::EmptyListItem);
            } else if seen.contains(&key) {
                self.warning(at, Msg::Duplicate);
            } else {
                seen.push(key);
            }
        }
    }

    /// Error for NaN or infinity; returns whether the number is usable.
    fn finite(&mut self, path: FieldPath, value: f64) -> bool {
        if value.is_finite() {
            true
        } else {
            self.error(path, Msg::NotANumber);
            false
        }
    }

    /// Error when a finite number lies outside the field's limits.
    fn range(&mut self, path: impl Into<FieldPath>, value: f64) {
        let path = path.into();
        let limits = path.field.limits();
        let (min, max) = (
            limits.min.unwrap_or(f64::MIN),
            limits.max.unwrap_or(f64::MAX),
        );
        if self.finite(path, value) && !(min..=max).contains(&value) {
            let unit = match path.field.kind() {
                Kind::Money => Unit::Money,
                _ => Unit::Hours,
            };
            self.error(
                path,
                Msg::OutOfRange {
                    min,
                    max,
                    now: value,
                    unit,
                },
            );
        }
    }

    /// Error when a date falls outside the years holidays are computed for.
    fn date_in_years(&mut self, path: impl Into<FieldPath>, date: NaiveDate) {
        if !(FIRST_YEAR..=LAST_YEAR).contains(&date.year()) {
            self.error(path, Msg::YearOutOfRange { now: date.year() });
        }
    }

    fn business(&mut self, a: &Answers) {
        let b = &a.business;
        self.max_chars(Field::BusinessName, &b.name);
        if b.name.trim().is_empty() {
            self.warning(Field::BusinessName, Msg::EmptyBusinessName);
        }
        self.max_chars(Field::BusinessValueProposition, &b.value_proposition);
        if b.value_proposition.trim().is_empty() {
            self.warning(Field::BusinessValueProposition, Msg::EmptyValueProposition);
        }
        if !is_upper_code(&b.country, Field::BusinessCountry) {
            self.error(Field::BusinessCountry, Msg::BadCountry);
        }
        self.max_items(Field::BusinessCompetitors, b.competitors.len());
        self.names(Field::BusinessCompetitor, &b.competitors);
    }

    fn goals(&mut self, a: &Answers) {
        let g = &a.goals;
        if !HORIZONS.contains(&g.horizon_months) {
            self.error(
                Field::GoalsHorizon,
                Msg::BadHorizon {
                    now: g.horizon_months,
                },
            );
        }
        self.max_items(Field::GoalsSecondary, g.secondary.len());
        for (i, goal) in g.secondary.iter().enumerate() {
            let path = Field::GoalsSecondaryItem.at(i);
            if *goal == g.primary {
                self.error(path, Msg::SameAsPrimary);
            } else if g.secondary.iter().take(i).any(|earlier| earlier == goal) {
                self.error(path, Msg::Duplicate);
            }
        }
        self.max_items(Field::GoalsTargets, g.targets.len());
        for (i, t) in g.targets.iter().enumerate() {
            let metric = Field::GoalsTargetMetric.at(i);
            self.max_chars(metric, &t.metric);
            if t.metric.trim().is_empty() {
                self.warning(metric, Msg::EmptyMetric);
            }
            for (field, value) in [
                (Field::GoalsTargetBaseline, t.baseline),
                (Field::GoalsTargetTarget, t.target),
            ] {
                let path = field.at(i);
                let min = field.limits().min.unwrap_or(f64::MIN);
                if self.finite(path, value) && value < min {
                    self.error(path, Msg::Negative { now: value });
                }
            }
            let goal = Field::GoalsTargetGoal.at(i);
            if g.targets
                .iter()
                .take(i)
                .any(|earlier| earlier.goal == t.goal)
            {
                self.warning(goal, Msg::Duplicate);
            } else if t.goal != g.primary && !g.secondary.contains(&t.goal) {
                self.warning(goal, Msg::UnusedTarget);
            }
        }
    }

    fn audience(&mut self, a: &Answers) {
        let au = &a.audience;
        if au.age_bands.is_empty() {
            self.warning(Field::AudienceAgeBands, Msg::NoAgeBand);
        }
        self.max_chars(Field::AudienceLocation, &au.location);
        self.max_chars(Field::AudiencePersonaWho, &au.persona.who);
        self.max_chars(Field::AudiencePersonaNeeds, &au.persona.needs);
        self.max_chars(Field::AudiencePersonaObjections, &au.persona.objections);
        if au.online_times.is_empty() {
            self.warning(Field::AudienceOnlineTimes, Msg::NoOnlineTime);
        }
        self.max_items(Field::AudienceKeywords, au.listen_keywords.len());
        self.names(Field::AudienceKeyword, &au.listen_keywords);
    }

    fn channels(&mut self, a: &Answers) {
        let c = &a.channels;
        for (i, current) in c.current.iter().enumerate() {
            let path = Field::ChannelsCurrentChannel.at(i);
            if c.current
                .iter()
                .take(i)
                .any(|earlier| earlier.channel == current.channel)
            {
                self.warning(path, Msg::Duplicate);
            } else if c.refused.contains(&current.channel) {
                self.warning(path, Msg::UsedAndRefused);
            }
        }
        if c.formats.is_empty() {
            self.warning(Field::ChannelsFormats, Msg::NoFormat);
        }
    }

    fn resources(&mut self, a: &Answers) {
        let r = &a.resources;
        self.range(Field::ResourcesHoursPerWeek, r.hours_per_week);
        self.max_items(Field::ResourcesSkills, r.skills.len());
        self.names(Field::ResourcesSkill, &r.skills);
        let by = r.approval.by.as_deref().unwrap_or("");
        self.max_chars(Field::ResourcesApprovalBy, by);
        if r.approval.required && by.trim().is_empty() {
            self.warning(Field::ResourcesApprovalBy, Msg::NoApprover);
        }
    }

    fn budget(&mut self, a: &Answers) {
        let b = &a.budget;
        if !is_upper_code(&b.currency, Field::BudgetCurrency) {
            self.error(Field::BudgetCurrency, Msg::BadCurrency);
        }
        self.range(Field::BudgetMonthly, b.monthly);
        if let Some(split) = &b.split {
            let parts = [
                (Field::BudgetSplitAds, split.ads),
                (Field::BudgetSplitContent, split.content),
                (Field::BudgetSplitManagement, split.management),
                (Field::BudgetSplitTools, split.tools),
            ];
            let before = self.issues.len();
            for (field, value) in parts {
                self.range(field, value);
            }
            let parts_usable = self.issues.len() == before;
            if parts_usable && b.monthly.is_finite() {
                let sum: f64 = parts.iter().map(|(_, v)| v).sum();
                if (sum - b.monthly).abs() > SPLIT_TOLERANCE {
                    self.warning(
                        Field::BudgetSplit,
                        Msg::SplitMismatch {
                            sum,
                            monthly: b.monthly,
                        },
                    );
                }
            }
        }
        if let Some(value) = b.owner_hourly_value {
            self.range(Field::BudgetHourlyValue, value);
        }
    }

    fn calendar(&mut self, a: &Answers) {
        let c = &a.calendar;
        self.date_in_years(Field::CalendarStart, c.start);
        if !(MIN_WEEKS..=MAX_WEEKS).contains(&c.weeks) {
            self.error(Field::CalendarWeeks, Msg::BadWeeks { now: c.weeks });
        }
        self.max_items(Field::CalendarKeyDates, c.key_dates.len());
        let weeks = u64::from(c.weeks.clamp(MIN_WEEKS, MAX_WEEKS));
        let end = c.start.checked_add_days(chrono::Days::new(weeks * 7));
        for (i, kd) in c.key_dates.iter().enumerate() {
            let name = Field::CalendarKeyDateName.at(i);
            self.max_chars(name, &kd.name);
            if kd.name.trim().is_empty() {
                self.warning(name, Msg::EmptyListItem);
            }
            let date = Field::CalendarKeyDateDate.at(i);
            let before = self.issues.len();
            self.date_in_years(date, kd.date);
            let outside = kd.date < c.start || end.is_some_and(|end| kd.date >= end);
            if self.issues.len() == before && outside {
                self.warning(date, Msg::OutsideCalendar);
            }
        }
    }
}

/// True for exactly as many ASCII upper-case letters as the field allows ("IT", "EUR").
fn is_upper_code(s: &str, field: Field) -> bool {
    field.limits().max_chars == Some(s.len()) && s.bytes().all(|b| b.is_ascii_uppercase())
}

/// What a number in a range message measures.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Unit {
    Hours,
    Money,
}

/// Every message validation can show; the texts are the catalogue's `Valid…` keys.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Msg {
    TooLong {
        max: usize,
        now: usize,
    },
    TooMany {
        max: usize,
        now: usize,
    },
    OutOfRange {
        min: f64,
        max: f64,
        now: f64,
        unit: Unit,
    },
    NotANumber,
    Negative {
        now: f64,
    },
    YearOutOfRange {
        now: i32,
    },
    BadWeeks {
        now: u32,
    },
    BadHorizon {
        now: u32,
    },
    BadCountry,
    BadCurrency,
    SameAsPrimary,
    Duplicate,
    EmptyListItem,
    EmptyBusinessName,
    EmptyValueProposition,
    EmptyMetric,
    UnusedTarget,
    NoAgeBand,
    NoOnlineTime,
    NoFormat,
    UsedAndRefused,
    NoApprover,
    SplitMismatch {
        sum: f64,
        monthly: f64,
    },
    OutsideCalendar,
}

impl Msg {
    /// The stable code the UI and the tests key on.
    fn code(self) -> &'static str {
        match self {
            Msg::TooLong { .. } => "too_long",
            Msg::TooMany { .. } => "too_many",
            Msg::OutOfRange { .. }
            | Msg::Negative { .. }
            | Msg::YearOutOfRange { .. }
            | Msg::BadWeeks { .. }
            | Msg::BadHorizon { .. } => "out_of_range",
            Msg::NotANumber => "not_a_number",
            Msg::BadCountry | Msg::BadCurrency => "invalid_format",
            Msg::SameAsPrimary => "same_as_primary",
            Msg::Duplicate => "duplicate",
            Msg::EmptyListItem
            | Msg::EmptyBusinessName
            | Msg::EmptyValueProposition
            | Msg::EmptyMetric
            | Msg::NoAgeBand
            | Msg::NoOnlineTime
            | Msg::NoFormat
            | Msg::NoApprover => "required",
            Msg::UnusedTarget => "unused_target",
            Msg::UsedAndRefused => "conflict",
            Msg::SplitMismatch { .. } => "split_mismatch",
            Msg::OutsideCalendar => "outside_calendar",
        }
    }

    /// The message in `locale`.
    fn text(self, l: Locale) -> String {
        let n = |v: f64| format::number(l, v);
        let whole = |v: u64| format::number(l, v as f64);
        match self {
            Msg::TooLong { max, now } => fill(
                l,
                M::ValidTooLong,
                &[("max", &whole(max as u64)), ("now", &whole(now as u64))],
            ),
            Msg::TooMany { max, now } => fill(
                l,
                M::ValidTooMany,
                &[("max", &whole(max as u64)), ("now", &whole(now as u64))],
            ),
            Msg::OutOfRange {
                min,
                max,
                now,
                unit,
            } => fill(
                l,
                match unit {
                    Unit::Hours => M::ValidHoursRange,
                    Unit::Money => M::ValidMoneyRange,
                },
                &[("min", &n(min)), ("max", &n(max)), ("now", &n(now))],
            ),
            Msg::NotANumber => t(l, M::ValidNotANumber).into(),
            Msg::Negative { now } => fill(l, M::ValidNegative, &[("now", &n(now))]),
            // Years are written as they are, without grouping ("2101", not "2.101").
            Msg::YearOutOfRange { now } => fill(
                l,
                M::ValidYearRange,
                &[
                    ("first", &FIRST_YEAR.to_string()),
                    ("last", &LAST_YEAR.to_string()),
                    ("now", &now.to_string()),
                ],
            ),
            Msg::BadWeeks { now } => fill(
                l,
                M::ValidWeeks,
                &[
                    ("min", &whole(u64::from(MIN_WEEKS))),
                    ("max", &whole(u64::from(MAX_WEEKS))),
                    ("now", &whole(u64::from(now))),
                ],
            ),
            Msg::BadHorizon { now } => {
                let [a, b, c] = HORIZONS.map(|h| whole(u64::from(h)));
                fill(
                    l,
                    M::ValidHorizon,
                    &[
                        ("a", &a),
                        ("b", &b),
                        ("c", &c),
                        ("now", &whole(u64::from(now))),
                    ],
                )
            }
            Msg::BadCountry => t(l, M::ValidBadCountry).into(),
            Msg::BadCurrency => t(l, M::ValidBadCurrency).into(),
            Msg::SameAsPrimary => t(l, M::ValidSameAsPrimary).into(),
            Msg::Duplicate => t(l, M::ValidDuplicate).into(),
            Msg::EmptyListItem => t(l, M::ValidEmptyItem).into(),
            Msg::EmptyBusinessName => t(l, M::ValidEmptyBusinessName).into(),
            Msg::EmptyValueProposition => t(l, M::ValidEmptyValueProposition).into(),
            Msg::EmptyMetric => t(l, M::ValidEmptyMetric).into(),
            Msg::UnusedTarget => t(l, M::ValidUnusedTarget).into(),
            Msg::NoAgeBand => t(l, M::ValidNoAgeBand).into(),
            Msg::NoOnlineTime => t(l, M::ValidNoOnlineTime).into(),
            Msg::NoFormat => t(l, M::ValidNoFormat).into(),
            Msg::UsedAndRefused => t(l, M::ValidUsedAndRefused).into(),
            Msg::NoApprover => t(l, M::ValidNoApprover).into(),
            Msg::SplitMismatch { sum, monthly } => fill(
                l,
                M::ValidSplitMismatch,
                &[("sum", &n(sum)), ("monthly", &n(monthly))],
            ),
            Msg::OutsideCalendar => t(l, M::ValidOutsideCalendar).into(),
        }
    }
}

/// Parses a number as people type it: "3", "2,5", "2.5", " 1 200 ". `None` when the text is
/// empty or not a finite number.
pub fn parse_number(text: &str) -> Option<f64> {
    let cleaned: String = text.trim().chars().filter(|c| !c.is_whitespace()).collect();
    let cleaned = cleaned.replace(',', ".");
    if cleaned.is_empty() {
        return None;
    }
    cleaned.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// A number written the way the user's language types it: "2,5" in Italian, "2.5" in
/// English ([`plain_number`] with the locale's decimal separator).
pub fn format_number_in(locale: Locale, value: f64) -> String {
    let text = plain_number(value);
    match format::decimal_separator(locale) {
        '.' => text,
        other => text.replace('.', &other.to_string()),
    }
}

/// A number as it was most likely typed into a box: no grouping, a dot before up to six
/// decimals, no trailing zeros ("3", "2.5", "-0.125"); empty when not finite.
pub fn plain_number(value: f64) -> String {
    if !value.is_finite() {
        return String::new();
    }
    let abs = value.abs();
    let mut whole = abs.trunc();
    let mut millionths = ((abs - whole) * 1e6).round();
    if millionths >= 1e6 {
        whole += 1.0;
        millionths = 0.0;
    }
    let mut out = String::new();
    if value < 0.0 && (whole > 0.0 || millionths > 0.0) {
        out.push('-');
    }
    out.push_str(&whole_digits(whole));
    if millionths > 0.0 {
        let fraction = whole_digits(millionths);
        out.push('.');
        out.push_str(&"0".repeat(6 - fraction.len()));
        out.push_str(fraction.trim_end_matches('0'));
    }
    out
}

/// The decimal digits of a whole, non-negative, finite number. Done through an integer
/// rather than `format!("{:.0}")` so the wasm carries no float printer (≈ 11 KB,
/// docs/size.md); every whole `f64` below 2^128 converts exactly, and the answers are
/// validated far below that.
pub fn whole_digits(whole: f64) -> String {
    (whole.trunc().abs() as u128).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::*;

    #[test]
    fn numbers_are_read_as_people_type_them() {
        assert_eq!(parse_number("3"), Some(3.0));
        assert_eq!(parse_number("2,5"), Some(2.5));
        assert_eq!(parse_number(" 1 200 "), Some(1200.0));
        assert_eq!(parse_number("abc"), None);
        assert_eq!(parse_number(""), None);
        assert_eq!(parse_number("inf"), None);
        assert_eq!(plain_number(3.0), "3");
        assert_eq!(plain_number(2.5), "2.5");
        assert_eq!(format_number_in(Locale::It, 4.5), "4,5");
        assert_eq!(format_number_in(Locale::En, 4.5), "4.5");
        assert_eq!(format_number_in(Locale::It, 1200.0), "1200");
        assert_eq!(parse_number(&format_number_in(Locale::It, 0.5)), Some(0.5));
    }

    #[test]
    fn numbers_print_without_the_float_printer_exactly_as_before() {
        for v in [
            0.0,
            1.0,
            7.0,
            10.0,
            999.0,
            1000.0,
            123_456_789.0,
            1e15,
            2f64.powi(60),
            1e21,
        ] {
            assert_eq!(whole_digits(v), format!("{v:.0}"), "{v}");
        }
        for v in [
            0.0,
            3.0,
            2.5,
            -2.5,
            0.125,
            1234.56,
            0.1 + 0.2,
            1e-7,
            999_999.999_999_9,
            -0.0,
        ] {
            let expected = format!("{:.6}", v);
            let expected = expected.trim_end_matches('0').trim_end_matches('.');
            let expected = if expected == "-0" { "0" } else { expected };
            assert_eq!(plain_number(v), expected, "{v}");
        }
        assert_eq!(plain_number(f64::NAN), "");
        assert_eq!(plain_number(f64::INFINITY), "");
        assert_eq!(format::number(Locale::It, 1_234_567.5), "1.234.567,5");
        assert_eq!(format::number(Locale::En, 1_234_567.05), "1,234,567.05");
    }

    fn example() -> Answers {
        Answers::from_json(include_str!(
            "../../tests/fixtures/answers_design_example.json"
        ))
        .unwrap()
    }

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    /// The issues for `path`, as (code, severity).
    fn at(issues: &[Issue], path: &str) -> Vec<(&'static str, Severity)> {
        issues
            .iter()
            .filter(|i| i.path == path)
            .map(|i| (i.code, i.severity))
            .collect()
    }

    fn message(issues: &[Issue], path: &str) -> String {
        issues
            .iter()
            .find(|i| i.path == path)
            .map(|i| i.message.clone())
            .unwrap_or_default()
    }

    #[test]
    fn every_message_exists_in_every_language_with_its_numbers_filled() {
        let mut a = example();
        a.business.name = " ".into();
        a.business.value_proposition = "x".repeat(501);
        a.business.country = "it".into();
        a.business.competitors = vec!["A".into(), "a".into(), "".into()];
        a.goals.horizon_months = 9;
        a.goals.secondary = vec![a.goals.primary];
        a.resources.hours_per_week = 1234.5;
        a.budget.monthly = 2_000_000.0;
        a.calendar.weeks = 60;
        let mut seen = Vec::new();
        for &locale in Locale::ALL {
            a.locale = locale;
            let issues = validate(&a);
            assert!(issues.len() >= 8, "{issues:#?}");
            for issue in &issues {
                assert!(
                    !issue.message.is_empty() && !issue.message.contains('{'),
                    "{issue:?}"
                );
            }
            let hours = message(&issues, "resources.hours_per_week");
            assert!(
                hours.contains(&format::number(locale, 1234.5)),
                "{locale:?}: {hours}"
            );
            let texts: Vec<String> = issues.iter().map(|i| i.message.clone()).collect();
            assert!(
                !seen.contains(&texts),
                "{locale:?} repeats another language"
            );
            seen.push(texts);
        }
        assert!(message(&validate(&a), "goals.horizon_months").contains("3, 6 oder 12"));
    }

    #[test]
    fn the_design_example_has_no_issue() {
        let issues = validate(&example());
        assert!(issues.is_empty(), "{issues:#?}");
    }

    #[test]
    fn names_count_characters_not_bytes() {
        let mut a = example();
        a.business.name = "è".repeat(120); // 240 bytes, 120 characters
        assert!(validate(&a).is_empty());
        a.business.name = "è".repeat(121);
        let issues = validate(&a);
        assert_eq!(
            at(&issues, "business.name"),
            vec![("too_long", Severity::Error)]
        );
        assert_eq!(
            message(&issues, "business.name"),
            "Al massimo 120 caratteri (ora 121)."
        );
        a.locale = Locale::En;
        assert_eq!(
            message(&validate(&a), "business.name"),
            "At most 120 characters (now 121)."
        );
    }

    #[test]
    fn free_texts_allow_500_characters() {
        let mut a = example();
        a.business.value_proposition = "a".repeat(500);
        a.audience.persona.who = "b".repeat(500);
        assert!(validate(&a).is_empty());
        a.business.value_proposition = "a".repeat(501);
        a.audience.persona.objections = "c".repeat(600);
        a.audience.location = "d".repeat(501);
        let issues = validate(&a);
        assert_eq!(
            at(&issues, "business.value_proposition"),
            vec![("too_long", Severity::Error)]
        );
        assert_eq!(
            at(&issues, "audience.persona.objections"),
            vec![("too_long", Severity::Error)]
        );
        assert_eq!(
            at(&issues, "audience.location"),
            vec![("too_long", Severity::Error)]
        );
        assert!(message(&issues, "audience.persona.objections").contains("600"));
    }

    #[test]
    fn empty_name_and_value_proposition_are_warnings() {
        let mut a = example();
        a.business.name = "  ".into();
        a.business.value_proposition = String::new();
        let issues = validate(&a);
        assert_eq!(
            at(&issues, "business.name"),
            vec![("required", Severity::Warning)]
        );
        assert_eq!(
            at(&issues, "business.value_proposition"),
            vec![("required", Severity::Warning)]
        );
        assert!(!has_errors(&issues));
    }

    #[test]
    fn competitors_are_capped_checked_and_deduplicated() {
        let mut a = example();
        a.business.competitors = vec![
            "A".into(),
            "B".into(),
            "C".into(),
            "D".into(),
            "E".into(),
            "F".into(),
        ];
        let issues = validate(&a);
        assert_eq!(
            at(&issues, "business.competitors"),
            vec![("too_many", Severity::Error)]
        );
        assert_eq!(
            message(&issues, "business.competitors"),
            "Al massimo 5 voci (ora 6)."
        );
        a.business.competitors = vec![
            "Bianchi".into(),
            "x".repeat(121),
            " bianchi ".into(),
            "".into(),
        ];
        let issues = validate(&a);
        assert_eq!(
            at(&issues, "business.competitors[1]"),
            vec![("too_long", Severity::Error)]
        );
        assert_eq!(
            at(&issues, "business.competitors[2]"),
            vec![("duplicate", Severity::Warning)]
        );
        assert_eq!(
            at(&issues, "business.competitors[3]"),
            vec![("required", Severity::Warning)]
        );
        assert!(at(&issues, "business.competitors").is_empty());
    }

    #[test]
    fn country_must_be_two_upper_case_letters() {
        for bad in ["it", "ITA", "", "I1", "ÌT"] {
            let mut a = example();
            a.business.country = bad.into();
            assert_eq!(
                at(&validate(&a), "business.country"),
                vec![("invalid_format", Severity::Error)],
                "{bad:?}"
            );
        }
        let mut a = example();
        a.business.country = "GB".into();
        assert!(validate(&a).is_empty());
    }

    #[test]
    fn horizon_is_3_6_or_12_months() {
        for ok in HORIZONS {
            let mut a = example();
            a.goals.horizon_months = ok;
            assert!(validate(&a).is_empty());
        }
        let mut a = example();
        a.goals.horizon_months = 9;
        a.locale = Locale::En;
        let issues = validate(&a);
        assert_eq!(
            at(&issues, "goals.horizon_months"),
            vec![("out_of_range", Severity::Error)]
        );
        assert_eq!(
            message(&issues, "goals.horizon_months"),
            "The horizon can be 3, 6 or 12 months (now 9)."
        );
    }

    #[test]
    fn secondary_goals_at_most_two_and_not_the_primary() {
        let mut a = example();
        a.goals.secondary = vec![Goal::Community, Goal::Sales, Goal::Leads];
        assert_eq!(
            at(&validate(&a), "goals.secondary"),
            vec![("too_many", Severity::Error)]
        );
        a.goals.secondary = vec![Goal::Awareness, Goal::Community];
        let issues = validate(&a);
        assert_eq!(
            at(&issues, "goals.secondary[0]"),
            vec![("same_as_primary", Severity::Error)]
        );
        assert!(at(&issues, "goals.secondary[1]").is_empty());
        a.goals.secondary = vec![Goal::Sales, Goal::Sales];
        assert_eq!(
            at(&validate(&a), "goals.secondary[1]"),
            vec![("duplicate", Severity::Error)]
        );
    }

    #[test]
    fn goal_targets_are_checked() {
        let mut a = example();
        a.goals.targets[0].metric = "m".repeat(121);
        a.goals.targets[0].baseline = f64::NAN;
        a.goals.targets[0].target = -5.0;
        a.goals.targets.push(GoalTarget {
            goal: Goal::Recruiting,
            metric: String::new(),
            baseline: 0.0,
            target: 3.0,
        });
        let issues = validate(&a);
        assert_eq!(
            at(&issues, "goals.targets[0].metric"),
            vec![("too_long", Severity::Error)]
        );
        assert_eq!(
            at(&issues, "goals.targets[0].baseline"),
            vec![("not_a_number", Severity::Error)]
        );
        assert_eq!(
            at(&issues, "goals.targets[0].target"),
            vec![("out_of_range", Severity::Error)]
        );
        assert_eq!(
            at(&issues, "goals.targets[1].metric"),
            vec![("required", Severity::Warning)]
        );
        assert_eq!(
            at(&issues, "goals.targets[1].goal"),
            vec![("unused_target", Severity::Warning)]
        );
    }

    #[test]
    fn hours_per_week_between_half_and_eighty() {
        for (hours, ok) in [
            (0.5, true),
            (80.0, true),
            (0.4, false),
            (0.0, false),
            (80.5, false),
            (-3.0, false),
        ] {
            let mut a = example();
            a.resources.hours_per_week = hours;
            let issues = at(&validate(&a), "resources.hours_per_week");
            assert_eq!(issues.is_empty(), ok, "{hours}");
            if !ok {
                assert_eq!(issues, vec![("out_of_range", Severity::Error)]);
            }
        }
        let mut a = example();
        a.resources.hours_per_week = 95.0;
        assert_eq!(
            message(&validate(&a), "resources.hours_per_week"),
            "Indica tra 0,5 e 80 ore a settimana (ora 95)."
        );
        a.locale = Locale::En;
        assert_eq!(
            message(&validate(&a), "resources.hours_per_week"),
            "Enter between 0.5 and 80 hours a week (now 95)."
        );
        a.locale = Locale::Es;
        assert_eq!(
            message(&validate(&a), "resources.hours_per_week"),
            "Indica entre 0,5 y 80 horas a la semana (ahora 95)."
        );
        a.locale = Locale::Fr;
        assert_eq!(
            message(&validate(&a), "resources.hours_per_week"),
            "Indiquez entre 0,5 et 80 heures par semaine (actuellement 95)."
        );
        a.locale = Locale::De;
        assert_eq!(
            message(&validate(&a), "resources.hours_per_week"),
            "Gib zwischen 0,5 und 80 Stunden pro Woche an (aktuell 95)."
        );
        a.resources.hours_per_week = f64::INFINITY;
        assert_eq!(
            at(&validate(&a), "resources.hours_per_week"),
            vec![("not_a_number", Severity::Error)]
        );
    }

    #[test]
    fn budget_limits_and_currency() {
        let mut a = example();
        a.budget.monthly = 1_000_001.0;
        a.budget.currency = "eur".into();
        let issues = validate(&a);
        assert_eq!(
            at(&issues, "budget.monthly"),
            vec![("out_of_range", Severity::Error)]
        );
        assert_eq!(
            message(&issues, "budget.monthly"),
            "Indica un importo tra 0 e 1.000.000 (ora 1.000.001)."
        );
        assert_eq!(
            at(&issues, "budget.currency"),
            vec![("invalid_format", Severity::Error)]
        );
        a.budget.currency = "USD".into();
        a.budget.monthly = -1.0;
        assert_eq!(
            at(&validate(&a), "budget.monthly"),
            vec![("out_of_range", Severity::Error)]
        );
        a.budget.monthly = f64::NAN;
        assert_eq!(
            at(&validate(&a), "budget.monthly"),
            vec![("not_a_number", Severity::Error)]
        );
        a.budget.monthly = 0.0;
        a.budget.owner_hourly_value = Some(-2.0);
        assert_eq!(
            at(&validate(&a), "budget.owner_hourly_value"),
            vec![("out_of_range", Severity::Error)]
        );
    }

    #[test]
    fn split_parts_must_be_positive_and_add_up() {
        let mut a = example();
        a.budget.split = Some(BudgetSplit {
            ads: 60.0,
            content: 60.0,
            management: 0.0,
            tools: 30.0,
        });
        assert!(validate(&a).is_empty(), "150 = 60 + 60 + 0 + 30");
        a.budget.split = Some(BudgetSplit {
            ads: 60.0,
            content: 60.0,
            management: 0.0,
            tools: 40.0,
        });
        let issues = validate(&a);
        assert_eq!(
            at(&issues, "budget.split"),
            vec![("split_mismatch", Severity::Warning)]
        );
        assert_eq!(
            message(&issues, "budget.split"),
            "Le quattro voci sommano 160 ma il budget mensile è 150: devono coincidere."
        );
        a.budget.split = Some(BudgetSplit {
            ads: -10.0,
            content: 160.0,
            management: 0.0,
            tools: 0.0,
        });
        let issues = validate(&a);
        assert_eq!(
            at(&issues, "budget.split.ads"),
            vec![("out_of_range", Severity::Error)]
        );
        assert!(
            at(&issues, "budget.split").is_empty(),
            "no mismatch on top of a broken part"
        );
    }

    #[test]
    fn calendar_weeks_and_years() {
        let mut a = example();
        a.calendar.weeks = 0;
        a.calendar.start = date(1999, 12, 27);
        let issues = validate(&a);
        assert_eq!(
            at(&issues, "calendar.weeks"),
            vec![("out_of_range", Severity::Error)]
        );
        assert_eq!(
            at(&issues, "calendar.start"),
            vec![("out_of_range", Severity::Error)]
        );
        a.calendar.weeks = 53;
        a.calendar.start = date(2101, 1, 3);
        a.locale = Locale::En;
        let issues = validate(&a);
        assert_eq!(
            message(&issues, "calendar.weeks"),
            "The calendar lasts 1 to 52 weeks (now 53)."
        );
        assert_eq!(
            message(&issues, "calendar.start"),
            "The date must fall between 2000 and 2100 (now 2101)."
        );
        a.calendar.weeks = 52;
        a.calendar.start = date(2100, 6, 7);
        a.calendar.key_dates.clear();
        assert!(validate(&a).is_empty());
    }

    #[test]
    fn key_dates_are_capped_named_and_in_range() {
        let mut a = example();
        let kd = |d: NaiveDate, name: &str| KeyDate {
            date: d,
            name: name.into(),
            kind: KeyDateKind::Event,
        };
        a.calendar.key_dates = vec![
            kd(date(2027, 1, 10), ""),
            kd(date(2027, 1, 11), &"n".repeat(121)),
            kd(date(2200, 1, 1), "Far"),
            kd(date(2027, 12, 1), "After the calendar"),
        ];
        let issues = validate(&a);
        assert_eq!(
            at(&issues, "calendar.key_dates[0].name"),
            vec![("required", Severity::Warning)]
        );
        assert_eq!(
            at(&issues, "calendar.key_dates[1].name"),
            vec![("too_long", Severity::Error)]
        );
        assert_eq!(
            at(&issues, "calendar.key_dates[2].date"),
            vec![("out_of_range", Severity::Error)]
        );
        assert_eq!(
            at(&issues, "calendar.key_dates[3].date"),
            vec![("outside_calendar", Severity::Warning)]
        );
        a.calendar.key_dates = (0..61)
            .map(|i| kd(date(2027, 1, 4 + i % 20), "Day"))
            .collect();
        assert_eq!(
            at(&validate(&a), "calendar.key_dates"),
            vec![("too_many", Severity::Error)]
        );
    }

    #[test]
    fn keywords_capped_at_twenty() {
        let mut a = example();
        a.audience.listen_keywords = (0..21).map(|i| format!("kw{i}")).collect();
        assert_eq!(
            at(&validate(&a), "audience.listen_keywords"),
            vec![("too_many", Severity::Error)]
        );
        a.audience.listen_keywords = vec!["#pane".into(), "k".repeat(121)];
        assert_eq!(
            at(&validate(&a), "audience.listen_keywords[1]"),
            vec![("too_long", Severity::Error)]
        );
    }

    #[test]
    fn audience_channel_and_approval_warnings() {
        let mut a = example();
        a.audience.age_bands.clear();
        a.audience.online_times.clear();
        a.channels.formats.clear();
        a.channels.current.push(CurrentChannel {
            channel: Channel::X,
            followers: 3,
            active: false,
        });
        a.resources.approval = Approval {
            required: true,
            by: None,
        };
        let issues = validate(&a);
        assert_eq!(
            at(&issues, "audience.age_bands"),
            vec![("required", Severity::Warning)]
        );
        assert_eq!(
            at(&issues, "audience.online_times"),
            vec![("required", Severity::Warning)]
        );
        assert_eq!(
            at(&issues, "channels.formats"),
            vec![("required", Severity::Warning)]
        );
        assert_eq!(
            at(&issues, "channels.current[1].channel"),
            vec![("conflict", Severity::Warning)]
        );
        assert_eq!(
            at(&issues, "resources.approval.by"),
            vec![("required", Severity::Warning)]
        );
        assert!(!has_errors(&issues));
    }

    #[test]
    fn every_message_is_non_empty_in_every_language_and_codes_are_listed() {
        let all = [
            Msg::TooLong { max: 1, now: 2 },
            Msg::TooMany { max: 1, now: 2 },
            Msg::OutOfRange {
                min: 0.0,
                max: 1.0,
                now: 2.0,
                unit: Unit::Hours,
            },
            Msg::OutOfRange {
                min: 0.0,
                max: 1.0,
                now: 2.0,
                unit: Unit::Money,
            },
            Msg::NotANumber,
            Msg::Negative { now: -1.0 },
            Msg::YearOutOfRange { now: 1 },
            Msg::BadWeeks { now: 0 },
            Msg::BadHorizon { now: 1 },
            Msg::BadCountry,
            Msg::BadCurrency,
            Msg::SameAsPrimary,
            Msg::Duplicate,
            Msg::EmptyListItem,
            Msg::EmptyBusinessName,
            Msg::EmptyValueProposition,
            Msg::EmptyMetric,
            Msg::UnusedTarget,
            Msg::NoAgeBand,
            Msg::NoOnlineTime,
            Msg::NoFormat,
            Msg::UsedAndRefused,
            Msg::NoApprover,
            Msg::SplitMismatch {
                sum: 1.0,
                monthly: 2.0,
            },
            Msg::OutsideCalendar,
        ];
        for m in all {
            let texts: Vec<String> = Locale::ALL.iter().map(|&l| m.text(l)).collect();
            for (i, text) in texts.iter().enumerate() {
                assert!(!text.trim().is_empty() && !text.contains('{'), "{m:?}");
                for other in &texts[..i] {
                    assert_ne!(text, other, "{m:?} is not translated");
                }
            }
            assert!(CODES.contains(&m.code()), "{m:?}");
        }
    }

    #[test]
    fn numbers_are_formatted_per_locale() {
        assert_eq!(format::number(Locale::It, 1234.5), "1.234,5");
        assert_eq!(format::number(Locale::En, 1234.5), "1,234.5");
        assert_eq!(format::number(Locale::En, 1_000_000.0), "1,000,000");
        assert_eq!(format::number(Locale::It, 0.25), "0,25");
        assert_eq!(format::number(Locale::En, -3.0), "-3");
        assert_eq!(format::number(Locale::En, f64::NAN), "—");
        assert_eq!(format::number(Locale::En, 999.999), "1,000");
    }

    proptest::proptest! {
        #[test]
        fn never_panics_on_odd_values(
            name in ".{0,200}",
            hours in proptest::num::f64::ANY,
            monthly in proptest::num::f64::ANY,
            ads in proptest::num::f64::ANY,
            weeks in proptest::num::u32::ANY,
            horizon in proptest::num::u32::ANY,
            days in -100_000i64..100_000,
        ) {
            let mut a = example();
            a.business.name = name.clone();
            a.business.country = name.chars().take(2).collect();
            a.resources.hours_per_week = hours;
            a.budget.monthly = monthly;
            a.budget.split = Some(BudgetSplit { ads, content: 1.0, management: 0.0, tools: 0.0 });
            a.calendar.weeks = weeks;
            a.goals.horizon_months = horizon;
            if let Some(d) = NaiveDate::from_ymd_opt(2027, 1, 1).and_then(|d| d.checked_add_signed(chrono::Duration::days(days))) {
                a.calendar.start = d;
            }
            for issue in validate(&a) {
                proptest::prop_assert!(CODES.contains(&issue.code));
                proptest::prop_assert!(!issue.message.is_empty());
            }
        }
    }
}
