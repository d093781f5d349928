//! The diagnosis plan: what the checks found in, the steps to try in order out.
//!
//! Each rule below says why it exists. The plan is recomputed whenever a check finishes,
//! so "still running" is just another input, never a reason to wait.

use serde::{Deserialize, Serialize};

use crate::codes::{ErrorCode, FocusCheck};
use crate::help::SolutionId;
use crate::platform::{Client, Os};
use crate::status::{CheckStatus, NetworkPattern};

/// The user's answer to "Does signing in at office.com in this browser work?".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OfficeAnswer {
    Yes,
    No,
    /// Not tried (yet).
    #[default]
    Unknown,
}

impl OfficeAnswer {
    /// Every answer, in the order the buttons show them.
    pub const ALL: [OfficeAnswer; 3] = [OfficeAnswer::Yes, OfficeAnswer::No, OfficeAnswer::Unknown];

    /// `"yes" | "no" | "unknown"`: the DOM contract (`data-office-answer`) and the report.
    pub fn as_str(self) -> &'static str {
        match self {
            OfficeAnswer::Yes => "yes",
            OfficeAnswer::No => "no",
            OfficeAnswer::Unknown => "unknown",
        }
    }
}

/// One kind of step. `as_str` is the DOM contract (`data-step`) and the report's plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum StepId {
    /// Fix the date, time and time zone.
    Time,
    /// VPN off, proxy checked, endpoints allowed.
    Network,
    /// Clear the Teams cache (with a backup).
    Cache,
    /// Switch TLS 1.2 back on (Windows).
    Tls,
    /// Contact IT / the helpdesk with the report.
    Account,
    /// Get the computer online at all.
    Connect,
    /// Microsoft's service answered that it is overloaded: check its status, wait, retry.
    Service,
}

impl StepId {
    /// Every step kind (not a plan order: [`plan`] decides that).
    pub const ALL: [StepId; 7] = [
        StepId::Time,
        StepId::Network,
        StepId::Cache,
        StepId::Tls,
        StepId::Account,
        StepId::Connect,
        StepId::Service,
    ];

    /// `"time" | "network" | "cache" | "tls" | "account" | "connect" | "service"`.
    pub fn as_str(self) -> &'static str {
        match self {
            StepId::Time => "time",
            StepId::Network => "network",
            StepId::Cache => "cache",
            StepId::Tls => "tls",
            StepId::Account => "account",
            StepId::Connect => "connect",
            StepId::Service => "service",
        }
    }

    /// The article's solution with the detailed steps, where there is one.
    pub fn solution(self) -> Option<SolutionId> {
        match self {
            StepId::Time => Some(SolutionId::Time),
            StepId::Network => Some(SolutionId::VpnProxy),
            StepId::Cache => Some(SolutionId::Cache),
            StepId::Tls => Some(SolutionId::Tls),
            StepId::Account | StepId::Connect | StepId::Service => None,
        }
    }

    /// One line for "Yes, that fixed it": what to keep doing so it stays fixed.
    pub fn fixed_message(self) -> &'static str {
        match self {
            StepId::Time => "Fixed. Keep automatic date, time and time zone switched on so it stays right.",
            StepId::Network => "Fixed. If it breaks again whenever the VPN or proxy is on, tell IT: it must allow Microsoft's sign-in addresses.",
            StepId::Cache => "Fixed. Once Teams has worked for a few days, you can delete the backup folder.",
            StepId::Tls => "Fixed. Leave TLS 1.2 switched on.",
            StepId::Account => "Fixed. Good to hear IT sorted it out.",
            StepId::Connect => "Fixed. You are back online.",
            StepId::Service => "Fixed. The service is answering again.",
        }
    }
}

/// Everything the plan depends on, as plain data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanInput {
    /// The clock check's status.
    pub clock: CheckStatus,
    /// The clock is off by whole quarter hours: the time zone, not the time, is wrong.
    pub timezone_hint: bool,
    /// `None` while the network check runs or when it could not decide.
    pub network: Option<NetworkPattern>,
    pub office: OfficeAnswer,
    pub os: Option<Os>,
    pub client: Client,
    pub code: Option<ErrorCode>,
}

/// One step of the plan, with the reason it is here.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanStep {
    pub id: StepId,
    pub title: String,
    /// One sentence tied to the evidence that put this step here.
    pub why: String,
}

/// Collects steps in order, ignoring repeats: the first rule to place a step decides both
/// its position and its reason.
struct Builder(Vec<PlanStep>);

impl Builder {
    fn push(&mut self, id: StepId, title: impl Into<String>, why: impl Into<String>) {
        if !self.0.iter().any(|s| s.id == id) {
            self.0.push(PlanStep {
                id,
                title: title.into(),
                why: why.into(),
            });
        }
    }
}

