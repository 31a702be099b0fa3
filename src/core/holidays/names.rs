//! The names of holidays and marketing days, in Italian and English (a typed table: adding a
//! day without both names does not compile).

use super::Observance;
use crate::core::model::Locale;

/// A public holiday, by meaning (the same variant serves every country that has it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
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
        match locale.legacy() {
            Locale::It => self.italian(),
            Locale::En => self.english(),
            _ => unreachable!("legacy() maps every locale to it or en"),
        }
    }

    /// The name as listed: the holiday's name, plus a note for substitute and observed days.
    pub(crate) fn text(self, locale: Locale, observance: Observance) -> String {
        let note = match (observance, locale.legacy()) {
            (Observance::Day, _) => "",
            (Observance::Substitute, Locale::It) => " (giorno sostitutivo)",
            (Observance::Substitute, Locale::En) => " (substitute day)",
            (Observance::Observed, Locale::It) => " (giorno di chiusura federale)",
            (Observance::Observed, Locale::En) => " (observed)",
            _ => unreachable!("legacy() maps every locale to it or en"),
        };
        format!("{}{note}", self.name(locale))
    }

    fn italian(self) -> &'static str {
        match self {
            Self::NewYear => "Capodanno",
            Self::Epiphany => "Epifania",
            Self::GoodFriday => "Venerdì santo",
            Self::EasterSunday => "Pasqua",
            Self::EasterMonday => "Lunedì dell'Angelo (Pasquetta)",
            Self::LabourDay => "Festa dei lavoratori",
            Self::Ascension => "Ascensione",
            Self::WhitMonday => "Lunedì di Pentecoste",
            Self::WhitMondaySolidarity => "Lunedì di Pentecoste (giornata di solidarietà)",
            Self::Assumption => "Assunzione di Maria",
            Self::Ferragosto => "Ferragosto",
            Self::AllSaints => "Ognissanti",
            Self::ImmaculateConception => "Immacolata Concezione",
            Self::Christmas => "Natale",
            Self::StStephen => "Santo Stefano",
            Self::BoxingDay => "Boxing Day (Santo Stefano)",
            Self::SecondChristmasDay => "Secondo giorno di Natale",
            Self::Liberation => "Festa della Liberazione",
            Self::Republic => "Festa della Repubblica",
            Self::StFrancis => "San Francesco d'Assisi, patrono d'Italia",
            Self::EarlyMayBankHoliday => "Festività bancaria di inizio maggio",
            Self::EarlyMayVeDay => {
                "Festività bancaria di inizio maggio (anniversario della vittoria in Europa)"
            }
            Self::SpringBankHoliday => "Festività bancaria di primavera",
            Self::SummerBankHoliday => "Festività bancaria di fine estate",
            Self::GoldenJubilee => "Giubileo d'oro della regina Elisabetta II",
            Self::RoyalWedding => "Matrimonio reale",
            Self::DiamondJubilee => "Giubileo di diamante della regina Elisabetta II",
            Self::PlatinumJubilee => "Giubileo di platino della regina Elisabetta II",
            Self::QueensFuneral => "Funerali di Stato della regina Elisabetta II",
            Self::Coronation => "Incoronazione di re Carlo III",
            Self::MartinLutherKing => "Giornata di Martin Luther King",
            Self::WashingtonsBirthday => "Compleanno di Washington (Giorno dei presidenti)",
            Self::MemorialDay => "Memorial Day (commemorazione dei caduti)",
            Self::Juneteenth => "Juneteenth (fine della schiavitù)",
            Self::IndependenceDayUs => "Giorno dell'Indipendenza",
            Self::LaborDayUs => "Labor Day (festa del lavoro)",
            Self::ColumbusDay => "Columbus Day",
            Self::VeteransDay => "Giornata dei veterani",
            Self::Thanksgiving => "Giorno del Ringraziamento",
            Self::GermanUnity => "Giorno dell'unità tedesca",
            Self::Reformation => "Festa della Riforma (500° anniversario)",
            Self::VictoryInEurope => "Anniversario della vittoria del 1945",
            Self::BastilleDay => "Festa nazionale francese (presa della Bastiglia)",
            Self::Armistice => "Anniversario dell'armistizio del 1918",
            Self::SpainNationalDay => "Festa nazionale di Spagna",
            Self::SpainConstitution => "Giorno della Costituzione spagnola",
        }
    }

    fn english(self) -> &'static str {
        match self {
            Self::NewYear => "New Year's Day",
            Self::Epiphany => "Epiphany",
            Self::GoodFriday => "Good Friday",
            Self::EasterSunday => "Easter Sunday",
            Self::EasterMonday => "Easter Monday",
            Self::LabourDay => "Labour Day",
            Self::Ascension => "Ascension Day",
            Self::WhitMonday => "Whit Monday",
            Self::WhitMondaySolidarity => "Whit Monday (solidarity day)",
            Self::Assumption => "Assumption Day",
            Self::Ferragosto => "Ferragosto (Assumption Day)",
            Self::AllSaints => "All Saints' Day",
            Self::ImmaculateConception => "Immaculate Conception",
            Self::Christmas => "Christmas Day",
            Self::StStephen => "St Stephen's Day",
            Self::BoxingDay => "Boxing Day",
            Self::SecondChristmasDay => "Second Day of Christmas",
            Self::Liberation => "Liberation Day",
            Self::Republic => "Republic Day",
            Self::StFrancis => "St Francis of Assisi, patron saint of Italy",
            Self::EarlyMayBankHoliday => "Early May bank holiday",
            Self::EarlyMayVeDay => "Early May bank holiday (VE Day)",
            Self::SpringBankHoliday => "Spring bank holiday",
            Self::SummerBankHoliday => "Summer bank holiday",
            Self::GoldenJubilee => "Golden Jubilee of Queen Elizabeth II",
            Self::RoyalWedding => "Royal wedding",
            Self::DiamondJubilee => "Diamond Jubilee of Queen Elizabeth II",
            Self::PlatinumJubilee => "Platinum Jubilee of Queen Elizabeth II",
            Self::QueensFuneral => "State Funeral of Queen Elizabeth II",
            Self::Coronation => "Coronation of King Charles III",
            Self::MartinLutherKing => "Birthday of Martin Luther King, Jr.",
            Self::WashingtonsBirthday => "Washington's Birthday (Presidents' Day)",
            Self::MemorialDay => "Memorial Day",
            Self::Juneteenth => "Juneteenth National Independence Day",
            Self::IndependenceDayUs => "Independence Day",
            Self::LaborDayUs => "Labor Day",
            Self::ColumbusDay => "Columbus Day",
            Self::VeteransDay => "Veterans Day",
            Self::Thanksgiving => "Thanksgiving Day",
            Self::GermanUnity => "Day of German Unity",
            Self::Reformation => "Reformation Day (500th anniversary)",
            Self::VictoryInEurope => "Victory in Europe Day",
            Self::BastilleDay => "Bastille Day (National Day)",
            Self::Armistice => "Armistice Day",
            Self::SpainNationalDay => "National Day of Spain",
            Self::SpainConstitution => "Constitution Day",
        }
    }
}

