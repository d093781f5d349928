//! The fixed facts the scripts act on (cache folders, backgrounds), from teams-facts.md.
//!
//! One table per OS so the generators and [`super::describe`] cannot disagree. Nothing here
//! comes from config: these are the only paths a script may ever move or delete.

use crate::platform::{Client, Os};

/// Which profile root a cache folder hangs off.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Root {
    /// `%APPDATA%` (roaming).
    AppData,
    /// `%LOCALAPPDATA%`.
    LocalAppData,
    /// `$HOME`.
    Home,
}

/// One folder a script may clear.
#[derive(Clone, Copy, Debug)]
pub(crate) struct CacheDir {
    /// Name of the item inside the backup folder (also how `--restore` finds it again).
    pub key: &'static str,
    /// `true` for the new client (on Linux: teams-for-linux), `false` for classic.
    pub new_client: bool,
    pub root: Root,
    /// Below `root`, `/`-separated (the PowerShell generator turns it into `\`).
    pub rel: &'static str,
    /// Custom meeting backgrounds below the cache folder (`/`-separated), or `""`.
    pub backgrounds: &'static str,
    /// How a person would write the path, for [`super::describe`].
    pub display: &'static str,
}

const WINDOWS: &[CacheDir] = &[
    CacheDir {
        key: "classic-Teams",
        new_client: false,
        root: Root::AppData,
        rel: "Microsoft/Teams",
        backgrounds: "Backgrounds/Uploads",
        display: "%APPDATA%\\Microsoft\\Teams",
    },
    // Only LocalCache: deleting the whole MSTeams_8wekyb3d8bbwe package folder stops new
    // Teams from starting (company-communicator issue #1337).
    CacheDir {
        key: "new-LocalCache",
        new_client: true,
        root: Root::LocalAppData,
        rel: "Packages/MSTeams_8wekyb3d8bbwe/LocalCache",
        backgrounds: "Microsoft/MSTeams/Backgrounds/Uploads",
        display: "%LOCALAPPDATA%\\Packages\\MSTeams_8wekyb3d8bbwe\\LocalCache",
    },
];

const MACOS: &[CacheDir] = &[
    CacheDir {
        key: "classic-Teams",
        new_client: false,
        root: Root::Home,
        rel: "Library/Application Support/Microsoft/Teams",
        // [?] Not in teams-facts.md: the classic client's upload folder by analogy with
        // Windows. Harmless when absent (the script only copies it when it exists).
        backgrounds: "Backgrounds/Uploads",
        display: "~/Library/Application Support/Microsoft/Teams",
    },
    // Never the sibling UBF8T346G9.com.microsoft.oneauth: it is shared by all Microsoft apps.
    CacheDir {
        key: "new-group-container",
        new_client: true,
        root: Root::Home,
        rel: "Library/Group Containers/UBF8T346G9.com.microsoft.teams",
        backgrounds: "",
        display: "~/Library/Group Containers/UBF8T346G9.com.microsoft.teams",
    },
    CacheDir {
        key: "new-container",
        new_client: true,
        root: Root::Home,
        rel: "Library/Containers/com.microsoft.teams2",
        backgrounds: "Data/Library/Application Support/Microsoft/MSTeams/Backgrounds",
        display: "~/Library/Containers/com.microsoft.teams2",
    },
];

const LINUX: &[CacheDir] = &[
    CacheDir {
        key: "classic-Teams",
        new_client: false,
        root: Root::Home,
        rel: ".config/Microsoft/Microsoft Teams",
        backgrounds: "",
        display: "~/.config/Microsoft/Microsoft Teams",
    },
    CacheDir {
        key: "teams-for-linux",
        new_client: true,
        root: Root::Home,
        rel: ".config/teams-for-linux",
        backgrounds: "",
        display: "~/.config/teams-for-linux",
    },
    CacheDir {
        key: "teams-for-linux-snap",
        new_client: true,
        root: Root::Home,
        rel: "snap/teams-for-linux/current/.config/teams-for-linux",
        backgrounds: "",
        display: "~/snap/teams-for-linux/current/.config/teams-for-linux",
    },
    CacheDir {
        key: "teams-for-linux-flatpak",
        new_client: true,
        root: Root::Home,
        rel: ".var/app/com.github.IsmaelMartinez.teams_for_linux/config/teams-for-linux",
        backgrounds: "",
        display: "~/.var/app/com.github.IsmaelMartinez.teams_for_linux/config/teams-for-linux",
    },
];

/// The cache folders a script for `os` and `client` clears, in a fixed order.
pub(crate) fn cache_dirs(os: Os, client: Client) -> Vec<CacheDir> {
    let all = match os {
        Os::Windows => WINDOWS,
        Os::Macos => MACOS,
        Os::Linux => LINUX,
    };
    all.iter()
        .filter(|d| {
            if d.new_client {
                client.includes_new()
            } else {
                client.includes_classic()
            }
        })
        .copied()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn never_the_package_folder_or_oneauth() {
        for os in Os::ALL {
            for d in cache_dirs(os, Client::Both) {
                assert!(!d.rel.ends_with("MSTeams_8wekyb3d8bbwe"), "{}", d.rel);
                assert!(!d.rel.to_ascii_lowercase().contains("oneauth"), "{}", d.rel);
                assert!(!d.rel.contains(".."), "{}", d.rel);
            }
        }
    }

    #[test]
    fn every_client_has_folders() {
        for os in Os::ALL {
            for client in Client::ALL {
                assert!(!cache_dirs(os, client).is_empty());
            }
        }
    }
}
