//! The typed decisions several parts of the engine share: the content pillars (from
//! `core::pillar`, shared with the calendar), the phases of the timeline and the kinds of
//! work in the workload. They sit below every section (content, people, the texts, the
//! render) so that none of those imports another for them.

use serde::{Serialize, Serializer};

/// A content pillar: the one enum `core::pillar` shares with the calendar.
pub use crate::core::pillar::Pillar;

/// A phase of the timeline to results. Serialises as its id ("foundation").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhaseId {
    Foundation,
    Consistency,
    Optimisation,
    Results,
}

impl PhaseId {
    /// Every phase, in order.
    pub const ALL: [PhaseId; 4] = [
        PhaseId::Foundation,
        PhaseId::Consistency,
        PhaseId::Optimisation,
        PhaseId::Results,
    ];

    /// The wire id.
    pub const fn id(self) -> &'static str {
        match self {
            PhaseId::Foundation => "foundation",
            PhaseId::Consistency => "consistency",
            PhaseId::Optimisation => "optimisation",
            PhaseId::Results => "results",
        }
    }
}

impl Serialize for PhaseId {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id())
    }
}

impl PartialEq<&str> for PhaseId {
    fn eq(&self, other: &&str) -> bool {
        self.id() == *other
    }
}

/// What a line of the workload is for. Serialises as "posts", "community", "listening",
/// "reporting".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WorkTask {
    Posts,
    Community,
    Listening,
    Reporting,
}

impl WorkTask {
    /// The wire id.
    pub const fn id(self) -> &'static str {
        match self {
            WorkTask::Posts => "posts",
            WorkTask::Community => "community",
            WorkTask::Listening => "listening",
            WorkTask::Reporting => "reporting",
        }
    }
}

impl Serialize for WorkTask {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id())
    }
}

impl PartialEq<&str> for WorkTask {
    fn eq(&self, other: &&str) -> bool {
        self.id() == *other
    }
}

impl PartialEq<&str> for Pillar {
    fn eq(&self, other: &&str) -> bool {
        self.id() == *other
    }
}
