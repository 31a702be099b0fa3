//! The evidence table: every number the engine uses by default, with where it comes from.
//!
//! Nothing else in the engine holds a magic number about social media: frequencies, minutes
//! per format, best times, budget shares, phase lengths and audience figures all live here,
//! each tied to a [`Source`] from `research/heuristics.md`. Figures Rotta derived itself
//! (no single study publishes them) point at [`ROTTA_ESTIMATE`] and say so in the plan.

use chrono::Weekday;
use serde::Serialize;

use crate::core::model::{AgeBand, Channel, Format, Goal, Offer, Reach};

/// A published source (or Rotta's own labelled estimate).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Source {
    /// Stable id the plan's recommendations refer to.
    pub id: &'static str,
    /// Title as published.
    pub title: &'static str,
    /// Who published it.
    pub publisher: &'static str,
    /// Year of publication, when known.
    pub year: Option<u16>,
    /// Where to read it (as listed in heuristics.md).
    pub url: &'static str,
    /// True for figures Rotta derived, not published as such.
    pub estimate: bool,
}

macro_rules! source {
    ($name:ident, $id:literal, $title:literal, $publisher:literal, $year:expr, $url:literal) => {
        #[doc = $title]
        pub const $name: Source = Source {
            id: $id,
            title: $title,
            publisher: $publisher,
            year: $year,
            url: $url,
            estimate: false,
        };
    };
}

