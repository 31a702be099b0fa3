//! Every user-facing text of the plan, in Italian and English.
//!
//! [`T`] is the message table: one variant per message, and [`T::text`] has one exhaustive
//! `match` per locale, so a message missing in one language does not compile.

use chrono::NaiveDate;

use super::content::Pillar;
use super::evidence::Source;
use crate::core::model::{
    AgeBand, Channel, Conversion, Format, Goal, Locale, ManagedBy, MixPreset, Offer, Reach, Sector,
};
use crate::core::validate::format_number;

/// A message of the plan.
#[derive(Debug, Clone, PartialEq)]
pub enum T<'a> {
    YourBusiness,
    PlanTitle {
        name: &'a str,
    },
    SituationSummary {
        name: &'a str,
        sector: &'a str,
        offer: &'a str,
        reach: &'a str,
        active_channels: usize,
        followers: u64,
    },
    ExcludedRefused,
    ExcludedFormat {
        needs: &'a str,
    },
    ExcludedNoVenue,
    ExcludedCap {
        /// The discovery channels kept, by name.
        channels: &'a str,
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
        needs: &'a str,
    },
    BringInVenue,
    BringInCap {
        channels: &'a str,
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
        source: &'a str,
        reviews_source: &'a str,
    },
    RationaleRetention {
        posts: u32,
    },
    /// The audience figure is the country's overall one spread with another's age profile.
    UsageAgeProfileFrom {
        country: &'a str,
        from: &'a str,
    },
    /// The audience figure lies between two of the country's published age bands.
    UsageInterpolated {
        country: &'a str,
    },
    /// The audience figure is another country's.
    UsageOtherCountry {
        country: &'a str,
        from: &'a str,
    },
    UsageEstimate,
    /// When an audience figure was collected or published ("2024-02").
    UsageAsOf {
        date: &'a str,
    },
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
        usage_source: &'a str,
        goal: Goal,
        formats: &'a str,
        posts: u32,
        min: u32,
        default: u32,
        cadence_source: &'a str,
        time_source: &'a str,
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
        source: &'a str,
    },
    FuelBoostBest {
        hours: u32,
        per_week: f64,
        currency: &'a str,
    },
    FuelKeyDates,
    FuelLocalTargeting {
        local: bool,
    },
    FuelNone,
    FuelRationale {
        low: u32,
        high: u32,
        source: &'a str,
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
    HolderOwner,
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
    PhaseName(&'a str),
    PhaseExpect {
        id: &'a str,
        exposure: u32,
        sales: u32,
    },
    WarnTooLittleTime {
        available: f64,
        needed: f64,
    },
    WarnTooManyChannels {
        current: usize,
        kept: &'a str,
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
        metric: &'a str,
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

/// Today's style of writing a date in each language.
pub fn date(d: NaiveDate, locale: Locale) -> String {
    match locale.legacy() {
        Locale::It => d.format("%d/%m/%Y").to_string(),
        Locale::En => d.format("%-d %b %Y").to_string(),
        _ => unreachable!("legacy() maps every locale to it or en"),
    }
}

/// A share in percent, or a range when its ends differ: "5", "5–11".
fn share_range(low: u32, high: u32) -> String {
    if low == high {
        low.to_string()
    } else {
        format!("{low}–{high}")
    }
}

/// "Title (Publisher, year)" for a source, or "Rotta estimate" for derived figures.
pub fn cite(s: &Source) -> String {
    if s.estimate {
        return "Rotta".to_string();
    }
    match s.year {
        Some(y) => format!("{}, {}", s.publisher, y),
        None => s.publisher.to_string(),
    }
}

/// The channel's display name (the same in both languages).
pub use crate::core::i18n::channel_name;

/// Channels joined with commas.
pub fn channel_list(channels: &[Channel]) -> String {
    channels
        .iter()
        .map(|c| channel_name(*c))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A format's display name.
pub fn format_name(f: Format, locale: Locale) -> &'static str {
    match (locale.legacy(), f) {
        (Locale::It, Format::Photo) => "foto",
        (Locale::It, Format::Graphics) => "grafiche e caroselli",
        (Locale::It, Format::ShortVideo) => "video brevi",
        (Locale::It, Format::LongVideo) => "video lunghi",
        (Locale::It, Format::Text) => "testi",
        (Locale::It, Format::Article) => "articoli",
        (Locale::It, Format::Live) => "dirette",
        (Locale::It, Format::Stories) => "storie",
        (Locale::En, Format::Photo) => "photos",
        (Locale::En, Format::Graphics) => "graphics and carousels",
        (Locale::En, Format::ShortVideo) => "short videos",
        (Locale::En, Format::LongVideo) => "long videos",
        (Locale::En, Format::Text) => "text posts",
        (Locale::En, Format::Article) => "articles",
        (Locale::En, Format::Live) => "live videos",
        (Locale::En, Format::Stories) => "stories",
        _ => unreachable!("legacy() maps every locale to it or en"),
    }
}

/// Formats joined with commas and "o"/"or" before the last.
pub fn format_list(formats: &[Format], locale: Locale) -> String {
    let names: Vec<&str> = formats.iter().map(|f| format_name(*f, locale)).collect();
    match names.split_last() {
        None => String::new(),
        Some((last, [])) => (*last).to_string(),
        Some((last, rest)) => {
            let or = if locale == Locale::It { "o" } else { "or" };
            format!("{} {or} {last}", rest.join(", "))
        }
    }
}

/// A goal's display name.
pub fn goal_name(g: Goal, locale: Locale) -> &'static str {
    match (locale.legacy(), g) {
        (Locale::It, Goal::Awareness) => "notorietà",
        (Locale::It, Goal::Community) => "community e coinvolgimento",
        (Locale::It, Goal::Traffic) => "traffico al sito",
        (Locale::It, Goal::Leads) => "contatti commerciali",
        (Locale::It, Goal::Sales) => "vendite",
        (Locale::It, Goal::CustomerCare) => "assistenza clienti e reputazione",
        (Locale::It, Goal::Recruiting) => "ricerca di personale",
        (Locale::En, Goal::Awareness) => "awareness",
        (Locale::En, Goal::Community) => "community and engagement",
        (Locale::En, Goal::Traffic) => "website traffic",
        (Locale::En, Goal::Leads) => "leads",
        (Locale::En, Goal::Sales) => "sales",
        (Locale::En, Goal::CustomerCare) => "customer care and reputation",
        (Locale::En, Goal::Recruiting) => "recruiting",
        _ => unreachable!("legacy() maps every locale to it or en"),
    }
}

/// A sector's display name.
pub fn sector_name(s: Sector, locale: Locale) -> &'static str {
    match (locale.legacy(), s) {
        (Locale::It, Sector::FoodDrink) => "cibo e bevande",
        (Locale::It, Sector::Retail) => "commercio al dettaglio",
        (Locale::It, Sector::HospitalityTourism) => "ospitalità e turismo",
        (Locale::It, Sector::HealthWellness) => "salute e benessere",
        (Locale::It, Sector::Beauty) => "bellezza",
        (Locale::It, Sector::ProfessionalServices) => "servizi professionali",
        (Locale::It, Sector::B2bIndustry) => "industria B2B",
        (Locale::It, Sector::TechSoftware) => "tecnologia e software",
        (Locale::It, Sector::Education) => "formazione",
        (Locale::It, Sector::CultureEvents) => "cultura ed eventi",
        (Locale::It, Sector::Nonprofit) => "non profit",
        (Locale::It, Sector::RealEstate) => "immobiliare",
        (Locale::It, Sector::CraftsCreative) => "artigianato e creatività",
        (Locale::It, Sector::Other) => "altro",
        (Locale::En, Sector::FoodDrink) => "food and drink",
        (Locale::En, Sector::Retail) => "retail",
        (Locale::En, Sector::HospitalityTourism) => "hospitality and tourism",
        (Locale::En, Sector::HealthWellness) => "health and wellness",
        (Locale::En, Sector::Beauty) => "beauty",
        (Locale::En, Sector::ProfessionalServices) => "professional services",
        (Locale::En, Sector::B2bIndustry) => "B2B industry",
        (Locale::En, Sector::TechSoftware) => "technology and software",
        (Locale::En, Sector::Education) => "education",
        (Locale::En, Sector::CultureEvents) => "culture and events",
        (Locale::En, Sector::Nonprofit) => "nonprofit",
        (Locale::En, Sector::RealEstate) => "real estate",
        (Locale::En, Sector::CraftsCreative) => "crafts and creative work",
        (Locale::En, Sector::Other) => "other",
        _ => unreachable!("legacy() maps every locale to it or en"),
    }
}

/// Who the business sells to, for people.
pub fn offer_name(o: Offer, locale: Locale) -> &'static str {
    match (locale.legacy(), o) {
        (Locale::It, Offer::B2c) => "ai consumatori (B2C)",
        (Locale::It, Offer::B2b) => "alle aziende (B2B)",
        (Locale::It, Offer::Both) => "a consumatori e aziende",
        (Locale::En, Offer::B2c) => "to consumers (B2C)",
        (Locale::En, Offer::B2b) => "to businesses (B2B)",
        (Locale::En, Offer::Both) => "to consumers and businesses",
        _ => unreachable!("legacy() maps every locale to it or en"),
    }
}

