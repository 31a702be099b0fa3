//! The interface's words: [`t`] over the catalogue (`core::l10n`, `locales/<lang>.txt`), the
//! names of the answers' enumeration values ([`Label`]) and of countries, steps and counts.

use super::model::{
    AgeBand, Channel, Conversion, Format, GenderSkew, Goal, KeyDateKind, Locale, ManagedBy, Offer,
    OnlineTime, Reach, Sector,
};
use super::wizard::Step;

pub use super::l10n::Msg as Text;

/// The interface text `key` in `locale` (the catalogue, `locales/<lang>.txt`).
pub fn t(locale: Locale, key: Text) -> &'static str {
    super::l10n::t(locale, key)
}

/// What follows a number of posts a week: "1 post a week", "3 posts a week" (in Italian
/// "post" does not change).
pub fn posts_per_week(locale: Locale, posts: u32) -> &'static str {
    t(
        locale,
        if super::l10n::format::is_singular(locale, f64::from(posts)) {
            Text::PlanPostPerWeek
        } else {
            Text::PlanPostsPerWeek
        },
    )
}

/// A range of minutes as the plan and the Markdown show it, "30–60", or `None` when both
/// ends are the same (a fixed figure has no range to show). Integers only: no float printer.
pub fn minutes_range(low: u32, high: u32) -> Option<String> {
    (low != high).then(|| format!("{}–{}", low.min(high), low.max(high)))
}

/// A number of followers as text: "1 follower", "420 followers", "1.250 follower" (Italian
/// does not change the word), through `l10n::format::count`.
pub fn followers(locale: Locale, followers: u64) -> String {
    super::l10n::format::count(
        locale,
        followers as f64,
        Text::PlanFollowersOne,
        Text::PlanFollowersOther,
    )
}

/// The name of a step, as shown in the progress indicator and headings.
pub fn step_title(locale: Locale, step: Step) -> &'static str {
    t(
        locale,
        match step {
            Step::Business => Text::StepBusiness,
            Step::Goals => Text::StepGoals,
            Step::Audience => Text::StepAudience,
            Step::Channels => Text::StepChannels,
            Step::Resources => Text::StepResources,
            Step::Budget => Text::StepBudget,
            Step::Calendar => Text::StepCalendar,
            Step::Review => Text::StepReview,
            Step::Plan => Text::StepPlan,
        },
    )
}

/// The sentence under a step's heading.
pub fn step_intro(locale: Locale, step: Step) -> &'static str {
    t(
        locale,
        match step {
            Step::Business => Text::IntroBusiness,
            Step::Goals => Text::IntroGoals,
            Step::Audience => Text::IntroAudience,
            Step::Channels => Text::IntroChannels,
            Step::Resources => Text::IntroResources,
            Step::Budget => Text::IntroBudget,
            Step::Calendar => Text::IntroCalendar,
            Step::Review => Text::IntroReview,
            Step::Plan => Text::IntroPlan,
        },
    )
}

/// Names an enumeration value for people, in both languages.
pub trait Label: Copy {
    /// The value's name in `locale`.
    fn label(self, locale: Locale) -> &'static str;
}

/// Implements [`Label`] from a table of (value, Italian, English).
macro_rules! labels {
    ($ty:ident { $($variant:ident => $key:ident),+ $(,)? }) => {
        impl Label for $ty {
            fn label(self, locale: Locale) -> &'static str {
                t(locale, match self { $($ty::$variant => Text::$key),+ })
            }
        }
    };
}

/// A language by its own name, the same in every language (the picker's choices).
impl Label for Locale {
    fn label(self, _: Locale) -> &'static str {
        match self {
            Locale::It => "Italiano",
            Locale::En => "English",
            Locale::Es => "Español",
            Locale::Fr => "Français",
            Locale::De => "Deutsch",
        }
    }
}

