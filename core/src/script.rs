//! The fix-script generator: a [`ScriptRequest`] in, the text of a PowerShell or bash script out.
//!
//! Trust model: `os`, `client` and `steps` only choose which fixed code is emitted. Every other
//! field is untrusted text from IT's config or the page URL; it reaches a script only inside a
//! string literal made by [`quote::powershell`] or [`quote::bash`], assigned once to a variable
//! near the top (`$Organization = '…'`, `ORGANIZATION='…'`). Comments only ever *name* those
//! variables, so no free text can end up in a comment. URLs must also pass [`is_safe_url`];
//! an endpoint that fails it is dropped and only counted in a comment, never echoed.

mod actions;
pub mod bash;
mod describe;
pub mod exit_codes;
pub mod powershell;
pub mod quote;
mod template;

use crate::config::Config;
use serde::{Deserialize, Serialize};

use crate::platform::{Client, Os};

pub use actions::{actions, ScriptAction, ScriptOption};
pub use describe::describe;
pub use exit_codes::{exit_codes, ExitCode};

/// How many backup folders a script keeps: after a successful run it removes older ones, so a
/// multi-gigabyte cache is not kept forever.
pub const KEEP_BACKUPS: u32 = 3;

/// Everything the page knows when the user asks for a fix script. Serializable because the
/// page hands it to the generator's own wasm module (`script-gen/`) as JSON.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScriptRequest {
    /// Chooses the language and the OS-specific code paths.
    pub os: Os,
    /// Chooses which cache folders, processes and restart commands are emitted.
    pub client: Client,
    /// Which steps the script performs.
    pub options: ScriptOptions,
    /// Organization name from IT's config (untrusted free text).
    pub organization: String,
    /// Help-desk contact line from IT's config (untrusted free text).
    pub helpdesk: String,
    /// Addresses the script re-tests; each URL is re-validated with [`is_safe_url`].
    pub endpoints: Vec<ScriptEndpoint>,
    /// URL whose `Date` header the script compares with the OS clock (validated like endpoints;
    /// [`DEFAULT_CLOCK_URL`] is used when it fails).
    pub clock_url: String,
    /// The config's clock thresholds in seconds (`clock.warn_seconds`, `clock.fail_seconds`).
    /// Every script's own clock check judges by these, like the page.
    pub warn_seconds: u32,
    pub fail_seconds: u32,
}

/// The request the page (and the command-line generator) makes for `os`, `client` and
/// `options` under `config`; `None` means the built-in defaults ([`Config::default`]), as when
/// the page has no `config.json`. The clock URL is always [`DEFAULT_CLOCK_URL`]: the config's
/// `clock.source` is a path on the page's own server, which a script cannot use.
pub fn request_for(
    config: Option<&Config>,
    os: Os,
    client: Client,
    options: &ScriptOptions,
) -> ScriptRequest {
    let defaults;
    let config = match config {
        Some(c) => c,
        None => {
            defaults = Config::default();
            &defaults
        }
    };
    ScriptRequest {
        os,
        client,
        options: *options,
        organization: config.organization.clone().unwrap_or_default(),
        helpdesk: config.helpdesk.contact_line(),
        endpoints: config
            .network
            .endpoints
            .iter()
            .map(|e| ScriptEndpoint {
                label: e.label.clone(),
                url: e.url.clone(),
            })
            .collect(),
        clock_url: DEFAULT_CLOCK_URL.to_string(),
        warn_seconds: config.clock.warn_seconds,
        fail_seconds: config.clock.fail_seconds,
    }
}

/// One address the script re-tests from the OS.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScriptEndpoint {
    /// Human label (untrusted free text).
    pub label: String,
    /// Must pass [`is_safe_url`], otherwise the endpoint is skipped.
    pub url: String,
}

