//! Every message of the plan, as a typed value ([`Say`]) and its text in a locale.
//!
//! The engine decides *what* to say: a [`T`] variant with its arguments as types and
//! numbers (channels, goals, formats, sources, hours…), never a translated string. The words
//! are in the catalogue (`locales/<lang>.txt`, section "Plan"); [`T::text`] picks the key and
//! fills in the arguments, with numbers, dates, lists and plurals written by
//! [`crate::core::l10n::format`]. Switching language renders the same messages again.

use chrono::NaiveDate;

use super::evidence::Source;
use super::kinds::Pillar;
use crate::core::i18n::Label;
use crate::core::l10n::{Msg, fill, format, t};
use crate::core::model::{
    AgeBand, Channel, Conversion, Format, Goal, Locale, ManagedBy, MixPreset, Offer, Reach, Sector,
};

/// A message of the plan, owned and typed: what the engine says, in no language yet.
pub type Say = T;

/// A message of the plan.
#[derive(Debug, Clone, PartialEq)]
pub enum T {
    /// Text the user typed (a business name, a metric), shown as it is.
    Verbatim(String),
    /// Messages shown one after the other, separated by a space.
    Join(Vec<T>),
    YourBusiness,
    /// The document title; `name` is the user's business name, `None` when empty.
    PlanTitle {
        name: Option<String>,
    },
    SectorName(Sector),
    OfferName(Offer),
    ReachName(Reach),
    ChannelName(Channel),
    SituationSummary {
        name: Option<String>,
        sector: Sector,
        offer: Offer,
        reach: Reach,
        active_channels: usize,
        followers: u64,
    },
    ExcludedRefused,
    ExcludedFormat {
        needs: Vec<Format>,
    },
    ExcludedNoVenue,
    ExcludedCap {
        /// The discovery channels kept.
        channels: Vec<Channel>,
    },
    /// A messaging channel the goals do not call for.
    ExcludedMessaging,
    /// What to do with the followers of a channel left out.
    DroppedFollowers {
        followers: u64,
        main: Option<Channel>,
    },
    BringInRefused,
    BringInFormat {
        needs: Vec<Format>,
    },
    BringInVenue,
    BringInCap {
        channels: Vec<Channel>,
    },
    BringInHours {
        hours: f64,
        channel: Channel,
        posts: u32,
    },
    BringInGoal {
        channel: Channel,
        goal: Goal,
    },
    BringInAudience {
        channel: Channel,
        band: AgeBand,
    },
    BringInNothing,
    BringInMessaging,
    /// The role of a channel that mirrors the main one.
    RoleReuse {
        main: Channel,
    },
    /// A discovery channel that re-uses the main channel's pieces of a format.
    SharedPieces {
        main: Channel,
        format: Format,
    },
    RationaleReuse {
        channel: Channel,
        main: Channel,
        followers: u64,
        posts: u32,
    },
    RationaleLocal {
        source: Source,
        reviews_source: Source,
    },
    RationaleRetention {
        posts: u32,
    },
    /// Where an audience figure comes from: the source, when the figure was collected
    /// ("2024-02") when that is not the year of publication, and how it was obtained when
    /// it is not the country's own figure for those ages.
    UsageSource {
        source: Source,
        as_of: Option<&'static str>,
        note: Option<Box<T>>,
    },
    /// The audience figure is the country's overall one spread with another's age profile.
    UsageAgeProfileFrom {
        country: &'static str,
        from: &'static str,
    },
    /// The audience figure lies between two of the country's published age bands.
    UsageInterpolated {
        country: &'static str,
    },
    /// The audience figure is another country's.
    UsageOtherCountry {
        country: &'static str,
        from: &'static str,
    },
    UsageEstimate,
    WorkReuse {
        channel: Channel,
        main: Channel,
        posts: u32,
    },
    /// Idle hours given back, and why no channel takes them.
    SpareTime {
        hours: f64,
        capped: bool,
    },
    ExcludedLowFit {
        score: u32,
    },
    /// Too few of the audience's age groups use it.
    ExcludedFewUsers {
        percent: u32,
    },
    ExcludedTime {
        posts: u32,
        hours: f64,
    },
    ChannelRole(Channel),
    ChannelRationale {
        channel: Channel,
        audience: u32,
        usage_source: Box<T>,
        goal: Goal,
        formats: Vec<Format>,
        posts: u32,
        min: u32,
        default: u32,
        cadence_source: Source,
        time_source: Source,
    },
    WorkPosts {
        channel: Channel,
        posts: u32,
    },
    WorkCommunity(Channel),
    WorkListening,
    WorkReporting,
    WorkloadNote,
    PillarName(Pillar),
    PillarDescription {
        pillar: Pillar,
        sector: Sector,
    },
    MixName(MixPreset),
    MixDescription(MixPreset),
    BudgetUserSplit,
    BudgetDefaultSplit {
        outsourced: bool,
        source: Source,
    },
    FuelBoostBest {
        hours: u32,
        per_week: f64,
        currency: String,
    },
    FuelKeyDates,
    FuelLocalTargeting {
        local: bool,
    },
    FuelNone,
    FuelRationale {
        low: u32,
        high: u32,
        source: Source,
    },
    ConversionText(Option<Conversion>),
    MainMetric(Goal),
    TargetFromUser {
        baseline: f64,
        target: f64,
        deadline: NaiveDate,
    },
    TargetProposal {
        goal: Goal,
        deadline: NaiveDate,
    },
    ChannelMetric(Goal),
    ChannelTarget {
        posts: u32,
        goal: Goal,
        deadline: NaiveDate,
    },
    Kpis(Goal),
    Holder(ManagedBy),
    HolderNoApproval,
    RoleMarketingManager,
    RoleSocialMediaManager,
    RoleApprover,
    RoleCommunity,
    DutiesMarketingManager,
    DutiesSocialMediaManager {
        same_person: bool,
    },
    DutiesApprover {
        required: bool,
    },
    DutiesCommunity,
    RoutineListening,
    RoutineListeningWhat {
        has_watchlist: bool,
    },
    RoutinePublishing,
    RoutinePublishingWhat,
    RoutineCommunity,
    RoutineCommunityWhat,
    RoutineReporting,
    RoutineReportingWhat {
        hours: u32,
    },
    CheckHours,
    CheckSignage,
    CheckOffers,
    CheckStaff,
    CheckEvents,
    CheckClosures,
    ReviewWeekly,
    ReviewWeeklyWhat {
        hours: u32,
    },
    ReviewMonthly,
    ReviewMonthlyWhat,
    ReviewQuarterly,
    ReviewQuarterlyWhat,
    PhaseName(PhaseId),
    PhaseExpect {
        id: PhaseId,
        exposure: u32,
        sales: u32,
    },
    WarnTooLittleTime {
        available: f64,
        needed: f64,
    },
    WarnTooManyChannels {
        current: usize,
        kept: Vec<Channel>,
        hours: f64,
    },
    WarnNoAds {
        low: u32,
        high: u32,
    },
    WarnUnpaidOutsourced {
        agency: bool,
    },
    WarnUnpaidOwnTime,
    WarnVanity {
        metric: String,
    },
    WarnShortHorizon {
        goal: Goal,
        sales: u32,
    },
    WarnSteepTarget {
        factor: f64,
        months: u32,
    },
    WarnNoValueProposition,
    WarnAudienceMismatch {
        channel: Channel,
        pct: u32,
    },
    WarnOfferMismatch {
        channel: Channel,
    },
    WarnSplitMismatch {
        sum: f64,
        monthly: f64,
    },
    WarnNoConversion,
    Md(Md),
}

