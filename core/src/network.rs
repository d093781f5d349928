//! Reachability: which endpoints to probe, how to read each probe, and what the whole says.
//!
//! The browser can only tell "some HTTP answer" from "network error" for cross-origin
//! no-cors requests, plus how long it took. These functions turn those few facts into a
//! per-endpoint status and one pattern with advice a non-expert can act on.

use serde::Serialize;

use crate::status::{CheckStatus, NetworkPattern};
use crate::text::{Arg, Msg, Text};

/// Above this latency an endpoint that did answer is reported as slow.
pub const SLOW_MS: f64 = 2000.0;

/// A network error this close to the timeout reads as "dropped", not "refused".
const LATE_FAILURE_SHARE: f64 = 0.8;

/// Id of the implicit control: the page's own origin.
pub const SELF_ID: &str = "self";

/// Microsoft 365's published endpoint list, the one link IT needs for an allow-list.
pub const ENDPOINTS_DOC_URL: &str = crate::teams::ENDPOINTS_URL;

/// How an endpoint's answer is judged.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Expect {
    /// Any HTTP answer counts (no-cors fetch).
    Any,
    /// A CORS fetch must return OpenID configuration JSON whose `issuer` is one of
    /// Microsoft's sign-in hosts; a readable answer that is anything else came from something
    /// in Microsoft's place (a block page, a proxy sign-in page, a guest Wi-Fi login page).
    /// An answer the browser may not read (no CORS header) proves nothing either way and is
    /// reported as such, never as "intercepted": that Microsoft's endpoint answers browsers
    /// with CORS is nowhere stated in words, only shown by Microsoft's own browser library
    /// (see [`preset_endpoints`]). TLS inspection with a root the computer trusts passes the
    /// real answer through: a browser cannot see it.
    OpenidConfiguration,
}

impl Expect {
    pub fn parse(value: &str) -> Option<Expect> {
        match value {
            "any" => Some(Expect::Any),
            "openid-configuration" => Some(Expect::OpenidConfiguration),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Expect::Any => "any",
            Expect::OpenidConfiguration => "openid-configuration",
        }
    }
}

/// Whether an endpoint is one Teams needs or a control that tells "offline" apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Microsoft,
    Control,
}

/// One probe target, already validated.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Endpoint {
    pub id: String,
    /// As IT wrote it, or the built-in English label (the fix scripts are English).
    pub label: String,
    /// The page's words for a built-in endpoint (its label in the reader's language);
    /// `None` for a label IT set, which the page shows as written.
    #[serde(skip)]
    pub label_msg: Option<Msg>,
    pub url: String,
    /// `host[:port]`, shown next to the label.
    pub host: String,
    pub expect: Expect,
    pub role: Role,
}

/// Which Microsoft cloud the organization signs in to: each has its own sign-in and Teams
/// hosts (`network.preset` in config.json).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Preset {
    /// Microsoft 365 worldwide (also GCC, which signs in at the commercial hosts).
    #[default]
    Commercial,
    /// Microsoft 365 US Government GCC High.
    GccHigh,
    /// Microsoft 365 US Government DoD.
    Dod,
    /// Microsoft 365 operated by 21Vianet in China.
    China,
}

impl Preset {
    pub const ALL: [Preset; 4] = [
        Preset::Commercial,
        Preset::GccHigh,
        Preset::Dod,
        Preset::China,
    ];

    /// The config.json spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Preset::Commercial => "commercial",
            Preset::GccHigh => "gcc-high",
            Preset::Dod => "dod",
            Preset::China => "china",
        }
    }

    pub fn parse(value: &str) -> Option<Preset> {
        Preset::ALL.into_iter().find(|p| p.as_str() == value)
    }
}

/// Issuers Microsoft's OpenID configuration names, per cloud: an `openid-configuration`
/// answer whose `issuer` starts with none of these did not come from Microsoft's sign-in
/// service. Sources: Microsoft Learn "National clouds" (Entra authentication endpoints:
/// login.microsoftonline.com, login.microsoftonline.us, login.partner.microsoftonline.cn)
/// and "Microsoft Graph national cloud deployments" (login.chinacloudapi.cn for China).
pub const ISSUER_PREFIXES: [&str; 4] = [
    "https://login.microsoftonline.com/",
    "https://login.microsoftonline.us/",
    "https://login.partner.microsoftonline.cn/",
    "https://login.chinacloudapi.cn/",
];

