//! The page's state, the actions that change it, and the reducer (`impl Reducible`).
//!
//! The reducer only records facts and asks `signin_core` for decisions; it never fetches,
//! stores or renders. Effects are started by the root component (`app.rs`).

use std::rc::Rc;

use signin_core::clock::{self, Estimate};
use signin_core::config::{Config, ConfigProblem};
use signin_core::network::{
    self, BodyCheck, Endpoint, EndpointResult, EndpointStatus, Reach, Role,
};
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
    },
}

impl AppState {
    pub fn new(origin: String) -> AppState {
        AppState {
            config: None,
            config_problems: Vec::new(),
            origin,
            clock: ClockState::default(),
            network: NetworkState::default(),
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
            Action::ClockProgress { run, progress } if run == s.clock.run => {
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
            } if run == s.network.run => {
                let timeout = s.config.as_ref().map_or(5000, |c| c.network.timeout_ms);
                if let (Some(endpoint), Some(slot)) = (
                    s.network.endpoints.get(index),
                    s.network.results.get_mut(index),
                ) {
                    *slot = Some(network::classify(endpoint.expect, reach, &body, timeout));
                }
            }
            // A result of a superseded run: ignore it.
            _ => return self,
        }
        Rc::new(s)
    }
}
