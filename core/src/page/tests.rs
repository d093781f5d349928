//! Tests of the page model: what `reduce` makes of each event and what `view` shows for it.

use super::*;
use crate::clock::OffsetBounds;
use crate::config::{ClockConfig, Helpdesk, NetworkConfig};
use crate::network::{Expect, Preset};
use crate::params::{self, ParamNotice};
use crate::report::MAILTO_MAX;
use crate::text::native::{en, english};
use crate::text::Arg;
use rstest::rstest;

const ORIGIN: &str = "http://127.0.0.1:8080";
/// 2026-11-25T10:00:00Z
const NOW_MS: f64 = 1_795_600_800_000.0;

fn endpoint(id: &str, expect: Expect, role: Role) -> Endpoint {
    Endpoint {
        id: id.into(),
        label: format!("{id} label"),
        label_msg: None,
        url: format!("https://{id}.example/"),
        host: format!("{id}.example"),
        expect,
        role,
    }
}

/// Two Microsoft endpoints (one with a body check) and one control; warn 60 s, fail 300 s.
fn config() -> Config {
    Config {
        organization: Some("Contoso".into()),
        language: None,
        report_language: None,
        helpdesk: Helpdesk {
            email: Some("help@contoso.example".into()),
            phone: Some("+1 555 0100".into()),
            url: None,
        },
        clock: ClockConfig {
            source: "/".into(),
            warn_seconds: 60,
            fail_seconds: 300,
        },
        network: NetworkConfig {
            timeout_ms: 5000,
            preset: Preset::Commercial,
            endpoints: vec![
                endpoint("login", Expect::OpenidConfiguration, Role::Microsoft),
                endpoint("teams", Expect::Any, Role::Microsoft),
            ],
            controls: vec![endpoint("control", Expect::Any, Role::Control)],
        },
    }
}

fn fresh(link: DeepLink, detected: Option<Os>) -> Model {
    Model::new(
        ORIGIN.into(),
        link,
        Detected {
            os: detected,
            mobile: false,
        },
    )
}

/// `config()` with the clock read from another source than the default.
fn config_with_clock_source(source: &str) -> Config {
    let mut c = config();
    c.clock.source = source.into();
    c
}

/// A model whose config has loaded: run 1 of the network check; the clock's run 0, which
/// started before the config with the default source, goes on.
fn loaded() -> Model {
    step(
        &fresh(DeepLink::default(), None),
        Action::ConfigLoaded(Rc::new(config()), Vec::new()),
    )
}

/// `reduce` that must change something.
fn step(model: &Model, action: Action) -> Model {
    let label = format!("{action:?}");
    reduce(model, action).unwrap_or_else(|| panic!("{label} was dropped"))
}

fn steps(model: &Model, actions: impl IntoIterator<Item = Action>) -> Model {
    actions.into_iter().fold(model.clone(), |m, a| step(&m, a))
}

fn progress(offset_ms: f64, half_width: f64, refined: bool) -> ClockProgress {
    ClockProgress {
        estimate: OffsetBounds {
            lo_ms: offset_ms - half_width,
            hi_ms: offset_ms + half_width,
        }
        .estimate(),
        at_local_ms: NOW_MS,
        refined,
    }
}

fn measured(run: u32, offset_ms: f64, refined: bool, at_ms: f64) -> Action {
    Action::ClockMeasured {
        run,
        progress: progress(offset_ms, 10.0, refined),
        at_ms,
    }
}

const MS_BODY: &str = r#"{"issuer":"https://login.microsoftonline.com/tenant/v2.0"}"#;

/// Probe `index` answered: fast, with Microsoft's body where one is checked.
fn answered(run: u32, index: usize, at_ms: f64) -> Action {
    Action::EndpointDone {
        run,
        index,
        reach: Reach::Answered { ms: 20.0 },
        body: BodyCheck::Body {
            text: MS_BODY.into(),
        },
        at_ms,
    }
}

fn failed(run: u32, index: usize, at_ms: f64) -> Action {
    Action::EndpointDone {
        run,
        index,
        reach: Reach::NetworkError { ms: 30.0 },
        body: BodyCheck::Failed,
        at_ms,
    }
}

