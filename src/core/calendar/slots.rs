//! The weekly publishing pattern of one channel: which weekdays and times its posts take.
//!
//! Posts are spread as evenly as the week allows (the largest smallest gap between posting
//! days), on the plan's slots where there are enough of them; a channel posts at most once a
//! day unless its cadence is above seven a week. Night slots (23:00–06:00) are moved into the
//! day: the audience is asleep, and the seed articles' "not at 2 a.m." rule is a hard one.

use chrono::{NaiveTime, Timelike, Weekday};

use super::ChannelSpec;
use crate::core::model::{Channel, Format};

/// Posts per week above this are capped: three a day is already more than any small team
/// sustains, and it bounds the calendar's size whatever the input.
pub const MAX_POSTS_PER_WEEK: u32 = 21;

/// The time used when a channel has no slots at all.
const DEFAULT_TIME: (u32, u32) = (10, 0);

/// Extra times for days that carry more than one post, when the slots have too few.
const EXTRA_TIMES: [(u32, u32); 6] = [(9, 0), (12, 30), (18, 0), (20, 30), (15, 0), (11, 0)];

/// Weekdays in order of preference when nothing else decides (midweek is best on most
/// platforms, Sunday the weakest).
const DAY_PREFERENCE: [u32; 7] = [1, 2, 3, 0, 4, 5, 6];

/// Whether `time` is at night (23:00–06:00), when Rotta never schedules anything.
pub fn is_night(time: NaiveTime) -> bool {
    time.hour() >= 23 || time.hour() < 6
}

/// `time` moved out of the night (late → 21:00, early → 07:00), seconds dropped.
pub fn daytime(time: NaiveTime) -> NaiveTime {
    let (h, m) = match time.hour() {
        h if h >= 23 => (21, 0),
        h if h < 6 => (7, 0),
        h => (h, time.minute()),
    };
    hm(h, m)
}

fn hm(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap_or(NaiveTime::MIN)
}

/// The weekly pattern of `spec`: (weekday, time) for each post of a week, sorted.
pub fn weekly_pattern(spec: &ChannelSpec) -> Vec<(Weekday, NaiveTime)> {
    let posts = spec.posts_per_week.min(MAX_POSTS_PER_WEEK);
    if posts == 0 {
        return Vec::new();
    }
    let mut slots: Vec<(u32, NaiveTime)> = spec
        .slots
        .iter()
        .map(|(day, time)| (day.num_days_from_monday(), daytime(*time)))
        .collect();
    crate::core::order::sort(&mut slots);
    slots.dedup();
    let mut slot_days: Vec<u32> = slots.iter().map(|(day, _)| *day).collect();
    slot_days.dedup();

    let per_day = posts / 7;
    let extra_days = choose_days(&slot_days, (posts % 7) as usize);
    let mut pattern = Vec::with_capacity(posts as usize);
    for day in 0..7u32 {
        let count = per_day + u32::from(extra_days.contains(&day));
        for time in times_for_day(day, count as usize, &slots) {
            pattern.push((weekday(day), time));
        }
    }
    crate::core::order::sort_by_key(&mut pattern, |(day, time)| {
        (day.num_days_from_monday(), *time)
    });
    pattern
}

/// `count` days (0 = Monday) spread as evenly as possible: among the slot days if there are
/// enough, otherwise all slot days plus the free days that spread them best.
fn choose_days(slot_days: &[u32], count: usize) -> Vec<u32> {
    if count == 0 {
        return Vec::new();
    }
    let enough = slot_days.len() >= count;
    let mut best: Option<(Vec<u32>, (u32, u32, u32))> = None;
    // At most C(7, 3) = 35 subsets: brute force is exact and cheap.
    for mask in 0u32..128 {
        if mask.count_ones() as usize != count {
            continue;
        }
        let days: Vec<u32> = (0..7).filter(|d| mask & (1 << d) != 0).collect();
        let allowed = if enough {
            days.iter().all(|d| slot_days.contains(d))
        } else {
            slot_days.iter().all(|d| days.contains(d))
        };
        if !allowed {
            continue;
        }
        let score = (
            min_gap(&days),
            7 - weekend_days(&days),
            100 - preference(&days),
        );
        if best.as_ref().is_none_or(|(_, s)| score > *s) {
            best = Some((days, score));
        }
    }
    best.map(|(days, _)| days).unwrap_or_default()
}

/// The smallest gap in days between consecutive chosen days, around the week.
fn min_gap(days: &[u32]) -> u32 {
    match days {
        [] | [_] => 7,
        _ => {
            let wrap = days.first().copied().unwrap_or(0) + 7 - days.last().copied().unwrap_or(0);
            days.windows(2)
                .map(|w| w[1] - w[0])
                .chain([wrap])
                .min()
                .unwrap_or(7)
        }
    }
}

fn weekend_days(days: &[u32]) -> u32 {
    days.iter().filter(|d| **d >= 5).count() as u32
}

fn preference(days: &[u32]) -> u32 {
    days.iter()
        .map(|d| DAY_PREFERENCE.iter().position(|p| p == d).unwrap_or(7) as u32)
        .sum()
}

