//! Property tests: whatever IT types as organization and help-desk text, the generated script
//! holds each value exactly once, as one string literal that decodes (by the language's own
//! rules) to the sanitized value, and the rest of the syntax tree is identical to the tree for
//! a benign value. 10,000 cases per language. The quoting functions themselves
//! (`signin_core::script::quote`, the one file every value passes through) are checked on
//! their own too, against the same decoders.
//!
//! Speed: each case is parsed incrementally from the benign tree (tree-sitter re-lexes only the
//! edited region) and trees are compared in lockstep, skipping subtrees the two trees share
//! (same node id = the same immutable subtree, hence the same kinds). Every 97th case is
//! re-checked with a full parse and a full node-by-node comparison, so the shortcut is itself
//! tested.
#![cfg(not(target_arch = "wasm32"))]

#[path = "fixtures/script_support.rs"]
mod support;

use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use signin_core::platform::{Client, Os};
use signin_core::script::{generate, ScriptOptions, ScriptRequest};
use std::cell::RefCell;
use tree_sitter::{InputEdit, Node, Parser, Point, Tree};

const CASES: u32 = 10_000;

#[derive(Clone, Copy, PartialEq)]
enum Lang {
    PowerShell,
    Bash,
}

/// The value a literal must decode to: control and bidi characters become U+FFFD. Written
/// independently of the generator's sanitizer on purpose.
fn expected(value: &str) -> String {
    value
        .chars()
        .map(|c| {
            let bidi =
                matches!(c as u32, 0x061C | 0x200E | 0x200F | 0x202A..=0x202E | 0x2066..=0x2069);
            if c.is_control() || bidi {
                '\u{FFFD}'
            } else {
                c
            }
        })
        .collect()
}

fn is_ps_quote(c: char) -> bool {
    matches!(c, '\'' | '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}')
}

/// Decodes a PowerShell verbatim string the way PowerShell's tokenizer does: any of the five
/// single-quote characters ends the string unless another one follows (then the second is
/// kept). Tree-sitter's grammar only knows ASCII `'`, so this is what catches a break-out
/// through typographic quotes.
fn decode_powershell(lit: &str) -> Result<String, String> {
    let mut chars = lit.chars().peekable();
    match chars.next() {
        Some(c) if is_ps_quote(c) => {}
        _ => return Err(format!("literal does not start with a quote: {lit:?}")),
    }
    let mut out = String::new();
    while let Some(c) = chars.next() {
        if is_ps_quote(c) {
            match chars.peek() {
                Some(&n) if is_ps_quote(n) => {
                    out.push(n);
                    chars.next();
                }
                None => return Ok(out),
                Some(_) => {
                    return Err(format!(
                        "string ends early (PowerShell would run the rest): {lit:?}"
                    ))
                }
            }
        } else {
            out.push(c);
        }
    }
    Err(format!("unterminated literal: {lit:?}"))
}

/// Decodes the value [`signin_core::script::quote::powershell`] writes: either one verbatim
/// literal, or `('…' + [char]0xNNNN + …)` made only of ASCII verbatim literals and `[char]`
/// casts of one UTF-16 code unit each. Anything else (a variable, a call, a sub-expression, a
/// non-ASCII character) is an error, so the value can only ever be data.
fn decode_powershell_value(value: &str) -> Result<String, String> {
    if !value.is_ascii() {
        return Err(format!("non-ASCII in the value: {value:?}"));
    }
    let Some(inner) = value.strip_prefix('(').and_then(|v| v.strip_suffix(')')) else {
        return decode_powershell(value);
    };
    let mut units: Vec<u16> = Vec::new();
    let mut rest = inner;
    loop {
        if let Some(hex) = rest.strip_prefix("[char]0x") {
            let digits = hex.get(..4).ok_or(format!("short [char] in {value:?}"))?;
            if !digits
                .bytes()
                .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_lowercase())
            {
                return Err(format!("bad [char] {digits:?} in {value:?}"));
            }
            units.push(u16::from_str_radix(digits, 16).unwrap());
            rest = &hex[4..];
        } else if rest.starts_with('\'') {
            // The literal ends at the first quote not followed by another one.
            let bytes = rest.as_bytes();
            let mut i = 1;
            loop {
                match bytes.get(i) {
                    Some(b'\'') if bytes.get(i + 1) == Some(&b'\'') => i += 2,
                    Some(b'\'') => break,
                    Some(_) => i += 1,
                    None => return Err(format!("unterminated literal in {value:?}")),
                }
            }
            units.extend(decode_powershell(&rest[..=i])?.encode_utf16());
            rest = &rest[i + 1..];
        } else {
            return Err(format!("unexpected {rest:?} in {value:?}"));
        }
        if rest.is_empty() {
            break;
        }
        rest = rest
            .strip_prefix(" + ")
            .ok_or(format!("expected ' + ' before {rest:?} in {value:?}"))?;
    }
    String::from_utf16(&units).map_err(|e| format!("{e} in {value:?}"))
}

