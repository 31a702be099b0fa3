//! The plan's sections, each a small component reading the plan memo.

use super::Why;
use super::charts::Chart;
use crate::core::charts;
use crate::core::engine::channels::{RoleKind, ScoreParts};
use crate::core::engine::horizon_months;
use crate::core::engine::objectives::Level;
use crate::core::engine::warnings::WarningSeverity;
use crate::core::i18n::{Label, Text, followers, minutes_range, posts_per_week, t, weekday_short};
use crate::core::l10n::format::{date_short, money};
use crate::core::l10n::{Msg, fill, format};
use crate::core::model::Locale;
use crate::ui::state::Wizard;
use leptos::prelude::*;

fn wizard() -> Wizard {
    use_context::<Wizard>().expect("Wizard context")
}

/// A section with its heading; `id` lets warnings and the print view point at it.
#[component]
fn Section(
    /// The section's id, e.g. "plan-situation".
    id: &'static str,
    /// The heading text.
    title: Text,
    /// The section's content.
    children: Children,
) -> impl IntoView {
    let locale = wizard().locale;
    view! {
        <section class="plan-section" id=id aria-labelledby=format!("{id}-h")>
            <h2 id=format!("{id}-h")>{move || t(locale.get(), title)}</h2>
            {children()}
        </section>
    }
}

/// The classes of a warning of `severity` (its colour and mark), wherever one is shown.
pub(super) const fn warning_class(severity: WarningSeverity) -> &'static str {
    match severity {
        WarningSeverity::Critical => "warning warning--critical",
        WarningSeverity::Warning => "warning warning--warning",
        WarningSeverity::Info => "warning warning--info",
    }
}

/// The warnings first, each with a link to the answer that causes it.
#[component]
pub fn Warnings() -> impl IntoView {
    let w = wizard();
    let planned = crate::ui::state::Planned::get();
    let go_to = crate::ui::use_go_to();
    let locale = w.locale;
    view! {
        <Show when=move || planned.plan.with(|p| !p.warnings.is_empty())>
            <section class="plan-warnings" id="plan-warnings" aria-labelledby="plan-warnings-h">
                <h2 id="plan-warnings-h">{move || t(locale.get(), Text::PlanWarnings)}</h2>
                <ul>
                    {
                        let go_to = go_to.clone();
                        move || planned.plan.with(|p| p.warnings.iter().map(|warning| {
                            let class = warning_class(warning.severity);
                            let field = warning.field.to_string();
                            let step = Some(warning.field.step());
                            let go_to = go_to.clone();
                            view! {
                                <li class=class data-code=warning.code.as_str()>
                                    <span>{warning.message.clone()}</span>
                                    {step.map(|step| view! {
                                        " "
                                        <a href=format!("?step={}&field={}", step.slug(), field)
                                            on:click={
                                                let field = field.clone();
                                                move |ev| { ev.prevent_default(); go_to(step, Some(&field)); }
                                            }>
                                            {t(locale.get_untracked(), Text::PlanFixAnswer)}
                                        </a>
                                    })}
                                </li>
                            }
                        }).collect_view())
                    }
                </ul>
            </section>
        </Show>
    }
}

/// Situation: the business, its value proposition and where it stands today.
#[component]
pub fn Situation() -> impl IntoView {
    let w = wizard();
    let planned = crate::ui::state::Planned::get();
    let plan = planned.plan;
    // Only this section's part of the plan: a keystroke that changes other parts (the
    // what-if hours) does not redraw it (a Memo notifies only when its value changes).
    let situation = Memo::new(move |_| plan.with(|p| p.situation.clone()));
    view! {
        <Section id="plan-situation" title=Text::PlanSituation>
            <p>{move || situation.with(|s| s.summary.clone())}</p>
            <Show when=move || situation.with(|s| !s.value_proposition.is_empty())>
                <blockquote class="plan__vp">{move || situation.with(|s| s.value_proposition.clone())}</blockquote>
            </Show>
            <ul>
                {move || {
                    let l = w.locale.get();
                    situation.with(|s| s.current_channels.iter().map(|c| view! {
                        <li>{format!("{}: {}", c.channel.label(l), followers(l, c.followers))}</li>
                    }).collect_view())
                }}
            </ul>
        </Section>
    }
}

