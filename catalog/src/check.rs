//! The checks every catalog passes before it is built into a page (`make test` runs them
//! over `l10n/`, the build over IT's overrides): what Mozilla's compare-locales reports as
//! missing and obsolete, plus this page's own rules.
//!
//! - every English message exists in each language, in the same file, and no language has
//!   a message English lacks;
//! - a translation uses exactly English's variables;
//! - a plural select names only categories the language has;
//! - no message contains bidi control characters (they would end up in copied text; the
//!   page isolates technical values with markup instead);
//! - paths, host names, commands and registry keys are never literal text but variables,
//!   so the page can show them left-to-right in every language and no translation can
//!   change them;
//! - a translation equal to English is flagged unless its note says it is meant so.

use crate::ftl::{display, Element, Message, Pattern, Resource, VariantKey};
use crate::languages::Language;

/// One file of a catalog: its name (`page.ftl`) and contents.
pub type File<'a> = (&'a str, &'a Resource);

/// Something wrong in a catalog, with where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// `de/page.ftl`.
    pub file: String,
    pub key: String,
    /// 1-based line (0 when the message is missing).
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.line > 0 {
            write!(
                f,
                "{}:{}: {}: {}",
                self.file, self.line, self.key, self.message
            )
        } else {
            write!(f, "{}: {}: {}", self.file, self.key, self.message)
        }
    }
}

