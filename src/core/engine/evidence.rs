//! The evidence table: every number the engine uses by default, with where it comes from.
//!
//! Nothing else in the engine holds a magic number about social media: frequencies, minutes
//! per format, best times, budget shares, phase lengths and audience figures all live here,
//! each tied to a [`Source`]. Every source names its primary publisher (the publisher's own
//! page, or a bibliographic reference), as re-sourced in `research/primary-sources.md`;
//! [`REVIEWED_PUBLISHERS`] is the reviewed list and a test keeps every source to it. Figures
//! no study publishes are Rotta's estimates (`estimate: true`, publisher "Rotta") and their
//! `note` gives the reasoning; the plan says so. Notes (and estimates' titles) are catalogue
//! keys, written in the plan's language when it is rendered.

use chrono::Weekday;
use serde::Serialize;

use super::kinds::PhaseId;
use crate::core::l10n::{Msg, t};
use crate::core::model::{AgeBand, Channel, Format, Goal, Locale, Offer, Reach};

/// A published source (or Rotta's own labelled estimate).
///
/// A published source keeps its title as published (a publication's title is not
/// translated). What Rotta says of a source (its note: the edition, the sample, the
/// caveats, or an estimate's reasoning) and an estimate's title are Rotta's own words, so
/// they come from the catalogue: the table holds their keys ([`Source::note_key`],
/// [`Source::title_key`]) and [`Source::in_locale`] writes them in the plan's language when
/// the plan is rendered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Source {
    /// Stable id the plan's recommendations refer to.
    pub id: &'static str,
    /// Title as published; for an estimate, what Rotta estimates (empty in the table,
    /// written in the plan's language by [`Source::in_locale`]).
    pub title: &'static str,
    /// Who published it: the primary publisher, one of [`REVIEWED_PUBLISHERS`], or "Rotta".
    pub publisher: &'static str,
    /// Year of publication (for undated help pages: the year of the version cited).
    /// `None` only for Rotta's estimates.
    pub year: Option<u16>,
    /// The publisher's own page; empty for estimates and for bibliographic references
    /// (then `note` holds the citation).
    pub url: &'static str,
    /// True for figures Rotta derived, not published as such.
    pub estimate: bool,
    /// What a reader should know before relying on it: the edition, the sample, caveats
    /// ("historic: 2012 data"); for a bibliographic reference, the citation; for an
    /// estimate, the reasoning and the published figures behind it. Empty in the table
    /// (the text is [`Source::note_key`]'s), written in the plan's language by
    /// [`Source::in_locale`].
    pub note: &'static str,
    /// For an estimate: the catalogue key of its title (a publication's title is not
    /// translated). Not part of the plan document, which carries the text.
    #[serde(skip)]
    pub title_key: Option<Msg>,
    /// The catalogue key of the note (section "Sources" for a published source, "Estimates"
    /// for an estimate). Not part of the plan document, which carries the text.
    #[serde(skip)]
    pub note_key: Msg,
}

impl Source {
    /// The title in `locale`: the published title, or the estimate's title from the
    /// catalogue.
    pub fn title_in(&self, locale: Locale) -> &'static str {
        match self.title_key {
            Some(title) => t(locale, title),
            None => self.title,
        }
    }

    /// The note in `locale`, from the catalogue: for a published source, the edition, the
    /// sample and the caveats (for a bibliographic reference, the citation); for an
    /// estimate, its reasoning.
    pub fn note_in(&self, locale: Locale) -> &'static str {
        t(locale, self.note_key)
    }

    /// The source as a plan in `locale` lists it: the note (and an estimate's title)
    /// written in that language; a publication's title, publisher and address unchanged.
    pub fn in_locale(self, locale: Locale) -> Source {
        Source {
            title: self.title_in(locale),
            note: self.note_in(locale),
            ..self
        }
    }
}

/// A published source: its title, publisher, year and address as published; its note is a
/// catalogue key (`locales/<lang>.txt`, section "Sources").
macro_rules! source {
    ($name:ident, $id:literal, $title:literal, $publisher:literal, $year:literal, $url:literal, $note:ident) => {
        #[doc = concat!($title, " (", $publisher, ", ", $year, "): see `Msg::", stringify!($note), "`.")]
        pub const $name: Source = Source {
            id: $id,
            title: $title,
            publisher: $publisher,
            year: Some($year),
            url: $url,
            estimate: false,
            note: "",
            title_key: None,
            note_key: Msg::$note,
        };
    };
}

/// Rotta's own estimate: its title and its reasoning are catalogue keys
/// (`locales/<lang>.txt`, section "Estimates").
macro_rules! estimate {
    ($name:ident, $id:literal, $title:ident, $note:ident) => {
        #[doc = concat!("Rotta estimate: see `Msg::", stringify!($title), "` and `Msg::", stringify!($note), "`.")]
        pub const $name: Source = Source {
            id: $id,
            title: "",
            publisher: "Rotta",
            year: None,
            url: "",
            estimate: true,
            note: "",
            title_key: Some(Msg::$title),
            note_key: Msg::$note,
        };
    };
}

