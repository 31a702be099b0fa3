//! Issue #11 §6: the channel advice checked against what an experienced social media manager
//! would tell a small business, on a table of personas written from the rules, not from the
//! engine.
//!
//! The rules (issue #11):
//! - channels have roles: discovery (Instagram, TikTok, YouTube, Pinterest, LinkedIn, Facebook,
//!   X, Threads), local intent (Google Business Profile: reviews, maps, opening hours, a few
//!   minutes a week), retention and care (WhatsApp: people who already know the business);
//! - the primary goal and the audience's ages choose the discovery channels;
//! - a venue or a local service area gets Google Business Profile as a light companion
//!   (20–40 min/week) whenever the hours allow, unless the user refused it;
//! - WhatsApp is never the only channel, unless the primary goal is customer care;
//! - a channel with an active audience is kept when the hours allow; when it is dropped the
//!   plan says what to do with its followers;
//! - 2–3 discovery channels, well tended; idle hours are never left while a fitting channel
//!   is excluded "for the cap";
//! - visual products sold online weigh Pinterest; 18–34 weighs Instagram and TikTok over
//!   Facebook; 45+ weighs Facebook;
//! - honest time costs: a team with video skills makes a short video in 20–45 minutes;
//! - minutes needed ≤ minutes available unless the plan warns; the plan is deterministic.
//!
//! Every persona has a name, the practitioner's reasoning and tolerant expectations (must,
//! never, at least one of, bounds on the count). Every persona also goes through the general
//! rules above. All failures are collected and reported together, so one run shows the whole
//! picture.

use chrono::NaiveDate;
use rotta::core::engine::channels::ExclusionKind;
use rotta::core::engine::{Plan, WARNING_CODES, WarningCode, build_plan};
use rotta::core::model::*;
use rotta::core::validate::{Severity, validate};

use AgeBand::*;
use Channel::*;
use Format::*;
use Goal::*;
use Sector::*;

/// The warning the plan carries when the hours do not cover its minimum.
const TOO_LITTLE_TIME: WarningCode = WarningCode::TooLittleTime;

/// Below this many hours a week a venue's Google profile may give way to the one discovery
/// channel; from here on it fits next to it (20–40 minutes a week).
const GBP_HOURS: f64 = 2.0;

/// A Google Business Profile costs "a few minutes a week": roughly 20–40, with some slack.
const GBP_MAX_MINUTES: u32 = 45;

/// Idle minutes that, with a fitting channel excluded for the cap, are a wasted hour.
const IDLE_MINUTES: u32 = 60;

/// One persona: the answers and what a practitioner expects of the plan.
struct Persona {
    name: &'static str,
    why: &'static str,
    answers: Answers,
    /// Channels that must be in `plan.channels`.
    must: Vec<Channel>,
    /// Channels that must not be chosen (refused channels are added automatically).
    never: Vec<Channel>,
    /// At least one of these must be chosen (empty: no such expectation).
    any_of: Vec<Channel>,
    /// At most this many channels in `plan.channels`, companions included.
    max_channels: Option<usize>,
    /// At least this many channels in `plan.channels`, companions included.
    min_channels: Option<usize>,
    /// Channels the plan can afford: chosen, or excluded for a reason other than time.
    affordable: Vec<Channel>,
}

/// Starts a persona: an empty plan in the country's language and currency, with a name and
/// a value proposition so the texts read like a real plan.
fn persona(name: &'static str, country: &str, why: &'static str) -> Persona {
    let locale = if country == "IT" {
        Locale::It
    } else {
        Locale::En
    };
    let mut a = Answers::new_plan(locale, NaiveDate::from_ymd_opt(2027, 1, 4).unwrap());
    a.business.name = name.replace('_', " ");
    a.business.value_proposition = why.chars().take(200).collect();
    a.business.country = country.into();
    a.budget.currency = match country {
        "GB" => "GBP",
        "US" => "USD",
        _ => "EUR",
    }
    .into();
    a.audience.online_times = vec![OnlineTime::Lunch, OnlineTime::Evening];
    Persona {
        name,
        why,
        answers: a,
        must: Vec::new(),
        never: Vec::new(),
        any_of: Vec::new(),
        max_channels: None,
        min_channels: None,
        affordable: Vec::new(),
    }
}

