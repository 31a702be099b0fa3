//! Honest time costs (issue #11 §4): minutes per post by format and by what the team can
//! do, the smaller cost of re-using a piece on a second channel, and the light cost of the
//! companion channels. Every figure is a range; the engine plans with its middle and the
//! workload shows the range.
//!
//! No study publishes minutes per post for small businesses, so these are Rotta's
//! estimates ([`super::evidence::ROTTA_ESTIMATE`]); the short-video range follows the
//! published material on template tools and scripted clips
//! ([`super::evidence::SHORT_VIDEO_TIME`]). `docs/advice.md` gives the reasoning.

use serde::Serialize;

use crate::core::model::{Answers, Format, ManagedBy};

/// A range of minutes: the quick case and the slow one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Minutes {
    pub low: u32,
    pub high: u32,
}

impl Minutes {
    pub const fn new(low: u32, high: u32) -> Self {
        Self { low, high }
    }

    /// The figure the plan uses: the middle of the range, rounded up.
    pub const fn mid(self) -> u32 {
        (self.low + self.high).div_ceil(2)
    }

    /// `n` times the range (saturating).
    pub const fn times(self, n: u32) -> Self {
        Self {
            low: self.low.saturating_mul(n),
            high: self.high.saturating_mul(n),
        }
    }

    /// The sum of two ranges.
    pub const fn plus(self, other: Self) -> Self {
        Self {
            low: self.low.saturating_add(other.low),
            high: self.high.saturating_add(other.high),
        }
    }

    /// A fixed figure (no range).
    pub const fn exactly(m: u32) -> Self {
        Self { low: m, high: m }
    }
}

/// What the team can do that changes how long a post takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct TeamSkills {
    /// Someone shoots and edits video (phone editing apps count).
    pub video: bool,
    /// The team works from templates (Canva-like tools, saved layouts).
    pub templates: bool,
}

/// Parts of skill labels, in the app's languages, that mean video skills. The skills are
/// free labels (DESIGN §4), so Rotta recognises the usual words rather than asking again.
/// Matching vocabulary of every language (never shown): the decision must not depend on
/// the interface's language.
const VIDEO_WORDS: &[&str] = &[
    "video",
    "vídeo",
    "vidéo",
    "montaje",
    "edición",
    "montag",
    "editing",
    "reel",
    "capcut",
    "premiere",
    "final cut",
    "davinci",
    "ripres",
    "filmmak",
    "schnitt",
];
/// Parts of skill labels that mean the team works from templates.
const TEMPLATE_WORDS: &[&str] = &[
    "template",
    "canva",
    "modell",
    "vorlage",
    "plantilla",
    "modèle",
    "grafic",
];

/// The team's skills as the answers tell them: the skill labels, and who runs the work (an
/// agency brings video and templates; a freelancer at least templates).
pub fn team_skills(answers: &Answers) -> TeamSkills {
    let has = |words: &[&str]| {
        answers.resources.skills.iter().any(|s| {
            let s = s.to_lowercase();
            words.iter().any(|w| s.contains(w))
        })
    };
    let managed = answers.resources.managed_by;
    TeamSkills {
        video: has(VIDEO_WORDS) || managed == ManagedBy::Agency,
        templates: has(TEMPLATE_WORDS)
            || matches!(managed, ManagedBy::Agency | ManagedBy::Freelancer),
    }
}

/// Minutes to make and publish one post of `format` from scratch (Rotta estimate).
/// A short video takes 20–45 minutes for a team with video skills or templates and 1–2
/// hours for a team without (SHORT_VIDEO_TIME).
pub fn post(format: Format, skills: TeamSkills) -> Minutes {
    let quick_video = skills.video || skills.templates;
    match format {
        Format::Photo => Minutes::new(15, 35),
        Format::Graphics if skills.templates => Minutes::new(15, 30),
        Format::Graphics => Minutes::new(30, 60),
        Format::ShortVideo if quick_video => Minutes::new(20, 45),
        Format::ShortVideo => Minutes::new(60, 120),
        Format::LongVideo if skills.video => Minutes::new(120, 240),
        Format::LongVideo => Minutes::new(180, 360),
        Format::Text => Minutes::new(10, 25),
        Format::Article => Minutes::new(60, 180),
        Format::Live => Minutes::new(45, 90),
        Format::Stories => Minutes::new(5, 15),
    }
}