/// Publishers whose own pages (or, for journals, bibliographic references) the sources
/// cite: research institutes and regulators, the platforms, the vendors whose published
/// data the figures are, and the originators of the rules. A source from anyone else fails
/// the tests; Rotta's own estimates are labelled as such.
pub const REVIEWED_PUBLISHERS: &[&str] = &[
    "Pew Research Center",
    "DataReportal",
    "Ofcom",
    "ARD-Media",
    "Médiamétrie",
    "IAB Spain",
    "Vincos",
    "Hootsuite",
    "Sprout Social",
    "HubSpot",
    "Buffer",
    "Social Media Examiner",
    "The CMO Survey",
    "MarketingProfs",
    "Locowise",
    "Wiselytics",
    "Social Media Today",
    "Contently",
    "WARC",
    "Smart Insights",
    "Meta",
    "Google",
    "BrightLocal",
    "Management Review",
];

// Posting frequency (heuristics §2.1; primary-sources rows 1–12).

source!(
    HOOTSUITE_FREQUENCY,
    "hootsuite_frequency_2023",
    "How Often to Post on Social Media in 2023",
    "Hootsuite",
    2023,
    "https://blog.hootsuite.com/how-often-to-post-on-social-media/",
    SrcHootsuiteFrequencyNote
);
source!(
    HUBSPOT_FACEBOOK,
    "hubspot_facebook_2015",
    "How Often Should Companies Post on Facebook? [New Benchmark Data]",
    "HubSpot",
    2015,
    "https://blog.hubspot.com/marketing/facebook-post-frequency-benchmarks",
    SrcHubspotFacebookNote
);
source!(
    BUFFER_FREQUENCY,
    "buffer_frequency_2014",
    "How Often Should You Post on Social Media? See the Most Popular Research & Tips",
    "Buffer",
    2014,
    "https://buffer.com/resources/how-often-post-social-media/",
    SrcBufferFrequencyNote
);
source!(
    CONSISTENCY,
    "mosseri_creator_week_2021",
    "Instagram Chief Adam Mosseri Offers Insights on How to Grow Reach, Algorithms, TikTok and More",
    "Social Media Today",
    2021,
    "https://www.socialmediatoday.com/news/instagram-chief-adam-mosseri-offers-insights-on-how-to-grow-reach-algorithms-tiktok-and-more/",
    SrcConsistencyNote
);
estimate!(
    CADENCE_ESTIMATE,
    "rotta_cadence",
    EstCadenceTitle,
    EstCadenceNote
);
/// Former name of [`CADENCE_ESTIMATE`] (a vendor synthesis without primary support).
pub const FACEBOT_FREQUENCY: Source = CADENCE_ESTIMATE;
/// Former name of [`CADENCE_ESTIMATE`] (a small-business guide without primary support).
pub const SMB_POSTING_GUIDE: Source = CADENCE_ESTIMATE;

// Best days and times (heuristics §2.2; rows 13–20).

source!(
    SPROUT_BEST_TIMES,
    "sprout_best_times_2023",
    "Best times to post on social media in 2023",
    "Sprout Social",
    2023,
    "https://sproutsocial.com/insights/best-times-to-post-on-social-media/",
    SrcSproutBestTimesNote
);
source!(
    TIKTOK_AFTERNOONS,
    "sprout_tiktok_2023",
    "Best Times to Post on TikTok in 2023",
    "Sprout Social",
    2023,
    "https://sproutsocial.com/insights/best-times-to-post-on-tiktok/",
    SrcTiktokAfternoonsNote
);
source!(
    ENGAGEMENT_DECAY,
    "wiselytics_2013",
    "Facebook posts lifetime: even shorter than you thought",
    "Wiselytics",
    2013,
    "https://www.wiselytics.com/blog/facebook-posts-lifetime-even-shorter-than-you-thought/",
    SrcEngagementDecayNote
);
source!(
    META_LEARNING_PHASE,
    "meta_learning_phase",
    "About the learning phase",
    "Meta",
    2025,
    "https://www.facebook.com/business/help/112167992830700",
    SrcMetaLearningPhaseNote
);
estimate!(
    MARKETING_TAKES_TIME,
    "rotta_evaluation_practice",
    EstEvaluationTitle,
    EstEvaluationNote
);

// Content mix presets (heuristics §2.3; rows 21–28).

estimate!(
    MIX_80_20,
    "convention_80_20",
    EstMix80_20Title,
    EstMix80_20Note
);
estimate!(
    MIX_70_20_10,
    "convention_70_20_10",
    EstMix70_20_10Title,
    EstMix70_20_10Note
);
source!(
    COCA_COLA_70_20_10,
    "warc_coca_cola_2012",
    "Innovation and the 70/20/10 rule: The Coca-Cola Company's Approach",
    "WARC",
    2012,
    "https://www.warc.com/content/paywall/article/warcprize2012/95801",
    SrcCocaCola70_20_10Note
);
source!(
    MIX_4_1_1,
    "mix_4_1_1",
    "Infographic: Should Your Social Media Strategy Follow The 4-1-1 Rule?",
    "Contently",
    2012,
    "https://contently.com/2012/02/17/4-1-1-rule-social-media/",
    SrcMix4_1_1Note
);
estimate!(
    MIX_5_3_2,
    "convention_5_3_2",
    EstMix5_3_2Title,
    EstMix5_3_2Note
);
source!(
    RULE_OF_THIRDS,
    "hootsuite_rule_of_thirds",
    "Are You Following the Social Media Rule of Thirds?",
    "Hootsuite",
    2015,
    "https://blog.hootsuite.com/social-media-rule-of-thirds/",
    SrcRuleOfThirdsNote
);

// Time cost (heuristics §2.4; rows 29–34).

