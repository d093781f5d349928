//! A small JSON reader and writer for the page's own needs: reading `config.json` and
//! OpenID bodies, writing the report, the configuration in effect and the script request.
//!
//! It replaces `serde_json` in the page's wasm: that change, together with dropping `{:?}`
//! of strings, saved 6.0 KB gzip of the first load (docs/benchmarks.md, "Budget"). Its own cost, measured once with `twiggy top` on the page's release
//! wasm before wasm-bindgen and wasm-opt (3 December 2026): 39 functions named `signin_json`,
//! 13,855 bytes, 1.6 % of the module's 849,573 bytes of code and data (the serde glue
//! monomorphised into the callers' types is counted under their names, not here).
//!
//! The API mirrors the parts of `serde_json` the page used ([`Value`], [`Map`], `as_str`,
//! `get`, …) and the output is byte-identical to
//! `serde_json::to_string` / `to_string_pretty` for everything the page writes (tests
//! compare them). Limits, all deliberate:
//! - numbers are read as `f64` without the full correctly-rounded algorithm (which would
//!   bring a 10 KB table): integers up to 2^53 and the usual decimals are exact; a number
//!   with more than 19 significant digits may differ from `serde_json` in the last place;
//! - nesting deeper than [`MAX_DEPTH`] is refused, like `serde_json`'s recursion limit;
//! - [`to_value`] refuses floating-point fields: nothing the page writes has one, and
//!   writing them would need float formatting (another 7 KB).

mod read;
mod ser;
mod write;

use thiserror::Error;

pub use read::parse;
pub use ser::to_value;

/// Why a text could not be read or a value could not be written. The page's pure layer turns
/// it into its own error (`signin_core::CoreError`, same words).
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum JsonError {
    /// A text that is not JSON (RFC 8259): why, and where (line and column from 1, the
    /// column in characters), so IT can find the mistake in `config.json`.
    #[error("{message} at line {line} column {column}")]
    NotJson {
        message: &'static str,
        line: usize,
        column: usize,
    },
    /// A value the writer does not write (floating-point numbers, non-string keys).
    #[error("cannot be written as JSON: {0}")]
    Value(String),
}

/// Deepest nesting [`parse`] accepts (objects and arrays), as `serde_json`'s default.
pub const MAX_DEPTH: usize = 128;

/// A JSON value. Object members keep their order; numbers are kept as written by the
/// serializer (integers) or as `f64` when read.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Number(Number),
    String(String),
    Array(Vec<Value>),
    Object(Map<String, Value>),
}

/// A JSON number: integers stay integers so they are written without float formatting.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Number {
    Int(i64),
    UInt(u64),
    Float(f64),
}

/// The members of a JSON object, in order. For a repeated key, [`Map::get`] gives the last
/// value, as `serde_json` does (both are kept, so reading stays linear).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Map<K, V> {
    entries: Vec<(K, V)>,
}

impl<V> Map<String, V> {
    /// An empty object.
    pub fn new() -> Self {
        Map {
            entries: Vec::new(),
        }
    }

    /// The (last) value of `key`, if present.
    pub fn get(&self, key: &str) -> Option<&V> {
        self.entries
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v)
    }

    /// Appends a member.
    pub fn push(&mut self, key: String, value: V) {
        self.entries.push((key, value));
    }

    /// The members in order.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &V)> {
        self.entries.iter().map(|(k, v)| (k, v))
    }

    /// How many members.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

impl Value {
    /// The member `key` of an object (`None` for anything else).
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.as_object().and_then(|m| m.get(key))
    }

    /// The text of a string.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    /// Whether this is a string.
    pub fn is_string(&self) -> bool {
        matches!(self, Value::String(_))
    }

    /// A boolean's value.
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    /// Any number as `f64`.
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Value::Number(Number::Int(i)) => Some(*i as f64),
            Value::Number(Number::UInt(u)) => Some(*u as f64),
            Value::Number(Number::Float(f)) => Some(*f),
            _ => None,
        }
    }

    /// An array's items.
    pub fn as_array(&self) -> Option<&Vec<Value>> {
        match self {
            Value::Array(a) => Some(a),
            _ => None,
        }
    }

    /// An object's members.
    pub fn as_object(&self) -> Option<&Map<String, Value>> {
        match self {
            Value::Object(m) => Some(m),
            _ => None,
        }
    }

    /// Compact JSON, as `serde_json::to_string`.
    pub fn to_json(&self) -> String {
        let mut out = String::new();
        write::value(&mut out, self, None);
        out
    }

    /// Indented JSON (two spaces), as `serde_json::to_string_pretty`.
    pub fn to_json_pretty(&self) -> String {
        let mut out = String::new();
        write::value(&mut out, self, Some(0));
        out
    }
}

#[cfg(test)]
mod tests;
