//! Writes a decided plan ([`Plan<Say>`]) in a language: every typed message becomes its
//! text in the catalogue of that locale, every number, date and list is written by
//! `core::l10n::format`. Nothing is decided here: the same typed plan renders in any locale,
//! which is how the interface switches language without planning again.

use super::channels::{ChannelPlan, ExcludedChannel};
use super::content::{MixInfo, PillarShare};
use super::money::{BudgetPlan, FuelPlan};
use super::objectives::{Objective, split_kpis};
use super::people::{Phase, Review, Role, RoutineTask};
use super::text::Say;
use super::{Plan, Situation, WorkItem, Workload};
use crate::core::engine::warnings::Warning;
use crate::core::model::Locale;

/// The plan in `locale`: the `rotta.plan/1` document. The calendar is copied as it is (it is
/// built in one language by [`super::calendar_for`]; empty in a plan fresh from the engine).
pub fn render(plan: &Plan<Say>, locale: Locale) -> Plan<String> {
    let s = |m: &Say| m.text(locale);
    Plan {
        schema: plan.schema,
        locale,
        today: plan.today,
        title: s(&plan.title),
        situation: situation(&plan.situation, locale),
        objectives: plan
            .objectives
            .iter()
            .map(|o| objective(o, locale))
            .collect(),
        channels: plan.channels.iter().map(|c| channel(c, locale)).collect(),
        excluded_channels: plan
            .excluded_channels
            .iter()
            .map(|e| excluded(e, locale))
            .collect(),
        mix: MixInfo {
            preset: plan.mix.preset,
            name: s(&plan.mix.name),
            description: s(&plan.mix.description),
            promo_share: plan.mix.promo_share,
            sources: plan.mix.sources.clone(),
        },
        content_mix: plan
            .content_mix
            .iter()
            .map(|p| PillarShare {
                pillar: p.pillar,
                name: s(&p.name),
                share: p.share,
                promotional: p.promotional,
                description: s(&p.description),
            })
            .collect(),
        fuel: fuel(&plan.fuel, locale),
        roles: plan
            .roles
            .iter()
            .map(|r| Role {
                id: r.id,
                name: s(&r.name),
                holder: s(&r.holder),
                duties: s(&r.duties),
            })
            .collect(),
        approval_lead_days: plan.approval_lead_days,
        routine: plan
            .routine
            .iter()
            .map(|r| RoutineTask {
                id: r.id,
                name: s(&r.name),
                minutes_per_week: r.minutes_per_week,
                what: s(&r.what),
            })
            .collect(),
        coherence_checklist: plan.coherence_checklist.iter().map(s).collect(),
        reviews: plan
            .reviews
            .iter()
            .map(|r| Review {
                cadence: r.cadence,
                name: s(&r.name),
                minutes: r.minutes,
                what: s(&r.what),
            })
            .collect(),
        phases: plan
            .phases
            .iter()
            .map(|p| Phase {
                id: p.id,
                name: s(&p.name),
                from_month: p.from_month,
                to_month: p.to_month,
                expect: s(&p.expect),
                within_horizon: p.within_horizon,
                sources: p.sources.clone(),
            })
            .collect(),
        workload: workload(&plan.workload, locale),
        budget: budget(&plan.budget, locale),
        warnings: plan
            .warnings
            .iter()
            .map(|w| Warning {
                code: w.code,
                severity: w.severity,
                field: w.field,
                message: s(&w.message),
            })
            .collect(),
        calendar: plan.calendar.clone(),
        key_dates: plan.key_dates.clone(),
        sources: plan.sources.iter().map(|x| x.in_locale(locale)).collect(),
    }
}

fn situation(x: &Situation<Say>, l: Locale) -> Situation {
    Situation {
        business_name: x.business_name.text(l),
        sector: x.sector.text(l),
        offer: x.offer.text(l),
        reach: x.reach.text(l),
        country: x.country.clone(),
        has_venue: x.has_venue,
        value_proposition: x.value_proposition.clone(),
        current_channels: x.current_channels.clone(),
        competitors: x.competitors.clone(),
        summary: x.summary.text(l),
    }
}