/// The source's own rules (technical values as variables, no bidi controls).
pub fn check_source(files: &[File<'_>]) -> Vec<Problem> {
    let mut out = Vec::new();
    for (name, resource) in files {
        for m in &resource.messages {
            message_rules(&format!("en/{name}"), m, None, &mut out);
        }
    }
    out
}

/// One language against English. `partial` allows missing messages (IT's overrides
/// change a few texts, not all).
pub fn check_language(
    lang: &Language,
    english: &[File<'_>],
    translated: &[File<'_>],
    partial: bool,
) -> Vec<Problem> {
    let mut out = Vec::new();
    for (name, resource) in translated {
        let file = format!("{}/{name}", lang.tag);
        let source = english.iter().find(|(n, _)| n == name).map(|(_, r)| *r);
        let Some(source) = source else {
            out.push(Problem {
                file,
                key: String::new(),
                line: 0,
                message: "English has no file of this name".into(),
            });
            continue;
        };
        for m in &resource.messages {
            let Some(en) = source.get(&m.key) else {
                out.push(problem(
                    &file,
                    m,
                    "English has no message with this key (obsolete, or a typo)",
                ));
                continue;
            };
            let mut want = en.variables();
            let mut got = m.variables();
            want.sort_unstable();
            got.sort_unstable();
            if want != got {
                out.push(problem(
                    &file,
                    m,
                    &format!("uses the variables {got:?}; English uses {want:?}"),
                ));
            }
            message_rules(&file, m, Some(lang), &mut out);
            if !partial
                && lang.tag != crate::languages::SOURCE
                && m.pattern == en.pattern
                && !m.same_as_source()
                && has_words(&m.pattern)
            {
                out.push(problem(&file, m, "is the same as English: translate it, or say why in a note `# same as English: …`"));
            }
        }
    }
    if !partial {
        for (name, resource) in english {
            let file = format!("{}/{name}", lang.tag);
            let theirs = translated.iter().find(|(n, _)| n == name).map(|(_, r)| *r);
            for m in &resource.messages {
                if theirs.and_then(|r| r.get(&m.key)).is_none() {
                    out.push(Problem {
                        file: file.clone(),
                        key: m.key.clone(),
                        line: 0,
                        message: "missing (English has it)".into(),
                    });
                }
            }
        }
    }
    out
}

fn problem(file: &str, m: &Message, message: &str) -> Problem {
    Problem {
        file: file.to_string(),
        key: m.key.clone(),
        line: m.line,
        message: message.to_string(),
    }
}

fn message_rules(file: &str, m: &Message, lang: Option<&Language>, out: &mut Vec<Problem>) {
    let text = all_text(&m.pattern);
    if let Some(c) = text.chars().find(|c| is_bidi_control(*c)) {
        out.push(problem(
            file,
            m,
            &format!("contains the invisible bidi control U+{:04X}: remove it (the page isolates values itself)", c as u32),
        ));
    }
    if let Some(token) = technical_token(&text) {
        out.push(problem(
            file,
            m,
            &format!("\"{token}\" looks like a path, address or command: pass it as a variable so it stays exact and left-to-right"),
        ));
    }
    if let Some(lang) = lang {
        for key in select_keys(&m.pattern) {
            if let VariantKey::Category(c) = key {
                if !lang.plural.categories().contains(&c) {
                    out.push(problem(
                        file,
                        m,
                        &format!(
                            "[{}] is not a plural category of {} (it has: {})",
                            c.as_str(),
                            lang.english,
                            lang.plural
                                .categories()
                                .iter()
                                .map(|c| c.as_str())
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                    ));
                }
            }
        }
    }
}

/// Every literal text of a pattern, all variants included.
fn all_text(pattern: &Pattern) -> String {
    let mut out = String::new();
    for e in pattern {
        match e {
            Element::Text(t) => {
                out.push_str(t);
                out.push(' ');
            }
            Element::Var(_) => out.push(' '),
            Element::Select(s) => {
                for v in &s.variants {
                    out.push_str(&all_text(&v.pattern));
                }
            }
        }
    }
    out
}

fn select_keys(pattern: &Pattern) -> Vec<VariantKey> {
    pattern
        .iter()
        .filter_map(|e| match e {
            Element::Select(s) => Some(s.variants.iter().map(|v| v.key)),
            _ => None,
        })
        .flatten()
        .collect()
}

fn has_words(pattern: &Pattern) -> bool {
    display(pattern).split("{ $").enumerate().any(|(i, part)| {
        let text = if i == 0 {
            part
        } else {
            part.split_once('}').map_or("", |p| p.1)
        };
        text.chars().filter(|c| c.is_alphabetic()).count() >= 2
    })
}

/// U+200E/200F, U+202A…U+202E, U+2066…U+2069 and U+061C: characters that change the
/// display order of text and would be copied along with it.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// File endings and top-level domains that mark a word as technical.
const TECHNICAL_ENDINGS: [&str; 16] = [
    ".com",
    ".net",
    ".org",
    ".microsoft",
    ".cn",
    ".us",
    ".exe",
    ".ps1",
    ".sh",
    ".json",
    ".txt",
    ".msc",
    ".cpl",
    ".app",
    ".html",
    ".plist",
];

/// The first word of `text` that is a path, host name, registry key or command, if any.
pub fn technical_token(text: &str) -> Option<&str> {
    text.split_whitespace()
        .map(|w| w.trim_matches(|c: char| ",;:!?()\"'«»“”„".contains(c)))
        .map(|w| w.trim_end_matches('.'))
        .find(|w| {
            let lower = w.to_ascii_lowercase();
            w.contains('\\')
                || w.contains("://")
                || w.starts_with("~/")
                || w.starts_with("$env:")
                || (w.len() > 2 && w.starts_with('%') && w.ends_with('%'))
                || lower.starts_with("hklm")
                || lower.starts_with("hkcu")
                || (w.contains('/') && w.chars().filter(|c| *c == '/').count() >= 2)
                || TECHNICAL_ENDINGS.iter().any(|end| {
                    lower.len() > end.len() + 1
                        && lower.ends_with(end)
                        && lower[..lower.len() - end.len()]
                            .chars()
                            .last()
                            .is_some_and(|c| c.is_ascii_alphanumeric())
                })
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ftl::parse;
    use crate::languages::by_tag;
    use rstest::rstest;

    fn files(src: &str) -> Resource {
        parse(src).expect("parses")
    }

    #[test]
    fn missing_obsolete_variables_and_plurals() {
        let en = files("a = One { $n }\nb = Two\nc = { $n ->\n [one] x\n *[other] y\n}\n");
        let de = files("a = Eins { $m }\nc = { $n ->\n [few] x\n *[other] y\n}\nz = Extra\n");
        let lang = by_tag("de").expect("de");
        let p = check_language(lang, &[("page.ftl", &en)], &[("page.ftl", &de)], false);
        let text: Vec<String> = p.iter().map(|p| p.to_string()).collect();
        assert!(
            text.iter()
                .any(|t| t.contains("de/page.ftl:1: a: uses the variables")),
            "{text:?}"
        );
        assert!(
            text.iter()
                .any(|t| t.contains("[few] is not a plural category of German")),
            "{text:?}"
        );
        assert!(
            text.iter().any(|t| t.contains("z: English has no message")),
            "{text:?}"
        );
        assert!(
            text.iter()
                .any(|t| t == "de/page.ftl: b: missing (English has it)"),
            "{text:?}"
        );
        // Polish has `few`.
        let pl = by_tag("pl").expect("pl");
        let p = check_language(pl, &[("page.ftl", &en)], &[("page.ftl", &de)], true);
        assert!(!p.iter().any(|p| p.message.contains("[few]")), "{p:?}");
        assert!(
            !p.iter().any(|p| p.message.contains("missing")),
            "partial: {p:?}"
        );
    }

    #[test]
    fn same_as_english_needs_a_note() {
        let en = files("a = Check again\nb = VPN\nc = Microsoft Teams\n");
        let fr = files("a = Check again\nb = VPN\n# same as English: the product's name\nc = Microsoft Teams\n");
        let lang = by_tag("fr").expect("fr");
        let p = check_language(lang, &[("p.ftl", &en)], &[("p.ftl", &fr)], false);
        let keys: Vec<&str> = p.iter().map(|p| p.key.as_str()).collect();
        assert_eq!(keys, ["a", "b"]);
    }

    #[rstest]
    #[case(
        "Open %APPDATA%\\Microsoft\\Teams now",
        Some("%APPDATA%\\Microsoft\\Teams")
    )]
    #[case(
        "It blocks login.microsoftonline.com.",
        Some("login.microsoftonline.com")
    )]
    #[case("Sign in at office.com in your browser", Some("office.com"))]
    #[case("Run tpm.msc and look", Some("tpm.msc"))]
    #[case("See https://example.org/x", Some("https://example.org/x"))]
    #[case("Open ~/Library/Caches", Some("~/Library/Caches"))]
    #[case("Under HKLM\\SOFTWARE", Some("HKLM\\SOFTWARE"))]
    #[case("Settings > Time & language > Date & time.", None)]
    #[case("Press Ctrl + C (⌘C on a Mac). Done.", None)]
    #[case("TLS 1.2 and 1.3, 80 % of cases, e.g. this.", None)]
    #[case("Right-click it and/or wait.", None)]
    fn finds_technical_tokens(#[case] text: &str, #[case] want: Option<&str>) {
        assert_eq!(technical_token(text), want);
    }

    #[test]
    fn bidi_controls_are_refused() {
        let en = files("a = abc\u{202E}def\n");
        let p = check_source(&[("p.ftl", &en)]);
        assert!(p[0].message.contains("U+202E"), "{p:?}");
    }
}
