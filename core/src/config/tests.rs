//! Tests of `config.json` reading: every key optional, every bad value a named problem and
//! its default, the configuration in effect written as serde_json writes it.

use super::*;
use rstest::rstest;

const ORIGIN: &str = "http://127.0.0.1:8080";

fn problems_of(json: &str) -> Vec<String> {
    parse(json, ORIGIN)
        .1
        .into_iter()
        .map(|p| p.to_string())
        .collect()
}

#[test]
fn the_issue_example_parses_cleanly() {
    let json = r#"{"organization": "Contoso IT",
      "helpdesk": {"email": "help@contoso.example", "phone": "+1 555 0100", "url": "https://help.contoso.example"},
      "clock": {"source": "/", "warn_seconds": 60, "fail_seconds": 300},
      "network": {"timeout_ms": 5000,
        "endpoints": [{"id": "login", "label": "Microsoft Entra sign-in",
                       "url": "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration",
                       "expect": "openid-configuration"},
                      {"id": "teams", "label": "Teams service", "url": "https://teams.microsoft.com/", "expect": "any"}],
        "controls": [{"id": "intranet", "label": "Company intranet", "url": "https://intranet.contoso.example/"}]},
      "future_key": {"ignored": true}}"#;
    let (c, problems) = parse(json, ORIGIN);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(c.organization.as_deref(), Some("Contoso IT"));
    assert_eq!(
        c.helpdesk.contact_line(),
        "help@contoso.example, +1 555 0100, https://help.contoso.example"
    );
    assert_eq!(c.network.endpoints.len(), 2);
    assert_eq!(c.network.endpoints[0].expect, Expect::OpenidConfiguration);
    assert_eq!(c.network.controls[0].id, "intranet");
    assert_eq!(c.network.controls[0].role, Role::Control);
    assert_eq!(c.clock.thresholds(), Thresholds::default());
}

#[test]
fn empty_object_is_all_defaults() {
    assert_eq!(parse("{}", ORIGIN), (Config::default(), vec![]));
}