/// `count` distinct times for `day`: its own slots first, then the times of the nearest slot
/// days, then standard extra times.
fn times_for_day(day: u32, count: usize, slots: &[(u32, NaiveTime)]) -> Vec<NaiveTime> {
    if count == 0 {
        return Vec::new();
    }
    let mut others: Vec<(u32, NaiveTime)> =
        slots.iter().filter(|(d, _)| *d != day).copied().collect();
    // Nearest day first (around the week), earlier day on ties, then by time.
    crate::core::order::sort_by_key(&mut others, |(d, t)| {
        let ahead = (d + 7 - day) % 7;
        (ahead.min(7 - ahead), (day + 7 - d) % 7 > ahead, *t)
    });
    let own = slots.iter().filter(|(d, _)| *d == day).map(|(_, t)| *t);
    let fallback = EXTRA_TIMES.iter().map(|(h, m)| hm(*h, *m));
    let mut times: Vec<NaiveTime> = Vec::with_capacity(count);
    let default = std::iter::once(hm(DEFAULT_TIME.0, DEFAULT_TIME.1));
    for time in own
        .chain(others.into_iter().map(|(_, t)| t))
        .chain(default)
        .chain(fallback)
    {
        if times.len() == count {
            break;
        }
        if !times.contains(&time) {
            times.push(time);
        }
    }
    crate::core::order::sort(&mut times);
    times
}

fn weekday(day: u32) -> Weekday {
    match day {
        0 => Weekday::Mon,
        1 => Weekday::Tue,
        2 => Weekday::Wed,
        3 => Weekday::Thu,
        4 => Weekday::Fri,
        5 => Weekday::Sat,
        _ => Weekday::Sun,
    }
}

/// The format a channel uses when the plan lists none: its native one.
pub fn native_format(channel: Channel) -> Format {
    match channel {
        Channel::Instagram | Channel::Facebook | Channel::Pinterest | Channel::GoogleBusiness => {
            Format::Photo
        }
        Channel::Tiktok => Format::ShortVideo,
        Channel::Youtube => Format::LongVideo,
        Channel::Linkedin | Channel::X | Channel::Threads | Channel::Whatsapp => Format::Text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    fn spec(posts: u32, slots: Vec<(Weekday, NaiveTime)>) -> ChannelSpec {
        ChannelSpec {
            channel: Channel::Instagram,
            posts_per_week: posts,
            formats: vec![],
            slots,
        }
    }

    fn days(pattern: &[(Weekday, NaiveTime)]) -> Vec<Weekday> {
        pattern.iter().map(|(d, _)| *d).collect()
    }

    #[test]
    fn posts_take_the_plan_slots_spread_over_the_week() {
        let slots = vec![
            (Weekday::Mon, t(10, 0)),
            (Weekday::Tue, t(11, 0)),
            (Weekday::Wed, t(12, 0)),
            (Weekday::Thu, t(13, 0)),
            (Weekday::Fri, t(9, 30)),
        ];
        let two = weekly_pattern(&spec(2, slots.clone()));
        assert_eq!(
            two,
            vec![(Weekday::Tue, t(11, 0)), (Weekday::Fri, t(9, 30))]
        );
        let three = weekly_pattern(&spec(3, slots));
        assert_eq!(days(&three), vec![Weekday::Mon, Weekday::Wed, Weekday::Fri]);
    }

    #[test]
    fn too_few_slot_days_add_free_days_instead_of_doubling_up() {
        let pattern = weekly_pattern(&spec(
            3,
            vec![(Weekday::Tue, t(18, 0)), (Weekday::Tue, t(9, 0))],
        ));
        assert_eq!(pattern.len(), 3);
        let mut d = days(&pattern);
        d.dedup();
        assert_eq!(d.len(), 3, "one post a day: {pattern:?}");
        assert!(pattern.contains(&(Weekday::Tue, t(9, 0))));
    }

    #[test]
    fn a_cadence_above_seven_doubles_up_at_distinct_times() {
        let pattern = weekly_pattern(&spec(10, vec![(Weekday::Mon, t(9, 0))]));
        assert_eq!(pattern.len(), 10);
        for day in 0..7 {
            let times: Vec<_> = pattern
                .iter()
                .filter(|(d, _)| d.num_days_from_monday() == day)
                .collect();
            assert!(!times.is_empty() && times.len() <= 2);
            if times.len() == 2 {
                assert_ne!(times[0].1, times[1].1);
            }
        }
    }

    #[test]
    fn night_slots_move_into_the_day_and_cadence_is_capped() {
        let pattern = weekly_pattern(&spec(
            2,
            vec![(Weekday::Mon, t(2, 0)), (Weekday::Thu, t(23, 30))],
        ));
        assert_eq!(
            pattern,
            vec![(Weekday::Mon, t(7, 0)), (Weekday::Thu, t(21, 0))]
        );
        assert_eq!(
            weekly_pattern(&spec(500, vec![])).len(),
            MAX_POSTS_PER_WEEK as usize
        );
        assert!(weekly_pattern(&spec(0, vec![(Weekday::Mon, t(9, 0))])).is_empty());
        assert!(
            weekly_pattern(&spec(40, vec![]))
                .iter()
                .all(|(_, time)| !is_night(*time))
        );
    }

    #[test]
    fn without_slots_one_post_goes_midweek() {
        assert_eq!(
            weekly_pattern(&spec(1, vec![])),
            vec![(Weekday::Tue, t(10, 0))]
        );
    }
}
