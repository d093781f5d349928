//! The facts about Microsoft Teams that the page acts on, in one table: cache folders per
//! system and client, processes, app and package ids, backgrounds, start commands and links.
//!
//! Source: `shared/reference/teams-facts.md` and the CAA20002 article. The help text
//! ([`crate::help`]), both script generators and the plain-language description
//! ([`crate::script::describe`]) read these and nothing else, so they cannot disagree. Nothing
//! here comes from config: these are the only folders a script may ever move or delete.

use crate::platform::{Client, Os};

/// Which Teams a fact belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Edition {
    /// Classic Teams (retired, still installed in places).
    Classic,
    /// New Teams (the MSTeams package on Windows, `com.microsoft.teams2` on macOS). Microsoft
    /// has no new Teams for Linux: there it means the community app teams-for-linux.
    New,
}

impl Edition {
    /// Whether a script or help text for `client` covers this edition.
    pub fn in_client(self, client: Client) -> bool {
        match self {
            Edition::Classic => client.includes_classic(),
            Edition::New => client.includes_new(),
        }
    }
}

/// The profile folder a cache folder hangs off, named by its environment variable.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Root {
    /// `%APPDATA%` (roaming), Windows.
    AppData,
    /// `%LOCALAPPDATA%`, Windows.
    LocalAppData,
    /// `$HOME`, macOS and Linux.
    Home,
}

impl Root {
    /// The environment variable that holds the folder.
    pub fn env_var(self) -> &'static str {
        match self {
            Root::AppData => "APPDATA",
            Root::LocalAppData => "LOCALAPPDATA",
            Root::Home => "HOME",
        }
    }
}

/// One folder a script may clear.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CacheFolder {
    /// Name of the item inside a script's backup folder (also how `--restore` finds it again).
    pub key: &'static str,
    pub edition: Edition,
    pub root: Root,
    /// Below `root`, `/`-separated (Windows spellings turn it into `\`).
    pub rel: &'static str,
    /// Custom meeting backgrounds below the cache folder (`/`-separated), or `""`.
    pub backgrounds: &'static str,
}

impl CacheFolder {
    /// How a person writes the path: `%APPDATA%\Microsoft\Teams`, `~/Library/…`.
    pub fn display(&self) -> String {
        match self.root {
            Root::Home => format!("~/{}", self.rel),
            root => format!("%{}%\\{}", root.env_var(), self.windows_rel()),
        }
    }

    /// For the Windows Run dialog (Windows key + R): `%localappdata%\Packages\…`.
    pub fn run_dialog(&self) -> String {
        format!(
            "%{}%\\{}",
            self.root.env_var().to_ascii_lowercase(),
            self.windows_rel()
        )
    }

    /// For PowerShell inside double quotes (`$env:` expands there): `$env:APPDATA\Microsoft\Teams`.
    pub fn powershell(&self) -> String {
        format!("$env:{}\\{}", self.root.env_var(), self.windows_rel())
    }

    /// The first macOS version that guards this folder with the "access data from other apps"
    /// privacy prompt (teams-facts.md: 14 protects `~/Library/Containers/<id>`, 15 also group
    /// containers), or `None`. "Don't Allow" makes every access fail with "Operation not
    /// permitted". Apple behaviour from Apple's documentation and public reports, outside
    /// Microsoft's documents and not observed here (the tests only model it with stubs).
    pub fn macos_privacy_since(&self) -> Option<u32> {
        if self.root != Root::Home {
            None
        } else if self.rel.starts_with("Library/Containers/") {
            Some(14)
        } else if self.rel.starts_with("Library/Group Containers/") {
            Some(15)
        } else {
            None
        }
    }

    /// Whether the folder is a macOS app container, which macOS creates with its own
    /// metadata when the app starts: a script must never recreate it with `mkdir -p`.
    pub fn is_app_container(&self) -> bool {
        self.root == Root::Home && self.rel.starts_with("Library/Containers/")
    }

