//! The names of holidays and marketing days: one catalogue key per name (`Holiday…`,
//! `Mkt…` in `locales/<lang>.txt`), so adding a day without its names does not compile.

use super::Observance;
use crate::core::l10n::{Msg, fill, t};
use crate::core::model::Locale;

/// A public holiday, by meaning (the same variant serves every country that has it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum HolidayName {
    NewYear,
    Epiphany,
    GoodFriday,
    EasterSunday,
    EasterMonday,
    LabourDay,
    Ascension,
    WhitMonday,
    /// France's Whit Monday since 2005, when it became the "journée de solidarité".
    WhitMondaySolidarity,
    Assumption,
    Ferragosto,
    AllSaints,
    ImmaculateConception,
    Christmas,
    StStephen,
    BoxingDay,
    SecondChristmasDay,
    Liberation,
    Republic,
    StFrancis,
    EarlyMayBankHoliday,
    EarlyMayVeDay,
    SpringBankHoliday,
    SummerBankHoliday,
    GoldenJubilee,
    RoyalWedding,
    DiamondJubilee,
    PlatinumJubilee,
    QueensFuneral,
    Coronation,
    MartinLutherKing,
    WashingtonsBirthday,
    MemorialDay,
    Juneteenth,
    IndependenceDayUs,
    LaborDayUs,
    ColumbusDay,
    VeteransDay,
    Thanksgiving,
    GermanUnity,
    Reformation,
    VictoryInEurope,
    BastilleDay,
    Armistice,
    SpainNationalDay,
    SpainConstitution,
}

impl HolidayName {
    /// Every name, for completeness tests.
    pub const ALL: &'static [HolidayName] = &[
        Self::NewYear,
        Self::Epiphany,
        Self::GoodFriday,
        Self::EasterSunday,
        Self::EasterMonday,
        Self::LabourDay,
        Self::Ascension,
        Self::WhitMonday,
        Self::WhitMondaySolidarity,
        Self::Assumption,
        Self::Ferragosto,
        Self::AllSaints,
        Self::ImmaculateConception,
        Self::Christmas,
        Self::StStephen,
        Self::BoxingDay,
        Self::SecondChristmasDay,
        Self::Liberation,
        Self::Republic,
        Self::StFrancis,
        Self::EarlyMayBankHoliday,
        Self::EarlyMayVeDay,
        Self::SpringBankHoliday,
        Self::SummerBankHoliday,
        Self::GoldenJubilee,
        Self::RoyalWedding,
        Self::DiamondJubilee,
        Self::PlatinumJubilee,
        Self::QueensFuneral,
        Self::Coronation,
        Self::MartinLutherKing,
        Self::WashingtonsBirthday,
        Self::MemorialDay,
        Self::Juneteenth,
        Self::IndependenceDayUs,
        Self::LaborDayUs,
        Self::ColumbusDay,
        Self::VeteransDay,
        Self::Thanksgiving,
        Self::GermanUnity,
        Self::Reformation,
        Self::VictoryInEurope,
        Self::BastilleDay,
        Self::Armistice,
        Self::SpainNationalDay,
        Self::SpainConstitution,
    ];

    /// The holiday's own name in `locale`.
    pub fn name(self, locale: Locale) -> &'static str {
        t(locale, self.key())
    }

    /// The name as listed: the holiday's name, plus a note for substitute and observed days.
    pub fn text(self, locale: Locale, observance: Observance) -> String {
        let name = self.name(locale);
        match observance {
            Observance::Day => name.to_string(),
            Observance::Substitute => fill(locale, Msg::HolidaySubstitute, &[("name", name)]),
            Observance::Observed => fill(locale, Msg::HolidayObserved, &[("name", name)]),
        }
    }

    fn key(self) -> Msg {
        match self {
            Self::NewYear => Msg::HolidayNewYear,
            Self::Epiphany => Msg::HolidayEpiphany,
            Self::GoodFriday => Msg::HolidayGoodFriday,
            Self::EasterSunday => Msg::HolidayEasterSunday,
            Self::EasterMonday => Msg::HolidayEasterMonday,
            Self::LabourDay => Msg::HolidayLabourDay,
            Self::Ascension => Msg::HolidayAscension,
            Self::WhitMonday => Msg::HolidayWhitMonday,
            Self::WhitMondaySolidarity => Msg::HolidayWhitMondaySolidarity,
            Self::Assumption => Msg::HolidayAssumption,
            Self::Ferragosto => Msg::HolidayFerragosto,
            Self::AllSaints => Msg::HolidayAllSaints,
            Self::ImmaculateConception => Msg::HolidayImmaculateConception,
            Self::Christmas => Msg::HolidayChristmas,
            Self::StStephen => Msg::HolidayStStephen,
            Self::BoxingDay => Msg::HolidayBoxingDay,
            Self::SecondChristmasDay => Msg::HolidaySecondChristmasDay,
            Self::Liberation => Msg::HolidayLiberation,
            Self::Republic => Msg::HolidayRepublic,
            Self::StFrancis => Msg::HolidayStFrancis,
            Self::EarlyMayBankHoliday => Msg::HolidayEarlyMayBankHoliday,
            Self::EarlyMayVeDay => Msg::HolidayEarlyMayVeDay,
            Self::SpringBankHoliday => Msg::HolidaySpringBankHoliday,
            Self::SummerBankHoliday => Msg::HolidaySummerBankHoliday,
            Self::GoldenJubilee => Msg::HolidayGoldenJubilee,
            Self::RoyalWedding => Msg::HolidayRoyalWedding,
            Self::DiamondJubilee => Msg::HolidayDiamondJubilee,
            Self::PlatinumJubilee => Msg::HolidayPlatinumJubilee,
            Self::QueensFuneral => Msg::HolidayQueensFuneral,
            Self::Coronation => Msg::HolidayCoronation,
            Self::MartinLutherKing => Msg::HolidayMartinLutherKing,
            Self::WashingtonsBirthday => Msg::HolidayWashingtonsBirthday,
            Self::MemorialDay => Msg::HolidayMemorialDay,
            Self::Juneteenth => Msg::HolidayJuneteenth,
            Self::IndependenceDayUs => Msg::HolidayIndependenceDayUs,
            Self::LaborDayUs => Msg::HolidayLaborDayUs,
            Self::ColumbusDay => Msg::HolidayColumbusDay,
            Self::VeteransDay => Msg::HolidayVeteransDay,
            Self::Thanksgiving => Msg::HolidayThanksgiving,
            Self::GermanUnity => Msg::HolidayGermanUnity,
            Self::Reformation => Msg::HolidayReformation,
            Self::VictoryInEurope => Msg::HolidayVictoryInEurope,
            Self::BastilleDay => Msg::HolidayBastilleDay,
            Self::Armistice => Msg::HolidayArmistice,
            Self::SpainNationalDay => Msg::HolidaySpainNationalDay,
            Self::SpainConstitution => Msg::HolidaySpainConstitution,
        }
    }
}