pub use super::kinds::PhaseId;

/// Headings and labels of the Markdown document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Md {
    Situation,
    Objectives,
    Strategy,
    Tactics,
    Action,
    Control,
    Workload,
    Budget,
    Warnings,
    Calendar,
    Sources,
    ValueProposition,
    CurrentChannels,
    Followers,
    Competitors,
    NoCurrentChannels,
    Macro,
    Micro,
    /// The first column of the business objectives' table.
    Goal,
    Metric,
    Baseline,
    Target,
    Deadline,
    Owner,
    Kpis,
    Channel,
    Role,
    PostsPerWeek,
    Formats,
    Slots,
    Why,
    Excluded,
    Reason,
    Mix,
    Pillar,
    Share,
    Fuel,
    Roles,
    Holder,
    Duties,
    ApprovalLead,
    Routine,
    Minutes,
    Coherence,
    Reviews,
    Phases,
    Months,
    Expect,
    Task,
    Needed,
    Available,
    Ads,
    Content,
    Management,
    Tools,
    Monthly,
    LabourCost,
    TotalCost,
    Week,
    Date,
    Time,
    Title,
    Brief,
    KeyDate,
    PrepareBy,
    NoWarnings,
    ToBeMeasured,
    Estimate,
    LocalTimes,
    Generated,
    Score,
    ScoreAudience,
    ScoreGoal,
    ScoreOffer,
    ScoreReach,
    ScoreFormats,
    ScoreExisting,
    KindLocal,
    KindRetention,
    KindKept,
    BringIn,
    Range,
}

/// Fills a catalogue key: `say!(l, Key)` or `say!(l, Key, name = value, …)`.
macro_rules! say {
    ($l:expr, $key:ident) => {
        t($l, Msg::$key).to_owned()
    };
    ($l:expr, $key:ident, $($name:ident = $val:expr),+ $(,)?) => {
        fill($l, Msg::$key, &[$((stringify!($name), AsRef::<str>::as_ref(&$val))),+])
    };
}

/// A share in percent, or a range when its ends differ: "5", "5–11".
fn share_range(low: u32, high: u32) -> String {
    if low == high {
        low.to_string()
    } else {
        format!("{low}–{high}")
    }
}

/// "Publisher, year" for a source, or "Rotta" for derived figures (the same in every
/// language: a name and a year).
pub fn cite(s: &Source) -> String {
    if s.estimate {
        return "Rotta".to_string();
    }
    match s.year {
        Some(y) => format!("{}, {}", s.publisher, y),
        None => s.publisher.to_string(),
    }
}

/// The channel's display name (the same in every language).
pub use crate::core::i18n::channel_name;

/// Channels as a sentence lists them: "Instagram, Facebook e TikTok".
pub fn channel_list(channels: &[Channel], locale: Locale) -> String {
    let names: Vec<&str> = channels.iter().map(|c| channel_name(*c)).collect();
    format::list(locale, &names)
}

/// A format's name inside a sentence ("short videos").
pub fn format_name(f: Format, locale: Locale) -> &'static str {
    t(
        locale,
        match f {
            Format::Photo => Msg::PlanFormatPhoto,
            Format::Graphics => Msg::PlanFormatGraphics,
            Format::ShortVideo => Msg::PlanFormatShortVideo,
            Format::LongVideo => Msg::PlanFormatLongVideo,
            Format::Text => Msg::PlanFormatText,
            Format::Article => Msg::PlanFormatArticle,
            Format::Live => Msg::PlanFormatLive,
            Format::Stories => Msg::PlanFormatStories,
        },
    )
}

/// Formats joined with commas and "or" before the last: "foto, video brevi o storie".
pub fn format_list(formats: &[Format], locale: Locale) -> String {
    let names: Vec<&str> = formats.iter().map(|f| format_name(*f, locale)).collect();
    match names.split_last() {
        None => String::new(),
        Some((last, [])) => (*last).to_string(),
        Some((last, rest)) => say!(locale, PlanListOr, items = rest.join(", "), last = last),
    }
}

/// A goal's name inside a sentence.
pub fn goal_name(g: Goal, locale: Locale) -> &'static str {
    t(
        locale,
        match g {
            Goal::Awareness => Msg::PlanGoalAwareness,
            Goal::Community => Msg::PlanGoalCommunity,
            Goal::Traffic => Msg::PlanGoalTraffic,
            Goal::Leads => Msg::PlanGoalLeads,
            Goal::Sales => Msg::PlanGoalSales,
            Goal::CustomerCare => Msg::PlanGoalCustomerCare,
            Goal::Recruiting => Msg::PlanGoalRecruiting,
        },
    )
}

/// A sector's name inside a sentence.
pub fn sector_name(s: Sector, locale: Locale) -> &'static str {
    t(
        locale,
        match s {
            Sector::FoodDrink => Msg::PlanSectorFoodDrink,
            Sector::Retail => Msg::PlanSectorRetail,
            Sector::HospitalityTourism => Msg::PlanSectorHospitalityTourism,
            Sector::HealthWellness => Msg::PlanSectorHealthWellness,
            Sector::Beauty => Msg::PlanSectorBeauty,
            Sector::ProfessionalServices => Msg::PlanSectorProfessionalServices,
            Sector::B2bIndustry => Msg::PlanSectorB2bIndustry,
            Sector::TechSoftware => Msg::PlanSectorTechSoftware,
            Sector::Education => Msg::PlanSectorEducation,
            Sector::CultureEvents => Msg::PlanSectorCultureEvents,
            Sector::Nonprofit => Msg::PlanSectorNonprofit,
            Sector::RealEstate => Msg::PlanSectorRealEstate,
            Sector::CraftsCreative => Msg::PlanSectorCraftsCreative,
            Sector::Other => Msg::PlanSectorOther,
        },
    )
}

/// Who the business sells to, inside a sentence.
pub fn offer_name(o: Offer, locale: Locale) -> &'static str {
    t(
        locale,
        match o {
            Offer::B2c => Msg::PlanOfferB2c,
            Offer::B2b => Msg::PlanOfferB2b,
            Offer::Both => Msg::PlanOfferBoth,
        },
    )
}

