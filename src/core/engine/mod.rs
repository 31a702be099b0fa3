//! The strategy engine (DESIGN §5): answers + today → [`Plan`].
//!
//! [`build_plan`] is pure and deterministic: the same answers and the same `today` give the
//! same plan, with no clock, no I/O and no panic on any input. Sections follow Situation →
//! Objectives → Strategy → Tactics → Action → Control, then the workload check, the budget
//! and the warnings. Every default number comes from [`evidence`].
//!
//! The engine decides in types: [`plan`] returns a [`Plan<Say>`] whose texts are typed
//! messages ([`text::Say`]: a message and its arguments, no language yet). [`render()`]
//! writes them in a locale ([`Plan<String>`], the `rotta.plan/1` document), so switching
//! language re-renders the same decisions without planning again. [`build_plan`] does both
//! in the answers' locale, with the calendar.

pub mod audiences;
mod basics;
pub mod channels;
pub mod content;
pub mod effort;
pub mod evidence;
pub mod kinds;
pub mod money;
pub mod objectives;
pub mod people;
pub mod render;
pub mod text;
pub mod warnings;

use chrono::{NaiveDate, Weekday};
use serde::{Serialize, Serializer};

use crate::core::calendar::{self, CalendarEntry, CalendarKeyDate};
use crate::core::model::{Answers, Channel, Format, Goal, Locale};

pub use basics::horizon_months;
pub use evidence::Source;
pub use kinds::{PhaseId, Pillar, WorkTask};
pub use render::render;
pub use text::Say;
pub use warnings::{WARNING_CODES, Warning, WarningCode, WarningSeverity};

/// The schema tag every plan carries.
pub const PLAN_SCHEMA: &str = "rotta.plan/1";

/// The whole strategy. `S` is the type of its texts: [`Say`] (typed messages) as the engine
/// decides it, `String` once rendered in a locale. `Plan<String>` serialises as
/// `rotta.plan/1` (docs/plan-format.md).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Plan<S = String> {
    pub schema: &'static str,
    /// The language of the texts (for a `Plan<Say>`: the answers' language, which the
    /// decisions do not depend on).
    pub locale: Locale,
    /// The day the plan was computed for ("YYYY-MM-DD").
    #[serde(serialize_with = "ser_date")]
    pub today: NaiveDate,
    /// Document title, e.g. "Social media strategy: Forno Rossi".
    pub title: S,
    pub situation: Situation<S>,
    pub objectives: Vec<objectives::Objective<S>>,
    pub channels: Vec<channels::ChannelPlan<S>>,
    pub excluded_channels: Vec<channels::ExcludedChannel<S>>,
    pub mix: content::MixInfo<S>,
    pub content_mix: Vec<content::PillarShare<S>>,
    pub fuel: money::FuelPlan<S>,
    pub roles: Vec<people::Role<S>>,
    /// Days before publishing a post must be ready, when posts need approval.
    pub approval_lead_days: Option<u32>,
    pub routine: Vec<people::RoutineTask<S>>,
    /// Online/offline coherence checks; empty when there is no venue and no event.
    pub coherence_checklist: Vec<S>,
    pub reviews: Vec<people::Review<S>>,
    pub phases: Vec<people::Phase<S>>,
    pub workload: Workload<S>,
    pub budget: money::BudgetPlan<S>,
    pub warnings: Vec<Warning<S>>,
    /// The calendar, in the plan's locale: empty in a `Plan<Say>` (see [`calendar_for`]).
    pub calendar: Vec<CalendarEntry>,
    pub key_dates: Vec<CalendarKeyDate>,
    /// Every source a recommendation above cites, by id.
    pub sources: Vec<Source>,
}

/// Section 1: where the business stands.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Situation<S = String> {
    /// The user's business name, or "your business" when empty.
    pub business_name: S,
    /// The sector, the offer and the reach, named for a sentence.
    pub sector: S,
    pub offer: S,
    pub reach: S,
    pub country: String,
    pub has_venue: bool,
    pub value_proposition: String,
    pub current_channels: Vec<CurrentChannelInfo>,
    pub competitors: Vec<String>,
    /// One paragraph summing the situation up.
    pub summary: S,
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
pub struct Workload<S = String> {
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
    pub spare_note: Option<S>,
    pub items: Vec<WorkItem<S>>,
    /// Says the minutes are estimates and where they come from.
    pub note: S,
}

/// One line of the workload.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WorkItem<S = String> {
    /// "posts", "community", "listening", "reporting".
    pub task: WorkTask,
    /// The channel, for posts and community.
    pub channel: Option<Channel>,
    pub label: S,
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
}

impl<S> Plan<S> {
    /// True when the plan carries a warning with `code`.
    pub fn has_warning(&self, code: WarningCode) -> bool {
        self.warnings.iter().any(|w| w.code == code)
    }

    /// The plan of one channel, when it is recommended.
    pub fn channel(&self, channel: Channel) -> Option<&channels::ChannelPlan<S>> {
        self.channels.iter().find(|c| c.channel == channel)
    }
}

