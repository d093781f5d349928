//! Tests of the pre-rendered pages: the same data as the app, escaped free text, one page per
//! language.

use super::*;
use crate::config::{self, Helpdesk};
use crate::help::SolutionId;
use crate::text::native::{en, english};
use rstest::rstest;

/// The part of `html` from `<section … data-os="os"` to its closing tag.
fn os_part(html: &str, os: Os) -> &str {
    let start = html
        .find(&format!("data-os=\"{}\"", os.as_str()))
        .unwrap_or_else(|| panic!("no section for {os:?}"));
    let end = start + html[start..].find("</section>").expect("section closed");
    &html[start..end]
}

/// Checks that every element opened is closed in order (void elements excepted): enough to
/// catch a missing `</li>` or an unescaped `<` that opens a tag.
fn assert_balanced(html: &str) {
    const VOID: [&str; 4] = ["br", "hr", "img", "input"];
    let mut stack: Vec<String> = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        rest = &rest[i + 1..];
        if rest.starts_with("!--") {
            rest = &rest[rest.find("-->").expect("comment closed") + 3..];
            continue;
        }
        let end = rest.find('>').expect("tag closed");
        let tag = &rest[..end];
        rest = &rest[end + 1..];
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        assert!(!name.is_empty(), "not a tag: <{tag}>");
        if closing {
            assert_eq!(stack.pop().as_deref(), Some(name.as_str()), "at </{name}>");
        } else if !VOID.contains(&name.as_str()) {
            stack.push(name);
        }
    }
    assert!(stack.is_empty(), "unclosed: {stack:?}");
}

fn contoso() -> Config {
    let (config, problems) = config::parse(
        r#"{ "organization": "Contoso IT",
             "helpdesk": { "email": "help@contoso.example", "phone": "+1 555 0100",
                           "url": "https://help.contoso.example/teams" } }"#,
        "https://selfcheck.contoso.example",
    );
    assert!(problems.is_empty(), "{problems:?}");
    config
}

#[rstest]
#[case("plain text", "plain text")]
#[case("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
#[case("a & b", "a &amp; b")]
#[case("&amp;", "&amp;amp;")]
#[case(r#"" onmouseover="x"#, "&quot; onmouseover=&quot;x")]
#[case("it's", "it&#39;s")]
#[case("Zürich — ✕ 日本", "Zürich — ✕ 日本")]
#[case("", "")]
fn escape_html_cases(#[case] input: &str, #[case] expected: &str) {
    assert_eq!(escape_html(input), expected);
}

#[test]
fn escaped_text_contains_no_markup_characters() {
    let nasty = "<>&\"'`=/\\\u{0}\u{202e}";
    let out = escape_html(nasty);
    assert!(!out.contains(['<', '>', '"', '\'']), "{out}");
    // Every `&` starts one of the five entities.
    for (i, _) in out.match_indices('&') {
        let tail = &out[i..];
        assert!(
            ["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"]
                .iter()
                .any(|e| tail.starts_with(e)),
            "{tail}"
        );
    }
}

#[test]
fn config_text_is_escaped_everywhere() {
    let hostile = r#"</h1><script>alert("x")</script><img src=x onerror=alert(1)>'"#;
    let config = Config {
        organization: Some(hostile.to_string()),
        helpdesk: Helpdesk {
            email: Some(format!("a{hostile}@b.example")),
            phone: Some(format!("+1 {hostile}")),
            url: Some(format!("https://x.example/\"{hostile}")),
        },
        ..Config::default()
    };
    let html = render(&config, english(), "");
    assert!(!html.contains("<script"), "{html}");
    assert!(!html.contains("<img"), "{html}");
    assert!(!html.contains("alert(\""), "{html}");
    assert!(html.contains(&escape_html(hostile)));
    assert_balanced(&html);
}

