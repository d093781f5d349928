//! The page's state, the actions that change it, and the reducer (`impl Reducible`).
//!
//! The reducer only records facts and asks `signin_core` for decisions; it never fetches,
//! stores or renders. Effects are started by the root component (`app.rs`).

use std::rc::Rc;

use signin_core::clock::{self, Estimate};
use signin_core::codes::ErrorCode;
use signin_core::config::{Config, ConfigProblem};
use signin_core::network::{
    self, BodyCheck, Endpoint, EndpointResult, EndpointStatus, Reach, Role,
};
use signin_core::params::DeepLink;
use signin_core::plan::{self, OfficeAnswer, StepId};
use signin_core::platform::{Client, Detected, Os};
use signin_core::script::ScriptOptions;
use signin_core::status::{CheckStatus, NetworkPattern};
use yew::Reducible;

use crate::effects::clock::Progress;
use crate::effects::EffectError;

/// Everything the page knows.
#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    /// `None` until `config.json` has been read (or given up on).
    pub config: Option<Rc<Config>>,
    pub config_problems: Vec<ConfigProblem>,
    /// The page's own origin (`http://127.0.0.1:8080`), the implicit network control.
    pub origin: String,
    pub clock: ClockState,
    pub network: NetworkState,
    /// What the link asked for (whitelisted values only) and what it got ignored.
    pub link: DeepLink,
    /// What the browser's hints say about this device.
    pub detected: Detected,
    /// The OS the fix is for: link, then detection, then the user's choice.
    /// The error code the guidance and plan are for: the link's, or what the user typed.
    pub code: Option<ErrorCode>,
    pub os: Option<Os>,
    /// Whether `os` still is the browser's guess (the view says so, so the user can change it).
    pub os_detected: bool,
    pub client: Client,
    pub office: OfficeAnswer,
    pub steps: ScriptOptions,
    /// The user's "Did this fix it?" answers, kept by step kind across re-plans.
    pub walk: plan::Walk,
    /// Milliseconds from navigation to each first result (for the report and the bench).
    pub timings: Timings,
}

/// Milliseconds since navigation start (`performance.now()`) to the first run's results;
/// "Check again" keeps them, since a re-run's time from page load would mean nothing.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Timings {
    pub clock_first_ms: Option<f64>,
    pub clock_refined_ms: Option<f64>,
    pub network_ms: Option<f64>,
}

/// The clock check.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ClockState {
    /// Bumped by "Check again"; results of older runs are ignored.
    pub run: u32,
    pub progress: Option<Progress>,
    pub error: Option<EffectError>,
}

impl ClockState {
    /// `running` until the first estimate, then the verdict; `unknown` (never a false
    /// `ok`) when the measurement failed.
    pub fn status(&self, config: Option<&Config>) -> CheckStatus {
        match (&self.error, &self.progress, config) {
            (Some(_), ..) => CheckStatus::Unknown,
            (None, Some(p), Some(c)) => clock::verdict(&p.estimate, c.clock.thresholds()),
            _ => CheckStatus::Running,
        }
    }

    pub fn estimate(&self) -> Option<Estimate> {
        self.progress.map(|p| p.estimate)
    }

    /// Whether refinement is still going on after the first verdict.
    pub fn refining(&self) -> bool {
        self.error.is_none() && self.progress.is_some_and(|p| !p.refined)
    }

    pub fn timezone_hint(&self) -> bool {
        self.error.is_none()
            && self
                .estimate()
                .is_some_and(|e| clock::timezone_hint(e.offset_ms))
    }
}

/// The reachability check.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct NetworkState {
    pub run: u32,
    /// Configured endpoints, then controls, then the page's own origin.
    pub endpoints: Rc<Vec<Endpoint>>,
    /// Index-aligned with `endpoints`; `None` while that probe runs.
    pub results: Vec<Option<EndpointResult>>,
}

impl NetworkState {
    fn new(run: u32, config: &Config, origin: &str) -> NetworkState {
        let mut endpoints = config.network.endpoints.clone();
        endpoints.extend(config.network.controls.iter().cloned());
        endpoints.push(network::self_endpoint(origin));
        let results = vec![None; endpoints.len()];
        NetworkState {
            run,
            endpoints: Rc::new(endpoints),
            results,
        }
    }

    pub fn status_of(&self, i: usize) -> EndpointStatus {
        self.results
            .get(i)
            .and_then(|r| r.as_ref())
            .map_or(EndpointStatus::Running, |r| r.status)
    }

    pub fn finished(&self) -> bool {
        !self.endpoints.is_empty() && self.results.iter().all(Option::is_some)
    }

    /// The pattern, once every probe is in.
    pub fn pattern(&self) -> Option<NetworkPattern> {
        if !self.finished() {
            return None;
        }
        let rows: Vec<(Role, &str, EndpointStatus)> = self
            .endpoints
            .iter()
            .enumerate()
            .map(|(i, e)| (e.role, e.id.as_str(), self.status_of(i)))
            .collect();
        Some(network::pattern(&rows))
    }

