//! The languages the page ships, and how a browser's language preference maps to them.
//!
//! Adding a language: a row here (its CLDR plural rule must exist in [`crate::plural`]),
//! then `l10n/<tag>/` with every file English has (`make test` names what is missing).

use crate::plural::Rule;

/// Writing direction.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    /// The value of the HTML `dir` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// How far a translation can be trusted (the IT guide's "Languages" section says it for every language).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Status {
    /// English: the source every other language is checked against.
    Source,
    /// Written without a native speaker's review: IT should have one check it before wide use.
    Unreviewed,
    /// Reviewed by a native speaker.
    Reviewed,
}

impl Status {
    /// Stable token (`source`, `unreviewed`, `reviewed`).
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Source => "source",
            Status::Unreviewed => "unreviewed",
            Status::Reviewed => "reviewed",
        }
    }
}

/// One shipped language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Language {
    /// BCP 47 tag: the folder name in `l10n/` and in the built page, `?lang=` and `<html lang>`.
    pub tag: &'static str,
    /// The language's name in itself, as the language menu shows it.
    pub endonym: &'static str,
    /// The language's name in English (IT guide, For IT panel).
    pub english: &'static str,
    pub dir: Direction,
    pub plural: Rule,
    pub status: Status,
    /// Other tags (lower case) that mean this language, such as `zh-cn` for `zh-Hans` or
    /// `pt` for `pt-BR`, tried after the exact tag.
    pub aliases: &'static [&'static str],
}

/// The source language: every catalog is checked against it.
pub const SOURCE: &str = "en";

/// Every shipped language, English first, then by English name.
pub const LANGUAGES: [Language; 12] = [
    lang(
        "en",
        "English",
        "English",
        Rule::OneIsOne,
        Status::Source,
        &[],
    ),
    lang(
        "ar",
        "العربية",
        "Arabic",
        Rule::Arabic,
        Status::Unreviewed,
        &[],
    ),
    lang(
        "zh-Hans",
        "简体中文",
        "Chinese (Simplified)",
        Rule::OtherOnly,
        Status::Unreviewed,
        &["zh", "zh-cn", "zh-sg", "zh-hans-cn", "zh-hans-sg"],
    ),
    lang(
        "nl",
        "Nederlands",
        "Dutch",
        Rule::OneIsOne,
        Status::Unreviewed,
        &[],
    ),
    lang(
        "fr",
        "Français",
        "French",
        Rule::ZeroOneMillionMany,
        Status::Unreviewed,
        &[],
    ),
    lang(
        "de",
        "Deutsch",
        "German",
        Rule::OneIsOne,
        Status::Unreviewed,
        &[],
    ),
    lang(
        "it",
        "Italiano",
        "Italian",
        Rule::OneIsOneMillionMany,
        Status::Unreviewed,
        &[],
    ),
    lang(
        "ja",
        "日本語",
        "Japanese",
        Rule::OtherOnly,
        Status::Unreviewed,
        &[],
    ),
    lang(
        "ko",
        "한국어",
        "Korean",
        Rule::OtherOnly,
        Status::Unreviewed,
        &[],
    ),
    lang(
        "pl",
        "Polski",
        "Polish",
        Rule::Polish,
        Status::Unreviewed,
        &[],
    ),
    // Brazilian Portuguese also serves European Portuguese readers (there is no pt-PT yet).
    lang(
        "pt-BR",
        "Português (Brasil)",
        "Portuguese (Brazil)",
        Rule::ZeroOneMillionMany,
        Status::Unreviewed,
        &["pt"],
    ),
    lang(
        "es",
        "Español",
        "Spanish",
        Rule::OneIsOneMillionMany,
        Status::Unreviewed,
        &[],
    ),
];

/// The pseudo-language for layout tests: English with accents, brackets and 40 % more
/// length (see [`crate::pseudo`]). Built only when asked for; never in the menu.
pub const PSEUDO: Language = Language {
    tag: "en-XA",
    endonym: "Ëñĝļîšĥ (ƥšéûđö)",
    english: "Pseudo-English (layout tests)",
    dir: Direction::Ltr,
    plural: Rule::OneIsOne,
    status: Status::Unreviewed,
    aliases: &[],
};