#[rstest]
#[case("", "not valid JSON")]
#[case("{", "not valid JSON")]
#[case("[1,2]", "must be a JSON object")]
#[case("null", "must be a JSON object")]
#[case(r#"{"organization": 42}"#, "organization: must be text")]
#[case(r#"{"organization": "a\nb"}"#, "organization: contains line breaks")]
#[case(r#"{"helpdesk": "call us"}"#, "helpdesk: must be an object")]
#[case(
    r#"{"helpdesk": {"email": "not-an-email"}}"#,
    "helpdesk.email: is not an e-mail address"
)]
#[case(
    r#"{"helpdesk": {"email": "a@b.example'; rm -rf ~"}}"#,
    "helpdesk.email: is not an e-mail address"
)]
#[case(
    r#"{"helpdesk": {"phone": "call $(whoami)"}}"#,
    "helpdesk.phone: may only contain"
)]
#[case(
    r#"{"helpdesk": {"url": "javascript:alert(1)"}}"#,
    "helpdesk.url: must be a web address"
)]
#[case(
    r#"{"clock": {"warn_seconds": "sixty"}}"#,
    "clock.warn_seconds: must be a number"
)]
#[case(
    r#"{"clock": {"warn_seconds": -5}}"#,
    "clock.warn_seconds: must be between"
)]
#[case(
    r#"{"clock": {"fail_seconds": 1e12}}"#,
    "clock.fail_seconds: must be between"
)]
#[case(
    r#"{"clock": {"warn_seconds": 300, "fail_seconds": 60}}"#,
    "clock: warn_seconds (300) must be smaller"
)]
#[case(
    r#"{"clock": {"source": "https://time.example.com/"}}"#,
    "clock.source: must be a path on this page's own server"
)]
#[case(
    r#"{"clock": {"source": "//evil.example/"}}"#,
    "clock.source: must be a path"
)]
#[case(
    r#"{"network": {"timeout_ms": 10}}"#,
    "network.timeout_ms: must be between"
)]
#[case(
    r#"{"network": {"endpoints": "all"}}"#,
    "network.endpoints: must be a list"
)]
#[case(
    r#"{"network": {"endpoints": []}}"#,
    "network.endpoints: has no usable entry"
)]
#[case(
    r#"{"network": {"endpoints": [{"url": "https://a.example/"}]}}"#,
    "network.endpoints[0]: has no id"
)]
#[case(
    r#"{"network": {"endpoints": [{"id": "a b", "url": "https://a.example/"}]}}"#,
    "network.endpoints[0]: has an id that is not"
)]
#[case(
    r#"{"network": {"endpoints": [{"id": "a", "url": "ftp://a.example/"}]}}"#,
    "network.endpoints[0]: (\"a\") the URL must start with https://"
)]
#[case(
    r#"{"network": {"endpoints": [{"id": "a", "url": "https://a.example/", "expect": "pong"}]}}"#,
    "network.endpoints[0]: (\"a\") has an unknown \"expect\""
)]
#[case(
    r#"{"network": {"endpoints": [{"id": "self", "url": "https://a.example/"}]}}"#,
    "reserved id \"self\""
)]
#[case(r#"{"network": {"endpoints": [{"id": "a", "url": "https://a.example/"}, {"id": "a", "url": "https://b.example/"}]}}"#, "network.endpoints[1]: (\"a\") repeats an id")]
#[case(r#"{"network": {"endpoints": [{"id": "a", "url": "https://a.example/"}], "controls": [{"id": "a", "url": "https://c.example/"}]}}"#, "network.controls[0]: (\"a\") repeats an id")]
fn problems_name_the_key(#[case] json: &str, #[case] expected: &str) {
    let problems = problems_of(json);
    assert!(
        problems.iter().any(|p| p.contains(expected)),
        "{json}\n→ {problems:?}"
    );
}

#[test]
fn a_bad_entry_does_not_stop_the_others() {
    let json = r#"{"network": {"endpoints": [
        {"id": "good", "url": "https://good.example/"},
        {"id": "bad", "url": "https://bad.example/'quote"},
        {"id": "also-good", "url": "http://127.0.0.1:9000/x"}]}}"#;
    let (c, problems) = parse(json, ORIGIN);
    let ids: Vec<&str> = c.network.endpoints.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["good", "also-good"]);
    assert_eq!(problems.len(), 1);
    assert!(
        !problems[0].to_string().contains("'quote"),
        "never echo the raw URL"
    );
}

#[test]
fn http_endpoints_only_from_http_pages() {
    let json = r#"{"network": {"endpoints": [{"id": "a", "url": "http://10.0.0.1/"}, {"id": "b", "url": "https://b.example/"}]}}"#;
    let (c, problems) = parse(json, "https://check.contoso.example");
    assert_eq!(c.network.endpoints.len(), 1);
    assert!(problems[0].to_string().contains("cannot test"));
}

#[test]
fn bad_values_fall_back_to_defaults() {
    let (c, _) = parse(
        r#"{"clock": {"warn_seconds": 300, "fail_seconds": 60}, "network": {"timeout_ms": "x"}}"#,
        ORIGIN,
    );
    assert_eq!(c.clock.warn_seconds, 60);
    assert_eq!(c.clock.fail_seconds, 300);
    assert_eq!(c.network.timeout_ms, DEFAULT_TIMEOUT_MS);
}

