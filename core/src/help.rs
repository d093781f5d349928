//! The CAA20002 article as data, for one operating system. The page shows it as HTML the
//! build renders from it: the no-wasm fallback (`prerender`) and the app's help fragments
//! (`prerender::content`); the wasm keeps only the solutions' titles and intros.
//!
//! Source: `shared/kb/CAA20002-article.txt`, rewritten in short plain steps with exact menu
//! names, and with every path in a shell command quoted (Microsoft's own macOS page is not).

mod next;
mod steps;

use serde::{Deserialize, Serialize};

use crate::platform::{Client, Os};

pub use next::{after_cache, support_files_steps, NextStep, MACOS_KEYCHAIN_ITEMS, TEAMS_WEB_URL};
pub use steps::{cache_steps, network_steps, time_fix_steps, timezone_fix_steps, tls_fix_steps};

/// One thing to do. Short, one action per step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HowToStep {
    /// What to do, in plain words.
    pub text: &'static str,
    /// Something to copy and paste (a path, a command), shown after the text.
    pub command: Option<String>,
    /// A link shown after the text: `(label, url)`.
    pub link: Option<(&'static str, &'static str)>,
}

impl HowToStep {
    /// A step with text only.
    pub fn say(text: &'static str) -> HowToStep {
        HowToStep {
            text,
            command: None,
            link: None,
        }
    }

    /// The same step with something to copy.
    pub fn with_command(mut self, command: impl Into<String>) -> HowToStep {
        self.command = Some(command.into());
        self
    }

    /// The same step with a link.
    pub fn with_link(mut self, label: &'static str, url: &'static str) -> HowToStep {
        self.link = Some((label, url));
        self
    }
}

/// The article's four solutions, in the article's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SolutionId {
    Cache,
    VpnProxy,
    Tls,
    Time,
}

impl SolutionId {
    /// Article order: the cache first because it fixes most cases.
    pub const ALL: [SolutionId; 4] = [
        SolutionId::Cache,
        SolutionId::VpnProxy,
        SolutionId::Tls,
        SolutionId::Time,
    ];

    /// Stable token for anchors and the DOM (`data-solution`).
    pub fn as_str(self) -> &'static str {
        match self {
            SolutionId::Cache => "cache",
            SolutionId::VpnProxy => "vpn-proxy",
            SolutionId::Tls => "tls",
            SolutionId::Time => "time",
        }
    }

    /// The solutions that apply on `os`, in the article's order (the article numbers them so).
    pub fn for_os(os: Os) -> impl Iterator<Item = SolutionId> {
        SolutionId::ALL
            .into_iter()
            .filter(move |id| id.applies_to().contains(&os))
    }

    /// The solution's heading.
    pub fn title(self) -> &'static str {
        match self {
            SolutionId::Cache => "Clear the Teams cache (keeping a backup)",
            SolutionId::VpnProxy => "Turn off the VPN and check the proxy",
            SolutionId::Tls => "Check that TLS 1.2 is switched on (Windows only)",
            SolutionId::Time => "Check the date, time and time zone",
        }
    }

    /// One sentence: when this helps.
    pub fn intro(self) -> &'static str {
        match self {
            SolutionId::Cache => "Teams keeps sign-in data in its cache; the support article names old, expired data there as the most common cause of CAA20002.",
            SolutionId::VpnProxy => "A VPN or company proxy that blocks login.microsoftonline.com stops the sign-in.",
            SolutionId::Tls => "Rare (the article says so): Microsoft's sign-in servers need TLS 1.2 or newer, so on Windows 10 sign-in fails with TLS 1.2 switched off.",
            SolutionId::Time => "With a wrong date or time, secure connections and sign-in can fail; a wrong time zone matters when the clock was then set by hand to look right.",
        }
    }

    /// The systems a solution makes sense on: TLS settings in Internet Options exist only
    /// on Windows.
    pub fn applies_to(self) -> &'static [Os] {
        match self {
            SolutionId::Tls => &[Os::Windows],
            SolutionId::Cache | SolutionId::VpnProxy | SolutionId::Time => &Os::ALL,
        }
    }
}

/// One solution, with its steps for the chosen system.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Solution {
    pub id: SolutionId,
    pub title: &'static str,
    /// One sentence: when this helps.
    pub intro: &'static str,
    pub steps: Vec<HowToStep>,
    /// Systems this solution exists for (see [`SolutionId::applies_to`]).
    pub applies_to: &'static [Os],
}