source!(
    SMB_TIME_SURVEY,
    "verticalresponse_2012",
    "Small Businesses Stepping Up Social Marketing",
    "MarketingProfs",
    2012,
    "https://www.marketingprofs.com/charts/2012/9434/small-businesses-stepping-up-social-marketing",
    SrcSmbTimeSurveyNote
);
source!(
    SME_2010,
    "sme_2010",
    "2010 Social Media Marketing Industry Report",
    "Social Media Examiner",
    2010,
    "https://www.socialmediaexaminer.com/social-media-marketing-industry-report-2010/",
    SrcSme2010Note
);
estimate!(
    SHORT_VIDEO_TIME,
    "rotta_short_video_time",
    EstShortVideoTitle,
    EstShortVideoNote
);

// Budget (heuristics §2.5; rows 35–42).

source!(
    CMO_SURVEY_2018,
    "cmo_survey_2018",
    "Social Media Spending, Use And Distraction?",
    "The CMO Survey",
    2018,
    "https://cmosurvey.org/social-media-spending-use-and-distraction/",
    SrcCmoSurvey2018Note
);
source!(
    CMO_SURVEY_2019,
    "cmo_survey_2019",
    "Why Social Media Performance Lags Even As Spending Soars",
    "The CMO Survey",
    2019,
    "https://cmosurvey.org/why-social-media-performance-lags-even-as-spending-soars/",
    SrcCmoSurvey2019Note
);
estimate!(
    BUDGET_SPLIT,
    "rotta_budget_split",
    EstBudgetSplitTitle,
    EstBudgetSplitNote
);
/// Former name of [`BUDGET_SPLIT`]: the split is Rotta's estimate, not Buffer's.
pub const BUFFER_BUDGET_SPLIT: Source = BUDGET_SPLIT;
source!(
    ORGANIC_REACH,
    "hootsuite_facebook_reach_2021",
    "How the Facebook Algorithm Works",
    "Hootsuite",
    2021,
    "https://blog.hootsuite.com/facebook-algorithm/",
    SrcOrganicReachNote
);
source!(
    LOCOWISE_REACH_2015,
    "locowise_2015",
    "Facebook page reach study February 2015",
    "Locowise",
    2015,
    "https://locowise.com/blog/facebook-page-reach-study-february-2015",
    SrcLocowiseReach2015Note
);

// Timeline to results (heuristics §2.6; rows 43–46).

source!(
    RESULTS_TIMELINE,
    "sme_2015_results",
    "2015 Social Media Marketing Industry Report",
    "Social Media Examiner",
    2015,
    "https://www.socialmediaexaminer.com/report2015/",
    SrcResultsTimelineNote
);
source!(
    SME_2016,
    "sme_2016",
    "2016 Social Media Marketing Industry Report",
    "Social Media Examiner",
    2016,
    "https://www.socialmediaexaminer.com/report2016/",
    SrcSme2016Note
);
estimate!(
    THREE_MONTH_HUMP,
    "rotta_three_months",
    EstThreeMonthsTitle,
    EstThreeMonthsNote
);
estimate!(
    SIX_MONTHS,
    "rotta_six_months",
    EstSixMonthsTitle,
    EstSixMonthsNote
);

// Audiences (heuristics §2.8; rows 50–54, A1–A6).

source!(
    PEW_2024,
    "pew_2024",
    "Americans' Social Media Use",
    "Pew Research Center",
    2024,
    "https://www.pewresearch.org/internet/2024/01/31/americans-social-media-use/",
    SrcPew2024Note
);
source!(
    PEW_2025,
    "pew_2025",
    "Americans' Social Media Use 2025",
    "Pew Research Center",
    2025,
    "https://www.pewresearch.org/internet/fact-sheet/social-media/",
    SrcPew2025Note
);
source!(
    PEW_2021,
    "pew_2021",
    "Social Media Use in 2021",
    "Pew Research Center",
    2021,
    "https://www.pewresearch.org/internet/2021/04/07/social-media-use-in-2021/",
    SrcPew2021Note
);
/// Pinterest's audience skew (US women 46% vs men 16%): Pew 2021.
pub const PINTEREST_AUDIENCE: Source = PEW_2021;
source!(
    DIGITAL_2024_ITALY,
    "digital_2024_italy",
    "Digital 2024: Italy",
    "DataReportal",
    2024,
    "https://datareportal.com/reports/digital-2024-italy",
    SrcDigital2024ItalyNote
);
source!(
    AUDIWEB_2022,
    "audiweb_2022",
    "Social media in Italia: utenti e tempo di utilizzo 2022",
    "Vincos",
    2023,
    "https://vincos.it/2023/08/05/social-media-in-italia-utenti-e-tempo-di-utilizzo-2022/",
    SrcAudiweb2022Note
);
source!(
    DIGITAL_2024_FRANCE,
    "digital_2024_france",
    "Digital 2024: France",
    "DataReportal",
    2024,
    "https://datareportal.com/reports/digital-2024-france",
    SrcDigital2024FranceNote
);
source!(
    MEDIAMETRIE_2024,
    "mediametrie_2024",
    "L'Année Internet 2023",
    "Médiamétrie",
    2024,
    "https://www.mediametrie.fr/fr/lannee-internet-2023",
    SrcMediametrie2024Note
);
source!(
    OFCOM_ONLINE_NATION,
    "ofcom_online_nation_2024",
    "Online Nation 2024",
    "Ofcom",
    2024,
    "https://www.ofcom.org.uk/media-use-and-attitudes/online-habits/online-nation",
    SrcOfcomOnlineNationNote
);
source!(
    OFCOM_ADULTS_MEDIA,
    "ofcom_adults_media",
    "Adults' Media Use and Attitudes",
    "Ofcom",
    2021,
    "https://www.ofcom.org.uk/media-use-and-attitudes/media-habits-adults/adults-media-use-and-attitudes",
    SrcOfcomAdultsMediaNote
);
source!(
    ARD_ZDF_2024,
    "ard_zdf_2024",
    "ARD/ZDF-Medienstudie: Zahl der Social-Media-Nutzenden steigt auf 60 Prozent",
    "ARD-Media",
    2024,
    "https://www.ard-media.de/media-perspektiven/publikationsarchiv/detailseite-2024-1/ard-zdf-medienstudie-zahl-der-social-media-nutzenden-steigt-auf-60-prozent",
    SrcArdZdf2024Note
);
source!(
    IAB_SPAIN_2024,
    "iab_spain_2024",
    "IAB Spain presenta la XV Edición del Estudio de Redes Sociales",
    "IAB Spain",
    2024,
    "https://iabspain.es/iab-spain-xv-edicion-estudio-redes-sociales",
    SrcIabSpain2024Note
);
source!(
    GOOGLE_LOCAL_RANKING,
    "google_local_ranking",
    "Improve your local ranking on Google",
    "Google",
    2025,
    "https://support.google.com/business/answer/7091",
    SrcGoogleLocalRankingNote
);
source!(
    BRIGHTLOCAL_2023,
    "brightlocal_2023",
    "Local Consumer Review Survey 2023",
    "BrightLocal",
    2023,
    "https://www.brightlocal.com/research/local-consumer-review-survey-2023/",
    SrcBrightlocal2023Note
);
estimate!(
    LOCAL_SEARCH,
    "rotta_local_search",
    EstLocalSearchTitle,
    EstLocalSearchNote
);

