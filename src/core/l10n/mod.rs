//! The one localisation layer: every text the user reads comes from the catalogue
//! (`locales/<lang>.txt`, one file per language) through [`t`] and [`fill`], and every
//! number, amount, date, list and plural is written by [`format`] in the locale's
//! conventions.
//!
//! The catalogue is complete by construction: `build.rs` fails the build when a language
//! lacks a key or a placeholder of the reference (Italian), and turns the keys into [`Msg`],
//! so a misspelt key does not compile either.
//!
//! On the host every language is compiled in. In the browser app none is: each language is a
//! file (`locales/<lang>.<hash>.txt` in `dist/`, written by `scripts/post-build.mjs`) that the
//! page fetches when it shows that language (the first one before the app mounts, started by
//! `index.html`'s inline script) and hands to [`install`], so the first load carries the shown
//! language only (issue #16). A text of a language that is not installed is never shown in its
//! place: [`is_ready`] says whether a locale can be used, and the UI switches only once it can.

pub mod format;

use std::sync::OnceLock;

use crate::core::model::Locale;

include!(concat!(env!("OUT_DIR"), "/catalogue.rs"));

/// The texts of each language, split once from the U+001F-separated string of the build
/// (every language on the host) or installed from a fetched file.
static TEXTS: [OnceLock<&'static [&'static str]>; 5] = [
    OnceLock::new(),
    OnceLock::new(),
    OnceLock::new(),
    OnceLock::new(),
    OnceLock::new(),
];

fn slot(locale: Locale) -> &'static OnceLock<&'static [&'static str]> {
    &TEXTS[index(locale)]
}

/// The position of `locale` in the build's tables (`FILES`, `COMPILED`) and in [`TEXTS`].
fn index(locale: Locale) -> usize {
    match locale {
        Locale::It => 0,
        Locale::En => 1,
        Locale::Es => 2,
        Locale::Fr => 3,
        Locale::De => 4,
    }
}

/// The U+001F-separated texts compiled into this build for `locale`.
fn compiled(locale: Locale) -> Option<&'static str> {
    COMPILED[index(locale)]
}

/// The texts of `locale`, when they are in this build or installed.
fn texts(locale: Locale) -> Option<&'static [&'static str]> {
    let slot = slot(locale);
    if let Some(texts) = slot.get() {
        return Some(texts);
    }
    let joined = compiled(locale)?;
    let split: Vec<&'static str> = joined.split('\u{1f}').collect();
    Some(slot.get_or_init(|| Box::leak(split.into_boxed_slice())))
}

/// The file (relative to the page) with the texts of `locale`, as `scripts/post-build.mjs`
/// writes it for every language; the browser app fetches the ones it shows.
pub fn lazy_file(locale: Locale) -> &'static str {
    FILES[index(locale)]
}

/// The language to use for a first visit: the first of the browser's preferred languages
/// (BCP 47 tags, most preferred first, as `navigator.languages`) that Rotta speaks, else
/// English.
pub fn first_visit_locale<S: AsRef<str>>(preferred: &[S]) -> Locale {
    preferred
        .iter()
        .find_map(|tag| {
            let primary = tag.as_ref().split(['-', '_']).next().unwrap_or("");
            Locale::from_wire(&primary.to_ascii_lowercase())
        })
        .unwrap_or(Locale::En)
}

/// True when the texts of `locale` can be shown (compiled in, or installed).
pub fn is_ready(locale: Locale) -> bool {
    texts(locale).is_some()
}

/// A language whose texts can be shown, `locale` when it can: what a screen falls back on
/// while the language it wants is loading. `None` before any language is installed.
pub fn ready_or_any(locale: Locale) -> Option<Locale> {
    std::iter::once(locale)
        .chain(Locale::ALL.iter().copied())
        .find(|l| is_ready(*l))
}

/// The text `key` in `locale`. A locale that is not ready reads in a language that is (the
/// UI never selects one that is not: it installs first), so this only guards against a panic.
pub fn t(locale: Locale, key: Msg) -> &'static str {
    let texts = texts(locale)
        .or_else(|| Locale::ALL.iter().find_map(|other| texts(*other)))
        .unwrap_or_default();
    texts.get(key as usize).copied().unwrap_or("")
}

/// The text `key` in `locale` with its `{name}` placeholders filled from `args`.
///
/// A placeholder without an argument is left as written (tests look for `{`), an argument
/// without a placeholder is ignored: the build has already checked that every language uses
/// the reference's placeholders.
pub fn fill(locale: Locale, key: Msg, args: &[(&str, &str)]) -> String {
    fill_template(t(locale, key), args)
}

