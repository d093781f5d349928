//! The documents stay whole: every heading the old README had still has a home (the map in
//! `docs/readme-map.md` names the file and heading), every repository path `ARCHITECTURE.md`
//! names exists, and every relative link in the Markdown documents reaches a file and, with a
//! `#fragment`, a heading or an `<a id>` in it.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn read(path: &str) -> String {
    fs::read_to_string(root().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The Markdown documents whose links are checked.
const DOCUMENTS: &[&str] = &[
    "README.md",
    "ARCHITECTURE.md",
    "docs/it-guide.md",
    "docs/testing.md",
    "docs/benchmarks.md",
    "docs/readme-map.md",
    "docs/sources.md",
    "l10n/README.md",
    "tests/e2e/README.md",
];

/// The text of each heading line outside fenced code blocks.
fn headings(markdown: &str) -> Vec<String> {
    let mut fenced = false;
    let mut out = Vec::new();
    for line in markdown.lines() {
        if line.starts_with("```") {
            fenced = !fenced;
        } else if !fenced && line.starts_with('#') {
            let text = line.trim_start_matches('#');
            if text.starts_with(' ') {
                out.push(text.trim().to_string());
            }
        }
    }
    out
}

/// GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens.
fn slug(heading: &str) -> String {
    heading
        .to_lowercase()
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c),
            _ => None,
        })
        .collect()
}

/// Every anchor a document offers: its headings' slugs and its `<a id="…">`s.
fn anchors(markdown: &str) -> BTreeSet<String> {
    let mut out: BTreeSet<String> = headings(markdown).iter().map(|h| slug(h)).collect();
    for part in markdown.split("<a id=\"").skip(1) {
        if let Some(end) = part.find('"') {
            out.insert(part[..end].to_string());
        }
    }
    out
}

#[test]
fn every_old_readme_heading_has_a_home() {
    let map = read("docs/readme-map.md");
    let mut rows = 0;
    let mut problems = Vec::new();
    for line in map.lines().filter(|l| l.starts_with("| ")) {
        let cells: Vec<&str> = line.trim_matches('|').split(" | ").map(str::trim).collect();
        if cells.len() != 3 || cells[0] == "old README heading" || cells[0].starts_with("---") {
            continue;
        }
        rows += 1;
        let file = cells[1].trim_matches('`');
        let heading = cells[2].replace("\\|", "|");
        let target = fs::read_to_string(root().join(file));
        match target {
            Ok(text) if headings(&text).contains(&heading) => {}
            Ok(_) => problems.push(format!(
                "{file} has no heading {heading:?} (home of the old README's {:?})",
                cells[0]
            )),
            Err(e) => problems.push(format!("{file}: {e}")),
        }
    }
    assert!(rows >= 38, "docs/readme-map.md lists only {rows} headings");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The tokens in backticks that look like paths in this repository.
fn named_paths(markdown: &str) -> BTreeSet<String> {
    const TOP: &[&str] = &[
        "core/",
        "src/",
        "catalog/",
        "l10n/",
        "script-gen/",
        "scripts/",
        "tests/",
        "docs/",
        "static/",
    ];
    const FILES: &[&str] = &[
        "index.html",
        "build.rs",
        "Trunk.toml",
        "Cargo.toml",
        "Makefile",
    ];
    markdown
        .split('`')
        .skip(1)
        .step_by(2)
        .filter(|t| TOP.iter().any(|p| t.starts_with(p)) || FILES.contains(t))
        .filter(|t| !t.contains(['<', '*', '{', ' ', '…']))
        .map(str::to_string)
        .collect()
}

#[test]
fn every_path_architecture_names_exists() {
    let text = read("ARCHITECTURE.md");
    let paths = named_paths(&text);
    assert!(paths.len() > 40, "only {} paths found", paths.len());
    let missing: Vec<_> = paths
        .iter()
        .filter(|p| !root().join(p.trim_end_matches(':')).exists())
        .collect();
    assert!(
        missing.is_empty(),
        "ARCHITECTURE.md names paths that do not exist: {missing:?}"
    );
}

#[test]
fn every_relative_link_reaches_its_file_and_anchor() {
    let mut problems = Vec::new();
    for doc in DOCUMENTS {
        let text = read(doc);
        let dir = Path::new(doc).parent().unwrap_or(Path::new(""));
        for part in text.split("](").skip(1) {
            let Some(end) = part.find(')') else { continue };
            let link = &part[..end];
            if link.contains("://") || link.starts_with("mailto:") {
                continue;
            }
            let (file, fragment) = link.split_once('#').unwrap_or((link, ""));
            let target = if file.is_empty() {
                PathBuf::from(doc)
            } else {
                dir.join(file)
            };
            let Ok(target_text) = fs::read_to_string(root().join(&target)) else {
                if !root().join(&target).exists() {
                    problems.push(format!("{doc}: {link} does not exist"));
                }
                continue;
            };
            if !fragment.is_empty() && !anchors(&target_text).contains(fragment) {
                problems.push(format!("{doc}: {link} has no anchor #{fragment}"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn slugs_follow_github() {
    assert_eq!(
        slug("When WebAssembly cannot run: the no-wasm notice"),
        "when-webassembly-cannot-run-the-no-wasm-notice"
    );
    assert_eq!(slug("`config.json` reference"), "configjson-reference");
    assert_eq!(
        slug("Regenerating, signing and distributing the scripts (command line)"),
        "regenerating-signing-and-distributing-the-scripts-command-line"
    );
}