fn objective(o: &Objective<Say>, l: Locale) -> Objective {
    Objective {
        level: o.level,
        goal: o.goal,
        channel: o.channel,
        metric: o.metric.text(l),
        baseline: o.baseline,
        target: o.target,
        target_note: o.target_note.text(l),
        deadline: o.deadline,
        owner: o.owner.text(l),
        conversion: o.conversion.text(l),
        // The KPIs of a goal are one catalogue line ("a · b · c"): one string each.
        kpis: o.kpis.iter().flat_map(|k| split_kpis(&k.text(l))).collect(),
        sources: o.sources.clone(),
    }
}

fn channel(c: &ChannelPlan<Say>, l: Locale) -> ChannelPlan {
    ChannelPlan {
        channel: c.channel,
        name: c.name.clone(),
        role: c.role.text(l),
        kind: c.kind,
        reuses: c.reuses,
        goal: c.goal,
        score: c.score,
        score_parts: c.score_parts,
        posts_per_week: c.posts_per_week,
        formats: c.formats.clone(),
        slots: c.slots.clone(),
        minutes_per_week: c.minutes_per_week,
        minutes_range: c.minutes_range,
        audience_percent: c.audience_percent,
        audience_basis: c.audience_basis,
        audience_as_of: c.audience_as_of,
        rationale: c.rationale.text(l),
        sources: c.sources.clone(),
    }
}

fn excluded(e: &ExcludedChannel<Say>, l: Locale) -> ExcludedChannel {
    ExcludedChannel {
        channel: e.channel,
        kind: e.kind,
        reason: e.reason.text(l),
        bring_in: e.bring_in.as_ref().map(|b| b.text(l)),
        score: e.score,
    }
}

fn fuel(f: &FuelPlan<Say>, l: Locale) -> FuelPlan {
    FuelPlan {
        monthly: f.monthly,
        channel: f.channel,
        actions: f.actions.iter().map(|a| a.text(l)).collect(),
        rationale: f.rationale.text(l),
        sources: f.sources.clone(),
    }
}

fn workload(w: &Workload<Say>, l: Locale) -> Workload {
    Workload {
        minutes_needed: w.minutes_needed,
        minutes_available: w.minutes_available,
        minutes_needed_low: w.minutes_needed_low,
        minutes_needed_high: w.minutes_needed_high,
        hours_needed_minimum: w.hours_needed_minimum,
        spare_minutes: w.spare_minutes,
        spare_note: w.spare_note.as_ref().map(|n| n.text(l)),
        items: w
            .items
            .iter()
            .map(|i| WorkItem {
                task: i.task,
                channel: i.channel,
                label: i.label.text(l),
                minutes: i.minutes,
                minutes_low: i.minutes_low,
                minutes_high: i.minutes_high,
            })
            .collect(),
        note: w.note.text(l),
    }
}

