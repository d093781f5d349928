//! Tests of the reachability check: probe outcomes to endpoint statuses and patterns, the
//! endpoint presets, and the CSP's origins matching them.

use super::*;
use crate::text::native::{en, english};
use rstest::rstest;
use EndpointStatus::*;

const T: u32 = 5000;

#[rstest]
#[case(Expect::Any, Reach::Answered { ms: 12.0 }, BodyCheck::NotApplicable, Ok)]
#[case(Expect::Any, Reach::Answered { ms: 1999.0 }, BodyCheck::NotApplicable, Ok)]
#[case(Expect::Any, Reach::Answered { ms: 2500.0 }, BodyCheck::NotApplicable, Slow)]
#[case(Expect::Any, Reach::NetworkError { ms: 3.0 }, BodyCheck::NotApplicable, Fail)]
#[case(Expect::Any, Reach::NetworkError { ms: 3999.0 }, BodyCheck::NotApplicable, Fail)]
#[case(Expect::Any, Reach::NetworkError { ms: 4500.0 }, BodyCheck::NotApplicable, Timeout)]
#[case(Expect::Any, Reach::TimedOut { ms: 5000.0 }, BodyCheck::NotApplicable, Timeout)]
#[case(Expect::OpenidConfiguration, Reach::Answered { ms: 30.0 }, BodyCheck::Body { text: r#"{"issuer":"https://login.microsoftonline.com/{tenantid}/v2.0"}"#.into() }, Ok)]
#[case(Expect::OpenidConfiguration, Reach::Answered { ms: 2600.0 }, BodyCheck::Body { text: r#"{"issuer":"https://login.microsoftonline.com/x/v2.0"}"#.into() }, Slow)]
// The issuer must be one of Microsoft's sign-in hosts (any cloud), not just any string.
#[case(Expect::OpenidConfiguration, Reach::Answered { ms: 2600.0 }, BodyCheck::Body { text: r#"{"issuer":"x"}"#.into() }, Intercepted)]
#[case(Expect::OpenidConfiguration, Reach::Answered { ms: 30.0 }, BodyCheck::Body { text: r#"{"issuer":"https://login.microsoftonline.us/{tenantid}/v2.0"}"#.into() }, Ok)]
#[case(Expect::OpenidConfiguration, Reach::Answered { ms: 30.0 }, BodyCheck::Body { text: r#"{"issuer":"https://login.chinacloudapi.cn/{tenantid}/v2.0"}"#.into() }, Ok)]
#[case(Expect::OpenidConfiguration, Reach::Answered { ms: 30.0 }, BodyCheck::Body { text: r#"{"issuer":"https://login.partner.microsoftonline.cn/{tenantid}/v2.0"}"#.into() }, Ok)]
#[case(Expect::OpenidConfiguration, Reach::Answered { ms: 30.0 }, BodyCheck::Body { text: r#"{"issuer":"https://login.microsoftonline.com.evil.example/"}"#.into() }, Intercepted)]
#[case(Expect::OpenidConfiguration, Reach::Answered { ms: 30.0 }, BodyCheck::Body { text: r#"{"issuer":"http://login.microsoftonline.com/x/v2.0"}"#.into() }, Intercepted)]
#[case(Expect::OpenidConfiguration, Reach::Answered { ms: 30.0 }, BodyCheck::Body { text: r#"{"issuer":"https://proxy.example/https://login.microsoftonline.com/"}"#.into() }, Intercepted)]
#[case(Expect::OpenidConfiguration, Reach::Answered { ms: 30.0 }, BodyCheck::Body { text: r#"["https://login.microsoftonline.com/"]"#.into() }, Intercepted)]
#[case(Expect::OpenidConfiguration, Reach::Answered { ms: 30.0 }, BodyCheck::Body { text: "<html>Blocked by policy</html>".into() }, Intercepted)]
#[case(Expect::OpenidConfiguration, Reach::Answered { ms: 30.0 }, BodyCheck::Body { text: r#"{"issuer":42}"#.into() }, Intercepted)]
#[case(Expect::OpenidConfiguration, Reach::Answered { ms: 30.0 }, BodyCheck::Body { text: r#"{"token_endpoint":"x"}"#.into() }, Intercepted)]
// An answer this browser may not read (no CORS header) or could not read in time proves
// nothing about who answered: reachable, never "intercepted".
#[case(Expect::OpenidConfiguration, Reach::Answered { ms: 30.0 }, BodyCheck::Failed, Ok)]
#[case(Expect::OpenidConfiguration, Reach::Answered { ms: 30.0 }, BodyCheck::TimedOut, Ok)]
#[case(Expect::OpenidConfiguration, Reach::Answered { ms: 2600.0 }, BodyCheck::Failed, Slow)]
#[case(Expect::OpenidConfiguration, Reach::NetworkError { ms: 5.0 }, BodyCheck::Failed, Fail)]
#[case(Expect::OpenidConfiguration, Reach::TimedOut { ms: 5000.0 }, BodyCheck::TimedOut, Timeout)]
fn classification(
    #[case] expect: Expect,
    #[case] reach: Reach,
    #[case] body: BodyCheck,
    #[case] expected: EndpointStatus,
) {
    let r = classify(expect, reach, &body, T);
    assert_eq!(r.status, expected, "{r:?}");
    assert_eq!(r.latency_ms, Some(reach.ms().round() as u64));
    assert!(!en(r.detail).is_empty());
}

