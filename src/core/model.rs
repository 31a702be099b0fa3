//! The answers file: the contract of DESIGN §4 (`"schema": "rotta.answers/2"`; version 2 added
//! the monthly check-ins, a `rotta.answers/1` document is read as a version 2 one without any).
//!
//! The same document is saved in the browser, exported, imported and shared. Field names and
//! enumeration values are the contract: new fields may be added (with `#[serde(default)]`, so
//! older files still load), none renamed. Fields this build does not know are kept
//! ([`Answers::unknown`]) and written back wherever the answers are written (store, answers
//! file, share link), so a file written by a newer revision opens here and loses nothing
//! when it is saved or exported again. A field added here needs a store version
//! (`tests/store_format.rs` says so).
//!
//! Parsing only checks shapes (types, enumeration values, the schema tag). Limits (lengths,
//! ranges, counts) are checked by `validate`, which reports problems instead of clamping, so
//! nothing the user typed is ever thrown away.

use crate::core::unknown::UnknownFields;
use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;

/// The schema tag every answers document carries.
pub const ANSWERS_SCHEMA: &str = "rotta.answers/2";

/// The schema tags [`Answers::from_json`] reads: every version up to [`ANSWERS_SCHEMA`]. A
/// version 1 document has no check-ins, which is what an absent list means, so it is read as
/// it is and written back as version 2.
pub const READABLE_ANSWERS_SCHEMAS: [&str; 2] = ["rotta.answers/1", ANSWERS_SCHEMA];

/// True for a tag of a later answers version than this build writes ("rotta.answers/3").
pub fn is_newer_answers_schema(tag: &str) -> bool {
    tag.strip_prefix("rotta.answers/")
        .and_then(|n| n.parse::<u32>().ok())
        .is_some_and(|n| n > 2)
}

/// Files larger than this are refused before parsing (import, share links, storage).
pub const MAX_ANSWERS_BYTES: usize = 512 * 1024;