source!(
    HOOTSUITE_FREQUENCY,
    "hootsuite_frequency_2023",
    "How often to post on social media in 2023",
    "Hootsuite",
    Some(2023),
    "tmp.4pmtech.com/kak-chasto-publikovat-soobshheniya-v-soczialnyh-setyah-v-2023-godu"
);
source!(
    FACEBOT_FREQUENCY,
    "facebot_frequency_2026",
    "How Often to Post on Social Media in 2026",
    "FaceBot (synthesis of Sprout, HubSpot, Buffer, Later, Hootsuite)",
    Some(2026),
    "www.fb0t.com/securebot/blog/guides/how-often-to-post-social-media"
);
source!(
    HUBSPOT_FACEBOOK,
    "hubspot_facebook_frequency",
    "How often should your business post on social media (HubSpot data on 13,500+ customers)",
    "RevLocal",
    None,
    "revlocal.com/blog/social-media-marketing/how-often-should-your-business-post-on-social-media"
);
source!(
    SMB_POSTING_GUIDE,
    "codesm_smb_guide",
    "Small-business posting guide",
    "codesm.com",
    None,
    "codesm.com/?p=1759"
);
source!(
    CONSISTENCY,
    "agencylist_consistency",
    "How often to post on social media",
    "AgencyList",
    None,
    "agencylist.org/blog/how-often-to-post-on-social-media"
);
source!(
    SPROUT_BEST_TIMES,
    "sprout_best_times_2023",
    "Report: Best Times to Post to Social Platforms (Sprout Social data)",
    "Social Media Today",
    Some(2023),
    "www.socialmediatoday.com/news/report-best-times-to-post-social-platforms-twitter-instagram-tiktok-facebook-pintrist-linkedin/650006/"
);
source!(
    TIKTOK_AFTERNOONS,
    "odwyer_tiktok_2023",
    "Midweek afternoons best post time for TikTok",
    "O'Dwyer's",
    Some(2023),
    "www.odwyerpr.com/story/public/19714/2023-06-07/midweek-afternoons-best-post-time-for-tiktok.html"
);
source!(
    ENGAGEMENT_DECAY,
    "wiselytics_engagement_decay",
    "The best time to post on Facebook, Twitter and Instagram (Wiselytics data)",
    "eProductions",
    None,
    "eproductions.gr/blog/the-best-time-to-post-on-facebook-twitter-and-instagram"
);
source!(
    MARKETING_TAKES_TIME,
    "wagnon_2019",
    "How long it takes for marketing to work",
    "Lindsey Wagnon",
    Some(2019),
    "lindseywagnon.com/2019-9-10-how-long-it-takes-for-marketing-to-work"
);
source!(
    MIX_80_20,
    "mix_80_20",
    "What are content rules? 3 strategy examples from experts",
    "Agency Cloud9",
    None,
    "agencycloud9.com/blog/what-are-content-rules-3-strategy-examples-from-experts/"
);
source!(
    MIX_70_20_10,
    "mix_70_20_10",
    "Social media 70-20-10 rule",
    "IMA B2B",
    None,
    "www.imab2b.com/social-media-70-20-10-rule/"
);
source!(
    MIX_4_1_1,
    "mix_4_1_1",
    "The 4-1-1 rule for successful content marketing",
    "SoWorker",
    None,
    "www.soworker.com/en/employee-advocacy-insights/the-4-1-1-rule-for-successful-content-marketing/"
);
source!(
    MIX_5_3_2,
    "mix_5_3_2",
    "Sifting through the rules of social media strategy",
    "Professional Uses of Social Media",
    Some(2016),
    "professionalusesofsocialmedia.wordpress.com/2016/02/26/sifting-through-the-rules-of-social-media-strategy/"
);
source!(
    SMB_TIME_SURVEY,
    "verticalresponse_time",
    "Small businesses investing more time and money on social media (VerticalResponse survey of 462 SMBs)",
    "Thryv",
    None,
    "www.thryv.com/blog/small-businesses-investing-more-time-and-money-on-social-media/"
);
source!(
    BUFFER_BUDGET_SPLIT,
    "buffer_budget_split",
    "Figuring social media spend (split attributed to Buffer)",
    "Business2Community",
    None,
    "www.business2community.com/social-media-articles/figuring-social-media-spend-01929623"
);
source!(
    ORGANIC_REACH,
    "organic_reach_2024",
    "Organic Facebook reach of 2-5% of followers (attributed to Sprout Social, secondary)",
    "plangphalla.com",
    Some(2024),
    "plangphalla.com/?p=7019"
);
source!(
    RESULTS_TIMELINE,
    "sme_2015_results",
    "Social media success (Social Media Examiner 2015, about 4,000 marketers)",
    "Businesses Grow",
    Some(2015),
    "www.businessesgrow.com/2015/08/31/social-media-success/"
);
source!(
    SIX_MONTHS,
    "momgrind_2014",
    "Social media results: at least six months",
    "MomGrind",
    Some(2014),
    "momgrind.com/2014/03/27/social-media-results/"
);
source!(
    THREE_MONTH_HUMP,
    "three_month_hump",
    "The three-month hump",
    "Have and Hold Marketing",
    None,
    "haveandholdmarketing.com.au/blog/the-three-month-hump"
);
source!(
    PEW_2024,
    "pew_2024",
    "Americans' social media use (Pew Research Center survey of 5,733 adults, 2023)",
    "Pew Research Center",
    Some(2024),
    "strategicstudyindia.com/2024/02/americans-social-media-use.html"
);
source!(
    PEW_2025,
    "pew_2025",
    "Social media use in 2025 (Pew Research Center, 5,022 adults)",
    "MediaPost",
    Some(2025),
    "www.mediapost.com/publications/article/410929/its-a-social-dilemma.html"
);
source!(
    PEW_2021,
    "pew_2021",
    "The demographics of 11 major social networks (Pew 2021)",
    "MarketingProfs",
    Some(2021),
    "www.marketingprofs.com/charts/2021/44954/the-demographics-of-11-major-social-networks"
);
source!(
    DIGITAL_2024_ITALY,
    "digital_2024_italy",
    "Digital 2024 Italy",
    "We Are Social + Meltwater",
    Some(2024),
    "www.lametasociale.it/2024/02/22/social-network-tiktok-e-la-piattaforma-sulla-quale-gli-italiani-trascorrono-piu-tempo/"
);
source!(
    AUDIWEB_2022,
    "audiweb_2022",
    "Audiweb 2022 monthly averages (weak host; check against Audicom)",
    "youthcoders.boards.net",
    Some(2022),
    "youthcoders.boards.net/thread/101/social-media-italy-users-usage"
);
source!(
    FEW_CHANNELS,
    "hootsuite_trends_2024",
    "Social Trends 2024 (4,281 marketers)",
    "Hootsuite",
    Some(2024),
    "studylib.net/doc/27516504/hootsuitesocialtrends2024-report-en--1-"
);
source!(
    KPIS_BY_GOAL,
    "kpis_by_goal",
    "Social media KPIs by business goal",
    "Blakfy",
    None,
    "www.blakfy.com/en/post/social-media-kpis-by-business-goal-1"
);
source!(
    ENGAGEMENT_BY_REACH,
    "engagement_by_reach",
    "Key performance indicators for social media",
    "TrustyPost",
    None,
    "trustypost.ai/blog/key-performance-indicators-for-social-media"
);
source!(
    SMART_GOALS,
    "doran_1981",
    "There's a S.M.A.R.T. way to write management's goals and objectives",
    "Management Review",
    Some(1981),
    "medium.com/an-idea/stupid-goals-cdbf6ad207ec"
);

