//! Every text the calendar and its exports write, as typed values: a [`Text`] says what a
//! title or a name means (a teaser for a holiday, a post of a pillar in a format…) and
//! [`Text::render`] writes it in a locale from the catalogue (`Cal…`, `Holiday…`, `Mkt…` keys
//! of `locales/<lang>.txt`). The calendar is built with these values, so changing language
//! re-renders it without re-planning.

use chrono::{Datelike, NaiveDate};

use crate::core::holidays::{HolidayName, MarketingDayName, Observance};
use crate::core::ideas::IdeaPick;
use crate::core::l10n::format::month_name;
use crate::core::l10n::{Msg, fill, t};
use crate::core::model::{Format, Locale};
use crate::core::pillar::Pillar;

/// The name of a date that matters: the business's own (as typed by the user), a public
/// holiday or a marketing day.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OccasionName {
    /// The business's own date, as the user named it.
    Business(String),
    /// A public holiday, with a note when the date is a substitute or observed day.
    Holiday(HolidayName, Observance),
    /// A marketing day.
    Marketing(MarketingDayName),
}

impl OccasionName {
    /// The name in `locale` (the business's own name as typed).
    pub fn render(&self, locale: Locale) -> String {
        match self {
            Self::Business(name) => name.clone(),
            Self::Holiday(name, observance) => name.text(locale, *observance),
            Self::Marketing(name) => name.text(locale).to_string(),
        }
    }
}

/// A working title, a name or a label the calendar writes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Text {
    /// An ordinary post: pillar and format.
    Post { pillar: Pillar, format: Format },
    /// A post when the plan has no pillars.
    PostWithoutPillar(Format),
    /// Before a promotion.
    Teaser(OccasionName),
    /// On the day of a promotion, launch, event or other date.
    OnTheDay(OccasionName),
    /// Before a launch.
    Countdown(OccasionName),
    /// Before an event.
    EventInvitation(OccasionName),
    /// After an event.
    EventRecap(OccasionName),
    /// Before a closure: the opening-hours notice.
    ClosureNotice { name: OccasionName, date: NaiveDate },
    /// The first day of a season.
    SeasonStart(OccasionName),
    /// Before a public holiday, at a venue business.
    HolidayOpeningHours(OccasionName),
    /// On a public holiday.
    HolidayPost(OccasionName),
    /// Around a marketing day, a value post.
    MarketingIdea(OccasionName),
    /// Around a marketing day, a promotional post.
    MarketingOffer(OccasionName),
    /// The weekly listening session.
    WeeklyListening,
    /// The monthly report, for the month of the date.
    MonthlyReport(NaiveDate),
    /// The quarterly review.
    QuarterlyReview,
    /// A date's name on its own (an entry's key date, a key date of the calendar).
    Name(OccasionName),
    /// A pillar's name on its own (an entry's pillar name).
    PillarName(Pillar),
    /// A post's idea: its title from the bank, `fallback` (the pillar and format, or the key
    /// date's label) while the language's bank is not loaded.
    Idea {
        pick: Box<IdeaPick>,
        fallback: Box<Text>,
    },
    /// A post's one-line brief (see [`Text::render_brief`]).
    Brief(Box<IdeaPick>),
}

impl Text {
    /// The text in `locale`.
    pub fn render(&self, locale: Locale) -> String {
        let named = |key: Msg, name: &OccasionName| {
            fill(locale, key, &[("name", name.render(locale).trim())])
        };
        match self {
            Self::Post { pillar, format } => fill(
                locale,
                Msg::CalPost,
                &[
                    ("pillar", pillar.name(locale)),
                    ("format", format_label(*format, locale)),
                ],
            ),
            Self::PostWithoutPillar(format) => fill(
                locale,
                Msg::CalPostWithoutPillar,
                &[("format", format_label(*format, locale))],
            ),
            Self::Teaser(name) => named(Msg::CalTeaser, name),
            Self::OnTheDay(name) => named(Msg::CalOnTheDay, name),
            Self::Countdown(name) => named(Msg::CalCountdown, name),
            Self::EventInvitation(name) => named(Msg::CalEventInvitation, name),
            Self::EventRecap(name) => named(Msg::CalEventRecap, name),
            Self::ClosureNotice { name, date } => fill(
                locale,
                Msg::CalClosureNotice,
                &[
                    ("name", name.render(locale).trim()),
                    ("date", &day_month(*date, locale)),
                ],
            ),
            Self::SeasonStart(name) => named(Msg::CalSeasonStart, name),
            Self::HolidayOpeningHours(name) => named(Msg::CalHolidayOpeningHours, name),
            Self::HolidayPost(name) => named(Msg::CalHolidayPost, name),
            Self::MarketingIdea(name) => named(Msg::CalMarketingIdea, name),
            Self::MarketingOffer(name) => named(Msg::CalMarketingOffer, name),
            Self::WeeklyListening => t(locale, Msg::CalWeeklyListening).to_string(),
            Self::MonthlyReport(date) => fill(
                locale,
                Msg::CalMonthlyReport,
                &[("month", month_name(locale, date.month()))],
            ),
            Self::QuarterlyReview => t(locale, Msg::CalQuarterlyReview).to_string(),
            Self::Name(name) => name.render(locale),
            Self::PillarName(pillar) => pillar.name(locale).to_string(),
            Self::Idea { pick, fallback } => pick
                .title(locale)
                .unwrap_or_else(|| fallback.render(locale)),
            Self::Brief(pick) => pick.brief(locale).unwrap_or_default(),
        }
    }