/// How far the customers are, inside a sentence.
pub fn reach_name(r: Reach, locale: Locale) -> &'static str {
    t(
        locale,
        match r {
            Reach::Local => Msg::PlanReachLocal,
            Reach::Regional => Msg::PlanReachRegional,
            Reach::National => Msg::PlanReachNational,
            Reach::International => Msg::PlanReachInternational,
        },
    )
}

/// A number as the locale writes it.
fn n(locale: Locale, v: f64) -> String {
    format::number(locale, v)
}

/// "1 ora" / "2,5 ore", "1 hour" / "2.5 hours" (the plural rule of the locale, on the
/// number as written: 1.001 hours reads "1 hour").
fn hours_phrase(v: f64, locale: Locale) -> String {
    let rounded = (v * 100.0).round() / 100.0;
    format::count(locale, rounded, Msg::PlanHoursOne, Msg::PlanHoursOther)
}

/// "1 post" / "3 post", "1 post" / "3 posts".
fn posts_phrase(posts: u32, locale: Locale) -> String {
    format::count(
        locale,
        f64::from(posts),
        Msg::PlanPostsOne,
        Msg::PlanPostsOther,
    )
}

/// "1 mese" / "6 mesi", "1 month" / "6 months".
fn months_phrase(months: u32, locale: Locale) -> String {
    format::count(
        locale,
        f64::from(months),
        Msg::PlanMonthsOne,
        Msg::PlanMonthsOther,
    )
}

fn mix_name(p: MixPreset) -> &'static str {
    match p {
        MixPreset::EightyTwenty => "80/20",
        MixPreset::SeventyTwentyTen => "70/20/10",
        MixPreset::FourOneOne => "4-1-1",
        MixPreset::FiveThreeTwo => "5-3-2",
    }
}

fn by_goal(g: Goal, keys: [Msg; 7]) -> Msg {
    keys[match g {
        Goal::Awareness => 0,
        Goal::Community => 1,
        Goal::Traffic => 2,
        Goal::Leads => 3,
        Goal::Sales => 4,
        Goal::CustomerCare => 5,
        Goal::Recruiting => 6,
    }]
}

impl T {
    /// The online/offline checklist, in order.
    pub const CHECKLIST: [T; 5] = [
        T::CheckHours,
        T::CheckSignage,
        T::CheckOffers,
        T::CheckStaff,
        T::CheckEvents,
    ];

