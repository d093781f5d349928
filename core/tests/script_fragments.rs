//! The script fragments (`core/src/script/ps1/*.ps1`, `core/src/script/sh/*.sh`) linted as the
//! files a reviewer reads: every `.ps1` parses with tree-sitter-powershell and every `.sh`
//! passes shellcheck and tree-sitter-bash, with each `{{PLACEHOLDER}}` replaced by a sample of
//! its kind. A placeholder this test does not know is a failure, and so is one left in a
//! generated script.
//!
//! Fragments that are not complete on their own (they open a block the generator closes after
//! adding generated lines) are linted joined with what closes them: see [`JOINED`].
#![cfg(not(target_arch = "wasm32"))]

#[path = "fixtures/script_support.rs"]
mod support;

use signin_core::platform::{Client, Os};
use signin_core::script::{generate, run_command};
use std::path::{Path, PathBuf};
use std::process::Command;
use support::{bash_parser, powershell_parser, request, step_matrix, syntax_problems};

/// Every placeholder the generators fill, with a sample of its kind per language.
const PLACEHOLDERS: &[(&str, &str, &str)] = &[
    // (name, PowerShell sample, bash sample)
    ("ACTIONS", "1. Does something.", "1. Does something."),
    ("DEFAULT_MODE", "This is the default.", "Default text."),
    ("TIME_NOTE", "", ""),
    ("SCRIPT_FILE", "Fix-TeamsSignIn.ps1", "fix.sh"),
    ("OS_LABEL", "Windows", "macOS"),
    ("ORGANIZATION", "'Contoso'", "'Contoso'"),
    ("HELPDESK", "'help'", "'help'"),
    ("PAGE_VERSION", "'0.1.0'", "'0.1.0'"),
    ("SCRIPT_NAME", "'x.ps1'", "'x.sh'"),
    ("SCRIPT_OS", "'Windows'", "'macOS'"),
    ("GRACE_SECONDS", "10", "10"),
    ("FAIL_SECONDS", "300", "300"),
    ("WARN_SECONDS", "60", "60"),
    ("CAPTIVE_PORTAL_URL", "'http://x/'", "'http://x/'"),
    ("CAPTIVE_PORTAL_TEXT", "'Microsoft Connect Test'", "'x'"),
    ("TLS_HOST", "'login.example'", "'login.example'"),
    ("MICROSOFT_ROOTS", "'A|B'", "'A|B'"),
    ("RESET_ERASES", "'everything'", "'x'"),
    ("PACKAGE_NAME", "'MSTeams'", "'x'"),
    ("RETEST_CALL", "Invoke-Retest", "step_retest"),
    ("DEFAULT_DELETE", "$false", "0"),
    ("PACKAGE_FOLDER_PATTERN", "'\\\\X$'", "'x'"),
    ("CLASSIC_INSTALL_DIR", "'Microsoft\\Teams'", "'x'"),
    ("WEBVIEW_PATTERN", "'X|ms-teams'", "'x'"),
    ("NEW_PACKAGE", "'Packages\\X'", "'x'"),
    ("CLASSIC_UPDATER", "'Microsoft\\Teams\\Update.exe'", "'x'"),
    (
        "DATE_TIME_SETTINGS",
        "'ms-settings:dateandtime'",
        "'x-apple:x'",
    ),
    ("DATE_TIME_SETTINGS_LEGACY", "'x'", "'x-apple:y'"),
    ("WARN_SECONDS", "60", "60"),
    ("KEEP_NOTE", "Kept.", "Kept."),
    ("WEB_HOSTS", "'a and b'", "'a and b'"),
    ("CAPTIVE_URL", "'http://x/'", "'http://x/'"),
    ("CAPTIVE_EXPECT", "'x'", "'x'"),
    ("SIGN_IN_HOST", "'x'", "'x'"),
    ("RUN_AS", "Run it as yourself.", "Run it as yourself."),
    ("MODE_NOTE", "It asks first.", "It asks first."),
    ("MODE_HELP", "It asks first.", "It asks first."),
    ("EXIT_CODES", "0   done", "0   done"),
    ("UNATTENDED", "$false", "0"),
    (
        "UNATTENDED_LOG",
        "'TeamsSignInFix\\x.log'",
        "'Library/Logs/x.log'",
    ),
    ("KEEP_BACKUPS", "3", "3"),
    ("ROOT_HANDOFF", "", "act_for_console_user \"$@\""),
    ("WITHOUT_TEAMS", "exit 0", "exit 0"),
    ("STAT_KIND", "", "BSD"),
    ("STAT_DEVICE", "", "-f %d"),
    ("LOG_NOTE", "A note.", ""),
    ("APPS_SETTINGS", "'ms-settings:appsfeatures'", ""),
    ("ISSUER_PREFIXES", "'https://a/|https://b/'", ""),
];

