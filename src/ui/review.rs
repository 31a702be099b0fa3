//! Review: every answer at a glance, each with a link straight to its field.

use crate::core::i18n::{Label, Text, country_name, followers_after, step_title, t};
use crate::core::model::{Answers, Locale};
use crate::core::wizard::Step;
use crate::ui::fields::format_number;
use crate::ui::state::Wizard;
use leptos::prelude::*;

/// One line of the review: which field, its value as text, and where to edit it.
struct Row {
    label: Text,
    value: String,
    path: &'static str,
}

fn join<T: Label>(values: &[T], locale: Locale) -> String {
    values
        .iter()
        .map(|v| v.label(locale))
        .collect::<Vec<_>>()
        .join(", ")
}

fn or_not_set(text: String, locale: Locale) -> String {
    if text.trim().is_empty() {
        t(locale, Text::NotSet).to_string()
    } else {
        text
    }
}

fn yes_no(v: bool, locale: Locale) -> String {
    t(locale, if v { Text::Yes } else { Text::No }).to_string()
}

/// The review rows of one step.
fn rows(step: Step, a: &Answers, l: Locale) -> Vec<Row> {
    let row = |label, value: String, path| Row {
        label,
        value: or_not_set(value, l),
        path,
    };
    match step {
        Step::Business => vec![
            row(Text::BusinessName, a.business.name.clone(), "business.name"),
            row(
                Text::Sector,
                a.business.sector.label(l).into(),
                "business.sector",
            ),
            row(
                Text::Offer,
                a.business.offer.label(l).into(),
                "business.offer",
            ),
            row(
                Text::ValueProposition,
                a.business.value_proposition.clone(),
                "business.value_proposition",
            ),
            row(
                Text::Reach,
                a.business.reach.label(l).into(),
                "business.reach",
            ),
            row(
                Text::Country,
                country_name(l, &a.business.country),
                "business.country",
            ),
            row(
                Text::HasVenue,
                yes_no(a.business.has_venue, l),
                "business.has_venue",
            ),
            row(
                Text::Competitors,
                a.business.competitors.join(", "),
                "business.competitors",
            ),
        ],
        Step::Goals => vec![
            row(
                Text::PrimaryGoal,
                a.goals.primary.label(l).into(),
                "goals.primary",
            ),
            row(
                Text::SecondaryGoals,
                join(&a.goals.secondary, l),
                "goals.secondary",
            ),
            row(
                Text::Horizon,
                format!("{} {}", a.goals.horizon_months, t(l, Text::Months)),
                "goals.horizon_months",
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
                            format_number(t.baseline),
                            format_number(t.target)
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("; "),
                "goals.targets",
            ),
            row(
                Text::ConversionLabel,
                a.goals
                    .conversion
                    .map(|c| c.label(l).to_string())
                    .unwrap_or_default(),
                "goals.conversion",
            ),
        ],
        Step::Audience => vec![
            row(
                Text::AgeBands,
                join(&a.audience.age_bands, l),
                "audience.age_bands",
            ),
            row(
                Text::GenderSkew,
                a.audience
                    .gender_skew
                    .map(|g| g.label(l).to_string())
                    .unwrap_or_default(),
                "audience.gender_skew",
            ),
            row(
                Text::Location,
                a.audience.location.clone(),
                "audience.location",
            ),
            row(
                Text::PersonaWho,
                a.audience.persona.who.clone(),
                "audience.persona.who",
            ),
            row(
                Text::PersonaNeeds,
                a.audience.persona.needs.clone(),
                "audience.persona.needs",
            ),
            row(
                Text::PersonaObjections,
                a.audience.persona.objections.clone(),
                "audience.persona.objections",
            ),
            row(
                Text::OnlineTimes,
                join(&a.audience.online_times, l),
                "audience.online_times",
            ),
            row(
                Text::Keywords,
                a.audience.listen_keywords.join(", "),
                "audience.listen_keywords",
            ),
        ],
        Step::Channels => vec![
            row(
                Text::CurrentChannels,
                a.channels
                    .current
                    .iter()
                    .map(|c| {
                        format!(
                            "{} ({} {})",
                            c.channel.label(l),
                            c.followers,
                            followers_after(l, c.followers)
                        )
                    })
                    .collect::<Vec<_>>()
                    .join(", "),
                "channels.current",
            ),
            row(
                Text::RefusedChannels,
                join(&a.channels.refused, l),
                "channels.refused",
            ),
            row(
                Text::Formats,
                join(&a.channels.formats, l),
                "channels.formats",
            ),
        ],
        Step::Resources => vec![
            row(
                Text::HoursPerWeek,
                format_number(a.resources.hours_per_week),
                "resources.hours_per_week",
            ),
            row(
                Text::ManagedBy,
                a.resources.managed_by.label(l).into(),
                "resources.managed_by",
            ),
            row(
                Text::Skills,
                a.resources.skills.join(", "),
                "resources.skills",
            ),
            row(
                Text::ApprovalRequired,
                match (&a.resources.approval.by, a.resources.approval.required) {
                    (Some(by), true) => format!("{} ({by})", yes_no(true, l)),
                    (_, required) => yes_no(required, l),
                },
                "resources.approval.required",
            ),
        ],
        Step::Budget => vec![
            row(
                Text::MonthlyBudget,
                format!("{} {}", format_number(a.budget.monthly), a.budget.currency),
                "budget.monthly",
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
                            format_number(s.ads),
                            t(l, Text::SplitContent),
                            format_number(s.content),
                            t(l, Text::SplitManagement),
                            format_number(s.management),
                            t(l, Text::SplitTools),
                            format_number(s.tools),
                        )
                    })
                    .unwrap_or_default(),
                "budget.split",
            ),
            row(
                Text::HourlyValue,
                a.budget
                    .owner_hourly_value
                    .map(format_number)
                    .unwrap_or_default(),
                "budget.owner_hourly_value",
            ),
        ],
        Step::Calendar => vec![
            row(
                Text::StartDate,
                a.calendar.start.to_string(),
                "calendar.start",
            ),
            row(Text::Weeks, a.calendar.weeks.to_string(), "calendar.weeks"),
            row(
                Text::IncludeHolidays,
                yes_no(a.calendar.public_holidays, l),
                "calendar.public_holidays",
            ),
            row(
                Text::IncludeMarketingDays,
                yes_no(a.calendar.marketing_days, l),
                "calendar.marketing_days",
            ),
            row(
                Text::KeyDates,
                a.calendar
                    .key_dates
                    .iter()
                    .map(|k| format!("{} {}", k.date, k.name))
                    .collect::<Vec<_>>()
                    .join("; "),
                "calendar.key_dates",
            ),
        ],
        Step::Review | Step::Plan => Vec::new(),
    }
}

