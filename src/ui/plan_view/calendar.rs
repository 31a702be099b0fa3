//! The calendar: the month view (an SVG chart with its text, `core::charts::months`) and a
//! week-by-week table.

use super::charts::Chart;
use crate::core::calendar::{CalendarEntry, CalendarKeyDate, EntryKind};
use crate::core::charts::months;
use crate::core::i18n::{Label, Text, t, weekday_short};
use crate::core::l10n::format::date_short;
use crate::core::model::{Channel, Locale};
use crate::ui::state::Wizard;
use chrono::{Datelike, Days, NaiveDate};
use leptos::prelude::*;

/// What the calendar shows: its first day, entries and key dates, and for the month view the
/// plan's language and its channels in order.
#[derive(Clone, PartialEq)]
struct Shown {
    start: NaiveDate,
    entries: Vec<CalendarEntry>,
    key_dates: Vec<CalendarKeyDate>,
    locale: Locale,
    channels: Vec<Channel>,
}

/// The calendar as of the current answers, redrawn once the rest of the plan has painted.
///
/// Why: a 52-week calendar is thousands of DOM nodes, and rebuilding them inside the
/// keystroke that changed the plan kept the what-if figures from painting for about 100 ms.
/// The figures above paint first; the calendar follows when the browser is next idle
/// (the same idea as React's deferred values). Keystrokes that arrive before it has been
/// redrawn are coalesced: only the latest plan is drawn.
fn deferred_calendar(w: Wizard) -> ReadSignal<Shown> {
    let planned = crate::ui::state::Planned::get();
    // A memo, so edits elsewhere in the answers do not wake the effect below.
    let start = Memo::new(move |_| w.answers.with(|a| a.calendar.start));
    let current = move || {
        planned.plan.with(|p| Shown {
            start: start.get(),
            entries: p.calendar.clone(),
            key_dates: p.key_dates.clone(),
            locale: p.locale,
            channels: p.channels.iter().map(|c| c.channel).collect(),
        })
    };
    let (shown, set_shown) = signal(untrack(current));
    let scheduled = StoredValue::new(false);
    Effect::new(move |first_run: Option<()>| {
        // Track the plan and the start date; the first run only subscribes.
        planned.plan.track();
        start.track();
        if first_run.is_none() || scheduled.get_value() {
            return;
        }
        scheduled.set_value(true);
        crate::ui::browser::when_idle_after_paint(IDLE_TIMEOUT_MS, move || {
            // The plan view may have closed meanwhile (a shared plan dismissed, another step
            // opened): its signals are gone then, and there is nothing to draw.
            if scheduled.try_set_value(false).is_some() {
                return;
            }
            let next = untrack(current);
            if shown.try_with_untracked(|s| *s != next) == Some(true) {
                set_shown.try_set(next);
            }
        });
    });
    shown
}

/// The longest the calendar waits for an idle moment before it is redrawn anyway.
const IDLE_TIMEOUT_MS: u32 = 250;

/// The calendar section of the plan.
#[component]
pub fn CalendarView() -> impl IntoView {
    let w = use_context::<Wizard>().expect("Wizard context");
    let locale = w.locale;
    let shown = deferred_calendar(w);
    view! {
        <section class="plan-section" id="plan-calendar" aria-labelledby="plan-calendar-h">
            <h2 id="plan-calendar-h">{move || t(locale.get(), Text::PlanCalendar)}</h2>
            <p class="muted">{move || t(locale.get(), Text::PlanTimesLocal)}</p>
            <Chart chart=Memo::new(move |_| shown.with(|s| months(s.locale, &s.channels, &s.entries, &s.key_dates)))/>
            <IdeasStatus/>
            // Focusable so a keyboard user can scroll the table sideways on a phone.
            <div class="table-wrap" tabindex="0" role="group" aria-labelledby="plan-calendar-h">
                <table class="table calendar-table">
                    <thead><tr>
                        <th scope="col">{move || t(locale.get(), Text::PlanDate)}</th>
                        <th scope="col">{move || t(locale.get(), Text::PlanTime)}</th>
                        <th scope="col">{move || t(locale.get(), Text::PlanChannel)}</th>
                        <th scope="col">{move || t(locale.get(), Text::PlanFormat)}</th>
                        <th scope="col">{move || t(locale.get(), Text::PlanTitle)}</th>
                        <th scope="col">{move || t(locale.get(), Text::PlanPrepareBy)}</th>
                    </tr></thead>
                    {move || {
                        let l = locale.get();
                        let editable = !w.shared.get();
                        shown.with(|s| weeks(s.start, &s.entries, &s.key_dates).into_iter().enumerate().map(|(i, week)| {
                            week_rows(w, l, editable, i + 1, week)
                        }).collect_view())
                    }}
                </table>
            </div>
        </section>
    }
}

/// One week of the calendar: its first day, its entries and its key dates.
struct Week<'a> {
    monday: NaiveDate,
    entries: Vec<&'a CalendarEntry>,
    key_dates: Vec<&'a CalendarKeyDate>,
}