    /// The message in `locale`.
    pub fn text(&self, locale: Locale) -> String {
        let l = locale;
        match self {
            T::Verbatim(s) => s.clone(),
            T::Join(parts) => parts
                .iter()
                .map(|p| p.text(l))
                .collect::<Vec<_>>()
                .join(" "),
            T::YourBusiness => say!(l, PlanYourBusiness),
            T::PlanTitle { name } => {
                let name = name.clone().unwrap_or_else(|| say!(l, PlanYourBusiness));
                say!(l, PlanDocTitle, name = name)
            }
            T::SectorName(s) => sector_name(*s, l).to_owned(),
            T::OfferName(o) => offer_name(*o, l).to_owned(),
            T::ReachName(r) => reach_name(*r, l).to_owned(),
            T::ChannelName(c) => channel_name(*c).to_owned(),
            T::SituationSummary {
                name,
                sector,
                offer,
                reach,
                active_channels,
                followers,
            } => {
                let name = name.clone().unwrap_or_else(|| say!(l, PlanYourBusiness));
                say!(
                    l,
                    PlanSituationSummary,
                    name = name,
                    sector = sector_name(*sector, l),
                    offer = offer_name(*offer, l),
                    reach = reach_name(*reach, l),
                    active = n(l, *active_channels as f64),
                    followers = crate::core::i18n::followers(l, *followers),
                )
            }
            T::ExcludedRefused => say!(l, PlanExcludedRefused),
            T::ExcludedFormat { needs } => {
                say!(l, PlanExcludedFormat, needs = format_list(needs, l))
            }
            T::ExcludedNoVenue => say!(l, PlanExcludedNoVenue),
            T::ExcludedCap { channels } => {
                say!(l, PlanExcludedCap, channels = channel_list(channels, l))
            }
            T::ExcludedMessaging => say!(l, PlanExcludedMessaging),
            T::DroppedFollowers {
                followers,
                main: Some(main),
            } => say!(
                l,
                PlanDroppedFollowersMain,
                followers = crate::core::i18n::followers(l, *followers),
                main = channel_name(*main),
            ),
            T::DroppedFollowers {
                followers,
                main: None,
            } => say!(
                l,
                PlanDroppedFollowers,
                followers = crate::core::i18n::followers(l, *followers)
            ),
            T::BringInRefused => say!(l, PlanBringInRefused),
            T::BringInFormat { needs } => {
                say!(l, PlanBringInFormat, needs = format_list(needs, l))
            }
            T::BringInVenue => say!(l, PlanBringInVenue),
            T::BringInCap { channels } => {
                say!(l, PlanBringInCap, channels = channel_list(channels, l))
            }
            T::BringInHours {
                hours,
                channel,
                posts,
            } => say!(
                l,
                PlanBringInHours,
                hours = hours_phrase(*hours, l),
                channel = channel_name(*channel),
                posts = posts_phrase(*posts, l),
            ),
            T::BringInGoal { channel, goal } => say!(
                l,
                PlanBringInGoal,
                channel = channel_name(*channel),
                goal = goal_name(*goal, l),
            ),
            T::BringInAudience { channel, band } => say!(
                l,
                PlanBringInAudience,
                channel = channel_name(*channel),
                band = band.label(l),
            ),
            T::BringInNothing => say!(l, PlanBringInNothing),
            T::BringInMessaging => say!(l, PlanBringInMessaging),
            T::RoleReuse { main } => say!(l, PlanRoleReuse, main = channel_name(*main)),
            T::SharedPieces { main, format } => say!(
                l,
                PlanSharedPieces,
                format = format_name(*format, l),
                main = channel_name(*main),
            ),
            T::RationaleReuse {
                channel,
                main,
                followers,
                posts,
            } => say!(
                l,
                PlanRationaleReuse,
                channel = channel_name(*channel),
                followers = crate::core::i18n::followers(l, *followers),
                posts = posts_phrase(*posts, l),
                main = channel_name(*main),
            ),
            T::RationaleLocal {
                source,
                reviews_source,
            } => say!(
                l,
                PlanRationaleLocal,
                source = cite(source),
                reviews_source = cite(reviews_source),
            ),
            T::RationaleRetention { posts } => {
                say!(l, PlanRationaleRetention, posts = posts_phrase(*posts, l))
            }
            T::UsageSource {
                source,
                as_of,
                note,
            } => {
                let mut out = cite(source);
                if let Some(date) = as_of {
                    out.push_str(", ");
                    out.push_str(&say!(l, PlanUsageAsOf, date = date));
                }
                if let Some(note) = note {
                    out.push_str("; ");
                    out.push_str(&note.text(l));
                }
                out
            }
            T::UsageInterpolated { country } => say!(
                l,
                PlanUsageInterpolated,
                country = crate::core::i18n::country_name(l, country)
            ),
            T::UsageAgeProfileFrom { country, from } => say!(
                l,
                PlanUsageAgeProfileFrom,
                country = crate::core::i18n::country_name(l, country),
                from = crate::core::i18n::country_name(l, from),
            ),
            T::UsageOtherCountry { country, from } => say!(
                l,
                PlanUsageOtherCountry,
                country = crate::core::i18n::country_name(l, country),
                from = crate::core::i18n::country_name(l, from),
            ),
            T::UsageEstimate => say!(l, PlanUsageEstimate),
            T::WorkReuse {
                channel,
                main,
                posts,
            } => say!(
                l,
                PlanWorkReuse,
                channel = channel_name(*channel),
                posts = posts_phrase(*posts, l),
                main = channel_name(*main),
            ),
            T::SpareTime {
                hours,
                capped: true,
            } => say!(l, PlanSpareTimeCapped, hours = hours_phrase(*hours, l)),
            T::SpareTime {
                hours,
                capped: false,
            } => say!(l, PlanSpareTimeFree, hours = hours_phrase(*hours, l)),
            T::ExcludedFewUsers { percent } => {
                say!(l, PlanExcludedFewUsers, percent = percent.to_string())
            }
            T::ExcludedLowFit { score } => {
                say!(l, PlanExcludedLowFit, score = score.to_string())
            }
            T::ExcludedTime { posts, hours } => say!(
                l,
                PlanExcludedTime,
                posts = posts_phrase(*posts, l),
                hours = hours_phrase(*hours, l),
            ),
            T::ChannelRole(c) => t(
                l,
                match c {
                    Channel::Instagram => Msg::PlanChannelRoleInstagram,
                    Channel::Facebook => Msg::PlanChannelRoleFacebook,
                    Channel::Linkedin => Msg::PlanChannelRoleLinkedin,
                    Channel::Tiktok => Msg::PlanChannelRoleTiktok,
                    Channel::Youtube => Msg::PlanChannelRoleYoutube,
                    Channel::Pinterest => Msg::PlanChannelRolePinterest,
                    Channel::X => Msg::PlanChannelRoleX,
                    Channel::Threads => Msg::PlanChannelRoleThreads,
                    Channel::Whatsapp => Msg::PlanChannelRoleWhatsapp,
                    Channel::GoogleBusiness => Msg::PlanChannelRoleGoogleBusiness,
                },
            )
            .to_owned(),
            T::ChannelRationale {
                channel,
                audience,
                usage_source,
                goal,
                formats,
                posts,
                min,
                default,
                cadence_source,
                time_source,
            } => say!(
                l,
                PlanChannelRationale,
                channel = channel_name(*channel),
                audience = audience.to_string(),
                usage_source = usage_source.text(l),
                goal = goal_name(*goal, l),
                formats = format_list(formats, l),
                posts = posts_phrase(*posts, l),
                min = min.to_string(),
                default = default.to_string(),
                cadence_source = cite(cadence_source),
                time_source = cite(time_source),
            ),
            T::WorkPosts { channel, posts } => say!(
                l,
                PlanWorkPosts,
                channel = channel_name(*channel),
                posts = posts_phrase(*posts, l),
            ),
            T::WorkCommunity(c) => say!(l, PlanWorkCommunity, channel = channel_name(*c)),
            T::WorkListening => say!(l, PlanWorkListening),
            T::WorkReporting => say!(l, PlanWorkReporting),
            T::WorkloadNote => say!(l, PlanWorkloadNote),
            // The calendar's word for it too: one name per pillar (`core::pillar`).
            T::PillarName(p) => p.name(l).to_owned(),
            T::PillarDescription { pillar, sector } => {
                let key = match pillar {
                    Pillar::Education => Msg::PlanPillarDescEducation,
                    Pillar::BehindTheScenes => Msg::PlanPillarDescBehindTheScenes,
                    Pillar::SocialProof => Msg::PlanPillarDescSocialProof,
                    Pillar::ProductOffer => Msg::PlanPillarDescProductOffer,
                    Pillar::Community => Msg::PlanPillarDescCommunity,
                    Pillar::LocalEvents => Msg::PlanPillarDescLocalEvents,
                    Pillar::Curated => Msg::PlanPillarDescCurated,
                    Pillar::Inspiration => Msg::PlanPillarDescInspiration,
                    Pillar::TeamCareers => Msg::PlanPillarDescTeamCareers,
                    Pillar::QuestionsAnswers => Msg::PlanPillarDescQuestionsAnswers,
                };
                fill(l, key, &[("sector", sector_name(*sector, l))])
            }
            T::MixName(p) => mix_name(*p).into(),
            T::MixDescription(p) => t(
                l,
                match p {
                    MixPreset::EightyTwenty => Msg::PlanMixEightyTwenty,
                    MixPreset::SeventyTwentyTen => Msg::PlanMixSeventyTwentyTen,
                    MixPreset::FourOneOne => Msg::PlanMixFourOneOne,
                    MixPreset::FiveThreeTwo => Msg::PlanMixFiveThreeTwo,
                },
            )
            .to_owned(),
            T::BudgetUserSplit => say!(l, PlanBudgetUserSplit),
            T::BudgetDefaultSplit {
                outsourced: true,
                source,
            } => say!(l, PlanBudgetSplitOutsourced, source = cite(source)),
            T::BudgetDefaultSplit {
                outsourced: false,
                source,
            } => say!(l, PlanBudgetSplitInHouse, source = cite(source)),
            T::FuelBoostBest {
                hours,
                per_week,
                currency,
            } => say!(
                l,
                PlanFuelBoostBest,
                hours = hours_phrase(f64::from(*hours), l),
                money = format::money(l, *per_week, currency),
            ),
            T::FuelKeyDates => say!(l, PlanFuelKeyDates),
            T::FuelLocalTargeting { local: true } => say!(l, PlanFuelLocal),
            T::FuelLocalTargeting { local: false } => say!(l, PlanFuelAudience),
            T::FuelNone => say!(l, PlanFuelNone),
            T::FuelRationale { low, high, source } => say!(
                l,
                PlanFuelRationale,
                share = share_range(*low, *high),
                source = cite(source),
            ),
            T::ConversionText(c) => t(
                l,
                match c {
                    Some(Conversion::UtmLink) => Msg::PlanConversionUtmLink,
                    Some(Conversion::PromoCode) => Msg::PlanConversionPromoCode,
                    Some(Conversion::AskCustomers) => Msg::PlanConversionAskCustomers,
                    Some(Conversion::BookingForm) => Msg::PlanConversionBookingForm,
                    Some(Conversion::PhoneCalls) => Msg::PlanConversionPhoneCalls,
                    Some(Conversion::StoreVisits) => Msg::PlanConversionStoreVisits,
                    Some(Conversion::Other) => Msg::PlanConversionOther,
                    None => Msg::PlanConversionNone,
                },
            )
            .to_owned(),
            T::MainMetric(g) => t(
                l,
                by_goal(
                    *g,
                    [
                        Msg::PlanMainMetricAwareness,
                        Msg::PlanMainMetricCommunity,
                        Msg::PlanMainMetricTraffic,
                        Msg::PlanMainMetricLeads,
                        Msg::PlanMainMetricSales,
                        Msg::PlanMainMetricCustomerCare,
                        Msg::PlanMainMetricRecruiting,
                    ],
                ),
            )
            .to_owned(),
            T::TargetFromUser {
                baseline,
                target,
                deadline,
            } => say!(
                l,
                PlanTargetFromUser,
                baseline = n(l, *baseline),
                target = n(l, *target),
                deadline = format::date(l, *deadline),
            ),
            T::TargetProposal { goal, deadline } => say!(
                l,
                PlanTargetProposal,
                aim = t(
                    l,
                    by_goal(
                        *goal,
                        [
                            Msg::PlanAimAwareness,
                            Msg::PlanAimCommunity,
                            Msg::PlanAimTraffic,
                            Msg::PlanAimLeads,
                            Msg::PlanAimSales,
                            Msg::PlanAimCustomerCare,
                            Msg::PlanAimRecruiting,
                        ],
                    ),
                ),
                deadline = format::date(l, *deadline),
            ),
            T::ChannelMetric(g) => t(
                l,
                by_goal(
                    *g,
                    [
                        Msg::PlanChannelMetricAwareness,
                        Msg::PlanChannelMetricCommunity,
                        Msg::PlanChannelMetricTraffic,
                        Msg::PlanChannelMetricLeads,
                        Msg::PlanChannelMetricSales,
                        Msg::PlanChannelMetricCustomerCare,
                        Msg::PlanChannelMetricRecruiting,
                    ],
                ),
            )
            .to_owned(),
            T::ChannelTarget {
                posts,
                goal,
                deadline,
            } => say!(
                l,
                PlanChannelTarget,
                posts = posts_phrase(*posts, l),
                aim = t(
                    l,
                    match goal {
                        Goal::CustomerCare => Msg::PlanChannelAimCustomerCare,
                        Goal::Community => Msg::PlanChannelAimCommunity,
                        _ => Msg::PlanChannelAimOther,
                    },
                ),
                deadline = format::date(l, *deadline),
            ),
            T::Kpis(g) => t(
                l,
                by_goal(
                    *g,
                    [
                        Msg::PlanKpisAwareness,
                        Msg::PlanKpisCommunity,
                        Msg::PlanKpisTraffic,
                        Msg::PlanKpisLeads,
                        Msg::PlanKpisSales,
                        Msg::PlanKpisCustomerCare,
                        Msg::PlanKpisRecruiting,
                    ],
                ),
            )
            .to_owned(),
            T::Holder(m) => t(
                l,
                match m {
                    ManagedBy::Owner => Msg::PlanHolderOwner,
                    ManagedBy::Employee => Msg::PlanHolderEmployee,
                    ManagedBy::Freelancer => Msg::PlanHolderFreelancer,
                    ManagedBy::Agency => Msg::PlanHolderAgency,
                },
            )
            .to_owned(),
            T::HolderNoApproval => say!(l, PlanHolderNoApproval),
            T::RoleMarketingManager => say!(l, PlanRoleMarketingManager),
            T::RoleSocialMediaManager => say!(l, PlanRoleSocialMediaManager),
            T::RoleApprover => say!(l, PlanRoleApprover),
            T::RoleCommunity => say!(l, PlanRoleCommunity),
            T::DutiesMarketingManager => say!(l, PlanDutiesMarketingManager),
            T::DutiesSocialMediaManager { same_person: true } => {
                say!(l, PlanDutiesSmmSamePerson)
            }
            T::DutiesSocialMediaManager { same_person: false } => say!(l, PlanDutiesSmm),
            T::DutiesApprover { required: true } => say!(l, PlanDutiesApproverRequired),
            T::DutiesApprover { required: false } => say!(l, PlanDutiesApproverNone),
            T::DutiesCommunity => say!(l, PlanDutiesCommunity),
            T::RoutineListening => say!(l, PlanRoutineListening),
            T::RoutineListeningWhat {
                has_watchlist: true,
            } => say!(l, PlanRoutineListeningWatchlist),
            T::RoutineListeningWhat {
                has_watchlist: false,
            } => say!(l, PlanRoutineListeningGeneral),
            T::RoutinePublishing => say!(l, PlanRoutinePublishing),
            T::RoutinePublishingWhat => say!(l, PlanRoutinePublishingWhat),
            T::RoutineCommunity => say!(l, PlanRoutineCommunity),
            T::RoutineCommunityWhat => say!(l, PlanRoutineCommunityWhat),
            T::RoutineReporting => say!(l, PlanRoutineReporting),
            T::RoutineReportingWhat { hours } => say!(
                l,
                PlanRoutineReportingWhat,
                hours = hours_phrase(f64::from(*hours), l)
            ),
            T::CheckHours => say!(l, PlanCheckHours),
            T::CheckSignage => say!(l, PlanCheckSignage),
            T::CheckOffers => say!(l, PlanCheckOffers),
            T::CheckStaff => say!(l, PlanCheckStaff),
            T::CheckEvents => say!(l, PlanCheckEvents),
            T::CheckClosures => say!(l, PlanCheckClosures),
            T::ReviewWeekly => say!(l, PlanReviewWeekly),
            T::ReviewWeeklyWhat { hours } => say!(
                l,
                PlanReviewWeeklyWhat,
                hours = hours_phrase(f64::from(*hours), l)
            ),
            T::ReviewMonthly => say!(l, PlanReviewMonthly),
            T::ReviewMonthlyWhat => say!(l, PlanReviewMonthlyWhat),
            T::ReviewQuarterly => say!(l, PlanReviewQuarterly),
            T::ReviewQuarterlyWhat => say!(l, PlanReviewQuarterlyWhat),
            T::PhaseName(id) => t(
                l,
                match id {
                    PhaseId::Foundation => Msg::PlanPhaseFoundation,
                    PhaseId::Consistency => Msg::PlanPhaseConsistency,
                    PhaseId::Optimisation => Msg::PlanPhaseOptimisation,
                    PhaseId::Results => Msg::PlanPhaseResults,
                },
            )
            .to_owned(),
            T::PhaseExpect {
                id,
                exposure,
                sales,
            } => match id {
                PhaseId::Foundation => say!(l, PlanExpectFoundation),
                PhaseId::Consistency => say!(l, PlanExpectConsistency),
                PhaseId::Optimisation => say!(l, PlanExpectOptimisation),
                PhaseId::Results => say!(
                    l,
                    PlanExpectResults,
                    exposure = exposure.to_string(),
                    sales = sales.to_string(),
                ),
            },
            T::WarnTooLittleTime { available, needed } => {
                let needed_n = (needed * 100.0).round() / 100.0;
                let key = if format::is_singular(l, needed_n) {
                    Msg::PlanWarnTooLittleTimeOne
                } else {
                    Msg::PlanWarnTooLittleTimeOther
                };
                fill(
                    l,
                    key,
                    &[
                        ("available", &hours_phrase(*available, l)),
                        ("needed", &hours_phrase(*needed, l)),
                    ],
                )
            }
            T::WarnTooManyChannels {
                current,
                kept,
                hours,
            } => say!(
                l,
                PlanWarnTooManyChannels,
                current = current.to_string(),
                hours = hours_phrase(*hours, l),
                kept = if kept.is_empty() {
                    say!(l, PlanNoneKept)
                } else {
                    channel_list(kept, l)
                },
            ),
            T::WarnNoAds { low, high } => {
                say!(l, PlanWarnNoAds, share = share_range(*low, *high))
            }
            T::WarnUnpaidOutsourced { agency: true } => say!(l, PlanWarnUnpaidAgency),
            T::WarnUnpaidOutsourced { agency: false } => say!(l, PlanWarnUnpaidFreelancer),
            T::WarnUnpaidOwnTime => say!(l, PlanWarnUnpaidOwnTime),
            T::WarnVanity { metric } => say!(l, PlanWarnVanity, metric = metric),
            T::WarnShortHorizon { goal, sales } => say!(
                l,
                PlanWarnShortHorizon,
                goal = goal_name(*goal, l),
                sales = sales.to_string(),
            ),
            T::WarnSteepTarget { factor, months } => say!(
                l,
                PlanWarnSteepTarget,
                factor = n(l, (*factor * 10.0).round() / 10.0),
                months = months_phrase(*months, l),
            ),
            T::WarnNoValueProposition => say!(l, PlanWarnNoValueProposition),
            T::WarnAudienceMismatch { channel, pct } => say!(
                l,
                PlanWarnAudienceMismatch,
                channel = channel_name(*channel),
                pct = pct.to_string(),
            ),
            T::WarnOfferMismatch { channel } => {
                say!(l, PlanWarnOfferMismatch, channel = channel_name(*channel))
            }
            T::WarnSplitMismatch { sum, monthly } => say!(
                l,
                PlanWarnSplitMismatch,
                sum = n(l, *sum),
                monthly = n(l, *monthly),
            ),
            T::WarnNoConversion => say!(l, PlanWarnNoConversion),
            T::Md(m) => t(l, m.key()).to_owned(),
        }
    }
}

