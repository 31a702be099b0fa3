//! The one SVG writer of the charts: every attribute value and every text goes through
//! [`escape_into`], so a business or key-date name such as `<script>` is written as inert text.
//! Coordinates are whole numbers (the viewBox scales them): no float printer in the wasm
//! (docs/size.md). Colours are presentation attributes (`fill=`), never `style=""`, which the
//! Content Security Policy refuses (scripts/post-build.mjs).

use super::{BACKGROUND, INK, PALETTE};

/// An attribute value: text (escaped when written) or a whole number.
pub enum V<'a> {
    S(&'a str),
    N(i32),
}

/// Writes `s` with the five XML special characters escaped.
pub fn escape_into(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Control characters are not allowed in XML 1.0 text; a space keeps the layout.
            c if (c as u32) < 0x20 && c != '\n' && c != '\t' => out.push(' '),
            c => out.push(c),
        }
    }
}

/// An SVG document being written.
pub struct Svg {
    out: String,
    label: String,
}

/// A finished SVG document and its accessible name.
#[derive(Debug, Clone, PartialEq)]
pub struct Picture {
    /// What the picture shows, in a few words (the image's alternative text).
    pub label: String,
    /// The SVG document.
    pub svg: String,
}

impl Picture {
    /// The picture as a `data:` URL, for an `<img>`: the SVG is shown as an image, which can
    /// run no script and needs no markup inserted into the page (the CSP allows `data:`
    /// images). Percent-encoded, so `#`, `%` and quotes survive.
    pub fn data_url(&self) -> String {
        let mut url = String::with_capacity(self.svg.len() + self.svg.len() / 4 + 24);
        url.push_str("data:image/svg+xml,");
        for byte in self.svg.bytes() {
            if byte.is_ascii_alphanumeric() || b" -_.~/=:;,()<>'!*+".contains(&byte) {
                url.push(char::from(byte));
            } else {
                url.push('%');
                url.push(char::from(b"0123456789ABCDEF"[usize::from(byte >> 4)]));
                url.push(char::from(b"0123456789ABCDEF"[usize::from(byte & 15)]));
            }
        }
        url
    }
}

impl Svg {
    /// Opens an `<svg>` of `width` × `height` units, an image named `label`, on a white
    /// background (the palette's contrast is measured against it, in dark mode too), with the
    /// series patterns defined under ids `{prefix}-s0`…
    pub fn new(width: i32, height: i32, label: &str, prefix: &str) -> Svg {
        let mut svg = Svg {
            out: String::with_capacity(4096),
            label: label.to_owned(),
        };
        let view_box = format!("0 0 {width} {height}");
        svg.open(
            "svg",
            &[
                ("xmlns", V::S("http://www.w3.org/2000/svg")),
                ("viewBox", V::S(&view_box)),
                ("role", V::S("img")),
                ("aria-label", V::S(label)),
                ("class", V::S("chart__svg")),
                ("font-family", V::S("system-ui, sans-serif")),
                ("font-size", V::N(14)),
                ("fill", V::S(INK)),
            ],
        );
        svg.empty(
            "rect",
            &[
                ("width", V::N(width)),
                ("height", V::N(height)),
                ("fill", V::S(BACKGROUND)),
            ],
        );
        if !prefix.is_empty() {
            svg.patterns(prefix);
        }
        svg
    }

    /// One `<pattern>` per palette colour: solid, stripes, dots, lines, so every series is
    /// told apart in black and white too.
    fn patterns(&mut self, prefix: &str) {
        const MARKS: [&str; 6] = [
            "",
            "M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4",
            "dots",
            "M0,4 h8",
            "M4,0 v8",
            "M0,0 l8,8 M8,0 l-8,8",
        ];
        self.open("defs", &[]);
        for (i, (colour, mark)) in PALETTE.iter().zip(MARKS).enumerate() {
            let id = format!("{prefix}-s{i}");
            self.open(
                "pattern",
                &[
                    ("id", V::S(&id)),
                    ("width", V::N(8)),
                    ("height", V::N(8)),
                    ("patternUnits", V::S("userSpaceOnUse")),
                ],
            );
            self.empty(
                "rect",
                &[
                    ("width", V::N(8)),
                    ("height", V::N(8)),
                    ("fill", V::S(colour)),
                ],
            );
            if mark == "dots" {
                self.empty(
                    "circle",
                    &[
                        ("cx", V::N(4)),
                        ("cy", V::N(4)),
                        ("r", V::N(2)),
                        ("fill", V::S(BACKGROUND)),
                    ],
                );
            } else if !mark.is_empty() {
                self.empty(
                    "path",
                    &[
                        ("d", V::S(mark)),
                        ("stroke", V::S(BACKGROUND)),
                        ("stroke-width", V::N(2)),
                    ],
                );
            }
            self.close("pattern");
        }
        self.close("defs");
    }

    fn tag(&mut self, tag: &str, attrs: &[(&str, V)]) {
        self.out.push('<');
        self.out.push_str(tag);
        self.attrs(attrs);
    }

    fn attrs(&mut self, attrs: &[(&str, V)]) {
        for (name, value) in attrs {
            self.out.push(' ');
            self.out.push_str(name);
            self.out.push_str("=\"");
            match value {
                V::S(s) => escape_into(&mut self.out, s),
                V::N(n) => self.out.push_str(&n.to_string()),
            }
            self.out.push('"');
        }
    }

    /// `<tag attrs…>`
    pub fn open(&mut self, tag: &str, attrs: &[(&str, V)]) {
        self.tag(tag, attrs);
        self.out.push('>');
    }

    /// `</tag>`
    pub fn close(&mut self, tag: &str) {
        self.out.push_str("</");
        self.out.push_str(tag);
        self.out.push('>');
    }

    /// `<tag attrs…/>`
    pub fn empty(&mut self, tag: &str, attrs: &[(&str, V)]) {
        self.tag(tag, attrs);
        self.out.push_str("/>");
    }

    /// A `<text>` at (`x`, `y`) with more attributes and `content` escaped.
    pub fn text(&mut self, x: i32, y: i32, content: &str, more: &[(&str, V)]) {
        self.out.push_str("<text x=\"");
        self.out.push_str(&x.to_string());
        self.out.push_str("\" y=\"");
        self.out.push_str(&y.to_string());
        self.out.push('"');
        self.attrs(more);
        self.out.push('>');
        escape_into(&mut self.out, content);
        self.out.push_str("</text>");
    }

    /// A rectangle filled with series `series`'s pattern, outlined in its colour (the
    /// outline carries the 3:1 contrast against the background).
    pub fn bar(&mut self, prefix: &str, series: usize, rect: (i32, i32, i32, i32), data: &str) {
        let (x, y, w, h) = rect;
        let fill = format!("url(#{prefix}-s{})", series % PALETTE.len());
        self.empty(
            "rect",
            &[
                ("x", V::N(x)),
                ("y", V::N(y)),
                ("width", V::N(w.max(0))),
                ("height", V::N(h)),
                ("fill", V::S(&fill)),
                ("stroke", V::S(PALETTE[series % PALETTE.len()])),
                ("stroke-width", V::N(1)),
                ("data-part", V::S(data)),
            ],
        );
    }

    /// Closes the document.
    pub fn finish(mut self) -> Picture {
        self.close("svg");
        Picture {
            label: self.label,
            svg: self.out,
        }
    }
}
