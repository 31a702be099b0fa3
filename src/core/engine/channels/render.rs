//! Turns the chosen channels into their plan sections and the workload, in the answers'
//! language.

use super::slots::slots;
use super::{
    Budget, ChannelPlan, ExcludedChannel, ExclusionKind, Pick, RoleKind, community_minutes, cost,
    followers_on, listening_minutes, points, post_minutes,
};
use crate::core::engine::audiences::{self, Basis};
use crate::core::engine::evidence::{self as ev, Source};
use crate::core::engine::kinds::WorkTask;
use crate::core::engine::text::{self, Say, T};
use crate::core::engine::{WorkItem, Workload};
use crate::core::model::{Answers, Format};

/// Turns a pick into its plan section.
pub(super) fn channel_plan(p: &Pick, answers: &Answers, budget: &Budget) -> ChannelPlan<Say> {
    let facts = p.cand.facts;
    let slots = slots(facts, p.posts, answers);
    let usage = p.cand.usage;
    let usage_cite = usage_citation(&usage, answers);
    let discovery = || T::ChannelRationale {
        channel: facts.channel,
        audience: points(p.cand.audience),
        usage_source: Box::new(usage_cite.clone()),
        goal: p.cand.goal,
        formats: p.formats.clone(),
        posts: p.posts,
        min: facts.cadence.min,
        default: facts.cadence.default,
        cadence_source: facts.cadence.source,
        time_source: facts.time_source,
    };
    let rationale = match (p.kind, p.reuses) {
        (RoleKind::Kept, main) => T::RationaleReuse {
            channel: facts.channel,
            main: main.unwrap_or(facts.channel),
            followers: followers_on(answers, facts.channel).unwrap_or(0),
            posts: p.posts,
        },
        (RoleKind::Local, _) => T::RationaleLocal {
            source: ev::GOOGLE_LOCAL_RANKING,
            reviews_source: ev::BRIGHTLOCAL_2023,
        },
        (RoleKind::Retention, _) => T::RationaleRetention { posts: p.posts },
        (RoleKind::Discovery, None) => discovery(),
        (RoleKind::Discovery, Some(main)) => T::Join(vec![
            discovery(),
            T::SharedPieces {
                main,
                format: p.formats.first().copied().unwrap_or(Format::Photo),
            },
        ]),
    };
    let mut sources: Vec<&'static str> = Vec::with_capacity(5);
    let mut cite = |s: Source| {
        if !sources.contains(&s.id) {
            sources.push(s.id);
        }
    };
    match p.kind {
        RoleKind::Kept | RoleKind::Retention => cite(ev::ROTTA_ESTIMATE),
        RoleKind::Local => {
            cite(ev::GOOGLE_LOCAL_RANKING);
            cite(ev::BRIGHTLOCAL_2023);
        }
        RoleKind::Discovery => {
            cite(facts.cadence.source);
            cite(facts.time_source);
            cite(usage.source);
            if p.formats.contains(&Format::ShortVideo) {
                cite(ev::SHORT_VIDEO_TIME);
            }
            if p.reuses.is_some() {
                cite(ev::ROTTA_ESTIMATE);
            }
        }
    }
    let minutes = cost(p, budget.skills);
    let role = match (p.kind, p.reuses) {
        (RoleKind::Kept, Some(main)) => T::RoleReuse { main },
        _ => T::ChannelRole(facts.channel),
    };
    ChannelPlan {
        channel: facts.channel,
        name: text::channel_name(facts.channel).to_string(),
        role,
        kind: p.kind,
        reuses: p.reuses,
        goal: p.cand.goal,
        score: p.cand.parts.total(),
        score_parts: p.cand.parts,
        posts_per_week: p.posts,
        formats: p.formats.clone(),
        slots,
        minutes_per_week: minutes.mid(),
        minutes_range: minutes,
        audience_percent: points(p.cand.audience),
        audience_basis: usage.basis,
        audience_as_of: usage.as_of,
        rationale,
        sources,
    }
}

