//! The content pillars Rotta can propose: the engine chooses them and divides the posts among
//! them, the calendar titles its posts with them. The enum lives here, below both, so that
//! neither imports the other for it.

use serde::{Serialize, Serializer};

use crate::core::l10n::{Msg, t};
use crate::core::model::Locale;

/// A content pillar ("Tema" in the Italian interface: one word for one concept).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Pillar {
    Education,
    BehindTheScenes,
    SocialProof,
    ProductOffer,
    Community,
    LocalEvents,
    Curated,
    Inspiration,
    TeamCareers,
    QuestionsAnswers,
}

impl Pillar {
    /// Every pillar.
    pub const ALL: [Pillar; 10] = [
        Pillar::Education,
        Pillar::BehindTheScenes,
        Pillar::SocialProof,
        Pillar::ProductOffer,
        Pillar::Community,
        Pillar::LocalEvents,
        Pillar::Curated,
        Pillar::Inspiration,
        Pillar::TeamCareers,
        Pillar::QuestionsAnswers,
    ];

    /// The stable id (the plan JSON's `pillar`).
    pub const fn id(self) -> &'static str {
        match self {
            Pillar::Education => "education",
            Pillar::BehindTheScenes => "behind_the_scenes",
            Pillar::SocialProof => "social_proof",
            Pillar::ProductOffer => "product_offer",
            Pillar::Community => "community",
            Pillar::LocalEvents => "local_events",
            Pillar::Curated => "curated",
            Pillar::Inspiration => "inspiration",
            Pillar::TeamCareers => "team_careers",
            Pillar::QuestionsAnswers => "questions_answers",
        }
    }

    /// The pillar of an id written by [`Pillar::id`].
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.id() == id)
    }

    /// The pillar's name in `locale`.
    pub fn name(self, locale: Locale) -> &'static str {
        t(
            locale,
            match self {
                Pillar::Education => Msg::CalPillarEducation,
                Pillar::BehindTheScenes => Msg::CalPillarBehindTheScenes,
                Pillar::SocialProof => Msg::CalPillarSocialProof,
                Pillar::ProductOffer => Msg::CalPillarProductOffer,
                Pillar::Community => Msg::CalPillarCommunity,
                Pillar::LocalEvents => Msg::CalPillarLocalEvents,
                Pillar::Curated => Msg::CalPillarCurated,
                Pillar::Inspiration => Msg::CalPillarInspiration,
                Pillar::TeamCareers => Msg::CalPillarTeamCareers,
                Pillar::QuestionsAnswers => Msg::CalPillarQuestionsAnswers,
            },
        )
    }
}

impl std::fmt::Display for Pillar {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id())
    }
}

/// Serialised as its id.
impl Serialize for Pillar {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_names_exist_in_every_language() {
        for p in Pillar::ALL {
            assert_eq!(Pillar::from_id(p.id()), Some(p));
            for locale in Locale::ALL {
                assert!(!p.name(*locale).trim().is_empty(), "{p:?} {locale:?}");
            }
        }
        assert_eq!(Pillar::from_id("nope"), None);
        assert_eq!(Pillar::BehindTheScenes.name(Locale::It), "Dietro le quinte");
    }
}
