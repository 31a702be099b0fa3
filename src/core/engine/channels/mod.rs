//! Strategy and tactics per channel (issue #11 §3): every channel scored, then chosen by its
//! role — discovery channels by the goal and the audience's ages, Google Business Profile as
//! the light local companion, a messaging channel for the people who already know the
//! business — and fitted to the hours: cadence, formats, weekly slots and the workload.
//!
//! The order in which the hours are spent is the rule book of `docs/advice.md`:
//! 1. the best discovery channel at its minimum cadence (always; if even that does not fit,
//!    the plan says how many hours it takes);
//! 2. the light companions whenever they fit: Google Business Profile for a venue or a local
//!    service area, the channels the business already has an active audience on (re-using
//!    the main channel's posts, at the cost of adapting them), a messaging channel when the
//!    goals include community or customer care;
//! 3. the main channel up to its published default cadence;
//! 4. a second and third discovery channel, each only if it fits at its minimum with the
//!    others well tended ("2–3 channels, well tended": the hours are the cap);
//! 5. more formats, then the growth cadence; what is still idle is returned as spare time
//!    and the plan says so.

mod render;
mod scoring;
mod slots;

use serde::Serialize;

use render::{channel_plan, workload};
pub use scoring::audience_fit_of;
use scoring::{age_index, goal_fit_of, score_parts};
pub use slots::slots;

use super::audiences::{self, Basis};
use super::effort::{self, Minutes, TeamSkills};
use super::evidence::{self as ev, ChannelFacts};
use super::text::{Say, T};
use super::{Slot, Workload, producible_formats};
use crate::core::calendar::ChannelSpec;
use crate::core::model::{AgeBand, Answers, Channel, Format, Goal, Offer, Reach};

/// What a channel does for the business.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RoleKind {
    /// Reaches people who do not know the business yet.
    Discovery,
    /// Answers people searching nearby: reviews, maps, opening hours.
    Local,
    /// Keeps in touch with people who already know the business.
    Retention,
    /// A channel the business already has an audience on, kept by re-using the main
    /// channel's posts (not one of the discovery channels the plan tends).
    Kept,
}

/// The role of a channel in the channel model.
pub const fn role_kind(channel: Channel) -> RoleKind {
    match channel {
        Channel::GoogleBusiness => RoleKind::Local,
        Channel::Whatsapp => RoleKind::Retention,
        _ => RoleKind::Discovery,
    }
}

/// A channel's score broken down, in points out of 100; the parts add up to the score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct ScoreParts {
    /// How many of the audience's age groups use it, and how concentrated its users are there.
    pub audience: u32,
    /// How well it serves the goals (the primary counts most).
    pub goal: u32,
    /// How well it suits what is sold and to whom (B2C, B2B, a visual product online).
    pub offer: u32,
    /// How well it suits how far the customers are.
    pub reach: u32,
    /// How well the formats the team can make suit it.
    pub formats: u32,
    /// The audience the business already has there.
    pub existing: u32,
}

impl ScoreParts {
    pub const fn total(&self) -> u32 {
        self.audience + self.goal + self.offer + self.reach + self.formats + self.existing
    }
}

/// A recommended channel with its tactics.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ChannelPlan<S = String> {
    pub channel: Channel,
    /// Display name ("Instagram", "Google Business Profile").
    pub name: String,
    /// What the channel is for in this plan, e.g. "discovery and community".
    pub role: S,
    /// Its role in the channel model.
    pub kind: RoleKind,
    /// When the channel mirrors another one's posts (re-use at the cost of adapting them).
    pub reuses: Option<Channel>,
    /// The user goal this channel serves best.
    pub goal: Goal,
    /// Fit score 0–100: the sum of `score_parts`.
    pub score: u32,
    pub score_parts: ScoreParts,
    pub posts_per_week: u32,
    /// Formats to produce for it, in order of preference, all producible by the team.
    pub formats: Vec<Format>,
    pub slots: Vec<Slot>,
    /// Production and community minutes a week for this channel (the middle of the range).
    pub minutes_per_week: u32,
    /// The range behind `minutes_per_week`.
    pub minutes_range: Minutes,
    /// Share of the audience's age groups that uses it (percent), where the figure comes from
    /// and how it was obtained (the country's own figure, or the nearest documented one).
    pub audience_percent: u32,
    pub audience_basis: Basis,
    pub audience_as_of: &'static str,
    pub rationale: S,
    /// Ids of the sources behind the cadence, times and audience figures.
    pub sources: Vec<&'static str>,
}