impl Md {
    /// The catalogue key of the label (the interface's own word when it is the same thing:
    /// "Tema" for a pillar, "Preparare entro" for the day a post must be ready).
    pub const fn key(self) -> Msg {
        match self {
            Md::Situation => Msg::PlanSituation,
            Md::Objectives => Msg::PlanObjectives,
            Md::Strategy => Msg::MdStrategy,
            Md::Tactics => Msg::PlanTactics,
            Md::Action => Msg::PlanAction,
            Md::Control => Msg::PlanControl,
            Md::Workload => Msg::MdWorkload,
            Md::Budget => Msg::MdBudget,
            Md::Warnings => Msg::MdWarnings,
            Md::Calendar => Msg::MdCalendar,
            Md::Sources => Msg::PlanSources,
            Md::ValueProposition => Msg::MdValueProposition,
            Md::CurrentChannels => Msg::MdCurrentChannels,
            Md::Followers => Msg::MdFollowers,
            Md::Competitors => Msg::MdCompetitors,
            Md::NoCurrentChannels => Msg::MdNoCurrentChannels,
            Md::Macro => Msg::MdMacro,
            Md::Micro => Msg::MdMicro,
            Md::Goal => Msg::MdGoal,
            Md::Metric => Msg::PlanMetric,
            Md::Baseline => Msg::MdBaseline,
            Md::Target => Msg::MdTarget,
            Md::Deadline => Msg::PlanDeadline,
            Md::Owner => Msg::PlanOwner,
            Md::Kpis => Msg::MdKpis,
            Md::Channel => Msg::PlanChannel,
            Md::Role => Msg::MdRole,
            Md::PostsPerWeek => Msg::MdPostsPerWeek,
            Md::Formats => Msg::PlanFormats,
            Md::Slots => Msg::MdSlots,
            Md::Why => Msg::MdWhy,
            Md::Excluded => Msg::MdExcluded,
            Md::Reason => Msg::MdReason,
            Md::Mix => Msg::MdMix,
            Md::Pillar => Msg::PlanPillar,
            Md::Share => Msg::MdShare,
            Md::Fuel => Msg::MdFuel,
            Md::Roles => Msg::PlanRoles,
            Md::Holder => Msg::MdHolder,
            Md::Duties => Msg::MdDuties,
            Md::ApprovalLead => Msg::MdApprovalLead,
            Md::Routine => Msg::MdRoutine,
            Md::Minutes => Msg::MdMinutes,
            Md::Coherence => Msg::MdCoherence,
            Md::Reviews => Msg::PlanReviews,
            Md::Phases => Msg::MdPhases,
            Md::Months => Msg::MdMonths,
            Md::Expect => Msg::MdExpect,
            Md::Task => Msg::MdTask,
            Md::Needed => Msg::MdNeeded,
            Md::Available => Msg::MdAvailable,
            Md::Ads => Msg::MdAds,
            Md::Content => Msg::MdContent,
            Md::Management => Msg::MdManagement,
            Md::Tools => Msg::MdTools,
            Md::Monthly => Msg::PlanBudget,
            Md::LabourCost => Msg::MdLabourCost,
            Md::TotalCost => Msg::MdTotalCost,
            Md::Week => Msg::PlanWeek,
            Md::Date => Msg::PlanDate,
            Md::Time => Msg::PlanTime,
            Md::Title => Msg::MdTitle,
            Md::Brief => Msg::MdBrief,
            Md::KeyDate => Msg::MdKeyDate,
            Md::PrepareBy => Msg::PlanPrepareBy,
            Md::NoWarnings => Msg::MdNoWarnings,
            Md::ToBeMeasured => Msg::MdToBeMeasured,
            Md::Estimate => Msg::MdEstimate,
            Md::LocalTimes => Msg::PlanTimesLocal,
            Md::Generated => Msg::MdGenerated,
            Md::Score => Msg::MdScore,
            Md::ScoreAudience => Msg::MdScoreAudience,
            Md::ScoreGoal => Msg::MdScoreGoal,
            Md::ScoreOffer => Msg::MdScoreOffer,
            Md::ScoreReach => Msg::MdScoreReach,
            Md::ScoreFormats => Msg::MdScoreFormats,
            Md::ScoreExisting => Msg::MdScoreExisting,
            Md::KindLocal => Msg::PlanKindLocal,
            Md::KindRetention => Msg::PlanKindRetention,
            Md::KindKept => Msg::PlanKindKept,
            Md::BringIn => Msg::MdBringIn,
            Md::Range => Msg::MdRange,
        }
    }
}

