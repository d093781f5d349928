//! The Teams sign-in error codes the page knows: parsing what users paste, and what each means.
//!
//! Only CAA20002 gets the full self-help treatment; the others either shift the plan's
//! priorities (clock, network) or send the user to IT with the right facts to hand over.

use serde::{Deserialize, Serialize};

/// Longest input worth looking at: a code with prefix and separators fits easily, and
/// anything longer is a pasted paragraph we will not try to mine.
pub const MAX_CODE_INPUT: usize = 40;

/// A sign-in error code this page has guidance for. Serialized as its canonical text
/// (`"CAA20002"`, `"80090030"`), the same as [`ErrorCode::as_str`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ErrorCode {
    #[serde(rename = "CAA20002")]
    Caa20002,
    #[serde(rename = "CAA20003")]
    Caa20003,
    #[serde(rename = "CAA20004")]
    Caa20004,
    #[serde(rename = "CAA2000B")]
    Caa2000b,
    #[serde(rename = "CAA5004B")]
    Caa5004b,
    #[serde(rename = "CAA70004")]
    Caa70004,
    #[serde(rename = "CAA82EE2")]
    Caa82ee2,
    #[serde(rename = "CAA82EE7")]
    Caa82ee7,
    #[serde(rename = "80090030")]
    E80090030,
}

/// What [`parse_code`] made of the user's input. Never carries the input itself, so
/// nothing the user (or a link) typed can be echoed back through it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeParse {
    /// One of the codes in [`ErrorCode::ALL`].
    Known(ErrorCode),
    /// Something was typed, but it is not a code we know (or it was too long to be one).
    Unknown,
    /// Nothing but blanks and separators.
    Empty,
}

impl CodeParse {
    /// The code, when it was recognised.
    pub fn known(self) -> Option<ErrorCode> {
        match self {
            CodeParse::Known(code) => Some(code),
            CodeParse::Unknown | CodeParse::Empty => None,
        }
    }
}

/// The one check that matters most for a code: the page highlights it first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FocusCheck {
    /// Teams' saved sign-in data.
    Cache,
    /// Date, time and time zone.
    Time,
    /// VPN, proxy, firewall, DNS: the path to Microsoft.
    Network,
    /// The account's rights or licence: only IT can change them.
    Account,
    /// The computer's registration or security chip: only IT can fix them.
    Device,
}

impl FocusCheck {
    /// Stable token for the DOM (`data-focus`) and the report.
    pub fn as_str(self) -> &'static str {
        match self {
            FocusCheck::Cache => "cache",
            FocusCheck::Time => "time",
            FocusCheck::Network => "network",
            FocusCheck::Account => "account",
            FocusCheck::Device => "device",
        }
    }
}

impl ErrorCode {
    /// Every known code, CAA20002 first (the page's subject), then in code order.
    pub const ALL: [ErrorCode; 9] = [
        ErrorCode::Caa20002,
        ErrorCode::Caa20003,
        ErrorCode::Caa20004,
        ErrorCode::Caa2000b,
        ErrorCode::Caa5004b,
        ErrorCode::Caa70004,
        ErrorCode::Caa82ee2,
        ErrorCode::Caa82ee7,
        ErrorCode::E80090030,
    ];

