//! Reachability: which endpoints to probe, how to read each probe, and what the whole says.
//!
//! The browser can only tell "some HTTP answer" from "network error" for cross-origin
//! no-cors requests, plus how long it took. These functions turn those few facts into a
//! per-endpoint status and one pattern with advice a non-expert can act on.

use serde::Serialize;

use crate::status::{CheckStatus, NetworkPattern};

/// Above this latency an endpoint that did answer is reported as slow.
pub const SLOW_MS: f64 = 2000.0;

/// A network error this close to the timeout reads as "dropped", not "refused".
const LATE_FAILURE_SHARE: f64 = 0.8;

/// Id of the implicit control: the page's own origin.
pub const SELF_ID: &str = "self";

/// Microsoft 365's published endpoint list, the one link IT needs for an allow-list.
pub const ENDPOINTS_DOC_URL: &str =
    "https://learn.microsoft.com/microsoft-365/enterprise/urls-and-ip-address-ranges";

/// How an endpoint's answer is judged.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Expect {
    /// Any HTTP answer counts (no-cors fetch).
    Any,
    /// A CORS fetch must return OpenID configuration JSON with an `issuer` string;
    /// anything else answering is an impostor (proxy block page, TLS inspection).
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
    pub label: String,
    pub url: String,
    /// `host[:port]`, shown next to the label.
    pub host: String,
    pub expect: Expect,
    pub role: Role,
}