/// Declares a lower-snake-case enumeration with its list of all values, its wire name and a
/// `FromStr`, so the UI and the tests can iterate over exactly the contract's values.
macro_rules! wire_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => $wire:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $wire)] $variant),+
        }

        impl $name {
            /// Every value, in the order of DESIGN §4.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The value as written in the answers file.
            pub const fn as_str(self) -> &'static str {
                match self { $($name::$variant => $wire),+ }
            }

            /// Parses the value as written in the answers file.
            pub fn from_wire(s: &str) -> Option<Self> {
                match s { $($wire => Some($name::$variant),)+ _ => None }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

wire_enum!(
    /// The language of the plan and of the interface.
    Locale { It => "it", En => "en", Es => "es", Fr => "fr", De => "de" }
);

wire_enum!(
    /// The business's sector.
    Sector {
        FoodDrink => "food_drink",
        Retail => "retail",
        HospitalityTourism => "hospitality_tourism",
        HealthWellness => "health_wellness",
        Beauty => "beauty",
        ProfessionalServices => "professional_services",
        B2bIndustry => "b2b_industry",
        TechSoftware => "tech_software",
        Education => "education",
        CultureEvents => "culture_events",
        Nonprofit => "nonprofit",
        RealEstate => "real_estate",
        CraftsCreative => "crafts_creative",
        Other => "other",
    }
);

wire_enum!(
    /// Who the business sells to.
    Offer { B2c => "b2c", B2b => "b2b", Both => "both" }
);

wire_enum!(
    /// How far the business's customers are.
    Reach { Local => "local", Regional => "regional", National => "national", International => "international" }
);

wire_enum!(
    /// A business goal the social media work serves.
    Goal {
        Awareness => "awareness",
        Community => "community",
        Traffic => "traffic",
        Leads => "leads",
        Sales => "sales",
        CustomerCare => "customer_care",
        Recruiting => "recruiting",
    }
);

wire_enum!(
    /// A social channel.
    Channel {
        Instagram => "instagram",
        Facebook => "facebook",
        Linkedin => "linkedin",
        Tiktok => "tiktok",
        Youtube => "youtube",
        Pinterest => "pinterest",
        X => "x",
        Threads => "threads",
        Whatsapp => "whatsapp",
        GoogleBusiness => "google_business",
    }
);

wire_enum!(
    /// A content format the team can produce.
    Format {
        Photo => "photo",
        Graphics => "graphics",
        ShortVideo => "short_video",
        LongVideo => "long_video",
        Text => "text",
        Article => "article",
        Live => "live",
        Stories => "stories",
    }
);

wire_enum!(
    /// Who runs the social media work day to day.
    ManagedBy { Owner => "owner", Employee => "employee", Freelancer => "freelancer", Agency => "agency" }
);

wire_enum!(
    /// The kind of one of the business's own key dates.
    KeyDateKind {
        Launch => "launch",
        Event => "event",
        Promotion => "promotion",
        Closure => "closure",
        Season => "season",
        Other => "other",
    }
);

wire_enum!(
    /// An age band of the audience.
    AgeBand {
        A13_17 => "13-17",
        A18_24 => "18-24",
        A25_34 => "25-34",
        A35_44 => "35-44",
        A45_54 => "45-54",
        A55_64 => "55-64",
        A65Plus => "65+",
    }
);

wire_enum!(
    /// When the audience is online.
    OnlineTime {
        Morning => "morning",
        Lunch => "lunch",
        Afternoon => "afternoon",
        Evening => "evening",
        Weekend => "weekend",
    }
);

wire_enum!(
    /// How a conversion is counted.
    Conversion {
        UtmLink => "utm_link",
        PromoCode => "promo_code",
        AskCustomers => "ask_customers",
        BookingForm => "booking_form",
        PhoneCalls => "phone_calls",
        StoreVisits => "store_visits",
        Other => "other",
    }
);

wire_enum!(
    /// The content-mix preset: how posts divide between value, curated, personal and
    /// promotional content (DESIGN §5 Tactics). `80_20` is the default.
    MixPreset {
        /// 80% value, 20% promotion (a practitioner convention, no data behind it).
        EightyTwenty => "80_20",
        /// The classic 70/20/10: 70% own value content, 20% shared from others, 10% promotion
        /// (a practitioner convention with no known originator; not Coca-Cola's 70/20/10,
        /// which splits content investment 70% low-risk, 20% innovating on what works, 10%
        /// high-risk).
        SeventyTwentyTen => "70_20_10",
        /// 4-1-1 (Andrew Davis and Joe Pulizzi, c. 2010): of every 6 posts, 4 pieces of
        /// relevant content by others, 1 re-share, 1 self-promotion.
        FourOneOne => "4_1_1",
        /// 5-3-2 (attributed to T.A. McCann, c. 2011): of every 10 posts, 5 curated,
        /// 3 created, 2 personal.
        FiveThreeTwo => "5_3_2",
    }
);

// `wire_enum!` does not derive `Default`, so the default is spelled out here.
#[allow(clippy::derivable_impls)]
impl Default for MixPreset {
    fn default() -> Self {
        Self::EightyTwenty
    }
}

impl MixPreset {
    /// True for the default preset, which is left out of the file so older files stay
    /// byte-identical after a round trip.
    pub fn is_default(&self) -> bool {
        *self == Self::default()
    }
}

wire_enum!(
    /// The audience's gender skew, when there is one.
    GenderSkew { Female => "female", Male => "male", Balanced => "balanced" }
);

/// Serialises whole numbers without a fractional part (`800`, not `800.0`) so the file the
/// user downloads reads like the one they wrote, and exact round trips hold.
mod whole_numbers {
    use serde::Serializer;

    /// Largest integer an f64 holds exactly (2^53).
    const EXACT: f64 = 9_007_199_254_740_992.0;

    pub fn serialize<S: Serializer>(v: &f64, s: S) -> Result<S::Ok, S::Error> {
        if v.fract() == 0.0 && v.abs() < EXACT {
            s.serialize_i64(*v as i64)
        } else {
            s.serialize_f64(*v)
        }
    }

    pub mod option {
        use serde::Serializer;

        pub fn serialize<S: Serializer>(v: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
            match v {
                Some(v) => super::serialize(v, s),
                None => s.serialize_none(),
            }
        }
    }
}

/// The whole questionnaire.
///
/// `Serialize`/`Deserialize` are written by hand below, around the derived ones
/// (`remote = "Self"` makes the derive generate `Answers::serialize`/`Answers::deserialize`
/// as plain functions for the known fields): reading keeps what this build does not know in
/// [`Answers::unknown`], writing puts it back.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, remote = "Self")]
pub struct Answers {
    /// Always [`ANSWERS_SCHEMA`]; checked by [`Answers::from_json`].
    pub schema: String,
    pub locale: Locale,
    pub business: Business,
    pub goals: Goals,
    pub audience: Audience,
    pub channels: Channels,
    pub resources: Resources,
    pub budget: Budget,
    pub calendar: CalendarAnswers,
    /// The content-mix preset (added after the first release: absent means `80_20`).
    #[serde(default, skip_serializing_if = "MixPreset::is_default")]
    pub mix: MixPreset,
    /// The monthly check-ins (version 2), oldest first as the user saved them; left out when
    /// there is none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub checkins: Vec<CheckIn>,
    /// What the document read held that this build does not know (fields of a newer Rotta,
    /// at any depth), written back over the known fields; empty for answers made here.
    #[serde(skip)]
    pub unknown: UnknownFields,
}

/// Step 1: the business and its value proposition.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Business {
    pub name: String,
    pub sector: Sector,
    pub offer: Offer,
    pub value_proposition: String,
    pub reach: Reach,
    /// ISO 3166-1 alpha-2 code, upper case (holidays exist for some countries only).
    pub country: String,
    pub has_venue: bool,
    pub competitors: Vec<String>,
}

