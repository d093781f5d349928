//! The subset of Project Fluent (`.ftl`) the catalogs are written in.
//!
//! Allowed, and all a sentence on this page needs:
//! - `key = text` on one line, with placeables `{ $variable }` and `{ "literal" }` (the
//!   only way to write `{` or `}` as text);
//! - one plural select on a number: `{ $n -> [one] … *[other] … }`, one variant per line,
//!   with CLDR categories or exact numbers (`[0]`) as keys and `*` on the default;
//! - comments: `#` before a message (notes for translators, kept), `##`/`###` headings.
//!
//! Refused with the line number, so nothing a translator writes is silently dropped: terms
//! (`-name`), message references, functions, attributes (`.attr`), nested selects and
//! values spread over several lines. Every text this subset can express is valid Fluent,
//! so Fluent's own tools read these files unchanged.

use crate::plural::Category;

/// A parsed `.ftl` file: its messages in file order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Resource {
    pub messages: Vec<Message>,
}

impl Resource {
    /// The message with this key.
    pub fn get(&self, key: &str) -> Option<&Message> {
        self.messages.iter().find(|m| m.key == key)
    }
}

/// One message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    /// `summary-running`: lower case, digits and hyphens.
    pub key: String,
    pub pattern: Pattern,
    /// The `#` comment lines directly above it, without the `# ` (notes for translators).
    pub comment: String,
    /// 1-based line of the key, for error messages.
    pub line: usize,
}

impl Message {
    /// Whether the translator's note says the text is meant to equal English
    /// (`# same as English: …`), which the checks then accept.
    pub fn same_as_source(&self) -> bool {
        self.comment
            .lines()
            .any(|l| l.trim_start().starts_with("same as English"))
    }

    /// The variables the message uses, in order of first appearance (selectors included).
    pub fn variables(&self) -> Vec<&str> {
        let mut out = Vec::new();
        collect_vars(&self.pattern, &mut out);
        out
    }
}

fn collect_vars<'a>(pattern: &'a [Element], out: &mut Vec<&'a str>) {
    for e in pattern {
        match e {
            Element::Text(_) => {}
            Element::Var(v) => {
                if !out.contains(&v.as_str()) {
                    out.push(v);
                }
            }
            Element::Select(s) => {
                if !out.contains(&s.var.as_str()) {
                    out.push(&s.var);
                }
                for variant in &s.variants {
                    collect_vars(&variant.pattern, out);
                }
            }
        }
    }
}

/// A message's value: text and placeables in order.
pub type Pattern = Vec<Element>;

/// One piece of a pattern.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Element {
    /// Literal text (string literals already merged in).
    Text(String),
    /// `{ $name }`.
    Var(String),
    /// `{ $name -> … }`.
    Select(Select),
}

/// A plural select on one variable.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Select {
    pub var: String,
    pub variants: Vec<Variant>,
}

impl Select {
    /// The variant marked `*`.
    pub fn default_variant(&self) -> &Variant {
        self.variants
            .iter()
            .find(|v| v.default)
            .unwrap_or(&self.variants[0])
    }
}

/// One variant of a select.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Variant {
    pub key: VariantKey,
    /// Marked with `*`: used when no other variant matches.
    pub default: bool,
    pub pattern: Pattern,
}

/// What a variant matches.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum VariantKey {
    /// A CLDR plural category (`[few]`).
    Category(Category),
    /// An exact number (`[0]`), tried before the categories.
    Exact(u32),
}

impl std::fmt::Display for VariantKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            VariantKey::Category(c) => f.write_str(c.as_str()),
            VariantKey::Exact(n) => write!(f, "{n}"),
        }
    }
}

/// Why a file could not be read, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    /// 1-based line.
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