/// Every probe of `run` done: Microsoft's as `microsoft`, the controls (and self) answered.
fn network_done(model: &Model, microsoft_ok: bool, at_ms: f64) -> Model {
    let run = model.network.run;
    let actions: Vec<Action> = model
        .network
        .endpoints
        .iter()
        .enumerate()
        .map(|(i, e)| {
            if e.role == Role::Microsoft && !microsoft_ok {
                failed(run, i, at_ms)
            } else {
                answered(run, i, at_ms)
            }
        })
        .collect();
    steps(model, actions)
}

fn env() -> Env {
    Env {
        hints: BrowserHints {
            ua_platform: Some("Windows".into()),
            ua_mobile: Some(false),
            user_agent: "Mozilla/5.0 (Windows NT 10.0; Win64; x64)".into(),
        },
        zone: TimeZone {
            name: "Europe/Berlin".into(),
            utc_offset_min: 60,
        },
        language: "de-DE".into(),
        page_url: "https://help.contoso.example/teams/".into(),
    }
}

// ---- the reducer ----------------------------------------------------------------------

#[rstest]
#[case::clock_after_restart(Action::ClockRestart, measured(0, 0.0, false, 10.0))]
#[case::clock_failure_after_restart(
    Action::ClockRestart,
    Action::ClockFailed { run: 0, reason: Text::error_timeout(5000u32) }
)]
#[case::clock_after_a_config_with_another_source(
    Action::ConfigLoaded(Rc::new(config_with_clock_source("/time")), Vec::new()),
    measured(0, 0.0, true, 10.0)
)]
#[case::probe_after_restart(Action::NetworkRestart, answered(1, 0, 10.0))]
#[case::probe_after_reload(
    Action::ConfigLoaded(Rc::new(config()), Vec::new()),
    failed(1, 2, 10.0)
)]
fn results_of_a_superseded_run_are_dropped(#[case] restart: Action, #[case] stale: Action) {
    let model = step(&loaded(), restart);
    assert_eq!(reduce(&model, stale), None);
}

#[rstest]
#[case::clock_result_before_config(measured(0, 0.0, false, 1.0), true)]
#[case::clock_result_of_a_future_run(measured(7, 0.0, false, 1.0), false)]
#[case::probe_before_config(answered(0, 0, 1.0), true)]
#[case::probe_of_a_future_run(answered(7, 0, 1.0), false)]
fn only_the_current_run_counts(#[case] action: Action, #[case] before_config: bool) {
    let model = if before_config {
        fresh(DeepLink::default(), None)
    } else {
        loaded()
    };
    // Before the config, run 0 of both checks is current (the shell starts the clock's at
    // once, with the default source). After it, the clock's run 0 goes on (same source) and
    // only the network's run 1 counts.
    assert_eq!(reduce(&model, action).is_some(), before_config);
}

#[test]
fn current_run_results_are_kept() {
    let model = steps(
        &loaded(),
        [measured(0, 1500.0, false, 120.0), answered(1, 1, 90.0)],
    );
    assert_eq!(
        model.clock.progress.map(|p| p.estimate.offset_ms),
        Some(1500)
    );
    assert_eq!(model.network.status_of(1), EndpointStatus::Ok);
    assert_eq!(model.network.status_of(0), EndpointStatus::Running);
    assert_eq!(model.network.done_count(), 1);
    // A probe index the run does not have changes nothing but is not an error.
    let same = step(&model, answered(1, 99, 1.0));
    assert_eq!(same.network, model.network);
}

#[test]
fn a_config_with_another_clock_source_restarts_both_checks() {
    let before = steps(
        &network_done(&loaded(), true, 300.0),
        [Action::ClockFailed {
            run: 0,
            reason: Msg::ErrorMissingDate.into(),
        }],
    );
    assert!(before.network.finished());
    let mut other = config_with_clock_source("/time");
    other.network.endpoints.pop();
    let problem = ConfigProblem {
        key: "clock.warn_seconds".into(),
        text: Msg::ConfigNotNumber.into(),
    };
    let after = step(
        &before,
        Action::ConfigLoaded(Rc::new(other), vec![problem.clone()]),
    );
    assert_eq!(after.clock.run, before.clock.run + 1);
    assert_eq!(after.network.run, before.network.run + 1);
    assert_eq!(after.clock.progress, None);
    assert_eq!(after.clock.error, None);
    // The new config's endpoints, then its controls, then the page's own server.
    let ids: Vec<&str> = after
        .network
        .endpoints
        .iter()
        .map(|e| e.id.as_str())
        .collect();
    assert_eq!(ids, ["login", "control", network::SELF_ID]);
    assert_eq!(after.network.results, vec![None; 3]);
    assert_eq!(after.config_problems, vec![problem]);
    assert_eq!(
        view(&after, &env(), NOW_MS, english()).clock.status,
        CheckStatus::Running
    );
    assert_eq!(
        view(&after, &env(), NOW_MS, english()).network.status,
        CheckStatus::Running
    );
}