/// Fragments linted together, in this order (the middle string stands for generated lines).
const JOINED: &[(&str, &str, &str)] = &[
    (
        "ps1/restart-head.ps1",
        "        if (Test-Path -LiteralPath $newPackage) {\n            Start-Process -FilePath 'explorer.exe'\n",
        "ps1/restart-tail.ps1",
    ),
    ("sh/plan-head.sh", "  say '  - Starts Teams again.'\n}\n", ""),
    ("sh/main-begin.sh", "  finish\n}\n\nmain \"$@\"\n", ""),
];

fn script_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src/script")
}

fn fragments(ext: &str) -> Vec<String> {
    let dir = script_dir().join(ext);
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| format!("{ext}/{}", e.unwrap().file_name().to_string_lossy()))
        .filter(|n| n.ends_with(&format!(".{ext}")))
        .collect();
    names.sort();
    assert!(names.len() > 5, "fragments in {}", dir.display());
    names
}

/// The fragment with its placeholders replaced by samples; an unknown name fails the test.
fn sampled(name: &str) -> String {
    let text = std::fs::read_to_string(script_dir().join(name)).unwrap();
    let bash = name.ends_with(".sh");
    let mut out = String::new();
    let mut rest = text.as_str();
    while let Some(start) = rest.find("{{") {
        let len = rest[start + 2..]
            .find("}}")
            .unwrap_or_else(|| panic!("{name}: unclosed {{{{"));
        let key = &rest[start + 2..start + 2 + len];
        let (_, ps, sh) = PLACEHOLDERS
            .iter()
            .find(|(n, _, _)| *n == key)
            .unwrap_or_else(|| panic!("{name}: unknown placeholder {{{{{key}}}}}"));
        out.push_str(&rest[..start]);
        out.push_str(if bash { sh } else { ps });
        rest = &rest[start + 4 + len..];
    }
    out.push_str(rest);
    out
}

/// The lint units: every fragment alone, except the joined ones, which go together.
fn units(ext: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for name in fragments(ext) {
        if let Some((first, middle, last)) = JOINED
            .iter()
            .find(|(a, _, b)| *a == name || (!b.is_empty() && *b == name))
        {
            if *first == name {
                let tail = if last.is_empty() {
                    String::new()
                } else {
                    sampled(last)
                };
                out.push((name, format!("{}{middle}{tail}", sampled(first))));
            }
            continue;
        }
        out.push((name.clone(), sampled(&name)));
    }
    out
}

#[test]
fn powershell_fragments_parse() {
    let mut parser = powershell_parser();
    for (name, text) in units("ps1") {
        assert!(text.is_ascii(), "{name}: the fixed script text is ASCII");
        assert!(!text.contains('\r'), "{name}: LF in the repository");
        let tree = parser.parse(&text, None).unwrap();
        let problems = syntax_problems(&tree, &text);
        assert!(problems.is_empty(), "{name}: {problems:#?}");
    }
}

#[test]
fn bash_fragments_parse() {
    let mut parser = bash_parser();
    for (name, text) in units("sh") {
        assert!(!text.contains('\r'), "{name}");
        let tree = parser.parse(&text, None).unwrap();
        let problems = syntax_problems(&tree, &text);
        assert!(problems.is_empty(), "{name}: {problems:#?}");
    }
}

#[test]
fn bash_fragments_pass_shellcheck() {
    if Command::new("shellcheck")
        .arg("--version")
        .output()
        .is_err()
    {
        panic!("shellcheck is missing: apt-get install -y shellcheck (scripts/tools.sh test)");
    }
    let dir = tempfile::tempdir().unwrap();
    let mut paths = Vec::new();
    for (name, text) in units("sh") {
        let path = dir.path().join(name.replace('/', "_"));
        std::fs::write(&path, text).unwrap();
        paths.push(path);
    }
    // A fragment is one part of a script: the variables and functions it uses are defined in
    // other fragments (SC2154, SC2034 for the reverse), and its functions are called from
    // elsewhere (SC2317). Everything else must be clean.
    let out = Command::new("shellcheck")
        .args([
            "--shell=bash",
            "--severity=style",
            "--exclude=SC2154,SC2034,SC2317",
        ])
        .args(&paths)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "shellcheck findings:\n{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn generated_scripts_have_no_placeholder_left() {
    for os in Os::ALL {
        for client in Client::ALL {
            for (name, options) in step_matrix() {
                let text = generate(&request(os, client, options)).text;
                assert!(!text.contains("{{"), "{os:?} {client:?} {name}");
                assert!(!text.contains("}}"), "{os:?} {client:?} {name}");
            }
        }
    }
}

#[test]
fn powershell_help_shows_the_pages_run_command() {
    let header = std::fs::read_to_string(script_dir().join("ps1/header.ps1")).unwrap();
    let run = run_command(Os::Windows);
    assert!(header.contains(&format!("{run} -WhatIf")));
    assert!(header.contains(&format!("{run} -Yes")));
}