const TIME_TITLE: &str = "Set the date, time and time zone automatically";
const NETWORK_TITLE: &str = "Turn off the VPN and check the proxy";
const CONNECT_TITLE: &str = "Check the internet connection";
const TLS_TITLE: &str = "Check that TLS 1.2 is switched on";
const IT_TITLE: &str = "Contact IT with the report";
const HELPDESK_TITLE: &str = "Still stuck? Send the report to IT";
const SERVICE_TITLE: &str = "Check Microsoft 365's status, then try again later";

/// The ordered steps for what the checks found, most likely fix first. Never empty, never
/// repeats a step, and always ends with [`StepId::Account`]: whatever happens, the user is
/// left with someone to ask and a report to give them.
pub fn plan(input: &PlanInput) -> Vec<PlanStep> {
    let mut b = Builder(Vec::new());
    let offline = input.network == Some(NetworkPattern::Offline);
    // Offline, the network check learnt nothing about Microsoft: treat it as unknown below.
    let network_unknown = input.network.is_none() || offline;
    let code = input.code;

    // Offline beats everything: no sign-in, no cache reset, not even IT's web portal works
    // without a connection, and every other check is meaningless until it is back.
    if offline {
        b.push(
            StepId::Connect,
            CONNECT_TITLE,
            "This computer could not reach any website during the check, and nothing else can work until it is back online.",
        );
    }

    // Access rules, licence, device registration and the TPM are beyond the user's
    // reach: cache and clock steps would only delay the call to IT, so IT comes first and
    // the plan ends there (the report still carries every check for IT to see).
    if let Some(c) = code.filter(|c| c.go_to_it_first()) {
        b.push(StepId::Account, IT_TITLE, it_first_why(c));
        return b.0;
    }

    // CAA301F7 is the service answering "temporarily overloaded" (HTTP 503): nothing on this
    // computer causes it, so the cache is left out. A measured clock or network problem still
    // follows (a company proxy can answer 503 too), then the helpdesk.
    if code == Some(ErrorCode::Caa301f7) {
        b.push(
            StepId::Service,
            SERVICE_TITLE,
            "Error CAA301F7 means the service answered that it is temporarily overloaded, which points at the service, not at this computer: clearing the cache will not help.",
        );
        if let Some(why) = time_first_why(input) {
            b.push(StepId::Time, TIME_TITLE, why);
        }
        if let Some(why) = network_early_why(input.network, code) {
            b.push(StepId::Network, NETWORK_TITLE, why);
        }
        b.push(
            StepId::Account,
            HELPDESK_TITLE,
            "If it still fails after a while and the status page shows no problem, send IT the report: a company proxy can give the same answer.",
        );
        return b.0;
    }

    // A wrong clock makes sign-in checks fail (tokens look expired or not yet valid), and a
    // clock off by hours even breaks HTTPS, which then looks like a network block: fix it
    // first. A time-zone hint means the clock was set by hand under the wrong zone, so the
    // real time (UTC) is off even when the local time looks right. Microsoft's advice for
    // CAA20003 is to check the date and time, so it leads even on a clock the check passed.
    if let Some(why) = time_first_why(input) {
        b.push(StepId::Time, TIME_TITLE, why);
    }

    // A name that cannot be looked up is a connection or DNS problem: check the
    // connection before anything that needs one.
    if code == Some(ErrorCode::Caa82ee7) {
        b.push(
            StepId::Connect,
            CONNECT_TITLE,
            "Error CAA82EE7 means a server name could not be looked up, which usually means no connection or a DNS problem.",
        );
    }

    // Measured evidence of a block (or a network code) puts VPN and proxy before the
    // cache: clearing the cache cannot help while the sign-in servers are unreachable, and
    // IT needs to know what to allow.
    if let Some(why) = network_early_why(input.network, code) {
        b.push(StepId::Network, NETWORK_TITLE, why);
    }

    // office.com failing in the same browser points away from the Teams app (article: "it is
    // the network or account, not the Teams client"), so the cache is left out and IT comes
    // next. Offline explains that failure by itself, so then the answer proves nothing.
    if input.office == OfficeAnswer::No && !offline {
        if network_unknown {
            b.push(
                StepId::Network,
                NETWORK_TITLE,
                "Sign-in fails at office.com too and the network check has no answer yet, so rule out the VPN and proxy before contacting IT.",
            );
        }
        b.push(
            StepId::Account,
            IT_TITLE,
            "Sign-in fails at office.com too, so the cause is more likely the network or your account than the Teams app; IT can check both with the report.",
        );
        return b.0;
    }

    // The article estimates the cache reset fixes more than 80 % of cases when sign-in at
    // office.com works, and it is the cheapest likely fix otherwise.
    b.push(StepId::Cache, cache_title(input.client), cache_why(input));

    // Unmeasured network: VPN and proxy are the article's second cause.
    if network_unknown {
        b.push(
            StepId::Network,
            NETWORK_TITLE,
            if offline {
                "Once you are back online, a VPN or proxy blocking Microsoft's sign-in servers is the next thing to rule out."
            } else {
                "The network check has no answer, and a VPN or proxy blocking Microsoft's sign-in servers is the support article's second cause."
            },
        );
    }

    // TLS settings in Internet Options exist only on Windows, and TLS 1.2 switched off is
    // rare (the article calls it rare), so it comes after the cache, not before.
    if input.os == Some(Os::Windows) {
        b.push(
            StepId::Tls,
            TLS_TITLE,
            "Rare, mostly on old computers, but on Windows TLS 1.2 switched off stops the sign-in, and it is quick to check.",
        );
    }

    // A clock the page could not measure may still be wrong: the article's last solution.
    // A clock measured OK needs no step.
    if matches!(input.clock, CheckStatus::Unknown | CheckStatus::Running) {
        b.push(
            StepId::Time,
            TIME_TITLE,
            "The page could not check the clock, and a wrong date, time or time zone is one of the known causes.",
        );
    }

    b.push(
        StepId::Account,
        HELPDESK_TITLE,
        "If none of the steps helped, send your IT helpdesk the report from this page: it shows what was checked.",
    );
    b.0
}

