//! Browser tests (wasm-bindgen-test, headless Chromium): components render the DOM
//! contract, and the effects work against a real server (the test runner's own).
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use signin_core::clock::OffsetBounds;
use signin_core::network::{self, BodyCheck, EndpointResult, EndpointStatus, Expect, Reach, Role};
use signin_core::page::{ClockProgress as Progress, ClockView, NetworkView, TimeZone};
use signin_core::status::{CheckStatus, NetworkPattern};
use signin_core::text::{Catalog, ENGLISH_FOR_TESTS};
use teams_signin_check::effects::{self, EffectError};
use teams_signin_check::views::clock::{clock_check, ClockProps};
use teams_signin_check::views::network::{network_check, NetworkProps};
use teams_signin_check::views::text::Texts;
use wasm_bindgen_test::*;
use web_sys::Element;
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

#[derive(Properties, PartialEq)]
struct ShowProps {
    html: Html,
}

/// Mounts whatever `html` is: a plain view function's output or a component.
#[component]
fn Show(props: &ShowProps) -> Html {
    props.html.clone()
}

/// Renders `html` into a fresh element and waits for Yew to finish.
async fn render(html: Html) -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<Show>::with_root_and_props(root.clone(), ShowProps { html }).render();
    yew::scheduler::flush().await;
    root
}

/// Every English message, as a page in English has them.
fn english() -> Rc<Catalog> {
    thread_local! {
        static EN: Rc<Catalog> = Rc::new(Catalog::from_json(ENGLISH_FOR_TESTS).expect("English"));
    }
    EN.with(Rc::clone)
}

fn attr(root: &Element, selector: &str, name: &str) -> Option<String> {
    root.query_selector(selector)
        .unwrap()
        .and_then(|e| e.get_attribute(name))
}

fn progress(offset_ms: f64, half_width: f64, refined: bool) -> Progress {
    Progress {
        estimate: OffsetBounds {
            lo_ms: offset_ms - half_width,
            hi_ms: offset_ms + half_width,
        }
        .estimate(),
        at_local_ms: 1_795_593_600_000.0,
        refined,
    }
}

fn clock_props(status: CheckStatus, progress: Option<Progress>, hint: bool) -> ClockProps {
    ClockProps {
        clock: ClockView {
            status,
            progress,
            refining: progress.is_some_and(|p| !p.refined),
            timezone_hint: hint,
            error: None,
            coarse_reason: None,
        },
        zone: TimeZone {
            name: "Europe/Berlin".into(),
            utc_offset_min: 60,
        },
        os: Some(signin_core::platform::Os::Macos),
        on_retry: Callback::noop(),
    }
}

#[wasm_bindgen_test]
async fn clock_card_shows_the_contract_while_running() {
    let root = render(clock_check(
        &english(),
        &clock_props(CheckStatus::Running, None, false),
    ))
    .await;
    assert_eq!(
        attr(&root, "[data-check=clock]", "data-status").as_deref(),
        Some("running")
    );
    assert_eq!(attr(&root, "[data-check=clock]", "data-offset-ms"), None);
    assert!(root.query_selector("[aria-live]").unwrap().is_some());
}

#[wasm_bindgen_test]
async fn clock_card_shows_offset_words_hint_and_fix() {
    let p = progress(-432_000.0, 12.0, true);
    let root = render(clock_check(
        &english(),
        &clock_props(CheckStatus::Fail, Some(p), false),
    ))
    .await;
    assert_eq!(
        attr(&root, "[data-check=clock]", "data-status").as_deref(),
        Some("fail")
    );
    assert_eq!(
        attr(&root, "[data-check=clock]", "data-offset-ms").as_deref(),
        Some("-432000")
    );
    assert_eq!(
        attr(&root, "[data-check=clock]", "data-uncertainty-ms").as_deref(),
        Some("12")
    );
    assert_eq!(attr(&root, "[data-check=clock]", "data-hint"), None);
    let text = root.text_content().unwrap();
    assert!(text.contains("7 minutes 12 seconds behind"), "{text}");
    assert!(text.contains("Europe/Berlin"), "{text}");
    assert!(
        root.query_selector(".fix-steps").unwrap().is_some(),
        "fix steps on fail"
    );

    let tz = progress(3_600_000.0, 10.0, true);
    let root = render(clock_check(
        &english(),
        &clock_props(CheckStatus::Fail, Some(tz), true),
    ))
    .await;
    assert_eq!(
        attr(&root, "[data-check=clock]", "data-hint").as_deref(),
        Some("timezone")
    );
    assert!(root.text_content().unwrap().contains("wrong time zone"));
}

