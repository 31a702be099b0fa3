//! The national public holiday rules of each supported country, with the changes of law
//! between 2000 and 2100 that Rotta knows of. Sources: `docs/holidays.md`.

use chrono::{Datelike, NaiveDate, Weekday};

use super::dates::{easter_plus, last_weekday, nth_weekday, shift, ymd};
use super::{Country, HolidayName as H, Observance};

/// One listed day: date, which holiday, and whether it is the day itself or stands in for it.
pub(crate) type Listed = (NaiveDate, H, Observance);

/// The holidays of `country` in `year`, unsorted.
pub(crate) fn holidays(country: Country, year: i32) -> Vec<Listed> {
    let days = match country {
        Country::It => italy(year),
        Country::Gb => england_and_wales(year),
        Country::Us => united_states(year),
        Country::De => germany(year),
        Country::Fr => france(year),
        Country::Es => spain(year),
    };
    days.into_iter()
        .filter_map(|(date, name, observance)| Some((date?, name, observance)))
        .filter(|(date, _, _)| date.year() == year)
        .collect()
}

type Rule = (Option<NaiveDate>, H, Observance);

fn day(date: Option<NaiveDate>, name: H) -> Rule {
    (date, name, Observance::Day)
}

/// Legge 260/1949 as amended: 2 June back from 2001 (legge 336/2000; in 2000 the Republic
/// was celebrated on the first Sunday of June, legge 54/1977), 4 October from 2026 (the 2025
/// law restoring St Francis of Assisi).
fn italy(year: i32) -> Vec<Rule> {
    let republic = if year >= 2001 {
        ymd(year, 6, 2)
    } else {
        nth_weekday(year, 6, Weekday::Sun, 1)
    };
    let mut days = vec![
        day(ymd(year, 1, 1), H::NewYear),
        day(ymd(year, 1, 6), H::Epiphany),
        day(easter_plus(year, 0), H::EasterSunday),
        day(easter_plus(year, 1), H::EasterMonday),
        day(ymd(year, 4, 25), H::Liberation),
        day(ymd(year, 5, 1), H::LabourDay),
        day(republic, H::Republic),
        day(ymd(year, 8, 15), H::Ferragosto),
        day(ymd(year, 11, 1), H::AllSaints),
        day(ymd(year, 12, 8), H::ImmaculateConception),
        day(ymd(year, 12, 25), H::Christmas),
        day(ymd(year, 12, 26), H::StStephen),
    ];
    if year >= 2026 {
        days.push(day(ymd(year, 10, 4), H::StFrancis));
    }
    days
}

/// Banking and Financial Dealings Act 1971 plus royal proclamations: substitute days for
/// weekends, and the one-off moves and extra days of 2002, 2011, 2012, 2020, 2022 and 2023.
fn england_and_wales(year: i32) -> Vec<Rule> {
    let early_may = match year {
        2020 => day(ymd(2020, 5, 8), H::EarlyMayVeDay),
        _ => day(
            nth_weekday(year, 5, Weekday::Mon, 1),
            H::EarlyMayBankHoliday,
        ),
    };
    let spring = match year {
        2002 => ymd(2002, 6, 4),
        2012 => ymd(2012, 6, 4),
        2022 => ymd(2022, 6, 2),
        _ => last_weekday(year, 5, Weekday::Mon),
    };
    let mut days = vec![
        day(ymd(year, 1, 1), H::NewYear),
        day(easter_plus(year, -2), H::GoodFriday),
        day(easter_plus(year, 1), H::EasterMonday),
        early_may,
        day(spring, H::SpringBankHoliday),
        day(last_weekday(year, 8, Weekday::Mon), H::SummerBankHoliday),
        day(ymd(year, 12, 25), H::Christmas),
        day(ymd(year, 12, 26), H::BoxingDay),
    ];
    days.extend(match year {
        2002 => vec![day(ymd(2002, 6, 3), H::GoldenJubilee)],
        2011 => vec![day(ymd(2011, 4, 29), H::RoyalWedding)],
        2012 => vec![day(ymd(2012, 6, 5), H::DiamondJubilee)],
        2022 => vec![
            day(ymd(2022, 6, 3), H::PlatinumJubilee),
            day(ymd(2022, 9, 19), H::QueensFuneral),
        ],
        2023 => vec![day(ymd(2023, 5, 8), H::Coronation)],
        _ => Vec::new(),
    });
    let substitute = |m: u32, dd: u32, name: H| (ymd(year, m, dd), name, Observance::Substitute);
    if let Some(new_year) = ymd(year, 1, 1) {
        match new_year.weekday() {
            Weekday::Sat => days.push(substitute(1, 3, H::NewYear)),
            Weekday::Sun => days.push(substitute(1, 2, H::NewYear)),
            _ => {}
        }
    }
    if let Some(christmas) = ymd(year, 12, 25) {
        match christmas.weekday() {
            Weekday::Fri => days.push(substitute(12, 28, H::BoxingDay)),
            Weekday::Sat => {
                days.push(substitute(12, 27, H::Christmas));
                days.push(substitute(12, 28, H::BoxingDay));
            }
            Weekday::Sun => days.push(substitute(12, 27, H::Christmas)),
            _ => {}
        }
    }
    days
}

