//! What a fix script does, as one ordered list ([`actions`]), and the page's toggles
//! ([`ScriptOption`]). Both generators, the plain-language [`super::describe`] and the page's
//! toggle labels are derived from here, so they cannot drift apart.

use super::ScriptOptions;
use crate::platform::Os;
use crate::text::{Arg, Msg, Text};

/// One thing a script does, in the order [`actions`] lists them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScriptAction {
    /// Stop the current user's Teams processes (graceful, then forced).
    StopTeams,
    /// Move the cache folders into a backup folder, or delete them (`delete`). With
    /// `after_stop` it runs only when stopping Teams worked; without, only when Teams is not
    /// running (the script never clears under a running Teams).
    ClearCache { delete: bool, after_stop: bool },
    /// Windows only, off by default: reset the new Teams app (`Reset-AppxPackage`), which
    /// erases all its local data ([`crate::teams::WINDOWS_RESET_ERASES`]).
    ResetApp,
    /// Re-test endpoints, proxy, VPN and clock from the OS (report only).
    Retest,
    /// Windows only: report the TLS settings and offer to switch on the per-user bits.
    Tls,
    /// Resync the clock when admin, otherwise open the Date & Time settings.
    TimeResync,
    /// Start Teams again.
    Restart,
}

/// The actions a script for `os` performs with `options`, in the order it performs them.
pub fn actions(os: Os, options: &ScriptOptions) -> Vec<ScriptAction> {
    let mut out = Vec::new();
    if options.stop_teams {
        out.push(ScriptAction::StopTeams);
    }
    if options.clear_cache {
        out.push(ScriptAction::ClearCache {
            delete: options.delete_instead_of_backup,
            after_stop: options.stop_teams,
        });
    }
    if options.reset_app && os == Os::Windows {
        out.push(ScriptAction::ResetApp);
    }
    if options.retest {
        out.push(ScriptAction::Retest);
    }
    if options.tls && os == Os::Windows {
        out.push(ScriptAction::Tls);
    }
    if options.time_resync {
        out.push(ScriptAction::TimeResync);
    }
    if options.restart {
        out.push(ScriptAction::Restart);
    }
    out
}

impl ScriptAction {
    /// Whether the action changes the machine (then the script asks first, makes a backup/log
    /// folder and refuses to run as root/SYSTEM). Only the re-test is read-only.
    pub fn changes_something(self) -> bool {
        self != ScriptAction::Retest
    }

    /// Whether the action is about an installed Teams (its processes, cache folders or
    /// start). When no Teams folder is found the scripts skip these and still run the
    /// others (re-test, TLS, clock; the app reset checks for the app itself).
    pub fn needs_teams(self) -> bool {
        matches!(
            self,
            ScriptAction::StopTeams | ScriptAction::ClearCache { .. } | ScriptAction::Restart
        )
    }

