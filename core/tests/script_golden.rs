//! Golden files: the default script per system (config = `static/config.json`, client both,
//! default options), and the unattended variant of each (`golden/unattended/`), checked in
//! under `core/tests/golden/` and compared byte for byte, so every change to the script text
//! shows up as a reviewable diff.
//!
//! After an intended change, rewrite them with
//! `UPDATE_GOLDEN=1 cargo test -p signin-core --test script_golden` and review the diff.
#![cfg(not(target_arch = "wasm32"))]

use signin_core::config;
use signin_core::platform::{Client, Os};
use signin_core::script::{self, ScriptOptions};
use std::path::Path;

#[test]
fn default_scripts_match_the_golden_files() {
    let (config, problems) = config::parse(
        include_str!("../../static/config.json"),
        "https://localhost",
    );
    assert!(problems.is_empty(), "{problems:?}");
    let update = std::env::var_os("UPDATE_GOLDEN").is_some_and(|v| v == "1");
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let mut stale = Vec::new();
    for (os, unattended) in Os::ALL.into_iter().flat_map(|os| [(os, false), (os, true)]) {
        let options = ScriptOptions {
            unattended,
            ..ScriptOptions::default()
        };
        let request = script::request_for(Some(&config), os, Client::Both, &options);
        let generated = script::generate(&request);
        let bytes = generated.bytes();
        let path = if unattended {
            dir.join("unattended").join(generated.file_name)
        } else {
            dir.join(generated.file_name)
        };
        if update {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, &bytes).unwrap();
            continue;
        }
        match std::fs::read(&path) {
            Ok(golden) if golden == bytes => {}
            Ok(_) => stale.push(format!("{} differs", path.display())),
            Err(e) => stale.push(format!("{} cannot be read: {e}", path.display())),
        }
    }
    assert!(
        stale.is_empty(),
        "{}\nThe generated default scripts changed. If that is intended, rewrite the golden files with\n  UPDATE_GOLDEN=1 cargo test -p signin-core --test script_golden\nand review the diff (git diff core/tests/golden).",
        stale.join("\n")
    );
}

/// The IT guide's exit-code table is the scripts' table (`script::exit_codes`), row by row.
#[test]
fn the_it_guide_exit_code_table_is_the_scripts_table() {
    let guide =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/it-guide.md"))
            .unwrap();
    let mut codes: Vec<u8> = Os::ALL
        .iter()
        .flat_map(|os| script::exit_codes(*os).iter().map(|e| e.code))
        .collect();
    codes.sort_unstable();
    codes.dedup();
    for code in codes {
        let cell = |os: Os| {
            script::exit_codes(os)
                .iter()
                .find(|e| e.code == code)
                .map_or("(not used)", |e| e.meaning)
        };
        let row = format!(
            "\n| {code} | {} | {} | {} |\n",
            cell(Os::Windows),
            cell(Os::Macos),
            cell(Os::Linux)
        );
        assert!(
            guide.contains(&row),
            "docs/it-guide.md lacks the row {row:?}"
        );
    }
}
