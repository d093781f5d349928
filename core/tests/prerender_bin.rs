//! The build step's two binaries, run as Trunk's hook runs them: `prerender DIST` on a folder
//! with `index.html` and `config.json`, and the `teams-fix-script` stand-in.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::process::Command;

use signin_core::config;
use signin_core::platform::Os;
use signin_core::prerender::{self, END_MARKER, START_MARKER};
use signin_core::script;

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
    let (config, _) = config::parse(CONFIG, "http://localhost");
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

#[test]
fn fix_script_cli_writes_what_generate_returns() {
    let dir = tempfile::tempdir().expect("temp dir");
    let config_path = dir.path().join("config.json");
    fs::write(&config_path, CONFIG).expect("write");
    let (config, _) = config::parse(CONFIG, "http://localhost");
    for os in Os::ALL {
        let out_path = dir.path().join(script::file_name(os));
        let status = Command::new(env!("CARGO_BIN_EXE_teams-fix-script"))
            .args(["--os", os.as_str(), "--config"])
            .arg(&config_path)
            .arg("--out")
            .arg(&out_path)
            .status()
            .expect("run teams-fix-script");
        assert!(status.success());
        let generated = script::generate(&prerender::static_script_request(os, &config));
        let mut expected = Vec::new();
        if generated.bom {
            expected.extend_from_slice("\u{feff}".as_bytes());
        }
        expected.extend_from_slice(generated.text.as_bytes());
        assert_eq!(fs::read(&out_path).expect("read"), expected, "{os:?}");
    }
}