/// What Teams sign-in needs (Microsoft 365 URLs and IP address ranges page).
pub fn default_endpoints() -> Vec<Endpoint> {
    let ms = |id: &str, label: &str, url: &str, expect: Expect| Endpoint {
        id: id.into(),
        label: label.into(),
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
    vec![
        ms(
            "login",
            "Microsoft Entra sign-in",
            "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration",
            Expect::OpenidConfiguration,
        ),
        ms(
            "login-alt",
            "Microsoft sign-in (alternate)",
            "https://login.microsoft.com/",
            Expect::Any,
        ),
        ms(
            "aadcdn-msauth",
            "Sign-in page files",
            "https://aadcdn.msauth.net/",
            Expect::Any,
        ),
        ms(
            "aadcdn-msftauth",
            "Sign-in page files (alternate)",
            "https://aadcdn.msftauth.net/",
            Expect::Any,
        ),
        ms(
            "teams",
            "Teams service",
            "https://teams.microsoft.com/",
            Expect::Any,
        ),
        ms(
            "teams-cloud",
            "Teams service (new address)",
            "https://teams.cloud.microsoft/",
            Expect::Any,
        ),
        ms(
            "teams-statics",
            "Teams app files",
            "https://statics.teams.cdn.office.net/",
            Expect::Any,
        ),
        ms(
            "graph",
            "Microsoft Graph",
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
    /// The CORS request failed (no CORS headers, or the network failed).
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
    pub fn label(self) -> &'static str {
        match self {
            EndpointStatus::Running => "Checking…",
            EndpointStatus::Ok => "Reachable",
            EndpointStatus::Slow => "Slow",
            EndpointStatus::Fail => "Failed",
            EndpointStatus::Timeout => "No answer",
            EndpointStatus::Intercepted => "Intercepted",
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
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct EndpointResult {
    pub status: EndpointStatus,
    /// Whole milliseconds until the answer or the failure.
    pub latency_ms: Option<u64>,
    /// Plain-language detail for the row.
    pub detail: String,
}

/// Whether a body is the OpenID configuration Microsoft serves: a JSON object with an
/// `issuer` string. A proxy's block page is HTML; an impostor rarely fakes the schema.
pub fn is_openid_configuration(body: &str) -> bool {
    crate::json::parse(body)
        .ok()
        .and_then(|v| v.get("issuer").map(|i| i.is_string()))
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
    // Integer formatting only: float formatting (`{:.1}`) would add about 7 KB gzip to the wasm.
    let secs = |ms: f64| {
        if ms < 1000.0 {
            format!("{} ms", whole_ms(ms))
        } else {
            let tenths = (whole_ms(ms) + 50) / 100;
            format!("{}.{} s", tenths / 10, tenths % 10)
        }
    };
    let failure = |ms: f64| -> (EndpointStatus, String) {
        if ms >= f64::from(timeout_ms) * LATE_FAILURE_SHARE {
            (
                EndpointStatus::Timeout,
                format!("No answer after {}: the connection is probably silently dropped (firewall, VPN or proxy).", secs(ms)),
            )
        } else {
            (
                EndpointStatus::Fail,
                format!(
                    "Failed after {}: refused or not found (blocked, no DNS, or no network).",
                    secs(ms)
                ),
            )
        }
    };
    let (status, detail) = match (reach, expect, body) {
        (Reach::TimedOut { ms }, ..) => (
            EndpointStatus::Timeout,
            format!("No answer within {}: the connection is probably silently dropped (firewall, VPN or proxy).", secs(ms)),
        ),
        (Reach::NetworkError { ms }, ..) => failure(ms),
        (Reach::Answered { .. }, Expect::OpenidConfiguration, BodyCheck::Body { text })
            if !is_openid_configuration(text) =>
        {
            (
                EndpointStatus::Intercepted,
                "Something answered, but not Microsoft's sign-in service (a proxy or security filter is answering in its place).".to_string(),
            )
        }
        (Reach::Answered { .. }, Expect::OpenidConfiguration, BodyCheck::Failed | BodyCheck::TimedOut) => (
            EndpointStatus::Intercepted,
            "Something answered, but without Microsoft's sign-in headers (a proxy or security filter is answering in its place).".to_string(),
        ),
        (Reach::Answered { ms }, ..) if ms > SLOW_MS => (
            EndpointStatus::Slow,
            format!("Answered, but slowly ({}).", secs(ms)),
        ),
        (Reach::Answered { ms }, ..) => (EndpointStatus::Ok, format!("Answered in {} ms.", whole_ms(ms))),
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
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Advice {
    pub headline: &'static str,
    pub steps: Vec<&'static str>,
}

/// What to do about each pattern, in the user's words.
pub fn advice(pattern: NetworkPattern) -> Advice {
    match pattern {
        NetworkPattern::AllReachable => Advice {
            headline: "Microsoft's sign-in service is reachable from this browser.",
            steps: vec![
                "The network is most likely fine; the usual culprit is the Teams app's own cache of old sign-in data.",
                "Clear the Teams cache with the script below (it keeps a backup).",
            ],
        },
        NetworkPattern::Partial => Advice {
            headline: "Some Microsoft addresses answer, others do not.",
            steps: vec![
                "If you use a VPN, disconnect it and press \"Check again\".",
                "If your company uses a proxy or web filter, IT must allow the Microsoft 365 addresses listed as failing below.",
                "Send IT the report from this page: it names the addresses that failed.",
            ],
        },
        NetworkPattern::MicrosoftBlocked => Advice {
            headline: "Your network works, but Microsoft's sign-in addresses are blocked.",
            steps: vec![
                "If you use a VPN, disconnect it and press \"Check again\".",
                "If it works without the VPN, tell IT: the VPN or proxy blocks login.microsoftonline.com.",
                "IT must allow-list the Microsoft 365 endpoints (see the link below).",
            ],
        },
        NetworkPattern::Intercepted => Advice {
            headline: "Something on your network answers in Microsoft's place.",
            steps: vec![
                "A proxy, web filter or TLS inspection is intercepting the sign-in traffic; Teams then refuses it.",
                "Try once without the VPN, or from another network (for example a phone hotspot).",
                "Tell IT: the sign-in endpoints must be excluded from TLS inspection. Send them the report.",
            ],
        },
        NetworkPattern::Offline => Advice {
            headline: "This computer does not seem to be connected to the Internet.",
            steps: vec![
                "Connect to Wi-Fi or a network cable first, then press \"Check again\".",
                "If other websites fail too, restart your router or ask IT; Teams cannot sign in without a connection.",
            ],
        },
    }
}

/// Said with every result: the browser's path is evidence, not proof.
pub const PATH_CAVEAT: &str = "The Teams app may take another network path than this browser (for example the system proxy). The downloadable script below re-tests the same addresses from Windows or macOS itself.";

#[cfg(test)]
mod tests;