    /// A settings file inside the folder that a clear keeps, like the backgrounds, or `""`:
    /// teams-for-linux keeps the user's settings (including `proxyServer`) in `config.json`.
    pub fn settings_file(&self) -> &'static str {
        if self.key.starts_with("teams-for-linux") {
            "config.json"
        } else {
            ""
        }
    }

    /// `rel` with Windows separators.
    pub fn windows_rel(&self) -> String {
        self.rel.replace('/', "\\")
    }
}

/// New Teams' package family on Windows. Never delete the whole package folder: users report
/// that Teams no longer starts afterwards (company-communicator issue #1337). That is a
/// community report, not a Microsoft statement: Microsoft's "Clear the Teams client cache"
/// documents only Reset and clearing `LocalCache\Microsoft\MSTeams`.
pub const WINDOWS_PACKAGE_FAMILY: &str = "MSTeams_8wekyb3d8bbwe";
/// New Teams' app id in the Start menu (`shell:AppsFolder\…` starts it).
pub const WINDOWS_APP_ID: &str = "MSTeams_8wekyb3d8bbwe!MSTeams";
/// Classic Teams' updater, below `%LOCALAPPDATA%`: `Update.exe --processStart "Teams.exe"`
/// starts classic Teams.
pub const WINDOWS_CLASSIC_UPDATER: &str = "Microsoft/Teams/Update.exe";

/// New Teams' bundle id on macOS.
pub const MACOS_BUNDLE_NEW: &str = "com.microsoft.teams2";
/// Classic Teams' bundle id on macOS.
pub const MACOS_BUNDLE_CLASSIC: &str = "com.microsoft.teams";
/// Shared by every Microsoft app on macOS: never touched, although it sits next to Teams'
/// group container.
pub const MACOS_ONEAUTH: &str = "UBF8T346G9.com.microsoft.oneauth";

/// teams-for-linux's command, snap name and flatpak id.
pub const LINUX_COMMAND_NEW: &str = "teams-for-linux";
pub const LINUX_FLATPAK_ID: &str = "com.github.IsmaelMartinez.teams_for_linux";
/// Classic Teams for Linux (retired) was started as `teams`.
pub const LINUX_COMMAND_CLASSIC: &str = "teams";

/// Windows' own link into Settings > Time & language > Date & time.
pub const WINDOWS_DATE_TIME_SETTINGS: &str = "ms-settings:dateandtime";
/// Windows' own link into Settings > Apps (Windows 10: Apps & features; Windows 11: Installed
/// apps), where an app's Advanced options hold its Reset button.
pub const WINDOWS_APPS_SETTINGS: &str = "ms-settings:appsfeatures";
/// macOS' Date & Time settings pane [?]: unconfirmed (teams-facts.md), so the help text names
/// the menu path instead; only the script's "open the settings" fallback uses it.
pub const MACOS_DATE_TIME_SETTINGS: &str =
    "x-apple.systempreferences:com.apple.Date-Time-Settings.extension";

/// macOS 12's Date & Time pane (System Preferences); [`MACOS_DATE_TIME_SETTINGS`] is the
/// System Settings pane of macOS 13 and later [?].
pub const MACOS_DATE_TIME_SETTINGS_LEGACY: &str =
    "x-apple.systempreferences:com.apple.preference.datetime";

/// macOS apps by bundle id with the command line of their main process (`pgrep -f`, extended
/// regex), most likely first. Scripts address an app only by its bundle id and only while its
/// main process runs: AppleScript's `tell application "Name"` for an app that is not installed
/// opens a "Where is …?" chooser. New Teams' main binary is `MSTeams` (teams-facts.md);
/// classic Teams' binary name (`Teams` or `Microsoft Teams`) is [?] not confirmed.
pub fn macos_bundles(client: Client) -> Vec<(&'static str, &'static str)> {
    let mut bundles = Vec::new();
    if client.includes_new() {
        bundles.push((MACOS_BUNDLE_NEW, "\\.app/Contents/MacOS/MSTeams( |$)"));
    }
    if client.includes_classic() {
        bundles.push((
            MACOS_BUNDLE_CLASSIC,
            "\\.app/Contents/MacOS/(Teams|Microsoft Teams)( |$)",
        ));
    }
    bundles
}

