//! National public holidays and marketing days, computed offline (no data download).
//!
//! Supported countries: IT, GB (England and Wales), US (federal), DE, FR and ES. The rules,
//! the changes of law they include and the sources are written down in `docs/holidays.md`.
//! Every function here is total: an unsupported country gives an empty list, a year outside
//! the Gregorian range this module knows (1583–9999) gives an empty list, nothing panics.

mod countries;
mod dates;
mod marketing;
mod names;

use chrono::NaiveDate;

use crate::core::model::Locale;

pub use dates::easter_sunday;
pub use names::{HolidayName, MarketingDayName};

/// The countries whose holidays and marketing days Rotta knows (ISO 3166-1 alpha-2).
pub const SUPPORTED_COUNTRIES: &[&str] = &["IT", "GB", "US", "DE", "FR", "ES"];

/// A public holiday (a day off by national law, or the day it is observed on).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Holiday {
    pub date: NaiveDate,
    /// Localised name; substitute and observed days say so.
    pub name: String,
}

/// A day marketers plan content around (Valentine's Day, Black Friday…).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarketingDay {
    pub date: NaiveDate,
    /// Localised name.
    pub name: String,
    /// How many days before the date posting about it should start.
    pub lead_days: u32,
}

/// A supported country, parsed from its ISO code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Country {
    It,
    Gb,
    Us,
    De,
    Fr,
    Es,
}

impl Country {
    /// Parses an ISO alpha-2 code, case-insensitively; "UK" is accepted for GB.
    pub(crate) fn from_code(code: &str) -> Option<Self> {
        match code.trim().to_ascii_uppercase().as_str() {
            "IT" => Some(Self::It),
            "GB" | "UK" => Some(Self::Gb),
            "US" => Some(Self::Us),
            "DE" => Some(Self::De),
            "FR" => Some(Self::Fr),
            "ES" => Some(Self::Es),
            _ => None,
        }
    }
}

/// Whether a holiday date is the day itself, or a day off standing in for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Observance {
    /// The holiday itself.
    Day,
    /// A substitute day off (GB bank holidays falling on a weekend).
    Substitute,
    /// The federal "observed" day (US holidays falling on a weekend).
    Observed,
}

/// The years this module computes; outside them every list is empty.
const YEARS: std::ops::RangeInclusive<i32> = 1583..=9999;

/// The public holidays of `country` in `year`, sorted by date, as typed names (no language).
///
/// Empty for an unsupported country or a year outside 1583–9999. A US holiday falling on a
/// weekend appears twice: on its date and on the weekday it is observed (which may be in the
/// previous year: New Year's Day on a Saturday is observed on 31 December).
pub fn public_holiday_days(country: &str, year: i32) -> Vec<(NaiveDate, HolidayName, Observance)> {
    let Some(country) = Country::from_code(country) else {
        return Vec::new();
    };
    if !YEARS.contains(&year) {
        return Vec::new();
    }
    let mut days = countries::holidays(country, year);
    crate::core::order::sort_by_key(&mut days, |(date, _, _)| *date);
    days
}

/// The public holidays of `country` in `year`, sorted by date, named in `locale`
/// ([`public_holiday_days`] with the names written out).
pub fn public_holidays(country: &str, year: i32, locale: Locale) -> Vec<Holiday> {
    public_holiday_days(country, year)
        .into_iter()
        .map(|(date, name, observance)| Holiday {
            date,
            name: name.text(locale, observance),
        })
        .collect()
}

/// The marketing days of `country` in `year`, sorted by date, as typed names (no language).
///
/// Empty for an unsupported country or a year outside 1583–9999.
pub fn marketing_day_list(country: &str, year: i32) -> Vec<(NaiveDate, MarketingDayName)> {
    let Some(country) = Country::from_code(country) else {
        return Vec::new();
    };
    if !YEARS.contains(&year) {
        return Vec::new();
    }
    let mut days = marketing::days(country, year);
    crate::core::order::sort_by_key(&mut days, |(date, _)| *date);
    days
}

/// The marketing days of `country` in `year`, sorted by date, named in `locale`.
///
/// Empty for an unsupported country or a year outside 1583–9999.
pub fn marketing_days(country: &str, year: i32, locale: Locale) -> Vec<MarketingDay> {
    marketing_day_list(country, year)
        .into_iter()
        .map(|(date, name)| MarketingDay {
            date,
            name: name.text(locale).to_string(),
            lead_days: name.lead_days(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unsupported_countries_and_years_give_empty_lists() {
        assert!(public_holidays("XX", 2027, Locale::It).is_empty());
        assert!(public_holidays("", 2027, Locale::It).is_empty());
        assert!(marketing_days("ZZ", 2027, Locale::En).is_empty());
        for year in [i32::MIN, -1, 0, 1582, 10_000, i32::MAX] {
            assert!(public_holidays("IT", year, Locale::It).is_empty());
            assert!(marketing_days("US", year, Locale::En).is_empty());
        }
    }

    #[test]
    fn country_codes_are_case_insensitive() {
        assert_eq!(
            public_holidays("it", 2027, Locale::It),
            public_holidays("IT", 2027, Locale::It)
        );
        assert_eq!(
            public_holidays(" uk ", 2027, Locale::En),
            public_holidays("GB", 2027, Locale::En)
        );
    }

    #[test]
    fn every_supported_country_has_holidays_and_marketing_days_every_year() {
        for code in SUPPORTED_COUNTRIES {
            for year in 2000..=2100 {
                let holidays = public_holidays(code, year, Locale::It);
                assert!(holidays.len() >= 8, "{code} {year}: {}", holidays.len());
                assert!(
                    holidays.windows(2).all(|w| w[0].date <= w[1].date),
                    "{code} {year} sorted"
                );
                assert!(holidays.iter().all(|h| !h.name.trim().is_empty()));
                let days = marketing_days(code, year, Locale::En);
                assert!(days.len() >= 7, "{code} {year}");
                assert!(days.iter().all(|d| d.lead_days > 0 && !d.name.is_empty()));
            }
        }
    }
}