impl<S> ChannelPlan<S> {
    /// What the calendar needs of this channel.
    pub fn spec(&self) -> ChannelSpec {
        ChannelSpec {
            channel: self.channel,
            posts_per_week: self.posts_per_week,
            formats: self.formats.clone(),
            slots: self.slots.iter().map(|s| (s.weekday, s.time)).collect(),
        }
    }
}

/// Why a channel is left out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ExclusionKind {
    /// The user refused it.
    Refused,
    /// The team cannot produce the format it needs.
    Format,
    /// It needs a place customers visit.
    NoVenue,
    /// It fits the audience, goals or offer too poorly (or, for a messaging channel, the
    /// goals do not call for one).
    LowFit,
    /// Its minimum cadence does not fit the hours left.
    Time,
    /// Three discovery channels are already chosen.
    Cap,
}

/// A channel left out, with the reason.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ExcludedChannel<S = String> {
    pub channel: Channel,
    pub kind: ExclusionKind,
    pub reason: S,
    /// What would bring it in, concretely ("With 1 more hour a week: Instagram at 2 posts
    /// a week."), when something would.
    pub bring_in: Option<S>,
    /// Its fit score (0–100) when it was scored.
    pub score: Option<u32>,
}

/// What the channel step decides, for the plan and for the warnings.
#[derive(Debug, Clone, PartialEq)]
pub struct Strategy {
    pub channels: Vec<ChannelPlan<Say>>,
    pub excluded: Vec<ExcludedChannel<Say>>,
    pub workload: Workload<Say>,
    /// The audience fit (0..=1) of every channel, in `Channel::ALL` order.
    pub audience_fit: [f64; 10],
}

/// A channel that can be chosen: scored, with the formats the team can make for it.
#[derive(Clone)]
pub(super) struct Candidate {
    pub(super) facts: &'static ChannelFacts,
    /// Share of the audience's age groups using it (0..=1) and where the figure comes from.
    pub(super) audience: f64,
    /// How concentrated its users are in the audience's ages (1 = as in the population).
    pub(super) index: f64,
    pub(super) usage: audiences::UsageFigure,
    pub(super) parts: ScoreParts,
    /// Producible formats the channel takes, in the channel's order of preference.
    pub(super) formats: Vec<Format>,
    /// The best of the user's goals for this channel.
    pub(super) goal: Goal,
}

impl Candidate {
    fn score(&self) -> f64 {
        f64::from(self.parts.total()) / 100.0
    }
    /// The score without the points for an audience already there.
    fn fit(&self) -> u32 {
        self.parts.total() - self.parts.existing
    }
    /// For a consumer business, a discovery channel too few of the audience's age groups use,
    /// and whose users are mostly of other ages, is not worth tending, whatever else fits
    /// (Rotta's rule: go where the audience is).
    fn too_few_use_it(&self, answers: &Answers) -> bool {
        answers.business.offer != Offer::B2b
            && role_kind(self.channel()) == RoleKind::Discovery
            && !answers.audience.age_bands.is_empty()
            && self.audience < ev::MIN_AUDIENCE_SHARE
            && self.index < 1.0
    }
    fn channel(&self) -> Channel {
        self.facts.channel
    }
}

/// A chosen channel while cadence and formats are tuned.
#[derive(Clone)]
pub(super) struct Pick {
    pub(super) cand: Candidate,
    pub(super) kind: RoleKind,
    /// The channel whose pieces this one re-uses, adapted.
    pub(super) reuses: Option<Channel>,
    pub(super) posts: u32,
    pub(super) formats: Vec<Format>,
}

impl Pick {
    /// A discovery channel the plan tends (counts towards "2–3 channels, well tended").
    fn is_tended_discovery(&self) -> bool {
        self.kind == RoleKind::Discovery
    }
}

/// The hours and the picks so far.
pub(super) struct Budget {
    pub(super) available: u32,
    pub(super) overhead: u32,
    pub(super) skills: TeamSkills,
}

