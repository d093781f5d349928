//! Tests of the error-code table: every code in it once with its whole row (meaning,
//! documentation, guidance, first step), and what users paste read as a code.

use super::*;
use crate::text::native::{en, english};
use rstest::rstest;

fn meaning(code: ErrorCode) -> String {
    en(code.meaning())
}

fn guidance(code: ErrorCode) -> Vec<String> {
    code.guidance().into_iter().map(en).collect()
}

fn note(code: ErrorCode) -> String {
    en(code.source_note())
}

fn title(s: &Source) -> String {
    english().str(s.title)
}

#[rstest]
#[case("caa20002", CodeParse::Known(ErrorCode::Caa20002))]
#[case("CAA20002", CodeParse::Known(ErrorCode::Caa20002))]
#[case("0xCAA20002", CodeParse::Known(ErrorCode::Caa20002))]
#[case("0XcAa20002", CodeParse::Known(ErrorCode::Caa20002))]
#[case(" CAA 20002 ", CodeParse::Known(ErrorCode::Caa20002))]
#[case("caa-20002", CodeParse::Known(ErrorCode::Caa20002))]
#[case("\tCAA20002\n", CodeParse::Known(ErrorCode::Caa20002))]
#[case("Error code: CAA20002", CodeParse::Known(ErrorCode::Caa20002))]
#[case("error 0xcaa20002", CodeParse::Known(ErrorCode::Caa20002))]
#[case("\"CAA20002\"", CodeParse::Known(ErrorCode::Caa20002))]
#[case("caa20003", CodeParse::Known(ErrorCode::Caa20003))]
#[case("CAA20004", CodeParse::Known(ErrorCode::Caa20004))]
#[case("caa2000b", CodeParse::Known(ErrorCode::Caa2000b))]
#[case("CAA5004b", CodeParse::Known(ErrorCode::Caa5004b))]
#[case("caa70004", CodeParse::Known(ErrorCode::Caa70004))]
#[case("caa82ee2", CodeParse::Known(ErrorCode::Caa82ee2))]
#[case("CAA82EE7", CodeParse::Known(ErrorCode::Caa82ee7))]
#[case("0x80090030", CodeParse::Known(ErrorCode::E80090030))]
#[case("80090030", CodeParse::Known(ErrorCode::E80090030))]
#[case("8009-0030", CodeParse::Known(ErrorCode::E80090030))]
#[case("0x80090016", CodeParse::Known(ErrorCode::E80090016))]
#[case("caa2000c", CodeParse::Known(ErrorCode::Caa2000c))]
#[case("0xCAA301F7", CodeParse::Known(ErrorCode::Caa301f7))]
#[case("caa301f7", CodeParse::Known(ErrorCode::Caa301f7))]
#[case("CAA 301F7", CodeParse::Known(ErrorCode::Caa301f7))]
#[case("CAA301F8", CodeParse::Unknown)]
#[case("CAA60007", CodeParse::Known(ErrorCode::Caa60007))]
#[case("0xCAA70007", CodeParse::Known(ErrorCode::Caa70007))]
#[case("caa82f05", CodeParse::Known(ErrorCode::Caa82f05))]
#[case("CAA82F0D", CodeParse::Known(ErrorCode::Caa82f0d))]
#[case("caa82f17", CodeParse::Known(ErrorCode::Caa82f17))]
#[case("CAA82F7D", CodeParse::Known(ErrorCode::Caa82f7d))]
#[case("caa82f86", CodeParse::Known(ErrorCode::Caa82f86))]
#[case("caa82f87", CodeParse::Known(ErrorCode::Caa82f87))]
#[case("CAA82F8F", CodeParse::Known(ErrorCode::Caa82f8f))]
#[case("caa82f92", CodeParse::Known(ErrorCode::Caa82f92))]
#[case("caa82f94", CodeParse::Known(ErrorCode::Caa82f94))]
#[case("CAA90018", CodeParse::Known(ErrorCode::Caa90018))]
#[case("Error code: 0xCAA90019", CodeParse::Known(ErrorCode::Caa90019))]
#[case("CAA82F06", CodeParse::Unknown)]
#[case("", CodeParse::Empty)]
#[case("   ", CodeParse::Empty)]
#[case(" - ", CodeParse::Empty)]
#[case("CAA2000", CodeParse::Unknown)]
#[case("CAA200021", CodeParse::Unknown)]
#[case("XCAA20002", CodeParse::Unknown)]
#[case("0x0xCAA20002", CodeParse::Unknown)]
#[case("CAA20002 CAA20003", CodeParse::Unknown)]
#[case("20002", CodeParse::Unknown)]
#[case("<script>alert(1)</script>", CodeParse::Unknown)]
#[case("CAA\u{202E}20002", CodeParse::Unknown)]
#[case("CAA\u{0}20002", CodeParse::Unknown)]
#[case("ＣＡＡ２０００２", CodeParse::Unknown)]
#[case(
    "Sorry, but we're having trouble signing you in. CAA20002",
    CodeParse::Unknown
)]
fn parses_what_users_paste(#[case] input: &str, #[case] expected: CodeParse) {
    assert_eq!(parse_code(input), expected);
}

