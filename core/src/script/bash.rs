//! The bash generator (macOS and Linux) (its quoting lives in [`super::quote`]).
//!
//! The emitted script targets bash 3.2 (what macOS ships): no associative arrays, no
//! `${v,,}`, no `mapfile`, no `"${empty[@]}"` under `set -u` (a 3.2 error). Which OS code paths
//! it contains is decided here, never by `uname` at run time, so a macOS script can be run on
//! Linux against stub commands in tests.

use super::actions::{
    actions, main_sequence, only_for_teams, plan_lines, printed_plan, MainStep, PlanLine,
    ScriptAction,
};
use super::quote::bash as quote;
use super::template::{fill, indent, Lang, Value};
use super::{exit_codes, Checked, ScriptRequest, GRACE_SECONDS};
use crate::platform::{Client, Os};
use crate::teams::{self, cache_folders, CacheFolder};
use std::fmt::Write as _;

/// Where the unattended variant also writes its log, below the home folder.
fn unattended_log(os: Os) -> &'static str {
    match os {
        Os::Macos => "Library/Logs/fix-teams-signin.log",
        _ => ".local/state/fix-teams-signin.log",
    }
}

/// Renders the whole script (LF line ends).
pub(super) fn render(req: &ScriptRequest, endpoints: &[Checked<'_>], clock_url: &str) -> String {
    let os = req.os;
    let options = &req.options;
    let unattended = options.unattended;
    let actions = actions(os, options);
    let dirs = cache_folders(os, req.client);
    let name = super::file_name(os);
    let exit_rows = exit_codes::rows(os);
    let fill = |fragment: &str, values: &[(&str, Value<'_>)]| fill(Lang::Bash, fragment, values);
    let mut s = String::with_capacity(48 * 1024);

    // Header comment (fixed text; free text is referred to by variable name), then the only
    // place free text enters: one quoted literal per variable.
    s.push_str(&fill(
        include_str!("sh/header.sh"),
        &[
            ("SCRIPT_FILE", Value::Fixed(name)),
            ("OS_LABEL", Value::Fixed(os.label())),
            ("ACTIONS", Value::List(&plan_lines(os, &actions, unattended))),
            (
                "RUN_AS",
                Value::Fixed(match (os, unattended) {
                    (Os::Macos, true) => "Run as root without a terminal (Jamf), it acts for the user signed in at the screen.",
                    _ => "Run it as yourself, not with sudo.",
                }),
            ),
            (
                "MODE_NOTE",
                Value::Fixed(if unattended {
                    "The unattended variant: it asks nothing and does what was chosen on the page."
                } else {
                    "It shows what it will do and asks before changing anything."
                }),
            ),
            ("EXIT_CODES", Value::Rows(&exit_rows)),
            ("ORGANIZATION", Value::Text(&req.organization)),
            ("HELPDESK", Value::Text(&req.helpdesk)),
            ("PAGE_VERSION", Value::Text(super::PAGE_VERSION)),
            ("SCRIPT_NAME", Value::Text(name)),
            ("SCRIPT_OS", Value::Text(os.label())),
            (
                "DEFAULT_DELETE",
                Value::Flag(options.delete_instead_of_backup),
            ),
            ("UNATTENDED", Value::Flag(unattended)),
            ("UNATTENDED_LOG", Value::Text(unattended_log(os))),
            ("GRACE_SECONDS", Value::Number(GRACE_SECONDS)),
        ],
    ));
    if actions.contains(&ScriptAction::Retest) {
        write_endpoints(&mut s, endpoints, clock_url);
    }
    s.push('\n');
    let clears = actions
        .iter()
        .any(|a| matches!(a, ScriptAction::ClearCache { .. }));
    let retest = actions.contains(&ScriptAction::Retest);
    write_tables(&mut s, os, req.client, &dirs, clears, retest);

    section(&mut s, include_str!("sh/common.sh"));
    if os == Os::Macos || retest {
        // osascript (macOS quit) and openssl (re-test) run with a time limit.
        section(&mut s, include_str!("sh/with-timeout.sh"));
    }
    if os == Os::Macos {
        // The macOS version decides the privacy notices (clear and restore) and the clock page.
        section(&mut s, include_str!("sh/mac-version.sh"));
    }
    // Access checks and privacy notices: the clear step and the restore both use them.
    section(&mut s, include_str!("sh/access.sh"));
    section(
        &mut s,
        match os {
            Os::Macos => include_str!("sh/mac-privacy.sh"),
            _ => include_str!("sh/linux-privacy.sh"),
        },
    );
    let web_hosts = teams::TEAMS_WEB_HOSTS.join(" and ");
    section(
        &mut s,
        &match os {
            Os::Macos => include_str!("sh/mac-system.sh").to_string(),
            _ => fill(
                include_str!("sh/linux-system.sh"),
                &[("WEB_HOSTS", Value::Text(&web_hosts))],
            ),
        },
    );
    let root_handoff = os == Os::Macos && unattended;
    if root_handoff {
        section(&mut s, include_str!("sh/mac-root.sh"));
    }
    if !actions.is_empty() {
        section(&mut s, include_str!("sh/add-summary.sh"));
    }
    if actions.iter().any(|a| a.changes_something()) {
        section(
            &mut s,
            &fill(
                include_str!("sh/work-dir.sh"),
                &[("KEEP_BACKUPS", Value::Number(super::KEEP_BACKUPS))],
            ),
        );
    }
    section(
        &mut s,
        &fill(
            include_str!("sh/help.sh"),
            &[
                ("SCRIPT_FILE", Value::Fixed(name)),
                ("OS_LABEL", Value::Fixed(os.label())),
                (
                    "MODE_HELP",
                    Value::Fixed(match (os, unattended) {
                        (_, false) => "It shows what it will do and asks before changing anything.",
                        (Os::Macos, true) => "The unattended variant (for Jamf and other tools): it asks nothing, does what was chosen\non the page, and also writes its log to ~/Library/Logs/fix-teams-signin.log. Run as root\nwithout a terminal, it acts for the user signed in at the screen (never for root).",
                        (_, true) => "The unattended variant (for management tools): it asks nothing, does what was chosen on\nthe page, and also writes its log to ~/.local/state/fix-teams-signin.log. Run it as the user.",
                    }),
                ),
                (
                    "DEFAULT_MODE",
                    Value::Fixed(if options.delete_instead_of_backup {
                        "This copy deletes by default; --backup moves into a backup folder instead."
                    } else {
                        "This copy moves into a backup folder by default; --delete deletes instead."
                    }),
                ),
                (
                    "KEEP_NOTE",
                    Value::Fixed(match os {
                        Os::Macos => "Custom meeting backgrounds are kept either way.",
                        _ => "teams-for-linux's own settings (config.json) are kept either way.",
                    }),
                ),
                (
                    "TIME_NOTE",
                    Value::Fixed(if options.time_resync && os == Os::Macos && !unattended {
                        "\nThe clock step may ask for your password (sudo sntp) when you are an administrator."
                    } else {
                        ""
                    }),
                ),
                ("KEEP_BACKUPS", Value::Number(super::KEEP_BACKUPS)),
                ("GRACE_SECONDS", Value::Number(GRACE_SECONDS)),
                ("EXIT_CODES", Value::Rows(&exit_rows)),
            ],
        ),
    );
    section(&mut s, include_str!("sh/allow-list.sh"));
    section(&mut s, include_str!("sh/processes.sh"));
    section(
        &mut s,
        match os {
            Os::Macos => include_str!("sh/mac-quit.sh"),
            _ => include_str!("sh/linux-quit.sh"),
        },
    );
    section(&mut s, include_str!("sh/restore.sh"));
    // The functions each action calls, in the order of the actions.
    for action in &actions {
        match action {
            // stop_teams is needed by --restore too; TLS and the app reset are Windows only
            ScriptAction::StopTeams | ScriptAction::Tls | ScriptAction::ResetApp => {}
            ScriptAction::ClearCache { .. } => section(
                &mut s,
                &fill(
                    include_str!("sh/clear.sh"),
                    &[
                        (
                            "STAT_KIND",
                            Value::Fixed(if os == Os::Macos { "BSD" } else { "GNU" }),
                        ),
                        (
                            "STAT_DEVICE",
                            Value::Fixed(if os == Os::Macos { "-f %d" } else { "-c %d" }),
                        ),
                    ],
                ),
            ),
            ScriptAction::Retest => {
                section(
                    &mut s,
                    &fill(
                        include_str!("sh/retest-common.sh"),
                        &[
                            ("FAIL_SECONDS", Value::Number(req.fail_seconds)),
                            ("WARN_SECONDS", Value::Number(req.warn_seconds)),
                            ("CAPTIVE_URL", Value::Text(teams::CAPTIVE_PORTAL_URL)),
                            ("CAPTIVE_EXPECT", Value::Text(teams::CAPTIVE_PORTAL_EXPECT)),
                            ("SIGN_IN_HOST", Value::Text(teams::SIGN_IN_HOST)),
                        ],
                    ),
                );
                section(
                    &mut s,
                    match os {
                        Os::Macos => include_str!("sh/mac-network.sh"),
                        _ => include_str!("sh/linux-network.sh"),
                    },
                );
            }
            ScriptAction::TimeResync => section(
                &mut s,
                &[
                    include_str!("sh/in-group.sh").to_string(),
                    match os {
                        Os::Macos => fill(
                            include_str!("sh/mac-time.sh"),
                            &[
                                (
                                    "DATE_TIME_SETTINGS",
                                    Value::Text(teams::MACOS_DATE_TIME_SETTINGS),
                                ),
                                (
                                    "DATE_TIME_SETTINGS_LEGACY",
                                    Value::Text(teams::MACOS_DATE_TIME_SETTINGS_LEGACY),
                                ),
                            ],
                        ),
                        _ => include_str!("sh/linux-time.sh").to_string(),
                    },
                ]
                .join("\n"),
            ),
            ScriptAction::Restart => section(
                &mut s,
                // The guard both systems share, then how each starts Teams.
                &[
                    include_str!("sh/restart-guard.sh"),
                    match os {
                        Os::Macos => include_str!("sh/mac-restart.sh"),
                        _ => include_str!("sh/linux-restart.sh"),
                    },
                ]
                .join("\n"),
            ),
        }
    }
    write_main(&mut s, os, &actions, clears, unattended);
    s
}

/// Appends a fragment after one empty line.
fn section(s: &mut String, fragment: &str) {
    s.push('\n');
    s.push_str(fragment);
}

fn write_endpoints(s: &mut String, endpoints: &[Checked<'_>], clock_url: &str) {
    let _ = writeln!(s, "CLOCK_URL={}", quote(clock_url));
    let count = endpoints
        .iter()
        .filter(|e| matches!(e, Checked::Keep { .. }))
        .count();
    // A count instead of ${#ENDPOINT_URLS[@]}: bash 3.2 under `set -u` trips over empty arrays.
    let _ = writeln!(s, "ENDPOINT_COUNT={count}");
    s.push_str("# Addresses re-tested from this computer (label, URL).\n");
    s.push_str("ENDPOINT_LABELS=(\n");
    for e in endpoints {
        if let Checked::Keep { label, .. } = e {
            let _ = writeln!(s, "  {}", quote(label));
        }
    }
    s.push_str(")\nENDPOINT_URLS=(\n");
    for e in endpoints {
        match e {
            Checked::Keep { url, .. } => {
                let _ = writeln!(s, "  {}", quote(url));
            }
            Checked::Skipped { position } => {
                let _ = writeln!(
                    s,
                    "  # skipped: invalid URL (endpoint {position} of the configuration)"
                );
            }
        }
    }
    s.push_str(")\n");
}

fn write_tables(
    s: &mut String,
    os: Os,
    client: Client,
    dirs: &[CacheFolder],
    clears: bool,
    retest: bool,
) {
    let list = |s: &mut String, name: &str, items: &mut dyn Iterator<Item = String>| {
        let _ = write!(s, "  {name}=(");
        for item in items {
            let _ = write!(s, " {item}");
        }
        s.push_str(" )\n");
    };
    s.push_str("init_tables() {\n");
    s.push_str("  # The known Teams cache folders (and nothing else): built from $HOME, never a user name.\n");
    s.push_str("  # Only these may be moved or deleted; see is_allowed_cache_path.\n");
    if os == Os::Linux {
        s.push_str(
            "  # Desktop apps' settings folder: ~/.config, or XDG_CONFIG_HOME inside HOME.\n",
        );
        s.push_str("  CONFIG_HOME=$(config_home)\n");
    }
    list(s, "CACHE_KEYS", &mut dirs.iter().map(|d| quote(d.key)));
    s.push_str("  CACHE_PATHS=(\n");
    for d in dirs {
        match d.rel.strip_prefix(".config/") {
            Some(rel) if os == Os::Linux => {
                let _ = writeln!(s, "    \"$CONFIG_HOME\"/{}", quote(rel));
            }
            _ => {
                let _ = writeln!(s, "    \"$HOME\"/{}", quote(d.rel));
            }
        }
    }
    s.push_str("  )\n");
    if clears {
        // What a clear keeps inside each folder: custom meeting backgrounds, or
        // teams-for-linux's settings file.
        let kept = |d: &CacheFolder| {
            if d.backgrounds.is_empty() {
                (d.settings_file(), "settings (config.json)")
            } else {
                (d.backgrounds, "custom meeting backgrounds")
            }
        };
        s.push_str(
            "  # Kept across a clear, inside each cache folder ('' = nothing), and what it is.\n",
        );
        list(s, "KEEP_ITEMS", &mut dirs.iter().map(|d| quote(kept(d).0)));
        list(
            s,
            "KEEP_LABELS",
            &mut dirs
                .iter()
                .map(|d| quote(if kept(d).0.is_empty() { "" } else { kept(d).1 })),
        );
        s.push_str("  # 1 = a macOS app container: macOS recreates it (with its metadata) when Teams starts,\n");
        s.push_str("  # so kept items go back only after that, never by mkdir -p.\n");
        list(
            s,
            "APP_CONTAINER",
            &mut dirs
                .iter()
                .map(|d| u8::from(d.is_app_container()).to_string()),
        );
    }
    if os == Os::Macos {
        s.push_str("  # The macOS version from which reading the folder asks \"access data from other apps\" (0 = never).\n");
        list(
            s,
            "PRIVACY_SINCE",
            &mut dirs
                .iter()
                .map(|d| d.macos_privacy_since().unwrap_or(0).to_string()),
        );
    }
    // Patterns for `pgrep -f` (extended regular expressions on the whole command line).
    let patterns = match os {
        Os::Macos => vec![teams::MACOS_PROCESS_PATTERN],
        _ => teams::linux_process_patterns(client),
    };
    s.push_str(
        "  # Teams processes, matched on the whole command line (pgrep -f, extended regex).\n",
    );
    list(
        s,
        "PROCESS_PATTERNS",
        &mut patterns.iter().map(|p| quote(p)),
    );
    if os == Os::Macos {
        let bundles = teams::macos_bundles(client);
        s.push_str("  # Teams apps by bundle id, most likely first, and their main process (quit and restart;\n");
        s.push_str("  # never by app name: AppleScript asks \"Where is ...?\" for an app that is not installed).\n");
        list(s, "BUNDLE_IDS", &mut bundles.iter().map(|b| quote(b.0)));
        list(
            s,
            "BUNDLE_MAIN_PATTERNS",
            &mut bundles.iter().map(|b| quote(b.1)),
        );
        if retest {
            s.push_str("  # Keychain items Teams keeps the account in (listed by name only, never read).\n");
            list(
                s,
                "KEYCHAIN_ITEMS",
                &mut teams::MACOS_KEYCHAIN_ITEMS.iter().map(|k| quote(k)),
            );
        }
    }
    if retest {
        s.push_str(
            "  # The issuers Microsoft's OpenID configuration names, per cloud (network.rs).\n",
        );
        list(
            s,
            "ISSUER_PREFIXES",
            &mut crate::network::ISSUER_PREFIXES.iter().map(|p| quote(p)),
        );
        s.push_str(
            "  # Public root certificate authorities Microsoft's sign-in certificates chain to.\n",
        );
        list(
            s,
            "MICROSOFT_ROOTS",
            &mut teams::MICROSOFT_ROOT_CAS.iter().map(|r| quote(r)),
        );
    }
    s.push_str("}\n");
}

/// `text` (statements of `main`), run only when a Teams folder was found if `needs_teams`.
fn only_with_teams(text: &str, needs_teams: bool) -> String {
    if needs_teams {
        format!("  if [ -n \"$FOUND\" ]; then\n{}  fi\n", indent(text, "  "))
    } else {
        text.to_string()
    }
}

/// The plan printed before asking, then the main sequence: one statement per step of
/// [`main_sequence`].
fn write_main(s: &mut String, os: Os, actions: &[ScriptAction], clears: bool, unattended: bool) {
    let root_handoff = os == Os::Macos && unattended;
    section(s, include_str!("sh/plan-head.sh"));
    for (line, needs_teams) in printed_plan(os, actions, unattended) {
        let text = match line {
            PlanLine::Fixed(text) => format!("  say {}\n", quote(&format!("  - {text}"))),
            PlanLine::ClearCache { delete, backup } => format!(
                "  if [ \"$DELETE_MODE\" = 1 ]; then\n    say {}\n  else\n    say {}\n  fi\n",
                quote(&format!(
                    "  - {delete} This cannot be undone (--backup keeps a copy)."
                )),
                quote(&format!("  - {backup}"))
            ),
        };
        s.push_str(&only_with_teams(&text, needs_teams));
    }
    s.push_str("}\n");
    section(
        s,
        &fill(
            Lang::Bash,
            include_str!("sh/main-begin.sh"),
            &[
                (
                    "ROOT_HANDOFF",
                    Value::Fixed(if root_handoff {
                        "act_for_console_user \"$@\""
                    } else {
                        "# (run as root, it refuses: see check_environment)"
                    }),
                ),
                (
                    "WITHOUT_TEAMS",
                    Value::Fixed(if only_for_teams(actions) {
                        "say \"Nothing to do.\"\n    exit 0"
                    } else {
                        "say \"The steps for Teams are skipped; the others run.\""
                    }),
                ),
            ],
        ),
    );
    for step in main_sequence(actions) {
        let text = match step {
            // Ask, then (when clearing) check every folder can be read and moved before the
            // first change, then make the backup/log folder.
            MainStep::Confirm => [
                include_str!("sh/main-confirm.sh"),
                if clears {
                    include_str!("sh/main-preflight.sh")
                } else {
                    ""
                },
                include_str!("sh/main-work-dir.sh"),
            ]
            .concat(),
            MainStep::StopTeams => include_str!("sh/main-stop.sh").to_string(),
            MainStep::StopTeamsThenClear => include_str!("sh/main-stop-clear.sh").to_string(),
            MainStep::ClearIfClosed => include_str!("sh/main-clear-if-closed.sh").to_string(),
            MainStep::Retest => "  step_retest\n".to_string(),
            // No TLS step or app reset outside Windows (actions() leaves them out).
            MainStep::Tls | MainStep::ResetApp => String::new(),
            MainStep::TimeResync => "  step_time_resync\n".to_string(),
            MainStep::Restart => "  step_restart_teams\n".to_string(),
        };
        s.push_str(&only_with_teams(&text, step.needs_teams(actions)));
    }
    s.push_str("  finish\n}\n\nmain \"$@\"\n");
}
