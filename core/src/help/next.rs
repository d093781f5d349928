//! What to try when clearing the cache did not help, and how to collect Teams' support
//! files first (support asks for them). Plain data, one list of steps per system; kept apart from
//! `steps.rs` so the cache-folder facts there can change without touching these.
//!
//! Sources: Microsoft Support "Sign-in error after password change" (restart),
//! Microsoft Learn "Clear the Teams client cache" (Settings > Apps > Installed apps >
//! Microsoft Teams > Advanced options > Reset erases the app's data), Microsoft Support
//! "Collect Teams support files"/"Download Teams diagnostic logs" (the key combinations),
//! and the keychain item names seen on macOS (`shared/reference/teams-facts.md`: not an
//! official Microsoft document, so the step asks IT to confirm before deleting). Removing
//! and re-adding the work account is common advice that Microsoft's Teams sign-in pages do
//! not give, and the step says so. Microsoft's log-files page names the Downloads folder for
//! Windows and Linux only, so the Mac wording does not promise where the files go.

use crate::platform::Os;
use crate::text::{Arg, Msg, Text};

/// One thing to try after the cache, in the order the page offers them.
#[derive(Clone, Debug, PartialEq)]
pub struct NextStep {
    /// Stable token (`data-next-step`).
    pub id: &'static str,
    pub title: Msg,
    /// One sentence: why it can help.
    pub why: Msg,
    /// Plain steps for this system (never empty).
    pub steps: Vec<Text>,
}

/// The keychain items new Teams keeps the account in on macOS (one table: `teams.rs`).
pub use crate::teams::MACOS_KEYCHAIN_ITEMS;

/// Teams on the web: keeps you working while the app is being fixed (one table: `teams.rs`).
pub use crate::teams::TEAMS_WEB_URL;

fn texts(msgs: &[Msg]) -> Vec<Text> {
    msgs.iter().map(|m| Text::from(*m)).collect()
}

fn restart() -> NextStep {
    NextStep {
        id: "restart",
        title: Msg::HelpNextRestart,
        why: Msg::HelpNextRestartWhy,
        steps: texts(&[Msg::HelpNextRestart1, Msg::HelpNextRestart2]),
    }
}

fn work_account() -> NextStep {
    NextStep {
        id: "work-account",
        title: Msg::HelpNextWorkAccount,
        why: Msg::HelpNextWorkAccountWhy,
        steps: texts(&[
            Msg::HelpNextWorkAccount1,
            Msg::HelpNextWorkAccount2,
            Msg::HelpNextWorkAccount3,
            Msg::HelpNextWorkAccount4,
            Msg::HelpNextOpenTeams,
        ]),
    }
}

fn reset_windows() -> NextStep {
    NextStep {
        id: "reset-app",
        title: Msg::HelpNextResetWindows,
        why: Msg::HelpNextResetWindowsWhy,
        steps: texts(&[
            Msg::HelpNextResetWindows1,
            Msg::HelpNextResetWindows2,
            Msg::HelpNextResetWindows3,
            Msg::HelpNextOpenTeams,
        ]),
    }
}

fn reset_macos() -> NextStep {
    let [first, second, third] = MACOS_KEYCHAIN_ITEMS.map(Arg::code);
    NextStep {
        id: "reset-app",
        title: Msg::HelpNextResetMacos,
        why: Msg::HelpNextResetMacosWhy,
        steps: vec![
            Msg::HelpNextResetMacos1.into(),
            Text::help_next_reset_macos_2(first, second, third),
            Msg::HelpNextResetMacos3.into(),
        ],
    }
}

fn web() -> NextStep {
    NextStep {
        id: "web",
        title: Msg::HelpNextWeb,
        why: Msg::HelpNextWebWhy,
        steps: vec![
            Text::help_next_web_1(Arg::code(TEAMS_WEB_URL)),
            Msg::HelpNextWeb2.into(),
        ],
    }
}

/// After "No, still failing" on the cache step: Microsoft's further fixes, in order
/// (restart after a password change; Windows: the work account; reset the app; Teams on
/// the web). Linux has no Microsoft Teams app, so only the restart and the web remain.
pub fn after_cache(os: Os) -> Vec<NextStep> {
    match os {
        Os::Windows => vec![restart(), work_account(), reset_windows(), web()],
        Os::Macos => vec![restart(), reset_macos(), web()],
        Os::Linux => vec![restart(), web()],
    }
}

/// Before clearing anything: how to save Teams' support files, in case IT asks for them.
pub fn support_files_steps(os: Os) -> &'static [Msg] {
    match os {
        Os::Windows => &[Msg::HelpSupportWindows1, Msg::HelpSupportWindows2],
        Os::Macos => &[Msg::HelpSupportMacos1, Msg::HelpSupportMacos2],
        Os::Linux => &[Msg::HelpSupportLinux],
    }
}
