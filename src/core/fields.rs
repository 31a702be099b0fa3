//! The one table of the answers' fields (DESIGN §4): for each field its JSON path, the step
//! that asks it, its kind and its limits.
//!
//! Validation, the review page, the plan warnings' "Review the answer" links and the wizard's
//! "which step owns this field" all read this table, so a path is written once, here, and a
//! misspelt field is a compile error ([`Field`] is an enum).
//!
//! A field inside a list item has `[]` in its path template ("calendar.key_dates[].name"); a
//! concrete place in the answers is a [`FieldPath`]: the field plus the item's index
//! ("calendar.key_dates[2].name"). It is written and read back as that string (the plan's
//! JSON and the `?field=` address keep the string form).

use serde::{Serialize, Serializer};

use crate::core::wizard::Step;

/// Longest free text (value proposition, persona, location), in characters.
pub const MAX_FREE_TEXT: usize = 500;
/// Longest name (business, competitor, key date, metric, keyword, skill, approver).
pub const MAX_NAME: usize = 120;
/// Largest monthly budget (and largest single part of the split).
pub const MAX_MONTHLY_BUDGET: f64 = 1_000_000.0;

/// What kind of value a field holds (and so which widget edits it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Free text.
    Text,
    /// A short upper-case code ("IT", "EUR").
    Code,
    /// A number of hours (decimals allowed).
    Hours,
    /// An amount of money in the plan's currency.
    Money,
    /// A decimal number without unit.
    Number,
    /// A whole number.
    WholeNumber,
    /// A calendar date.
    Date,
    /// One value out of a fixed set.
    Choice,
    /// Several values out of a fixed set.
    Choices,
    /// Yes or no.
    YesNo,
    /// A list the user adds items to.
    List,
}

/// The limits validation applies to a field; `None` where there is none.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Limits {
    /// Most characters of a text.
    pub max_chars: Option<usize>,
    /// Smallest number (for a date: first year).
    pub min: Option<f64>,
    /// Largest number (for a date: last year).
    pub max: Option<f64>,
    /// Most items of a list.
    pub max_items: Option<usize>,
}

const NONE: Limits = Limits {
    max_chars: None,
    min: None,
    max: None,
    max_items: None,
};

const fn chars(max: usize) -> Limits {
    Limits {
        max_chars: Some(max),
        ..NONE
    }
}

const fn range(min: f64, max: f64) -> Limits {
    Limits {
        min: Some(min),
        max: Some(max),
        ..NONE
    }
}

const fn items(max: usize) -> Limits {
    Limits {
        max_items: Some(max),
        ..NONE
    }
}

