//! The editorial calendar skeleton (DESIGN §6, issue 4).
//!
//! The engine describes what it planned in a [`CalendarSpec`] (channels with cadence and
//! slots, pillars with shares, the promotional share, the key dates) and [`build_calendar`]
//! turns it into dated entries: one per planned post plus the recurring tasks (weekly
//! listening, monthly report, quarterly review), with public holidays, marketing days and the
//! business's own dates attached to the posts around them.
//!
//! Times are local wall-clock times: no time zone is ever applied.

mod mix;
pub mod slots;
mod tasks;
pub mod texts;
mod themes;

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate, NaiveTime, Weekday};
use serde::{Serialize, Serializer};

use texts::{OccasionName, Text};

use crate::core::ideas::{self, IdeaId, IdeaInputs, Slot, Subject, ThemeKind};
use crate::core::model::{Channel, Format, KeyDate, Locale};
use crate::core::pillar::Pillar;

/// The days of the week, Monday first (ISO 8601), as the calendar, its charts and the
/// weekly slots list them.
pub const WEEK: [Weekday; 7] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
    Weekday::Sat,
    Weekday::Sun,
];

/// Everything the calendar needs from the plan and the answers.
#[derive(Debug, Clone, PartialEq)]
pub struct CalendarSpec {
    /// The first day of the calendar (`answers.calendar.start`).
    pub start: NaiveDate,
    /// Length in weeks, 1..=52; other values are clamped, never a panic.
    pub weeks: u32,
    /// ISO 3166-1 alpha-2 code, e.g. "IT" (public holidays and marketing days).
    pub country: String,
    /// The business has a venue or holds events: public holidays get an opening-hours post.
    pub has_venue: bool,
    /// Include the country's public holidays.
    pub public_holidays: bool,
    /// Include the country's marketing days (Valentine's Day, Black Friday…).
    pub marketing_days: bool,
    /// The business's own dates.
    pub key_dates: Vec<KeyDate>,
    /// The channels of the plan, each with its cadence and weekly slots.
    pub channels: Vec<ChannelSpec>,
    /// The content pillars; their shares add up to 1.0.
    pub pillars: Vec<PillarSpec>,
    /// Share of posts that are promotional, 0.0..=1.0 (0.2 for the 80/20 mix).
    pub promo_share: f64,
    /// `Some(n)`: every post gets `prepare_by = date - n days` (approval needed).
    pub approval_lead_days: Option<u32>,
    /// What the post ideas need: the sector, keywords, value proposition, the user's choices.
    pub ideas: IdeaInputs,
}

/// One channel of the plan.
#[derive(Debug, Clone, PartialEq)]
pub struct ChannelSpec {
    pub channel: Channel,
    /// Posts per week on this channel.
    pub posts_per_week: u32,
    /// Formats the team produces for this channel, in order of preference.
    pub formats: Vec<Format>,
    /// The plan's weekly publishing slots for this channel (weekday, local time).
    pub slots: Vec<(Weekday, NaiveTime)>,
}

/// One content pillar of the plan.
#[derive(Debug, Clone, PartialEq)]
pub struct PillarSpec {
    /// The pillar (its id goes in the plan JSON, its name in the titles).
    pub pillar: Pillar,
    /// Share of posts; all pillars add up to 1.0.
    pub share: f64,
    /// True for the product/offer pillar.
    pub promotional: bool,
}

/// The calendar: dated entries, and the key dates that fall inside its range.
///
/// [`build_calendar`] makes a `Calendar<Text>` (typed titles and names, no language);
/// [`Calendar::render`] writes it in a locale as the `Calendar<String>` the plan carries.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Calendar<S = String> {
    /// Posts and tasks, sorted by date, time, then channel.
    pub entries: Vec<CalendarEntry<S>>,
    /// Public holidays, marketing days and the business's own dates in range, by date.
    pub key_dates: Vec<CalendarKeyDate<S>>,
}

impl<S> Default for Calendar<S> {
    fn default() -> Self {
        Self {
            entries: Vec::new(),
            key_dates: Vec::new(),
        }
    }
}

impl Calendar<Text> {
    /// The calendar's texts in `locale`. Working titles repeat (one per pillar and format),
    /// so each is written once: the UI renders on every keystroke.
    pub fn render(&self, locale: Locale) -> Calendar {
        let mut titles: HashMap<(Option<Pillar>, Format), String> = HashMap::new();
        let entries = self
            .entries
            .iter()
            .map(|e| e.render_with(locale, &mut titles))
            .collect();
        let mut key_dates: Vec<CalendarKeyDate> =
            self.key_dates.iter().map(|k| k.render(locale)).collect();
        crate::core::order::sort_by(&mut key_dates, |a, b| {
            (a.date, &a.kind, &a.name).cmp(&(b.date, &b.kind, &b.name))
        });
        Calendar { entries, key_dates }
    }
}