/// Step 2: goals, horizon and the conversion event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Goals {
    pub primary: Goal,
    pub secondary: Vec<Goal>,
    /// 3, 6 or 12.
    pub horizon_months: u32,
    pub targets: Vec<GoalTarget>,
    /// How a conversion is measured; `None` when the user has not said.
    pub conversion: Option<Conversion>,
}

/// The user's own numeric target for one goal.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct GoalTarget {
    pub goal: Goal,
    /// Free text, e.g. "reach", "leads per month".
    pub metric: String,
    #[serde(serialize_with = "whole_numbers::serialize")]
    pub baseline: f64,
    #[serde(serialize_with = "whole_numbers::serialize")]
    pub target: f64,
}

/// One month's check-in (`checkins[]`): what really happened, entered after the month.
/// Nothing is clamped here: `checkin::check` reports values out of range.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct CheckIn {
    /// The month, "YYYY-MM" (kept as typed, so a bad one is reported, not lost).
    pub month: String,
    /// The KPI values, one per SMART target measured, keyed by the target's goal (the
    /// engine's objective per goal), so a value stays with its target when targets move.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub kpis: Vec<KpiValue>,
    /// Hours really spent on social media in the month; `None` when not entered.
    #[serde(serialize_with = "whole_numbers::option::serialize")]
    pub hours_spent: Option<f64>,
    /// Money really spent on ads in the month, in the budget's currency.
    #[serde(serialize_with = "whole_numbers::option::serialize")]
    pub ads_spent: Option<f64>,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub note: String,
}

impl CheckIn {
    /// The value entered for the target of `goal`, if any.
    pub fn kpi(&self, goal: Goal) -> Option<f64> {
        self.kpis.iter().find(|k| k.goal == goal).map(|k| k.value)
    }
}

/// The value of one target's metric at the end of a month.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct KpiValue {
    pub goal: Goal,
    #[serde(serialize_with = "whole_numbers::serialize")]
    pub value: f64,
}

/// Step 3: who the audience is and when they are online.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Audience {
    pub age_bands: Vec<AgeBand>,
    pub gender_skew: Option<GenderSkew>,
    pub location: String,
    pub persona: Persona,
    pub online_times: Vec<OnlineTime>,
    pub listen_keywords: Vec<String>,
}

/// A short description of the typical customer.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Persona {
    pub who: String,
    pub needs: String,
    pub objections: String,
}

/// Step 4: channels in use, refused channels and producible formats.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Channels {
    pub current: Vec<CurrentChannel>,
    pub refused: Vec<Channel>,
    pub formats: Vec<Format>,
}

/// A channel the business already uses.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct CurrentChannel {
    pub channel: Channel,
    pub followers: u64,
    pub active: bool,
}

impl Default for CurrentChannel {
    fn default() -> Self {
        Self {
            channel: Channel::Instagram,
            followers: 0,
            active: true,
        }
    }
}

/// Step 5: time and people.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Resources {
    /// 0.5–80.
    #[serde(serialize_with = "whole_numbers::serialize")]
    pub hours_per_week: f64,
    pub managed_by: ManagedBy,
    /// Free labels, e.g. "photo", "copywriting", "ads".
    pub skills: Vec<String>,
    pub approval: Approval,
}

