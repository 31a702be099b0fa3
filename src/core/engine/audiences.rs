//! Platform use by age band, per country (issue #11 §2).
//!
//! One row per (country, channel, source): the share of people in each of the
//! questionnaire's age bands who use the platform, from that country's primary source, with
//! the date of the figure. Where a country publishes no age breakdown for a platform,
//! [`usage`] answers with the nearest documented figure and says which ([`Basis`]), so the
//! plan can label it. Only figures stated in `research/primary-sources.md` or
//! `research/heuristics.md` are used; each source's `note` in [`ev`] repeats them.
//!
//! # Sources by country, and how their age bands map to the questionnaire's
//!
//! The questionnaire's bands are `AgeBand::ALL`: 13–17, 18–24, 25–34, 35–44, 45–54, 55–64,
//! 65+. A questionnaire band takes the figure of the source band that holds most of its
//! years; a band split evenly between two source bands (25–34 between 18–29 and 30–49, for
//! instance) takes the mean of the two when both are published, nothing otherwise. Bands a
//! source does not cover stay empty and [`usage`] fills them as [`Basis`] says.
//!
//! - **US** — Pew Research Center, "Americans' Social Media Use" (Jan 2024, 2023 survey;
//!   [`ev::PEW_2024`]), bands 18–29, 30–49, 50–64, 65+; only the 18–29 and 65+ cells are
//!   documented here: 18–29 → 18–24; 65+ → 65+. WhatsApp and Threads: Pew 2025
//!   ([`ev::PEW_2025`]), overall only. Pew surveys adults: 13–17 is not covered.
//! - **GB** — Ofcom. Online Nation 2024 ([`ev::OFCOM_ONLINE_NATION`], May 2024): online
//!   18–24s → 18–24; YouTube's reach of all online adults → overall. Adults' Media Use and
//!   Attitudes, 2021 edition ([`ev::OFCOM_ADULTS_MEDIA`]), social media profiles: 16–24 →
//!   18–24, 25–34 → 25–34 (16–24 holds only 2 of 13–17's 5 years).
//! - **DE** — ARD/ZDF-Medienstudie 2024 ([`ev::ARD_ZDF_2024`]), weekly reach, 14+: 14–29 →
//!   13–17 and 18–24; 14–29 and 30–49 → 25–34 (mean); 30–49 → 35–44; 30–49 and 50–69 →
//!   45–54 (mean); 50–69 → 55–64. 65+ is mostly over 70, which the study does not give.
//!   TikTok's 14–29 figure is daily reach (weekly is not given), so it is a lower bound.
//! - **FR** — Médiamétrie, L'Année Internet 2023 ([`ev::MEDIAMETRIE_2024`]), daily use: 15–24 →
//!   13–17 and 18–24. Overall figures: DataReportal Digital 2024 France
//!   ([`ev::DIGITAL_2024_FRANCE`]), monthly use among internet users aged 16–64.
//! - **IT** — DataReportal Digital 2024 Italy ([`ev::DIGITAL_2024_ITALY`]), monthly use among
//!   internet users aged 16–64, overall only (WhatsApp, Facebook, Instagram). Audiweb 2022
//!   via Vincos ([`ev::AUDIWEB_2022`]): monthly users aged 18–74 (YouTube 36.4M, LinkedIn
//!   18M, TikTok 16.2M), divided by Italy's population aged 18–74, about 43 million, overall
//!   only.
//! - **ES** — IAB Spain's 2024 study ([`ev::IAB_SPAIN_2024`]) publishes social network use by
//!   age but its per-platform tables were not seen: Spain has no row and reads Italy's
//!   figures ([`Basis::OtherCountry`]), because IAB's ranking (WhatsApp, YouTube, Instagram,
//!   Facebook, TikTok) matches Italy's and not the US's, where WhatsApp is far behind.
//!
//! # Filling a band the source does not give
//!
//! - Between two published bands of the same country: linear by age between them
//!   ([`Basis::CountryOverallWithAgeProfile`] with `from` the country itself).
//! - Beyond the published bands, or with an overall figure only: the country's nearest
//!   published band (or its overall figure) is spread with the age profile of the country
//!   that documents it ([`PROFILES`]: the US for Instagram, TikTok and YouTube, Germany for
//!   Facebook), keeping the profile's odds ratios so figures stay within 0–100%
//!   ([`Basis::CountryOverallWithAgeProfile`] with `from` that country). When the profile
//!   is the country's own, the nearest published band stands.
//! - No age profile is documented for LinkedIn, Pinterest, X, Threads or WhatsApp: the
//!   country's overall figure stands for every band, and saying it holds for every age is
//!   Rotta's estimate ([`Basis::Estimate`], with the country's source and date).
//! - The country publishes nothing for the platform: the figure of the next country in
//!   [`fallbacks`] ([`Basis::OtherCountry`]).
//! - Google Business Profile is not a social network: about 70% of people look up local
//!   businesses on Google, for every age ([`ev::LOCAL_SEARCH`], [`Basis::Estimate`]).

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
    /// The country publishes no figure for this age band: its overall figure (or its
    /// nearest published band) is spread over the ages with the age profile of `from`.
    /// `from` is the country itself when its own published bands are interpolated.
    CountryOverallWithAgeProfile { from: &'static str },
    /// The country publishes nothing for the platform: the figure of `from` is used.
    OtherCountry { from: &'static str },
    /// Rotta's estimate: no published figure for this band and no age profile to spread
    /// one with. `source` says what it rests on (for a social network, the country's
    /// overall figure, taken for every age).
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

const fn row(
    country: &'static str,
    channel: Channel,
    overall: Option<f64>,
    bands: [Option<f64>; 7],
    source: Source,
    as_of: &'static str,
) -> CountryUsage {
    CountryUsage {
        country,
        channel,
        overall,
        bands,
        source,
        as_of,
    }
}

/// No band published.
const NONE: [Option<f64>; 7] = [None; 7];
/// Only the young band (18–24) and 65+ published.
const fn young_old(young: f64, old: f64) -> [Option<f64>; 7] {
    [None, Some(young), None, None, None, None, Some(old)]
}

use Channel::*;

/// The table, newest and most specific source first within a country and channel. Rows for
/// countries and channels not listed fall back as [`usage`] says.
pub const TABLE: &[CountryUsage] = &[
    // United States: Pew 2024 (2023 survey), 18–29 and 65+; Pew 2025 for WhatsApp, Threads.
    row(
        "US",
        Instagram,
        Some(47.0),
        young_old(78.0, 15.0),
        ev::PEW_2024,
        "2023",
    ),
    row(
        "US",
        Tiktok,
        Some(33.0),
        young_old(62.0, 10.0),
        ev::PEW_2024,
        "2023",
    ),
    row(
        "US",
        Youtube,
        Some(83.0),
        young_old(93.0, 60.0),
        ev::PEW_2024,
        "2023",
    ),
    row("US", Facebook, Some(68.0), NONE, ev::PEW_2024, "2023"),
    row("US", Linkedin, Some(30.0), NONE, ev::PEW_2024, "2023"),
    row("US", Pinterest, Some(35.0), NONE, ev::PEW_2024, "2023"),
    row("US", X, Some(22.0), NONE, ev::PEW_2024, "2023"),
    row("US", Whatsapp, Some(32.0), NONE, ev::PEW_2025, "2025"),
    row("US", Threads, Some(8.0), NONE, ev::PEW_2025, "2025"),
    // United Kingdom: Ofcom Online Nation 2024 (May 2024), then Adults' Media Use 2021.
    row(
        "GB",
        Instagram,
        None,
        [None, Some(81.0), None, None, None, None, None],
        ev::OFCOM_ONLINE_NATION,
        "2024-05",
    ),
    row(
        "GB",
        Instagram,
        None,
        [None, Some(69.0), Some(68.0), None, None, None, None],
        ev::OFCOM_ADULTS_MEDIA,
        "2021",
    ),
    row(
        "GB",
        Tiktok,
        None,
        [None, Some(74.0), None, None, None, None, None],
        ev::OFCOM_ONLINE_NATION,
        "2024-05",
    ),
    row(
        "GB",
        Youtube,
        Some(94.0),
        NONE,
        ev::OFCOM_ONLINE_NATION,
        "2024-05",
    ),
    row(
        "GB",
        Facebook,
        None,
        [None, Some(61.0), Some(72.0), None, None, None, None],
        ev::OFCOM_ADULTS_MEDIA,
        "2021",
    ),
    // Germany: ARD/ZDF-Medienstudie 2024, weekly reach, people aged 14+.
    row(
        "DE",
        Instagram,
        Some(37.0),
        // 14–29: "over 80%".
        [
            Some(80.0),
            Some(80.0),
            Some(65.0),
            Some(50.0),
            None,
            None,
            None,
        ],
        ev::ARD_ZDF_2024,
        "2024",
    ),
    row(
        "DE",
        Facebook,
        Some(33.0),
        // 14–29: Instagram (over 80%) is "more than three times" Facebook, read as 26%;
        // 50–69: "about a third".
        [
            Some(26.0),
            Some(26.0),
            Some(38.5),
            Some(51.0),
            Some(42.0),
            Some(33.0),
            None,
        ],
        ev::ARD_ZDF_2024,
        "2024",
    ),
    row(
        "DE",
        Tiktok,
        Some(19.0),
        // 14–29: 38% daily reach (weekly not given).
        [Some(38.0), Some(38.0), None, None, None, None, None],
        ev::ARD_ZDF_2024,
        "2024",
    ),
    // France: Médiamétrie (daily use, 15–24), DataReportal (monthly, internet users 16–64).
    row(
        "FR",
        Instagram,
        None,
        [Some(66.0), Some(66.0), None, None, None, None, None],
        ev::MEDIAMETRIE_2024,
        "2023",
    ),
    row(
        "FR",
        Tiktok,
        None,
        [Some(55.0), Some(55.0), None, None, None, None, None],
        ev::MEDIAMETRIE_2024,
        "2023",
    ),
    row(
        "FR",
        Facebook,
        None,
        [Some(41.0), Some(41.0), None, None, None, None, None],
        ev::MEDIAMETRIE_2024,
        "2023",
    ),
    row(
        "FR",
        Facebook,
        Some(72.3),
        NONE,
        ev::DIGITAL_2024_FRANCE,
        "2024",
    ),
    row(
        "FR",
        Whatsapp,
        Some(63.7),
        NONE,
        ev::DIGITAL_2024_FRANCE,
        "2024",
    ),
    row(
        "FR",
        Instagram,
        Some(60.3),
        NONE,
        ev::DIGITAL_2024_FRANCE,
        "2024",
    ),
    row(
        "FR",
        Tiktok,
        Some(39.4),
        NONE,
        ev::DIGITAL_2024_FRANCE,
        "2024",
    ),
    // Italy: DataReportal (monthly, internet users 16–64); Audiweb 2022 (ages 18–74).
    row(
        "IT",
        Whatsapp,
        Some(90.0),
        NONE,
        ev::DIGITAL_2024_ITALY,
        "2024",
    ),
    row(
        "IT",
        Facebook,
        Some(77.0),
        NONE,
        ev::DIGITAL_2024_ITALY,
        "2024",
    ),
    row(
        "IT",
        Instagram,
        Some(75.0),
        NONE,
        ev::DIGITAL_2024_ITALY,
        "2024",
    ),
    row("IT", Youtube, Some(85.0), NONE, ev::AUDIWEB_2022, "2022"),
    row("IT", Linkedin, Some(42.0), NONE, ev::AUDIWEB_2022, "2022"),
    row("IT", Tiktok, Some(38.0), NONE, ev::AUDIWEB_2022, "2022"),
];

/// The country whose published bands give each platform's age profile; platforms not
/// listed have none documented.
pub const PROFILES: &[(Channel, &str)] = &[
    (Instagram, "US"),
    (Tiktok, "US"),
    (Youtube, "US"),
    (Facebook, "DE"),
];

/// Share of people who look up local businesses on Google (Rotta estimate, all ages).
const LOCAL_SEARCH_PERCENT: f64 = 70.0;

/// `country` as one of [`COUNTRIES`]; anything else reads as "US".
pub fn normalise(country: &str) -> &'static str {
    COUNTRIES
        .iter()
        .copied()
        .find(|c| c.eq_ignore_ascii_case(country.trim()))
        .unwrap_or("US")
}

/// The countries whose figures stand in, in order, when `country` publishes nothing for a
/// platform: Spain reads Italy first (see the module's documentation); every country ends
/// with the US, whose table is complete.
pub fn fallbacks(country: &str) -> &'static [&'static str] {
    match normalise(country) {
        "ES" => &["IT", "US"],
        "US" => &[],
        _ => &["US"],
    }
}