/// Reads one `.ftl` file of the subset. Every problem is reported (not only the first), so a
/// translator fixes a file in one round.
pub fn parse(text: &str) -> Result<Resource, Vec<ParseError>> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let lines: Vec<&str> = text.lines().collect();
    let mut messages: Vec<Message> = Vec::new();
    let mut errors = Vec::new();
    let mut comment: Vec<&str> = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let number = i + 1;
        i += 1;
        if line.trim().is_empty() || line.starts_with("##") {
            comment.clear();
            continue;
        }
        if let Some(rest) = line.strip_prefix('#') {
            if rest.is_empty() || rest.starts_with(' ') {
                comment.push(rest.strip_prefix(' ').unwrap_or(rest));
            } else {
                errors.push(err(number, "a comment starts with \"# \" (hash, space)"));
            }
            continue;
        }
        if line.starts_with(char::is_whitespace) {
            errors.push(err(
                number,
                "an indented line outside a message (a value must be on the key's line)",
            ));
            continue;
        }
        if line.starts_with('-') {
            errors.push(err(
                number,
                "terms (-name = …) are not used in these catalogs: write the name in the text",
            ));
            comment.clear();
            continue;
        }
        // The message's value: the rest of the key's line, plus indented lines (a select).
        let mut raw = String::new();
        let Some((key, value)) = line.split_once('=') else {
            errors.push(err(number, "expected `key = text`"));
            comment.clear();
            continue;
        };
        let key = key.trim();
        raw.push_str(value);
        // A select's closing `}` may stand at the start of its line.
        while i < lines.len()
            && !lines[i].trim().is_empty()
            && (lines[i].starts_with(char::is_whitespace) || lines[i].starts_with('}'))
        {
            raw.push('\n');
            raw.push_str(lines[i]);
            i += 1;
        }
        if !valid_key(key) {
            errors.push(err(number, &format!("\"{key}\" is not a message key: lower-case letters, digits and hyphens, starting with a letter")));
        } else if messages.iter().any(|m| m.key == key) {
            errors.push(err(number, &format!("\"{key}\" is defined twice")));
        } else {
            match Cursor::new(&raw, number).top_pattern() {
                Ok(pattern) if pattern.is_empty() => {
                    errors.push(err(number, &format!("\"{key}\" has no text")))
                }
                Ok(pattern) => messages.push(Message {
                    key: key.to_string(),
                    pattern,
                    comment: comment.join("\n"),
                    line: number,
                }),
                Err(e) => errors.push(e),
            }
        }
        comment.clear();
    }
    if errors.is_empty() {
        Ok(Resource { messages })
    } else {
        Err(errors)
    }
}

fn err(line: usize, message: &str) -> ParseError {
    ParseError {
        line,
        message: message.to_string(),
    }
}

fn valid_key(key: &str) -> bool {
    let mut chars = key.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !key.ends_with('-')
        && !key.contains("--")
}

/// A reader over one message's raw value (its lines joined with `\n`).
struct Cursor<'a> {
    chars: std::iter::Peekable<std::str::Chars<'a>>,
    /// The file line of the current position.
    line: usize,
}

impl<'a> Cursor<'a> {
    fn new(raw: &'a str, line: usize) -> Self {
        Cursor {
            chars: raw.chars().peekable(),
            line,
        }
    }

    fn error(&self, message: &str) -> ParseError {
        err(self.line, message)
    }

    fn next(&mut self) -> Option<char> {
        let c = self.chars.next();
        if c == Some('\n') {
            self.line += 1;
        }
        c
    }

    fn skip_blanks(&mut self) {
        while self.chars.peek().is_some_and(|c| *c == ' ' || *c == '\t') {
            self.next();
        }
    }

    fn skip_whitespace(&mut self) {
        while self.chars.peek().is_some_and(|c| c.is_whitespace()) {
            self.next();
        }
    }

    /// The whole value: one line, where only a select may span lines.
    fn top_pattern(mut self) -> Result<Pattern, ParseError> {
        self.skip_blanks();
        let pattern = self.pattern(false)?;
        if let Some(&c) = self.chars.peek() {
            return Err(self.error(&format!("unexpected {c:?}")));
        }
        Ok(trim(pattern))
    }

    /// Text and placeables up to the end of the value, or of the line in a variant.
    fn pattern(&mut self, in_variant: bool) -> Result<Pattern, ParseError> {
        let mut out = Vec::new();
        let mut text = String::new();
        while let Some(&c) = self.chars.peek() {
            match c {
                '\n' if in_variant => break,
                '\n' => {
                    let rest: String = self.chars.clone().skip(1).collect();
                    let what = if rest.trim_start().starts_with('.') {
                        "attributes (.name = …) are not used in these catalogs: give the text its own key"
                    } else {
                        "a value spread over several lines: write the whole text on the key's line"
                    };
                    return Err(self.error(what));
                }
                '}' => {
                    return Err(
                        self.error("a `}` without its `{`: write { \"}\" } for the character")
                    )
                }
                '{' => {
                    self.next();
                    match self.placeable(in_variant)? {
                        Element::Text(t) => text.push_str(&t),
                        other => {
                            if !text.is_empty() {
                                out.push(Element::Text(std::mem::take(&mut text)));
                            }
                            out.push(other);
                        }
                    }
                }
                _ => {
                    text.push(c);
                    self.next();
                }
            }
        }
        if !text.is_empty() {
            out.push(Element::Text(text));
        }
        Ok(out)
    }

