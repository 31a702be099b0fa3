//! Weekly publishing slots: days spread over the week, times from the audience's online
//! times and the channel's published best time.

use chrono::{NaiveTime, Weekday};

use crate::core::engine::Slot;
use crate::core::engine::evidence::ChannelFacts;
use crate::core::model::{Answers, Offer, OnlineTime};

/// The weekly slots of a channel: days spread over the week, times from the audience's
/// online times and the channel's published best time; never between 23:00 and 06:00.
pub fn slots(facts: &ChannelFacts, posts: u32, answers: &Answers) -> Vec<Slot> {
    let n = posts.min(14) as usize;
    if n == 0 {
        return Vec::new();
    }
    let weekend = answers.audience.online_times.contains(&OnlineTime::Weekend)
        && answers.business.offer != Offer::B2b;
    let times = weekday_times(facts, answers);
    let first_days = n.min(7);
    let days: Vec<Weekday> = if first_days == 7 {
        crate::core::calendar::WEEK.to_vec()
    } else if weekend && first_days >= 2 {
        let mut d = weekday_pattern(facts, first_days - 1);
        d.push(Weekday::Sat);
        d
    } else {
        weekday_pattern(facts, first_days)
    };
    let mut out: Vec<Slot> = Vec::with_capacity(n);
    for (i, day) in days.iter().enumerate() {
        let time = if matches!(day, Weekday::Sat | Weekday::Sun) {
            hm(10, 30)
        } else {
            times
                .get(i % times.len().max(1))
                .copied()
                .unwrap_or(hm(11, 0))
        };
        out.push(Slot {
            weekday: *day,
            time,
        });
    }
    // More than one post a day: a second slot on the busiest days, hours apart.
    let second_days = [
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Mon,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ];
    for day in second_days.iter().take(n.saturating_sub(7)) {
        let first = out
            .iter()
            .find(|s| s.weekday == *day)
            .map_or(hm(11, 0), |s| s.time);
        let time = if first < hm(14, 0) {
            hm(18, 30)
        } else {
            hm(12, 30)
        };
        out.push(Slot {
            weekday: *day,
            time,
        });
    }
    crate::core::order::sort_by_key(&mut out, |s| (s.weekday.num_days_from_monday(), s.time));
    out
}

/// `k` weekdays (Monday–Friday) spread evenly; a single post goes on the channel's best day.
fn weekday_pattern(facts: &ChannelFacts, k: usize) -> Vec<Weekday> {
    use Weekday::*;
    match k {
        0 => Vec::new(),
        1 => vec![facts.best_days.first().copied().unwrap_or(Tue)],
        2 => vec![Tue, Thu],
        3 => vec![Mon, Wed, Fri],
        4 => vec![Mon, Tue, Thu, Fri],
        5 => vec![Mon, Tue, Wed, Thu, Fri],
        _ => vec![Mon, Tue, Wed, Thu, Fri, Sat],
    }
}

/// The weekday times to rotate through: the audience's online times mapped to hours,
/// with the channel's published best time standing for its part of the day.
fn weekday_times(facts: &ChannelFacts, answers: &Answers) -> Vec<NaiveTime> {
    let best = hm(facts.best_time.0, facts.best_time.1);
    let mut times = Vec::with_capacity(4);
    for t in &answers.audience.online_times {
        let time = match t {
            OnlineTime::Morning if facts.best_time.0 < 12 => best,
            OnlineTime::Morning => hm(9, 30),
            OnlineTime::Lunch => hm(12, 30),
            OnlineTime::Afternoon if (14..18).contains(&facts.best_time.0) => best,
            OnlineTime::Afternoon => hm(15, 0),
            OnlineTime::Evening if answers.business.offer == Offer::B2b => hm(18, 0),
            OnlineTime::Evening => hm(19, 0),
            OnlineTime::Weekend => continue,
        };
        if !times.contains(&time) {
            times.push(time);
        }
    }
    if times.is_empty() {
        times.push(best);
    }
    times
}

fn hm(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap_or(NaiveTime::MIN)
}