/// How far the customers are, for people.
pub fn reach_name(r: Reach, locale: Locale) -> &'static str {
    match (locale.legacy(), r) {
        (Locale::It, Reach::Local) => "locale",
        (Locale::It, Reach::Regional) => "regionale",
        (Locale::It, Reach::National) => "nazionale",
        (Locale::It, Reach::International) => "internazionale",
        (Locale::En, Reach::Local) => "local",
        (Locale::En, Reach::Regional) => "regional",
        (Locale::En, Reach::National) => "national",
        (Locale::En, Reach::International) => "international",
        _ => unreachable!("legacy() maps every locale to it or en"),
    }
}

/// A count with its noun, singular for exactly 1 as people read it ("1 hour", "1,5 ore",
/// "2 posts"): the number is formatted first, so 1.001 hours reads "1 hour", not "1 hours".
fn count(v: f64, locale: Locale, one: &str, many: &str) -> String {
    let n = format_number(v, locale);
    let noun = if n == "1" { one } else { many };
    format!("{n} {noun}")
}

/// "1 ora" / "2,5 ore", "1 hour" / "2.5 hours".
fn hours_phrase(v: f64, locale: Locale) -> String {
    match locale.legacy() {
        Locale::It => count(v, locale, "ora", "ore"),
        Locale::En => count(v, locale, "hour", "hours"),
        _ => unreachable!("legacy() maps every locale to it or en"),
    }
}

/// "1 post" / "3 post" (invariable in Italian), "1 post" / "3 posts".
fn posts_phrase(posts: u32, locale: Locale) -> String {
    count(
        f64::from(posts),
        locale,
        "post",
        if locale == Locale::It {
            "post"
        } else {
            "posts"
        },
    )
}

/// "1 mese" / "6 mesi", "1 month" / "6 months".
fn months_phrase(months: u32, locale: Locale) -> String {
    match locale.legacy() {
        Locale::It => count(f64::from(months), locale, "mese", "mesi"),
        Locale::En => count(f64::from(months), locale, "month", "months"),
        _ => unreachable!("legacy() maps every locale to it or en"),
    }
}

/// "1 follower" / "420 follower" (invariable in Italian), "1 follower" / "420 followers",
/// with the interface's own words for it (`i18n::followers_after`).
fn followers_phrase(followers: u64, locale: Locale) -> String {
    count(
        followers as f64,
        locale,
        crate::core::i18n::followers_after(locale, 1),
        crate::core::i18n::followers_after(locale, 2),
    )
}

