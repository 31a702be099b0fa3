//! A host's own settings: `rotta.config.json` next to `index.html` (docs/hosting.md).
//!
//! A site that offers Rotta to its visitors can show its name, logo and colours, choose the
//! first visit's language and a new plan's country, put a call to action on the plan and a
//! privacy note on every page, without rebuilding. The file is edited by hand, so nothing in
//! it may break the page: [`parse`] keeps every good field and replaces each bad one
//! (wrong type, unknown value, too long, colours that fail the contrast rule) by its default,
//! with a message naming the field. The messages are for the host, who reads them in the
//! browser's console, so they are in English and not in the catalogue.

use crate::core::model::Locale;
use serde_json::Value;

/// The file's name, relative to the page.
pub const FILE: &str = "rotta.config.json";

/// The longest name shown in the header.
pub const NAME_MAX: usize = 60;
/// The longest call-to-action label.
pub const CTA_LABEL_MAX: usize = 40;
/// The longest call-to-action address.
pub const CTA_URL_MAX: usize = 500;
/// The longest privacy note.
pub const PRIVACY_MAX: usize = 1000;
/// The longest logo path.
pub const LOGO_MAX: usize = 200;
/// WCAG 2 AA contrast for normal text.
pub const MIN_CONTRAST: f64 = 4.5;

/// What a host may set; `None` (or an empty `Vec`) is Rotta's default.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct HostConfig {
    /// The name shown in the header and the page title instead of "Rotta".
    pub name: Option<String>,
    /// A logo file next to index.html: a relative path on the same origin.
    pub logo: Option<String>,
    /// The accent colours of the light colour scheme.
    pub accent: Option<Accent>,
    /// The accent colours of the dark colour scheme.
    pub accent_dark: Option<Accent>,
    /// The language of a first visit (before the user chooses one), ahead of the browser's.
    pub language: Option<Locale>,
    /// A new plan's country (ISO code, one of `i18n::COUNTRIES`).
    pub country: Option<String>,
    /// The call to action shown on the plan.
    pub cta: Option<Cta>,
    /// A privacy note shown at the foot of every page.
    pub privacy: Option<String>,
}

/// An accent colour, the text written on it, and the pale tint of it used behind notes; all
/// `#rrggbb`, checked against the backgrounds of their colour scheme.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Accent {
    pub accent: String,
    pub text: String,
    pub soft: String,
}

/// A link and its label ("Book a free call"), shown on the plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cta {
    /// `https:` or `mailto:` only.
    pub url: String,
    pub label: String,
}

