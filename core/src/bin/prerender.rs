//! `prerender DIST`: writes the static guidance (see `signin_core::prerender`) into
//! `DIST/index.html`, using `DIST/config.json`. Run by the Trunk post-build hook
//! (`scripts/prerender.sh`) on every build, and again by hand after IT edits `config.json`.

use std::path::Path;
use std::process::ExitCode;

use signin_core::config::{self, Config};
use signin_core::prerender;

fn main() -> ExitCode {
    let Some(dist) = std::env::args().nth(1) else {
        eprintln!("usage: prerender DIST   (the folder with index.html and config.json)");
        return ExitCode::from(2);
    };
    match run(Path::new(&dist)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("prerender: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(dist: &Path) -> Result<(), String> {
    let index = dist.join("index.html");
    let html = std::fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    let config_path = dist.join("config.json");
    let config = match std::fs::read_to_string(&config_path) {
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
                config_path.display()
            );
            Config::default()
        }
    };
    let page = prerender::insert(&html, &prerender::render(&config)).ok_or_else(|| {
        format!(
            "{} has no {} … {} markers (they belong inside <div id=\"app\">)",
            index.display(),
            prerender::START_MARKER,
            prerender::END_MARKER
        )
    })?;
    std::fs::write(&index, page).map_err(|e| format!("{}: {e}", index.display()))
}