impl Persona {
    fn sector(mut self, sector: Sector, offer: Offer) -> Self {
        self.answers.business.sector = sector;
        self.answers.business.offer = offer;
        self
    }
    fn reach(mut self, reach: Reach, has_venue: bool) -> Self {
        self.answers.business.reach = reach;
        self.answers.business.has_venue = has_venue;
        self
    }
    fn hours(mut self, hours: f64) -> Self {
        self.answers.resources.hours_per_week = hours;
        self
    }
    fn budget(mut self, monthly: f64) -> Self {
        self.answers.budget.monthly = monthly;
        self
    }
    fn goals(mut self, primary: Goal, secondary: &[Goal]) -> Self {
        self.answers.goals.primary = primary;
        self.answers.goals.secondary = secondary.to_vec();
        self
    }
    fn ages(mut self, bands: &[AgeBand]) -> Self {
        self.answers.audience.age_bands = bands.to_vec();
        self
    }
    fn skew(mut self, skew: GenderSkew) -> Self {
        self.answers.audience.gender_skew = Some(skew);
        self
    }
    fn online(mut self, times: &[OnlineTime]) -> Self {
        self.answers.audience.online_times = times.to_vec();
        self
    }
    fn formats(mut self, formats: &[Format]) -> Self {
        self.answers.channels.formats = formats.to_vec();
        self
    }
    fn skills(mut self, skills: &[&str]) -> Self {
        self.answers.resources.skills = skills.iter().map(|s| s.to_string()).collect();
        self
    }
    fn current(mut self, channel: Channel, followers: u64, active: bool) -> Self {
        self.answers.channels.current.push(CurrentChannel {
            channel,
            followers,
            active,
        });
        self
    }
    fn refused(mut self, channels: &[Channel]) -> Self {
        self.answers.channels.refused = channels.to_vec();
        self
    }
    fn managed_by(mut self, who: ManagedBy) -> Self {
        self.answers.resources.managed_by = who;
        self
    }
    fn must(mut self, channels: &[Channel]) -> Self {
        self.must = channels.to_vec();
        self
    }
    fn never(mut self, channels: &[Channel]) -> Self {
        self.never = channels.to_vec();
        self
    }
    fn any_of(mut self, channels: &[Channel]) -> Self {
        self.any_of = channels.to_vec();
        self
    }
    fn max_channels(mut self, n: usize) -> Self {
        self.max_channels = Some(n);
        self
    }
    fn min_channels(mut self, n: usize) -> Self {
        self.min_channels = Some(n);
        self
    }
    fn affordable(mut self, channels: &[Channel]) -> Self {
        self.affordable = channels.to_vec();
        self
    }
}

const YOUNG: &[AgeBand] = &[A18_24, A25_34];
const ADULTS: &[AgeBand] = &[A25_34, A35_44];
const MIDDLE: &[AgeBand] = &[A25_34, A35_44, A45_54];
const MATURE: &[AgeBand] = &[A35_44, A45_54, A55_64];
const OLDER: &[AgeBand] = &[A45_54, A55_64, A65Plus];

