//! Small facts that several sections read from the answers (the horizon, who runs the work,
//! who owns the goals). Objectives, people, money and warnings all import this module and
//! none of them imports another for these facts.

use chrono::{Months, NaiveDate};

use super::text::Say;
use crate::core::model::{Answers, ManagedBy};

/// Months of the horizon; anything other than 3, 6 or 12 counts as 6 (validation flags it).
pub fn horizon_months(answers: &Answers) -> u32 {
    match answers.goals.horizon_months {
        h @ (3 | 6 | 12) => h,
        _ => 6,
    }
}

/// `start` plus `months`, or `start` itself at the end of the calendar's range.
pub fn add_months(start: NaiveDate, months: u32) -> NaiveDate {
    start
        .checked_add_months(Months::new(months))
        .unwrap_or(start)
}

/// True when a freelancer or agency runs the work.
pub fn is_outsourced(answers: &Answers) -> bool {
    matches!(
        answers.resources.managed_by,
        ManagedBy::Freelancer | ManagedBy::Agency
    )
}

/// Who sets goals and approves the strategy: always the business's side.
pub fn marketing_manager(_answers: &Answers) -> Say {
    Say::Holder(ManagedBy::Owner)
}

/// Who plans, produces and publishes.
pub fn social_media_manager(answers: &Answers) -> Say {
    Say::Holder(answers.resources.managed_by)
}