/// The keychain items Teams keeps the account in on macOS (teams-facts.md: ItzLevvie
/// MicrosoftTeams-msinternal #36, MOFA #6); the third one only on macOS 15 (Sequoia).
/// Community findings: no Microsoft document names them, so the page asks IT to confirm.
/// Scripts only list them by label (`security find-generic-password -l`), never read them.
pub const MACOS_KEYCHAIN_ITEMS: [&str; 3] = [
    "Microsoft Teams Identities Cache",
    "Teams Safe Storage",
    "Microsoft Teams Vault",
];

/// Microsoft's captive-portal probe (NCSI): over plain HTTP it must answer exactly
/// [`CAPTIVE_PORTAL_EXPECT`]; anything else means a Wi-Fi login page or a proxy answered.
pub const CAPTIVE_PORTAL_URL: &str = "http://www.msftconnecttest.com/connecttest.txt";
/// The whole expected body of [`CAPTIVE_PORTAL_URL`].
pub const CAPTIVE_PORTAL_EXPECT: &str = "Microsoft Connect Test";
/// The host whose TLS certificate chain the scripts' re-test reads.
pub const SIGN_IN_HOST: &str = "login.microsoftonline.com";
/// Common names (the certificate's CN, which the scripts compare exactly) of the public root
/// certificate authorities Microsoft's online services chain to: the root table of Microsoft
/// Learn, "Azure Certificate Authority details" (azure/security/fundamentals/azure-ca-details),
/// as quoted by the facts review of 2026 (docs/sources.md): DigiCert Global Root CA, G2, G3,
/// DigiCert TLS ECC P384 Root G5, DigiCert TLS RSA 4096 Root G5, Microsoft ECC and RSA Root
/// Certificate Authority 2017. Microsoft's table writes "TLS RSA 4096"; the certificate itself
/// (SHA-1 thumbprint A78849DC5D7C758C8CDE399856B3AAD0B2A57135) is named
/// `DigiCert TLS RSA4096 Root G5`, without the space, and that is what a chain shows.
/// Baltimore CyberTrust Root expired on 12 May 2025 and Microsoft no longer uses it; it stays
/// here only so that an old chain ending there is not reported as TLS inspection (no
/// inspecting proxy signs with it). A chain for [`SIGN_IN_HOST`] that ends anywhere else was
/// re-signed on the way: TLS inspection, which the page itself cannot see. The scripts say
/// "probably", because the list changes when Microsoft moves CAs: a root missing here makes
/// them say "TLS inspection" wrongly, so keep it current.
pub const MICROSOFT_ROOT_CAS: [&str; 8] = [
    "DigiCert Global Root G2",
    "DigiCert Global Root G3",
    "DigiCert Global Root CA",
    "DigiCert TLS ECC P384 Root G5",
    "DigiCert TLS RSA4096 Root G5",
    "Microsoft RSA Root Certificate Authority 2017",
    "Microsoft ECC Root Certificate Authority 2017",
    "Baltimore CyberTrust Root",
];
/// The hosts whose site data resets Teams on the web (Linux has no Microsoft desktop client).
pub const TEAMS_WEB_HOSTS: [&str; 2] = ["teams.microsoft.com", "teams.cloud.microsoft"];
/// Teams on the web, where the plan sends users to keep working meanwhile.
pub const TEAMS_WEB_URL: &str = "https://teams.cloud.microsoft";

/// Microsoft's list of the addresses Microsoft 365 needs: what IT must allow-list.
pub const ENDPOINTS_URL: &str =
    "https://learn.microsoft.com/microsoft-365/enterprise/urls-and-ip-address-ranges";
/// Public Microsoft 365 status page, readable by anyone (Microsoft Learn, "How to check
/// Microsoft 365 service health": "you can use the service status page").
pub const PUBLIC_STATUS_URL: &str = "https://status.cloud.microsoft";
/// Service health in the Microsoft 365 admin center (Health > Service health): needs an admin
/// account. The address is the one Microsoft's own documents link to; the older
/// `admin.microsoft.com/servicestatus` redirects to the public status page instead.
pub const SERVICE_HEALTH_URL: &str = "https://admin.microsoft.com/AdminPortal/Home#/servicehealth";
/// Microsoft Learn's troubleshooting page for some Teams sign-in errors, for IT (its current
/// SupportArticles address; the old `/microsoftteams/troubleshoot/` one still redirects).
pub const SIGN_IN_ERRORS_URL: &str =
    "https://learn.microsoft.com/troubleshoot/microsoftteams/teams-sign-in/resolve-sign-in-errors";