#[rstest]
#[case("/")]
#[case("/config.json")]
#[case("/time?x=1")]
#[case("http://127.0.0.1:8080/")]
fn same_origin_sources(#[case] source: &str) {
    let json = format!(r#"{{"clock": {{"source": "{source}"}}}}"#);
    let (c, problems) = parse(&json, ORIGIN);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(c.clock.source, source);
}

#[test]
fn label_defaults_to_host() {
    let (c, _) = parse(
        r#"{"network": {"endpoints": [{"id": "x", "url": "https://X.example:8443/a"}]}}"#,
        ORIGIN,
    );
    assert_eq!(c.network.endpoints[0].label, "x.example:8443");
    assert_eq!(c.network.endpoints[0].host, "x.example:8443");
}

#[test]
fn unavailable_names_reason() {
    let (c, p) = unavailable(crate::text::Text::error_http(404u16));
    assert_eq!(c, Config::default());
    assert!(p[0].to_string().contains("HTTP 404"), "{}", p[0]);
}

/// `network.preset` picks the cloud's built-in hosts; explicit endpoints still win; a bad
/// value is reported and commercial is used.
#[rstest]
#[case(r#"{}"#, Preset::Commercial, "login.microsoftonline.com", None)]
#[case(
    r#"{"network": {"preset": "commercial"}}"#,
    Preset::Commercial,
    "login.microsoftonline.com",
    None
)]
#[case(
    r#"{"network": {"preset": "gcc-high"}}"#,
    Preset::GccHigh,
    "login.microsoftonline.us",
    None
)]
#[case(
    r#"{"network": {"preset": "dod"}}"#,
    Preset::Dod,
    "login.microsoftonline.us",
    None
)]
#[case(
    r#"{"network": {"preset": "china"}}"#,
    Preset::China,
    "login.chinacloudapi.cn",
    None
)]
#[case(
    r#"{"network": {"preset": "GCC-High"}}"#,
    Preset::Commercial,
    "login.microsoftonline.com",
    Some("network.preset: must be")
)]
#[case(
    r#"{"network": {"preset": 3}}"#,
    Preset::Commercial,
    "login.microsoftonline.com",
    Some("network.preset: must be")
)]
#[case(r#"{"network": {"preset": "dod", "endpoints": [{"id": "mine", "url": "https://login.example.test/"}]}}"#, Preset::Dod, "login.example.test", None)]
#[case(
    r#"{"network": {"preset": "china", "endpoints": []}}"#,
    Preset::China,
    "login.chinacloudapi.cn",
    Some("network.endpoints: has no usable entry")
)]
fn network_presets(
    #[case] json: &str,
    #[case] preset: Preset,
    #[case] first_host: &str,
    #[case] problem: Option<&str>,
) {
    let (c, problems) = parse(json, ORIGIN);
    assert_eq!(c.network.preset, preset);
    assert_eq!(c.network.endpoints[0].host, first_host);
    match problem {
        Some(p) => assert!(
            problems.iter().any(|x| x.to_string().starts_with(p)),
            "{problems:?}"
        ),
        None => assert!(problems.is_empty(), "{problems:?}"),
    }
}

/// Control ids must not clash with the preset's endpoint ids either.
#[test]
fn control_ids_checked_against_the_preset() {
    let (c, problems) = parse(
        r#"{"network": {"preset": "china", "controls": [{"id": "login-partner", "url": "https://intranet.example.test/"}]}}"#,
        ORIGIN,
    );
    assert!(c.network.controls.is_empty(), "{:?}", c.network.controls);
    assert_eq!(problems.len(), 1, "{problems:?}");
}

/// The configuration in effect (For IT panel), written with the page's own JSON writer:
/// byte for byte what serde_json writes.
#[test]
fn config_in_effect_json_is_exactly_serde_jsons() {
    let (parsed, _) = parse(
        r#"{"organization": "Contoso \"IT\"", "helpdesk": {"email": "it@contoso.example"},
            "network": {"controls": [{"id": "intranet", "label": "Intranet", "url": "https://intranet.contoso.example/"}]}}"#,
        "https://check.contoso.example",
    );
    for config in [Config::default(), parsed] {
        assert_eq!(
            crate::json::to_value(&config).unwrap().to_json_pretty(),
            serde_json::to_string_pretty(&config).unwrap()
        );
    }
}
