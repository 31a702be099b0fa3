//! Numbers, amounts of money, dates, times, lists and plurals in each locale's conventions:
//! the one place that knows them (issue #13: the review, the field and the plan used to
//! write the same number three ways).
//!
//! Words (month and weekday names, "and", the shape of a date) come from the catalogue;
//! the separators and the plural rule are here.

use chrono::{Datelike, NaiveDate, NaiveTime, Timelike, Weekday};

use super::{Msg, fill, t};
use crate::core::model::Locale;
use crate::core::validate::whole_digits;

/// The grouping and decimal separators, and the fewest integer digits that are grouped.
/// Spanish does not group four-digit numbers ("1200", "12.000"), French groups with a
/// narrow no-break space (CLDR).
const fn separators(locale: Locale) -> (char, char, usize) {
    match locale {
        Locale::It | Locale::De => ('.', ',', 4),
        Locale::Es => ('.', ',', 5),
        Locale::Fr => ('\u{202F}', ',', 4),
        Locale::En => (',', '.', 4),
    }
}

/// The decimal separator of `locale`, for number boxes.
pub const fn decimal_separator(locale: Locale) -> char {
    separators(locale).1
}

/// A number rounded to at most two decimals, grouped: "1.250,5" (it), "1,250.5" (en),
/// "1200" and "12.000" (es), "1 250,5" (fr). "—" when not finite.
pub fn number(locale: Locale, value: f64) -> String {
    if !value.is_finite() {
        return "—".into();
    }
    let (group, decimal, min_grouped) = separators(locale);
    let rounded = (value * 100.0).round() / 100.0;
    let negative = rounded < 0.0;
    let abs = rounded.abs();
    let whole = abs.trunc();
    let cents = ((abs - whole) * 100.0).round() as u64;
    let digits = whole_digits(whole);
    let mut out = String::with_capacity(digits.len() + 8);
    if negative {
        out.push('-');
    }
    let len = digits.len();
    for (i, d) in digits.chars().enumerate() {
        if len >= min_grouped && i > 0 && (len - i).is_multiple_of(3) {
            out.push(group);
        }
        out.push(d);
    }
    if cents > 0 {
        out.push(decimal);
        out.push(char::from(b'0' + (cents / 10) as u8));
        if !cents.is_multiple_of(10) {
            out.push(char::from(b'0' + (cents % 10) as u8));
        }
    }
    out
}

/// An amount of money with its currency code, cents only when there are any:
/// "1.250 EUR", "1,250.50 EUR", "1 250 EUR".
pub fn money(locale: Locale, amount: f64, currency: &str) -> String {
    let cents = (amount * 100.0).round();
    let mut written = number(locale, cents / 100.0);
    // Two decimals or none: "12,50", never "12,5".
    let (_, decimal, _) = separators(locale);
    if let Some(pos) = written.rfind(decimal)
        && written.len() - pos - decimal.len_utf8() == 1
    {
        written.push('0');
    }
    fill(
        locale,
        Msg::FormatMoney,
        &[("amount", &written), ("currency", currency)],
    )
}

/// A month's name, 1 = January; empty outside 1..=12.
pub fn month_name(locale: Locale, month: u32) -> &'static str {
    const MONTHS: [Msg; 12] = [
        Msg::Month1,
        Msg::Month2,
        Msg::Month3,
        Msg::Month4,
        Msg::Month5,
        Msg::Month6,
        Msg::Month7,
        Msg::Month8,
        Msg::Month9,
        Msg::Month10,
        Msg::Month11,
        Msg::Month12,
    ];
    nth_month(locale, month, &MONTHS)
}

/// The text of `months` for `month` (1 = January); empty outside 1..=12.
fn nth_month(locale: Locale, month: u32, months: &[Msg; 12]) -> &'static str {
    month
        .checked_sub(1)
        .and_then(|i| months.get(i as usize))
        .map_or("", |m| t(locale, *m))
}

