//! The plan's warnings (DESIGN §5), each with a stable code, a severity, the answers field
//! that causes it and a message ([`Say`], written in a language by the render).

use serde::{Serialize, Serializer};

use super::basics::{horizon_months, is_outsourced};
use super::channels::Strategy;
use super::evidence as ev;
use super::money::BudgetPlan;
use super::text::{Say, T};
use crate::core::fields::{Field, FieldPath};
use crate::core::model::{Answers, Channel, Goal, ManagedBy};

/// What a warning is about. Serialises as its wire code ("too_little_time").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WarningCode {
    TooLittleTime,
    TooManyChannels,
    NoAdsBudget,
    UnpaidManagement,
    VanityGoal,
    UnrealisticHorizon,
    MissingValueProposition,
    AudienceChannelMismatch,
    SplitMismatch,
    NoConversionTracking,
}

impl WarningCode {
    /// Every code, in the order of [`WARNING_CODES`].
    pub const ALL: [WarningCode; 10] = [
        WarningCode::TooLittleTime,
        WarningCode::TooManyChannels,
        WarningCode::NoAdsBudget,
        WarningCode::UnpaidManagement,
        WarningCode::VanityGoal,
        WarningCode::UnrealisticHorizon,
        WarningCode::MissingValueProposition,
        WarningCode::AudienceChannelMismatch,
        WarningCode::SplitMismatch,
        WarningCode::NoConversionTracking,
    ];

    /// The wire code.
    pub const fn as_str(self) -> &'static str {
        match self {
            WarningCode::TooLittleTime => "too_little_time",
            WarningCode::TooManyChannels => "too_many_channels",
            WarningCode::NoAdsBudget => "no_ads_budget",
            WarningCode::UnpaidManagement => "unpaid_management",
            WarningCode::VanityGoal => "vanity_goal",
            WarningCode::UnrealisticHorizon => "unrealistic_horizon",
            WarningCode::MissingValueProposition => "missing_value_proposition",
            WarningCode::AudienceChannelMismatch => "audience_channel_mismatch",
            WarningCode::SplitMismatch => "split_mismatch",
            WarningCode::NoConversionTracking => "no_conversion_tracking",
        }
    }

    /// The code with this wire name.
    pub fn from_wire(code: &str) -> Option<WarningCode> {
        WarningCode::ALL.into_iter().find(|c| c.as_str() == code)
    }
}

impl Serialize for WarningCode {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl PartialEq<&str> for WarningCode {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl std::fmt::Display for WarningCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Every warning code the plan can carry, as written in the plan JSON.
pub const WARNING_CODES: [&str; 10] = [
    "too_little_time",
    "too_many_channels",
    "no_ads_budget",
    "unpaid_management",
    "vanity_goal",
    "unrealistic_horizon",
    "missing_value_proposition",
    "audience_channel_mismatch",
    "split_mismatch",
    "no_conversion_tracking",
];

/// How much a warning matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum WarningSeverity {
    /// The plan cannot work as answered.
    Critical,
    /// The plan works but will likely disappoint.
    Warning,
    /// Good to know.
    Info,
}

/// One warning; `S` is the message: [`Say`] from the engine, `String` once rendered.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Warning<S = String> {
    pub code: WarningCode,
    pub severity: WarningSeverity,
    /// The answers field to change, written as its path, e.g. "resources.hours_per_week".
    pub field: FieldPath,
    pub message: S,
}

/// Words that mark a raw follower or like count, in every language Rotta speaks: the user
/// types the metric in any of them and the decision must not depend on the interface's
/// language (switching language re-renders the plan, it does not re-plan). Matching
/// vocabulary, never shown.
const VANITY_WORDS: &[&str] = &[
    // en
    "follower",
    "followers",
    "fan",
    "fans",
    "like",
    "likes",
    "subscribers",
    // it
    "seguaci",
    "iscritti",
    "piace",
    // es
    "seguidores",
    "seguidor",
    "suscriptores",
    "gusta",
    // fr
    "abonnés",
    "abonné",
    "abonnes",
    "aime",
    // de ("Follower", "Fans", "Likes" as in English)
    "abonnenten",
    "gefällt",
    "anhänger",
];