    /// A brief in `locale`; `None` while the language's idea bank is not loaded.
    pub fn render_brief(&self, locale: Locale) -> Option<String> {
        match self {
            Self::Brief(pick) => pick.brief(locale),
            other => Some(other.render(locale)),
        }
    }
}

/// A format as people call it in a working title (singular: "short video").
pub fn format_label(format: Format, locale: Locale) -> &'static str {
    t(
        locale,
        match format {
            Format::Photo => Msg::CalFormatPhoto,
            Format::Graphics => Msg::CalFormatGraphics,
            Format::ShortVideo => Msg::CalFormatShortVideo,
            Format::LongVideo => Msg::CalFormatLongVideo,
            Format::Text => Msg::CalFormatText,
            Format::Article => Msg::CalFormatArticle,
            Format::Live => Msg::CalFormatLive,
            Format::Stories => Msg::CalFormatStories,
        },
    )
}

/// A channel by its brand name (the same in every language).
pub use crate::core::i18n::channel_name as channel_label;

pub use crate::core::l10n::format::{day_month_named as day_month, month_year};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::Channel;

    fn every_text(date: NaiveDate) -> Vec<Text> {
        let x = || OccasionName::Business("x".into());
        let mut all = vec![
            Text::Teaser(x()),
            Text::OnTheDay(x()),
            Text::Countdown(x()),
            Text::EventInvitation(x()),
            Text::EventRecap(x()),
            Text::ClosureNotice { name: x(), date },
            Text::SeasonStart(x()),
            Text::HolidayOpeningHours(x()),
            Text::HolidayPost(x()),
            Text::MarketingIdea(x()),
            Text::MarketingOffer(x()),
            Text::WeeklyListening,
            Text::MonthlyReport(date),
            Text::QuarterlyReview,
        ];
        for format in Format::ALL {
            all.push(Text::Post {
                pillar: Pillar::Inspiration,
                format: *format,
            });
            all.push(Text::PostWithoutPillar(*format));
        }
        all
    }

    #[test]
    fn every_language_is_complete_and_translated() {
        let date = NaiveDate::from_ymd_opt(2027, 2, 14).unwrap();
        for text in every_text(date) {
            let en = text.render(Locale::En);
            for locale in Locale::ALL {
                let s = text.render(*locale);
                assert!(
                    !s.trim().is_empty() && !s.contains('{'),
                    "{text:?} {locale:?}"
                );
                // Some words are the same in English and German ("Countdown: x").
                if *locale == Locale::It && !matches!(text, Text::Post { .. }) {
                    assert_ne!(s, en, "{text:?} is not translated");
                }
            }
        }
        for format in Format::ALL {
            for locale in Locale::ALL {
                assert!(!format_label(*format, *locale).is_empty());
            }
        }
        for channel in Channel::ALL {
            assert!(!channel_label(*channel).is_empty());
        }
        assert_eq!(
            Text::MonthlyReport(date).render(Locale::It),
            "Report mensile di febbraio"
        );
        assert_eq!(
            Text::MonthlyReport(date).render(Locale::En),
            "Monthly report: February"
        );
        assert_eq!(
            Text::MonthlyReport(date).render(Locale::De),
            format!("Monatsbericht {}", month_name(Locale::De, 2))
        );
        let closure = Text::ClosureNotice {
            name: OccasionName::Business("Ferie".into()),
            date,
        };
        assert_eq!(
            closure.render(Locale::It),
            "Avviso orari: chiusi il 14 febbraio (Ferie)"
        );
        assert_eq!(
            closure.render(Locale::Es),
            format!(
                "Aviso de horario: cerrado el 14 de {} (Ferie)",
                month_name(Locale::Es, 2)
            )
        );
        let holiday = Text::HolidayPost(OccasionName::Holiday(
            HolidayName::GermanUnity,
            Observance::Day,
        ));
        assert_eq!(
            holiday.render(Locale::De),
            "Tag der Deutschen Einheit: Beitrag zum Anlass"
        );
        assert_eq!(
            month_year(Locale::Es, 2027, 2),
            format!("{} de 2027", month_name(Locale::Es, 2))
        );
    }
}
