//! The share link: the answers packed into the URL fragment (the part after `#`, which the
//! browser never sends to a server), and unpacked again when the link is opened.
//!
//! Format 1, `share=1.<payload>`, where `<payload>` is base64url (no padding) of:
//! 1. the answers as JSON, with every field equal to its default left out (the reader puts
//!    defaults back, as it does for any answers file);
//! 2. written as a compact binary form of JSON in which the contract's field names and
//!    enumeration values are one byte each (a fixed, append-only dictionary) and dates are
//!    day numbers; any other text is kept as UTF-8, so new fields and values still travel;
//! 3. followed by a 4-byte checksum, so a link damaged in transit is refused rather than
//!    opened with a changed text.
//!
//! No general-purpose compressor: for plans this size the dictionary saves more than deflate
//! would on the JSON, and it costs a few kilobytes of wasm instead of ~17 KiB (brotli).
//! `docs/storage.md` has the measurements. Decoding is bounded: the fragment's length is
//! capped, nesting is capped, and the decoded document may not exceed
//! [`MAX_ANSWERS_BYTES`], so a crafted link cannot hang the page or eat its memory.

use crate::core::l10n::{Msg, t};
use crate::core::model::{ANSWERS_SCHEMA, Answers, Locale, MAX_ANSWERS_BYTES};
use chrono::NaiveDate;
use serde_json::{Map, Number, Value};

/// What precedes the payload in the fragment.
pub const SHARE_PREFIX: &str = "share=";

/// The format this build writes; the payload starts with it and a dot.
pub const SHARE_FORMAT: &str = "1";

/// Fragments longer than this (in characters) are refused before decoding. A plan at every
/// limit of DESIGN §4 encodes well below it.
pub const MAX_SHARE_CHARS: usize = 96 * 1024;

/// Why a fragment could not be opened as shared answers. The interface shows
/// [`share_error_text`]; `Display` gives the technical detail in English.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShareError {
    /// The fragment holds no `share=` part (an ordinary page address).
    NotAShareLink,
    /// The link was cut or altered on its way (bad characters, wrong checksum, truncated).
    Damaged,
    /// Longer than [`MAX_SHARE_CHARS`], or unpacks to more than [`MAX_ANSWERS_BYTES`].
    TooLarge,
    /// Intact, but not answers this build can read (a newer format, a value it does not
    /// know); the text is the detail.
    Invalid(String),
}

impl std::fmt::Display for ShareError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ShareError::NotAShareLink => f.write_str("the address holds no shared plan"),
            ShareError::Damaged => f.write_str("the share link is damaged or incomplete"),
            ShareError::TooLarge => f.write_str("the share link is too large"),
            ShareError::Invalid(why) => write!(f, "the share link cannot be read: {why}"),
        }
    }
}

impl std::error::Error for ShareError {}

/// The fragment (without `#`) that shares `answers`: `share=1.` and URL-safe characters
/// only (`A–Z a–z 0–9 - _`).
pub fn share_fragment(answers: &Answers) -> String {
    // `to_value`, not a trip through the JSON text: serde_json's text parser may read a
    // 17-digit number back one unit in the last place off, and the link must be exact.
    let full = crate::core::json::to_value(answers);
    let defaults = crate::core::json::to_value(&Answers::default());
    let compact = fragment_of(&without_defaults(&full, &defaults));
    // The pruned form relies on the reader's defaults matching `Answers::default()`; if a
    // future field breaks that, fall back to the whole document rather than share less.
    match answers_from_fragment(&compact) {
        Ok(read_back) if read_back == *answers => compact,
        _ => fragment_of(&full),
    }
}

/// Reads shared answers from a URL fragment, with or without the leading `#`. The `share=`
/// part may stand alone or among other `&`/`?`-separated parts (e.g. `#/plan?share=…`).
/// Never panics.
pub fn answers_from_fragment(fragment: &str) -> Result<Answers, ShareError> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let payload = fragment
        .split(['&', '?'])
        .find_map(|part| part.strip_prefix(SHARE_PREFIX))
        .ok_or(ShareError::NotAShareLink)?;
    if payload.len() > MAX_SHARE_CHARS {
        return Err(ShareError::TooLarge);
    }
    let (format, data) = payload.split_once('.').ok_or(ShareError::Damaged)?;
    if format != SHARE_FORMAT {
        return Err(
            if format.bytes().all(|b| b.is_ascii_digit()) && !format.is_empty() {
                ShareError::Invalid(format!("format {format} comes from a newer Rotta"))
            } else {
                ShareError::Damaged
            },
        );
    }
    let bytes = base64url::decode(data).ok_or(ShareError::Damaged)?;
    let body = checksum::verified(&bytes).ok_or(ShareError::Damaged)?;
    let mut value = binary::decode(body).ok_or(ShareError::Damaged)?;
    let Value::Object(document) = &mut value else {
        return Err(ShareError::Invalid("not an answers document".into()));
    };
    document
        .entry("schema")
        .or_insert_with(|| Value::String(ANSWERS_SCHEMA.into()));
    if json_size(&value) > MAX_ANSWERS_BYTES {
        return Err(ShareError::TooLarge);
    }
    Answers::from_value(value).map_err(|e| ShareError::Invalid(e.to_string()))
}