/// Whether posts need approval before publishing, and by whom.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Approval {
    pub required: bool,
    pub by: Option<String>,
}

/// Step 6: money.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Budget {
    /// ISO 4217 code, e.g. "EUR".
    pub currency: String,
    /// 0–1,000,000 per month.
    #[serde(serialize_with = "whole_numbers::serialize")]
    pub monthly: f64,
    /// The user's own split; `None` lets the engine propose one.
    pub split: Option<BudgetSplit>,
    /// What an hour of the owner's time is worth, for the hidden labour cost.
    #[serde(serialize_with = "whole_numbers::option::serialize")]
    pub owner_hourly_value: Option<f64>,
}

/// A monthly budget split into its four parts; they must add up to the monthly amount.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct BudgetSplit {
    #[serde(serialize_with = "whole_numbers::serialize")]
    pub ads: f64,
    #[serde(serialize_with = "whole_numbers::serialize")]
    pub content: f64,
    #[serde(serialize_with = "whole_numbers::serialize")]
    pub management: f64,
    #[serde(serialize_with = "whole_numbers::serialize")]
    pub tools: f64,
}

/// Step 7: the calendar's range and the business's own dates.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct CalendarAnswers {
    pub start: NaiveDate,
    /// 1–52.
    pub weeks: u32,
    pub public_holidays: bool,
    pub marketing_days: bool,
    pub key_dates: Vec<KeyDate>,
    /// The post ideas the user picked with "Another idea", one per post (added after the
    /// first release: absent means none, and is left out so older files stay byte-identical).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ideas: Vec<IdeaChoice>,
}

/// The idea the user picked for one calendar post ("Another idea"). The post is found by its
/// date, time and channel; a choice whose post is no longer in the calendar, or whose idea
/// does not fit it (or is not in this build's bank), is kept but not used.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IdeaChoice {
    pub date: NaiveDate,
    /// "HH:MM", local wall-clock time.
    #[serde(with = "hh_mm")]
    pub time: NaiveTime,
    pub channel: Channel,
    /// The idea's id in the bank, e.g. "food_drink.education.3" (core::ideas::IdeaId).
    pub idea: String,
}

/// A time written "HH:MM", as in the plan JSON and the exports.
mod hh_mm {
    use chrono::NaiveTime;
    use serde::{Deserialize, Deserializer, Serializer, de::Error};

    pub fn serialize<S: Serializer>(time: &NaiveTime, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&time.format("%H:%M"))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveTime, D::Error> {
        let text = String::deserialize(d)?;
        // By hand: chrono's format parser would cost the wasm more than this (docs/size.md).
        let two_digits = |s: &str| {
            (s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.parse::<u32>().ok())
                .flatten()
        };
        text.split_once(':')
            .and_then(|(h, m)| NaiveTime::from_hms_opt(two_digits(h)?, two_digits(m)?, 0))
            .ok_or_else(|| D::Error::custom(format!("expected a time \"HH:MM\", found {text:?}")))
    }
}

/// One of the business's own dates (launch, event, sale, closure, season…).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KeyDate {
    pub date: NaiveDate,
    pub name: String,
    pub kind: KeyDateKind,
}

impl Default for Answers {
    fn default() -> Self {
        Self::new_plan(Locale::It, default_start())
    }
}

/// A fixed Monday used only where no "today" is known (e.g. `Default`); the app always calls
/// [`Answers::new_plan`] with the real date.
fn default_start() -> NaiveDate {
    NaiveDate::from_ymd_opt(2027, 1, 4).unwrap_or_default()
}

impl Default for Business {
    fn default() -> Self {
        Self {
            name: String::new(),
            sector: Sector::Other,
            offer: Offer::B2c,
            value_proposition: String::new(),
            reach: Reach::Local,
            country: "IT".into(),
            has_venue: false,
            competitors: Vec::new(),
        }
    }
}

impl Default for Goals {
    fn default() -> Self {
        Self {
            primary: Goal::Awareness,
            secondary: Vec::new(),
            horizon_months: 6,
            targets: Vec::new(),
            conversion: None,
        }
    }
}

impl Default for GoalTarget {
    fn default() -> Self {
        Self {
            goal: Goal::Awareness,
            metric: String::new(),
            baseline: 0.0,
            target: 0.0,
        }
    }
}