/// Whether an entry is a post to publish or a task for the team.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EntryKind {
    Post,
    Task,
}

impl EntryKind {
    /// The value as written in the plan JSON.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Post => "post",
            Self::Task => "task",
        }
    }
}

/// One row of the calendar. `CalendarEntry<String>` serialises exactly as the plan JSON's
/// `calendar[]` items; `CalendarEntry<Text>` is the same row with typed texts.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CalendarEntry<S = String> {
    /// Serialised as "YYYY-MM-DD".
    #[serde(serialize_with = "serialize_date")]
    pub date: NaiveDate,
    /// Local wall-clock time, serialised as "HH:MM".
    #[serde(serialize_with = "serialize_time")]
    pub time: NaiveTime,
    pub kind: EntryKind,
    /// The channel's wire name; `None` for tasks.
    pub channel: Option<Channel>,
    /// The format's wire name; `None` for tasks.
    pub format: Option<Format>,
    /// The pillar, serialised as its id; `None` for tasks and for notices (opening hours).
    pub pillar: Option<Pillar>,
    /// The pillar's display name in the plan's language (what the exports show); `None`
    /// exactly when `pillar` is.
    pub pillar_name: Option<S>,
    /// A short working title in the plan's language: the post's idea (`core::ideas`), or the
    /// pillar and format while the language's idea bank is not loaded; a task's name.
    pub title: S,
    /// The post's one-line brief (hook, what to show, format, call to action); `None` for
    /// tasks, and while the language's idea bank is not loaded.
    pub brief: Option<S>,
    /// The post's idea in the bank (e.g. "food_drink.education.3"); `None` for tasks.
    pub idea: Option<IdeaId>,
    /// The name of the key date the entry relates to, if any.
    pub key_date: Option<S>,
    /// When the post must be ready for approval; serialised as "YYYY-MM-DD" or null.
    #[serde(serialize_with = "serialize_opt_date")]
    pub prepare_by: Option<NaiveDate>,
}

impl CalendarEntry<Text> {
    /// The entry's texts in `locale`.
    pub fn render(&self, locale: Locale) -> CalendarEntry {
        self.render_with(locale, &mut HashMap::new())
    }

    fn render_with(
        &self,
        locale: Locale,
        titles: &mut HashMap<(Option<Pillar>, Format), String>,
    ) -> CalendarEntry {
        let title = match &self.title {
            Text::Post { pillar, format } => titles
                .entry((Some(*pillar), *format))
                .or_insert_with(|| self.title.render(locale))
                .clone(),
            Text::PostWithoutPillar(format) => titles
                .entry((None, *format))
                .or_insert_with(|| self.title.render(locale))
                .clone(),
            other => other.render(locale),
        };
        CalendarEntry {
            date: self.date,
            time: self.time,
            kind: self.kind,
            channel: self.channel,
            format: self.format,
            pillar: self.pillar,
            pillar_name: self.pillar_name.as_ref().map(|t| t.render(locale)),
            title,
            brief: self.brief.as_ref().and_then(|b| b.render_brief(locale)),
            idea: self.idea,
            key_date: self.key_date.as_ref().map(|t| t.render(locale)),
            prepare_by: self.prepare_by,
        }
    }
}

/// A date that matters in the calendar's range.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CalendarKeyDate<S = String> {
    /// Serialised as "YYYY-MM-DD".
    #[serde(serialize_with = "serialize_date")]
    pub date: NaiveDate,
    /// Localised name.
    pub name: S,
    /// "public_holiday", "marketing_day" or the business's own `KeyDateKind` wire name.
    pub kind: String,
}

impl CalendarKeyDate<Text> {
    /// The key date's name in `locale`.
    pub fn render(&self, locale: Locale) -> CalendarKeyDate {
        CalendarKeyDate {
            date: self.date,
            name: self.name.render(locale),
            kind: self.kind.clone(),
        }
    }
}