labels!(Sector {
    FoodDrink => SectorFoodDrink,
    Retail => SectorRetail,
    HospitalityTourism => SectorHospitalityTourism,
    HealthWellness => SectorHealthWellness,
    Beauty => SectorBeauty,
    ProfessionalServices => SectorProfessionalServices,
    B2bIndustry => SectorB2bIndustry,
    TechSoftware => SectorTechSoftware,
    Education => SectorEducation,
    CultureEvents => SectorCultureEvents,
    Nonprofit => SectorNonprofit,
    RealEstate => SectorRealEstate,
    CraftsCreative => SectorCraftsCreative,
    Other => SectorOther,
});

labels!(Offer {
    B2c => OfferB2c,
    B2b => OfferB2b,
    Both => OfferBoth,
});

labels!(Reach {
    Local => ReachLocal,
    Regional => ReachRegional,
    National => ReachNational,
    International => ReachInternational,
});

labels!(Goal {
    Awareness => GoalAwareness,
    Community => GoalCommunity,
    Traffic => GoalTraffic,
    Leads => GoalLeads,
    Sales => GoalSales,
    CustomerCare => GoalCustomerCare,
    Recruiting => GoalRecruiting,
});

/// A channel by its brand name, the same in every language.
pub const fn channel_name(channel: Channel) -> &'static str {
    match channel {
        Channel::Instagram => "Instagram",
        Channel::Facebook => "Facebook",
        Channel::Linkedin => "LinkedIn",
        Channel::Tiktok => "TikTok",
        Channel::Youtube => "YouTube",
        Channel::Pinterest => "Pinterest",
        Channel::X => "X",
        Channel::Threads => "Threads",
        Channel::Whatsapp => "WhatsApp",
        Channel::GoogleBusiness => "Google Business Profile",
    }
}

impl Label for Channel {
    fn label(self, _: Locale) -> &'static str {
        channel_name(self)
    }
}

labels!(Format {
    Photo => FormatPhoto,
    Graphics => FormatGraphics,
    ShortVideo => FormatShortVideo,
    LongVideo => FormatLongVideo,
    Text => FormatText,
    Article => FormatArticle,
    Live => FormatLive,
    Stories => FormatStories,
});

labels!(ManagedBy {
    Owner => ManagedByOwner,
    Employee => ManagedByEmployee,
    Freelancer => ManagedByFreelancer,
    Agency => ManagedByAgency,
});

labels!(KeyDateKind {
    Launch => KeyDateKindLaunch,
    Event => KeyDateKindEvent,
    Promotion => KeyDateKindPromotion,
    Closure => KeyDateKindClosure,
    Season => KeyDateKindSeason,
    Other => KeyDateKindOther,
});

labels!(AgeBand {
    A13_17 => AgeBandA13_17,
    A18_24 => AgeBandA18_24,
    A25_34 => AgeBandA25_34,
    A35_44 => AgeBandA35_44,
    A45_54 => AgeBandA45_54,
    A55_64 => AgeBandA55_64,
    A65Plus => AgeBandA65Plus,
});

labels!(OnlineTime {
    Morning => OnlineTimeMorning,
    Lunch => OnlineTimeLunch,
    Afternoon => OnlineTimeAfternoon,
    Evening => OnlineTimeEvening,
    Weekend => OnlineTimeWeekend,
});

labels!(Conversion {
    UtmLink => ConversionUtmLink,
    PromoCode => ConversionPromoCode,
    AskCustomers => ConversionAskCustomers,
    BookingForm => ConversionBookingForm,
    PhoneCalls => ConversionPhoneCalls,
    StoreVisits => ConversionStoreVisits,
    Other => ConversionOther,
});

labels!(GenderSkew {
    Female => GenderSkewFemale,
    Male => GenderSkewMale,
    Balanced => GenderSkewBalanced,
});

