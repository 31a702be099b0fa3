//! Key dates and the posts themed for them.
//!
//! The occasions are the business's own dates, the country's public holidays and its
//! marketing days. Posts around them get a theme: a promotion gets a teaser before and a
//! reminder on the day, a launch a countdown, an event an invitation, the day itself and a
//! recap, a closure an opening-hours notice, a season its start; a public holiday at a venue
//! business gets an opening-hours notice; a marketing day a post within its lead time.
//!
//! Themes never change which posts are promotional (the mix stays as planned): a teaser
//! prefers a promotional post, a notice takes a value post and leaves the mix (no pillar).

use chrono::{Datelike, NaiveDate};

use super::texts::{OccasionName, Text};
use super::{CalendarKeyDate, CalendarSpec, Draft, Theme};
use crate::core::holidays::{marketing_day_list, public_holiday_days};
use crate::core::model::KeyDateKind;

/// Days before a business date when its teaser, countdown or invitation goes out.
const BUSINESS_LEAD_DAYS: i64 = 7;
/// Days after an event within which its recap goes out (the next post, with a weekly cadence).
const RECAP_DAYS: i64 = 7;
/// Occasions up to this many days after the calendar still theme posts inside it.
const LOOKAHEAD_DAYS: u64 = 21;

/// What kind of date an occasion is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OccasionKind {
    Business(KeyDateKind),
    PublicHoliday,
    MarketingDay { lead_days: u32 },
}

impl OccasionKind {
    /// The `kind` written in `key_dates[]`.
    fn wire(self) -> &'static str {
        match self {
            Self::Business(kind) => kind.as_str(),
            Self::PublicHoliday => "public_holiday",
            Self::MarketingDay { .. } => "marketing_day",
        }
    }

    /// Business dates theme first, then holidays, then marketing days.
    fn priority(self) -> u8 {
        match self {
            Self::Business(_) => 0,
            Self::PublicHoliday => 1,
            Self::MarketingDay { .. } => 2,
        }
    }
}

/// A date that matters, with its typed name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Occasion {
    pub date: NaiveDate,
    pub name: OccasionName,
    pub kind: OccasionKind,
}

/// Every occasion from `start` to `end` plus the look-ahead, sorted by priority then date.
/// Holidays are computed once per year touched.
pub fn occasions(spec: &CalendarSpec, start: NaiveDate, end: NaiveDate) -> Vec<Occasion> {
    let horizon = end
        .checked_add_days(chrono::Days::new(LOOKAHEAD_DAYS))
        .unwrap_or(end);
    let in_range = |date: NaiveDate| date >= start && date <= horizon;
    let mut list: Vec<Occasion> = spec
        .key_dates
        .iter()
        .filter(|k| in_range(k.date))
        .map(|k| Occasion {
            date: k.date,
            name: OccasionName::Business(k.name.trim().to_string()),
            kind: OccasionKind::Business(k.kind),
        })
        .collect();
    for year in start.year()..=horizon.year() {
        if spec.public_holidays {
            list.extend(
                public_holiday_days(&spec.country, year)
                    .into_iter()
                    .filter(|(date, _, _)| in_range(*date))
                    .map(|(date, name, observance)| Occasion {
                        date,
                        name: OccasionName::Holiday(name, observance),
                        kind: OccasionKind::PublicHoliday,
                    }),
            );
        }
        if spec.marketing_days {
            list.extend(
                marketing_day_list(&spec.country, year)
                    .into_iter()
                    .filter(|(date, _)| in_range(*date))
                    .map(|(date, name)| Occasion {
                        date,
                        name: OccasionName::Marketing(name),
                        kind: OccasionKind::MarketingDay {
                            lead_days: name.lead_days(),
                        },
                    }),
            );
        }
    }
    crate::core::order::sort_by(&mut list, |a, b| {
        (a.kind.priority(), a.date, &a.name).cmp(&(b.kind.priority(), b.date, &b.name))
    });
    list.dedup();
    list
}

/// The key dates inside the calendar, by date, as listed in the plan (the render step sorts
/// the same date's names alphabetically in its language).
pub fn key_date_list(
    occasions: &[Occasion],
    start: NaiveDate,
    end: NaiveDate,
) -> Vec<CalendarKeyDate<Text>> {
    let mut list: Vec<CalendarKeyDate<Text>> = occasions
        .iter()
        .filter(|o| o.date >= start && o.date <= end)
        .map(|o| CalendarKeyDate {
            date: o.date,
            name: Text::Name(o.name.clone()),
            kind: o.kind.wire().to_string(),
        })
        .collect();
    crate::core::order::sort_by(&mut list, |a, b| (a.date, &a.kind).cmp(&(b.date, &b.kind)));
    list
}

