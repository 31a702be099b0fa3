//! The channel score (docs/advice.md, "The score, broken down"): the audience part from the
//! country's figures by age, the goal, the offer, the reach, the formats and the audience
//! already there.

use super::{ScoreParts, followers_on, is_active, points};
use crate::core::engine::audiences::{self, Basis};
use crate::core::engine::evidence::{self as ev, ChannelFacts};
use crate::core::model::{AgeBand, Answers, Channel, Format, Goal, Offer, Reach, Sector};

/// Share of the chosen age bands that uses the channel (0..=1), from the country's own
/// figures (`audiences`), with the figure that was used.
pub fn audience_fit_of(facts: &ChannelFacts, answers: &Answers) -> (f64, audiences::UsageFigure) {
    let (percent, figure) = usage_in_bands(facts.channel, answers);
    ((percent / 100.0).clamp(0.0, 1.0), figure)
}

/// Usage (percent) of the channel across the chosen age bands, averaged, and the figure of
/// the first band (they share a source); the overall figure when no band is chosen.
fn usage_in_bands(channel: Channel, answers: &Answers) -> (f64, audiences::UsageFigure) {
    let country = answers.business.country.as_str();
    let bands = &answers.audience.age_bands;
    if bands.is_empty() {
        let f = audiences::usage_overall(country, channel);
        return (f.percent, f);
    }
    let figures: Vec<audiences::UsageFigure> = bands
        .iter()
        .map(|b| {
            let mut f = audiences::usage(country, channel, *b);
            // LinkedIn is for working adults: teenagers are not there.
            if channel == Channel::Linkedin && *b == AgeBand::A13_17 {
                f.percent = 0.0;
            }
            f
        })
        .collect();
    let mean = figures.iter().map(|f| f.percent).sum::<f64>() / figures.len() as f64;
    // The weakest basis among the bands is the one the plan reports.
    let figure = figures
        .iter()
        .copied()
        .find(|f| f.basis != Basis::Country)
        .unwrap_or(figures[0]);
    (mean, figure)
}

/// How much more (above 1) or less (below 1) the audience's age groups use the channel than
/// adults overall. 1 when no band is chosen.
pub(super) fn age_index(channel: Channel, answers: &Answers, in_bands: f64) -> f64 {
    let overall = audiences::usage_overall(&answers.business.country, channel).percent;
    if answers.audience.age_bands.is_empty() || overall <= 0.0 {
        return 1.0;
    }
    in_bands / overall
}

/// The channel's score broken down (Rotta estimate; weights in `docs/advice.md`).
pub(super) fn score_parts(
    facts: &ChannelFacts,
    answers: &Answers,
    audience: f64,
    goal_fit: f64,
    formats: &[Format],
) -> ScoreParts {
    let w = weights(answers.business.offer);
    // The audience part: the share of the audience that uses the channel, weighted by the
    // square root of the age index (a geometric mean of reach and of reach × index): between
    // two channels the audience uses about as much, the one whose users are concentrated in
    // the audience's ages fits better (for 18–34 Instagram and TikTok over Facebook, for 45+
    // the reverse).
    let index = age_index(facts.channel, answers, audience * 100.0);
    let audience_part = if index.is_finite() && index > 0.0 {
        (audience * index.sqrt()).clamp(0.0, 1.0)
    } else {
        0.0
    };
    let offer = offer_fit(facts, answers);
    let reach = facts.reach_fit[ev::reach_index(answers.business.reach)];
    let formats_fit = formats_fit(facts, formats);
    let existing = if is_active(answers, facts.channel) {
        let followers = followers_on(answers, facts.channel).unwrap_or(0);
        if followers >= 1000 {
            EXISTING_LARGE
        } else {
            EXISTING_ACTIVE
        }
    } else {
        0.0
    };
    ScoreParts {
        audience: points(w.audience * audience_part),
        goal: points(w.goal * goal_fit),
        offer: points(w.offer * offer),
        reach: points(w.reach * reach),
        formats: points(w.formats * formats_fit),
        existing: points(existing),
    }
}