fn personas() -> Vec<Persona> {
    vec![
        // ── The issue's own cases ──────────────────────────────────────────────────────
        persona(
            "bakery_it_instagram_absent",
            "IT",
            "Issue #11: Instagram finds new local customers, the 420 Facebook followers keep getting the same photos for the cost of re-posting, and the Google profile answers 'bakery near me' in 20–40 minutes a week.",
        )
        .sector(FoodDrink, Offer::B2c)
        .reach(Reach::Local, true)
        .hours(3.0)
        .budget(150.0)
        .goals(Awareness, &[Sales])
        .ages(MIDDLE)
        .online(&[OnlineTime::Morning, OnlineTime::Evening, OnlineTime::Weekend])
        .formats(&[Photo, ShortVideo, Stories])
        .skills(&["photo"])
        .current(Facebook, 420, true)
        .refused(&[X])
        .must(&[Instagram, Facebook, GoogleBusiness])
        .never(&[Linkedin, Youtube]),
        persona(
            "bakery_it_instagram_inactive",
            "IT",
            "Issue #11 again, with a dormant Instagram account of 90 followers: wake Instagram up for discovery, keep Facebook's 420 followers with re-posts, add the Google profile.",
        )
        .sector(FoodDrink, Offer::B2c)
        .reach(Reach::Local, true)
        .hours(3.0)
        .budget(0.0)
        .goals(Sales, &[Awareness])
        .ages(MIDDLE)
        .formats(&[Photo, Stories])
        .skills(&["photo"])
        .current(Facebook, 420, true)
        .current(Instagram, 90, false)
        .must(&[Instagram, Facebook, GoogleBusiness])
        .never(&[Linkedin, Youtube, X]),
        persona(
            "beauty_salon_gb_4h",
            "GB",
            "Issue #11: 4 h a week is Instagram (before/after photos) plus the Google profile where bookings start; one channel with more than an hour idle wastes the owner's time.",
        )
        .sector(Beauty, Offer::B2c)
        .reach(Reach::Local, true)
        .hours(4.0)
        .budget(100.0)
        .goals(Leads, &[Community])
        .ages(ADULTS)
        .skew(GenderSkew::Female)
        .formats(&[Photo, ShortVideo, Stories])
        .skills(&["photo", "Canva"])
        .must(&[Instagram, GoogleBusiness])
        .never(&[Linkedin, X])
        .min_channels(2),
        persona(
            "gym_gb_18_34_4h",
            "GB",
            "Issue #11: 18–34 year olds are on Instagram far more than on Facebook, so not a Facebook-only plan; people find a gym on Maps, so the Google profile comes along.",
        )
        .sector(HealthWellness, Offer::B2c)
        .reach(Reach::Local, true)
        .hours(4.0)
        .budget(200.0)
        .goals(Leads, &[Community])
        .ages(YOUNG)
        .formats(&[Photo, ShortVideo, Stories])
        .must(&[Instagram, GoogleBusiness])
        .never(&[Linkedin, Pinterest]),
        persona(
            "gym_us_video_skills_5h",
            "US",
            "Issue #11: a team that edits in CapCut makes a short video in 20–45 minutes, so three TikToks a week fit in 5 h next to Instagram for an 18–34 audience.",
        )
        .sector(HealthWellness, Offer::B2c)
        .reach(Reach::Local, true)
        .hours(5.0)
        .budget(300.0)
        .goals(Awareness, &[Community])
        .ages(YOUNG)
        .formats(&[ShortVideo, Photo, Stories])
        .skills(&["video editing", "CapCut"])
        .must(&[Instagram])
        .affordable(&[Tiktok])
        .never(&[Linkedin, Pinterest]),
        persona(
            "handmade_jewellery_fr_online",
            "FR",
            "Issue #11: hand-made products sold online are searched and saved on Pinterest, whose pins send traffic for months; nobody on the team makes long videos, so not YouTube; no shop, so no Google profile.",
        )
        .sector(CraftsCreative, Offer::B2c)
        .reach(Reach::National, false)
        .hours(4.0)
        .budget(200.0)
        .goals(Sales, &[Traffic])
        .ages(ADULTS)
        .skew(GenderSkew::Female)
        .formats(&[Photo, ShortVideo, Stories])
        .skills(&["photo"])
        .must(&[Pinterest])
        .any_of(&[Instagram, Facebook])
        .never(&[Youtube, Linkedin, GoogleBusiness]),
        persona(
            "boutique_es_whatsapp_only",
            "ES",
            "Issue #11: a WhatsApp list keeps existing customers but finds no new ones; a shop needs a discovery channel (Instagram or Facebook for women 35–54) and its Google profile.",
        )
        .sector(Retail, Offer::B2c)
        .reach(Reach::Local, true)
        .hours(2.0)
        .budget(50.0)
        .goals(Sales, &[Awareness])
        .ages(&[A35_44, A45_54])
        .skew(GenderSkew::Female)
        .formats(&[Photo, Stories])
        .skills(&["photo"])
        .current(Whatsapp, 300, true)
        .any_of(&[Instagram, Facebook])
        .never(&[Linkedin, X, Youtube]),
        persona(
            "plumber_de_customer_care_1h",
            "DE",
            "Issue #11: answering customers is the goal, so WhatsApp (where the 150 customers already write) and the Google profile's reviews are the right and only places for 1 h a week.",
        )
        .sector(Other, Offer::B2c)
        .reach(Reach::Local, false)
        .hours(1.0)
        .budget(0.0)
        .goals(CustomerCare, &[Leads])
        .ages(MATURE)
        .formats(&[Photo, Text])
        .current(Whatsapp, 150, true)
        .any_of(&[Whatsapp, GoogleBusiness])
        .never(&[Tiktok, Youtube, Pinterest, Linkedin, X, Threads])
        .max_channels(2),
        // ── Food and drink ────────────────────────────────────────────────────────────
        persona(
            "restaurant_fr_young_5h",
            "FR",
            "Young diners choose on Instagram (and TikTok, with CapCut skills), not Facebook, which the owner refused anyway; Google Maps is where a table is chosen.",
        )
        .sector(FoodDrink, Offer::B2c)
        .reach(Reach::Local, true)
        .hours(5.0)
        .budget(300.0)
        .goals(Awareness, &[Sales])
        .ages(YOUNG)
        .formats(&[Photo, ShortVideo, Stories])
        .skills(&["CapCut"])
        .refused(&[Facebook])
        .must(&[Instagram, GoogleBusiness])
        .never(&[Linkedin]),
        persona(
            "cafe_de_half_hour",
            "DE",
            "30 minutes a week is one thing done well: the Google profile (hours, photos, replies to reviews) or one Instagram photo, never two channels.",
        )
        .sector(FoodDrink, Offer::B2c)
        .reach(Reach::Local, true)
        .hours(0.5)
        .budget(0.0)
        .goals(Awareness, &[])
        .ages(ADULTS)
        .formats(&[Photo])
        .any_of(&[GoogleBusiness, Instagram])
        .never(&[Linkedin, Tiktok, Youtube])
        .max_channels(1),
        persona(
            "chocolate_gifts_it_online",
            "IT",
            "Food gifts sold online: Instagram first for the product photos (Pinterest for gift ideas if time allows); no shop, so no Google profile; LinkedIn and X sell no chocolate.",
        )
        .sector(FoodDrink, Offer::B2c)
        .reach(Reach::National, false)
        .hours(3.0)
        .budget(100.0)
        .goals(Sales, &[Awareness])
        .ages(MIDDLE)
        .formats(&[Photo, Stories])
        .skills(&["photo"])
        .must(&[Instagram])
        .never(&[Linkedin, GoogleBusiness, X]),
        // ── Retail ────────────────────────────────────────────────────────────────────
        persona(
            "home_decor_fr_online",
            "FR",
            "Home decor sold online is what Pinterest users plan purchases with; Instagram shows it in real rooms; 5 h tend both; no shop, no Google profile.",
        )
        .sector(Retail, Offer::B2c)
        .reach(Reach::National, false)
        .hours(5.0)
        .budget(500.0)
        .goals(Sales, &[Traffic])
        .ages(ADULTS)
        .skew(GenderSkew::Female)
        .formats(&[Photo, Graphics, ShortVideo])
        .skills(&["photo", "Canva"])
        .must(&[Pinterest, Instagram])
        .never(&[Linkedin, GoogleBusiness, X]),
        persona(
            "fashion_es_international_10h",
            "ES",
            "A young fashion brand sold online: Instagram for the looks, TikTok for try-ons or Pinterest for outfits saved for later; 10 h tend two or three channels.",
        )
        .sector(Retail, Offer::B2c)
        .reach(Reach::International, false)
        .hours(10.0)
        .budget(2500.0)
        .goals(Sales, &[Awareness])
        .ages(YOUNG)
        .skew(GenderSkew::Female)
        .formats(&[Photo, ShortVideo, Stories, Graphics])
        .skills(&["video", "photo"])
        .must(&[Instagram])
        .any_of(&[Tiktok, Pinterest])
        .never(&[Linkedin, GoogleBusiness])
        .min_channels(2),
        // ── Hospitality and tourism ───────────────────────────────────────────────────
        persona(
            "hotel_es_8h",
            "ES",
            "A hotel lives on Maps and reviews (Google profile); Instagram sells the place to travellers (2,500 followers); 8 h easily keep the 1,200 Facebook followers with re-posts.",
        )
        .sector(HospitalityTourism, Offer::B2c)
        .reach(Reach::International, true)
        .hours(8.0)
        .budget(1000.0)
        .goals(Sales, &[Awareness])
        .ages(MIDDLE)
        .formats(&[Photo, ShortVideo, Stories])
        .skills(&["photo", "video"])
        .current(Instagram, 2500, true)
        .current(Facebook, 1200, true)
        .must(&[Instagram, Facebook, GoogleBusiness])
        .never(&[Linkedin, X]),
        persona(
            "agriturismo_it_2h",
            "IT",
            "Guests 35–64 are on Facebook, where the 800 followers already are; the Google profile is where a farm-stay booking starts; nothing young or B2B.",
        )
        .sector(HospitalityTourism, Offer::B2c)
        .reach(Reach::Regional, true)
        .hours(2.0)
        .budget(0.0)
        .goals(Sales, &[Community])
        .ages(MATURE)
        .online(&[OnlineTime::Evening, OnlineTime::Weekend])
        .formats(&[Photo, Stories])
        .skills(&["photo"])
        .current(Facebook, 800, true)
        .must(&[Facebook, GoogleBusiness])
        .never(&[Tiktok, Linkedin, X]),
        // ── Health and wellness ───────────────────────────────────────────────────────
        persona(
            "yoga_studio_us_1h",
            "US",
            "One hour a week: Instagram (or a Facebook group) for the class community, or the Google profile for people nearby; at most two, no video channel.",
        )
        .sector(HealthWellness, Offer::B2c)
        .reach(Reach::Local, true)
        .hours(1.0)
        .budget(50.0)
        .goals(Community, &[Leads])
        .ages(ADULTS)
        .skew(GenderSkew::Female)
        .formats(&[Photo, Stories, Text])
        .any_of(&[Instagram, Facebook, GoogleBusiness])
        .never(&[Linkedin, Tiktok, Youtube, X])
        .max_channels(2),
        persona(
            "dentist_gb_2h",
            "GB",
            "Patients choose a dentist from Maps and reviews (Google profile); a Facebook or Instagram post a week shows the team; no TikTok, LinkedIn or X for a practice.",
        )
        .sector(HealthWellness, Offer::B2c)
        .reach(Reach::Local, true)
        .hours(2.0)
        .budget(500.0)
        .goals(Leads, &[CustomerCare])
        .ages(&[A25_34, A35_44, A45_54, A55_64])
        .formats(&[Photo, Text])
        .must(&[GoogleBusiness])
        .any_of(&[Facebook, Instagram])
        .never(&[Tiktok, Linkedin, Pinterest, X]),
        // ── Beauty ────────────────────────────────────────────────────────────────────
        persona(
            "barber_es_google_refused",
            "ES",
            "Young men choose a barber from cuts on Instagram, where the 600 followers are; the owner refused the Google profile, so it stays out whatever the venue.",
        )
        .sector(Beauty, Offer::B2c)
        .reach(Reach::Local, true)
        .hours(3.0)
        .budget(0.0)
        .goals(Awareness, &[Leads])
        .ages(YOUNG)
        .skew(GenderSkew::Male)
        .formats(&[Photo, ShortVideo, Stories])
        .skills(&["video"])
        .current(Instagram, 600, true)
        .refused(&[GoogleBusiness])
        .must(&[Instagram])
        .never(&[Linkedin, Pinterest]),
        persona(
            "nail_artist_it_tiktok_refused",
            "IT",
            "Nail art is visual and young: Instagram first (Pinterest for designs if time allows), TikTok refused by the owner; the salon needs its Google profile.",
        )
        .sector(Beauty, Offer::B2c)
        .reach(Reach::Local, true)
        .hours(5.0)
        .budget(100.0)
        .goals(Sales, &[Awareness])
        .ages(YOUNG)
        .skew(GenderSkew::Female)
        .formats(&[Photo, ShortVideo, Stories, Graphics])
        .skills(&["Canva", "montaggio video"])
        .refused(&[Tiktok])
        .must(&[Instagram, GoogleBusiness])
        .never(&[Linkedin, X]),
        // ── Professional services ─────────────────────────────────────────────────────
        persona(
            "accountant_it_2h",
            "IT",
            "A local accountant: people search 'commercialista vicino a me' and read reviews (Google profile); a weekly LinkedIn or Facebook post keeps contacts warm; no video, no Pinterest.",
        )
        .sector(ProfessionalServices, Offer::Both)
        .reach(Reach::Local, true)
        .hours(2.0)
        .budget(0.0)
        .goals(Leads, &[])
        .ages(&[A35_44, A45_54, A55_64])
        .online(&[OnlineTime::Morning, OnlineTime::Lunch])
        .formats(&[Text, Photo, Graphics])
        .current(Linkedin, 300, true)
        .must(&[GoogleBusiness])
        .any_of(&[Linkedin, Facebook])
        .never(&[Tiktok, Pinterest, Youtube]),
        persona(
            "law_firm_de_3h",
            "DE",
            "A law firm: LinkedIn, where the 1,200 contacts and referrers are; the Google profile, where clients find the office and read reviews.",
        )
        .sector(ProfessionalServices, Offer::Both)
        .reach(Reach::Regional, true)
        .hours(3.0)
        .budget(800.0)
        .goals(Leads, &[Awareness])
        .ages(MATURE)
        .formats(&[Text, Article])
        .skills(&["copywriting"])
        .current(Linkedin, 1200, true)
        .must(&[Linkedin, GoogleBusiness])
        .never(&[Tiktok, Pinterest]),
        persona(
            "marketing_consultant_fr_5h",
            "FR",
            "A B2B consultant sells on LinkedIn (2,000 contacts); X's 400 followers get re-posts or are told where to follow; no venue and a national market, so no Google profile.",
        )
        .sector(ProfessionalServices, Offer::B2b)
        .reach(Reach::National, false)
        .hours(5.0)
        .budget(0.0)
        .goals(Leads, &[Awareness])
        .ages(&[A25_34, A35_44, A45_54])
        .formats(&[Text, Article, Graphics, ShortVideo])
        .skills(&["copywriting", "Canva"])
        .managed_by(ManagedBy::Owner)
        .current(Linkedin, 2000, true)
        .current(X, 400, true)
        .must(&[Linkedin])
        .never(&[GoogleBusiness, Pinterest]),
        // ── B2B industry ──────────────────────────────────────────────────────────────
        persona(
            "machine_maker_de_8h",
            "DE",
            "Industrial buyers and engineers are on LinkedIn, where the 800 followers are; TikTok and Pinterest do not reach purchasing departments; an international market needs no Google profile.",
        )
        .sector(B2bIndustry, Offer::B2b)
        .reach(Reach::International, false)
        .hours(8.0)
        .budget(2000.0)
        .goals(Leads, &[Awareness])
        .ages(&[A35_44, A45_54])
        .formats(&[Text, Photo, Article, LongVideo])
        .skills(&["copywriting", "video editing"])
        .managed_by(ManagedBy::Employee)
        .current(Linkedin, 800, true)
        .must(&[Linkedin])
        .never(&[Tiktok, Pinterest, GoogleBusiness]),
        persona(
            "subcontractor_it_1h",
            "IT",
            "An industrial subcontractor with 1 h a week: one LinkedIn post and the replies reach buyers; nothing else fits.",
        )
        .sector(B2bIndustry, Offer::B2b)
        .reach(Reach::National, false)
        .hours(1.0)
        .budget(0.0)
        .goals(Leads, &[])
        .ages(MATURE)
        .formats(&[Photo, Text])
        .must(&[Linkedin])
        .never(&[Tiktok, Pinterest, GoogleBusiness, Instagram, Whatsapp])
        .max_channels(1),
        persona(
            "manufacturer_us_40h",
            "US",
            "40 h and a content team: LinkedIn for buyers and recruits, YouTube for product demos (800 subscribers), and Facebook's 1,500 followers kept; no consumer Pinterest, no Google profile.",
        )
        .sector(B2bIndustry, Offer::B2b)
        .reach(Reach::International, false)
        .hours(40.0)
        .budget(10_000.0)
        .goals(Leads, &[Awareness, Recruiting])
        .ages(&[A25_34, A35_44, A45_54, A55_64])
        .formats(&[Text, Article, Photo, Graphics, ShortVideo, LongVideo, Live])
        .skills(&["video editing", "copywriting", "ads", "photo"])
        .managed_by(ManagedBy::Employee)
        .current(Linkedin, 5000, true)
        .current(Youtube, 800, true)
        .current(Facebook, 1500, true)
        .must(&[Linkedin, Youtube, Facebook])
        .never(&[Pinterest, GoogleBusiness]),
        // ── Tech and software ─────────────────────────────────────────────────────────
        persona(
            "saas_us_10h",
            "US",
            "B2B software: LinkedIn for decision makers, then YouTube demos or X for the tech crowd; 10 h tend two or three channels; no Pinterest, no Google profile, no WhatsApp.",
        )
        .sector(TechSoftware, Offer::B2b)
        .reach(Reach::International, false)
        .hours(10.0)
        .budget(5000.0)
        .goals(Leads, &[Awareness])
        .ages(ADULTS)
        .formats(&[Text, Article, Graphics, ShortVideo, LongVideo])
        .skills(&["video editing", "copywriting", "ads"])
        .managed_by(ManagedBy::Employee)
        .must(&[Linkedin])
        .never(&[Pinterest, GoogleBusiness, Whatsapp])
        .min_channels(2),
        persona(
            "startup_de_recruiting_3h",
            "DE",
            "Hiring developers: LinkedIn is where candidates and their networks see the jobs and the team; no consumer channels, no Google profile.",
        )
        .sector(TechSoftware, Offer::B2b)
        .reach(Reach::National, false)
        .hours(3.0)
        .budget(0.0)
        .goals(Recruiting, &[])
        .ages(&[A25_34])
        .formats(&[Text, Photo])
        .current(Linkedin, 300, true)
        .must(&[Linkedin])
        .never(&[Pinterest, GoogleBusiness, Tiktok]),
        persona(
            "consumer_app_fr_8h",
            "FR",
            "A consumer app for 18–34 with a team that cuts videos from templates: TikTok and Instagram Reels; no LinkedIn, no Google profile, no WhatsApp.",
        )
        .sector(TechSoftware, Offer::B2c)
        .reach(Reach::International, false)
        .hours(8.0)
        .budget(3000.0)
        .goals(Awareness, &[Sales])
        .ages(YOUNG)
        .formats(&[ShortVideo, Photo, Graphics, Stories])
        .skills(&["CapCut", "templates"])
        .must(&[Tiktok, Instagram])
        .never(&[Linkedin, GoogleBusiness, Whatsapp]),
        // ── Education ─────────────────────────────────────────────────────────────────
        persona(
            "language_school_es_4h",
            "ES",
            "Students 18–34: Instagram (and TikTok quick lessons, the team edits video); the Google profile for the school; no Pinterest, no X.",
        )
        .sector(Education, Offer::B2c)
        .reach(Reach::Local, true)
        .hours(4.0)
        .budget(200.0)
        .goals(Leads, &[Awareness])
        .ages(YOUNG)
        .formats(&[Photo, ShortVideo, Stories])
        .skills(&["video editing"])
        .must(&[Instagram, GoogleBusiness])
        .never(&[Pinterest, X]),
        persona(
            "online_course_gb_10h",
            "GB",
            "An online course sells through long tutorials: YouTube is their search engine, with short clips on Instagram, TikTok or LinkedIn; no venue, no Google profile.",
        )
        .sector(Education, Offer::B2c)
        .reach(Reach::International, false)
        .hours(10.0)
        .budget(2000.0)
        .goals(Sales, &[Awareness])
        .ages(ADULTS)
        .formats(&[LongVideo, ShortVideo, Article, Text])
        .skills(&["video editing", "copywriting"])
        .must(&[Youtube])
        .never(&[GoogleBusiness, Whatsapp, Pinterest])
        .min_channels(2),
        // ── Culture and events ────────────────────────────────────────────────────────
        persona(
            "theatre_it_5h",
            "IT",
            "A theatre sells tickets to 25–64 year olds on Facebook and Instagram, where 4,500 followers already are; Google shows the programme and the way there.",
        )
        .sector(CultureEvents, Offer::B2c)
        .reach(Reach::Regional, true)
        .hours(5.0)
        .budget(300.0)
        .goals(Sales, &[Awareness])
        .ages(&[A25_34, A35_44, A45_54, A55_64])
        .formats(&[Photo, ShortVideo, Stories])
        .skills(&["photo"])
        .current(Facebook, 3000, true)
        .current(Instagram, 1500, true)
        .must(&[Instagram, Facebook, GoogleBusiness])
        .never(&[Linkedin, Pinterest]),
        persona(
            "music_festival_de_20h",
            "DE",
            "A festival for 18–34: Instagram and TikTok carry the line-up and the aftermovie; 20 h allow a third channel; no venue all year, so no Google profile; no LinkedIn.",
        )
        .sector(CultureEvents, Offer::B2c)
        .reach(Reach::National, false)
        .hours(20.0)
        .budget(5000.0)
        .goals(Awareness, &[Sales])
        .ages(YOUNG)
        .formats(&[ShortVideo, Photo, Stories, Live, LongVideo])
        .skills(&["video", "Canva"])
        .managed_by(ManagedBy::Agency)
        .must(&[Instagram, Tiktok])
        .never(&[Linkedin, GoogleBusiness])
        .min_channels(2),
        // ── Nonprofit ─────────────────────────────────────────────────────────────────
        persona(
            "animal_shelter_us_3h",
            "US",
            "Adopters and donors 35–64 are on Facebook, where 2,000 followers share every dog; people check the Google profile for visiting hours.",
        )
        .sector(Nonprofit, Offer::B2c)
        .reach(Reach::Local, true)
        .hours(3.0)
        .budget(0.0)
        .goals(Community, &[Awareness])
        .ages(MATURE)
        .formats(&[Photo, ShortVideo, Text])
        .current(Facebook, 2000, true)
        .must(&[Facebook, GoogleBusiness])
        .never(&[Linkedin, X]),
        persona(
            "charity_gb_national_8h",
            "GB",
            "Supporters 45+ are on Facebook (5,000 followers); X's 1,200 followers are kept with re-posts or told where to follow; TikTok does not reach them; no venue.",
        )
        .sector(Nonprofit, Offer::B2c)
        .reach(Reach::National, false)
        .hours(8.0)
        .budget(0.0)
        .goals(Awareness, &[Community])
        .ages(OLDER)
        .formats(&[Photo, Text, Article, ShortVideo])
        .current(Facebook, 5000, true)
        .current(X, 1200, true)
        .must(&[Facebook])
        .never(&[Tiktok, GoogleBusiness, Pinterest]),
        // ── Real estate ───────────────────────────────────────────────────────────────
        persona(
            "real_estate_us_8h",
            "US",
            "Buyers 25–54 look at listings on Facebook (900 followers) and Instagram, video tours fit YouTube; the office needs its Google profile; X sells no houses.",
        )
        .sector(RealEstate, Offer::B2c)
        .reach(Reach::Local, true)
        .hours(8.0)
        .budget(1500.0)
        .goals(Leads, &[Awareness])
        .ages(MIDDLE)
        .formats(&[Photo, ShortVideo, LongVideo, Stories])
        .skills(&["video", "photo"])
        .current(Facebook, 900, true)
        .must(&[Facebook, GoogleBusiness])
        .any_of(&[Instagram, Youtube])
        .never(&[X]),
        persona(
            "real_estate_it_45plus_2h",
            "IT",
            "Sellers and buyers 45+ are on Facebook, where the 600 followers are; the Google profile brings the neighbourhood's valuation requests; not TikTok or X.",
        )
        .sector(RealEstate, Offer::B2c)
        .reach(Reach::Local, true)
        .hours(2.0)
        .budget(0.0)
        .goals(Leads, &[])
        .ages(OLDER)
        .formats(&[Photo, Text])
        .current(Facebook, 600, true)
        .must(&[Facebook, GoogleBusiness])
        .never(&[Tiktok, X, Threads]),
        // ── Other ─────────────────────────────────────────────────────────────────────
        persona(
            "mobile_pet_groomer_es_2h",
            "ES",
            "A mobile groomer serves a local area: the Google profile (service area, reviews) plus before/after photos on Instagram or Facebook.",
        )
        .sector(Other, Offer::B2c)
        .reach(Reach::Local, false)
        .hours(2.0)
        .budget(0.0)
        .goals(Awareness, &[Leads])
        .ages(MIDDLE)
        .formats(&[Photo, ShortVideo, Stories])
        .must(&[GoogleBusiness])
        .any_of(&[Instagram, Facebook])
        .never(&[Linkedin, X]),
    ]
}

