//! The build step's `prerender DIST`, run as Trunk's hook runs it, on a folder with
//! `index.html` and `config.json`: the site in every language, repeatable, IT's overrides
//! applied and checked. (`teams-fix-script` has its own tests: `script_cli.rs`.)
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

use signin_core::catalog::LANGUAGES;
use signin_core::prerender::site::{BODY_END, BODY_START, HEAD_END, HEAD_START};

const CONFIG: &str = r#"{ "organization": "Fabrikam <IT> & \"Co\"",
  "helpdesk": { "email": "it@fabrikam.example", "phone": "+44 20 7946 0000" } }"#;

/// Trunk's index.html as the build sees it: its asset links relative (`./`), the regions.
fn page() -> String {
    format!(
        "<!doctype html><html lang=\"en\"><head>{HEAD_START}<title>old</title>{HEAD_END}\
         <link rel=\"stylesheet\" href=\"./style-1.css\"><script type=\"module\">import init from './app-1.js';</script>\
         </head><body>{BODY_START}<div id=\"app\"><p>old</p></div>{BODY_END}</body></html>"
    )
}

fn prerender(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_prerender"))
        .arg(dir)
        .args(args)
        .output()
        .expect("run prerender")
}

fn folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    fs::write(dir.path().join("index.html"), page()).expect("write");
    fs::write(dir.path().join("config.json"), CONFIG).expect("write");
    dir
}

fn read(dir: &Path, file: &str) -> String {
    fs::read_to_string(dir.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"))
}

#[test]
fn writes_every_language_repeatably() {
    let dir = folder();
    let out = prerender(dir.path(), &[]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let root = read(dir.path(), "index.html");
    assert!(root.contains("<html lang=\"en\" dir=\"ltr\">"), "{root}");
    assert!(root.contains("href=\"./style-1.css\""));
    assert!(root.contains("<meta name=\"app-root\" content=\"./\">"));
    assert!(root.contains("Fabrikam &lt;IT&gt; &amp; &quot;Co&quot;"));
    assert!(root.contains("mailto:it@fabrikam.example"));
    assert!(!root.contains("<p>old</p>") && !root.contains("<title>old</title>"));
    for lang in LANGUAGES {
        let page = read(dir.path(), &format!("{}/index.html", lang.tag));
        assert!(
            page.contains(&format!(
                "<html lang=\"{}\" dir=\"{}\">",
                lang.tag,
                lang.dir.as_str()
            )),
            "{}",
            lang.tag
        );
        // One folder down, the shared files are one folder up.
        assert!(page.contains("href=\"../style-1.css\""), "{}", lang.tag);
        assert!(page.contains("from '../app-1.js'"), "{}", lang.tag);
        assert!(page.contains("<meta name=\"app-root\" content=\"../\">"));
        assert!(
            page.contains("href=\"../Fix-TeamsSignIn.ps1\""),
            "{}",
            lang.tag
        );
        // The lazily loaded texts the page names exist.
        let lazy = page
            .split("\"lazy\":\"")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .expect("lazy path");
        assert!(dir.path().join(lazy).is_file(), "{lazy}");
        // The menu lists every language, the current one marked.
        for other in LANGUAGES {
            assert!(page.contains(&format!("hreflang=\"{}\"", other.tag)));
        }
        assert_eq!(page.matches("aria-current=\"true\"").count(), 1);
    }
    assert!(
        !dir.path().join("en-XA").exists(),
        "the pseudo-language only when asked for"
    );
    let first: Vec<String> = ["index.html", "de/index.html", "ar/index.html"]
        .iter()
        .map(|f| read(dir.path(), f))
        .collect();
    let again = prerender(dir.path(), &[]);
    assert!(again.status.success());
    for (f, before) in ["index.html", "de/index.html", "ar/index.html"]
        .iter()
        .zip(first)
    {
        assert_eq!(
            read(dir.path(), f),
            before,
            "{f}: running the step twice changes nothing"
        );
    }
    let lazy_files = fs::read_dir(dir.path().join("de"))
        .expect("de")
        .filter(|e| {
            e.as_ref()
                .is_ok_and(|e| e.file_name().to_string_lossy().starts_with("l10n-"))
        })
        .count();
    assert_eq!(lazy_files, 1, "old lazily loaded texts are removed");
}

#[test]
fn the_default_and_report_languages_come_from_the_config() {
    let dir = folder();
    fs::write(
        dir.path().join("config.json"),
        r#"{ "language": "de-AT", "report_language": "fr" }"#,
    )
    .expect("write");
    assert!(prerender(dir.path(), &["--pseudo"]).status.success());
    let root = read(dir.path(), "index.html");
    assert!(
        root.contains("<html lang=\"de\" dir=\"ltr\">"),
        "the root is German"
    );
    // German pages load the report's French texts; the French page needs no second copy.
    let de = read(dir.path(), "de/index.html");
    assert!(
        de.contains("\"report\":\"fr/l10n-report-"),
        "German pages load the French report texts"
    );
    assert!(!de.contains("id=\"l10n-report\""));
    assert!(!read(dir.path(), "fr/index.html").contains("\"report\":"));
    let pseudo = read(dir.path(), "en-XA/index.html");
    assert!(pseudo.contains("<html lang=\"en-XA\""));
    assert!(!pseudo.contains("hreflang=\"en-XA\""), "never in the menu");
}

#[test]
fn it_overrides_change_a_text_and_are_checked() {
    let dir = folder();
    fs::create_dir_all(dir.path().join("texts")).expect("mkdir");
    fs::write(
        dir.path().join("texts/en.ftl"),
        "page-lead = Contoso's own words for the lead.\n",
    )
    .expect("write");
    let out = prerender(dir.path(), &[]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(read(dir.path(), "en/index.html").contains("Contoso&#39;s own words for the lead."));
    assert!(!read(dir.path(), "de/index.html").contains("Contoso&#39;s own words"));

    fs::write(
        dir.path().join("texts/en.ftl"),
        "page-lead = Lead { $nope }\nno-such-key = x\n",
    )
    .expect("write");
    let out = prerender(dir.path(), &[]);
    assert!(!out.status.success(), "a broken override stops the build");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("texts/en.ftl") && err.contains("page-lead"),
        "{err}"
    );
    assert!(err.contains("no-such-key"), "{err}");
}

#[test]
fn refuses_a_page_without_its_regions() {
    let dir = tempfile::tempdir().expect("temp dir");
    fs::write(dir.path().join("index.html"), "<div id=\"app\"></div>").expect("write");
    let out = prerender(dir.path(), &[]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("markers"));
}
