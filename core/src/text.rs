//! Every sentence the page shows, as a message id with its arguments ([`Text`]); the words
//! come from a [`Catalog`] of one language. Nothing in `core` holds a sentence of any
//! language: decisions return [`Text`]s (or [`Msg`]s), the views and the pre-render put the
//! words in, and tests read them through the English catalog.
//!
//! The ids are generated from `l10n/en/*.ftl` (core/build.rs) and grouped by where their
//! texts travel, each group one range of ids:
//! - `..Msg::REPORT_END`: also in the helpdesk report, whose language IT may set apart from
//!   the page's (the page then carries this range twice);
//! - `..Msg::FIRST_END`: in the page's first load (a JSON block in each language's HTML);
//! - `..Msg::LAZY_END`: in a file loaded after the checks (other error codes, the fix
//!   script's description, the For IT panel), or sooner when the page needs them;
//! - the rest only in the pre-rendered HTML (help steps, the no-wasm page).

use std::borrow::Cow;

use signin_catalog::plural::{Operand, Rule};
use signin_catalog::{Entry, Part, Piece, VariantKey};

use crate::json::{self, Value};

include!(concat!(env!("OUT_DIR"), "/msg.rs"));

/// The version of the compiled catalog format (the `"v"` of its JSON; core/build.rs writes
/// the same).
pub const FORMAT: u32 = 1;

/// Every English message in the page's format, for tests that cannot read `l10n/` (the
/// browser tests). Nothing the page itself uses: it reads its texts from its HTML.
#[doc(hidden)]
pub const ENGLISH_FOR_TESTS: &str = include_str!(concat!(env!("OUT_DIR"), "/en.json"));

/// A message and its arguments, in the order English uses them.
#[derive(Clone, Debug, PartialEq)]
pub struct Text {
    pub msg: Msg,
    pub args: Vec<Arg>,
}

impl Text {
    /// A message with arguments (the generated constructors check their number).
    pub fn with(msg: Msg, args: Vec<Arg>) -> Text {
        Text { msg, args }
    }

    #[inline(never)]
    fn args_1(msg: Msg, a: Arg) -> Text {
        Text::with(msg, vec![a])
    }

    #[inline(never)]
    fn args_2(msg: Msg, a: Arg, b: Arg) -> Text {
        Text::with(msg, vec![a, b])
    }

    #[inline(never)]
    fn args_3(msg: Msg, a: Arg, b: Arg, c: Arg) -> Text {
        Text::with(msg, vec![a, b, c])
    }

    #[inline(never)]
    fn args_4(msg: Msg, a: Arg, b: Arg, c: Arg, d: Arg) -> Text {
        Text::with(msg, vec![a, b, c, d])
    }

    #[inline(never)]
    fn args_5(msg: Msg, a: Arg, b: Arg, c: Arg, d: Arg, e: Arg) -> Text {
        Text::with(msg, vec![a, b, c, d, e])
    }

    #[inline(never)]
    fn args_6(msg: Msg, a: Arg, b: Arg, c: Arg, d: Arg, e: Arg, f: Arg) -> Text {
        Text::with(msg, vec![a, b, c, d, e, f])
    }
}

/// A [`Text`] as JSON, for the one place a text crosses between two wasm modules of the same
/// build (the script generator's description): `[id, arg, …]`, an argument being a number
/// (`Num`), `{"t":n}` (`Tenths`), `{"c":"…"}` (`Code`), `{"n":"…"}` (`Name`) or a nested
/// text. Ids are indices, valid because both modules come from one build (the loader
/// checks the version).
impl Text {
    /// Writes the text as JSON.
    pub fn to_json(&self) -> String {
        self.to_value().to_json()
    }

    fn to_value(&self) -> Value {
        let mut items = vec![Value::Number(json::Number::UInt(self.msg as u64))];
        for arg in &self.args {
            let one = |key: &str, v: Value| {
                let mut m = json::Map::new();
                m.push(key.to_string(), v);
                Value::Object(m)
            };
            items.push(match arg {
                Arg::Num(n) => Value::Number(json::Number::Int(*n)),
                Arg::Tenths(t) => one("t", Value::Number(json::Number::Int(*t))),
                Arg::Code(c) => one("c", Value::String(c.to_string())),
                Arg::Name(c) => one("n", Value::String(c.to_string())),
                Arg::Text(t) => t.to_value(),
            });
        }
        Value::Array(items)
    }