#[test]
fn the_clock_started_before_the_config_goes_on_when_the_source_is_the_same() {
    let early = step(
        &fresh(DeepLink::default(), None),
        measured(0, 1500.0, false, 120.0),
    );
    let after = step(&early, Action::ConfigLoaded(Rc::new(config()), Vec::new()));
    assert_eq!(after.clock, early.clock, "same run, estimate kept");
    assert_eq!(after.network.run, early.network.run + 1);
    assert_eq!(
        view(&after, &env(), NOW_MS, english()).clock.status,
        CheckStatus::Ok
    );
    // Until the config is in, no verdict: the thresholds come from it.
    assert_eq!(
        view(&early, &env(), NOW_MS, english()).clock.status,
        CheckStatus::Running
    );
    assert!(step(&after, measured(0, 1500.0, true, 900.0))
        .clock
        .progress
        .is_some());
}

#[test]
fn check_again_restarts_one_check_only() {
    let model = steps(&loaded(), [measured(0, 0.0, true, 50.0)]);
    let model = network_done(&model, true, 80.0);
    let clock_again = step(&model, Action::ClockRestart);
    assert_eq!(clock_again.clock.run, 1);
    assert_eq!(clock_again.clock.progress, None);
    assert_eq!(clock_again.network, model.network);
    let net_again = step(&model, Action::NetworkRestart);
    assert_eq!(net_again.network.run, 2);
    assert_eq!(net_again.network.done_count(), 0);
    assert_eq!(net_again.clock, model.clock);
    // Without a config there is nothing to probe yet: the restart waits for it.
    let early = fresh(DeepLink::default(), None);
    assert_eq!(step(&early, Action::NetworkRestart), early);
}

#[rstest]
// (clock results as (refined, at_ms) in order, expected first and refined times)
#[case::first_then_refined(&[(false, 100.0), (false, 200.0), (true, 300.0)], Some(100.0), Some(300.0))]
#[case::refined_at_once(&[(true, 150.0)], Some(150.0), Some(150.0))]
#[case::never_refined(&[(false, 100.0), (false, 400.0)], Some(100.0), None)]
#[case::nothing(&[], None, None)]
fn timings_keep_only_the_first_value(
    #[case] results: &[(bool, f64)],
    #[case] first: Option<f64>,
    #[case] refined: Option<f64>,
) {
    let model = steps(
        &loaded(),
        results.iter().map(|&(r, at)| measured(0, 0.0, r, at)),
    );
    assert_eq!(model.result_times.clock_first_ms, first);
    assert_eq!(model.result_times.clock_refined_ms, refined);
    // A second run ("Check again") never overwrites them.
    let again = steps(
        &model,
        [
            Action::ClockRestart,
            measured(1, 0.0, false, 9000.0),
            measured(1, 0.0, true, 9500.0),
        ],
    );
    assert_eq!(again.result_times.clock_first_ms, first.or(Some(9000.0)));
    assert_eq!(
        again.result_times.clock_refined_ms,
        refined.or(Some(9500.0))
    );
}

#[test]
fn network_time_is_the_first_complete_run() {
    let model = loaded();
    // The last probe decides when the run is complete.
    let partial = step(&model, answered(1, 0, 40.0));
    assert_eq!(partial.result_times.network_ms, None);
    let done = network_done(&partial, true, 250.0);
    assert_eq!(done.result_times.network_ms, Some(250.0));
    let again = network_done(&step(&done, Action::NetworkRestart), false, 4000.0);
    assert!(again.network.finished());
    assert_eq!(again.result_times.network_ms, Some(250.0));
}