/// Objectives: macro and micro, SMART, with their KPIs.
#[component]
pub fn Objectives() -> impl IntoView {
    let w = wizard();
    let planned = crate::ui::state::Planned::get();
    let plan = planned.plan;
    // Only this section's part of the plan: a keystroke that changes other parts (the
    // what-if hours) does not redraw it (a Memo notifies only when its value changes).
    let objectives = Memo::new(move |_| plan.with(|p| p.objectives.clone()));
    let locale = w.locale;
    let number = |l: Locale, v: Option<f64>| {
        v.map(|v| format::number(l, v))
            .unwrap_or_else(|| "—".into())
    };
    view! {
        <Section id="plan-objectives" title=Text::PlanObjectives>
            // Focusable so a keyboard user can scroll the table sideways on a phone.
            <div class="table-wrap" tabindex="0" role="group" aria-labelledby="plan-objectives-h">
                <table class="table">
                    <thead><tr>
                        <th scope="col">{move || t(locale.get(), Text::PlanGoal)}</th>
                        <th scope="col">{move || t(locale.get(), Text::PlanMetric)}</th>
                        <th scope="col">{move || t(locale.get(), Text::PlanBaseline)}</th>
                        <th scope="col">{move || t(locale.get(), Text::PlanTarget)}</th>
                        <th scope="col">{move || t(locale.get(), Text::PlanDeadline)}</th>
                        <th scope="col">{move || t(locale.get(), Text::PlanOwner)}</th>
                        <th scope="col">{move || t(locale.get(), Text::PlanKpis)}</th>
                    </tr></thead>
                    <tbody>
                        {move || {
                            let l = locale.get();
                            objectives.with(|objectives| objectives.iter().map(|o| {
                                let level = match o.level {
                                    Level::Macro => t(l, Text::PlanLevelMacro).to_string(),
                                    Level::Micro => o.channel.map(|c| c.label(l).to_string()).unwrap_or_else(|| t(l, Text::PlanLevelMicro).into()),
                                };
                                view! {
                                    <tr class=match o.level { Level::Macro => "objective objective--macro", Level::Micro => "objective objective--micro" }>
                                        <th scope="row">{format!("{} · {}", level, o.goal.label(l))}</th>
                                        <td>{o.metric.clone()}</td>
                                        <td>{number(l, o.baseline)}</td>
                                        <td>{number(l, o.target)}<span class="muted">{format!(" {}", o.target_note)}</span></td>
                                        <td>{date_short(l, o.deadline)}</td>
                                        <td>{o.owner.clone()}</td>
                                        <td>{o.kpis.join(", ")}</td>
                                    </tr>
                                }
                            }).collect_view())
                        }}
                    </tbody>
                </table>
            </div>
            <p class="muted">{move || objectives.with(|objectives| objectives.first().map(|o| o.conversion.clone()).unwrap_or_default())}</p>
        </Section>
    }
}

/// Strategy: the chosen channels with role and rationale, and those left out with the reason.
#[component]
pub fn Strategy() -> impl IntoView {
    let w = wizard();
    let planned = crate::ui::state::Planned::get();
    let plan = planned.plan;
    let locale = w.locale;
    view! {
        <Section id="plan-strategy" title=Text::PlanStrategy>
            <Show when=move || plan.with(|p| p.channels.is_empty())>
                <p class="warning warning--critical">{move || t(locale.get(), Text::PlanNoChannel)}</p>
            </Show>
            <ul class="channel-cards">
                {move || {
                    let l = locale.get();
                    plan.with(|p| p.channels.iter().map(|c| {
                        let kind = match c.kind {
                            RoleKind::Discovery => None,
                            RoleKind::Local => Some(Text::PlanKindLocal),
                            RoleKind::Retention => Some(Text::PlanKindRetention),
                            RoleKind::Kept => Some(Text::PlanKindKept),
                        };
                        view! {
                            <li class=format!("channel-card ch ch--{}", c.channel.as_str()) data-channel=c.channel.as_str() data-kind=kind_wire(c.kind)>
                                <h3>{c.name.clone()}</h3>
                                <p class="channel-card__role">{c.role.clone()}</p>
                                {kind.map(|k| view! { <p class="channel-card__kind">{t(l, k)}</p> })}
                                <p><strong class="channel-card__cadence">{c.posts_per_week}</strong>{format!(" {}", posts_per_week(l, c.posts_per_week))}</p>
                                <ScoreBreakdown channel=c.channel.as_str() score=c.score parts=c.score_parts locale=l/>
                                <Why rationale=c.rationale.clone() sources=c.sources.clone()/>
                            </li>
                        }
                    }).collect_view())
                }}
            </ul>
            <Show when=move || plan.with(|p| !p.channels.is_empty())>
                <Chart chart=Memo::new(move |_| plan.with(charts::scores))/>
            </Show>
            <h3>{move || t(locale.get(), Text::PlanLeftOut)}</h3>
            <ul class="excluded">
                {move || {
                    let l = locale.get();
                    plan.with(|p| p.excluded_channels.iter().map(|e| view! {
                        <li data-channel=e.channel.as_str()>
                            <strong>{e.channel.label(l)}</strong>{format!(": {}", e.reason)}
                            {e.bring_in.clone().map(|text| view! {
                                " "<span class="excluded__bring-in"><span class="excluded__label">{t(l, Text::PlanBringIn)}</span>{format!(" {text}")}</span>
                            })}
                        </li>
                    }).collect_view())
                }}
            </ul>
        </Section>
    }
}