/// About how many bytes `value` takes as compact JSON (texts counted unescaped), without
/// writing it out.
fn json_size(value: &Value) -> usize {
    match value {
        Value::Null | Value::Bool(_) => 5,
        Value::Number(_) => 24,
        Value::String(s) => s.len().saturating_add(2),
        Value::Array(items) => items
            .iter()
            .fold(2, |n, v| n.saturating_add(json_size(v) + 1)),
        Value::Object(fields) => fields.iter().fold(2, |n, (k, v)| {
            n.saturating_add(k.len() + 4).saturating_add(json_size(v))
        }),
    }
}

fn fragment_of(document: &Value) -> String {
    let mut bytes = binary::encode(document);
    checksum::append(&mut bytes);
    format!("{SHARE_PREFIX}{SHARE_FORMAT}.{}", base64url::encode(&bytes))
}

/// `value` without the object fields equal to `defaults`' (recursively through objects).
fn without_defaults(value: &Value, defaults: &Value) -> Value {
    let (Value::Object(fields), Value::Object(default_fields)) = (value, defaults) else {
        return value.clone();
    };
    let mut kept = Map::new();
    for (key, field) in fields {
        match default_fields.get(key) {
            Some(default) if default == field => {}
            Some(default @ Value::Object(_)) if field.is_object() => {
                let pruned = without_defaults(field, default);
                if pruned.as_object().is_none_or(|o| !o.is_empty()) {
                    kept.insert(key.clone(), pruned);
                }
            }
            _ => {
                kept.insert(key.clone(), field.clone());
            }
        }
    }
    Value::Object(kept)
}

/// The message the interface shows for `error`.
pub fn share_error_text(error: &ShareError, locale: Locale) -> &'static str {
    let key = match error {
        ShareError::NotAShareLink => Msg::ShareErrorNotALink,
        ShareError::Damaged => Msg::ShareErrorDamaged,
        ShareError::TooLarge => Msg::ShareErrorTooLarge,
        ShareError::Invalid(_) => Msg::ShareErrorInvalid,
    };
    t(locale, key)
}

/// A compact binary form of JSON values.
mod binary {
    use super::{Map, NaiveDate, Number, Value};

    const NULL: u8 = 0x00;
    const FALSE: u8 = 0x01;
    const TRUE: u8 = 0x02;
    const UNSIGNED: u8 = 0x03;
    const NEGATIVE: u8 = 0x04;
    const FLOAT: u8 = 0x05;
    const TEXT: u8 = 0x06;
    const LIST: u8 = 0x07;
    const OBJECT: u8 = 0x08;
    const DATE: u8 = 0x09;
    /// A text coded with the fixed Huffman code of [`super::text_code`].
    const PACKED_TEXT: u8 = 0x0a;
    /// Tags from here on are dictionary words: `tag - WORD` is the index in [`WORDS`].
    const WORD: u8 = 0x10;

    /// Nesting deeper than this is refused (answers nest three levels).
    const MAX_DEPTH: usize = 16;

