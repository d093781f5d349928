//! The one template function: fills the named placeholders (`{{NAME}}`) of a script fragment.
//!
//! A fragment is a `.ps1` or `.sh` file under `core/src/script/`, compiled in with
//! `include_str!`. What may fill a placeholder is closed by [`Value`]:
//! - [`Value::Text`]: any text, written as one string literal by the language's only quoting
//!   function ([`super::quote::powershell`], [`super::quote::bash`]). Free text from the config
//!   can only take this path.
//! - [`Value::Number`] and [`Value::Flag`]: a number, or the language's true/false.
//! - [`Value::Fixed`] and [`Value::List`]: the generator's own compile-time sentences
//!   (`&'static str`, so never text from a request), for comments and help text where a
//!   literal would show its quotes. A list is numbered, one item per line, each line starting
//!   with what precedes the placeholder on its line.
//! - [`Value::Rows`]: generated lines of fixed text (the exit-code table), one per line like
//!   a list, without numbers. They are made from compile-time text only.
//!
//! A placeholder without a value, or a value without a placeholder, is a bug: debug builds
//! (and so every test) panic; release builds leave the placeholder visible.

use super::quote;

/// The script language a fragment is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Lang {
    PowerShell,
    Bash,
}

/// What fills one placeholder.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Value<'a> {
    Text(&'a str),
    Number(u32),
    Flag(bool),
    Fixed(&'static str),
    List(&'a [&'static str]),
    Rows(&'a [String]),
}

impl Lang {
    fn render(self, value: Value<'_>, line_prefix: &str) -> String {
        match value {
            Value::Text(text) => match self {
                Lang::PowerShell => quote::powershell(text),
                Lang::Bash => quote::bash(text),
            },
            Value::Number(n) => n.to_string(),
            Value::Flag(on) => match (self, on) {
                (Lang::PowerShell, true) => "$true".into(),
                (Lang::PowerShell, false) => "$false".into(),
                (Lang::Bash, on) => u8::from(on).to_string(),
            },
            Value::Fixed(text) => text.into(),
            Value::List(items) => items
                .iter()
                .enumerate()
                .map(|(i, item)| format!("{}. {item}", i + 1))
                .collect::<Vec<_>>()
                .join(&format!("\n{line_prefix}")),
            Value::Rows(rows) => rows.join(&format!("\n{line_prefix}")),
        }
    }
}

/// `fragment` with every `{{NAME}}` replaced by the value named `NAME` in `values`.
pub(crate) fn fill(lang: Lang, fragment: &str, values: &[(&str, Value<'_>)]) -> String {
    let mut out = String::with_capacity(fragment.len() + 256);
    let mut used = vec![false; values.len()];
    let mut rest = fragment;
    while let Some(start) = rest.find("{{") {
        let Some(len) = rest[start + 2..].find("}}") else {
            break;
        };
        let name = &rest[start + 2..start + 2 + len];
        out.push_str(&rest[..start]);
        match values.iter().position(|(n, _)| *n == name) {
            Some(i) => {
                used[i] = true;
                let line_prefix = &out[out.rfind('\n').map_or(0, |p| p + 1)..];
                let rendered = lang.render(values[i].1, line_prefix);
                out.push_str(&rendered);
            }
            None => {
                debug_assert!(false, "no value for the placeholder {{{{{name}}}}}");
                out.push_str(&rest[start..start + 4 + len]);
            }
        }
        rest = &rest[start + 4 + len..];
    }
    out.push_str(rest);
    for ((name, _), used) in values.iter().zip(used) {
        debug_assert!(used, "the value {name} has no placeholder");
    }
    out
}

/// `text` with every non-empty line indented by `by` more (statements the generators wrap in
/// a condition).
pub(crate) fn indent(text: &str, by: &str) -> String {
    text.lines()
        .map(|l| {
            if l.is_empty() {
                "\n".to_string()
            } else {
                format!("{by}{l}\n")
            }
        })
        .collect()
}

/// The names of the placeholders in `fragment`, in order (for the tests).
#[cfg(test)]
pub(crate) fn placeholders(fragment: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = fragment;
    while let Some(start) = rest.find("{{") {
        let Some(len) = rest[start + 2..].find("}}") else {
            break;
        };
        out.push(&rest[start + 2..start + 2 + len]);
        rest = &rest[start + 4 + len..];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    #[rstest]
    #[case(Lang::PowerShell, "$a = {{X}}", Value::Text("it's"), "$a = 'it''s'")]
    #[case(Lang::Bash, "A={{X}}", Value::Text("it's"), "A='it'\\''s'")]
    #[case(Lang::Bash, "A={{X}}", Value::Text("$(id)"), "A='$(id)'")]
    #[case(Lang::PowerShell, "$n = {{X}}", Value::Number(10), "$n = 10")]
    #[case(Lang::PowerShell, "$d = {{X}}", Value::Flag(false), "$d = $false")]
    #[case(Lang::Bash, "D={{X}}", Value::Flag(true), "D=1")]
    #[case(Lang::Bash, "# a {{X}} b", Value::Fixed("text"), "# a text b")]
    #[case(Lang::Bash, "x\n#   {{X}}\ny", Value::List(&["one", "two"]), "x\n#   1. one\n#   2. two\ny")]
    #[case(Lang::Bash, "x\n  {{X}}\ny", Value::Rows(&[String::from("0 a"), String::from("1 b")]), "x\n  0 a\n  1 b\ny")]
    fn fills(#[case] lang: Lang, #[case] frag: &str, #[case] v: Value, #[case] out: &str) {
        assert_eq!(fill(lang, frag, &[("X", v)]), out);
    }

    #[test]
    #[should_panic(expected = "no value for the placeholder {{Y}}")]
    fn unknown_placeholder_fails() {
        fill(Lang::Bash, "{{Y}}", &[]);
    }

    #[test]
    #[should_panic(expected = "the value X has no placeholder")]
    fn unused_value_fails() {
        fill(Lang::Bash, "nothing", &[("X", Value::Number(1))]);
    }

    #[test]
    fn indents_non_empty_lines() {
        assert_eq!(indent("a\n\n  b\n", "  "), "  a\n\n    b\n");
    }

    #[test]
    fn lists_placeholders() {
        assert_eq!(placeholders("a {{B}} c {{D}}"), ["B", "D"]);
    }
}
