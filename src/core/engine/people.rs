//! Action and control: roles, the weekly routine, the online/offline checklist, the review
//! cadence and the timeline of phases.

use serde::Serialize;

use super::Workload;
use super::evidence as ev;
use super::objectives::horizon_months;
use super::text::T;
use crate::core::model::{Answers, KeyDateKind, Locale, ManagedBy};

/// A role of the plan and who holds it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Role {
    /// "marketing_manager", "social_media_manager", "approver", "community_manager".
    pub id: &'static str,
    pub name: String,
    pub holder: String,
    pub duties: String,
}

/// One recurring block of the week.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RoutineTask {
    /// "listening", "community", "publishing", "reporting".
    pub id: &'static str,
    pub name: String,
    pub minutes_per_week: u32,
    pub what: String,
}

/// A review moment.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Review {
    /// "weekly", "monthly", "quarterly".
    pub cadence: &'static str,
    pub name: String,
    pub minutes: u32,
    pub what: String,
}

/// A phase of the timeline to results.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Phase {
    /// "foundation", "consistency", "optimisation", "results".
    pub id: &'static str,
    pub name: String,
    pub from_month: u32,
    pub to_month: u32,
    /// What this phase should show.
    pub expect: String,
    /// False when the phase starts after the chosen horizon.
    pub within_horizon: bool,
    pub sources: Vec<&'static str>,
}

/// True when a freelancer or agency runs the work.
pub fn is_outsourced(answers: &Answers) -> bool {
    matches!(
        answers.resources.managed_by,
        ManagedBy::Freelancer | ManagedBy::Agency
    )
}

/// Who sets goals and approves the strategy: always the business's side.
pub fn marketing_manager(answers: &Answers) -> String {
    T::HolderOwner.text(answers.locale)
}

/// Who plans, produces and publishes.
pub fn social_media_manager(answers: &Answers) -> String {
    T::Holder(answers.resources.managed_by).text(answers.locale)
}

/// The roles table: both managers named even when one person holds both.
pub fn roles(answers: &Answers) -> Vec<Role> {
    let locale = answers.locale;
    let mm = marketing_manager(answers);
    let smm = social_media_manager(answers);
    let same_person = answers.resources.managed_by == ManagedBy::Owner;
    let approval = &answers.resources.approval;
    let approver = match approval.by.as_deref().map(str::trim) {
        Some(by) if approval.required && !by.is_empty() => by.to_string(),
        _ if approval.required => mm.clone(),
        _ => T::HolderNoApproval.text(locale),
    };
    vec![
        Role {
            id: "marketing_manager",
            name: T::RoleMarketingManager.text(locale),
            holder: mm.clone(),
            duties: T::DutiesMarketingManager.text(locale),
        },
        Role {
            id: "social_media_manager",
            name: T::RoleSocialMediaManager.text(locale),
            holder: smm.clone(),
            duties: T::DutiesSocialMediaManager { same_person }.text(locale),
        },
        Role {
            id: "approver",
            name: T::RoleApprover.text(locale),
            holder: approver,
            duties: T::DutiesApprover {
                required: approval.required,
            }
            .text(locale),
        },
        Role {
            id: "community_manager",
            name: T::RoleCommunity.text(locale),
            holder: smm,
            duties: T::DutiesCommunity.text(locale),
        },
    ]
}

/// The weekly routine, from the workload's minutes.
pub fn routine(answers: &Answers, workload: &Workload) -> Vec<RoutineTask> {
    let locale = answers.locale;
    let minutes = |task: &str| {
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
            name: T::RoutineListening.text(locale),
            minutes_per_week: minutes("listening"),
            what: T::RoutineListeningWhat { has_watchlist }.text(locale),
        },
        RoutineTask {
            id: "publishing",
            name: T::RoutinePublishing.text(locale),
            minutes_per_week: minutes("posts"),
            what: T::RoutinePublishingWhat.text(locale),
        },
        RoutineTask {
            id: "community",
            name: T::RoutineCommunity.text(locale),
            minutes_per_week: minutes("community"),
            what: T::RoutineCommunityWhat.text(locale),
        },
        RoutineTask {
            id: "reporting",
            name: T::RoutineReporting.text(locale),
            minutes_per_week: minutes("reporting"),
            what: T::RoutineReportingWhat {
                hours: ev::EVALUATE_AFTER_HOURS,
            }
            .text(locale),
        },
    ]
}

/// The online/offline coherence checklist, when the business has a venue or holds events.
pub fn coherence_checklist(answers: &Answers) -> Vec<String> {
    let has_events = answers
        .calendar
        .key_dates
        .iter()
        .any(|k| k.kind == KeyDateKind::Event);
    if !answers.business.has_venue && !has_events {
        return Vec::new();
    }
    let locale = answers.locale;
    let mut items: Vec<String> = T::CHECKLIST.iter().map(|t| t.text(locale)).collect();
    if answers
        .calendar
        .key_dates
        .iter()
        .any(|k| k.kind == KeyDateKind::Closure)
    {
        items.push(T::CheckClosures.text(locale));
    }
    items
}

/// Weekly check, monthly report, quarterly review.
pub fn reviews(locale: Locale) -> Vec<Review> {
    vec![
        Review {
            cadence: "weekly",
            name: T::ReviewWeekly.text(locale),
            minutes: ev::WEEKLY_CHECK_MINUTES,
            what: T::ReviewWeeklyWhat {
                hours: ev::EVALUATE_AFTER_HOURS,
            }
            .text(locale),
        },
        Review {
            cadence: "monthly",
            name: T::ReviewMonthly.text(locale),
            minutes: ev::MONTHLY_REPORT_MINUTES,
            what: T::ReviewMonthlyWhat.text(locale),
        },
        Review {
            cadence: "quarterly",
            name: T::ReviewQuarterly.text(locale),
            minutes: ev::QUARTERLY_REVIEW_MINUTES,
            what: T::ReviewQuarterlyWhat.text(locale),
        },
    ]
}

/// The timeline: foundation, consistency, optimisation, results, and what each shows.
pub fn phases(answers: &Answers) -> Vec<Phase> {
    let locale = answers.locale;
    let horizon = horizon_months(answers);
    ev::PHASES
        .iter()
        .map(|(id, from, to)| {
            let sources = match *id {
                "foundation" => vec![ev::MARKETING_TAKES_TIME.id],
                "consistency" => vec![ev::THREE_MONTH_HUMP.id],
                "optimisation" => vec![ev::SIX_MONTHS.id, ev::SME_2016.id],
                _ => vec![ev::RESULTS_TIMELINE.id, ev::SME_2016.id],
            };
            Phase {
                id,
                name: T::PhaseName(id).text(locale),
                from_month: *from,
                to_month: *to,
                expect: T::PhaseExpect {
                    id,
                    exposure: (ev::YEAR_ONE_EXPOSURE * 100.0).round() as u32,
                    sales: (ev::YEAR_ONE_SALES * 100.0).round() as u32,
                }
                .text(locale),
                within_horizon: *from <= horizon,
                sources,
            }
        })
        .collect()
}