fn plan_of(answers: &Answers) -> Plan {
    build_plan(answers, answers.calendar.start)
}

fn names(channels: &[Channel]) -> String {
    channels
        .iter()
        .map(|c| c.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The persona's picture for a failure message: the plan's channels with scores, posts,
/// minutes and formats, the excluded channels with kinds and reasons, and the workload.
fn picture(p: &Persona, plan: &Plan) -> String {
    let a = &p.answers;
    let mut out = format!(
        "  why: {}\n  answers: {} {} {} {}, venue {}, {} h/week, budget {}, goals {} + [{}], ages [{}], formats [{}], skills {:?}, current [{}], refused [{}]\n",
        p.why,
        a.business.country,
        a.business.sector,
        a.business.offer,
        a.business.reach,
        a.business.has_venue,
        a.resources.hours_per_week,
        a.budget.monthly,
        a.goals.primary,
        a.goals
            .secondary
            .iter()
            .map(|g| g.as_str())
            .collect::<Vec<_>>()
            .join(", "),
        a.audience
            .age_bands
            .iter()
            .map(|b| b.as_str())
            .collect::<Vec<_>>()
            .join(", "),
        a.channels
            .formats
            .iter()
            .map(|f| f.as_str())
            .collect::<Vec<_>>()
            .join(", "),
        a.resources.skills,
        a.channels
            .current
            .iter()
            .map(|c| format!(
                "{} {} {}",
                c.channel,
                c.followers,
                if c.active { "active" } else { "inactive" }
            ))
            .collect::<Vec<_>>()
            .join(", "),
        names(&a.channels.refused),
    );
    out.push_str("  chosen:\n");
    for c in &plan.channels {
        out.push_str(&format!(
            "    {:<16} score {:>3}  {} posts/week  {:>4} min/week  [{}]\n",
            c.channel.as_str(),
            c.score,
            c.posts_per_week,
            c.minutes_per_week,
            c.formats
                .iter()
                .map(|f| f.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    out.push_str("  excluded:\n");
    for e in &plan.excluded_channels {
        out.push_str(&format!(
            "    {:<16} {:<9} {}\n",
            e.channel.as_str(),
            format!("{:?}", e.kind),
            e.reason
        ));
    }
    out.push_str(&format!(
        "  workload: {} of {} min/week; warnings [{}]\n",
        plan.workload.minutes_needed,
        plan.workload.minutes_available,
        plan.warnings
            .iter()
            .map(|w| w.code.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    ));
    out
}

/// Every broken expectation of one persona, one line each.
fn problems(p: &Persona, plan: &Plan) -> Vec<String> {
    let a = &p.answers;
    let chosen: Vec<Channel> = plan.channels.iter().map(|c| c.channel).collect();
    let has = |c: Channel| chosen.contains(&c);
    let excluded = |c: Channel| plan.excluded_channels.iter().find(|e| e.channel == c);
    let mut out = Vec::new();

    // The persona's own expectations.
    for c in &p.must {
        if !has(*c) {
            let why = excluded(*c)
                .map(|e| format!("excluded {:?}: {}", e.kind, e.reason))
                .unwrap_or_else(|| "neither chosen nor excluded".into());
            out.push(format!("must include {c} ({why})"));
        }
    }
    let mut never = p.never.clone();
    never.extend(a.channels.refused.iter().copied());
    for c in &never {
        if has(*c) {
            out.push(format!("must not include {c}"));
        }
    }
    if !p.any_of.is_empty() && !p.any_of.iter().any(|c| has(*c)) {
        out.push(format!(
            "must include at least one of [{}]",
            names(&p.any_of)
        ));
    }
    if let Some(max) = p.max_channels
        && chosen.len() > max
    {
        out.push(format!(
            "at most {max} channel(s), got {}: [{}]",
            chosen.len(),
            names(&chosen)
        ));
    }
    if let Some(min) = p.min_channels
        && chosen.len() < min
    {
        out.push(format!(
            "at least {min} channels, got {}: [{}]",
            chosen.len(),
            names(&chosen)
        ));
    }
    for c in &p.affordable {
        if !has(*c)
            && let Some(e) = excluded(*c)
            && e.kind == ExclusionKind::Time
        {
            out.push(format!(
                "{c} is affordable with these skills and hours, but is excluded for time: {}",
                e.reason
            ));
        }
    }

    // The general rules of issue #11, for every persona.
    let available = plan.workload.minutes_available;
    let needed = plan.workload.minutes_needed;
    let too_little_time = plan.has_warning(TOO_LITTLE_TIME);
    if needed > available && !too_little_time {
        out.push(format!(
            "rule: needs {needed} min of {available} without the {TOO_LITTLE_TIME} warning"
        ));
    }
    let idle = available.saturating_sub(needed);
    // Idle time the plan names and gives back as spare time is allowed (issue #11 §3).
    let returned = plan.workload.spare_note.is_some();
    if idle >= IDLE_MINUTES && !returned {
        for e in plan
            .excluded_channels
            .iter()
            .filter(|e| e.kind == ExclusionKind::Cap)
        {
            out.push(format!(
                "rule: {idle} min/week idle while {} is excluded for the cap",
                e.channel
            ));
        }
    }
    if chosen == [Whatsapp] && a.goals.primary != CustomerCare {
        out.push(format!(
            "rule: WhatsApp alone, but the primary goal is {}",
            a.goals.primary
        ));
    }
    let local = a.business.has_venue || a.business.reach == Reach::Local;
    let gbp_refused = a.channels.refused.contains(&GoogleBusiness);
    if local
        && !gbp_refused
        && a.resources.hours_per_week >= GBP_HOURS
        && !has(GoogleBusiness)
        && !p.must.contains(&GoogleBusiness)
    {
        out.push(format!(
            "rule: a venue or local area with {} h/week gets the Google profile as a companion ({})",
            a.resources.hours_per_week,
            excluded(GoogleBusiness)
                .map(|e| format!("excluded {:?}: {}", e.kind, e.reason))
                .unwrap_or_else(|| "not listed".into())
        ));
    }
    if !local && has(GoogleBusiness) {
        out.push("rule: Google Business Profile without a venue or a local area".into());
    }
    if let Some(g) = plan.channel(GoogleBusiness)
        && g.minutes_per_week > GBP_MAX_MINUTES
    {
        out.push(format!(
            "rule: Google Business Profile costs {} min/week, more than its real {}–{} min",
            g.minutes_per_week, 20, 40
        ));
    }
    for current in &a.channels.current {
        let c = current.channel;
        if !current.active || current.followers == 0 || a.channels.refused.contains(&c) {
            continue;
        }
        if !has(c) {
            match excluded(c) {
                Some(e) if !e.reason.trim().is_empty() => {}
                Some(_) => out.push(format!(
                    "rule: {c} (active, {} followers) is dropped with an empty reason",
                    current.followers
                )),
                None => out.push(format!(
                    "rule: {c} (active, {} followers) is neither kept nor listed as dropped",
                    current.followers
                )),
            }
        }
    }
    for w in &plan.warnings {
        if !WARNING_CODES.contains(&w.code.as_str()) {
            out.push(format!("rule: unknown warning code {}", w.code));
        }
    }
    if plan.to_json() != plan_of(a).to_json() {
        out.push("rule: two builds of the same answers differ".into());
    }
    out
}

#[test]
fn the_persona_table_covers_sectors_countries_hours_and_budgets() {
    let all = personas();
    assert!(all.len() >= 30, "{} personas", all.len());
    for s in Sector::ALL {
        assert!(
            all.iter().any(|p| p.answers.business.sector == *s),
            "no persona in {s}"
        );
    }
    for country in ["IT", "GB", "US", "DE", "FR", "ES"] {
        let n = all
            .iter()
            .filter(|p| p.answers.business.country == country)
            .count();
        assert!(n >= 3, "{country}: {n} personas");
    }
    for h in [0.5, 1.0, 2.0, 3.0, 4.0, 5.0, 8.0, 10.0, 20.0, 40.0] {
        assert!(
            all.iter().any(|p| p.answers.resources.hours_per_week == h),
            "no persona with {h} h/week"
        );
    }
    for b in [0.0, 10_000.0] {
        assert!(all.iter().any(|p| p.answers.budget.monthly == b), "{b}");
    }
    for r in Reach::ALL {
        assert!(all.iter().any(|p| p.answers.business.reach == *r), "{r}");
    }
    let mut names: Vec<_> = all.iter().map(|p| p.name).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), all.len(), "persona names are unique");
    for p in &all {
        let errors: Vec<_> = validate(&p.answers)
            .into_iter()
            .filter(|i| i.severity == Severity::Error)
            .collect();
        assert!(errors.is_empty(), "{} is valid: {errors:#?}", p.name);
        assert!(
            p.must.iter().all(|c| !p.never.contains(c)),
            "{}: must and never overlap",
            p.name
        );
    }
}

#[test]
fn every_persona_gets_the_advice_a_practitioner_would_give() {
    let all = personas();
    let mut failures = Vec::new();
    for p in &all {
        let plan = plan_of(&p.answers);
        let found = problems(p, &plan);
        if !found.is_empty() {
            let mut report = format!("✗ {}\n", p.name);
            for f in &found {
                report.push_str(&format!("  - {f}\n"));
            }
            report.push_str(&picture(p, &plan));
            failures.push(report);
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} personas get advice a practitioner would not give:\n\n{}",
        failures.len(),
        all.len(),
        failures.join("\n")
    );
}
