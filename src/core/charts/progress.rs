//! (f) A SMART target over the months (the monthly check-in, `core::checkin`): the expected
//! straight path from the baseline at the plan's start to the target at its deadline (dashed)
//! and the values entered (a solid line with a round mark per month), so the two are told
//! apart without colour too; the text equivalent gives the path's ends and every value
//! against the path.

use chrono::NaiveDate;

use super::svg::{Svg, V};
use super::{Chart, INK, MUTED, PALETTE, W, empty};
use crate::core::checkin::TargetProgress;
use crate::core::l10n::format::{date, month_short, number};
use crate::core::l10n::{Msg, fill, t};
use crate::core::model::Locale;

const H: i32 = 300;
const X0: i32 = 64;
const X1: i32 = W - 24;
const Y0: i32 = 24;
const Y1: i32 = 220;

fn num(l: Locale, v: f64) -> String {
    number(l, (v * 100.0).round() / 100.0)
}

/// The progress chart of target `p`, in `l`.
pub fn progress(p: &TargetProgress, l: Locale) -> Chart {
    let metric = p.metric_text(l);
    let title = fill(l, Msg::CheckinChartTitle, &[("metric", &metric)]);
    let desc = fill(
        l,
        Msg::CheckinChartDesc,
        &[
            ("baseline", &num(l, p.baseline)),
            ("start", &date(l, p.start)),
            ("target", &num(l, p.target)),
            ("deadline", &date(l, p.deadline)),
        ],
    );
    if p.points.is_empty() {
        return empty("progress", title, desc);
    }
    let mut text = vec![desc];
    let end = p
        .points
        .iter()
        .map(|pt| pt.month.next().first_day())
        .fold(p.deadline, NaiveDate::max);
    let span = (end - p.start).num_days().max(1);
    let x = |day: NaiveDate| {
        let d = (day - p.start).num_days().clamp(0, span);
        X0 + (d * i64::from(X1 - X0) / span) as i32
    };
    let (mut lo, mut hi) = (p.baseline.min(p.target), p.baseline.max(p.target));
    for pt in &p.points {
        lo = lo.min(pt.value);
        hi = hi.max(pt.value);
    }
    if (hi - lo).abs() < f64::EPSILON {
        hi = lo + 1.0;
    }
    let y = |v: f64| Y1 - (((v - lo) / (hi - lo)) * f64::from(Y1 - Y0)).round() as i32;
    let mut svg = Svg::new(W, H, &title, "");
    // Axes, and the smallest and largest value on the left.
    for (x1, y1, x2, y2) in [(X0, Y0, X0, Y1), (X0, Y1, X1, Y1)] {
        svg.empty(
            "line",
            &[
                ("x1", V::N(x1)),
                ("y1", V::N(y1)),
                ("x2", V::N(x2)),
                ("y2", V::N(y2)),
                ("stroke", V::S(INK)),
                ("stroke-width", V::N(2)),
            ],
        );
    }
    for v in [lo, hi] {
        let end = [("text-anchor", V::S("end")), ("font-size", V::N(12))];
        svg.text(X0 - 6, y(v) + 4, &num(l, v), &end);
    }
    // A tick and the month's short name at the start of each month.
    let mut month = crate::core::checkin::YearMonth::of(p.start);
    let months = {
        let mut n = 0;
        let mut m = month;
        while m.first_day() <= end {
            n += 1;
            m = m.next();
        }
        n
    };
    let step = (months / 12 + 1).max(1);
    let mut i = 0;
    while month.first_day() <= end {
        let at = x(month.first_day().max(p.start));
        svg.empty(
            "line",
            &[
                ("x1", V::N(at)),
                ("y1", V::N(Y1)),
                ("x2", V::N(at)),
                ("y2", V::N(Y1 + 5)),
                ("stroke", V::S(MUTED)),
                ("stroke-width", V::N(1)),
            ],
        );
        if i % step == 0 {
            svg.text(
                at,
                Y1 + 20,
                month_short(l, month.month),
                &[("text-anchor", V::S("middle")), ("font-size", V::N(12))],
            );
        }
        month = month.next();
        i += 1;
    }
    // The expected path: dashed, from the baseline to the target.
    svg.empty(
        "line",
        &[
            ("x1", V::N(x(p.start))),
            ("y1", V::N(y(p.baseline))),
            ("x2", V::N(x(p.deadline))),
            ("y2", V::N(y(p.target))),
            ("stroke", V::S(PALETTE[0])),
            ("stroke-width", V::N(3)),
            ("stroke-dasharray", V::S("8 6")),
            ("data-part", V::S("expected")),
        ],
    );
    // The values: a solid line through a round mark per month.
    let mut points = String::new();
    for pt in &p.points {
        let (px, py) = (x(pt.month.next().first_day()), y(pt.value));
        if !points.is_empty() {
            points.push(' ');
        }
        points.push_str(&format!("{px},{py}"));
        text.push(fill(
            l,
            Msg::CheckinChartPoint,
            &[
                ("month", &pt.month.name(l)),
                ("value", &num(l, pt.value)),
                ("expected", &num(l, pt.expected)),
            ],
        ));
    }
    svg.empty(
        "polyline",
        &[
            ("points", V::S(&points)),
            ("fill", V::S("none")),
            ("stroke", V::S(PALETTE[1])),
            ("stroke-width", V::N(3)),
            ("data-part", V::S("values")),
        ],
    );
    for pt in &p.points {
        svg.empty(
            "circle",
            &[
                ("cx", V::N(x(pt.month.next().first_day()))),
                ("cy", V::N(y(pt.value))),
                ("r", V::N(6)),
                ("fill", V::S(PALETTE[1])),
                ("data-part", V::S("point")),
            ],
        );
    }
    // The legend: a dashed and a solid sample with their names.
    let legend_y = H - 24;
    svg.empty(
        "line",
        &[
            ("x1", V::N(X0)),
            ("y1", V::N(legend_y - 4)),
            ("x2", V::N(X0 + 32)),
            ("y2", V::N(legend_y - 4)),
            ("stroke", V::S(PALETTE[0])),
            ("stroke-width", V::N(3)),
            ("stroke-dasharray", V::S("8 6")),
        ],
    );
    svg.text(X0 + 40, legend_y, t(l, Msg::CheckinChartExpected), &[]);
    let second = X0 + 300;
    svg.empty(
        "line",
        &[
            ("x1", V::N(second)),
            ("y1", V::N(legend_y - 4)),
            ("x2", V::N(second + 32)),
            ("y2", V::N(legend_y - 4)),
            ("stroke", V::S(PALETTE[1])),
            ("stroke-width", V::N(3)),
        ],
    );
    svg.empty(
        "circle",
        &[
            ("cx", V::N(second + 16)),
            ("cy", V::N(legend_y - 4)),
            ("r", V::N(6)),
            ("fill", V::S(PALETTE[1])),
        ],
    );
    svg.text(second + 40, legend_y, t(l, Msg::CheckinChartValues), &[]);
    Chart {
        id: "progress",
        title,
        svg: vec![svg.finish()],
        text,
    }
}