// Channel count, objectives and KPIs (heuristics §2.7, §2.9, §3; rows 47–59).

source!(
    FEW_CHANNELS,
    "hootsuite_trends_2024",
    "Social Media Trends 2024",
    "Hootsuite",
    2023,
    "https://www.hootsuite.com/research/social-trends",
    SrcFewChannelsNote
);
source!(
    KPIS_BY_GOAL,
    "smart_insights_race",
    "Introducing RACE: a practical framework to improve your digital marketing",
    "Smart Insights",
    2010,
    "https://www.smartinsights.com/digital-marketing-strategy/race-a-practical-framework-to-improve-your-digital-marketing/",
    SrcKpisByGoalNote
);
source!(
    ENGAGEMENT_BY_REACH,
    "hootsuite_engagement_rate_2024",
    "Engagement Rate Calculator + Tips for 2024",
    "Hootsuite",
    2024,
    "https://blog.hootsuite.com/calculate-engagement-rate/",
    SrcEngagementByReachNote
);
source!(
    SMART_GOALS,
    "doran_1981",
    "There's a S.M.A.R.T. way to write management's goals and objectives",
    "Management Review",
    1981,
    "",
    SrcSmartGoalsNote
);

estimate!(
    ROTTA_ESTIMATE,
    "rotta_estimate",
    EstRottaTitle,
    EstRottaNote
);

/// Every source the engine can cite, in the order the plan lists them.
pub const SOURCES: &[Source] = &[
    HOOTSUITE_FREQUENCY,
    HUBSPOT_FACEBOOK,
    BUFFER_FREQUENCY,
    CONSISTENCY,
    CADENCE_ESTIMATE,
    SPROUT_BEST_TIMES,
    TIKTOK_AFTERNOONS,
    ENGAGEMENT_DECAY,
    META_LEARNING_PHASE,
    MARKETING_TAKES_TIME,
    MIX_80_20,
    RULE_OF_THIRDS,
    MIX_70_20_10,
    COCA_COLA_70_20_10,
    MIX_4_1_1,
    MIX_5_3_2,
    SMB_TIME_SURVEY,
    SME_2010,
    SHORT_VIDEO_TIME,
    CMO_SURVEY_2018,
    CMO_SURVEY_2019,
    BUDGET_SPLIT,
    ORGANIC_REACH,
    LOCOWISE_REACH_2015,
    RESULTS_TIMELINE,
    SME_2016,
    THREE_MONTH_HUMP,
    SIX_MONTHS,
    PEW_2024,
    PEW_2025,
    PEW_2021,
    DIGITAL_2024_ITALY,
    AUDIWEB_2022,
    DIGITAL_2024_FRANCE,
    MEDIAMETRIE_2024,
    OFCOM_ONLINE_NATION,
    OFCOM_ADULTS_MEDIA,
    ARD_ZDF_2024,
    IAB_SPAIN_2024,
    GOOGLE_LOCAL_RANKING,
    BRIGHTLOCAL_2023,
    LOCAL_SEARCH,
    FEW_CHANNELS,
    KPIS_BY_GOAL,
    ENGAGEMENT_BY_REACH,
    SMART_GOALS,
    ROTTA_ESTIMATE,
];

/// The host of a source's address, without `www.` ("blog.hootsuite.com").
pub fn url_host(url: &str) -> &str {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .unwrap_or(url);
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    host.strip_prefix("www.").unwrap_or(host)
}

#[cfg(test)]
mod source_tests {
    use super::*;

