//! The build step's `prerender DIST`, run as Trunk's hook runs it, on a folder with
//! `index.html` and `config.json`. (`teams-fix-script` has its own tests: `script_cli.rs`.)
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::process::Command;

use signin_core::config;
use signin_core::prerender::{self, END_MARKER, START_MARKER};

const CONFIG: &str = r#"{ "organization": "Fabrikam <IT> & \"Co\"",
  "helpdesk": { "email": "it@fabrikam.example", "phone": "+44 20 7946 0000" } }"#;

fn page() -> String {
    format!(
        "<!doctype html><body><div id=\"app\">{START_MARKER}<p>old</p>{END_MARKER}</div></body>"
    )
}

#[test]
fn prerender_writes_the_guidance_from_the_folders_config_and_is_repeatable() {
    let dir = tempfile::tempdir().expect("temp dir");
    fs::write(dir.path().join("index.html"), page()).expect("write");
    fs::write(dir.path().join("config.json"), CONFIG).expect("write");
    let run = || {
        let status = Command::new(env!("CARGO_BIN_EXE_prerender"))
            .arg(dir.path())
            .status()
            .expect("run prerender");
        assert!(status.success());
        fs::read_to_string(dir.path().join("index.html")).expect("read")
    };
    let first = run();
    let (config, _) = config::parse(CONFIG, "https://localhost");
    assert_eq!(
        Some(first.clone()),
        prerender::insert(&page(), &prerender::render(&config))
    );
    assert!(first.contains("Fabrikam &lt;IT&gt; &amp; &quot;Co&quot;"));
    assert!(first.contains("mailto:it@fabrikam.example"));
    assert!(!first.contains("<p>old</p>"));
    assert_eq!(run(), first, "running the step twice changes nothing");
}

#[test]
fn prerender_fails_without_markers() {
    let dir = tempfile::tempdir().expect("temp dir");
    fs::write(dir.path().join("index.html"), "<div id=\"app\"></div>").expect("write");
    let out = Command::new(env!("CARGO_BIN_EXE_prerender"))
        .arg(dir.path())
        .output()
        .expect("run prerender");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("markers"));
}
