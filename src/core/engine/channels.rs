//! Strategy and tactics per channel: scoring every channel, choosing at most three that fit
//! the hours, their cadence, formats and weekly slots, and the workload that results.

use chrono::{NaiveTime, Weekday};
use serde::Serialize;

use super::evidence::{self as ev, ChannelFacts};
use super::text::{self, T};
use super::{Slot, WorkItem, Workload, producible_formats};
use crate::core::calendar::ChannelSpec;
use crate::core::model::{Answers, Channel, Format, Goal, Offer, OnlineTime, Reach};

/// A recommended channel with its tactics.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ChannelPlan {
    pub channel: Channel,
    /// Display name ("Instagram", "Google Business Profile").
    pub name: String,
    /// What the channel is for in this plan, e.g. "discovery and community".
    pub role: String,
    /// The user goal this channel serves best.
    pub goal: Goal,
    /// Fit score 0–100 (audience, goal, offer, reach).
    pub score: u32,
    pub posts_per_week: u32,
    /// Formats to produce for it, in order of preference, all producible by the team.
    pub formats: Vec<Format>,
    pub slots: Vec<Slot>,
    /// Production and community minutes a week for this channel.
    pub minutes_per_week: u32,
    pub rationale: String,
    /// Ids of the sources behind the cadence, times and audience figures.
    pub sources: Vec<&'static str>,
}

impl ChannelPlan {
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
    /// It fits the audience, goals or offer too poorly.
    LowFit,
    /// Its minimum cadence does not fit the hours left.
    Time,
    /// Three channels are already chosen.
    Cap,
}

/// A channel left out, with the reason.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ExcludedChannel {
    pub channel: Channel,
    pub kind: ExclusionKind,
    pub reason: String,
}

/// What the channel step decides, for the plan and for the warnings.
#[derive(Debug, Clone, PartialEq)]
pub struct Strategy {
    pub channels: Vec<ChannelPlan>,
    pub excluded: Vec<ExcludedChannel>,
    pub workload: Workload,
    /// The audience fit (0..=1) of every channel, in `Channel::ALL` order.
    pub audience_fit: [f64; 10],
}

/// A channel being considered.
struct Candidate {
    facts: &'static ChannelFacts,
    audience: f64,
    score: f64,
    /// Producible formats the channel takes, in the channel's order of preference.
    formats: Vec<Format>,
    /// The best of the user's goals for this channel.
    goal: Goal,
}

/// A chosen channel while cadence and formats are tuned.
struct Tuning {
    cand: Candidate,
    posts: u32,
    formats: Vec<Format>,
}