/// Decodes a bash word made of '…' segments and \x escapes; anything unquoted is an error.
fn decode_bash(word: &str) -> Result<String, String> {
    let mut out = String::new();
    let mut chars = word.chars();
    while let Some(c) = chars.next() {
        match c {
            '\'' => loop {
                match chars.next() {
                    Some('\'') => break,
                    Some(x) => out.push(x),
                    None => return Err(format!("unterminated quote: {word:?}")),
                }
            },
            '\\' => match chars.next() {
                Some('\'') => out.push('\''),
                other => return Err(format!("unexpected escape {other:?} in {word:?}")),
            },
            other => return Err(format!("unquoted character {other:?} in {word:?}")),
        }
    }
    Ok(out)
}

/// Length of the common prefix of two byte strings (memcmp in blocks: fast even unoptimized).
fn common_prefix(a: &[u8], b: &[u8]) -> usize {
    const BLOCK: usize = 512;
    let max = a.len().min(b.len());
    let mut i = 0;
    while i + BLOCK <= max && a[i..i + BLOCK] == b[i..i + BLOCK] {
        i += BLOCK;
    }
    while i < max && a[i] == b[i] {
        i += 1;
    }
    i
}

/// Length of the common suffix, not reaching into the first `floor` bytes of either.
fn common_suffix(a: &[u8], b: &[u8], floor: usize) -> usize {
    const BLOCK: usize = 512;
    let max = a.len().min(b.len()) - floor;
    let mut n = 0;
    while n + BLOCK <= max
        && a[a.len() - n - BLOCK..a.len() - n] == b[b.len() - n - BLOCK..b.len() - n]
    {
        n += BLOCK;
    }
    while n < max && a[a.len() - n - 1] == b[b.len() - n - 1] {
        n += 1;
    }
    n
}

/// Byte offset -> tree-sitter point (row, byte column), from the offsets of the line starts.
fn point_at(line_starts: &[usize], byte: usize) -> Point {
    let row = line_starts.partition_point(|&s| s <= byte) - 1;
    Point {
        row,
        column: byte - line_starts[row],
    }
}

/// The point at the end of `region`, which starts at `start`.
fn point_after(start: Point, region: &[u8]) -> Point {
    match region.iter().rposition(|&b| b == b'\n') {
        Some(last) => Point {
            row: start.row + region.iter().filter(|&&b| b == b'\n').count(),
            column: region.len() - last - 1,
        },
        None => Point {
            row: start.row,
            column: start.column + region.len(),
        },
    }
}

struct Harness {
    lang: Lang,
    parser: Parser,
    base: ScriptRequest,
    benign_text: String,
    benign_tree: Tree,
    /// Byte ranges of the organization and help-desk literals in the benign text.
    benign_literals: [(usize, usize); 2],
    /// Node ids of those literals in the benign tree.
    benign_literal_ids: [usize; 2],
    /// Offsets of the line starts of the benign text.
    line_starts: Vec<usize>,
    case: usize,
}

impl Harness {
    fn new(lang: Lang) -> Harness {
        let (os, mut parser) = match lang {
            Lang::PowerShell => (Os::Windows, support::powershell_parser()),
            Lang::Bash => (Os::Macos, support::bash_parser()),
        };
        let base = support::request(os, Client::Both, ScriptOptions::default());
        let benign_text = generate(&base).text;
        let benign_tree = parser.parse(&benign_text, None).unwrap();
        assert!(!benign_tree.root_node().has_error());
        let lits = literals(lang, &benign_tree, &benign_text).expect("benign literals");
        let benign_literals =
            [lits[0].byte_range(), lits[1].byte_range()].map(|r| (r.start, r.end));
        let benign_literal_ids = [lits[0].id(), lits[1].id()];
        let line_starts = std::iter::once(0)
            .chain(
                benign_text
                    .bytes()
                    .enumerate()
                    .filter(|(_, b)| *b == b'\n')
                    .map(|(i, _)| i + 1),
            )
            .collect();
        Harness {
            lang,
            parser,
            base,
            benign_text,
            benign_literals,
            benign_literal_ids,
            line_starts,
            benign_tree,
            case: 0,
        }
    }

