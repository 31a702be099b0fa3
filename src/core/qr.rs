//! The share link as a QR code, for a phone in the room (issue #15 §1): the link → an SVG
//! picture of its QR code, drawn offline by the charts' one SVG writer (`charts::svg`), so it
//! is shown like the charts, as an `<img>` with a `data:` URL.
//!
//! # Sized to scan from a projector
//!
//! In a workshop the code is projected and scanned from the seats. What limits the distance
//! is how many camera pixels a *module* (one black or white square) covers:
//!
//! - the projected image is 2–3 m wide (16:9), so 1.1–1.7 m tall; "Show large" fills the
//!   height, so the code with its quiet zone is about 1.0–1.5 m wide;
//! - a phone's camera preview is about 1,920 pixels over a 65° field: at a distance of `D`
//!   metres one camera pixel covers about 0.6 mm × `D`; decoders need about 3 pixels per
//!   module, so a module must be about 1.8 mm per metre of distance;
//! - the projector itself is not the limit: at 1080 (720) lines a 125-module code gets 8.6
//!   (5.8) projector pixels per module, whole edges with `shape-rendering="crispEdges"`.
//!
//! A version-`v` code is `4v + 17` modules plus a 4-module quiet zone on each side. Version
//! [`MAX_VERSION`] = 25 is 117 + 8 = 125 modules: 8–12 mm per module on the screen above, so
//! it scans from 4.5–6.5 m with the camera as it is and from 9–13 m with the 2× zoom every
//! phone has: the back of a room for 30–40 people. Version 40 (185 modules) would need the
//! front rows. Links that need more than version 25 are refused ([`TooLong`]): the share box
//! says so and offers the answers file instead.
//!
//! Error correction: level L (about 7 % of the codewords may be wrong). A projected code is
//! not torn or stained, which is what the higher levels are for; blur and glare spoil whole
//! areas that no level recovers. Each level up costs capacity, hence a larger version and
//! smaller modules at the same projected size: version 25 holds 1,273 bytes at L, 997 at M,
//! 715 at Q, 535 at H. When a link leaves room in its version, the encoder raises the level
//! for free (`boost_ecl`). The link is encoded as bytes: base64url has lower-case letters,
//! so the denser alphanumeric mode does not apply.
//!
//! Measured share links (`tests/share_links.rs`, `docs/storage.md`): a small plan's link is
//! a few hundred characters (version 10–15); a typical full plan's is about 1,150 characters
//! plus the page address, near the limit; a plan with long texts is over it.

use crate::core::charts::svg::{Svg, V};
use crate::core::charts::{INK, Picture};
use crate::core::l10n::{Msg, fill, format, t};
use crate::core::model::Locale;
use qrcodegen::{QrCode, QrCodeEcc, QrSegment, Version};

/// The largest QR version drawn (117 × 117 modules); see the module's documentation.
pub const MAX_VERSION: u8 = 25;

/// The light border around the code, in modules: the 4 the QR standard asks for.
pub const QUIET_ZONE: i32 = 4;

/// The longest link (in bytes; links are ASCII) that fits [`MAX_VERSION`] at level L.
pub const MAX_LINK_BYTES: usize = 1273;

/// A link's QR code: its version (1–[`MAX_VERSION`]), its size in modules without the quiet
/// zone, and the picture (SVG, with the quiet zone; its label is the image's alt text).
#[derive(Debug, Clone, PartialEq)]
pub struct LinkQr {
    pub version: u8,
    pub modules: i32,
    pub picture: Picture,
}

/// The link is too long for a code of at most [`MAX_VERSION`]: its length in bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TooLong {
    pub length: usize,
}

/// The QR code of `link`, labelled in `locale`; [`TooLong`] past [`MAX_LINK_BYTES`].
pub fn link_qr(link: &str, locale: Locale) -> Result<LinkQr, TooLong> {
    let too_long = TooLong { length: link.len() };
    let segments = [QrSegment::make_bytes(link.as_bytes())];
    let code = QrCode::encode_segments_advanced(
        &segments,
        QrCodeEcc::Low,
        Version::MIN,
        Version::new(MAX_VERSION),
        None,
        true,
    )
    .map_err(|_| too_long)?;
    Ok(LinkQr {
        version: code.version().value(),
        modules: code.size(),
        picture: draw(&code, t(locale, Msg::ShareQrAlt)),
    })
}

/// The largest size (in CSS pixels) at most `available` that gives each module of a code
/// `side` modules wide (quiet zone included) the same whole number of pixels, at least one.
/// Uneven modules (3 pixels, then 4) blur the grid a decoder has to find: jsQR, for one, often
/// fails on a version-25 code at 384 px and reads it at 375 px (3 per module).
pub fn whole_module_size(side: i32, available: f64) -> i32 {
    let side = side.max(1);
    let per_module = (available / f64::from(side)).floor();
    side * (per_module as i32).max(1)
}

