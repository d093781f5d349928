//! `teams-fix-script`: writes a default fix script from a `config.json`, byte for byte what the
//! page offers for download (`.ps1` with a UTF-8 BOM and CRLF line ends).
//!
//! STAND-IN (branch f-fallback): the build step needs this interface before the real command
//! line generator is merged; that one replaces this file.
//!
//! Usage: teams-fix-script --os windows|macos|linux [--client new|classic|both]
//!        [--config PATH] [--out FILE]

use std::io::Write;
use std::process::ExitCode;

use signin_core::config::{self, Config};
use signin_core::platform::{Client, Os};
use signin_core::{prerender, script};

const USAGE: &str = "usage: teams-fix-script --os windows|macos|linux [--client new|classic|both] [--config PATH] [--out FILE]";

fn main() -> ExitCode {
    match run(std::env::args().skip(1).collect()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("teams-fix-script: {message}\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn run(args: Vec<String>) -> Result<(), String> {
    let (mut os, mut client, mut config_path, mut out) = (None, Client::Both, None, None);
    let mut it = args.into_iter();
    while let Some(flag) = it.next() {
        let mut value = || it.next().ok_or_else(|| format!("{flag} needs a value"));
        match flag.as_str() {
            "--os" => {
                os = Some(Os::parse(&value()?).ok_or("--os must be windows, macos or linux")?)
            }
            "--client" => {
                client = Client::parse(&value()?).ok_or("--client must be new, classic or both")?
            }
            "--config" => config_path = Some(value()?),
            "--out" => out = Some(value()?),
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    let os = os.ok_or("--os is required")?;
    let config = match &config_path {
        None => Config::default(),
        Some(path) => {
            let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
            let (config, problems) = config::parse(&text, "http://localhost");
            for p in problems {
                eprintln!("teams-fix-script: warning: {path}: {p}");
            }
            config
        }
    };
    let mut request = prerender::static_script_request(os, &config);
    request.client = client;
    let generated = script::generate(&request);
    let mut bytes = Vec::with_capacity(generated.text.len() + 3);
    if generated.bom {
        bytes.extend_from_slice("\u{feff}".as_bytes());
    }
    bytes.extend_from_slice(generated.text.as_bytes());
    match out {
        Some(path) => std::fs::write(&path, bytes).map_err(|e| format!("{path}: {e}")),
        None => std::io::stdout()
            .write_all(&bytes)
            .map_err(|e| format!("stdout: {e}")),
    }
}