/// What Teams sign-in needs (Microsoft 365 URLs and IP address ranges page): the
/// commercial preset.
pub fn default_endpoints() -> Vec<Endpoint> {
    preset_endpoints(Preset::Commercial)
}

/// The sign-in and Teams hosts of one cloud.
///
/// Sources, by preset:
/// - commercial: Microsoft 365 URLs and IP address ranges (learn.microsoft.com/microsoft-365/enterprise/urls-and-ip-address-ranges).
/// - gcc-high and dod: Microsoft Learn "National clouds" (Entra sign-in at
///   login.microsoftonline.us) and "Microsoft Graph national cloud deployments"
///   (graph.microsoft.us for GCC High, dod-graph.microsoft.us for DoD); the Teams web
///   addresses gov.teams.microsoft.us and dod.teams.microsoft.us as the US Government
///   endpoint lists name them ("Office 365 U.S. Government GCC High endpoints", "… DoD
///   endpoints").
/// - china: "Microsoft Graph national cloud deployments" (login.chinacloudapi.cn),
///   "National clouds" (login.partner.microsoftonline.cn) and "API endpoints of Office 365
///   operated by 21Vianet" (microsoftgraph.chinacloudapi.cn). No Teams host for 21Vianet
///   could be confirmed from those pages, so none is probed: IT can add it to
///   `network.endpoints`.
///
/// Outside the commercial cloud the sign-in host is probed with `expect: any`: whether it
/// answers browsers with CORS, as the commercial one does, is not verified there.
///
/// That the commercial `openid-configuration` answers web pages with CORS is what Microsoft's
/// own browser library relies on: MSAL.js reads it from the page with a plain `fetch`
/// (AzureAD/microsoft-authentication-library-for-js, `lib/msal-common/src/authority/
/// Authority.ts`: `defaultOpenIdConfigurationEndpoint` is
/// `{authority}v2.0/.well-known/openid-configuration`, read by
/// `getEndpointMetadataFromNetwork` through `networkInterface.sendGetRequestAsync`, which in
/// `lib/msal-browser/src/network/FetchClient.ts` is `fetch(url, { method: "GET" })` followed
/// by `response.json()`: a cross-origin read that works only with CORS headers). No Microsoft
/// page states the CORS policy, and MSAL falls back to built-in metadata when that read
/// fails, so a change would not be noticed there: [`classify`] therefore never calls an
/// unreadable answer "intercepted".
pub fn preset_endpoints(preset: Preset) -> Vec<Endpoint> {
    let ms = |id: &str, (label, msg): (&str, Msg), url: &str, expect: Expect| Endpoint {
        id: id.into(),
        label: label.into(),
        label_msg: Some(msg),
        url: url.into(),
        host: url
            .trim_start_matches("https://")
            .split('/')
            .next()
            .unwrap_or_default()
            .into(),
        expect,
        role: Role::Microsoft,
    };
    let any = Expect::Any;
    match preset {
        Preset::Commercial => {}
        Preset::GccHigh | Preset::Dod => {
            let (graph, teams) = if preset == Preset::GccHigh {
                (
                    "https://graph.microsoft.us/",
                    "https://gov.teams.microsoft.us/",
                )
            } else {
                (
                    "https://dod-graph.microsoft.us/",
                    "https://dod.teams.microsoft.us/",
                )
            };
            return vec![
                ms(
                    "login",
                    (
                        "Microsoft Entra sign-in (US Government)",
                        Msg::EndpointLabelLoginUsgov,
                    ),
                    "https://login.microsoftonline.us/",
                    any,
                ),
                ms(
                    "teams",
                    (
                        "Teams service (US Government)",
                        Msg::EndpointLabelTeamsUsgov,
                    ),
                    teams,
                    any,
                ),
                ms(
                    "graph",
                    (
                        "Microsoft Graph (US Government)",
                        Msg::EndpointLabelGraphUsgov,
                    ),
                    graph,
                    any,
                ),
            ];
        }
        Preset::China => {
            return vec![
                ms(
                    "login",
                    (
                        "Microsoft Entra sign-in (21Vianet)",
                        Msg::EndpointLabelLoginChina,
                    ),
                    "https://login.chinacloudapi.cn/",
                    any,
                ),
                ms(
                    "login-partner",
                    (
                        "Microsoft Entra sign-in (21Vianet, partner)",
                        Msg::EndpointLabelLoginPartnerChina,
                    ),
                    "https://login.partner.microsoftonline.cn/",
                    any,
                ),
                ms(
                    "graph",
                    ("Microsoft Graph (21Vianet)", Msg::EndpointLabelGraphChina),
                    "https://microsoftgraph.chinacloudapi.cn/",
                    any,
                ),
            ];
        }
    }
    vec![
        ms(
            "login",
            ("Microsoft Entra sign-in", Msg::EndpointLabelLogin),
            "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration",
            Expect::OpenidConfiguration,
        ),
        ms(
            "login-alt",
            ("Microsoft sign-in (alternate)", Msg::EndpointLabelLoginAlt),
            "https://login.microsoft.com/",
            Expect::Any,
        ),
        ms(
            "aadcdn-msauth",
            ("Sign-in page files", Msg::EndpointLabelAadcdnMsauth),
            "https://aadcdn.msauth.net/",
            Expect::Any,
        ),
        ms(
            "aadcdn-msftauth",
            (
                "Sign-in page files (alternate)",
                Msg::EndpointLabelAadcdnMsftauth,
            ),
            "https://aadcdn.msftauth.net/",
            Expect::Any,
        ),
        ms(
            "teams",
            ("Teams service", Msg::EndpointLabelTeams),
            "https://teams.microsoft.com/",
            Expect::Any,
        ),
        ms(
            "teams-cloud",
            ("Teams service (new address)", Msg::EndpointLabelTeamsCloud),
            "https://teams.cloud.microsoft/",
            Expect::Any,
        ),
        ms(
            "teams-statics",
            ("Teams app files", Msg::EndpointLabelTeamsStatics),
            "https://statics.teams.cdn.office.net/",
            Expect::Any,
        ),
        ms(
            "graph",
            ("Microsoft Graph", Msg::EndpointLabelGraph),
            "https://graph.microsoft.com/",
            Expect::Any,
        ),
    ]
}