/// A sign that Windows may be a virtual desktop (or use a profile container) managed by IT.
/// None proves it: `IsWVDEnvironment` is set by admins, and the Citrix key is also created by
/// other software. Microsoft's support statement is narrower than the guard: for
/// non-persistent VDI with classic Teams, "Manual deletion of the Teams cache is not
/// supported" (OfficeDocs-SkypeForBusiness PR #8482, "Teams for Virtualized Desktop
/// Infrastructure"; classic Teams is retired and no such statement was found for new Teams).
/// The Windows script stays on the safe side and changes nothing where a marker is found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct VdiMarker {
    /// What the marker means, for the user and the log.
    pub product: &'static str,
    /// A registry key (`HKLM\...`, written as in regedit).
    pub key: &'static str,
    /// The DWORD value that must be 1, or `""` when the key existing is the marker.
    pub value: &'static str,
}

/// The VDI markers the Windows script checks, with their sources:
/// - `IsWVDEnvironment`: Microsoft Learn, "Use Microsoft Teams on Azure Virtual Desktop"
///   (teams-on-avd): admins set it on Azure Virtual Desktop session hosts to enable media
///   optimization (Windows 365 Cloud PCs run on the same infrastructure [?]).
/// - `Citrix\PortICA` and `VMware VDM\Agent`: the keys the Citrix VDA and the VMware Horizon
///   agent create, which Teams' machine-wide installer checks to recognise a VDI. Community
///   finding (installer analyses, ANIXIS KB "PPE: Resolving Compatibility Issues with
///   Microsoft Teams", which also shows non-VDI software creating `PortICA`); the Teams for
///   VDI pages do not list these keys.
/// - `Omnissa\Agent\Configuration`: the Horizon agent's key since VMware Horizon became
///   Omnissa Horizon. Community finding (deployment scripts check it next to the VMware key);
///   not confirmed from Omnissa's or Microsoft's documents.
/// - FSLogix `Profiles\Enabled = 1`: FSLogix profile containers are on (Microsoft Learn,
///   FSLogix configuration settings reference, "Profiles"); the profile, the Teams cache
///   included, lives in a container that IT manages (Azure Virtual Desktop, Windows 365, RDS).
pub const WINDOWS_VDI_MARKERS: &[VdiMarker] = &[
    VdiMarker {
        product: "Azure Virtual Desktop or Windows 365",
        key: "HKLM\\SOFTWARE\\Microsoft\\Teams",
        value: "IsWVDEnvironment",
    },
    VdiMarker {
        product: "Citrix virtual desktop",
        key: "HKLM\\SOFTWARE\\Citrix\\PortICA",
        value: "",
    },
    VdiMarker {
        product: "VMware Horizon virtual desktop",
        key: "HKLM\\SOFTWARE\\VMware, Inc.\\VMware VDM\\Agent",
        value: "",
    },
    VdiMarker {
        product: "Omnissa Horizon virtual desktop",
        key: "HKLM\\SOFTWARE\\Omnissa\\Agent\\Configuration",
        value: "",
    },
    VdiMarker {
        product: "FSLogix profile container",
        key: "HKLM\\SOFTWARE\\FSLogix\\Profiles",
        value: "Enabled",
    },
];

/// What `Reset-AppxPackage` (and Settings > Apps > Installed apps > Microsoft Teams > Advanced
/// options > Reset) erases for new Teams: all of the app's local data on this computer
/// (SupportArticles `clear-teams-cache.md`: "erases app data incl. personalization"; the
/// Reset button: "The app's data will be deleted").
pub const WINDOWS_RESET_ERASES: &str = "all of new Teams' data on this computer: sign-in, settings, cache and custom meeting backgrounds (chats, files and meetings stay in Microsoft 365)";