/// The wire name of a channel's role kind, for styling and tests.
const fn kind_wire(kind: RoleKind) -> &'static str {
    match kind {
        RoleKind::Discovery => "discovery",
        RoleKind::Local => "local",
        RoleKind::Retention => "retention",
        RoleKind::Kept => "kept",
    }
}

/// A chosen channel's fit score broken down into its parts, as real text: each part's name
/// and points in a definition list, then the total out of 100.
#[component]
fn ScoreBreakdown(
    /// The channel's wire name, for the ids.
    channel: &'static str,
    /// The score, 0–100 (the parts add up to it).
    score: u32,
    /// The parts.
    parts: ScoreParts,
    /// The language to write the labels in.
    locale: Locale,
) -> impl IntoView {
    let title_id = format!("score-{channel}");
    let rows = [
        ("audience", Text::PlanScoreAudience, parts.audience),
        ("goal", Text::PlanScoreGoal, parts.goal),
        ("offer", Text::PlanScoreOffer, parts.offer),
        ("reach", Text::PlanScoreReach, parts.reach),
        ("formats", Text::PlanScoreFormats, parts.formats),
        ("existing", Text::PlanScoreExisting, parts.existing),
    ];
    view! {
        <div class="score">
            <p class="score__title" id=title_id.clone()>{t(locale, Text::PlanScore)}</p>
            <dl class="score__parts" aria-labelledby=title_id>
                {rows.into_iter().map(|(key, label, points)| view! {
                    <div class="score__part" data-part=key><dt>{t(locale, label)}</dt><dd>{points}</dd></div>
                }).collect_view()}
                <div class="score__part score__part--total" data-part="total">
                    <dt>{t(locale, Text::PlanScoreTotal)}</dt><dd>{format!("{score}/100")}</dd>
                </div>
            </dl>
        </div>
    }
}

/// Tactics: cadence, formats and slots per channel; pillars and mix; the paid fuel.
#[component]
pub fn Tactics() -> impl IntoView {
    let w = wizard();
    let planned = crate::ui::state::Planned::get();
    let plan = planned.plan;
    let locale = w.locale;
    view! {
        <Section id="plan-tactics" title=Text::PlanTactics>
            {move || {
                let l = locale.get();
                plan.with(|p| p.channels.iter().map(|c| {
                    let formats = c.formats.iter().map(|f| f.label(l)).collect::<Vec<_>>().join(", ");
                    let slots = c.slots.iter()
                        .map(|s| format!("{} {}", weekday_short(l, s.weekday), format::time(l, s.time)))
                        .collect::<Vec<_>>().join(" · ");
                    view! {
                        <div class=format!("tactic ch ch--{}", c.channel.as_str())>
                            <h3>{format!("{} — {} {}", c.name, c.posts_per_week, posts_per_week(l, c.posts_per_week))}</h3>
                            <p>{format!("{}: {formats}", t(l, Text::PlanFormats))}</p>
                            <p>{format!("{}: {slots}", t(l, Text::PlanSlots))}</p>
                        </div>
                    }
                }).collect_view())
            }}
            <h3>{move || t(locale.get(), Text::PlanContentMix)}</h3>
            <p>{move || plan.with(|p| format!("{} — {}", p.mix.name, p.mix.description))}</p>
            <ul class="bars">
                {move || plan.with(|p| p.content_mix.iter().map(|pillar| {
                    let pct = (pillar.share * 100.0).round().clamp(0.0, 100.0) as u32;
                    let share = fill(p.locale, Msg::MdPercent, &[("n", &pct.to_string())]);
                    view! {
                        <li class="bar" class:bar--promo=pillar.promotional>
                            <span class="bar__label">{format!("{} — {share}", pillar.name)}</span>
                            <span class="bar__track"><span class="bar__fill" style:width=format!("{pct}%")></span></span>
                            <span class="bar__note">{pillar.description.clone()}</span>
                        </li>
                    }
                }).collect_view())}
            </ul>
            <h3>{move || t(locale.get(), Text::PlanFuel)}</h3>
            {move || {
                let l = locale.get();
                plan.with(|p| view! {
                    <p>{format!("{} {}", money(l, p.fuel.monthly, &p.budget.currency), t(l, Text::PlanPerMonth))}</p>
                    <ul>{p.fuel.actions.iter().map(|a| view! { <li>{a.clone()}</li> }).collect_view()}</ul>
                    <Why rationale=p.fuel.rationale.clone() sources=p.fuel.sources.clone()/>
                })
            }}
        </Section>
    }
}

