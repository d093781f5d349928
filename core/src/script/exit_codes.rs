//! The fix scripts' exit codes: one table per language, written into each script's help and
//! header, the IT guide's table and the tests, so what IT scripts against cannot drift.

use crate::platform::Os;

/// One exit code and what it means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExitCode {
    pub code: u8,
    pub meaning: &'static str,
}

/// Done, and the re-test (when it ran) found nothing wrong; or nothing to do.
pub const DONE: u8 = 0;
/// A step failed.
pub const STEP_FAILED: u8 = 1;
/// Refused before changing anything, or wrong usage.
pub const REFUSED: u8 = 2;
/// Not confirmed.
pub const NOT_CONFIRMED: u8 = 3;
/// Windows: Constrained Language Mode. macOS/Linux: a folder could not be read or moved.
pub const BLOCKED: u8 = 4;
/// Windows: maybe a virtual desktop. macOS/Linux: another run is going on.
pub const OTHER_RUN_OR_VDI: u8 = 5;
/// Every step worked, but the re-test found problems a cache reset cannot fix.
pub const RETEST_PROBLEMS: u8 = 6;
/// macOS, unattended, run as root: nobody is signed in at the screen.
pub const NOBODY_SIGNED_IN: u8 = 7;

/// A row of the table (a `const fn`, so the tables stay constants).
const fn row(code: u8, meaning: &'static str) -> ExitCode {
    ExitCode { code, meaning }
}

// The rows that mean the same on every system.
const DONE_ROW: ExitCode = row(
    DONE,
    "done, and the re-test (if selected) found no problem; or nothing to do",
);
const STEP_FAILED_ROW: ExitCode = row(
    STEP_FAILED,
    "a step failed (see the ERROR lines and the log file)",
);
const RETEST_PROBLEMS_ROW: ExitCode = row(
    RETEST_PROBLEMS,
    "done, but the re-test found problems (see the PROBLEM lines and the summary)",
);
const BASH_NOT_CONFIRMED_ROW: ExitCode = row(NOT_CONFIRMED, "not confirmed: you said no, or there was no terminal to ask (the unattended variant never asks)");
const OTHER_RUN_ROW: ExitCode = row(
    OTHER_RUN_OR_VDI,
    "another run of this script is still going on",
);
const INTERRUPTED_ROW: ExitCode = row(
    130,
    "interrupted (Ctrl-C); the script says what was already done",
);

const WINDOWS: &[ExitCode] = &[
    DONE_ROW,
    STEP_FAILED_ROW,
    row(REFUSED, "refused, nothing changed: wrong usage, a missing backup folder, run as SYSTEM, or run as another account than the one signed in to Windows"),
    row(NOT_CONFIRMED, "not confirmed: you said no, or nobody could be asked (the unattended variant never asks)"),
    row(BLOCKED, "PowerShell runs in Constrained Language Mode (AppLocker or WDAC): IT must sign this file"),
    row(OTHER_RUN_OR_VDI, "this may be a virtual desktop (the marker found is named): the cache was not touched, contact IT"),
    RETEST_PROBLEMS_ROW,
];

const MACOS: &[ExitCode] = &[
    DONE_ROW,
    STEP_FAILED_ROW,
    row(REFUSED, "refused, nothing changed: wrong usage, a missing backup folder, not run with bash, run with sudo or as root (the unattended variant: from a terminal), HOME is not your home folder"),
    BASH_NOT_CONFIRMED_ROW,
    row(BLOCKED, "a Teams folder could not be read or moved (the privacy permission was refused): nothing was changed"),
    OTHER_RUN_ROW,
    RETEST_PROBLEMS_ROW,
    row(NOBODY_SIGNED_IN, "run as root without a terminal (for example by Jamf), but nobody is signed in at the screen: nothing was done"),
    INTERRUPTED_ROW,
];

const LINUX: &[ExitCode] = &[
    DONE_ROW,
    STEP_FAILED_ROW,
    row(REFUSED, "refused, nothing changed: wrong usage, a missing backup folder, not run with bash, run as root, HOME is not your home folder"),
    BASH_NOT_CONFIRMED_ROW,
    row(BLOCKED, "a Teams folder could not be read or moved (permission denied): nothing was changed"),
    OTHER_RUN_ROW,
    RETEST_PROBLEMS_ROW,
    INTERRUPTED_ROW,
];

/// The exit codes of the script for `os`, in order.
pub fn exit_codes(os: Os) -> &'static [ExitCode] {
    match os {
        Os::Windows => WINDOWS,
        Os::Macos => MACOS,
        Os::Linux => LINUX,
    }
}

/// The table as text rows (`"6  done, but …"`), for the scripts' help.
pub(crate) fn rows(os: Os) -> Vec<String> {
    exit_codes(os)
        .iter()
        .map(|e| format!("{:<3} {}", e.code, e.meaning))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_distinct_ordered_and_shared_where_they_mean_the_same() {
        for os in Os::ALL {
            let codes: Vec<u8> = exit_codes(os).iter().map(|e| e.code).collect();
            let mut sorted = codes.clone();
            sorted.sort_unstable();
            sorted.dedup();
            assert_eq!(codes, sorted, "{os:?}");
            for code in [DONE, STEP_FAILED, REFUSED, NOT_CONFIRMED, RETEST_PROBLEMS] {
                assert!(codes.contains(&code), "{os:?} {code}");
            }
            let retest = exit_codes(os)
                .iter()
                .find(|e| e.code == RETEST_PROBLEMS)
                .unwrap();
            assert!(retest
                .meaning
                .starts_with("done, but the re-test found problems"));
        }
        assert!(!exit_codes(Os::Linux)
            .iter()
            .any(|e| e.code == NOBODY_SIGNED_IN));
    }
}