#[test]
fn input_length_is_bounded() {
    let padded = format!("{}CAA20002", " ".repeat(MAX_CODE_INPUT));
    assert_eq!(parse_code(&padded), CodeParse::Unknown);
    let just_fits = format!("{}CAA20002", " ".repeat(MAX_CODE_INPUT - 8));
    assert_eq!(
        parse_code(&just_fits),
        CodeParse::Known(ErrorCode::Caa20002)
    );
    assert_eq!(parse_code(&"A".repeat(10_000)), CodeParse::Unknown);
}

#[test]
fn canonical_text_round_trips_and_is_the_serde_form() {
    for code in ErrorCode::ALL {
        assert_eq!(parse_code(code.as_str()), CodeParse::Known(code));
        assert_eq!(
            parse_code(&code.as_str().to_lowercase()),
            CodeParse::Known(code)
        );
        let json = serde_json::to_string(&code).expect("serializes");
        assert_eq!(json, format!("\"{}\"", code.as_str()));
        assert_eq!(serde_json::from_str::<ErrorCode>(&json).ok(), Some(code));
        assert_eq!(code.to_string(), code.as_str());
    }
}

/// The whole table: code, first check, IT-first, and the documented constant name
/// (`None`: not found in Microsoft's public documents, so the page says it is not sure).
#[rstest]
#[case(
    ErrorCode::Caa20002,
    FocusCheck::Cache,
    false,
    Some("ERROR_ADAL_SERVER_ERROR_INVALID_REQUEST")
)]
#[case(
    ErrorCode::Caa20003,
    FocusCheck::Time,
    false,
    Some("ERROR_ADAL_SERVER_ERROR_INVALID_GRANT")
)]
#[case(
    ErrorCode::Caa20004,
    FocusCheck::Account,
    true,
    Some("ERROR_ADAL_SERVER_ERROR_ACCESS_DENIED")
)]
#[case(
    ErrorCode::Caa2000b,
    FocusCheck::Account,
    true,
    Some("ERROR_ADAL_SERVER_ERROR_INVALID_RESOURCE")
)]
#[case(
    ErrorCode::Caa2000c,
    FocusCheck::Signin,
    false,
    Some("ERROR_ADAL_SERVER_ERROR_INTERACTION_REQUIRED")
)]
#[case(
    ErrorCode::Caa301f7,
    FocusCheck::Service,
    false,
    Some("ERROR_HTTP_STATUS_SERVICE_UNAVAIL")
)]
#[case(ErrorCode::Caa5004b, FocusCheck::Device, true, None)]
#[case(
    ErrorCode::Caa60007,
    FocusCheck::Network,
    false,
    Some("ERROR_ADAL_JSON_MALFORMED")
)]
#[case(
    ErrorCode::Caa70004,
    FocusCheck::Network,
    false,
    Some("ERROR_INET_RESOURCE_NOT_FOUND")
)]
#[case(
    ErrorCode::Caa70007,
    FocusCheck::Network,
    false,
    Some("ERROR_INET_DOWNLOAD_FAILURE")
)]
#[case(
    ErrorCode::Caa82ee2,
    FocusCheck::Network,
    false,
    Some("ERROR_ADAL_INTERNET_TIMEOUT")
)]
#[case(
    ErrorCode::Caa82ee7,
    FocusCheck::Network,
    false,
    Some("ERROR_ADAL_INTERNET_NAME_NOT_RESOLVED")
)]
#[case(
    ErrorCode::Caa82f05,
    FocusCheck::Time,
    false,
    Some("ERROR_ADAL_INTERNET_SEC_CERT_DATE_INVALID")
)]
#[case(
    ErrorCode::Caa82f0d,
    FocusCheck::Network,
    false,
    Some("ERROR_ADAL_INTERNET_INVALID_CA")
)]
#[case(
    ErrorCode::Caa82f17,
    FocusCheck::Network,
    false,
    Some("ERROR_ADAL_INTERNET_SEC_CERT_ERRORS")
)]
#[case(
    ErrorCode::Caa82f7d,
    FocusCheck::Network,
    false,
    Some("ERROR_ADAL_INTERNET_SECURE_CHANNEL_ERROR")
)]
#[case(
    ErrorCode::Caa82f86,
    FocusCheck::Network,
    false,
    Some("ERROR_ADAL_INTERNET_BAD_AUTO_PROXY_SCRIPT")
)]
#[case(
    ErrorCode::Caa82f87,
    FocusCheck::Network,
    false,
    Some("ERROR_ADAL_INTERNET_UNABLE_TO_DOWNLOAD_SCRIPT")
)]
#[case(
    ErrorCode::Caa82f8f,
    FocusCheck::Network,
    false,
    Some("ERROR_ADAL_INTERNET_SECURE_FAILURE")
)]
#[case(
    ErrorCode::Caa82f92,
    FocusCheck::Network,
    false,
    Some("ERROR_ADAL_INTERNET_AUTO_PROXY_SERVICE_ERROR")
)]
#[case(
    ErrorCode::Caa82f94,
    FocusCheck::Network,
    false,
    Some("ERROR_ADAL_INTERNET_AUTODETECTION_FAILED")
)]
#[case(
    ErrorCode::Caa90018,
    FocusCheck::Signin,
    false,
    Some("ERROR_ADAL_COULDNOT_DISCOVER_USERREALM")
)]
#[case(
    ErrorCode::Caa90019,
    FocusCheck::Network,
    false,
    Some("ERROR_ADAL_UNEXPECTED_RESPONSE")
)]
#[case(ErrorCode::E80090016, FocusCheck::Device, true, Some("NTE_BAD_KEYSET"))]
#[case(
    ErrorCode::E80090030,
    FocusCheck::Device,
    true,
    Some("NTE_DEVICE_NOT_READY")
)]
fn the_code_table(
    #[case] code: ErrorCode,
    #[case] focus: FocusCheck,
    #[case] it: bool,
    #[case] constant: Option<&str>,
) {
    assert_eq!(code.first_check(), focus);
    assert_eq!(code.go_to_it_first(), it);
    match constant {
        Some(name) => {
            let doc = code.documented().expect("documented");
            assert_eq!(doc.constant, name, "{code}");
            assert!(code.is_sourced(), "{code}");
            assert!(!meaning(code).starts_with("Not sure"), "{code}");
            let note = note(code);
            assert!(
                note.contains(name) && note.contains(&title(&code.sources()[0])),
                "{note}"
            );
        }
        None => {
            assert_eq!(code.documented(), None);
            assert!(!code.is_sourced());
            assert!(meaning(code).starts_with("Not sure"), "{code}");
            assert!(note(code).starts_with("Not sure"), "{code}");
        }
    }
    for s in code.sources() {
        assert!(
            s.url.starts_with("https://") && !title(s).is_empty(),
            "{code}"
        );
    }
}

