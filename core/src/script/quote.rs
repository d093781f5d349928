//! The one boundary between untrusted text and a script: [`sanitize`], then one quoting
//! function per language ([`powershell`], [`bash`]). Every organization, help-desk, label and
//! URL value reaches a script only through here (via `template.rs` or the generators), and
//! the property tests (`core/tests/script_props.rs`) check these functions against 10,000
//! hostile values per language.

/// Replaces what must never reach a script literal: control characters (C0, DEL, C1; a
/// newline or CR would split the one-line assignment and break the CRLF/LF invariant, and an
/// ESC could rewrite the terminal when the script prints the value or someone `cat`s it) and
/// bidirectional-override characters (they make source display differently from how it runs:
/// "Trojan Source", CVE-2021-42574). U+FFFD keeps the replacement visible. NUL is covered too:
/// bash strings cannot hold it and Windows tools treat it as the end of text.
pub fn sanitize(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_control() || is_bidi_control(c) {
                '\u{FFFD}'
            } else {
                c
            }
        })
        .collect()
}

/// The characters that reorder how text is displayed (Unicode bidi controls).
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// THE escaping function for PowerShell. Returns an expression that evaluates to `s` (after
/// [`sanitize`]) and is **pure ASCII**, so the script means the same whatever code page
/// Windows PowerShell 5.1 reads it in: a `.ps1` that lost its BOM (saved from Notepad after
/// "Copy script") is read as ANSI (cp1250/1251/1252…), where UTF-8 bytes such as 0x82, 0x91 and
/// 0x92 become the typographic quotes U+201A U+2018 U+2019, which PowerShell's tokenizer treats
/// as `'`, so "Wroc\u{142}aw" would end its string early and `X\u{D1};Start-Process calc.exe;#`
/// would run code.
///
/// - ASCII text: one single-quoted (verbatim) literal `'…'`; inside it PowerShell expands
///   nothing and the only special character is `'`, which is doubled.
/// - Anything else: `('ASCII run' + [char]0xNNNN + …)`, one `[char]` per UTF-16 code unit,
///   parenthesized so it is one value in expression and in command-argument position, and
///   starting with a string (`''` if needed) so `+` concatenates strings instead of adding
///   numbers. No non-ASCII character is ever written, so no typographic quote can reach the
///   file.
///
/// Control characters (NUL, CR, LF, ESC, C1…) and bidi overrides are first replaced by U+FFFD:
/// a newline would break the CRLF-only layout, NUL ends text for many Windows tools and ESC
/// could rewrite the console when the value is printed.
pub fn powershell(s: &str) -> String {
    let clean = sanitize(s);
    if clean.is_ascii() {
        return verbatim(&clean);
    }
    let mut parts: Vec<String> = Vec::new();
    let mut run = String::new();
    for c in clean.chars() {
        if c.is_ascii() {
            run.push(c);
            continue;
        }
        if !run.is_empty() || parts.is_empty() {
            parts.push(verbatim(&run));
            run.clear();
        }
        let mut units = [0u16; 2];
        for unit in c.encode_utf16(&mut units) {
            parts.push(format!("[char]0x{unit:04X}"));
        }
    }
    if !run.is_empty() {
        parts.push(verbatim(&run));
    }
    format!("({})", parts.join(" + "))
}

/// `s` (ASCII) as one verbatim PowerShell literal: `'` doubled, nothing else special.
fn verbatim(s: &str) -> String {
    debug_assert!(s.is_ascii());
    format!("'{}'", s.replace('\'', "''"))
}

/// THE escaping function for bash: a single-quoted word. Inside `'…'` bash interprets nothing,
/// so the only character to handle is `'` itself, written as `'\''` (close, escaped quote,
/// reopen). The value is first passed through [`sanitize`]: bash strings cannot hold NUL, and
/// control/bidi characters are replaced by U+FFFD so the assignment stays on one line and
/// cannot rewrite the terminal when printed.
pub fn bash(s: &str) -> String {
    let clean = sanitize(s);
    let mut out = String::with_capacity(clean.len() + 2);
    out.push('\'');
    for c in clean.chars() {
        if c == '\'' {
            out.push_str("'\\''");
        } else {
            out.push(c);
        }
    }
    out.push('\'');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    #[rstest]
    #[case("plain", "plain")]
    #[case("a\nb\r\0c\u{1b}[31m", "a\u{FFFD}b\u{FFFD}\u{FFFD}c\u{FFFD}[31m")]
    #[case("x\u{202E}y\u{2066}z", "x\u{FFFD}y\u{FFFD}z")]
    #[case("\u{85}tab\there", "\u{FFFD}tab\u{FFFD}here")]
    #[case("émoji 🙂 ‘’", "émoji 🙂 ‘’")]
    fn sanitizing(#[case] input: &str, #[case] expected: &str) {
        assert_eq!(sanitize(input), expected);
    }

    #[rstest]
    #[case("", "''")]
    #[case("Contoso", "'Contoso'")]
    #[case("it's", "'it''s'")]
    #[case(
        "\u{2018}a\u{2019}b\u{201A}c\u{201B}",
        "('' + [char]0x2018 + 'a' + [char]0x2019 + 'b' + [char]0x201A + 'c' + [char]0x201B)"
    )]
    #[case("Wroc\u{142}aw", "('Wroc' + [char]0x0142 + 'aw')")]
    #[case(
        "X\u{D1};Start-Process calc.exe;#",
        "('X' + [char]0x00D1 + ';Start-Process calc.exe;#')"
    )]
    #[case("\u{420}\u{43E}", "('' + [char]0x0420 + [char]0x043E)")]
    #[case("it's \u{1F642}", "('it''s ' + [char]0xD83D + [char]0xDE42)")]
    #[case("$(Remove-Item ~) `n ${x} \"dq\"", "'$(Remove-Item ~) `n ${x} \"dq\"'")]
    #[case("'@ \"@ #> <#", "'''@ \"@ #> <#'")]
    #[case(
        "a\0b\r\nc",
        "('a' + [char]0xFFFD + 'b' + [char]0xFFFD + [char]0xFFFD + 'c')"
    )]
    #[case("rtl\u{202E}x", "('rtl' + [char]0xFFFD + 'x')")]
    fn powershell_quoting(#[case] input: &str, #[case] expected: &str) {
        assert_eq!(powershell(input), expected);
    }

    #[rstest]
    #[case("", "''")]
    #[case("Contoso", "'Contoso'")]
    #[case("it's", "'it'\\''s'")]
    #[case("'", "''\\'''")]
    #[case("$(rm -rf ~) `id` ${HOME}", "'$(rm -rf ~) `id` ${HOME}'")]
    #[case("back\\slash \"dq\"", "'back\\slash \"dq\"'")]
    #[case("a\0b\nc", "'a\u{FFFD}b\u{FFFD}c'")]
    #[case("\u{2018}x\u{2019}", "'\u{2018}x\u{2019}'")]
    fn bash_quoting(#[case] input: &str, #[case] expected: &str) {
        assert_eq!(bash(input), expected);
    }
}