/// Share (percent) of people in `band` in `country` who use `channel`, with its basis.
/// `country` is an ISO code; anything not in [`COUNTRIES`] is read as "US".
pub fn usage(country: &str, channel: Channel, band: AgeBand) -> UsageFigure {
    if channel == GoogleBusiness {
        return local_search();
    }
    let country = normalise(country);
    if let Some(f) = band_figure(country, channel, band) {
        return f;
    }
    for from in fallbacks(country) {
        if let Some(f) = band_figure(from, channel, band) {
            return UsageFigure {
                basis: Basis::OtherCountry { from },
                ..f
            };
        }
    }
    unknown()
}

/// Share (percent) of all adults in `country` who use `channel`, with its basis.
pub fn usage_overall(country: &str, channel: Channel) -> UsageFigure {
    if channel == GoogleBusiness {
        return local_search();
    }
    let country = normalise(country);
    if let Some(f) = overall_figure(country, channel) {
        return f;
    }
    for from in fallbacks(country) {
        if let Some(f) = overall_figure(from, channel) {
            return UsageFigure {
                basis: Basis::OtherCountry { from },
                ..f
            };
        }
    }
    unknown()
}

fn local_search() -> UsageFigure {
    UsageFigure {
        percent: LOCAL_SEARCH_PERCENT,
        source: ev::LOCAL_SEARCH,
        as_of: "",
        basis: Basis::Estimate,
    }
}