impl T<'_> {
    /// The online/offline checklist, in order.
    pub const CHECKLIST: [T<'static>; 5] = [
        T::CheckHours,
        T::CheckSignage,
        T::CheckOffers,
        T::CheckStaff,
        T::CheckEvents,
    ];

    /// The message in `locale`.
    pub fn text(&self, locale: Locale) -> String {
        match locale.legacy() {
            Locale::It => self.it(),
            Locale::En => self.en(),
            _ => unreachable!("legacy() maps every locale to it or en"),
        }
    }

    fn it(&self) -> String {
        let l = Locale::It;
        let n = |v: f64| format_number(v, l);
        match self {
            T::YourBusiness => "la tua attività".into(),
            T::PlanTitle { name } => format!("Strategia social: {name}"),
            T::SituationSummary { name, sector, offer, reach, active_channels, followers } => format!(
                "{name} opera nel settore {sector} e vende {offer} con un raggio {reach}. Canali attivi oggi: {active_channels}, con {} in tutto: un punto di partenza, non l'obiettivo.",
                followers_phrase(*followers, l)
            ),
            T::ExcludedRefused => "Escluso per tua scelta.".into(),
            T::ExcludedFormat { needs } => format!("Richiede {needs}, che oggi il team non produce."),
            T::ExcludedNoVenue => "Serve un luogo fisico o una zona servita in cui i clienti ti cercano.".into(),
            T::ExcludedCap { channels } => format!(
                "Meglio pochi canali curati bene: il piano ha già tre canali per farsi scoprire ({channels}), il massimo che un piccolo team segue bene."
            ),
            T::ExcludedMessaging => "Un canale di messaggi raggiunge solo chi ti conosce già: serve quando tra gli obiettivi ci sono la community o l'assistenza clienti, non per farsi scoprire.".into(),
            T::DroppedFollowers { followers, main: Some(main) } => format!(
                "Hai {} qui: non chiudere il profilo; fissa in alto un post che li invita a seguirti su {}, tieni aggiornati orari e link e rispondi ai messaggi.",
                followers_phrase(*followers, l),
                channel_name(*main)
            ),
            T::DroppedFollowers { followers, main: None } => format!(
                "Hai {} qui: non chiudere il profilo; tieni aggiornati orari e link e rispondi ai messaggi.",
                followers_phrase(*followers, l)
            ),
            T::BringInRefused => "Entra se lo togli dai canali che non vuoi usare.".into(),
            T::BringInFormat { needs } => format!("Entra se il team impara a produrre {needs}."),
            T::BringInVenue => "Entra con una sede che i clienti visitano o una zona servita.".into(),
            T::BringInCap { channels } => format!("Entra solo al posto di uno tra {channels}."),
            T::BringInHours { hours: h, channel, posts } => format!(
                "Con {} in più a settimana: {} con {} a settimana.",
                hours_phrase(*h, l),
                channel_name(*channel),
                posts_phrase(*posts, l)
            ),
            T::BringInGoal { channel, goal } => format!(
                "{} entrerebbe se tra i tuoi obiettivi ci fosse «{}».",
                channel_name(*channel),
                goal_name(*goal, l)
            ),
            T::BringInAudience { channel, band } => format!(
                "{} entrerebbe se il tuo pubblico comprendesse la fascia {}, quella che lo usa di più.",
                channel_name(*channel),
                band.as_str().replace('-', "–")
            ),
            T::BringInNothing => "Con queste risposte nessuna modifica semplice lo fa entrare.".into(),
            T::BringInMessaging => "Entra se tra gli obiettivi aggiungi la community o l'assistenza clienti.".into(),
            T::RoleReuse { main } => format!("riuso dei post di {}", channel_name(*main)),
            T::SharedPieces { main, format } => format!(
                "I contenuti ({}) sono quelli fatti per {}, adattati: costano l'adattamento, non un contenuto nuovo; le risposte invece sono tutte da dare.",
                format_name(*format, l),
                channel_name(*main)
            ),
            T::RationaleReuse { channel, main, followers, posts } => format!(
                "Su {} hai già un pubblico attivo ({}): lo tieni ripubblicando {} a settimana di {}, adattati (testo, formato, tag). Costa solo l'adattamento e le risposte, non un canale in più da creare.",
                channel_name(*channel),
                followers_phrase(*followers, l),
                posts_phrase(*posts, l),
                channel_name(*main)
            ),
            T::RationaleLocal { source, reviews_source } => format!(
                "Chi cerca su Google un'attività vicina trova la scheda prima del sito: orari, mappa, foto e recensioni. Una scheda completa e aggiornata si abbina meglio alle ricerche ({source}) e le recensioni contano nella scelta ({reviews_source}). Bastano pochi minuti a settimana: una foto della settimana, le risposte alle recensioni, gli orari giusti."
            ),
            T::RationaleRetention { posts } => format!(
                "Per chi ti conosce già: {} a settimana che riprende il contenuto migliore, e risposte puntuali. Non fa scoprire l'attività a nessuno di nuovo: per questo non è mai l'unico canale, salvo per l'assistenza clienti.",
                posts_phrase(*posts, l)
            ),
            T::UsageInterpolated { country } => format!(
                "per {} la fascia è tra due fasce d'età pubblicate: valore interpolato",
                crate::core::i18n::country_name(l, country)
            ),
            T::UsageAgeProfileFrom { country, from } => format!(
                "per {} non c'è un dato per età: dato complessivo del paese distribuito con le età di {}",
                crate::core::i18n::country_name(l, country),
                crate::core::i18n::country_name(l, from)
            ),
            T::UsageOtherCountry { country, from } => format!(
                "per {} non c'è un dato pubblicato: dato di {}",
                crate::core::i18n::country_name(l, country),
                crate::core::i18n::country_name(l, from)
            ),
            T::UsageEstimate => "stima di Rotta".into(),
            T::UsageAsOf { date } => format!("dato del {date}"),
            T::WorkReuse { channel, main, posts } => format!(
                "{}: {} a settimana ripresi da {}",
                channel_name(*channel),
                posts_phrase(*posts, l),
                channel_name(*main)
            ),
            T::SpareTime { hours: h, capped: true } => format!(
                "Restano circa {} a settimana: il piano ha già tre canali per farsi scoprire e tutti al ritmo di crescita. Usale per contenuti più curati, per rispondere meglio o tienile di riserva.",
                hours_phrase(*h, l)
            ),
            T::SpareTime { hours: h, capped: false } => format!(
                "Restano circa {} a settimana che nessun canale adatto usa bene: usale per contenuti più curati, per rispondere meglio o tienile di riserva.",
                hours_phrase(*h, l)
            ),
            T::ExcludedFewUsers { percent } => format!("Lo usa solo il {percent}% circa delle fasce d'età del tuo pubblico: troppo pochi per un canale da curare."),
            T::ExcludedLowFit { score } => format!("Poco adatto al tuo pubblico, ai tuoi obiettivi o alla tua offerta (punteggio {score} su 100)."),
            T::ExcludedTime { posts, hours: h } => format!(
                "Con il tempo rimasto non ci sta: anche al minimo ({} a settimana) chiederebbe circa {} in più a settimana.",
                posts_phrase(*posts, l),
                hours_phrase(*h, l)
            ),
            T::ChannelRole(c) => match c {
                Channel::Instagram => "scoperta e community",
                Channel::Facebook => "community locale, eventi e assistenza",
                Channel::Linkedin => "autorevolezza e contatti B2B",
                Channel::Tiktok => "scoperta e portata tra i più giovani",
                Channel::Youtube => "contenuti di approfondimento e ricerca",
                Channel::Pinterest => "ispirazione e traffico al sito",
                Channel::X => "notizie, conversazione e assistenza",
                Channel::Threads => "conversazione",
                Channel::Whatsapp => "contatto diretto, assistenza e prenotazioni",
                Channel::GoogleBusiness => "informazioni locali e recensioni",
            }
            .into(),
            T::ChannelRationale { channel, audience, usage_source, goal, formats, posts, min, default, cadence_source, time_source } => format!(
                "{} raggiunge circa il {audience}% delle fasce d'età che hai indicato ({usage_source}) e serve bene l'obiettivo «{}». Il team può produrre {formats}. {} a settimana: il minimo per farsi seguire è {min}, il punto di partenza prudente {default} ({cadence_source}); meglio un ritmo costante che si regge che picchi seguiti dal silenzio. Orari dai dati pubblicati ({time_source}) e dai momenti in cui il tuo pubblico è online.",
                channel_name(*channel),
                goal_name(*goal, l),
                posts_phrase(*posts, l)
            ),
            T::WorkPosts { channel, posts } => format!("{}: {} a settimana", channel_name(*channel), posts_phrase(*posts, l)),
            T::WorkCommunity(c) => format!("{}: risposte a commenti e messaggi", channel_name(*c)),
            T::WorkListening => "Ascolto (parole chiave, concorrenti, menzioni)".into(),
            T::WorkReporting => "Controllo settimanale e report mensile".into(),
            T::WorkloadNote => "Minuti stimati da Rotta, come intervallo dal caso rapido a quello lento; il piano conta il valore centrale. Una foto con testo 15–35 minuti; un video breve 20–45 minuti con competenze video o modelli, 1–2 ore senza; riprendere un post su un secondo canale 5–10 minuti; circa 15 minuti di risposte per giorno di pubblicazione. Sostituiscili con i tuoi tempi reali dopo il primo mese.".into(),
            T::PillarName(p) => match p {
                Pillar::Education => "Consigli e competenza",
                Pillar::BehindTheScenes => "Dietro le quinte",
                Pillar::SocialProof => "Clienti e recensioni",
                Pillar::ProductOffer => "Prodotti e offerte",
                Pillar::Community => "Community",
                Pillar::LocalEvents => "Territorio ed eventi",
                Pillar::Curated => "Dal tuo settore",
                Pillar::Inspiration => "Ispirazione",
                Pillar::TeamCareers => "Squadra e lavora con noi",
                Pillar::QuestionsAnswers => "Domande e risposte",
            }
            .into(),
            T::PillarDescription { pillar, sector } => match pillar {
                Pillar::Education => format!("Spiega ciò che sai fare meglio: consigli pratici utili a chi si interessa di {}.", sector_name(*sector, l)),
                Pillar::BehindTheScenes => "Persone, processi e momenti quotidiani: mostra chi c'è dietro l'attività.".into(),
                Pillar::SocialProof => "Recensioni, testimonianze e contenuti dei clienti (sempre con il loro permesso).".into(),
                Pillar::ProductOffer => "Prodotti, servizi e offerte con un invito all'azione chiaro; la conversione avviene fuori dai social e si misura.".into(),
                Pillar::Community => "Domande al pubblico, sondaggi, risposte e ringraziamenti: conversazioni, non annunci.".into(),
                Pillar::LocalEvents => "Il quartiere, le collaborazioni locali, gli eventi e le date che contano per chi ti conosce di persona.".into(),
                Pillar::Curated => "Contenuti di altri che il tuo pubblico apprezza, condivisi citando la fonte e aggiungendo il tuo punto di vista.".into(),
                Pillar::Inspiration => "Idee, ispirazioni e contenuti leggeri che fanno fermare lo scorrimento e si condividono.".into(),
                Pillar::TeamCareers => "La squadra, la cultura di lavoro e le posizioni aperte.".into(),
                Pillar::QuestionsAnswers => "Le domande che i clienti fanno più spesso e le obiezioni che li frenano, con risposte chiare.".into(),
            },
            T::MixName(p) => mix_name(*p).into(),
            T::MixDescription(p) => match p {
                MixPreset::EightyTwenty => "80/20, una convenzione tra professionisti senza dati alle spalle: 80% contenuti di valore (informare, intrattenere), 20% promozione.",
                MixPreset::SeventyTwentyTen => "70/20/10 nella versione classica, una convenzione tra professionisti senza un autore noto: 70% contenuti di valore tuoi, 20% contenuti di altri condivisi, 10% promozione. Non è il 70/20/10 di Coca-Cola, che ripartisce l'investimento nei contenuti, non i post.",
                MixPreset::FourOneOne => "4-1-1 (Andrew Davis e Joe Pulizzi, 2010 circa): ogni 6 post, 4 contenuti rilevanti scritti da altri, 1 ricondivisione (qui: i post dei tuoi clienti o della tua community) e 1 autopromozione.",
                MixPreset::FiveThreeTwo => "5-3-2 (attribuita a T.A. McCann, 2011 circa): ogni 10 post, 5 contenuti di altri, 3 creati da te (al massimo uno promozionale), 2 personali.",
            }
            .into(),
            T::BudgetUserSplit => "Ripartizione indicata da te.".into(),
            T::BudgetDefaultSplit { outsourced, source } => if *outsourced {
                format!("Ripartizione proposta: 40% pubblicità, 40% compenso per chi gestisce e produce i contenuti, 20% strumenti ({source}).")
            } else {
                format!("Ripartizione proposta: 40% pubblicità, 40% produzione di contenuti, 20% strumenti di pubblicazione e analisi ({source}).")
            },
            T::FuelBoostBest { hours: h, per_week, currency } => format!(
                "Ogni settimana, dopo {}, sponsorizza il post di valore andato meglio (circa {} {currency} a settimana).",
                hours_phrase(f64::from(*h), l),
                n(*per_week)
            ),
            T::FuelKeyDates => "Tieni una parte del budget per le date chiave del calendario e avvia le sponsorizzazioni qualche giorno prima.".into(),
            T::FuelLocalTargeting { local } => if *local {
                "Mostra le inserzioni solo a chi vive o lavora vicino a te.".into()
            } else {
                "Mostra le inserzioni al pubblico del piano (età e zona), non a tutti.".into()
            },
            T::FuelNone => "Nessun budget per la pubblicità: il piano resta organico, quindi cresce più lentamente.".into(),
            T::FuelRationale { low, high, source } => format!(
                "I post organici di una pagina Facebook raggiungono in media circa il {}% di chi la segue ({source}): la pubblicità è il carburante che porta i contenuti migliori a chi non ti segue ancora. Valuta una campagna dopo circa un mese.",
                share_range(*low, *high)
            ),
            T::ConversionText(c) => match c {
                Some(Conversion::UtmLink) => "Conversione: visite dai link con parametri UTM, misurate nelle statistiche del sito.",
                Some(Conversion::PromoCode) => "Conversione: uso del codice promozionale dedicato ai social, contato in cassa o nel negozio online.",
                Some(Conversion::AskCustomers) => "Conversione: clienti che rispondono «dai social» alla domanda «come ci hai conosciuto?», annotati ogni giorno.",
                Some(Conversion::BookingForm) => "Conversione: prenotazioni o richieste dal modulo, con la provenienza registrata.",
                Some(Conversion::PhoneCalls) => "Conversione: telefonate dai social, annotate chiedendo come ci hanno trovato.",
                Some(Conversion::StoreVisits) => "Conversione: visite in negozio legate ai social, contate con una domanda o un'offerta dedicata.",
                Some(Conversion::Other) => "Conversione: l'evento che hai indicato; decidi come contarlo prima di iniziare.",
                None => "Conversione non ancora definita: scegli un evento (link UTM, codice promozionale, modulo di prenotazione…) e come contarlo.",
            }
            .into(),
            T::MainMetric(g) => match g {
                Goal::Awareness => "copertura (persone raggiunte)",
                Goal::Community => "tasso di coinvolgimento sulla copertura",
                Goal::Traffic => "visite al sito dai social (UTM)",
                Goal::Leads => "contatti qualificati",
                Goal::Sales => "conversioni",
                Goal::CustomerCare => "tempo medio di risposta",
                Goal::Recruiting => "candidature",
            }
            .into(),
            T::TargetFromUser { baseline, target, deadline } => format!("Da {} a {} entro il {}.", n(*baseline), n(*target), date(*deadline, l)),
            T::TargetProposal { goal, deadline } => format!(
                "Misura il valore di partenza nel primo mese, poi punta a {} entro il {}.",
                match goal {
                    Goal::Awareness => "+50% di copertura mensile",
                    Goal::Community => "+20% di tasso di coinvolgimento",
                    Goal::Traffic => "+30% di visite dai social",
                    Goal::Leads => "+20% di contatti qualificati al mese",
                    Goal::Sales => "+10% di vendite attribuite ai social",
                    Goal::CustomerCare => "risposte entro 24 ore al 90% dei messaggi",
                    Goal::Recruiting => "+20% di candidature",
                },
                date(*deadline, l)
            ),
            T::ChannelMetric(g) => match g {
                Goal::Awareness => "copertura per post",
                Goal::Community => "tasso di coinvolgimento sulla copertura",
                Goal::Traffic => "clic sui link",
                Goal::Leads => "contatti dal canale",
                Goal::Sales => "conversioni dal canale",
                Goal::CustomerCare => "tempo di risposta",
                Goal::Recruiting => "candidature dal canale",
            }
            .into(),
            T::ChannelTarget { posts, goal, deadline } => format!(
                "{} ogni settimana senza interruzioni e {} entro il {}, rispetto al primo mese.",
                posts_phrase(*posts, l),
                match goal {
                    Goal::CustomerCare => "risposta entro 24 ore",
                    Goal::Community => "+20% di tasso di coinvolgimento",
                    _ => "+30% sulla metrica",
                },
                date(*deadline, l)
            ),
            T::Kpis(g) => match g {
                Goal::Awareness => "copertura · impressioni · visite al profilo",
                Goal::Community => "tasso di coinvolgimento sulla copertura · commenti · condivisioni · salvataggi",
                Goal::Traffic => "clic sui link · CTR · sessioni UTM",
                Goal::Leads => "contatti · tasso di conversione · costo per contatto",
                Goal::Sales => "conversioni · fatturato · costo per acquisizione · ROAS",
                Goal::CustomerCare => "tempo di risposta · tasso di risposta · valutazione · sentiment",
                Goal::Recruiting => "candidature · visite alla pagina lavora con noi",
            }
            .into(),
            T::HolderOwner => "Titolare".into(),
            T::Holder(m) => match m {
                ManagedBy::Owner => "Titolare",
                ManagedBy::Employee => "Dipendente incaricato",
                ManagedBy::Freelancer => "Freelance",
                ManagedBy::Agency => "Agenzia",
            }
            .into(),
            T::HolderNoApproval => "Nessuna approvazione formale".into(),
            T::RoleMarketingManager => "Marketing manager".into(),
            T::RoleSocialMediaManager => "Social media manager".into(),
            T::RoleApprover => "Chi approva".into(),
            T::RoleCommunity => "Chi risponde ai commenti".into(),
            T::DutiesMarketingManager => "Fissa gli obiettivi di business e il budget, approva la strategia, verifica i risultati ogni mese.".into(),
            T::DutiesSocialMediaManager { same_person } => if *same_person {
                "Pianifica il calendario, produce e pubblica i contenuti, legge i dati. Sei tu anche il marketing manager: tieni separati i due cappelli, decidendo una volta al mese e realizzando ogni settimana.".into()
            } else {
                "Pianifica il calendario, produce e pubblica i contenuti, legge i dati e propone le correzioni.".into()
            },
            T::DutiesApprover { required } => if *required {
                "Approva ogni post prima della pubblicazione, entro i giorni di anticipo indicati nel calendario.".into()
            } else {
                "Nessuna approvazione post per post: il marketing manager approva il calendario del mese.".into()
            },
            T::DutiesCommunity => "Risponde a commenti, messaggi e recensioni nei giorni di pubblicazione; passa reclami e casi delicati al marketing manager.".into(),
            T::RoutineListening => "Ascolto".into(),
            T::RoutineListeningWhat { has_watchlist } => if *has_watchlist {
                "Una volta a settimana: le parole chiave e i concorrenti indicati, le menzioni e le recensioni. Annota domande e lamentele ricorrenti: diventano contenuti.".into()
            } else {
                "Una volta a settimana: menzioni, recensioni e cosa si dice del tuo settore. Aggiungi parole chiave e concorrenti per un ascolto più mirato.".into()
            },
            T::RoutinePublishing => "Produzione e pubblicazione".into(),
            T::RoutinePublishingWhat => "Prepara i contenuti della settimana in un unico blocco e programma la pubblicazione negli orari del piano.".into(),
            T::RoutineCommunity => "Community".into(),
            T::RoutineCommunityWhat => "Nelle ore dopo ogni post: risposte a commenti e messaggi, ringraziamenti, domande raccolte.".into(),
            T::RoutineReporting => "Controllo e report".into(),
            T::RoutineReportingWhat { hours: h } => format!("Controllo settimanale dei post pubblicati da almeno {} e report mensile sugli indicatori.", hours_phrase(f64::from(*h), l)),
            T::CheckHours => "Orari, indirizzo e contatti identici su insegna, sito, Google e social.".into(),
            T::CheckSignage => "Nel locale, un cartello o un biglietto con i tuoi profili social e il motivo per seguirli.".into(),
            T::CheckOffers => "Le offerte annunciate sui social valgono anche in negozio, con le stesse condizioni e lo stesso codice.".into(),
            T::CheckStaff => "Il personale conosce le offerte e i post della settimana e sa rispondere a chi li cita.".into(),
            T::CheckEvents => "Ogni evento annunciato online è annunciato anche sul posto, e viceversa; dopo l'evento, foto e ringraziamenti.".into(),
            T::CheckClosures => "Le chiusure sono comunicate con anticipo sia sui social sia sulla porta.".into(),
            T::ReviewWeekly => "Controllo settimanale".into(),
            T::ReviewWeeklyWhat { hours: h } => format!("Quali post hanno funzionato (valutati dopo almeno {}), quale sponsorizzare, a chi rispondere.", hours_phrase(f64::from(*h), l)),
            T::ReviewMonthly => "Report mensile".into(),
            T::ReviewMonthlyWhat => "Indicatori di ogni obiettivo rispetto al mese prima, conversioni, spesa pubblicitaria; una decisione per il mese dopo.".into(),
            T::ReviewQuarterly => "Revisione trimestrale".into(),
            T::ReviewQuarterlyWhat => "Obiettivi, canali, ritmo e budget: cosa tenere, cosa cambiare, cosa smettere di fare.".into(),
            T::PhaseName(id) => match *id {
                "foundation" => "Fondamenta",
                "consistency" => "Costanza",
                "optimisation" => "Ottimizzazione",
                _ => "Risultati",
            }
            .into(),
            T::PhaseExpect { id, exposure, sales } => match *id {
                "foundation" => "Profili sistemati, calendario avviato, primi dati di partenza. Non aspettarti ancora risultati: si misura il punto di partenza.".into(),
                "consistency" => "Pubblicazione regolare senza buchi; il coinvolgimento può calare prima di crescere mentre gli algoritmi imparano a conoscerti.".into(),
                "optimisation" => "Si tengono i formati e gli orari che funzionano, si sponsorizza ciò che rende; crescono copertura e coinvolgimento di qualità.".into(),
                _ => format!("I risultati di business arrivano con il tempo: nel primo anno circa l'{exposure}% delle aziende vede più visibilità, solo il {sales}% più vendite."),
            },
            T::WarnTooLittleTime { available, needed } => format!(
                "Con {} a settimana non c'è tempo nemmeno per un canale al ritmo minimo: {} almeno {}. Aumenta le ore o affida una parte del lavoro.",
                hours_phrase(*available, l),
                if n(*needed) == "1" { "serve" } else { "servono" },
                hours_phrase(*needed, l)
            ),
            T::WarnTooManyChannels { current, kept, hours: h } => format!(
                "Oggi sei su {current} canali: con {} a settimana il piano ne tiene {}. Metti in pausa gli altri invece di lasciarli senza cura.",
                hours_phrase(*h, l),
                if kept.is_empty() { "nessuno".to_string() } else { kept.to_string() }
            ),
            T::WarnNoAds { low, high } => format!("Nessun budget per la pubblicità: i post organici di una pagina raggiungono in media circa il {}% di chi la segue. Anche una piccola cifra mensile aiuta i contenuti migliori.", share_range(*low, *high)),
            T::WarnUnpaidOutsourced { agency } => format!(
                "La gestione è affidata a {} ma il budget per la gestione è zero: anche il lavoro va pagato, non solo la pubblicità.",
                if *agency { "un'agenzia" } else { "un freelance" }
            ),
            T::WarnUnpaidOwnTime => "Il tuo tempo ha un valore: indica quanto vale un'ora per vedere il costo nascosto del lavoro sui social.".into(),
            T::WarnVanity { metric } => format!("«{metric}» conta i numeri, non la qualità: preferisci il tasso di coinvolgimento sulla copertura, i contatti qualificati o le conversioni."),
            T::WarnShortHorizon { goal, sales } => format!(
                "Tre mesi sono pochi per l'obiettivo «{}»: nel primo anno solo il {sales}% delle aziende vede più vendite. Scegli 6 o 12 mesi, o misura prima copertura e coinvolgimento.",
                goal_name(*goal, l)
            ),
            T::WarnSteepTarget { factor, months } => format!(
                "Il traguardo moltiplica il valore di partenza per {} in {}: è poco realistico. Punta a una crescita graduale.",
                n((*factor * 10.0).round() / 10.0),
                months_phrase(*months, l)
            ),
            T::WarnNoValueProposition => "Manca la proposta di valore: senza sapere perché i clienti scelgono te, i contenuti restano generici.".into(),
            T::WarnAudienceMismatch { channel, pct } => format!(
                "Su {} c'è solo circa il {pct}% delle fasce d'età del tuo pubblico: valuta di spostare l'impegno dove il pubblico c'è.",
                channel_name(*channel)
            ),
            T::WarnOfferMismatch { channel } => format!("{} è poco adatto a chi vende alle aziende: valuta di spostare l'impegno.", channel_name(*channel)),
            T::WarnSplitMismatch { sum, monthly } => format!("Le voci del budget sommano {} ma il budget mensile è {}: correggi la ripartizione.", n(*sum), n(*monthly)),
            T::WarnNoConversion => "Non hai indicato come misuri la conversione: senza, non saprai se i social portano clienti.".into(),
            T::Md(m) => md_it(*m).into(),
        }
    }

    fn en(&self) -> String {
        let l = Locale::En;
        let n = |v: f64| format_number(v, l);
        match self {
            T::YourBusiness => "your business".into(),
            T::PlanTitle { name } => format!("Social media strategy: {name}"),
            T::SituationSummary { name, sector, offer, reach, active_channels, followers } => format!(
                "{name} works in {sector} and sells {offer} with a {reach} reach. Active channels today: {active_channels}, with {} in all: a starting point, not the goal.",
                followers_phrase(*followers, l)
            ),
            T::ExcludedRefused => "Left out by your choice.".into(),
            T::ExcludedFormat { needs } => format!("It needs {needs}, which the team does not produce today."),
            T::ExcludedNoVenue => "It needs a physical place or a service area where customers look for you.".into(),
            T::ExcludedCap { channels } => format!(
                "Few channels, well tended: the plan already has three channels for being discovered ({channels}), the most a small team tends well."
            ),
            T::ExcludedMessaging => "A messaging channel reaches only people who already know you: it belongs in the plan when your goals include community or customer care, not for being discovered.".into(),
            T::DroppedFollowers { followers, main: Some(main) } => format!(
                "You have {} here: don't close the profile; pin a post inviting them to follow you on {}, keep opening hours and links current and answer messages.",
                followers_phrase(*followers, l),
                channel_name(*main)
            ),
            T::DroppedFollowers { followers, main: None } => format!(
                "You have {} here: don't close the profile; keep opening hours and links current and answer messages.",
                followers_phrase(*followers, l)
            ),
            T::BringInRefused => "It comes in if you take it off the channels you don't want to use.".into(),
            T::BringInFormat { needs } => format!("It comes in if the team learns to make {needs}."),
            T::BringInVenue => "It comes in with a place customers visit or a local service area.".into(),
            T::BringInCap { channels } => format!("It comes in only instead of one of {channels}."),
            T::BringInHours { hours: h, channel, posts } => format!(
                "With {} more a week: {} at {} a week.",
                hours_phrase(*h, l),
                channel_name(*channel),
                posts_phrase(*posts, l)
            ),
            T::BringInGoal { channel, goal } => format!(
                "{} would come in if \"{}\" were among your goals.",
                channel_name(*channel),
                goal_name(*goal, l)
            ),
            T::BringInAudience { channel, band } => format!(
                "{} would come in if your audience included the {} age group, the one that uses it most.",
                channel_name(*channel),
                band.as_str().replace('-', "–")
            ),
            T::BringInNothing => "With these answers no simple change brings it in.".into(),
            T::BringInMessaging => "It comes in if you add community or customer care to your goals.".into(),
            T::RoleReuse { main } => format!("re-use of {}'s posts", channel_name(*main)),
            T::SharedPieces { main, format } => format!(
                "The pieces ({}) are the ones made for {}, adapted: they cost the adaptation, not a new piece; the replies are all yours to give.",
                format_name(*format, l),
                channel_name(*main)
            ),
            T::RationaleReuse { channel, main, followers, posts } => format!(
                "You already have an active audience on {} ({}): keep it by re-posting {} a week from {}, adapted (caption, crop, tags). It costs the adaptation and the replies only, not another channel to make content for.",
                channel_name(*channel),
                followers_phrase(*followers, l),
                posts_phrase(*posts, l),
                channel_name(*main)
            ),
            T::RationaleLocal { source, reviews_source } => format!(
                "People searching Google for a business nearby see the profile before the website: opening hours, map, photos and reviews. A complete, current profile matches searches better ({source}) and reviews weigh on the choice ({reviews_source}). A few minutes a week are enough: a photo from the week, replies to reviews, the right opening hours."
            ),
            T::RationaleRetention { posts } => format!(
                "For the people who already know you: {} a week that picks up your best piece, and prompt replies. It brings in no one new, which is why it is never the only channel unless the goal is customer care.",
                posts_phrase(*posts, l)
            ),
            T::UsageInterpolated { country } => format!(
                "for {} the band lies between two published age bands: interpolated",
                crate::core::i18n::country_name(l, country)
            ),
            T::UsageAgeProfileFrom { country, from } => format!(
                "no figure by age for {}: the country's overall figure spread with the ages of {}",
                crate::core::i18n::country_name(l, country),
                crate::core::i18n::country_name(l, from)
            ),
            T::UsageOtherCountry { country, from } => format!(
                "no published figure for {}: the figure of {}",
                crate::core::i18n::country_name(l, country),
                crate::core::i18n::country_name(l, from)
            ),
            T::UsageEstimate => "Rotta estimate".into(),
            T::UsageAsOf { date } => format!("figure of {date}"),
            T::WorkReuse { channel, main, posts } => format!(
                "{}: {} a week re-used from {}",
                channel_name(*channel),
                posts_phrase(*posts, l),
                channel_name(*main)
            ),
            T::SpareTime { hours: h, capped: true } => format!(
                "About {} a week are left: the plan already has three channels for being discovered, all at their growth pace. Use them for better content, better replies, or keep them in reserve.",
                hours_phrase(*h, l)
            ),
            T::SpareTime { hours: h, capped: false } => format!(
                "About {} a week are left that no fitting channel uses well: use them for better content, better replies, or keep them in reserve.",
                hours_phrase(*h, l)
            ),
            T::ExcludedFewUsers { percent } => format!("Only about {percent}% of your audience's age groups use it: too few for a channel to tend."),
            T::ExcludedLowFit { score } => format!("A poor fit for your audience, goals or offer (score {score} out of 100)."),
            T::ExcludedTime { posts, hours: h } => format!(
                "It does not fit the time left: even at its minimum ({} a week) it would need about {} more a week.",
                posts_phrase(*posts, l),
                hours_phrase(*h, l)
            ),
            T::ChannelRole(c) => match c {
                Channel::Instagram => "discovery and community",
                Channel::Facebook => "local community, events and customer care",
                Channel::Linkedin => "authority and B2B leads",
                Channel::Tiktok => "discovery and reach among younger people",
                Channel::Youtube => "in-depth content and search",
                Channel::Pinterest => "inspiration and website traffic",
                Channel::X => "news, conversation and customer care",
                Channel::Threads => "conversation",
                Channel::Whatsapp => "direct contact, customer care and bookings",
                Channel::GoogleBusiness => "local information and reviews",
            }
            .into(),
            T::ChannelRationale { channel, audience, usage_source, goal, formats, posts, min, default, cadence_source, time_source } => format!(
                "{} reaches about {audience}% of the age groups you chose ({usage_source}) and serves the goal \"{}\" well. The team can produce {formats}. {} a week: the minimum that builds a following is {min}, the prudent starting point {default} ({cadence_source}); a steady pace you can keep beats bursts followed by silence. Times from published data ({time_source}) and from when your audience is online.",
                channel_name(*channel),
                goal_name(*goal, l),
                posts_phrase(*posts, l)
            ),
            T::WorkPosts { channel, posts } => format!("{}: {} a week", channel_name(*channel), posts_phrase(*posts, l)),
            T::WorkCommunity(c) => format!("{}: replies to comments and messages", channel_name(*c)),
            T::WorkListening => "Listening (keywords, competitors, mentions)".into(),
            T::WorkReporting => "Weekly check and monthly report".into(),
            T::WorkloadNote => "Minutes estimated by Rotta, as a range from the quick case to the slow one; the plan counts the middle. A photo with a caption 15–35 minutes; a short video 20–45 minutes with video skills or templates, 1–2 hours without; re-using a post on a second channel 5–10 minutes; about 15 minutes of replies per publishing day. Replace them with your own times after the first month.".into(),
            T::PillarName(p) => match p {
                Pillar::Education => "Tips and expertise",
                Pillar::BehindTheScenes => "Behind the scenes",
                Pillar::SocialProof => "Customers and reviews",
                Pillar::ProductOffer => "Products and offers",
                Pillar::Community => "Community",
                Pillar::LocalEvents => "Local life and events",
                Pillar::Curated => "From your field",
                Pillar::Inspiration => "Inspiration",
                Pillar::TeamCareers => "Team and careers",
                Pillar::QuestionsAnswers => "Questions and answers",
            }
            .into(),
            T::PillarDescription { pillar, sector } => match pillar {
                Pillar::Education => format!("Explain what you do best: practical tips for people interested in {}.", sector_name(*sector, l)),
                Pillar::BehindTheScenes => "People, processes and everyday moments: show who is behind the business.".into(),
                Pillar::SocialProof => "Reviews, testimonials and customers' own content (always with their permission).".into(),
                Pillar::ProductOffer => "Products, services and offers with a clear call to action; the conversion happens off social media and is measured.".into(),
                Pillar::Community => "Questions to the audience, polls, replies and thanks: conversations, not announcements.".into(),
                Pillar::LocalEvents => "The neighbourhood, local partnerships, events and the dates that matter to people who know you in person.".into(),
                Pillar::Curated => "Other people's content your audience values, shared with credit and your own take.".into(),
                Pillar::Inspiration => "Ideas, inspiration and light content that stops the scroll and gets shared.".into(),
                Pillar::TeamCareers => "The team, the way you work and the open positions.".into(),
                Pillar::QuestionsAnswers => "The questions customers ask most and the objections that hold them back, with clear answers.".into(),
            },
            T::MixName(p) => mix_name(*p).into(),
            T::MixDescription(p) => match p {
                MixPreset::EightyTwenty => "80/20, a practitioner convention with no data behind it: 80% value content (inform, entertain), 20% promotion.",
                MixPreset::SeventyTwentyTen => "70/20/10 in its classic form, a practitioner convention with no known originator: 70% your own value content, 20% shared from others, 10% promotion. Not Coca-Cola's 70/20/10, which splits investment in content, not posts.",
                MixPreset::FourOneOne => "4-1-1 (Andrew Davis and Joe Pulizzi, c. 2010): of every 6 posts, 4 pieces of relevant content by others, 1 re-share (here: your customers' or community's posts) and 1 self-promotion.",
                MixPreset::FiveThreeTwo => "5-3-2 (attributed to T.A. McCann, c. 2011): of every 10 posts, 5 from others, 3 created by you (at most one promotional), 2 personal.",
            }
            .into(),
            T::BudgetUserSplit => "Your own split.".into(),
            T::BudgetDefaultSplit { outsourced, source } => if *outsourced {
                format!("Proposed split: 40% ads, 40% fee for whoever manages and produces the content, 20% tools ({source}).")
            } else {
                format!("Proposed split: 40% ads, 40% content production, 20% publishing and analytics tools ({source}).")
            },
            T::FuelBoostBest { hours: h, per_week, currency } => format!(
                "Every week, after {}, boost the value post that did best (about {} {currency} a week).",
                hours_phrase(f64::from(*h), l),
                n(*per_week)
            ),
            T::FuelKeyDates => "Keep part of the budget for the calendar's key dates and start promoting a few days before.".into(),
            T::FuelLocalTargeting { local } => if *local {
                "Show the ads only to people who live or work near you.".into()
            } else {
                "Show the ads to the plan's audience (age and area), not to everyone.".into()
            },
            T::FuelNone => "No ads budget: the plan stays organic, so it grows more slowly.".into(),
            T::FuelRationale { low, high, source } => format!(
                "A Facebook page's organic posts reach on average about {}% of the people who follow it ({source}): ads are the fuel that takes your best content to people who do not follow you yet. Judge a campaign after about a month.",
                share_range(*low, *high)
            ),
            T::ConversionText(c) => match c {
                Some(Conversion::UtmLink) => "Conversion: visits from UTM-tagged links, measured in the website's analytics.",
                Some(Conversion::PromoCode) => "Conversion: use of the social-only promo code, counted at the till or in the online shop.",
                Some(Conversion::AskCustomers) => "Conversion: customers answering \"social media\" to \"how did you hear about us?\", noted every day.",
                Some(Conversion::BookingForm) => "Conversion: bookings or requests from the form, with their origin recorded.",
                Some(Conversion::PhoneCalls) => "Conversion: phone calls from social media, noted by asking how they found you.",
                Some(Conversion::StoreVisits) => "Conversion: store visits linked to social media, counted with a question or a dedicated offer.",
                Some(Conversion::Other) => "Conversion: the event you named; decide how to count it before you start.",
                None => "No conversion event yet: choose one (UTM link, promo code, booking form…) and how to count it.",
            }
            .into(),
            T::MainMetric(g) => match g {
                Goal::Awareness => "reach (people reached)",
                Goal::Community => "engagement rate by reach",
                Goal::Traffic => "website visits from social (UTM)",
                Goal::Leads => "qualified leads",
                Goal::Sales => "conversions",
                Goal::CustomerCare => "average response time",
                Goal::Recruiting => "applications",
            }
            .into(),
            T::TargetFromUser { baseline, target, deadline } => format!("From {} to {} by {}.", n(*baseline), n(*target), date(*deadline, l)),
            T::TargetProposal { goal, deadline } => format!(
                "Measure the starting value in the first month, then aim for {} by {}.",
                match goal {
                    Goal::Awareness => "+50% monthly reach",
                    Goal::Community => "+20% engagement rate",
                    Goal::Traffic => "+30% visits from social",
                    Goal::Leads => "+20% qualified leads a month",
                    Goal::Sales => "+10% sales attributed to social",
                    Goal::CustomerCare => "replies within 24 hours to 90% of messages",
                    Goal::Recruiting => "+20% applications",
                },
                date(*deadline, l)
            ),
            T::ChannelMetric(g) => match g {
                Goal::Awareness => "reach per post",
                Goal::Community => "engagement rate by reach",
                Goal::Traffic => "link clicks",
                Goal::Leads => "leads from the channel",
                Goal::Sales => "conversions from the channel",
                Goal::CustomerCare => "response time",
                Goal::Recruiting => "applications from the channel",
            }
            .into(),
            T::ChannelTarget { posts, goal, deadline } => format!(
                "{} every week without gaps and {} by {}, compared with the first month.",
                posts_phrase(*posts, l),
                match goal {
                    Goal::CustomerCare => "replies within 24 hours",
                    Goal::Community => "+20% engagement rate",
                    _ => "+30% on the metric",
                },
                date(*deadline, l)
            ),
            T::Kpis(g) => match g {
                Goal::Awareness => "reach · impressions · profile visits",
                Goal::Community => "engagement rate by reach · comments · shares · saves",
                Goal::Traffic => "link clicks · CTR · UTM sessions",
                Goal::Leads => "leads · conversion rate · cost per lead",
                Goal::Sales => "conversions · revenue · cost per acquisition · ROAS",
                Goal::CustomerCare => "response time · response rate · rating · sentiment",
                Goal::Recruiting => "applications · career page visits",
            }
            .into(),
            T::HolderOwner => "Owner".into(),
            T::Holder(m) => match m {
                ManagedBy::Owner => "Owner",
                ManagedBy::Employee => "Designated employee",
                ManagedBy::Freelancer => "Freelancer",
                ManagedBy::Agency => "Agency",
            }
            .into(),
            T::HolderNoApproval => "No formal approval".into(),
            T::RoleMarketingManager => "Marketing manager".into(),
            T::RoleSocialMediaManager => "Social media manager".into(),
            T::RoleApprover => "Approver".into(),
            T::RoleCommunity => "Answers comments".into(),
            T::DutiesMarketingManager => "Sets the business goals and the budget, approves the strategy, checks the results every month.".into(),
            T::DutiesSocialMediaManager { same_person } => if *same_person {
                "Plans the calendar, produces and publishes the content, reads the data. You are the marketing manager too: keep the two hats apart, deciding once a month and executing every week.".into()
            } else {
                "Plans the calendar, produces and publishes the content, reads the data and proposes changes.".into()
            },
            T::DutiesApprover { required } => if *required {
                "Approves every post before it goes out, by the lead time shown in the calendar.".into()
            } else {
                "No post-by-post approval: the marketing manager approves the month's calendar.".into()
            },
            T::DutiesCommunity => "Answers comments, messages and reviews on publishing days; passes complaints and delicate cases to the marketing manager.".into(),
            T::RoutineListening => "Listening".into(),
            T::RoutineListeningWhat { has_watchlist } => if *has_watchlist {
                "Once a week: the keywords and competitors you listed, mentions and reviews. Note recurring questions and complaints: they become content.".into()
            } else {
                "Once a week: mentions, reviews and what people say about your field. Add keywords and competitors for sharper listening.".into()
            },
            T::RoutinePublishing => "Production and publishing".into(),
            T::RoutinePublishingWhat => "Prepare the week's content in one block and schedule it at the plan's times.".into(),
            T::RoutineCommunity => "Community".into(),
            T::RoutineCommunityWhat => "In the hours after each post: replies to comments and messages, thanks, questions collected.".into(),
            T::RoutineReporting => "Checks and reports".into(),
            T::RoutineReportingWhat { hours: h } => format!("Weekly check of posts published at least {} ago and a monthly report on the KPIs.", hours_phrase(f64::from(*h), l)),
            T::CheckHours => "Opening hours, address and contacts identical on the sign, the website, Google and social media.".into(),
            T::CheckSignage => "In the venue, a sign or card with your social profiles and a reason to follow them.".into(),
            T::CheckOffers => "Offers announced on social media are valid in the shop too, on the same terms and with the same code.".into(),
            T::CheckStaff => "The staff know the week's offers and posts and can answer people who mention them.".into(),
            T::CheckEvents => "Every event announced online is announced on site too, and vice versa; after the event, photos and thanks.".into(),
            T::CheckClosures => "Closures are announced in advance both on social media and on the door.".into(),
            T::ReviewWeekly => "Weekly check".into(),
            T::ReviewWeeklyWhat { hours: h } => format!("Which posts worked (judged after at least {}), which to boost, who to answer.", hours_phrase(f64::from(*h), l)),
            T::ReviewMonthly => "Monthly report".into(),
            T::ReviewMonthlyWhat => "Each objective's KPIs against the month before, conversions, ad spend; one decision for next month.".into(),
            T::ReviewQuarterly => "Quarterly review".into(),
            T::ReviewQuarterlyWhat => "Goals, channels, pace and budget: what to keep, what to change, what to stop.".into(),
            T::PhaseName(id) => match *id {
                "foundation" => "Foundation",
                "consistency" => "Consistency",
                "optimisation" => "Optimisation",
                _ => "Results",
            }
            .into(),
            T::PhaseExpect { id, exposure, sales } => match *id {
                "foundation" => "Profiles in order, calendar running, first baseline figures. Do not expect results yet: this phase measures where you start.".into(),
                "consistency" => "Regular publishing with no gaps; engagement may dip before it grows while the algorithms learn who you are.".into(),
                "optimisation" => "Keep the formats and times that work, boost what performs; quality reach and engagement grow.".into(),
                _ => format!("Business results take time: in the first year about {exposure}% of businesses see more exposure, only {sales}% more sales."),
            },
            T::WarnTooLittleTime { available, needed } => format!(
                "With {} a week there is no time even for one channel at its minimum pace: it needs at least {}. Add hours or hand part of the work over.",
                hours_phrase(*available, l),
                hours_phrase(*needed, l)
            ),
            T::WarnTooManyChannels { current, kept, hours: h } => format!(
                "You are on {current} channels today: with {} a week the plan keeps {}. Pause the others rather than leave them untended.",
                hours_phrase(*h, l),
                if kept.is_empty() { "none".to_string() } else { kept.to_string() }
            ),
            T::WarnNoAds { low, high } => format!("No ads budget: a page's organic posts reach on average about {}% of the people who follow it. Even a small monthly amount helps your best content.", share_range(*low, *high)),
            T::WarnUnpaidOutsourced { agency } => format!(
                "{} runs the work but the management budget is zero: the work has to be paid for too, not only the ads.",
                if *agency { "An agency" } else { "A freelancer" }
            ),
            T::WarnUnpaidOwnTime => "Your time has a value: enter what an hour is worth to see the hidden cost of the social media work.".into(),
            T::WarnVanity { metric } => format!("\"{metric}\" counts numbers, not quality: prefer engagement rate by reach, qualified leads or conversions."),
            T::WarnShortHorizon { goal, sales } => format!(
                "Three months is short for the goal \"{}\": in the first year only {sales}% of businesses see more sales. Choose 6 or 12 months, or measure reach and engagement first.",
                goal_name(*goal, l)
            ),
            T::WarnSteepTarget { factor, months } => format!(
                "The target multiplies the baseline by {} in {}: that is unrealistic. Aim for steady growth.",
                n((*factor * 10.0).round() / 10.0),
                months_phrase(*months, l)
            ),
            T::WarnNoValueProposition => "The value proposition is missing: without knowing why customers choose you, the content stays generic.".into(),
            T::WarnAudienceMismatch { channel, pct } => format!(
                "Only about {pct}% of your audience's age groups are on {}: consider moving the effort to where your audience is.",
                channel_name(*channel)
            ),
            T::WarnOfferMismatch { channel } => format!("{} is a poor fit for selling to businesses: consider moving the effort.", channel_name(*channel)),
            T::WarnSplitMismatch { sum, monthly } => format!("The budget parts add up to {} but the monthly budget is {}: fix the split.", n(*sum), n(*monthly)),
            T::WarnNoConversion => "You have not said how you measure the conversion: without it you will not know whether social media brings customers.".into(),
            T::Md(m) => md_en(*m).into(),
        }
    }
}

