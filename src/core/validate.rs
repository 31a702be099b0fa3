//! Checks the answers against the limits of DESIGN §4 and reports problems in the user's
//! language, field by field.
//!
//! Validation never changes the answers (nothing the user typed is thrown away): it only
//! lists [`Issue`]s. Errors are hard limits the plan cannot be built or shared with;
//! warnings point at answers a user should look at but may leave as they are.
//! Lengths are counted in characters (Unicode scalar values), not bytes, so "è" counts once.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use crate::core::model::{Answers, Locale};

/// Longest free text (value proposition, persona, location), in characters.
pub const MAX_FREE_TEXT: usize = 500;
/// Longest name (business, competitor, key date, metric, keyword, skill, approver).
pub const MAX_NAME: usize = 120;
/// Fewest hours per week a plan can be built on.
pub const MIN_HOURS_PER_WEEK: f64 = 0.5;
/// Most hours per week (two full-time people).
pub const MAX_HOURS_PER_WEEK: f64 = 80.0;
/// Largest monthly budget (and largest single part of the split).
pub const MAX_MONTHLY_BUDGET: f64 = 1_000_000.0;
/// Largest hourly value of the owner's time.
pub const MAX_HOURLY_VALUE: f64 = 10_000.0;
/// Shortest and longest calendar, in weeks.
pub const MIN_WEEKS: u32 = 1;
/// Longest calendar, in weeks.
pub const MAX_WEEKS: u32 = 52;
/// First and last year a date may fall in (holidays are computed for these years).
pub const FIRST_YEAR: i32 = 2000;
/// Last year a date may fall in.
pub const LAST_YEAR: i32 = 2100;
/// Most key dates, competitors, keywords, secondary goals.
pub const MAX_KEY_DATES: usize = 60;
/// Most competitors to watch.
pub const MAX_COMPETITORS: usize = 5;
/// Most keywords and hashtags to listen to.
pub const MAX_KEYWORDS: usize = 20;
/// Most secondary goals.
pub const MAX_SECONDARY_GOALS: usize = 2;
/// Most skills.
pub const MAX_SKILLS: usize = 20;
/// Most goal targets (one per goal).
pub const MAX_TARGETS: usize = 7;
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
    /// Field path in the answers, e.g. `business.name`, `business.competitors[2]`,
    /// `calendar.key_dates[0].name`, `budget.split`, `resources.hours_per_week`.
    pub path: String,
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
    fn push(&mut self, path: impl Into<String>, severity: Severity, msg: Msg) {
        self.issues.push(Issue {
            path: path.into(),
            code: msg.code(),
            severity,
            message: msg.text(self.locale),
        });
    }

    fn error(&mut self, path: impl Into<String>, msg: Msg) {
        self.push(path, Severity::Error, msg);
    }

    fn warning(&mut self, path: impl Into<String>, msg: Msg) {
        self.push(path, Severity::Warning, msg);
    }

    /// Error when `text` is longer than `max` characters.
    fn max_chars(&mut self, path: &str, text: &str, max: usize) {
        let now = text.chars().count();
        if now > max {
            self.error(path, Msg::TooLong { max, now });
        }
    }

    /// Error when a list holds more than `max` items.
    fn max_items(&mut self, path: &str, now: usize, max: usize) {
        if now > max {
            self.error(path, Msg::TooMany { max, now });
        }
    }

    /// Checks a list of short names: each at most [`MAX_NAME`] characters, none blank, no
    /// repeats (compared ignoring case and surrounding spaces).
    fn names(&mut self, path: &str, names: &[String]) {
        let mut seen: Vec<String> = Vec::with_capacity(names.len());
        for (i, name) in names.iter().enumerate() {
            let item = format!("{path}[{i}]");
            self.max_chars(&item, name, MAX_NAME);
            let key = name.trim().to_lowercase();
            if key.is_empty() {
                self.warning(item, Msg::EmptyListItem);
            } else if seen.contains(&key) {
                self.warning(item, Msg::Duplicate);
            } else {
                seen.push(key);
            }
        }
    }

    /// Error for NaN or infinity; returns whether the number is usable.
    fn finite(&mut self, path: &str, value: f64) -> bool {
        if value.is_finite() {
            true
        } else {
            self.error(path, Msg::NotANumber);
            false
        }
    }

    /// Error when a finite number lies outside `min..=max`.
    fn range(&mut self, path: &str, value: f64, min: f64, max: f64, unit: Unit) {
        if self.finite(path, value) && !(min..=max).contains(&value) {
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
    fn date_in_years(&mut self, path: &str, date: NaiveDate) {
        if !(FIRST_YEAR..=LAST_YEAR).contains(&date.year()) {
            self.error(path, Msg::YearOutOfRange { now: date.year() });
        }
    }

    fn business(&mut self, a: &Answers) {
        let b = &a.business;
        self.max_chars("business.name", &b.name, MAX_NAME);
        if b.name.trim().is_empty() {
            self.warning("business.name", Msg::EmptyBusinessName);
        }
        self.max_chars(
            "business.value_proposition",
            &b.value_proposition,
            MAX_FREE_TEXT,
        );
        if b.value_proposition.trim().is_empty() {
            self.warning("business.value_proposition", Msg::EmptyValueProposition);
        }
        if !is_upper_code(&b.country, 2) {
            self.error("business.country", Msg::BadCountry);
        }
        self.max_items("business.competitors", b.competitors.len(), MAX_COMPETITORS);
        self.names("business.competitors", &b.competitors);
    }

    fn goals(&mut self, a: &Answers) {
        let g = &a.goals;
        if !HORIZONS.contains(&g.horizon_months) {
            self.error(
                "goals.horizon_months",
                Msg::BadHorizon {
                    now: g.horizon_months,
                },
            );
        }
        self.max_items("goals.secondary", g.secondary.len(), MAX_SECONDARY_GOALS);
        for (i, goal) in g.secondary.iter().enumerate() {
            let path = format!("goals.secondary[{i}]");
            if *goal == g.primary {
                self.error(path, Msg::SameAsPrimary);
            } else if g.secondary.iter().take(i).any(|earlier| earlier == goal) {
                self.error(path, Msg::Duplicate);
            }
        }
        self.max_items("goals.targets", g.targets.len(), MAX_TARGETS);
        for (i, t) in g.targets.iter().enumerate() {
            let base = format!("goals.targets[{i}]");
            let metric_path = format!("{base}.metric");
            self.max_chars(&metric_path, &t.metric, MAX_NAME);
            if t.metric.trim().is_empty() {
                self.warning(metric_path, Msg::EmptyMetric);
            }
            for (field, value) in [("baseline", t.baseline), ("target", t.target)] {
                let path = format!("{base}.{field}");
                if self.finite(&path, value) && value < 0.0 {
                    self.error(path, Msg::Negative { now: value });
                }
            }
            if g.targets
                .iter()
                .take(i)
                .any(|earlier| earlier.goal == t.goal)
            {
                self.warning(format!("{base}.goal"), Msg::Duplicate);
            } else if t.goal != g.primary && !g.secondary.contains(&t.goal) {
                self.warning(format!("{base}.goal"), Msg::UnusedTarget);
            }
        }
    }

    fn audience(&mut self, a: &Answers) {
        let au = &a.audience;
        if au.age_bands.is_empty() {
            self.warning("audience.age_bands", Msg::NoAgeBand);
        }
        self.max_chars("audience.location", &au.location, MAX_FREE_TEXT);
        self.max_chars("audience.persona.who", &au.persona.who, MAX_FREE_TEXT);
        self.max_chars("audience.persona.needs", &au.persona.needs, MAX_FREE_TEXT);
        self.max_chars(
            "audience.persona.objections",
            &au.persona.objections,
            MAX_FREE_TEXT,
        );
        if au.online_times.is_empty() {
            self.warning("audience.online_times", Msg::NoOnlineTime);
        }
        self.max_items(
            "audience.listen_keywords",
            au.listen_keywords.len(),
            MAX_KEYWORDS,
        );
        self.names("audience.listen_keywords", &au.listen_keywords);
    }

    fn channels(&mut self, a: &Answers) {
        let c = &a.channels;
        for (i, current) in c.current.iter().enumerate() {
            let path = format!("channels.current[{i}].channel");
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
            self.warning("channels.formats", Msg::NoFormat);
        }
    }

    fn resources(&mut self, a: &Answers) {
        let r = &a.resources;
        self.range(
            "resources.hours_per_week",
            r.hours_per_week,
            MIN_HOURS_PER_WEEK,
            MAX_HOURS_PER_WEEK,
            Unit::Hours,
        );
        self.max_items("resources.skills", r.skills.len(), MAX_SKILLS);
        self.names("resources.skills", &r.skills);
        let by = r.approval.by.as_deref().unwrap_or("");
        self.max_chars("resources.approval.by", by, MAX_NAME);
        if r.approval.required && by.trim().is_empty() {
            self.warning("resources.approval.by", Msg::NoApprover);
        }
    }

    fn budget(&mut self, a: &Answers) {
        let b = &a.budget;
        if !is_upper_code(&b.currency, 3) {
            self.error("budget.currency", Msg::BadCurrency);
        }
        self.range(
            "budget.monthly",
            b.monthly,
            0.0,
            MAX_MONTHLY_BUDGET,
            Unit::Money,
        );
        if let Some(split) = &b.split {
            let parts = [
                ("ads", split.ads),
                ("content", split.content),
                ("management", split.management),
                ("tools", split.tools),
            ];
            let before = self.issues.len();
            for (name, value) in parts {
                self.range(
                    &format!("budget.split.{name}"),
                    value,
                    0.0,
                    MAX_MONTHLY_BUDGET,
                    Unit::Money,
                );
            }
            let parts_usable = self.issues.len() == before;
            if parts_usable && b.monthly.is_finite() {
                let sum: f64 = parts.iter().map(|(_, v)| v).sum();
                if (sum - b.monthly).abs() > SPLIT_TOLERANCE {
                    self.warning(
                        "budget.split",
                        Msg::SplitMismatch {
                            sum,
                            monthly: b.monthly,
                        },
                    );
                }
            }
        }
        if let Some(value) = b.owner_hourly_value {
            self.range(
                "budget.owner_hourly_value",
                value,
                0.0,
                MAX_HOURLY_VALUE,
                Unit::Money,
            );
        }
    }

    fn calendar(&mut self, a: &Answers) {
        let c = &a.calendar;
        self.date_in_years("calendar.start", c.start);
        if !(MIN_WEEKS..=MAX_WEEKS).contains(&c.weeks) {
            self.error("calendar.weeks", Msg::BadWeeks { now: c.weeks });
        }
        self.max_items("calendar.key_dates", c.key_dates.len(), MAX_KEY_DATES);
        let weeks = u64::from(c.weeks.clamp(MIN_WEEKS, MAX_WEEKS));
        let end = c.start.checked_add_days(chrono::Days::new(weeks * 7));
        for (i, kd) in c.key_dates.iter().enumerate() {
            let base = format!("calendar.key_dates[{i}]");
            let name_path = format!("{base}.name");
            self.max_chars(&name_path, &kd.name, MAX_NAME);
            if kd.name.trim().is_empty() {
                self.warning(name_path, Msg::EmptyListItem);
            }
            let date_path = format!("{base}.date");
            let before = self.issues.len();
            self.date_in_years(&date_path, kd.date);
            let outside = kd.date < c.start || end.is_some_and(|end| kd.date >= end);
            if self.issues.len() == before && outside {
                self.warning(date_path, Msg::OutsideCalendar);
            }
        }
    }
}

/// True for exactly `len` ASCII upper-case letters ("IT", "EUR").
fn is_upper_code(s: &str, len: usize) -> bool {
    s.len() == len && s.bytes().all(|b| b.is_ascii_uppercase())
}

/// What a number in a range message measures.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Unit {
    Hours,
    Money,
}

