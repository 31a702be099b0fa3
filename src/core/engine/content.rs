//! Content pillars (4–6, from sector and goals) and the content-mix preset.

use serde::Serialize;

use super::evidence as ev;
pub use super::kinds::Pillar;
use super::text::{Say, T};
use crate::core::calendar::PillarSpec;
use crate::core::model::{Answers, Goal, KeyDateKind, Locale, MixPreset, Offer, Reach, Sector};

/// The chosen mix preset, named, with the promotional share the calendar respects. `S` is
/// the text type ([`Say`] from the engine, `String` rendered).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MixInfo<S = String> {
    pub preset: MixPreset,
    /// e.g. "80/20".
    pub name: S,
    /// What the preset means, naming which definition Rotta uses.
    pub description: S,
    /// Share of promotional posts, 0..=1.
    pub promo_share: f64,
    pub sources: Vec<&'static str>,
}

/// One content pillar and its share of the posts.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PillarShare<S = String> {
    /// The pillar; serialises as its stable id, e.g. "behind_the_scenes".
    pub pillar: Pillar,
    pub name: S,
    /// Share of posts; the pillars add up to 1.
    pub share: f64,
    pub promotional: bool,
    /// What goes in it, with an example for this business.
    pub description: S,
}

impl<S> PillarShare<S> {
    /// What the calendar needs of this pillar.
    pub fn spec(&self) -> PillarSpec {
        PillarSpec {
            pillar: self.pillar,
            share: self.share,
            promotional: self.promotional,
        }
    }
}

/// The content plan.
#[derive(Debug, Clone, PartialEq)]
pub struct Content {
    pub mix: MixInfo<Say>,
    pub pillars: Vec<PillarShare<Say>>,
}

/// Shares a preset fixes: (promotional, curated from others, personal/humanising).
pub fn preset_shares(preset: MixPreset) -> (f64, f64, f64) {
    match preset {
        MixPreset::EightyTwenty => (0.2, 0.0, 0.0),
        MixPreset::SeventyTwentyTen => (0.1, 0.2, 0.0),
        // Of 6 posts: 4 by others (curated), 1 re-share (spread over the value pillars:
        // customers' and community posts), 1 self-promotion (Davis and Pulizzi).
        MixPreset::FourOneOne => (1.0 / 6.0, 4.0 / 6.0, 0.0),
        // 3 created posts in 10: one of them may be an offer.
        MixPreset::FiveThreeTwo => (0.1, 0.5, 0.2),
    }
}

fn preset_source(preset: MixPreset) -> ev::Source {
    match preset {
        MixPreset::EightyTwenty => ev::MIX_80_20,
        MixPreset::SeventyTwentyTen => ev::MIX_70_20_10,
        MixPreset::FourOneOne => ev::MIX_4_1_1,
        MixPreset::FiveThreeTwo => ev::MIX_5_3_2,
    }
}

/// Chooses the pillars and divides the posts among them following the preset.
pub fn plan_content(answers: &Answers, goals: &[Goal]) -> Content {
    let preset = answers.mix;
    let (promo, curated, personal) = preset_shares(preset);
    let pillars = choose_pillars(answers, goals, curated > 0.0);

    let value_pillars: Vec<Pillar> = pillars
        .iter()
        .copied()
        .filter(|p| {
            let fixed_share = matches!(p, Pillar::ProductOffer | Pillar::Curated)
                || (personal > 0.0 && *p == Pillar::BehindTheScenes);
            !fixed_share
        })
        .collect();
    let rest = 1.0 - promo - curated - personal;
    let total_weight: f64 = value_pillars
        .iter()
        .map(|p| weight(*p, answers, goals))
        .sum();

    let mut out: Vec<PillarShare<Say>> = Vec::with_capacity(pillars.len());
    for p in &pillars {
        let share = match p {
            Pillar::ProductOffer => promo,
            Pillar::Curated => curated,
            Pillar::BehindTheScenes if personal > 0.0 => personal,
            _ if total_weight > 0.0 => rest * weight(*p, answers, goals) / total_weight,
            _ => 0.0,
        };
        out.push(PillarShare {
            pillar: *p,
            name: T::PillarName(*p),
            share: (share * 1000.0).round() / 1000.0,
            promotional: *p == Pillar::ProductOffer,
            description: T::PillarDescription {
                pillar: *p,
                sector: answers.business.sector,
            },
        });
    }
    // Rounding must not break "the shares add up to 1": the largest value pillar absorbs it.
    let sum: f64 = out.iter().map(|p| p.share).sum();
    if let Some(largest) = out
        .iter_mut()
        .filter(|p| !p.promotional)
        .max_by(|a, b| a.share.total_cmp(&b.share))
    {
        largest.share = ((largest.share + 1.0 - sum) * 1000.0).round() / 1000.0;
    }

    let source = preset_source(preset);
    Content {
        mix: MixInfo {
            preset,
            name: T::MixName(preset),
            description: T::MixDescription(preset),
            promo_share: promo,
            sources: vec![source.id],
        },
        pillars: out,
    }
}

