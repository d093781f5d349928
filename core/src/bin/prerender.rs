//! `prerender DIST [--pseudo]`: writes the site in every language (see
//! `signin_core::prerender::site`) from Trunk's `DIST/index.html`, the catalogs in `l10n/`,
//! IT's text overrides in `DIST/texts/<language>.ftl` and `DIST/config.json`. Run by the Trunk
//! post-build hook (`scripts/post-build/prerender.sh`) on every build, and again by `post-build.sh` after
//! IT edits `config.json` or a text override. `--pseudo` also writes the pseudo-language
//! `en-XA/` for layout tests.
//!
//! Exit codes: 0 written; 1 a file could not be read or written, or a catalog or override is
//! broken (every problem is listed with its file and line); 2 wrong usage.

use std::path::Path;
use std::process::ExitCode;

use signin_catalog::check::check_language;
use signin_catalog::{languages, pseudo, Language, Resource, LANGUAGES};
use signin_core::config::{self, Config};
use signin_core::prerender::site::{self, Edition, Site};
use signin_core::text::native::{compile, l10n_dir, read_dir, Files};
use signin_core::text::Catalog;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let (Some(dist), rest) = (args.next(), args.collect::<Vec<_>>()) else {
        eprintln!(
            "usage: prerender DIST [--pseudo]   (the folder with index.html and config.json)"
        );
        return ExitCode::from(2);
    };
    let pseudo = match rest.as_slice() {
        [] => false,
        [flag] if flag == "--pseudo" => true,
        _ => {
            eprintln!("usage: prerender DIST [--pseudo]");
            return ExitCode::from(2);
        }
    };
    match run(Path::new(&dist), pseudo) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("prerender: {message}");
            ExitCode::FAILURE
        }
    }
}

fn read_config(dist: &Path) -> Config {
    let path = dist.join("config.json");
    match std::fs::read_to_string(&path) {
        Ok(text) => {
            // Read as teams-fix-script reads it (an https page); the origin only matters for
            // same-origin clock sources and http: probes, neither of which the fallback shows.
            let (config, problems) = config::parse(&text, "https://localhost");
            for p in problems {
                eprintln!("prerender: warning: config.json: {p}");
            }
            config
        }
        Err(e) => {
            eprintln!(
                "prerender: warning: {}: {e}; built-in defaults used",
                path.display()
            );
            Config::default()
        }
    }
}

/// IT's overrides for one language (`DIST/texts/<tag>.ftl`), checked like a translation:
/// only keys English has, with English's variables.
fn overrides(dist: &Path, lang: &Language, english: &Files) -> Result<Option<Files>, String> {
    let path = dist.join("texts").join(format!("{}.ftl", lang.tag));
    let Ok(text) = std::fs::read_to_string(&path) else {
        return Ok(None);
    };
    let resource = signin_catalog::ftl::parse(&text).map_err(|errors| {
        let lines: Vec<String> = errors
            .iter()
            .map(|e| format!("{}: {e}", path.display()))
            .collect();
        lines.join("\n")
    })?;
    // An override may change any message of any file: check it against all of English.
    let mut all = Resource::default();
    for (_, r) in english {
        all.messages.extend(r.messages.iter().cloned());
    }
    let problems = check_language(lang, &[("texts", &all)], &[("texts", &resource)], true);
    if !problems.is_empty() {
        let lines: Vec<String> = problems
            .iter()
            .map(|p| format!("{}: {p}", path.display()))
            .collect();
        return Err(lines.join("\n"));
    }
    eprintln!(
        "prerender: {}: {} text(s) overridden",
        path.display(),
        resource.messages.len()
    );
    Ok(Some(vec![("texts".into(), resource)]))
}

fn run(dist: &Path, with_pseudo: bool) -> Result<(), String> {
    let index = dist.join("index.html");
    let html = std::fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    let config = read_config(dist);
    let root = l10n_dir();
    let english = read_dir(&root.join(languages::SOURCE)).map_err(|e| e.join("\n"))?;
    let mut catalogs: Vec<(&'static Language, Catalog)> = Vec::new();
    for lang in LANGUAGES.iter() {
        let files = read_dir(&root.join(lang.tag)).map_err(|e| e.join("\n"))?;
        let shipped = compile(lang, &files, None).map_err(|e| e.join("\n"))?;
        let catalog = match overrides(dist, lang, &english)? {
            Some(o) => compile(lang, &o, Some(&shipped)).map_err(|e| e.join("\n"))?,
            None => shipped,
        };
        catalogs.push((lang, catalog));
    }
    if with_pseudo {
        let files: Files = english
            .iter()
            .map(|(name, r)| (name.clone(), pseudo::resource(r)))
            .collect();
        let catalog = compile(&languages::PSEUDO, &files, None).map_err(|e| e.join("\n"))?;
        catalogs.push((&languages::PSEUDO, catalog));
    }
    let by_tag = |tag: Option<&str>| tag.and_then(languages::by_tag).unwrap_or(&LANGUAGES[0]);
    let site = Site {
        config: &config,
        editions: catalogs
            .iter()
            .map(|(lang, catalog)| Edition { lang, catalog })
            .collect(),
        default: by_tag(config.language),
        report: by_tag(config.report_language),
    };
    let files = site::build(&html, &site)?;
    // Old lazily loaded text files of this build's languages: their names change with
    // their content, so a rebuild would otherwise leave them behind.
    for (lang, _) in &catalogs {
        if let Ok(entries) = std::fs::read_dir(dist.join(lang.tag)) {
            for e in entries.flatten() {
                let name = e.file_name().to_string_lossy().into_owned();
                if name.starts_with("l10n-") && name.ends_with(".json") {
                    let _ = std::fs::remove_file(e.path());
                }
            }
        }
    }
    for f in files {
        let path = dist.join(&f.path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
        }
        std::fs::write(&path, f.content).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(())
}