fn mix_name(p: MixPreset) -> &'static str {
    match p {
        MixPreset::EightyTwenty => "80/20",
        MixPreset::SeventyTwentyTen => "70/20/10",
        MixPreset::FourOneOne => "4-1-1",
        MixPreset::FiveThreeTwo => "5-3-2",
    }
}

fn md_it(m: Md) -> &'static str {
    match m {
        Md::Situation => "Situazione",
        Md::Objectives => "Obiettivi",
        Md::Strategy => "Strategia",
        Md::Tactics => "Tattiche",
        Md::Action => "Azione",
        Md::Control => "Controllo",
        Md::Workload => "Carico di lavoro",
        Md::Budget => "Budget",
        Md::Warnings => "Avvisi",
        Md::Calendar => "Calendario",
        Md::Sources => "Fonti",
        Md::ValueProposition => "Proposta di valore",
        Md::CurrentChannels => "Canali attuali",
        Md::Followers => "Follower",
        Md::Competitors => "Concorrenti da osservare",
        Md::NoCurrentChannels => "Nessun canale attivo oggi.",
        Md::Macro => "Obiettivi di business",
        Md::Micro => "Obiettivi per canale",
        Md::Metric => "Metrica",
        Md::Baseline => "Partenza",
        Md::Target => "Traguardo",
        Md::Deadline => "Scadenza",
        Md::Owner => "Responsabile",
        Md::Kpis => "Indicatori",
        Md::Channel => "Canale",
        Md::Role => "Ruolo",
        Md::PostsPerWeek => "Post a settimana",
        Md::Formats => "Formati",
        Md::Slots => "Orari",
        Md::Why => "Perché",
        Md::Excluded => "Canali esclusi",
        Md::Reason => "Motivo",
        Md::Mix => "Mix dei contenuti",
        Md::Pillar => "Pilastro",
        Md::Share => "Quota",
        Md::Fuel => "Il carburante: la pubblicità",
        Md::Roles => "Ruoli",
        Md::Holder => "Chi",
        Md::Duties => "Compiti",
        Md::ApprovalLead => "Giorni di anticipo per l'approvazione",
        Md::Routine => "La settimana tipo",
        Md::Minutes => "Minuti",
        Md::Coherence => "Coerenza online e offline",
        Md::Reviews => "Verifiche",
        Md::Phases => "Tempi dei risultati",
        Md::Months => "Mesi",
        Md::Expect => "Cosa aspettarsi",
        Md::Task => "Attività",
        Md::Needed => "Minuti necessari a settimana",
        Md::Available => "Minuti disponibili a settimana",
        Md::Ads => "Pubblicità",
        Md::Content => "Contenuti",
        Md::Management => "Gestione",
        Md::Tools => "Strumenti",
        Md::Monthly => "Budget mensile",
        Md::LabourCost => "Costo nascosto del tuo tempo al mese",
        Md::TotalCost => "Costo totale al mese",
        Md::Week => "Settimana",
        Md::Date => "Data",
        Md::Time => "Ora",
        Md::Title => "Titolo",
        Md::KeyDate => "Data chiave",
        Md::PrepareBy => "Pronto entro",
        Md::NoWarnings => "Nessun avviso.",
        Md::ToBeMeasured => "da misurare",
        Md::Estimate => "stima",
        Md::LocalTimes => "Orari locali, senza fuso orario.",
        Md::Generated => "Piano calcolato il",
        Md::Score => "Punteggio",
        Md::ScoreAudience => "pubblico",
        Md::ScoreGoal => "obiettivi",
        Md::ScoreOffer => "offerta",
        Md::ScoreReach => "raggio d'azione",
        Md::ScoreFormats => "formati",
        Md::ScoreExisting => "pubblico già acquisito",
        Md::KindLocal => "Canale locale: per chi cerca un'attività in zona.",
        Md::KindRetention => "Canale di fidelizzazione: per chi ti conosce già.",
        Md::KindKept => {
            "Canale con un pubblico già acquisito: resta attivo riprendendo, adattati, i post del canale principale."
        }
        Md::BringIn => "Cosa servirebbe per includerlo",
        Md::Range => "Intervallo (min)",
    }
}