impl Budget {
    fn used(&self, picks: &[Pick]) -> u32 {
        self.overhead
            + picks
                .iter()
                .map(|p| cost(p, self.skills).mid())
                .sum::<u32>()
    }
    fn fits(&self, picks: &[Pick]) -> bool {
        self.used(picks) <= self.available
    }
    fn idle(&self, picks: &[Pick]) -> u32 {
        self.available.saturating_sub(self.used(picks))
    }
}

/// Scores every channel, picks the ones that fit, sets cadence, formats and slots.
pub fn plan_channels(answers: &Answers, goals: &[Goal]) -> Strategy {
    let producible = producible_formats(answers);
    let mut excluded = Vec::new();
    let mut candidates: Vec<Candidate> = Vec::new();
    let mut audience_fit = [0.0; 10];

    for (i, facts) in ev::CHANNELS.iter().enumerate() {
        let channel = facts.channel;
        let (audience, usage) = audience_fit_of(facts, answers);
        audience_fit[i] = audience;
        if answers.channels.refused.contains(&channel) {
            let reason = T::ExcludedRefused;
            excluded.push(ExcludedChannel {
                channel,
                kind: ExclusionKind::Refused,
                reason,
                bring_in: Some(T::BringInRefused),
                score: None,
            });
            continue;
        }
        let formats: Vec<Format> = facts
            .formats
            .iter()
            .copied()
            .filter(|f| producible.contains(f))
            .collect();
        let has_needed = facts.needs_one_of.is_empty()
            || facts.needs_one_of.iter().any(|f| producible.contains(f));
        if formats.is_empty() || !has_needed {
            let needed = if facts.needs_one_of.is_empty() {
                facts.formats
            } else {
                facts.needs_one_of
            };
            let reason = T::ExcludedFormat {
                needs: needed.to_vec(),
            };
            excluded.push(ExcludedChannel {
                channel,
                kind: ExclusionKind::Format,
                reason,
                bring_in: Some(T::BringInFormat {
                    needs: needed.to_vec(),
                }),
                score: None,
            });
            continue;
        }
        if channel == Channel::GoogleBusiness && !is_local_business(answers) {
            excluded.push(ExcludedChannel {
                channel,
                kind: ExclusionKind::NoVenue,
                reason: T::ExcludedNoVenue,
                bring_in: Some(T::BringInVenue),
                score: None,
            });
            continue;
        }
        let (goal, goal_fit) = goal_fit_of(facts, goals, answers);
        let parts = score_parts(facts, answers, audience, goal_fit, &formats);
        candidates.push(Candidate {
            facts,
            audience,
            index: age_index(channel, answers, audience * 100.0),
            usage,
            parts,
            formats,
            goal,
        });
    }
    // Highest score first; ties keep the contract's channel order, so the plan is stable.
    crate::core::order::sort_by(&mut candidates, |a, b| {
        b.parts.total().cmp(&a.parts.total())
    });

    let skills = effort::team_skills(answers);
    let budget = Budget {
        available: minutes_available(answers.resources.hours_per_week),
        overhead: listening_minutes(answers) + reporting_minutes(),
        skills,
    };
    let mut picks: Vec<Pick> = Vec::new();
    let mut hours_needed_minimum = None;
    let primary = goals.first().copied().unwrap_or(Goal::Awareness);

    // 1. The main channel: the best discovery channel (a messaging channel only when the
    //    primary goal is customer care); Google Business Profile when nothing else can be.
    //    The goal and the audience choose it: the points for an audience already there do
    //    not, since that channel is kept anyway (re-using the main channel's posts).
    let main = candidates
        .iter()
        .filter(|c| {
            (role_kind(c.channel()) == RoleKind::Discovery && !c.too_few_use_it(answers))
                || (c.channel() == Channel::Whatsapp && primary == Goal::CustomerCare)
        })
        .min_by_key(|c| {
            (
                std::cmp::Reverse(c.fit()),
                std::cmp::Reverse(c.parts.total()),
            )
        })
        .or_else(|| {
            candidates
                .iter()
                .find(|c| role_kind(c.channel()) == RoleKind::Discovery)
        })
        .or_else(|| {
            candidates
                .iter()
                .find(|c| c.channel() == Channel::GoogleBusiness)
        })
        .cloned();
    // Customer care first: the care channel leads when the business can run it.
    let care = candidates
        .iter()
        .find(|c| c.channel() == Channel::Whatsapp && primary == Goal::CustomerCare)
        .cloned();
    let main = care.or(main);
    // An audience already there is kept by re-using the main channel's posts, so when
    // another discovery channel serves the goals better and fits nearly as well, it leads:
    // the plan gains new people instead of serving the same ones twice.
    let main = main.map(|m| {
        if !has_audience(answers, m.channel()) || role_kind(m.channel()) != RoleKind::Discovery {
            return m;
        }
        candidates
            .iter()
            .find(|c| {
                role_kind(c.channel()) == RoleKind::Discovery
                    && !has_audience(answers, c.channel())
                    && !c.too_few_use_it(answers)
                    && c.parts.goal > m.parts.goal
                    && c.fit() + NEARLY_AS_WELL >= m.fit()
            })
            .cloned()
            .unwrap_or(m)
    });
    if let Some(main) = main {
        let pick = new_pick(main, RoleKind::Discovery, None);
        picks.push(pick);
        if !budget.fits(&picks) {
            // A channel the team can sustain beats a better one it cannot: the best
            // discovery channel that fits at its minimum and fits the business nearly as
            // well takes the lead, and the first choice says what it would take.
            let first = picks[0].cand.clone();
            let sustainable = candidates
                .iter()
                .filter(|c| {
                    c.channel() != first.channel()
                        && role_kind(c.channel()) == RoleKind::Discovery
                        && !c.too_few_use_it(answers)
                        && c.score() >= ev::MIN_SCORE
                        && c.score() >= first.score() * ev::MIN_SHARE_OF_BEST
                })
                .map(|c| new_pick(c.clone(), RoleKind::Discovery, None))
                .find(|p| budget.fits(std::slice::from_ref(p)));
            match sustainable {
                Some(p) => {
                    let dropped = std::mem::replace(&mut picks[0], p);
                    let extra = budget.used(std::slice::from_ref(&dropped)) - budget.overhead;
                    excluded.push(time_exclusion(&dropped, extra, budget.idle(&picks)));
                }
                None => hours_needed_minimum = Some(round_up_half_hour(budget.used(&picks))),
            }
        }
    }
    let main_channel = picks.first().map(|p| p.cand.channel());

    if hours_needed_minimum.is_none() && main_channel.is_some() {
        // 2. The light companions: the local profile first (people searching nearby are
        //    about to buy), then the audiences already there (the messaging channel comes
        //    after the discovery channels, below).
        let others: Vec<&Candidate> = candidates
            .iter()
            .filter(|c| {
                Some(c.channel()) != main_channel
                    && !excluded.iter().any(|e| e.channel == c.channel())
            })
            .collect();
        let companions = others
            .iter()
            .filter(|c| role_kind(c.channel()) == RoleKind::Local)
            .chain(others.iter().filter(|c| {
                role_kind(c.channel()) == RoleKind::Discovery && has_audience(answers, c.channel())
            }));
        for cand in companions {
            let companion = match role_kind(cand.channel()) {
                RoleKind::Discovery => reuse_pick(cand, &picks[0]),
                kind => Some(new_pick((*cand).clone(), kind, None)),
            };
            let Some(companion) = companion else { continue };
            picks.push(companion);
            if !budget.fits(&picks) {
                let Some(p) = picks.pop() else { continue };
                let extra = budget.used(std::slice::from_ref(&p)) - budget.overhead;
                excluded.push(time_exclusion(&p, extra, budget.idle(&picks)));
            }
        }
        // 3. The main channel up to its default cadence.
        raise(&mut picks, 0, |p| p.cand.facts.cadence.default, &budget);

        // 4. More discovery channels, while they fit and fit well.
        let best = picks[0].cand.score();
        for cand in candidates.iter() {
            let channel = cand.channel();
            if picks.iter().any(|p| p.cand.channel() == channel)
                || excluded
                    .iter()
                    .any(|e: &ExcludedChannel<Say>| e.channel == channel)
                || role_kind(channel) != RoleKind::Discovery
            {
                continue;
            }
            let score = cand.parts.total();
            if cand.score() < ev::MIN_SCORE
                || cand.score() < best * ev::MIN_SHARE_OF_BEST
                || cand.too_few_use_it(answers)
            {
                excluded.push(low_fit(cand, goals, answers));
                continue;
            }
            let own = picks.iter().filter(|p| p.is_tended_discovery()).count();
            if own >= ev::MAX_CHANNELS {
                let kept: Vec<Channel> = picks
                    .iter()
                    .filter(|p| p.is_tended_discovery())
                    .map(|p| p.cand.channel())
                    .collect();
                let reason = T::ExcludedCap {
                    channels: kept.clone(),
                };
                excluded.push(ExcludedChannel {
                    channel,
                    kind: ExclusionKind::Cap,
                    reason,
                    bring_in: Some(T::BringInCap { channels: kept }),
                    score: Some(score),
                });
                continue;
            }
            let main_formats = picks[0].formats.clone();
            let pick = discovery_pick(cand, &mut picks[0]);
            // A further channel comes in at its published minimum, which is a pace that
            // builds a following (Instagram: two feed posts a week), with the main channel
            // already at its default; growth comes later, if the hours allow.
            picks.push(pick);
            if !budget.fits(&picks) && picks[picks.len() - 1].reuses.is_some() {
                // Sharing the main channel's pieces did not make it fit: keep the main
                // channel as it was.
                picks[0].formats = main_formats.clone();
            }
            if budget.fits(&picks) {
                let last = picks.len() - 1;
                raise(&mut picks, last, |p| p.cand.facts.cadence.default, &budget);
            } else if let Some(p) = picks.pop() {
                picks[0].formats = main_formats;
                let extra = budget.used(std::slice::from_ref(&p)) - budget.overhead;
                excluded.push(time_exclusion(&p, extra, budget.idle(&picks)));
            }
        }
        // The messaging channel for the people who already know the business.
        for cand in others.iter().filter(|c| {
            role_kind(c.channel()) == RoleKind::Retention && wants_messaging(answers, goals)
        }) {
            picks.push(new_pick((*cand).clone(), RoleKind::Retention, None));
            if !budget.fits(&picks) {
                let Some(p) = picks.pop() else { continue };
                let extra = budget.used(std::slice::from_ref(&p)) - budget.overhead;
                excluded.push(time_exclusion(&p, extra, budget.idle(&picks)));
            }
        }
        // 5. Variety, then the growth cadence, while the hours allow.
        grow(&mut picks, &budget);
    } else {
        // Nothing more fits: every other channel is left out for time or fit.
        let best = picks.first().map_or(0.0, |p| p.cand.score());
        for cand in candidates
            .iter()
            .filter(|c| Some(c.channel()) != main_channel)
        {
            if role_kind(cand.channel()) == RoleKind::Discovery
                && (cand.score() < ev::MIN_SCORE || cand.score() < best * ev::MIN_SHARE_OF_BEST)
            {
                excluded.push(low_fit(cand, goals, answers));
                continue;
            }
            let p = new_pick(cand.clone(), role_kind(cand.channel()), None);
            let extra = budget.used(std::slice::from_ref(&p)) - budget.overhead;
            excluded.push(time_exclusion(&p, extra, 0));
        }
    }
    // A messaging channel the goals do not call for.
    for cand in &candidates {
        let channel = cand.channel();
        if role_kind(channel) == RoleKind::Retention
            && !picks.iter().any(|p| p.cand.channel() == channel)
            && !excluded.iter().any(|e| e.channel == channel)
        {
            excluded.push(ExcludedChannel {
                channel,
                kind: ExclusionKind::LowFit,
                reason: T::ExcludedMessaging,
                bring_in: Some(T::BringInMessaging),
                score: Some(cand.parts.total()),
            });
        }
    }
    // Discovery channels that were not considered above (a plan with no main channel).
    for cand in &candidates {
        let channel = cand.channel();
        if !picks.iter().any(|p| p.cand.channel() == channel)
            && !excluded.iter().any(|e| e.channel == channel)
        {
            excluded.push(low_fit(cand, goals, answers));
        }
    }

    note_followers(&mut excluded, main_channel, answers);
    let channels: Vec<ChannelPlan<Say>> = picks
        .iter()
        .map(|p| channel_plan(p, answers, &budget))
        .collect();
    let workload = workload(answers, &picks, &budget, hours_needed_minimum, &excluded);
    crate::core::order::sort_by_key(&mut excluded, |e| e.channel);
    Strategy {
        channels,
        excluded,
        workload,
        audience_fit,
    }
}