/// Makes sure a post goes out on the day of each business promotion, launch, event, season
/// or other date inside the calendar: when no post falls on it, the nearest post of the same
/// week (first channel that has one and is free that day) moves to it. Weekly counts are kept.
pub fn anchor_business_days(
    posts: &mut [Draft],
    occasions: &[Occasion],
    start: NaiveDate,
    end: NaiveDate,
) {
    // Posts per day, kept up to date as posts move.
    let mut per_day = vec![0u32; ((end - start).num_days() + 1).max(0) as usize];
    for post in posts.iter() {
        if let Some(count) = usize::try_from(post.day)
            .ok()
            .and_then(|d| per_day.get_mut(d))
        {
            *count += 1;
        }
    }
    for occasion in occasions {
        let OccasionKind::Business(kind) = occasion.kind else {
            continue;
        };
        let target = (occasion.date - start).num_days();
        let free = usize::try_from(target).ok().and_then(|d| per_day.get(d)) == Some(&0);
        if kind == KeyDateKind::Closure || !free {
            continue;
        }
        let week = target / 7;
        let candidate = posts
            .iter()
            .enumerate()
            .filter(|(_, p)| p.day / 7 == week)
            .min_by_key(|(_, p)| (p.channel_order, (p.day - target).abs(), p.day, p.time))
            .map(|(i, _)| i);
        if let Some(post) = candidate.and_then(|i| posts.get_mut(i)) {
            if let Some(old) = usize::try_from(post.day)
                .ok()
                .and_then(|d| per_day.get_mut(d))
            {
                *old = old.saturating_sub(1);
            }
            post.date = occasion.date;
            post.day = target;
            if let Some(new) = usize::try_from(target)
                .ok()
                .and_then(|d| per_day.get_mut(d))
            {
                *new += 1;
            }
        }
    }
}

/// Which posts a theme may take.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Want {
    Any,
    PreferPromo,
    ValueOnly,
}

/// Posts sorted by date, indexed by day offset from the calendar's start.
struct DayIndex {
    /// `first[d]..first[d + 1]` are the posts of day `d`.
    first: Vec<usize>,
}

impl DayIndex {
    fn new(posts: &[Draft], days: i64) -> Self {
        let mut first = Vec::with_capacity(days as usize + 1);
        let mut i = 0;
        for day in 0..=days {
            while posts.get(i).is_some_and(|p| p.day < day) {
                i += 1;
            }
            first.push(i);
        }
        Self { first }
    }

    fn day(&self, offset: i64) -> std::ops::Range<usize> {
        let at = |d: i64| {
            usize::try_from(d)
                .ok()
                .and_then(|d| self.first.get(d))
                .copied()
        };
        match (at(offset), at(offset + 1)) {
            (Some(a), Some(b)) => a..b,
            _ => 0..0,
        }
    }
}