fn md_en(m: Md) -> &'static str {
    match m {
        Md::Situation => "Situation",
        Md::Objectives => "Objectives",
        Md::Strategy => "Strategy",
        Md::Tactics => "Tactics",
        Md::Action => "Action",
        Md::Control => "Control",
        Md::Workload => "Workload",
        Md::Budget => "Budget",
        Md::Warnings => "Warnings",
        Md::Calendar => "Calendar",
        Md::Sources => "Sources",
        Md::ValueProposition => "Value proposition",
        Md::CurrentChannels => "Current channels",
        Md::Followers => "Followers",
        Md::Competitors => "Competitors to watch",
        Md::NoCurrentChannels => "No active channel today.",
        Md::Macro => "Business objectives",
        Md::Micro => "Channel objectives",
        Md::Metric => "Metric",
        Md::Baseline => "Baseline",
        Md::Target => "Target",
        Md::Deadline => "Deadline",
        Md::Owner => "Owner",
        Md::Kpis => "KPIs",
        Md::Channel => "Channel",
        Md::Role => "Role",
        Md::PostsPerWeek => "Posts a week",
        Md::Formats => "Formats",
        Md::Slots => "Times",
        Md::Why => "Why",
        Md::Excluded => "Channels left out",
        Md::Reason => "Reason",
        Md::Mix => "Content mix",
        Md::Pillar => "Pillar",
        Md::Share => "Share",
        Md::Fuel => "The fuel: paid promotion",
        Md::Roles => "Roles",
        Md::Holder => "Who",
        Md::Duties => "Duties",
        Md::ApprovalLead => "Days ahead for approval",
        Md::Routine => "The weekly routine",
        Md::Minutes => "Minutes",
        Md::Coherence => "Online and offline coherence",
        Md::Reviews => "Reviews",
        Md::Phases => "When to expect results",
        Md::Months => "Months",
        Md::Expect => "What to expect",
        Md::Task => "Task",
        Md::Needed => "Minutes needed a week",
        Md::Available => "Minutes available a week",
        Md::Ads => "Ads",
        Md::Content => "Content",
        Md::Management => "Management",
        Md::Tools => "Tools",
        Md::Monthly => "Monthly budget",
        Md::LabourCost => "Hidden cost of your time a month",
        Md::TotalCost => "Total cost a month",
        Md::Week => "Week",
        Md::Date => "Date",
        Md::Time => "Time",
        Md::Title => "Title",
        Md::KeyDate => "Key date",
        Md::PrepareBy => "Ready by",
        Md::NoWarnings => "No warnings.",
        Md::ToBeMeasured => "to be measured",
        Md::Estimate => "estimate",
        Md::LocalTimes => "Local times, no time zone.",
        Md::Generated => "Plan computed on",
        Md::Score => "Score",
        Md::ScoreAudience => "audience",
        Md::ScoreGoal => "goals",
        Md::ScoreOffer => "offer",
        Md::ScoreReach => "reach",
        Md::ScoreFormats => "formats",
        Md::ScoreExisting => "existing audience",
        Md::KindLocal => "Local channel: for people looking for a business nearby.",
        Md::KindRetention => "Retention channel: for people who already know you.",
        Md::KindKept => {
            "A channel with an audience already there: kept active by re-using the main channel's posts, adapted."
        }
        Md::BringIn => "What would bring it in",
        Md::Range => "Range (min)",
    }
}