/// One sample of every message, for the completeness tests.
#[cfg(test)]
pub(crate) fn samples() -> Vec<T> {
    use super::evidence as ev;
    let d = NaiveDate::from_ymd_opt(2027, 7, 5).unwrap_or_default();
    let s = ev::ROTTA_ESTIMATE;
    let mut v = vec![
        T::YourBusiness,
        T::PlanTitle {
            name: Some("X".into()),
        },
        T::PlanTitle { name: None },
        T::SituationSummary {
            name: Some("X".into()),
            sector: Sector::FoodDrink,
            offer: Offer::B2c,
            reach: Reach::Local,
            active_channels: 1,
            followers: 10,
        },
        T::ExcludedRefused,
        T::ExcludedFormat {
            needs: vec![Format::ShortVideo],
        },
        T::ExcludedNoVenue,
        T::ExcludedCap {
            channels: vec![Channel::Instagram, Channel::Facebook],
        },
        T::ExcludedMessaging,
        T::DroppedFollowers {
            followers: 1,
            main: None,
        },
        T::DroppedFollowers {
            followers: 420,
            main: Some(Channel::Instagram),
        },
        T::BringInRefused,
        T::BringInFormat {
            needs: vec![Format::ShortVideo, Format::Live],
        },
        T::BringInVenue,
        T::BringInCap {
            channels: vec![Channel::Instagram],
        },
        T::BringInHours {
            hours: 1.0,
            channel: Channel::Instagram,
            posts: 2,
        },
        T::BringInGoal {
            channel: Channel::Linkedin,
            goal: Goal::Leads,
        },
        T::BringInAudience {
            channel: Channel::Tiktok,
            band: AgeBand::A18_24,
        },
        T::BringInNothing,
        T::BringInMessaging,
        T::RoleReuse {
            main: Channel::Instagram,
        },
        T::SharedPieces {
            main: Channel::Instagram,
            format: Format::ShortVideo,
        },
        T::RationaleReuse {
            channel: Channel::Facebook,
            main: Channel::Instagram,
            followers: 420,
            posts: 2,
        },
        T::RationaleLocal {
            source: s,
            reviews_source: s,
        },
        T::RationaleRetention { posts: 1 },
        T::UsageAgeProfileFrom {
            country: "IT",
            from: "US",
        },
        T::UsageOtherCountry {
            country: "ES",
            from: "US",
        },
        T::UsageEstimate,
        T::UsageSource {
            source: s,
            as_of: Some("2024-02"),
            note: Some(Box::new(T::UsageEstimate)),
        },
        T::UsageInterpolated { country: "DE" },
        T::WorkReuse {
            channel: Channel::Facebook,
            main: Channel::Instagram,
            posts: 2,
        },
        T::SpareTime {
            hours: 1.5,
            capped: true,
        },
        T::SpareTime {
            hours: 1.0,
            capped: false,
        },
        T::ExcludedLowFit { score: 30 },
        T::ExcludedFewUsers { percent: 12 },
        T::ExcludedTime {
            posts: 3,
            hours: 7.5,
        },
        T::WorkListening,
        T::WorkReporting,
        T::WorkloadNote,
        T::BudgetUserSplit,
        T::FuelKeyDates,
        T::FuelNone,
        T::FuelRationale {
            low: 2,
            high: 5,
            source: s,
        },
        T::TargetFromUser {
            baseline: 1.0,
            target: 2.0,
            deadline: d,
        },
        T::HolderNoApproval,
        T::RoleMarketingManager,
        T::RoleSocialMediaManager,
        T::RoleApprover,
        T::RoleCommunity,
        T::DutiesMarketingManager,
        T::DutiesCommunity,
        T::RoutineListening,
        T::RoutinePublishing,
        T::RoutinePublishingWhat,
        T::RoutineCommunity,
        T::RoutineCommunityWhat,
        T::RoutineReporting,
        T::RoutineReportingWhat { hours: 48 },
        T::CheckClosures,
        T::ReviewWeekly,
        T::ReviewWeeklyWhat { hours: 48 },
        T::ReviewMonthly,
        T::ReviewMonthlyWhat,
        T::ReviewQuarterly,
        T::ReviewQuarterlyWhat,
        T::WarnTooLittleTime {
            available: 1.0,
            needed: 3.5,
        },
        T::WarnTooLittleTime {
            available: 0.5,
            needed: 1.0,
        },
        T::WarnTooManyChannels {
            current: 6,
            kept: vec![Channel::Instagram],
            hours: 2.0,
        },
        T::WarnTooManyChannels {
            current: 6,
            kept: vec![],
            hours: 0.5,
        },
        T::WarnNoAds { low: 2, high: 5 },
        T::WarnUnpaidOwnTime,
        T::WarnVanity {
            metric: "follower".into(),
        },
        T::WarnSteepTarget {
            factor: 5.0,
            months: 3,
        },
        T::WarnNoValueProposition,
        T::WarnSplitMismatch {
            sum: 1.0,
            monthly: 2.0,
        },
        T::WarnNoConversion,
    ];
    v.extend(T::CHECKLIST);
    for b in [true, false] {
        v.push(T::BudgetDefaultSplit {
            outsourced: b,
            source: s,
        });
        v.push(T::FuelLocalTargeting { local: b });
        v.push(T::DutiesSocialMediaManager { same_person: b });
        v.push(T::DutiesApprover { required: b });
        v.push(T::RoutineListeningWhat { has_watchlist: b });
        v.push(T::WarnUnpaidOutsourced { agency: b });
    }
    v.push(T::FuelBoostBest {
        hours: 48,
        per_week: 14.0,
        currency: "EUR".into(),
    });
    for c in Channel::ALL {
        v.push(T::ChannelRole(*c));
        v.push(T::WorkPosts {
            channel: *c,
            posts: 2,
        });
        v.push(T::WorkCommunity(*c));
        v.push(T::WarnAudienceMismatch {
            channel: *c,
            pct: 10,
        });
        v.push(T::WarnOfferMismatch { channel: *c });
        v.push(T::ChannelRationale {
            channel: *c,
            audience: 50,
            usage_source: Box::new(T::UsageSource {
                source: s,
                as_of: None,
                note: None,
            }),
            goal: Goal::Awareness,
            formats: vec![Format::Photo],
            posts: 2,
            min: 1,
            default: 3,
            cadence_source: s,
            time_source: s,
        });
    }
    for p in Pillar::ALL {
        v.push(T::PillarName(p));
        v.push(T::PillarDescription {
            pillar: p,
            sector: Sector::FoodDrink,
        });
    }
    for m in MixPreset::ALL {
        v.push(T::MixDescription(*m));
    }
    for g in Goal::ALL {
        v.push(T::MainMetric(*g));
        v.push(T::TargetProposal {
            goal: *g,
            deadline: d,
        });
        v.push(T::ChannelMetric(*g));
        v.push(T::ChannelTarget {
            posts: 2,
            goal: *g,
            deadline: d,
        });
        v.push(T::Kpis(*g));
        v.push(T::WarnShortHorizon {
            goal: *g,
            sales: 35,
        });
    }
    for c in Conversion::ALL.iter().copied().map(Some).chain([None]) {
        v.push(T::ConversionText(c));
    }
    for m in ManagedBy::ALL {
        v.push(T::Holder(*m));
    }
    for id in PhaseId::ALL {
        v.push(T::PhaseName(id));
        v.push(T::PhaseExpect {
            id,
            exposure: 80,
            sales: 35,
        });
    }
    for s in Sector::ALL {
        v.push(T::SectorName(*s));
    }
    for o in Offer::ALL {
        v.push(T::OfferName(*o));
    }
    for r in Reach::ALL {
        v.push(T::ReachName(*r));
    }
    v.extend(ALL_MD.iter().map(|m| T::Md(*m)));
    v
}