/// The implicit control: this page's own server, which answers whenever the page could load.
pub fn self_endpoint(origin: &str) -> Endpoint {
    Endpoint {
        id: SELF_ID.into(),
        label: "This page's server".into(),
        label_msg: Some(Msg::EndpointLabelSelf),
        url: format!("{}/", origin.trim_end_matches('/')),
        host: origin
            .split("://")
            .nth(1)
            .unwrap_or(origin)
            .trim_end_matches('/')
            .into(),
        expect: Expect::Any,
        role: Role::Control,
    }
}

/// What a no-cors probe saw.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Reach {
    /// Some HTTP answer (opaque: status and body hidden).
    Answered { ms: f64 },
    /// `TypeError`: DNS, refused, TLS or proxy failure — the browser does not say which.
    NetworkError { ms: f64 },
    /// Aborted at the timeout.
    TimedOut { ms: f64 },
}

impl Reach {
    pub fn ms(&self) -> f64 {
        match *self {
            Reach::Answered { ms } | Reach::NetworkError { ms } | Reach::TimedOut { ms } => ms,
        }
    }
}

/// What the CORS fetch of an `openid-configuration` endpoint saw.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum BodyCheck {
    /// Not an `openid-configuration` endpoint.
    NotApplicable,
    /// Read a body (any status) of this text.
    Body { text: String },
    /// The CORS request failed (no CORS headers, or the network failed): the browser does not
    /// say which.
    Failed,
    /// Aborted at the timeout.
    TimedOut,
}

/// Per-endpoint status (`data-status` on `[data-endpoint]`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EndpointStatus {
    Running,
    Ok,
    Slow,
    Fail,
    Timeout,
    Intercepted,
}