/// A venue customers visit or a local service area: Google Business Profile applies.
fn is_local_business(answers: &Answers) -> bool {
    answers.business.has_venue || answers.business.reach == Reach::Local
}

/// The business posts there today.
pub(super) fn is_active(answers: &Answers, channel: Channel) -> bool {
    answers
        .channels
        .current
        .iter()
        .any(|c| c.channel == channel && c.active)
}

/// The business posts there today and has followers to keep.
fn has_audience(answers: &Answers, channel: Channel) -> bool {
    followers_on(answers, channel).is_some_and(|f| f > 0)
}

/// Followers the business has on a channel it uses today.
pub(super) fn followers_on(answers: &Answers, channel: Channel) -> Option<u64> {
    answers
        .channels
        .current
        .iter()
        .find(|c| c.channel == channel && c.active)
        .map(|c| c.followers)
}

/// A messaging channel keeps in touch with people who already know the business: it earns
/// its place when the goals include community or customer care, or the business runs one.
fn wants_messaging(answers: &Answers, goals: &[Goal]) -> bool {
    goals
        .iter()
        .any(|g| matches!(g, Goal::Community | Goal::CustomerCare))
        || is_active(answers, Channel::Whatsapp)
}

/// A new pick at the channel's minimum cadence with its cheapest stand-alone format.
fn new_pick(cand: Candidate, kind: RoleKind, reuses: Option<Channel>) -> Pick {
    let kind = if role_kind(cand.channel()) == RoleKind::Discovery {
        kind
    } else {
        role_kind(cand.channel())
    };
    let format = cheapest_format(&cand.formats);
    Pick {
        posts: cand.facts.cadence.min,
        formats: vec![format],
        kind,
        reuses,
        cand,
    }
}