/// A month's short name, 1 = January ("gen", "Jan", "ene", "janv.", "Jan.").
pub fn month_short(locale: Locale, month: u32) -> &'static str {
    const MONTHS: [Msg; 12] = [
        Msg::MonthShort1,
        Msg::MonthShort2,
        Msg::MonthShort3,
        Msg::MonthShort4,
        Msg::MonthShort5,
        Msg::MonthShort6,
        Msg::MonthShort7,
        Msg::MonthShort8,
        Msg::MonthShort9,
        Msg::MonthShort10,
        Msg::MonthShort11,
        Msg::MonthShort12,
    ];
    nth_month(locale, month, &MONTHS)
}

/// A weekday's short name ("lun", "Mon", "lun", "lun.", "Mo.").
pub fn weekday_short(locale: Locale, day: Weekday) -> &'static str {
    t(
        locale,
        match day {
            Weekday::Mon => Msg::WeekdayShortMon,
            Weekday::Tue => Msg::WeekdayShortTue,
            Weekday::Wed => Msg::WeekdayShortWed,
            Weekday::Thu => Msg::WeekdayShortThu,
            Weekday::Fri => Msg::WeekdayShortFri,
            Weekday::Sat => Msg::WeekdayShortSat,
            Weekday::Sun => Msg::WeekdayShortSun,
        },
    )
}

/// A weekday's full name ("lunedì", "Monday").
pub fn weekday_name(locale: Locale, day: Weekday) -> &'static str {
    t(
        locale,
        match day {
            Weekday::Mon => Msg::WeekdayMon,
            Weekday::Tue => Msg::WeekdayTue,
            Weekday::Wed => Msg::WeekdayWed,
            Weekday::Thu => Msg::WeekdayThu,
            Weekday::Fri => Msg::WeekdayFri,
            Weekday::Sat => Msg::WeekdaySat,
            Weekday::Sun => Msg::WeekdaySun,
        },
    )
}

/// A date in full: "4 gennaio 2027", "4 January 2027", "4 de enero de 2027",
/// "4 janvier 2027", "4. Januar 2027".
pub fn date(locale: Locale, date: NaiveDate) -> String {
    fill(
        locale,
        Msg::FormatDate,
        &[
            ("day", &date.day().to_string()),
            ("month", month_name(locale, date.month())),
            ("year", &date.year().to_string()),
        ],
    )
}

/// A date with its weekday, short, for tables: "lun 4 gen 2027", "Mon 4 Jan 2027".
pub fn date_short(locale: Locale, date: NaiveDate) -> String {
    fill(
        locale,
        Msg::FormatDateShort,
        &[
            ("weekday", weekday_short(locale, date.weekday())),
            ("day", &date.day().to_string()),
            ("month", month_short(locale, date.month())),
            ("year", &date.year().to_string()),
        ],
    )
}

/// A day and month in figures, for compact tables: "04/07" (German "04.07.").
pub fn day_month_figures(locale: Locale, date: NaiveDate) -> String {
    let two = |n: u32| {
        [
            char::from(b'0' + (n / 10) as u8),
            char::from(b'0' + (n % 10) as u8),
        ]
    };
    let [d1, d2] = two(date.day());
    let [m1, m2] = two(date.month());
    match locale {
        Locale::De => [d1, d2, '.', m1, m2, '.'].iter().collect(),
        _ => [d1, d2, '/', m1, m2].iter().collect(),
    }
}

/// "14 febbraio", "14 February", "14 de febrero", "14. Februar".
pub fn day_month_named(date: NaiveDate, locale: Locale) -> String {
    fill(
        locale,
        Msg::CalDayMonth,
        &[
            ("day", &date.day().to_string()),
            ("month", month_name(locale, date.month())),
        ],
    )
}

/// "febbraio 2027", "February 2027", "febrero de 2027": a month's heading.
pub fn month_year(locale: Locale, year: i32, month: u32) -> String {
    fill(
        locale,
        Msg::CalMonthYear,
        &[
            ("month", month_name(locale, month)),
            ("year", &year.to_string()),
        ],
    )
}