#[test]
fn plan_answers_are_kept_by_step_kind_across_re_plans() {
    // Clock fine, network still running: cache leads, then network (unknown), then IT.
    let model = steps(&loaded(), [measured(0, 0.0, true, 10.0)]);
    let first = view(&model, &env(), NOW_MS, english());
    assert_eq!(
        first.plan_ids,
        [StepId::Cache, StepId::Network, StepId::Account]
    );
    let model = step(
        &model,
        Action::PlanAnswer {
            ids: first.plan_ids.clone(),
            fixed: false,
        },
    );
    assert_eq!(model.walk.tried, [StepId::Cache]);
    assert_eq!(
        view(&model, &env(), NOW_MS, english()).plan_progress,
        PlanProgress::Step(1)
    );
    // Microsoft turns out blocked: network moves before the cache; "no" on cache still holds.
    let model = network_done(&model, false, 300.0);
    let replanned = view(&model, &env(), NOW_MS, english());
    assert_eq!(
        replanned.plan_ids,
        [StepId::Network, StepId::Cache, StepId::Account]
    );
    assert_eq!(replanned.plan_progress, PlanProgress::Step(0));
    let model = step(
        &model,
        Action::PlanAnswer {
            ids: replanned.plan_ids.clone(),
            fixed: false,
        },
    );
    // Network and cache tried: the next untried step is the last one.
    let after = view(&model, &env(), NOW_MS, english());
    assert_eq!(after.plan_progress, PlanProgress::Step(2));
    let model = step(
        &model,
        Action::PlanAnswer {
            ids: after.plan_ids.clone(),
            fixed: true,
        },
    );
    assert_eq!(
        view(&model, &env(), NOW_MS, english()).plan_progress,
        PlanProgress::Fixed(2)
    );
    let restarted = step(&model, Action::PlanRestart);
    assert_eq!(restarted.walk, plan::Walk::default());
}

#[rstest]
// (query, browser's OS, expected OS, still the browser's guess, client)
#[case::nothing("", None, None, false, Client::Both)]
#[case::detected("", Some(Os::Macos), Some(Os::Macos), true, Client::Both)]
#[case::link_wins("?os=linux", Some(Os::Windows), Some(Os::Linux), false, Client::Both)]
#[case::link_alone("?os=windows&client=new", None, Some(Os::Windows), false, Client::New)]
#[case::bad_link_value(
    "?os=amiga&client=classic",
    Some(Os::Windows),
    Some(Os::Windows),
    true,
    Client::Classic
)]
fn deep_link_and_detection_choose_the_start(
    #[case] query: &str,
    #[case] detected: Option<Os>,
    #[case] os: Option<Os>,
    #[case] os_detected: bool,
    #[case] client: Client,
) {
    let model = fresh(params::parse_query(query), detected);
    assert_eq!(model.os, os);
    assert_eq!(model.os_detected, os_detected);
    assert_eq!(model.client, client);
}

#[rstest]
#[case::choose(Some(Os::Linux))]
#[case::unchoose(None)]
fn choosing_an_os_is_no_longer_a_guess(#[case] os: Option<Os>) {
    let model = fresh(DeepLink::default(), Some(Os::Windows));
    assert!(model.os_detected);
    let chosen = step(&model, Action::SetOs(os));
    assert_eq!(chosen.os, os);
    assert!(!chosen.os_detected);
}

#[test]
fn user_choices_are_recorded() {
    let options = ScriptOptions {
        time_resync: true,
        ..ScriptOptions::default()
    };
    let model = steps(
        &loaded(),
        [
            Action::SetClient(Client::Classic),
            Action::SetOffice(OfficeAnswer::No),
            Action::SetCode(Some(ErrorCode::Caa20003)),
            Action::SetSteps(options),
        ],
    );
    assert_eq!(model.client, Client::Classic);
    assert_eq!(model.office, OfficeAnswer::No);
    assert_eq!(model.code, Some(ErrorCode::Caa20003));
    assert_eq!(model.steps, options);
}

// ---- the view -------------------------------------------------------------------------