/// A further discovery channel. When it takes a format the main channel can publish too,
/// it re-uses the main channel's pieces (a Reel cut for TikTok, a photo for Facebook): the
/// main channel adds that format, and this one costs the adaptation and its own replies.
fn discovery_pick(cand: &Candidate, main: &mut Pick) -> Pick {
    let shared = cand
        .formats
        .iter()
        .copied()
        .filter(|f| !matches!(f, Format::Stories | Format::Live))
        .find(|f| main.cand.formats.contains(f));
    match shared {
        Some(f) if main.kind == RoleKind::Discovery => {
            if !main.formats.contains(&f) {
                main.formats.push(f);
                let order = main.cand.formats.clone();
                crate::core::order::sort_by_key(&mut main.formats, |g| {
                    order.iter().position(|o| o == g).unwrap_or(usize::MAX)
                });
            }
            Pick {
                posts: cand.facts.cadence.min,
                formats: vec![f],
                kind: RoleKind::Discovery,
                reuses: Some(main.cand.channel()),
                cand: cand.clone(),
            }
        }
        _ => new_pick(cand.clone(), RoleKind::Discovery, None),
    }
}

/// An active channel kept by re-using the main channel's posts, when it takes one of
/// their formats.
fn reuse_pick(cand: &Candidate, main: &Pick) -> Option<Pick> {
    // The pieces the main channel publishes first, then any it could publish.
    let first = main
        .formats
        .iter()
        .chain(main.cand.formats.iter())
        .copied()
        .filter(|f| !matches!(f, Format::Stories | Format::Live))
        .find(|f| cand.formats.contains(f))?;
    Some(Pick {
        posts: main.posts.min(cand.facts.cadence.default).max(1),
        formats: vec![first],
        kind: RoleKind::Kept,
        reuses: Some(main.cand.channel()),
        cand: cand.clone(),
    })
}

