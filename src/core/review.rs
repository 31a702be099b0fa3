//! The review page's contents: every answer of a step as text in the user's language, with
//! the field its "Edit" link opens. Numbers, amounts and dates are written by
//! [`crate::core::l10n::format`], as in the fields and the plan ("2,5", "1.200 EUR").

use crate::core::fields::Field;
use crate::core::i18n::{Label, Text, country_name, followers, t};
use crate::core::l10n::format;
use crate::core::model::{Answers, Locale};
use crate::core::wizard::Step;

/// One line of the review: which answer, its value as text, and the field to edit.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub label: Text,
    /// The answer as text; "not set" when empty.
    pub value: String,
    pub field: Field,
}

fn join<T: Label>(values: &[T], locale: Locale) -> String {
    values
        .iter()
        .map(|v| v.label(locale))
        .collect::<Vec<_>>()
        .join(", ")
}

fn yes_no(v: bool, locale: Locale) -> String {
    t(locale, if v { Text::Yes } else { Text::No }).to_string()
}

/// The review rows of one step (none for Review and Plan), in the step's order.
pub fn rows(step: Step, a: &Answers, l: Locale) -> Vec<Row> {
    let row = |label, value: String, field: Field| Row {
        label,
        value: if value.trim().is_empty() {
            t(l, Text::NotSet).to_string()
        } else {
            value
        },
        field,
    };
    let n = |v: f64| format::number(l, v);
    let money = |v: f64| format::money(l, v, &a.budget.currency);
    match step {
        Step::Business => vec![
            row(
                Text::BusinessName,
                a.business.name.clone(),
                Field::BusinessName,
            ),
            row(
                Text::Sector,
                a.business.sector.label(l).into(),
                Field::BusinessSector,
            ),
            row(
                Text::Offer,
                a.business.offer.label(l).into(),
                Field::BusinessOffer,
            ),
            row(
                Text::ValueProposition,
                a.business.value_proposition.clone(),
                Field::BusinessValueProposition,
            ),
            row(
                Text::Reach,
                a.business.reach.label(l).into(),
                Field::BusinessReach,
            ),
            row(
                Text::Country,
                country_name(l, &a.business.country),
                Field::BusinessCountry,
            ),
            row(
                Text::HasVenue,
                yes_no(a.business.has_venue, l),
                Field::BusinessHasVenue,
            ),
            row(
                Text::Competitors,
                a.business.competitors.join(", "),
                Field::BusinessCompetitors,
            ),
        ],
        Step::Goals => vec![
            row(
                Text::PrimaryGoal,
                a.goals.primary.label(l).into(),
                Field::GoalsPrimary,
            ),
            row(
                Text::SecondaryGoals,
                join(&a.goals.secondary, l),
                Field::GoalsSecondary,
            ),
            row(
                Text::Horizon,
                format!(
                    "{} {}",
                    n(f64::from(a.goals.horizon_months)),
                    t(l, Text::Months)
                ),
                Field::GoalsHorizon,
            ),
            row(
                Text::GoalTargets,
                a.goals
                    .targets
                    .iter()
                    .map(|t| {
                        format!(
                            "{}: {} {} → {}",
                            t.goal.label(l),
                            t.metric,
                            n(t.baseline),
                            n(t.target)
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("; "),
                Field::GoalsTargets,
            ),
            row(
                Text::ConversionLabel,
                a.goals
                    .conversion
                    .map(|c| c.label(l).to_string())
                    .unwrap_or_default(),
                Field::GoalsConversion,
            ),
        ],
        Step::Audience => vec![
            row(
                Text::AgeBands,
                join(&a.audience.age_bands, l),
                Field::AudienceAgeBands,
            ),
            row(
                Text::GenderSkew,
                a.audience
                    .gender_skew
                    .map(|g| g.label(l).to_string())
                    .unwrap_or_default(),
                Field::AudienceGenderSkew,
            ),
            row(
                Text::Location,
                a.audience.location.clone(),
                Field::AudienceLocation,
            ),
            row(
                Text::PersonaWho,
                a.audience.persona.who.clone(),
                Field::AudiencePersonaWho,
            ),
            row(
                Text::PersonaNeeds,
                a.audience.persona.needs.clone(),
                Field::AudiencePersonaNeeds,
            ),
            row(
                Text::PersonaObjections,
                a.audience.persona.objections.clone(),
                Field::AudiencePersonaObjections,
            ),
            row(
                Text::OnlineTimes,
                join(&a.audience.online_times, l),
                Field::AudienceOnlineTimes,
            ),
            row(
                Text::Keywords,
                a.audience.listen_keywords.join(", "),
                Field::AudienceKeywords,
            ),
        ],
        Step::Channels => vec![
            row(
                Text::CurrentChannels,
                a.channels
                    .current
                    .iter()
                    .map(|c| format!("{} ({})", c.channel.label(l), followers(l, c.followers)))
                    .collect::<Vec<_>>()
                    .join(", "),
                Field::ChannelsCurrent,
            ),
            row(
                Text::RefusedChannels,
                join(&a.channels.refused, l),
                Field::ChannelsRefused,
            ),
            row(
                Text::Formats,
                join(&a.channels.formats, l),
                Field::ChannelsFormats,
            ),
        ],
        Step::Resources => vec![
            row(
                Text::HoursPerWeek,
                n(a.resources.hours_per_week),
                Field::ResourcesHoursPerWeek,
            ),
            row(
                Text::ManagedBy,
                a.resources.managed_by.label(l).into(),
                Field::ResourcesManagedBy,
            ),
            row(
                Text::Skills,
                a.resources.skills.join(", "),
                Field::ResourcesSkills,
            ),
            row(
                Text::ApprovalRequired,
                match (&a.resources.approval.by, a.resources.approval.required) {
                    (Some(by), true) => format!("{} ({by})", yes_no(true, l)),
                    (_, required) => yes_no(required, l),
                },
                Field::ResourcesApprovalRequired,
            ),
        ],
        Step::Budget => vec![
            row(
                Text::MonthlyBudget,
                money(a.budget.monthly),
                Field::BudgetMonthly,
            ),
            row(
                Text::OwnSplit,
                a.budget
                    .split
                    .as_ref()
                    .map(|s| {
                        format!(
                            "{} {}, {} {}, {} {}, {} {}",
                            t(l, Text::SplitAds),
                            money(s.ads),
                            t(l, Text::SplitContent),
                            money(s.content),
                            t(l, Text::SplitManagement),
                            money(s.management),
                            t(l, Text::SplitTools),
                            money(s.tools),
                        )
                    })
                    .unwrap_or_default(),
                Field::BudgetSplit,
            ),
            row(
                Text::HourlyValue,
                a.budget.owner_hourly_value.map(money).unwrap_or_default(),
                Field::BudgetHourlyValue,
            ),
        ],
        Step::Calendar => vec![
            row(
                Text::StartDate,
                format::date(l, a.calendar.start),
                Field::CalendarStart,
            ),
            row(
                Text::Weeks,
                n(f64::from(a.calendar.weeks)),
                Field::CalendarWeeks,
            ),
            row(
                Text::IncludeHolidays,
                yes_no(a.calendar.public_holidays, l),
                Field::CalendarPublicHolidays,
            ),
            row(
                Text::IncludeMarketingDays,
                yes_no(a.calendar.marketing_days, l),
                Field::CalendarMarketingDays,
            ),
            row(
                Text::KeyDates,
                a.calendar
                    .key_dates
                    .iter()
                    .map(|k| format!("{} {}", format::date(l, k.date), k.name))
                    .collect::<Vec<_>>()
                    .join("; "),
                Field::CalendarKeyDates,
            ),
        ],
        Step::Review | Step::Plan => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::BudgetSplit;

    fn value(step: Step, a: &Answers, field: Field) -> String {
        rows(step, a, a.locale)
            .into_iter()
            .find(|r| r.field == field)
            .map(|r| r.value)
            .unwrap()
    }

    #[test]
    fn numbers_and_amounts_read_as_in_the_fields_and_the_plan() {
        let mut a = Answers::new_plan(
            Locale::It,
            chrono::NaiveDate::from_ymd_opt(2027, 1, 4).unwrap(),
        );
        a.resources.hours_per_week = 2.5;
        a.budget.monthly = 1200.0;
        a.budget.currency = "EUR".into();
        a.budget.split = Some(BudgetSplit {
            ads: 1000.0,
            content: 200.5,
            management: 0.0,
            tools: 0.0,
        });
        assert_eq!(
            value(Step::Resources, &a, Field::ResourcesHoursPerWeek),
            "2,5"
        );
        assert_eq!(value(Step::Budget, &a, Field::BudgetMonthly), "1.200 EUR");
        assert!(value(Step::Budget, &a, Field::BudgetSplit).contains("200,50 EUR"));
        assert_eq!(
            value(Step::Calendar, &a, Field::CalendarStart),
            "4 gennaio 2027"
        );
        a.locale = Locale::En;
        assert_eq!(
            value(Step::Resources, &a, Field::ResourcesHoursPerWeek),
            "2.5"
        );
        assert_eq!(value(Step::Budget, &a, Field::BudgetMonthly), "1,200 EUR");
        a.locale = Locale::De;
        assert_eq!(
            value(Step::Resources, &a, Field::ResourcesHoursPerWeek),
            "2,5"
        );
        assert_eq!(value(Step::Budget, &a, Field::BudgetMonthly), "1.200 EUR");
    }

    #[test]
    fn every_question_step_has_rows_on_its_own_fields() {
        let a = Answers::new_plan(
            Locale::En,
            chrono::NaiveDate::from_ymd_opt(2027, 1, 4).unwrap(),
        );
        for step in Step::QUESTIONS {
            let rows = rows(step, &a, Locale::En);
            assert!(!rows.is_empty(), "{step:?}");
            for row in rows {
                assert_eq!(row.field.step(), step, "{:?}", row.field);
                assert!(!row.field.is_item(), "{:?}", row.field);
                assert!(!row.value.is_empty());
            }
        }
        assert!(rows(Step::Review, &a, Locale::En).is_empty());
    }
}