/// One sample of every message, for the completeness test.
#[cfg(test)]
pub(crate) fn samples() -> Vec<T<'static>> {
    let d = NaiveDate::from_ymd_opt(2027, 7, 5).unwrap_or_default();
    let mut v = vec![
        T::YourBusiness,
        T::PlanTitle { name: "X" },
        T::SituationSummary {
            name: "X",
            sector: "s",
            offer: "o",
            reach: "r",
            active_channels: 1,
            followers: 10,
        },
        T::ExcludedRefused,
        T::ExcludedFormat { needs: "video" },
        T::ExcludedNoVenue,
        T::ExcludedCap {
            channels: "Instagram, Facebook",
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
        T::BringInFormat { needs: "video" },
        T::BringInVenue,
        T::BringInCap {
            channels: "Instagram",
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
            source: "s",
            reviews_source: "r",
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
        T::UsageAsOf { date: "2024-02" },
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
            source: "s",
        },
        T::TargetFromUser {
            baseline: 1.0,
            target: 2.0,
            deadline: d,
        },
        T::HolderOwner,
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
        T::WarnTooManyChannels {
            current: 6,
            kept: "Instagram",
            hours: 2.0,
        },
        T::WarnNoAds { low: 2, high: 5 },
        T::WarnUnpaidOwnTime,
        T::WarnVanity { metric: "follower" },
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
            source: "s",
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
        currency: "EUR",
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
            usage_source: "u",
            goal: Goal::Awareness,
            formats: "f",
            posts: 2,
            min: 1,
            default: 3,
            cadence_source: "c",
            time_source: "t",
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
    for m in ManagedBy::ALL.iter().filter(|m| **m != ManagedBy::Owner) {
        v.push(T::Holder(*m));
    }
    for id in ["foundation", "consistency", "optimisation", "results"] {
        v.push(T::PhaseName(id));
        v.push(T::PhaseExpect {
            id,
            exposure: 80,
            sales: 35,
        });
    }
    v
}

/// Every Markdown label, for the completeness test.
#[cfg(test)]
pub(crate) const ALL_MD: [Md; 80] = [
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

    #[test]
    fn every_message_exists_in_both_languages() {
        for t in samples() {
            let it = t.text(Locale::It);
            let en = t.text(Locale::En);
            assert!(!it.trim().is_empty(), "{t:?} has no Italian");
            assert!(!en.trim().is_empty(), "{t:?} has no English");
            // Role names borrowed from English are the same in Italian; everything else differs.
            let same_in_both = matches!(
                t,
                T::RoleMarketingManager
                    | T::RoleSocialMediaManager
                    | T::RoutineCommunity
                    | T::PillarName(Pillar::Community)
            );
            if !same_in_both {
                assert_ne!(it, en, "{t:?} is not translated");
            }
        }
        for m in ALL_MD {
            assert!(
                !md_it(m).trim().is_empty() && !md_en(m).trim().is_empty(),
                "{m:?}"
            );
        }
    }

    #[test]
    fn lists_read_naturally() {
        assert_eq!(
            format_list(
                &[Format::Photo, Format::ShortVideo, Format::Stories],
                Locale::It
            ),
            "foto, video brevi o storie"
        );
        assert_eq!(format_list(&[Format::Photo], Locale::En), "photos");
        assert_eq!(
            date(NaiveDate::from_ymd_opt(2027, 7, 5).unwrap(), Locale::It),
            "05/07/2027"
        );
        assert_eq!(
            date(NaiveDate::from_ymd_opt(2027, 7, 5).unwrap(), Locale::En),
            "5 Jul 2027"
        );
    }
}