/// Relative weight of a value pillar, from the goals and the offer.
fn weight(p: Pillar, answers: &Answers, goals: &[Goal]) -> f64 {
    let wants = |g: Goal| goals.contains(&g);
    match p {
        Pillar::Education
            if wants(Goal::Leads)
                || wants(Goal::Traffic)
                || answers.business.offer == Offer::B2b =>
        {
            4.0
        }
        Pillar::Education => 3.0,
        Pillar::Community if wants(Goal::Community) => 3.0,
        Pillar::SocialProof if wants(Goal::Sales) || wants(Goal::Leads) => 3.0,
        Pillar::SocialProof | Pillar::BehindTheScenes | Pillar::Community | Pillar::Inspiration => {
            2.0
        }
        Pillar::LocalEvents | Pillar::QuestionsAnswers => 1.5,
        Pillar::TeamCareers if wants(Goal::Recruiting) => 2.0,
        Pillar::TeamCareers => 1.0,
        Pillar::ProductOffer | Pillar::Curated => 0.0,
    }
}

/// 4–6 pillars: the four every business needs, then those its goals and sector call for.
fn choose_pillars(answers: &Answers, goals: &[Goal], curated: bool) -> Vec<Pillar> {
    let mut pillars = vec![
        Pillar::Education,
        Pillar::BehindTheScenes,
        Pillar::SocialProof,
        Pillar::ProductOffer,
    ];
    let mut wanted: Vec<Pillar> = Vec::with_capacity(6);
    if curated {
        wanted.push(Pillar::Curated);
    }
    for g in goals {
        match g {
            Goal::Community => wanted.push(Pillar::Community),
            Goal::Recruiting => wanted.push(Pillar::TeamCareers),
            Goal::CustomerCare => wanted.push(Pillar::QuestionsAnswers),
            Goal::Awareness => wanted.push(Pillar::Inspiration),
            Goal::Traffic | Goal::Leads | Goal::Sales => {}
        }
    }
    let has_events = answers
        .calendar
        .key_dates
        .iter()
        .any(|k| k.kind == KeyDateKind::Event);
    if answers.business.has_venue || has_events || answers.business.reach == Reach::Local {
        wanted.insert(usize::from(curated).min(wanted.len()), Pillar::LocalEvents);
    }
    match answers.business.sector {
        Sector::Nonprofit | Sector::Education => wanted.push(Pillar::Community),
        Sector::CultureEvents => wanted.push(Pillar::LocalEvents),
        Sector::ProfessionalServices
        | Sector::B2bIndustry
        | Sector::TechSoftware
        | Sector::RealEstate => wanted.push(Pillar::QuestionsAnswers),
        Sector::FoodDrink
        | Sector::HospitalityTourism
        | Sector::Beauty
        | Sector::CraftsCreative
        | Sector::Retail
        | Sector::HealthWellness => wanted.push(Pillar::Inspiration),
        Sector::Other => {}
    }
    for p in wanted {
        if pillars.len() >= 6 {
            break;
        }
        if !pillars.contains(&p) {
            pillars.push(p);
        }
    }
    pillars
}

/// The name of a pillar in `locale`, by its id (for callers outside the engine, e.g. the UI).
pub fn pillar_name(id: &str, locale: Locale) -> Option<String> {
    Pillar::from_id(id).map(|p| T::PillarName(p).text(locale))
}