/// Raises a pick's cadence one post at a time up to `target`, while the plan still fits.
/// A channel that mirrors the raised one follows it.
fn raise(picks: &mut [Pick], i: usize, target: impl Fn(&Pick) -> u32, budget: &Budget) {
    let mut goal = target(&picks[i]);
    if i > 0 && picks[i].reuses.is_some() {
        // A channel re-using the main one's pieces posts no more than the main one makes.
        goal = goal.min(picks[0].posts.max(picks[i].posts));
    }
    while picks[i].posts < goal {
        picks[i].posts += 1;
        if !budget.fits(picks) {
            picks[i].posts -= 1;
            break;
        }
    }
}

/// Raises variety and cadence while the plan still fits: first every channel to its
/// published default, then more formats, then towards the growth cadence.
fn grow(picks: &mut [Pick], budget: &Budget) {
    let own: Vec<usize> = (0..picks.len())
        .filter(|i| picks[*i].is_tended_discovery())
        .collect();
    for i in own.iter().copied() {
        raise(picks, i, |p| p.cand.facts.cadence.default, budget);
    }
    let makers: Vec<usize> = own
        .iter()
        .copied()
        .filter(|i| picks[*i].reuses.is_none())
        .collect();
    for i in makers {
        let options = picks[i].cand.formats.clone();
        for f in options {
            if picks[i].formats.len() >= 3 {
                break;
            }
            if picks[i].formats.contains(&f) {
                continue;
            }
            picks[i].formats.push(f);
            if !budget.fits(picks) {
                picks[i].formats.pop();
            }
        }
        // Keep the channel's order of preference.
        let order = picks[i].cand.formats.clone();
        crate::core::order::sort_by_key(&mut picks[i].formats, |f| {
            order.iter().position(|o| o == f).unwrap_or(usize::MAX)
        });
    }
    for i in own.iter().copied() {
        raise(picks, i, |p| p.cand.facts.cadence.growth, budget);
    }
}

