//! The PowerShell generator (Windows) (its quoting lives in [`super::quote`]).
//!
//! The emitted script is pure ASCII, free text included (see [`super::quote::powershell`]), runs on Windows PowerShell 5.1
//! and PowerShell 7 (no `??`, `?.`, ternaries, `&&` or `::new()`), and is written with LF here
//! and turned into CRLF at the end, which is why no quoted value may contain CR or LF.

use super::actions::{
    actions, main_sequence, only_for_teams, plan_lines, printed_plan, MainStep, PlanLine,
    ScriptAction,
};
use super::quote::powershell as quote;
use super::template::{fill, indent, Lang, Value};
use super::{exit_codes, Checked, ScriptRequest, GRACE_SECONDS};
use crate::platform::{Client, Os};
use crate::teams::{self, cache_folders, CacheFolder};
use std::fmt::Write as _;

/// Renders the whole script with CRLF line ends.
pub(super) fn render(req: &ScriptRequest, endpoints: &[Checked<'_>], clock_url: &str) -> String {
    let options = &req.options;
    let unattended = options.unattended;
    let exit_rows = exit_codes::rows(req.os);
    let actions = actions(req.os, options);
    let has = |wanted: fn(&ScriptAction) -> bool| actions.iter().any(wanted);
    let dirs = cache_folders(req.os, req.client);
    let fill =
        |fragment: &str, values: &[(&str, Value<'_>)]| fill(Lang::PowerShell, fragment, values);
    let mut s = String::with_capacity(64 * 1024);

    // Comment-based help, parameters, and the only place free text enters: one quoted
    // literal per variable. Comments only name those variables.
    s.push_str(&fill(
        include_str!("ps1/header.ps1"),
        &[
            ("ACTIONS", Value::List(&plan_lines(req.os, &actions, unattended))),
            (
                "DEFAULT_MODE",
                Value::Fixed(if options.delete_instead_of_backup {
                    "This copy deletes by default."
                } else {
                    "This is the default."
                }),
            ),
            (
                "MODE_NOTE",
                Value::Fixed(if unattended {
                    "This is the unattended variant (for Intune and other tools): it asks nothing\n    and does what was chosen on the page. Started in 32-bit PowerShell, it runs itself again\n    in the 64-bit one."
                } else {
                    "It shows what it will do and asks before changing anything."
                }),
            ),
            ("KEEP_BACKUPS", Value::Number(super::KEEP_BACKUPS)),
            ("EXIT_CODES", Value::Rows(&exit_rows)),
            (
                "LOG_NOTE",
                Value::Fixed(if unattended {
                    "This variant also writes\n    it to %LOCALAPPDATA%\\TeamsSignInFix\\fix-teams-signin.log (rewritten by each run)."
                } else {
                    "There is none for a run that changes nothing."
                }),
            ),
            ("ORGANIZATION", Value::Text(&req.organization)),
            ("HELPDESK", Value::Text(&req.helpdesk)),
            ("PAGE_VERSION", Value::Text(super::PAGE_VERSION)),
            ("SCRIPT_NAME", Value::Text(super::file_name(req.os))),
            ("GRACE_SECONDS", Value::Number(GRACE_SECONDS)),
            (
                "DEFAULT_DELETE",
                Value::Flag(options.delete_instead_of_backup),
            ),
            ("UNATTENDED", Value::Flag(unattended)),
        ],
    ));
    // Before anything else: a 32-bit host starts the 64-bit one for the same run.
    section(&mut s, include_str!("ps1/relaunch.ps1"));
    if has(|a| *a == ScriptAction::Retest) {
        let _ = writeln!(s, "$ClockUrl = {}", quote(clock_url));
        s.push_str("# Addresses re-tested from this computer.\n$Endpoints = @(\n");
        for e in endpoints {
            match e {
                Checked::Keep { label, url } => {
                    let _ = writeln!(
                        s,
                        "    [pscustomobject]@{{ Label = {}; Url = {} }}",
                        quote(label),
                        quote(url)
                    );
                }
                Checked::Skipped { position } => {
                    let _ = writeln!(
                        s,
                        "    # skipped: invalid URL (endpoint {position} of the configuration)"
                    );
                }
            }
        }
        s.push_str(")\n");
    }
    write_process_names(&mut s, req.client);
    let touches_cache =
        has(|a| matches!(a, ScriptAction::ClearCache { .. } | ScriptAction::ResetApp));
    if touches_cache {
        write_vdi_markers(&mut s);
    }
    section(&mut s, include_str!("ps1/state.ps1"));
    write_tables(&mut s, &dirs);
    section(&mut s, include_str!("ps1/common.ps1"));
    section(
        &mut s,
        &fill(
            include_str!("ps1/guard.ps1"),
            &[(
                "PACKAGE_FOLDER_PATTERN",
                Value::Text(&format!("\\\\{}$", teams::WINDOWS_PACKAGE_FAMILY)),
            )],
        ),
    );
    section(
        &mut s,
        &fill(
            include_str!("ps1/processes.ps1"),
            &[
                ("CLASSIC_INSTALL_DIR", Value::Text(&classic_install_dir())),
                (
                    "WEBVIEW_PATTERN",
                    Value::Text(&format!("{}|ms-teams", teams::WINDOWS_PACKAGE_FAMILY)),
                ),
            ],
        ),
    );
    section(&mut s, include_str!("ps1/restore.ps1"));
    if touches_cache {
        section(&mut s, include_str!("ps1/vdi.ps1"));
    }
    // The functions each action calls, in the order of the actions.
    for action in &actions {
        match action {
            ScriptAction::StopTeams => {} // Stop-Teams is also needed by -Restore: always there
            ScriptAction::ClearCache { .. } => section(&mut s, include_str!("ps1/clear.ps1")),
            ScriptAction::ResetApp => section(
                &mut s,
                &fill(
                    include_str!("ps1/reset.ps1"),
                    &[
                        ("RESET_ERASES", Value::Text(teams::WINDOWS_RESET_ERASES)),
                        ("PACKAGE_NAME", Value::Text(package_name())),
                        ("APPS_SETTINGS", Value::Text(teams::WINDOWS_APPS_SETTINGS)),
                    ],
                ),
            ),
            ScriptAction::Retest => section(
                &mut s,
                &fill(
                    include_str!("ps1/retest.ps1"),
                    &[
                        ("CAPTIVE_PORTAL_URL", Value::Text(teams::CAPTIVE_PORTAL_URL)),
                        (
                            "CAPTIVE_PORTAL_TEXT",
                            Value::Text(teams::CAPTIVE_PORTAL_EXPECT),
                        ),
                        ("TLS_HOST", Value::Text(teams::SIGN_IN_HOST)),
                        (
                            "ISSUER_PREFIXES",
                            Value::Text(&crate::network::ISSUER_PREFIXES.join("|")),
                        ),
                        (
                            "MICROSOFT_ROOTS",
                            Value::Text(&teams::MICROSOFT_ROOT_CAS.join("|")),
                        ),
                        // The page's thresholds, so the script never says OK where the page
                        // says fail.
                        ("WARN_SECONDS", Value::Number(req.warn_seconds)),
                        ("FAIL_SECONDS", Value::Number(req.fail_seconds)),
                    ],
                ),
            ),
            ScriptAction::Tls => section(&mut s, include_str!("ps1/tls.ps1")),
            ScriptAction::TimeResync => section(
                &mut s,
                &fill(
                    include_str!("ps1/time.ps1"),
                    &[(
                        "DATE_TIME_SETTINGS",
                        Value::Text(teams::WINDOWS_DATE_TIME_SETTINGS),
                    )],
                ),
            ),
            ScriptAction::Restart => write_restart(&mut s, req.client),
        }
    }
    write_main(&mut s, &actions, touches_cache, unattended);
    debug_assert!(!s.contains('\r'));
    s.replace('\n', "\r\n")
}

/// Appends a fragment after one empty line.
fn section(s: &mut String, fragment: &str) {
    s.push('\n');
    s.push_str(fragment);
}

/// New Teams' package name (`MSTeams`), the part of the package family before the publisher id.
fn package_name() -> &'static str {
    let family = teams::WINDOWS_PACKAGE_FAMILY;
    &family[..family.find('_').unwrap_or(family.len())]
}

/// The documented VDI markers ([`teams::WINDOWS_VDI_MARKERS`]) as a table for `Get-VdiMarker`.
fn write_vdi_markers(s: &mut String) {
    s.push_str(
        "# Signs of a virtual desktop or profile container managed by IT (read only; sources in
",
    );
    s.push_str(
        "# the page's core/src/teams.rs). On those the cache is not cleared by hand.
",
    );
    s.push_str(
        "$VdiMarkers = @(
",
    );
    for m in teams::WINDOWS_VDI_MARKERS {
        // The key below HKLM, opened in the 64-bit registry view (see Get-VdiMarker).
        let key = m.key.strip_prefix("HKLM\\").unwrap_or(m.key);
        let _ = writeln!(
            s,
            "    [pscustomobject]@{{ Product = {}; Key = {}; Value = {} }}",
            quote(m.product),
            quote(key),
            quote(m.value)
        );
    }
    s.push_str(")\n");
}

/// Classic Teams' install folder below `%LOCALAPPDATA%` (where its updater lives).
fn classic_install_dir() -> String {
    let updater = teams::WINDOWS_CLASSIC_UPDATER;
    updater[..updater.rfind('/').unwrap_or(0)].replace('/', "\\")
}

fn write_process_names(s: &mut String, client: Client) {
    let filter = teams::windows_processes(client)
        .iter()
        .map(|n| format!("Name='{n}'"))
        .collect::<Vec<_>>()
        .join(" OR ");
    s.push_str("# Candidate processes (filtered further by owner, command line and folder).\n");
    let _ = writeln!(s, "$ProcessFilter = {}", quote(&filter));
}

fn write_tables(s: &mut String, dirs: &[CacheFolder]) {
    s.push_str("\nfunction Initialize-Tables {\n");
    s.push_str("    # The known Teams cache folders (and nothing else), built from the $env: profile folders.\n");
    s.push_str("    # Only these may be moved or deleted: see Assert-CachePath.\n");
    s.push_str("    $script:CacheFolders = @(\n");
    for d in dirs {
        let _ = writeln!(
            s,
            "        [pscustomobject]@{{ Key = {}; Path = [System.IO.Path]::Combine($env:{}, {}); Backgrounds = {} }}",
            quote(d.key),
            d.root.env_var(),
            quote(&d.windows_rel()),
            quote(&d.backgrounds.replace('/', "\\")),
        );
    }
    s.push_str("    )\n}\n");
}

fn write_restart(s: &mut String, client: Client) {
    section(
        s,
        &fill(
            Lang::PowerShell,
            include_str!("ps1/restart-head.ps1"),
            &[
                (
                    "NEW_PACKAGE",
                    Value::Text(&format!("Packages\\{}", teams::WINDOWS_PACKAGE_FAMILY)),
                ),
                (
                    "CLASSIC_UPDATER",
                    Value::Text(&teams::WINDOWS_CLASSIC_UPDATER.replace('/', "\\")),
                ),
            ],
        ),
    );
    // One branch per installed client, new Teams first (it is the current client).
    let mut branches = Vec::new();
    if client.includes_new() {
        branches.push(format!(
            "(Test-Path -LiteralPath $newPackage) {{\n            Start-Process -FilePath 'explorer.exe' -ArgumentList {}\n",
            quote(&format!("shell:AppsFolder\\{}", teams::WINDOWS_APP_ID))
        ));
    }
    if client.includes_classic() {
        branches.push(
            "(Test-Path -LiteralPath $classicUpdate) {\n            Start-Process -FilePath $classicUpdate -ArgumentList '--processStart \"Teams.exe\"'\n"
                .to_string(),
        );
    }
    for (i, b) in branches.iter().enumerate() {
        s.push_str(if i == 0 {
            "        if "
        } else {
            "        } elseif "
        });
        s.push_str(b);
    }
    s.push_str(include_str!("ps1/restart-tail.ps1"));
}

/// `text` (top-level statements), run only when a Teams folder was found if `needs_teams`.
fn only_with_teams(text: &str, needs_teams: bool) -> String {
    if needs_teams {
        format!("if ($found.Count -gt 0) {{\n{}}}\n", indent(text, "    "))
    } else {
        text.to_string()
    }
}

/// The main sequence: the plan, then one statement per step of [`main_sequence`].
fn write_main(s: &mut String, actions: &[ScriptAction], vdi_check: bool, unattended: bool) {
    section(
        s,
        &fill(
            Lang::PowerShell,
            include_str!("ps1/main.ps1"),
            &[(
                "WITHOUT_TEAMS",
                Value::Fixed(if only_for_teams(actions) {
                    "Write-Log 'Nothing to do.'\n    Exit-Script 0"
                } else {
                    "Write-Log 'The steps for Teams are skipped; the others run.'"
                }),
            )],
        ),
    );
    if vdi_check {
        s.push_str(&fill(
            Lang::PowerShell,
            include_str!("ps1/main-vdi.ps1"),
            &[(
                "RETEST_CALL",
                Value::Fixed(if actions.contains(&ScriptAction::Retest) {
                    "Invoke-Retest"
                } else {
                    "# (the re-test was not selected)"
                }),
            )],
        ));
    }
    s.push_str("Write-Log ''\nWrite-Log 'This will:'\n");
    for (line, needs_teams) in printed_plan(Os::Windows, actions, unattended) {
        let text = match line {
            PlanLine::Fixed(text) => format!("Write-Log {}\n", quote(&format!("  - {text}"))),
            PlanLine::ClearCache { delete, backup } => format!(
                "if ($script:DeleteMode) {{\n    Write-Log {}\n}} else {{\n    Write-Log {}\n}}\n",
                quote(&format!(
                    "  - {delete} This cannot be undone (-Backup keeps a copy)."
                )),
                quote(&format!("  - {backup}"))
            ),
        };
        s.push_str(&only_with_teams(&text, needs_teams));
    }
    for step in main_sequence(actions) {
        let text = match step {
            MainStep::Confirm => include_str!("ps1/main-confirm.ps1"),
            MainStep::StopTeams => include_str!("ps1/main-stop.ps1"),
            MainStep::StopTeamsThenClear => include_str!("ps1/main-stop-clear.ps1"),
            MainStep::ClearIfClosed => include_str!("ps1/main-clear-if-closed.ps1"),
            MainStep::ResetApp => "Reset-TeamsApp\n",
            MainStep::Retest => "Invoke-Retest\n",
            MainStep::Tls => "Invoke-TlsCheck\n",
            MainStep::TimeResync => "Sync-Clock\n",
            MainStep::Restart => "Start-TeamsAgain\n",
        };
        s.push_str(&only_with_teams(text, step.needs_teams(actions)));
    }
    s.push_str("Complete-Run\n");
}