/// Countries offered in the Business step (ISO codes): those with holidays in the calendar
/// first. Their names are in the catalogue (`Country<code>`).
pub const COUNTRIES: &[(&str, Text)] = &[
    ("IT", Text::CountryIT),
    ("GB", Text::CountryGB),
    ("US", Text::CountryUS),
    ("DE", Text::CountryDE),
    ("FR", Text::CountryFR),
    ("ES", Text::CountryES),
    ("CH", Text::CountryCH),
    ("AT", Text::CountryAT),
    ("IE", Text::CountryIE),
    ("NL", Text::CountryNL),
    ("BE", Text::CountryBE),
    ("PT", Text::CountryPT),
    ("SM", Text::CountrySM),
];

/// The name of the country with ISO code `code`, or the code itself when not in the list.
pub fn country_name(locale: Locale, code: &str) -> String {
    COUNTRIES
        .iter()
        .find(|(c, _)| *c == code)
        .map(|(_, key)| t(locale, *key).to_owned())
        .unwrap_or_else(|| code.to_owned())
}

pub use super::l10n::format::{month_name, weekday_short};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_exists_in_both_languages() {
        for key in Text::ALL {
            for locale in Locale::ALL {
                assert!(
                    !t(*locale, key).trim().is_empty(),
                    "{key:?} is empty in {locale}"
                );
            }
        }
    }

    #[test]
    fn sentences_are_translated_not_copied() {
        // Short words (brand names, "No", "Budget") may coincide; anything longer must differ.
        let copied: Vec<_> = Text::ALL
            .iter()
            .filter(|k| {
                let it = t(Locale::It, **k);
                let words = it
                    .split('{')
                    .map(|p| p.split_once('}').map_or(p, |(_, w)| w));
                words.map(str::len).sum::<usize>() > 12 && it == t(Locale::En, **k)
            })
            .collect();
        assert!(copied.is_empty(), "untranslated: {copied:?}");
    }

    #[test]
    fn every_enumeration_value_has_a_name() {
        for locale in Locale::ALL.iter().copied() {
            assert!(Sector::ALL.iter().all(|v| !v.label(locale).is_empty()));
            assert!(Goal::ALL.iter().all(|v| !v.label(locale).is_empty()));
            assert!(Channel::ALL.iter().all(|v| !v.label(locale).is_empty()));
            assert!(Format::ALL.iter().all(|v| !v.label(locale).is_empty()));
            assert!(Conversion::ALL.iter().all(|v| !v.label(locale).is_empty()));
        }
        assert_eq!(Goal::Awareness.label(Locale::It), "Notorietà");
        assert_eq!(country_name(Locale::En, "IT"), "Italy");
        assert_eq!(country_name(Locale::It, "ZZ"), "ZZ");
    }

    #[test]
    fn dates_and_money_read_naturally_in_each_language() {
        let d = chrono::NaiveDate::from_ymd_opt(2027, 1, 4).unwrap();
        assert_eq!(
            crate::core::l10n::format::date_short(Locale::It, d),
            "lun 4 gen 2027"
        );
        assert_eq!(
            crate::core::l10n::format::date_short(Locale::En, d),
            "Mon 4 Jan 2027"
        );
        assert_eq!(
            crate::core::l10n::format::money(Locale::It, 1250.0, "EUR"),
            "1.250 EUR"
        );
        assert_eq!(
            crate::core::l10n::format::money(Locale::En, 1250.5, "EUR"),
            "1,250.50 EUR"
        );
        assert_eq!(
            crate::core::l10n::format::money(Locale::En, 0.0, "GBP"),
            "0 GBP"
        );
        assert_eq!(
            crate::core::l10n::format::money(Locale::It, 1_000_000.0, "EUR"),
            "1.000.000 EUR"
        );
        assert_eq!(month_name(Locale::It, 12), "dicembre");
        assert_eq!(month_name(Locale::En, 13), "");
    }

    #[test]
    fn a_range_of_minutes_is_shown_only_when_its_ends_differ() {
        assert_eq!(minutes_range(30, 60).as_deref(), Some("30–60"));
        assert_eq!(minutes_range(60, 30).as_deref(), Some("30–60"));
        assert_eq!(minutes_range(45, 45), None);
    }
}