#[wasm_bindgen_test]
async fn clock_card_hides_fix_steps_when_ok() {
    let p = progress(120.0, 10.0, true);
    let root = render(clock_check(
        &english(),
        &clock_props(CheckStatus::Ok, Some(p), false),
    ))
    .await;
    assert!(root.query_selector(".fix-steps").unwrap().is_none());
    assert!(root.text_content().unwrap().contains("correct"));
}

#[wasm_bindgen_test]
async fn network_card_has_one_row_per_endpoint() {
    let mut endpoints = network::default_endpoints();
    endpoints.push(network::self_endpoint("http://127.0.0.1:1"));
    let mut results: Vec<Option<EndpointResult>> = vec![None; endpoints.len()];
    results[0] = Some(network::classify(
        Expect::Any,
        Reach::TimedOut { ms: 5000.0 },
        &BodyCheck::NotApplicable,
        5000,
    ));
    let props = NetworkProps {
        network: NetworkView {
            status: CheckStatus::Running,
            pattern: None,
            endpoints: Rc::new(endpoints.clone()),
            results,
        },
        on_retry: Callback::noop(),
    };
    let root = render(network_check(&english(), &props)).await;
    assert_eq!(
        attr(&root, "[data-check=network]", "data-status").as_deref(),
        Some("running")
    );
    assert_eq!(attr(&root, "[data-check=network]", "data-pattern"), None);
    assert_eq!(
        root.query_selector_all("[data-endpoint]").unwrap().length() as usize,
        endpoints.len()
    );
    assert_eq!(
        attr(&root, "[data-endpoint=login]", "data-status").as_deref(),
        Some("timeout")
    );
    assert_eq!(
        attr(&root, "[data-endpoint=login]", "data-latency-ms").as_deref(),
        Some("5000")
    );
    assert_eq!(
        attr(&root, "[data-endpoint=self]", "data-status").as_deref(),
        Some("running")
    );
    assert_eq!(attr(&root, "[data-endpoint=self]", "data-latency-ms"), None);
}

#[wasm_bindgen_test]
async fn network_card_shows_pattern_when_done() {
    let endpoints = vec![network::self_endpoint("http://127.0.0.1:1")];
    let results = vec![Some(network::classify(
        Expect::Any,
        Reach::Answered { ms: 3.0 },
        &BodyCheck::NotApplicable,
        5000,
    ))];
    let props = NetworkProps {
        network: NetworkView {
            status: CheckStatus::Fail,
            pattern: Some(NetworkPattern::MicrosoftBlocked),
            endpoints: Rc::new(endpoints),
            results,
        },
        on_retry: Callback::noop(),
    };
    let root = render(network_check(&english(), &props)).await;
    assert_eq!(
        attr(&root, "[data-check=network]", "data-pattern").as_deref(),
        Some("microsoft-blocked")
    );
    assert!(root.text_content().unwrap().contains("allow-list"));
}

#[wasm_bindgen_test]
async fn clock_sampling_against_the_test_server() {
    // The runner's own server: same origin, so its Date header (if any) is readable.
    match effects::clock::sample("/").await {
        Ok(s) => {
            assert!(s.rtt_ms >= 0.0 && s.rtt_ms < 5000.0);
            let b = s.bounds();
            // This machine's clock and its own server agree to within the header's second.
            assert!(b.lo_ms <= 1.0 + s.rtt_ms && b.hi_ms >= -1.0, "{b:?}");
        }
        // A server without Date must give the explicit error, never a fake sample.
        Err(e) => assert_eq!(
            e,
            EffectError::Core(signin_core::CoreError::MissingDateHeader)
        ),
    }
}