    fn check(&mut self, organization: &str, helpdesk: &str) -> Result<(), TestCaseError> {
        self.case += 1;
        let mut req = self.base.clone();
        req.organization = organization.to_string();
        req.helpdesk = helpdesk.to_string();
        let text = generate(&req).text;
        let full_check = self.case.is_multiple_of(97);

        // Incremental parse: one edit spanning everything that differs from the benign text.
        let old = self.benign_text.as_bytes();
        let new = text.as_bytes();
        let prefix = common_prefix(old, new);
        let suffix = common_suffix(old, new, prefix);
        let tree = if full_check {
            self.parser.parse(&text, None).unwrap()
        } else {
            let mut edited = self.benign_tree.clone();
            let start_position = point_at(&self.line_starts, prefix);
            edited.edit(&InputEdit {
                start_byte: prefix,
                old_end_byte: old.len() - suffix,
                new_end_byte: new.len() - suffix,
                start_position,
                old_end_position: point_at(&self.line_starts, old.len() - suffix),
                new_end_position: point_after(start_position, &new[prefix..new.len() - suffix]),
            });
            self.parser.parse(&text, Some(&edited)).unwrap()
        };
        // Whatever the free text, the PowerShell script stays pure ASCII, so a
        // lost BOM (ANSI code page read) cannot change what it means.
        if self.lang == Lang::PowerShell && !text.is_ascii() {
            return Err(TestCaseError::fail(
                "the PowerShell script is not pure ASCII",
            ));
        }
        if tree.root_node().has_error() {
            return Err(TestCaseError::fail(format!(
                "syntax errors: {:?}",
                support::syntax_problems(&tree, &text)
            )));
        }

        // Exactly one literal per value, decoding to the sanitized value.
        let lits = literals(self.lang, &tree, &text).map_err(TestCaseError::fail)?;
        for (node, value) in lits.iter().zip([organization, helpdesk]) {
            let raw = &text[node.byte_range()];
            let decoded = match self.lang {
                Lang::PowerShell => decode_powershell_value(raw),
                Lang::Bash => decode_bash(raw),
            }
            .map_err(TestCaseError::fail)?;
            prop_assert_eq!(decoded, expected(value));
        }
        // The text outside the two literals is the benign text, byte for byte.
        let [(o1, o2), (h1, h2)] = self.benign_literals;
        let rebuilt = format!(
            "{}{}{}{}{}",
            &self.benign_text[..o1],
            &text[lits[0].byte_range()],
            &self.benign_text[o2..h1],
            &text[lits[1].byte_range()],
            &self.benign_text[h2..]
        );
        // (So the line ends are the benign ones too: the decoded values hold no CR or LF.)
        prop_assert!(rebuilt == text, "text outside the literals changed");

        // The rest of the tree has the same node kinds, in the same shape.
        let new_ids = [lits[0].id(), lits[1].id()];
        same_shape(
            self.benign_tree.root_node(),
            tree.root_node(),
            &self.benign_literal_ids,
            &new_ids,
            !full_check,
        )
        .map_err(TestCaseError::fail)
    }
}