/// Scores every channel, picks the ones that fit, sets cadence, formats and slots.
pub fn plan_channels(answers: &Answers, goals: &[Goal]) -> Strategy {
    let locale = answers.locale;
    let producible = producible_formats(answers);
    let mut excluded = Vec::new();
    let mut candidates = Vec::new();
    let mut audience_fit = [0.0; 10];

    for (i, facts) in ev::CHANNELS.iter().enumerate() {
        let channel = facts.channel;
        let audience = audience_fit_of(facts, answers);
        audience_fit[i] = audience;
        if answers.channels.refused.contains(&channel) {
            excluded.push(exclude(
                channel,
                ExclusionKind::Refused,
                T::ExcludedRefused,
                locale,
            ));
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
                needs: &text::format_list(needed, locale),
            };
            excluded.push(exclude(channel, ExclusionKind::Format, reason, locale));
            continue;
        }
        if channel == Channel::GoogleBusiness
            && !answers.business.has_venue
            && answers.business.reach != Reach::Local
        {
            excluded.push(exclude(
                channel,
                ExclusionKind::NoVenue,
                T::ExcludedNoVenue,
                locale,
            ));
            continue;
        }
        let (goal, goal_fit) = goal_fit_of(facts, goals);
        let (wa, wg, wo, wr) = ev::score_weights(answers.business.offer);
        let mut score = wa * audience_score(facts, answers, audience)
            + wg * goal_fit
            + wo * ev::offer_fit(facts, answers.business.offer)
            + wr * facts.reach_fit[ev::reach_index(answers.business.reach)];
        if answers
            .channels
            .current
            .iter()
            .any(|c| c.channel == channel && c.active)
        {
            score += ev::ACTIVE_CHANNEL_BONUS;
        }
        candidates.push(Candidate {
            facts,
            audience,
            score,
            formats,
            goal,
        });
    }
    // Highest score first; ties keep the contract's channel order, so the plan is stable.
    crate::core::order::sort_by(&mut candidates, |a, b| b.score.total_cmp(&a.score));

    let available = minutes_available(answers.resources.hours_per_week);
    let overhead = listening_minutes(answers) + reporting_minutes();
    let mut chosen: Vec<Tuning> = Vec::new();
    let mut hours_needed_minimum = None;
    let best = candidates.first().map_or(0.0, |c| c.score);
    let hours = answers.resources.hours_per_week;
    let max_channels = ev::channels_for_hours(hours);
    for cand in candidates {
        let channel = cand.facts.channel;
        if cand.score < ev::MIN_SCORE
            || (!chosen.is_empty() && cand.score < best * ev::MIN_SHARE_OF_BEST)
        {
            let reason = T::ExcludedLowFit {
                score: percent(cand.score),
            };
            excluded.push(exclude(channel, ExclusionKind::LowFit, reason, locale));
            continue;
        }
        let cheapest = cheapest_format(&cand.formats);
        let tuning = Tuning {
            posts: cand.facts.cadence.min,
            formats: vec![cheapest],
            cand,
        };
        let used: u32 = overhead + chosen.iter().map(cost).sum::<u32>();
        let extra = cost(&tuning);
        if chosen.len() >= max_channels && used + extra <= available {
            // The cap is reached, so `chosen` is final: name what was kept instead.
            let kept: Vec<Channel> = chosen.iter().map(|t| t.cand.facts.channel).collect();
            let reason = T::ExcludedCap {
                kept: kept.len(),
                hours: if hours.is_finite() { hours } else { 0.0 },
                channels: &text::channel_list(&kept),
            };
            excluded.push(exclude(channel, ExclusionKind::Cap, reason, locale));
        } else if chosen.len() >= max_channels {
            let reason = T::ExcludedTime {
                posts: tuning.posts,
                hours: round_up_half_hour(extra),
            };
            excluded.push(exclude(channel, ExclusionKind::Time, reason, locale));
        } else if used + extra <= available {
            chosen.push(tuning);
        } else if chosen.is_empty() {
            // Not even the best channel fits at its minimum: keep it so the plan says what
            // it takes, and say how many hours that is instead of pretending.
            hours_needed_minimum = Some(round_up_half_hour(used + extra));
            chosen.push(tuning);
        } else {
            let reason = T::ExcludedTime {
                posts: tuning.posts,
                hours: round_up_half_hour(extra),
            };
            excluded.push(exclude(
                tuning.cand.facts.channel,
                ExclusionKind::Time,
                reason,
                locale,
            ));
        }
    }

    if hours_needed_minimum.is_none() {
        grow(&mut chosen, overhead, available);
    }

    let channels: Vec<ChannelPlan> = chosen.iter().map(|t| channel_plan(t, answers)).collect();
    let workload = workload(answers, &chosen, overhead, available, hours_needed_minimum);
    crate::core::order::sort_by_key(&mut excluded, |e| e.channel);
    Strategy {
        channels,
        excluded,
        workload,
        audience_fit,
    }
}

fn exclude(
    channel: Channel,
    kind: ExclusionKind,
    reason: T,
    locale: crate::core::model::Locale,
) -> ExcludedChannel {
    ExcludedChannel {
        channel,
        kind,
        reason: reason.text(locale),
    }
}