/// A colour scheme of `style/tokens.css`: the backgrounds the accent is written on and the
/// text written on its tint. Keep in step with tokens.css.
struct Scheme {
    /// The config's field names: the accent, and the text on it.
    fields: (&'static str, &'static str),
    /// `--c-bg` and `--c-surface`: links and the header name sit on both.
    backgrounds: [&'static str; 2],
    /// `--c-text`, written on the tint.
    text: &'static str,
    /// The two candidates for the text on the accent when the host gives none.
    on_accent: [&'static str; 2],
    /// How much of the accent is in its tint (`--c-accent-soft`), over `backgrounds[0]`.
    tint: f64,
}

const LIGHT: Scheme = Scheme {
    fields: ("accent", "accent_text"),
    backgrounds: ["#fbfaf7", "#ffffff"],
    text: "#1d1f24",
    on_accent: ["#ffffff", "#1d1f24"],
    tint: 0.12,
};

const DARK: Scheme = Scheme {
    fields: ("accent_dark", "accent_text_dark"),
    backgrounds: ["#15171b", "#1e2127"],
    text: "#eceef2",
    on_accent: ["#0d1420", "#ffffff"],
    tint: 0.16,
};

/// The fields the file may have.
const FIELDS: &[&str] = &[
    "name",
    "logo",
    "accent",
    "accent_text",
    "accent_dark",
    "accent_text_dark",
    "language",
    "country",
    "cta",
    "privacy",
];

/// The file's text read: the settings that passed, and one message per thing refused.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Parsed {
    pub config: HostConfig,
    pub messages: Vec<String>,
}

/// Reads `rotta.config.json`. Never fails: whatever is wrong is left at its default and said.
pub fn parse(text: &str) -> Parsed {
    let mut messages = Vec::new();
    let mut config = HostConfig::default();
    let object = match serde_json::from_str::<Value>(text) {
        Ok(Value::Object(object)) => object,
        Ok(_) => {
            messages.push(format!(
                "{FILE}: the file must be a JSON object ({{…}}); every setting is left at its default."
            ));
            return Parsed { config, messages };
        }
        Err(error) => {
            messages.push(format!(
                "{FILE}: not valid JSON ({error}); every setting is left at its default."
            ));
            return Parsed { config, messages };
        }
    };
    for key in object.keys().filter(|k| !FIELDS.contains(&k.as_str())) {
        messages.push(format!(
            "{FILE}: unknown field \"{key}\" is ignored (known: {}).",
            FIELDS.join(", ")
        ));
    }
    let mut say = |field: &str, why: String| {
        messages.push(format!("{FILE}: \"{field}\" {why}; the default is kept."));
    };
    let get = |field: &str| object.get(field).filter(|v| !v.is_null());

    if let Some(value) = get("name") {
        match plain_text(value, NAME_MAX, false) {
            Ok(name) => config.name = Some(name),
            Err(why) => say("name", why),
        }
    }
    if let Some(value) = get("logo") {
        match value
            .as_str()
            .ok_or_else(|| wrong_type(value))
            .and_then(logo)
        {
            Ok(path) => config.logo = Some(path.to_owned()),
            Err(why) => say("logo", why),
        }
    }
    for (scheme, slot) in [
        (&LIGHT, &mut config.accent),
        (&DARK, &mut config.accent_dark),
    ] {
        let (field, text_field) = scheme.fields;
        let accent = get(field);
        let text = get(text_field);
        let Some(accent) = accent else {
            if text.is_some() {
                say(text_field, format!("is set without \"{field}\""));
            }
            continue;
        };
        match accent_pair(scheme, accent, text) {
            Ok(pair) => *slot = Some(pair),
            Err((which, why)) => say(which, why),
        }
    }
    if let Some(value) = get("language") {
        match value.as_str().map(|s| (s, Locale::from_wire(s.trim()))) {
            Some((_, Some(locale))) => config.language = Some(locale),
            Some((s, None)) => say(
                "language",
                format!("is \"{s}\", not one of {}", wire_names()),
            ),
            None => say("language", wrong_type(value)),
        }
    }
    if let Some(value) = get("country") {
        let known = |code: &str| {
            crate::core::i18n::COUNTRIES
                .iter()
                .find(|(c, _)| c.eq_ignore_ascii_case(code.trim()))
                .map(|(c, _)| (*c).to_owned())
        };
        match value.as_str().map(|s| (s, known(s))) {
            Some((_, Some(code))) => config.country = Some(code),
            Some((s, None)) => say(
                "country",
                format!(
                    "is \"{s}\", not a country Rotta knows ({})",
                    crate::core::i18n::COUNTRIES
                        .iter()
                        .map(|(c, _)| *c)
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            ),
            None => say("country", wrong_type(value)),
        }
    }
    if let Some(value) = get("cta") {
        match cta(value) {
            Ok(link) => config.cta = Some(link),
            Err((field, why)) => say(field, why),
        }
    }
    if let Some(value) = get("privacy") {
        match plain_text(value, PRIVACY_MAX, true) {
            Ok(note) => config.privacy = Some(note),
            Err(why) => say("privacy", why),
        }
    }
    Parsed { config, messages }
}

impl HostConfig {
    /// A new plan in `locale`: Rotta's defaults, in the host's country when it set one.
    pub fn new_plan(
        &self,
        locale: Locale,
        today: chrono::NaiveDate,
    ) -> crate::core::model::Answers {
        let mut answers = crate::core::model::Answers::new_plan(locale, today);
        if let Some(country) = &self.country {
            answers.business.country.clone_from(country);
        }
        answers
    }

    /// The CSS custom properties to set on the document element (read by style/tokens.css),
    /// as (name, value) pairs: only the colours the host set.
    pub fn css_properties(&self) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        if let Some(a) = &self.accent {
            out.push(("--host-accent", a.accent.clone()));
            out.push(("--host-accent-text", a.text.clone()));
            out.push(("--host-accent-soft", a.soft.clone()));
        }
        if let Some(a) = &self.accent_dark {
            out.push(("--host-accent-dark", a.accent.clone()));
            out.push(("--host-accent-text-dark", a.text.clone()));
            out.push(("--host-accent-soft-dark", a.soft.clone()));
        }
        out
    }
}

fn wire_names() -> String {
    Locale::ALL
        .iter()
        .map(|l| l.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// "is a number, not a string" for a value that should have been a string.
fn wrong_type(value: &Value) -> String {
    format!("is {}, not a string", kind(value))
}

/// What a JSON value is, in words.
fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a true/false value",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

/// A trimmed, non-empty text of at most `max` characters, without control characters (line
/// breaks allowed when `lines`).
fn plain_text(value: &Value, max: usize, lines: bool) -> Result<String, String> {
    let text = value.as_str().ok_or_else(|| wrong_type(value))?.trim();
    if text.is_empty() {
        return Err("is empty".into());
    }
    let count = text.chars().count();
    if count > max {
        return Err(format!("is {count} characters long, more than {max}"));
    }
    if text
        .chars()
        .any(|c| c.is_control() && !(lines && c == '\n'))
    {
        return Err("contains control characters".into());
    }
    Ok(text.to_owned())
}

/// A logo path: relative, on the same origin, inside the app's directory, an image.
fn logo(path: &str) -> Result<&str, String> {
    let path = path.trim();
    let lower = path.to_ascii_lowercase();
    if path.is_empty() {
        return Err("is empty".into());
    }
    if path.len() > LOGO_MAX {
        return Err(format!("is longer than {LOGO_MAX} characters"));
    }
    if path.starts_with('/') || path.contains(':') || path.contains('\\') {
        return Err(format!(
            "is \"{path}\": give a file next to index.html (a relative path such as \"logo.png\"), not an address or an absolute path"
        ));
    }
    if path.split('/').any(|part| part.is_empty() || part == "..") {
        return Err(format!(
            "is \"{path}\": no \"..\" or empty parts (\"//\"); the logo must be inside the app's directory"
        ));
    }
    if !path
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "._-/".contains(c))
    {
        return Err(format!(
            "is \"{path}\": use letters, digits, \".\", \"-\", \"_\" and \"/\" only"
        ));
    }
    if ![".png", ".svg", ".webp", ".jpg", ".jpeg"]
        .iter()
        .any(|ext| lower.ends_with(ext))
    {
        return Err(format!(
            "is \"{path}\": the logo must be a .png, .svg, .webp or .jpg file"
        ));
    }
    Ok(path)
}

/// The call to action: an object with an `https:` or `mailto:` `url` and a short `label`.
fn cta(value: &Value) -> Result<Cta, (&'static str, String)> {
    let Value::Object(object) = value else {
        return Err((
            "cta",
            format!(
                "is {}, not an object {{\"url\": …, \"label\": …}}",
                kind(value)
            ),
        ));
    };
    if let Some(key) = object.keys().find(|k| *k != "url" && *k != "label") {
        return Err((
            "cta",
            format!("has an unknown field \"{key}\" (known: url, label)"),
        ));
    }
    let url = match object.get("url") {
        None => return Err(("cta.url", "is missing".into())),
        Some(v) => v.as_str().ok_or_else(|| ("cta.url", wrong_type(v)))?.trim(),
    };
    let lower = url.to_ascii_lowercase();
    let scheme_ok = (lower.starts_with("https://") && url.len() > "https://".len())
        || (lower.starts_with("mailto:") && url.len() > "mailto:".len());
    if !scheme_ok {
        return Err((
            "cta.url",
            format!("is \"{url}\": only https: and mailto: addresses are allowed"),
        ));
    }
    if url.len() > CTA_URL_MAX {
        return Err((
            "cta.url",
            format!("is longer than {CTA_URL_MAX} characters"),
        ));
    }
    if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(("cta.url", "contains spaces or control characters".into()));
    }
    let label = match object.get("label") {
        None => return Err(("cta.label", "is missing".into())),
        Some(v) => plain_text(v, CTA_LABEL_MAX, false).map_err(|why| ("cta.label", why))?,
    };
    Ok(Cta {
        url: url.to_owned(),
        label,
    })
}

/// The accent of `scheme` and the text on it (the better of two when not given), checked.
fn accent_pair(
    scheme: &Scheme,
    accent: &Value,
    text: Option<&Value>,
) -> Result<Accent, (&'static str, String)> {
    let (field, text_field) = scheme.fields;
    let colour = accent
        .as_str()
        .ok_or_else(|| (field, wrong_type(accent)))
        .and_then(|s| rgb(s).ok_or_else(|| (field, format!("is \"{s}\", not a colour #rrggbb"))))?;
    for background in scheme.backgrounds {
        let ratio = contrast(colour, rgb(background).unwrap_or_default());
        if ratio < MIN_CONTRAST {
            return Err((
                field,
                format!(
                    "{} has a contrast of {}:1 against the background {background} (at least 4.5:1 is needed)",
                    hex(colour),
                    ratio_text(ratio)
                ),
            ));
        }
    }
    let on = match text {
        Some(value) => value
            .as_str()
            .ok_or_else(|| (text_field, wrong_type(value)))
            .and_then(|s| {
                rgb(s).ok_or_else(|| (text_field, format!("is \"{s}\", not a colour #rrggbb")))
            })?,
        None => {
            let [a, b] = scheme.on_accent.map(|c| rgb(c).unwrap_or_default());
            if contrast(a, colour) >= contrast(b, colour) {
                a
            } else {
                b
            }
        }
    };
    let ratio = contrast(on, colour);
    if ratio < MIN_CONTRAST {
        let which = if text.is_some() { text_field } else { field };
        return Err((
            which,
            format!(
                "{} on {} has a contrast of {}:1 (at least 4.5:1 is needed)",
                hex(on),
                hex(colour),
                ratio_text(ratio)
            ),
        ));
    }
    let base = rgb(scheme.backgrounds[0]).unwrap_or_default();
    let soft = mix(colour, base, scheme.tint);
    // The tint is pale (or dark) enough by construction; checked anyway, as the page uses it
    // behind the accent and behind text.
    let text_on_soft = contrast(rgb(scheme.text).unwrap_or_default(), soft);
    let accent_on_soft = contrast(colour, soft);
    if text_on_soft < MIN_CONTRAST || accent_on_soft < MIN_CONTRAST {
        return Err((
            field,
            format!(
                "{} gives a tint {} with too little contrast for text on it",
                hex(colour),
                hex(soft)
            ),
        ));
    }
    Ok(Accent {
        accent: hex(colour),
        text: hex(on),
        soft: hex(soft),
    })
}

/// `#rrggbb` (case-insensitive) as its three channels.
pub fn rgb(text: &str) -> Option<[u8; 3]> {
    let digits = text.trim().strip_prefix('#')?;
    if digits.len() != 6 || !digits.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    let channel = |i: usize| u8::from_str_radix(&digits[i..i + 2], 16).ok();
    Some([channel(0)?, channel(2)?, channel(4)?])
}

/// `#rrggbb`, lower case.
fn hex([r, g, b]: [u8; 3]) -> String {
    format!("#{r:02x}{g:02x}{b:02x}")
}

/// `share` of `a` over `b`, channel by channel (sRGB, as CSS `color-mix` in srgb).
fn mix(a: [u8; 3], b: [u8; 3], share: f64) -> [u8; 3] {
    let mut out = [0; 3];
    for i in 0..3 {
        let v = f64::from(a[i]) * share + f64::from(b[i]) * (1.0 - share);
        out[i] = v.round().clamp(0.0, 255.0) as u8;
    }
    out
}

/// A contrast ratio with two decimals ("4.54"), written with integers: `format!("{:.2}")`
/// would put the float printer in the wasm (about 11 KB, docs/size.md).
fn ratio_text(ratio: f64) -> String {
    let hundredths = (ratio * 100.0).floor() as u32;
    format!("{}.{:02}", hundredths / 100, hundredths % 100)
}

/// `x`<sup>2.4</sup> for `x` in 0..=1, as `x² · x^0.4`, the fifth root of `x²` found by
/// Newton's method (from above, so it converges without overshooting): `powf` would add
/// `libm`'s `pow` to the wasm for this one use.
fn pow_2_4(x: f64) -> f64 {
    if x <= 0.0 {
        return 0.0;
    }
    let square = x * x;
    let mut root = 1.0_f64;
    for _ in 0..60 {
        let fourth = root * root * root * root;
        root = (4.0 * root + square / fourth) / 5.0;
    }
    square * root
}

/// WCAG 2 relative luminance.
fn luminance(colour: [u8; 3]) -> f64 {
    let linear = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            pow_2_4((c + 0.055) / 1.055)
        }
    };
    0.2126 * linear(colour[0]) + 0.7152 * linear(colour[1]) + 0.0722 * linear(colour[2])
}

/// WCAG 2 contrast ratio of two colours (1 to 21).
pub fn contrast(a: [u8; 3], b: [u8; 3]) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

#[cfg(test)]
mod tests;