/// Minutes to adapt a piece already made for the main channel to a second channel:
/// a new caption, the crop, the tags (Rotta estimate).
pub const REUSE_PER_POST: Minutes = Minutes::new(5, 10);

/// Replies on a channel that mirrors the main one, per publishing day (Rotta estimate).
pub const REUSE_COMMUNITY_PER_DAY: u32 = 5;

/// Replies to comments and messages per channel per publishing day: comments arrive in the
/// first hours (Wiselytics 2013: 75% of a post's engagement within about 5 hours).
pub const COMMUNITY_PER_POSTING_DAY: u32 = 15;
/// Replies never drop below this per own channel a week (messages, reviews).
pub const COMMUNITY_MIN: u32 = 20;

/// A pin made from a product photo the business already has: the picture, a title with
/// the words people search for, the link to the product (Rotta estimate).
pub const PIN: Minutes = Minutes::new(5, 15);
/// Pinterest gets few comments: a check of comments and saves, a week.
pub const PIN_CARE: u32 = 10;

/// A Google Business Profile update: a photo from the week and two lines (Rotta estimate).
pub const LOCAL_POST: Minutes = Minutes::new(10, 20);
/// Answering reviews and questions on the profile and checking hours, a week.
pub const LOCAL_CARE: u32 = 10;

/// A message to the people who already know the business on a messaging channel (a
/// broadcast that re-uses the week's best piece), per message (Rotta estimate).
pub const MESSAGE_POST: Minutes = Minutes::new(10, 20);
/// Replies on a messaging channel, per message sent, at least [`MESSAGE_CARE_MIN`].
pub const MESSAGE_CARE_PER_POST: u32 = 10;
pub const MESSAGE_CARE_MIN: u32 = 10;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_are_ordered_and_the_middle_is_inside() {
        for skills in [
            TeamSkills::default(),
            TeamSkills {
                video: true,
                templates: false,
            },
            TeamSkills {
                video: false,
                templates: true,
            },
        ] {
            for f in Format::ALL {
                let m = post(*f, skills);
                assert!(m.low > 0 && m.low <= m.high, "{f}");
                assert!((m.low..=m.high).contains(&m.mid()), "{f}");
            }
        }
    }

    #[test]
    fn a_team_with_video_skills_makes_short_videos_in_under_an_hour() {
        let skilled = TeamSkills {
            video: true,
            templates: false,
        };
        assert_eq!(post(Format::ShortVideo, skilled), Minutes::new(20, 45));
        assert_eq!(
            post(Format::ShortVideo, TeamSkills::default()),
            Minutes::new(60, 120)
        );
        assert!(REUSE_PER_POST.high < post(Format::Photo, skilled).low + 10);
    }

    #[test]
    fn skills_are_read_from_free_labels_in_any_language() {
        let mut a = Answers::default();
        for (labels, video, templates) in [
            (vec!["foto"], false, false),
            (vec!["Montaggio video"], true, false),
            (vec!["Reels con CapCut"], true, false),
            (vec!["Canva"], false, true),
            (vec!["modelli grafici"], false, true),
            (vec!["Video editing", "templates"], true, true),
            (vec!["Edición de vídeo"], true, false),
            (vec!["Plantillas de Canva"], false, true),
            (vec!["Montage vidéo", "modèles"], true, true),
            (vec!["Videoschnitt", "Vorlagen"], true, true),
        ] {
            a.resources.skills = labels.iter().map(|s| s.to_string()).collect();
            assert_eq!(
                team_skills(&a),
                TeamSkills { video, templates },
                "{labels:?}"
            );
        }
        a.resources.skills.clear();
        a.resources.managed_by = ManagedBy::Agency;
        assert!(team_skills(&a).video);
    }
}
