//! The monthly check-in in the plan (issue #15 §4): the form (month, one value per SMART
//! target, hours and ads really spent, a note), the past check-ins (edit, delete), each
//! target's progress chart, the verdict and the one suggestion. Everything is decided by
//! `core::checkin`; a check-in is saved into the answers signal, so it autosaves with the
//! plan. What is typed stays in the form until it reads: a bad value gets its message next to
//! its box and nothing stored changes.

use crate::core::charts::{Chart as Drawn, progress};
use crate::core::checkin::{self, Draft, Slot, YearMonth};
use crate::core::i18n::{Label, Text, t};
use crate::core::l10n::fill;
use crate::core::l10n::format::{date, money};
use crate::core::model::Goal;
use crate::ui::state::Wizard;
use leptos::prelude::*;

/// The DOM id of a form box.
fn slot_id(slot: Slot) -> String {
    match slot {
        Slot::Month => "checkin-month".into(),
        Slot::Kpi(goal) => format!("checkin-kpi-{}", goal.as_str()),
        Slot::Hours => "checkin-hours".into(),
        Slot::Ads => "checkin-ads".into(),
        Slot::Note => "checkin-note".into(),
    }
}

/// The "Monthly check-in" section of the plan.
#[component]
pub fn CheckinView() -> impl IntoView {
    let w = use_context::<Wizard>().expect("Wizard context");
    let planned = crate::ui::state::Planned::get();
    let locale = w.locale;
    let today = crate::ui::browser::today();
    let review = Memo::new(move |_| {
        w.answers
            .with(|a| planned.decisions.with(|d| checkin::review(a, d, today)))
    });
    let targets = Memo::new(move |_| planned.decisions.with(checkin::targets));
    let editing = RwSignal::new(None::<usize>);
    // A new check-in: this month, an empty box per target of the plan.
    let fresh = move || {
        planned
            .decisions
            .with_untracked(|d| Draft::new(YearMonth::of(today), d))
    };
    let draft = RwSignal::new(fresh());
    let issues = RwSignal::new(Vec::<(Slot, String)>::new());
    let status = RwSignal::new(None::<String>);
    let message_of = move |slot: Slot| {
        issues.with(|list| {
            list.iter()
                .filter(|(s, _)| *s == slot)
                .map(|(_, m)| m.clone())
                .collect::<Vec<_>>()
        })
    };
    let kpi_text = move |goal: Goal| {
        draft.with(|d| {
            d.kpis
                .iter()
                .find(|(g, _)| *g == goal)
                .map(|(_, v)| v.clone())
                .unwrap_or_default()
        })
    };
    let set_kpi = move |goal: Goal, text: String| {
        draft.update(|d| match d.kpis.iter_mut().find(|(g, _)| *g == goal) {
            Some(entry) => entry.1 = text,
            None => d.kpis.push((goal, text)),
        })
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let l = locale.get_untracked();
        let mut typed = draft.get_untracked();
        // Only the plan's current targets: a box of a target since removed is not read.
        let goals: Vec<Goal> = targets.with_untracked(|ts| ts.iter().map(|t| t.0).collect());
        typed.kpis.retain(|(g, _)| goals.contains(g));
        let at = editing.get_untracked();
        let read = w.answers.with_untracked(|a| {
            let mut a = a.clone();
            a.locale = l;
            checkin::read_draft(&typed, at, &a, today)
        });
        match read {
            Ok(c) => {
                let month =
                    YearMonth::parse(&c.month).map_or_else(|| c.month.clone(), |m| m.name(l));
                w.update(|a| checkin::save(a, at, c));
                issues.set(Vec::new());
                editing.set(None);
                draft.set(fresh());
                status.set(Some(fill(l, Text::CheckinSaved, &[("month", &month)])));
            }
            Err(list) => {
                let first = list.first().map(|(slot, _)| slot_id(*slot));
                issues.set(list);
                status.set(Some(t(l, Text::CheckinNotSaved).into()));
                if let Some(id) = first {
                    crate::ui::fields::focus_later(id);
                }
            }
        }
    };
    let start_new = move |_| {
        editing.set(None);
        issues.set(Vec::new());
        status.set(None);
        draft.set(fresh());
    };
    // One function for every box (compiled once): its texts are plain strings, rebuilt with
    // the section; only the value and the messages follow the form's signals.
    let field = move |slot: Slot,
                      label: String,
                      hint: String,
                      value: Signal<String>,
                      on: Callback<String>| {
        let id = slot_id(slot);
        let described = format!("{id}-hint {id}-msg");
        view! {
            <div class="field field--number">
                <label for=id.clone()>{label}</label>
                <p id=format!("{id}-hint") class="field__hint">{hint}</p>
                <input id=id.clone() type="text" aria-describedby=described
                    inputmode=if slot == Slot::Month { "numeric" } else { "decimal" }
                    aria-invalid=move || (!message_of(slot).is_empty()).to_string()
                    prop:value=move || value.get()
                    on:input=move |ev| on.run(event_target_value(&ev))/>
                <div id=format!("{id}-msg") class="field__messages" aria-live="polite">
                    {move || message_of(slot).into_iter().map(|m| view! { <p class="field__error">{m}</p> }).collect_view()}
                </div>
            </div>
        }
    };
    let edit = move |i: usize| {
        let l = locale.get_untracked();
        let Some(c) = w.answers.with_untracked(|a| a.checkins.get(i).cloned()) else {
            return;
        };
        draft.set(planned.decisions.with_untracked(|d| Draft::of(&c, d, l)));
        editing.set(Some(i));
        issues.set(Vec::new());
        status.set(None);
        crate::ui::fields::focus_later("checkin-month".into());
    };
    let delete = move |i: usize| {
        let l = locale.get_untracked();
        let Some(month) = w
            .answers
            .with_untracked(|a| a.checkins.get(i).map(|c| c.month.clone()))
        else {
            return;
        };
        let name = YearMonth::parse(&month).map_or(month, |m| m.name(l));
        let question = fill(l, Text::CheckinDeleteConfirm, &[("month", &name)]);
        let confirmed = web_sys::window()
            .and_then(|win| win.confirm_with_message(&question).ok())
            .unwrap_or(false);
        if confirmed {
            w.update(|a| {
                if i < a.checkins.len() {
                    a.checkins.remove(i);
                }
            });
            if editing.get_untracked() == Some(i) {
                editing.set(None);
            }
        }
    };
    // The section is rebuilt when the language, the answers or the plan change (not while
    // typing in the form: the boxes follow the draft signal): plain strings inside, so the
    // view code is compiled once (docs/size.md).
    let section = move || {
        let l = locale.get();
        let shared = w.shared.get();
        let (answers, currency) = w.answers.with(|a| {
            let mut shown = a.clone();
            shown.locale = l;
            let currency = a.budget.currency.clone();
            (shown, currency)
        });
        let r = review.get();
        let (section, goals, ads_budget, planned) = planned.decisions.with(|d| {
            (
                checkin::section(&answers, d, &r, l),
                checkin::targets(d),
                d.budget.ads,
                checkin::planned_hours(d, YearMonth::of(today)),
            )
        });
        let number = |v: f64| crate::core::l10n::format::number(l, v);
        let form = (!shared).then(|| {
            let kpis = goals
                .iter()
                .map(|(goal, metric, baseline, target, deadline)| {
                    let goal = *goal;
                    field(
                        Slot::Kpi(goal),
                        fill(l, Text::CheckinKpi, &[("metric", &metric.text(l)), ("goal", goal.label(l))]),
                        fill(l, Text::CheckinKpiHint, &[
                            ("baseline", &number(*baseline)),
                            ("target", &number(*target)),
                            ("deadline", &date(l, *deadline)),
                        ]),
                        Signal::derive(move || kpi_text(goal)),
                        Callback::new(move |v: String| set_kpi(goal, v)),
                    )
                })
                .collect_view();
            let hours_hint = fill(l, Text::CheckinHoursHint, &[(
                "planned",
                &crate::core::l10n::format::count(l, planned, Text::PlanHoursOne, Text::PlanHoursOther),
            )]);
            view! {
                <form class="checkin__form" novalidate on:submit=save>
                    <p class="checkin__editing" role="status">{move || editing.get().and_then(|i| {
                        w.answers.with(|a| a.checkins.get(i).map(|c| c.month.clone()))
                    }).map(|m| fill(l, Text::CheckinEditing, &[("month", &m)]))}</p>
                    {field(
                        Slot::Month,
                        t(l, Text::CheckinMonth).into(),
                        t(l, Text::CheckinMonthHint).into(),
                        Signal::derive(move || draft.with(|d| d.month.clone())),
                        Callback::new(move |v: String| draft.update(|d| d.month = v)),
                    )}
                    {goals.is_empty().then(|| view! { <p class="field__hint">{t(l, Text::CheckinNoTargets)}</p> })}
                    {kpis}
                    {field(
                        Slot::Hours,
                        t(l, Text::CheckinHours).into(),
                        hours_hint,
                        Signal::derive(move || draft.with(|d| d.hours.clone())),
                        Callback::new(move |v: String| draft.update(|d| d.hours = v)),
                    )}
                    {field(
                        Slot::Ads,
                        fill(l, Text::CheckinAds, &[("currency", &currency)]),
                        fill(l, Text::CheckinAdsHint, &[("budget", &money(l, ads_budget, &currency))]),
                        Signal::derive(move || draft.with(|d| d.ads.clone())),
                        Callback::new(move |v: String| draft.update(|d| d.ads = v)),
                    )}
                    <div class="field">
                        <label for="checkin-note">{t(l, Text::CheckinNote)}</label>
                        <textarea id="checkin-note" rows="2" aria-describedby="checkin-note-msg"
                            prop:value=move || draft.with(|d| d.note.clone())
                            on:input=move |ev| draft.update(|d| d.note = event_target_value(&ev))></textarea>
                        <div id="checkin-note-msg" class="field__messages" aria-live="polite">
                            {move || message_of(Slot::Note).into_iter().map(|m| view! { <p class="field__error">{m}</p> }).collect_view()}
                        </div>
                    </div>
                    <p class="checkin__actions">
                        <button type="submit" class="button" id="checkin-save">{t(l, Text::CheckinSave)}</button>
                        <button type="button" class="button button--secondary" id="checkin-new" on:click=start_new
                            hidden=move || editing.get().is_none()>{t(l, Text::CheckinNew)}</button>
                    </p>
                    <p class="checkin__status" id="checkin-status" role="status">{move || status.get()}</p>
                </form>
            }
        });
        // The past check-ins, each stored value out of range reported under its month.
        let table = section.as_ref().map(|section| {
            let problems: Vec<Vec<String>> = answers
                .checkins
                .iter()
                .enumerate()
                .map(|(i, c)| checkin::check(c, Some(i), &answers, today).into_iter().map(|(_, m)| m).collect())
                .collect();
            let rows = section.rows.iter().enumerate().map(|(i, row)| {
                let month = answers.checkins.get(i).map(|c| c.month.clone()).unwrap_or_default();
                let first = row.first().cloned().unwrap_or_default();
                let cells = row.iter().skip(1).map(|cell| view! { <td>{cell.clone()}</td> }).collect_view();
                let problem = problems.get(i).cloned().unwrap_or_default()
                    .into_iter().map(|m| view! { <p class="field__error">{m}</p> }).collect_view();
                let actions = (!shared).then(|| view! {
                    <td class="checkin__row-actions">
                        <button type="button" class="button button--small checkin__edit" on:click=move |_| edit(i)>
                            {t(l, Text::CheckinEdit)}<span class="visually-hidden">{format!(" {first}")}</span>
                        </button>
                        <button type="button" class="button button--small checkin__delete" on:click=move |_| delete(i)>
                            {t(l, Text::CheckinDelete)}<span class="visually-hidden">{format!(" {first}")}</span>
                        </button>
                    </td>
                });
                view! {
                    <tr data-month=month>
                        <th scope="row">{row.first().cloned().unwrap_or_default()}{problem}</th>
                        {cells}
                        {actions}
                    </tr>
                }
            }).collect_view();
            view! {
                <div class="checkin__table-wrap">
                    <table class="checkin__table" id="checkin-list">
                        <thead><tr>
                            {section.headers.iter().map(|h| view! { <th scope="col">{h.clone()}</th> }).collect_view()}
                            {(!shared).then(|| view! { <th scope="col"><span class="visually-hidden">{t(l, Text::CheckinEdit)}</span></th> })}
                        </tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            }
        });
        let mut lines = r.target_lines(l);
        lines.extend(r.spend_lines(l, &currency));
        // Each target's chart: the same figure as the plan's charts (`charts.rs`).
        let charts = r.targets.iter().map(|p| {
            let chart: Drawn = progress(p, l);
            view! {
                <figure class="chart chart--progress" data-chart=chart.id>
                    <div class="chart__pictures">
                        {chart.svg.iter().map(|pic| view! { <img class="chart__svg" src=pic.data_url() alt=pic.label.clone()/> }).collect_view()}
                    </div>
                    <figcaption class="chart__text">
                        <span class="chart__title">{chart.title.clone()}</span>
                        <ul>{chart.text.iter().map(|line| view! { <li>{line.clone()}</li> }).collect_view()}</ul>
                    </figcaption>
                </figure>
            }
        }).collect_view();
        view! {
            <h2 id="checkin-title">{t(l, Text::CheckinTitle)}</h2>
            <p>{t(l, Text::CheckinIntro)}</p>
            {form}
            <h3>{t(l, Text::CheckinPast)}</h3>
            {table.map(IntoAny::into_any).unwrap_or_else(|| view! { <p class="checkin__none">{t(l, Text::CheckinNone)}</p> }.into_any())}
            <p class="checkin__verdict" id="checkin-verdict">{r.overall_text(l)}</p>
            <ul class="checkin__lines" id="checkin-lines">
                {lines.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
            </ul>
            <details class="why">
                <summary>{t(l, Text::PlanWhy)}</summary>
                <p>{checkin::how_decided(l)}</p>
            </details>
            <div class="checkin__charts">{charts}</div>
            <div class="checkin__suggestion" id="checkin-suggestion">
                <h3>{t(l, Text::CheckinSuggestTitle)}</h3>
                <p class="checkin__suggestion-text">{r.suggestion_text(l)}</p>
                <p class="field__hint">{t(l, Text::CheckinRules)}</p>
            </div>
        }
    };
    view! {
        <section class="plan-section checkin" id="checkin" aria-labelledby="checkin-title">
            {section}
        </section>
    }
}