    pub fn status(&self) -> CheckStatus {
        match self.pattern() {
            None if self.endpoints.is_empty() => CheckStatus::Unknown,
            None => CheckStatus::Running,
            Some(p) => {
                let statuses: Vec<EndpointStatus> = (0..self.endpoints.len())
                    .map(|i| self.status_of(i))
                    .collect();
                network::check_status(p, &statuses)
            }
        }
    }

    pub fn done_count(&self) -> usize {
        self.results.iter().filter(|r| r.is_some()).count()
    }
}

/// Everything that can happen.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    ConfigLoaded(Rc<Config>, Vec<ConfigProblem>),
    ClockRestart,
    ClockProgress {
        run: u32,
        progress: Progress,
        /// `performance.now()` when it arrived.
        at_ms: f64,
    },
    ClockFailed {
        run: u32,
        error: EffectError,
    },
    NetworkRestart,
    EndpointDone {
        run: u32,
        index: usize,
        reach: Reach,
        body: BodyCheck,
        at_ms: f64,
    },
    SetCode(Option<ErrorCode>),
    SetOs(Option<Os>),
    SetClient(Client),
    SetOffice(OfficeAnswer),
    SetSteps(ScriptOptions),
    /// "Did this fix it?" on the plan whose step ids are `ids`.
    PlanAnswer {
        ids: Vec<StepId>,
        fixed: bool,
    },
    PlanRestart,
}

impl AppState {
    /// The start state: the link's values win over the browser's guess; the client defaults
    /// to "both" (the script then only touches folders that exist).
    pub fn new(origin: String, link: DeepLink, detected: Detected) -> AppState {
        let os = link.os.or(detected.os);
        AppState {
            config: None,
            config_problems: Vec::new(),
            origin,
            clock: ClockState::default(),
            network: NetworkState::default(),
            code: link.code,
            os,
            os_detected: link.os.is_none() && os.is_some(),
            client: link.client.unwrap_or(Client::Both),
            link,
            detected,
            office: OfficeAnswer::Unknown,
            steps: ScriptOptions::default(),
            walk: plan::Walk::default(),
            timings: Timings::default(),
        }
    }
}

impl AppState {
    /// The plan's inputs as they stand now (checks still running count as unknown).
    pub fn plan_input(&self) -> plan::PlanInput {
        plan::PlanInput {
            clock: self.clock.status(self.config.as_deref()),
            timezone_hint: self.clock.timezone_hint(),
            network: self.network.pattern(),
            office: self.office,
            os: self.os,
            client: self.client,
            code: self.code,
        }
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::ConfigLoaded(config, problems) => {
                s.network = NetworkState::new(s.network.run + 1, &config, &s.origin);
                s.clock = ClockState {
                    run: s.clock.run + 1,
                    ..ClockState::default()
                };
                s.config = Some(config);
                s.config_problems = problems;
            }
            Action::ClockRestart => {
                s.clock = ClockState {
                    run: s.clock.run + 1,
                    ..ClockState::default()
                };
            }
            Action::ClockProgress {
                run,
                progress,
                at_ms,
            } if run == s.clock.run => {
                s.timings.clock_first_ms.get_or_insert(at_ms);
                if progress.refined {
                    s.timings.clock_refined_ms.get_or_insert(at_ms);
                }
                s.clock.progress = Some(progress);
            }
            Action::ClockFailed { run, error } if run == s.clock.run => {
                s.clock.error = Some(error);
            }
            Action::NetworkRestart => {
                if let Some(config) = &s.config {
                    s.network = NetworkState::new(s.network.run + 1, config, &s.origin);
                }
            }
            Action::EndpointDone {
                run,
                index,
                reach,
                body,
                at_ms,
            } if run == s.network.run => {
                let timeout = s.config.as_ref().map_or(5000, |c| c.network.timeout_ms);
                if let (Some(endpoint), Some(slot)) = (
                    s.network.endpoints.get(index),
                    s.network.results.get_mut(index),
                ) {
                    *slot = Some(network::classify(endpoint.expect, reach, &body, timeout));
                }
                if s.network.finished() {
                    s.timings.network_ms.get_or_insert(at_ms);
                }
            }
            Action::SetOs(os) => {
                s.os = os;
                s.os_detected = false;
            }
            Action::SetCode(code) => s.code = code,
            Action::SetClient(client) => s.client = client,
            Action::SetOffice(answer) => s.office = answer,
            Action::SetSteps(steps) => s.steps = steps,
            Action::PlanAnswer { ids, fixed } => s.walk.answer(&ids, fixed),
            Action::PlanRestart => s.walk = plan::Walk::default(),
            // A result of a superseded run: ignore it.
            _ => return self,
        }
        Rc::new(s)
    }
}
