//! One component per questionnaire step (DESIGN §3). Each reads and writes its slice of the
//! answers through the [`Wizard`](crate::ui::state::Wizard) context and holds no rules.

mod audience;
mod budget;
mod business;
mod calendar;
mod channels;
mod goals;
mod resources;

pub use audience::AudienceStep;
pub use budget::BudgetStep;
pub use business::BusinessStep;
pub use calendar::CalendarStep;
pub use channels::ChannelsStep;
pub use goals::GoalsStep;
pub use resources::ResourcesStep;