    /// The action's line in the script's own help and in the plan it prints before asking.
    /// For [`ScriptAction::ClearCache`] it follows `delete`; the scripts print the line for
    /// the mode really in effect (`-Delete`/`--delete` may override the page's choice). The
    /// unattended variant asks nothing, so its lines say what it does instead of asking.
    pub fn plan_line(self, os: Os, unattended: bool) -> &'static str {
        let windows = os == Os::Windows;
        match self {
            ScriptAction::StopTeams if windows => {
                "Closes Teams: only your own Teams processes, forced after a grace period."
            }
            ScriptAction::StopTeams => {
                "Quits Teams: only your own Teams processes, forced after a grace period."
            }
            ScriptAction::ClearCache { delete: true, .. } => {
                "Deletes the Teams cache folders (custom meeting backgrounds are kept)."
            }
            ScriptAction::ClearCache { delete: false, .. } if windows => {
                "Moves the Teams cache folders into one backup folder in AppData\\Local\\TeamsSignInFix (backgrounds are kept)."
            }
            ScriptAction::ClearCache { delete: false, .. } => {
                "Moves the Teams cache folders into one backup folder in your home folder (backgrounds are kept)."
            }
            ScriptAction::ResetApp if unattended => {
                "Resets the new Teams app (Reset-AppxPackage) without asking: erases all of its data on this computer, custom backgrounds included."
            }
            ScriptAction::ResetApp => {
                "Resets the new Teams app (Reset-AppxPackage), after asking again: erases all of its data on this computer, custom backgrounds included."
            }
            ScriptAction::Retest => {
                "Re-tests the sign-in addresses, proxy, VPN and clock (report only)."
            }
            ScriptAction::Tls if unattended => {
                "Checks TLS 1.2/1.3 in Internet Options and, where your own setting has TLS 1.2 off, switches it on (on Windows 11 TLS 1.3 too)."
            }
            ScriptAction::Tls => {
                "Checks TLS 1.2/1.3 in Internet Options and offers to switch them on (asks first)."
            }
            ScriptAction::TimeResync if unattended => match os {
                Os::Windows => "Syncs the clock when it runs with administrator rights; otherwise only says so.",
                _ => "Sets the clock when sudo needs no password here; otherwise only says so.",
            },
            ScriptAction::TimeResync => match os {
                Os::Windows => "Syncs the clock (Windows asks for administrator rights for that one command), else opens the Date & time settings.",
                Os::Macos => "Sets the clock from time.apple.com if you are an admin, else opens Date & Time settings.",
                Os::Linux => "Turns on automatic time (sudo timedatectl) if you may use sudo, else says where to do it.",
            },
            ScriptAction::Restart => "Starts Teams again.",
        }
    }
}

/// The line the scripts' help and plan show when no action is selected.
pub(crate) const NOTHING_SELECTED: &str = "Nothing: no step was selected on the page.";

/// The plan lines of `actions` for the scripts' help text (never empty).
pub(crate) fn plan_lines(os: Os, actions: &[ScriptAction], unattended: bool) -> Vec<&'static str> {
    if actions.is_empty() {
        return vec![NOTHING_SELECTED];
    }
    actions
        .iter()
        .map(|a| a.plan_line(os, unattended))
        .collect()
}

/// One line of the plan a script prints before it asks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum PlanLine {
    /// A line printed as it is.
    Fixed(&'static str),
    /// The cache line: which one is printed depends on the mode in effect at run time
    /// (`-Delete`/`--delete` and `-Backup`/`--backup` may override the page's choice).
    ClearCache {
        delete: &'static str,
        backup: &'static str,
    },
}

/// The plan a script for `os` prints before asking (never empty), each line with whether it
/// is printed only when a Teams folder was found (see [`ScriptAction::needs_teams`]).
pub(crate) fn printed_plan(
    os: Os,
    actions: &[ScriptAction],
    unattended: bool,
) -> Vec<(PlanLine, bool)> {
    if actions.is_empty() {
        return vec![(PlanLine::Fixed(NOTHING_SELECTED), false)];
    }
    actions
        .iter()
        .map(|a| {
            let line = match *a {
                ScriptAction::ClearCache { after_stop, .. } => {
                    let line = |delete| {
                        ScriptAction::ClearCache { delete, after_stop }.plan_line(os, unattended)
                    };
                    PlanLine::ClearCache {
                        delete: line(true),
                        backup: line(false),
                    }
                }
                a => PlanLine::Fixed(a.plan_line(os, unattended)),
            };
            (line, a.needs_teams())
        })
        .collect()
}

/// One statement of a script's main sequence, after the plan; each generator has the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum MainStep {
    /// Ask before changing anything, then create the backup/log folder.
    Confirm,
    StopTeams,
    /// Stop Teams, and clear the cache only when it stopped.
    StopTeamsThenClear,
    /// Clear the cache only when Teams is not running (stopping was not selected).
    ClearIfClosed,
    ResetApp,
    Retest,
    Tls,
    TimeResync,
    Restart,
}

