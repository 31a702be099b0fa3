//! The plan as a readable Markdown strategy document, in the plan's language.
//!
//! Sections follow the plan: warnings first (what to fix), then Situation → Objectives →
//! Strategy → Tactics → Action → Control, the workload, the budget, the calendar week by
//! week and the sources. Texts come already localised from the plan; headings and labels
//! come from the engine's message table.

use std::fmt::Write;

use chrono::Datelike;

use crate::core::engine::channels::{RoleKind, ScoreParts};
use crate::core::engine::objectives::Level;
use crate::core::engine::text::{self, Md, T};
use crate::core::engine::{Plan, Slot};
use crate::core::i18n::minutes_range;
use crate::core::l10n::{Msg, fill, format};
use crate::core::model::Locale;

/// Renders the whole plan.
pub fn plan_markdown(plan: &Plan) -> String {
    plan_markdown_with(plan, None)
}

/// Renders the whole plan, with the monthly check-ins' section (before the sources) when
/// there are check-ins.
pub fn plan_markdown_with(plan: &Plan, checkins: Option<&crate::core::checkin::Section>) -> String {
    let mut out = String::with_capacity(8 * 1024 + plan.calendar.len() * 96);
    let l = plan.locale;
    let h = |m: Md| T::Md(m).text(l);
    // Writing to a String cannot fail: the results of writeln! are ignored below.
    let _ = writeln!(out, "# {}\n", one_line(&plan.title));
    let _ = writeln!(
        out,
        "_{} {}_\n",
        h(Md::Generated),
        format::date(l, plan.today)
    );

    let _ = writeln!(out, "## {}\n", h(Md::Warnings));
    if plan.warnings.is_empty() {
        let _ = writeln!(out, "{}\n", h(Md::NoWarnings));
    } else {
        for w in &plan.warnings {
            let mark = match w.severity {
                crate::core::engine::WarningSeverity::Critical => "❗",
                crate::core::engine::WarningSeverity::Warning => "⚠️",
                crate::core::engine::WarningSeverity::Info => "ℹ️",
            };
            let _ = writeln!(out, "- {mark} {} (`{}`)", one_line(&w.message), w.code);
        }
        out.push('\n');
    }

    situation(&mut out, plan);
    objectives(&mut out, plan);
    strategy(&mut out, plan);
    tactics(&mut out, plan);
    action(&mut out, plan);
    control(&mut out, plan);
    workload(&mut out, plan);
    budget(&mut out, plan);
    calendar(&mut out, plan);
    if let Some(section) = checkins {
        checkin_section(&mut out, section, l);
    }

    let _ = writeln!(out, "## {}\n", h(Md::Sources));
    for s in &plan.sources {
        let year = s.year.map(|y| format!(", {y}")).unwrap_or_default();
        if s.estimate {
            // The reasoning behind the estimate, in the plan's language.
            let _ = writeln!(out, "- {} ({}). {}", s.title, h(Md::Estimate), s.note);
        } else if s.url.is_empty() {
            // A bibliographic reference: the note is the citation.
            let _ = writeln!(out, "- {}, {}{year}. {}", s.title, s.publisher, s.note);
        } else {
            let _ = writeln!(out, "- {}, {}{year}. {}", s.title, s.publisher, s.url);
        }
    }
    out
}

/// The check-ins: a table by month, the verdict, each target's line, the one suggestion.
fn checkin_section(out: &mut String, s: &crate::core::checkin::Section, l: Locale) {
    let _ = writeln!(out, "## {}\n", one_line(&s.title));
    header(out, &s.headers);
    for r in &s.rows {
        row(out, r);
    }
    out.push('\n');
    let _ = writeln!(
        out,
        "**{}** {}\n",
        label(&s.verdict_label, l),
        one_line(&s.verdict)
    );
    for line in &s.lines {
        let _ = writeln!(out, "- {}", one_line(line));
    }
    out.push('\n');
    let _ = writeln!(
        out,
        "**{}** {}\n",
        label(&s.suggestion_title, l),
        one_line(&s.suggestion)
    );
    let _ = writeln!(out, "_{}_\n", one_line(&s.rules));
}

/// A table cell or a line of user text: no line breaks, no bare pipes.
fn one_line(s: &str) -> String {
    s.replace(['\r', '\n'], " ").replace('|', "\\|")
}

fn row(out: &mut String, cells: &[String]) {
    out.push('|');
    for c in cells {
        out.push(' ');
        out.push_str(&one_line(c));
        out.push_str(" |");
    }
    out.push('\n');
}