/// 5 U.S.C. 6103: the eleven legal public holidays (Juneteenth from 2021), and the
/// "observed" weekday when a fixed-date holiday falls on a weekend (Saturday: the Friday
/// before; Sunday: the Monday after), which for New Year's Day can be 31 December.
fn united_states(year: i32) -> Vec<Rule> {
    let fixed = |y: i32| {
        let mut list = vec![
            (ymd(y, 1, 1), H::NewYear),
            (ymd(y, 7, 4), H::IndependenceDayUs),
            (ymd(y, 11, 11), H::VeteransDay),
            (ymd(y, 12, 25), H::Christmas),
        ];
        if y >= 2021 {
            list.push((ymd(y, 6, 19), H::Juneteenth));
        }
        list
    };
    let mut days: Vec<Rule> = fixed(year).into_iter().map(|(d, n)| day(d, n)).collect();
    for (date, name) in fixed(year).into_iter().chain(fixed(year + 1)) {
        let Some(date) = date else { continue };
        let observed = match date.weekday() {
            Weekday::Sat => shift(date, -1),
            Weekday::Sun => shift(date, 1),
            _ => None,
        };
        if observed.is_some() {
            days.push((observed, name, Observance::Observed));
        }
    }
    days.extend([
        day(nth_weekday(year, 1, Weekday::Mon, 3), H::MartinLutherKing),
        day(
            nth_weekday(year, 2, Weekday::Mon, 3),
            H::WashingtonsBirthday,
        ),
        day(last_weekday(year, 5, Weekday::Mon), H::MemorialDay),
        day(nth_weekday(year, 9, Weekday::Mon, 1), H::LaborDayUs),
        day(nth_weekday(year, 10, Weekday::Mon, 2), H::ColumbusDay),
        day(nth_weekday(year, 11, Weekday::Thu, 4), H::Thanksgiving),
    ]);
    days
}

/// The nine holidays common to all German states, plus Reformation Day 2017 (a one-off
/// national holiday for the 500th anniversary). No substitute days in Germany.
fn germany(year: i32) -> Vec<Rule> {
    let mut days = vec![
        day(ymd(year, 1, 1), H::NewYear),
        day(easter_plus(year, -2), H::GoodFriday),
        day(easter_plus(year, 1), H::EasterMonday),
        day(ymd(year, 5, 1), H::LabourDay),
        day(easter_plus(year, 39), H::Ascension),
        day(easter_plus(year, 50), H::WhitMonday),
        day(ymd(year, 10, 3), H::GermanUnity),
        day(ymd(year, 12, 25), H::Christmas),
        day(ymd(year, 12, 26), H::SecondChristmasDay),
    ];
    if year == 2017 {
        days.push(day(ymd(2017, 10, 31), H::Reformation));
    }
    days
}

/// Code du travail L3133-1: eleven holidays. Whit Monday stays a legal holiday, but since
/// 2005 (loi 2004-626) it is by default the "journée de solidarité", often worked: listed
/// with that name from 2005. No substitute days in France.
fn france(year: i32) -> Vec<Rule> {
    let whit_monday = if year >= 2005 {
        H::WhitMondaySolidarity
    } else {
        H::WhitMonday
    };
    vec![
        day(ymd(year, 1, 1), H::NewYear),
        day(easter_plus(year, 1), H::EasterMonday),
        day(ymd(year, 5, 1), H::LabourDay),
        day(ymd(year, 5, 8), H::VictoryInEurope),
        day(easter_plus(year, 39), H::Ascension),
        day(easter_plus(year, 50), whit_monday),
        day(ymd(year, 7, 14), H::BastilleDay),
        day(ymd(year, 8, 15), H::Assumption),
        day(ymd(year, 11, 1), H::AllSaints),
        day(ymd(year, 11, 11), H::Armistice),
        day(ymd(year, 12, 25), H::Christmas),
    ]
}

/// The holidays observed in every autonomous community (Real Decreto 2001/1983, Ley 18/1987
/// for 12 October). Moving a Sunday holiday to Monday is decided by each community every
/// year, so no national substitute days are listed.
fn spain(year: i32) -> Vec<Rule> {
    vec![
        day(ymd(year, 1, 1), H::NewYear),
        day(ymd(year, 1, 6), H::Epiphany),
        day(easter_plus(year, -2), H::GoodFriday),
        day(ymd(year, 5, 1), H::LabourDay),
        day(ymd(year, 8, 15), H::Assumption),
        day(ymd(year, 10, 12), H::SpainNationalDay),
        day(ymd(year, 11, 1), H::AllSaints),
        day(ymd(year, 12, 6), H::SpainConstitution),
        day(ymd(year, 12, 8), H::ImmaculateConception),
        day(ymd(year, 12, 25), H::Christmas),
    ]
}
