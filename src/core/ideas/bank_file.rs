//! The idea bank's file format, read by `build.rs` (which refuses an incomplete or
//! inconsistent bank) and by the app (which reads the file fetched at run time). One parser
//! for both, so the build checks exactly what the app will read: this module uses `std` only,
//! and `build.rs` includes it with `#[path]`.
//!
//! The sources are `ideas/<lang>/<section>.txt` (a section per sector, and `common`); a
//! language's bank is their concatenation in file-name order, each preceded by `[<section>]`
//! ([`canonical`]). Lines are `id = text` (ideas: `title | hook | show | cta`); `#` starts a
//! comment line. docs/ideas.md describes the format for writers.

use std::collections::{BTreeMap, BTreeSet};

/// Sectors, by their wire name in the answers (`core::model::Sector`; a test keeps them equal).
pub const SECTORS: [&str; 14] = [
    "food_drink",
    "retail",
    "hospitality_tourism",
    "health_wellness",
    "beauty",
    "professional_services",
    "b2b_industry",
    "tech_software",
    "education",
    "culture_events",
    "nonprofit",
    "real_estate",
    "crafts_creative",
    "other",
];

/// Pillars, by their id (`core::pillar::Pillar::id`).
pub const PILLARS: [&str; 10] = [
    "education",
    "behind_the_scenes",
    "social_proof",
    "product_offer",
    "community",
    "local_events",
    "curated",
    "inspiration",
    "team_careers",
    "questions_answers",
];

/// The kinds of post a key date themes (`core::ideas::ThemeKind`).
pub const THEME_KINDS: [&str; 11] = [
    "teaser",
    "on_the_day",
    "countdown",
    "event_invitation",
    "event_recap",
    "closure_notice",
    "season_start",
    "holiday_opening_hours",
    "holiday_post",
    "marketing_idea",
    "marketing_offer",
];

/// Formats, by their wire name (`core::model::Format`).
pub const FORMATS: [&str; 8] = [
    "photo",
    "graphics",
    "short_video",
    "long_video",
    "text",
    "article",
    "live",
    "stories",
];

/// Ideas each sector has for each pillar, and the generic ideas each pillar has.
pub const MIN_IDEAS: usize = 8;
/// Variants each kind of key-date post has.
pub const MIN_THEMES: usize = 4;
/// Generic ideas of a pillar that may use `{keyword}` (the others must work without one).
pub const MAX_KEYWORD_IDEAS: usize = 3;

/// Longest title, hook, show and call to action, in characters (English's limits plus a
/// quarter, for the languages that say it longer).
pub const MAX_CHARS: [usize; 4] = [75, 100, 140, 65];

/// The single texts of the common section and the placeholders each must use.
pub const SINGLES: [(&str, &[&str]); 5] = [
    ("brief", &["cta", "hook", "how", "show"]),
    ("weave.value", &["value"]),
    ("weave.keyword", &["keyword"]),
    ("another", &[]),
    ("another.hint", &[]),
];

/// One line of a bank: `id = text`, in the section it belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line<'a> {
    /// A sector's wire name, or `common`.
    pub section: &'a str,
    pub id: &'a str,
    pub text: &'a str,
    /// Line number in the canonical text (1-based).
    pub number: usize,
}

impl Line<'_> {
    /// An idea's four parts: title, hook, show, call to action.
    pub fn parts(&self) -> Vec<&str> {
        self.text.split('|').map(str::trim).collect()
    }
}

/// A language's bank as one text: every source file (`(section, body)`), sorted by section,
/// each preceded by its `[section]` line and ending with a line feed. The app's file and the
/// build's check read exactly this.
pub fn canonical(mut files: Vec<(String, String)>) -> String {
    files.sort();
    let mut out = String::new();
    for (section, body) in files {
        out.push('[');
        out.push_str(&section);
        out.push_str("]\n");
        out.push_str(&body);
        if !body.ends_with('\n') {
            out.push('\n');
        }
    }
    out
}

