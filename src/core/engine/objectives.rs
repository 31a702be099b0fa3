//! SMART objectives: macro (business, per goal) and micro (per chosen channel), each with
//! metric, baseline, target, deadline, owner, the conversion event and KPIs.

use chrono::NaiveDate;
use serde::Serialize;

pub use super::basics::{add_months, horizon_months};
use super::basics::{marketing_manager, social_media_manager};
use super::channels::ChannelPlan;
use super::evidence as ev;
use super::text::{Say, T};
use crate::core::model::{Answers, Channel, Goal};

/// Business level or channel level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Macro,
    Micro,
}

/// One SMART objective; `S` is the text type ([`Say`] from the engine, `String` rendered).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Objective<S = String> {
    pub level: Level,
    pub goal: Goal,
    /// The channel, for micro objectives.
    pub channel: Option<Channel>,
    pub metric: S,
    /// The user's baseline; `None` means "measure it in the first month".
    pub baseline: Option<f64>,
    /// The user's target; `None` means the plan proposes a relative one in `target_note`.
    pub target: Option<f64>,
    pub target_note: S,
    #[serde(serialize_with = "super::serialize_date")]
    pub deadline: NaiveDate,
    pub owner: S,
    /// The conversion event and how it is measured.
    pub conversion: S,
    /// KPIs to watch, quality first. The engine says them as one [`T::Kpis`] message;
    /// the render writes one string per KPI.
    pub kpis: Vec<S>,
    pub sources: Vec<&'static str>,
}

/// The macro objectives (one per goal) and the micro ones (one per channel).
pub fn plan_objectives(
    answers: &Answers,
    goals: &[Goal],
    channels: &[ChannelPlan<Say>],
) -> Vec<Objective<Say>> {
    let start = answers.calendar.start;
    let deadline = add_months(start, horizon_months(answers));
    let conversion = T::ConversionText(answers.goals.conversion);
    let mut out = Vec::with_capacity(goals.len() + channels.len());
    for goal in goals {
        let user = answers.goals.targets.iter().find(|t| t.goal == *goal);
        let metric = user
            .map(|t| t.metric.trim())
            .filter(|m| !m.is_empty())
            .map_or_else(|| T::MainMetric(*goal), |m| T::Verbatim(m.to_string()));
        let baseline = user.map(|t| t.baseline).filter(|v| v.is_finite());
        let target = user.map(|t| t.target).filter(|v| v.is_finite());
        let target_note = match (baseline, target) {
            (Some(b), Some(t)) => T::TargetFromUser {
                baseline: b,
                target: t,
                deadline,
            },
            _ => T::TargetProposal {
                goal: *goal,
                deadline,
            },
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
            owner: marketing_manager(answers),
            conversion: conversion.clone(),
            kpis: vec![T::Kpis(*goal)],
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
            metric: T::ChannelMetric(c.goal),
            baseline: None,
            target: None,
            target_note: T::ChannelTarget {
                posts: c.posts_per_week,
                goal: c.goal,
                deadline: short_deadline,
            },
            deadline: short_deadline,
            owner: social_media_manager(answers),
            conversion: conversion.clone(),
            kpis: vec![T::Kpis(c.goal)],
            sources: vec![ev::ENGAGEMENT_BY_REACH.id, ev::RESULTS_TIMELINE.id],
        });
    }
    out
}

/// The KPIs of a goal (DESIGN §5) in `locale`, quality first.
pub fn kpis(goal: Goal, locale: crate::core::model::Locale) -> Vec<String> {
    split_kpis(&T::Kpis(goal).text(locale))
}

/// One string per KPI of a rendered [`T::Kpis`] ("a · b · c").
pub fn split_kpis(text: &str) -> Vec<String> {
    text.split(" · ").map(str::to_string).collect()
}