#[test]
fn wording_tells_fast_failure_from_drop() {
    let fast = classify(
        Expect::Any,
        Reach::NetworkError { ms: 4.0 },
        &BodyCheck::NotApplicable,
        T,
    );
    let slow = classify(
        Expect::Any,
        Reach::TimedOut { ms: 5000.0 },
        &BodyCheck::NotApplicable,
        T,
    );
    let (fast, slow) = (en(fast.detail), en(slow.detail));
    assert!(fast.contains("refused or not found"));
    // A fetch also fails on a certificate the browser does not trust (TLS inspection).
    assert!(fast.contains("certificate the browser does not trust"));
    assert!(slow.contains("silently dropped"));
}

/// The sign-in endpoint answered but its body could not be read: the row says exactly that,
/// without alarm, and names what it cannot tell apart.
#[test]
fn unreadable_answer_is_reported_as_unverifiable() {
    for body in [BodyCheck::Failed, BodyCheck::TimedOut] {
        let r = classify(
            Expect::OpenidConfiguration,
            Reach::Answered { ms: 40.0 },
            &body,
            T,
        );
        assert_eq!(r.status, Ok, "{r:?}");
        assert_eq!(r.detail, Msg::EndpointDetailUnreadable.into());
    }
    let unreadable = english().str(Msg::EndpointDetailUnreadable);
    assert!(unreadable.starts_with("Answered"));
    assert!(unreadable.contains("cannot check"));
    assert!(!unreadable.contains("in Microsoft's place"));
}

/// If login.microsoftonline.com ever stopped sending its CORS header, every user's sign-in
/// probe would answer unreadably: the page must then not tell everyone "intercepted".
#[test]
fn a_missing_cors_header_for_everyone_is_not_intercepted() {
    let login = classify(
        Expect::OpenidConfiguration,
        Reach::Answered { ms: 35.0 },
        &BodyCheck::Failed,
        T,
    );
    let teams = classify(
        Expect::Any,
        Reach::Answered { ms: 20.0 },
        &BodyCheck::NotApplicable,
        T,
    );
    let results = [
        (Role::Microsoft, "login", login.status),
        (Role::Microsoft, "teams", teams.status),
        (Role::Control, SELF_ID, Ok),
    ];
    let p = pattern(&results);
    assert_eq!(p, NetworkPattern::AllReachable);
    assert_eq!(
        check_status(p, &[login.status, teams.status]),
        CheckStatus::Ok
    );
}

fn ms(s: EndpointStatus) -> (Role, &'static str, EndpointStatus) {
    (Role::Microsoft, "m", s)
}
fn ctl(s: EndpointStatus) -> (Role, &'static str, EndpointStatus) {
    (Role::Control, "intranet", s)
}
fn me(s: EndpointStatus) -> (Role, &'static str, EndpointStatus) {
    (Role::Control, SELF_ID, s)
}

