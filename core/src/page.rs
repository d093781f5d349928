//! The page model: everything the page knows ([`Model`]), what can happen to it
//! ([`Action`], [`reduce`]) and what the page shows for it ([`view`] → [`PageView`]).
//!
//! The browser shell only runs effects (which report [`Action`]s) and renders a
//! [`PageView`]; every rule about which result counts, and every value derived from the
//! state (statuses, plan, script inputs, report, mailto), is decided here once per state
//! and tested natively. Time comes in as arguments: `at_ms` on actions (ms since
//! navigation start) and `now_ms` for [`view`] (the computer's clock).

use std::rc::Rc;

use crate::clock::{self, format_iso_utc, Estimate};
use crate::codes::ErrorCode;
use crate::config::{Config, ConfigProblem, DEFAULT_TIMEOUT_MS};
use crate::network::{self, BodyCheck, Endpoint, EndpointResult, EndpointStatus, Reach, Role};
use crate::params::DeepLink;
use crate::plan::{self, OfficeAnswer, PlanProgress, PlanStep, StepId};
use crate::platform::{Client, Detected, Os};
use crate::report::{self, Report};
use crate::script::{self, ScriptOptions, ScriptRequest};
use crate::status::{CheckStatus, NetworkPattern};
use crate::text::{Catalog, Msg, Text};

/// The clock measurement so far, as the clock effect reports it after each round.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ClockProgress {
    pub estimate: Estimate,
    /// The local clock when this estimate was made (for showing both times).
    pub at_local_ms: f64,
    /// `true` once the measurement has finished (whether or not sub-second precision was
    /// verified: that is `estimate.coarse`).
    pub refined: bool,
}

/// OS hints: `navigator.userAgentData.platform` / `.mobile` (Chromium) and the user agent.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BrowserHints {
    pub ua_platform: Option<String>,
    pub ua_mobile: Option<bool>,
    pub user_agent: String,
}

/// The computer's time zone as the browser sees it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TimeZone {
    /// IANA name such as `Europe/Berlin`, or `""` when the browser does not say.
    pub name: String,
    /// Minutes east of UTC right now (+60 for Berlin in winter).
    pub utc_offset_min: i32,
}

/// What the page learnt once at start-up about the browser it runs in.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Env {
    pub hints: BrowserHints,
    pub zone: TimeZone,
    pub language: String,
    /// The page's address without query (never the link's parameters).
    pub page_url: String,
}

/// Everything the page knows.
#[derive(Clone, Debug, PartialEq)]
pub struct Model {
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
    /// The error code the guidance and plan are for: the link's, or what the user typed.
    pub code: Option<ErrorCode>,
    /// The OS the fix is for: link, then detection, then the user's choice.
    pub os: Option<Os>,
    /// Whether `os` still is the browser's guess (the view says so, so the user can change it).
    pub os_detected: bool,
    pub client: Client,
    pub office: OfficeAnswer,
    pub steps: ScriptOptions,
    /// The user's "Did this fix it?" answers, kept by step kind across re-plans.
    pub walk: plan::Walk,
    /// Milliseconds from navigation to each first result (for the report and the bench).
    pub result_times: ResultTimes,
    /// The report's two optional fields, validated: only what passed
    /// [`report::parse_error_time`] / [`report::parse_correlation_id`] is kept, never the
    /// raw text (it may be anything, and must reach neither the report nor a script).
    pub notes: report::UserNotes,
    /// Why the last value typed into each optional field was refused, if it was.
    pub notes_refused: NotesRefused,
}

/// The refusal of each optional report field (shown next to it; the typed text is not kept).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct NotesRefused {
    pub error_seen_at: Option<report::InputRefused>,
    pub correlation_id: Option<report::InputRefused>,
}

/// Milliseconds since navigation start (`performance.now()`) to the first run's results;
/// "Check again" keeps them, since a re-run's time from page load would mean nothing.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct ResultTimes {
    pub clock_first_ms: Option<f64>,
    pub clock_refined_ms: Option<f64>,
    pub network_ms: Option<f64>,
}

/// The clock check.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ClockState {
    /// Bumped by "Check again" and by a config that names another clock source; results of
    /// older runs are ignored.
    pub run: u32,
    pub progress: Option<ClockProgress>,
    /// Why the measurement failed, in words.
    pub error: Option<Text>,
}

impl ClockState {
    fn restarted(&self) -> ClockState {
        ClockState {
            run: self.run + 1,
            ..ClockState::default()
        }
    }