/// Formats a date as the exports and the plan JSON write it: "YYYY-MM-DD".
pub fn format_date(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

/// Formats a time as the exports and the plan JSON write it: "HH:MM".
pub fn format_time(time: NaiveTime) -> String {
    time.format("%H:%M").to_string()
}

fn serialize_date<S: Serializer>(date: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(&date.format("%Y-%m-%d"))
}

fn serialize_opt_date<S: Serializer>(date: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
    match date {
        Some(d) => serialize_date(d, s),
        None => s.serialize_none(),
    }
}

fn serialize_time<S: Serializer>(time: &NaiveTime, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(&time.format("%H:%M"))
}

/// A post while the calendar is being built.
#[derive(Debug, Clone)]
struct Draft {
    date: NaiveDate,
    /// Days from the calendar's start to `date`.
    day: i64,
    time: NaiveTime,
    /// Position of the channel in the spec (the first channel is the primary one).
    channel_order: usize,
    channel: Channel,
    format: Format,
    promo: bool,
    pillar: Option<usize>,
    theme: Option<Theme>,
}

/// What a key date makes of a post.
#[derive(Debug, Clone)]
struct Theme {
    title: Text,
    key_date: OccasionName,
    /// A service notice (opening hours): outside the content mix, no pillar.
    notice: bool,
}

/// Most days a post can be prepared ahead for approval (a defensive bound).
const MAX_APPROVAL_LEAD_DAYS: u32 = 90;

/// Builds the calendar described by `spec`. Deterministic, never panics.
///
/// Weeks are 7-day blocks from `start` (which may be any weekday); each channel gets exactly
/// its cadence in every block, on its weekly pattern ([`slots::weekly_pattern`]).
pub fn build_calendar(spec: &CalendarSpec) -> Calendar<Text> {
    let weeks = spec.weeks.clamp(1, 52);
    let days = i64::from(weeks) * 7;
    let start = spec.start;
    let Some(end) = start.checked_add_days(chrono::Days::new(days.unsigned_abs() - 1)) else {
        return Calendar::default();
    };

    let mut posts = draft_posts(spec, start, weeks);
    let occasions = themes::occasions(spec, start, end);
    themes::anchor_business_days(&mut posts, &occasions, start, end);
    crate::core::order::sort_by_key(&mut posts, |p| (p.date, p.time, p.channel_order));

    let share = mix::effective_promo_share(spec.promo_share, &spec.pillars);
    let flags = mix::promo_flags(posts.len(), share);
    let pillars = mix::assign_pillars(&flags, &spec.pillars);
    for ((post, promo), pillar) in posts.iter_mut().zip(flags).zip(pillars) {
        post.promo = promo;
        post.pillar = pillar;
    }
    themes::apply_themes(&mut posts, &occasions, spec, start, days);

    let lead = spec
        .approval_lead_days
        .map(|n| n.min(MAX_APPROVAL_LEAD_DAYS));
    let mut entries: Vec<CalendarEntry<Text>> = posts
        .into_iter()
        .map(|post| entry(spec, post, lead))
        .collect();
    give_ideas(&mut entries, &spec.ideas);
    entries.extend(tasks::recurring_tasks(start, weeks));
    crate::core::order::sort_by(&mut entries, |a, b| {
        (a.date, a.time, a.kind, a.channel).cmp(&(b.date, b.time, b.kind, b.channel))
    });
    Calendar {
        entries,
        key_dates: themes::key_date_list(&occasions, start, end),
    }
}

/// Every channel's posts, week by week, on its weekly pattern, formats in rotation. A channel
/// listed twice is planned once (its first listing).
fn draft_posts(spec: &CalendarSpec, start: NaiveDate, weeks: u32) -> Vec<Draft> {
    let mut posts = Vec::new();
    for (order, channel) in spec.channels.iter().enumerate() {
        if spec
            .channels
            .iter()
            .take(order)
            .any(|c| c.channel == channel.channel)
        {
            continue;
        }
        let pattern = slots::weekly_pattern(channel);
        let native = [slots::native_format(channel.channel)];
        let formats: &[Format] = if channel.formats.is_empty() {
            &native
        } else {
            &channel.formats
        };
        let mut rotation = formats.iter().copied().cycle();
        for week in 0..weeks {
            let Some(block) = start.checked_add_days(chrono::Days::new(u64::from(week) * 7)) else {
                break;
            };
            for (weekday, time) in &pattern {
                let ahead = (7 + weekday.num_days_from_monday()
                    - block.weekday().num_days_from_monday())
                    % 7;
                let Some(date) = block.checked_add_days(chrono::Days::new(u64::from(ahead))) else {
                    continue;
                };
                posts.push(Draft {
                    date,
                    day: i64::from(week) * 7 + i64::from(ahead),
                    time: *time,
                    channel_order: order,
                    channel: channel.channel,
                    format: rotation.next().unwrap_or(native[0]),
                    promo: false,
                    pillar: None,
                    theme: None,
                });
            }
        }
    }
    posts
}

/// The finished entry of a post: title, pillar, key date, "prepare by".
fn entry(spec: &CalendarSpec, post: Draft, lead: Option<u32>) -> CalendarEntry<Text> {
    let pillar = post.pillar.and_then(|i| spec.pillars.get(i));
    let pillar = pillar
        .filter(|_| !post.theme.as_ref().is_some_and(|t| t.notice))
        .map(|p| p.pillar);
    let (title, key_date) = match post.theme {
        Some(theme) => (theme.title, Some(Text::Name(theme.key_date))),
        None => (
            match pillar {
                Some(pillar) => Text::Post {
                    pillar,
                    format: post.format,
                },
                None => Text::PostWithoutPillar(post.format),
            },
            None,
        ),
    };
    CalendarEntry {
        date: post.date,
        time: post.time,
        kind: EntryKind::Post,
        channel: Some(post.channel),
        format: Some(post.format),
        pillar,
        pillar_name: pillar.map(Text::PillarName),
        title,
        brief: None,
        idea: None,
        key_date,
        prepare_by: lead.and_then(|n| post.date.checked_sub_days(chrono::Days::new(u64::from(n)))),
    }
}

/// Where a post is and what it is about, for [`ideas::assign`].
pub fn idea_slot(entry: &CalendarEntry<Text>) -> Option<Slot> {
    let (Some(channel), Some(format)) = (entry.channel, entry.format) else {
        return None;
    };
    let title = match &entry.title {
        Text::Idea { fallback, .. } => fallback.as_ref(),
        other => other,
    };
    let theme = |kind, name: &OccasionName| (Subject::Theme(kind), Some(name.clone()));
    let (subject, occasion) = match title {
        Text::Teaser(n) => theme(ThemeKind::Teaser, n),
        Text::OnTheDay(n) => theme(ThemeKind::OnTheDay, n),
        Text::Countdown(n) => theme(ThemeKind::Countdown, n),
        Text::EventInvitation(n) => theme(ThemeKind::EventInvitation, n),
        Text::EventRecap(n) => theme(ThemeKind::EventRecap, n),
        Text::ClosureNotice { name, .. } => theme(ThemeKind::ClosureNotice, name),
        Text::SeasonStart(n) => theme(ThemeKind::SeasonStart, n),
        Text::HolidayOpeningHours(n) => theme(ThemeKind::HolidayOpeningHours, n),
        Text::HolidayPost(n) => theme(ThemeKind::HolidayPost, n),
        Text::MarketingIdea(n) => theme(ThemeKind::MarketingIdea, n),
        Text::MarketingOffer(n) => theme(ThemeKind::MarketingOffer, n),
        _ => (Subject::Pillar(entry.pillar), None),
    };
    let date_arg = match title {
        Text::ClosureNotice { date, .. } => Some(*date),
        _ => None,
    };
    Some(Slot {
        date: entry.date,
        time: entry.time,
        channel,
        format,
        subject,
        occasion,
        date_arg,
    })
}

/// Gives every post its idea: title and brief from the bank, the label kept for when the
/// language's bank is not loaded.
fn give_ideas(entries: &mut [CalendarEntry<Text>], inputs: &IdeaInputs) {
    let (at, slots): (Vec<usize>, Vec<Slot>) = entries
        .iter()
        .enumerate()
        .filter_map(|(i, e)| Some((i, idea_slot(e)?)))
        .unzip();
    for (i, pick) in at.into_iter().zip(ideas::assign(&slots, inputs)) {
        let entry = &mut entries[i];
        entry.idea = Some(pick.id);
        let pick = Box::new(pick);
        entry.brief = Some(Text::Brief(pick.clone()));
        let fallback = Box::new(std::mem::replace(&mut entry.title, Text::WeeklyListening));
        entry.title = Text::Idea { pick, fallback };
    }
}

/// "Another idea" for the post on `channel` at `date` and `time`: the choice to remember in
/// the answers (`core::ideas::remember`), or `None` when there is no such post or its pool
/// has one idea only.
pub fn another_idea(
    calendar: &Calendar<Text>,
    inputs: &IdeaInputs,
    date: NaiveDate,
    time: NaiveTime,
    channel: Channel,
) -> Option<crate::core::model::IdeaChoice> {
    let (slots, current): (Vec<Slot>, Vec<IdeaId>) = calendar
        .entries
        .iter()
        .filter_map(|e| Some((idea_slot(e)?, e.idea?)))
        .unzip();
    let at = slots
        .iter()
        .position(|s| s.date == date && s.time == time && s.channel == channel)?;
    ideas::another(&slots, &current, at, inputs)
}
