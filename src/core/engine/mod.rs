//! The strategy engine (DESIGN §5): answers + today → [`Plan`].
//!
//! [`build_plan`] is pure and deterministic: the same answers and the same `today` give the
//! same plan, with no clock, no I/O and no panic on any input. Sections follow Situation →
//! Objectives → Strategy → Tactics → Action → Control, then the workload check, the budget
//! and the warnings. Every default number comes from [`evidence`]; every user-facing text
//! comes from [`text`] in the answers' locale, so the UI only displays strings.

pub mod audiences;
pub mod channels;
pub mod content;
pub mod effort;
pub mod evidence;
pub mod money;
pub mod objectives;
pub mod people;
pub mod text;
pub mod warnings;

use chrono::{NaiveDate, Weekday};
use serde::{Serialize, Serializer};

use crate::core::calendar::{self, CalendarEntry, CalendarKeyDate};
use crate::core::model::{Answers, Channel, Format, Goal, Locale};

pub use evidence::Source;
pub use warnings::{WARNING_CODES, Warning, WarningSeverity};

/// The schema tag every plan carries.
pub const PLAN_SCHEMA: &str = "rotta.plan/1";

/// The whole strategy, already localised. Serialises as `rotta.plan/1` (docs/plan-format.md).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Plan {
    pub schema: &'static str,
    pub locale: Locale,
    /// The day the plan was computed for ("YYYY-MM-DD").
    #[serde(serialize_with = "ser_date")]
    pub today: NaiveDate,
    /// Document title, e.g. "Social media strategy: Forno Rossi".
    pub title: String,
    pub situation: Situation,
    pub objectives: Vec<objectives::Objective>,
    pub channels: Vec<channels::ChannelPlan>,
    pub excluded_channels: Vec<channels::ExcludedChannel>,
    pub mix: content::MixInfo,
    pub content_mix: Vec<content::PillarShare>,
    pub fuel: money::FuelPlan,
    pub roles: Vec<people::Role>,
    /// Days before publishing a post must be ready, when posts need approval.
    pub approval_lead_days: Option<u32>,
    pub routine: Vec<people::RoutineTask>,
    /// Online/offline coherence checks; empty when there is no venue and no event.
    pub coherence_checklist: Vec<String>,
    pub reviews: Vec<people::Review>,
    pub phases: Vec<people::Phase>,
    pub workload: Workload,
    pub budget: money::BudgetPlan,
    pub warnings: Vec<Warning>,
    pub calendar: Vec<CalendarEntry>,
    pub key_dates: Vec<CalendarKeyDate>,
    /// Every source a recommendation above cites, by id.
    pub sources: Vec<Source>,
}

/// Section 1: where the business stands.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Situation {
    pub business_name: String,
    pub sector: String,
    pub offer: String,
    pub reach: String,
    pub country: String,
    pub has_venue: bool,
    pub value_proposition: String,
    pub current_channels: Vec<CurrentChannelInfo>,
    pub competitors: Vec<String>,
    /// One paragraph summing the situation up.
    pub summary: String,
}

/// A channel the business already uses, with its baseline.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CurrentChannelInfo {
    pub channel: Channel,
    pub followers: u64,
    pub active: bool,
}

/// Section 7: the time the plan needs next to the time available.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Workload {
    /// The sum of the items' `minutes` (the middle of each range).
    pub minutes_needed: u32,
    pub minutes_available: u32,
    /// The range behind `minutes_needed`: every item at its quick and at its slow figure.
    pub minutes_needed_low: u32,
    pub minutes_needed_high: u32,
    /// When even one channel at its minimum does not fit: hours a week it would need.
    pub hours_needed_minimum: Option<f64>,
    /// Minutes a week the plan leaves unused, and what it says of them (from 30 minutes up).
    pub spare_minutes: u32,
    pub spare_note: Option<String>,
    pub items: Vec<WorkItem>,
    /// Says the minutes are estimates and where they come from.
    pub note: String,
}