/// Every message validation can show; each has an Italian and an English text.
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
    fn text(self, locale: Locale) -> String {
        let n = |v: f64| format_number(v, locale);
        match locale.legacy() {
            Locale::It => match self {
                Msg::TooLong { max, now } => format!("Al massimo {max} caratteri (ora {now})."),
                Msg::TooMany { max, now } => format!("Al massimo {max} voci (ora {now})."),
                Msg::OutOfRange {
                    min,
                    max,
                    now,
                    unit: Unit::Hours,
                } => {
                    format!(
                        "Indica tra {} e {} ore a settimana (ora {}).",
                        n(min),
                        n(max),
                        n(now)
                    )
                }
                Msg::OutOfRange {
                    min,
                    max,
                    now,
                    unit: Unit::Money,
                } => {
                    format!(
                        "Indica un importo tra {} e {} (ora {}).",
                        n(min),
                        n(max),
                        n(now)
                    )
                }
                Msg::NotANumber => "Non è un numero valido: inserisci una cifra.".into(),
                Msg::Negative { now } => {
                    format!("Il valore non può essere negativo (ora {}).", n(now))
                }
                Msg::YearOutOfRange { now } => {
                    format!("La data deve cadere tra il {FIRST_YEAR} e il {LAST_YEAR} (ora {now}).")
                }
                Msg::BadWeeks { now } => {
                    format!(
                        "Il calendario dura da {MIN_WEEKS} a {MAX_WEEKS} settimane (ora {now})."
                    )
                }
                Msg::BadHorizon { now } => {
                    format!("L'orizzonte può essere di 3, 6 o 12 mesi (ora {now}).")
                }
                Msg::BadCountry => {
                    "Indica il paese con il codice di due lettere maiuscole, per esempio IT.".into()
                }
                Msg::BadCurrency => {
                    "Indica la valuta con il codice di tre lettere maiuscole, per esempio EUR."
                        .into()
                }
                Msg::SameAsPrimary => {
                    "Un obiettivo secondario non può coincidere con quello principale.".into()
                }
                Msg::Duplicate => "Questa voce è ripetuta: basta una volta.".into(),
                Msg::EmptyListItem => "Voce vuota: scrivi qualcosa o eliminala.".into(),
                Msg::EmptyBusinessName => {
                    "Manca il nome dell'attività: il piano la chiamerà «la tua attività».".into()
                }
                Msg::EmptyValueProposition => "Manca la proposta di valore: senza sapere perché \
                     i clienti scelgono te, la strategia resta generica."
                    .into(),
                Msg::EmptyMetric => {
                    "Manca la metrica: scrivi che cosa misuri (per esempio «copertura»).".into()
                }
                Msg::UnusedTarget => {
                    "Questo traguardo riguarda un obiettivo che non hai scelto: non sarà usato."
                        .into()
                }
                Msg::NoAgeBand => "Nessuna fascia d'età: i canali saranno scelti senza \
                     sapere l'età del pubblico."
                    .into(),
                Msg::NoOnlineTime => "Nessun momento della giornata indicato: gli orari \
                     useranno solo i dati pubblicati."
                    .into(),
                Msg::NoFormat => "Nessun formato indicato: il piano presumerà foto e testi \
                     semplici."
                    .into(),
                Msg::UsedAndRefused => {
                    "Questo canale è sia tra quelli usati sia tra quelli rifiutati.".into()
                }
                Msg::NoApprover => "Serve un'approvazione ma non è indicato chi approva.".into(),
                Msg::SplitMismatch { sum, monthly } => format!(
                    "Le quattro voci sommano {} ma il budget mensile è {}: devono coincidere.",
                    n(sum),
                    n(monthly)
                ),
                Msg::OutsideCalendar => {
                    "Questa data è fuori dal periodo del calendario: non comparirà.".into()
                }
            },
            Locale::En => match self {
                Msg::TooLong { max, now } => format!("At most {max} characters (now {now})."),
                Msg::TooMany { max, now } => format!("At most {max} items (now {now})."),
                Msg::OutOfRange {
                    min,
                    max,
                    now,
                    unit: Unit::Hours,
                } => format!(
                    "Enter between {} and {} hours a week (now {}).",
                    n(min),
                    n(max),
                    n(now)
                ),
                Msg::OutOfRange {
                    min,
                    max,
                    now,
                    unit: Unit::Money,
                } => {
                    format!(
                        "Enter an amount between {} and {} (now {}).",
                        n(min),
                        n(max),
                        n(now)
                    )
                }
                Msg::NotANumber => "Not a valid number: enter a figure.".into(),
                Msg::Negative { now } => format!("The value cannot be negative (now {}).", n(now)),
                Msg::YearOutOfRange { now } => {
                    format!("The date must fall between {FIRST_YEAR} and {LAST_YEAR} (now {now}).")
                }
                Msg::BadWeeks { now } => {
                    format!("The calendar lasts {MIN_WEEKS} to {MAX_WEEKS} weeks (now {now}).")
                }
                Msg::BadHorizon { now } => {
                    format!("The horizon can be 3, 6 or 12 months (now {now}).")
                }
                Msg::BadCountry => {
                    "Enter the country as a two-letter upper-case code, e.g. GB.".into()
                }
                Msg::BadCurrency => {
                    "Enter the currency as a three-letter upper-case code, e.g. EUR.".into()
                }
                Msg::SameAsPrimary => {
                    "A secondary goal cannot be the same as the primary goal.".into()
                }
                Msg::Duplicate => "This item is repeated: once is enough.".into(),
                Msg::EmptyListItem => "Empty item: write something or remove it.".into(),
                Msg::EmptyBusinessName => {
                    "The business name is missing: the plan will say \"your business\".".into()
                }
                Msg::EmptyValueProposition => "The value proposition is missing: without knowing \
                     why customers choose you, the strategy stays generic."
                    .into(),
                Msg::EmptyMetric => {
                    "The metric is missing: say what you measure (e.g. \"reach\").".into()
                }
                Msg::UnusedTarget => {
                    "This target is for a goal you have not chosen: it will not be used.".into()
                }
                Msg::NoAgeBand => {
                    "No age band: channels will be chosen without knowing the audience's age."
                        .into()
                }
                Msg::NoOnlineTime => {
                    "No time of day given: posting times will follow published data only.".into()
                }
                Msg::NoFormat => {
                    "No format given: the plan will assume simple photos and text.".into()
                }
                Msg::UsedAndRefused => "This channel is both in use and refused.".into(),
                Msg::NoApprover => "Approval is required but nobody is named as approver.".into(),
                Msg::SplitMismatch { sum, monthly } => format!(
                    "The four parts add up to {} but the monthly budget is {}: they must match.",
                    n(sum),
                    n(monthly)
                ),
                Msg::OutsideCalendar => {
                    "This date is outside the calendar's period: it will not appear.".into()
                }
            },
            _ => unreachable!("legacy() maps every locale to it or en"),
        }
    }
}