/// The organization and help-desk literal nodes: the value of the first two assignments,
/// which must assign `Organization` and `Helpdesk` (in that order).
fn literals<'t>(lang: Lang, tree: &'t Tree, text: &str) -> Result<[Node<'t>; 2], String> {
    let mut found: Vec<Node<'t>> = Vec::new();
    let names: [&str; 2] = match lang {
        Lang::PowerShell => ["$Organization", "$Helpdesk"],
        Lang::Bash => ["ORGANIZATION", "HELPDESK"],
    };
    match lang {
        Lang::Bash => {
            let root = tree.root_node();
            let mut c = root.walk();
            for child in root.named_children(&mut c) {
                if child.kind() != "variable_assignment" {
                    continue;
                }
                let name = child
                    .child_by_field_name("name")
                    .map(|n| &text[n.byte_range()])
                    .unwrap_or("");
                if let Some(i) = names.iter().position(|n| *n == name) {
                    if i != found.len() {
                        return Err(format!("assignment to {name} out of order or repeated"));
                    }
                    found.push(
                        child
                            .child_by_field_name("value")
                            .ok_or("assignment without value")?,
                    );
                    if found.len() == 2 {
                        break;
                    }
                }
            }
        }
        Lang::PowerShell => {
            let root = tree.root_node();
            let mut rc = root.walk();
            let statements = root
                .named_children(&mut rc)
                .find(|n| n.kind() == "statement_list")
                .ok_or("no statements")?;
            let mut c = statements.walk();
            for statement in statements.named_children(&mut c) {
                let Some(assignment) = first_of_kind(statement, "assignment_expression", 3) else {
                    continue;
                };
                let left = assignment
                    .child(0)
                    .map(|n| &text[n.byte_range()])
                    .unwrap_or("");
                if let Some(i) = names.iter().position(|n| *n == left) {
                    if i != found.len() {
                        return Err(format!("assignment to {left} out of order or repeated"));
                    }
                    let value = assignment
                        .child_by_field_name("value")
                        .ok_or("assignment without value")?;
                    // One literal, or the parenthesized ASCII concatenation that `quote`
                    // writes for non-ASCII text; either way the whole value node (which
                    // `decode_powershell_value` then accepts only if it is nothing but data).
                    let raw = &text[value.byte_range()];
                    if raw.starts_with('(') {
                        first_of_kind(value, "parenthesized_expression", 40)
                            .filter(|p| p.byte_range() == value.byte_range())
                            .ok_or("value is not one parenthesized expression")?;
                    } else {
                        let literal = first_of_kind(value, "string_literal", 40)
                            .ok_or("value is not a string literal")?;
                        // The literal must be the whole value, nothing before or after it.
                        if literal.byte_range() != value.byte_range() {
                            return Err(format!("value is more than one literal: {raw:?}"));
                        }
                    }
                    found.push(value);
                    if found.len() == 2 {
                        break;
                    }
                }
            }
        }
    }
    match found.as_slice() {
        [a, b] => Ok([*a, *b]),
        _ => Err(format!(
            "expected the two assignments, found {}",
            found.len()
        )),
    }
}

/// The first node of `kind` in `node`'s subtree (pre-order), no deeper than `depth`.
fn first_of_kind<'t>(node: Node<'t>, kind: &str, depth: usize) -> Option<Node<'t>> {
    if node.kind() == kind {
        return Some(node);
    }
    if depth == 0 {
        return None;
    }
    let mut c = node.walk();
    let children: Vec<Node<'t>> = node.children(&mut c).collect();
    children
        .into_iter()
        .find_map(|ch| first_of_kind(ch, kind, depth - 1))
}

/// Compares node kinds and shapes of two trees, skipping the literal subtrees. With
/// `share_shortcut`, a subtree with the same id in both trees is the same immutable subtree.
fn same_shape(
    a: Node<'_>,
    b: Node<'_>,
    a_lits: &[usize; 2],
    b_lits: &[usize; 2],
    share_shortcut: bool,
) -> Result<(), String> {
    if share_shortcut && a.id() == b.id() {
        return Ok(());
    }
    let a_lit = a_lits.iter().position(|&l| l == a.id());
    let b_lit = b_lits.iter().position(|&l| l == b.id());
    if a_lit.is_some() || b_lit.is_some() {
        return if a_lit == b_lit {
            Ok(())
        } else {
            Err(format!(
                "a literal moved: benign {} vs {} at byte {}",
                a.kind(),
                b.kind(),
                b.start_byte()
            ))
        };
    }
    if a.kind_id() != b.kind_id() || a.child_count() != b.child_count() {
        return Err(format!(
            "tree differs at byte {}: benign {} ({} children) vs {} ({} children)",
            b.start_byte(),
            a.kind(),
            a.child_count(),
            b.kind(),
            b.child_count()
        ));
    }
    let mut ca = a.walk();
    let mut cb = b.walk();
    for (x, y) in a.children(&mut ca).zip(b.children(&mut cb)) {
        same_shape(x, y, a_lits, b_lits, share_shortcut)?;
    }
    Ok(())
}