    /// `running` until the first estimate, then the verdict; `unknown` (never a false
    /// `ok`) when the measurement failed.
    pub fn status(&self, config: Option<&Config>) -> CheckStatus {
        match (&self.error, &self.progress, config) {
            (Some(_), ..) => CheckStatus::Unknown,
            (None, Some(p), Some(c)) => clock::verdict(&p.estimate, c.clock.thresholds()),
            _ => CheckStatus::Running,
        }
    }

    /// The estimate, unless the measurement failed.
    pub fn estimate(&self) -> Option<Estimate> {
        self.progress
            .map(|p| p.estimate)
            .filter(|_| self.error.is_none())
    }

    /// Whether refinement is still going on after the first verdict.
    pub fn refining(&self) -> bool {
        self.error.is_none() && self.progress.is_some_and(|p| !p.refined)
    }

    /// The offset looks like a wrong time zone rather than a wrong time.
    pub fn timezone_hint(&self) -> bool {
        self.estimate()
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

    /// Endpoint `i`'s status (`running` while its probe runs).
    pub fn status_of(&self, i: usize) -> EndpointStatus {
        self.results
            .get(i)
            .and_then(|r| r.as_ref())
            .map_or(EndpointStatus::Running, |r| r.status)
    }

    /// Every probe of this run is in.
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

    /// The check's status for `pattern` (which must be [`NetworkState::pattern`]).
    fn status_for(&self, pattern: Option<NetworkPattern>) -> CheckStatus {
        match pattern {
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

    /// The check's status: `running` until every probe is in.
    pub fn status(&self) -> CheckStatus {
        self.status_for(self.pattern())
    }

    /// How many probes of this run are in.
    pub fn done_count(&self) -> usize {
        self.results.iter().filter(|r| r.is_some()).count()
    }
}

/// Everything that can happen to the page.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// `config.json` was read (or given up on): both checks start again with it.
    ConfigLoaded(Rc<Config>, Vec<ConfigProblem>),
    /// "Check again" on the clock.
    ClockRestart,
    /// The clock effect of run `run` has a (better) estimate.
    ClockMeasured {
        run: u32,
        progress: ClockProgress,
        /// Milliseconds since navigation start when it arrived.
        at_ms: f64,
    },
    /// The clock effect of run `run` gave up; `reason` in words.
    ClockFailed {
        run: u32,
        reason: Text,
    },
    /// "Check again" on the connection.
    NetworkRestart,
    /// Probe `index` of run `run` is back.
    EndpointDone {
        run: u32,
        index: usize,
        reach: Reach,
        body: BodyCheck,
        /// Milliseconds since navigation start when it arrived.
        at_ms: f64,
    },
    SetCode(Option<ErrorCode>),
    SetOs(Option<Os>),
    SetClient(Client),
    SetOffice(OfficeAnswer),
    SetSteps(ScriptOptions),
    /// "Did this fix it?" on the plan whose step ids are `ids` (the plan the user saw).
    PlanAnswer {
        ids: Vec<StepId>,
        fixed: bool,
    },
    /// "Start the steps again".
    PlanRestart,
    /// The user left the report's "when did the error appear" field with this text.
    SetErrorTime(String),
    /// The user left the report's "correlation ID" field with this text.
    SetCorrelationId(String),
}

impl Model {
    /// The start state: the link's values win over the browser's guess; the client defaults
    /// to "both" (the script then only touches folders that exist).
    pub fn new(origin: String, link: DeepLink, detected: Detected) -> Model {
        let os = link.os.or(detected.os);
        Model {
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
            result_times: ResultTimes::default(),
            notes: report::UserNotes::default(),
            notes_refused: NotesRefused::default(),
        }
    }

    /// Whether the texts after the first screen are needed now: the link names another code
    /// than CAA20002 (its words are in them), or both checks have their verdicts (the plan
    /// comes next and must not wait for the clock's refinement).
    pub fn wants_later_texts(&self) -> bool {
        self.checks_done() || self.code.is_some_and(|c| c != ErrorCode::Caa20002)
    }

    /// Both checks have their verdicts (the clock may still be refining its interval).
    fn checks_done(&self) -> bool {
        let running = |s: CheckStatus| s == CheckStatus::Running;
        !running(self.clock.status(self.config.as_deref())) && !running(self.network.status())
    }

    /// Both checks have their verdicts and the clock has stopped refining. The script
    /// generator's module (download and compilation) waits for this: main-thread work during
    /// the clock's timed probes would widen its interval (seen in Firefox as a result left at
    /// ±0.5 s instead of verified).
    pub fn checks_settled(&self) -> bool {
        self.checks_done() && !self.clock.refining()
    }

    /// Where the clock check reads the time: the config's source, or the default one (the
    /// page's own server) until the config is in.
    pub fn clock_source(&self) -> String {
        self.config.as_ref().map_or_else(
            || crate::config::ClockConfig::default().source,
            |c| c.clock.source.clone(),
        )
    }

    /// The plan's inputs as they stand now (checks still running count as unknown).
    pub fn plan_input(&self) -> plan::PlanInput {
        self.plan_input_with(
            self.clock.status(self.config.as_deref()),
            self.network.pattern(),
        )
    }

    fn plan_input_with(
        &self,
        clock: CheckStatus,
        network: Option<NetworkPattern>,
    ) -> plan::PlanInput {
        plan::PlanInput {
            clock,
            timezone_hint: self.clock.timezone_hint(),
            network,
            office: self.office,
            os: self.os,
            client: self.client,
            code: self.code,
        }
    }
}

/// The next state after `action`, or `None` when the action changes nothing because it is
/// a result of a superseded run (the user pressed "Check again", or the config reloaded,
/// after it started): such results are dropped, never shown.
pub fn reduce(model: &Model, action: Action) -> Option<Model> {
    let mut s = model.clone();
    match action {
        Action::ConfigLoaded(config, problems) => {
            s.network = NetworkState::new(s.network.run + 1, &config, &s.origin);
            // The clock started before the config, against the default source: it goes on
            // unless this config names another one.
            if config.clock.source != s.clock_source() {
                s.clock = s.clock.restarted();
            }
            s.config = Some(config);
            s.config_problems = problems;
        }
        Action::ClockRestart => s.clock = s.clock.restarted(),
        Action::ClockMeasured {
            run,
            progress,
            at_ms,
        } if run == s.clock.run => {
            s.result_times.clock_first_ms.get_or_insert(at_ms);
            if progress.refined {
                s.result_times.clock_refined_ms.get_or_insert(at_ms);
            }
            s.clock.progress = Some(progress);
        }
        Action::ClockFailed { run, reason } if run == s.clock.run => {
            s.clock.error = Some(reason);
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
            let timeout = s
                .config
                .as_ref()
                .map_or(DEFAULT_TIMEOUT_MS, |c| c.network.timeout_ms);
            if let (Some(endpoint), Some(slot)) = (
                s.network.endpoints.get(index),
                s.network.results.get_mut(index),
            ) {
                *slot = Some(network::classify(endpoint.expect, reach, &body, timeout));
            }
            if s.network.finished() {
                s.result_times.network_ms.get_or_insert(at_ms);
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
        // A refused value clears the field in the report: a stale earlier value would be a
        // fact the user no longer stands behind.
        Action::SetErrorTime(text) => {
            let parsed = report::parse_error_time(&text);
            s.notes.error_seen_at = parsed.clone().ok().flatten();
            s.notes_refused.error_seen_at = parsed.err();
        }
        Action::SetCorrelationId(text) => {
            let parsed = report::parse_correlation_id(&text);
            s.notes.correlation_id = parsed.clone().ok().flatten();
            s.notes_refused.correlation_id = parsed.err();
        }
        Action::PlanAnswer { ids, fixed } => s.walk.answer(&ids, fixed),
        Action::PlanRestart => s.walk = plan::Walk::default(),
        // A result of a superseded run: ignore it.
        Action::ClockMeasured { .. } | Action::ClockFailed { .. } | Action::EndpointDone { .. } => {
            return None
        }
    }
    Some(s)
}

/// What the clock card shows.
#[derive(Clone, Debug, PartialEq)]
pub struct ClockView {
    /// The verdict, computed once per state.
    pub status: CheckStatus,
    pub progress: Option<ClockProgress>,
    pub refining: bool,
    pub timezone_hint: bool,
    pub error: Option<Text>,
    /// Why the shown accuracy stays coarse, once the measurement is over (never while it
    /// is still refining: then nothing is decided yet).
    pub coarse_reason: Option<clock::Coarse>,
}

/// What the connection card shows.
#[derive(Clone, Debug, PartialEq)]
pub struct NetworkView {
    pub status: CheckStatus,
    /// `None` until every probe is in.
    pub pattern: Option<NetworkPattern>,
    pub endpoints: Rc<Vec<Endpoint>>,
    pub results: Vec<Option<EndpointResult>>,
}

impl NetworkView {
    /// Probes answered so far.
    pub fn done(&self) -> usize {
        self.results.iter().filter(|r| r.is_some()).count()
    }
}

/// Everything the page shows for one state, derived once: the views read this and nothing
/// else.
#[derive(Clone, Debug, PartialEq)]
pub struct PageView {
    /// The error code in effect (the link's or the one typed), `None` for general guidance.
    pub code: Option<ErrorCode>,
    /// The code the heading names (CAA20002 when there is none).
    pub heading_code: ErrorCode,
    pub os: Option<Os>,
    /// The OS is the browser's guess (the view says so, so the user can change it).
    pub os_detected: bool,
    /// The browser looks like a phone or tablet.
    pub mobile: bool,
    pub client: Client,
    pub office: OfficeAnswer,
    pub steps: ScriptOptions,
    /// Whether the texts that come after the first screen must be loaded now: the link
    /// names another code than CAA20002 (its words are in them), or the checks have their
    /// verdicts (the fix script's panel and For IT need them next).
    pub load_later_texts: bool,
    /// The config's organisation name, if any.
    pub organization: Option<String>,
    /// The helpdesk contact line (`""` without one).
    pub helpdesk: String,
    pub clock: ClockView,
    pub network: NetworkView,
    /// The plan for what the checks have found so far.
    pub plan: Rc<Vec<PlanStep>>,
    /// Where the user is in that plan.
    pub plan_progress: PlanProgress,
    /// The plan's step ids (what "Did this fix it?" answers for).
    pub plan_ids: Vec<StepId>,
    /// The summary's "next step" line.
    pub next_step: Option<Text>,
    /// The fix script's inputs; `None` until an OS is chosen.
    pub script: Option<ScriptRequest>,
    /// Whether the script generator's module may be loaded now: there is a script to show
    /// and both checks are done ([`Model::checks_settled`]), so the download and its
    /// compilation never compete with them.
    pub load_script_module: bool,
    pub report: Report,
    pub report_text: Rc<String>,
    pub report_json: Rc<String>,
    /// `mailto:` with the report, when the config names a valid helpdesk address.
    pub mailto: Option<String>,
    /// The report download's file name.
    pub report_file_name: String,
    /// Why a value typed into the report's optional fields was refused.
    pub notes_refused: NotesRefused,
    /// The config's problems.
    pub config_notices: Vec<ConfigProblem>,
    /// What the link got ignored, in words.
    pub link_notices: Vec<Text>,
}

/// Derives what the page shows for `model`. `now_ms` is the computer's clock (ms since the
/// Unix epoch) and stamps the report; `report` is the catalog of the report's language
/// (the helpdesk reads it: English unless config.json names another).
pub fn view(model: &Model, env: &Env, now_ms: f64, report: &Catalog) -> PageView {
    let config = model.config.as_deref();
    let clock_status = model.clock.status(config);
    let pattern = model.network.pattern();
    let network_status = model.network.status_for(pattern);
    let refining = model.clock.refining();
    let clock = ClockView {
        status: clock_status,
        progress: model.clock.progress,
        refining,
        timezone_hint: model.clock.timezone_hint(),
        error: model.clock.error.clone(),
        coarse_reason: model
            .clock
            .progress
            .and_then(|p| p.estimate.coarse)
            .filter(|c| !refining && *c != clock::Coarse::Pending),
    };
    let network = NetworkView {
        status: network_status,
        pattern,
        endpoints: model.network.endpoints.clone(),
        results: model.network.results.clone(),
    };

    let plan = plan::plan(&model.plan_input_with(clock_status, pattern));
    let plan_ids: Vec<StepId> = plan.iter().map(|s| s.id).collect();
    let plan_progress = model.walk.progress(&plan_ids);
    let next_step = match plan_progress {
        PlanProgress::Step(i) => plan.get(i).map(|s| s.title.into()),
        PlanProgress::Fixed(_) => Some(Msg::SummaryNextDone.into()),
        PlanProgress::Helpdesk => Some(Msg::SummaryNextHelpdesk.into()),
    };

    let organization = config.and_then(|c| c.organization.clone());
    let helpdesk = config
        .map(|c| c.helpdesk.contact_line())
        .unwrap_or_default();
    let script = model
        .os
        .map(|os| script::request_for(config, os, model.client, &model.steps));

    let report_cat = report;
    let report = build_report(model, env, &clock, &network, &plan_ids, now_ms, report_cat);
    let report_text = report.to_text(report_cat);
    let mailto = config
        .and_then(|c| c.helpdesk.email.as_deref())
        .and_then(|email| {
            report::mailto(
                email,
                &report_cat.str(Msg::ReportMailSubject),
                &report_text,
                &report_cat.str(Msg::ReportMailShortened),
            )
        });
    let report_file_name = format!(
        "teams-signin-report-{}.json",
        report.generated_at.replace(':', "-")
    );

    PageView {
        code: model.code,
        heading_code: model.code.unwrap_or(ErrorCode::Caa20002),
        os: model.os,
        os_detected: model.os_detected,
        mobile: model.detected.mobile,
        client: model.client,
        office: model.office,
        steps: model.steps,
        load_later_texts: model.wants_later_texts(),
        config_notices: model.config_problems.clone(),
        link_notices: model.link.notices.iter().map(|n| n.text()).collect(),
        organization,
        helpdesk,
        clock,
        network,
        plan: Rc::new(plan),
        plan_progress,
        plan_ids,
        next_step,
        load_script_module: script.is_some() && model.checks_settled(),
        script,
        report_json: Rc::new(report.to_json()),
        report_text: Rc::new(report_text),
        report,
        mailto,
        report_file_name,
        notes_refused: model.notes_refused,
    }
}

/// The report for the state as it is now, from the statuses [`view`] already derived.
fn build_report(
    model: &Model,
    env: &Env,
    clock: &ClockView,
    network: &NetworkView,
    plan: &[StepId],
    now_ms: f64,
    cat: &Catalog,
) -> Report {
    let config = model.config.as_deref();
    let thresholds = config.map(|c| (c.clock.warn_seconds, c.clock.fail_seconds));
    let estimate = model.clock.estimate();
    let whole = |ms: Option<f64>| ms.map(|v| v.max(0.0).round() as u64);
    let times = model.result_times;
    Report {
        schema: report::SCHEMA,
        page_version: env!("CARGO_PKG_VERSION").to_string(),
        generated_at: format_iso_utc(now_ms as i64),
        page_url: env.page_url.clone(),
        organization: config.and_then(|c| c.organization.clone()),
        browser: report::Browser {
            user_agent: env.hints.user_agent.clone(),
            platform_hint: env.hints.ua_platform.clone(),
            language: env.language.clone(),
            time_zone: env.zone.name.clone(),
            utc_offset_minutes: env.zone.utc_offset_min,
        },
        selection: report::Selection {
            code: model.code.map(|c| c.as_str().to_string()),
            os: model.os.map(|o| o.as_str().to_string()),
            client: model.client.as_str().to_string(),
            office_answer: model.office.as_str().to_string(),
        },
        clock: report::ClockFacts {
            status: clock.status.as_str().to_string(),
            offset_ms: estimate.map(|e| e.offset_ms),
            uncertainty_ms: estimate.map(|e| e.uncertainty_ms),
            timezone_hint: clock.timezone_hint,
            // Finished *and* verified below a second; a coarse result says why.
            refined: clock
                .progress
                .is_some_and(|p| p.refined && p.estimate.coarse.is_none()),
            coarse_reason: estimate.and_then(|e| e.coarse.map(|c| c.as_str().to_string())),
            error: clock.error.as_ref().map(|e| cat.plain(e)),
            warn_seconds: thresholds.map_or(0, |t| t.0),
            fail_seconds: thresholds.map_or(0, |t| t.1),
        },
        network: report::NetworkFacts {
            status: network.status.as_str().to_string(),
            pattern: network.pattern.map(|p| p.as_str().to_string()),
            timeout_ms: config.map_or(0, |c| c.network.timeout_ms),
            endpoints: network
                .endpoints
                .iter()
                .enumerate()
                .map(|(i, e)| {
                    let result = network.results.get(i).and_then(|r| r.as_ref());
                    report::EndpointFacts {
                        id: e.id.clone(),
                        label: cat.plain(&network::label_text(e)),
                        host: e.host.clone(),
                        role: match e.role {
                            Role::Microsoft => "microsoft",
                            Role::Control => "control",
                        }
                        .to_string(),
                        status: model.network.status_of(i).as_str().to_string(),
                        latency_ms: result.and_then(|r| r.latency_ms),
                        detail: result.map(|r| cat.plain(&r.detail)),
                    }
                })
                .collect(),
        },
        plan: plan.iter().map(|s| s.as_str().to_string()).collect(),
        tried_steps: model
            .walk
            .tried
            .iter()
            .map(|s| s.as_str().to_string())
            .collect(),
        fixed_by: model.walk.fixed.map(|s| s.as_str().to_string()),
        config_problems: model.config_problems.iter().map(|p| p.line(cat)).collect(),
        timings: report::Timings {
            clock_first_verdict_ms: whole(times.clock_first_ms),
            clock_refined_ms: whole(times.clock_refined_ms),
            network_verdict_ms: whole(times.network_ms),
        },
        // What the user typed into the report panel's two optional fields (only accepted
        // values; see docs/it-guide.md, "Helpdesk report").
        user: model.notes.clone(),
    }
}

#[cfg(test)]
mod tests;