/// Minutes a week a pick costs, as a range: its posts and its replies.
pub(super) fn cost(p: &Pick, skills: TeamSkills) -> Minutes {
    post_minutes(p, skills).plus(Minutes::exactly(community_minutes(p)))
}

pub(super) fn post_minutes(p: &Pick, skills: TeamSkills) -> Minutes {
    if p.reuses.is_some() {
        return effort::REUSE_PER_POST.times(p.posts);
    }
    match p.kind {
        RoleKind::Local => return effort::LOCAL_POST.times(p.posts),
        RoleKind::Retention => return effort::MESSAGE_POST.times(p.posts),
        RoleKind::Discovery | RoleKind::Kept => {}
    }
    if p.formats.is_empty() {
        return Minutes::exactly(0);
    }
    if p.cand.channel() == Channel::Pinterest
        && p.formats
            .iter()
            .all(|f| matches!(f, Format::Photo | Format::Graphics))
    {
        return effort::PIN.times(p.posts);
    }
    let n = p.formats.len() as u32;
    let sum = p.formats.iter().fold(Minutes::exactly(0), |acc, f| {
        acc.plus(effort::post(*f, skills))
    });
    Minutes::new(sum.low / n, sum.high / n).times(p.posts)
}

pub(super) fn community_minutes(p: &Pick) -> u32 {
    let days = p.posts.min(7);
    match p.kind {
        RoleKind::Kept => {
            (days * effort::REUSE_COMMUNITY_PER_DAY).max(effort::REUSE_COMMUNITY_PER_DAY)
        }
        RoleKind::Local => effort::LOCAL_CARE,
        RoleKind::Retention => {
            (p.posts * effort::MESSAGE_CARE_PER_POST).max(effort::MESSAGE_CARE_MIN)
        }
        RoleKind::Discovery if p.cand.channel() == Channel::Pinterest => effort::PIN_CARE,
        RoleKind::Discovery => {
            (days * effort::COMMUNITY_PER_POSTING_DAY).max(effort::COMMUNITY_MIN)
        }
    }
}

/// The cheapest format that can stand on its own: stories and lives complement a feed,
/// they do not replace it, so they are the base only when nothing else is producible.
fn cheapest_format(formats: &[Format]) -> Format {
    let skills = TeamSkills::default();
    let standalone = formats
        .iter()
        .copied()
        .filter(|f| !matches!(f, Format::Stories | Format::Live));
    standalone
        .min_by_key(|f| effort::post(*f, skills).mid())
        .or_else(|| {
            formats
                .iter()
                .copied()
                .min_by_key(|f| effort::post(*f, skills).mid())
        })
        .unwrap_or(Format::Photo)
}

