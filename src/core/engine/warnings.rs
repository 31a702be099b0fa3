//! The plan's warnings (DESIGN §5), each with a stable code, a severity, the answers field
//! that causes it and a message in the user's language.

use serde::Serialize;

use super::channels::Strategy;
use super::evidence as ev;
use super::money::BudgetPlan;
use super::objectives::horizon_months;
use super::people::is_outsourced;
use super::text::{self, T};
use crate::core::fields::{Field, FieldPath};
use crate::core::model::{Answers, Channel, Goal, ManagedBy};

/// Every warning code the plan can carry.
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

/// One warning.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Warning {
    /// One of [`WARNING_CODES`].
    pub code: &'static str,
    pub severity: WarningSeverity,
    /// The answers field to change, written as its path, e.g. "resources.hours_per_week".
    pub field: FieldPath,
    pub message: String,
}

/// Words that mark a raw follower or like count.
const VANITY_WORDS: [&str; 10] = [
    "follower",
    "followers",
    "fan",
    "fans",
    "like",
    "likes",
    "seguaci",
    "iscritti",
    "subscribers",
    "piace",
];

/// Collects the warnings, most severe first (stable order within a severity).
pub fn collect(
    answers: &Answers,
    strategy: &Strategy,
    budget: &BudgetPlan,
    goals: &[Goal],
) -> Vec<Warning> {
    let locale = answers.locale;
    let mut out = Vec::new();
    let mut push = |code: &'static str, severity, field: FieldPath, msg: T| {
        out.push(Warning {
            code,
            severity,
            field,
            message: msg.text(locale),
        });
    };

    let w = &strategy.workload;
    if w.hours_needed_minimum.is_some() || w.minutes_needed > w.minutes_available {
        let needed = w
            .hours_needed_minimum
            .unwrap_or((f64::from(w.minutes_needed) / 30.0).ceil() / 2.0);
        let available = f64::from(w.minutes_available) / 60.0;
        push(
            "too_little_time",
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
            "too_many_channels",
            WarningSeverity::Warning,
            Field::ChannelsCurrent.into(),
            T::WarnTooManyChannels {
                current: current.len(),
                kept: &text::channel_list(&kept),
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
            "no_ads_budget",
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
            "unpaid_management",
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
            "unpaid_management",
            WarningSeverity::Info,
            Field::BudgetHourlyValue.into(),
            T::WarnUnpaidOwnTime,
        );
    }

    for (i, t) in answers.goals.targets.iter().enumerate() {
        if goals.contains(&t.goal) && is_vanity(&t.metric) {
            push(
                "vanity_goal",
                WarningSeverity::Warning,
                Field::GoalsTargetMetric.at(i),
                T::WarnVanity {
                    metric: t.metric.trim(),
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
            "unrealistic_horizon",
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
                    "unrealistic_horizon",
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
            "missing_value_proposition",
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
                "audience_channel_mismatch",
                WarningSeverity::Warning,
                field,
                T::WarnAudienceMismatch {
                    channel: c.channel,
                    pct: (fit * 100.0).round() as u32,
                },
            );
        } else if ev::offer_fit(facts, answers.business.offer) < ev::MISMATCH_AUDIENCE_FIT {
            push(
                "audience_channel_mismatch",
                WarningSeverity::Warning,
                field,
                T::WarnOfferMismatch { channel: c.channel },
            );
        }
    }

    if budget.split_mismatch {
        push(
            "split_mismatch",
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
            "no_conversion_tracking",
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
