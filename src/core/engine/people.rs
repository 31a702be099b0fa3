//! Action and control: roles, the weekly routine, the online/offline checklist, the review
//! cadence and the timeline of phases.

use serde::Serialize;

use super::Workload;
use super::basics::horizon_months;
pub use super::basics::{is_outsourced, marketing_manager, social_media_manager};
use super::evidence as ev;
use super::kinds::{PhaseId, WorkTask};
use super::text::{Say, T};
use crate::core::model::{Answers, KeyDateKind, ManagedBy};

/// A role of the plan and who holds it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Role<S = String> {
    /// "marketing_manager", "social_media_manager", "approver", "community_manager".
    pub id: &'static str,
    pub name: S,
    pub holder: S,
    pub duties: S,
}

/// One recurring block of the week.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RoutineTask<S = String> {
    /// "listening", "community", "publishing", "reporting".
    pub id: &'static str,
    pub name: S,
    pub minutes_per_week: u32,
    pub what: S,
}

/// A review moment.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Review<S = String> {
    /// "weekly", "monthly", "quarterly".
    pub cadence: &'static str,
    pub name: S,
    pub minutes: u32,
    pub what: S,
}

/// A phase of the timeline to results.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Phase<S = String> {
    /// "foundation", "consistency", "optimisation", "results".
    pub id: PhaseId,
    pub name: S,
    pub from_month: u32,
    pub to_month: u32,
    /// What this phase should show.
    pub expect: S,
    /// False when the phase starts after the chosen horizon.
    pub within_horizon: bool,
    pub sources: Vec<&'static str>,
}

/// The roles table: both managers named even when one person holds both.
pub fn roles(answers: &Answers) -> Vec<Role<Say>> {
    let mm = marketing_manager(answers);
    let smm = social_media_manager(answers);
    let same_person = answers.resources.managed_by == ManagedBy::Owner;
    let approval = &answers.resources.approval;
    let approver = match approval.by.as_deref().map(str::trim) {
        Some(by) if approval.required && !by.is_empty() => T::Verbatim(by.to_string()),
        _ if approval.required => mm.clone(),
        _ => T::HolderNoApproval,
    };
    vec![
        Role {
            id: "marketing_manager",
            name: T::RoleMarketingManager,
            holder: mm.clone(),
            duties: T::DutiesMarketingManager,
        },
        Role {
            id: "social_media_manager",
            name: T::RoleSocialMediaManager,
            holder: smm.clone(),
            duties: T::DutiesSocialMediaManager { same_person },
        },
        Role {
            id: "approver",
            name: T::RoleApprover,
            holder: approver,
            duties: T::DutiesApprover {
                required: approval.required,
            },
        },
        Role {
            id: "community_manager",
            name: T::RoleCommunity,
            holder: smm,
            duties: T::DutiesCommunity,
        },
    ]
}

/// The weekly routine, from the workload's minutes.
pub fn routine(answers: &Answers, workload: &Workload<Say>) -> Vec<RoutineTask<Say>> {
    let minutes = |task: WorkTask| {
        workload
            .items
            .iter()
            .filter(|i| i.task == task)
            .map(|i| i.minutes)
            .sum::<u32>()
    };
    let has_watchlist =
        !answers.business.competitors.is_empty() || !answers.audience.listen_keywords.is_empty();
    vec![
        RoutineTask {
            id: "listening",
            name: T::RoutineListening,
            minutes_per_week: minutes(WorkTask::Listening),
            what: T::RoutineListeningWhat { has_watchlist },
        },
        RoutineTask {
            id: "publishing",
            name: T::RoutinePublishing,
            minutes_per_week: minutes(WorkTask::Posts),
            what: T::RoutinePublishingWhat,
        },
        RoutineTask {
            id: "community",
            name: T::RoutineCommunity,
            minutes_per_week: minutes(WorkTask::Community),
            what: T::RoutineCommunityWhat,
        },
        RoutineTask {
            id: "reporting",
            name: T::RoutineReporting,
            minutes_per_week: minutes(WorkTask::Reporting),
            what: T::RoutineReportingWhat {
                hours: ev::EVALUATE_AFTER_HOURS,
            },
        },
    ]
}

/// The online/offline coherence checklist, when the business has a venue or holds events.
pub fn coherence_checklist(answers: &Answers) -> Vec<Say> {
    let has_events = answers
        .calendar
        .key_dates
        .iter()
        .any(|k| k.kind == KeyDateKind::Event);
    if !answers.business.has_venue && !has_events {
        return Vec::new();
    }
    let mut items: Vec<Say> = T::CHECKLIST.to_vec();
    if answers
        .calendar
        .key_dates
        .iter()
        .any(|k| k.kind == KeyDateKind::Closure)
    {
        items.push(T::CheckClosures);
    }
    items
}

/// Weekly check, monthly report, quarterly review.
pub fn reviews() -> Vec<Review<Say>> {
    vec![
        Review {
            cadence: "weekly",
            name: T::ReviewWeekly,
            minutes: ev::WEEKLY_CHECK_MINUTES,
            what: T::ReviewWeeklyWhat {
                hours: ev::EVALUATE_AFTER_HOURS,
            },
        },
        Review {
            cadence: "monthly",
            name: T::ReviewMonthly,
            minutes: ev::MONTHLY_REPORT_MINUTES,
            what: T::ReviewMonthlyWhat,
        },
        Review {
            cadence: "quarterly",
            name: T::ReviewQuarterly,
            minutes: ev::QUARTERLY_REVIEW_MINUTES,
            what: T::ReviewQuarterlyWhat,
        },
    ]
}

/// The timeline: foundation, consistency, optimisation, results, and what each shows.
pub fn phases(answers: &Answers) -> Vec<Phase<Say>> {
    let horizon = horizon_months(answers);
    ev::PHASES
        .iter()
        .map(|(id, from, to)| {
            let sources = match *id {
                PhaseId::Foundation => vec![ev::MARKETING_TAKES_TIME.id],
                PhaseId::Consistency => vec![ev::THREE_MONTH_HUMP.id],
                PhaseId::Optimisation => vec![ev::SIX_MONTHS.id, ev::SME_2016.id],
                PhaseId::Results => vec![ev::RESULTS_TIMELINE.id, ev::SME_2016.id],
            };
            Phase {
                id: *id,
                name: T::PhaseName(*id),
                from_month: *from,
                to_month: *to,
                expect: T::PhaseExpect {
                    id: *id,
                    exposure: (ev::YEAR_ONE_EXPOSURE * 100.0).round() as u32,
                    sales: (ev::YEAR_ONE_SALES * 100.0).round() as u32,
                },
                within_horizon: *from <= horizon,
                sources,
            }
        })
        .collect()
}
