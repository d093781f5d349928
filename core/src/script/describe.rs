//! Plain-language bullets telling a stressed non-expert what the script will do.
//!
//! Built from the same list of actions ([`super::actions`]) and folder table as the scripts, and never from free
//! text, so the page can show them next to the download button without escaping worries.

use super::actions::{actions, ScriptAction};
use super::{ScriptRequest, GRACE_SECONDS, KEEP_BACKUPS};
use crate::platform::Os;
use crate::teams::cache_folders;
use crate::text::{Arg, Msg, Text};

/// Where the Windows script keeps its backups and logs, under the user's home folder (the
/// local profile, so a multi-gigabyte cache does not roam).
const WINDOWS_WORK_FOLDER: &str = "AppData\\Local\\TeamsSignInFix";

/// What the script generated for `req` will do, one short sentence per bullet, in order.
pub fn describe(req: &ScriptRequest) -> Vec<Text> {
    let os = req.os;
    let unattended = req.options.unattended;
    let actions = actions(os, &req.options);
    let changes = actions.iter().any(|a| a.changes_something());
    let mut out: Vec<Text> = Vec::new();
    if unattended {
        out.push(match os {
            Os::Windows => Text::script_does_unattended_windows(Arg::code(WINDOWS_WORK_FOLDER)),
            Os::Macos => Text::script_does_unattended_macos(Arg::code("Library/Logs")),
            Os::Linux => Text::script_does_unattended_linux(Arg::code(".local/state")),
        });
    } else if changes {
        let dry_run = match os {
            Os::Windows => "-WhatIf",
            _ => "--dry-run",
        };
        out.push(Text::script_does_ask_first(Arg::code(dry_run)));
    }
    for action in &actions {
        match *action {
            ScriptAction::StopTeams => out.push(Text::script_does_stop(GRACE_SECONDS)),
            ScriptAction::ClearCache { delete, after_stop } => {
                // One technical value: the paths exactly as the script uses them.
                let folders = Arg::code(
                    cache_folders(os, req.client)
                        .iter()
                        .map(|d| d.display())
                        .collect::<Vec<_>>()
                        .join(", "),
                );
                if delete {
                    out.push(Text::script_does_delete(folders));
                } else {
                    out.push(match os {
                        Os::Windows => Text::script_does_backup_windows(
                            folders,
                            Arg::code(WINDOWS_WORK_FOLDER),
                        ),
                        _ => Text::script_does_backup(folders),
                    });
                    out.push(Text::script_does_keep_backups(KEEP_BACKUPS));
                }
                out.push(Msg::ScriptDoesKeepBackgrounds.into());
                if !after_stop {
                    out.push(Msg::ScriptDoesNeedsClosed.into());
                }
            }
            ScriptAction::ResetApp => out.push(
                if unattended {
                    Msg::ScriptDoesResetUnattended
                } else {
                    Msg::ScriptDoesReset
                }
                .into(),
            ),
            ScriptAction::Retest => {
                out.push(Msg::ScriptDoesRetest.into());
                out.push(match os {
                    Os::Windows => Text::script_does_retest_windows(Arg::code("dsregcmd")),
                    Os::Macos => Msg::ScriptDoesRetestMacos.into(),
                    Os::Linux => Msg::ScriptDoesRetestLinux.into(),
                });
            }
            ScriptAction::Tls => out.push(
                if unattended {
                    Msg::ScriptDoesTlsUnattended
                } else {
                    Msg::ScriptDoesTls
                }
                .into(),
            ),
            ScriptAction::TimeResync if unattended => out.push(match os {
                Os::Windows => Msg::ScriptDoesTimeUnattendedWindows.into(),
                _ => Text::script_does_time_unattended(Arg::code("sudo")),
            }),
            ScriptAction::TimeResync => out.push(
                match os {
                    Os::Windows => Msg::ScriptDoesTimeWindows,
                    Os::Macos => Msg::ScriptDoesTimeMacos,
                    Os::Linux => Msg::ScriptDoesTimeLinux,
                }
                .into(),
            ),
            ScriptAction::Restart => out.push(Msg::ScriptDoesRestart.into()),
        }
    }
    if changes {
        // The clock sync asks for administrator rights for its one command (unattended, it
        // never asks): then "needs no administrator rights" would not be true.
        let elevates = req.options.time_resync && !unattended;
        out.push(
            if elevates {
                Msg::ScriptDoesLog
            } else {
                Msg::ScriptDoesNoAdmin
            }
            .into(),
        );
        out.push(Msg::ScriptDoesNotInstalled.into());
    } else {
        out.push(
            if actions.is_empty() {
                Msg::ScriptDoesNothing
            } else {
                Msg::ScriptDoesChangeNothing
            }
            .into(),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::platform::Client;
    use crate::script::ScriptOptions;
    use crate::text::native::en;
    use rstest::rstest;

    mod sample {
        use crate::platform::{Client, Os};
        use crate::script::{ScriptEndpoint, ScriptOptions, ScriptRequest};
        include!("../../tests/fixtures/script_request.rs");
    }
    use sample::request as req;

    const NONE: ScriptOptions = ScriptOptions::NONE;

    /// The bullets in English, one per line.
    fn describe(req: &ScriptRequest) -> English {
        English(super::describe(req).into_iter().map(en).collect())
    }

    struct English(Vec<String>);

    impl English {
        fn join(&self, sep: &str) -> String {
            self.0.join(sep)
        }
    }

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
    fn claims_no_administrator_rights_only_when_none_are_asked_for() {
        let sync = ScriptOptions {
            time_resync: true,
            ..ScriptOptions::default()
        };
        for os in Os::ALL {
            let asks = describe(&req(os, Client::Both, sync)).join(" ");
            assert!(!asks.contains("Needs no administrator"), "{os:?}: {asks}");
            assert!(asks.contains("log file"), "{os:?}: {asks}");
            let unattended = ScriptOptions {
                unattended: true,
                ..sync
            };
            let quiet = describe(&req(os, Client::Both, ScriptOptions::default())).join(" ");
            assert!(quiet.contains("Needs no administrator"), "{os:?}: {quiet}");
            let silent = describe(&req(os, Client::Both, unattended)).join(" ");
            assert!(
                silent.contains("Needs no administrator"),
                "{os:?}: {silent}"
            );
        }
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
