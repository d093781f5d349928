//! Tests of the helpdesk report: its fields, its limits on free text, its JSON (byte for
//! byte serde_json's) and its plain-text form.

use super::*;
use crate::text::native::{en, english};

const SHORTENED: &str = "… (shortened)";
use rstest::rstest;

fn sample() -> Report {
    Report {
        schema: SCHEMA,
        page_version: "0.1.0".into(),
        generated_at: "2026-11-25T08:30:00Z".into(),
        page_url: "https://check.contoso.example/".into(),
        organization: Some("Contoso IT".into()),
        browser: Browser {
            user_agent: "UA".into(),
            platform_hint: Some("Windows".into()),
            language: "en-US".into(),
            time_zone: "Europe/Berlin".into(),
            utc_offset_minutes: 60,
        },
        selection: Selection {
            code: Some("CAA20002".into()),
            os: Some("windows".into()),
            client: "both".into(),
            office_answer: "yes".into(),
        },
        clock: ClockFacts {
            status: "fail".into(),
            offset_ms: Some(-432_000),
            uncertainty_ms: Some(9),
            warn_seconds: 60,
            fail_seconds: 300,
            refined: true,
            ..ClockFacts::default()
        },
        network: NetworkFacts {
            status: "ok".into(),
            pattern: Some("all-reachable".into()),
            timeout_ms: 5000,
            endpoints: vec![EndpointFacts {
                id: "login".into(),
                label: "Sign-in".into(),
                host: "login.microsoftonline.com".into(),
                role: "microsoft".into(),
                status: "ok".into(),
                latency_ms: Some(42),
                detail: None,
            }],
        },
        plan: vec!["time".into(), "cache".into(), "account".into()],
        tried_steps: vec!["time".into()],
        fixed_by: None,
        config_problems: vec![],
        timings: Timings::default(),
        user: UserNotes::default(),
    }
}

#[test]
fn json_has_the_versioned_schema() {
    let v: serde_json::Value = serde_json::from_str(&sample().to_json()).unwrap();
    assert_eq!(v["schema"], SCHEMA);
    assert_eq!(v["clock"]["offset_ms"], -432_000);
    assert_eq!(v["network"]["endpoints"][0]["latency_ms"], 42);
    assert_eq!(v["selection"]["office_answer"], "yes");
    for key in [
        "page_version",
        "generated_at",
        "browser",
        "selection",
        "clock",
        "network",
        "plan",
        "tried_steps",
        "fixed_by",
        "timings",
    ] {
        assert!(v.get(key).is_some(), "{key}");
    }
}

#[test]
fn text_states_facts() {
    let t = sample().to_text(english());
    assert!(t.contains("computer minus server = -432000 ms"), "{t}");
    assert!(
        t.contains("login.microsoftonline.com (microsoft): ok, 42 ms"),
        "{t}"
    );
    assert!(t.contains("time → cache → account"), "{t}");
}

#[test]
fn mailto_fits_and_cuts_at_lines() {
    let long: String = (0..400)
        .map(|i| format!("line {i} with some words\n"))
        .collect();
    let url = mailto("help@contoso.example", "Teams sign-in", &long, SHORTENED).unwrap();
    assert!(url.len() <= MAILTO_MAX, "{}", url.len());
    assert!(url.starts_with("mailto:help@contoso.example?subject=Teams%20sign-in&body=line%200"));
    assert!(url.contains("shortened"));
    let short = mailto("help@contoso.example", "s", "a b", SHORTENED).unwrap();
    assert!(short.ends_with("body=a%20b"));
}

#[rstest]
#[case("")]
#[case("not-an-address")]
#[case("a@b.example?cc=evil@x.example")]
#[case("a@b.example&body=x")]
#[case("a b@c.example")]
fn mailto_refuses_odd_addresses(#[case] email: &str) {
    assert_eq!(mailto(email, "s", "b", SHORTENED), None);
}

#[test]
fn encoding_is_utf8_percent() {
    assert_eq!(encode("a b&c=d/é\n"), "a%20b%26c%3Dd%2F%C3%A9%0A");
}

#[test]
fn iso_time() {
    use crate::clock::format_iso_utc;
    assert_eq!(format_iso_utc(1_795_593_600_000), "2026-11-25T08:00:00Z");
    assert_eq!(format_iso_utc(0), "1970-01-01T00:00:00Z");
}

#[test]
fn text_names_the_steps_tried() {
    let text = sample().to_text(english());
    assert!(text.contains("Tried without success: time"), "{text}");
    assert!(!text.contains("Fixed by"), "{text}");
}

