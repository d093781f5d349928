//! Messages in the compact form the page reads at run time, and the formatter.
//!
//! A compiled message refers to its arguments by position (the order in which English uses
//! them), so a translation may reorder them. The JSON form, written by the build into each
//! language's page and read with the page's own JSON reader:
//! - a plain message is a string;
//! - otherwise an array of parts: a string, `{"a":i}` (argument `i`), or
//!   `{"s":i,"v":[[key,[parts…]],…],"d":k}` (a plural select on argument `i`; `key` is a CLDR
//!   category or `=n` for an exact number; `d` indexes the default variant).
//!
//! The formatter resolves a message into [`Piece`]s: texts and argument slots, which the
//! caller fills (the views wrap technical values in `<code dir="ltr">`, names in `<bdi>`).

use crate::ftl::{Element, Message, VariantKey};
use crate::plural::{Category, Operand, Rule};

/// A compiled message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub parts: Vec<Part>,
}

/// One part of a compiled message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Part {
    Text(String),
    /// The argument at this position.
    Arg(u8),
    /// A plural select on the argument at `arg`.
    Select {
        arg: u8,
        variants: Vec<(VariantKey, Vec<Part>)>,
        /// Index of the default variant.
        default: usize,
    },
}

/// One piece of a resolved message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Piece<'a> {
    Text(&'a str),
    /// The argument at this position.
    Arg(u8),
}

impl Entry {
    /// A message without arguments.
    pub fn plain(text: impl Into<String>) -> Entry {
        Entry {
            parts: vec![Part::Text(text.into())],
        }
    }

    /// Compiles `message`, numbering its variables by their position in `vars` (English's
    /// order). `Err` names a variable English does not have.
    pub fn compile(message: &Message, vars: &[&str]) -> Result<Entry, String> {
        Ok(Entry {
            parts: parts(&message.pattern, vars)?,
        })
    }

    /// The text, when the message has no arguments.
    pub fn as_plain(&self) -> Option<&str> {
        match self.parts.as_slice() {
            [] => Some(""),
            [Part::Text(t)] => Some(t),
            _ => None,
        }
    }

    /// The pieces for these arguments: `number(i)` is argument `i` as a number (for plural
    /// selects; `None` picks the default variant).
    pub fn resolve<'a>(
        &'a self,
        rule: Rule,
        number: &dyn Fn(u8) -> Option<Operand>,
        out: &mut Vec<Piece<'a>>,
    ) {
        resolve(&self.parts, rule, number, out);
    }

    /// The JSON form (see the module documentation).
    pub fn write_json(&self, out: &mut String) {
        match self.as_plain() {
            Some(t) => json_string(t, out),
            None => write_parts(&self.parts, out),
        }
    }
}

fn parts(pattern: &[Element], vars: &[&str]) -> Result<Vec<Part>, String> {
    let index = |name: &str| -> Result<u8, String> {
        vars.iter()
            .position(|v| *v == name)
            .and_then(|i| u8::try_from(i).ok())
            .ok_or_else(|| format!("the variable ${name} is not in the English message"))
    };
    pattern
        .iter()
        .map(|e| {
            Ok(match e {
                Element::Text(t) => Part::Text(t.clone()),
                Element::Var(v) => Part::Arg(index(v)?),
                Element::Select(s) => Part::Select {
                    arg: index(&s.var)?,
                    default: s.variants.iter().position(|v| v.default).unwrap_or(0),
                    variants: s
                        .variants
                        .iter()
                        .map(|v| Ok((v.key, parts(&v.pattern, vars)?)))
                        .collect::<Result<_, String>>()?,
                },
            })
        })
        .collect()
}

fn resolve<'a>(
    parts: &'a [Part],
    rule: Rule,
    number: &dyn Fn(u8) -> Option<Operand>,
    out: &mut Vec<Piece<'a>>,
) {
    for part in parts {
        match part {
            Part::Text(t) => out.push(Piece::Text(t)),
            Part::Arg(i) => out.push(Piece::Arg(*i)),
            Part::Select {
                arg,
                variants,
                default,
            } => {
                let chosen = number(*arg).and_then(|n| {
                    // Exact numbers first, then the number's category (as Fluent does).
                    let exact = (!n.fraction)
                        .then(|| u32::try_from(n.int).ok())
                        .flatten()
                        .map(VariantKey::Exact);
                    let category = VariantKey::Category(rule.select(n));
                    variants
                        .iter()
                        .find(|(k, _)| Some(*k) == exact)
                        .or_else(|| variants.iter().find(|(k, _)| *k == category))
                });
                if let Some((_, p)) = chosen.or(variants.get(*default)) {
                    resolve(p, rule, number, out);
                }
            }
        }
    }
}

