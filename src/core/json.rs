//! Writing JSON through one serializer.
//!
//! Why this exists: serde compiles every `Serialize` impl once per serializer type it is
//! used with. `serde_json::to_string`, `to_string_pretty` and `to_value` are three different
//! serializers, so `Answers` was compiled three times (≈ 29 KB of wasm before compression,
//! docs/size.md). Here the compact and the pretty output share one serializer type, whose
//! formatter decides the layout at run time; callers that need a `Value` parse the compact
//! text back (the `Value` parser is in the app anyway, for reading files and the store).

use serde::Serialize;
use serde_json::ser::{CompactFormatter, Formatter, PrettyFormatter};
use std::io;

/// `value` as compact JSON (the stored form).
pub fn compact<T: Serialize + ?Sized>(value: &T) -> String {
    write(value, Layout::Compact)
}

/// `value` as JSON indented by two spaces (the files people download and read).
pub fn pretty<T: Serialize + ?Sized>(value: &T) -> String {
    write(value, Layout::Pretty(PrettyFormatter::new()))
}

/// `value` as a `serde_json::Value`, through the same serializer.
pub fn to_value<T: Serialize + ?Sized>(value: &T) -> serde_json::Value {
    serde_json::from_str(&compact(value)).unwrap_or(serde_json::Value::Null)
}

fn write<T: Serialize + ?Sized>(value: &T, layout: Layout) -> String {
    let mut out = Vec::with_capacity(1024);
    let mut serializer = serde_json::Serializer::with_formatter(&mut out, layout);
    // Plain data with string keys, written to memory: serialising cannot fail. Should it
    // ever, the empty string is what the callers' readers reject with a clear message.
    if value.serialize(&mut serializer).is_err() {
        return String::new();
    }
    String::from_utf8(out).unwrap_or_default()
}

/// The layout, chosen at run time so there is one formatter type and one serializer.
enum Layout {
    Compact,
    Pretty(PrettyFormatter<'static>),
}

/// Runs the same call on whichever formatter the layout holds.
macro_rules! delegate {
    ($self:ident, $f:ident => $call:expr) => {
        match $self {
            Layout::Compact => {
                let $f = &mut CompactFormatter;
                $call
            }
            Layout::Pretty(p) => {
                let $f = p;
                $call
            }
        }
    };
}

// Only the methods `PrettyFormatter` overrides differ between the two layouts; every other
// `Formatter` method keeps its default, which both formatters share.
impl Formatter for Layout {
    fn begin_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        delegate!(self, f => f.begin_array(w))
    }
    fn end_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        delegate!(self, f => f.end_array(w))
    }
    fn begin_array_value<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> io::Result<()> {
        delegate!(self, f => f.begin_array_value(w, first))
    }
    fn end_array_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        delegate!(self, f => f.end_array_value(w))
    }
    fn begin_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        delegate!(self, f => f.begin_object(w))
    }
    fn end_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        delegate!(self, f => f.end_object(w))
    }
    fn begin_object_key<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> io::Result<()> {
        delegate!(self, f => f.begin_object_key(w, first))
    }
    fn begin_object_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        delegate!(self, f => f.begin_object_value(w))
    }
    fn end_object_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        delegate!(self, f => f.end_object_value(w))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn writes_exactly_what_serde_json_writes() {
        let value = json!({
            "schema": "rotta.answers/2",
            "list": [1, 2.5, "tre", null, true, [], {}],
            "nested": { "a": { "b": [ { "c": "é\"\n" } ] } },
            "empty": ""
        });
        assert_eq!(compact(&value), serde_json::to_string(&value).unwrap());
        assert_eq!(
            pretty(&value),
            serde_json::to_string_pretty(&value).unwrap()
        );
        assert_eq!(to_value(&value), value);
    }

    #[test]
    fn keeps_the_field_order_of_the_struct() {
        #[derive(Serialize)]
        struct Doc {
            schema: &'static str,
            zeta: u8,
            alpha: Vec<u8>,
        }
        let doc = Doc {
            schema: "x",
            zeta: 1,
            alpha: vec![2],
        };
        assert_eq!(compact(&doc), r#"{"schema":"x","zeta":1,"alpha":[2]}"#);
        assert_eq!(
            pretty(&doc),
            "{\n  \"schema\": \"x\",\n  \"zeta\": 1,\n  \"alpha\": [\n    2\n  ]\n}"
        );
    }
}