/// Every Markdown label, for the completeness test.
#[cfg(test)]
pub(crate) const ALL_MD: [Md; 82] = [
    Md::Situation,
    Md::Objectives,
    Md::Strategy,
    Md::Tactics,
    Md::Action,
    Md::Control,
    Md::Workload,
    Md::Budget,
    Md::Warnings,
    Md::Calendar,
    Md::Sources,
    Md::ValueProposition,
    Md::CurrentChannels,
    Md::Followers,
    Md::Competitors,
    Md::NoCurrentChannels,
    Md::Macro,
    Md::Micro,
    Md::Goal,
    Md::Metric,
    Md::Baseline,
    Md::Target,
    Md::Deadline,
    Md::Owner,
    Md::Kpis,
    Md::Channel,
    Md::Role,
    Md::PostsPerWeek,
    Md::Formats,
    Md::Slots,
    Md::Why,
    Md::Excluded,
    Md::Reason,
    Md::Mix,
    Md::Pillar,
    Md::Share,
    Md::Fuel,
    Md::Roles,
    Md::Holder,
    Md::Duties,
    Md::ApprovalLead,
    Md::Routine,
    Md::Minutes,
    Md::Coherence,
    Md::Reviews,
    Md::Phases,
    Md::Months,
    Md::Expect,
    Md::Task,
    Md::Needed,
    Md::Available,
    Md::Ads,
    Md::Content,
    Md::Management,
    Md::Tools,
    Md::Monthly,
    Md::LabourCost,
    Md::TotalCost,
    Md::Week,
    Md::Date,
    Md::Time,
    Md::Title,
    Md::Brief,
    Md::KeyDate,
    Md::PrepareBy,
    Md::NoWarnings,
    Md::ToBeMeasured,
    Md::Estimate,
    Md::LocalTimes,
    Md::Generated,
    Md::Score,
    Md::ScoreAudience,
    Md::ScoreGoal,
    Md::ScoreOffer,
    Md::ScoreReach,
    Md::ScoreFormats,
    Md::ScoreExisting,
    Md::KindLocal,
    Md::KindRetention,
    Md::KindKept,
    Md::BringIn,
    Md::Range,
];