impl EndpointStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            EndpointStatus::Running => "running",
            EndpointStatus::Ok => "ok",
            EndpointStatus::Slow => "slow",
            EndpointStatus::Fail => "fail",
            EndpointStatus::Timeout => "timeout",
            EndpointStatus::Intercepted => "intercepted",
        }
    }

    /// Word shown next to the icon (never colour alone).
    pub fn label(self) -> Msg {
        match self {
            EndpointStatus::Running => Msg::EndpointRunning,
            EndpointStatus::Ok => Msg::EndpointOk,
            EndpointStatus::Slow => Msg::EndpointSlow,
            EndpointStatus::Fail => Msg::EndpointFail,
            EndpointStatus::Timeout => Msg::EndpointTimeout,
            EndpointStatus::Intercepted => Msg::EndpointIntercepted,
        }
    }

    fn answered(self) -> bool {
        matches!(self, EndpointStatus::Ok | EndpointStatus::Slow)
    }

    fn failed(self) -> bool {
        matches!(self, EndpointStatus::Fail | EndpointStatus::Timeout)
    }
}

/// One endpoint's verdict with the facts behind it.
#[derive(Clone, Debug, PartialEq)]
pub struct EndpointResult {
    pub status: EndpointStatus,
    /// Whole milliseconds until the answer or the failure.
    pub latency_ms: Option<u64>,
    /// Plain-language detail for the row.
    pub detail: Text,
}

/// Whether a body is the OpenID configuration Microsoft serves: a JSON object whose
/// `issuer` is one of Microsoft's sign-in hosts ([`ISSUER_PREFIXES`]). A block page, a
/// proxy sign-in page or a guest Wi-Fi login page is HTML, or at least not that.
pub fn is_openid_configuration(body: &str) -> bool {
    crate::json::parse(body)
        .ok()
        .and_then(|v| {
            v.get("issuer")
                .and_then(|i| i.as_str())
                .map(|i| ISSUER_PREFIXES.iter().any(|p| i.starts_with(p)))
        })
        .unwrap_or(false)
}

/// Milliseconds rounded to a whole, non-negative number, for text.
fn whole_ms(ms: f64) -> u64 {
    ms.max(0.0).round() as u64
}

/// Reads one endpoint's probes.
pub fn classify(expect: Expect, reach: Reach, body: &BodyCheck, timeout_ms: u32) -> EndpointResult {
    let latency_ms = Some(whole_ms(reach.ms()));
    // "12 ms" reads better than "0.0 s" for the fast failures that matter most.
    let duration = |ms: f64| {
        if ms < 1000.0 {
            Text::duration_ms(whole_ms(ms))
        } else {
            Text::duration_seconds(Arg::Tenths(((whole_ms(ms) + 50) / 100) as i64))
        }
    };
    let failure = |ms: f64| -> (EndpointStatus, Text) {
        if ms >= f64::from(timeout_ms) * LATE_FAILURE_SHARE {
            (
                EndpointStatus::Timeout,
                Text::endpoint_detail_dropped_after(duration(ms)),
            )
        } else {
            (
                EndpointStatus::Fail,
                Text::endpoint_detail_failed(duration(ms)),
            )
        }
    };
    let (status, detail) = match (reach, expect, body) {
        (Reach::TimedOut { ms }, ..) => (
            EndpointStatus::Timeout,
            Text::endpoint_detail_dropped_within(duration(ms)),
        ),
        (Reach::NetworkError { ms }, ..) => failure(ms),
        (Reach::Answered { .. }, Expect::OpenidConfiguration, BodyCheck::Body { text })
            if !is_openid_configuration(text) =>
        {
            (
                EndpointStatus::Intercepted,
                Msg::EndpointDetailIntercepted.into(),
            )
        }
        // Only a readable, wrong body is evidence of something in Microsoft's place. An
        // answer the browser may not read is not alarming on its own: if Microsoft ever
        // stopped sending the CORS header, every user would see this, and it must not read
        // as a fault.
        (
            Reach::Answered { ms },
            Expect::OpenidConfiguration,
            BodyCheck::Failed | BodyCheck::TimedOut,
        ) => (
            if ms > SLOW_MS {
                EndpointStatus::Slow
            } else {
                EndpointStatus::Ok
            },
            Msg::EndpointDetailUnreadable.into(),
        ),
        (Reach::Answered { ms }, ..) if ms > SLOW_MS => (
            EndpointStatus::Slow,
            Text::endpoint_detail_slow(duration(ms)),
        ),
        (Reach::Answered { ms }, ..) => {
            (EndpointStatus::Ok, Text::endpoint_detail_ok(whole_ms(ms)))
        }
    };
    EndpointResult {
        status,
        latency_ms,
        detail,
    }
}

