//! The plan's pictures, drawn as SVG from Rust (no chart library, no JS): the week's workload
//! against the time available, the budget split, the phases against the horizon, the
//! calendar month by month and the channels' fit scores. Each [`Chart`] carries its SVG
//! markup, a short title and its text equivalent (sentences in the plan's language, from
//! the catalogue, numbers through `l10n::format`), which the plan view shows under the
//! picture for screen readers and in print.
//!
//! Colours come from one fixed palette with WCAG AA contrast against the white background
//! the SVG draws itself (a test measures it), and no series relies on colour alone: bars
//! carry a pattern (solid, stripes, dots, lines) and a text label, the month view's marks a
//! shape per channel, with a legend.

mod progress;
pub(crate) mod svg;
#[cfg(test)]
pub(crate) mod tests;

pub use progress::progress;

use chrono::{Datelike, Days, NaiveDate};
pub use svg::Picture;
use svg::{Svg, V};

use crate::core::calendar::{CalendarEntry, CalendarKeyDate, EntryKind};
use crate::core::engine::{Plan, WorkTask};
use crate::core::i18n::Label;
use crate::core::l10n::format::{
    count, day_month_named, list, money, month_year, number, weekday_short,
};
use crate::core::l10n::{Msg, fill, t};
use crate::core::model::{Channel, Locale};

/// The background every chart draws under itself.
pub const BACKGROUND: &str = "#ffffff";
/// Text, axes and the key-date marks (16.9:1 on white).
pub const INK: &str = "#1a1a1a";
/// Cell borders and secondary lines (7:1 on white).
pub const MUTED: &str = "#595959";
/// The series colours, each at least 4.5:1 on white (so also fit for text).
pub const PALETTE: [&str; 6] = [
    "#0b5cad", "#b34700", "#1b7a3d", "#8e3a9d", "#a3202e", "#5f6b00",
];

/// A chart of the plan.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    /// Which chart ("workload", "budget", "phases", "calendar", "scores"), for ids and tests.
    pub id: &'static str,
    /// A short title, in the plan's language.
    pub title: String,
    /// The SVG pictures: one for most charts, one per month for the calendar; none when
    /// there is nothing to draw (then `text` says why).
    pub svg: Vec<Picture>,
    /// The text equivalent: the figures the picture shows, one sentence or row each.
    pub text: Vec<String>,
}

/// Width of every chart but the month view, in viewBox units.
const W: i32 = 640;
/// Left margin and width of the plot.
const LEFT: i32 = 8;
const PLOT: i32 = 624;

fn n(l: Locale, v: u32) -> String {
    number(l, f64::from(v))
}

/// `LEFT` plus `v` of `most` along the plot.
fn along(v: u64, most: u64) -> i32 {
    LEFT + (v.min(most) * PLOT as u64 / most.max(1)) as i32
}

fn line(svg: &mut Svg, (x1, y1): (i32, i32), (x2, y2): (i32, i32), dash: Option<&str>) {
    let mut attrs = vec![
        ("x1", V::N(x1)),
        ("y1", V::N(y1)),
        ("x2", V::N(x2)),
        ("y2", V::N(y2)),
        ("stroke", V::S(INK)),
        ("stroke-width", V::N(2)),
    ];
    if let Some(d) = dash {
        attrs.push(("stroke-dasharray", V::S(d)));
    }
    svg.empty("line", &attrs);
}

/// A legend row: the series' swatch and its label.
fn legend(svg: &mut Svg, prefix: &str, series: usize, x: i32, y: i32, label: &str) {
    svg.bar(prefix, series, (x, y - 12, 14, 14), "legend");
    svg.text(x + 22, y, label, &[]);
}

fn empty(id: &'static str, title: String, why: String) -> Chart {
    Chart {
        id,
        title,
        svg: Vec::new(),
        text: vec![why],
    }
}