/// A time of day, 24-hour in every language Rotta speaks: "18:30".
pub fn time(_locale: Locale, time: NaiveTime) -> String {
    let (h, m) = (time.hour(), time.minute());
    let mut out = String::with_capacity(5);
    for n in [h / 10, h % 10] {
        out.push(char::from(b'0' + n as u8));
    }
    out.push(':');
    for n in [m / 10, m % 10] {
        out.push(char::from(b'0' + n as u8));
    }
    out
}

/// Items joined as a sentence does: "a", "a e b", "a, b e c" (the conjunction from the
/// catalogue: "and", "y", "et", "und").
pub fn list<S: AsRef<str>>(locale: Locale, items: &[S]) -> String {
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_owned(),
        [init @ .., last] => {
            let head: Vec<&str> = init.iter().map(AsRef::as_ref).collect();
            fill(
                locale,
                Msg::FormatListAnd,
                &[("items", &head.join(", ")), ("last", last.as_ref())],
            )
        }
    }
}

/// The plural category of `n` in `locale`: French counts 0 and 1 as singular, the others
/// only exactly 1 (CLDR, the categories these five languages use for counts).
pub fn is_singular(locale: Locale, n: f64) -> bool {
    match locale {
        Locale::Fr => n.abs() < 2.0,
        _ => n == 1.0,
    }
}

/// A count with its noun: `one` or `other` (both with a `{n}` placeholder) by the plural
/// rule, `{n}` written by [`number`]: "1 post", "3 post" (it), "3 posts" (en).
pub fn count(locale: Locale, n: f64, one: Msg, other: Msg) -> String {
    let key = if is_singular(locale, n) { one } else { other };
    fill(locale, key, &[("n", &number(locale, n))])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn numbers_follow_each_locale() {
        assert_eq!(number(Locale::It, 1250.5), "1.250,5");
        assert_eq!(number(Locale::En, 1250.5), "1,250.5");
        assert_eq!(number(Locale::Es, 1200.0), "1200");
        assert_eq!(number(Locale::Es, 12000.0), "12.000");
        assert_eq!(number(Locale::Fr, 1250.25), "1\u{202F}250,25");
        assert_eq!(number(Locale::De, -2.5), "-2,5");
        assert_eq!(number(Locale::It, f64::NAN), "—");
    }

    #[test]
    fn money_has_cents_only_when_there_are_any() {
        assert_eq!(money(Locale::It, 1250.0, "EUR"), "1.250 EUR");
        assert_eq!(money(Locale::En, 1250.5, "EUR"), "1,250.50 EUR");
        assert_eq!(money(Locale::De, 1_000_000.0, "EUR"), "1.000.000 EUR");
        assert_eq!(money(Locale::En, 0.0, "GBP"), "0 GBP");
    }

    #[test]
    fn dates_read_naturally() {
        let day = d(2027, 1, 4);
        assert_eq!(date(Locale::It, day), "4 gennaio 2027");
        assert_eq!(date(Locale::En, day), "4 January 2027");
        assert_eq!(date(Locale::Es, day), "4 de enero de 2027");
        assert_eq!(date(Locale::Fr, day), "4 janvier 2027");
        assert_eq!(date(Locale::De, day), "4. Januar 2027");
        assert_eq!(date_short(Locale::It, day), "lun 4 gen 2027");
        assert_eq!(date_short(Locale::En, day), "Mon 4 Jan 2027");
        assert_eq!(month_name(Locale::En, 13), "");
        assert_eq!(day_month_figures(Locale::It, d(2027, 7, 4)), "04/07");
        assert_eq!(day_month_figures(Locale::De, d(2027, 7, 4)), "04.07.");
    }

    #[test]
    fn lists_and_plurals() {
        assert_eq!(list(Locale::It, &["a", "b", "c"]), "a, b e c");
        assert_eq!(list(Locale::En, &["a"]), "a");
        assert_eq!(list(Locale::De, &["a", "b"]), "a und b");
        assert!(is_singular(Locale::Fr, 0.0) && !is_singular(Locale::En, 0.0));
        assert_eq!(
            time(Locale::En, NaiveTime::from_hms_opt(8, 5, 0).unwrap()),
            "08:05"
        );
    }
}
