use super::*;
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
#[case(Expect::OpenidConfiguration, Reach::Answered { ms: 2600.0 }, BodyCheck::Body { text: r#"{"issuer":"x"}"#.into() }, Slow)]
#[case(Expect::OpenidConfiguration, Reach::Answered { ms: 30.0 }, BodyCheck::Body { text: "<html>Blocked by policy</html>".into() }, Intercepted)]
#[case(Expect::OpenidConfiguration, Reach::Answered { ms: 30.0 }, BodyCheck::Body { text: r#"{"issuer":42}"#.into() }, Intercepted)]
#[case(Expect::OpenidConfiguration, Reach::Answered { ms: 30.0 }, BodyCheck::Body { text: r#"{"token_endpoint":"x"}"#.into() }, Intercepted)]
#[case(Expect::OpenidConfiguration, Reach::Answered { ms: 30.0 }, BodyCheck::Failed, Intercepted)]
#[case(Expect::OpenidConfiguration, Reach::Answered { ms: 30.0 }, BodyCheck::TimedOut, Intercepted)]
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
    assert!(!r.detail.is_empty());
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
    assert!(fast.detail.contains("refused or not found"));
    assert!(slow.detail.contains("silently dropped"));
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
        assert!(!a.headline.is_empty() && !a.steps.is_empty(), "{p:?}");
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
    assert!(r.detail.starts_with(starts), "{}", r.detail);
}
