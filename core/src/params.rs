//! Deep-link parameters (`?lang=de&code=CAA20002&os=windows&client=new`), read as a whitelist.
//!
//! Links arrive by e-mail and chat, so anyone can craft one: only the four known names with
//! their known values are used, and no notice ever repeats what the link contained. `lang`
//! is followed by the page's language chooser before the app starts (it moves to that
//! language's folder); an unknown language is dropped without a word, as a language the
//! reader's browser asks for and the page does not have would be.

use crate::codes::{parse_code, CodeParse, ErrorCode};
use crate::platform::{Client, Os};
use crate::report::encode;
use crate::text::{Arg, Msg, Text};

/// Longest raw (still percent-encoded) value looked at; real values are under 20 bytes.
pub const MAX_VALUE_LEN: usize = 64;
/// Longest raw parameter name looked at.
pub const MAX_NAME_LEN: usize = 32;
/// Parameters read before giving up on the rest of the query.
pub const MAX_PARAMS: usize = 16;

/// A parameter the page understands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Param {
    Lang,
    Code,
    Os,
    Client,
}

impl Param {
    /// The whole whitelist of names.
    pub const ALL: [Param; 4] = [Param::Lang, Param::Code, Param::Os, Param::Client];

    /// The parameter's name in the URL.
    pub fn as_str(self) -> &'static str {
        match self {
            Param::Lang => "lang",
            Param::Code => "code",
            Param::Os => "os",
            Param::Client => "client",
        }
    }

    fn from_name(name: &str) -> Option<Param> {
        Param::ALL
            .into_iter()
            .find(|p| p.as_str().eq_ignore_ascii_case(name))
    }
}

/// Something in the link that was ignored. Carries no text from the link, only which of
/// our own parameters it was about, so showing it can never inject anything.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ParamNotice {
    /// A known parameter with a value outside its whitelist.
    Unrecognised(Param),
    /// A known parameter whose value was too long to be a real one.
    TooLong(Param),
    /// A known parameter given more than once: the first one counts.
    Duplicate(Param),
    /// One or more parameters this page does not use.
    UnknownParameter,
    /// More than [`MAX_PARAMS`] parameters: the rest were not read.
    TooManyParameters,
}

impl ParamNotice {
    /// The sentence shown to the user.
    pub fn text(self) -> Text {
        let name = |p: Param| Arg::code(p.as_str());
        match self {
            ParamNotice::Unrecognised(p) => Text::link_unknown_value(name(p)),
            ParamNotice::TooLong(p) => Text::link_too_long(name(p)),
            ParamNotice::Duplicate(p) => Text::link_repeated(name(p)),
            ParamNotice::UnknownParameter => Msg::LinkUnknownParameter.into(),
            ParamNotice::TooManyParameters => Msg::LinkTruncated.into(),
        }
    }
}

/// What a deep link pre-selects, plus what was ignored (each notice at most once).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DeepLink {
    /// A shipped language's tag (`de`, `pt-BR`).
    pub lang: Option<&'static str>,
    pub code: Option<ErrorCode>,
    pub os: Option<Os>,
    pub client: Option<Client>,
    pub notices: Vec<ParamNotice>,
}

impl DeepLink {
    fn notice(&mut self, n: ParamNotice) {
        if !self.notices.contains(&n) {
            self.notices.push(n);
        }
    }
}