    /// The domains each reviewed publisher publishes on; empty for a journal cited by
    /// reference (no URL, the citation in `note`).
    fn publisher_domains(publisher: &str) -> Option<&'static [&'static str]> {
        Some(match publisher {
            "Pew Research Center" => &["pewresearch.org"],
            "DataReportal" => &["datareportal.com"],
            "Ofcom" => &["ofcom.org.uk"],
            "ARD-Media" => &["ard-media.de"],
            "Médiamétrie" => &["mediametrie.fr"],
            "IAB Spain" => &["iabspain.es"],
            "Vincos" => &["vincos.it"],
            "Hootsuite" => &["hootsuite.com"],
            "Sprout Social" => &["sproutsocial.com"],
            "HubSpot" => &["hubspot.com"],
            "Buffer" => &["buffer.com"],
            "Social Media Examiner" => &["socialmediaexaminer.com"],
            "The CMO Survey" => &["cmosurvey.org"],
            "MarketingProfs" => &["marketingprofs.com"],
            "Locowise" => &["locowise.com"],
            "Wiselytics" => &["wiselytics.com"],
            "Social Media Today" => &["socialmediatoday.com"],
            "Contently" => &["contently.com"],
            "WARC" => &["warc.com"],
            "Smart Insights" => &["smartinsights.com"],
            "Meta" => &["facebook.com", "meta.com"],
            "Google" => &["google.com"],
            "BrightLocal" => &["brightlocal.com"],
            "Management Review" => &[],
            _ => return None,
        })
    }

    fn on_domain(host: &str, domain: &str) -> bool {
        host == domain || host.ends_with(&format!(".{domain}"))
    }

    #[test]
    fn every_source_cites_a_reviewed_primary_publisher() {
        for s in SOURCES {
            assert!(
                !s.id.is_empty() && (s.estimate || !s.title.trim().is_empty()),
                "{}: no title",
                s.id
            );
            if s.estimate {
                assert_eq!(s.publisher, "Rotta", "{}: an estimate is Rotta's", s.id);
                assert!(s.url.is_empty(), "{}: an estimate has no URL", s.id);
                assert!(
                    s.title_key.is_some(),
                    "{}: an estimate says its title",
                    s.id
                );
                for locale in Locale::ALL {
                    assert!(
                        !s.title_in(*locale).trim().is_empty(),
                        "{}: no title in {locale:?}",
                        s.id
                    );
                    assert!(
                        s.note_in(*locale).len() > 40,
                        "{}: an estimate gives its reasoning in {locale:?}",
                        s.id
                    );
                }
                continue;
            }
            assert!(
                s.title_key.is_none(),
                "{}: a publication keeps its title",
                s.id
            );
            for locale in Locale::ALL {
                assert!(
                    s.note_in(*locale).len() > 40,
                    "{}: no note in {locale:?}",
                    s.id
                );
            }
            assert!(
                REVIEWED_PUBLISHERS.contains(&s.publisher),
                "{}: {} is not a reviewed publisher",
                s.id,
                s.publisher
            );
            assert!(
                s.year.is_some_and(|y| (1900..=2100).contains(&y)),
                "{}: no year",
                s.id
            );
            let domains = publisher_domains(s.publisher)
                .unwrap_or_else(|| panic!("{}: no domains for {}", s.id, s.publisher));
            if domains.is_empty() {
                assert!(s.url.is_empty(), "{}: a reference, not a page", s.id);
                for locale in Locale::ALL {
                    assert!(
                        s.note_in(*locale)
                            .contains(&s.year.unwrap_or(0).to_string()),
                        "{}: a bibliographic reference gives the citation in its note ({locale:?})",
                        s.id
                    );
                }
            } else {
                assert!(s.url.starts_with("https://"), "{}: {}", s.id, s.url);
                let host = url_host(s.url);
                assert!(
                    domains.iter().any(|d| on_domain(host, d)),
                    "{}: {} is not {}'s own site",
                    s.id,
                    host,
                    s.publisher
                );
            }
        }
    }

    #[test]
    fn every_reviewed_publisher_has_its_domains() {
        for p in REVIEWED_PUBLISHERS {
            assert!(publisher_domains(p).is_some(), "{p}");
        }
    }

    #[test]
    fn url_host_drops_scheme_and_www() {
        assert_eq!(
            url_host("https://www.pewresearch.org/internet/"),
            "pewresearch.org"
        );
        assert_eq!(
            url_host("https://blog.hootsuite.com/x/"),
            "blog.hootsuite.com"
        );
        assert_eq!(url_host("sub.example.org/path"), "sub.example.org");
    }

    #[test]
    fn definitions_match_their_originators() {
        assert!(
            MIX_4_1_1
                .note_in(Locale::En)
                .contains("4 pieces of relevant content by others, 1 re-share, 1 self-promotion")
        );
        assert!(
            MIX_70_20_10.estimate
                && MIX_70_20_10
                    .title_in(Locale::En)
                    .contains("practitioner convention")
        );
        assert!(
            COCA_COLA_70_20_10
                .note_in(Locale::En)
                .contains("investment split")
        );
        assert!(
            BUFFER_BUDGET_SPLIT.estimate && !BUFFER_BUDGET_SPLIT.note_in(Locale::En).is_empty()
        );
        for locale in Locale::ALL {
            assert!(
                SHORT_VIDEO_TIME.estimate
                    && SHORT_VIDEO_TIME.note_in(*locale).contains("Promo.com"),
                "{locale:?}"
            );
            assert!(
                MIX_70_20_10
                    .note_in(*locale)
                    .contains("Mildenhall, WARC 2012"),
                "{locale:?}"
            );
            let mix = MIX_4_1_1.note_in(*locale);
            assert!(
                mix.contains("Andrew Davis") && mix.contains("Joe Pulizzi"),
                "{locale:?}"
            );
        }
    }
}

