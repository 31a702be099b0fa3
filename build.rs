//! Reads the text catalogue, `locales/<lang>.txt`, and writes `$OUT_DIR/catalogue.rs`:
//! the `Msg` enum (one variant per key, so a misspelt key does not compile) and the texts of
//! the languages compiled into this build.
//!
//! The build fails when a language lacks a key the reference (Italian) has, has one it does
//! not, repeats a key, or uses other `{placeholders}` than the reference: a missing
//! translation is a compile error, never a silent fallback (issue #13, docs/localisation.md).
//!
//! Which languages are compiled in: on the host (tests, the `plan` example) every language.
//! In the browser app (wasm32 with the `fetched-texts` feature, a default one) none: every
//! language is a file (`scripts/post-build.mjs` writes them in the reference's key order, with
//! the fingerprint below, so the wasm needs no key names), and the page fetches the one it
//! shows (issue #16: the first load carries the shown language only). A wasm build without
//! that feature (the wasm-bindgen tests) compiles in Italian and English.

#[path = "src/core/ideas/bank_file.rs"]
#[allow(dead_code)]
mod bank_file;

use std::collections::{BTreeSet, HashMap};
use std::fmt::Write as _;
use std::path::Path;

/// Every language, the reference first.
const LANGUAGES: [&str; 5] = ["it", "en", "es", "fr", "de"];
/// Compiled into a wasm build without the `fetched-texts` feature (the wasm-bindgen tests).
const COMPILED_WITHOUT_FETCHED_TEXTS: [&str; 2] = ["it", "en"];

struct Catalogue {
    lang: &'static str,
    /// FNV-1a of the file's bytes: the lazily loaded copy is named after it.
    file_hash: u32,
    /// (key, text, line number), in file order.
    entries: Vec<(String, String, usize)>,
}

fn main() {
    println!("cargo::rerun-if-changed=locales");
    let dir = Path::new("locales");
    let mut catalogues = Vec::new();
    let mut errors = Vec::new();
    for lang in LANGUAGES {
        let path = dir.join(format!("{lang}.txt"));
        println!("cargo::rerun-if-changed={}", path.display());
        match std::fs::read_to_string(&path) {
            Ok(body) => match parse(lang, &body) {
                Ok(mut c) => {
                    c.file_hash = fnv1a(body.as_bytes(), 0x811c_9dc5);
                    catalogues.push(c)
                }
                Err(e) => errors.extend(e),
            },
            Err(e) => errors.push(format!("{}: {e}", path.display())),
        }
    }
    if errors.is_empty() {
        errors = check(&catalogues);
    }
    if !errors.is_empty() {
        for e in &errors {
            println!("cargo::error={e}");
        }
        std::process::exit(1);
    }
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32");
    let fetched_texts = std::env::var_os("CARGO_FEATURE_FETCHED_TEXTS").is_some();
    let compiled =
        |lang: &str| !wasm || (!fetched_texts && COMPILED_WITHOUT_FETCHED_TEXTS.contains(&lang));
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR"));
    std::fs::write(out.join("catalogue.rs"), generate(&catalogues, compiled)).expect("write");
    match idea_banks() {
        Ok((banks, shape)) => {
            std::fs::write(out.join("ideas.rs"), generate_ideas(&banks, &shape, wasm))
                .expect("write")
        }
        Err(errors) => {
            for e in &errors {
                println!("cargo::error={e}");
            }
            std::process::exit(1);
        }
    }
}