fn budget(b: &BudgetPlan<Say>, l: Locale) -> BudgetPlan {
    BudgetPlan {
        currency: b.currency.clone(),
        monthly: b.monthly,
        ads: b.ads,
        content: b.content,
        management: b.management,
        tools: b.tools,
        user_split: b.user_split,
        split_mismatch: b.split_mismatch,
        labour_hours_per_month: b.labour_hours_per_month,
        labour_cost: b.labour_cost,
        total_cost: b.total_cost,
        rationale: b.rationale.text(l),
        sources: b.sources.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::engine::{build_plan, plan};
    use crate::core::model::Answers;

    fn persona(name: &str) -> Answers {
        let json = match name {
            "bakery" => include_str!("../../../tests/fixtures/personas/bakery.json"),
            "six_channels" => include_str!("../../../tests/fixtures/personas/six_channels.json"),
            "b2b_software" => include_str!("../../../tests/fixtures/personas/b2b_software.json"),
            "gym" => include_str!("../../../tests/fixtures/personas/gym.json"),
            _ => include_str!("../../../tests/fixtures/personas/nonprofit.json"),
        };
        Answers::from_json(json).unwrap()
    }

    const LOCALES: [Locale; 5] = [Locale::It, Locale::En, Locale::Es, Locale::Fr, Locale::De];

    #[test]
    fn the_decisions_do_not_depend_on_the_language() {
        // Switching language re-renders: the plan decided from Italian answers, rendered in
        // any language, is the plan of the same answers in that language.
        for name in ["bakery", "six_channels", "b2b_software", "gym", "nonprofit"] {
            let answers = persona(name);
            let today = answers.calendar.start;
            let decided = plan(&answers, today);
            for locale in LOCALES {
                let mut other = answers.clone();
                other.locale = locale;
                let mut planned = plan(&other, today);
                planned.locale = decided.locale;
                assert_eq!(
                    planned, decided,
                    "{name}: the decisions change with {locale:?}"
                );
                let mut direct = build_plan(&other, today);
                direct.calendar.clear();
                direct.key_dates.clear();
                assert_eq!(render(&decided, locale), direct, "{name} in {locale:?}");
            }
        }
    }

    #[test]
    fn every_language_renders_every_text_without_placeholders() {
        let answers = persona("bakery");
        let decided = plan(&answers, answers.calendar.start);
        let it = render(&decided, Locale::It).to_json();
        for locale in LOCALES {
            let json = render(&decided, locale).to_json();
            assert!(
                !json.contains("{n}") && !json.contains("{name}"),
                "{locale:?}"
            );
            if locale != Locale::It {
                assert_ne!(json, it, "{locale:?} reads as Italian");
                // Italian words of the plan's own texts do not leak into another language.
                for italian in ["settimana", "Titolare", "Conversione:", "Ascolto"] {
                    assert!(!json.contains(italian), "{italian} in {locale:?}");
                }
            }
        }
    }

    #[test]
    fn estimates_and_notes_are_written_in_the_plan_language() {
        use crate::core::engine::evidence::SOURCES;
        use crate::core::l10n::{Msg, t};
        let answers = persona("bakery");
        let decided = plan(&answers, answers.calendar.start);
        let english = render(&decided, Locale::En);
        for (locale, rotta) in [
            (
                Locale::It,
                "Stima di Rotta ricavata dai dati pubblicati su tempi, utilizzo e pratica",
            ),
            (
                Locale::De,
                "Schätzung von Rotta auf Basis veröffentlichter Zahlen zu Zeitaufwand, Nutzung und Praxis",
            ),
        ] {
            let rendered = render(&decided, locale);
            assert_eq!(rendered.sources.len(), english.sources.len());
            let estimates: Vec<_> = rendered.sources.iter().filter(|s| s.estimate).collect();
            assert!(estimates.len() > 1, "{locale:?}: the plan cites estimates");
            for s in estimates {
                let Some(title) = SOURCES
                    .iter()
                    .find(|x| x.id == s.id)
                    .and_then(|x| x.title_key)
                else {
                    panic!("{}: an estimate without a title key", s.id);
                };
                assert_eq!(s.title, t(locale, title), "{locale:?}: {}", s.id);
                assert_ne!(
                    s.title,
                    t(Locale::En, title),
                    "{locale:?}: {} in English",
                    s.id
                );
            }
            let own = rendered.sources.iter().find(|s| s.id == "rotta_estimate");
            assert_eq!(own.map(|s| s.title), Some(rotta), "{locale:?}");
            assert_eq!(t(locale, Msg::EstRottaTitle), rotta);
            // Every source's note, a publication's as well as an estimate's, is that
            // language's catalogue text.
            for (a, b) in rendered.sources.iter().zip(&english.sources) {
                let Some(table) = SOURCES.iter().find(|x| x.id == a.id) else {
                    panic!("{}: not in the table", a.id);
                };
                assert_eq!(a.note, t(locale, table.note_key), "{locale:?}: {}", a.id);
                assert_eq!(b.note, t(Locale::En, table.note_key), "{}", b.id);
                assert_ne!(a.note, b.note, "{locale:?}: {} in English", a.id);
                // A publication keeps its title, publisher, year and address as published.
                if !a.estimate {
                    assert_eq!(
                        (a.id, a.title, a.publisher, a.year, a.url),
                        (b.id, b.title, b.publisher, b.year, b.url),
                        "{locale:?}"
                    );
                }
            }
            // The Markdown export lists the estimate with its reasoning in that language.
            let md = crate::core::export::markdown::plan_markdown(&rendered);
            assert!(md.contains(rotta), "{locale:?}");
            assert!(md.contains(t(locale, Msg::EstRottaNote)), "{locale:?}");
            // A bibliographic reference (no address) gives its citation in that language.
            assert!(
                rendered.sources.iter().any(|s| s.id == "doran_1981")
                    && md.contains(t(locale, Msg::SrcSmartGoalsNote)),
                "{locale:?}"
            );
        }
    }
}