/// Most channels a plan ever recommends ("2, at most 3, well tended").
pub const MAX_CHANNELS: usize = 3;

/// Posting cadence of a channel, posts per week: the sensible minimum, the conservative
/// small-business default and the growth cadence the plan scales up to when time allows.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Cadence {
    pub min: u32,
    pub default: u32,
    pub growth: u32,
    pub source: Source,
}

/// Everything the engine knows about one channel.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ChannelFacts {
    pub channel: Channel,
    pub cadence: Cadence,
    /// Formats the channel takes, in order of preference.
    pub formats: &'static [Format],
    /// The channel cannot work without one of these formats (empty: any of `formats`).
    pub needs_one_of: &'static [Format],
    /// Best weekdays (most preferred first) and best local time, hour and minute.
    pub best_days: &'static [Weekday],
    pub best_time: (u32, u32),
    pub time_source: Source,
    /// Fit per goal in the order of `Goal::ALL` (0..=1), Rotta estimate.
    pub goal_fit: [f64; 7],
    /// Fit for B2C and B2B offers (0..=1), Rotta estimate informed by Pew.
    pub b2c: f64,
    pub b2b: f64,
    /// Fit per reach in the order of `Reach::ALL` (0..=1), Rotta estimate.
    pub reach_fit: [f64; 4],
    /// Whether paid promotion ("fuel") can be bought on the channel.
    pub has_ads: bool,
}

use Format::*;
use Weekday::*;