impl MainStep {
    /// Whether the statement runs only when a Teams folder was found. The confirmation (and
    /// the backup folder) is skipped too when every changing action needs Teams.
    pub(crate) fn needs_teams(self, actions: &[ScriptAction]) -> bool {
        match self {
            MainStep::Confirm => !actions
                .iter()
                .any(|a| a.changes_something() && !a.needs_teams()),
            MainStep::StopTeams
            | MainStep::StopTeamsThenClear
            | MainStep::ClearIfClosed
            | MainStep::Restart => true,
            MainStep::ResetApp | MainStep::Retest | MainStep::Tls | MainStep::TimeResync => false,
        }
    }
}

/// Whether a script with `actions` has nothing left to do when no Teams folder is found.
pub(crate) fn only_for_teams(actions: &[ScriptAction]) -> bool {
    actions.iter().all(|a| a.needs_teams())
}

/// The main sequence for `actions`, written once for both generators.
pub(crate) fn main_sequence(actions: &[ScriptAction]) -> Vec<MainStep> {
    let mut out = Vec::new();
    if actions.iter().any(|a| a.changes_something()) {
        out.push(MainStep::Confirm);
    }
    let clear_after_stop = actions.iter().any(|a| {
        matches!(
            a,
            ScriptAction::ClearCache {
                after_stop: true,
                ..
            }
        )
    });
    for action in actions {
        out.push(match action {
            ScriptAction::StopTeams if clear_after_stop => MainStep::StopTeamsThenClear,
            ScriptAction::StopTeams => MainStep::StopTeams,
            // Cleared inside the stop step, only when Teams stopped.
            ScriptAction::ClearCache {
                after_stop: true, ..
            } => continue,
            ScriptAction::ClearCache { .. } => MainStep::ClearIfClosed,
            ScriptAction::ResetApp => MainStep::ResetApp,
            ScriptAction::Retest => MainStep::Retest,
            ScriptAction::Tls => MainStep::Tls,
            ScriptAction::TimeResync => MainStep::TimeResync,
            ScriptAction::Restart => MainStep::Restart,
        });
    }
    out
}

/// One toggle on the page, one field of [`ScriptOptions`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScriptOption {
    StopTeams,
    ClearCache,
    DeleteInsteadOfBackup,
    ResetApp,
    Retest,
    Tls,
    TimeResync,
    Restart,
    /// Not a step: the For IT panel's choice of the unattended variant (not in [`Self::ALL`]).
    Unattended,
}

impl ScriptOption {
    /// Every option, in the order the page shows them.
    pub const ALL: [ScriptOption; 8] = [
        ScriptOption::StopTeams,
        ScriptOption::ClearCache,
        ScriptOption::DeleteInsteadOfBackup,
        ScriptOption::ResetApp,
        ScriptOption::Retest,
        ScriptOption::Tls,
        ScriptOption::TimeResync,
        ScriptOption::Restart,
    ];

    /// The toggle's label.
    pub fn label(self) -> Text {
        match self {
            ScriptOption::StopTeams => Msg::ScriptOptionStop.into(),
            ScriptOption::ClearCache => Msg::ScriptOptionClear.into(),
            ScriptOption::DeleteInsteadOfBackup => Msg::ScriptOptionDelete.into(),
            ScriptOption::ResetApp => Text::script_option_reset(Arg::code("Reset-AppxPackage")),
            ScriptOption::Retest => Msg::ScriptOptionRetest.into(),
            ScriptOption::Tls => Msg::ScriptOptionTls.into(),
            ScriptOption::TimeResync => Msg::ScriptOptionTime.into(),
            ScriptOption::Restart => Msg::ScriptOptionRestart.into(),
            ScriptOption::Unattended => Msg::ScriptOptionUnattended.into(),
        }
    }