#[rstest]
#[case::before_config(None, None, CheckStatus::Running)]
#[case::no_estimate_yet(Some(true), None, CheckStatus::Running)]
#[case::ok(Some(true), Some(1_500.0), CheckStatus::Ok)]
#[case::warn(Some(true), Some(-90_000.0), CheckStatus::Warn)]
#[case::fail(Some(true), Some(432_000.0), CheckStatus::Fail)]
#[case::failed(Some(false), None, CheckStatus::Unknown)]
fn clock_status(
    #[case] config_ok: Option<bool>,
    #[case] offset: Option<f64>,
    #[case] want: CheckStatus,
) {
    let mut model = match config_ok {
        None => fresh(DeepLink::default(), None),
        Some(_) => loaded(),
    };
    if let Some(ms) = offset {
        model = step(&model, measured(model.clock.run, ms, true, 10.0));
    }
    if config_ok == Some(false) {
        model = step(
            &model,
            Action::ClockFailed {
                run: 0,
                reason: Msg::ErrorMissingDate.into(),
            },
        );
    }
    let page = view(&model, &env(), NOW_MS, english());
    assert_eq!(page.clock.status, want);
    assert_eq!(page.plan_ids.last(), Some(&StepId::Account));
}

#[test]
fn clock_view_refining_hint_and_failure() {
    let model = steps(&loaded(), [measured(0, 3_600_000.0, false, 10.0)]);
    let page = view(&model, &env(), NOW_MS, english());
    assert!(page.clock.refining);
    assert!(page.clock.timezone_hint);
    assert_eq!(page.plan_ids.first(), Some(&StepId::Time));
    // A failure after an estimate: unknown, no hint, no longer refining, reason kept.
    let failed = step(
        &model,
        Action::ClockFailed {
            run: 0,
            reason: Text::error_timeout(5000u32),
        },
    );
    let page = view(&failed, &env(), NOW_MS, english());
    assert_eq!(page.clock.status, CheckStatus::Unknown);
    assert!(!page.clock.refining);
    assert!(!page.clock.timezone_hint);
    assert_eq!(page.clock.error, Some(Text::error_timeout(5000u32)));
    assert_eq!(page.report.clock.offset_ms, None);
    assert_eq!(
        page.report.clock.error.as_deref(),
        Some("no answer within 5000 ms")
    );
}

#[rstest]
#[case::running(None, CheckStatus::Running, None)]
#[case::all_fine(Some(true), CheckStatus::Ok, Some(NetworkPattern::AllReachable))]
#[case::blocked(Some(false), CheckStatus::Fail, Some(NetworkPattern::MicrosoftBlocked))]
fn network_status(
    #[case] microsoft_ok: Option<bool>,
    #[case] want: CheckStatus,
    #[case] pattern: Option<NetworkPattern>,
) {
    let model = match microsoft_ok {
        None => step(&loaded(), answered(1, 0, 5.0)),
        Some(ok) => network_done(&loaded(), ok, 5.0),
    };
    let page = view(&model, &env(), NOW_MS, english());
    assert_eq!(page.network.status, want);
    assert_eq!(page.network.pattern, pattern);
    assert_eq!(page.network.endpoints.len(), 4);
    assert_eq!(
        page.network.done(),
        if microsoft_ok.is_some() { 4 } else { 1 }
    );
    assert_eq!(page.report.network.status, want.as_str());
}

#[test]
fn network_without_endpoints_is_unknown() {
    let page = view(&fresh(DeepLink::default(), None), &env(), NOW_MS, english());
    assert_eq!(page.network.status, CheckStatus::Unknown);
    assert_eq!(page.network.done(), 0);
}

#[rstest]
#[case::step(&[], Some("Clear the Teams cache (keeping a backup)"))]
#[case::fixed(&[true], Some("Done: Teams should sign in now"))]
#[case::helpdesk(&[false, false], Some("Contact your IT helpdesk with the report"))]
fn next_step_follows_the_walk(#[case] answers: &[bool], #[case] want: Option<&str>) {
    let mut model = network_done(
        &steps(&loaded(), [measured(0, 0.0, true, 10.0)]),
        true,
        20.0,
    );
    for &fixed in answers {
        let ids = view(&model, &env(), NOW_MS, english()).plan_ids;
        assert_eq!(ids, [StepId::Cache, StepId::Account]);
        model = step(&model, Action::PlanAnswer { ids, fixed });
    }
    assert_eq!(
        view(&model, &env(), NOW_MS, english())
            .next_step
            .map(en)
            .as_deref(),
        want
    );
}