/// Every answer, step by step, with edit links.
#[component]
pub fn Review() -> impl IntoView {
    let wizard = use_context::<Wizard>().expect("Wizard context");
    let go_to = crate::ui::use_go_to();
    let locale = wizard.locale;
    view! {
        <div class="review">
            {Step::QUESTIONS.into_iter().map(|step| {
                let go_to = go_to.clone();
                view! {
                    <section class="review__section">
                        <h2>{move || step_title(locale.get(), step)}</h2>
                        <dl>
                            {move || {
                                let l = locale.get();
                                wizard.answers.with(|a| rows(step, a, l)).into_iter().map(|row| {
                                    let go_to = go_to.clone();
                                    let label = t(l, row.label);
                                    view! {
                                        <div class="review__row">
                                            <dt>{label}</dt>
                                            <dd>
                                                <span class="review__value">{row.value}</span>
                                                <a class="review__edit" href=format!("?step={}&field={}", step.slug(), row.path)
                                                    on:click=move |ev| { ev.prevent_default(); go_to(step, Some(row.path)); }>
                                                    {t(l, Text::Edit)}
                                                    <span class="visually-hidden">{format!(" {label}")}</span>
                                                </a>
                                            </dd>
                                        </div>
                                    }
                                }).collect_view()
                            }}
                        </dl>
                    </section>
                }
            }).collect_view()}
        </div>
    }
}