#[rstest]
#[case(vec![ms(Ok), ms(Ok), me(Ok)], NetworkPattern::AllReachable)]
#[case(vec![ms(Ok), ms(Slow), me(Ok)], NetworkPattern::AllReachable)]
#[case(vec![ms(Ok), ms(Fail), me(Ok)], NetworkPattern::Partial)]
#[case(vec![ms(Ok), ms(Timeout), ctl(Fail), me(Ok)], NetworkPattern::Partial)]
#[case(vec![ms(Fail), ms(Timeout), me(Ok)], NetworkPattern::MicrosoftBlocked)]
#[case(vec![ms(Fail), ms(Fail), ctl(Ok), me(Ok)], NetworkPattern::MicrosoftBlocked)]
#[case(vec![ms(Fail), ms(Fail), ctl(Ok), me(Fail)], NetworkPattern::MicrosoftBlocked)]
// IT's explicit controls are the better evidence: they fail too → offline.
#[case(vec![ms(Fail), ms(Timeout), ctl(Fail), me(Ok)], NetworkPattern::Offline)]
#[case(vec![ms(Fail), ms(Timeout), me(Fail)], NetworkPattern::Offline)]
#[case(vec![ms(Timeout); 8], NetworkPattern::MicrosoftBlocked)]
#[case(vec![ms(Intercepted), ms(Ok), me(Ok)], NetworkPattern::Intercepted)]
#[case(vec![ms(Intercepted), ms(Fail), ctl(Fail)], NetworkPattern::Intercepted)]
// A control being intercepted does not make Microsoft intercepted.
#[case(vec![ms(Ok), ctl(Intercepted), me(Ok)], NetworkPattern::AllReachable)]
fn patterns(
    #[case] results: Vec<(Role, &'static str, EndpointStatus)>,
    #[case] expected: NetworkPattern,
) {
    assert_eq!(pattern(&results), expected);
}

#[test]
fn status_of_pattern() {
    assert_eq!(
        check_status(NetworkPattern::AllReachable, &[Ok]),
        CheckStatus::Ok
    );
    assert_eq!(
        check_status(NetworkPattern::AllReachable, &[Ok, Slow]),
        CheckStatus::Warn
    );
    assert_eq!(
        check_status(NetworkPattern::Partial, &[Ok, Fail]),
        CheckStatus::Warn
    );
    assert_eq!(
        check_status(NetworkPattern::Offline, &[]),
        CheckStatus::Fail
    );
}

#[test]
fn every_pattern_has_advice() {
    for p in NetworkPattern::ALL {
        let a = advice(p);
        assert!(!en(a.headline).is_empty() && !a.steps.is_empty(), "{p:?}");
    }
}

#[test]
fn defaults_cover_sign_in_hosts_and_are_valid() {
    let hosts: Vec<String> = default_endpoints().into_iter().map(|e| e.host).collect();
    for h in [
        "login.microsoftonline.com",
        "login.microsoft.com",
        "aadcdn.msauth.net",
        "aadcdn.msftauth.net",
        "teams.microsoft.com",
        "teams.cloud.microsoft",
        "statics.teams.cdn.office.net",
        "graph.microsoft.com",
    ] {
        assert!(hosts.iter().any(|x| x == h), "{h}");
    }
    for e in default_endpoints() {
        assert!(crate::url::parse(&e.url).is_ok(), "{}", e.url);
    }
}

#[test]
fn self_endpoint_is_a_control() {
    let e = self_endpoint("http://127.0.0.1:8080");
    assert_eq!(e.id, "self");
    assert_eq!(e.url, "http://127.0.0.1:8080/");
    assert_eq!(e.host, "127.0.0.1:8080");
    assert_eq!(e.role, Role::Control);
}