/// Never reached for the channels of `Channel::ALL` (the US has every one).
fn unknown() -> UsageFigure {
    UsageFigure {
        percent: 0.0,
        source: ev::ROTTA_ESTIMATE,
        as_of: "",
        basis: Basis::Estimate,
    }
}

fn rows(country: &'static str, channel: Channel) -> impl Iterator<Item = &'static CountryUsage> {
    TABLE
        .iter()
        .filter(move |r| r.country == country && r.channel == channel)
}

/// The country's own overall figure, from its first row that has one.
fn overall_figure(country: &'static str, channel: Channel) -> Option<UsageFigure> {
    rows(country, channel).find_map(|r| {
        r.overall.map(|percent| UsageFigure {
            percent,
            source: r.source,
            as_of: r.as_of,
            basis: Basis::Country,
        })
    })
}

/// The country's published bands: for each band the first row that gives it.
fn published(country: &'static str, channel: Channel) -> [Option<(f64, &'static CountryUsage)>; 7] {
    let mut out = [None; 7];
    for r in rows(country, channel) {
        for (slot, value) in out.iter_mut().zip(r.bands) {
            if slot.is_none() {
                *slot = value.map(|v| (v, r));
            }
        }
    }
    out
}

fn index_of(band: AgeBand) -> usize {
    AgeBand::ALL.iter().position(|b| *b == band).unwrap_or(0)
}