/// Reads `location.search` (with or without the leading `?`). Empty values count as absent;
/// for a repeated parameter the first occurrence decides, valid or not, so a second one
/// cannot override what the first said.
pub fn parse_query(query: &str) -> DeepLink {
    let query = query.strip_prefix('?').unwrap_or(query);
    // `location.search` never has a fragment, but a hand-passed string might.
    let query = query.split('#').next().unwrap_or_default();
    let mut link = DeepLink::default();
    let mut seen: Vec<Param> = Vec::new();
    for (n, pair) in query.split('&').filter(|p| !p.is_empty()).enumerate() {
        if n == MAX_PARAMS {
            link.notice(ParamNotice::TooManyParameters);
            break;
        }
        let (raw_name, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
        let param = if raw_name.len() > MAX_NAME_LEN {
            None
        } else {
            Param::from_name(&decode(raw_name))
        };
        let Some(param) = param else {
            link.notice(ParamNotice::UnknownParameter);
            continue;
        };
        if raw_value.is_empty() {
            continue;
        }
        if seen.contains(&param) {
            link.notice(ParamNotice::Duplicate(param));
            continue;
        }
        seen.push(param);
        if raw_value.len() > MAX_VALUE_LEN {
            link.notice(ParamNotice::TooLong(param));
            continue;
        }
        let value = decode(raw_value);
        let recognised = match param {
            Param::Lang => {
                link.lang = signin_catalog::languages::lookup(&value).map(|l| l.tag);
                true
            }
            Param::Code => match parse_code(&value) {
                CodeParse::Known(c) => {
                    link.code = Some(c);
                    true
                }
                CodeParse::Empty => true,
                CodeParse::Unknown => false,
            },
            Param::Os => {
                link.os = Os::parse(&value);
                link.os.is_some()
            }
            Param::Client => {
                link.client = Client::parse(&value);
                link.client.is_some()
            }
        };
        if !recognised {
            link.notice(ParamNotice::Unrecognised(param));
        }
    }
    link
}

/// Percent-decoding for `application/x-www-form-urlencoded`: `+` is a space, `%XX` a byte,
/// and a malformed `%` stays a literal `%` (browsers do the same) instead of failing.
/// Invalid UTF-8 becomes U+FFFD; the whitelist rejects it afterwards anyway.
pub fn decode(raw: &str) -> String {
    let bytes = raw.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b'%' => match (
                bytes.get(i + 1).and_then(|h| hex(*h)),
                bytes.get(i + 2).and_then(|l| hex(*l)),
            ) {
                (Some(h), Some(l)) => {
                    out.push(h << 4 | l);
                    i += 3;
                }
                _ => {
                    out.push(b'%');
                    i += 1;
                }
            },
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// A deep link for IT to send: `base` (its own query and fragment dropped) plus the chosen
/// values. Only whitelisted tokens go in, so nothing needs escaping but the base's join.
pub fn build_link(
    base: &str,
    lang: Option<&'static str>,
    code: Option<ErrorCode>,
    os: Option<Os>,
    client: Option<Client>,
) -> String {
    let base = base.split(['?', '#']).next().unwrap_or_default();
    let pairs: Vec<String> = [
        lang.map(|l| (Param::Lang, l)),
        code.map(|c| (Param::Code, c.as_str())),
        os.map(|o| (Param::Os, o.as_str())),
        client.map(|c| (Param::Client, c.as_str())),
    ]
    .into_iter()
    .flatten()
    // The tokens are already URL-safe; encoding is a belt-and-braces no-op.
    .map(|(p, v)| format!("{}={}", p.as_str(), encode(v)))
    .collect();
    if pairs.is_empty() {
        base.to_string()
    } else {
        format!("{base}?{}", pairs.join("&"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::native::en;
    use rstest::rstest;
    use ParamNotice::{Duplicate, TooLong, TooManyParameters, UnknownParameter, Unrecognised};

    fn link(
        code: Option<ErrorCode>,
        os: Option<Os>,
        client: Option<Client>,
        notices: &[ParamNotice],
    ) -> DeepLink {
        DeepLink {
            lang: None,
            code,
            os,
            client,
            notices: notices.to_vec(),
        }
    }

    #[rstest]
    #[case("", link(None, None, None, &[]))]
    #[case("?", link(None, None, None, &[]))]
    #[case("?code=CAA20002", link(Some(ErrorCode::Caa20002), None, None, &[]))]
    #[case("code=caa20002&os=windows&client=new", link(Some(ErrorCode::Caa20002), Some(Os::Windows), Some(Client::New), &[]))]
    #[case("?code=0x80090030&os=MACOS&client=Classic", link(Some(ErrorCode::E80090030), Some(Os::Macos), Some(Client::Classic), &[]))]
    #[case("?CODE=CAA20004&OS=linux", link(Some(ErrorCode::Caa20004), Some(Os::Linux), None, &[]))]
    #[case("?code=CAA+20002", link(Some(ErrorCode::Caa20002), None, None, &[]))]
    #[case("?code=CAA%2020002", link(Some(ErrorCode::Caa20002), None, None, &[]))]
    #[case("?code=%43AA20002", link(Some(ErrorCode::Caa20002), None, None, &[]))]
    #[case("?%63ode=CAA20002", link(Some(ErrorCode::Caa20002), None, None, &[]))]
    #[case("?code=CAA20002#os=macos", link(Some(ErrorCode::Caa20002), None, None, &[]))]
    #[case("?&&code=CAA20002&&", link(Some(ErrorCode::Caa20002), None, None, &[]))]
    #[case("?code=&os=", link(None, None, None, &[]))]
    #[case("?code&os", link(None, None, None, &[]))]
    #[case("?code=&code=CAA20003", link(Some(ErrorCode::Caa20003), None, None, &[]))]
    // Hostile and wrong values: ignored, with a notice naming only our parameter.
    #[case("?os=<script>alert(1)</script>", link(None, None, None, &[Unrecognised(Param::Os)]))]
    #[case("?code=%3Cscript%3Ealert(1)%3C%2Fscript%3E", link(None, None, None, &[Unrecognised(Param::Code)]))]
    #[case("?client=new%22%20onmouseover%3D%22alert(1)", link(None, None, None, &[Unrecognised(Param::Client)]))]
    #[case("?client=new'; rm -rf ~", link(None, None, None, &[Unrecognised(Param::Client)]))]
    #[case("?os=windows%00", link(None, None, None, &[Unrecognised(Param::Os)]))]
    #[case("?os=%00windows", link(None, None, None, &[Unrecognised(Param::Os)]))]
    #[case("?os=%E2%80%AEswodniw", link(None, None, None, &[Unrecognised(Param::Os)]))]
    #[case("?code=CAA%E2%80%AE20002", link(None, None, None, &[Unrecognised(Param::Code)]))]
    #[case("?os=%FF%FE", link(None, None, None, &[Unrecognised(Param::Os)]))]
    #[case("?os=win", link(None, None, None, &[Unrecognised(Param::Os)]))]
    #[case("?code=CAA99999", link(None, None, None, &[Unrecognised(Param::Code)]))]
    // Malformed percent sequences do not panic and do not decode into something valid.
    #[case("?os=%", link(None, None, None, &[Unrecognised(Param::Os)]))]
    #[case("?os=%G1windows", link(None, None, None, &[Unrecognised(Param::Os)]))]
    #[case("?os=windows%2", link(None, None, None, &[Unrecognised(Param::Os)]))]
    #[case("?code=%%%", link(None, None, None, &[Unrecognised(Param::Code)]))]
    // Duplicates: the first occurrence wins, valid or not.
    #[case("?os=windows&os=macos", link(None, Some(Os::Windows), None, &[Duplicate(Param::Os)]))]
    #[case("?os=bogus&os=macos", link(None, None, None, &[Unrecognised(Param::Os), Duplicate(Param::Os)]))]
    #[case("?os=windows&OS=macos&os=linux", link(None, Some(Os::Windows), None, &[Duplicate(Param::Os)]))]
    // Unknown names: one notice, however many.
    #[case("?utm_source=mail&code=CAA20002&x=1", link(Some(ErrorCode::Caa20002), None, None, &[UnknownParameter]))]
    #[case("?<img src=x onerror=alert(1)>=1", link(None, None, None, &[UnknownParameter]))]
    #[case("?code%3DCAA20002", link(None, None, None, &[UnknownParameter]))]
    #[case("?os%00=windows", link(None, None, None, &[UnknownParameter]))]
    fn parses_a_whitelist(#[case] query: &str, #[case] expected: DeepLink) {
        assert_eq!(parse_query(query), expected);
    }

    /// `lang` is read as a whitelist too, and an unknown language is dropped without a notice.
    #[rstest]
    #[case("?lang=de", Some("de"))]
    #[case("?lang=DE-at&code=CAA20002", Some("de"))]
    #[case("?lang=zh-CN", Some("zh-Hans"))]
    #[case("?lang=pt-PT", Some("pt-BR"))]
    #[case("?lang=zh-TW", None)]
    #[case("?lang=xx", None)]
    #[case("?lang=%3Cscript%3E", None)]
    fn reads_the_language_quietly(#[case] query: &str, #[case] lang: Option<&str>) {
        let link = parse_query(query);
        assert_eq!(link.lang, lang, "{query}");
        assert!(link.notices.is_empty(), "{query}: {:?}", link.notices);
    }

    #[test]
    fn long_values_and_names_are_bounded() {
        let huge = "A".repeat(10_000);
        assert_eq!(
            parse_query(&format!("?os={huge}&client=new")),
            link(None, None, Some(Client::New), &[TooLong(Param::Os)])
        );
        assert_eq!(
            parse_query(&format!("?code={}CAA20002", "%20".repeat(30))),
            link(None, None, None, &[TooLong(Param::Code)])
        );
        assert_eq!(
            parse_query(&format!("?{huge}=windows&os=linux")),
            link(None, Some(Os::Linux), None, &[UnknownParameter])
        );
        // Just within the bound, padding spaces are trimmed and the code is read.
        let padded = format!("?code={}CAA20002", "+".repeat(MAX_CODE_PAD));
        assert_eq!(parse_query(&padded).code, Some(ErrorCode::Caa20002));
    }

    /// Enough `+` padding to stay within both the value bound and parse_code's bound.
    const MAX_CODE_PAD: usize = 30;

    #[test]
    fn parameter_count_is_bounded() {
        let many = "x=1&".repeat(10_000) + "os=linux";
        assert_eq!(
            parse_query(&many),
            link(None, None, None, &[UnknownParameter, TooManyParameters])
        );
        let first = format!("os=linux{}", "&x=1".repeat(100));
        assert_eq!(parse_query(&first).os, Some(Os::Linux));
    }

    #[test]
    fn notices_never_echo_the_link() {
        let hostile = [
            "?os=<script>alert(1)</script>",
            "?client=\"'><svg/onload=alert(1)>",
            "?code=%3Cb%3Ezqx%3C%2Fb%3E&evil%3Cname%3E=1",
            "?os=%E2%80%AEevil&os=evil2",
        ];
        for q in hostile {
            for n in parse_query(q).notices {
                let m = en(n.text());
                for bad in [
                    "<", ">", "script", "svg", "onload", "alert", "evil", "\u{202E}", "zqx",
                ] {
                    assert!(!m.contains(bad), "{q}: {m}");
                }
            }
        }
        let all = [
            Unrecognised(Param::Os),
            TooLong(Param::Code),
            Duplicate(Param::Client),
            UnknownParameter,
            TooManyParameters,
        ];
        for n in all {
            assert!(en(n.text()).ends_with('.'));
        }
        assert_eq!(
            en(Unrecognised(Param::Os).text()),
            "The link's \"os\" value was not recognised and was ignored."
        );
    }

    #[rstest]
    #[case("+", " ")]
    #[case("a%20b", "a b")]
    #[case("%41%62", "Ab")]
    #[case("%", "%")]
    #[case("%4", "%4")]
    #[case("%zz", "%zz")]
    #[case("100%", "100%")]
    #[case("%E2%80%AE", "\u{202E}")]
    #[case("%FF", "\u{FFFD}")]
    #[case("%00", "\u{0}")]
    #[case("%2B", "+")]
    #[case("é", "é")]
    fn decodes_forms(#[case] raw: &str, #[case] decoded: &str) {
        assert_eq!(decode(raw), decoded);
    }

    #[rstest]
    #[case(
        "https://it.example/teams-check/",
        Some(ErrorCode::Caa20002),
        Some(Os::Windows),
        Some(Client::New),
        "https://it.example/teams-check/?code=CAA20002&os=windows&client=new"
    )]
    #[case(
        "https://it.example/check",
        None,
        None,
        None,
        "https://it.example/check"
    )]
    #[case(
        "https://it.example/check?code=old#top",
        Some(ErrorCode::E80090030),
        None,
        None,
        "https://it.example/check?code=80090030"
    )]
    #[case(
        "https://it.example/",
        None,
        Some(Os::Macos),
        Some(Client::Both),
        "https://it.example/?os=macos&client=both"
    )]
    fn builds_links(
        #[case] base: &str,
        #[case] code: Option<ErrorCode>,
        #[case] os: Option<Os>,
        #[case] client: Option<Client>,
        #[case] expected: &str,
    ) {
        assert_eq!(build_link(base, None, code, os, client), expected);
    }

    #[test]
    fn built_links_read_back() {
        let codes = std::iter::once(None).chain(ErrorCode::ALL.map(Some));
        let langs = std::iter::once(None)
            .chain(signin_catalog::LANGUAGES.iter().map(|l| Some(l.tag)))
            .cycle();
        for (code, lang) in codes.zip(langs) {
            for os in [None, Some(Os::Windows), Some(Os::Macos), Some(Os::Linux)] {
                for client in [
                    None,
                    Some(Client::New),
                    Some(Client::Classic),
                    Some(Client::Both),
                ] {
                    let url = build_link("https://h/p", lang, code, os, client);
                    let query = url.split_once('?').map_or("", |(_, q)| q);
                    assert_eq!(
                        parse_query(query),
                        DeepLink {
                            lang,
                            code,
                            os,
                            client,
                            notices: vec![]
                        },
                        "{url}"
                    );
                }
            }
        }
    }
}