/// "Intercepted" says what was observed, never "TLS inspection" (a browser cannot see
/// certificates); the caveat says what the check cannot see.
#[test]
fn intercepted_words_say_what_was_observed() {
    let intercepted = english().str(Msg::EndpointDetailIntercepted);
    assert!(intercepted.contains("in Microsoft's place"));
    assert!(intercepted.contains("guest Wi-Fi login page"));
    for detail in [intercepted, english().str(Msg::EndpointDetailUnreadable)] {
        assert!(!detail.contains("TLS"), "{detail}");
    }
    let a = advice(NetworkPattern::Intercepted);
    let steps: Vec<String> = a.steps.into_iter().map(en).collect();
    let all = format!("{} {}", en(a.headline), steps.join(" "));
    assert!(all.contains("in Microsoft's place"), "{all}");
    for needle in [
        "block page",
        "proxy's sign-in page",
        "guest Wi-Fi login page",
    ] {
        assert!(all.contains(needle), "{needle}: {all}");
    }
    assert!(!all.contains("TLS inspection"), "{all}");
    let caveat = en(TLS_CAVEAT);
    assert!(caveat.contains("certificates") && caveat.contains("cannot see"));
}

/// Each cloud's documented hosts; every URL valid, ids unique, the sign-in host first.
#[rstest]
#[case(Preset::Commercial, &["login.microsoftonline.com", "teams.microsoft.com", "graph.microsoft.com"])]
#[case(Preset::GccHigh, &["login.microsoftonline.us", "gov.teams.microsoft.us", "graph.microsoft.us"])]
#[case(Preset::Dod, &["login.microsoftonline.us", "dod.teams.microsoft.us", "dod-graph.microsoft.us"])]
#[case(Preset::China, &["login.chinacloudapi.cn", "login.partner.microsoftonline.cn", "microsoftgraph.chinacloudapi.cn"])]
fn presets_probe_their_cloud(#[case] preset: Preset, #[case] hosts: &[&str]) {
    let list = preset_endpoints(preset);
    let got: Vec<&str> = list.iter().map(|e| e.host.as_str()).collect();
    for h in hosts {
        assert!(got.contains(h), "{preset:?} lacks {h}: {got:?}");
    }
    assert_eq!(list[0].id, "login");
    let mut ids: Vec<&str> = list.iter().map(|e| e.id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), list.len(), "unique ids");
    for e in &list {
        assert!(crate::url::parse(&e.url).is_ok(), "{}", e.url);
        assert_eq!(e.role, Role::Microsoft);
        if preset != Preset::Commercial {
            // Only commercial is known to answer browsers with CORS (see preset_endpoints).
            assert_eq!(e.expect, Expect::Any, "{}", e.url);
            assert!(
                !e.host.ends_with(".com") || preset == Preset::Commercial,
                "{}",
                e.host
            );
        }
    }
    assert_eq!(Preset::parse(preset.as_str()), Some(preset));
}

/// The CSP script allows exactly what the presets probe (a page under CSP could not
/// probe a host it does not list).
#[test]
fn csp_script_lists_every_preset_origin() {
    let csp = include_str!("../../../scripts/post-build/csp.mjs");
    for preset in Preset::ALL {
        for e in preset_endpoints(preset) {
            let origin = format!("\"https://{}\"", e.host);
            assert!(
                csp.contains(&origin),
                "scripts/post-build/csp.mjs lacks {origin} ({preset:?})"
            );
        }
        assert!(
            csp.contains(&format!("\"{}\"", preset.as_str())),
            "{preset:?}"
        );
    }
}

/// The durations in the wording, written without float formatting.
#[rstest]
#[case(Reach::Answered { ms: 12.4 }, "Answered in 12 ms.")]
#[case(Reach::Answered { ms: 2549.0 }, "Answered, but slowly (2.5 s).")]
#[case(Reach::Answered { ms: 2550.0 }, "Answered, but slowly (2.6 s).")]
#[case(Reach::NetworkError { ms: 3.0 }, "Failed after 3 ms:")]
#[case(Reach::NetworkError { ms: 999.4 }, "Failed after 999 ms:")]
#[case(Reach::NetworkError { ms: 1040.0 }, "Failed after 1.0 s:")]
#[case(Reach::TimedOut { ms: 5000.0 }, "No answer within 5.0 s:")]
#[case(Reach::NetworkError { ms: 12_345.0 }, "Failed after 12.3 s:")]
fn durations_in_the_wording(#[case] reach: Reach, #[case] starts: &str) {
    let r = classify(Expect::Any, reach, &BodyCheck::NotApplicable, 60_000);
    let detail = en(r.detail);
    assert!(detail.starts_with(starts), "{detail}");
}