/// A marketing day, by meaning.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MarketingDayName {
    Valentine,
    WomensDay,
    MothersDay,
    FathersDay,
    Halloween,
    BlackFriday,
    CyberMonday,
    ChristmasSeason,
    BackToSchool,
    SummerSales,
    WinterSales,
    BoxingDaySales,
}

impl MarketingDayName {
    /// Every name, for completeness tests.
    pub const ALL: &'static [MarketingDayName] = &[
        Self::Valentine,
        Self::WomensDay,
        Self::MothersDay,
        Self::FathersDay,
        Self::Halloween,
        Self::BlackFriday,
        Self::CyberMonday,
        Self::ChristmasSeason,
        Self::BackToSchool,
        Self::SummerSales,
        Self::WinterSales,
        Self::BoxingDaySales,
    ];

    /// Days before the date when posting about it should start: longer for gift occasions
    /// people plan ahead (Christmas, back to school), short for one-day deals.
    pub fn lead_days(self) -> u32 {
        match self {
            Self::Valentine | Self::MothersDay | Self::Halloween | Self::BlackFriday => 14,
            Self::FathersDay => 10,
            Self::WomensDay | Self::SummerSales | Self::WinterSales | Self::BoxingDaySales => 7,
            Self::CyberMonday => 3,
            Self::ChristmasSeason | Self::BackToSchool => 21,
        }
    }

    /// The name in `locale`.
    pub fn text(self, locale: Locale) -> &'static str {
        t(
            locale,
            match self {
                Self::Valentine => Msg::MktValentine,
                Self::WomensDay => Msg::MktWomensDay,
                Self::MothersDay => Msg::MktMothersDay,
                Self::FathersDay => Msg::MktFathersDay,
                Self::Halloween => Msg::MktHalloween,
                Self::BlackFriday => Msg::MktBlackFriday,
                Self::CyberMonday => Msg::MktCyberMonday,
                Self::ChristmasSeason => Msg::MktChristmasSeason,
                Self::BackToSchool => Msg::MktBackToSchool,
                Self::SummerSales => Msg::MktSummerSales,
                Self::WinterSales => Msg::MktWinterSales,
                Self::BoxingDaySales => Msg::MktBoxingDaySales,
            },
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_name_exists_in_every_language() {
        for name in HolidayName::ALL {
            for locale in Locale::ALL {
                assert!(!name.name(*locale).trim().is_empty(), "{name:?} {locale:?}");
            }
        }
        for name in MarketingDayName::ALL {
            for locale in Locale::ALL {
                assert!(!name.text(*locale).trim().is_empty(), "{name:?} {locale:?}");
            }
        }
    }

    #[test]
    fn substitute_and_observed_days_say_so() {
        let it = HolidayName::Christmas.text(Locale::It, Observance::Substitute);
        assert_eq!(it, "Natale (giorno sostitutivo)");
        let en = HolidayName::IndependenceDayUs.text(Locale::En, Observance::Observed);
        assert_eq!(en, "Independence Day (observed)");
        let de = HolidayName::Christmas.text(Locale::De, Observance::Substitute);
        assert_eq!(de, "1. Weihnachtsfeiertag (Ersatzfeiertag)");
    }

    #[test]
    fn each_language_names_the_days_its_own_way() {
        assert_eq!(
            HolidayName::GermanUnity.name(Locale::De),
            "Tag der Deutschen Einheit"
        );
        assert_eq!(HolidayName::BastilleDay.name(Locale::Fr), "Fête nationale");
        assert!(
            HolidayName::SpainNationalDay
                .name(Locale::Es)
                .contains("Hispanidad")
        );
        assert_eq!(MarketingDayName::Valentine.text(Locale::Es), "San Valentín");
        assert_eq!(
            MarketingDayName::WinterSales.text(Locale::Fr),
            "Début des soldes d'hiver"
        );
    }
}