/// One line of the workload.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WorkItem {
    /// "posts", "community", "listening", "reporting".
    pub task: &'static str,
    /// The channel, for posts and community.
    pub channel: Option<Channel>,
    pub label: String,
    /// Minutes a week the plan counts: the middle of `minutes_low`..=`minutes_high`.
    pub minutes: u32,
    pub minutes_low: u32,
    pub minutes_high: u32,
}

/// A weekly publishing slot: weekday ("mon".."sun") and local time ("HH:MM").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Slot {
    #[serde(serialize_with = "ser_weekday")]
    pub weekday: Weekday,
    #[serde(serialize_with = "ser_time")]
    pub time: chrono::NaiveTime,
}

pub(crate) fn ser_date<S: Serializer>(d: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(&d.format("%Y-%m-%d"))
}

fn ser_time<S: Serializer>(t: &chrono::NaiveTime, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(&t.format("%H:%M"))
}

fn ser_weekday<S: Serializer>(d: &Weekday, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(weekday_wire(*d))
}

/// A weekday as the plan JSON writes it.
pub const fn weekday_wire(d: Weekday) -> &'static str {
    match d {
        Weekday::Mon => "mon",
        Weekday::Tue => "tue",
        Weekday::Wed => "wed",
        Weekday::Thu => "thu",
        Weekday::Fri => "fri",
        Weekday::Sat => "sat",
        Weekday::Sun => "sun",
    }
}

impl Plan {
    /// The plan as pretty JSON (`rotta.plan/1`).
    pub fn to_json(&self) -> String {
        crate::core::json::pretty(self)
    }

    /// True when the plan carries a warning with `code`.
    pub fn has_warning(&self, code: &str) -> bool {
        self.warnings.iter().any(|w| w.code == code)
    }

    /// The plan of one channel, when it is recommended.
    pub fn channel(&self, channel: Channel) -> Option<&channels::ChannelPlan> {
        self.channels.iter().find(|c| c.channel == channel)
    }
}

/// The business name to show: the user's, or "your business" when empty.
fn display_name(answers: &Answers) -> String {
    let name = answers.business.name.trim();
    if name.is_empty() {
        text::T::YourBusiness.text(answers.locale)
    } else {
        name.to_string()
    }
}

/// The goals in order of importance: primary first, then the distinct secondary ones.
pub fn goals_in_order(answers: &Answers) -> Vec<Goal> {
    let mut goals = vec![answers.goals.primary];
    for g in &answers.goals.secondary {
        if !goals.contains(g) && goals.len() < 3 {
            goals.push(*g);
        }
    }
    goals
}

/// Formats the team can produce; simple photos and text when the user gave none.
pub fn producible_formats(answers: &Answers) -> Vec<Format> {
    if answers.channels.formats.is_empty() {
        vec![Format::Photo, Format::Text]
    } else {
        let mut formats = Vec::with_capacity(answers.channels.formats.len());
        for f in &answers.channels.formats {
            if !formats.contains(f) {
                formats.push(*f);
            }
        }
        formats
    }
}