const WINDOWS: &[CacheFolder] = &[
    // The facts say "the contents of" this folder: scripts leave it behind, empty.
    CacheFolder {
        key: "classic-Teams",
        edition: Edition::Classic,
        root: Root::AppData,
        rel: "Microsoft/Teams",
        backgrounds: "Backgrounds/Uploads",
    },
    // Only LocalCache: deleting the whole package folder stops new Teams from starting
    // (community report). LocalCache holds new Teams' cache and its saved sign-in; Microsoft's
    // page clears only its `Microsoft/MSTeams` subfolder, so this is broader (the article's
    // choice), closer to a partial reset.
    CacheFolder {
        key: "new-LocalCache",
        edition: Edition::New,
        root: Root::LocalAppData,
        rel: "Packages/MSTeams_8wekyb3d8bbwe/LocalCache",
        backgrounds: "Microsoft/MSTeams/Backgrounds/Uploads",
    },
];

const MACOS: &[CacheFolder] = &[
    CacheFolder {
        key: "classic-Teams",
        edition: Edition::Classic,
        root: Root::Home,
        rel: "Library/Application Support/Microsoft/Teams",
        // [?] Not in teams-facts.md: the classic client's upload folder by analogy with
        // Windows. Harmless when absent (the script only copies it when it exists).
        backgrounds: "Backgrounds/Uploads",
    },
    // Never the sibling UBF8T346G9.com.microsoft.oneauth (MACOS_ONEAUTH).
    CacheFolder {
        key: "new-group-container",
        edition: Edition::New,
        root: Root::Home,
        rel: "Library/Group Containers/UBF8T346G9.com.microsoft.teams",
        backgrounds: "",
    },
    CacheFolder {
        key: "new-container",
        edition: Edition::New,
        root: Root::Home,
        rel: "Library/Containers/com.microsoft.teams2",
        backgrounds: "Data/Library/Application Support/Microsoft/MSTeams/Backgrounds",
    },
];

const LINUX: &[CacheFolder] = &[
    CacheFolder {
        key: "classic-Teams",
        edition: Edition::Classic,
        root: Root::Home,
        rel: ".config/Microsoft/Microsoft Teams",
        backgrounds: "",
    },
    CacheFolder {
        key: "teams-for-linux",
        edition: Edition::New,
        root: Root::Home,
        rel: ".config/teams-for-linux",
        backgrounds: "",
    },
    CacheFolder {
        key: "teams-for-linux-snap",
        edition: Edition::New,
        root: Root::Home,
        rel: "snap/teams-for-linux/current/.config/teams-for-linux",
        backgrounds: "",
    },
    CacheFolder {
        key: "teams-for-linux-flatpak",
        edition: Edition::New,
        root: Root::Home,
        rel: ".var/app/com.github.IsmaelMartinez.teams_for_linux/config/teams-for-linux",
        backgrounds: "",
    },
];

/// Every cache folder known for `os`, classic first (the scripts' order).
pub fn all_cache_folders(os: Os) -> &'static [CacheFolder] {
    match os {
        Os::Windows => WINDOWS,
        Os::Macos => MACOS,
        Os::Linux => LINUX,
    }
}

/// The cache folders for `os` and `client`, classic first (the scripts' order).
pub fn cache_folders(os: Os, client: Client) -> Vec<CacheFolder> {
    all_cache_folders(os)
        .iter()
        .filter(|f| f.edition.in_client(client))
        .copied()
        .collect()
}

/// The same folders with new Teams first (the help text's order: it is the current client).
pub fn cache_folders_new_first(os: Os, client: Client) -> Vec<CacheFolder> {
    let mut folders = cache_folders(os, client);
    folders.sort_by_key(|f| f.edition != Edition::New);
    folders
}

