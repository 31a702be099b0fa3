//! Marketing days per country: dates fixed by custom (Valentine's Day, Mother's Day…) or by
//! law (the French sales), with the rules written down in `docs/holidays.md`.

use chrono::{Datelike, NaiveDate, Weekday};

use super::dates::{easter_plus, last_weekday, nth_weekday, shift, ymd};
use super::{Country, MarketingDayName as M};

/// The marketing days of `country` in `year`, unsorted.
pub(crate) fn days(country: Country, year: i32) -> Vec<(NaiveDate, M)> {
    let thanksgiving = nth_weekday(year, 11, Weekday::Thu, 4);
    let mut days = vec![
        (ymd(year, 2, 14), M::Valentine),
        (ymd(year, 3, 8), M::WomensDay),
        (mothers_day(country, year), M::MothersDay),
        (fathers_day(country, year), M::FathersDay),
        (ymd(year, 10, 31), M::Halloween),
        (thanksgiving.and_then(|d| shift(d, 1)), M::BlackFriday),
        (thanksgiving.and_then(|d| shift(d, 4)), M::CyberMonday),
        (ymd(year, 12, 1), M::ChristmasSeason),
        (back_to_school(country, year), M::BackToSchool),
    ];
    match country {
        Country::It => {
            // Conferenza delle Regioni (2011): winter sales on the working day before
            // Epiphany (Saturday counts), summer sales on the first Saturday of July.
            let winter = ymd(year, 1, 5).and_then(|d| {
                if d.weekday() == Weekday::Sun {
                    shift(d, -1)
                } else {
                    Some(d)
                }
            });
            days.push((winter, M::WinterSales));
            days.push((nth_weekday(year, 7, Weekday::Sat, 1), M::SummerSales));
        }
        Country::Fr => {
            // Code de commerce L310-3 and its decree: winter sales on the second Wednesday of
            // January (the first, if the second falls after the 12th); summer sales on the
            // last Wednesday of June (the one before, if the last falls after the 28th).
            let winter = nth_weekday(year, 1, Weekday::Wed, 2).and_then(|d| {
                if d.day() > 12 {
                    nth_weekday(year, 1, Weekday::Wed, 1)
                } else {
                    Some(d)
                }
            });
            let summer = last_weekday(year, 6, Weekday::Wed)
                .and_then(|d| if d.day() > 28 { shift(d, -7) } else { Some(d) });
            days.push((winter, M::WinterSales));
            days.push((summer, M::SummerSales));
        }
        Country::Es => {
            // Custom since sales were liberalised (2012): 7 January and 1 July.
            days.push((ymd(year, 1, 7), M::WinterSales));
            days.push((ymd(year, 7, 1), M::SummerSales));
        }
        Country::Gb => days.push((ymd(year, 12, 26), M::BoxingDaySales)),
        // No sales dates fixed by law or by a national custom.
        Country::Us | Country::De => {}
    }
    days.into_iter()
        .filter_map(|(date, name)| Some((date?, name)))
        .collect()
}

/// Mother's Day: second Sunday of May (IT, US, DE), first Sunday of May (ES), Mothering
/// Sunday three weeks before Easter (GB), last Sunday of May or the first of June when that
/// is Pentecost (FR, Code de l'action sociale L215-1 and its decree).
fn mothers_day(country: Country, year: i32) -> Option<NaiveDate> {
    match country {
        Country::It | Country::Us | Country::De => nth_weekday(year, 5, Weekday::Sun, 2),
        Country::Es => nth_weekday(year, 5, Weekday::Sun, 1),
        Country::Gb => easter_plus(year, -21),
        Country::Fr => {
            let last = last_weekday(year, 5, Weekday::Sun)?;
            if Some(last) == easter_plus(year, 49) {
                nth_weekday(year, 6, Weekday::Sun, 1)
            } else {
                Some(last)
            }
        }
    }
}

/// Father's Day: St Joseph, 19 March (IT, ES), third Sunday of June (US, GB, FR),
/// Ascension Day (DE, "Vatertag").
fn fathers_day(country: Country, year: i32) -> Option<NaiveDate> {
    match country {
        Country::It | Country::Es => ymd(year, 3, 19),
        Country::Us | Country::Gb | Country::Fr => nth_weekday(year, 6, Weekday::Sun, 3),
        Country::De => easter_plus(year, 39),
    }
}

/// Back to school, approximately (schools start on dates set by regions or districts):
/// second Monday of September (IT, ES), first Monday of September (GB, DE), 1 September
/// (FR, "la rentrée"), second Monday of August (US).
fn back_to_school(country: Country, year: i32) -> Option<NaiveDate> {
    match country {
        Country::It | Country::Es => nth_weekday(year, 9, Weekday::Mon, 2),
        Country::Gb | Country::De => nth_weekday(year, 9, Weekday::Mon, 1),
        Country::Fr => ymd(year, 9, 1),
        Country::Us => nth_weekday(year, 8, Weekday::Mon, 2),
    }
}