fn it_first_why(code: ErrorCode) -> &'static str {
    match code {
        ErrorCode::Caa20004 => "Error CAA20004 means your organisation's access rules (Conditional Access) blocked the sign-in, and only IT can change them.",
        ErrorCode::Caa2000b => "Error CAA2000B means what Teams asked for is not set up or does not exist for your account or organisation; only IT can check that, for example the Teams licence.",
        ErrorCode::Caa5004b => "Error CAA5004B is not in Microsoft's public documents; help sites link it to this computer's registration with your organisation, which only IT can check.",
        ErrorCode::E80090030 => "Error 80090030 means Windows could not use the security chip (TPM) that protects your sign-in, which IT needs to look at.",
        ErrorCode::E80090016 => "Error 80090016 means Windows could not find the sign-in keys in the security chip (TPM), which IT needs to look at.",
        // Only reached if `go_to_it_first` grows: still a true sentence.
        _ => "This error is one that IT needs to look at.",
    }
}

/// Why the clock comes first, or `None` when the evidence does not put it first.
fn time_first_why(input: &PlanInput) -> Option<&'static str> {
    if input.timezone_hint {
        Some("Compared with this page's server, the clock is off by a whole number of quarter hours: probably set by hand under the wrong time zone, so the real time is off too.")
    } else if input.clock == CheckStatus::Fail {
        Some("Compared with this page's server, the clock is off by more than your organization's limit (by default 5 minutes, the usual tolerance of Kerberos and of token checks); a wrong clock can make sign-in fail.")
    } else if input.clock == CheckStatus::Warn {
        Some("Compared with this page's server, the clock is off by more than your organization's warning limit, getting close to the limit where sign-in can fail.")
    } else if input.code == Some(ErrorCode::Caa20003) {
        Some("For error CAA20003, Microsoft's own advice is to check the date and time first; even a small difference can matter.")
    } else if input.code == Some(ErrorCode::Caa82f05) {
        Some("Error CAA82F05 means a certificate looked expired or not yet valid, and a wrong date on this computer makes every certificate look like that.")
    } else {
        None
    }
}