    /// After `{`: a string literal, a variable, or a select on a variable.
    fn placeable(&mut self, in_variant: bool) -> Result<Element, ParseError> {
        self.skip_blanks();
        let element = match self.next() {
            Some('"') => Element::Text(self.string_literal()?),
            Some('$') => {
                let name = self.identifier();
                if name.is_empty() {
                    return Err(self.error("a variable needs a name: { $name }"));
                }
                self.skip_blanks();
                if self.chars.peek() == Some(&'-') {
                    self.next();
                    if self.next() != Some('>') {
                        return Err(self.error("expected `->` after the selector"));
                    }
                    if in_variant {
                        return Err(self.error("a select inside a select is not used in these catalogs"));
                    }
                    return self.select(name);
                }
                Element::Var(name)
            }
            Some('-') => return Err(self.error("terms ({ -name }) are not used in these catalogs")),
            Some(c) if c.is_ascii_alphabetic() => {
                return Err(self.error("message references and functions are not used in these catalogs: only { $variable }"))
            }
            _ => return Err(self.error("expected { $variable } or { \"text\" }")),
        };
        self.skip_blanks();
        if self.next() != Some('}') {
            return Err(self.error("expected `}` to close the placeable"));
        }
        Ok(element)
    }

    fn identifier(&mut self) -> String {
        let mut name = String::new();
        while let Some(&c) = self.chars.peek() {
            if c.is_ascii_alphanumeric() || c == '_' || c == '-' {
                name.push(c);
                self.next();
            } else {
                break;
            }
        }
        name
    }

    /// After the opening `"`: Fluent's escapes `\"`, `\\` and `\uXXXX`.
    fn string_literal(&mut self) -> Result<String, ParseError> {
        let mut out = String::new();
        loop {
            match self.next() {
                None | Some('\n') => {
                    return Err(self.error("a string literal without its closing `\"`"))
                }
                Some('"') => return Ok(out),
                Some('\\') => match self.next() {
                    Some('"') => out.push('"'),
                    Some('\\') => out.push('\\'),
                    Some('u') => {
                        let hex: String = (0..4).filter_map(|_| self.next()).collect();
                        match u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                            Some(c) if hex.len() == 4 => out.push(c),
                            _ => return Err(self.error("\\u needs four hex digits")),
                        }
                    }
                    _ => {
                        return Err(self
                            .error("unknown escape in a string literal: use \\\" \\\\ or \\uXXXX"))
                    }
                },
                Some(c) => out.push(c),
            }
        }
    }

    /// After `{ $var ->`: one variant per line, then `}`.
    fn select(&mut self, var: String) -> Result<Element, ParseError> {
        self.skip_blanks();
        if self.chars.peek() != Some(&'\n') {
            return Err(self.error("the variants of a select start on the next line"));
        }
        let mut variants: Vec<Variant> = Vec::new();
        loop {
            self.skip_whitespace();
            let default = match self.chars.peek() {
                Some('}') => {
                    self.next();
                    break;
                }
                Some('*') => {
                    self.next();
                    true
                }
                Some('[') => false,
                _ => {
                    return Err(
                        self.error("expected a variant `[one] …`, `*[other] …` or the closing `}`")
                    )
                }
            };
            if self.next() != Some('[') {
                return Err(self.error("expected `[` after `*`"));
            }
            let mut word = String::new();
            loop {
                match self.next() {
                    Some(']') => break,
                    Some('\n') | None => return Err(self.error("a variant key without its `]`")),
                    Some(c) => word.push(c),
                }
            }
            let word = word.trim();
            let key = match (Category::parse(word), word.parse::<u32>()) {
                (Some(c), _) => VariantKey::Category(c),
                (None, Ok(n)) => VariantKey::Exact(n),
                _ => {
                    return Err(self.error(&format!(
                        "\"{word}\" is not a plural category (zero, one, two, few, many, other) or a number"
                    )))
                }
            };
            if variants.iter().any(|v| v.key == key) {
                return Err(self.error(&format!("the variant [{key}] is there twice")));
            }
            self.skip_blanks();
            let pattern = trim(self.pattern(true)?);
            variants.push(Variant {
                key,
                default,
                pattern,
            });
        }
        match variants.iter().filter(|v| v.default).count() {
            1 => Ok(Element::Select(Select { var, variants })),
            0 => Err(self
                .error("a select needs one default variant, marked with `*` (usually *[other])")),
            _ => Err(self.error("a select has exactly one default variant (`*`)")),
        }
    }
}

/// Drops the blanks at both ends of a pattern (Fluent does, and translators should not have
/// to care about them).
fn trim(mut pattern: Pattern) -> Pattern {
    if let Some(Element::Text(t)) = pattern.first_mut() {
        *t = t.trim_start().to_string();
    }
    if let Some(Element::Text(t)) = pattern.last_mut() {
        *t = t.trim_end().to_string();
    }
    pattern.retain(|e| !matches!(e, Element::Text(t) if t.is_empty()));
    pattern
}