#[test]
fn script_request_only_with_an_os() {
    assert_eq!(view(&loaded(), &env(), NOW_MS, english()).script, None);
    let options = ScriptOptions {
        restart: false,
        ..ScriptOptions::default()
    };
    let model = steps(
        &loaded(),
        [
            Action::SetOs(Some(Os::Macos)),
            Action::SetClient(Client::New),
            Action::SetSteps(options),
        ],
    );
    let request = view(&model, &env(), NOW_MS, english())
        .script
        .expect("a request");
    assert_eq!(request.os, Os::Macos);
    assert_eq!(request.client, Client::New);
    assert_eq!(request.options, options);
    assert_eq!(request.organization, "Contoso");
    assert_eq!(request.helpdesk, "help@contoso.example, +1 555 0100");
    // Only Microsoft's endpoints are re-tested, never the controls.
    let urls: Vec<&str> = request.endpoints.iter().map(|e| e.url.as_str()).collect();
    assert_eq!(urls, ["https://login.example/", "https://teams.example/"]);
    assert_eq!(request.clock_url, script::DEFAULT_CLOCK_URL);
    // No time and no page address: the text is the same as the build's static copy.
    assert_eq!(
        request,
        script::request_for(model.config.as_deref(), Os::Macos, Client::New, &options)
    );
    // Before the config: the built-in defaults (no organisation), still a script.
    let early = step(
        &fresh(DeepLink::default(), None),
        Action::SetOs(Some(Os::Linux)),
    );
    let request = view(&early, &env(), NOW_MS, english())
        .script
        .expect("a request");
    assert_eq!(
        (request.organization.as_str(), request.helpdesk.as_str()),
        ("", "")
    );
    assert_eq!(
        request.endpoints.len(),
        crate::network::default_endpoints().len()
    );
}

#[test]
fn report_fields() {
    let link = params::parse_query("?code=CAA20003&os=windows&client=classic&foo=1");
    let mut model = fresh(link, None);
    model = steps(
        &model,
        [
            Action::ConfigLoaded(
                Rc::new(config()),
                vec![ConfigProblem {
                    key: "helpdesk.url".into(),
                    text: Text::config_not_https(Arg::code("https://")),
                }],
            ),
            measured(0, -90_400.0, false, 812.4),
            measured(0, -90_400.0, true, 2046.6),
            Action::SetOffice(OfficeAnswer::Yes),
        ],
    );
    model = network_done(&model, true, 1333.5);
    let page = view(&model, &env(), NOW_MS, english());
    let r = &page.report;
    assert_eq!(r.schema, report::SCHEMA);
    assert_eq!(r.generated_at, "2026-11-25T10:00:00Z");
    assert_eq!(
        page.report_file_name,
        "teams-signin-report-2026-11-25T10-00-00Z.json"
    );
    assert_eq!(r.page_url, "https://help.contoso.example/teams/");
    assert_eq!(r.organization.as_deref(), Some("Contoso"));
    assert_eq!(r.browser.language, "de-DE");
    assert_eq!(r.browser.time_zone, "Europe/Berlin");
    assert_eq!(r.browser.utc_offset_minutes, 60);
    assert_eq!(r.browser.platform_hint.as_deref(), Some("Windows"));
    assert_eq!(r.selection.code.as_deref(), Some("CAA20003"));
    assert_eq!(r.selection.os.as_deref(), Some("windows"));
    assert_eq!(r.selection.client, "classic");
    assert_eq!(r.selection.office_answer, "yes");
    assert_eq!(r.clock.status, "warn");
    assert_eq!(r.clock.offset_ms, Some(-90_400));
    assert_eq!(r.clock.uncertainty_ms, Some(10));
    assert!(r.clock.refined);
    assert_eq!((r.clock.warn_seconds, r.clock.fail_seconds), (60, 300));
    assert_eq!(r.network.status, "ok");
    assert_eq!(r.network.pattern.as_deref(), Some("all-reachable"));
    assert_eq!(r.network.timeout_ms, 5000);
    let roles: Vec<(&str, &str, &str)> = r
        .network
        .endpoints
        .iter()
        .map(|e| (e.id.as_str(), e.role.as_str(), e.status.as_str()))
        .collect();
    assert_eq!(
        roles,
        [
            ("login", "microsoft", "ok"),
            ("teams", "microsoft", "ok"),
            ("control", "control", "ok"),
            (network::SELF_ID, "control", "ok"),
        ]
    );
    assert_eq!(r.network.endpoints[0].latency_ms, Some(20));
    let plan: Vec<String> = page
        .plan_ids
        .iter()
        .map(|s| s.as_str().to_string())
        .collect();
    assert_eq!(r.plan, plan);
    assert_eq!(r.plan.first().map(String::as_str), Some("time"));
    let line = "helpdesk.url: must be a web address starting with https://; it was ignored";
    assert_eq!(r.config_problems, [line]);
    let notices: Vec<String> = page
        .config_notices
        .iter()
        .map(|p| p.line(english()))
        .collect();
    assert_eq!(notices, [line]);
    assert_eq!(page.link_notices, [ParamNotice::UnknownParameter.text()]);
    assert_eq!(r.timings.clock_first_verdict_ms, Some(812));
    assert_eq!(r.timings.clock_refined_ms, Some(2047));
    assert_eq!(r.timings.network_verdict_ms, Some(1334));
    assert_eq!(*page.report_text, r.to_text(english()));
    assert_eq!(*page.report_json, r.to_json());
}