/// The message for a link too long for a QR code, in `locale`.
pub fn too_long_text(locale: Locale, too_long: TooLong) -> String {
    fill(
        locale,
        Msg::ShareQrTooLong,
        &[
            ("length", &format::number(locale, too_long.length as f64)),
            ("max", &format::number(locale, MAX_LINK_BYTES as f64)),
        ],
    )
}

/// The code as one `<path>` of its dark modules on a white square with the quiet zone; one
/// viewBox unit per module, whole numbers only. Each run of dark modules in a row is one
/// rectangle; within a row the next run starts with a relative move, which keeps the path
/// (and the `data:` URL) about half as long as absolute coordinates would.
fn draw(code: &QrCode, label: &str) -> Picture {
    let size = code.size();
    let side = size + 2 * QUIET_ZONE;
    let mut d = String::with_capacity((size * size) as usize / 2);
    for y in 0..size {
        let mut x = 0;
        let mut last_start = None;
        while x < size {
            if !code.get_module(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < size && code.get_module(x, y) {
                x += 1;
            }
            let run = x - start;
            // After `z` the pen is back at the run's start.
            match last_start {
                None => d.push_str(&format!("M{} {}", start + QUIET_ZONE, y + QUIET_ZONE)),
                Some(previous) => d.push_str(&format!("m{} 0", start - previous)),
            }
            d.push_str(&format!("h{run}v1h-{run}z"));
            last_start = Some(start);
        }
    }
    let mut svg = Svg::new(side, side, label, "");
    svg.empty(
        "path",
        &[
            ("d", V::S(&d)),
            ("fill", V::S(INK)),
            ("shape-rendering", V::S("crispEdges")),
        ],
    );
    svg.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::charts::tests::elements;

    /// A share link of `fragment_chars` payload characters under a usual address.
    fn link(total: usize) -> String {
        let head = "https://example.org/workshop/rotta/?step=plan#share=1.";
        let mut link = head.to_string();
        let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        let mut i = 0usize;
        while link.len() < total {
            link.push(char::from(alphabet[(i * 7 + i / 3) % alphabet.len()]));
            i += 1;
        }
        link
    }

    fn attr<'a>(element: &'a (String, Vec<(String, String)>), name: &str) -> &'a str {
        element
            .1
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .unwrap_or_else(|| panic!("no {name} on {}", element.0))
    }

    fn number(chars: &mut std::iter::Peekable<std::str::Chars>) -> i32 {
        while chars.peek() == Some(&' ') {
            chars.next();
        }
        let mut s = String::new();
        while let Some(&c) = chars.peek() {
            if c == '-' && s.is_empty() || c.is_ascii_digit() {
                s.push(c);
                chars.next();
            } else {
                break;
            }
        }
        s.parse::<i32>().expect("whole numbers only")
    }

    /// The dark squares drawn by the path (our own small syntax: M, m, h, v, z).
    fn drawn(d: &str, side: i32) -> Vec<Vec<bool>> {
        let mut grid = vec![vec![false; side as usize]; side as usize];
        let (mut start, mut pen) = ((0, 0), (0, 0));
        let mut chars = d.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                'M' | 'm' => {
                    let (x, y) = (number(&mut chars), number(&mut chars));
                    pen = if c == 'M' {
                        (x, y)
                    } else {
                        (pen.0 + x, pen.1 + y)
                    };
                    start = pen;
                }
                'h' => {
                    let n = number(&mut chars);
                    if n > 0 {
                        for x in pen.0..pen.0 + n {
                            assert!(!grid[pen.1 as usize][x as usize], "drawn twice");
                            grid[pen.1 as usize][x as usize] = true;
                        }
                    }
                    pen.0 += n;
                }
                'v' => {
                    assert_eq!(number(&mut chars), 1, "runs are one module high");
                    pen.1 += 1;
                }
                'z' => pen = start,
                other => panic!("unexpected {other:?} in the path"),
            }
        }
        grid
    }

    #[test]
    fn the_svg_is_one_path_of_the_dark_modules_with_a_quiet_zone() {
        let link = link(300);
        let qr = link_qr(&link, Locale::En).unwrap();
        assert_eq!(qr.modules, 4 * i32::from(qr.version) + 17);
        let side = qr.modules + 2 * QUIET_ZONE;
        let elements = elements(&qr.picture.svg);
        let names: Vec<&str> = elements.iter().map(|e| e.0.as_str()).collect();
        assert_eq!(names, ["svg", "rect", "path"], "a background and one path");
        assert_eq!(attr(&elements[0], "viewBox"), format!("0 0 {side} {side}"));
        assert_eq!(attr(&elements[1], "fill"), "#ffffff");
        assert_eq!(attr(&elements[1], "width"), side.to_string());
        assert_eq!(attr(&elements[2], "shape-rendering"), "crispEdges");
        assert!(
            elements
                .iter()
                .all(|e| e.1.iter().all(|(k, _)| k != "style")),
            "presentation attributes only: the CSP refuses style attributes"
        );
        assert_eq!(qr.picture.label, t(Locale::En, Msg::ShareQrAlt));
        assert_eq!(attr(&elements[0], "aria-label"), qr.picture.label);

        // The path draws exactly the encoder's dark modules, moved in by the quiet zone.
        let grid = drawn(attr(&elements[2], "d"), side);
        let code = QrCode::encode_segments_advanced(
            &[QrSegment::make_bytes(link.as_bytes())],
            QrCodeEcc::Low,
            Version::MIN,
            Version::new(MAX_VERSION),
            None,
            true,
        )
        .unwrap();
        for y in 0..side {
            for x in 0..side {
                let inside = (QUIET_ZONE..QUIET_ZONE + qr.modules).contains(&x)
                    && (QUIET_ZONE..QUIET_ZONE + qr.modules).contains(&y);
                let dark = inside && code.get_module(x - QUIET_ZONE, y - QUIET_ZONE);
                assert_eq!(grid[y as usize][x as usize], dark, "module ({x}, {y})");
            }
        }
        // The three finder patterns' corners are dark, just inside the quiet zone.
        let q = QUIET_ZONE as usize;
        let last = q + qr.modules as usize - 1;
        assert!(grid[q][q] && grid[q][last] && grid[last][q]);
        assert!(!grid[last][last - 7], "no finder pattern bottom right");
    }

    #[test]
    fn the_limit_is_version_25_at_exactly_max_link_bytes() {
        let longest = link_qr(&link(MAX_LINK_BYTES), Locale::En).unwrap();
        assert_eq!(longest.version, MAX_VERSION);
        assert_eq!(longest.modules, 117);
        assert_eq!(
            link_qr(&link(MAX_LINK_BYTES + 1), Locale::En),
            Err(TooLong {
                length: MAX_LINK_BYTES + 1
            })
        );
        assert_eq!(
            link_qr(&link(20_000), Locale::En),
            Err(TooLong { length: 20_000 })
        );
        // Shorter links get smaller codes, hence bigger modules on the same screen.
        let short = link_qr(&link(120), Locale::En).unwrap();
        assert!(short.version < 8, "version {}", short.version);
        let mut last = 0;
        for length in (100..=MAX_LINK_BYTES).step_by(97) {
            let version = link_qr(&link(length), Locale::En).unwrap().version;
            assert!((last..=MAX_VERSION).contains(&version));
            last = version;
        }
    }

    #[test]
    fn the_same_link_draws_the_same_picture_and_another_link_another() {
        let a = link_qr(&link(600), Locale::En).unwrap();
        assert_eq!(a, link_qr(&link(600), Locale::En).unwrap());
        let b = link_qr(&link(601), Locale::En).unwrap();
        assert_ne!(a.picture.svg, b.picture.svg);
        // The label follows the language; the drawing does not.
        let it = link_qr(&link(600), Locale::It).unwrap();
        assert_eq!(it.picture.label, t(Locale::It, Msg::ShareQrAlt));
        assert_ne!(it.picture.label, a.picture.label);
        assert_eq!(
            it.picture.svg.split("<path").nth(1),
            a.picture.svg.split("<path").nth(1)
        );
    }

    #[test]
    fn the_data_url_is_an_svg_image_without_anything_active() {
        let url = link_qr(&link(900), Locale::En).unwrap().picture.data_url();
        assert!(url.starts_with("data:image/svg+xml,"));
        for active in ["script", "onload", "href", "style", "foreignObject"] {
            assert!(!url.contains(active), "{active}");
        }
    }

    #[test]
    fn the_size_shown_is_a_whole_number_of_pixels_per_module() {
        assert_eq!(whole_module_size(125, 384.0), 375);
        assert_eq!(whole_module_size(125, 1048.0), 1000);
        assert_eq!(whole_module_size(29, 384.0), 377);
        assert_eq!(
            whole_module_size(125, 124.0),
            125,
            "never below one pixel a module"
        );
        assert_eq!(whole_module_size(125, f64::NAN), 125);
        assert_eq!(whole_module_size(0, 100.0), 100);
    }

    #[test]
    fn the_too_long_message_gives_both_lengths_in_every_language() {
        for locale in Locale::ALL.iter().copied() {
            let text = too_long_text(locale, TooLong { length: 1500 });
            assert!(!text.contains('{'), "{locale:?}: {text}");
            assert!(text.contains(&format::number(locale, 1500.0)), "{text}");
            assert!(
                text.contains(&format::number(locale, MAX_LINK_BYTES as f64)),
                "{text}"
            );
        }
    }
}
