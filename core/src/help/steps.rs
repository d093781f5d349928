//! The article's steps for each system, and the copyable commands they show.
//!
//! Cache steps move folders into a dated backup instead of deleting them: the user keeps a
//! way back, and custom meeting backgrounds (stored inside the cache) are not lost.

use super::{HowToStep, ENDPOINTS_URL};
use crate::platform::{Client, Os};
use crate::teams::{self, CacheFolder, Edition, WINDOWS_DATE_TIME_SETTINGS as WINDOWS_DATE_TIME};
use crate::text::{Arg, Msg, Text};

/// The Windows cache folders for a client, new Teams first (it is the current client).
fn windows_dirs(client: Client) -> Vec<CacheFolder> {
    teams::cache_folders_new_first(Os::Windows, client)
}

/// The macOS or Linux cache folders for a client, relative to the home folder, new Teams
/// first.
fn home_dirs(os: Os, client: Client) -> Vec<&'static str> {
    if os == Os::Windows {
        return Vec::new();
    }
    teams::cache_folders_new_first(os, client)
        .iter()
        .map(|f| f.rel)
        .collect()
}

/// A path under the home folder as one double-quoted shell word. `~` does not expand
/// inside quotes, hence `$HOME`; the paths are our own constants and contain none of the
/// characters that are special inside double quotes (a test checks).
fn home_word(relative: &str) -> String {
    format!("\"$HOME/{relative}\"")
}

/// One line for bash or zsh (macOS Terminal's default shell): moves each existing folder
/// into a dated backup folder in the home folder, numbered so that equal names (the three
/// teams-for-linux installs) cannot collide, and says what it did.
fn backup_command_sh(relative_dirs: &[&str]) -> String {
    let words: Vec<String> = relative_dirs.iter().map(|d| home_word(d)).collect();
    format!(
        "b=\"$HOME/teams-cache-backup-$(date +%Y%m%d-%H%M%S)\"; if mkdir -p \"$b\"; then n=0; m=0; \
         for d in {}; do n=$((n+1)); if [ -e \"$d\" ]; then mv \"$d\" \"$b/$n-${{d##*/}}\" && m=$((m+1)) && echo \"Moved: $d\"; fi; done; \
         if [ \"$m\" -gt 0 ]; then echo \"Backup folder: $b\"; else rmdir \"$b\"; echo \"No Teams cache folder found.\"; fi; fi",
        words.join(" ")
    )
}

/// One line for Windows PowerShell 5.1 and PowerShell 7: moves the contents of each
/// existing folder (never the folder itself: Teams expects it to exist) into a dated
/// backup folder in the user's profile.
fn backup_command_powershell(dirs: &[CacheFolder]) -> String {
    let words: Vec<String> = dirs
        .iter()
        .map(|d| format!("\"{}\"", d.powershell()))
        .collect();
    format!(
        "$b = Join-Path $env:USERPROFILE ('teams-cache-backup-' + (Get-Date -Format 'yyyyMMdd-HHmmss')); $n = 0; $m = 0; \
         foreach ($d in @({})) {{ $n++; if (Test-Path -LiteralPath $d) {{ \
         $t = Join-Path $b ('{{0}}-{{1}}' -f $n, (Split-Path -Leaf $d)); New-Item -ItemType Directory -Force -Path $t | Out-Null; \
         Get-ChildItem -LiteralPath $d -Force | Move-Item -Destination $t; $m++; \"Moved the contents of $d\" }} }}; \
         if ($m -gt 0) {{ \"Backup folder: $b\" }} else {{ 'No Teams cache folder found.' }}",
        words.join(", ")
    )
}

/// The backup folder the Windows steps have the user make (the name the scripts and the
/// one-line commands use too, so every way leaves the same kind of folder).
pub const BACKUP_FOLDER: &str = "teams-cache-backup";

/// Clear the Teams cache, keeping a backup: quit, move the folders away, restart.
pub fn cache_steps(os: Os, client: Client) -> Vec<HowToStep> {
    match os {
        Os::Windows => windows_cache_steps(client),
        Os::Macos => vec![
            HowToStep::say(Msg::HelpCacheMacosQuit),
            HowToStep::say(Msg::HelpCacheMacosForce),
            HowToStep::say(Msg::HelpCacheMacosTerminal)
                .with_command(backup_command_sh(&home_dirs(os, client))),
            HowToStep::say(Msg::HelpCacheMacosPrivacy),
            HowToStep::say(Msg::HelpCacheRestart),
            HowToStep::say(Msg::HelpCacheMacosBackgrounds),
        ],
        Os::Linux => vec![
            HowToStep::say(Msg::HelpCacheLinuxQuit),
            HowToStep::say(Msg::HelpCacheLinuxTerminal)
                .with_command(backup_command_sh(&home_dirs(os, client))),
            HowToStep::say(Msg::HelpCacheRestart),
            HowToStep::say(Msg::HelpCacheLinuxDeleteLater),
        ],
    }
}