    /// Reads what [`Text::to_json`] wrote; `None` for anything else (an unknown id, a
    /// number that is not an integer, an unknown argument kind).
    pub fn from_json(text: &str) -> Option<Text> {
        Text::from_value(&json::parse(text).ok()?)
    }

    fn from_value(value: &Value) -> Option<Text> {
        let whole = |v: &Value| v.as_f64().filter(|f| f.fract() == 0.0 && f.abs() < 9.0e15);
        let (id, args) = value.as_array()?.split_first()?;
        let msg = *Msg::ALL.get(whole(id)? as usize)?;
        let args = args
            .iter()
            .map(|a| match a {
                Value::Number(_) => whole(a).map(|n| Arg::Num(n as i64)),
                Value::Array(_) => Text::from_value(a).map(Arg::from),
                Value::Object(m) => {
                    let (key, v) = m.iter().next()?;
                    match key.as_str() {
                        "t" => whole(v).map(|n| Arg::Tenths(n as i64)),
                        "c" => v.as_str().map(|s| Arg::code(s.to_string())),
                        "n" => v.as_str().map(|s| Arg::name(s.to_string())),
                        _ => None,
                    }
                }
                _ => None,
            })
            .collect::<Option<Vec<Arg>>>()?;
        Some(Text::with(msg, args))
    }
}

impl From<Msg> for Text {
    fn from(msg: Msg) -> Text {
        Text {
            msg,
            args: Vec::new(),
        }
    }
}

