//! The diagnosis plan: what the checks found in, the steps to try in order out.
//!
//! Each rule below says why it exists. The plan is recomputed whenever a check finishes,
//! so "still running" is just another input, never a reason to wait.

use serde::{Deserialize, Serialize};

use crate::codes::{ErrorCode, FocusCheck};
use crate::help::SolutionId;
use crate::platform::{Client, Os};
use crate::status::{CheckStatus, NetworkPattern};
use crate::text::{Arg, Msg, Text};

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
    pub fn keep_message(self) -> Msg {
        match self {
            StepId::Time => Msg::PlanKeepTime,
            StepId::Network => Msg::PlanKeepNetwork,
            StepId::Cache => Msg::PlanKeepCache,
            StepId::Tls => Msg::PlanKeepTls,
            StepId::Account => Msg::PlanKeepAccount,
            StepId::Connect => Msg::PlanKeepConnect,
            StepId::Service => Msg::PlanKeepService,
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
#[derive(Clone, Debug, PartialEq)]
pub struct PlanStep {
    pub id: StepId,
    pub title: Msg,
    /// One sentence tied to the evidence that put this step here.
    pub why: Text,
}

/// Collects steps in order, ignoring repeats: the first rule to place a step decides both
/// its position and its reason.
struct Builder(Vec<PlanStep>);

impl Builder {
    fn push(&mut self, id: StepId, title: Msg, why: impl Into<Text>) {
        if !self.0.iter().any(|s| s.id == id) {
            self.0.push(PlanStep {
                id,
                title,
                why: why.into(),
            });
        }
    }
}

const TIME_TITLE: Msg = Msg::PlanStepTime;
const NETWORK_TITLE: Msg = Msg::PlanStepNetwork;
const CONNECT_TITLE: Msg = Msg::PlanStepConnect;
const TLS_TITLE: Msg = Msg::PlanStepTls;
const IT_TITLE: Msg = Msg::PlanStepIt;
const HELPDESK_TITLE: Msg = Msg::PlanStepHelpdesk;
const SERVICE_TITLE: Msg = Msg::PlanStepService;

/// office.com, as the sentences that name it pass it.
fn site() -> Arg {
    Arg::code("office.com")
}

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
        b.push(StepId::Connect, CONNECT_TITLE, Msg::PlanWhyOffline);
    }

    // Access rules, licence, device registration and the TPM are beyond the user's
    // reach: cache and clock steps would only delay the call to IT, so IT comes first and
    // the plan ends there (the report still carries every check for IT to see).
    if let Some(c) = code.filter(|c| c.go_to_it_first()) {
        b.push(
            StepId::Account,
            IT_TITLE,
            c.plan_why().unwrap_or(Msg::PlanWhyItGeneric),
        );
        return b.0;
    }

    // A code whose first check is the service (CAA301F7: "temporarily overloaded", HTTP 503):
    // nothing on this computer causes it, so the cache is left out. A measured clock or
    // network problem still follows (a company proxy can answer 503 too), then the helpdesk.
    if let Some(c) = code.filter(|c| c.first_check() == FocusCheck::Service) {
        b.push(
            StepId::Service,
            SERVICE_TITLE,
            c.plan_why().unwrap_or(Msg::PlanWhyItGeneric),
        );
        if let Some(why) = time_first_why(input) {
            b.push(StepId::Time, TIME_TITLE, why);
        }
        if let Some(why) = network_early_why(input.network, code) {
            b.push(StepId::Network, NETWORK_TITLE, why);
        }
        b.push(StepId::Account, HELPDESK_TITLE, Msg::PlanWhyServiceHelpdesk);
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
    if let Some(why) = code.and_then(ErrorCode::connect_why) {
        b.push(StepId::Connect, CONNECT_TITLE, why);
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
                Text::plan_why_office_network(site()),
            );
        }
        b.push(StepId::Account, IT_TITLE, Text::plan_why_office_it(site()));
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
                Msg::PlanWhyNetworkAfterOffline
            } else {
                Msg::PlanWhyNetworkUnknown
            },
        );
    }

    // TLS settings in Internet Options exist only on Windows, and TLS 1.2 switched off is
    // rare (the article calls it rare), so it comes after the cache, not before.
    if input.os == Some(Os::Windows) {
        b.push(StepId::Tls, TLS_TITLE, Msg::PlanWhyTls);
    }

    // A clock the page could not measure may still be wrong: the article's last solution.
    // A clock measured OK needs no step.
    if matches!(input.clock, CheckStatus::Unknown | CheckStatus::Running) {
        b.push(StepId::Time, TIME_TITLE, Msg::PlanWhyClockUnknown);
    }

    b.push(StepId::Account, HELPDESK_TITLE, Msg::PlanWhyHelpdesk);
    b.0
}

/// Why the clock comes first, or `None` when the evidence does not put it first.
fn time_first_why(input: &PlanInput) -> Option<Msg> {
    if input.timezone_hint {
        Some(Msg::PlanWhyTimezone)
    } else if input.clock == CheckStatus::Fail {
        Some(Msg::PlanWhyClockFail)
    } else if input.clock == CheckStatus::Warn {
        Some(Msg::PlanWhyClockWarn)
    } else {
        // A code whose first check is the clock (CAA20003, CAA82F05) says why itself.
        input
            .code
            .filter(|c| c.first_check() == FocusCheck::Time)
            .and_then(ErrorCode::plan_why)
    }
}

/// Why VPN and proxy come before the cache, or `None` without evidence of a block.
fn network_early_why(network: Option<NetworkPattern>, code: Option<ErrorCode>) -> Option<Msg> {
    match network {
        Some(NetworkPattern::MicrosoftBlocked) => return Some(Msg::PlanWhyBlocked),
        Some(NetworkPattern::Partial) => return Some(Msg::PlanWhyPartial),
        Some(NetworkPattern::Intercepted) => return Some(Msg::PlanWhyIntercepted),
        Some(NetworkPattern::AllReachable | NetworkPattern::Offline) | None => {}
    }
    // A code whose first check is the connection says why; every other network code
    // still gets a true sentence.
    code.filter(|c| c.first_check() == FocusCheck::Network)
        .map(|c| c.plan_why().unwrap_or(Msg::PlanWhyNetworkCode))
}

fn cache_title(client: Client) -> Msg {
    match client {
        Client::New => Msg::PlanStepCacheNew,
        Client::Classic => Msg::PlanStepCacheClassic,
        Client::Both => Msg::PlanStepCacheBoth,
    }
}

fn cache_why(input: &PlanInput) -> Text {
    match (input.office, input.network) {
        (OfficeAnswer::Yes, Some(NetworkPattern::AllReachable)) => {
            Text::plan_why_cache_office_network(site())
        }
        (OfficeAnswer::Yes, _) => Text::plan_why_cache_office(site()),
        _ => Msg::PlanWhyCache.into(),
    }
}

/// Where the user is in the plan's walkthrough.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PlanProgress {
    /// Showing step `n` (0-based) and asking "Did this fix it?".
    Step(usize),
    /// Step `n` fixed it (see [`StepId::keep_message`]).
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