impl Default for Audience {
    fn default() -> Self {
        Self {
            age_bands: vec![AgeBand::A25_34, AgeBand::A35_44],
            gender_skew: None,
            location: String::new(),
            persona: Persona::default(),
            online_times: Vec::new(),
            listen_keywords: Vec::new(),
        }
    }
}

impl Default for Resources {
    fn default() -> Self {
        Self {
            hours_per_week: 3.0,
            managed_by: ManagedBy::Owner,
            skills: Vec::new(),
            approval: Approval::default(),
        }
    }
}

impl Default for Budget {
    fn default() -> Self {
        Self {
            currency: "EUR".into(),
            monthly: 0.0,
            split: None,
            owner_hourly_value: None,
        }
    }
}

impl Default for CalendarAnswers {
    fn default() -> Self {
        Self {
            start: default_start(),
            weeks: 12,
            public_holidays: true,
            marketing_days: true,
            key_dates: Vec::new(),
            ideas: Vec::new(),
        }
    }
}

/// Why an answers document could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnswersError {
    /// Larger than [`MAX_ANSWERS_BYTES`].
    TooLarge { bytes: usize },
    /// Not JSON, or JSON of the wrong shape; the text is serde's own one-line description.
    Malformed(String),
    /// JSON with another `schema` tag (another app's file).
    WrongSchema(String),
    /// An answers file of a later version than this build reads (a newer Rotta).
    NewerSchema(String),
}

impl std::fmt::Display for AnswersError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::TooLarge { bytes } => {
                write!(
                    f,
                    "the file is too large ({bytes} bytes; at most {MAX_ANSWERS_BYTES})"
                )
            }
            Self::Malformed(why) => write!(f, "not a valid answers file: {why}"),
            Self::WrongSchema(found) => {
                write!(
                    f,
                    "not a Rotta answers file (schema {found:?}, expected {ANSWERS_SCHEMA:?})"
                )
            }
            Self::NewerSchema(found) => {
                write!(
                    f,
                    "an answers file of a newer Rotta (schema {found:?}; this one reads up to {ANSWERS_SCHEMA:?})"
                )
            }
        }
    }
}

impl std::error::Error for AnswersError {}

impl Answers {
    /// A new, empty plan in `locale`, starting on the Monday on or after `today`.
    pub fn new_plan(locale: Locale, today: NaiveDate) -> Self {
        use chrono::Datelike;
        let days_to_monday = (7 - today.weekday().num_days_from_monday()) % 7;
        let start = today
            .checked_add_days(chrono::Days::new(u64::from(days_to_monday)))
            .unwrap_or(today);
        let country = match locale {
            Locale::It => "IT",
            Locale::En => "GB",
            Locale::Es => "ES",
            Locale::Fr => "FR",
            Locale::De => "DE",
        };
        Self {
            schema: ANSWERS_SCHEMA.into(),
            locale,
            business: Business {
                country: country.into(),
                ..Business::default()
            },
            goals: Goals::default(),
            audience: Audience::default(),
            channels: Channels::default(),
            resources: Resources::default(),
            budget: Budget::default(),
            calendar: CalendarAnswers {
                start,
                ..CalendarAnswers::default()
            },
            mix: MixPreset::default(),
            checkins: Vec::new(),
            unknown: UnknownFields::default(),
        }
    }

    /// Reads an answers document. Never panics, whatever the bytes.
    pub fn from_json(text: &str) -> Result<Self, AnswersError> {
        if text.len() > MAX_ANSWERS_BYTES {
            return Err(AnswersError::TooLarge { bytes: text.len() });
        }
        let value: serde_json::Value =
            serde_json::from_str(text).map_err(|e| AnswersError::Malformed(e.to_string()))?;
        Self::from_value(value)
    }

    /// Reads an answers document already parsed as JSON (e.g. inside the store envelope).
    pub fn from_value(value: serde_json::Value) -> Result<Self, AnswersError> {
        let Some(object) = value.as_object() else {
            return Err(AnswersError::Malformed("expected a JSON object".into()));
        };
        match object.get("schema").and_then(|s| s.as_str()) {
            Some(tag) if READABLE_ANSWERS_SCHEMAS.contains(&tag) => {}
            Some(other) if is_newer_answers_schema(other) => {
                return Err(AnswersError::NewerSchema(other.into()));
            }
            Some(other) => return Err(AnswersError::WrongSchema(other.into())),
            None => return Err(AnswersError::WrongSchema(String::new())),
        }
        let mut answers =
            Self::from_shape(&value).map_err(|e| AnswersError::Malformed(e.to_string()))?;
        // Version 1 is version 2 without check-ins: written back as the current version.
        answers.schema = ANSWERS_SCHEMA.into();
        Ok(answers)
    }