/// Groups entries and key dates by week from `start`.
fn weeks<'a>(
    start: NaiveDate,
    entries: &'a [CalendarEntry],
    key_dates: &'a [CalendarKeyDate],
) -> Vec<Week<'a>> {
    let index = |d: NaiveDate| usize::try_from((d - start).num_days().max(0) / 7).unwrap_or(0);
    let count = entries
        .iter()
        .map(|e| index(e.date) + 1)
        .chain(key_dates.iter().map(|k| index(k.date) + 1))
        .max()
        .unwrap_or(0);
    let mut weeks: Vec<Week> = (0..count)
        .map(|i| Week {
            monday: start
                .checked_add_days(Days::new(7 * i as u64))
                .unwrap_or(start),
            entries: Vec::new(),
            key_dates: Vec::new(),
        })
        .collect();
    for e in entries {
        if let Some(w) = weeks.get_mut(index(e.date)) {
            w.entries.push(e);
        }
    }
    for k in key_dates {
        if let Some(w) = weeks.get_mut(index(k.date)) {
            w.key_dates.push(k);
        }
    }
    weeks
}

/// Says when the posts show their pillar and format instead of ideas: while the language's
/// idea bank loads, or when it could not be loaded (with a way to try again).
#[component]
fn IdeasStatus() -> impl IntoView {
    let w = use_context::<Wizard>().expect("Wizard context");
    let locale = w.locale;
    move || {
        let l = locale.get();
        w.ideas_loaded.track();
        if crate::core::ideas::is_ready(l) {
            return None;
        }
        let failed = w.ideas_problem.get() == Some(l);
        Some(view! {
            <p class="notice notice--info ideas-status" role="status">
                {t(l, if failed { Text::PlanIdeasFailed } else { Text::PlanIdeasLoading })}
                {failed.then(|| view! {
                    " "<button type="button" class="button button--small" on:click=move |_| crate::ui::ideas::load(w, l)>
                        {t(l, Text::PlanIdeasRetry)}
                    </button>
                })}
            </p>
        })
    }
}

/// Replaces the idea of the post on `channel` at `date` `time` with the next one of its pool,
/// and remembers the choice in the answers (saved, exported, shared with them).
fn another_idea(
    w: Wizard,
    date: NaiveDate,
    time: chrono::NaiveTime,
    channel: crate::core::model::Channel,
) {
    let planned = crate::ui::state::Planned::get();
    let choice = planned.calendar.with_untracked(|c| {
        w.answers.with_untracked(|a| {
            crate::core::calendar::another_idea(
                c,
                &crate::core::engine::idea_inputs(a),
                date,
                time,
                channel,
            )
        })
    });
    if let Some(choice) = choice {
        w.update(|a| crate::core::ideas::remember(&mut a.calendar.ideas, choice));
    }
}

fn week_rows(
    w: Wizard,
    l: Locale,
    editable: bool,
    number: usize,
    week: Week<'_>,
) -> impl IntoView + use<> {
    let heading = format!(
        "{} {number} — {}",
        t(l, Text::PlanWeek),
        date_short(l, week.monday)
    );
    let key_dates = week
        .key_dates
        .iter()
        .map(|k| {
            format!(
                "{} {}: {}",
                weekday_short(l, k.date.weekday()),
                k.date.day(),
                k.name
            )
        })
        .collect::<Vec<_>>()
        .join(" · ");
    view! {
        <tbody class="calendar-week">
            <tr class="calendar-week__head"><th colspan="6" scope="rowgroup">
                {heading}
                {(!key_dates.is_empty()).then(|| view! { <span class="key-date">{format!(" — {key_dates}")}</span> })}
            </th></tr>
            {week.entries.into_iter().map(|e| {
                let channel = e.channel.map(|c| c.label(l).to_string()).unwrap_or_else(|| t(l, Text::PlanTask).to_string());
                let class = match (e.kind, e.channel) {
                    (EntryKind::Post, Some(c)) => format!("entry ch ch--{}", c.as_str()),
                    _ => "entry entry--task".to_string(),
                };
                view! {
                    <tr class=class class:entry--keydate=e.key_date.is_some()>
                        <td class="entry__date">{format!("{} {}", weekday_short(l, e.date.weekday()), crate::core::l10n::format::day_month_figures(l, e.date))}</td>
                        <td class="entry__time">{crate::core::l10n::format::time(l, e.time)}</td>
                        <td class="entry__channel"><span class="ch-dot" aria-hidden="true"></span>{channel}</td>
                        <td class="entry__format">{e.format.map(|f| f.label(l).to_string()).unwrap_or_default()}</td>
                        <td class="entry__title">
                            <span class="entry__name">{e.title.clone()}</span>
                            {e.key_date.clone().map(|k| view! { <span class="key-date">{format!(" ({k})")}</span> })}
                            {e.brief.clone().map(|b| view! { <span class="entry__brief">{b}</span> })}
                            // Only beside an idea: while the bank loads there is none to replace.
                            {match (editable, e.brief.is_some(), e.channel, crate::core::ideas::bank(l)) {
                                (true, true, Some(channel), Some(bank)) => {
                                    let (date, time) = (e.date, e.time);
                                    Some(view! {
                                        <button type="button" class="button button--small entry__another no-print"
                                            title=bank.another_hint
                                            on:click=move |_| another_idea(w, date, time, channel)>
                                            {bank.another}
                                        </button>
                                    })
                                }
                                _ => None,
                            }}
                        </td>
                        // On a phone the column header is hidden, so the cell names itself.
                        <td class="entry__prepare" data-label=t(l, Text::PlanPrepareBy)>{e.prepare_by.map(|d| date_short(l, d)).unwrap_or_default()}</td>
                    </tr>
                }
            }).collect_view()}
        </tbody>
    }
}