/// The steps a script performs; [`ScriptOptions::default`] is what the page pre-selects.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScriptOptions {
    /// Stop the current user's Teams processes (graceful, then forced).
    pub stop_teams: bool,
    /// Move (or delete) the Teams cache folders.
    pub clear_cache: bool,
    /// Delete the cache instead of moving it into a backup folder (the user can still override).
    pub delete_instead_of_backup: bool,
    /// Windows only, off by default: reset the new Teams app with `Reset-AppxPackage`
    /// (erases all of its local data, see [`crate::teams::WINDOWS_RESET_ERASES`]).
    pub reset_app: bool,
    /// Re-test endpoints, proxy, VPN and clock from the OS (report only).
    pub retest: bool,
    /// Windows only: report TLS 1.2/1.3 settings and offer to switch on the per-user bits.
    pub tls: bool,
    /// Resync the clock when admin, otherwise open the Date & Time settings.
    pub time_resync: bool,
    /// Start Teams again at the end.
    pub restart: bool,
    /// For managed deployment (Intune, Jamf; chosen in the For IT panel or with the
    /// command-line generator's `--unattended`): no question is asked (what the options chose
    /// is done), nothing waits for Enter, the log goes to a fixed file, the exit code says
    /// whether the re-test still found problems, and the macOS script run as root acts for
    /// the user signed in at the screen. Not a step: it changes how the steps run.
    #[serde(default)]
    pub unattended: bool,
}

impl ScriptOptions {
    /// Nothing selected (the script then only says so).
    pub const NONE: ScriptOptions = ScriptOptions {
        stop_teams: false,
        clear_cache: false,
        delete_instead_of_backup: false,
        reset_app: false,
        retest: false,
        tls: false,
        time_resync: false,
        restart: false,
        unattended: false,
    };
}

impl Default for ScriptOptions {
    /// Safe defaults for a stressed user: everything that fixes CAA20002 without admin rights,
    /// with a backup instead of a delete, and no clock change.
    fn default() -> Self {
        ScriptOptions {
            stop_teams: true,
            clear_cache: true,
            delete_instead_of_backup: false,
            reset_app: false,
            retest: true,
            tls: true,
            time_resync: false,
            restart: true,
            unattended: false,
        }
    }
}

/// A script ready to be offered as a download.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GeneratedScript {
    /// File name for the download (see [`file_name`]).
    pub file_name: &'static str,
    /// MIME type for the `Blob`.
    pub mime: &'static str,
    /// The script, without BOM; CRLF line ends for `.ps1`, LF for `.sh`.
    pub text: String,
    /// Whether the download must start with a UTF-8 BOM. The `.ps1` text is pure ASCII anyway
    /// (see [`quote::powershell`]), so it means the same when the BOM is lost; the BOM is kept
    /// so editors show the file as UTF-8.
    pub bom: bool,
}

/// The page's version, written into every script's header instead of a date or an address,
/// so the same version, config and choices always give the same bytes (a file IT can sign).
pub const PAGE_VERSION: &str = env!("CARGO_PKG_VERSION");

/// UTF-8 byte order mark: Windows PowerShell 5.1 reads a `.ps1` without it in the ANSI code page.
const BOM: &[u8] = b"\xEF\xBB\xBF";

impl GeneratedScript {
    /// The exact bytes of the download: the BOM where [`GeneratedScript::bom`] asks for one,
    /// then the text. The command-line generator writes the same bytes.
    pub fn bytes(&self) -> Vec<u8> {
        let mut bytes = Vec::with_capacity(self.text.len() + BOM.len());
        if self.bom {
            bytes.extend_from_slice(BOM);
        }
        bytes.extend_from_slice(self.text.as_bytes());
        bytes
    }
}

/// Used when the configured clock URL is missing or not acceptable.
pub const DEFAULT_CLOCK_URL: &str = "https://login.microsoftonline.com/";

/// Seconds a script waits for Teams to quit by itself before forcing it.
pub const GRACE_SECONDS: u32 = 10;

/// Generates the fix script for `req`. Pure and deterministic: the same request always gives
/// the same text.
pub fn generate(req: &ScriptRequest) -> GeneratedScript {
    let endpoints = checked_endpoints(&req.endpoints);
    let clock_url = if is_safe_url(&req.clock_url) {
        req.clock_url.as_str()
    } else {
        DEFAULT_CLOCK_URL
    };
    let text = match req.os {
        Os::Windows => powershell::render(req, &endpoints, clock_url),
        Os::Macos | Os::Linux => bash::render(req, &endpoints, clock_url),
    };
    package(req.os, text)
}

