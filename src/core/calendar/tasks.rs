//! The recurring tasks of the plan's routine: the weekly listening session (listening is a
//! phase of the plan, not an afterthought), the monthly report and the quarterly review.

use chrono::{Datelike, NaiveDate, NaiveTime, Weekday};

use super::texts::Text;
use super::{CalendarEntry, EntryKind};

/// Weeks in a quarter of the plan.
const QUARTER_WEEKS: u32 = 13;

fn at(h: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, 0, 0).unwrap_or(NaiveTime::MIN)
}

fn task(date: NaiveDate, time: NaiveTime, title: Text) -> CalendarEntry<Text> {
    CalendarEntry {
        date,
        time,
        kind: EntryKind::Task,
        channel: None,
        format: None,
        pillar: None,
        pillar_name: None,
        title,
        brief: None,
        idea: None,
        key_date: None,
        prepare_by: None,
    }
}

/// The first `weekday` in the 7 days from `block_start`.
fn in_block(block_start: NaiveDate, weekday: Weekday) -> Option<NaiveDate> {
    let ahead =
        (7 + weekday.num_days_from_monday() - block_start.weekday().num_days_from_monday()) % 7;
    block_start.checked_add_days(chrono::Days::new(u64::from(ahead)))
}

/// The tasks of a calendar of `weeks` weeks from `start`:
/// - listening: the Monday of every week, 09:00;
/// - monthly report: the last working day (Monday–Friday) of every month, 16:00, when it
///   falls inside the calendar;
/// - quarterly review: the Friday of every 13th week, 15:00, and of the last week when the
///   last quarter is at least 12 weeks long (a 12-week plan still gets its review).
pub fn recurring_tasks(start: NaiveDate, weeks: u32) -> Vec<CalendarEntry<Text>> {
    let mut tasks = Vec::new();
    let Some(end) = start.checked_add_days(chrono::Days::new(u64::from(weeks) * 7 - 1)) else {
        return tasks;
    };
    for week in 0..weeks {
        let Some(block) = start.checked_add_days(chrono::Days::new(u64::from(week) * 7)) else {
            break;
        };
        if let Some(monday) = in_block(block, Weekday::Mon) {
            tasks.push(task(monday, at(9), Text::WeeklyListening));
        }
        let number = week + 1;
        let quarter_end = number % QUARTER_WEEKS == 0;
        let last_long_quarter = number == weeks && weeks % QUARTER_WEEKS >= QUARTER_WEEKS - 1;
        if (quarter_end || last_long_quarter)
            && let Some(friday) = in_block(block, Weekday::Fri)
        {
            tasks.push(task(friday, at(15), Text::QuarterlyReview));
        }
    }
    let mut month = NaiveDate::from_ymd_opt(start.year(), start.month(), 1);
    while let Some(first) = month.filter(|m| *m <= end) {
        let next = first.checked_add_months(chrono::Months::new(1));
        let mut last_working = next.and_then(|n| n.pred_opt());
        while let Some(day) =
            last_working.filter(|d| matches!(d.weekday(), Weekday::Sat | Weekday::Sun))
        {
            last_working = day.pred_opt();
        }
        if let Some(day) = last_working.filter(|d| *d >= start && *d <= end) {
            tasks.push(task(day, at(16), Text::MonthlyReport(day)));
        }
        month = next;
    }
    tasks
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn twelve_weeks_have_weekly_listening_monthly_reports_and_one_review() {
        let tasks = recurring_tasks(d(2027, 1, 4), 12);
        let listening: Vec<_> = tasks
            .iter()
            .filter(|t| t.title == Text::WeeklyListening)
            .collect();
        assert_eq!(listening.len(), 12);
        assert!(listening.iter().all(|t| t.date.weekday() == Weekday::Mon));
        let reports: Vec<_> = tasks
            .iter()
            .filter(|t| matches!(t.title, Text::MonthlyReport(_)))
            .map(|t| t.date)
            .collect();
        // 2027-01-04 + 12 weeks ends on 2027-03-28: January and February close inside it.
        assert_eq!(reports, vec![d(2027, 1, 29), d(2027, 2, 26)]);
        let reviews: Vec<_> = tasks
            .iter()
            .filter(|t| t.title == Text::QuarterlyReview)
            .map(|t| t.date)
            .collect();
        assert_eq!(reviews, vec![d(2027, 3, 26)]);
    }

    #[test]
    fn a_year_has_four_reviews_and_a_week_has_none() {
        let year = recurring_tasks(d(2027, 1, 6), 52);
        assert_eq!(
            year.iter()
                .filter(|t| t.title == Text::QuarterlyReview)
                .count(),
            4
        );
        assert_eq!(
            year.iter()
                .filter(|t| matches!(t.title, Text::MonthlyReport(_)))
                .count(),
            12
        );
        let week = recurring_tasks(d(2027, 1, 6), 1);
        assert_eq!(week.len(), 1, "only the listening session: {week:?}");
        assert_eq!(
            week[0].date,
            d(2027, 1, 11),
            "the Monday inside a week starting on a Wednesday"
        );
    }
}
