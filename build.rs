//! Reads the text catalogue, `locales/<lang>.txt`, and writes `$OUT_DIR/catalogue.rs`:
//! the `Msg` enum (one variant per key, so a misspelt key does not compile) and the texts of
//! the languages compiled into this build.
//!
//! The build fails when a language lacks a key the reference (Italian) has, has one it does
//! not, repeats a key, or uses other `{placeholders}` than the reference: a missing
//! translation is a compile error, never a silent fallback (issue #13, docs/localisation.md).
//!
//! Which languages are compiled in: Italian and English always (the first screen needs one of
//! them before anything else can load); on the host (tests, the `plan` example) every
//! language. In the browser the other languages are files fetched on demand
//! (`scripts/post-build.mjs` writes them in the reference's key order, with the fingerprint
//! below, so the wasm needs no key names).

use std::collections::{BTreeSet, HashMap};
use std::fmt::Write as _;
use std::path::Path;

/// Every language, the reference first.
const LANGUAGES: [&str; 5] = ["it", "en", "es", "fr", "de"];
/// Compiled into every build.
const ALWAYS_COMPILED: [&str; 2] = ["it", "en"];

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
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR"));
    std::fs::write(out.join("catalogue.rs"), generate(&catalogues, wasm)).expect("write");
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

fn generate(catalogues: &[Catalogue], wasm: bool) -> String {
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
    out.push_str("/// The files of the languages loaded on demand in the browser (es, fr, de), named after\n/// the FNV-1a of their source so a new text is a new URL (scripts/post-build.mjs writes them).\npub const LAZY_FILES: [&str; 3] = [");
    for c in catalogues
        .iter()
        .filter(|c| !ALWAYS_COMPILED.contains(&c.lang))
    {
        let _ = write!(out, "\"locales/{}.{:08x}.txt\", ", c.lang, c.file_hash);
    }
    out.push_str("];\n\n");
    for c in catalogues {
        let compiled = ALWAYS_COMPILED.contains(&c.lang) || !wasm;
        if !compiled {
            continue;
        }
        let by_key: HashMap<&str, &str> = c
            .entries
            .iter()
            .map(|(k, t, _)| (k.as_str(), t.as_str()))
            .collect();
        // One string, the texts in catalogue order separated by U+001F (unit separator): no pointer and length per
        // text in the wasm (that table cost more bytes than the texts compress to); core::l10n
        // splits it once, on first use.
        let joined: Vec<String> = keys.iter().map(|key| unescape(by_key[key])).collect();
        let _ = writeln!(
            out,
            "/// The texts of `locales/{}.txt`, in catalogue order, separated by U+001F (unit separator).\npub static {}: &str = {:?};\n",
            c.lang,
            c.lang.to_uppercase(),
            joined.join("\u{1f}")
        );
    }
    out
}