/// Wraps the text [`generate`] made for `os` as a download: file name, MIME type, BOM. The
/// page uses it for text that the generator's own wasm module returned.
pub fn package(os: Os, text: String) -> GeneratedScript {
    match os {
        Os::Windows => GeneratedScript {
            file_name: file_name(os),
            mime: "text/plain; charset=utf-8",
            text,
            bom: true,
        },
        Os::Macos | Os::Linux => GeneratedScript {
            file_name: file_name(os),
            mime: "text/x-shellscript; charset=utf-8",
            text,
            bom: false,
        },
    }
}

/// The download's file name per OS (the run command in [`run_command`] expects it in Downloads).
pub fn file_name(os: Os) -> &'static str {
    match os {
        Os::Windows => "Fix-TeamsSignIn.ps1",
        Os::Macos => "fix-teams-signin-macos.sh",
        Os::Linux => "fix-teams-signin-linux.sh",
    }
}

/// The command the page tells the user to paste after downloading. On Windows it bypasses the
/// execution policy for this one run only (a downloaded `.ps1` carries the mark of the web); on
/// macOS `bash file` works although downloads lose the executable bit.
pub fn run_command(os: Os) -> String {
    match os {
        Os::Windows => format!(
            "powershell -NoProfile -ExecutionPolicy Bypass -File \"$env:USERPROFILE\\Downloads\\{}\"",
            file_name(os)
        ),
        Os::Macos | Os::Linux => format!("bash ~/Downloads/{}", file_name(os)),
    }
}

/// Whether `url` may be written into a script: `http`/`https` only, a host of
/// `[A-Za-z0-9.-]` (or a bracketed IPv6 address), an optional port, and a path/query from a
/// conservative character set. Quotes, backslashes, whitespace, control characters and
/// `$ \` < > { } | ^ #` are refused outright, so a URL can never end a string literal or start
/// an expansion in either language even before quoting.
pub fn is_safe_url(url: &str) -> bool {
    // One URL rule for the whole project: the config's strict reader already refuses every
    // character that could end a literal or start an expansion in either language.
    !url.is_empty() && url.is_ascii() && crate::url::parse(url).is_ok()
}

/// An endpoint after re-validation, or the 1-based position of one that was dropped
/// (the position is all a comment may say about it).
pub(crate) enum Checked<'a> {
    Keep { label: &'a str, url: &'a str },
    Skipped { position: usize },
}