    /// Field names and enumeration values of the answers contract, one byte each.
    /// **Append only**: links already sent depend on every word's position.
    const WORDS: &[&str] = &[
        // Field names.
        "schema",
        "locale",
        "business",
        "name",
        "sector",
        "offer",
        "value_proposition",
        "reach",
        "country",
        "has_venue",
        "competitors",
        "goals",
        "primary",
        "secondary",
        "horizon_months",
        "targets",
        "goal",
        "metric",
        "baseline",
        "target",
        "conversion",
        "audience",
        "age_bands",
        "gender_skew",
        "location",
        "persona",
        "who",
        "needs",
        "objections",
        "online_times",
        "listen_keywords",
        "channels",
        "current",
        "channel",
        "followers",
        "active",
        "refused",
        "formats",
        "resources",
        "hours_per_week",
        "managed_by",
        "skills",
        "approval",
        "required",
        "by",
        "budget",
        "currency",
        "monthly",
        "split",
        "owner_hourly_value",
        "ads",
        "content",
        "management",
        "tools",
        "calendar",
        "start",
        "weeks",
        "public_holidays",
        "marketing_days",
        "key_dates",
        "date",
        "kind",
        "mix",
        // Locales and common codes.
        "it",
        "en",
        "IT",
        "GB",
        "US",
        "DE",
        "FR",
        "ES",
        "EUR",
        "GBP",
        "USD",
        "CHF",
        // Sectors.
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
        // Offers and reaches.
        "b2c",
        "b2b",
        "both",
        "local",
        "regional",
        "national",
        "international",
        // Goals.
        "awareness",
        "community",
        "traffic",
        "leads",
        "sales",
        "customer_care",
        "recruiting",
        // Channels.
        "instagram",
        "facebook",
        "linkedin",
        "tiktok",
        "youtube",
        "pinterest",
        "x",
        "threads",
        "whatsapp",
        "google_business",
        // Formats.
        "photo",
        "graphics",
        "short_video",
        "long_video",
        "text",
        "article",
        "live",
        "stories",
        // Managed by.
        "owner",
        "employee",
        "freelancer",
        "agency",
        // Key date kinds.
        "launch",
        "event",
        "promotion",
        "closure",
        "season",
        // Age bands.
        "13-17",
        "18-24",
        "25-34",
        "35-44",
        "45-54",
        "55-64",
        "65+",
        // Online times.
        "morning",
        "lunch",
        "afternoon",
        "evening",
        "weekend",
        // Conversions.
        "utm_link",
        "promo_code",
        "ask_customers",
        "booking_form",
        "phone_calls",
        "store_visits",
        // Gender skews.
        "female",
        "male",
        "balanced",
        // Mix presets.
        "80_20",
        "70_20_10",
        "4_1_1",
        "5_3_2",
        // Monthly check-ins (answers version 2, issue #15).
        "checkins",
        "month",
        "kpis",
        "value",
        "hours_spent",
        "ads_spent",
        "note",
    ];

    /// Day numbers count from this date.
    fn epoch() -> NaiveDate {
        NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or_default()
    }

    pub fn encode(value: &Value) -> Vec<u8> {
        let mut out = Vec::new();
        write_value(&mut out, value);
        out
    }

    fn write_value(out: &mut Vec<u8>, value: &Value) {
        match value {
            Value::Null => out.push(NULL),
            Value::Bool(false) => out.push(FALSE),
            Value::Bool(true) => out.push(TRUE),
            Value::Number(n) => write_number(out, n),
            Value::String(s) => write_text(out, s),
            Value::Array(items) => {
                out.push(LIST);
                write_varint(out, items.len() as u64);
                for item in items {
                    write_value(out, item);
                }
            }
            Value::Object(fields) => {
                out.push(OBJECT);
                write_varint(out, fields.len() as u64);
                for (key, field) in fields {
                    write_text(out, key);
                    write_value(out, field);
                }
            }
        }
    }

    fn write_number(out: &mut Vec<u8>, n: &Number) {
        if let Some(u) = n.as_u64() {
            out.push(UNSIGNED);
            write_varint(out, u);
        } else if let Some(i) = n.as_i64() {
            out.push(NEGATIVE);
            // i < 0 here, so -(i + 1) fits in u64 without overflow.
            write_varint(out, (-(i + 1)) as u64);
        } else {
            out.push(FLOAT);
            out.extend_from_slice(&n.as_f64().unwrap_or(0.0).to_le_bytes());
        }
    }

    fn write_text(out: &mut Vec<u8>, s: &str) {
        let word = WORDS
            .iter()
            .position(|w| *w == s)
            .and_then(|i| u8::try_from(i).ok());
        if let Some(tag) = word.and_then(|i| WORD.checked_add(i)) {
            out.push(tag);
        } else if let Some(day) = as_day_number(s) {
            out.push(DATE);
            write_varint(out, zigzag(day));
        } else {
            let packed = super::text_code::pack(s.as_bytes());
            if packed.len() < s.len() {
                out.push(PACKED_TEXT);
                write_varint(out, s.len() as u64);
                out.extend_from_slice(&packed);
            } else {
                out.push(TEXT);
                write_varint(out, s.len() as u64);
                out.extend_from_slice(s.as_bytes());
            }
        }
    }