macro_rules! fields {
    ($( $(#[$doc:meta])* $name:ident => $path:literal, $step:ident, $kind:ident, $limits:expr; )*) => {
        /// Every field of the answers a user edits (or a message can point at).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Field {
            $( $(#[$doc])* $name, )*
        }

        impl Field {
            /// Every field, in the order of the questionnaire.
            pub const ALL: &'static [Field] = &[ $( Field::$name, )* ];

            /// The JSON path in the answers, `[]` standing for a list item's index.
            pub const fn path(self) -> &'static str {
                match self { $( Field::$name => $path, )* }
            }

            /// The question step that asks this field.
            pub const fn step(self) -> Step {
                match self { $( Field::$name => Step::$step, )* }
            }

            /// What the field holds.
            pub const fn kind(self) -> Kind {
                match self { $( Field::$name => Kind::$kind, )* }
            }

            /// The limits validation applies.
            pub const fn limits(self) -> Limits {
                match self { $( Field::$name => $limits, )* }
            }
        }
    };
}

fields! {
    BusinessName => "business.name", Business, Text, chars(MAX_NAME);
    BusinessSector => "business.sector", Business, Choice, NONE;
    BusinessOffer => "business.offer", Business, Choice, NONE;
    BusinessValueProposition => "business.value_proposition", Business, Text, chars(MAX_FREE_TEXT);
    BusinessReach => "business.reach", Business, Choice, NONE;
    BusinessCountry => "business.country", Business, Code, chars(2);
    BusinessHasVenue => "business.has_venue", Business, YesNo, NONE;
    BusinessCompetitors => "business.competitors", Business, List, items(5);
    /// One competitor's name.
    BusinessCompetitor => "business.competitors[]", Business, Text, chars(MAX_NAME);
    GoalsPrimary => "goals.primary", Goals, Choice, NONE;
    GoalsSecondary => "goals.secondary", Goals, Choices, items(2);
    /// One secondary goal.
    GoalsSecondaryItem => "goals.secondary[]", Goals, Choice, NONE;
    /// The horizon in months, one of [`HORIZONS`](crate::core::validate::HORIZONS).
    GoalsHorizon => "goals.horizon_months", Goals, Choice, range(3.0, 12.0);
    GoalsTargets => "goals.targets", Goals, List, items(7);
    /// One target as a whole (its row in the form).
    GoalsTarget => "goals.targets[]", Goals, List, NONE;
    GoalsTargetGoal => "goals.targets[].goal", Goals, Choice, NONE;
    GoalsTargetMetric => "goals.targets[].metric", Goals, Text, chars(MAX_NAME);
    GoalsTargetBaseline => "goals.targets[].baseline", Goals, Number, Limits { min: Some(0.0), ..NONE };
    GoalsTargetTarget => "goals.targets[].target", Goals, Number, Limits { min: Some(0.0), ..NONE };
    GoalsConversion => "goals.conversion", Goals, Choice, NONE;
    AudienceAgeBands => "audience.age_bands", Audience, Choices, NONE;
    AudienceGenderSkew => "audience.gender_skew", Audience, Choice, NONE;
    AudienceLocation => "audience.location", Audience, Text, chars(MAX_FREE_TEXT);
    AudiencePersonaWho => "audience.persona.who", Audience, Text, chars(MAX_FREE_TEXT);
    AudiencePersonaNeeds => "audience.persona.needs", Audience, Text, chars(MAX_FREE_TEXT);
    AudiencePersonaObjections => "audience.persona.objections", Audience, Text, chars(MAX_FREE_TEXT);
    AudienceOnlineTimes => "audience.online_times", Audience, Choices, NONE;
    AudienceKeywords => "audience.listen_keywords", Audience, List, items(20);
    /// One keyword or hashtag.
    AudienceKeyword => "audience.listen_keywords[]", Audience, Text, chars(MAX_NAME);
    ChannelsCurrent => "channels.current", Channels, Choices, NONE;
    /// One channel in use as a whole (its row in the form).
    ChannelsCurrentItem => "channels.current[]", Channels, List, NONE;
    ChannelsCurrentChannel => "channels.current[].channel", Channels, Choice, NONE;
    ChannelsCurrentFollowers => "channels.current[].followers", Channels, WholeNumber, Limits { min: Some(0.0), ..NONE };
    ChannelsCurrentActive => "channels.current[].active", Channels, YesNo, NONE;
    ChannelsRefused => "channels.refused", Channels, Choices, NONE;
    ChannelsFormats => "channels.formats", Channels, Choices, NONE;
    ResourcesHoursPerWeek => "resources.hours_per_week", Resources, Hours, range(0.5, 80.0);
    ResourcesManagedBy => "resources.managed_by", Resources, Choice, NONE;
    ResourcesSkills => "resources.skills", Resources, List, items(20);
    /// One skill.
    ResourcesSkill => "resources.skills[]", Resources, Text, chars(MAX_NAME);
    ResourcesApprovalRequired => "resources.approval.required", Resources, YesNo, NONE;
    ResourcesApprovalBy => "resources.approval.by", Resources, Text, chars(MAX_NAME);
    BudgetCurrency => "budget.currency", Budget, Code, chars(3);
    BudgetMonthly => "budget.monthly", Budget, Money, range(0.0, MAX_MONTHLY_BUDGET);
    /// The user's own split (on or off, and its sum).
    BudgetSplit => "budget.split", Budget, YesNo, NONE;
    BudgetSplitAds => "budget.split.ads", Budget, Money, range(0.0, MAX_MONTHLY_BUDGET);
    BudgetSplitContent => "budget.split.content", Budget, Money, range(0.0, MAX_MONTHLY_BUDGET);
    BudgetSplitManagement => "budget.split.management", Budget, Money, range(0.0, MAX_MONTHLY_BUDGET);
    BudgetSplitTools => "budget.split.tools", Budget, Money, range(0.0, MAX_MONTHLY_BUDGET);
    BudgetHourlyValue => "budget.owner_hourly_value", Budget, Money, range(0.0, 10_000.0);
    /// The calendar's first day; its year within the years holidays are computed for.
    CalendarStart => "calendar.start", Calendar, Date, range(2000.0, 2100.0);
    CalendarWeeks => "calendar.weeks", Calendar, WholeNumber, range(1.0, 52.0);
    CalendarPublicHolidays => "calendar.public_holidays", Calendar, YesNo, NONE;
    CalendarMarketingDays => "calendar.marketing_days", Calendar, YesNo, NONE;
    CalendarKeyDates => "calendar.key_dates", Calendar, List, items(60);
    /// One key date as a whole (its row in the form).
    CalendarKeyDate => "calendar.key_dates[]", Calendar, List, NONE;
    CalendarKeyDateDate => "calendar.key_dates[].date", Calendar, Date, range(2000.0, 2100.0);
    CalendarKeyDateName => "calendar.key_dates[].name", Calendar, Text, chars(MAX_NAME);
    CalendarKeyDateKind => "calendar.key_dates[].kind", Calendar, Choice, NONE;
}

impl Field {
    /// True when the field lives inside a list item (its path has `[]`).
    pub fn is_item(self) -> bool {
        self.path().contains("[]")
    }

    /// This field in the list item `index` (ignored for a field outside lists).
    pub const fn at(self, index: usize) -> FieldPath {
        FieldPath {
            field: self,
            index: Some(index),
        }
    }

    /// The field named by `path` template ("calendar.key_dates[].name"), if any.
    pub fn from_path(path: &str) -> Option<Field> {
        Field::ALL.iter().copied().find(|f| f.path() == path)
    }
}

/// One place in the answers: a field, and for a field inside a list the item's index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct FieldPath {
    pub field: Field,
    /// The list item's index, for a field inside a list.
    pub index: Option<usize>,
}

impl FieldPath {
    /// The question step that asks this field.
    pub const fn step(self) -> Step {
        self.field.step()
    }

    /// Reads a concrete path back ("calendar.key_dates[2].name"); `None` for a path not in
    /// the table (or a list item's field without its index).
    pub fn parse(path: &str) -> Option<FieldPath> {
        let Some(open) = path.find('[') else {
            return Field::from_path(path)
                .filter(|f| !f.is_item())
                .map(FieldPath::from);
        };
        let close = open + path[open..].find(']')?;
        let index: usize = path[open + 1..close].parse().ok()?;
        let template = format!("{}[]{}", &path[..open], &path[close + 1..]);
        Field::from_path(&template).map(|f| f.at(index))
    }
}

impl From<Field> for FieldPath {
    fn from(field: Field) -> Self {
        FieldPath { field, index: None }
    }
}

impl std::fmt::Display for FieldPath {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let path = self.field.path();
        match (path.split_once("[]"), self.index) {
            (Some((head, tail)), Some(i)) => write!(f, "{head}[{i}]{tail}"),
            _ => f.write_str(path),
        }
    }
}