    /// A short note shown after the label, when it needs one.
    pub fn summary(self) -> Option<Msg> {
        match self {
            ScriptOption::ClearCache => Some(Msg::ScriptOptionClearNote),
            ScriptOption::DeleteInsteadOfBackup => Some(Msg::ScriptOptionDeleteNote),
            ScriptOption::ResetApp => Some(Msg::ScriptOptionResetNote),
            ScriptOption::Unattended => Some(Msg::ScriptOptionUnattendedNote),
            _ => None,
        }
    }

    /// Whether the option exists on `os` (TLS settings in Internet Options and the app reset
    /// are Windows only).
    pub fn applies_to(self, os: Os) -> bool {
        !matches!(self, ScriptOption::Tls | ScriptOption::ResetApp) || os == Os::Windows
    }

    /// The option's value in `options`.
    pub fn get(self, options: &ScriptOptions) -> bool {
        match self {
            ScriptOption::StopTeams => options.stop_teams,
            ScriptOption::ClearCache => options.clear_cache,
            ScriptOption::DeleteInsteadOfBackup => options.delete_instead_of_backup,
            ScriptOption::ResetApp => options.reset_app,
            ScriptOption::Retest => options.retest,
            ScriptOption::Tls => options.tls,
            ScriptOption::TimeResync => options.time_resync,
            ScriptOption::Restart => options.restart,
            ScriptOption::Unattended => options.unattended,
        }
    }