/// Fills `{name}` placeholders of `template` from `args`.
pub fn fill_template(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        match after.find('}') {
            Some(end) => {
                let name = &after[..end];
                match args.iter().find(|(n, _)| *n == name) {
                    Some((_, value)) => out.push_str(value),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[end + 1..];
            }
            None => {
                out.push_str(&rest[start..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// Why a fetched language file was not installed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CatalogueError {
    /// The file is for another build (its key list differs): a stale copy.
    Stale,
    /// The file does not have one text per key.
    WrongCount { expected: usize, found: usize },
}

/// The first line of a language file: `rotta-texts <fingerprint> <count>`.
const HEADER: &str = "rotta-texts";

/// Installs the texts of `locale` from a file written by `scripts/post-build.mjs`: a header
/// line, then one text per line in catalogue order (`\n` inside a text is written `\\n`).
/// Installing twice, or a language compiled in, keeps the first copy (they are the same
/// build's); the file is still checked.
pub fn install(locale: Locale, body: &str) -> Result<(), CatalogueError> {
    let texts = parse_file(body)?;
    if is_ready(locale) {
        return Ok(());
    }
    let slot = slot(locale);
    let leaked: &'static [&'static str] = Box::leak(
        texts
            .into_iter()
            .map(|t| &*Box::leak(t.into_boxed_str()))
            .collect::<Vec<&'static str>>()
            .into_boxed_slice(),
    );
    let _ = slot.set(leaked);
    Ok(())
}

/// Reads a language file into its texts, checking it belongs to this build.
pub fn parse_file(body: &str) -> Result<Vec<String>, CatalogueError> {
    let mut lines = body.split('\n');
    let header = lines.next().unwrap_or("");
    let mut parts = header.trim_end_matches('\r').split(' ');
    let tag = parts.next();
    let fingerprint = parts.next().and_then(|p| p.parse::<u32>().ok());
    if tag != Some(HEADER) || fingerprint != Some(FINGERPRINT) {
        return Err(CatalogueError::Stale);
    }
    let texts: Vec<String> = lines
        .map(|l| l.trim_end_matches('\r').replace("\\n", "\n"))
        .collect();
    // A trailing line feed leaves one empty piece.
    let texts = match texts.split_last() {
        Some((last, rest)) if last.is_empty() && rest.len() == COUNT => rest.to_vec(),
        _ => texts,
    };
    if texts.len() != COUNT {
        return Err(CatalogueError::WrongCount {
            expected: COUNT,
            found: texts.len(),
        });
    }
    Ok(texts)
}

/// The language file of `locale` as `scripts/post-build.mjs` writes it (host only: the test
/// that the two writers agree, and tools).
#[cfg(not(target_arch = "wasm32"))]
pub fn write_file(locale: Locale) -> String {
    let mut out = format!("{HEADER} {FINGERPRINT} {COUNT}\n");
    for key in Msg::ALL {
        out.push_str(&t(locale, key).replace('\n', "\\n"));
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_filled_and_missing_ones_stay_visible() {
        assert_eq!(
            fill_template("{a} and {b}", &[("a", "1"), ("b", "2")]),
            "1 and 2"
        );
        assert_eq!(fill_template("{a} and {c}", &[("a", "1")]), "1 and {c}");
        assert_eq!(fill_template("open { brace", &[]), "open { brace");
    }

    #[test]
    fn a_first_visit_speaks_the_browsers_first_supported_language() {
        assert_eq!(first_visit_locale(&["de-AT", "en"]), Locale::De);
        assert_eq!(first_visit_locale(&["pt-BR", "fr-CA", "it"]), Locale::Fr);
        assert_eq!(first_visit_locale(&["ES"]), Locale::Es);
        assert_eq!(first_visit_locale(&["ja", "zh-Hant"]), Locale::En);
        assert_eq!(first_visit_locale::<&str>(&[]), Locale::En);
    }

    #[test]
    fn every_language_has_its_own_file() {
        let files: Vec<&str> = Locale::ALL.iter().map(|l| lazy_file(*l)).collect();
        for (locale, file) in Locale::ALL.iter().zip(&files) {
            assert!(file.starts_with(&format!("locales/{locale}.")), "{file}");
            assert!(file.ends_with(".txt"), "{file}");
        }
        let distinct: std::collections::BTreeSet<&&str> = files.iter().collect();
        assert_eq!(distinct.len(), files.len());
    }

    #[test]
    fn a_screen_falls_back_on_a_ready_language() {
        assert_eq!(ready_or_any(Locale::Fr), Some(Locale::Fr));
    }

    #[test]
    fn every_language_has_every_text() {
        for locale in Locale::ALL.iter().copied() {
            for key in Msg::ALL {
                assert!(
                    !t(locale, key).trim().is_empty(),
                    "{key:?} empty in {locale}"
                );
            }
        }
    }

    #[test]
    fn a_language_file_round_trips_and_a_stale_one_is_refused() {
        let file = write_file(Locale::De);
        let texts = parse_file(&file).expect("reads");
        assert_eq!(texts.len(), COUNT);
        assert_eq!(texts[Msg::AppName as usize], t(Locale::De, Msg::AppName));
        let stale = file.replacen(&FINGERPRINT.to_string(), "1", 1);
        assert_eq!(parse_file(&stale), Err(CatalogueError::Stale));
        let short: String = file.lines().take(3).collect::<Vec<_>>().join("\n");
        assert!(matches!(
            parse_file(&short),
            Err(CatalogueError::WrongCount { .. })
        ));
        // A language already there stays as it is, but a bad file is still refused.
        assert_eq!(install(Locale::It, &file), Ok(()));
        assert_eq!(t(Locale::It, Msg::AppName), "Rotta");
        assert_eq!(install(Locale::It, &stale), Err(CatalogueError::Stale));
    }
}