#[cfg(test)]
mod tests {
    use super::*;

    const ALL_LOCALES: [Locale; 5] = [Locale::It, Locale::En, Locale::Es, Locale::Fr, Locale::De];

    #[test]
    fn every_message_exists_in_every_language() {
        for t in samples() {
            let it = t.text(Locale::It);
            for l in ALL_LOCALES {
                let text = t.text(l);
                assert!(!text.trim().is_empty(), "{t:?} has no text in {l:?}");
                assert!(
                    !text.contains('{'),
                    "{t:?} leaves a placeholder in {l:?}: {text}"
                );
            }
            // Words borrowed from English, or the same in both, and citations (a publisher
            // and a year); everything else differs.
            let same_in_both = matches!(
                t,
                T::RoutineCommunity
                    | T::PillarName(Pillar::Community)
                    | T::Md(Md::Budget | Md::Followers | Md::Range)
                    | T::UsageSource { note: None, .. }
                    | T::ReachName(Reach::Local | Reach::Regional)
                    | T::MixName(_)
            );
            if !same_in_both {
                assert_ne!(it, t.text(Locale::En), "{t:?} is not translated");
            }
        }
    }

    #[test]
    fn lists_dates_and_plurals_read_naturally() {
        assert_eq!(
            format_list(
                &[Format::Photo, Format::ShortVideo, Format::Stories],
                Locale::It
            ),
            "foto, video brevi o storie"
        );
        assert_eq!(format_list(&[Format::Photo], Locale::En), "photos");
        assert_eq!(
            format_list(&[Format::Photo, Format::Live], Locale::De),
            "Fotos oder Livestreams"
        );
        let d = NaiveDate::from_ymd_opt(2027, 7, 5).unwrap();
        assert_eq!(format::date(Locale::It, d), "5 luglio 2027");
        assert_eq!(format::date(Locale::En, d), "5 July 2027");
        let one = T::ReviewWeeklyWhat { hours: 1 };
        assert!(one.text(Locale::It).contains("1 ora"));
        assert!(
            T::ReviewWeeklyWhat { hours: 48 }
                .text(Locale::Es)
                .contains("48 horas")
        );
        // French counts below 2 as singular, and writes a space before "%" and ":".
        let spare = T::SpareTime {
            hours: 1.5,
            capped: false,
        }
        .text(Locale::Fr);
        assert!(spare.contains("1,5 heure "), "{spare}");
        assert!(
            T::WarnTooLittleTime {
                available: 0.5,
                needed: 1.0
            }
            .text(Locale::It)
            .contains("serve almeno 1 ora")
        );
    }

    #[test]
    fn one_word_for_a_pillar() {
        // The interface says "Tema"; the exports used to say "Pilastro".
        assert_eq!(T::Md(Md::Pillar).text(Locale::It), "Tema");
        assert_eq!(
            T::Md(Md::PrepareBy).text(Locale::En),
            crate::core::l10n::t(Locale::En, Msg::PlanPrepareBy)
        );
    }
}