fn mid_age(i: usize) -> f64 {
    ev::band_mid_age(AgeBand::ALL[i.min(AgeBand::ALL.len() - 1)])
}

fn profile_country(channel: Channel) -> Option<&'static str> {
    PROFILES
        .iter()
        .find(|(c, _)| *c == channel)
        .map(|(_, p)| *p)
}

fn odds(percent: f64) -> f64 {
    let p = percent.clamp(0.5, 99.5);
    p / (100.0 - p)
}

fn from_odds(o: f64) -> f64 {
    (100.0 * o / (1.0 + o)).clamp(0.0, 100.0)
}

/// `anchor` (a percent at the profile's `anchor_percent`) moved to where the profile stands
/// at `target_percent`, keeping the profile's odds ratio.
fn spread(anchor: f64, anchor_percent: f64, target_percent: f64) -> f64 {
    from_odds(odds(anchor) * odds(target_percent) / odds(anchor_percent))
}

fn tidy(percent: f64) -> f64 {
    (percent.clamp(0.0, 100.0) * 10.0).round() / 10.0
}

/// The country's own figure for a band, published or derived from its own figures; `None`
/// when the country has no figure at all for the platform.
fn band_figure(country: &'static str, channel: Channel, band: AgeBand) -> Option<UsageFigure> {
    let i = index_of(band);
    let bands = published(country, channel);
    let figure = |percent: f64, r: &CountryUsage, basis: Basis| UsageFigure {
        percent: tidy(percent),
        source: r.source,
        as_of: r.as_of,
        basis,
    };
    if let Some((v, r)) = bands[i] {
        return Some(figure(v, r, Basis::Country));
    }
    let below = (0..i).rev().find_map(|j| bands[j].map(|(v, r)| (j, v, r)));
    let above = (i + 1..bands.len()).find_map(|j| bands[j].map(|(v, r)| (j, v, r)));
    let own = Basis::CountryOverallWithAgeProfile { from: country };
    match (below, above) {
        // Between two published bands: linear by age.
        (Some((lo, lv, r)), Some((hi, hv, _))) => {
            let t = (mid_age(i) - mid_age(lo)) / (mid_age(hi) - mid_age(lo));
            Some(figure(lv + (hv - lv) * t, r, own))
        }
        // Beyond the published bands: the nearest one, spread with the profile.
        (Some((j, v, r)), None) | (None, Some((j, v, r))) => match profile_country(channel) {
            Some(from) if from != country => {
                let target = band_figure(from, channel, band)?.percent;
                let at_anchor = band_figure(from, channel, AgeBand::ALL[j])?.percent;
                Some(figure(
                    spread(v, at_anchor, target),
                    r,
                    Basis::CountryOverallWithAgeProfile { from },
                ))
            }
            _ => Some(figure(v, r, own)),
        },
        // No band published: the overall figure, spread with the profile if there is one.
        (None, None) => {
            let overall = overall_figure(country, channel)?;
            let r = rows(country, channel).find(|r| r.overall.is_some())?;
            match profile_country(channel) {
                Some(from) if from != country => {
                    let target = band_figure(from, channel, band)?.percent;
                    let profile_overall = overall_figure(from, channel)?.percent;
                    Some(figure(
                        spread(overall.percent, profile_overall, target),
                        r,
                        Basis::CountryOverallWithAgeProfile { from },
                    ))
                }
                _ => Some(figure(overall.percent, r, Basis::Estimate)),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SOCIAL: [Channel; 9] = [
        Instagram, Facebook, Linkedin, Tiktok, Youtube, Pinterest, X, Threads, Whatsapp,
    ];

    fn at(country: &str, channel: Channel, band: AgeBand) -> f64 {
        usage(country, channel, band).percent
    }

    #[test]
    fn every_country_channel_and_band_is_a_dated_percent() {
        for country in COUNTRIES {
            for channel in Channel::ALL {
                let mut figures: Vec<UsageFigure> = AgeBand::ALL
                    .iter()
                    .map(|b| usage(country, *channel, *b))
                    .collect();
                figures.push(usage_overall(country, *channel));
                for f in figures {
                    assert!(
                        f.percent.is_finite() && (0.0..=100.0).contains(&f.percent),
                        "{country} {channel}: {}",
                        f.percent
                    );
                    assert!(
                        f.basis == Basis::Estimate || !f.as_of.is_empty(),
                        "{country} {channel}: no date"
                    );
                    assert!(ev::SOURCES.contains(&f.source), "{}", f.source.id);
                    assert!(f.percent > 0.0, "{country} {channel}: nobody?");
                }
            }
        }
    }

    #[test]
    fn every_row_is_a_listed_country_and_source_with_a_date() {
        for r in TABLE {
            assert!(COUNTRIES.contains(&r.country), "{}", r.country);
            assert!(SOCIAL.contains(&r.channel), "{}", r.channel);
            assert!(ev::SOURCES.contains(&r.source) && !r.source.estimate);
            assert!(!r.as_of.is_empty());
            assert!(r.overall.is_some() || r.bands.iter().any(Option::is_some));
            for v in r.overall.iter().chain(r.bands.iter().flatten()) {
                assert!((0.0..=100.0).contains(v));
            }
        }
    }

    #[test]
    fn an_unknown_country_reads_as_the_us() {
        for channel in Channel::ALL {
            assert_eq!(usage_overall("XX", *channel), usage_overall("US", *channel));
            assert_eq!(usage_overall("", *channel), usage_overall("US", *channel));
            for band in AgeBand::ALL {
                assert_eq!(usage("BR", *channel, *band), usage("US", *channel, *band));
            }
        }
        assert_eq!(usage_overall("it", Whatsapp), usage_overall("IT", Whatsapp));
    }

    #[test]
    fn the_us_figures_are_pews() {
        let pew = |c, young, old| {
            let y = usage("US", c, AgeBand::A18_24);
            let o = usage("US", c, AgeBand::A65Plus);
            assert_eq!((y.percent, o.percent), (young, old), "{c}");
            assert_eq!((y.basis, o.basis), (Basis::Country, Basis::Country));
            assert_eq!(y.source, ev::PEW_2024);
        };
        pew(Instagram, 78.0, 15.0);
        pew(Tiktok, 62.0, 10.0);
        pew(Youtube, 93.0, 60.0);
        assert_eq!(usage_overall("US", Facebook).percent, 68.0);
        assert_eq!(usage_overall("US", Whatsapp).source, ev::PEW_2025);
        // In between, interpolated and labelled.
        let mid = usage("US", Instagram, AgeBand::A45_54);
        assert!(mid.percent < 78.0 && mid.percent > 15.0);
        assert_eq!(
            mid.basis,
            Basis::CountryOverallWithAgeProfile { from: "US" }
        );
        let mut last = 101.0;
        for band in &AgeBand::ALL[1..] {
            let p = at("US", Instagram, *band);
            assert!(p <= last, "Instagram's use falls with age");
            last = p;
        }
    }

    #[test]
    fn young_germans_are_on_instagram_far_more_than_on_facebook() {
        let ig = usage("DE", Instagram, AgeBand::A18_24);
        let fb = usage("DE", Facebook, AgeBand::A18_24);
        assert!(ig.percent >= 80.0 && ig.basis == Basis::Country);
        assert_eq!(ig.source, ev::ARD_ZDF_2024);
        assert!(
            fb.percent * 3.0 < ig.percent,
            "more than three times Facebook"
        );
        assert_eq!(at("DE", Facebook, AgeBand::A35_44), 51.0);
        // Lower than in the US, as the study says (a third of people aged 14+ weekly).
        assert!(usage_overall("DE", Facebook).percent < usage_overall("US", Facebook).percent);
        for band in &AgeBand::ALL[1..] {
            assert!(
                at("DE", Facebook, *band) < at("US", Facebook, *band),
                "{band}"
            );
        }
    }

    #[test]
    fn in_france_the_young_pick_instagram_and_everyone_older_facebook() {
        let ig = usage("FR", Instagram, AgeBand::A18_24);
        assert_eq!((ig.percent, ig.basis), (66.0, Basis::Country));
        assert_eq!(ig.source, ev::MEDIAMETRIE_2024);
        assert!(ig.percent > at("FR", Facebook, AgeBand::A18_24));
        assert!(at("FR", Tiktok, AgeBand::A18_24) > at("FR", Facebook, AgeBand::A18_24));
        for band in &AgeBand::ALL[2..] {
            let fb = at("FR", Facebook, *band);
            assert!(fb > at("FR", Instagram, *band), "{band}: Facebook first");
            assert!(fb > at("FR", Tiktok, *band), "{band}: Facebook first");
        }
        assert_eq!(
            usage_overall("FR", Facebook).source,
            ev::DIGITAL_2024_FRANCE
        );
    }

    #[test]
    fn italy_is_on_whatsapp() {
        let wa = usage_overall("IT", Whatsapp);
        assert_eq!((wa.percent, wa.basis), (90.0, Basis::Country));
        assert_eq!(wa.source, ev::DIGITAL_2024_ITALY);
        assert!(wa.percent > usage_overall("US", Whatsapp).percent * 2.0);
        // No age breakdown: the same figure for every age, labelled as Rotta's estimate.
        for band in AgeBand::ALL {
            let f = usage("IT", Whatsapp, *band);
            assert_eq!((f.percent, f.basis), (90.0, Basis::Estimate));
            assert_eq!(f.source, ev::DIGITAL_2024_ITALY);
        }
        assert_eq!(usage_overall("IT", Youtube).source, ev::AUDIWEB_2022);
    }

    #[test]
    fn uk_figures_are_ofcoms() {
        let ig = usage("GB", Instagram, AgeBand::A18_24);
        assert_eq!((ig.percent, ig.source), (81.0, ev::OFCOM_ONLINE_NATION));
        let fb = usage("GB", Facebook, AgeBand::A25_34);
        assert_eq!((fb.percent, fb.source), (72.0, ev::OFCOM_ADULTS_MEDIA));
        assert_eq!(usage_overall("GB", Youtube).percent, 94.0);
        assert!(at("GB", Youtube, AgeBand::A65Plus) > at("US", Youtube, AgeBand::A65Plus));
    }

    #[test]
    fn a_missing_breakdown_is_labelled_never_country() {
        for country in COUNTRIES {
            for channel in SOCIAL {
                let published = published(normalise(country), channel);
                for (i, band) in AgeBand::ALL.iter().enumerate() {
                    let f = usage(country, channel, *band);
                    if f.basis == Basis::Country {
                        let (v, r) = published[i].expect("a Country figure is published");
                        assert_eq!((f.percent, f.source), (v, r.source));
                    } else {
                        assert!(published[i].is_none(), "{country} {channel} {band}");
                    }
                }
            }
        }
        let it = usage("IT", Instagram, AgeBand::A18_24);
        assert_eq!(it.basis, Basis::CountryOverallWithAgeProfile { from: "US" });
        assert!(it.percent > usage_overall("IT", Instagram).percent);
        assert_eq!(
            usage("IT", Facebook, AgeBand::A35_44).basis,
            Basis::CountryOverallWithAgeProfile { from: "DE" }
        );
        assert_eq!(
            usage("GB", Linkedin, AgeBand::A35_44).basis,
            Basis::OtherCountry { from: "US" }
        );
        let es = usage("ES", Instagram, AgeBand::A25_34);
        assert_eq!(es.basis, Basis::OtherCountry { from: "IT" });
        assert_eq!(es.percent, at("IT", Instagram, AgeBand::A25_34));
        assert_eq!(
            usage_overall("ES", X).basis,
            Basis::OtherCountry { from: "US" }
        );
        assert_eq!(
            usage_overall("GB", Instagram).basis,
            Basis::OtherCountry { from: "US" }
        );
    }

    #[test]
    fn google_business_profile_is_an_estimate_of_local_search() {
        for country in COUNTRIES {
            for band in AgeBand::ALL {
                let f = usage(country, GoogleBusiness, *band);
                assert_eq!((f.percent, f.basis), (70.0, Basis::Estimate));
                assert!(f.source.estimate);
            }
            assert_eq!(usage_overall(country, GoogleBusiness).percent, 70.0);
        }
    }

    #[test]
    fn a_profile_keeps_figures_in_range_and_in_order() {
        // Spreading a high overall figure with a profile stays under 100 and keeps the
        // profile's order: the UK's 94% YouTube reach.
        let young = at("GB", Youtube, AgeBand::A18_24);
        let old = at("GB", Youtube, AgeBand::A65Plus);
        assert!(young <= 100.0 && young > old && old > 80.0);
        assert_eq!(spread(50.0, 50.0, 80.0), 80.0);
    }
}