#[wasm_bindgen_test]
async fn probes_tell_answer_refusal_and_dns_failure_apart() {
    let origin = effects::platform::origin();
    let me = network::self_endpoint(&origin);
    let (reach, body) = effects::probe::probe(&me, 5000).await;
    assert!(matches!(reach, Reach::Answered { .. }), "{reach:?}");
    assert_eq!(body, BodyCheck::NotApplicable);

    let mut refused = me.clone();
    refused.url = "http://127.0.0.1:9/".into(); // discard port: nothing listens
    let (reach, _) = effects::probe::probe(&refused, 5000).await;
    assert!(
        matches!(reach, Reach::NetworkError { ms } if ms < 4000.0),
        "{reach:?}"
    );

    let mut dns = me.clone();
    dns.url = "http://nowhere.invalid/".into();
    dns.expect = Expect::OpenidConfiguration;
    let (reach, body) = effects::probe::probe(&dns, 5000).await;
    assert!(matches!(reach, Reach::NetworkError { .. }), "{reach:?}");
    assert_eq!(body, BodyCheck::Failed);
    let r = network::classify(dns.expect, reach, &body, 5000);
    assert_eq!(r.status, EndpointStatus::Fail);
    assert_eq!(me.role, Role::Control);
}

#[wasm_bindgen_test]
async fn probe_timeout_aborts_within_the_limit() {
    // A same-origin path that the runner serves; a 1 ms limit must end as a timeout,
    // promptly, with the request aborted rather than left dangling.
    let me = network::self_endpoint(&effects::platform::origin());
    let start = effects::mono_now_ms();
    let (reach, _) = effects::probe::probe(&me, 1).await;
    let took = effects::mono_now_ms() - start;
    assert!(took < 1000.0, "took {took} ms");
    assert!(
        matches!(reach, Reach::TimedOut { .. } | Reach::Answered { .. }),
        "{reach:?}"
    );
}

mod sample {
    use signin_core::platform::{Client, Os};
    use signin_core::script::{ScriptEndpoint, ScriptOptions, ScriptRequest};
    include!("../core/tests/fixtures/script_request.rs");
}

fn script_props(os: signin_core::platform::Os) -> teams_signin_check::views::script::ScriptProps {
    use signin_core::script::{self, ScriptOptions};
    let mut request = sample::request(
        os,
        signin_core::platform::Client::Both,
        ScriptOptions::default(),
    );
    request.organization = "Contoso \"IT\" <b>".into();
    teams_signin_check::views::script::ScriptProps {
        texts: Texts(english()),
        os,
        steps: ScriptOptions::default(),
        on_steps: Callback::noop(),
        script: Rc::new(script::generate(&request)),
        run_command: script::run_command(os),
        description: Rc::new(script::describe(&request)),
    }
}

#[wasm_bindgen_test]
async fn script_panel_shows_exactly_the_download_and_the_run_command() {
    use signin_core::platform::Os;
    use teams_signin_check::views::script::ScriptPanel;
    for os in Os::ALL {
        let props = script_props(os);
        let script = props.script.clone();
        let root = render(html! { <ScriptPanel ..props /> }).await;
        let shown = root
            .query_selector(&format!("[data-script=\"{}\"]", os.as_str()))
            .unwrap()
            .expect("[data-script]")
            .text_content()
            .unwrap();
        let bytes = script.bytes();
        let bom = b"\xEF\xBB\xBF";
        let body = if os == Os::Windows {
            assert!(
                bytes.starts_with(bom),
                "the .ps1 download starts with a BOM"
            );
            &bytes[3..]
        } else {
            assert!(!bytes.starts_with(bom), "no BOM in a shell script");
            &bytes[..]
        };
        assert_eq!(
            shown.as_bytes(),
            body,
            "{os:?}: shown text == download minus BOM"
        );
        assert_eq!(
            attr(&root, "[data-run-command]", "data-run-command").as_deref(),
            Some(os.as_str())
        );
        let command = root
            .query_selector("[data-run-command]")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap();
        assert_eq!(command, signin_core::script::run_command(os));
        assert!(root
            .query_selector(&format!("[data-download=\"{}\"]", os.as_str()))
            .unwrap()
            .is_some());
    }
}

#[wasm_bindgen_test]
fn measured_records_a_performance_measure_and_returns_the_result() {
    let out = effects::measured("script-gen-test", || 41 + 1);
    assert_eq!(out, 42);
    let p = web_sys::window().unwrap().performance().unwrap();
    assert!(p.get_entries_by_name("script-gen-test").length() >= 1);
}