/// The lines of a canonical bank, or what is wrong with its shape.
pub fn parse(text: &str) -> Result<Vec<Line<'_>>, Vec<String>> {
    let mut lines = Vec::new();
    let mut errors = Vec::new();
    let mut section = None;
    for (i, raw) in text.lines().enumerate() {
        let number = i + 1;
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            if name != "common" && !SECTORS.contains(&name) {
                errors.push(format!("line {number}: unknown section [{name}]"));
            }
            section = Some(name);
            continue;
        }
        let Some(section) = section else {
            errors.push(format!("line {number}: a line before any [section]"));
            continue;
        };
        match line.split_once(" = ") {
            Some((id, text)) if !id.trim().is_empty() && !text.trim().is_empty() => {
                lines.push(Line {
                    section,
                    id: id.trim(),
                    text: text.trim(),
                    number,
                })
            }
            _ => errors.push(format!("[{section}] line {number}: expected `id = text`")),
        }
    }
    if errors.is_empty() {
        Ok(lines)
    } else {
        Err(errors)
    }
}

/// The `{name}` placeholders of a text.
pub fn placeholders(text: &str) -> BTreeSet<&str> {
    let mut found = BTreeSet::new();
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        rest = &rest[start + 1..];
        match rest.find('}') {
            Some(end) => {
                found.insert(&rest[..end]);
                rest = &rest[end + 1..];
            }
            None => break,
        }
    }
    found
}