/// (a) The week's minutes: needed (by kind of work, with its range) against available.
pub fn workload(plan: &Plan) -> Chart {
    let l = plan.locale;
    let w = &plan.workload;
    let title = t(l, Msg::ChartWorkloadTitle).to_string();
    if w.minutes_needed == 0 && w.minutes_available == 0 {
        return empty("workload", title, t(l, Msg::ChartNoTime).into());
    }
    let (low, high) = (
        w.minutes_needed_low.min(w.minutes_needed_high),
        w.minutes_needed_low.max(w.minutes_needed_high),
    );
    let needed = if low == high {
        fill(l, Msg::ChartNeededFixed, &[("n", &n(l, w.minutes_needed))])
    } else {
        fill(
            l,
            Msg::ChartNeeded,
            &[
                ("n", &n(l, w.minutes_needed)),
                ("low", &n(l, low)),
                ("high", &n(l, high)),
            ],
        )
    };
    let available = fill(l, Msg::ChartAvailable, &[("n", &n(l, w.minutes_available))]);
    let kinds = [
        (WorkTask::Posts, Msg::ChartTaskPosts),
        (WorkTask::Community, Msg::ChartTaskCommunity),
        (WorkTask::Listening, Msg::ChartTaskListening),
        (WorkTask::Reporting, Msg::ChartTaskReporting),
    ];
    let mut parts: Vec<(usize, WorkTask, String, u32)> = Vec::new();
    for (i, (task, key)) in kinds.into_iter().enumerate() {
        let mut minutes = 0;
        for item in &w.items {
            if item.task == task {
                minutes += item.minutes;
            }
        }
        if minutes > 0 {
            let text = fill(
                l,
                Msg::ChartTaskPart,
                &[("task", t(l, key)), ("n", &n(l, minutes))],
            );
            parts.push((i, task, text, minutes));
        }
    }
    let verdict = if w.minutes_needed > w.minutes_available {
        fill(
            l,
            Msg::ChartOver,
            &[("n", &n(l, w.minutes_needed - w.minutes_available))],
        )
    } else {
        fill(
            l,
            Msg::ChartFits,
            &[("n", &n(l, w.minutes_available - w.minutes_needed))],
        )
    };

    let most = u64::from(high.max(w.minutes_needed).max(w.minutes_available).max(1));
    let prefix = "chart-workload";
    let height = 150 + 22 * parts.len() as i32;
    let mut svg = Svg::new(W, height, &title, prefix);
    svg.text(LEFT, 18, &needed, &[]);
    let mut done = 0u64;
    for (series, task, _, minutes) in &parts {
        let x0 = along(done, most);
        done += u64::from(*minutes);
        svg.bar(
            prefix,
            *series,
            (x0, 26, along(done, most) - x0, 24),
            task.id(),
        );
    }
    if low != high {
        // The range from the quickest case to the slowest, under the bar.
        let (a, b) = (along(low.into(), most), along(high.into(), most));
        line(&mut svg, (a, 60), (b, 60), None);
        line(&mut svg, (a, 54), (a, 66), None);
        line(&mut svg, (b, 54), (b, 66), None);
    }
    svg.text(LEFT, 90, &available, &[]);
    let avail = along(w.minutes_available.into(), most);
    svg.bar(prefix, 4, (LEFT, 98, avail - LEFT, 24), "available");
    // Where the available time ends, across both bars.
    line(&mut svg, (avail, 22), (avail, 126), Some("4 3"));
    for (row, (series, _, text, _)) in parts.iter().enumerate() {
        legend(&mut svg, prefix, *series, LEFT, 150 + 22 * row as i32, text);
    }
    let mut text = vec![needed];
    text.extend(parts.into_iter().map(|(_, _, text, _)| text));
    text.push(available);
    text.push(verdict);
    Chart {
        id: "workload",
        title,
        svg: vec![svg.finish()],
        text,
    }
}