    /// The day number of a date written exactly as `YYYY-MM-DD`, so it reads back identical.
    fn as_day_number(s: &str) -> Option<i64> {
        if s.len() != 10 {
            return None;
        }
        // `NaiveDate`'s own `FromStr`/`Display` (already used by the answers' serde) rather
        // than the strftime machinery, which would add wasm.
        let date: NaiveDate = s.parse().ok()?;
        (date.to_string() == s).then(|| (date - epoch()).num_days())
    }

    fn zigzag(n: i64) -> u64 {
        ((n << 1) ^ (n >> 63)) as u64
    }

    fn unzigzag(n: u64) -> i64 {
        ((n >> 1) as i64) ^ -((n & 1) as i64)
    }

    fn write_varint(out: &mut Vec<u8>, mut n: u64) {
        while n >= 0x80 {
            out.push((n as u8 & 0x7f) | 0x80);
            n >>= 7;
        }
        out.push(n as u8);
    }

    /// The value in `bytes`, which must hold exactly one value. `None` if malformed.
    pub fn decode(bytes: &[u8]) -> Option<Value> {
        let mut reader = Reader { bytes, at: 0 };
        let value = reader.value(0)?;
        (reader.at == bytes.len()).then_some(value)
    }

    struct Reader<'a> {
        bytes: &'a [u8],
        at: usize,
    }

    impl Reader<'_> {
        fn byte(&mut self) -> Option<u8> {
            let b = *self.bytes.get(self.at)?;
            self.at += 1;
            Some(b)
        }

        fn take(&mut self, len: u64) -> Option<&[u8]> {
            let len = usize::try_from(len).ok()?;
            let end = self.at.checked_add(len)?;
            let slice = self.bytes.get(self.at..end)?;
            self.at = end;
            Some(slice)
        }

        fn varint(&mut self) -> Option<u64> {
            let mut n: u64 = 0;
            for shift in (0..64).step_by(7) {
                let b = self.byte()?;
                let part = u64::from(b & 0x7f);
                if shift == 63 && part > 1 {
                    return None;
                }
                n |= part << shift;
                if b & 0x80 == 0 {
                    return Some(n);
                }
            }
            None
        }

        fn value(&mut self, depth: usize) -> Option<Value> {
            if depth > MAX_DEPTH {
                return None;
            }
            let tag = self.byte()?;
            Some(match tag {
                NULL => Value::Null,
                FALSE => Value::Bool(false),
                TRUE => Value::Bool(true),
                UNSIGNED => Value::from(self.varint()?),
                NEGATIVE => {
                    let magnitude = i64::try_from(self.varint()?).ok()?;
                    Value::from(-magnitude - 1)
                }
                FLOAT => {
                    let raw: [u8; 8] = self.take(8)?.try_into().ok()?;
                    Value::Number(Number::from_f64(f64::from_le_bytes(raw))?)
                }
                LIST => {
                    let count = self.varint()?;
                    let mut items = Vec::new();
                    for _ in 0..count {
                        items.push(self.value(depth + 1)?);
                    }
                    Value::Array(items)
                }
                OBJECT => {
                    let count = self.varint()?;
                    let mut fields = Map::new();
                    for _ in 0..count {
                        let Value::String(key) = self.value(depth + 1)? else {
                            return None;
                        };
                        let field = self.value(depth + 1)?;
                        fields.insert(key, field);
                    }
                    Value::Object(fields)
                }
                TEXT | PACKED_TEXT | DATE | WORD.. => Value::String(self.text_after(tag)?),
                _ => return None,
            })
        }

        fn text_after(&mut self, tag: u8) -> Option<String> {
            match tag {
                TEXT => {
                    let len = self.varint()?;
                    String::from_utf8(self.take(len)?.to_vec()).ok()
                }
                PACKED_TEXT => {
                    let len = usize::try_from(self.varint()?).ok()?;
                    let rest = self.bytes.get(self.at..)?;
                    let (text, used) = super::text_code::unpack(rest, len)?;
                    self.at += used;
                    String::from_utf8(text).ok()
                }
                DATE => {
                    let days = unzigzag(self.varint()?);
                    let date = epoch().checked_add_signed(chrono::TimeDelta::try_days(days)?)?;
                    Some(date.to_string())
                }
                _ => WORDS.get(usize::from(tag - WORD)).map(|w| (*w).to_owned()),
            }
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn the_dictionary_fits_in_one_byte_and_has_no_repeats() {
            assert!(WORDS.len() <= usize::from(u8::MAX - WORD) + 1);
            for (i, w) in WORDS.iter().enumerate() {
                assert!(!WORDS[..i].contains(w), "{w} appears twice");
            }
        }

        #[test]
        fn every_value_reads_back() {
            let value = serde_json::json!({
                "a": [null, true, false, 0, 127, 128, u64::MAX, -1, i64::MIN, 0.5, -1e300],
                "schema": "rotta.answers/2",
                "dates": ["2000-01-01", "1999-12-31", "2100-12-31", "2027-1-4", "+2027-01-04"],
                "text": "Caffè “Rossi” 🥐",
                "": {},
            });
            assert_eq!(decode(&encode(&value)), Some(value));
        }

        #[test]
        fn malformed_bytes_are_refused() {
            assert_eq!(decode(&[]), None);
            assert_eq!(
                decode(&[TEXT, 5, b'a']),
                None,
                "text shorter than its length"
            );
            assert_eq!(decode(&[TEXT, 2, 0xc3, 0x28]), None, "not UTF-8");
            assert_eq!(decode(&[NULL, NULL]), None, "trailing bytes");
            assert_eq!(
                decode(&[OBJECT, 1, UNSIGNED, 1, NULL]),
                None,
                "a number as key"
            );
            assert_eq!(
                decode(&[
                    UNSIGNED, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f
                ]),
                None
            );
            assert_eq!(
                decode(&[LIST, 0xff, 0xff, 0xff, 0xff, 0x0f]),
                None,
                "a count with no items"
            );
            let deep: Vec<u8> = std::iter::repeat_n([LIST, 1], 100)
                .flatten()
                .chain([NULL])
                .collect();
            assert_eq!(decode(&deep), None, "nesting is capped");
            assert_eq!(decode(&[0x0a]), None, "unknown tag");
            assert_eq!(decode(&[0xff]), None, "word past the dictionary");
        }
    }
}

