//! Plain-language bullets telling a stressed non-expert what the script will do.
//!
//! Built from the same list of actions ([`super::actions`]) and folder table as the scripts, and never from free
//! text, so the page can show them next to the download button without escaping worries.

use super::actions::{actions, ScriptAction};
use super::{ScriptRequest, GRACE_SECONDS, KEEP_BACKUPS};
use crate::platform::Os;
use crate::teams::cache_folders;

/// What the script generated for `req` will do, one short sentence per bullet, in order.
pub fn describe(req: &ScriptRequest) -> Vec<String> {
    let os = req.os;
    let unattended = req.options.unattended;
    let actions = actions(os, &req.options);
    let changes = actions.iter().any(|a| a.changes_something());
    let mut out = Vec::new();
    if unattended {
        out.push(match os {
            Os::Windows => "This is the unattended variant for Intune or other tools: it asks nothing, does what is chosen here, writes its log to AppData\\Local\\TeamsSignInFix, and tells the result by its exit code. Started in 32-bit PowerShell, it runs itself again in the 64-bit one.".to_string(),
            Os::Macos => "This is the unattended variant for Jamf or other tools: it asks nothing, does what is chosen here, writes its log to Library/Logs in the user's home folder, and tells the result by its exit code. Run as root without a terminal (as Jamf runs it), it acts for the user signed in at the screen, and does nothing when nobody is.".to_string(),
            Os::Linux => "This is the unattended variant for management tools: it asks nothing, does what is chosen here, writes its log to .local/state in the user's home folder, and tells the result by its exit code. It must run as the user.".to_string(),
        });
    } else if changes {
        let dry_run = match os {
            Os::Windows => "-WhatIf",
            _ => "--dry-run",
        };
        out.push(format!(
            "It first shows what it will do and asks you before changing anything. \
             Add {dry_run} to only see the plan."
        ));
    }
    for action in &actions {
        match *action {
            ScriptAction::StopTeams => out.push(format!(
                "Closes Microsoft Teams (only your own Teams windows and background processes), \
                 and forces it to stop if it has not closed after {GRACE_SECONDS} seconds."
            )),
            ScriptAction::ClearCache { delete, after_stop } => {
                let folders = cache_folders(os, req.client)
                    .iter()
                    .map(|d| d.display())
                    .collect::<Vec<_>>()
                    .join(", ");
                if delete {
                    out.push(format!(
                        "Deletes Teams' saved sign-in data and cache ({folders}). This cannot be undone."
                    ));
                } else {
                    let home = match os {
                        Os::Windows => "AppData\\Local\\TeamsSignInFix (your local profile, which does not roam)",
                        _ => "your home folder",
                    };
                    out.push(format!(
                        "Moves Teams' saved sign-in data and cache ({folders}) into one backup folder in \
                         {home}, so you can undo it; the script prints the exact undo command."
                    ));
                    out.push(format!(
                        "Keeps the newest {KEEP_BACKUPS} backup folders: after a successful run it removes older ones and says so."
                    ));
                }
                out.push("Keeps your custom meeting backgrounds.".to_string());
                if !after_stop {
                    out.push(
                        "Leaves the cache alone if Teams is still running: close Teams first."
                            .to_string(),
                    );
                }
            }
            ScriptAction::ResetApp => out.push(format!(
                "Resets the new Teams app, as Settings > Apps > Installed apps > Microsoft Teams > \
                 Advanced options > Reset does. This erases {}. {} Where Windows 10 lacks the reset \
                 command, it opens Settings > Apps instead.",
                crate::teams::WINDOWS_RESET_ERASES,
                if unattended {
                    "It does not ask; there is no undo."
                } else {
                    "It asks first; there is no undo."
                }
            )),
            ScriptAction::Retest => {
                out.push(
                    "Checks, without changing anything, whether this computer can reach the Microsoft \
                     sign-in addresses, and reports your proxy and VPN settings and whether your clock is right."
                        .to_string(),
                );
                out.push(
                    match os {
                        Os::Windows => {
                            "Also reads what a browser cannot see: which certificate authority Windows is shown \
                             for Microsoft's sign-in address (a company's TLS inspection shows up there), whether a \
                             Wi-Fi login page is in the way, and how this device is registered with Microsoft \
                             (dsregcmd)."
                        }
                        Os::Macos => {
                            "Also reads what a browser cannot see: which certificate authority this Mac is shown \
                             for Microsoft's sign-in address (a company's TLS inspection shows up there), whether a \
                             Wi-Fi login page is in the way, and which Teams sign-in items are in your keychain \
                             (names only; no password is read)."
                        }
                        Os::Linux => {
                            "Also reads what a browser cannot see: which certificate authority this computer is \
                             shown for Microsoft's sign-in address (a company's TLS inspection shows up there), and \
                             whether a Wi-Fi login page is in the way."
                        }
                    }
                    .to_string(),
                );
            }
            ScriptAction::Tls => out.push(if unattended {
                "Checks Windows' own TLS settings, which the sign-in service uses (the Teams window \
                 itself ignores them): TLS 1.2 must be on. If it is off in the user's own settings, \
                 switches it on (TLS 1.3 too on Windows 11) without asking, and logs the old setting."
                    .to_string()
            } else {
                "Checks Windows' own TLS settings, which the sign-in service uses (the Teams window \
                 itself ignores them): TLS 1.2 must be on. If it is off in your settings, offers to \
                 switch it on (TLS 1.3 too on Windows 11); it asks first, the answer defaults to no, \
                 and it logs the old setting."
                    .to_string()
            }),
            ScriptAction::TimeResync if unattended => out.push(match os {
                Os::Windows => "Syncs the clock only when it runs with administrator rights (it asks for none); otherwise it says so in the log.",
                _ => "Sets the clock only when sudo needs no password on this computer; otherwise it says so in the log.",
            }
            .to_string()),
            ScriptAction::TimeResync => out.push(match os {
                Os::Windows => "Syncs your clock: Windows asks you for administrator rights for that one command (the rest runs as you). If you decline, it opens the Date & time settings for you.",
                Os::Macos => "Sets your clock from Apple's time server if you are an administrator (asks for your password); otherwise opens the Date & Time settings.",
                Os::Linux => "Turns on automatic time if you may use sudo (asks for your password); otherwise tells you where to switch it on.",
            }
            .to_string()),
            ScriptAction::Restart => {
                out.push("Starts Teams again at the end, so you can sign in fresh.".to_string())
            }
        }
    }
    if changes {
        out.push(
            "Needs no administrator rights, and writes a log file into the backup folder."
                .to_string(),
        );
        out.push(
            "If Teams is not installed it says so, leaves the Teams steps out and runs the others."
                .to_string(),
        );
    } else {
        out.push(if actions.is_empty() {
            "Does nothing: no step is selected.".to_string()
        } else {
            "Changes nothing on your computer.".to_string()
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::platform::Client;
    use crate::script::ScriptOptions;
    use rstest::rstest;

    mod sample {
        use crate::platform::{Client, Os};
        use crate::script::{ScriptEndpoint, ScriptOptions, ScriptRequest};
        include!("../../tests/fixtures/script_request.rs");
    }
    use sample::request as req;

    const NONE: ScriptOptions = ScriptOptions::NONE;

    #[rstest]
    #[case(
        Os::Windows,
        Client::New,
        "MSTeams_8wekyb3d8bbwe\\LocalCache",
        "%APPDATA%"
    )]
    #[case(
        Os::Windows,
        Client::Classic,
        "%APPDATA%\\Microsoft\\Teams",
        "LocalCache"
    )]
    #[case(
        Os::Macos,
        Client::New,
        "com.microsoft.teams2",
        "Application Support/Microsoft/Teams"
    )]
    #[case(
        Os::Macos,
        Client::Classic,
        "Application Support/Microsoft/Teams",
        "teams2"
    )]
    #[case(Os::Linux, Client::New, "teams-for-linux", "Microsoft/Microsoft Teams")]
    #[case(Os::Linux, Client::Classic, "Microsoft Teams", "teams-for-linux")]
    fn names_the_clients_folders(
        #[case] os: Os,
        #[case] client: Client,
        #[case] has: &str,
        #[case] lacks: &str,
    ) {
        let text = describe(&req(os, client, ScriptOptions::default())).join("\n");
        assert!(text.contains(has), "{text}");
        assert!(!text.contains(lacks), "{text}");
        assert!(text.contains("backup folder"));
        assert!(!text.contains("Contoso"), "free text never appears");
    }

    #[rstest]
    #[case(ScriptOptions { delete_instead_of_backup: true, ..ScriptOptions::default() }, "cannot be undone")]
    #[case(ScriptOptions { time_resync: true, ..ScriptOptions::default() }, "clock")]
    #[case(ScriptOptions { restart: true, ..NONE }, "Starts Teams again")]
    #[case(ScriptOptions { stop_teams: true, ..NONE }, "Closes Microsoft Teams")]
    #[case(ScriptOptions { clear_cache: true, ..NONE }, "close Teams first")]
    #[case(ScriptOptions { retest: true, ..NONE }, "Changes nothing")]
    #[case(NONE, "no step is selected")]
    fn follows_the_steps(#[case] steps: ScriptOptions, #[case] expected: &str) {
        for os in Os::ALL {
            let text = describe(&req(os, Client::Both, steps)).join("\n");
            assert!(text.contains(expected), "{os:?}: {text}");
        }
    }

    #[test]
    fn app_reset_says_what_it_erases() {
        let steps = ScriptOptions {
            reset_app: true,
            ..NONE
        };
        let text = describe(&req(Os::Windows, Client::New, steps)).join(" ");
        assert!(text.contains("Reset-AppxPackage") || text.contains("Resets the new Teams app"));
        assert!(text.contains("custom meeting backgrounds") && text.contains("no undo"));
        assert!(!describe(&req(Os::Macos, Client::New, steps))
            .join(" ")
            .contains("Resets"));
        assert!(
            !describe(&req(Os::Windows, Client::New, ScriptOptions::default()))
                .join(" ")
                .contains("Resets")
        );
    }

    #[test]
    fn tls_only_on_windows() {
        let steps = ScriptOptions { tls: true, ..NONE };
        assert!(describe(&req(Os::Windows, Client::Both, steps))
            .join(" ")
            .contains("TLS 1.2"));
        assert!(!describe(&req(Os::Macos, Client::Both, steps))
            .join(" ")
            .contains("TLS"));
        assert!(!describe(&req(Os::Linux, Client::Both, steps))
            .join(" ")
            .contains("TLS"));
    }
}