    /// `options` with this option set to `on`.
    pub fn set(self, mut options: ScriptOptions, on: bool) -> ScriptOptions {
        let field = match self {
            ScriptOption::StopTeams => &mut options.stop_teams,
            ScriptOption::ClearCache => &mut options.clear_cache,
            ScriptOption::DeleteInsteadOfBackup => &mut options.delete_instead_of_backup,
            ScriptOption::ResetApp => &mut options.reset_app,
            ScriptOption::Retest => &mut options.retest,
            ScriptOption::Tls => &mut options.tls,
            ScriptOption::TimeResync => &mut options.time_resync,
            ScriptOption::Restart => &mut options.restart,
            ScriptOption::Unattended => &mut options.unattended,
        };
        *field = on;
        options
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    const NONE: ScriptOptions = ScriptOptions::NONE;

    #[rstest]
    #[case(Os::Windows, ScriptOptions::default(), vec![
        ScriptAction::StopTeams,
        ScriptAction::ClearCache { delete: false, after_stop: true },
        ScriptAction::Retest,
        ScriptAction::Tls,
        ScriptAction::Restart,
    ])]
    #[case(Os::Macos, ScriptOptions::default(), vec![
        ScriptAction::StopTeams,
        ScriptAction::ClearCache { delete: false, after_stop: true },
        ScriptAction::Retest,
        ScriptAction::Restart,
    ])]
    #[case(Os::Linux, ScriptOptions { clear_cache: true, delete_instead_of_backup: true, ..NONE },
        vec![ScriptAction::ClearCache { delete: true, after_stop: false }])]
    #[case(Os::Linux, ScriptOptions { delete_instead_of_backup: true, tls: true, ..NONE }, vec![])]
    #[case(Os::Macos, ScriptOptions { reset_app: true, ..NONE }, vec![])]
    #[case(Os::Windows, ScriptOptions { reset_app: true, retest: true, ..NONE },
        vec![ScriptAction::ResetApp, ScriptAction::Retest])]
    fn ordered_list(
        #[case] os: Os,
        #[case] options: ScriptOptions,
        #[case] expected: Vec<ScriptAction>,
    ) {
        assert_eq!(actions(os, &options), expected);
    }

    #[rstest]
    #[case(Os::Windows, ScriptOptions { tls: true, ..NONE }, true)]
    #[case(Os::Macos, ScriptOptions { tls: true, ..NONE }, false)]
    #[case(Os::Linux, ScriptOptions { retest: true, ..NONE }, false)]
    #[case(Os::Linux, ScriptOptions { restart: true, ..NONE }, true)]
    #[case(Os::Macos, NONE, false)]
    fn what_changes_the_machine(
        #[case] os: Os,
        #[case] options: ScriptOptions,
        #[case] changes: bool,
    ) {
        assert_eq!(
            actions(os, &options).iter().any(|a| a.changes_something()),
            changes
        );
    }

    #[test]
    fn options_round_trip_and_have_distinct_labels() {
        for option in ScriptOption::ALL {
            for on in [true, false] {
                let set = option.set(ScriptOptions::default(), on);
                assert_eq!(option.get(&set), on, "{option:?}");
                for other in ScriptOption::ALL.into_iter().filter(|o| *o != option) {
                    assert_eq!(other.get(&set), other.get(&ScriptOptions::default()));
                }
            }
            let same = ScriptOption::ALL
                .iter()
                .filter(|o| o.label() == option.label());
            assert_eq!(same.count(), 1);
        }
        assert!(!ScriptOption::Tls.applies_to(Os::Macos));
        assert!(ScriptOption::Tls.applies_to(Os::Windows));
        assert!(ScriptOption::ResetApp.applies_to(Os::Windows));
        assert!(!ScriptOption::ResetApp.applies_to(Os::Linux));
        assert!(!ScriptOptions::default().reset_app, "off by default");
        let on = ScriptOption::Unattended.set(ScriptOptions::default(), true);
        assert!(ScriptOption::Unattended.get(&on) && on.unattended);
        assert!(
            !ScriptOption::ALL.contains(&ScriptOption::Unattended),
            "not a step"
        );
        assert!(!ScriptOptions::default().unattended);
    }

    #[rstest]
    #[case(ScriptOptions::default(), vec![MainStep::Confirm, MainStep::StopTeamsThenClear, MainStep::Retest, MainStep::Restart])]
    #[case(ScriptOptions { clear_cache: true, ..NONE }, vec![MainStep::Confirm, MainStep::ClearIfClosed])]
    #[case(ScriptOptions { stop_teams: true, ..NONE }, vec![MainStep::Confirm, MainStep::StopTeams])]
    #[case(ScriptOptions { retest: true, ..NONE }, vec![MainStep::Retest])]
    #[case(NONE, vec![])]
    fn main_sequence_is_ordered(#[case] options: ScriptOptions, #[case] expected: Vec<MainStep>) {
        assert_eq!(main_sequence(&actions(Os::Macos, &options)), expected);
    }

    #[test]
    fn the_plan_names_both_cache_modes() {
        let plan = printed_plan(
            Os::Windows,
            &actions(Os::Windows, &ScriptOptions::default()),
            false,
        );
        assert!(
            matches!(plan[1], (PlanLine::ClearCache { delete, backup }, true)
            if delete.starts_with("Deletes") && backup.starts_with("Moves"))
        );
        assert_eq!(
            printed_plan(Os::Linux, &[], false),
            [(PlanLine::Fixed(NOTHING_SELECTED), false)]
        );
    }

    #[rstest]
    #[case(ScriptOptions::default(), false, true)]
    #[case(ScriptOptions { stop_teams: true, clear_cache: true, restart: true, ..NONE }, true, true)]
    #[case(ScriptOptions { clear_cache: true, time_resync: true, ..NONE }, false, false)]
    #[case(ScriptOptions { retest: true, ..NONE }, false, true)]
    #[case(NONE, true, true)]
    fn what_runs_without_teams(
        #[case] options: ScriptOptions,
        #[case] nothing_left: bool,
        #[case] confirm_needs_teams: bool,
    ) {
        let list = actions(Os::Macos, &options);
        assert_eq!(only_for_teams(&list), nothing_left);
        assert_eq!(MainStep::Confirm.needs_teams(&list), confirm_needs_teams);
        assert!(!MainStep::Retest.needs_teams(&list));
        assert!(MainStep::Restart.needs_teams(&list));
    }

    #[test]
    fn nothing_selected_still_has_a_line() {
        assert_eq!(plan_lines(Os::Linux, &[], true), [NOTHING_SELECTED]);
    }
}