/// Action: roles, approval lead time, the weekly routine, the online/offline checklist.
#[component]
pub fn Action() -> impl IntoView {
    let w = wizard();
    let planned = crate::ui::state::Planned::get();
    let plan = planned.plan;
    // Only this section's part of the plan: a keystroke that changes other parts (the
    // what-if hours) does not redraw it (a Memo notifies only when its value changes).
    let roles = Memo::new(move |_| plan.with(|p| p.roles.clone()));
    let approval_lead_days = Memo::new(move |_| plan.with(|p| p.approval_lead_days));
    let routine = Memo::new(move |_| plan.with(|p| p.routine.clone()));
    let checklist = Memo::new(move |_| plan.with(|p| p.coherence_checklist.clone()));
    let locale = w.locale;
    view! {
        <Section id="plan-action" title=Text::PlanAction>
            <h3>{move || t(locale.get(), Text::PlanRoles)}</h3>
            <dl class="roles">
                {move || roles.with(|roles| roles.iter().map(|r| view! {
                    <div class="roles__row"><dt>{r.name.clone()}</dt><dd><strong>{r.holder.clone()}</strong>{format!(" — {}", r.duties)}</dd></div>
                }).collect_view())}
            </dl>
            {move || approval_lead_days.get().map(|days| view! {
                <p>{format!("{} {days}", t(locale.get_untracked(), Text::PlanApprovalLead))}</p>
            })}
            <h3>{move || t(locale.get(), Text::PlanRoutine)}</h3>
            <ul>
                {move || {
                    let l = locale.get();
                    routine.with(|routine| routine.iter().map(|r| view! {
                        <li><strong>{format!("{} ({} {})", r.name, r.minutes_per_week, t(l, Text::PlanMinutesPerWeek))}</strong>{format!(": {}", r.what)}</li>
                    }).collect_view())
                }}
            </ul>
            <Show when=move || checklist.with(|c| !c.is_empty())>
                <h3>{move || t(locale.get(), Text::PlanCoherence)}</h3>
                <ul class="checklist">
                    {move || checklist.with(|checklist| checklist.iter().map(|c| view! { <li>{c.clone()}</li> }).collect_view())}
                </ul>
            </Show>
        </Section>
    }
}

/// Control: the reviews and the phases of the timeline.
#[component]
pub fn Control() -> impl IntoView {
    let w = wizard();
    let planned = crate::ui::state::Planned::get();
    let plan = planned.plan;
    // Only this section's part of the plan: a keystroke that changes other parts (the
    // what-if hours) does not redraw it (a Memo notifies only when its value changes).
    let reviews = Memo::new(move |_| plan.with(|p| p.reviews.clone()));
    let phases = Memo::new(move |_| plan.with(|p| p.phases.clone()));
    let locale = w.locale;
    view! {
        <Section id="plan-control" title=Text::PlanControl>
            <h3>{move || t(locale.get(), Text::PlanReviews)}</h3>
            <ul>
                {move || reviews.with(|reviews| reviews.iter().map(|r| view! {
                    <li><strong>{r.name.clone()}</strong>{format!(": {}", r.what)}</li>
                }).collect_view())}
            </ul>
            <h3>{move || t(locale.get(), Text::PlanPhases)}</h3>
            <ol class="phases">
                {move || phases.with(|phases| phases.iter().map(|ph| view! {
                    <li class="phase" class:phase--beyond=!ph.within_horizon>
                        <strong>{ph.name.clone()}</strong>
                        <p>{ph.expect.clone()}</p>
                    </li>
                }).collect_view())}
            </ol>
            <Chart chart=Memo::new(move |_| {
                let horizon = w.answers.with(horizon_months);
                plan.with(|p| charts::phases(p, horizon))
            })/>
        </Section>
    }
}