    /// The known fields read from `value`, and what is left of `value` as the unknown part.
    /// No schema check (see [`Answers::from_value`]).
    fn from_shape(value: &Value) -> Result<Self, serde_json::Error> {
        // `&Value` rather than `Value`: the original is still needed for the unknown part.
        let mut answers = Answers::deserialize(value)?;
        let mut known = answers.known_value();
        // `mix` is left out when it is the default; an explicit `"mix": "80_20"` is still a
        // field this build knows, not one to carry.
        if let Value::Object(known) = &mut known {
            known
                .entry("mix")
                .or_insert_with(|| Value::String(answers.mix.as_str().into()));
            // Likewise an explicit empty list of check-ins.
            known
                .entry("checkins")
                .or_insert_with(|| Value::Array(Vec::new()));
        }
        answers.unknown = UnknownFields::of(value, &known);
        Ok(answers)
    }

    /// The JSON of the fields this build knows, without the unknown ones.
    fn known_value(&self) -> Value {
        crate::core::json::to_value(&Known(self))
    }

    /// The document as pretty JSON, as downloaded by the user.
    pub fn to_json_pretty(&self) -> String {
        crate::core::json::pretty(self)
    }

    /// The document as compact JSON, as stored.
    pub fn to_json(&self) -> String {
        crate::core::json::compact(self)
    }
}

/// The answers' known fields alone, through the derived serialisation.
struct Known<'a>(&'a Answers);

impl Serialize for Known<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        // The function the derive generated (`remote = "Self"`), not this trait's method.
        Answers::serialize(self.0, serializer)
    }
}

impl Serialize for Answers {
    /// The known fields, with the unknown ones written over them (known values win).
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.unknown.is_empty() {
            return Known(self).serialize(serializer);
        }
        let mut value = self.known_value();
        self.unknown.overlay_onto(&mut value);
        value.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Answers {
    /// The known fields, keeping the rest in [`Answers::unknown`]. No schema check: that is
    /// [`Answers::from_value`]'s.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = Value::deserialize(deserializer)?;
        Answers::from_shape(&value).map_err(serde::de::Error::custom)
    }
}

