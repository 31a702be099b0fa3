//! The questionnaire's steps, their order and their addresses (DESIGN §3).
//!
//! The order lives here, not in the UI, so "next", "back" and the progress indicator agree
//! everywhere and are tested on the host.

use super::fields::{Field, FieldPath};
use super::model::Answers;

/// One screen of the wizard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Step {
    Business,
    Goals,
    Audience,
    Channels,
    Resources,
    Budget,
    Calendar,
    Review,
    Plan,
}

impl Step {
    /// Every step, in the order the user meets them.
    pub const ALL: [Step; 9] = [
        Step::Business,
        Step::Goals,
        Step::Audience,
        Step::Channels,
        Step::Resources,
        Step::Budget,
        Step::Calendar,
        Step::Review,
        Step::Plan,
    ];

    /// The steps that ask questions (everything before Review).
    pub const QUESTIONS: [Step; 7] = [
        Step::Business,
        Step::Goals,
        Step::Audience,
        Step::Channels,
        Step::Resources,
        Step::Budget,
        Step::Calendar,
    ];

    /// The step's name in the address (`?step=…`), stable across languages so links work
    /// whatever the reader's language.
    pub const fn slug(self) -> &'static str {
        match self {
            Step::Business => "business",
            Step::Goals => "goals",
            Step::Audience => "audience",
            Step::Channels => "channels",
            Step::Resources => "time",
            Step::Budget => "budget",
            Step::Calendar => "calendar",
            Step::Review => "review",
            Step::Plan => "plan",
        }
    }

    /// The step named `slug`, if any.
    pub fn from_slug(slug: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|s| s.slug() == slug)
    }

    /// Position in [`Step::ALL`], from 0.
    pub fn index(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    /// The step after this one.
    pub fn next(self) -> Option<Step> {
        Step::ALL.get(self.index() + 1).copied()
    }

    /// The step before this one.
    pub fn prev(self) -> Option<Step> {
        self.index()
            .checked_sub(1)
            .and_then(|i| Step::ALL.get(i).copied())
    }

    /// The answers section (first segment of a validation path) this step edits.
    pub const fn section(self) -> Option<&'static str> {
        match self {
            Step::Business => Some("business"),
            Step::Goals => Some("goals"),
            Step::Audience => Some("audience"),
            Step::Channels => Some("channels"),
            Step::Resources => Some("resources"),
            Step::Budget => Some("budget"),
            Step::Calendar => Some("calendar"),
            Step::Review | Step::Plan => None,
        }
    }

    /// The question step that asks the answers field at `path`
    /// (e.g. `"calendar.key_dates[0].name"` → Calendar), read from the fields table.
    pub fn for_field(path: &str) -> Option<Step> {
        FieldPath::parse(path).map(FieldPath::step)
    }

    /// The fields this step asks, in the table's order (none for Review and Plan).
    pub fn fields(self) -> impl Iterator<Item = Field> {
        Field::ALL.iter().copied().filter(move |f| f.step() == self)
    }

    /// Whether the user has filled in what this step needs to make a plan. Used for the
    /// progress indicator's ticks; it never blocks navigation.
    pub fn is_complete(self, answers: &Answers) -> bool {
        match self {
            Step::Business => {
                !answers.business.name.trim().is_empty()
                    && !answers.business.value_proposition.trim().is_empty()
            }
            Step::Goals => answers.goals.conversion.is_some(),
            Step::Audience => {
                !answers.audience.age_bands.is_empty() && !answers.audience.online_times.is_empty()
            }
            Step::Channels => !answers.channels.formats.is_empty(),
            Step::Resources => answers.resources.hours_per_week > 0.0,
            Step::Budget => !answers.budget.currency.is_empty(),
            Step::Calendar => answers.calendar.weeks > 0,
            Step::Review | Step::Plan => Step::QUESTIONS.iter().all(|s| s.is_complete(answers)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::{Answers, Conversion, Format, Locale, OnlineTime};

    #[test]
    fn steps_follow_design_order_business_first_plan_last() {
        let slugs: Vec<_> = Step::ALL.iter().map(|s| s.slug()).collect();
        assert_eq!(
            slugs,
            [
                "business", "goals", "audience", "channels", "time", "budget", "calendar",
                "review", "plan"
            ]
        );
        assert_eq!(Step::Business.prev(), None);
        assert_eq!(Step::Business.next(), Some(Step::Goals));
        assert_eq!(Step::Calendar.next(), Some(Step::Review));
        assert_eq!(Step::Plan.next(), None);
        for s in Step::ALL {
            assert_eq!(Step::from_slug(s.slug()), Some(s));
            if let Some(n) = s.next() {
                assert_eq!(n.prev(), Some(s));
            }
        }
        assert_eq!(Step::from_slug("nope"), None);
    }

    #[test]
    fn fields_map_to_the_step_that_edits_them() {
        assert_eq!(Step::for_field("business.name"), Some(Step::Business));
        assert_eq!(
            Step::for_field("calendar.key_dates[3].name"),
            Some(Step::Calendar)
        );
        assert_eq!(
            Step::for_field("resources.hours_per_week"),
            Some(Step::Resources)
        );
        assert_eq!(Step::for_field("nonsense"), None);
        assert_eq!(Step::for_field("business.nonsense"), None);
    }

    #[test]
    fn every_field_is_asked_by_exactly_one_question_step() {
        for field in Field::ALL {
            let owners: Vec<Step> = Step::ALL
                .into_iter()
                .filter(|s| s.fields().any(|f| f == *field))
                .collect();
            assert_eq!(owners.len(), 1, "{field:?}: {owners:?}");
            assert!(Step::QUESTIONS.contains(&owners[0]), "{field:?}");
        }
        for step in Step::QUESTIONS {
            assert!(step.fields().next().is_some(), "{step:?} asks nothing");
        }
        assert_eq!(Step::Review.fields().count(), 0);
        assert_eq!(Step::Plan.fields().count(), 0);
    }

    #[test]
    fn completeness_follows_the_answers() {
        let mut a = Answers::new_plan(
            Locale::En,
            chrono::NaiveDate::from_ymd_opt(2027, 1, 4).unwrap(),
        );
        assert!(!Step::Business.is_complete(&a));
        a.business.name = "Forno Rossi".into();
        a.business.value_proposition = "Bread".into();
        assert!(Step::Business.is_complete(&a));
        assert!(!Step::Review.is_complete(&a));
        a.goals.conversion = Some(Conversion::PromoCode);
        a.audience.online_times = vec![OnlineTime::Evening];
        a.channels.formats = vec![Format::Photo];
        assert!(Step::Review.is_complete(&a));
    }
}