/// A fixed (static) Huffman code for the bytes of free texts, tuned for Italian and English:
/// common letters take 3–5 bits instead of 8, which shortens a typical link by about a third.
/// The weights are part of format 1: **never change them**; a new code needs a new format.
mod text_code {
    /// Longest code the weights below produce (checked by a test); codes fit in a `u32`.
    const MAX_BITS: usize = 24;

    /// Relative frequency of each byte in the texts of a plan (names, value proposition,
    /// persona, key dates); every byte has at least 1 so any UTF-8 text can be coded.
    fn weight(byte: u8) -> u32 {
        match byte {
            b' ' => 1700,
            b'e' => 1100,
            b'a' => 1050,
            b'i' => 1000,
            b'o' => 900,
            b'n' => 650,
            b'r' | b't' => 600,
            b'l' | b's' => 550,
            b'c' => 420,
            b'd' => 350,
            b'u' => 300,
            b'p' => 280,
            b'm' => 260,
            b'g' | b'v' => 160,
            b'h' => 150,
            b',' => 120,
            b'.' | b'f' => 110,
            b'b' => 90,
            b'z' => 80,
            b'y' | b'\'' => 60,
            b'w' => 50,
            0xc3 => 60,
            b'0'..=b'9' | b'k' | b'q' | b'-' => 30,
            b'A'..=b'Z' => 25,
            b'x' | b'#' => 20,
            // The second byte of à è é ì ò ù.
            0xa0 | 0xa8 | 0xa9 | 0xac | 0xb2 | 0xb9 => 15,
            b'j' | b'/' | b':' => 10,
            b'(' | b')' | b'!' | b'?' | b'"' => 8,
            b'&' | b'+' | b'@' | b'_' | b';' | b'%' | b'\n' | 0xe2 | 0x80 => 5,
            _ => 1,
        }
    }

    /// The code length of every byte, from a Huffman tree over [`weight`]. Ties are broken by
    /// position, so the lengths are the same on every machine.
    fn lengths() -> [u8; 256] {
        let mut lengths = [0u8; 256];
        // Each group: its total weight and the bytes under it.
        let mut groups: Vec<(u32, Vec<u8>)> = (0..=255u8).map(|b| (weight(b), vec![b])).collect();
        while groups.len() > 1 {
            let (a, b) = two_lightest(&groups);
            let (later, earlier) = (a.max(b), a.min(b));
            let second = groups.remove(later);
            let first = groups.remove(earlier);
            for byte in first.1.iter().chain(&second.1) {
                if let Some(length) = lengths.get_mut(usize::from(*byte)) {
                    *length = length.saturating_add(1);
                }
            }
            let mut bytes = first.1;
            bytes.extend(second.1);
            groups.push((first.0 + second.0, bytes));
        }
        lengths
    }

