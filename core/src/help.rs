//! The CAA20002 article as data, for one operating system: message ids and the technical
//! values they name. The page shows it as HTML the build renders from it in each language:
//! the no-wasm fallback (`prerender`) and the app's help fragments (`prerender::content`);
//! the wasm keeps only the solutions' ids.
//!
//! Source: `shared/kb/CAA20002-article.txt`, rewritten in short plain steps with exact menu
//! names, and with every path in a shell command quoted (Microsoft's own macOS page is not).

mod next;
mod steps;

use serde::{Deserialize, Serialize};

use crate::platform::{Client, Os};
use crate::text::{Arg, Msg, Text};

pub use next::{after_cache, support_files_steps, NextStep, MACOS_KEYCHAIN_ITEMS, TEAMS_WEB_URL};
pub use steps::{
    cache_steps, network_steps, time_fix_steps, timezone_fix_steps, tls_fix_steps, BACKUP_FOLDER,
};

/// One thing to do. Short, one action per step.
#[derive(Clone, Debug, PartialEq)]
pub struct HowToStep {
    /// What to do, in plain words.
    pub text: Text,
    /// Something to copy and paste (a path, a command), shown after the text.
    pub command: Option<String>,
    /// A link shown after the text: `(label, url)`.
    pub link: Option<(Msg, &'static str)>,
}

impl HowToStep {
    /// A step with text only.
    pub fn say(text: impl Into<Text>) -> HowToStep {
        HowToStep {
            text: text.into(),
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
    pub fn with_link(mut self, label: Msg, url: &'static str) -> HowToStep {
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
    pub fn title(self) -> Msg {
        match self {
            SolutionId::Cache => Msg::HelpSolutionCache,
            SolutionId::VpnProxy => Msg::HelpSolutionVpnProxy,
            SolutionId::Tls => Msg::HelpSolutionTls,
            SolutionId::Time => Msg::HelpSolutionTime,
        }
    }

    /// One sentence: when this helps.
    pub fn intro(self) -> Text {
        match self {
            SolutionId::Cache => Msg::HelpSolutionCacheIntro.into(),
            SolutionId::VpnProxy => {
                Text::help_solution_vpn_proxy_intro(Arg::code("login.microsoftonline.com"))
            }
            SolutionId::Tls => Msg::HelpSolutionTlsIntro.into(),
            SolutionId::Time => Msg::HelpSolutionTimeIntro.into(),
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
#[derive(Clone, Debug, PartialEq)]
pub struct Solution {
    pub id: SolutionId,
    pub title: Msg,
    /// One sentence: when this helps.
    pub intro: Text,
    pub steps: Vec<HowToStep>,
    /// Systems this solution exists for (see [`SolutionId::applies_to`]).
    pub applies_to: &'static [Os],
}

/// A useful link at the end of the article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Link {
    pub label: Msg,
    pub url: &'static str,
    /// Who it is for and what it shows.
    pub note: Msg,
}

/// The whole article for one system and client.
#[derive(Clone, Debug, PartialEq)]
pub struct Article {
    pub title: Msg,
    pub summary: Msg,
    pub symptoms: Vec<Text>,
    pub causes: Vec<Text>,
    /// Only the solutions that apply to the system, in the article's order.
    pub solutions: Vec<Solution>,
    pub links: Vec<Link>,
    /// Short paragraphs: why these steps, and when to stop and call IT.
    pub background: Vec<Text>,
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
pub const ARTICLE_TITLE: Msg = Msg::HelpArticleTitle;

/// The article for one system and client: the solutions that apply, with their steps.
pub fn article(os: Os, client: Client) -> Article {
    let login = || Arg::code("login.microsoftonline.com");
    Article {
        title: ARTICLE_TITLE,
        summary: Msg::HelpArticleSummary,
        symptoms: [Msg::HelpSymptom1, Msg::HelpSymptom2, Msg::HelpSymptom3]
            .map(Text::from)
            .to_vec(),
        causes: vec![
            Msg::HelpCause1.into(),
            Text::help_cause_2(login()),
            Msg::HelpCause3.into(),
            Msg::HelpCause4.into(),
        ],
        solutions: SolutionId::for_os(os)
            .filter_map(|id| solution(id, os, client))
            .collect(),
        links: links(),
        background: vec![
            Msg::HelpBackground1.into(),
            Text::help_background_2(Arg::code("office.com")),
            Msg::HelpBackground3.into(),
        ],
    }
}

/// The article's useful links, each saying who it is for.
pub fn links() -> Vec<Link> {
    let link = |label, url, note| Link { label, url, note };
    vec![
        link(
            Msg::HelpLinkEndpoints,
            ENDPOINTS_URL,
            Msg::HelpLinkEndpointsNote,
        ),
        link(
            Msg::HelpLinkStatus,
            PUBLIC_STATUS_URL,
            Msg::HelpLinkStatusNote,
        ),
        link(
            Msg::HelpLinkServiceHealth,
            SERVICE_HEALTH_URL,
            Msg::HelpLinkServiceHealthNote,
        ),
        link(
            Msg::HelpLinkSignInCodes,
            SIGN_IN_CODES_URL,
            Msg::HelpLinkSignInCodesNote,
        ),
        link(
            Msg::HelpLinkSignInErrors,
            SIGN_IN_ERRORS_URL,
            Msg::HelpLinkSignInErrorsNote,
        ),
    ]
}

#[cfg(test)]
mod tests;
