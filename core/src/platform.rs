//! Which operating system and which Teams client the fix is for.
//!
//! These are the only values a URL parameter may ever contribute to a script,
//! so parsing is a whitelist: anything else is `None`, never echoed.

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

    pub fn label(self) -> &'static str {
        match self {
            Client::New => "New Teams",
            Client::Classic => "Classic Teams",
            Client::Both => "Both / not sure",
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

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

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