/// Free text built from the pieces that break scripts, mixed with ordinary text.
fn nasty() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "'",
        "\"",
        "\u{2018}",
        "\u{2019}",
        "\u{201A}",
        "\u{201B}",
        "\u{201C}",
        "\u{201D}",
        "''",
        "'\\''",
        "$()",
        "$(rm -rf ~)",
        "$(Remove-Item -Recurse ~)",
        "`",
        "`$",
        "``",
        "${}",
        "${HOME}",
        "$env:USERPROFILE",
        "\n",
        "\r",
        "\r\n",
        "\0",
        "\u{1b}[2J",
        "\t",
        "\u{7f}",
        "\u{85}",
        "\u{2028}",
        "\u{2029}",
        "\u{FEFF}",
        "\u{202E}",
        "\u{202D}",
        "\u{2066}",
        "\u{200F}",
        "\u{1F642}",
        "\u{1F469}\u{200D}\u{1F4BB}",
        "\\",
        "\\'",
        "\\\\",
        "'@",
        "\"@",
        "@'",
        "@\"",
        "\n'@\n",
        "#>",
        "<#",
        "#",
        ";",
        "|",
        "&",
        "&&",
        "||",
        "%",
        "!",
        "!!",
        "-",
        "--%",
        "(",
        ")",
        "{",
        "}",
        "[",
        "]",
        "*",
        "?",
        "~",
        " ",
        "EOF",
        "EOF_HELP",
        "a",
        "Contoso",
        "\u{e9}",
        "\u{4e2d}",
    ]);
    prop::collection::vec(pieces, 0..14).prop_map(|v| v.concat())
}

fn free_text() -> impl Strategy<Value = String> {
    prop_oneof![5 => nasty(), 3 => any::<String>(), 1 => "[ -~]{0,40}"]
}

fn run(lang: Lang) {
    let harness = RefCell::new(Harness::new(lang));
    let mut runner = TestRunner::new(Config {
        cases: CASES,
        failure_persistence: None,
        ..Config::default()
    });
    let result = runner.run(&(free_text(), free_text()), |(org, helpdesk)| {
        harness.borrow_mut().check(&org, &helpdesk)
    });
    if let Err(e) = result {
        panic!("{e}");
    }
    assert!(harness.borrow().case >= CASES as usize);
}

#[test]
fn powershell_free_text_is_one_literal_and_nothing_else_changes() {
    run(Lang::PowerShell);
}

#[test]
fn bash_free_text_is_one_literal_and_nothing_else_changes() {
    run(Lang::Bash);
}

/// The quoting room on its own: whatever the text, each language's quote decodes back to
/// the sanitized text (and the PowerShell one is pure ASCII).
#[test]
fn quote_functions_decode_to_the_sanitized_text() {
    use signin_core::script::quote;
    let mut runner = TestRunner::new(Config {
        cases: CASES,
        failure_persistence: None,
        ..Config::default()
    });
    let result = runner.run(&free_text(), |value| {
        let ps = quote::powershell(&value);
        prop_assert!(ps.is_ascii(), "not ASCII: {ps:?}");
        prop_assert_eq!(
            decode_powershell_value(&ps).map_err(TestCaseError::fail)?,
            expected(&value)
        );
        prop_assert_eq!(
            decode_bash(&quote::bash(&value)).map_err(TestCaseError::fail)?,
            expected(&value)
        );
        Ok(())
    });
    if let Err(e) = result {
        panic!("{e}");
    }
}

#[test]
fn decoders_reject_break_outs() {
    assert_eq!(
        decode_powershell("'a''b\u{2019}\u{2019}c'").unwrap(),
        "a'b\u{2019}c"
    );
    assert!(
        decode_powershell("'a\u{2019}b'").is_err(),
        "a lone typographic quote ends the string in PowerShell"
    );
    assert!(decode_powershell("'a'b'").is_err());
    assert_eq!(
        decode_powershell_value("('Wroc' + [char]0x0142 + 'aw')").unwrap(),
        "Wroc\u{142}aw"
    );
    assert_eq!(
        decode_powershell_value("('' + [char]0xD83D + [char]0xDE42 + 'it''s')").unwrap(),
        "\u{1F642}it's"
    );
    for bad in [
        "('a' + $x)",
        "('a' + [char]0x0142 + (Start-Process calc))",
        "('a' + [char]0x142)",
        "('a'; 'b')",
        "('a' + 'b'",
        "'W\u{142}'",
    ] {
        assert!(decode_powershell_value(bad).is_err(), "{bad}");
    }
    assert_eq!(decode_bash("'a'\\''b'").unwrap(), "a'b");
    assert!(decode_bash("'a'$(x)'b'").is_err());
    assert!(decode_bash("'a").is_err());
}