/// (b) The monthly budget split into ads, content, management and tools.
pub fn budget(plan: &Plan) -> Chart {
    let l = plan.locale;
    let b = &plan.budget;
    let title = t(l, Msg::ChartBudgetTitle).to_string();
    let monthly = if b.monthly.is_finite() {
        b.monthly.max(0.0)
    } else {
        0.0
    };
    if monthly <= 0.0 {
        let amount = money(l, 0.0, &b.currency);
        return empty(
            "budget",
            title,
            fill(l, Msg::ChartBudgetNone, &[("amount", &amount)]),
        );
    }
    let clean = |v: f64| if v.is_finite() { v.max(0.0) } else { 0.0 };
    // A user's split may not add up to the monthly amount: the longest bar is the larger.
    let most =
        (clean(b.ads) + clean(b.content) + clean(b.management) + clean(b.tools)).max(monthly);
    let prefix = "chart-budget";
    let mut svg = Svg::new(W, 4 * 48 + 8, &title, prefix);
    let mut text = Vec::with_capacity(4);
    for (series, (id, key, amount)) in b.parts().into_iter().enumerate() {
        let row = series as i32;
        let amount = clean(amount);
        let percent = (amount / monthly * 100.0).round() as u32;
        let sentence = fill(
            l,
            Msg::ChartBudgetPart,
            &[
                ("part", t(l, key)),
                ("amount", &money(l, amount, &b.currency)),
                ("percent", &n(l, percent)),
            ],
        );
        svg.text(LEFT, 20 + row * 48, &sentence, &[]);
        let width = (amount / most * f64::from(PLOT)).round() as i32;
        svg.bar(prefix, series, (LEFT, 28 + row * 48, width, 22), id);
        text.push(sentence);
    }
    Chart {
        id: "budget",
        title,
        svg: vec![svg.finish()],
        text,
    }
}

/// (c) The phases of the timeline, month by month, against the horizon (in months).
pub fn phases(plan: &Plan, horizon_months: u32) -> Chart {
    let l = plan.locale;
    let title = t(l, Msg::ChartPhasesTitle).to_string();
    if plan.phases.is_empty() {
        return empty("phases", title, t(l, Msg::ChartNoPhases).into());
    }
    let horizon_text = fill(
        l,
        Msg::ChartHorizon,
        &[(
            "months",
            &count(
                l,
                f64::from(horizon_months),
                Msg::PlanMonthsOne,
                Msg::PlanMonthsOther,
            ),
        )],
    );
    let mut months = horizon_months;
    for p in &plan.phases {
        months = months.max(p.to_month).max(p.from_month);
    }
    let months = months.clamp(1, 36) as i32;
    let mw = PLOT / months;
    let prefix = "chart-phases";
    let rows = plan.phases.len() as i32;
    let axis = 28 + rows * 44 + 4;
    let mut svg = Svg::new(W, axis + 42, &title, prefix);
    let mut text = Vec::with_capacity(plan.phases.len() + 1);
    for (i, p) in plan.phases.iter().enumerate() {
        let (from, to) = (p.from_month.max(1), p.to_month.max(p.from_month).max(1));
        let mut sentence = if from == to {
            fill(
                l,
                Msg::ChartPhaseOne,
                &[("name", &p.name), ("from", &n(l, from))],
            )
        } else {
            fill(
                l,
                Msg::ChartPhase,
                &[("name", &p.name), ("from", &n(l, from)), ("to", &n(l, to))],
            )
        };
        if !p.within_horizon {
            sentence = fill(l, Msg::ChartPhaseBeyond, &[("phase", &sentence)]);
        }
        let top = 28 + i as i32 * 44;
        svg.text(LEFT, top + 14, &sentence, &[]);
        let x = LEFT + (from.min(months as u32) as i32 - 1) * mw;
        let width = (to.min(months as u32) - from.min(months as u32) + 1) as i32 * mw;
        if p.within_horizon {
            svg.bar(prefix, i, (x, top + 20, width, 18), p.id.id());
        } else {
            // After the horizon: an outline only, dashed, and the words say so.
            svg.empty(
                "rect",
                &[
                    ("x", V::N(x)),
                    ("y", V::N(top + 20)),
                    ("width", V::N(width)),
                    ("height", V::N(18)),
                    ("fill", V::S(BACKGROUND)),
                    ("stroke", V::S(MUTED)),
                    ("stroke-width", V::N(2)),
                    ("stroke-dasharray", V::S("4 3")),
                    ("data-part", V::S(p.id.id())),
                ],
            );
        }
        text.push(sentence);
    }
    // The month axis.
    line(&mut svg, (LEFT, axis), (LEFT + months * mw, axis), None);
    for m in 1..=months {
        let x = LEFT + m * mw;
        line(&mut svg, (x, axis), (x, axis + 5), None);
        svg.text(
            x - mw / 2,
            axis + 18,
            &n(l, m as u32),
            &[("text-anchor", V::S("middle")), ("font-size", V::N(12))],
        );
    }
    svg.text(
        LEFT,
        axis + 36,
        t(l, Msg::ChartMonth),
        &[("font-size", V::N(12))],
    );
    // The horizon: a dashed line from the top to the axis, named.
    let hx = LEFT + horizon_months.min(months as u32) as i32 * mw;
    line(&mut svg, (hx, 20), (hx, axis), Some("6 4"));
    let anchor = if hx > W / 2 { "end" } else { "start" };
    let tx = if hx > W / 2 { hx - 4 } else { hx + 4 };
    svg.text(
        tx,
        14,
        &horizon_text,
        &[("text-anchor", V::S(anchor)), ("font-weight", V::S("bold"))],
    );
    text.push(horizon_text);
    Chart {
        id: "phases",
        title,
        svg: vec![svg.finish()],
        text,
    }
}