/// Themes the posts around each occasion. `posts` must be sorted by date.
pub fn apply_themes(
    posts: &mut [Draft],
    occasions: &[Occasion],
    spec: &CalendarSpec,
    start: NaiveDate,
    days: i64,
) {
    let index = DayIndex::new(posts, days);
    for occasion in occasions {
        let d = (occasion.date - start).num_days();
        let name = || occasion.name.clone();
        // `text` titles a value post, `promo_text` a promotional one.
        let theme =
            |posts: &mut [Draft], lo, hi, backward, want, text: Text, promo_text: Text, notice| {
                theme_one(posts, &index, (lo, hi, backward, want), &|promo| Theme {
                    title: if promo { &promo_text } else { &text }.clone(),
                    key_date: occasion.name.clone(),
                    notice,
                })
            };
        match occasion.kind {
            OccasionKind::Business(KeyDateKind::Promotion) => {
                theme(
                    posts,
                    d - BUSINESS_LEAD_DAYS,
                    d - 1,
                    true,
                    Want::PreferPromo,
                    Text::Teaser(name()),
                    Text::Teaser(name()),
                    false,
                );
                theme(
                    posts,
                    d,
                    d,
                    false,
                    Want::PreferPromo,
                    Text::OnTheDay(name()),
                    Text::OnTheDay(name()),
                    false,
                );
            }
            OccasionKind::Business(KeyDateKind::Launch) => {
                theme(
                    posts,
                    d - BUSINESS_LEAD_DAYS,
                    d - 1,
                    true,
                    Want::Any,
                    Text::Countdown(name()),
                    Text::Countdown(name()),
                    false,
                );
                theme(
                    posts,
                    d,
                    d,
                    false,
                    Want::Any,
                    Text::OnTheDay(name()),
                    Text::OnTheDay(name()),
                    false,
                );
            }
            OccasionKind::Business(KeyDateKind::Event) => {
                theme(
                    posts,
                    d - BUSINESS_LEAD_DAYS,
                    d - 1,
                    true,
                    Want::Any,
                    Text::EventInvitation(name()),
                    Text::EventInvitation(name()),
                    false,
                );
                theme(
                    posts,
                    d,
                    d,
                    false,
                    Want::Any,
                    Text::OnTheDay(name()),
                    Text::OnTheDay(name()),
                    false,
                );
                theme(
                    posts,
                    d + 1,
                    d + RECAP_DAYS,
                    false,
                    Want::Any,
                    Text::EventRecap(name()),
                    Text::EventRecap(name()),
                    false,
                );
            }
            OccasionKind::Business(KeyDateKind::Closure) => {
                let notice = Text::ClosureNotice {
                    name: name(),
                    date: occasion.date,
                };
                if !theme(
                    posts,
                    d - BUSINESS_LEAD_DAYS,
                    d - 1,
                    true,
                    Want::ValueOnly,
                    notice.clone(),
                    notice.clone(),
                    true,
                ) {
                    theme(
                        posts,
                        d,
                        d,
                        false,
                        Want::ValueOnly,
                        notice.clone(),
                        notice,
                        true,
                    );
                }
            }
            OccasionKind::Business(KeyDateKind::Season) => {
                theme(
                    posts,
                    d - BUSINESS_LEAD_DAYS,
                    d - 1,
                    true,
                    Want::Any,
                    Text::Teaser(name()),
                    Text::Teaser(name()),
                    false,
                );
                theme(
                    posts,
                    d,
                    d + RECAP_DAYS,
                    false,
                    Want::Any,
                    Text::SeasonStart(name()),
                    Text::SeasonStart(name()),
                    false,
                );
            }
            OccasionKind::Business(KeyDateKind::Other) => {
                if !theme(
                    posts,
                    d,
                    d,
                    false,
                    Want::Any,
                    Text::OnTheDay(name()),
                    Text::OnTheDay(name()),
                    false,
                ) {
                    theme(
                        posts,
                        d - RECAP_DAYS,
                        d - 1,
                        true,
                        Want::Any,
                        Text::Teaser(name()),
                        Text::Teaser(name()),
                        false,
                    );
                }
            }
            OccasionKind::PublicHoliday => {
                if spec.has_venue {
                    let hours = Text::HolidayOpeningHours(name());
                    theme(
                        posts,
                        d - BUSINESS_LEAD_DAYS,
                        d - 1,
                        true,
                        Want::ValueOnly,
                        hours.clone(),
                        hours,
                        true,
                    );
                }
                theme(
                    posts,
                    d,
                    d,
                    false,
                    Want::Any,
                    Text::HolidayPost(name()),
                    Text::HolidayPost(name()),
                    false,
                );
            }
            OccasionKind::MarketingDay { lead_days } => {
                let (idea, offer) = (Text::MarketingIdea(name()), Text::MarketingOffer(name()));
                theme(
                    posts,
                    d - i64::from(lead_days),
                    d,
                    true,
                    Want::Any,
                    idea,
                    offer,
                    false,
                );
            }
        }
    }
}

/// Themes the post [`pick`] finds in `window` (days lo..=hi, direction, wanted posts) with the
/// theme `make` builds for it (from whether the post is promotional). True if one was found.
fn theme_one(
    posts: &mut [Draft],
    index: &DayIndex,
    window: (i64, i64, bool, Want),
    make: &dyn Fn(bool) -> Theme,
) -> bool {
    let (lo, hi, backward, want) = window;
    let found = pick(posts, index, lo, hi, backward, want);
    if let Some(post) = found.and_then(|i| posts.get_mut(i)) {
        post.theme = Some(make(post.promo));
    }
    found.is_some()
}

/// The first unthemed post in days `lo..=hi` (scanning backward from `hi` if asked) that
/// `want` accepts; with `PreferPromo`, a promotional one if there is any.
fn pick(
    posts: &[Draft],
    index: &DayIndex,
    lo: i64,
    hi: i64,
    backward: bool,
    want: Want,
) -> Option<usize> {
    let scan = |accept: &dyn Fn(&Draft) -> bool| -> Option<usize> {
        let days: Box<dyn Iterator<Item = i64>> = if backward {
            Box::new((lo..=hi).rev())
        } else {
            Box::new(lo..=hi)
        };
        for day in days {
            let range = index.day(day);
            let mut found = range.clone().filter(|i| {
                posts
                    .get(*i)
                    .is_some_and(|p| p.theme.is_none() && accept(p))
            });
            let hit = if backward {
                found.next_back()
            } else {
                found.next()
            };
            if hit.is_some() {
                return hit;
            }
        }
        None
    };
    match want {
        Want::Any => scan(&|_| true),
        Want::ValueOnly => scan(&|p| !p.promo),
        Want::PreferPromo => scan(&|p| p.promo).or_else(|| scan(&|_| true)),
    }
}