/// Raises cadence and variety while the plan still fits: first every channel to its
/// published default, then more formats, then towards the growth cadence.
fn grow(chosen: &mut [Tuning], overhead: u32, available: u32) {
    let total = |c: &[Tuning]| overhead + c.iter().map(cost).sum::<u32>();
    for i in 0..chosen.len() {
        let target = chosen[i].cand.facts.cadence.default;
        while chosen[i].posts < target {
            chosen[i].posts += 1;
            if total(chosen) > available {
                chosen[i].posts -= 1;
                break;
            }
        }
    }
    for i in 0..chosen.len() {
        let options = chosen[i].cand.formats.clone();
        for f in options {
            if chosen[i].formats.len() >= 3 {
                break;
            }
            if chosen[i].formats.contains(&f) {
                continue;
            }
            chosen[i].formats.push(f);
            if total(chosen) > available {
                chosen[i].formats.pop();
            }
        }
        // Keep the channel's order of preference.
        let order = chosen[i].cand.formats.clone();
        crate::core::order::sort_by_key(&mut chosen[i].formats, |f| {
            order.iter().position(|o| o == f).unwrap_or(usize::MAX)
        });
    }
    for i in 0..chosen.len() {
        let target = chosen[i].cand.facts.cadence.growth;
        while chosen[i].posts < target {
            chosen[i].posts += 1;
            if total(chosen) > available {
                chosen[i].posts -= 1;
                break;
            }
        }
    }
}

/// Minutes a week a channel costs: posts (average minutes of its formats) + community.
fn cost(t: &Tuning) -> u32 {
    post_minutes(t.posts, &t.formats) + community_minutes(t.posts)
}

fn post_minutes(posts: u32, formats: &[Format]) -> u32 {
    if formats.is_empty() {
        return 0;
    }
    let per_post: u32 = formats
        .iter()
        .map(|f| ev::minutes_per_post(*f))
        .sum::<u32>()
        / formats.len() as u32;
    posts.saturating_mul(per_post)
}

fn community_minutes(posts: u32) -> u32 {
    (posts.min(7) * ev::COMMUNITY_MINUTES_PER_POSTING_DAY).max(ev::COMMUNITY_MINUTES_MIN)
}

