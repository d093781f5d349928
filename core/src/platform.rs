//! Which operating system and which Teams client the fix is for.
//!
//! These are the only values a URL parameter may ever contribute to a script,
//! so parsing is a whitelist: anything else is `None`, never echoed.

use crate::text::Msg;
use serde::{Deserialize, Serialize};

/// Desktop operating system the fix script is generated for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Os {
    Windows,
    Macos,
    Linux,
}

/// Which Teams client(s) the user runs; `Both` when they do not know.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Client {
    New,
    Classic,
    #[default]
    Both,
}

impl Os {
    pub const ALL: [Os; 3] = [Os::Windows, Os::Macos, Os::Linux];

    /// The systems whose steps are shown: the chosen one, or, while none is chosen (a
    /// phone, or a browser that names no desktop OS), Windows and macOS, where Teams'
    /// desktop app almost always runs.
    pub fn shown(chosen: Option<Os>) -> Vec<Os> {
        chosen.map_or_else(|| vec![Os::Windows, Os::Macos], |o| vec![o])
    }

    /// Whitelisted parse of a URL/config value (`windows|macos|linux`, case-insensitive).
    pub fn parse(value: &str) -> Option<Os> {
        match value.trim().to_ascii_lowercase().as_str() {
            "windows" => Some(Os::Windows),
            "macos" => Some(Os::Macos),
            "linux" => Some(Os::Linux),
            _ => None,
        }
    }

    /// The stable token used in URLs, the DOM contract and file names.
    pub fn as_str(self) -> &'static str {
        match self {
            Os::Windows => "windows",
            Os::Macos => "macos",
            Os::Linux => "linux",
        }
    }

    /// Human name for the page.
    pub fn label(self) -> &'static str {
        match self {
            Os::Windows => "Windows",
            Os::Macos => "macOS",
            Os::Linux => "Linux",
        }
    }
}

impl Client {
    pub const ALL: [Client; 3] = [Client::New, Client::Classic, Client::Both];

    /// Whitelisted parse of a URL value (`new|classic|both`, case-insensitive).
    pub fn parse(value: &str) -> Option<Client> {
        match value.trim().to_ascii_lowercase().as_str() {
            "new" => Some(Client::New),
            "classic" => Some(Client::Classic),
            "both" => Some(Client::Both),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Client::New => "new",
            Client::Classic => "classic",
            Client::Both => "both",
        }
    }

    /// The client's name on the page.
    pub fn label(self) -> Msg {
        match self {
            Client::New => Msg::ClientNew,
            Client::Classic => Msg::ClientClassic,
            Client::Both => Msg::ClientBoth,
        }
    }

    /// Whether the new client's folders are in scope.
    pub fn includes_new(self) -> bool {
        matches!(self, Client::New | Client::Both)
    }

    /// Whether the classic client's folders are in scope.
    pub fn includes_classic(self) -> bool {
        matches!(self, Client::Classic | Client::Both)
    }
}

/// What the browser's hints say about the device.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Detected {
    /// The desktop OS, when the hints name one.
    pub os: Option<Os>,
    /// A phone or tablet: the fix is for the desktop app, so the user must choose.
    pub mobile: bool,
}