/// The English-looking plain text of a pattern, placeables as `{ $name }` and a select as
/// its default variant: for diagnostics, the checks and the pseudo-language.
pub fn display(pattern: &[Element]) -> String {
    let mut out = String::new();
    for e in pattern {
        match e {
            Element::Text(t) => out.push_str(t),
            Element::Var(v) => {
                out.push_str("{ $");
                out.push_str(v);
                out.push_str(" }");
            }
            Element::Select(s) => out.push_str(&display(&s.default_variant().pattern)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    fn text(s: &str) -> Element {
        Element::Text(s.into())
    }
    fn var(s: &str) -> Element {
        Element::Var(s.into())
    }

    #[test]
    fn reads_messages_comments_and_placeables() {
        let src = "### File comment\n\n## Group\n# Variables:\n#   $n (Number)\nplain = Hello, world.\ncount = { $n } of { $total } answered\n\nbrace = Use { \"{\" } and { \"}\" }: \\ stays\n";
        let r = parse(src).expect("parses");
        assert_eq!(r.messages.len(), 3);
        assert_eq!(r.messages[0].key, "plain");
        assert_eq!(r.messages[0].comment, "Variables:\n  $n (Number)");
        assert_eq!(r.messages[0].pattern, vec![text("Hello, world.")]);
        assert_eq!(r.messages[0].line, 6);
        assert_eq!(
            r.messages[1].pattern,
            vec![var("n"), text(" of "), var("total"), text(" answered")]
        );
        assert_eq!(r.messages[1].variables(), vec!["n", "total"]);
        assert_eq!(r.messages[2].pattern, vec![text("Use { and }: \\ stays")]);
    }

    #[test]
    fn reads_a_plural_select_with_text_around_it() {
        let src = "running = Checking… { $done } of { $total ->\n    [one] { $total } address\n    [0] no address\n   *[other] { $total } addresses\n  }.\nnext = after\n";
        let r = parse(src).expect("parses");
        let m = &r.messages[0];
        assert_eq!(m.variables(), vec!["done", "total"]);
        let Element::Select(s) = &m.pattern[3] else {
            panic!("{:?}", m.pattern)
        };
        assert_eq!(s.var, "total");
        assert_eq!(s.variants.len(), 3);
        assert_eq!(s.variants[1].key, VariantKey::Exact(0));
        assert!(s.default_variant().default);
        assert_eq!(
            s.default_variant().pattern,
            vec![var("total"), text(" addresses")]
        );
        assert_eq!(m.pattern[4], text("."));
        assert_eq!(
            display(&m.pattern),
            "Checking… { $done } of { $total } addresses."
        );
        assert_eq!(r.messages[1].line, 6);
    }

    #[rstest]
    #[case("-term = Teams\n", 1, "terms")]
    #[case("a = x\n  more\n", 1, "several lines")]
    #[case("a = x\n    .title = y\n", 1, "attributes")]
    #[case("a = { b }\n", 1, "message references")]
    #[case("a = { $n ->\n  [one] x\n  [other] y\n}\n", 4, "default variant")]
    #[case(
        "a = { $n ->\n  [one] x\n  *[other] { $m ->\n [one] y\n *[other] z\n }\n}\n",
        3,
        "inside a select"
    )]
    #[case(
        "a = { $n ->\n  [lots] x\n  *[other] y\n}\n",
        2,
        "not a plural category"
    )]
    #[case("Bad = x\n", 1, "not a message key")]
    #[case("a = x\na = y\n", 2, "twice")]
    #[case("a = x }\n", 1, "without its")]
    #[case("a = { $n\n", 1, "expected `}`")]
    #[case("a =\n", 1, "no text")]
    #[case("   b = x\n", 1, "indented line")]
    #[case("#comment\n", 1, "hash, space")]
    fn refuses_what_the_subset_does_not_allow(
        #[case] src: &str,
        #[case] line: usize,
        #[case] needle: &str,
    ) {
        let errors = parse(src).expect_err("refused");
        assert!(
            errors
                .iter()
                .any(|e| e.line == line && e.message.contains(needle)),
            "{errors:?}"
        );
    }

    #[test]
    fn reports_every_problem_of_a_file() {
        let errors = parse("-t = x\nok = fine\nBad = y\n").expect_err("refused");
        assert_eq!(
            errors.iter().map(|e| e.line).collect::<Vec<_>>(),
            vec![1, 3]
        );
    }

    #[test]
    fn notes_mark_texts_meant_to_equal_english() {
        let r = parse("# same as English: a product name\nname = Microsoft Teams\nother = x\n")
            .expect("parses");
        assert!(r.messages[0].same_as_source());
        assert!(!r.messages[1].same_as_source());
    }
}