/// Formats a number for people: whole numbers without decimals, others with up to two,
/// thousands grouped, in the locale's style (`1.234,5` in Italian, `1,234.5` in English).
/// Non-finite values print as "—" rather than "NaN".
pub fn format_number(value: f64, locale: Locale) -> String {
    if !value.is_finite() {
        return "—".into();
    }
    let (group, decimal) = match locale.legacy() {
        Locale::It => ('.', ','),
        Locale::En => (',', '.'),
        _ => unreachable!("legacy() maps every locale to it or en"),
    };
    let rounded = (value * 100.0).round() / 100.0;
    let negative = rounded < 0.0;
    let abs = rounded.abs();
    let whole = abs.trunc();
    let cents = ((abs - whole) * 100.0).round() as u64;
    let digits = whole_digits(whole);
    let mut out = String::with_capacity(digits.len() + 6);
    if negative {
        out.push('-');
    }
    let len = digits.len();
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (len - i).is_multiple_of(3) {
            out.push(group);
        }
        out.push(d);
    }
    if cents > 0 {
        out.push(decimal);
        if cents.is_multiple_of(10) {
            out.push_str(&(cents / 10).to_string());
        } else {
            out.push(char::from(b'0' + (cents / 10) as u8));
            out.push(char::from(b'0' + (cents % 10) as u8));
        }
    }
    out
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
        assert_eq!(format_number(1_234_567.5, Locale::It), "1.234.567,5");
        assert_eq!(format_number(1_234_567.05, Locale::En), "1,234,567.05");
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
    fn every_message_is_non_empty_in_both_languages_and_codes_are_listed() {
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
            let it = m.text(Locale::It);
            let en = m.text(Locale::En);
            assert!(!it.trim().is_empty() && !en.trim().is_empty(), "{m:?}");
            assert_ne!(it, en, "{m:?} is not translated");
            assert!(CODES.contains(&m.code()), "{m:?}");
        }
    }

    #[test]
    fn numbers_are_formatted_per_locale() {
        assert_eq!(format_number(1234.5, Locale::It), "1.234,5");
        assert_eq!(format_number(1234.5, Locale::En), "1,234.5");
        assert_eq!(format_number(1_000_000.0, Locale::En), "1,000,000");
        assert_eq!(format_number(0.25, Locale::It), "0,25");
        assert_eq!(format_number(-3.0, Locale::En), "-3");
        assert_eq!(format_number(f64::NAN, Locale::En), "—");
        assert_eq!(format_number(999.999, Locale::En), "1,000");
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