/// A channel's mark in the month view: a shape per palette place, so channels are told
/// apart in black and white.
fn mark(svg: &mut Svg, series: usize, x: i32, y: i32) {
    let colour = PALETTE[series % PALETTE.len()];
    let fill = ("fill", V::S(colour));
    match series % PALETTE.len() {
        0 => svg.empty(
            "circle",
            &[
                ("cx", V::N(x + 5)),
                ("cy", V::N(y + 5)),
                ("r", V::N(5)),
                fill,
            ],
        ),
        1 => svg.empty(
            "rect",
            &[
                ("x", V::N(x)),
                ("y", V::N(y)),
                ("width", V::N(10)),
                ("height", V::N(10)),
                fill,
            ],
        ),
        shape => {
            let d = match shape {
                2 => format!("M{},{}l5,10h-10z", x + 5, y),
                3 => format!("M{},{}l5,5l-5,5l-5,-5z", x + 5, y),
                4 => format!("M{x},{y}h10l-5,10z"),
                _ => format!("M{},{}h4v3h3v4h-3v3h-4v-3h-3v-4h3z", x + 3, y),
            };
            svg.empty("path", &[("d", V::S(&d)), fill]);
        }
    }
}

/// The key-date mark: a black corner.
fn key_mark(svg: &mut Svg, right: i32, top: i32) {
    let d = format!("M{},{}h12v12z", right - 12, top);
    svg.empty("path", &[("d", V::S(&d)), ("fill", V::S(INK))]);
}

/// Months the month view draws at most (a 52-week calendar spans 13).
const MAX_MONTHS: usize = 13;

/// (d) The calendar month by month: one grid per month, each day with a mark per post in
/// its channel's shape and colour, key dates marked. `channels` is the plan's order of the
/// channels (each keeps its shape and colour); the calendar view passes its own copy of the
/// plan's calendar, which it redraws after the rest of the plan.
pub fn months(
    l: Locale,
    channels: &[Channel],
    calendar: &[CalendarEntry],
    key_dates: &[CalendarKeyDate],
) -> Chart {
    let title = t(l, Msg::ChartCalendarTitle).to_string();
    // Plain loops rather than iterator chains here: each chain is compiled anew (docs/size.md).
    let mut posts: Vec<(&CalendarEntry, Channel)> = Vec::new();
    let mut order: Vec<Channel> = channels.to_vec();
    let mut span: Option<(NaiveDate, NaiveDate)> = None;
    for e in calendar {
        if let (EntryKind::Post, Some(c)) = (e.kind, e.channel) {
            posts.push((e, c));
            if !order.contains(&c) {
                order.push(c);
            }
            span = Some(match span {
                Some((a, b)) => (a.min(e.date), b.max(e.date)),
                None => (e.date, e.date),
            });
        }
    }
    let Some((first, last)) = span else {
        return empty("calendar", title, t(l, Msg::ChartNoCalendar).into());
    };
    let mut svgs = Vec::new();
    let mut text = Vec::new();
    let mut month = first.with_day(1).unwrap_or(first);
    while month <= last && svgs.len() < MAX_MONTHS {
        let (svg, lines) = month_grid(l, month, &posts, key_dates, &order);
        svgs.push(svg);
        text.extend(lines);
        let Some(next) = month.checked_add_months(chrono::Months::new(1)) else {
            break;
        };
        month = next;
    }
    Chart {
        id: "calendar",
        title,
        svg: svgs,
        text,
    }
}