/// "Pew Research Center, 2024", plus how the figure was obtained when it is not the
/// country's own for those ages.
fn usage_citation(usage: &audiences::UsageFigure, answers: &Answers) -> Say {
    // The date of the figure, unless it only repeats the year of publication.
    let same_year =
        usage.source.year.is_some() && usage.as_of.parse::<u16>().ok() == usage.source.year;
    let as_of = (!usage.as_of.is_empty() && !same_year).then_some(usage.as_of);
    let country = audiences::normalise(&answers.business.country);
    let note = match usage.basis {
        Basis::Country => None,
        Basis::CountryOverallWithAgeProfile { from } if from == country => {
            Some(T::UsageInterpolated { country })
        }
        Basis::CountryOverallWithAgeProfile { from } => {
            Some(T::UsageAgeProfileFrom { country, from })
        }
        Basis::OtherCountry { from } => Some(T::UsageOtherCountry { country, from }),
        Basis::Estimate => Some(T::UsageEstimate),
    };
    T::UsageSource {
        source: usage.source,
        as_of,
        note: note.map(Box::new),
    }
}

/// Section 7: minutes needed (per channel, listening, reporting) and available, and where
/// idle hours went.
pub(super) fn workload(
    answers: &Answers,
    picks: &[Pick],
    budget: &Budget,
    hours_needed_minimum: Option<f64>,
    excluded: &[ExcludedChannel<Say>],
) -> Workload<Say> {
    let mut items = Vec::with_capacity(picks.len() * 2 + 2);
    for p in picks {
        let channel = p.cand.channel();
        let posts = post_minutes(p, budget.skills);
        items.push(WorkItem {
            task: WorkTask::Posts,
            channel: Some(channel),
            label: match p.reuses {
                Some(main) => T::WorkReuse {
                    channel,
                    main,
                    posts: p.posts,
                },
                None => T::WorkPosts {
                    channel,
                    posts: p.posts,
                },
            },
            minutes: posts.mid(),
            minutes_low: posts.low,
            minutes_high: posts.high,
        });
        let community = community_minutes(p);
        items.push(WorkItem {
            task: WorkTask::Community,
            channel: Some(channel),
            label: T::WorkCommunity(channel),
            minutes: community,
            minutes_low: community,
            minutes_high: community,
        });
    }
    let listening = listening_minutes(answers);
    items.push(WorkItem {
        task: WorkTask::Listening,
        channel: None,
        label: T::WorkListening,
        minutes: listening,
        minutes_low: listening,
        minutes_high: listening,
    });
    let reporting = budget.overhead.saturating_sub(listening);
    items.push(WorkItem {
        task: WorkTask::Reporting,
        channel: None,
        label: T::WorkReporting,
        minutes: reporting,
        minutes_low: reporting,
        minutes_high: reporting,
    });
    let minutes_needed: u32 = items.iter().map(|i| i.minutes).sum();
    let spare = budget.available.saturating_sub(minutes_needed);
    let spare_note = (hours_needed_minimum.is_none()
        && spare >= SPARE_WORTH_SAYING
        && !picks.is_empty())
    .then(|| {
        let capped = excluded.iter().any(|e| e.kind == ExclusionKind::Cap);
        T::SpareTime {
            hours: round_down_half_hour(spare),
            capped,
        }
    });
    Workload {
        minutes_needed,
        minutes_available: budget.available,
        minutes_needed_low: items.iter().map(|i| i.minutes_low).sum(),
        minutes_needed_high: items.iter().map(|i| i.minutes_high).sum(),
        hours_needed_minimum,
        spare_minutes: spare,
        spare_note,
        items,
        note: T::WorkloadNote,
    }
}

/// Idle time the plan names and gives back instead of leaving it unsaid, minutes a week.
const SPARE_WORTH_SAYING: u32 = 30;

fn round_down_half_hour(minutes: u32) -> f64 {
    (f64::from(minutes) / 30.0).floor() / 2.0
}