#[test]
fn report_records_the_walk() {
    let mut model = steps(&loaded(), [measured(0, 0.0, true, 10.0)]);
    model = network_done(&model, true, 20.0);
    for fixed in [false, true] {
        let ids = view(&model, &env(), NOW_MS, english()).plan_ids;
        model = step(&model, Action::PlanAnswer { ids, fixed });
    }
    let r = view(&model, &env(), NOW_MS, english()).report;
    assert_eq!(r.tried_steps, ["cache"]);
    assert_eq!(r.fixed_by.as_deref(), Some("account"));
}

#[rstest]
#[case::valid(Some("help@contoso.example"), true)]
#[case::none(None, false)]
#[case::not_an_address(Some("helpdesk"), false)]
#[case::smuggled_header(Some("a@b.example?cc=evil@x.example"), false)]
fn mailto_needs_a_valid_address(#[case] email: Option<&str>, #[case] some: bool) {
    let mut c = config();
    c.helpdesk.email = email.map(str::to_string);
    let model = step(
        &fresh(DeepLink::default(), None),
        Action::ConfigLoaded(Rc::new(c), Vec::new()),
    );
    let page = view(&model, &env(), NOW_MS, english());
    assert_eq!(page.mailto.is_some(), some);
    if let Some(m) = page.mailto {
        assert!(m.starts_with("mailto:help@contoso.example?subject=Teams%20sign-in%20problem"));
    }
}

#[test]
fn mailto_stays_within_the_bound_for_a_long_report() {
    let mut c = config();
    c.network.endpoints = (0..60)
        .map(|i| {
            endpoint(
                &format!("endpoint-number-{i}"),
                Expect::Any,
                Role::Microsoft,
            )
        })
        .collect();
    let problems: Vec<ConfigProblem> = (0..20)
        .map(|i| ConfigProblem {
            key: format!("network.endpoints[{i}]"),
            text: Text::config_http_on_https(
                Arg::code(format!("endpoint-number-{i}")),
                Arg::code("http://"),
                Arg::code("https://"),
            ),
        })
        .collect();
    let model = step(
        &fresh(DeepLink::default(), None),
        Action::ConfigLoaded(Rc::new(c), problems),
    );
    let model = network_done(&model, false, 100.0);
    let page = view(&model, &env(), NOW_MS, english());
    assert!(
        page.report_text.len() > MAILTO_MAX,
        "the case must need cutting"
    );
    let mailto = page.mailto.expect("a mailto");
    assert!(mailto.len() <= MAILTO_MAX, "{}", mailto.len());
    assert!(mailto.contains("shortened"), "{mailto}");
}

// ---- the report's optional fields ---------------------------------------------------------