/// The IT guide's deep-link and code tables name every code (IT reads them there).
#[test]
fn the_it_guide_lists_every_code() {
    let guide = include_str!("../../../docs/it-guide.md");
    let row = guide
        .lines()
        .find(|l| l.starts_with("| `code` |"))
        .expect("deep-link row");
    for code in ErrorCode::ALL {
        assert!(
            row.contains(&format!("`{code}`")),
            "deep-link row lacks {code}"
        );
        assert!(
            guide.contains(&format!("\n| {code} | {} |", meaning(code))),
            "code table lacks {code}"
        );
    }
}

/// Every row names a public source, or says plainly that it is not sure: its meaning starts
/// with "Not sure", its source note says so, and it quotes no Microsoft wording.
#[test]
fn every_code_names_a_source_or_says_it_is_not_sure() {
    for code in ErrorCode::ALL {
        if code.is_sourced() {
            assert!(code.documented().is_some(), "{code}: a source but no quote");
            assert!(!meaning(code).starts_with("Not sure"), "{code}");
            for s in code.sources() {
                assert!(
                    s.url.starts_with("https://") && !title(s).is_empty(),
                    "{code}"
                );
            }
        } else {
            assert_eq!(code.documented(), None, "{code}: a quote without a source");
            assert!(meaning(code).starts_with("Not sure"), "{code}");
            assert!(note(code).starts_with("Not sure"), "{code}");
            assert!(
                guidance(code)[0].contains("could not find this code"),
                "{code}: the guidance must say it is not documented"
            );
        }
    }
}