    /// The positions of the two lightest groups (the first found wins a tie).
    fn two_lightest(groups: &[(u32, Vec<u8>)]) -> (usize, usize) {
        let (mut lightest, mut second) = ((u32::MAX, 0), (u32::MAX, 0));
        for (i, (weight, _)) in groups.iter().enumerate() {
            if *weight < lightest.0 {
                second = lightest;
                lightest = (*weight, i);
            } else if *weight < second.0 {
                second = (*weight, i);
            }
        }
        (lightest.1, second.1)
    }

    /// The code, built once: canonical codes per byte for packing, and per length the number
    /// of codes and the bytes in canonical order for unpacking.
    struct Code {
        codes: [(u32, u8); 256],
        count: [u32; MAX_BITS + 1],
        symbols: Vec<u8>,
    }

    fn code() -> &'static Code {
        static CODE: std::sync::OnceLock<Code> = std::sync::OnceLock::new();
        CODE.get_or_init(|| {
            let lengths = lengths();
            let mut count = [0u32; MAX_BITS + 1];
            let mut symbols: Vec<u8> = Vec::with_capacity(256);
            for length in 1..=MAX_BITS {
                for (byte, l) in (0..=255u8).zip(lengths.iter()) {
                    if usize::from(*l) == length {
                        if let Some(c) = count.get_mut(length) {
                            *c += 1;
                        }
                        symbols.push(byte);
                    }
                }
            }
            Code {
                codes: codes(&lengths),
                count,
                symbols,
            }
        })
    }

    /// Canonical codes: `(code, length)` per byte, shorter codes first, then by byte value.
    fn codes(lengths: &[u8; 256]) -> [(u32, u8); 256] {
        let mut codes = [(0u32, 0u8); 256];
        let mut code = 0u32;
        for length in 1..=MAX_BITS as u8 {
            for (byte, l) in lengths.iter().enumerate() {
                if *l == length {
                    if let Some(slot) = codes.get_mut(byte) {
                        *slot = (code, length);
                    }
                    code = code.wrapping_add(1);
                }
            }
            code <<= 1;
        }
        codes
    }

    /// `text` as Huffman bits, most significant first, padded with zeros to a whole byte.
    pub fn pack(text: &[u8]) -> Vec<u8> {
        let codes = &code().codes;
        let mut out = Vec::with_capacity(text.len());
        let (mut acc, mut filled) = (0u64, 0u32);
        for byte in text {
            let (code, length) = codes.get(usize::from(*byte)).copied().unwrap_or((0, 0));
            acc = (acc << length) | u64::from(code);
            filled += u32::from(length);
            while filled >= 8 {
                filled -= 8;
                out.push((acc >> filled) as u8);
            }
        }
        if filled > 0 {
            out.push((acc << (8 - filled)) as u8);
        }
        out
    }

    /// Decodes `len` bytes of text from the start of `bits`; returns them and how many bytes
    /// of `bits` were used. `None` if the bits run out (every byte takes at least one bit, so
    /// a `len` larger than the bits can hold is refused before any work).
    pub fn unpack(bits: &[u8], len: usize) -> Option<(Vec<u8>, usize)> {
        if len > bits.len().saturating_mul(8) {
            return None;
        }
        let Code { count, symbols, .. } = code();
        let mut position = 0usize; // in bits
        let mut next_bit = || {
            let byte = bits.get(position / 8)?;
            let bit = (byte >> (7 - position % 8)) & 1;
            position += 1;
            Some(u32::from(bit))
        };
        let mut text = Vec::with_capacity(len);
        while text.len() < len {
            let (mut code, mut first, mut index) = (0u32, 0u32, 0u32);
            let mut found = None;
            for c in count.iter().skip(1) {
                code |= next_bit()?;
                if code.wrapping_sub(first) < *c {
                    found = symbols.get((index + code - first) as usize).copied();
                    break;
                }
                index += c;
                first = (first + c) << 1;
                code <<= 1;
            }
            text.push(found?);
        }
        Some((text, position.div_ceil(8)))
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn every_byte_has_a_code_no_longer_than_the_limit_and_common_letters_are_short() {
            let lengths = lengths();
            assert!(
                lengths.iter().all(|l| (1..=MAX_BITS as u8).contains(l)),
                "{lengths:?}"
            );
            assert!(lengths[usize::from(b' ')] <= 4 && lengths[usize::from(b'e')] <= 4);
            // A complete prefix code: the Kraft sum is exactly 1.
            let kraft: f64 = lengths.iter().map(|l| 0.5f64.powi(i32::from(*l))).sum();
            assert!((kraft - 1.0).abs() < 1e-12, "{kraft}");
        }

        #[test]
        fn texts_read_back_and_shrink() {
            for text in [
                "",
                "a",
                "Pane a lievito madre cotto a legna, ogni mattina.",
                "Caffè è così 🥐\u{0}\u{ff}",
            ] {
                let packed = pack(text.as_bytes());
                let (back, used) = unpack(&packed, text.len()).unwrap();
                assert_eq!(back, text.as_bytes());
                assert_eq!(used, packed.len());
            }
            let italian = "Donne che arredano casa con cura e cercano oggetti con una storia.";
            assert!(pack(italian.as_bytes()).len() * 10 < italian.len() * 7);
            assert_eq!(
                unpack(&[0xff], 9),
                None,
                "more bytes than the bits can hold"
            );
            assert_eq!(unpack(&[], 1), None);
        }
    }
}