fn windows_cache_steps(client: Client) -> Vec<HowToStep> {
    let dirs = windows_dirs(client);
    let folder = || Arg::code(BACKUP_FOLDER);
    let mut steps = vec![
        HowToStep::say(Msg::HelpCacheWindowsQuit),
        HowToStep::say(Msg::HelpCacheWindowsTaskManager),
        HowToStep::say(Text::help_cache_windows_make_folder(folder())),
    ];
    for dir in &dirs {
        steps.push(
            HowToStep::say(if dir.edition == Edition::New {
                Msg::HelpCacheWindowsOpenNew
            } else {
                Msg::HelpCacheWindowsOpenClassic
            })
            .with_command(dir.run_dialog()),
        );
        steps.push(HowToStep::say(if dir.edition == Edition::New {
            Text::help_cache_windows_move_new(Arg::code("new"), folder(), Arg::code("LocalCache"))
        } else {
            Text::help_cache_windows_move_classic(Arg::code("classic"), folder())
        }));
    }
    steps.push(
        HowToStep::say(Msg::HelpCacheWindowsPowershell)
            .with_command(backup_command_powershell(&dirs)),
    );
    steps.push(HowToStep::say(Msg::HelpCacheRestart));
    // Where the backgrounds end up inside the Desktop backup, from the facts table (new
    // Teams keeps them deeper than classic: Microsoft\MSTeams\Backgrounds\Uploads).
    let backgrounds: Vec<String> = dirs
        .iter()
        .filter(|d| !d.backgrounds.is_empty())
        .map(|d| {
            let sub = if d.edition == Edition::New {
                "new"
            } else {
                "classic"
            };
            format!(
                "{BACKUP_FOLDER}\\{sub}\\{}",
                d.backgrounds.replace('/', "\\")
            )
        })
        .collect();
    steps.push(
        HowToStep::say(Msg::HelpCacheWindowsBackgrounds).with_command(backgrounds.join("\n")),
    );
    steps
}

/// VPN off, then the proxy: what the user can try, and what IT must allow.
pub fn network_steps(os: Os) -> Vec<HowToStep> {
    let (vpn, proxy) = match os {
        Os::Windows => (Msg::HelpNetworkVpnWindows, Msg::HelpNetworkProxyWindows),
        Os::Macos => (Msg::HelpNetworkVpnMacos, Msg::HelpNetworkProxyMacos),
        Os::Linux => (Msg::HelpNetworkVpnLinux, Msg::HelpNetworkProxyLinux),
    };
    vec![
        HowToStep::say(vpn),
        HowToStep::say(Msg::HelpNetworkVpnRequired),
        HowToStep::say(Text::help_network_reachable(
            Arg::code("login.microsoftonline.com"),
            Arg::code("teams.microsoft.com"),
        )),
        HowToStep::say(proxy),
        HowToStep::say(Msg::HelpNetworkAskIt).with_link(Msg::HelpLinkEndpoints, ENDPOINTS_URL),
    ]
}

/// Switch TLS 1.2 back on in Internet Options (and TLS 1.3 on Windows 11 only, as the fix
/// script does: Microsoft supports TLS 1.3 from Windows 11 and calls enabling it on earlier
/// Windows not a safe configuration). Windows only.
pub fn tls_fix_steps() -> Vec<HowToStep> {
    vec![
        HowToStep::say(Msg::HelpTlsOpen).with_command("inetcpl.cpl"),
        HowToStep::say(Msg::HelpTlsAdvanced),
        HowToStep::say(Msg::HelpTls13),
        HowToStep::say(Msg::HelpTlsApply),
        HowToStep::say(Msg::HelpTlsGreyed),
    ]
}

/// The clock is off: fix the time zone first (a wrong zone shows as whole hours off and
/// is the one people miss), then switch on automatic time and sync.
pub fn time_fix_steps(os: Os) -> Vec<HowToStep> {
    match os {
        Os::Windows => vec![
            HowToStep::say(Msg::HelpTimeWindowsOpen)
                .with_link(Msg::HelpTimeWindowsLink, WINDOWS_DATE_TIME),
            HowToStep::say(Msg::HelpTimeWindowsZone),
            HowToStep::say(Msg::HelpTimeWindowsAuto),
            HowToStep::say(Msg::HelpTimeWindowsSync),
            HowToStep::say(Msg::HelpTimeRestart),
        ],
        Os::Macos => vec![
            HowToStep::say(Msg::HelpTimeMacosOpen),
            HowToStep::say(Msg::HelpTimeMacosZone),
            HowToStep::say(Msg::HelpTimeMacosAuto),
            HowToStep::say(Msg::HelpTimeRestart),
        ],
        Os::Linux => vec![
            HowToStep::say(Msg::HelpTimeLinuxOpen),
            HowToStep::say(Msg::HelpTimeLinuxZone),
            HowToStep::say(Msg::HelpTimeLinuxAuto).with_command("timedatectl set-ntp true"),
            HowToStep::say(Msg::HelpTimeRestart),
        ],
    }
}

/// The clock shows the right local time under the wrong time zone: fix only the zone.
pub fn timezone_fix_steps(os: Os) -> Vec<HowToStep> {
    match os {
        Os::Windows => vec![
            HowToStep::say(Msg::HelpTimeWindowsOpen)
                .with_link(Msg::HelpTimeWindowsLink, WINDOWS_DATE_TIME),
            HowToStep::say(Msg::HelpTimeWindowsZoneOnly),
            HowToStep::say(Msg::HelpTimeCheckRestart),
        ],
        Os::Macos => vec![
            HowToStep::say(Msg::HelpTimeMacosOpen),
            HowToStep::say(Msg::HelpTimeMacosZone),
            HowToStep::say(Msg::HelpTimeCheckRestart),
        ],
        Os::Linux => vec![
            HowToStep::say(Msg::HelpTimeLinuxOpen),
            HowToStep::say(Msg::HelpTimeLinuxZoneShow).with_command("timedatectl"),
            HowToStep::say(Msg::HelpTimeCheckRestart),
        ],
    }
}