/// A marketing day, by meaning.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
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
        match (self, locale.legacy()) {
            (Self::Valentine, Locale::It) => "San Valentino",
            (Self::Valentine, Locale::En) => "Valentine's Day",
            (Self::WomensDay, Locale::It) => "Giornata internazionale della donna",
            (Self::WomensDay, Locale::En) => "International Women's Day",
            (Self::MothersDay, Locale::It) => "Festa della mamma",
            (Self::MothersDay, Locale::En) => "Mother's Day",
            (Self::FathersDay, Locale::It) => "Festa del papà",
            (Self::FathersDay, Locale::En) => "Father's Day",
            (Self::Halloween, _) => "Halloween",
            (Self::BlackFriday, _) => "Black Friday",
            (Self::CyberMonday, _) => "Cyber Monday",
            (Self::ChristmasSeason, Locale::It) => "Inizio della stagione natalizia",
            (Self::ChristmasSeason, Locale::En) => "Christmas shopping season",
            (Self::BackToSchool, Locale::It) => "Ritorno a scuola",
            (Self::BackToSchool, Locale::En) => "Back to school",
            (Self::SummerSales, Locale::It) => "Inizio dei saldi estivi",
            (Self::SummerSales, Locale::En) => "Summer sales start",
            (Self::WinterSales, Locale::It) => "Inizio dei saldi invernali",
            (Self::WinterSales, Locale::En) => "Winter sales start",
            (Self::BoxingDaySales, Locale::It) => "Saldi di Santo Stefano (Boxing Day)",
            (Self::BoxingDaySales, Locale::En) => "Boxing Day sales",
            _ => unreachable!("legacy() maps every locale to it or en"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_name_exists_in_both_languages() {
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
    }
}
