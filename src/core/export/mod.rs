//! Exports of the plan and the calendar as files people already use.

pub mod csv;
pub mod ics;
pub mod markdown;
