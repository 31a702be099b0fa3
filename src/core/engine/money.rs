//! Budget (ads, content, management, tools, and the hidden labour cost) and the paid
//! "fuel" plan.

use serde::Serialize;

use super::channels::ChannelPlan;
use super::evidence as ev;
use super::text::{Say, T};
use crate::core::model::{Answers, Channel, ManagedBy};

/// Section 8: where the monthly money goes. `S` is the text type: [`Say`] from the engine,
/// `String` once rendered.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BudgetPlan<S = String> {
    pub currency: String,
    pub monthly: f64,
    pub ads: f64,
    pub content: f64,
    pub management: f64,
    pub tools: f64,
    /// True when the split is the user's own.
    pub user_split: bool,
    /// True when the user's split does not add up to the monthly amount.
    pub split_mismatch: bool,
    /// Hours a month of in-house work (hours a week × 52 / 12).
    pub labour_hours_per_month: f64,
    /// The hidden cost of that work at the owner's hourly value, when given.
    pub labour_cost: Option<f64>,
    /// Monthly money plus the hidden labour cost.
    pub total_cost: f64,
    pub rationale: S,
    pub sources: Vec<&'static str>,
}

impl<S> BudgetPlan<S> {
    /// The four parts of the monthly amount, in the order the plan shows them: the part's
    /// key ("ads", "content", "management", "tools"), its name in the catalogue, its amount.
    pub fn parts(&self) -> [(&'static str, crate::core::l10n::Msg, f64); 4] {
        use crate::core::l10n::Msg;
        [
            ("ads", Msg::SplitAds, self.ads),
            ("content", Msg::SplitContent, self.content),
            ("management", Msg::SplitManagement, self.management),
            ("tools", Msg::SplitTools, self.tools),
        ]
    }
}

/// The paid "fuel": what to boost, where, with how much.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FuelPlan<S = String> {
    pub monthly: f64,
    /// Where to spend it (the first recommended channel that sells ads).
    pub channel: Option<Channel>,
    pub actions: Vec<S>,
    pub rationale: S,
    pub sources: Vec<&'static str>,
}

/// Largest amount the engine computes with; validation refuses far less, this only keeps
/// sums finite when the UI re-plans on answers that are not valid yet.
const AMOUNT_CAP: f64 = 1e12;

/// A finite, non-negative amount (anything else counts as nothing).
fn amount(v: f64) -> f64 {
    if v.is_finite() && v > 0.0 {
        v.min(AMOUNT_CAP)
    } else {
        0.0
    }
}

fn cents(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}

use super::basics::is_outsourced as outsourced;

/// The budget: the user's split when given, otherwise the published default split, always
/// adding up to the monthly amount to the cent.
pub fn plan_budget(answers: &Answers) -> BudgetPlan<Say> {
    let b = &answers.budget;
    let monthly = cents(amount(b.monthly));
    let (ads, content, management, tools, user_split, split_mismatch) = match &b.split {
        Some(s) => {
            let mut parts = [
                amount(s.ads),
                amount(s.content),
                amount(s.management),
                amount(s.tools),
            ]
            .map(cents);
            let sum: f64 = parts.iter().sum();
            let mismatch = (sum - monthly).abs() > crate::core::validate::SPLIT_TOLERANCE;
            if !mismatch {
                // Within rounding of the monthly amount: the largest part takes the cents, so
                // the parts add up exactly.
                if let Some(largest) = parts.iter_mut().max_by(|a, b| a.total_cmp(b)) {
                    *largest = cents((*largest + monthly - sum).max(0.0));
                }
            }
            (parts[0], parts[1], parts[2], parts[3], true, mismatch)
        }
        None => {
            let shares = if outsourced(answers) {
                ev::SPLIT_OUTSOURCED
            } else {
                ev::SPLIT_IN_HOUSE
            };
            let ads = cents(monthly * shares.ads);
            let management = cents(monthly * shares.management);
            let tools = cents(monthly * shares.tools);
            // The remainder goes to the largest non-ads part so the parts add up exactly.
            if shares.content > 0.0 {
                (
                    ads,
                    cents(monthly - ads - management - tools),
                    management,
                    tools,
                    false,
                    false,
                )
            } else {
                (ads, 0.0, cents(monthly - ads - tools), tools, false, false)
            }
        }
    };
    let hours = if answers.resources.hours_per_week.is_finite() {
        answers.resources.hours_per_week.clamp(0.0, 168.0)
    } else {
        0.0
    };
    let labour_hours_per_month = (hours * ev::WEEKS_PER_MONTH * 10.0).round() / 10.0;
    let labour_cost = match (answers.resources.managed_by, b.owner_hourly_value) {
        // An agency's or freelancer's time is paid from the management line.
        (ManagedBy::Freelancer | ManagedBy::Agency, _) => None,
        (_, Some(v)) if v.is_finite() && v >= 0.0 => Some(cents(hours * ev::WEEKS_PER_MONTH * v)),
        _ => None,
    };
    let spent = if split_mismatch {
        ads + content + management + tools
    } else {
        monthly
    };
    let rationale = if user_split {
        T::BudgetUserSplit
    } else {
        T::BudgetDefaultSplit {
            outsourced: outsourced(answers),
            source: ev::BUDGET_SPLIT,
        }
    };
    BudgetPlan {
        currency: b.currency.clone(),
        monthly,
        ads,
        content,
        management,
        tools,
        user_split,
        split_mismatch,
        labour_hours_per_month,
        labour_cost,
        total_cost: cents(spent + labour_cost.unwrap_or(0.0)),
        rationale,
        sources: if user_split {
            vec![]
        } else {
            vec![ev::BUDGET_SPLIT.id, ev::CMO_SURVEY_2019.id]
        },
    }
}

/// The fuel plan: boost the posts that already work, and the key dates.
pub fn plan_fuel(
    answers: &Answers,
    budget: &BudgetPlan<Say>,
    channels: &[ChannelPlan<Say>],
) -> FuelPlan<Say> {
    let channel = channels
        .iter()
        .map(|c| c.channel)
        .find(|c| ev::channel_facts(*c).has_ads);
    let mut actions = Vec::with_capacity(3);
    if budget.ads > 0.0 {
        let per_week = cents(budget.ads / ev::WEEKS_PER_MONTH);
        actions.push(T::FuelBoostBest {
            hours: ev::EVALUATE_AFTER_HOURS,
            per_week,
            currency: budget.currency.clone(),
        });
        if !answers.calendar.key_dates.is_empty() || answers.calendar.marketing_days {
            actions.push(T::FuelKeyDates);
        }
        actions.push(T::FuelLocalTargeting {
            local: answers.business.reach == crate::core::model::Reach::Local,
        });
    } else {
        actions.push(T::FuelNone);
    }
    let (low, high) = ev::ORGANIC_REACH_RANGE;
    FuelPlan {
        monthly: budget.ads,
        channel: if budget.ads > 0.0 { channel } else { None },
        actions,
        rationale: T::FuelRationale {
            low: (low * 100.0).round() as u32,
            high: (high * 100.0).round() as u32,
            source: ev::ORGANIC_REACH,
        },
        sources: vec![
            ev::ORGANIC_REACH.id,
            ev::MARKETING_TAKES_TIME.id,
            ev::META_LEARNING_PHASE.id,
        ],
    }
}