/// Why VPN and proxy come before the cache, or `None` without evidence of a block.
fn network_early_why(
    network: Option<NetworkPattern>,
    code: Option<ErrorCode>,
) -> Option<&'static str> {
    match network {
        Some(NetworkPattern::MicrosoftBlocked) => return Some("This browser could not reach Microsoft's sign-in servers while other sites answered, so a VPN, proxy or firewall is in the way."),
        Some(NetworkPattern::Partial) => return Some("Some of Microsoft's servers did not answer this browser, so a VPN, proxy or firewall may be blocking part of the sign-in."),
        Some(NetworkPattern::Intercepted) => return Some("Something answered this browser in Microsoft's place (a block page, a proxy sign-in page or a guest Wi-Fi login page), so sign-in probably cannot reach Microsoft from this network."),
        Some(NetworkPattern::AllReachable | NetworkPattern::Offline) | None => {}
    }
    match code {
        Some(ErrorCode::Caa70004) => Some("Error CAA70004 means Teams could not find the server or the proxy it was told to use; the Teams app may use different proxy settings than this browser."),
        Some(ErrorCode::Caa82ee2) => Some("Error CAA82EE2 means the sign-in timed out, which points to a slow or blocked connection, a VPN or a firewall."),
        Some(ErrorCode::Caa82ee7) => Some("If the connection works, a VPN or company DNS setting may still hide Microsoft's server names from Teams."),
        Some(ErrorCode::Caa70007) => Some("Error CAA70007 means the connection broke off during sign-in, which points to an unstable connection, a VPN or a firewall."),
        Some(ErrorCode::Caa82f0d | ErrorCode::Caa82f17 | ErrorCode::Caa82f8f) => Some("This certificate error usually means a proxy or firewall inspects encrypted connections, or a guest Wi-Fi login page is in the way; another network tells which."),
        Some(ErrorCode::Caa82f7d) => Some("Error CAA82F7D means no secure connection could be set up, which a proxy or firewall that inspects encrypted connections can cause."),
        Some(ErrorCode::Caa82f86 | ErrorCode::Caa82f87 | ErrorCode::Caa82f92 | ErrorCode::Caa82f94) => Some("This error means the automatic proxy set-up failed, so Teams does not know how to reach Microsoft; another network or IT can get around it."),
        Some(ErrorCode::Caa90019 | ErrorCode::Caa60007) => Some("This error means Teams got an answer it could not use, often a proxy's or guest Wi-Fi's own page answering in Microsoft's place."),
        // Every other network code (the table's first check) still gets a true sentence.
        Some(c) if c.first_check() == FocusCheck::Network => Some("The error code points at the connection to Microsoft, so rule out the VPN and proxy first."),
        _ => None,
    }
}

fn cache_title(client: Client) -> &'static str {
    match client {
        Client::New => "Clear the new Teams cache (keeping a backup)",
        Client::Classic => "Clear the classic Teams cache (keeping a backup)",
        Client::Both => "Clear the Teams cache (keeping a backup)",
    }
}

fn cache_why(input: &PlanInput) -> &'static str {
    match (input.office, input.network) {
        (OfficeAnswer::Yes, Some(NetworkPattern::AllReachable)) => "Sign-in works at office.com and Microsoft's servers answer, so the Teams app's own saved sign-in data is the likely cause; the article estimates clearing it fixes over 80 % of cases.",
        (OfficeAnswer::Yes, _) => "Sign-in works at office.com in this browser, so the Teams app's saved sign-in data is the likely cause; the article estimates clearing it fixes over 80 % of cases.",
        _ => "The support article names old sign-in data in the Teams cache as the most common cause of CAA20002, and clearing it keeps a backup.",
    }
}

/// Where the user is in the plan's walkthrough.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PlanProgress {
    /// Showing step `n` (0-based) and asking "Did this fix it?".
    Step(usize),
    /// Step `n` fixed it (see [`StepId::fixed_message`]).
    Fixed(usize),
    /// Every step was tried: contact the helpdesk with the report.
    Helpdesk,
}

impl Default for PlanProgress {
    fn default() -> Self {
        PlanProgress::Step(0)
    }
}

/// The user's answers so far, by step kind rather than position: when new evidence
/// re-orders or changes the plan (a check finishes, the office.com answer, another OS), the
/// answers still hold. "No" on `time` stays "no" wherever `time` moves to.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Walk {
    /// Steps answered "no, still failing", in the order answered.
    pub tried: Vec<StepId>,
    /// The step answered "yes, fixed".
    pub fixed: Option<StepId>,
}

impl Walk {
    /// Where the user is in `plan`: the step that fixed it (if still in the plan), else the
    /// first step not tried yet, else the helpdesk.
    pub fn progress(&self, plan: &[StepId]) -> PlanProgress {
        if let Some(i) = self.fixed.and_then(|f| plan.iter().position(|id| *id == f)) {
            return PlanProgress::Fixed(i);
        }
        match plan.iter().position(|id| !self.tried.contains(id)) {
            Some(i) => PlanProgress::Step(i),
            None => PlanProgress::Helpdesk,
        }
    }

    /// "Did this fix it?" answered for the current step of `plan`; answers on a finished
    /// walk are ignored (the buttons are gone by then).
    pub fn answer(&mut self, plan: &[StepId], fixed: bool) {
        let PlanProgress::Step(i) = self.progress(plan) else {
            return;
        };
        let id = plan[i];
        if fixed {
            self.fixed = Some(id);
        } else if !self.tried.contains(&id) {
            self.tried.push(id);
        }
    }
}

#[cfg(test)]
mod tests;
