//! The command-line generator (`teams-fix-script`), run as a program: its output is exactly
//! `script::generate(&script::request_for(…)).bytes()` for each system, config problems are
//! reported without stopping it, and bad usage exits with 2.
#![cfg(not(target_arch = "wasm32"))]

use signin_core::config::{self, Config};
use signin_core::platform::{Client, Os};
use signin_core::script::{self, ScriptOptions};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn cli(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_teams-fix-script"))
        .args(args)
        .output()
        .expect("teams-fix-script runs")
}

fn static_config_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../static/config.json")
}

fn expected(config: Option<&Config>, os: Os, client: Client) -> Vec<u8> {
    script::generate(&script::request_for(
        config,
        os,
        client,
        &ScriptOptions::default(),
    ))
    .bytes()
}

#[test]
fn writes_what_the_page_generates() {
    let path = static_config_path();
    let text = std::fs::read_to_string(&path).unwrap();
    let (config, problems) = config::parse(&text, "https://localhost");
    assert!(problems.is_empty(), "{problems:?}");
    for os in Os::ALL {
        for client in Client::ALL {
            let out = cli(&[
                "--os",
                os.as_str(),
                "--client",
                client.as_str(),
                "--config",
                path.to_str().unwrap(),
            ]);
            assert_eq!(out.status.code(), Some(0), "{os:?} {client:?}");
            assert!(
                out.stderr.is_empty(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            assert_eq!(
                out.stdout,
                expected(Some(&config), os, client),
                "{os:?} {client:?}"
            );
        }
        // Defaults: client both, no config = the built-in defaults.
        let out = cli(&["--os", os.as_str()]);
        assert_eq!(out.status.code(), Some(0));
        assert_eq!(out.stdout, expected(None, os, Client::Both), "{os:?}");
    }
}

#[test]
fn writes_the_file_given_with_out() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("Fix-TeamsSignIn.ps1");
    let out = cli(&["--os=windows", "--out", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty());
    let bytes = std::fs::read(&file).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "the .ps1 keeps its BOM");
    assert_eq!(bytes, expected(None, Os::Windows, Client::Both));
}

#[test]
fn config_problems_are_reported_and_it_continues_like_the_page() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("config.json");
    let text = r#"{"organization": "Fabrikam", "clock": {"warn_seconds": "soon"}}"#;
    std::fs::write(&file, text).unwrap();
    let out = cli(&["--os", "linux", "--config", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("clock.warn_seconds"), "{stderr}");
    let (config, _) = config::parse(text, "https://localhost");
    assert_eq!(out.stdout, expected(Some(&config), Os::Linux, Client::Both));
    assert!(String::from_utf8_lossy(&out.stdout).contains("ORGANIZATION='Fabrikam'"));
}

#[test]
fn bad_usage_exits_2() {
    for args in [
        &[][..],
        &["--os", "beos"][..],
        &["--os", "linux", "--client", "old"][..],
        &["--os", "linux", "--bogus"][..],
        &["--os", "linux", "--config", "/nonexistent/config.json"][..],
    ] {
        let out = cli(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
        assert!(!out.stderr.is_empty(), "{args:?}: says why");
    }
    let help = cli(&["--help"]);
    assert_eq!(help.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&help.stdout).contains("--os windows|macos|linux"));
}

#[test]
fn unwritable_output_exits_1() {
    let out = cli(&["--os", "macos", "--out", "/nonexistent/dir/x.sh"]);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn writes_the_unattended_variant() {
    let options = ScriptOptions {
        unattended: true,
        ..ScriptOptions::default()
    };
    for os in Os::ALL {
        let out = cli(&["--os", os.as_str(), "--unattended"]);
        assert_eq!(out.status.code(), Some(0), "{os:?}");
        let expected =
            script::generate(&script::request_for(None, os, Client::Both, &options)).bytes();
        assert_eq!(out.stdout, expected, "{os:?}");
        assert_ne!(out.stdout, cli(&["--os", os.as_str()]).stdout, "{os:?}");
    }
}
