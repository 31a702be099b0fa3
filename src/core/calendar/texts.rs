//! Every text the calendar and its exports write, in Italian and English (typed table: a
//! message without both languages does not compile).

use chrono::{Datelike, NaiveDate};

use crate::core::model::{Format, Locale};

/// A working title or a label the calendar writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Text<'a> {
    /// An ordinary post: pillar and format.
    Post { pillar: &'a str, format: Format },
    /// A post when the plan has no pillars.
    PostWithoutPillar(Format),
    /// Before a promotion.
    Teaser(&'a str),
    /// On the day of a promotion, launch, event or other date.
    OnTheDay(&'a str),
    /// Before a launch.
    Countdown(&'a str),
    /// Before an event.
    EventInvitation(&'a str),
    /// After an event.
    EventRecap(&'a str),
    /// Before a closure: the opening-hours notice.
    ClosureNotice { name: &'a str, date: NaiveDate },
    /// The first day of a season.
    SeasonStart(&'a str),
    /// Before a public holiday, at a venue business.
    HolidayOpeningHours(&'a str),
    /// On a public holiday.
    HolidayPost(&'a str),
    /// Around a marketing day, a value post.
    MarketingIdea(&'a str),
    /// Around a marketing day, a promotional post.
    MarketingOffer(&'a str),
    /// The weekly listening session.
    WeeklyListening,
    /// The monthly report, for the month of the date.
    MonthlyReport(NaiveDate),
    /// The quarterly review.
    QuarterlyReview,
}

impl Text<'_> {
    /// The text in `locale`.
    pub fn render(self, locale: Locale) -> String {
        match locale.legacy() {
            Locale::It => self.italian(),
            Locale::En => self.english(),
            _ => unreachable!("legacy() maps every locale to it or en"),
        }
    }

    fn italian(self) -> String {
        match self {
            Self::Post { pillar, format } => {
                format!("{pillar}: {}", format_label(format, Locale::It))
            }
            Self::PostWithoutPillar(format) => {
                format!("Post: {}", format_label(format, Locale::It))
            }
            Self::Teaser(name) => format!("Anteprima: {name}"),
            Self::OnTheDay(name) => format!("Oggi: {name}"),
            Self::Countdown(name) => format!("Conto alla rovescia: {name}"),
            Self::EventInvitation(name) => format!("Invito: {name}"),
            Self::EventRecap(name) => format!("Com'è andata: {name}"),
            Self::ClosureNotice { name, date } => {
                format!(
                    "Avviso orari: chiusi il {} ({name})",
                    day_month(date, Locale::It)
                )
            }
            Self::SeasonStart(name) => format!("Al via: {name}"),
            Self::HolidayOpeningHours(name) => format!("Orari di apertura per {name}"),
            Self::HolidayPost(name) => format!("{name}: post a tema"),
            Self::MarketingIdea(name) => format!("{name}: idea di contenuto"),
            Self::MarketingOffer(name) => format!("{name}: proposta e offerta"),
            Self::WeeklyListening => {
                "Ascolto settimanale: parole chiave, menzioni, concorrenti".into()
            }
            Self::MonthlyReport(date) => {
                format!("Report mensile di {}", month_name(date, Locale::It))
            }
            Self::QuarterlyReview => "Revisione trimestrale del piano".into(),
        }
    }

    fn english(self) -> String {
        match self {
            Self::Post { pillar, format } => {
                format!("{pillar}: {}", format_label(format, Locale::En))
            }
            Self::PostWithoutPillar(format) => {
                format!("Post: {}", format_label(format, Locale::En))
            }
            Self::Teaser(name) => format!("Teaser: {name}"),
            Self::OnTheDay(name) => format!("Today: {name}"),
            Self::Countdown(name) => format!("Countdown: {name}"),
            Self::EventInvitation(name) => format!("Invitation: {name}"),
            Self::EventRecap(name) => format!("Recap: {name}"),
            Self::ClosureNotice { name, date } => {
                format!(
                    "Opening hours: closed on {} ({name})",
                    day_month(date, Locale::En)
                )
            }
            Self::SeasonStart(name) => format!("Starting now: {name}"),
            Self::HolidayOpeningHours(name) => format!("Opening hours for {name}"),
            Self::HolidayPost(name) => format!("{name}: themed post"),
            Self::MarketingIdea(name) => format!("{name}: content idea"),
            Self::MarketingOffer(name) => format!("{name}: offer"),
            Self::WeeklyListening => "Weekly listening: keywords, mentions, competitors".into(),
            Self::MonthlyReport(date) => {
                format!("Monthly report: {}", month_name(date, Locale::En))
            }
            Self::QuarterlyReview => "Quarterly review of the plan".into(),
        }
    }
}

/// A format as people call it.
pub fn format_label(format: Format, locale: Locale) -> &'static str {
    match (format, locale.legacy()) {
        (Format::Photo, Locale::It) => "foto",
        (Format::Photo, Locale::En) => "photo",
        (Format::Graphics, Locale::It) => "grafica o carosello",
        (Format::Graphics, Locale::En) => "graphics or carousel",
        (Format::ShortVideo, Locale::It) => "video breve",
        (Format::ShortVideo, Locale::En) => "short video",
        (Format::LongVideo, Locale::It) => "video lungo",
        (Format::LongVideo, Locale::En) => "long video",
        (Format::Text, Locale::It) => "testo",
        (Format::Text, Locale::En) => "text",
        (Format::Article, Locale::It) => "articolo",
        (Format::Article, Locale::En) => "article",
        (Format::Live, Locale::It) => "diretta",
        (Format::Live, Locale::En) => "live",
        (Format::Stories, Locale::It) => "storie",
        (Format::Stories, Locale::En) => "stories",
        _ => unreachable!("legacy() maps every locale to it or en"),
    }
}

/// A channel by its brand name (the same in both languages).
pub use crate::core::i18n::channel_name as channel_label;

/// The month of `date`, as a name ("gennaio", "January").
pub fn month_name(date: NaiveDate, locale: Locale) -> &'static str {
    crate::core::i18n::month_name(locale, date.month())
}

/// "14 febbraio", "14 February".
pub fn day_month(date: NaiveDate, locale: Locale) -> String {
    format!("{} {}", date.day(), month_name(date, locale))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::Channel;

    fn every_text(date: NaiveDate) -> Vec<Text<'static>> {
        let mut all = vec![
            Text::Teaser("x"),
            Text::OnTheDay("x"),
            Text::Countdown("x"),
            Text::EventInvitation("x"),
            Text::EventRecap("x"),
            Text::ClosureNotice { name: "x", date },
            Text::SeasonStart("x"),
            Text::HolidayOpeningHours("x"),
            Text::HolidayPost("x"),
            Text::MarketingIdea("x"),
            Text::MarketingOffer("x"),
            Text::WeeklyListening,
            Text::MonthlyReport(date),
            Text::QuarterlyReview,
        ];
        for format in Format::ALL {
            all.push(Text::Post {
                pillar: "x",
                format: *format,
            });
            all.push(Text::PostWithoutPillar(*format));
        }
        all
    }

    #[test]
    fn both_languages_are_complete_and_different() {
        let date = NaiveDate::from_ymd_opt(2027, 2, 14).unwrap();
        for text in every_text(date) {
            let it = text.render(Locale::It);
            let en = text.render(Locale::En);
            assert!(!it.trim().is_empty() && !en.trim().is_empty(), "{text:?}");
            assert_ne!(it, en, "{text:?} is not translated");
        }
        for format in Format::ALL {
            assert!(!format_label(*format, Locale::It).is_empty());
            assert!(!format_label(*format, Locale::En).is_empty());
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
            Text::ClosureNotice {
                name: "Ferie",
                date
            }
            .render(Locale::It),
            "Avviso orari: chiusi il 14 febbraio (Ferie)"
        );
    }
}