impl PartialEq for Answers {
    /// Equal exactly when the two would be written as the same JSON.
    fn eq(&self, other: &Self) -> bool {
        // Every field by name, so a new one cannot be forgotten here.
        let Answers {
            schema,
            locale,
            business,
            goals,
            audience,
            channels,
            resources,
            budget,
            calendar,
            mix,
            checkins,
            unknown,
        } = self;
        let known_equal = *schema == other.schema
            && *locale == other.locale
            && *business == other.business
            && *goals == other.goals
            && *audience == other.audience
            && *channels == other.channels
            && *resources == other.resources
            && *budget == other.budget
            && *calendar == other.calendar
            && *mix == other.mix
            && *checkins == other.checkins;
        if !known_equal {
            return false;
        }
        if *unknown == other.unknown {
            return true;
        }
        // Different unknown parts may still write the same JSON, when a known value hides
        // some of them (a list item that was removed since): compare what shows.
        let known = self.known_value();
        unknown.showing_over(&known) == other.unknown.showing_over(&known)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The example of DESIGN §4, verbatim apart from the persona's placeholders.
    pub const DESIGN_EXAMPLE: &str =
        include_str!("../../tests/fixtures/answers_design_example.json");

    #[test]
    fn design_example_parses_with_every_field() {
        let a = Answers::from_json(DESIGN_EXAMPLE).expect("the DESIGN example parses");
        assert_eq!(a.locale, Locale::It);
        assert_eq!(a.business.name, "Forno Rossi");
        assert_eq!(a.business.sector, Sector::FoodDrink);
        assert_eq!(
            a.business.competitors,
            vec!["Panificio Bianchi".to_string()]
        );
        assert_eq!(a.goals.secondary, vec![Goal::Community]);
        assert_eq!(a.goals.targets[0].target, 3000.0);
        assert_eq!(a.goals.conversion, Some(Conversion::PromoCode));
        assert_eq!(
            a.audience.age_bands,
            vec![AgeBand::A25_34, AgeBand::A35_44, AgeBand::A45_54]
        );
        assert_eq!(a.channels.current[0].followers, 420);
        assert_eq!(a.channels.refused, vec![Channel::X]);
        assert_eq!(a.resources.hours_per_week, 3.0);
        assert_eq!(a.budget.owner_hourly_value, Some(25.0));
        assert_eq!(
            a.calendar.start,
            NaiveDate::from_ymd_opt(2027, 1, 4).unwrap()
        );
        assert_eq!(a.calendar.key_dates[0].kind, KeyDateKind::Promotion);
    }

    #[test]
    fn design_example_round_trips_to_the_same_json() {
        let original: serde_json::Value = serde_json::from_str(DESIGN_EXAMPLE).unwrap();
        let answers = Answers::from_json(DESIGN_EXAMPLE).unwrap();
        let written: serde_json::Value = serde_json::from_str(&answers.to_json_pretty()).unwrap();
        assert_eq!(
            written, original,
            "field names, values and numbers survive unchanged"
        );
        assert_eq!(Answers::from_json(&answers.to_json()).unwrap(), answers);
    }

    #[test]
    fn enumerations_use_the_contract_values() {
        let sectors: Vec<_> = Sector::ALL.iter().map(|s| s.as_str()).collect();
        assert_eq!(
            sectors.join(","),
            "food_drink,retail,hospitality_tourism,health_wellness,beauty,professional_services,b2b_industry,tech_software,education,culture_events,nonprofit,real_estate,crafts_creative,other"
        );
        let channels: Vec<_> = Channel::ALL.iter().map(|s| s.as_str()).collect();
        assert_eq!(
            channels.join(","),
            "instagram,facebook,linkedin,tiktok,youtube,pinterest,x,threads,whatsapp,google_business"
        );
        let formats: Vec<_> = Format::ALL.iter().map(|s| s.as_str()).collect();
        assert_eq!(
            formats.join(","),
            "photo,graphics,short_video,long_video,text,article,live,stories"
        );
        let goals: Vec<_> = Goal::ALL.iter().map(|s| s.as_str()).collect();
        assert_eq!(
            goals.join(","),
            "awareness,community,traffic,leads,sales,customer_care,recruiting"
        );
        let bands: Vec<_> = AgeBand::ALL.iter().map(|s| s.as_str()).collect();
        assert_eq!(bands.join(","), "13-17,18-24,25-34,35-44,45-54,55-64,65+");
        let conv: Vec<_> = Conversion::ALL.iter().map(|s| s.as_str()).collect();
        assert_eq!(
            conv.join(","),
            "utm_link,promo_code,ask_customers,booking_form,phone_calls,store_visits,other"
        );
        for c in Channel::ALL {
            assert_eq!(Channel::from_wire(c.as_str()), Some(*c));
            assert_eq!(serde_json::to_string(c).unwrap(), format!("\"{c}\""));
        }
    }

    #[test]
    fn a_new_plan_has_sensible_defaults_and_round_trips() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap(); // a Wednesday
        let a = Answers::new_plan(Locale::En, today);
        assert_eq!(a.schema, ANSWERS_SCHEMA);
        assert_eq!(
            a.calendar.start,
            NaiveDate::from_ymd_opt(2026, 11, 30).unwrap()
        );
        assert_eq!(a.calendar.weeks, 12);
        assert_eq!(a.goals.horizon_months, 6);
        assert_eq!(a.business.country, "GB");
        assert_eq!(Answers::from_json(&a.to_json()).unwrap(), a);
        let monday = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
        assert_eq!(Answers::new_plan(Locale::It, monday).calendar.start, monday);
    }

    #[test]
    fn version_1_reads_as_version_2_without_check_ins_and_is_written_as_2() {
        let v1 = DESIGN_EXAMPLE.replace("rotta.answers/2", "rotta.answers/1");
        let a = Answers::from_json(&v1).unwrap();
        assert_eq!(a.schema, ANSWERS_SCHEMA);
        assert!(a.checkins.is_empty());
        assert!(a.unknown.is_empty(), "{:?}", a.unknown);
        assert_eq!(a, Answers::from_json(DESIGN_EXAMPLE).unwrap());
        let written = a.to_json();
        assert!(
            written.contains("\"schema\":\"rotta.answers/2\""),
            "{written}"
        );
        assert!(!written.contains("checkins"), "an empty list is left out");
    }

