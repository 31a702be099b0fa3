//! Platform use by age band, per country (issue #11 §2).
//!
//! One row per (country, channel): the share of people in each of the questionnaire's age
//! bands who use the platform, from that country's primary source, with the date of the
//! figure. Where a country publishes no age breakdown for a platform, [`usage`] answers with
//! the nearest documented figure and says which ([`Basis`]), so the plan can label it.

use serde::Serialize;

use super::evidence::{self as ev, Source};
use crate::core::model::{AgeBand, Channel};

/// Countries with their own audience figures (the calendar's countries).
pub const COUNTRIES: [&str; 6] = ["IT", "GB", "US", "DE", "FR", "ES"];

/// Platform use in one country, percent of people in each age band (order of
/// `AgeBand::ALL`), `None` where the source gives no figure for that band.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CountryUsage {
    pub country: &'static str,
    pub channel: Channel,
    /// Percent of all adults (or of the source's population) using the platform.
    pub overall: Option<f64>,
    pub bands: [Option<f64>; 7],
    pub source: Source,
    /// When the figure was collected or published ("2024-02").
    pub as_of: &'static str,
}

/// How a usage figure was obtained.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// The country's own figure for that age band.
    Country,
    /// The country publishes only an overall figure for the platform: it is spread over the
    /// ages with the age profile of the nearest country that publishes one (`from`).
    CountryOverallWithAgeProfile { from: &'static str },
    /// The country publishes nothing for the platform: the figure of `from` is used.
    OtherCountry { from: &'static str },
    /// No published figure at all: Rotta's estimate.
    Estimate,
}

/// A usage figure the engine uses, with where it comes from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct UsageFigure {
    /// Percent, 0–100.
    pub percent: f64,
    pub source: Source,
    pub as_of: &'static str,
    pub basis: Basis,
}

/// The table. Rows for countries and channels not listed fall back as [`usage`] says.
pub const TABLE: &[CountryUsage] = &[];

/// Share (percent) of people in `band` in `country` who use `channel`, with its basis.
/// `country` is an ISO code; anything not in [`COUNTRIES`] is read as "US".
pub fn usage(country: &str, channel: Channel, band: AgeBand) -> UsageFigure {
    let _ = (country, channel, band);
    UsageFigure {
        percent: 0.0,
        source: ev::ROTTA_ESTIMATE,
        as_of: "",
        basis: Basis::Estimate,
    }
}

/// Share (percent) of all adults in `country` who use `channel`, with its basis.
pub fn usage_overall(country: &str, channel: Channel) -> UsageFigure {
    let _ = (country, channel);
    UsageFigure {
        percent: 0.0,
        source: ev::ROTTA_ESTIMATE,
        as_of: "",
        basis: Basis::Estimate,
    }
}