/// The 4-byte FNV-1a checksum that closes the payload.
mod checksum {
    fn fnv1a(bytes: &[u8]) -> [u8; 4] {
        let hash = bytes.iter().fold(0x811c_9dc5_u32, |h, b| {
            (h ^ u32::from(*b)).wrapping_mul(0x0100_0193)
        });
        hash.to_be_bytes()
    }

    pub fn append(bytes: &mut Vec<u8>) {
        let sum = fnv1a(bytes);
        bytes.extend_from_slice(&sum);
    }

    /// The body of `bytes` if its last four bytes are the body's checksum.
    pub fn verified(bytes: &[u8]) -> Option<&[u8]> {
        let split = bytes.len().checked_sub(4)?;
        let (body, sum) = bytes.split_at(split);
        (fnv1a(body) == sum).then_some(body)
    }
}

/// Base64 with the URL-safe alphabet and no padding (RFC 4648 §5).
mod base64url {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    pub fn encode(bytes: &[u8]) -> String {
        let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
        for chunk in bytes.chunks(3) {
            let b = [chunk.first(), chunk.get(1), chunk.get(2)].map(|b| b.copied().unwrap_or(0));
            let n = u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2]);
            for i in 0..=chunk.len() {
                let sextet = (n >> (18 - 6 * i)) & 0x3f;
                out.push(char::from(ALPHABET[sextet as usize]));
            }
        }
        out
    }

    fn sextet(c: u8) -> Option<u32> {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'-' => 62,
            b'_' => 63,
            _ => return None,
        };
        Some(u32::from(v))
    }

    /// The bytes of `text`; `None` for a character outside the alphabet or an impossible
    /// length. Trailing `=` padding is tolerated.
    pub fn decode(text: &str) -> Option<Vec<u8>> {
        let text = text.trim_end_matches('=').as_bytes();
        if text.len() % 4 == 1 {
            return None;
        }
        let mut out = Vec::with_capacity(text.len() / 4 * 3 + 2);
        for chunk in text.chunks(4) {
            let mut n = 0u32;
            for (i, c) in chunk.iter().enumerate() {
                n |= sextet(*c)? << (18 - 6 * i);
            }
            let bytes = n.to_be_bytes();
            out.extend_from_slice(bytes.get(1..chunk.len())?);
        }
        Some(out)
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn round_trips_every_length_and_refuses_foreign_characters() {
            let data: Vec<u8> = (0..=255u8).collect();
            for len in 0..data.len() {
                let encoded = encode(&data[..len]);
                assert!(
                    encoded
                        .bytes()
                        .all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_')
                );
                assert_eq!(decode(&encoded).as_deref(), Some(&data[..len]));
            }
            assert_eq!(encode(b"Man"), "TWFu");
            assert_eq!(decode("TWE="), Some(b"Ma".to_vec()));
            assert_eq!(decode("TW+u"), None);
            assert_eq!(decode("TWFuT"), None);
            assert_eq!(decode("TW u"), None);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_exists_in_every_language() {
        let keys = [
            Msg::ShareCopyLink,
            Msg::ShareLinkCopied,
            Msg::ShareSharedReadOnly,
            Msg::ShareSaveAsNewPlan,
            Msg::ShareErrorNotALink,
            Msg::ShareErrorDamaged,
            Msg::ShareErrorTooLarge,
            Msg::ShareErrorInvalid,
        ];
        for key in keys {
            let it = t(Locale::It, key);
            for locale in Locale::ALL {
                let text = t(*locale, key);
                assert!(!text.trim().is_empty(), "{key:?} {locale:?}");
                if *locale != Locale::It {
                    assert_ne!(it, text, "{key:?} is not translated in {locale:?}");
                }
            }
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]

        /// The link carries the answers exactly: every enumeration value, unicode texts,
        /// fractional numbers, key dates.
        #[test]
        fn the_link_round_trips_any_valid_answers(answers in crate::core::store::arbitrary::answers(crate::core::store::arbitrary::Numbers::AnyBits)) {
            let fragment = share_fragment(&answers);
            proptest::prop_assert!(fragment.starts_with("share=1."));
            proptest::prop_assert!(fragment
                .bytes()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b'.' | b'=')));
            proptest::prop_assert_eq!(answers_from_fragment(&fragment), Ok(answers.clone()));
            proptest::prop_assert_eq!(answers_from_fragment(&format!("#{fragment}")), Ok(answers));
        }

        /// Any single changed character is noticed: the link is refused, never read as
        /// different answers.
        #[test]
        fn a_changed_character_is_never_read_as_other_answers(
            answers in crate::core::store::arbitrary::answers(crate::core::store::arbitrary::Numbers::AnyBits),
            position in proptest::prelude::any::<proptest::sample::Index>(),
            replacement in proptest::sample::select(b"AZaz09-_".to_vec()),
        ) {
            let fragment = share_fragment(&answers);
            let payload_start = "share=1.".len();
            let at = payload_start + position.index(fragment.len() - payload_start);
            let mut bytes = fragment.into_bytes();
            if bytes[at] != replacement {
                bytes[at] = replacement;
                let damaged = String::from_utf8(bytes).unwrap();
                let read = answers_from_fragment(&damaged);
                // The last character's unused low bits may change without changing a byte:
                // then the link reads as the same answers, which is fine.
                proptest::prop_assert!(
                    !matches!(&read, Ok(other) if *other != answers),
                    "a damaged link read as the same answers is fine, as other answers is not"
                );
            }
        }

        #[test]
        fn arbitrary_fragments_never_panic(fragment in "(?s).{0,300}", payload in "[A-Za-z0-9_-]{0,300}") {
            let _ = answers_from_fragment(&fragment);
            let _ = answers_from_fragment(&format!("share=1.{payload}"));
        }
    }

    #[test]
    fn a_link_that_unpacks_to_too_much_is_refused() {
        // 40,000 one-byte dictionary words unpack to about a megabyte of JSON.
        let bomb = serde_json::json!({ "skills": vec!["professional_services"; 40_000] });
        let fragment = fragment_of(&bomb);
        assert!(
            fragment.len() < MAX_SHARE_CHARS,
            "decoded, not refused for its length"
        );
        assert_eq!(answers_from_fragment(&fragment), Err(ShareError::TooLarge));
    }

    #[test]
    fn an_intact_link_with_values_this_build_does_not_know_is_invalid() {
        let unknown_sector = serde_json::json!({ "business": { "sector": "bakery" } });
        let Err(ShareError::Invalid(why)) = answers_from_fragment(&fragment_of(&unknown_sector))
        else {
            panic!("an unknown value is Invalid");
        };
        assert!(why.contains("bakery"), "{why}");
        let other_schema = serde_json::json!({ "schema": "acme/1" });
        assert!(matches!(
            answers_from_fragment(&fragment_of(&other_schema)),
            Err(ShareError::Invalid(_))
        ));
        let not_an_object = serde_json::json!(["a"]);
        assert!(matches!(
            answers_from_fragment(&fragment_of(&not_an_object)),
            Err(ShareError::Invalid(_))
        ));
    }

    #[test]
    fn defaults_are_left_out_and_put_back() {
        let answers = Answers::default();
        let fragment = share_fragment(&answers);
        // Nothing but the format, an empty object and the checksum.
        assert!(fragment.len() < 20, "{fragment}");
        assert_eq!(answers_from_fragment(&fragment), Ok(answers));
    }
}