/// Minutes needed against minutes available: the figures, the chart, the tasks' table.
#[component]
pub fn Workload() -> impl IntoView {
    let w = wizard();
    let planned = crate::ui::state::Planned::get();
    let plan = planned.plan;
    let locale = w.locale;
    view! {
        <Section id="plan-workload" title=Text::PlanWorkload>
            <p class="workload__figures">
                <span>{move || t(locale.get(), Text::PlanMinutesNeeded)}": "
                    <strong id="plan-minutes-needed">{move || plan.with(|p| p.workload.minutes_needed)}</strong>
                    {move || format!(" {}", t(locale.get(), Text::PlanMinutesPerWeek))}
                    {move || plan.with(|p| minutes_range(p.workload.minutes_needed_low, p.workload.minutes_needed_high)).map(|range| view! {
                        " "<span class="workload__range" id="plan-minutes-needed-range">{format!("({range})")}</span>
                    })}</span>
                " · "
                <span>{move || t(locale.get(), Text::PlanMinutesAvailable)}": "
                    <strong id="plan-minutes-available">{move || plan.with(|p| p.workload.minutes_available)}</strong>
                    {move || format!(" {}", t(locale.get(), Text::PlanMinutesPerWeek))}</span>
            </p>
            <Chart chart=Memo::new(move |_| plan.with(charts::workload))/>
            {move || plan.with(|p| p.workload.spare_note.clone()).map(|note| view! {
                <p class="workload__spare" id="plan-spare-note">{note}</p>
            })}
            // Focusable so a keyboard user can scroll the table sideways on a phone.
            <div class="table-wrap" tabindex="0" role="group" aria-labelledby="plan-workload-h">
                <table class="table workload-items">
                    <thead><tr>
                        <th scope="col">{move || t(locale.get(), Text::PlanWorkloadTask)}</th>
                        <th scope="col">{move || t(locale.get(), Text::PlanMinutesPerWeek)}</th>
                    </tr></thead>
                    <tbody>
                        {move || plan.with(|p| p.workload.items.iter().map(|i| {
                            let range = minutes_range(i.minutes_low, i.minutes_high)
                                .map(|r| format!(" ({r})"))
                                .unwrap_or_default();
                            view! {
                                <tr data-task=i.task.id() data-channel=i.channel.map(|c| c.as_str())>
                                    <th scope="row">{i.label.clone()}</th>
                                    <td class="workload-items__minutes">{format!("{}{range}", i.minutes)}</td>
                                </tr>
                            }
                        }).collect_view())}
                    </tbody>
                </table>
            </div>
            <p class="muted">{move || t(locale.get(), Text::PlanWorkloadRangeHint)}</p>
            <p>{move || plan.with(|p| p.workload.note.clone())}</p>
        </Section>
    }
}

/// The monthly budget split into its four parts, and the hidden labour cost beside it.
#[component]
pub fn Budget() -> impl IntoView {
    let w = wizard();
    let planned = crate::ui::state::Planned::get();
    let plan = planned.plan;
    let locale = w.locale;
    view! {
        <Section id="plan-budget" title=Text::PlanBudget>
            {move || {
                let l = locale.get();
                plan.with(|p| view! {
                    <p><strong>{money(l, p.budget.monthly, &p.budget.currency)}</strong>{format!(" {}", t(l, Text::PlanPerMonth))}</p>
                })
            }}
            <Chart chart=Memo::new(move |_| plan.with(charts::budget))/>
            {move || {
                let l = locale.get();
                plan.with(|p| {
                    let b = &p.budget;
                    view! {
                        {b.labour_cost.map(|cost| view! {
                            <p class="labour">{format!("{}: {} {}", t(l, Text::PlanLabourCost), money(l, cost, &b.currency), t(l, Text::PlanPerMonth))}</p>
                        })}
                        <Why rationale=b.rationale.clone() sources=b.sources.clone()/>
                    }
                })
            }}
        </Section>
    }
}