/// Points for a channel the business already posts on: its audience is there.
const EXISTING_ACTIVE: f64 = 0.05;
/// … and a little more when that audience is sizeable (1,000 followers or more).
const EXISTING_LARGE: f64 = 0.08;

/// Weights of the score's parts (Rotta estimate): for B2B the general population's usage
/// matters less than where buyers work.
struct Weights {
    audience: f64,
    goal: f64,
    offer: f64,
    reach: f64,
    formats: f64,
}

fn weights(offer: Offer) -> Weights {
    match offer {
        Offer::B2c => Weights {
            audience: 0.32,
            goal: 0.28,
            offer: 0.15,
            reach: 0.15,
            formats: 0.10,
        },
        Offer::Both => Weights {
            audience: 0.24,
            goal: 0.28,
            offer: 0.23,
            reach: 0.15,
            formats: 0.10,
        },
        Offer::B2b => Weights {
            audience: 0.14,
            goal: 0.32,
            offer: 0.29,
            reach: 0.15,
            formats: 0.10,
        },
    }
}

/// A visual product sold beyond the neighbourhood: crafts, fashion and retail, home, beauty,
/// food gifts. Pinterest is where people plan such purchases (Pinterest skews towards women
/// and Gen Z: PINTEREST_AUDIENCE), so it is weighed seriously.
pub(super) fn is_visual_product_online(answers: &Answers) -> bool {
    is_visual_sector(answers)
        && matches!(
            answers.business.reach,
            Reach::National | Reach::International
        )
}

/// A consumer business whose products or places sell on how they look: food and drink,
/// beauty, crafts, retail and fashion, hospitality.
fn is_visual_sector(answers: &Answers) -> bool {
    matches!(
        answers.business.sector,
        Sector::CraftsCreative
            | Sector::Retail
            | Sector::Beauty
            | Sector::FoodDrink
            | Sector::HospitalityTourism
    ) && answers.business.offer != Offer::B2b
}

/// The offer fit: B2C, B2B, or both (the better fit counts most), with Pinterest at its
/// best for a visual product sold online.
fn offer_fit(facts: &ChannelFacts, answers: &Answers) -> f64 {
    if facts.channel == Channel::Pinterest && is_visual_product_online(answers) {
        return 1.0;
    }
    // A visual product shows best on the visual-first platforms (Rotta estimate).
    if is_visual_sector(answers) {
        match facts.channel {
            Channel::Instagram | Channel::Tiktok => return 1.0,
            Channel::Facebook => return 0.8,
            _ => {}
        }
    }
    ev::offer_fit(facts, answers.business.offer)
}

/// How well the team's formats suit the channel: its preferred format, its second, or one
/// it merely takes.
fn formats_fit(facts: &ChannelFacts, producible: &[Format]) -> f64 {
    match facts.formats.iter().position(|f| producible.contains(f)) {
        Some(0) => 1.0,
        Some(1) => 0.7,
        Some(_) => 0.4,
        None => 0.0,
    }
}

/// The goal fit: the primary goal counts 60%, the secondary ones share the rest. Returns the
/// user goal the channel serves best too.
pub(super) fn goal_fit_of(facts: &ChannelFacts, goals: &[Goal], answers: &Answers) -> (Goal, f64) {
    // A pin links straight to the product page: for a visual product sold online, Pinterest
    // serves sales as well as it serves traffic (Rotta estimate).
    let pin_sells = facts.channel == Channel::Pinterest && is_visual_product_online(answers);
    let fit = |g: Goal| {
        let f = facts.goal_fit[ev::goal_index(g)];
        if pin_sells && g == Goal::Sales {
            f.max(facts.goal_fit[ev::goal_index(Goal::Traffic)])
        } else {
            f
        }
    };
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