const CELL_W: i32 = 44;
const CELL_H: i32 = 40;

fn month_grid(
    l: Locale,
    first: NaiveDate,
    posts: &[(&CalendarEntry, Channel)],
    key_dates: &[CalendarKeyDate],
    order: &[Channel],
) -> (Picture, Vec<String>) {
    let same_month = |d: NaiveDate| d.year() == first.year() && d.month() == first.month();
    let mut in_month: Vec<(&CalendarEntry, Channel)> = Vec::new();
    for p in posts {
        if same_month(p.0.date) {
            in_month.push(*p);
        }
    }
    let mut dates = Vec::new();
    let mut key_days = Vec::new();
    for k in key_dates {
        if same_month(k.date) {
            key_days.push(k.date);
            dates.push(fill(
                l,
                Msg::ChartNamedValue,
                &[("name", &day_month_named(k.date, l)), ("value", &k.name)],
            ));
        }
    }
    let name = month_year(l, first.year(), first.month());

    // Posts per channel this month, in the channels' order (its place is its series).
    let mut channels: Vec<(usize, Channel)> = Vec::new();
    let mut per_channel = Vec::new();
    for (s, c) in order.iter().enumerate() {
        let mut k = 0;
        for p in &in_month {
            k += u32::from(p.1 == *c);
        }
        if k > 0 {
            channels.push((s, *c));
            per_channel.push(fill(
                l,
                Msg::ChartNamedValue,
                &[("name", c.label(l)), ("value", &n(l, k))],
            ));
        }
    }
    let summary = if in_month.is_empty() {
        fill(l, Msg::ChartMonthNoPosts, &[("month", &name)])
    } else {
        fill(
            l,
            Msg::ChartMonthPosts,
            &[
                ("month", &name),
                (
                    "posts",
                    &count(
                        l,
                        in_month.len() as f64,
                        Msg::PlanPostsOne,
                        Msg::PlanPostsOther,
                    ),
                ),
                ("channels", &list(l, &per_channel)),
            ],
        )
    };
    let mut lines = vec![summary.clone()];
    if !dates.is_empty() {
        lines.push(fill(
            l,
            Msg::ChartKeyDates,
            &[("month", &name), ("dates", &list(l, &dates))],
        ));
    }

    let lead = first.weekday().num_days_from_monday() as i32;
    let mut days = 28;
    while days < 31
        && first
            .checked_add_days(Days::new(days as u64))
            .is_some_and(same_month)
    {
        days += 1;
    }
    let rows = (lead + days + 6) / 7;
    let grid_top = 48;
    let grid_bottom = grid_top + rows * CELL_H;
    let legend_rows = channels.len() as i32 + i32::from(!key_days.is_empty());
    let width = 7 * CELL_W + 2 * LEFT;
    let height = grid_bottom + 10 + legend_rows * 20;
    let mut svg = Svg::new(width, height, &summary, "");
    svg.text(
        LEFT,
        20,
        &name,
        &[("font-size", V::N(15)), ("font-weight", V::S("bold"))],
    );
    for (i, d) in crate::core::calendar::WEEK.into_iter().enumerate() {
        svg.text(
            LEFT + i as i32 * CELL_W + CELL_W / 2,
            40,
            weekday_short(l, d),
            &[("text-anchor", V::S("middle")), ("font-size", V::N(11))],
        );
    }
    for day in 0..days {
        let date = first + Days::new(day as u64);
        let slot = lead + day;
        let (x, y) = (LEFT + (slot % 7) * CELL_W, grid_top + (slot / 7) * CELL_H);
        let key = key_days.contains(&date);
        svg.empty(
            "rect",
            &[
                ("x", V::N(x)),
                ("y", V::N(y)),
                ("width", V::N(CELL_W)),
                ("height", V::N(CELL_H)),
                ("fill", V::S(BACKGROUND)),
                ("stroke", V::S(MUTED)),
                ("stroke-width", V::N(1)),
            ],
        );
        if key {
            key_mark(&mut svg, x + CELL_W, y);
        }
        svg.text(
            x + 4,
            y + 13,
            &(day + 1).to_string(),
            &[("font-size", V::N(11))],
        );
        let mut today: Vec<usize> = Vec::new();
        for (s, c) in &channels {
            for p in &in_month {
                if p.0.date == date && p.1 == *c {
                    today.push(*s);
                }
            }
        }
        // Six marks fit a cell; more show five and "+n".
        let shown = if today.len() > 6 { 5 } else { today.len() };
        for (k, s) in today.iter().take(shown).enumerate() {
            let k = k as i32;
            mark(&mut svg, *s, x + 4 + (k % 3) * 13, y + 16 + (k / 3) * 12);
        }
        if today.len() > shown {
            let more = format!("+{}", today.len() - shown);
            svg.text(x + 30, y + 37, &more, &[("font-size", V::N(10))]);
        }
    }
    let mut y = grid_bottom + 22;
    for (s, c) in &channels {
        mark(&mut svg, *s, LEFT, y - 10);
        svg.text(LEFT + 16, y, c.label(l), &[("font-size", V::N(12))]);
        y += 20;
    }
    if !key_days.is_empty() {
        key_mark(&mut svg, LEFT + 12, y - 11);
        svg.text(
            LEFT + 16,
            y,
            t(l, Msg::ChartKeyDate),
            &[("font-size", V::N(12))],
        );
    }
    (svg.finish(), lines)
}

