//! What to try when clearing the cache did not help, and how to collect Teams' support
//! files first (issue 11). Plain data, one list of steps per system; kept apart from
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

/// One thing to try after the cache, in the order the page offers them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NextStep {
    /// Stable token (`data-next-step`).
    pub id: &'static str,
    pub title: &'static str,
    /// One sentence: why it can help.
    pub why: &'static str,
    /// Plain steps for this system (never empty).
    pub steps: &'static [&'static str],
}

/// The keychain items new Teams keeps the account in on macOS (one table: `teams.rs`).
pub use crate::teams::MACOS_KEYCHAIN_ITEMS;

/// Teams on the web: keeps you working while the app is being fixed (one table: `teams.rs`).
pub use crate::teams::TEAMS_WEB_URL;

const RESTART: NextStep = NextStep {
    id: "restart",
    title: "Restart the computer (after a recent password change)",
    why: "After a password change Windows and macOS can keep using the old sign-in until the computer restarts.",
    steps: &[
        "Save your work and restart the computer (a real restart, not sleep or log off).",
        "Sign in to the computer with your current password, then open Teams and sign in.",
    ],
};

const WORK_ACCOUNT: NextStep = NextStep {
    id: "work-account",
    title: "Remove and re-add your work account in Windows (with IT's consent)",
    why: "Teams signs in through the work account Windows keeps, so a problem with that account can stop Teams' sign-in. This is common advice, not a step from Microsoft's Teams sign-in pages.",
    steps: &[
        "Ask IT first: on a company-managed computer removing the account can remove the computer's management or company apps.",
        "Open Settings > Accounts > Access work or school.",
        "Select your work account, choose Disconnect, and confirm.",
        "Restart the computer, then choose Connect on the same page and sign in with your work address.",
        "Open Teams and sign in.",
    ],
};

const RESET_WINDOWS: NextStep = NextStep {
    id: "reset-app",
    title: "Reset the Teams app",
    why: "Reset erases everything the app keeps on this computer, which the cache step alone does not.",
    steps: &[
        "Quit Teams.",
        "Open Settings > Apps > Installed apps, find Microsoft Teams, select … and Advanced options.",
        "Under Reset, choose Reset and confirm. This erases Teams' data on this computer, including your settings and custom backgrounds; your chats and files stay in the cloud.",
        "Open Teams and sign in.",
    ],
};

const RESET_MACOS: NextStep = NextStep {
    id: "reset-app",
    title: "Remove Teams' saved account from the keychain (IT)",
    why: "New Teams keeps the account in the macOS keychain, which the cache step does not touch.",
    steps: &[
        "Ask IT to do this step, or to confirm it for your Mac first: the item names below come from community reports, not from Microsoft.",
        "Quit Teams. Open Keychain Access (Applications > Utilities) and search for \"Microsoft Teams Identities Cache\", \"Teams Safe Storage\" and, on macOS 15, \"Microsoft Teams Vault\".",
        "IT deletes those items (right-click > Delete), then you open Teams and sign in again.",
    ],
};

const WEB: NextStep = NextStep {
    id: "web",
    title: "Keep working in Teams on the web",
    why: "Teams in the browser signs in on its own, so you can keep working while the app is being fixed.",
    steps: &[
        "Open https://teams.cloud.microsoft in Edge or Chrome and sign in with your work account.",
        "Keep using it until the Teams app works again or IT has looked at it.",
    ],
};

/// After "No, still failing" on the cache step: Microsoft's further fixes, in order
/// (restart after a password change; Windows: the work account; reset the app; Teams on
/// the web). Linux has no Microsoft Teams app, so only the restart and the web remain.
pub fn after_cache(os: Os) -> Vec<NextStep> {
    match os {
        Os::Windows => vec![RESTART, WORK_ACCOUNT, RESET_WINDOWS, WEB],
        Os::Macos => vec![RESTART, RESET_MACOS, WEB],
        Os::Linux => vec![RESTART, WEB],
    }
}

/// Before clearing anything: how to save Teams' support files, in case IT asks for them.
pub fn support_files_steps(os: Os) -> &'static [&'static str] {
    match os {
        Os::Windows => &[
            "If IT may want Teams' support files, save them before clearing anything: with Teams open, press Ctrl+Alt+Shift+1.",
            "Teams saves the files to your Downloads folder; keep them until IT says they are not needed.",
        ],
        Os::Macos => &[
            "If IT may want Teams' support files, save them before clearing anything: with Teams open, press Option+Command+Shift+1.",
            "Look for the files in your Downloads folder first (Microsoft names that folder only for Windows and Linux); keep them until IT says they are not needed.",
        ],
        Os::Linux => &["The Teams app on Linux has no support-file shortcut; tell IT what you see instead."],
    }
}