/// Windows process names (`Win32_Process.Name`) of a client's processes. `msedgewebview2.exe`
/// is shared with other apps: the scripts stop it only when its command line names new Teams;
/// classic `Update.exe`/`Squirrel.exe` only when they run from the classic Teams folder.
pub fn windows_processes(client: Client) -> Vec<&'static str> {
    let mut names = Vec::new();
    if client.includes_new() {
        names.extend([
            "ms-teams.exe",
            "ms-teamsupdate.exe",
            "msteams_autostarter.exe",
            "msedgewebview2.exe",
        ]);
    }
    if client.includes_classic() {
        names.extend(["Teams.exe", "Update.exe", "Squirrel.exe"]);
    }
    names
}

/// macOS app names a client may be installed as, most likely first. Classic Teams was named
/// "Microsoft Teams" before new Teams took that name, so that name is the classic one only
/// when new Teams is not asked for.
pub fn macos_app_names(client: Client) -> Vec<&'static str> {
    let mut apps = Vec::new();
    if client.includes_new() {
        apps.extend(["Microsoft Teams", "Microsoft Teams (work or school)"]);
    }
    if client.includes_classic() {
        apps.push("Microsoft Teams classic");
        if !client.includes_new() {
            apps.push("Microsoft Teams");
        }
    }
    apps
}

/// Teams processes on macOS, as an extended regular expression on the whole command line
/// (`pgrep -f`): anything running from inside one of the Teams app bundles.
pub const MACOS_PROCESS_PATTERN: &str = "/Microsoft Teams[^/]*\\.app/Contents/";