/// Builds the plan. Pure and deterministic; never panics.
pub fn build_plan(answers: &Answers, today: NaiveDate) -> Plan {
    let locale = answers.locale;
    let name = display_name(answers);
    let goals = goals_in_order(answers);

    let situation = situation(answers, &name);
    let strategy = channels::plan_channels(answers, &goals);
    let content = content::plan_content(answers, &goals);
    let budget = money::plan_budget(answers);
    let fuel = money::plan_fuel(answers, &budget, &strategy.channels);
    let objectives = objectives::plan_objectives(answers, &goals, &strategy.channels);
    let outsourced = people::is_outsourced(answers);
    let approval_lead_days = answers
        .resources
        .approval
        .required
        .then(|| evidence::approval_lead_days(outsourced));
    let roles = people::roles(answers);
    let routine = people::routine(answers, &strategy.workload);
    let coherence_checklist = people::coherence_checklist(answers);
    let reviews = people::reviews(locale);
    let phases = people::phases(answers);
    let warnings = warnings::collect(answers, &strategy, &budget, &goals);

    let spec = calendar::CalendarSpec {
        start: answers.calendar.start,
        weeks: answers.calendar.weeks.clamp(1, 52),
        country: answers.business.country.clone(),
        has_venue: answers.business.has_venue,
        public_holidays: answers.calendar.public_holidays,
        marketing_days: answers.calendar.marketing_days,
        key_dates: answers.calendar.key_dates.clone(),
        channels: strategy
            .channels
            .iter()
            .map(channels::ChannelPlan::spec)
            .collect(),
        pillars: content
            .pillars
            .iter()
            .map(content::PillarShare::spec)
            .collect(),
        promo_share: content.mix.promo_share,
        approval_lead_days,
    };
    let built = calendar::build_calendar(&spec).render(locale);

    let mut plan = Plan {
        schema: PLAN_SCHEMA,
        locale,
        today,
        title: text::T::PlanTitle { name: &name }.text(locale),
        situation,
        objectives,
        channels: strategy.channels,
        excluded_channels: strategy.excluded,
        mix: content.mix,
        content_mix: content.pillars,
        fuel,
        roles,
        approval_lead_days,
        routine,
        coherence_checklist,
        reviews,
        phases,
        workload: strategy.workload,
        budget,
        warnings,
        calendar: built.entries,
        key_dates: built.key_dates,
        sources: Vec::new(),
    };
    plan.sources = cited_sources(&plan);
    plan
}

/// The sources the plan cites, in the evidence table's order.
fn cited_sources(plan: &Plan) -> Vec<Source> {
    let mut ids: Vec<&str> = Vec::with_capacity(16);
    for c in &plan.channels {
        ids.extend(c.sources.iter().copied());
    }
    ids.extend(plan.mix.sources.iter().copied());
    ids.extend(plan.fuel.sources.iter().copied());
    ids.extend(plan.budget.sources.iter().copied());
    for p in &plan.phases {
        ids.extend(p.sources.iter().copied());
    }
    for o in &plan.objectives {
        ids.extend(o.sources.iter().copied());
    }
    ids.push(evidence::SMB_TIME_SURVEY.id);
    ids.push(evidence::ROTTA_ESTIMATE.id);
    evidence::SOURCES
        .iter()
        .filter(|s| ids.contains(&s.id))
        .copied()
        .collect()
}

/// Section 1.
fn situation(answers: &Answers, name: &str) -> Situation {
    let b = &answers.business;
    let locale = answers.locale;
    let current: Vec<CurrentChannelInfo> = answers
        .channels
        .current
        .iter()
        .map(|c| CurrentChannelInfo {
            channel: c.channel,
            followers: c.followers,
            active: c.active,
        })
        .collect();
    let summary = text::T::SituationSummary {
        name,
        sector: text::sector_name(b.sector, locale),
        offer: text::offer_name(b.offer, locale),
        reach: text::reach_name(b.reach, locale),
        active_channels: current.iter().filter(|c| c.active).count(),
        followers: current.iter().map(|c| c.followers).sum(),
    }
    .text(locale);
    Situation {
        business_name: name.to_string(),
        sector: text::sector_name(b.sector, locale).to_string(),
        offer: text::offer_name(b.offer, locale).to_string(),
        reach: text::reach_name(b.reach, locale).to_string(),
        country: b.country.clone(),
        has_venue: b.has_venue,
        value_proposition: b.value_proposition.trim().to_string(),
        current_channels: current,
        competitors: b
            .competitors
            .iter()
            .map(|c| c.trim().to_string())
            .filter(|c| !c.is_empty())
            .collect(),
        summary,
    }
}

pub(crate) use ser_date as serialize_date;