#[wasm_bindgen_test]
async fn help_fragments_are_clones_of_the_page_template_and_stay_the_same_node() {
    use signin_core::help;
    use signin_core::platform::Os;
    use signin_core::prerender::content::{self, Fragment};
    use teams_signin_check::effects::content::{self as page_content, Slot};
    use teams_signin_check::views::plan::help_fragment;

    // Without the build's template (a page built without its post-build step): a note that
    // says so, not an empty space.
    let en = english();
    let root = render(help_fragment(&en, Slot::Test(1), Fragment::Tls)).await;
    assert!(root
        .query_selector("[data-help-missing=tls]")
        .unwrap()
        .is_some());

    // With it, as the build writes it into index.html: the fallback (whose solution steps
    // are fragments) and the empty template.
    let document = web_sys::window().unwrap().document().unwrap();
    let holder = document.create_element("div").unwrap();
    let fallback = signin_core::prerender::render(&signin_core::config::Config::default(), &en, "");
    holder.set_inner_html(&format!("{fallback}{}", content::template()));
    document.body().unwrap().append_child(&holder).unwrap();
    let root = render(help_fragment(&en, Slot::Test(2), Fragment::Time(Os::Macos))).await;
    let list = root
        .query_selector("ol[data-help=time-macos]")
        .unwrap()
        .expect("the fragment is in the view");
    let text = list.text_content().unwrap();
    let first = en.plain(&help::time_fix_steps(Os::Macos)[0].text);
    assert!(text.contains(&first), "{text}");
    // Taken out of the document once, and each slot keeps its one clone, so re-renders
    // leave the DOM alone.
    assert!(document.get_element_by_id(content::TEMPLATE_ID).is_none());
    let again = page_content::node(Slot::Test(2), Fragment::Time(Os::Macos)).unwrap();
    assert!(again.is_same_node(Some(&list)));
    let other_slot = page_content::node(Slot::Test(3), Fragment::Time(Os::Macos)).unwrap();
    assert!(!other_slot.is_same_node(Some(&list)));
    holder.remove();

    // The fragments that are not in the fallback arrive with the texts after the checks.
    assert!(page_content::node(Slot::Test(4), Fragment::Timezone(Os::Macos)).is_none());
    page_content::add_later(&content::later(&en));
    let root = render(help_fragment(
        &en,
        Slot::Test(4),
        Fragment::Timezone(Os::Macos),
    ))
    .await;
    assert!(root
        .query_selector("ol[data-help=timezone-macos]")
        .unwrap()
        .is_some());
}

/// The catalog's hand-written plural rules agree with the browser's own `Intl.PluralRules`
/// for every shipped language (what the reader's browser would say).
#[wasm_bindgen_test]
fn plural_rules_agree_with_the_browser() {
    use signin_core::catalog::LANGUAGES;
    for lang in LANGUAGES {
        for n in (0..=300).chain([1000, 1001, 1_000_000]) {
            assert_eq!(
                effects::intl::plural_category(lang.tag, n),
                lang.plural.category(n).as_str(),
                "{} {n}",
                lang.tag
            );
        }
    }
}

/// Values are marked up by kind: technical ones left-to-right and never translated, names
/// isolated, numbers in the language's digits; nothing adds direction control characters.
#[wasm_bindgen_test]
async fn texts_mark_up_their_values() {
    use signin_core::text::{Arg, Text};
    use teams_signin_check::views::text::tr;
    let en = english();
    let root = render(tr(
        &en,
        Text::clock_zone_named(Arg::code("Europe/Berlin"), Arg::code("UTC+01:00")),
    ))
    .await;
    let code = root
        .query_selector("code")
        .unwrap()
        .expect("a code element");
    assert_eq!(code.get_attribute("dir").as_deref(), Some("ltr"));
    assert_eq!(code.get_attribute("translate").as_deref(), Some("no"));
    assert_eq!(code.text_content().as_deref(), Some("Europe/Berlin"));
    let root = render(tr(&en, Text::footer_help(Arg::name("Contoso IT")))).await;
    assert_eq!(
        root.query_selector("bdi")
            .unwrap()
            .and_then(|b| b.text_content())
            .as_deref(),
        Some("Contoso IT")
    );
    let root = render(tr(&en, Text::network_latency(12345u32))).await;
    assert_eq!(root.text_content().as_deref(), Some("12,345 ms"));
    assert_eq!(effects::intl::number("de", 12345), "12.345");
    assert_eq!(effects::intl::tenths("de", 24), "2,4");
    for c in root.text_content().unwrap_or_default().chars() {
        assert!(!signin_core::catalog::check::is_bidi_control(c), "{c:?}");
    }
}