/// (e) The recommended channels' fit scores side by side, each split into its parts.
pub fn scores(plan: &Plan) -> Chart {
    let l = plan.locale;
    let title = t(l, Msg::ChartScoresTitle).to_string();
    if plan.channels.is_empty() {
        return empty("scores", title, t(l, Msg::ChartNoChannel).into());
    }
    let names = [
        (Msg::PlanScoreAudience, "audience"),
        (Msg::PlanScoreGoal, "goal"),
        (Msg::PlanScoreOffer, "offer"),
        (Msg::PlanScoreReach, "reach"),
        (Msg::PlanScoreFormats, "formats"),
        (Msg::PlanScoreExisting, "existing"),
    ];
    let prefix = "chart-scores";
    let rows = plan.channels.len() as i32;
    let mut svg = Svg::new(W, rows * 48 + 56, &title, prefix);
    let mut text = Vec::with_capacity(plan.channels.len());
    for (row, c) in plan.channels.iter().enumerate() {
        let p = c.score_parts;
        let points = [p.audience, p.goal, p.offer, p.reach, p.formats, p.existing];
        let top = row as i32 * 48;
        let score = n(l, c.score);
        let total = fill(
            l,
            Msg::ChartScoreTotal,
            &[("channel", &c.name), ("score", &score)],
        );
        svg.text(LEFT, top + 20, &total, &[]);
        // The whole 0–100 scale, outlined, so a low score reads as low.
        svg.empty(
            "rect",
            &[
                ("x", V::N(LEFT)),
                ("y", V::N(top + 28)),
                ("width", V::N(PLOT)),
                ("height", V::N(22)),
                ("fill", V::S(BACKGROUND)),
                ("stroke", V::S(MUTED)),
                ("stroke-width", V::N(1)),
            ],
        );
        let mut done = 0u64;
        let mut parts = Vec::with_capacity(names.len());
        for (series, (key, id)) in names.into_iter().enumerate() {
            let pts = points[series];
            parts.push(fill(
                l,
                Msg::ChartNamedValue,
                &[("name", t(l, key)), ("value", &n(l, pts))],
            ));
            let x0 = along(done, 100);
            done += u64::from(pts);
            if pts > 0 {
                svg.bar(
                    prefix,
                    series,
                    (x0, top + 28, along(done, 100) - x0, 22),
                    id,
                );
            }
        }
        text.push(fill(
            l,
            Msg::ChartScoreRow,
            &[
                ("channel", &c.name),
                ("score", &score),
                ("parts", &list(l, &parts)),
            ],
        ));
    }
    for (i, (key, _)) in names.iter().enumerate() {
        let (col, row) = (i as i32 % 3, i as i32 / 3);
        legend(
            &mut svg,
            prefix,
            i,
            LEFT + col * 208,
            rows * 48 + 24 + row * 22,
            t(l, *key),
        );
    }
    Chart {
        id: "scores",
        title,
        svg: vec![svg.finish()],
        text,
    }
}