/// The channel table. Order is `Channel::ALL`.
pub const CHANNELS: [ChannelFacts; 10] = [
    ChannelFacts {
        channel: Channel::Instagram,
        // Mosseri: 2 feed posts a week to grow; SMB 2–3 → 3–5.
        cadence: Cadence {
            min: 2,
            default: 3,
            growth: 5,
            source: HOOTSUITE_FREQUENCY,
        },
        formats: &[ShortVideo, Photo, Graphics, Stories, Live],
        needs_one_of: &[Photo, Graphics, ShortVideo],
        best_days: &[Tue, Wed, Mon, Fri, Thu],
        best_time: (11, 0),
        time_source: SPROUT_BEST_TIMES,
        // Leads 0.7: bookings and enquiries arrive by direct message.
        goal_fit: [0.9, 0.9, 0.5, 0.7, 0.7, 0.6, 0.5],
        b2c: 1.0,
        b2b: 0.4,
        reach_fit: [0.8, 0.8, 0.9, 0.9],
        has_ads: true,
    },
    ChannelFacts {
        channel: Channel::Facebook,
        // Small pages: about one a day or less; 1–5 a month doubled engagement per post.
        cadence: Cadence {
            min: 1,
            default: 3,
            growth: 5,
            source: HUBSPOT_FACEBOOK,
        },
        formats: &[Photo, ShortVideo, Text, Graphics, Live, Stories],
        needs_one_of: &[],
        best_days: &[Tue, Mon, Wed, Thu],
        best_time: (10, 0),
        time_source: SPROUT_BEST_TIMES,
        goal_fit: [0.7, 0.8, 0.7, 0.7, 0.7, 0.8, 0.5],
        b2c: 1.0,
        b2b: 0.4,
        reach_fit: [1.0, 0.9, 0.8, 0.6],
        has_ads: true,
    },
    ChannelFacts {
        channel: Channel::Linkedin,
        cadence: Cadence {
            min: 2,
            default: 3,
            growth: 5,
            source: FACEBOT_FREQUENCY,
        },
        formats: &[Text, Article, Graphics, Photo, ShortVideo, LongVideo],
        needs_one_of: &[],
        best_days: &[Tue, Wed, Thu],
        best_time: (10, 30),
        time_source: SPROUT_BEST_TIMES,
        goal_fit: [0.6, 0.6, 0.8, 1.0, 0.5, 0.3, 1.0],
        b2c: 0.3,
        b2b: 1.0,
        reach_fit: [0.4, 0.6, 0.8, 1.0],
        has_ads: true,
    },
    ChannelFacts {
        channel: Channel::Tiktok,
        cadence: Cadence {
            min: 3,
            default: 3,
            growth: 5,
            source: FACEBOT_FREQUENCY,
        },
        formats: &[ShortVideo, Live],
        needs_one_of: &[ShortVideo],
        best_days: &[Wed, Tue, Thu],
        best_time: (16, 0),
        time_source: TIKTOK_AFTERNOONS,
        goal_fit: [1.0, 0.7, 0.3, 0.3, 0.5, 0.3, 0.5],
        b2c: 1.0,
        b2b: 0.2,
        reach_fit: [0.6, 0.7, 0.9, 1.0],
        has_ads: true,
    },
    ChannelFacts {
        channel: Channel::Youtube,
        // Long form 1/month minimum → 1–2/week; the SMB guide says once a week.
        cadence: Cadence {
            min: 1,
            default: 1,
            growth: 2,
            source: SMB_POSTING_GUIDE,
        },
        formats: &[LongVideo, ShortVideo, Live],
        // YouTube is a search and long-form channel: Shorts alone make a re-post target,
        // not a strategy for a small business (Rotta estimate, docs/advice.md).
        needs_one_of: &[LongVideo],
        best_days: &[Thu, Wed, Tue],
        best_time: (15, 0),
        time_source: ROTTA_ESTIMATE,
        goal_fit: [0.8, 0.6, 0.7, 0.5, 0.5, 0.5, 0.4],
        b2c: 0.9,
        b2b: 0.7,
        reach_fit: [0.4, 0.6, 0.8, 1.0],
        has_ads: true,
    },
    ChannelFacts {
        channel: Channel::Pinterest,
        // Pins are mostly made from product photos the business already has, so the
        // minimum is lower than for a channel that needs new pieces (Rotta estimate).
        cadence: Cadence {
            min: 3,
            default: 5,
            growth: 10,
            source: FACEBOT_FREQUENCY,
        },
        formats: &[Photo, Graphics, ShortVideo],
        needs_one_of: &[Photo, Graphics],
        best_days: &[Wed, Thu, Tue, Fri, Mon],
        best_time: (11, 0),
        time_source: ROTTA_ESTIMATE,
        goal_fit: [0.6, 0.3, 0.9, 0.4, 0.6, 0.1, 0.1],
        b2c: 0.9,
        b2b: 0.1,
        reach_fit: [0.3, 0.5, 0.8, 0.9],
        has_ads: true,
    },
    ChannelFacts {
        channel: Channel::X,
        // One a day minimum.
        cadence: Cadence {
            min: 5,
            default: 5,
            growth: 7,
            source: FACEBOT_FREQUENCY,
        },
        formats: &[Text, Photo, Graphics, ShortVideo],
        needs_one_of: &[],
        best_days: &[Tue, Wed, Thu, Fri],
        best_time: (9, 30),
        time_source: SPROUT_BEST_TIMES,
        goal_fit: [0.5, 0.6, 0.6, 0.4, 0.3, 0.9, 0.3],
        b2c: 0.6,
        b2b: 0.6,
        reach_fit: [0.3, 0.5, 0.8, 0.9],
        has_ads: true,
    },
    ChannelFacts {
        channel: Channel::Threads,
        cadence: Cadence {
            min: 2,
            default: 3,
            growth: 5,
            source: ROTTA_ESTIMATE,
        },
        formats: &[Text, Photo, Graphics],
        needs_one_of: &[],
        best_days: &[Tue, Wed, Thu],
        best_time: (10, 0),
        time_source: ROTTA_ESTIMATE,
        goal_fit: [0.5, 0.7, 0.3, 0.2, 0.2, 0.4, 0.2],
        b2c: 0.6,
        b2b: 0.4,
        reach_fit: [0.4, 0.5, 0.7, 0.8],
        has_ads: false,
    },
    ChannelFacts {
        channel: Channel::Whatsapp,
        cadence: Cadence {
            min: 1,
            default: 1,
            growth: 3,
            source: ROTTA_ESTIMATE,
        },
        formats: &[Text, Photo, Graphics, ShortVideo],
        needs_one_of: &[],
        best_days: &[Thu, Tue],
        best_time: (12, 30),
        time_source: ROTTA_ESTIMATE,
        goal_fit: [0.3, 0.8, 0.3, 0.6, 0.8, 1.0, 0.1],
        b2c: 0.9,
        b2b: 0.4,
        reach_fit: [1.0, 0.8, 0.5, 0.3],
        has_ads: false,
    },
    ChannelFacts {
        channel: Channel::GoogleBusiness,
        cadence: Cadence {
            min: 1,
            default: 1,
            growth: 2,
            source: ROTTA_ESTIMATE,
        },
        formats: &[Photo, Text, Graphics],
        needs_one_of: &[],
        best_days: &[Mon, Thu],
        best_time: (9, 0),
        time_source: ROTTA_ESTIMATE,
        goal_fit: [0.6, 0.3, 0.7, 0.6, 0.8, 0.9, 0.1],
        b2c: 1.0,
        b2b: 0.3,
        reach_fit: [1.0, 0.7, 0.2, 0.1],
        has_ads: false,
    },
];

/// The facts of one channel.
pub fn channel_facts(channel: Channel) -> &'static ChannelFacts {
    match CHANNELS.iter().find(|f| f.channel == channel) {
        Some(f) => f,
        None => &CHANNELS[0],
    }
}

/// For a consumer business, a discovery channel used by fewer than this share of the
/// audience's age groups is left out whatever else fits (Rotta estimate).
pub const MIN_AUDIENCE_SHARE: f64 = 0.35;
/// Below this score a channel is not recommended even when time allows.
pub const MIN_SCORE: f64 = 0.45;
/// A second or third channel must score at least this share of the best one.
pub const MIN_SHARE_OF_BEST: f64 = 0.70;
/// Audience fit below this for the user's own active channel triggers a mismatch warning.
pub const MISMATCH_AUDIENCE_FIT: f64 = 0.25;

/// Age of the middle of each band, to interpolate usage between published age bands.
pub fn band_mid_age(band: AgeBand) -> f64 {
    match band {
        AgeBand::A13_17 => 16.0,
        AgeBand::A18_24 => 21.0,
        AgeBand::A25_34 => 30.0,
        AgeBand::A35_44 => 40.0,
        AgeBand::A45_54 => 50.0,
        AgeBand::A55_64 => 60.0,
        AgeBand::A65Plus => 70.0,
    }
}