/// Each language's idea bank (`ideas/<lang>/*.txt`) as its canonical text, checked: complete
/// on its own, and with the reference's ids and placeholders.
/// Each language with its bank's canonical text, and the pools' shape (Rust source).
type IdeaBanks = (Vec<(&'static str, String)>, String);

fn idea_banks() -> Result<IdeaBanks, Vec<String>> {
    println!("cargo::rerun-if-changed=ideas");
    let mut banks = Vec::new();
    let mut errors = Vec::new();
    for lang in LANGUAGES {
        let dir = Path::new("ideas").join(lang);
        println!("cargo::rerun-if-changed={}", dir.display());
        let mut files = Vec::new();
        match std::fs::read_dir(&dir) {
            Ok(entries) => {
                for entry in entries.flatten() {
                    let path = entry.path();
                    if path.extension().and_then(|e| e.to_str()) != Some("txt") {
                        continue;
                    }
                    println!("cargo::rerun-if-changed={}", path.display());
                    let section = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
                    match std::fs::read_to_string(&path) {
                        Ok(body) => files.push((section.to_owned(), body)),
                        Err(e) => errors.push(format!("{}: {e}", path.display())),
                    }
                }
            }
            Err(e) => errors.push(format!("{}: {e}", dir.display())),
        }
        banks.push((lang, bank_file::canonical(files)));
    }
    let mut parsed = Vec::new();
    for (lang, text) in &banks {
        match bank_file::parse(text) {
            Ok(lines) => {
                errors.extend(
                    bank_file::check(&lines)
                        .into_iter()
                        .map(|e| format!("ideas/{lang}: {e}")),
                );
                parsed.push((lang, lines));
            }
            Err(e) => errors.extend(e.into_iter().map(|e| format!("ideas/{lang}: {e}"))),
        }
    }
    let mut shape = String::new();
    if let Some(((_, reference), others)) = parsed.split_first() {
        for (lang, lines) in others {
            errors.extend(bank_file::compare(reference, lines, lang));
        }
        match idea_shape(reference) {
            Ok(s) => shape = s,
            Err(e) => errors.extend(e),
        }
    }
    if errors.is_empty() {
        Ok((banks, shape))
    } else {
        Err(errors)
    }
}

/// The pools' sizes as Rust constants, from the reference bank: the app picks ideas by
/// number without the texts. Numbers must run 1..=n in every pool.
fn idea_shape(lines: &[bank_file::Line]) -> Result<String, Vec<String>> {
    use bank_file::Kind;
    let mut pools: HashMap<(String, String), BTreeSet<u32>> = HashMap::new();
    let mut keyword: HashMap<String, u32> = HashMap::new();
    for line in lines {
        let (group, name, n) = match bank_file::kind(line) {
            Ok(Kind::Sector(p, n)) => (line.section, p, n),
            Ok(Kind::Any(p, n)) => {
                if bank_file::placeholders(line.text).contains("keyword") {
                    *keyword.entry(p.to_owned()).or_default() |= 1 << (n - 1);
                }
                ("any", p, n)
            }
            Ok(Kind::Theme(k, n)) => ("theme", k, n),
            _ => continue,
        };
        pools
            .entry((group.to_owned(), name.to_owned()))
            .or_default()
            .insert(n);
    }
    let mut errors = Vec::new();
    let mut size = |group: &str, name: &str| -> usize {
        let numbers = pools
            .remove(&(group.to_owned(), name.to_owned()))
            .unwrap_or_default();
        let n = numbers.len();
        if numbers.iter().copied().ne(1..=n as u32) || n > 16 {
            errors.push(format!("ideas/it: {group} {name}: numbers must run from 1 to n (at most 16), found {numbers:?}"));
        }
        n
    };
    let mut out = String::from(
        "/// Ideas per sector (rows, bank_file::SECTORS order) and pillar (columns, Pillar::ALL order).\npub const SECTOR_IDEAS: [[u8; 10]; 14] = [",
    );
    for sector in bank_file::SECTORS {
        out.push('[');
        for pillar in bank_file::PILLARS {
            let _ = write!(out, "{}, ", size(sector, pillar));
        }
        out.push_str("], ");
    }
    out.push_str("];\n/// Generic ideas per pillar.\npub const ANY_IDEAS: [u8; 10] = [");
    for pillar in bank_file::PILLARS {
        let _ = write!(out, "{}, ", size("any", pillar));
    }
    out.push_str("];\n/// Per pillar, the generic ideas that need a keyword (bit n-1 for idea n).\npub const ANY_KEYWORD: [u16; 10] = [");
    for pillar in bank_file::PILLARS {
        let _ = write!(out, "{}, ", keyword.get(pillar).copied().unwrap_or(0));
    }
    out.push_str("];\n/// Ideas per kind of key-date post (bank_file::THEME_KINDS order).\npub const THEME_IDEAS: [u8; 11] = [");
    for kind in bank_file::THEME_KINDS {
        let _ = write!(out, "{}, ", size("theme", kind));
    }
    out.push_str("];\n");
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

/// `IDEA_FILES` (the bank files the browser fetches, named after their FNV-1a) and, on the
/// host, every bank compiled in (`IDEAS`) for the tests and the `plan` example.
fn generate_ideas(banks: &[(&str, String)], shape: &str, wasm: bool) -> String {
    let mut out = shape.to_owned();
    out.push_str(
        "/// The idea bank of each language (it, en, es, fr, de) as the browser fetches it, named after\n/// the FNV-1a of its text (scripts/post-build.mjs writes them).\npub const IDEA_FILES: [&str; 5] = [",
    );
    for (lang, text) in banks {
        let _ = write!(
            out,
            "\"ideas/{lang}.{:08x}.txt\", ",
            fnv1a(text.as_bytes(), 0x811c_9dc5)
        );
    }
    out.push_str("];\n");
    if !wasm {
        out.push_str(
            "/// Every language's bank, compiled in on the host.\npub static IDEAS: [&str; 5] = [",
        );
        for (_, text) in banks {
            let _ = write!(out, "{text:?}, ");
        }
        out.push_str("];\n");
    }
    out
}

/// `Key = text` lines; `#` starts a comment line; blank lines are ignored.
fn parse(lang: &'static str, body: &str) -> Result<Catalogue, Vec<String>> {
    let mut entries = Vec::new();
    let mut errors = Vec::new();
    for (i, line) in body.lines().enumerate() {
        let n = i + 1;
        let line = line.trim_end();
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let Some((key, text)) = line.split_once(" = ") else {
            errors.push(format!("locales/{lang}.txt:{n}: expected `Key = text`"));
            continue;
        };
        let key = key.trim();
        let valid = key.chars().next().is_some_and(|c| c.is_ascii_uppercase())
            && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
        if !valid {
            errors.push(format!(
                "locales/{lang}.txt:{n}: `{key}` is not a key (UpperCamelCase: letters, digits, _)"
            ));
            continue;
        }
        if text.trim().is_empty() {
            errors.push(format!("locales/{lang}.txt:{n}: `{key}` has no text"));
        }
        entries.push((key.to_owned(), text.to_owned(), n));
    }
    if errors.is_empty() {
        Ok(Catalogue {
            lang,
            file_hash: 0,
            entries,
        })
    } else {
        Err(errors)
    }
}

/// The `{name}` placeholders of a text.
fn placeholders(text: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        rest = &rest[start + 1..];
        if let Some(end) = rest.find('}') {
            found.insert(rest[..end].to_owned());
            rest = &rest[end + 1..];
        }
    }
    found
}

fn check(catalogues: &[Catalogue]) -> Vec<String> {
    let mut errors = Vec::new();
    let reference = &catalogues[0];
    let mut reference_keys = HashMap::new();
    for (key, text, n) in &reference.entries {
        if reference_keys.insert(key.as_str(), text.as_str()).is_some() {
            errors.push(format!("locales/it.txt:{n}: `{key}` appears twice"));
        }
    }
    for c in &catalogues[1..] {
        let mut seen = HashMap::new();
        for (key, text, n) in &c.entries {
            let at = format!("locales/{}.txt:{n}", c.lang);
            if seen.insert(key.as_str(), ()).is_some() {
                errors.push(format!("{at}: `{key}` appears twice"));
            }
            match reference_keys.get(key.as_str()) {
                None => errors.push(format!("{at}: `{key}` is not in locales/it.txt")),
                Some(reference_text) => {
                    let (want, got) = (placeholders(reference_text), placeholders(text));
                    if want != got {
                        errors.push(format!(
                            "{at}: `{key}` has placeholders {got:?}, the reference has {want:?}"
                        ));
                    }
                }
            }
        }
        for (key, _, _) in &reference.entries {
            if !seen.contains_key(key.as_str()) {
                errors.push(format!(
                    "locales/{}.txt: `{key}` is missing (it is in locales/it.txt)",
                    c.lang
                ));
            }
        }
    }
    for c in catalogues {
        for (key, text, n) in &c.entries {
            if text.contains('{') && text.matches('{').count() != text.matches('}').count() {
                errors.push(format!(
                    "locales/{}.txt:{n}: `{key}` has an unclosed placeholder",
                    c.lang
                ));
            }
        }
    }
    errors
}

/// FNV-1a (32 bits) of the keys in order, each followed by a line feed. The lazy files carry
/// it (computed the same way by scripts/post-build.mjs) so a stale file is never read.
fn fingerprint(keys: &[&str]) -> u32 {
    keys.iter().fold(0x811c_9dc5, |hash, key| {
        fnv1a(b"\n", fnv1a(key.as_bytes(), hash))
    })
}

/// FNV-1a (32 bits) of `bytes`, continuing from `hash`.
fn fnv1a(bytes: &[u8], hash: u32) -> u32 {
    bytes.iter().fold(hash, |hash, b| {
        (hash ^ u32::from(*b)).wrapping_mul(0x0100_0193)
    })
}

/// A text as the Rust source writes it: `\n` in the file is a line break.
fn unescape(text: &str) -> String {
    text.replace("\\n", "\n")
}

fn generate(catalogues: &[Catalogue], compiled: impl Fn(&str) -> bool) -> String {
    let reference = &catalogues[0];
    let keys: Vec<&str> = reference
        .entries
        .iter()
        .map(|(k, _, _)| k.as_str())
        .collect();
    let mut out = String::new();
    out.push_str("/// A text of the catalogue (`locales/<lang>.txt`), by key.\n");
    out.push_str("#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]\n");
    out.push_str("#[repr(u16)]\n#[allow(non_camel_case_types)]\npub enum Msg {\n");
    for (key, text, _) in &reference.entries {
        let mut doc = text.replace("*/", "* /");
        if doc.len() > 90 {
            let cut = (0..=90)
                .rev()
                .find(|i| doc.is_char_boundary(*i))
                .unwrap_or(0);
            doc.truncate(cut);
            doc.push('…');
        }
        let _ = writeln!(out, "    /** {doc} */\n    {key},");
    }
    out.push_str("}\n\n");
    let _ = writeln!(
        out,
        "/// How many texts a language has.\npub const COUNT: usize = {};",
        keys.len()
    );
    let _ = writeln!(
        out,
        "/// The fingerprint of the key list, which a lazily loaded file must carry.\npub const FINGERPRINT: u32 = {};",
        fingerprint(&keys)
    );
    out.push_str(
        "impl Msg {\n    /// Every key, in catalogue order.\n    pub const ALL: [Msg; COUNT] = [",
    );
    for key in &keys {
        let _ = write!(out, "Msg::{key}, ");
    }
    out.push_str("];\n}\n\n");
    out.push_str("/// Each language's file (it, en, es, fr, de), named after the FNV-1a of its source so a\n/// new text is a new URL (scripts/post-build.mjs writes them).\npub const FILES: [&str; 5] = [");
    for c in catalogues {
        let _ = write!(out, "\"locales/{}.{:08x}.txt\", ", c.lang, c.file_hash);
    }
    out.push_str("];\n\n");
    let mut in_build = Vec::new();
    for c in catalogues {
        if !compiled(c.lang) {
            in_build.push("None".to_string());
            continue;
        }
        in_build.push(format!("Some({})", c.lang.to_uppercase()));
        let by_key: HashMap<&str, &str> = c
            .entries
            .iter()
            .map(|(k, t, _)| (k.as_str(), t.as_str()))
            .collect();
        // One string, the texts in catalogue order separated by U+001F (unit separator): no
        // pointer and length per text in the wasm (that table cost more bytes than the texts
        // compress to); core::l10n splits it once, on first use.
        let joined: Vec<String> = keys.iter().map(|key| unescape(by_key[key])).collect();
        let _ = writeln!(
            out,
            "/// The texts of `locales/{}.txt`, in catalogue order, separated by U+001F (unit separator).\nstatic {}: &str = {:?};\n",
            c.lang,
            c.lang.to_uppercase(),
            joined.join("\u{1f}")
        );
    }
    let _ = writeln!(
        out,
        "/// The texts compiled into this build (it, en, es, fr, de); `None`: fetched at run time.\nconst COMPILED: [Option<&str>; 5] = [{}];",
        in_build.join(", ")
    );
    out
}