fn write_parts(parts: &[Part], out: &mut String) {
    out.push('[');
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        match part {
            Part::Text(t) => json_string(t, out),
            Part::Arg(a) => {
                out.push_str("{\"a\":");
                out.push_str(&a.to_string());
                out.push('}');
            }
            Part::Select {
                arg,
                variants,
                default,
            } => {
                out.push_str("{\"s\":");
                out.push_str(&arg.to_string());
                out.push_str(",\"v\":[");
                for (j, (key, p)) in variants.iter().enumerate() {
                    if j > 0 {
                        out.push(',');
                    }
                    out.push('[');
                    json_string(&variant_token(*key), out);
                    out.push(',');
                    write_parts(p, out);
                    out.push(']');
                }
                out.push_str("],\"d\":");
                out.push_str(&default.to_string());
                out.push('}');
            }
        }
    }
    out.push(']');
}

/// A variant key as the JSON form writes it: `one`, `few`, or `=3`.
pub fn variant_token(key: VariantKey) -> String {
    match key {
        VariantKey::Category(c) => c.as_str().to_string(),
        VariantKey::Exact(n) => format!("={n}"),
    }
}

/// The key for a token written by [`variant_token`].
pub fn parse_variant_token(token: &str) -> Option<VariantKey> {
    match token.strip_prefix('=') {
        Some(n) => n.parse().ok().map(VariantKey::Exact),
        None => Category::parse(token).map(VariantKey::Category),
    }
}

/// `text` as a JSON string. `<` is written as `\u003c` so no text can close the `<script>`
/// element the catalog is embedded in; the line and paragraph separators are escaped as
/// older JavaScript parsers require.
pub fn json_string(text: &str, out: &mut String) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '<' => out.push_str("\\u003c"),
            c if (c as u32) < 0x20 || c == '\u{2028}' || c == '\u{2029}' => {
                out.push_str(&format!("\\u{:04x}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ftl;

    fn compile(src: &str) -> (Entry, Vec<String>) {
        let r = ftl::parse(src).expect("parses");
        let m = &r.messages[0];
        let vars: Vec<String> = m.variables().iter().map(|v| v.to_string()).collect();
        let refs: Vec<&str> = vars.iter().map(String::as_str).collect();
        (Entry::compile(m, &refs).expect("compiles"), vars)
    }

    fn render(e: &Entry, rule: Rule, args: &[i64]) -> String {
        let mut pieces = Vec::new();
        e.resolve(
            rule,
            &|i| args.get(i as usize).map(|n| Operand::whole(*n)),
            &mut pieces,
        );
        pieces
            .iter()
            .map(|p| match p {
                Piece::Text(t) => t.to_string(),
                Piece::Arg(i) => format!("<{}>", args[*i as usize]),
            })
            .collect()
    }

    #[test]
    fn plurals_pick_exact_then_category_then_default() {
        let (e, vars) = compile(
            "m = { $done } of { $total ->\n [0] nothing\n [one] { $total } address\n [few] { $total } adresy\n *[other] { $total } addresses\n}\n",
        );
        assert_eq!(vars, ["done", "total"]);
        assert_eq!(render(&e, Rule::OneIsOne, &[1, 1]), "<1> of <1> address");
        assert_eq!(render(&e, Rule::OneIsOne, &[0, 0]), "<0> of nothing");
        assert_eq!(render(&e, Rule::OneIsOne, &[3, 3]), "<3> of <3> addresses");
        assert_eq!(render(&e, Rule::Polish, &[3, 3]), "<3> of <3> adresy");
        assert_eq!(render(&e, Rule::Polish, &[5, 5]), "<5> of <5> addresses");
    }

    #[test]
    fn translations_may_reorder_arguments() {
        let en = ftl::parse("m = { $a } then { $b }\n").expect("en");
        let de = ftl::parse("m = erst { $b }, dann { $a }\n").expect("de");
        let vars = en.messages[0].variables();
        let e = Entry::compile(&de.messages[0], &vars).expect("compiles");
        assert_eq!(render(&e, Rule::OneIsOne, &[1, 2]), "erst <2>, dann <1>");
        let bad = ftl::parse("m = { $c }\n").expect("parses");
        assert!(Entry::compile(&bad.messages[0], &vars).is_err());
    }

    #[test]
    fn json_form() {
        let (e, _) = compile("m = Hi </script> \"x\"\n");
        let mut s = String::new();
        e.write_json(&mut s);
        assert_eq!(s, "\"Hi \\u003c/script> \\\"x\\\"\"");
        let (e, _) = compile("m = { $n ->\n [one] one\n *[other] { $n } many\n}!\n");
        let mut s = String::new();
        e.write_json(&mut s);
        assert_eq!(
            s,
            "[{\"s\":0,\"v\":[[\"one\",[\"one\"]],[\"other\",[{\"a\":0},\" many\"]]],\"d\":1},\"!\"]"
        );
        for key in [VariantKey::Exact(3), VariantKey::Category(Category::Few)] {
            assert_eq!(parse_variant_token(&variant_token(key)), Some(key));
        }
    }
}