impl Serialize for FieldPath {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl FieldPath {
    /// True when `path` is this place written out ("calendar.key_dates[2].name").
    pub fn is(&self, path: &str) -> bool {
        let template = self.field.path();
        match (template.split_once("[]"), self.index) {
            (Some((head, tail)), Some(i)) => path
                .strip_prefix(head)
                .and_then(|rest| rest.strip_prefix('['))
                .and_then(|rest| rest.split_once(']'))
                .is_some_and(|(n, rest)| {
                    rest == tail && (n == "0" || !n.starts_with('0')) && n.parse::<usize>() == Ok(i)
                }),
            _ => template == path,
        }
    }
}

impl PartialEq<str> for FieldPath {
    fn eq(&self, other: &str) -> bool {
        self.is(other)
    }
}

impl PartialEq<&str> for FieldPath {
    fn eq(&self, other: &&str) -> bool {
        self.is(other)
    }
}

impl PartialEq<Field> for FieldPath {
    fn eq(&self, other: &Field) -> bool {
        self.field == *other && self.index.is_none()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::{Answers, Locale};

    /// A new plan's answers as JSON, with one item in every list.
    fn document() -> serde_json::Value {
        let mut a = Answers::new_plan(
            Locale::En,
            chrono::NaiveDate::from_ymd_opt(2027, 1, 4).unwrap(),
        );
        a.business.competitors = vec!["Rossi".into()];
        a.goals.secondary = vec![crate::core::model::Goal::ALL[1]];
        a.audience.listen_keywords = vec!["pane".into()];
        a.resources.skills = vec!["foto".into()];
        a.resources.approval.by = Some("Anna".into());
        a.budget.owner_hourly_value = Some(20.0);
        let mut json = serde_json::to_value(&a).unwrap();
        let item = |v: serde_json::Value| serde_json::Value::Array(vec![v]);
        json["goals"]["targets"] = item(serde_json::json!(
            {"goal": "awareness", "metric": "reach", "baseline": 0, "target": 1}
        ));
        json["channels"]["current"] = item(serde_json::json!(
            {"channel": "instagram", "followers": 10, "active": true}
        ));
        json["calendar"]["key_dates"] = item(serde_json::json!(
            {"date": "2027-02-01", "name": "Open day", "kind": "event"}
        ));
        json["budget"]["split"] =
            serde_json::json!({"ads": 0, "content": 0, "management": 0, "tools": 0});
        json
    }

    #[test]
    fn every_path_resolves_in_an_answers_document() {
        let doc = document();
        for field in Field::ALL {
            let place = if field.is_item() {
                field.at(0)
            } else {
                FieldPath::from(*field)
            };
            let pointer =
                format!("/{}", place.to_string().replace(['.', '['], "/")).replace(']', "");
            assert!(
                doc.pointer(&pointer).is_some(),
                "{field:?}: {pointer} not in {doc:#}"
            );
            assert_eq!(FieldPath::parse(&place.to_string()), Some(place));
        }
    }

    #[test]
    fn paths_are_unique_and_every_field_has_one_question_step() {
        for (i, a) in Field::ALL.iter().enumerate() {
            assert!(Step::QUESTIONS.contains(&a.step()), "{a:?}");
            for b in &Field::ALL[i + 1..] {
                assert_ne!(a.path(), b.path());
            }
        }
        // Each step's fields share its section of the answers.
        for field in Field::ALL {
            let section = field.path().split(['.', '[']).next().unwrap();
            let others = Field::ALL
                .iter()
                .filter(|f| f.path().starts_with(&format!("{section}.")))
                .all(|f| f.step() == field.step());
            assert!(others, "{field:?}");
        }
    }

    /// The source of each question step's component (read as text: the core does not
    /// depend on the UI, this only checks they agree).
    const COMPONENTS: [(Step, &str); 7] = [
        (Step::Business, include_str!("../ui/steps/business.rs")),
        (Step::Goals, include_str!("../ui/steps/goals.rs")),
        (Step::Audience, include_str!("../ui/steps/audience.rs")),
        (Step::Channels, include_str!("../ui/steps/channels.rs")),
        (Step::Resources, include_str!("../ui/steps/resources.rs")),
        (Step::Budget, include_str!("../ui/steps/budget.rs")),
        (Step::Calendar, include_str!("../ui/steps/calendar.rs")),
    ];

    #[test]
    fn each_step_component_shows_the_fields_of_its_step() {
        for (step, source) in COMPONENTS {
            for field in Field::ALL {
                let named = source
                    .match_indices(&format!("Field::{field:?}"))
                    .any(|(at, m)| {
                        !source[at + m.len()..].starts_with(|c: char| c.is_alphanumeric())
                    });
                if named {
                    assert_eq!(field.step(), step, "{field:?} is shown by {step:?}");
                } else {
                    // Fields inside list items are named by the list widget itself.
                    assert!(
                        field.step() != step || field.is_item(),
                        "{step:?} does not show {field:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn list_items_carry_their_index() {
        let p = Field::CalendarKeyDateName.at(2);
        assert_eq!(p.to_string(), "calendar.key_dates[2].name");
        assert_eq!(p, "calendar.key_dates[2].name");
        assert_ne!(p, "calendar.key_dates[02].name");
        assert_ne!(p, "calendar.key_dates[2].date");
        assert_ne!(p, "calendar.key_dates[].name");
        assert_eq!(FieldPath::from(Field::BusinessName), "business.name");
        assert_eq!(
            FieldPath::parse("business.competitors[11]"),
            Some(Field::BusinessCompetitor.at(11))
        );
        assert_eq!(FieldPath::parse("calendar.key_dates[].name"), None);
        assert_eq!(FieldPath::parse("calendar.key_dates.name"), None);
        assert_eq!(FieldPath::parse("nonsense"), None);
        assert_eq!(
            serde_json::to_string(&FieldPath::from(Field::BusinessName)).unwrap(),
            "\"business.name\""
        );
    }
}