const fn lang(
    tag: &'static str,
    endonym: &'static str,
    english: &'static str,
    plural: Rule,
    status: Status,
    aliases: &'static [&'static str],
) -> Language {
    let dir = if tag.len() == 2 && tag.as_bytes()[0] == b'a' && tag.as_bytes()[1] == b'r' {
        Direction::Rtl
    } else {
        Direction::Ltr
    };
    Language {
        tag,
        endonym,
        english,
        dir,
        plural,
        status,
        aliases,
    }
}

/// The shipped language (or the pseudo-language) with this exact tag, any case.
pub fn by_tag(tag: &str) -> Option<&'static Language> {
    LANGUAGES
        .iter()
        .chain(std::iter::once(&PSEUDO))
        .find(|l| l.tag.eq_ignore_ascii_case(tag))
}

/// Chinese tags that mean Traditional script: never answered with Simplified Chinese.
const TRADITIONAL: [&str; 4] = ["zh-hant", "zh-tw", "zh-hk", "zh-mo"];

/// The shipped language for one tag of a reader's preference list (RFC 4647 "lookup"):
/// the exact tag, an alias, then the tag with subtags dropped from the right (`de-AT` →
/// `de`, `pt-PT` → `pt` → `pt-BR`). `None` for tags we do not serve, including every
/// Traditional Chinese tag (the reader's next preference decides then).
pub fn lookup(tag: &str) -> Option<&'static Language> {
    let mut t = tag.trim().to_ascii_lowercase().replace('_', "-");
    if t.is_empty()
        || TRADITIONAL
            .iter()
            .any(|p| t == *p || t.starts_with(&format!("{p}-")))
    {
        return None;
    }
    loop {
        if let Some(l) = LANGUAGES
            .iter()
            .find(|l| l.tag.eq_ignore_ascii_case(&t) || l.aliases.contains(&t.as_str()))
        {
            return Some(l);
        }
        match t.rfind('-') {
            Some(i) => t.truncate(i),
            None => return None,
        }
    }
}

/// The language for a reader's preference list, in order; `fallback` when none matches.
pub fn negotiate<'a>(
    preferences: impl IntoIterator<Item = &'a str>,
    fallback: &'static Language,
) -> &'static Language {
    preferences.into_iter().find_map(lookup).unwrap_or(fallback)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    #[rstest]
    #[case(&["de-AT"], "de")]
    #[case(&["fr-CA", "en"], "fr")]
    #[case(&["zh-CN"], "zh-Hans")]
    #[case(&["zh-Hans-HK"], "zh-Hans")]
    #[case(&["zh-TW", "ja"], "ja")]
    #[case(&["zh-Hant", "zh-HK"], "en")]
    #[case(&["pt-PT"], "pt-BR")]
    #[case(&["pt-br"], "pt-BR")]
    #[case(&["es-419"], "es")]
    #[case(&["ar-EG"], "ar")]
    #[case(&["xx", "tlh", ""], "en")]
    #[case(&["sv-SE", "nl-BE"], "nl")]
    #[case(&["en-GB", "de"], "en")]
    #[case(&["ko_KR"], "ko")]
    #[case(&[], "en")]
    fn negotiates_like_rfc_4647_lookup(#[case] prefs: &[&str], #[case] want: &str) {
        let en = by_tag("en").expect("en");
        assert_eq!(negotiate(prefs.iter().copied(), en).tag, want, "{prefs:?}");
    }

    #[test]
    fn the_table_is_consistent() {
        assert_eq!(LANGUAGES[0].tag, SOURCE);
        let mut seen = std::collections::HashSet::new();
        for l in LANGUAGES {
            assert!(seen.insert(l.tag.to_ascii_lowercase()), "{} twice", l.tag);
            for a in l.aliases {
                assert!(seen.insert((*a).to_string()), "alias {a} twice");
                assert_eq!(*a, a.to_ascii_lowercase());
            }
            assert_eq!(by_tag(l.tag), Some(&l));
            assert_eq!(lookup(l.tag), Some(&l));
            assert_eq!(l.dir == Direction::Rtl, l.tag == "ar", "{}", l.tag);
            assert_eq!(l.status == Status::Source, l.tag == SOURCE);
        }
        // The pseudo-language is only reached by its exact tag, never by negotiation.
        assert_eq!(lookup(PSEUDO.tag).map(|l| l.tag), Some("en"));
    }
}