/// A useful link at the end of the article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Link {
    pub label: &'static str,
    pub url: &'static str,
    /// Who it is for and what it shows.
    pub note: &'static str,
}

/// The whole article for one system and client.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Article {
    pub title: &'static str,
    pub summary: &'static str,
    pub symptoms: Vec<&'static str>,
    pub causes: Vec<&'static str>,
    /// Only the solutions that apply to the system, in the article's order.
    pub solutions: Vec<Solution>,
    pub links: Vec<Link>,
    /// Short paragraphs: why these steps, and when to stop and call IT.
    pub background: Vec<&'static str>,
}

pub use crate::teams::{ENDPOINTS_URL, PUBLIC_STATUS_URL, SERVICE_HEALTH_URL, SIGN_IN_ERRORS_URL};

/// Microsoft's end-user table of Teams sign-in status codes (the code table's source).
pub const SIGN_IN_CODES_URL: &str = crate::codes::TEAMS_SIGN_IN_SUPPORT.url;

/// One solution's steps for a system and client; `None` when it does not apply there.
pub fn solution(id: SolutionId, os: Os, client: Client) -> Option<Solution> {
    if !id.applies_to().contains(&os) {
        return None;
    }
    let steps = match id {
        SolutionId::Cache => cache_steps(os, client),
        SolutionId::VpnProxy => network_steps(os),
        SolutionId::Tls => tls_fix_steps(),
        SolutionId::Time => time_fix_steps(os),
    };
    Some(Solution {
        id,
        title: id.title(),
        intro: id.intro(),
        steps,
        applies_to: id.applies_to(),
    })
}

/// The article's title (the app's heading names the system after it).
pub const ARTICLE_TITLE: &str = "CAA20002: the sign-in service rejected Teams' request";

/// The article for one system and client: the solutions that apply, with their steps.
pub fn article(os: Os, client: Client) -> Article {
    Article {
        title: ARTICLE_TITLE,
        summary: "Teams shows error CAA20002 while you sign in: Microsoft's sign-in service answered but refused the request as invalid. The support article lists the likely causes in this order: old sign-in data in the Teams cache, a VPN or proxy in the way, TLS 1.2 switched off (rare), and a wrong date, time or time zone.",
        symptoms: vec![
            "Signing in to Teams fails with error CAA20002.",
            "Teams hangs on the sign-in screen.",
            "Other Microsoft services in the browser, such as Outlook on the web, keep working.",
        ],
        causes: vec![
            "Old, expired sign-in data in the Teams cache.",
            "A VPN or proxy blocks login.microsoftonline.com.",
            "TLS 1.2 is switched off on the computer (rare).",
            "The date, time or time zone is wrong.",
        ],
        solutions: SolutionId::for_os(os)
            .filter_map(|id| solution(id, os, client))
            .collect(),
        links: links(),
        background: vec![
            "The support article says CAA20002 is almost always a problem on the computer, not a Microsoft outage.",
            "If signing in at office.com works in your browser, the article estimates that clearing the Teams cache fixes more than 80 % of cases (its estimate, not a measurement).",
            "If it fails there too, the article points to the network or your account rather than the Teams app: contact IT and send them the report from this page.",
        ],
    }
}

/// The article's useful links, each saying who it is for.
pub fn links() -> Vec<Link> {
    vec![
        Link {
            label: "Microsoft 365 URLs and IP address ranges",
            url: ENDPOINTS_URL,
            note: "For IT: the addresses a proxy or firewall must allow.",
        },
        Link {
            label: "Microsoft 365 status",
            url: PUBLIC_STATUS_URL,
            note: "Public page: is Microsoft having a wider outage right now?",
        },
        Link {
            label: "Service health in the Microsoft 365 admin center",
            url: SERVICE_HEALTH_URL,
            note: "For IT admins (needs an admin account): incidents affecting your organisation.",
        },
        Link {
            label: "Microsoft Support: Why am I having trouble signing in to Microsoft Teams?",
            url: SIGN_IN_CODES_URL,
            note: "Microsoft's table of Teams sign-in status codes, with what to try for each.",
        },
        Link {
            label: "Microsoft Learn: resolve sign-in errors in Teams",
            url: SIGN_IN_ERRORS_URL,
            note: "For IT: Microsoft's troubleshooting steps for some Teams sign-in errors.",
        },
    ]
}

#[cfg(test)]
mod tests;