/// docs/sources.md is the one list of the page's sources: every source a code row names
/// is in it, by URL.
#[test]
fn every_code_source_is_in_the_sources_list() {
    let sources = include_str!("../../../docs/sources.md");
    for code in ErrorCode::ALL {
        for s in code.sources() {
            assert!(
                sources.contains(s.url),
                "{code}: {} not in docs/sources.md",
                s.url
            );
        }
    }
    for s in [
        WEB_PROVIDER_ERRORS,
        TEAMS_SIGN_IN_SUPPORT,
        COM_SECURITY_ERRORS,
    ] {
        assert!(sources.contains(s.url), "{} not in docs/sources.md", s.url);
    }
}

/// The article's claims keep their condition and their owner: "more than 80 %" only next
/// to its office.com condition, "almost always on this computer" only as the article's.
#[test]
fn article_claims_keep_their_condition_and_owner() {
    for code in ErrorCode::ALL {
        for p in guidance(code) {
            if p.contains("80 %") {
                assert!(
                    p.contains("office.com") && p.contains("estimate"),
                    "{code}: {p}"
                );
            }
            if p.contains("almost always") {
                assert!(p.contains("article says"), "{code}: {p}");
            }
            assert!(!p.contains("most common reason"), "{code}: {p}");
        }
    }
}

/// CAA301F7 points at the service: no cache reset, the status page, wait and retry.
#[test]
fn caa301f7_points_at_the_service() {
    let code = ErrorCode::Caa301f7;
    assert_eq!(code.first_check(), FocusCheck::Service);
    assert!(!code.go_to_it_first());
    let text = guidance(code).join(" ");
    for needle in [
        "503",
        "not at this computer",
        "status page",
        "wait",
        "will not help",
    ] {
        assert!(text.contains(needle), "{needle}: {text}");
    }
    assert_eq!(code.sources(), [WEB_PROVIDER_ERRORS]);
}

#[test]
fn every_code_is_in_the_table_once() {
    let mut seen = std::collections::HashSet::new();
    for code in ErrorCode::ALL {
        assert!(seen.insert(code.as_str()), "{code} twice");
    }
    assert_eq!(ErrorCode::ALL[0], ErrorCode::Caa20002);
}

