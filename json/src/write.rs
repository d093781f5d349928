//! The writer, in `serde_json`'s exact format: compact, or indented by two spaces with
//! `": "` after keys and `[]` / `{}` for empty containers.

use std::fmt::Write;

use super::{Number, Value};

/// Appends `value`; `indent` is `None` for compact output, else the current depth.
pub(super) fn value(out: &mut String, value: &Value, indent: Option<usize>) {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => number(out, *n),
        Value::String(s) => string(out, s),
        Value::Array(items) => container(out, '[', ']', indent, items.iter().map(|v| (None, v))),
        Value::Object(map) => container(
            out,
            '{',
            '}',
            indent,
            map.iter().map(|(k, v)| (Some(k.as_str()), v)),
        ),
    }
}

fn container<'a>(
    out: &mut String,
    open: char,
    close: char,
    indent: Option<usize>,
    items: impl Iterator<Item = (Option<&'a str>, &'a Value)>,
) {
    out.push(open);
    let inner = indent.map(|i| i + 1);
    let mut empty = true;
    for (key, item) in items {
        if !empty {
            out.push(',');
        }
        empty = false;
        newline(out, inner);
        if let Some(key) = key {
            string(out, key);
            out.push(':');
            if indent.is_some() {
                out.push(' ');
            }
        }
        value(out, item, inner);
    }
    if !empty {
        newline(out, indent);
    }
    out.push(close);
}

fn newline(out: &mut String, indent: Option<usize>) {
    if let Some(depth) = indent {
        out.push('\n');
        for _ in 0..depth {
            out.push_str("  ");
        }
    }
}

fn number(out: &mut String, n: Number) {
    let _ = match n {
        Number::Int(i) => write!(out, "{i}"),
        Number::UInt(u) => write!(out, "{u}"),
        // Only read values hold floats, and the page never writes those back; written
        // with integers only (no float formatting in the wasm): whole part, then up to
        // six decimals.
        Number::Float(f) if !f.is_finite() => write!(out, "null"),
        Number::Float(f) => {
            let sign = if f < 0.0 { "-" } else { "" };
            let micros = (f.abs() * 1e6).round() as u64;
            let (whole, frac) = (micros / 1_000_000, micros % 1_000_000);
            let frac = format!("{frac:06}");
            let frac = frac.trim_end_matches('0');
            write!(
                out,
                "{sign}{whole}.{}",
                if frac.is_empty() { "0" } else { frac }
            )
        }
    };
}

/// A JSON string literal with `serde_json`'s escapes: `\"`, `\\`, `\b \f \n \r \t`, other
/// control characters as `\u00xx`; everything else (non-ASCII included) as it is.
fn string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c < ' ' => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}