fn checked_endpoints(endpoints: &[ScriptEndpoint]) -> Vec<Checked<'_>> {
    endpoints
        .iter()
        .enumerate()
        .map(|(i, e)| {
            if is_safe_url(&e.url) {
                Checked::Keep {
                    label: &e.label,
                    url: &e.url,
                }
            } else {
                Checked::Skipped { position: i + 1 }
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    mod sample {
        use crate::platform::{Client, Os};
        use crate::script::{ScriptEndpoint, ScriptOptions, ScriptRequest};
        include!("../tests/fixtures/script_request.rs");
    }

    fn request(os: Os) -> ScriptRequest {
        sample::request(os, Client::Both, ScriptOptions::default())
    }

    #[rstest]
    #[case(Os::Windows, b"\xEF\xBB\xBF<#".as_slice())]
    #[case(Os::Macos, b"#!/usr/bin/env bash\n".as_slice())]
    #[case(Os::Linux, b"#!/usr/bin/env bash\n".as_slice())]
    fn bytes_are_the_download(#[case] os: Os, #[case] start: &[u8]) {
        let script = generate(&request(os));
        let bytes = script.bytes();
        assert!(bytes.starts_with(start));
        assert!(bytes.ends_with(script.text.as_bytes()));
    }

    #[test]
    fn request_from_config() {
        let (config, _) = crate::config::parse(
            r#"{"organization": "Fabrikam", "helpdesk": {"phone": "+1 555"},
                "clock": {"warn_seconds": 30, "fail_seconds": 90},
                "network": {"endpoints": [{"id": "a", "label": "A", "url": "https://a.example/"}]}}"#,
            "https://page.example",
        );
        let options = ScriptOptions {
            restart: false,
            ..ScriptOptions::default()
        };
        let req = request_for(Some(&config), Os::Linux, Client::New, &options);
        assert_eq!(req.organization, "Fabrikam");
        assert_eq!(req.helpdesk, "+1 555");
        assert_eq!((req.warn_seconds, req.fail_seconds), (30, 90));
        assert_eq!(req.endpoints.len(), 1);
        assert_eq!(req.endpoints[0].url, "https://a.example/");
        assert_eq!(
            (req.os, req.client, req.options),
            (Os::Linux, Client::New, options)
        );
        assert_eq!(req.clock_url, DEFAULT_CLOCK_URL);
    }

    #[test]
    fn no_config_means_the_built_in_defaults() {
        let options = ScriptOptions::default();
        assert_eq!(
            request_for(None, Os::Macos, Client::Both, &options),
            request_for(Some(&Config::default()), Os::Macos, Client::Both, &options)
        );
        let req = request_for(None, Os::Macos, Client::Both, &options);
        assert_eq!(req.organization, "");
        assert!(!req.endpoints.is_empty());
        assert_eq!(
            (req.warn_seconds, req.fail_seconds),
            (
                crate::clock::DEFAULT_WARN_SECONDS,
                crate::clock::DEFAULT_FAIL_SECONDS
            )
        );
    }

    #[test]
    fn urls_follow_the_one_url_table() {
        for url in crate::url::GOOD_URLS {
            assert!(is_safe_url(url), "{url}");
        }
        for url in crate::url::HOSTILE_URLS {
            assert!(!is_safe_url(url), "{url:?}");
        }
    }

    #[test]
    fn too_long_url() {
        assert!(!is_safe_url(&format!(
            "https://example.com/{}",
            "a".repeat(2000)
        )));
    }

    #[rstest]
    #[case(Os::Windows, "Fix-TeamsSignIn.ps1", "powershell -NoProfile -ExecutionPolicy Bypass -File \"$env:USERPROFILE\\Downloads\\Fix-TeamsSignIn.ps1\"")]
    #[case(
        Os::Macos,
        "fix-teams-signin-macos.sh",
        "bash ~/Downloads/fix-teams-signin-macos.sh"
    )]
    #[case(
        Os::Linux,
        "fix-teams-signin-linux.sh",
        "bash ~/Downloads/fix-teams-signin-linux.sh"
    )]
    fn names_and_commands(#[case] os: Os, #[case] name: &str, #[case] command: &str) {
        assert_eq!(file_name(os), name);
        assert_eq!(run_command(os), command);
        assert_eq!(generate(&request(os)).file_name, name);
    }

    #[rstest]
    #[case(Os::Windows, true, "\r\n")]
    #[case(Os::Macos, false, "\n")]
    #[case(Os::Linux, false, "\n")]
    fn encoding_and_line_ends(#[case] os: Os, #[case] bom: bool, #[case] eol: &str) {
        let script = generate(&request(os));
        assert_eq!(script.bom, bom);
        assert!(
            !script.text.starts_with('\u{FEFF}'),
            "the BOM is the caller's job"
        );
        assert!(script.text.ends_with(eol));
        if os == Os::Windows {
            assert!(!script.text.replace("\r\n", "").contains(['\r', '\n']));
            assert!(script.text.is_ascii(), "ASCII-only apart from free text");
        } else {
            assert!(!script.text.contains('\r'));
        }
    }

    #[rstest]
    #[case(Os::Windows)]
    #[case(Os::Macos)]
    #[case(Os::Linux)]
    fn invalid_endpoint_is_dropped_without_echo(#[case] os: Os) {
        let text = generate(&request(os)).text;
        assert!(text.contains("skipped: invalid URL (endpoint 3 of the configuration)"));
        assert!(!text.contains("evil.example"));
        assert!(
            !text.contains("broken"),
            "the label of a dropped endpoint is not written either"
        );
        assert!(text.contains("login.microsoftonline.com/"));
    }

    #[rstest]
    #[case(Os::Windows)]
    #[case(Os::Macos)]
    #[case(Os::Linux)]
    fn bad_clock_url_falls_back(#[case] os: Os) {
        let mut req = request(os);
        req.clock_url = "https://time.example/$(id)".into();
        let text = generate(&req).text;
        assert!(!text.contains("time.example"));
        assert!(text.contains(DEFAULT_CLOCK_URL));
    }

    #[test]
    fn deterministic() {
        for os in Os::ALL {
            assert_eq!(generate(&request(os)), generate(&request(os)));
        }
    }

    #[test]
    fn default_steps() {
        let s = ScriptOptions::default();
        assert!(s.stop_teams && s.clear_cache && s.retest && s.tls && s.restart);
        assert!(!s.delete_instead_of_backup && !s.time_resync);
    }
}