#[rstest]
#[case(Os::Windows, &[r"%localappdata%\Packages\MSTeams_8wekyb3d8bbwe\LocalCache", r"%appdata%\Microsoft\Teams", "inetcpl.cpl", "Time &amp; language"])]
#[case(Os::Macos, &["Library/Containers/com.microsoft.teams2", "Library/Application Support/Microsoft/Teams", "System Settings &gt; General &gt; Date &amp; Time"])]
#[case(Os::Linux, &[".config/teams-for-linux", ".config/Microsoft/Microsoft Teams", "timedatectl set-ntp true"])]
fn every_system_has_all_its_solutions_and_exact_folders(#[case] os: Os, #[case] needles: &[&str]) {
    let html = render(&contoso(), english(), "");
    let part = os_part(&html, os);
    let article = help::article(os, Client::Both);
    for solution in &article.solutions {
        assert!(
            part.contains(&format!("data-solution=\"{}\"", solution.id.as_str())),
            "{os:?} {:?}",
            solution.id
        );
        assert!(part.contains(&escape_html(&english().str(solution.title))));
        for step in &solution.steps {
            assert!(
                part.contains(&text_html(english(), &step.text)),
                "{}",
                en(step.text.clone())
            );
            if let Some(cmd) = &step.command {
                assert!(part.contains(&escape_html(cmd)), "{cmd}");
            }
        }
    }
    assert_eq!(
        part.contains("data-solution=\"tls\""),
        os == Os::Windows,
        "TLS 1.2 is a Windows-only solution"
    );
    for needle in needles {
        assert!(part.contains(needle), "{os:?}: {needle}");
    }
    let link = format!(
        "data-static-script=\"{}\" href=\"{}\"",
        os.as_str(),
        script::file_name(os)
    );
    assert!(part.contains(&link), "{os:?}: {link}");
    assert!(part.contains(&escape_html(&script::run_command(os))));
}

#[test]
fn one_heading_one_main_balanced_markup() {
    let html = render(&contoso(), english(), "");
    assert!(html.starts_with("<div class=\"fallback\" data-fallback>"));
    assert_eq!(html.matches("<h1").count(), 1);
    assert!(
        html.contains("<h1 elementtiming=\"fallback-heading\">Teams won&#39;t sign in (error <code dir=\"ltr\" translate=\"no\">CAA20002</code>)? Let&#39;s find out why.</h1>")
    );
    assert_eq!(html.matches("<main").count(), 1);
    assert_eq!(html.matches("data-static-script=").count(), 3);
    assert_eq!(SolutionId::ALL.len(), 4);
    assert_balanced(&html);
}

#[test]
fn helpdesk_contact_comes_from_the_config() {
    let html = render(&contoso(), english(), "");
    assert!(html.contains("<p class=\"org\"><bdi>Contoso IT</bdi></p>"));
    assert!(html
        .contains("<a href=\"mailto:help@contoso.example\" dir=\"ltr\">help@contoso.example</a>"));
    assert!(html.contains("<a href=\"tel:+15550100\" dir=\"ltr\">+1 555 0100</a>"));
    assert!(html.contains("<a href=\"https://help.contoso.example/teams\" dir=\"ltr\">"));
    let bare = render(&Config::default(), english(), "");
    assert!(bare.contains("<p class=\"org\">Teams sign-in self-check</p>"));
    assert!(!bare.contains("mailto:"));
    assert!(!bare.contains("tel:"));
}

#[test]
fn notice_is_hidden_and_names_every_cause_once() {
    let notice = no_wasm_notice(english());
    assert!(notice.contains("data-notice=\"no-wasm\""));
    assert!(notice.contains("role=\"alert\""));
    let opening = &notice[..notice.find('>').expect("tag")];
    assert!(opening.ends_with(" hidden"), "{opening}");
    for (token, _) in causes() {
        assert_eq!(
            notice
                .matches(&format!("data-cause=\"{token}\" hidden"))
                .count(),
            1,
            "{token}"
        );
    }
    for fix in [
        "JavaScriptJitAllowedForSites",
        "Enhanced Security Mode",
        "javascript.options.wasm",
        "application/wasm",
        "&#39;wasm-unsafe-eval&#39;",
    ] {
        assert!(notice.contains(fix), "{fix}");
    }
    assert!(render(&Config::default(), english(), "").contains(&notice));
    assert_balanced(&notice);
}