/// A channel left out because it does not fit the hours left, with what would bring it in.
fn time_exclusion(p: &Pick, minutes: u32, idle: u32) -> ExcludedChannel<Say> {
    let channel = p.cand.channel();
    let more = round_up_half_hour(minutes.saturating_sub(idle).max(1));
    let reason = T::ExcludedTime {
        posts: p.posts,
        hours: more,
    };
    ExcludedChannel {
        channel,
        kind: ExclusionKind::Time,
        reason,
        bring_in: Some(T::BringInHours {
            hours: more,
            channel,
            posts: p.posts,
        }),
        score: Some(p.cand.parts.total()),
    }
}

/// A channel that fits too poorly, with what would make it fit.
fn low_fit(cand: &Candidate, goals: &[Goal], answers: &Answers) -> ExcludedChannel<Say> {
    let channel = cand.channel();
    let score = cand.parts.total();
    let reason = if cand.too_few_use_it(answers) {
        T::ExcludedFewUsers {
            percent: points(cand.audience),
        }
    } else {
        T::ExcludedLowFit { score }
    };
    let best_goal = Goal::ALL
        .iter()
        .copied()
        .max_by(|a, b| {
            let fa = cand.facts.goal_fit[ev::goal_index(*a)];
            let fb = cand.facts.goal_fit[ev::goal_index(*b)];
            fa.total_cmp(&fb).then(b.cmp(a))
        })
        .unwrap_or(Goal::Awareness);
    let best_band = AgeBand::ALL
        .iter()
        .copied()
        .filter(|b| *b != AgeBand::A13_17)
        .max_by(|a, b| {
            let ua = audiences::usage(&answers.business.country, channel, *a).percent;
            let ub = audiences::usage(&answers.business.country, channel, *b).percent;
            ua.total_cmp(&ub).then(b.cmp(a))
        })
        .unwrap_or(AgeBand::A25_34);
    let bring_in = if !goals.contains(&best_goal) {
        T::BringInGoal {
            channel,
            goal: best_goal,
        }
    } else if !answers.audience.age_bands.contains(&best_band) {
        T::BringInAudience {
            channel,
            band: best_band,
        }
    } else {
        T::BringInNothing
    };
    ExcludedChannel {
        channel,
        kind: ExclusionKind::LowFit,
        reason,
        bring_in: Some(bring_in),
        score: Some(score),
    }
}

/// Adds to the reason of every channel left out that the business has followers on what to
/// do with them.
fn note_followers(excluded: &mut [ExcludedChannel<Say>], main: Option<Channel>, answers: &Answers) {
    for e in excluded.iter_mut() {
        if let Some(followers) = followers_on(answers, e.channel) {
            let note = T::DroppedFollowers { followers, main };
            let reason = std::mem::replace(&mut e.reason, T::Join(Vec::new()));
            e.reason = T::Join(vec![reason, note]);
        }
    }
}

/// Minutes available a week; 0 for a number that is not one.
pub fn minutes_available(hours: f64) -> u32 {
    if hours.is_finite() && hours > 0.0 {
        (hours.min(168.0) * 60.0).round() as u32
    } else {
        0
    }
}

/// Listening minutes a week: a base plus a little per competitor and keyword.
pub fn listening_minutes(answers: &Answers) -> u32 {
    let competitors = answers.business.competitors.len().min(20) as u32;
    let keywords = answers.audience.listen_keywords.len().min(50) as u32;
    (ev::LISTENING_BASE
        + competitors * ev::LISTENING_PER_COMPETITOR
        + keywords * ev::LISTENING_PER_KEYWORD)
        .min(ev::LISTENING_MAX)
}

/// Reporting minutes a week: the weekly check and the monthly report spread over a month.
pub fn reporting_minutes() -> u32 {
    ev::WEEKLY_CHECK_MINUTES
        + (f64::from(ev::MONTHLY_REPORT_MINUTES) / ev::WEEKS_PER_MONTH).round() as u32
}

pub(super) fn round_up_half_hour(minutes: u32) -> f64 {
    (f64::from(minutes) / 30.0).ceil() / 2.0
}

pub(super) fn points(x: f64) -> u32 {
    (x.clamp(0.0, 1.0) * 100.0).round() as u32
}

/// Points within which a new discovery channel leads instead of one the business already
/// has an audience on (Rotta estimate).
const NEARLY_AS_WELL: u32 = 5;