    /// Canonical spelling, as Teams shows it (upper case, no `0x`).
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::Caa20002 => "CAA20002",
            ErrorCode::Caa20003 => "CAA20003",
            ErrorCode::Caa20004 => "CAA20004",
            ErrorCode::Caa2000b => "CAA2000B",
            ErrorCode::Caa5004b => "CAA5004B",
            ErrorCode::Caa70004 => "CAA70004",
            ErrorCode::Caa82ee2 => "CAA82EE2",
            ErrorCode::Caa82ee7 => "CAA82EE7",
            ErrorCode::E80090030 => "80090030",
        }
    }

    /// What the code means, in a few plain words (used in lists and drop-downs).
    pub fn meaning(self) -> &'static str {
        match self {
            ErrorCode::Caa20002 => "Could not connect to Microsoft's servers",
            ErrorCode::Caa20003 => "Sign-in refused: the time looked wrong",
            ErrorCode::Caa20004 => "Blocked by your organisation's access rules",
            ErrorCode::Caa2000b => "Teams is not enabled for your account",
            ErrorCode::Caa5004b => "This computer is not registered properly",
            ErrorCode::Caa70004 => "Server or proxy not found",
            ErrorCode::Caa82ee2 => "Sign-in timed out",
            ErrorCode::Caa82ee7 => "Server name could not be looked up",
            ErrorCode::E80090030 => "The computer's security chip (TPM) is not ready",
        }
    }

    /// The check to look at first for this code (from the related-codes table).
    pub fn first_check(self) -> FocusCheck {
        match self {
            ErrorCode::Caa20002 => FocusCheck::Cache,
            ErrorCode::Caa20003 => FocusCheck::Time,
            ErrorCode::Caa20004 | ErrorCode::Caa2000b => FocusCheck::Account,
            ErrorCode::Caa5004b | ErrorCode::E80090030 => FocusCheck::Device,
            ErrorCode::Caa70004 | ErrorCode::Caa82ee2 | ErrorCode::Caa82ee7 => FocusCheck::Network,
        }
    }

    /// Whether only IT can fix it (access rules, licence, device registration, TPM):
    /// sending the user through cache and clock steps first would only waste their time.
    pub fn go_to_it_first(self) -> bool {
        matches!(self.first_check(), FocusCheck::Account | FocusCheck::Device)
    }

    /// Plain-language guidance for a stressed non-expert: a few short paragraphs, most
    /// useful first. For the IT-first codes they say what to tell IT.
    pub fn guidance(self) -> &'static [&'static str] {
        match self {
            ErrorCode::Caa20002 => &[
                "Teams could not finish signing you in. This is almost always caused by something on this computer, not by a Microsoft outage, and you can usually fix it yourself.",
                "Most often Teams has kept old, expired sign-in data in its cache. Clearing the cache fixes more than 8 out of 10 cases, and you can keep a backup, so nothing is lost.",
                "If that does not help, the usual suspects are a VPN or company proxy blocking Microsoft's sign-in servers, a wrong date, time or time zone, and, rarely and only on old Windows computers, TLS 1.2 being switched off.",
                "Quick test: sign in at office.com in your browser. If that works, the problem is in the Teams app: clear its cache. If it fails there too, the cause is the network or your account, and IT can help.",
            ],
            ErrorCode::Caa20003 => &[
                "Microsoft did not accept the sign-in because the time on this computer looked wrong.",
                "Make sure the date, time and time zone are all set automatically, then restart Teams. Even a few minutes' difference can matter, and a wrong time zone counts too.",
                "If the time is right and the error stays, clear the Teams cache.",
            ],
            ErrorCode::Caa20004 => &[
                "Your organisation's access rules (Conditional Access) blocked this sign-in, for example because of the device, the network you are on, or the app.",
                "You cannot change these rules yourself, and clearing the cache will not help. Contact IT.",
                "Tell IT: the error code CAA20004, the date and time it happened, and whether you were at home, in the office or on a VPN. They can look up the sign-in in the Entra ID sign-in logs and see which rule blocked it.",
            ],
            ErrorCode::Caa2000b => &[
                "Teams is not enabled for your account. Usually a licence is missing, or the Teams service is switched off for you.",
                "Only IT can fix this; clearing the cache will not help.",
                "Tell IT: the error code CAA2000B and the account you sign in with, and ask them to check your Teams licence.",
            ],
            ErrorCode::Caa5004b => &[
                "Sign-in needs information about this computer that is missing, usually because the computer is not (or no longer) properly registered with your organisation.",
                "Only IT can fix this; clearing the cache will not help.",
                "On Windows, IT will want to see the output of the command dsregcmd /status: open Command Prompt, type it, press Enter, and copy the \"Device State\" and \"SSO State\" sections into your message together with the error code CAA5004B.",
                "On a Mac, tell IT the error code and whether the Company Portal app shows this Mac as registered.",
            ],
            ErrorCode::Caa70004 => &[
                "Teams could not find the server, or the proxy it was told to use.",
                "Check that your internet connection works, turn off the VPN if you use one, and try again.",
                "If you are on the company network, the proxy may be down or set up differently for the Teams app than for your browser. The network check on this page shows what this browser can reach; send IT the report with the error code CAA70004.",
            ],
            ErrorCode::Caa82ee2 => &[
                "The sign-in took too long and gave up. That usually means a slow or blocked connection, a VPN or a firewall.",
                "Try another network, for example your phone's hotspot, or turn off the VPN, and sign in again.",
                "If it only fails on the company network, tell IT the error code CAA82EE2: the firewall or proxy may be holding back Microsoft's sign-in servers.",
            ],
            ErrorCode::Caa82ee7 => &[
                "The computer could not look up Microsoft's server names. It is offline, or name lookup (DNS) is not working.",
                "Check that other websites open. Turn the VPN off (or off and on again), or reconnect to Wi-Fi, then try again.",
                "If other websites work but the error keeps coming back, tell IT the error code CAA82EE7.",
            ],
            ErrorCode::E80090030 => &[
                "Windows could not use the security chip (TPM) that protects your sign-in keys, or the chip is not ready.",
                "Restart the computer once: that sometimes clears it. If the error stays, contact IT; clearing the cache will not help.",
                "Tell IT the error code 80090030. It also helps to say what the TPM tool shows: press Windows key + R, type tpm.msc, press Enter and copy the line under \"Status\".",
            ],
        }
    }
}