/// Teams processes on Linux, as extended regular expressions on the whole command line.
pub fn linux_process_patterns(client: Client) -> Vec<&'static str> {
    let mut patterns = Vec::new();
    if client.includes_new() {
        patterns.push("^([^ ]*/)?teams-for-linux( |$)");
    }
    if client.includes_classic() {
        patterns.push("^([^ ]*/)?teams( |$)");
    }
    patterns
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    #[test]
    fn never_the_package_folder_or_oneauth() {
        for os in Os::ALL {
            for f in all_cache_folders(os) {
                assert!(!f.rel.ends_with(WINDOWS_PACKAGE_FAMILY), "{}", f.rel);
                assert!(!f.rel.contains(MACOS_ONEAUTH), "{}", f.rel);
                assert!(!f.rel.to_ascii_lowercase().contains("oneauth"), "{}", f.rel);
                assert!(!f.rel.contains(".."), "{}", f.rel);
                assert!(!f.rel.starts_with('/') && !f.backgrounds.starts_with('/'));
            }
        }
    }

    #[test]
    fn every_client_has_folders() {
        for os in Os::ALL {
            for client in Client::ALL {
                assert!(!cache_folders(os, client).is_empty());
            }
        }
    }

    #[test]
    fn roots_match_the_system() {
        for os in Os::ALL {
            for f in all_cache_folders(os) {
                assert_eq!(f.root == Root::Home, os != Os::Windows, "{}", f.rel);
            }
        }
    }

    #[test]
    fn ids_agree_with_the_folders() {
        assert!(WINDOWS_APP_ID.starts_with(WINDOWS_PACKAGE_FAMILY));
        assert!(WINDOWS[1].rel.contains(WINDOWS_PACKAGE_FAMILY));
        assert!(MACOS[2].rel.ends_with(MACOS_BUNDLE_NEW));
        assert!(LINUX[3].rel.contains(LINUX_FLATPAK_ID));
    }

    #[rstest]
    #[case(Os::Windows, 2, "%APPDATA%\\Microsoft\\Teams")]
    #[case(
        Os::Windows,
        2,
        "%LOCALAPPDATA%\\Packages\\MSTeams_8wekyb3d8bbwe\\LocalCache"
    )]
    #[case(Os::Macos, 3, "~/Library/Containers/com.microsoft.teams2")]
    #[case(Os::Linux, 4, "~/.config/teams-for-linux")]
    fn spellings(#[case] os: Os, #[case] count: usize, #[case] display: &str) {
        let all = cache_folders(os, Client::Both);
        assert_eq!(all.len(), count);
        assert!(all.iter().any(|f| f.display() == display), "{display}");
    }

    #[test]
    fn windows_spellings() {
        let new = &WINDOWS[1];
        assert_eq!(
            new.run_dialog(),
            "%localappdata%\\Packages\\MSTeams_8wekyb3d8bbwe\\LocalCache"
        );
        assert_eq!(
            new.powershell(),
            "$env:LOCALAPPDATA\\Packages\\MSTeams_8wekyb3d8bbwe\\LocalCache"
        );
    }

    #[rstest]
    #[case(Os::Macos, "classic-Teams", None, false, "")]
    #[case(Os::Macos, "new-group-container", Some(15), false, "")]
    #[case(Os::Macos, "new-container", Some(14), true, "")]
    #[case(Os::Linux, "teams-for-linux", None, false, "config.json")]
    #[case(Os::Linux, "teams-for-linux-snap", None, false, "config.json")]
    #[case(Os::Linux, "classic-Teams", None, false, "")]
    #[case(Os::Windows, "new-LocalCache", None, false, "")]
    fn privacy_containers_and_kept_settings(
        #[case] os: Os,
        #[case] key: &str,
        #[case] since: Option<u32>,
        #[case] container: bool,
        #[case] settings: &str,
    ) {
        let f = all_cache_folders(os).iter().find(|f| f.key == key).unwrap();
        assert_eq!(f.macos_privacy_since(), since);
        assert_eq!(f.is_app_container(), container);
        assert_eq!(f.settings_file(), settings);
    }

    #[test]
    fn macos_bundles_follow_the_client() {
        assert_eq!(macos_bundles(Client::New)[0].0, MACOS_BUNDLE_NEW);
        assert_eq!(macos_bundles(Client::Classic)[0].0, MACOS_BUNDLE_CLASSIC);
        assert_eq!(macos_bundles(Client::Both).len(), 2);
        assert!(CAPTIVE_PORTAL_URL.starts_with("http://"));
        for s in MICROSOFT_ROOT_CAS.iter().chain(MACOS_KEYCHAIN_ITEMS.iter()) {
            assert!(s.chars().all(|c| c.is_ascii_graphic() || c == ' '), "{s}");
        }
    }

    /// The roots the scripts accept are the certificates' own names (exact match): the DigiCert
    /// G5 pair from Microsoft's current table is there, spelled as the certificate spells it.
    #[test]
    fn root_list_has_the_g5_roots_by_their_certificate_names() {
        for root in [
            "DigiCert TLS ECC P384 Root G5",
            "DigiCert TLS RSA4096 Root G5",
            "DigiCert Global Root G2",
            "Microsoft RSA Root Certificate Authority 2017",
        ] {
            assert!(MICROSOFT_ROOT_CAS.contains(&root), "{root}");
        }
        assert!(!MICROSOFT_ROOT_CAS.iter().any(|r| r.contains("RSA 4096")));
        let mut unique = MICROSOFT_ROOT_CAS.to_vec();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), MICROSOFT_ROOT_CAS.len());
    }

    #[test]
    fn vdi_markers_include_omnissa_horizon() {
        let keys: Vec<&str> = WINDOWS_VDI_MARKERS.iter().map(|m| m.key).collect();
        assert!(keys.contains(&"HKLM\\SOFTWARE\\Omnissa\\Agent\\Configuration"));
        assert!(keys.contains(&"HKLM\\SOFTWARE\\VMware, Inc.\\VMware VDM\\Agent"));
        for m in WINDOWS_VDI_MARKERS {
            assert!(m.key.starts_with("HKLM\\SOFTWARE\\") && m.key.is_ascii());
        }
    }

    #[test]
    fn links_use_the_current_addresses() {
        assert_eq!(
            SERVICE_HEALTH_URL,
            "https://admin.microsoft.com/AdminPortal/Home#/servicehealth"
        );
        assert!(SIGN_IN_ERRORS_URL.starts_with("https://learn.microsoft.com/troubleshoot/"));
    }

    #[test]
    fn new_first_keeps_every_folder() {
        for os in Os::ALL {
            let a = cache_folders_new_first(os, Client::Both);
            assert_eq!(a.len(), cache_folders(os, Client::Both).len());
            assert_eq!(a[0].edition, Edition::New);
        }
    }
}
