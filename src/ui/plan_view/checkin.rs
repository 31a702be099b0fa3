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
use crate::ui::plan_view::charts::Chart;
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
    let locale = w.locale;
    let today = crate::ui::browser::today();
    let review = Memo::new(move |_| {
        w.answers
            .with(|a| w.decisions.with(|d| checkin::review(a, d, today)))
    });
    let targets = Memo::new(move |_| w.decisions.with(checkin::targets));
    let editing = RwSignal::new(None::<usize>);
    let draft = RwSignal::new(Draft {
        month: YearMonth::of(today).to_string(),
        ..Draft::default()
    });
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
                draft.set(Draft {
                    month: YearMonth::of(today).to_string(),
                    ..Draft::default()
                });
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
        draft.set(Draft {
            month: YearMonth::of(today).to_string(),
            ..Draft::default()
        });
    };
    let field = move |slot: Slot,
                      label: Signal<String>,
                      hint: Signal<String>,
                      value: Signal<String>,
                      on: Callback<String>| {
        let id = slot_id(slot);
        let described = format!("{id}-hint {id}-msg");
        view! {
            <div class="field field--number">
                <label for=id.clone()>{move || label.get()}</label>
                <p id=format!("{id}-hint") class="field__hint">{move || hint.get()}</p>
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
    let currency = move || w.answers.with(|a| a.budget.currency.clone());
    let form = move || {
        view! {
            <form class="checkin__form" novalidate on:submit=save>
                <p class="checkin__editing" role="status">{move || editing.get().and_then(|i| {
                    w.answers.with(|a| a.checkins.get(i).map(|c| c.month.clone()))
                }).map(|m| fill(locale.get(), Text::CheckinEditing, &[("month", &m)]))}</p>
                {field(
                    Slot::Month,
                    Signal::derive(move || t(locale.get(), Text::CheckinMonth).to_string()),
                    Signal::derive(move || t(locale.get(), Text::CheckinMonthHint).to_string()),
                    Signal::derive(move || draft.with(|d| d.month.clone())),
                    Callback::new(move |v: String| draft.update(|d| d.month = v)),
                )}
                <Show when=move || targets.with(Vec::is_empty)>
                    <p class="field__hint">{move || t(locale.get(), Text::CheckinNoTargets)}</p>
                </Show>
                <For
                    each=move || targets.get()
                    key=|target| (target.0, target.1.text(crate::core::model::Locale::En), target.2.to_bits(), target.3.to_bits(), target.4)
                    children=move |(goal, metric, baseline, target, deadline)| {
                        let label = {
                            let metric = metric.clone();
                            Signal::derive(move || {
                                let l = locale.get();
                                fill(l, Text::CheckinKpi, &[("metric", &metric.text(l)), ("goal", goal.label(l))])
                            })
                        };
                        let hint = Signal::derive(move || {
                            let l = locale.get();
                            fill(l, Text::CheckinKpiHint, &[
                                ("baseline", &crate::core::l10n::format::number(l, baseline)),
                                ("target", &crate::core::l10n::format::number(l, target)),
                                ("deadline", &date(l, deadline)),
                            ])
                        });
                        field(
                            Slot::Kpi(goal),
                            label,
                            hint,
                            Signal::derive(move || kpi_text(goal)),
                            Callback::new(move |v: String| set_kpi(goal, v)),
                        )
                    }
                />
                {field(
                    Slot::Hours,
                    Signal::derive(move || t(locale.get(), Text::CheckinHours).to_string()),
                    Signal::derive(move || {
                        let l = locale.get();
                        let month = draft.with(|d| YearMonth::parse(&d.month)).unwrap_or(YearMonth::of(today));
                        let planned = w.decisions.with(|d| checkin::planned_hours(d, month));
                        fill(l, Text::CheckinHoursHint, &[("planned", &crate::core::l10n::format::count(l, planned, Text::PlanHoursOne, Text::PlanHoursOther))])
                    }),
                    Signal::derive(move || draft.with(|d| d.hours.clone())),
                    Callback::new(move |v: String| draft.update(|d| d.hours = v)),
                )}
                {field(
                    Slot::Ads,
                    Signal::derive(move || fill(locale.get(), Text::CheckinAds, &[("currency", &currency())])),
                    Signal::derive(move || {
                        let l = locale.get();
                        let budget = w.decisions.with(|d| d.budget.ads);
                        fill(l, Text::CheckinAdsHint, &[("budget", &money(l, budget, &currency()))])
                    }),
                    Signal::derive(move || draft.with(|d| d.ads.clone())),
                    Callback::new(move |v: String| draft.update(|d| d.ads = v)),
                )}
                <div class="field">
                    <label for="checkin-note">{move || t(locale.get(), Text::CheckinNote)}</label>
                    <textarea id="checkin-note" rows="2" aria-describedby="checkin-note-msg"
                        prop:value=move || draft.with(|d| d.note.clone())
                        on:input=move |ev| draft.update(|d| d.note = event_target_value(&ev))></textarea>
                    <div id="checkin-note-msg" class="field__messages" aria-live="polite">
                        {move || message_of(Slot::Note).into_iter().map(|m| view! { <p class="field__error">{m}</p> }).collect_view()}
                    </div>
                </div>
                <p class="checkin__actions">
                    <button type="submit" class="button" id="checkin-save">{move || t(locale.get(), Text::CheckinSave)}</button>
                    <Show when=move || editing.get().is_some()>
                        <button type="button" class="button button--secondary" id="checkin-new" on:click=start_new>
                            {move || t(locale.get(), Text::CheckinNew)}
                        </button>
                    </Show>
                </p>
                <p class="checkin__status" id="checkin-status" role="status">{move || status.get()}</p>
            </form>
        }
    };
    let edit = move |i: usize| {
        let l = locale.get_untracked();
        let Some(c) = w.answers.with_untracked(|a| a.checkins.get(i).cloned()) else {
            return;
        };
        draft.set(w.decisions.with_untracked(|d| Draft::of(&c, d, l)));
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
    // The table of past check-ins, with each stored value out of range reported under it.
    let past = move || {
        let l = locale.get();
        let section = w.answers.with(|a| {
            let mut a = a.clone();
            a.locale = l;
            w.decisions
                .with(|d| review.with(|r| checkin::section(&a, d, r, l)))
        });
        let Some(section) = section else {
            return view! { <p class="checkin__none">{t(l, Text::CheckinNone)}</p> }.into_any();
        };
        let problems: Vec<Vec<String>> = w.answers.with(|a| {
            let mut shown = a.clone();
            shown.locale = l;
            a.checkins
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    checkin::check(c, Some(i), &shown, today)
                        .into_iter()
                        .map(|(_, m)| m)
                        .collect()
                })
                .collect()
        });
        let months: Vec<String> = w
            .answers
            .with(|a| a.checkins.iter().map(|c| c.month.clone()).collect());
        let shared = w.shared.get();
        view! {
            <div class="checkin__table-wrap">
                <table class="checkin__table" id="checkin-list">
                    <thead><tr>
                        {section.headers.iter().map(|h| view! { <th scope="col">{h.clone()}</th> }).collect_view()}
                        {(!shared).then(|| view! { <th scope="col"><span class="visually-hidden">{t(l, Text::CheckinEdit)}</span></th> })}
                    </tr></thead>
                    <tbody>
                        {section.rows.into_iter().enumerate().map(|(i, row)| {
                            let month = months.get(i).cloned().unwrap_or_default();
                            let problem = problems.get(i).cloned().unwrap_or_default();
                            let first = row.first().cloned().unwrap_or_default();
                            view! {
                                <tr data-month=month.clone()>
                                    {row.into_iter().enumerate().map(|(c, cell)| if c == 0 {
                                        view! { <th scope="row">{cell}
                                            {problem.iter().map(|m| view! { <p class="field__error">{m.clone()}</p> }).collect_view()}
                                        </th> }.into_any()
                                    } else {
                                        view! { <td>{cell}</td> }.into_any()
                                    }).collect_view()}
                                    {(!shared).then(|| view! {
                                        <td class="checkin__row-actions">
                                            <button type="button" class="button button--small checkin__edit" on:click=move |_| edit(i)>
                                                {t(l, Text::CheckinEdit)}<span class="visually-hidden">{format!(" {first}")}</span>
                                            </button>
                                            <button type="button" class="button button--small checkin__delete" on:click=move |_| delete(i)>
                                                {t(l, Text::CheckinDelete)}<span class="visually-hidden">{format!(" {first}")}</span>
                                            </button>
                                        </td>
                                    })}
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        }
        .into_any()
    };
    view! {
        <section class="plan-section checkin" id="checkin" aria-labelledby="checkin-title">
            <h2 id="checkin-title">{move || t(locale.get(), Text::CheckinTitle)}</h2>
            <p>{move || t(locale.get(), Text::CheckinIntro)}</p>
            <Show when=move || !w.shared.get()>{form}</Show>
            <h3>{move || t(locale.get(), Text::CheckinPast)}</h3>
            {past}
            <p class="checkin__verdict" id="checkin-verdict">{move || review.with(|r| r.overall_text(locale.get()))}</p>
            <ul class="checkin__lines" id="checkin-lines">
                {move || {
                    let l = locale.get();
                    let currency = currency();
                    review.with(|r| {
                        let mut lines = r.target_lines(l);
                        lines.extend(r.spend_lines(l, &currency));
                        lines.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()
                    })
                }}
            </ul>
            <details class="why">
                <summary>{move || t(locale.get(), Text::PlanWhy)}</summary>
                <p>{move || checkin::how_decided(locale.get())}</p>
            </details>
            <div class="checkin__charts">
                <For
                    each=move || review.with(|r| r.targets.iter().map(|p| p.goal).collect::<Vec<_>>())
                    key=|goal| *goal
                    children=move |goal| {
                        let chart = Memo::new(move |_| {
                            let l = locale.get();
                            review.with(|r| {
                                r.targets.iter().find(|p| p.goal == goal).map_or_else(
                                    || Drawn { id: "progress", title: String::new(), svg: Vec::new(), text: Vec::new() },
                                    |p| progress(p, l),
                                )
                            })
                        });
                        view! { <Chart chart/> }
                    }
                />
            </div>
            <div class="checkin__suggestion" id="checkin-suggestion">
                <h3>{move || t(locale.get(), Text::CheckinSuggestTitle)}</h3>
                <p class="checkin__suggestion-text">{move || review.with(|r| r.suggestion_text(locale.get()))}</p>
                <p class="field__hint">{move || t(locale.get(), Text::CheckinRules)}</p>
            </div>
        </section>
    }
}