fn header(out: &mut String, cells: &[String]) {
    row(out, cells);
    out.push('|');
    for _ in cells {
        out.push_str(" --- |");
    }
    out.push('\n');
}

fn number(v: f64, l: Locale) -> String {
    format::number(l, v)
}

fn money(v: f64, currency: &str, l: Locale) -> String {
    format::money(l, v, currency)
}

/// A label before its value: "Label:", "Libellé :".
fn label(text: &str, l: Locale) -> String {
    fill(l, Msg::MdLabel, &[("label", text)])
}

/// A share in percent as the locale writes it: "20%", "20 %".
fn percent(share: f64, l: Locale) -> String {
    fill(
        l,
        Msg::MdPercent,
        &[("n", &number((share * 100.0).round(), l))],
    )
}

fn slots(slots: &[Slot], l: Locale) -> String {
    slots
        .iter()
        .map(|s| {
            format!(
                "{} {}",
                crate::core::i18n::weekday_short(l, s.weekday),
                format::time(l, s.time)
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn situation(out: &mut String, plan: &Plan) {
    let l = plan.locale;
    let h = |m: Md| T::Md(m).text(l);
    let s = &plan.situation;
    let _ = writeln!(out, "## 1. {}\n", h(Md::Situation));
    let _ = writeln!(out, "{}\n", one_line(&s.summary));
    if !s.value_proposition.is_empty() {
        let _ = writeln!(
            out,
            "**{}** {}\n",
            label(&h(Md::ValueProposition), l),
            one_line(&s.value_proposition)
        );
    }
    let _ = writeln!(out, "### {}\n", h(Md::CurrentChannels));
    if s.current_channels.is_empty() {
        let _ = writeln!(out, "{}\n", h(Md::NoCurrentChannels));
    } else {
        header(out, &[h(Md::Channel), h(Md::Followers)]);
        for c in &s.current_channels {
            let mut name = text::channel_name(c.channel).to_string();
            if !c.active {
                name.push_str(" (–)");
            }
            row(out, &[name, number(c.followers as f64, l)]);
        }
        out.push('\n');
    }
    if !s.competitors.is_empty() {
        let _ = writeln!(
            out,
            "**{}** {}\n",
            label(&h(Md::Competitors), l),
            one_line(&s.competitors.join(", "))
        );
    }
}

fn objectives(out: &mut String, plan: &Plan) {
    let l = plan.locale;
    let h = |m: Md| T::Md(m).text(l);
    let _ = writeln!(out, "## 2. {}\n", h(Md::Objectives));
    for (level, title) in [(Level::Macro, Md::Macro), (Level::Micro, Md::Micro)] {
        let list: Vec<_> = plan
            .objectives
            .iter()
            .filter(|o| o.level == level)
            .collect();
        if list.is_empty() {
            continue;
        }
        let _ = writeln!(out, "### {}\n", h(title));
        let first = if level == Level::Macro { "" } else { "channel" };
        let mut cols = vec![if first.is_empty() {
            "".to_string()
        } else {
            h(Md::Channel)
        }];
        if first.is_empty() {
            cols[0] = h(Md::Goal);
        }
        cols.extend([
            h(Md::Metric),
            h(Md::Baseline),
            h(Md::Target),
            h(Md::Deadline),
            h(Md::Owner),
            h(Md::Kpis),
        ]);
        header(out, &cols);
        for o in list {
            let who = match o.channel {
                Some(c) => text::channel_name(c).to_string(),
                None => text::goal_name(o.goal, l).to_string(),
            };
            let baseline = o
                .baseline
                .map_or_else(|| h(Md::ToBeMeasured), |b| number(b, l));
            let target = o
                .target
                .map_or_else(|| o.target_note.clone(), |t| number(t, l));
            row(
                out,
                &[
                    who,
                    o.metric.clone(),
                    baseline,
                    target,
                    format::date(l, o.deadline),
                    o.owner.clone(),
                    o.kpis.join(", "),
                ],
            );
        }
        out.push('\n');
    }
    if let Some(o) = plan.objectives.first() {
        let _ = writeln!(out, "{}\n", one_line(&o.conversion));
    }
}

fn strategy(out: &mut String, plan: &Plan) {
    let l = plan.locale;
    let h = |m: Md| T::Md(m).text(l);
    let _ = writeln!(out, "## 3. {}\n", h(Md::Strategy));
    for c in &plan.channels {
        let _ = writeln!(out, "### {} {}\n", label(&c.name, l), one_line(&c.role));
        match c.kind {
            RoleKind::Discovery => {}
            RoleKind::Kept => {
                let _ = writeln!(out, "_{}_\n", h(Md::KindKept));
            }
            RoleKind::Local => {
                let _ = writeln!(out, "_{}_\n", h(Md::KindLocal));
            }
            RoleKind::Retention => {
                let _ = writeln!(out, "_{}_\n", h(Md::KindRetention));
            }
        }
        let _ = writeln!(out, "{}\n", one_line(&c.rationale));
        let _ = writeln!(out, "{}\n", score_line(c.score, &c.score_parts, l));
    }
    if !plan.excluded_channels.is_empty() {
        let _ = writeln!(out, "### {}\n", h(Md::Excluded));
        header(out, &[h(Md::Channel), h(Md::Reason), h(Md::BringIn)]);
        for e in &plan.excluded_channels {
            row(
                out,
                &[
                    text::channel_name(e.channel).to_string(),
                    e.reason.clone(),
                    e.bring_in.clone().unwrap_or_default(),
                ],
            );
        }
        out.push('\n');
    }
}

/// "**Score:** audience 24 · goals 25 · offer 15 · reach 12 · formats 10 · existing audience
/// 5 = 91/100": the parts in the order of `ScoreParts`, then the total.
fn score_line(score: u32, parts: &ScoreParts, l: Locale) -> String {
    let h = |m: Md| T::Md(m).text(l);
    let list = [
        (Md::ScoreAudience, parts.audience),
        (Md::ScoreGoal, parts.goal),
        (Md::ScoreOffer, parts.offer),
        (Md::ScoreReach, parts.reach),
        (Md::ScoreFormats, parts.formats),
        (Md::ScoreExisting, parts.existing),
    ]
    .iter()
    .map(|(label, points)| format!("{} {points}", h(*label)))
    .collect::<Vec<_>>()
    .join(" · ");
    format!("**{}** {list} = {score}/100", label(&h(Md::Score), l))
}

fn tactics(out: &mut String, plan: &Plan) {
    let l = plan.locale;
    let h = |m: Md| T::Md(m).text(l);
    let _ = writeln!(out, "## 4. {}\n", h(Md::Tactics));
    if !plan.channels.is_empty() {
        header(
            out,
            &[
                h(Md::Channel),
                h(Md::PostsPerWeek),
                h(Md::Formats),
                h(Md::Slots),
            ],
        );
        for c in &plan.channels {
            row(
                out,
                &[
                    c.name.clone(),
                    c.posts_per_week.to_string(),
                    text::format_list(&c.formats, l),
                    slots(&c.slots, l),
                ],
            );
        }
        out.push('\n');
    }
    let _ = writeln!(out, "### {} {}\n", label(&h(Md::Mix), l), plan.mix.name);
    let _ = writeln!(out, "{}\n", one_line(&plan.mix.description));
    header(out, &[h(Md::Pillar), h(Md::Share), String::new()]);
    for p in &plan.content_mix {
        let share = percent(p.share, l);
        row(out, &[p.name.clone(), share, p.description.clone()]);
    }
    out.push('\n');
    let _ = writeln!(out, "### {}\n", h(Md::Fuel));
    let _ = writeln!(out, "{}\n", one_line(&plan.fuel.rationale));
    for a in &plan.fuel.actions {
        let _ = writeln!(out, "- {}", one_line(a));
    }
    out.push('\n');
}

fn action(out: &mut String, plan: &Plan) {
    let l = plan.locale;
    let h = |m: Md| T::Md(m).text(l);
    let _ = writeln!(out, "## 5. {}\n", h(Md::Action));
    let _ = writeln!(out, "### {}\n", h(Md::Roles));
    header(out, &[h(Md::Role), h(Md::Holder), h(Md::Duties)]);
    for r in &plan.roles {
        row(out, &[r.name.clone(), r.holder.clone(), r.duties.clone()]);
    }
    out.push('\n');
    if let Some(days) = plan.approval_lead_days {
        let _ = writeln!(out, "**{}** {days}\n", label(&h(Md::ApprovalLead), l));
    }
    let _ = writeln!(out, "### {}\n", h(Md::Routine));
    header(out, &[h(Md::Task), h(Md::Minutes), String::new()]);
    for t in &plan.routine {
        row(
            out,
            &[
                t.name.clone(),
                t.minutes_per_week.to_string(),
                t.what.clone(),
            ],
        );
    }
    out.push('\n');
    if !plan.coherence_checklist.is_empty() {
        let _ = writeln!(out, "### {}\n", h(Md::Coherence));
        for item in &plan.coherence_checklist {
            let _ = writeln!(out, "- [ ] {}", one_line(item));
        }
        out.push('\n');
    }
}

fn control(out: &mut String, plan: &Plan) {
    let l = plan.locale;
    let h = |m: Md| T::Md(m).text(l);
    let _ = writeln!(out, "## 6. {}\n", h(Md::Control));
    let _ = writeln!(out, "### {}\n", h(Md::Reviews));
    header(out, &[String::new(), h(Md::Minutes), String::new()]);
    for r in &plan.reviews {
        row(
            out,
            &[r.name.clone(), r.minutes.to_string(), r.what.clone()],
        );
    }
    out.push('\n');
    let _ = writeln!(out, "### {}\n", h(Md::Phases));
    header(out, &[String::new(), h(Md::Months), h(Md::Expect)]);
    for p in &plan.phases {
        let months = if p.from_month == p.to_month {
            p.from_month.to_string()
        } else {
            format!("{}–{}", p.from_month, p.to_month)
        };
        row(out, &[p.name.clone(), months, p.expect.clone()]);
    }
    out.push('\n');
}

fn workload(out: &mut String, plan: &Plan) {
    let l = plan.locale;
    let h = |m: Md| T::Md(m).text(l);
    let w = &plan.workload;
    let _ = writeln!(out, "## {}\n", h(Md::Workload));
    // Minutes are the middle of each range; the range column is empty for a fixed figure.
    header(out, &[h(Md::Task), h(Md::Minutes), h(Md::Range)]);
    for i in &w.items {
        row(
            out,
            &[
                i.label.clone(),
                i.minutes.to_string(),
                minutes_range(i.minutes_low, i.minutes_high).unwrap_or_default(),
            ],
        );
    }
    row(
        out,
        &[
            format!("**{}**", h(Md::Needed)),
            format!("**{}**", w.minutes_needed),
            minutes_range(w.minutes_needed_low, w.minutes_needed_high)
                .map(|r| format!("**{r}**"))
                .unwrap_or_default(),
        ],
    );
    row(
        out,
        &[
            format!("**{}**", h(Md::Available)),
            format!("**{}**", w.minutes_available),
            String::new(),
        ],
    );
    out.push('\n');
    if let Some(note) = &w.spare_note {
        let _ = writeln!(out, "{}\n", one_line(note));
    }
    let _ = writeln!(out, "_{}_\n", one_line(&w.note));
}

fn budget(out: &mut String, plan: &Plan) {
    let l = plan.locale;
    let h = |m: Md| T::Md(m).text(l);
    let b = &plan.budget;
    let _ = writeln!(out, "## {}\n", h(Md::Budget));
    header(out, &[String::new(), b.currency.clone()]);
    for (label, v) in [
        (Md::Ads, b.ads),
        (Md::Content, b.content),
        (Md::Management, b.management),
        (Md::Tools, b.tools),
        (Md::Monthly, b.monthly),
    ] {
        row(out, &[h(label), money(v, &b.currency, l)]);
    }
    if let Some(cost) = b.labour_cost {
        row(out, &[h(Md::LabourCost), money(cost, &b.currency, l)]);
    }
    row(
        out,
        &[h(Md::TotalCost), money(b.total_cost, &b.currency, l)],
    );
    out.push('\n');
    let _ = writeln!(out, "{}\n", one_line(&b.rationale));
}

fn calendar(out: &mut String, plan: &Plan) {
    let l = plan.locale;
    let h = |m: Md| T::Md(m).text(l);
    if plan.calendar.is_empty() {
        return;
    }
    let _ = writeln!(out, "## {}\n", h(Md::Calendar));
    let _ = writeln!(out, "_{}_\n", h(Md::LocalTimes));
    let start = plan.calendar.first().map(|e| e.date);
    let mut current_week = None;
    for e in &plan.calendar {
        let week = start.map_or(0, |s| (e.date - s).num_days().max(0) / 7 + 1);
        if current_week != Some(week) {
            if current_week.is_some() {
                out.push('\n');
            }
            current_week = Some(week);
            let monday =
                e.date - chrono::Days::new(u64::from(e.date.weekday().num_days_from_monday()));
            let _ = writeln!(
                out,
                "### {} {week} ({})\n",
                h(Md::Week),
                format::date(l, monday)
            );
            header(
                out,
                &[
                    h(Md::Date),
                    h(Md::Time),
                    h(Md::Channel),
                    h(Md::Formats),
                    h(Md::Pillar),
                    h(Md::Title),
                    h(Md::Brief),
                    h(Md::KeyDate),
                    h(Md::PrepareBy),
                ],
            );
        }
        row(
            out,
            &[
                format::date_short(l, e.date),
                format::time(l, e.time),
                e.channel
                    .map(|c| text::channel_name(c).to_string())
                    .unwrap_or_default(),
                e.format
                    .map(|f| text::format_name(f, l).to_string())
                    .unwrap_or_default(),
                e.pillar_name.clone().unwrap_or_default(),
                e.title.clone(),
                e.brief.clone().unwrap_or_default(),
                e.key_date.clone().unwrap_or_default(),
                e.prepare_by.map(|d| format::date(l, d)).unwrap_or_default(),
            ],
        );
    }
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::engine::build_plan;
    use crate::core::model::Answers;

    use crate::core::engine::design_example as example;

    #[test]
    fn the_document_has_every_section_in_the_plans_language() {
        let it = plan_markdown(&example(Locale::It));
        for heading in [
            "# Strategia social: Forno Rossi",
            "## 1. Situazione",
            "## 2. Obiettivi",
            "## 3. Strategia",
            "## 4. Tattiche",
            "## 5. Azione",
            "## 6. Controllo",
            "## Carico di lavoro",
            "## Budget",
            "## Fonti",
        ] {
            assert!(it.contains(heading), "missing {heading}");
        }
        assert!(
            it.contains("Pane a lievito madre"),
            "quotes the value proposition"
        );
        let en = plan_markdown(&example(Locale::En));
        for heading in [
            "# Social media strategy: Forno Rossi",
            "## 1. Situation",
            "## 6. Control",
            "## Workload",
            "## Sources",
        ] {
            assert!(en.contains(heading), "missing {heading}");
        }
        assert!(!en.contains("Situazione"));
        assert!(en.contains("| Channel | Followers |"));
        assert!(it.contains("| Canale | Follower |"));
        // The plan's own words in Spanish, French and German (the interface's headings
        // follow when that section of the catalogue is translated).
        for (locale, title, label) in [
            (
                Locale::Es,
                "# Estrategia de redes sociales: Forno Rossi",
                "**Propuesta de valor:**",
            ),
            (
                Locale::Fr,
                "# Stratégie réseaux sociaux\u{a0}: Forno Rossi",
                "**Proposition de valeur\u{a0}:**",
            ),
            (
                Locale::De,
                "# Social-Media-Strategie: Forno Rossi",
                "**Nutzenversprechen:**",
            ),
        ] {
            let md = plan_markdown(&example(locale));
            assert!(md.contains(title), "{locale:?}: {title}");
            assert!(md.contains(label), "{locale:?}: {label}");
            assert!(
                !md.contains("Situazione") && !md.contains("Pilastro"),
                "{locale:?}"
            );
        }
        // One word for a pillar: the interface's "Tema", not "Pilastro".
        assert!(it.contains("| Tema | Quota |"));
    }

    /// The section of `md` from the line starting with `start` to the next heading.
    fn section<'a>(md: &'a str, start: &str) -> &'a str {
        let from = md
            .find(start)
            .unwrap_or_else(|| panic!("no {start:?} in {md}"));
        let rest = &md[from + start.len()..];
        let to = rest.find("\n#").unwrap_or(rest.len());
        &rest[..to]
    }

    #[test]
    fn each_channel_shows_its_score_broken_down_and_each_one_left_out_what_would_bring_it_in() {
        for (locale, labels) in [
            (
                Locale::It,
                [
                    "Punteggio",
                    "pubblico",
                    "obiettivi",
                    "offerta",
                    "raggio d'azione",
                    "formati",
                    "pubblico già acquisito",
                ],
            ),
            (
                Locale::En,
                [
                    "Score",
                    "audience",
                    "goals",
                    "offer",
                    "reach",
                    "formats",
                    "existing audience",
                ],
            ),
        ] {
            let plan = example(locale);
            let md = plan_markdown(&plan);
            assert!(!plan.channels.is_empty());
            for c in &plan.channels {
                let p = c.score_parts;
                assert_eq!(p.total(), c.score, "{:?}: the parts add up", c.channel);
                let expected = format!(
                    "**{}:** {} {} · {} {} · {} {} · {} {} · {} {} · {} {} = {}/100",
                    labels[0],
                    labels[1],
                    p.audience,
                    labels[2],
                    p.goal,
                    labels[3],
                    p.offer,
                    labels[4],
                    p.reach,
                    labels[5],
                    p.formats,
                    labels[6],
                    p.existing,
                    c.score
                );
                let own = section(&md, &format!("### {}: ", c.name));
                assert!(own.contains(&expected), "{expected} in {own}");
            }
            // Each channel left out: its reason, then what would bring it in, in one row of
            // a three-column table.
            let excluded = section(&md, &format!("### {}\n", h_of(Md::Excluded, locale)));
            assert!(excluded.contains(&format!(
                "| {} | {} | {} |",
                h_of(Md::Channel, locale),
                h_of(Md::Reason, locale),
                h_of(Md::BringIn, locale)
            )));
            assert!(plan.excluded_channels.iter().any(|e| e.bring_in.is_some()));
            for e in &plan.excluded_channels {
                let row = format!(
                    "| {} | {} | {} |",
                    text::channel_name(e.channel),
                    one_line(&e.reason),
                    one_line(e.bring_in.as_deref().unwrap_or_default())
                );
                assert!(excluded.contains(&row), "{row} in {excluded}");
            }
        }
    }

    fn h_of(m: Md, l: Locale) -> String {
        T::Md(m).text(l)
    }

    #[test]
    fn the_workload_table_shows_each_range_and_the_spare_note() {
        let mut plan = example(Locale::En);
        let w = &plan.workload;
        let wide = w
            .items
            .iter()
            .find(|i| i.minutes_low != i.minutes_high)
            .expect("an item with a range");
        let fixed = w
            .items
            .iter()
            .find(|i| i.minutes_low == i.minutes_high)
            .expect("an item with a fixed figure");
        let md = plan_markdown(&plan);
        assert!(md.contains("| Task | Minutes | Range (min) |"), "{md}");
        assert!(md.contains(&format!(
            "| {} | {} | {}–{} |",
            wide.label, wide.minutes, wide.minutes_low, wide.minutes_high
        )));
        assert!(md.contains(&format!("| {} | {} |  |", fixed.label, fixed.minutes)));
        assert!(md.contains(&format!(
            "| **Minutes needed a week** | **{}** | **{}–{}** |",
            w.minutes_needed, w.minutes_needed_low, w.minutes_needed_high
        )));
        plan.workload.spare_note = Some("About 2 hours a week are left over.".into());
        let md = plan_markdown(&plan);
        assert!(
            md.contains("\nAbout 2 hours a week are left over.\n"),
            "{md}"
        );
    }

    #[test]
    fn every_table_has_the_same_number_of_columns_on_every_row() {
        // The cells of a row: the unescaped pipes, less one.
        fn columns(line: &str) -> usize {
            let mut n = 0;
            let mut escaped = false;
            for c in line.chars() {
                match c {
                    '\\' if !escaped => escaped = true,
                    '|' if !escaped => n += 1,
                    _ => escaped = false,
                }
                if c != '\\' {
                    escaped = false;
                }
            }
            n - 1
        }
        for locale in [Locale::It, Locale::En, Locale::Es, Locale::Fr, Locale::De] {
            let mut plan = example(locale);
            plan.workload.spare_note = Some("x".into());
            let md = plan_markdown(&plan);
            let mut width = None;
            let mut tables = 0;
            for line in md.lines() {
                if line.starts_with('|') {
                    assert!(line.ends_with(" |"), "{line}");
                    let n = columns(line);
                    match width {
                        None => {
                            width = Some(n);
                            tables += 1;
                        }
                        Some(w) => assert_eq!(w, n, "{line}"),
                    }
                } else {
                    width = None;
                }
            }
            assert!(tables >= 8, "{tables} tables");
        }
    }

    #[test]
    fn user_text_cannot_break_a_table() {
        let mut a = Answers::from_json(include_str!(
            "../../../tests/fixtures/answers_design_example.json"
        ))
        .unwrap();
        a.business.competitors = vec!["A | B\nC".into()];
        let md = plan_markdown(&build_plan(&a, a.calendar.start));
        assert!(md.contains("A \\| B C"));
    }
}