/// Detects the OS from `navigator.userAgentData` (Chromium) first, then the user agent.
/// Order matters: Android says "Linux" and iPadOS says "Macintosh" in their user agents.
pub fn detect(ua_platform: Option<&str>, ua_mobile: Option<bool>, user_agent: &str) -> Detected {
    let ua = user_agent.to_ascii_lowercase();
    let mobile_ua = ["android", "iphone", "ipad", "ipod", "mobile"]
        .iter()
        .any(|m| ua.contains(m));
    let mobile = ua_mobile.unwrap_or(false) || mobile_ua;
    let from_hint = ua_platform.and_then(|p| match p.to_ascii_lowercase().as_str() {
        "windows" => Some(Os::Windows),
        "macos" => Some(Os::Macos),
        "linux" | "chrome os" | "chromeos" => Some(Os::Linux),
        _ => None,
    });
    let from_ua = if ua.contains("windows") {
        Some(Os::Windows)
    } else if ua.contains("macintosh") || ua.contains("mac os x") {
        Some(Os::Macos)
    } else if ua.contains("linux") || ua.contains("x11") || ua.contains("cros") {
        Some(Os::Linux)
    } else {
        None
    };
    Detected {
        os: if mobile { None } else { from_hint.or(from_ua) },
        mobile,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    #[rstest]
    #[case(None, &[Os::Windows, Os::Macos])]
    #[case(Some(Os::Linux), &[Os::Linux])]
    #[case(Some(Os::Macos), &[Os::Macos])]
    fn shown_systems(#[case] chosen: Option<Os>, #[case] want: &[Os]) {
        assert_eq!(Os::shown(chosen), want);
    }

    const WIN_UA: &str = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36";
    const MAC_UA: &str = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15";
    const LINUX_UA: &str = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.0.0 Safari/537.36";
    const ANDROID_UA: &str = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36";
    const IPHONE_UA: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1";
    // Firefox and Safari have no navigator.userAgentData: the UA string is all there is.
    const FIREFOX_MAC_UA: &str =
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.7; rv:128.0) Gecko/20100101 Firefox/128.0";
    const FIREFOX_WIN_UA: &str =
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0";
    const FIREFOX_LINUX_UA: &str =
        "Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0";
    const FIREFOX_ANDROID_UA: &str =
        "Mozilla/5.0 (Android 14; Mobile; rv:128.0) Gecko/128.0 Firefox/128.0";
    const SAFARI_26_UA: &str = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.0 Safari/605.1.15";
    const EDGE_WIN_UA: &str = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0";

    #[rstest]
    #[case(Some("Windows"), Some(false), LINUX_UA, Some(Os::Windows), false)]
    #[case(None, None, WIN_UA, Some(Os::Windows), false)]
    #[case(None, None, MAC_UA, Some(Os::Macos), false)]
    #[case(Some("macOS"), Some(false), MAC_UA, Some(Os::Macos), false)]
    #[case(None, None, LINUX_UA, Some(Os::Linux), false)]
    #[case(Some("Android"), Some(true), ANDROID_UA, None, true)]
    #[case(None, None, ANDROID_UA, None, true)]
    #[case(None, None, IPHONE_UA, None, true)]
    #[case(Some(""), None, "curl/8.0", None, false)]
    #[case(None, None, FIREFOX_MAC_UA, Some(Os::Macos), false)]
    #[case(None, None, FIREFOX_WIN_UA, Some(Os::Windows), false)]
    #[case(None, None, FIREFOX_LINUX_UA, Some(Os::Linux), false)]
    #[case(None, None, FIREFOX_ANDROID_UA, None, true)]
    #[case(None, None, SAFARI_26_UA, Some(Os::Macos), false)]
    #[case(Some("Windows"), Some(false), EDGE_WIN_UA, Some(Os::Windows), false)]
    fn detection(
        #[case] hint: Option<&str>,
        #[case] mobile: Option<bool>,
        #[case] ua: &str,
        #[case] os: Option<Os>,
        #[case] is_mobile: bool,
    ) {
        assert_eq!(
            detect(hint, mobile, ua),
            Detected {
                os,
                mobile: is_mobile
            }
        );
    }

    #[rstest]
    #[case("windows", Some(Os::Windows))]
    #[case(" MacOS ", Some(Os::Macos))]
    #[case("linux", Some(Os::Linux))]
    #[case("win", None)]
    #[case("<script>", None)]
    #[case("", None)]
    fn os_whitelist(#[case] input: &str, #[case] expected: Option<Os>) {
        assert_eq!(Os::parse(input), expected);
    }

    #[rstest]
    #[case("new", Some(Client::New))]
    #[case("CLASSIC", Some(Client::Classic))]
    #[case("both", Some(Client::Both))]
    #[case("new'; rm -rf ~", None)]
    fn client_whitelist(#[case] input: &str, #[case] expected: Option<Client>) {
        assert_eq!(Client::parse(input), expected);
    }

    #[test]
    fn round_trip() {
        for os in Os::ALL {
            assert_eq!(Os::parse(os.as_str()), Some(os));
        }
        for c in Client::ALL {
            assert_eq!(Client::parse(c.as_str()), Some(c));
        }
    }
}