/// Listening: base minutes a week, plus per competitor and per keyword, capped.
pub const LISTENING_BASE: u32 = 15;
pub const LISTENING_PER_COMPETITOR: u32 = 3;
pub const LISTENING_PER_KEYWORD: u32 = 1;
pub const LISTENING_MAX: u32 = 45;
/// Reporting: a weekly check plus a monthly report (60 min) spread over the weeks.
pub const WEEKLY_CHECK_MINUTES: u32 = 10;
pub const MONTHLY_REPORT_MINUTES: u32 = 60;
/// Quarterly review length, minutes.
pub const QUARTERLY_REVIEW_MINUTES: u32 = 120;
/// Weeks in an average month (52 / 12).
pub const WEEKS_PER_MONTH: f64 = 52.0 / 12.0;
/// Evaluate a post only after this many hours: practice, no primary source
/// ([`MARKETING_TAKES_TIME`]); consistent with Wiselytics 2013 (most engagement in 5 hours).
pub const EVALUATE_AFTER_HOURS: u32 = 48;

/// Share of the monthly budget for each part when the user gives no split, for in-house
/// work: 40% content, 40% ads, 20% tools ([`BUDGET_SPLIT`], Rotta estimate: no published
/// split inside a social budget exists).
pub const SPLIT_IN_HOUSE: BudgetShares = BudgetShares {
    ads: 0.4,
    content: 0.4,
    management: 0.0,
    tools: 0.2,
};
/// The same split when a freelancer or agency runs the work: the content share pays them,
/// since they produce the content ([`BUDGET_SPLIT`]).
pub const SPLIT_OUTSOURCED: BudgetShares = BudgetShares {
    ads: 0.4,
    content: 0.0,
    management: 0.4,
    tools: 0.2,
};

/// Shares of the monthly budget; they add up to 1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BudgetShares {
    pub ads: f64,
    pub content: f64,
    pub management: f64,
    pub tools: f64,
}

/// Organic reach of a Facebook page's posts, share of the page's likes: about 5% on
/// average (5.2% at the end of 2020, [`ORGANIC_REACH`]: Hootsuite citing DataReportal and
/// Locowise). Low and high are equal: no current source gives a range.
pub const ORGANIC_REACH_RANGE: (f64, f64) = (0.05, 0.05);

/// Days before publishing a post must be ready when someone approves it (Rotta estimate).
pub fn approval_lead_days(outsourced: bool) -> u32 {
    if outsourced { 3 } else { 2 }
}

/// The phases of the timeline: (id, first month, last month).
pub const PHASES: [(PhaseId, u32, u32); 4] = [
    (PhaseId::Foundation, 1, 1),
    (PhaseId::Consistency, 2, 3),
    (PhaseId::Optimisation, 4, 6),
    (PhaseId::Results, 6, 12),
];

/// Share of marketers who saw more exposure / more sales in year one (SME 2015).
pub const YEAR_ONE_EXPOSURE: f64 = 0.80;
pub const YEAR_ONE_SALES: f64 = 0.35;

/// A target more than this many times the baseline within 6 months is unrealistic.
pub const MAX_REALISTIC_GROWTH: f64 = 3.0;

/// Index of a goal in `Goal::ALL`, for the per-goal tables.
pub fn goal_index(goal: Goal) -> usize {
    Goal::ALL.iter().position(|g| *g == goal).unwrap_or(0)
}

/// Index of a reach in `Reach::ALL`.
pub fn reach_index(reach: Reach) -> usize {
    Reach::ALL.iter().position(|r| *r == reach).unwrap_or(0)
}

/// The offer fit of a channel: B2C, B2B, or both (the better fit counts most).
pub fn offer_fit(facts: &ChannelFacts, offer: Offer) -> f64 {
    match offer {
        Offer::B2c => facts.b2c,
        Offer::B2b => facts.b2b,
        Offer::Both => facts.b2c.max(facts.b2b) * 0.8 + facts.b2c.min(facts.b2b) * 0.2,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_channel_has_facts_in_order() {
        for (facts, channel) in CHANNELS.iter().zip(Channel::ALL) {
            assert_eq!(facts.channel, *channel);
            assert!(facts.cadence.min >= 1 && facts.cadence.min <= facts.cadence.default);
            assert!(facts.cadence.default <= facts.cadence.growth);
            assert!(
                (6..23).contains(&facts.best_time.0),
                "{channel}: no posting at night"
            );
            assert!(!facts.formats.is_empty() && !facts.best_days.is_empty());
            assert!(facts.needs_one_of.iter().all(|f| facts.formats.contains(f)));
        }
    }

    #[test]
    fn every_source_is_listed_once_and_estimates_are_labelled() {
        let mut ids: Vec<_> = SOURCES.iter().map(|s| s.id).collect();
        crate::core::order::sort(&mut ids);
        ids.dedup();
        assert_eq!(ids.len(), SOURCES.len());
        for s in SOURCES {
            assert!(!s.title_in(Locale::It).is_empty() && !s.title_in(Locale::En).is_empty());
            // Bibliographic references have no URL either (source_tests).
            assert!(
                s.estimate || !s.url.is_empty() || !s.note_in(Locale::En).is_empty(),
                "{}",
                s.id
            );
        }
        for f in &CHANNELS {
            for s in [f.cadence.source, f.time_source] {
                assert!(SOURCES.contains(&s), "{}", s.id);
            }
        }
    }

    #[test]
    fn default_budget_splits_add_up() {
        for s in [SPLIT_IN_HOUSE, SPLIT_OUTSOURCED] {
            assert!((s.ads + s.content + s.management + s.tools - 1.0).abs() < 1e-9);
        }
    }
}