/// The user's business name, `None` when empty (then the texts say "your business").
fn business_name(answers: &Answers) -> Option<String> {
    let name = answers.business.name.trim();
    (!name.is_empty()).then(|| name.to_string())
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

/// Builds the plan in the answers' language, with its calendar. Pure and deterministic;
/// never panics. The same as [`plan`], then [`render()`] and [`calendar_for`].
pub fn build_plan(answers: &Answers, today: NaiveDate) -> Plan {
    let typed = plan(answers, today);
    let mut rendered = render(&typed, answers.locale);
    let calendar = calendar_for(answers, &typed).render(answers.locale);
    rendered.calendar = calendar.entries;
    rendered.key_dates = calendar.key_dates;
    rendered
}

/// Decides the plan: every section as types, numbers and typed messages, in no language.
/// The calendar is left empty ([`calendar_for`] builds it, typed too). Pure and deterministic; never
/// panics; the answers' locale only travels along as `Plan::locale`.
pub fn plan(answers: &Answers, today: NaiveDate) -> Plan<Say> {
    let name = business_name(answers);
    let goals = goals_in_order(answers);

    let situation = situation(answers, name.clone());
    let strategy = channels::plan_channels(answers, &goals);
    let content = content::plan_content(answers, &goals);
    let budget = money::plan_budget(answers);
    let fuel = money::plan_fuel(answers, &budget, &strategy.channels);
    let objectives = objectives::plan_objectives(answers, &goals, &strategy.channels);
    let approval_lead_days = approval_lead_days(answers);
    let roles = people::roles(answers);
    let routine = people::routine(answers, &strategy.workload);
    let coherence_checklist = people::coherence_checklist(answers);
    let reviews = people::reviews();
    let phases = people::phases(answers);
    let warnings = warnings::collect(answers, &strategy, &budget, &goals);

    let mut plan = Plan {
        schema: PLAN_SCHEMA,
        locale: answers.locale,
        today,
        title: Say::PlanTitle { name },
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
        calendar: Vec::new(),
        key_dates: Vec::new(),
        sources: Vec::new(),
    };
    plan.sources = cited_sources(&plan);
    plan
}

/// Days before publishing a post must be ready, when posts need approval.
fn approval_lead_days(answers: &Answers) -> Option<u32> {
    answers
        .resources
        .approval
        .required
        .then(|| evidence::approval_lead_days(people::is_outsourced(answers)))
}

/// The calendar of a decided plan, typed (in no language: `Calendar::render` writes it in
/// one). Pure and deterministic.
pub fn calendar_for(
    answers: &Answers,
    plan: &Plan<Say>,
) -> calendar::Calendar<calendar::texts::Text> {
    let spec = calendar::CalendarSpec {
        start: answers.calendar.start,
        weeks: answers.calendar.weeks.clamp(1, 52),
        country: answers.business.country.clone(),
        has_venue: answers.business.has_venue,
        public_holidays: answers.calendar.public_holidays,
        marketing_days: answers.calendar.marketing_days,
        key_dates: answers.calendar.key_dates.clone(),
        channels: plan
            .channels
            .iter()
            .map(channels::ChannelPlan::spec)
            .collect(),
        pillars: plan
            .content_mix
            .iter()
            .map(content::PillarShare::spec)
            .collect(),
        promo_share: plan.mix.promo_share,
        approval_lead_days: plan.approval_lead_days,
        ideas: idea_inputs(answers),
    };
    calendar::build_calendar(&spec)
}

/// What the post ideas take from the answers.
pub fn idea_inputs(answers: &Answers) -> crate::core::ideas::IdeaInputs {
    crate::core::ideas::IdeaInputs {
        sector: answers.business.sector,
        keywords: answers
            .audience
            .listen_keywords
            .iter()
            .map(|k| k.trim())
            .filter(|k| !k.is_empty())
            .map(str::to_owned)
            .collect(),
        value: answers.business.value_proposition.trim().to_owned(),
        choices: answers.calendar.ideas.clone(),
    }
}

/// The sources the plan cites, in the evidence table's order.
fn cited_sources<S>(plan: &Plan<S>) -> Vec<Source> {
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
fn situation(answers: &Answers, name: Option<String>) -> Situation<Say> {
    let b = &answers.business;
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
    let summary = Say::SituationSummary {
        name: name.clone(),
        sector: b.sector,
        offer: b.offer,
        reach: b.reach,
        active_channels: current.iter().filter(|c| c.active).count(),
        followers: current.iter().map(|c| c.followers).sum(),
    };
    Situation {
        business_name: name.map_or(Say::YourBusiness, Say::Verbatim),
        sector: Say::SectorName(b.sector),
        offer: Say::OfferName(b.offer),
        reach: Say::ReachName(b.reach),
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

/// The plan of DESIGN.md's example answers (tests/fixtures/answers_design_example.json) in
/// `locale`, for the unit tests of what draws or writes a plan.
#[cfg(test)]
pub(crate) fn design_example(locale: Locale) -> Plan {
    let mut a = Answers::from_json(include_str!(
        "../../../tests/fixtures/answers_design_example.json"
    ))
    .expect("the design example reads");
    a.locale = locale;
    build_plan(&a, a.calendar.start)
}