/// The cheapest format that can stand on its own: stories and lives complement a feed,
/// they do not replace it, so they are the base only when nothing else is producible.
fn cheapest_format(formats: &[Format]) -> Format {
    let standalone = formats
        .iter()
        .copied()
        .filter(|f| !matches!(f, Format::Stories | Format::Live));
    standalone
        .min_by_key(|f| ev::minutes_per_post(*f))
        .or_else(|| {
            formats
                .iter()
                .copied()
                .min_by_key(|f| ev::minutes_per_post(*f))
        })
        .unwrap_or(Format::Photo)
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

fn round_up_half_hour(minutes: u32) -> f64 {
    (f64::from(minutes) / 30.0).ceil() / 2.0
}

fn percent(x: f64) -> u32 {
    (x.clamp(0.0, 1.0) * 100.0).round() as u32
}

/// Share of the chosen age bands that uses the channel (0..=1), from Pew (US) scaled to
/// Italy's published overall figure when the business is in Italy.
pub fn audience_fit_of(facts: &ChannelFacts, answers: &Answers) -> f64 {
    let u = &facts.usage;
    let country_scale = match (answers.business.country.as_str(), u.italy) {
        ("IT", Some(it)) if u.overall > 0.0 => it / u.overall,
        _ => 1.0,
    };
    (usage_in_bands(facts, answers) * country_scale / 100.0).clamp(0.0, 1.0)
}

/// How much more (above 1) or less (below 1) the audience's age groups use the channel than
/// adults overall: Instagram's users are young (78% of 18–29, 15% of 65+), Facebook's are
/// spread over every age group. 1 when the table has no age figures or no band is chosen.
fn age_index_of(facts: &ChannelFacts, answers: &Answers) -> f64 {
    let u = &facts.usage;
    if answers.audience.age_bands.is_empty() || u.overall <= 0.0 {
        return 1.0;
    }
    usage_in_bands(facts, answers) / u.overall
}

/// The audience part of the channel score (0..=1): the share of the audience that uses the
/// channel, weighted by the square root of the age index (a geometric mean of reach and of
/// reach × index, Rotta estimate). Between two channels the audience uses about as much, the
/// one whose users are concentrated in the audience's age groups fits better: for 18–34 year
/// olds Instagram (78% of 18–29, 15% of 65+) beats Facebook (a majority of every age group),
/// for 55–64 year olds the reverse.
fn audience_score(facts: &ChannelFacts, answers: &Answers, audience: f64) -> f64 {
    let index = age_index_of(facts, answers);
    if index.is_finite() && index > 0.0 {
        (audience * index.sqrt()).clamp(0.0, 1.0)
    } else {
        0.0
    }
}

/// Published usage (percent) of the channel across the chosen age bands, interpolated
/// between the 18–29 and 65+ figures; the overall figure when either is missing.
fn usage_in_bands(facts: &ChannelFacts, answers: &Answers) -> f64 {
    let u = &facts.usage;
    let bands = &answers.audience.age_bands;
    let at_age = |age: f64| -> f64 {
        let base = match (u.young, u.old) {
            (Some(young), Some(old)) => {
                let t = ((age - 24.0) / (70.0 - 24.0)).clamp(0.0, 1.0);
                young + (old - young) * t
            }
            _ => u.overall,
        };
        // LinkedIn is for working adults: teenagers are not there.
        if facts.channel == Channel::Linkedin && age < 18.0 {
            0.0
        } else {
            base
        }
    };
    if bands.is_empty() {
        u.overall
    } else {
        bands
            .iter()
            .map(|b| at_age(ev::band_mid_age(*b)))
            .sum::<f64>()
            / bands.len() as f64
    }
}

/// The goal fit: the primary goal counts 60%, the secondary ones share the rest. Returns the
/// user goal the channel serves best too.
fn goal_fit_of(facts: &ChannelFacts, goals: &[Goal]) -> (Goal, f64) {
    let fit = |g: Goal| facts.goal_fit[ev::goal_index(g)];
    let primary = goals.first().copied().unwrap_or(Goal::Awareness);
    let secondary = goals.get(1..).unwrap_or(&[]);
    let value = if secondary.is_empty() {
        fit(primary)
    } else {
        0.6 * fit(primary)
            + 0.4 * secondary.iter().map(|g| fit(*g)).sum::<f64>() / secondary.len() as f64
    };
    let best = goals
        .iter()
        .copied()
        .max_by(|a, b| fit(*a).total_cmp(&fit(*b)).then(b.cmp(a)))
        .unwrap_or(primary);
    (best, value)
}

/// The weekly slots of a channel: days spread over the week, times from the audience's
/// online times and the channel's published best time; never between 23:00 and 06:00.
pub fn slots(facts: &ChannelFacts, posts: u32, answers: &Answers) -> Vec<Slot> {
    let n = posts.min(14) as usize;
    if n == 0 {
        return Vec::new();
    }
    let weekend = answers.audience.online_times.contains(&OnlineTime::Weekend)
        && answers.business.offer != Offer::B2b;
    let times = weekday_times(facts, answers);
    let first_days = n.min(7);
    let days: Vec<Weekday> = if first_days == 7 {
        vec![
            Weekday::Mon,
            Weekday::Tue,
            Weekday::Wed,
            Weekday::Thu,
            Weekday::Fri,
            Weekday::Sat,
            Weekday::Sun,
        ]
    } else if weekend && first_days >= 2 {
        let mut d = weekday_pattern(facts, first_days - 1);
        d.push(Weekday::Sat);
        d
    } else {
        weekday_pattern(facts, first_days)
    };
    let mut out: Vec<Slot> = Vec::with_capacity(n);
    for (i, day) in days.iter().enumerate() {
        let time = if matches!(day, Weekday::Sat | Weekday::Sun) {
            hm(10, 30)
        } else {
            times
                .get(i % times.len().max(1))
                .copied()
                .unwrap_or(hm(11, 0))
        };
        out.push(Slot {
            weekday: *day,
            time,
        });
    }
    // More than one post a day: a second slot on the busiest days, hours apart.
    let second_days = [
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Mon,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ];
    for day in second_days.iter().take(n.saturating_sub(7)) {
        let first = out
            .iter()
            .find(|s| s.weekday == *day)
            .map_or(hm(11, 0), |s| s.time);
        let time = if first < hm(14, 0) {
            hm(18, 30)
        } else {
            hm(12, 30)
        };
        out.push(Slot {
            weekday: *day,
            time,
        });
    }
    crate::core::order::sort_by_key(&mut out, |s| (s.weekday.num_days_from_monday(), s.time));
    out
}

/// `k` weekdays (Monday–Friday) spread evenly; a single post goes on the channel's best day.
fn weekday_pattern(facts: &ChannelFacts, k: usize) -> Vec<Weekday> {
    use Weekday::*;
    match k {
        0 => Vec::new(),
        1 => vec![facts.best_days.first().copied().unwrap_or(Tue)],
        2 => vec![Tue, Thu],
        3 => vec![Mon, Wed, Fri],
        4 => vec![Mon, Tue, Thu, Fri],
        5 => vec![Mon, Tue, Wed, Thu, Fri],
        _ => vec![Mon, Tue, Wed, Thu, Fri, Sat],
    }
}

/// The weekday times to rotate through: the audience's online times mapped to hours,
/// with the channel's published best time standing for its part of the day.
fn weekday_times(facts: &ChannelFacts, answers: &Answers) -> Vec<NaiveTime> {
    let best = hm(facts.best_time.0, facts.best_time.1);
    let mut times = Vec::with_capacity(4);
    for t in &answers.audience.online_times {
        let time = match t {
            OnlineTime::Morning if facts.best_time.0 < 12 => best,
            OnlineTime::Morning => hm(9, 30),
            OnlineTime::Lunch => hm(12, 30),
            OnlineTime::Afternoon if (14..18).contains(&facts.best_time.0) => best,
            OnlineTime::Afternoon => hm(15, 0),
            OnlineTime::Evening if answers.business.offer == Offer::B2b => hm(18, 0),
            OnlineTime::Evening => hm(19, 0),
            OnlineTime::Weekend => continue,
        };
        if !times.contains(&time) {
            times.push(time);
        }
    }
    if times.is_empty() {
        times.push(best);
    }
    times
}

fn hm(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap_or(NaiveTime::MIN)
}

/// Turns a tuned channel into its plan section.
fn channel_plan(t: &Tuning, answers: &Answers) -> ChannelPlan {
    let locale = answers.locale;
    let facts = t.cand.facts;
    let slots = slots(facts, t.posts, answers);
    let usage_source = if answers.business.country == "IT" && facts.usage.italy.is_some() {
        facts.usage.italy_source
    } else {
        facts.usage.source
    };
    let rationale = T::ChannelRationale {
        channel: facts.channel,
        audience: percent(t.cand.audience),
        usage_source: &text::cite(&usage_source),
        goal: t.cand.goal,
        formats: &text::format_list(&t.formats, locale),
        posts: t.posts,
        min: facts.cadence.min,
        default: facts.cadence.default,
        cadence_source: &text::cite(&facts.cadence.source),
        time_source: &text::cite(&facts.time_source),
    }
    .text(locale);
    let mut sources = vec![
        facts.cadence.source.id,
        facts.time_source.id,
        usage_source.id,
    ];
    sources.dedup();
    ChannelPlan {
        channel: facts.channel,
        name: text::channel_name(facts.channel).to_string(),
        role: T::ChannelRole(facts.channel).text(locale),
        goal: t.cand.goal,
        score: percent(t.cand.score),
        posts_per_week: t.posts,
        formats: t.formats.clone(),
        slots,
        minutes_per_week: cost(t),
        rationale,
        sources,
    }
}

/// Section 7: minutes needed (per channel, listening, reporting) and available.
fn workload(
    answers: &Answers,
    chosen: &[Tuning],
    overhead: u32,
    available: u32,
    hours_needed_minimum: Option<f64>,
) -> Workload {
    let locale = answers.locale;
    let mut items = Vec::with_capacity(chosen.len() * 2 + 2);
    for t in chosen {
        let channel = t.cand.facts.channel;
        items.push(WorkItem {
            task: "posts",
            channel: Some(channel),
            label: T::WorkPosts {
                channel,
                posts: t.posts,
            }
            .text(locale),
            minutes: post_minutes(t.posts, &t.formats),
        });
        items.push(WorkItem {
            task: "community",
            channel: Some(channel),
            label: T::WorkCommunity(channel).text(locale),
            minutes: community_minutes(t.posts),
        });
    }
    let listening = listening_minutes(answers);
    items.push(WorkItem {
        task: "listening",
        channel: None,
        label: T::WorkListening.text(locale),
        minutes: listening,
    });
    items.push(WorkItem {
        task: "reporting",
        channel: None,
        label: T::WorkReporting.text(locale),
        minutes: overhead.saturating_sub(listening),
    });
    Workload {
        minutes_needed: items.iter().map(|i| i.minutes).sum(),
        minutes_available: available,
        hours_needed_minimum,
        items,
        note: T::WorkloadNote.text(locale),
    }
}
