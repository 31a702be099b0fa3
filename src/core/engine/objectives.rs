//! SMART objectives: macro (business, per goal) and micro (per chosen channel), each with
//! metric, baseline, target, deadline, owner, the conversion event and KPIs.

use chrono::{Months, NaiveDate};
use serde::Serialize;

use super::channels::ChannelPlan;
use super::evidence as ev;
use super::people;
use super::text::T;
use crate::core::model::{Answers, Channel, Goal, Locale};

/// Business level or channel level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Macro,
    Micro,
}

/// One SMART objective.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Objective {
    pub level: Level,
    pub goal: Goal,
    /// The channel, for micro objectives.
    pub channel: Option<Channel>,
    pub metric: String,
    /// The user's baseline; `None` means "measure it in the first month".
    pub baseline: Option<f64>,
    /// The user's target; `None` means the plan proposes a relative one in `target_note`.
    pub target: Option<f64>,
    pub target_note: String,
    #[serde(serialize_with = "super::serialize_date")]
    pub deadline: NaiveDate,
    pub owner: String,
    /// The conversion event and how it is measured.
    pub conversion: String,
    /// KPIs to watch, quality first.
    pub kpis: Vec<String>,
    pub sources: Vec<&'static str>,
}

/// Months of the horizon; anything other than 3, 6 or 12 counts as 6 (validation flags it).
pub fn horizon_months(answers: &Answers) -> u32 {
    match answers.goals.horizon_months {
        h @ (3 | 6 | 12) => h,
        _ => 6,
    }
}

/// `start` plus `months`, or `start` itself at the end of the calendar's range.
pub fn add_months(start: NaiveDate, months: u32) -> NaiveDate {
    start
        .checked_add_months(Months::new(months))
        .unwrap_or(start)
}

/// The macro objectives (one per goal) and the micro ones (one per channel).
pub fn plan_objectives(
    answers: &Answers,
    goals: &[Goal],
    channels: &[ChannelPlan],
) -> Vec<Objective> {
    let locale = answers.locale;
    let start = answers.calendar.start;
    let deadline = add_months(start, horizon_months(answers));
    let conversion = T::ConversionText(answers.goals.conversion).text(locale);
    let mut out = Vec::with_capacity(goals.len() + channels.len());
    for goal in goals {
        let user = answers.goals.targets.iter().find(|t| t.goal == *goal);
        let metric = user
            .map(|t| t.metric.trim())
            .filter(|m| !m.is_empty())
            .map_or_else(|| T::MainMetric(*goal).text(locale), str::to_string);
        let baseline = user.map(|t| t.baseline).filter(|v| v.is_finite());
        let target = user.map(|t| t.target).filter(|v| v.is_finite());
        let target_note = match (baseline, target) {
            (Some(b), Some(t)) => T::TargetFromUser {
                baseline: b,
                target: t,
                deadline,
            }
            .text(locale),
            _ => T::TargetProposal {
                goal: *goal,
                deadline,
            }
            .text(locale),
        };
        out.push(Objective {
            level: Level::Macro,
            goal: *goal,
            channel: None,
            metric,
            baseline,
            target,
            target_note,
            deadline,
            owner: people::marketing_manager(answers),
            conversion: conversion.clone(),
            kpis: kpis(*goal, locale),
            sources: vec![ev::SMART_GOALS.id, ev::KPIS_BY_GOAL.id],
        });
    }
    // Channel objectives are short term: activity and reach first (heuristics §2.6).
    let short_deadline = add_months(start, 3.min(horizon_months(answers)));
    for c in channels {
        out.push(Objective {
            level: Level::Micro,
            goal: c.goal,
            channel: Some(c.channel),
            metric: T::ChannelMetric(c.goal).text(locale),
            baseline: None,
            target: None,
            target_note: T::ChannelTarget {
                posts: c.posts_per_week,
                goal: c.goal,
                deadline: short_deadline,
            }
            .text(locale),
            deadline: short_deadline,
            owner: people::social_media_manager(answers),
            conversion: conversion.clone(),
            kpis: kpis(c.goal, locale),
            sources: vec![ev::ENGAGEMENT_BY_REACH.id, ev::RESULTS_TIMELINE.id],
        });
    }
    out
}

/// The KPIs of a goal (DESIGN §5), quality measures first.
pub fn kpis(goal: Goal, locale: Locale) -> Vec<String> {
    T::Kpis(goal)
        .text(locale)
        .split(" · ")
        .map(str::to_string)
        .collect()
}