/// The whole picture, from each finished endpoint's role and status.
///
/// Explicit controls from the config are the better evidence for "offline"; the page's
/// own server is used only when IT configured none (it is often on the same intranet and
/// answers even when the Internet is gone).
pub fn pattern(results: &[(Role, &str, EndpointStatus)]) -> NetworkPattern {
    let ms: Vec<EndpointStatus> = results
        .iter()
        .filter(|(r, ..)| *r == Role::Microsoft)
        .map(|(.., s)| *s)
        .collect();
    let explicit: Vec<EndpointStatus> = results
        .iter()
        .filter(|(r, id, _)| *r == Role::Control && *id != SELF_ID)
        .map(|(.., s)| *s)
        .collect();
    let controls: Vec<EndpointStatus> = if explicit.is_empty() {
        results
            .iter()
            .filter(|(r, ..)| *r == Role::Control)
            .map(|(.., s)| *s)
            .collect()
    } else {
        explicit
    };
    if ms.contains(&EndpointStatus::Intercepted) {
        NetworkPattern::Intercepted
    } else if !ms.is_empty() && ms.iter().all(|s| s.failed()) {
        if !controls.is_empty() && controls.iter().all(|s| !s.answered()) {
            NetworkPattern::Offline
        } else {
            NetworkPattern::MicrosoftBlocked
        }
    } else if ms.iter().any(|s| s.failed()) {
        NetworkPattern::Partial
    } else {
        NetworkPattern::AllReachable
    }
}

/// The network check's status: the pattern's, but "warn" when everything answered slowly.
pub fn check_status(pattern: NetworkPattern, statuses: &[EndpointStatus]) -> CheckStatus {
    if pattern == NetworkPattern::AllReachable && statuses.contains(&EndpointStatus::Slow) {
        CheckStatus::Warn
    } else {
        pattern.status()
    }
}

/// Plain-language advice for a pattern.
#[derive(Clone, Debug, PartialEq)]
pub struct Advice {
    pub headline: Msg,
    pub steps: Vec<Text>,
}

/// What to do about each pattern, in the user's words.
pub fn advice(pattern: NetworkPattern) -> Advice {
    let steps = |msgs: &[Msg]| msgs.iter().map(|m| Text::from(*m)).collect();
    match pattern {
        NetworkPattern::AllReachable => Advice {
            headline: Msg::NetworkAllReachable,
            steps: steps(&[Msg::NetworkAllReachable1, Msg::NetworkAllReachable2]),
        },
        NetworkPattern::Partial => Advice {
            headline: Msg::NetworkPartial,
            steps: steps(&[
                Msg::NetworkPartial1,
                Msg::NetworkPartial2,
                Msg::NetworkPartial3,
            ]),
        },
        NetworkPattern::MicrosoftBlocked => Advice {
            headline: Msg::NetworkBlocked,
            steps: vec![
                Msg::NetworkBlocked1.into(),
                Text::network_blocked_2(Arg::code("login.microsoftonline.com")),
                Msg::NetworkBlocked3.into(),
            ],
        },
        NetworkPattern::Intercepted => Advice {
            headline: Msg::NetworkIntercepted,
            steps: steps(&[
                Msg::NetworkIntercepted1,
                Msg::NetworkIntercepted2,
                Msg::NetworkIntercepted3,
                Msg::NetworkIntercepted4,
            ]),
        },
        NetworkPattern::Offline => Advice {
            headline: Msg::NetworkOffline,
            steps: steps(&[Msg::NetworkOffline1, Msg::NetworkOffline2]),
        },
    }
}

/// An endpoint's name on the page: its built-in label in the reader's language, or the
/// label IT set, as written.
pub fn label_text(e: &Endpoint) -> Text {
    match e.label_msg {
        Some(m) => m.into(),
        None => Text::with(Msg::EndpointLabelCustom, vec![Arg::name(e.label.clone())]),
    }
}

/// Said with every result: what a browser cannot see.
pub const TLS_CAVEAT: Msg = Msg::NetworkTlsCaveat;

/// Said with every result: the browser's path is evidence, not proof.
pub const PATH_CAVEAT: Msg = Msg::NetworkPathCaveat;

#[cfg(test)]
mod tests;