/// The two optional fields: what is accepted (normalized), what is refused (with a message
/// that never repeats the input).
#[rstest]
#[case("", Ok(None))]
#[case("   ", Ok(None))]
#[case("2026-11-25T08:30", Ok(Some("2026-11-25T08:30:00")))]
#[case(" 2026-11-25 08:30:15 ", Ok(Some("2026-11-25T08:30:15")))]
#[case("2026-11-25T08:30:15Z", Ok(Some("2026-11-25T08:30:15Z")))]
#[case("2026-11-25T08:30+01:00", Ok(Some("2026-11-25T08:30:00+01:00")))]
#[case("2026-11-25T08:30-0530", Ok(Some("2026-11-25T08:30:00-05:30")))]
#[case("2028-02-29T23:59:59", Ok(Some("2028-02-29T23:59:59")))]
#[case("2026-02-29T10:00", Err(InputRefused::NotATime))]
#[case("2026-13-01T10:00", Err(InputRefused::NotATime))]
#[case("2026-11-25T24:00", Err(InputRefused::NotATime))]
#[case("2026-11-25", Err(InputRefused::NotATime))]
#[case("25.11.2026 08:30", Err(InputRefused::NotATime))]
#[case("yesterday", Err(InputRefused::NotATime))]
#[case("2026-11-25T08:30+15:00", Err(InputRefused::NotATime))]
#[case("2026-11-25T08:30'; rm -rf ~", Err(InputRefused::NotATime))]
#[case("2026-11-25T08:30$(calc)", Err(InputRefused::NotATime))]
#[case("２０２６-11-25T08:30", Err(InputRefused::NotATime))]
fn error_time(#[case] input: &str, #[case] expected: Result<Option<&str>, InputRefused>) {
    assert_eq!(
        parse_error_time(input),
        expected.map(|o| o.map(str::to_string))
    );
}

#[rstest]
#[case("", Ok(None))]
#[case(
    "0f8fad5b-d9cb-469f-a165-70867728950e",
    Ok(Some("0f8fad5b-d9cb-469f-a165-70867728950e"))
)]
#[case(
    " {0F8FAD5B-D9CB-469F-A165-70867728950E} ",
    Ok(Some("0f8fad5b-d9cb-469f-a165-70867728950e"))
)]
#[case("0f8fad5bd9cb469fa16570867728950e", Err(InputRefused::NotAGuid))]
#[case("0f8fad5b-d9cb-469f-a165-70867728950", Err(InputRefused::NotAGuid))]
#[case("0f8fad5b-d9cb-469f-a165-70867728950g", Err(InputRefused::NotAGuid))]
#[case("{0f8fad5b-d9cb-469f-a165-70867728950e", Err(InputRefused::NotAGuid))]
#[case(
    "0f8fad5b-d9cb-469f-a165-70867728950e; whoami",
    Err(InputRefused::NotAGuid)
)]
#[case("<script>alert(1)</script>", Err(InputRefused::NotAGuid))]
fn correlation_id(#[case] input: &str, #[case] expected: Result<Option<&str>, InputRefused>) {
    assert_eq!(
        parse_correlation_id(input),
        expected.map(|o| o.map(str::to_string))
    );
}

#[test]
fn refusals_never_echo_and_long_input_is_not_read() {
    let long = format!(
        "{}0f8fad5b-d9cb-469f-a165-70867728950e",
        " ".repeat(MAX_NOTE_INPUT)
    );
    assert_eq!(parse_correlation_id(&long), Err(InputRefused::NotAGuid));
    for e in [InputRefused::NotATime, InputRefused::NotAGuid] {
        assert!(en(e.text()).ends_with('.') && !en(e.text()).contains("rm -rf"));
    }
}

#[test]
fn user_notes_reach_json_and_text() {
    let mut r = sample();
    let v: serde_json::Value = serde_json::from_str(&r.to_json()).unwrap();
    // Empty: left out, so schema v1 objects keep exactly their keys.
    assert!(v.get("user").is_none(), "{v}");
    assert!(
        v["clock"].get("coarse_reason").is_none(),
        "refined: no reason"
    );
    assert!(!r.to_text(english()).contains("Correlation ID"));
    r.user = UserNotes {
        error_seen_at: parse_error_time("2026-11-25T08:30").unwrap(),
        correlation_id: parse_correlation_id("0F8FAD5B-D9CB-469F-A165-70867728950E").unwrap(),
    };
    let v: serde_json::Value = serde_json::from_str(&r.to_json()).unwrap();
    assert_eq!(v["user"]["error_seen_at"], "2026-11-25T08:30:00");
    assert_eq!(
        v["user"]["correlation_id"],
        "0f8fad5b-d9cb-469f-a165-70867728950e"
    );
    let text = r.to_text(english());
    assert!(
        text.contains("Error first seen: 2026-11-25T08:30:00"),
        "{text}"
    );
    assert!(
        text.contains("Correlation ID shown by Teams: 0f8fad5b-d9cb-469f-a165-70867728950e"),
        "{text}"
    );
}

#[rstest]
#[case(0, "+0")]
#[case(60, "+1")]
#[case(-300, "-5")]
#[case(330, "+5.5")]
#[case(345, "+5.75")]
#[case(-570, "-9.5")]
#[case(765, "+12.75")]
#[case(-15, "-0.25")]
#[case(20, "+0.3333")]
fn utc_offset_hours_uses_integers(#[case] minutes: i32, #[case] want: &str) {
    assert_eq!(utc_offset_hours(minutes), want);
}

#[test]
fn utc_offset_hours_matches_float_formatting_for_every_quarter_hour() {
    for minutes in (-14 * 60..=14 * 60).step_by(15) {
        assert_eq!(
            utc_offset_hours(minutes),
            format!("{:+}", f64::from(minutes) / 60.0),
            "{minutes} min"
        );
    }
}

/// The page writes the report with its own small JSON writer: byte for byte serde_json's.
#[test]
fn json_is_exactly_serde_jsons() {
    let mut r = sample();
    r.organization = Some("Quote \" backslash \\ newline \n tab \t bell \u{7} ✓".into());
    r.tried_steps = vec![];
    assert_eq!(r.to_json(), serde_json::to_string_pretty(&r).unwrap());
    assert_eq!(
        sample().to_json(),
        serde_json::to_string_pretty(&sample()).unwrap()
    );
}