/// What kind of line an id is, in its section.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind<'a> {
    /// A sector's idea: pillar, number.
    Sector(&'a str, u32),
    /// A generic idea: pillar, number.
    Any(&'a str, u32),
    /// A key date's idea: kind, number.
    Theme(&'a str, u32),
    /// A format's direction.
    Format(&'a str),
    /// One of [`SINGLES`].
    Single(&'a str),
}

/// The kind of `line`, or why it is not one.
pub fn kind<'a>(line: &Line<'a>) -> Result<Kind<'a>, String> {
    let numbered = |rest: &'a str, names: &[&str]| -> Option<(&'a str, u32)> {
        let (name, n) = rest.rsplit_once('.')?;
        let n: u32 = n.parse().ok().filter(|n| *n >= 1)?;
        names.contains(&name).then_some((name, n))
    };
    let id = line.id;
    let found = if line.section != "common" {
        numbered(id, &PILLARS).map(|(p, n)| Kind::Sector(p, n))
    } else if let Some(rest) = id.strip_prefix("any.") {
        numbered(rest, &PILLARS).map(|(p, n)| Kind::Any(p, n))
    } else if let Some(rest) = id.strip_prefix("theme.") {
        numbered(rest, &THEME_KINDS).map(|(k, n)| Kind::Theme(k, n))
    } else if let Some(rest) = id.strip_prefix("format.") {
        FORMATS.contains(&rest).then_some(Kind::Format(rest))
    } else {
        SINGLES
            .iter()
            .find(|(name, _)| *name == id)
            .map(|(name, _)| Kind::Single(name))
    };
    found.ok_or_else(|| format!("[{}] line {}: unknown id `{id}`", line.section, line.number))
}

/// Every problem of one language's bank on its own: unknown or repeated ids, ideas without
/// their four parts or too long, placeholders a line may not use, and what is missing.
pub fn check(lines: &[Line]) -> Vec<String> {
    let mut errors = Vec::new();
    let mut seen = BTreeSet::new();
    let mut counts: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    let mut keyword_ideas: BTreeMap<&str, usize> = BTreeMap::new();
    for line in lines {
        let at = format!("[{}] line {} `{}`", line.section, line.number, line.id);
        let kind = match kind(line) {
            Ok(kind) => kind,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        if !seen.insert((line.section, line.id)) {
            errors.push(format!("{at}: appears twice"));
        }
        let used = placeholders(line.text);
        let allowed: &[&str] = match kind {
            Kind::Sector(..) | Kind::Format(_) => &[],
            Kind::Any(..) => &["keyword"],
            Kind::Theme("closure_notice", _) => &["date", "name"],
            Kind::Theme(..) => &["name"],
            Kind::Single(name) => SINGLES
                .iter()
                .find(|(n, _)| *n == name)
                .map_or(&[], |(_, p)| *p),
        };
        if let Some(bad) = used.iter().find(|p| !allowed.contains(p)) {
            errors.push(format!("{at}: `{{{bad}}}` is not a placeholder it may use"));
        }
        if line.text.matches('{').count() != line.text.matches('}').count() {
            errors.push(format!("{at}: an unclosed placeholder"));
        }
        match kind {
            Kind::Sector(pillar, _) => *counts.entry((line.section, pillar)).or_default() += 1,
            Kind::Any(pillar, _) => {
                *counts.entry(("any", pillar)).or_default() += 1;
                if used.contains("keyword") {
                    *keyword_ideas.entry(pillar).or_default() += 1;
                }
            }
            Kind::Theme(name, _) => {
                *counts.entry(("theme", name)).or_default() += 1;
                if !placeholders(line.parts()[0]).contains("name") {
                    errors.push(format!("{at}: the title must use {{name}}"));
                }
                if name == "closure_notice" && !used.contains("date") {
                    errors.push(format!("{at}: must use {{date}}"));
                }
            }
            Kind::Format(_) => {}
            Kind::Single(name) => {
                let want: BTreeSet<&str> = SINGLES
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, p)| p.iter().copied().collect())
                    .unwrap_or_default();
                if used != want {
                    errors.push(format!("{at}: must use exactly {want:?}"));
                }
            }
        }
        if matches!(kind, Kind::Sector(..) | Kind::Any(..) | Kind::Theme(..)) {
            let parts = line.parts();
            if parts.len() != 4 || parts.iter().any(|p| p.is_empty()) {
                errors.push(format!("{at}: expected `title | hook | show | cta`"));
            } else {
                for (part, (name, max)) in parts
                    .iter()
                    .zip(["title", "hook", "show", "cta"].iter().zip(MAX_CHARS))
                {
                    let chars = part.chars().count();
                    if chars > max {
                        errors.push(format!(
                            "{at}: the {name} has {chars} characters, at most {max}"
                        ));
                    }
                }
            }
        }
    }
    for section in SECTORS {
        for pillar in PILLARS {
            let n = counts.get(&(section, pillar)).copied().unwrap_or(0);
            if n < MIN_IDEAS {
                errors.push(format!(
                    "[{section}] {pillar}: {n} ideas, at least {MIN_IDEAS}"
                ));
            }
        }
    }
    for pillar in PILLARS {
        let n = counts.get(&("any", pillar)).copied().unwrap_or(0);
        let with_keyword = keyword_ideas.get(pillar).copied().unwrap_or(0);
        if n.saturating_sub(with_keyword) < MIN_IDEAS - MAX_KEYWORD_IDEAS || n < MIN_IDEAS {
            errors.push(format!(
                "[common] any.{pillar}: {n} ideas ({with_keyword} with {{keyword}}), at least {MIN_IDEAS} and at most {MAX_KEYWORD_IDEAS} with {{keyword}}"
            ));
        }
    }
    for name in THEME_KINDS {
        let n = counts.get(&("theme", name)).copied().unwrap_or(0);
        if n < MIN_THEMES {
            errors.push(format!(
                "[common] theme.{name}: {n} ideas, at least {MIN_THEMES}"
            ));
        }
    }
    for format in FORMATS {
        if !seen.contains(&("common", format!("format.{format}").as_str())) {
            errors.push(format!("[common] format.{format} is missing"));
        }
    }
    for (name, _) in SINGLES {
        if !seen.contains(&("common", name)) {
            errors.push(format!("[common] {name} is missing"));
        }
    }
    errors
}

/// What differs between a language's bank and the reference's: ids one has and the other
/// not, and lines with other placeholders.
pub fn compare(reference: &[Line], other: &[Line], lang: &str) -> Vec<String> {
    let index = |lines: &[Line]| -> BTreeMap<(String, String), String> {
        lines
            .iter()
            .map(|l| {
                let p: Vec<&str> = placeholders(l.text).into_iter().collect();
                ((l.section.to_owned(), l.id.to_owned()), p.join(","))
            })
            .collect()
    };
    let (want, got) = (index(reference), index(other));
    let mut errors = Vec::new();
    for ((section, id), p) in &want {
        match got.get(&(section.clone(), id.clone())) {
            None => errors.push(format!("ideas/{lang}/{section}.txt: `{id}` is missing")),
            Some(q) if q != p => errors.push(format!(
                "ideas/{lang}/{section}.txt: `{id}` uses {{{q}}}, the reference {{{p}}}"
            )),
            Some(_) => {}
        }
    }
    for (section, id) in got.keys() {
        if !want.contains_key(&(section.clone(), id.clone())) {
            errors.push(format!(
                "ideas/{lang}/{section}.txt: `{id}` is not in the reference"
            ));
        }
    }
    errors
}