impl std::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Reads an error code the way users paste it: any case, with or without `0x`, with
/// blanks, dashes or a leading "Error code:" (`" CAA 20002 "`, `"caa-20002"`,
/// `"0x80090030"`). Input longer than [`MAX_CODE_INPUT`] bytes is [`CodeParse::Unknown`]
/// without being looked at.
pub fn parse_code(input: &str) -> CodeParse {
    if input.len() > MAX_CODE_INPUT {
        return CodeParse::Unknown;
    }
    // Separators and quotes are dropped anywhere: the result must still match a whole
    // code exactly, so this cannot turn garbage into a code by accident.
    let compact: String = input
        .chars()
        .filter(|c| !c.is_whitespace() && !"-_:.,;\"'()[]".contains(*c))
        .map(|c| c.to_ascii_uppercase())
        .collect();
    if compact.is_empty() {
        return CodeParse::Empty;
    }
    let bare = ["ERRORCODE", "ERROR", "CODE"]
        .iter()
        .find_map(|p| compact.strip_prefix(p))
        .unwrap_or(&compact);
    let bare = bare.strip_prefix("0X").unwrap_or(bare);
    ErrorCode::ALL
        .iter()
        .copied()
        .find(|c| c.as_str() == bare)
        .map_or(CodeParse::Unknown, CodeParse::Known)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

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

    #[rstest]
    #[case(ErrorCode::Caa20002, FocusCheck::Cache, false)]
    #[case(ErrorCode::Caa20003, FocusCheck::Time, false)]
    #[case(ErrorCode::Caa20004, FocusCheck::Account, true)]
    #[case(ErrorCode::Caa2000b, FocusCheck::Account, true)]
    #[case(ErrorCode::Caa5004b, FocusCheck::Device, true)]
    #[case(ErrorCode::Caa70004, FocusCheck::Network, false)]
    #[case(ErrorCode::Caa82ee2, FocusCheck::Network, false)]
    #[case(ErrorCode::Caa82ee7, FocusCheck::Network, false)]
    #[case(ErrorCode::E80090030, FocusCheck::Device, true)]
    fn focus_and_it_first(#[case] code: ErrorCode, #[case] focus: FocusCheck, #[case] it: bool) {
        assert_eq!(code.first_check(), focus);
        assert_eq!(code.go_to_it_first(), it);
    }

    #[rstest]
    #[case(ErrorCode::Caa20004, "CAA20004")]
    #[case(ErrorCode::Caa2000b, "licence")]
    #[case(ErrorCode::Caa5004b, "dsregcmd /status")]
    #[case(ErrorCode::E80090030, "80090030")]
    fn it_first_guidance_says_what_to_tell_it(#[case] code: ErrorCode, #[case] needle: &str) {
        let text = code.guidance().join(" ");
        assert!(
            text.contains("Tell IT") || text.contains("tell IT"),
            "{code}"
        );
        assert!(text.contains(needle), "{code} should mention {needle}");
    }

    #[test]
    fn guidance_is_short_plain_paragraphs() {
        for code in ErrorCode::ALL {
            let paragraphs = code.guidance();
            assert!((2..=5).contains(&paragraphs.len()), "{code}");
            for p in paragraphs {
                assert!(!p.trim().is_empty() && p.len() <= 400, "{code}: {p}");
                assert!(p.ends_with('.'), "{code}: {p}");
            }
            assert!(!code.meaning().is_empty() && code.meaning().len() <= 60);
        }
        // CAA20002 is the page's subject: the four causes and the office.com test.
        let full = ErrorCode::Caa20002.guidance().join(" ");
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
            FocusCheck::Account,
            FocusCheck::Device,
        ];
        for f in all {
            assert_eq!(
                serde_json::to_string(&f).ok(),
                Some(format!("\"{}\"", f.as_str()))
            );
        }
    }
}