/// Rotta's own estimate, derived from the published figures but not published as such.
pub const ROTTA_ESTIMATE: Source = Source {
    id: "rotta_estimate",
    title: "Rotta estimate derived from the published time, usage and practice figures",
    publisher: "Rotta",
    year: None,
    url: "",
    estimate: true,
};

/// Every source the engine can cite, in the order the plan lists them.
pub const SOURCES: &[Source] = &[
    HOOTSUITE_FREQUENCY,
    FACEBOT_FREQUENCY,
    HUBSPOT_FACEBOOK,
    SMB_POSTING_GUIDE,
    CONSISTENCY,
    SPROUT_BEST_TIMES,
    TIKTOK_AFTERNOONS,
    ENGAGEMENT_DECAY,
    MARKETING_TAKES_TIME,
    MIX_80_20,
    MIX_70_20_10,
    MIX_4_1_1,
    MIX_5_3_2,
    SMB_TIME_SURVEY,
    BUFFER_BUDGET_SPLIT,
    ORGANIC_REACH,
    RESULTS_TIMELINE,
    SIX_MONTHS,
    THREE_MONTH_HUMP,
    PEW_2024,
    PEW_2025,
    PEW_2021,
    DIGITAL_2024_ITALY,
    AUDIWEB_2022,
    FEW_CHANNELS,
    KPIS_BY_GOAL,
    ENGAGEMENT_BY_REACH,
    SMART_GOALS,
    ROTTA_ESTIMATE,
];

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

/// Published usage of a channel by adults, in percent: overall, 18–29 and 65+ (US, Pew),
/// and overall in Italy where published.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Usage {
    pub overall: f64,
    pub young: Option<f64>,
    pub old: Option<f64>,
    pub italy: Option<f64>,
    pub source: Source,
    pub italy_source: Source,
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
    pub usage: Usage,
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