/// One argument of a message. Its kind says how the page shows it, in every language.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    /// A count or a measurement: picks the plural form, written with the language's digits.
    Num(i64),
    /// A number of tenths, shown with one decimal (`24` → "2.4", "2,4" in German).
    Tenths(i64),
    /// A technical value (path, command, host name, code, URL, file name): never
    /// translated, always shown left-to-right and exactly as given.
    Code(Cow<'static, str>),
    /// A name from `config.json` (organization, helpdesk) in a direction we cannot know:
    /// shown isolated from the sentence around it.
    Name(Cow<'static, str>),
    /// Another message (its words in the same language).
    Text(Box<Text>),
}

impl Arg {
    /// A technical value (see [`Arg::Code`]); a literal is kept without copying.
    pub fn code(value: impl Into<Cow<'static, str>>) -> Arg {
        Arg::Code(value.into())
    }

    /// A name (see [`Arg::Name`]); a literal is kept without copying.
    pub fn name(value: impl Into<Cow<'static, str>>) -> Arg {
        Arg::Name(value.into())
    }

    /// The number, for plural selects.
    pub fn number(&self) -> Option<Operand> {
        match self {
            Arg::Num(n) => Some(Operand::whole(*n)),
            Arg::Tenths(t) => Some(Operand {
                int: t / 10,
                fraction: true,
            }),
            _ => None,
        }
    }
}

macro_rules! num_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Num(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
num_arg!(i64, i32, u8, u16, u32, u64, usize);

impl From<Text> for Arg {
    fn from(t: Text) -> Arg {
        Arg::Text(Box::new(t))
    }
}

impl From<Msg> for Arg {
    fn from(m: Msg) -> Arg {
        Arg::Text(Box::new(m.into()))
    }
}

/// The messages of one language (all, or the part this page has loaded so far).
#[derive(Clone, Debug, PartialEq)]
pub struct Catalog {
    lang: String,
    rtl: bool,
    rule: Rule,
    entries: Vec<Option<Entry>>,
}

impl Catalog {
    /// A catalog without messages.
    pub fn empty(lang: &str, rtl: bool, rule: Rule) -> Catalog {
        Catalog {
            lang: lang.to_string(),
            rtl,
            rule,
            entries: vec![None; Msg::COUNT],
        }
    }

    /// The language tag (`de`, `pt-BR`).
    pub fn lang(&self) -> &str {
        &self.lang
    }

    /// Whether the language is written right to left.
    pub fn rtl(&self) -> bool {
        self.rtl
    }

    /// `"rtl"` or `"ltr"`, for the `dir` attribute.
    pub fn dir(&self) -> &'static str {
        if self.rtl {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// Whether the message's words are here (a later part may not be loaded yet).
    pub fn has(&self, msg: Msg) -> bool {
        self.entries.get(msg as usize).is_some_and(Option::is_some)
    }

    /// Whether every message of `range` is here.
    pub fn has_range(&self, range: std::ops::Range<usize>) -> bool {
        self.entries
            .get(range)
            .is_some_and(|e| e.iter().all(Option::is_some))
    }

    /// Sets one message (the native build and tests).
    pub fn set(&mut self, msg: Msg, entry: Entry) {
        self.entries[msg as usize] = Some(entry);
    }

    /// The message resolved for its arguments: texts and argument slots, `None` when the
    /// message is not loaded.
    pub fn pieces<'a>(&'a self, text: &Text) -> Option<Vec<Piece<'a>>> {
        let entry = self.entries.get(text.msg as usize)?.as_ref()?;
        let mut out = Vec::new();
        entry.resolve(
            self.rule,
            &|i| text.args.get(usize::from(i)).and_then(Arg::number),
            &mut out,
        );
        Some(out)
    }

    /// The message as plain text (attributes, the report, the document title): arguments
    /// as they are, numbers in ASCII digits. A message that is not loaded gives `…`.
    pub fn plain(&self, text: &Text) -> String {
        let mut out = String::new();
        self.plain_into(text, &mut out);
        out
    }

    fn plain_into(&self, text: &Text, out: &mut String) {
        let Some(pieces) = self.pieces(text) else {
            out.push('…');
            return;
        };
        for piece in pieces {
            match piece {
                Piece::Text(t) => out.push_str(t),
                Piece::Arg(i) => match text.args.get(usize::from(i)) {
                    Some(Arg::Num(n)) => out.push_str(&n.to_string()),
                    Some(Arg::Tenths(t)) => out.push_str(&tenths(*t)),
                    Some(Arg::Code(s) | Arg::Name(s)) => out.push_str(s),
                    Some(Arg::Text(t)) => self.plain_into(t, out),
                    None => {}
                },
            }
        }
    }

    /// A message without arguments as plain text.
    pub fn str(&self, msg: Msg) -> String {
        self.plain(&msg.into())
    }

    /// Reads a compiled catalog part (the JSON the build writes, see
    /// [`Catalog::part_json`]) into a new catalog.
    pub fn from_json(text: &str) -> Result<Catalog, CatalogError> {
        Catalog::from_part(&CatalogPart::parse(text)?)
    }

    /// A new catalog from a part already read (whose other fields the page also needs).
    pub fn from_part(part: &CatalogPart) -> Result<Catalog, CatalogError> {
        let value = &part.0;
        let lang = value
            .get("lang")
            .and_then(Value::as_str)
            .ok_or_else(|| bad("no language"))?;
        let rule = value
            .get("plural")
            .and_then(Value::as_str)
            .and_then(Rule::parse)
            .ok_or_else(|| bad("no plural rule"))?;
        let rtl = value.get("dir").and_then(Value::as_str) == Some("rtl");
        let mut catalog = Catalog::empty(lang, rtl, rule);
        catalog.merge(value)?;
        Ok(catalog)
    }

    /// Adds a compiled part of the same language (the lazily loaded file).
    pub fn merge_json(&mut self, text: &str) -> Result<(), CatalogError> {
        self.merge_part(&CatalogPart::parse(text)?)
    }

    /// Adds a part already read, of the same language.
    pub fn merge_part(&mut self, part: &CatalogPart) -> Result<(), CatalogError> {
        if part.field("lang") != Some(self.lang.as_str()) {
            return Err(bad("another language"));
        }
        self.merge(&part.0)
    }

    fn merge(&mut self, value: &Value) -> Result<(), CatalogError> {
        if value.get("v").and_then(Value::as_f64) != Some(f64::from(FORMAT))
            || value.get("schema").and_then(Value::as_str) != Some(SCHEMA)
        {
            return Err(bad("made for another build of the page"));
        }
        let from = value
            .get("from")
            .and_then(Value::as_f64)
            .filter(|f| *f >= 0.0 && f.fract() == 0.0)
            .ok_or_else(|| bad("no start id"))? as usize;
        let messages = value
            .get("m")
            .and_then(Value::as_array)
            .ok_or_else(|| bad("no messages"))?;
        if from + messages.len() > Msg::COUNT {
            return Err(bad("more messages than ids"));
        }
        for (i, m) in messages.iter().enumerate() {
            self.entries[from + i] = Some(Entry {
                parts: parts_from_json(m).ok_or_else(|| bad("a message cannot be read"))?,
            });
        }
        Ok(())
    }

    /// The compiled JSON of the messages `range` (the build writes them into the pages).
    pub fn part_json(&self, range: std::ops::Range<usize>) -> String {
        self.part_json_with(range, &[])
    }

    /// [`Catalog::part_json`] with more text fields after the messages (the page's block
    /// names where its other parts are, the later part carries help fragments), read back
    /// with [`CatalogPart::field`].
    pub fn part_json_with(&self, range: std::ops::Range<usize>, fields: &[(&str, &str)]) -> String {
        let mut out = String::new();
        out.push_str("{\"v\":");
        out.push_str(&FORMAT.to_string());
        out.push_str(",\"lang\":");
        signin_catalog::compiled::json_string(&self.lang, &mut out);
        out.push_str(",\"dir\":\"");
        out.push_str(self.dir());
        out.push_str("\",\"plural\":\"");
        out.push_str(self.rule.as_str());
        out.push_str("\",\"schema\":\"");
        out.push_str(SCHEMA);
        out.push_str("\",\"from\":");
        out.push_str(&range.start.to_string());
        out.push_str(",\"m\":[");
        for (n, i) in range.enumerate() {
            if n > 0 {
                out.push(',');
            }
            match &self.entries[i] {
                Some(e) => e.write_json(&mut out),
                None => out.push_str("\"\""),
            }
        }
        out.push(']');
        for (key, value) in fields {
            out.push(',');
            signin_catalog::compiled::json_string(key, &mut out);
            out.push(':');
            signin_catalog::compiled::json_string(value, &mut out);
        }
        out.push('}');
        out
    }
}

/// Tenths written with a point, integers only (float formatting would cost the wasm 7 KB).
pub fn tenths(t: i64) -> String {
    let sign = if t < 0 { "-" } else { "" };
    let t = t.unsigned_abs();
    format!("{sign}{}.{}", t / 10, t % 10)
}

/// A compiled catalog part as read from its JSON, once: the catalog takes its texts from it
/// ([`Catalog::from_part`], [`Catalog::merge_part`]) and the page the other fields (where the
/// texts after the checks are, the help fragments that come with them).
pub struct CatalogPart(Value);

impl CatalogPart {
    pub fn parse(text: &str) -> Result<CatalogPart, CatalogError> {
        Ok(CatalogPart(json::parse(text)?))
    }

    /// A text field of the part (`None` when absent or not text).
    pub fn field(&self, key: &str) -> Option<&str> {
        self.0.get(key).and_then(Value::as_str)
    }
}

/// Why a compiled catalog cannot be used. Message ids sit below the layer's error type, so the
/// catalog reader has its own; `?` turns it into [`crate::CoreError::Catalog`] (or
/// `CoreError::Json` for a text that is not JSON).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CatalogError {
    Json(json::JsonError),
    Invalid(String),
}