    #[test]
    fn check_ins_round_trip_with_their_values_keyed_by_goal() {
        let text = DESIGN_EXAMPLE.replacen(
            "\"locale\"",
            r#""checkins":[{"month":"2027-02","kpis":[{"goal":"awareness","value":1200}],"hours_spent":14.5,"ads_spent":null,"note":"Fiera"},{"month":"2027-03"}],"locale""#,
            1,
        );
        let a = Answers::from_json(&text).unwrap();
        assert_eq!(a.checkins.len(), 2);
        assert_eq!(a.checkins[0].kpi(Goal::Awareness), Some(1200.0));
        assert_eq!(a.checkins[0].hours_spent, Some(14.5));
        assert_eq!(a.checkins[0].ads_spent, None);
        assert_eq!(a.checkins[1].kpis, vec![]);
        assert!(a.unknown.is_empty(), "{:?}", a.unknown);
        let back = Answers::from_json(&a.to_json()).unwrap();
        assert_eq!(back, a);
        assert!(
            a.to_json()
                .contains(r#""kpis":[{"goal":"awareness","value":1200}]"#)
        );
        // A goal this build does not know is refused as a shape, like anywhere else.
        let bad = text.replace(r#""goal":"awareness","value""#, r#""goal":"fame","value""#);
        assert!(matches!(
            Answers::from_json(&bad),
            Err(AnswersError::Malformed(_))
        ));
    }

    #[test]
    fn missing_fields_take_defaults() {
        let a =
            Answers::from_json(r#"{"schema":"rotta.answers/1","business":{"name":"X"}}"#).unwrap();
        assert_eq!(a.business.name, "X");
        assert_eq!(a.calendar.weeks, 12);
    }

    #[test]
    fn bad_documents_give_errors_not_panics() {
        assert!(matches!(
            Answers::from_json(""),
            Err(AnswersError::Malformed(_))
        ));
        assert!(matches!(
            Answers::from_json("[1,2]"),
            Err(AnswersError::Malformed(_))
        ));
        assert!(matches!(
            Answers::from_json("{}"),
            Err(AnswersError::WrongSchema(_))
        ));
        assert!(matches!(
            Answers::from_json(r#"{"schema":"rotta.answers/3"}"#),
            Err(AnswersError::NewerSchema(s)) if s == "rotta.answers/3"
        ));
        assert!(matches!(
            Answers::from_json(r#"{"schema":"rotta.answers/0"}"#),
            Err(AnswersError::WrongSchema(_))
        ));
        assert!(matches!(
            Answers::from_json(r#"{"schema":"rotta.answers/x"}"#),
            Err(AnswersError::WrongSchema(_))
        ));
        assert!(matches!(
            Answers::from_json(r#"{"schema":"rotta.answers/1","business":{"sector":"bakery"}}"#),
            Err(AnswersError::Malformed(_))
        ));
        assert!(matches!(
            Answers::from_json(r#"{"schema":"rotta.answers/1","calendar":{"start":"2027-02-30"}}"#),
            Err(AnswersError::Malformed(_))
        ));
        let huge = format!(
            "{{\"schema\":\"rotta.answers/1\",\"x\":\"{}\"}}",
            "a".repeat(MAX_ANSWERS_BYTES)
        );
        assert!(matches!(
            Answers::from_json(&huge),
            Err(AnswersError::TooLarge { .. })
        ));
    }

    #[test]
    fn mix_preset_defaults_to_80_20_and_round_trips() {
        let a = Answers::from_json(DESIGN_EXAMPLE).unwrap();
        assert_eq!(a.mix, MixPreset::EightyTwenty);
        assert!(
            !a.to_json().contains("\"mix\""),
            "the default is not written"
        );
        let with_mix = DESIGN_EXAMPLE.replacen('{', "{\"mix\": \"4_1_1\",", 1);
        let b = Answers::from_json(&with_mix).unwrap();
        assert_eq!(b.mix, MixPreset::FourOneOne);
        assert_eq!(
            Answers::from_json(&b.to_json()).unwrap().mix,
            MixPreset::FourOneOne
        );
        let bad = DESIGN_EXAMPLE.replacen('{', "{\"mix\": \"90_10\",", 1);
        assert!(matches!(
            Answers::from_json(&bad),
            Err(AnswersError::Malformed(_))
        ));
    }

    proptest::proptest! {
        #[test]
        fn arbitrary_text_never_panics(s in ".{0,200}") {
            let _ = Answers::from_json(&s);
        }
    }
}