const fn usage(
    overall: f64,
    young: Option<f64>,
    old: Option<f64>,
    italy: Option<f64>,
    italy_source: Source,
) -> Usage {
    Usage {
        overall,
        young,
        old,
        italy,
        source: PEW_2024,
        italy_source,
    }
}

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
        usage: usage(47.0, Some(78.0), Some(15.0), Some(75.0), DIGITAL_2024_ITALY),
        goal_fit: [0.9, 0.9, 0.5, 0.5, 0.7, 0.6, 0.5],
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
        usage: usage(68.0, None, None, Some(77.0), DIGITAL_2024_ITALY),
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
        usage: usage(30.0, None, None, Some(42.0), AUDIWEB_2022),
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
        usage: usage(33.0, Some(62.0), Some(10.0), Some(49.0), AUDIWEB_2022),
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
        needs_one_of: &[LongVideo, ShortVideo],
        best_days: &[Thu, Wed, Tue],
        best_time: (15, 0),
        time_source: ROTTA_ESTIMATE,
        usage: usage(83.0, Some(93.0), Some(60.0), Some(85.0), AUDIWEB_2022),
        goal_fit: [0.8, 0.6, 0.7, 0.5, 0.5, 0.5, 0.4],
        b2c: 0.9,
        b2b: 0.7,
        reach_fit: [0.4, 0.6, 0.8, 1.0],
        has_ads: true,
    },
    ChannelFacts {
        channel: Channel::Pinterest,
        cadence: Cadence {
            min: 5,
            default: 5,
            growth: 10,
            source: FACEBOT_FREQUENCY,
        },
        formats: &[Photo, Graphics, ShortVideo],
        needs_one_of: &[Photo, Graphics],
        best_days: &[Wed, Thu, Tue, Fri, Mon],
        best_time: (11, 0),
        time_source: ROTTA_ESTIMATE,
        usage: usage(35.0, None, None, None, PEW_2021),
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
        usage: usage(22.0, None, None, None, PEW_2024),
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
        usage: Usage {
            overall: 15.0,
            young: None,
            old: None,
            italy: None,
            source: ROTTA_ESTIMATE,
            italy_source: ROTTA_ESTIMATE,
        },
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
        usage: Usage {
            overall: 32.0,
            young: None,
            old: None,
            italy: Some(90.0),
            source: PEW_2025,
            italy_source: DIGITAL_2024_ITALY,
        },
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
        // Not a social network: its audience is whoever searches nearby.
        usage: Usage {
            overall: 70.0,
            young: None,
            old: None,
            italy: None,
            source: ROTTA_ESTIMATE,
            italy_source: ROTTA_ESTIMATE,
        },
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

/// Weights of the channel score's parts (Rotta estimate): audience, goal, offer, reach.
/// For B2B the general population's usage matters less than where buyers work.
pub fn score_weights(offer: Offer) -> (f64, f64, f64, f64) {
    match offer {
        Offer::B2c => (0.35, 0.30, 0.15, 0.20),
        Offer::Both => (0.25, 0.30, 0.25, 0.20),
        Offer::B2b => (0.15, 0.35, 0.30, 0.20),
    }
}

/// Hours a week one channel needs to be tended well (posting, replies, a little
/// listening) before a second one is worth opening (Rotta estimate from the SMB time
/// surveys: most owners spend 1–5 h a week).
pub const HOURS_PER_TENDED_CHANNEL: f64 = 2.5;

/// How many channels the hours allow: one per [`HOURS_PER_TENDED_CHANNEL`], 1 to 3.
pub fn channels_for_hours(hours: f64) -> usize {
    if !hours.is_finite() || hours <= 0.0 {
        return 1;
    }
    ((hours / HOURS_PER_TENDED_CHANNEL).floor() as usize).clamp(1, MAX_CHANNELS)
}
/// Bonus for a channel the business already uses actively (its audience is there already).
pub const ACTIVE_CHANNEL_BONUS: f64 = 0.05;
/// Below this score a channel is not recommended even when time allows.
pub const MIN_SCORE: f64 = 0.45;
/// A second or third channel must score at least this share of the best one.
pub const MIN_SHARE_OF_BEST: f64 = 0.75;
/// Audience fit below this for the user's own active channel triggers a mismatch warning.
pub const MISMATCH_AUDIENCE_FIT: f64 = 0.25;

/// Age of the middle of each band, to interpolate usage between 18–29 and 65+.
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

/// Minutes to produce and publish one post of a format (Rotta estimate from heuristics §2.4:
/// 30–45 min per simple post, 2–3 h per short video; 45% of blog posts take 1–3 h).
pub fn minutes_per_post(format: Format) -> u32 {
    match format {
        Photo => 30,
        Graphics => 45,
        ShortVideo => 150,
        LongVideo => 300,
        Text => 20,
        Article => 120,
        Live => 60,
        Stories => 15,
    }
}

/// Community management per channel per day a post goes out: comments come in the first
/// hours (75% of a post's engagement within about 5 hours, Wiselytics).
pub const COMMUNITY_MINUTES_PER_POSTING_DAY: u32 = 15;
/// Community management never drops below this per channel a week (messages, reviews).
pub const COMMUNITY_MINUTES_MIN: u32 = 20;
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
/// Evaluate a post only after this many hours (Wagnon 2019).
pub const EVALUATE_AFTER_HOURS: u32 = 48;

/// Share of the monthly budget for each part when the user gives no split, for in-house
/// work: Buffer's 40% content, 40% ads, 10% software + 10% analytics (tools).
pub const SPLIT_IN_HOUSE: BudgetShares = BudgetShares {
    ads: 0.4,
    content: 0.4,
    management: 0.0,
    tools: 0.2,
};
/// The same split when a freelancer or agency runs the work: Buffer's content share pays
/// them, since they produce the content.
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

/// Organic reach of a page's posts, share of followers (2–5%).
pub const ORGANIC_REACH_RANGE: (f64, f64) = (0.02, 0.05);

/// Days before publishing a post must be ready when someone approves it (Rotta estimate).
pub fn approval_lead_days(outsourced: bool) -> u32 {
    if outsourced { 3 } else { 2 }
}

/// The phases of the timeline: (id, first month, last month).
pub const PHASES: [(&str, u32, u32); 4] = [
    ("foundation", 1, 1),
    ("consistency", 2, 3),
    ("optimisation", 4, 6),
    ("results", 6, 12),
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
            assert!(!s.title.is_empty());
            assert_eq!(s.estimate, s.url.is_empty(), "{}", s.id);
        }
        for f in &CHANNELS {
            for s in [
                f.cadence.source,
                f.time_source,
                f.usage.source,
                f.usage.italy_source,
            ] {
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