/// Collects the warnings, most severe first (stable order within a severity).
pub fn collect(
    answers: &Answers,
    strategy: &Strategy,
    budget: &BudgetPlan<Say>,
    goals: &[Goal],
) -> Vec<Warning<Say>> {
    let mut out = Vec::new();
    let mut push = |code: WarningCode, severity, field: FieldPath, message: Say| {
        out.push(Warning {
            code,
            severity,
            field,
            message,
        });
    };

    let w = &strategy.workload;
    if w.hours_needed_minimum.is_some() || w.minutes_needed > w.minutes_available {
        let needed = w
            .hours_needed_minimum
            .unwrap_or((f64::from(w.minutes_needed) / 30.0).ceil() / 2.0);
        let available = f64::from(w.minutes_available) / 60.0;
        push(
            WarningCode::TooLittleTime,
            WarningSeverity::Critical,
            Field::ResourcesHoursPerWeek.into(),
            T::WarnTooLittleTime { available, needed },
        );
    }

    let mut current: Vec<Channel> = Vec::new();
    for c in &answers.channels.current {
        if !current.contains(&c.channel) && !answers.channels.refused.contains(&c.channel) {
            current.push(c.channel);
        }
    }
    if current.len() > strategy.channels.len().max(1) || current.len() > ev::MAX_CHANNELS {
        let kept: Vec<Channel> = strategy.channels.iter().map(|c| c.channel).collect();
        push(
            WarningCode::TooManyChannels,
            WarningSeverity::Warning,
            Field::ChannelsCurrent.into(),
            T::WarnTooManyChannels {
                current: current.len(),
                kept,
                hours: answers.resources.hours_per_week,
            },
        );
    }

    if budget.ads <= 0.0 && !strategy.channels.is_empty() {
        let (low, high) = ev::ORGANIC_REACH_RANGE;
        let field = if budget.user_split {
            Field::BudgetSplitAds
        } else {
            Field::BudgetMonthly
        };
        push(
            WarningCode::NoAdsBudget,
            WarningSeverity::Warning,
            field.into(),
            T::WarnNoAds {
                low: (low * 100.0).round() as u32,
                high: (high * 100.0).round() as u32,
            },
        );
    }

    if is_outsourced(answers) && budget.management <= 0.0 {
        let field = if budget.user_split {
            Field::BudgetSplitManagement
        } else {
            Field::BudgetMonthly
        };
        push(
            WarningCode::UnpaidManagement,
            WarningSeverity::Warning,
            field.into(),
            T::WarnUnpaidOutsourced {
                agency: answers.resources.managed_by == ManagedBy::Agency,
            },
        );
    } else if !is_outsourced(answers)
        && !answers
            .budget
            .owner_hourly_value
            .is_some_and(|v| v.is_finite() && v > 0.0)
    {
        push(
            WarningCode::UnpaidManagement,
            WarningSeverity::Info,
            Field::BudgetHourlyValue.into(),
            T::WarnUnpaidOwnTime,
        );
    }

    for (i, t) in answers.goals.targets.iter().enumerate() {
        if goals.contains(&t.goal) && is_vanity(&t.metric) {
            push(
                WarningCode::VanityGoal,
                WarningSeverity::Warning,
                Field::GoalsTargetMetric.at(i),
                T::WarnVanity {
                    metric: t.metric.trim().to_string(),
                },
            );
        }
    }

    let horizon = horizon_months(answers);
    let slow_goal = goals
        .iter()
        .copied()
        .find(|g| matches!(g, Goal::Sales | Goal::Leads));
    if let (3, Some(goal)) = (horizon, slow_goal) {
        push(
            WarningCode::UnrealisticHorizon,
            WarningSeverity::Warning,
            Field::GoalsHorizon.into(),
            T::WarnShortHorizon {
                goal,
                sales: (ev::YEAR_ONE_SALES * 100.0).round() as u32,
            },
        );
    }
    if horizon <= 6 {
        for (i, t) in answers.goals.targets.iter().enumerate() {
            let steep = t.baseline.is_finite()
                && t.target.is_finite()
                && t.baseline > 0.0
                && t.target / t.baseline > ev::MAX_REALISTIC_GROWTH;
            if steep && goals.contains(&t.goal) {
                push(
                    WarningCode::UnrealisticHorizon,
                    WarningSeverity::Warning,
                    Field::GoalsTargetTarget.at(i),
                    T::WarnSteepTarget {
                        factor: t.target / t.baseline,
                        months: horizon,
                    },
                );
            }
        }
    }

    if answers.business.value_proposition.trim().is_empty() {
        push(
            WarningCode::MissingValueProposition,
            WarningSeverity::Warning,
            Field::BusinessValueProposition.into(),
            T::WarnNoValueProposition,
        );
    }

    for (i, c) in answers.channels.current.iter().enumerate() {
        if !c.active
            || answers
                .channels
                .current
                .iter()
                .take(i)
                .any(|e| e.channel == c.channel)
        {
            continue;
        }
        let facts = ev::channel_facts(c.channel);
        let fit = strategy
            .audience_fit
            .get(
                ev::CHANNELS
                    .iter()
                    .position(|f| f.channel == c.channel)
                    .unwrap_or(0),
            )
            .copied()
            .unwrap_or(1.0);
        let field = Field::ChannelsCurrentChannel.at(i);
        if fit < ev::MISMATCH_AUDIENCE_FIT && !answers.audience.age_bands.is_empty() {
            push(
                WarningCode::AudienceChannelMismatch,
                WarningSeverity::Warning,
                field,
                T::WarnAudienceMismatch {
                    channel: c.channel,
                    pct: (fit * 100.0).round() as u32,
                },
            );
        } else if ev::offer_fit(facts, answers.business.offer) < ev::MISMATCH_AUDIENCE_FIT {
            push(
                WarningCode::AudienceChannelMismatch,
                WarningSeverity::Warning,
                field,
                T::WarnOfferMismatch { channel: c.channel },
            );
        }
    }

    if budget.split_mismatch {
        push(
            WarningCode::SplitMismatch,
            WarningSeverity::Critical,
            Field::BudgetSplit.into(),
            T::WarnSplitMismatch {
                sum: budget.ads + budget.content + budget.management + budget.tools,
                monthly: budget.monthly,
            },
        );
    }

    if answers.goals.conversion.is_none() {
        let selling = goals
            .iter()
            .any(|g| matches!(g, Goal::Traffic | Goal::Leads | Goal::Sales));
        push(
            WarningCode::NoConversionTracking,
            if selling {
                WarningSeverity::Warning
            } else {
                WarningSeverity::Info
            },
            Field::GoalsConversion.into(),
            T::WarnNoConversion,
        );
    }

    crate::core::order::sort_by_key(&mut out, |w| w.severity);
    out
}

/// True when a metric is a raw count of followers, fans or likes.
pub fn is_vanity(metric: &str) -> bool {
    let lower = metric.to_lowercase();
    lower
        .split(|c: char| !c.is_alphanumeric())
        .any(|word| VANITY_WORDS.contains(&word))
}