#[rstest]
#[case::empty("", "", None, None, None, None)]
#[case::valid(
    "2026-11-25T08:30",
    "{0F8FAD5B-D9CB-469F-A165-70867728950E}",
    Some("2026-11-25T08:30:00"),
    Some("0f8fad5b-d9cb-469f-a165-70867728950e"),
    None,
    None
)]
#[case::refused(
    "yesterday; rm -rf ~",
    "<script>alert(1)</script>",
    None,
    None,
    Some(report::InputRefused::NotATime),
    Some(report::InputRefused::NotAGuid)
)]
fn report_notes(
    #[case] time: &str,
    #[case] id: &str,
    #[case] want_time: Option<&str>,
    #[case] want_id: Option<&str>,
    #[case] time_refused: Option<report::InputRefused>,
    #[case] id_refused: Option<report::InputRefused>,
) {
    let model = steps(
        &loaded(),
        [
            Action::SetErrorTime(time.into()),
            Action::SetCorrelationId(id.into()),
        ],
    );
    let page = view(&model, &env(), NOW_MS, english());
    assert_eq!(page.report.user.error_seen_at.as_deref(), want_time);
    assert_eq!(page.report.user.correlation_id.as_deref(), want_id);
    assert_eq!(page.notes_refused.error_seen_at, time_refused);
    assert_eq!(page.notes_refused.correlation_id, id_refused);
    // Whatever was typed, only validated values reach the report; a refused one is never echoed.
    for text in [page.report_json.as_str(), page.report_text.as_str()] {
        assert!(
            !text.contains("rm -rf") && !text.contains("<script>"),
            "{text}"
        );
    }
}

#[test]
fn a_refused_note_replaces_an_earlier_valid_one() {
    let good = "0f8fad5b-d9cb-469f-a165-70867728950e";
    let model = steps(
        &loaded(),
        [
            Action::SetCorrelationId(good.into()),
            Action::SetCorrelationId("not a guid".into()),
        ],
    );
    assert_eq!(model.notes.correlation_id, None);
    assert_eq!(
        model.notes_refused.correlation_id,
        Some(report::InputRefused::NotAGuid)
    );
    let cleared = step(&model, Action::SetCorrelationId(String::new()));
    assert_eq!(cleared.notes_refused.correlation_id, None);
}

// ---- decisions the views only render ----------------------------------------------------

/// The script module is fetched only once there is a script to show and both checks are
/// done, the clock's refinement included (its download and compilation must not compete with
/// the clock's timed probes); the texts after the checks come with the verdicts, so the plan
/// does not wait for the refinement.
#[rstest]
#[case::no_os(false, Some(true), true, false, true)]
#[case::clock_running(true, None, true, false, false)]
#[case::clock_refining(true, Some(false), true, false, true)]
#[case::network_running(true, Some(true), false, false, false)]
#[case::both_done(true, Some(true), true, true, true)]
fn script_module_and_later_texts_wait_for_the_checks(
    #[case] os: bool,
    #[case] clock_refined: Option<bool>,
    #[case] network_finished: bool,
    #[case] want_module: bool,
    #[case] want_texts: bool,
) {
    let mut model = loaded();
    if os {
        model = step(&model, Action::SetOs(Some(Os::Windows)));
    }
    if let Some(refined) = clock_refined {
        model = step(&model, measured(model.clock.run, 0.0, refined, 100.0));
    }
    if network_finished {
        model = network_done(&model, true, 120.0);
    }
    assert_eq!(
        view(&model, &env(), NOW_MS, english()).load_script_module,
        want_module
    );
    assert_eq!(model.wants_later_texts(), want_texts);
}

/// Why the accuracy stays coarse is shown once the measurement is over, never while refining.
#[rstest]
#[case::refining(clock::Coarse::DateReused, false, None)]
#[case::pending_when_done(clock::Coarse::Pending, true, None)]
#[case::reused_when_done(clock::Coarse::DateReused, true, Some(clock::Coarse::DateReused))]
#[case::unverified_when_done(clock::Coarse::NotVerified, true, Some(clock::Coarse::NotVerified))]
fn coarse_reason_only_when_finished(
    #[case] why: clock::Coarse,
    #[case] finished: bool,
    #[case] want: Option<clock::Coarse>,
) {
    let mut p = progress(0.0, 1000.0, finished);
    p.estimate.coarse = Some(why);
    let model = step(
        &loaded(),
        Action::ClockMeasured {
            run: loaded().clock.run,
            progress: p,
            at_ms: 100.0,
        },
    );
    assert_eq!(
        view(&model, &env(), NOW_MS, english()).clock.coarse_reason,
        want
    );
}