/// CAA20002 says what the code means (the service answered and refused the request),
/// keeps the article's causes in the article's order, and presents the article's
/// "more than 80 %" as the article's estimate.
#[test]
fn caa20002_says_what_it_means_and_keeps_the_article_order() {
    let text = guidance(ErrorCode::Caa20002).join(" ");
    assert!(
        text.contains("answered") && text.contains("invalid"),
        "{text}"
    );
    assert!(!text.contains("could not connect"), "{text}");
    let order = ["cache", "VPN", "TLS 1.2", "time zone"];
    let causes = &guidance(ErrorCode::Caa20002)[1];
    let at: Vec<usize> = order
        .iter()
        .map(|n| causes.find(n).unwrap_or_else(|| panic!("{n} in {causes}")))
        .collect();
    assert!(
        at.windows(2).all(|w| w[0] < w[1]),
        "article order: {causes}"
    );
    assert!(text.contains("80 %") && text.contains("estimate"), "{text}");
    for code in ErrorCode::ALL {
        let all = guidance(code).join(" ");
        assert!(!all.contains("Windows 7"), "{code}");
    }
}

#[rstest]
#[case(ErrorCode::Caa20004, "CAA20004")]
#[case(ErrorCode::Caa2000b, "licence")]
#[case(ErrorCode::Caa5004b, "dsregcmd /status")]
#[case(ErrorCode::E80090030, "80090030")]
#[case(ErrorCode::E80090016, "80090016")]
fn it_first_guidance_says_what_to_tell_it(#[case] code: ErrorCode, #[case] needle: &str) {
    let text = guidance(code).join(" ");
    assert!(
        text.contains("Tell IT") || text.contains("tell IT"),
        "{code}"
    );
    assert!(text.contains(needle), "{code} should mention {needle}");
}

#[test]
fn guidance_is_short_plain_paragraphs() {
    for code in ErrorCode::ALL {
        let paragraphs = guidance(code);
        assert!((2..=5).contains(&paragraphs.len()), "{code}");
        for p in paragraphs {
            assert!(!p.trim().is_empty() && p.len() <= 400, "{code}: {p}");
            assert!(p.ends_with('.'), "{code}: {p}");
        }
        assert!(!meaning(code).is_empty() && meaning(code).len() <= 60);
    }
    // CAA20002 is the page's subject: the four causes and the office.com test.
    let full = guidance(ErrorCode::Caa20002).join(" ");
    for needle in [
        "cache",
        "VPN",
        "proxy",
        "time zone",
        "TLS 1.2",
        "office.com",
    ] {
        assert!(full.contains(needle), "{needle}");
    }
}

#[test]
fn focus_tokens_are_distinct() {
    let all = [
        FocusCheck::Cache,
        FocusCheck::Time,
        FocusCheck::Network,
        FocusCheck::Signin,
        FocusCheck::Account,
        FocusCheck::Device,
        FocusCheck::Service,
    ];
    for f in all {
        assert_eq!(
            serde_json::to_string(&f).ok(),
            Some(format!("\"{}\"", f.as_str()))
        );
    }
}

/// Each paragraph names as many technical values as its message has variables, and every
/// message of a code travels with its group: CAA20002's with the page, the others later.
#[test]
fn paragraphs_fill_their_messages_and_sit_in_their_group() {
    for code in ErrorCode::ALL {
        for t in code.guidance() {
            assert_eq!(t.args.len(), t.msg.vars().len(), "{code}: {}", t.msg.key());
        }
        for m in code.messages() {
            let at = m as usize;
            let shared = m.key().starts_with("codes-");
            if code == ErrorCode::Caa20002 || shared {
                assert!(
                    at < Msg::FIRST_END,
                    "{code}: {} must come with the page",
                    m.key()
                );
            } else {
                assert!(
                    (Msg::FIRST_END..Msg::LAZY_END).contains(&at),
                    "{code}: {} is loaded later",
                    m.key()
                );
            }
        }
    }
}
