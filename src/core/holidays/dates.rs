//! Date arithmetic the holiday rules are written in: Easter, "n-th weekday of a month".
//!
//! Every helper returns `Option` (a date chrono cannot represent is `None`), so the rules can
//! be written as lists and filtered, with no panics for odd years.

use chrono::{Datelike, Days, NaiveDate, Weekday};

/// A calendar date, or `None` if it does not exist.
pub(crate) fn ymd(year: i32, month: u32, day: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, month, day)
}

/// `date` moved by `days` (negative: earlier).
pub(crate) fn shift(date: NaiveDate, days: i64) -> Option<NaiveDate> {
    if days >= 0 {
        date.checked_add_days(Days::new(days.unsigned_abs()))
    } else {
        date.checked_sub_days(Days::new(days.unsigned_abs()))
    }
}

/// Western (Gregorian) Easter Sunday, by the anonymous Gregorian algorithm (Meeus/Jones/
/// Butcher). `None` outside 1583–9999, where the Gregorian computus is not meaningful here.
pub fn easter_sunday(year: i32) -> Option<NaiveDate> {
    if !(1583..=9999).contains(&year) {
        return None;
    }
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    ymd(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

/// Easter Sunday of `year` moved by `days` (Good Friday is -2, Pentecost Monday +50).
pub(crate) fn easter_plus(year: i32, days: i64) -> Option<NaiveDate> {
    shift(easter_sunday(year)?, days)
}

/// The `n`-th (1-based) `weekday` of `month`.
pub(crate) fn nth_weekday(year: i32, month: u32, weekday: Weekday, n: u8) -> Option<NaiveDate> {
    NaiveDate::from_weekday_of_month_opt(year, month, weekday, n)
}

/// The last `weekday` of `month`.
pub(crate) fn last_weekday(year: i32, month: u32, weekday: Weekday) -> Option<NaiveDate> {
    let first_of_next = if month == 12 {
        ymd(year + 1, 1, 1)?
    } else {
        ymd(year, month + 1, 1)?
    };
    let last = first_of_next.pred_opt()?;
    let back = (7 + last.weekday().num_days_from_monday() - weekday.num_days_from_monday()) % 7;
    shift(last, -i64::from(back))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn easter_matches_published_dates() {
        // Published Western Easter dates, including the extremes (22 March and 25 April).
        let known = [
            (2000, 4, 23),
            (2001, 4, 15),
            (2008, 3, 23),
            (2011, 4, 24),
            (2016, 3, 27),
            (2019, 4, 21),
            (2024, 3, 31),
            (2025, 4, 20),
            (2027, 3, 28),
            (2038, 4, 25),
            (2049, 4, 18),
            (2076, 4, 19),
            (2095, 4, 24),
            (2100, 3, 28),
            (1818, 3, 22),
            (2285, 3, 22),
        ];
        for (y, m, day) in known {
            assert_eq!(easter_sunday(y), Some(d(y, m, day)), "Easter {y}");
        }
        assert_eq!(easter_sunday(1582), None);
        assert_eq!(easter_sunday(i32::MAX), None);
    }

    #[test]
    fn weekday_helpers_find_the_right_days() {
        assert_eq!(
            nth_weekday(2027, 11, Weekday::Thu, 4),
            Some(d(2027, 11, 25))
        );
        assert_eq!(last_weekday(2027, 5, Weekday::Mon), Some(d(2027, 5, 31)));
        assert_eq!(
            last_weekday(2024, 2, Weekday::Thu),
            Some(d(2024, 2, 29)),
            "leap year"
        );
        assert_eq!(last_weekday(2027, 12, Weekday::Fri), Some(d(2027, 12, 31)));
    }
}