impl From<json::JsonError> for CatalogError {
    fn from(e: json::JsonError) -> Self {
        CatalogError::Json(e)
    }
}

fn bad(why: &str) -> CatalogError {
    CatalogError::Invalid(why.to_string())
}

fn parts_from_json(value: &Value) -> Option<Vec<Part>> {
    match value {
        Value::String(s) => Some(vec![Part::Text(s.clone())]),
        Value::Array(items) => items.iter().map(part_from_json).collect(),
        _ => None,
    }
}

fn part_from_json(value: &Value) -> Option<Part> {
    let index = |key: &str| -> Option<u8> {
        value
            .get(key)
            .and_then(Value::as_f64)
            .filter(|f| (0.0..256.0).contains(f) && f.fract() == 0.0)
            .map(|f| f as u8)
    };
    match value {
        Value::String(s) => Some(Part::Text(s.clone())),
        Value::Object(_) if value.get("a").is_some() => index("a").map(Part::Arg),
        Value::Object(_) => {
            let variants = value
                .get("v")?
                .as_array()?
                .iter()
                .map(|v| {
                    let pair = v.as_array()?;
                    let key: VariantKey =
                        signin_catalog::compiled::parse_variant_token(pair.first()?.as_str()?)?;
                    Some((key, parts_from_json(pair.get(1)?)?))
                })
                .collect::<Option<Vec<_>>>()?;
            let default = usize::from(index("d")?);
            (default < variants.len()).then_some(Part::Select {
                arg: index("s")?,
                variants,
                default,
            })
        }
        _ => None,
    }
}

/// Reading `l10n/` from disk: the build tools and tests (it compiles for wasm32 too, where
/// nothing calls it).
pub mod native;

#[cfg(test)]
mod tests;
