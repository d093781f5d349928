//! The article's steps for each system, and the copyable commands they show.
//!
//! Cache steps move folders into a dated backup instead of deleting them: the user keeps a
//! way back, and custom meeting backgrounds (stored inside the cache) are not lost.

use super::{HowToStep, ENDPOINTS_URL};
use crate::platform::{Client, Os};
use crate::teams::{self, CacheFolder, Edition, WINDOWS_DATE_TIME_SETTINGS as WINDOWS_DATE_TIME};

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

/// Clear the Teams cache, keeping a backup: quit, move the folders away, restart.
pub fn cache_steps(os: Os, client: Client) -> Vec<HowToStep> {
    match os {
        Os::Windows => windows_cache_steps(client),
        Os::Macos => vec![
            HowToStep::say("Quit Teams: click Teams in the menu bar at the top and choose Quit (or press Cmd + Q)."),
            HowToStep::say("If Teams does not quit, open Activity Monitor, search for \"Teams\", select it, click the Stop button (✕) at the top and choose Force Quit."),
            HowToStep::say("Open Terminal (Applications > Utilities > Terminal), paste this command and press Return. It moves the Teams cache into a dated backup folder in your home folder; nothing is deleted.")
                .with_command(backup_command_sh(&home_dirs(os, client))),
            HowToStep::say("If macOS asks whether Terminal may access data from other apps, click Allow. If it says \"Operation not permitted\", turn Terminal on under System Settings > Privacy & Security > Full Disk Access and run the command again."),
            HowToStep::say("Start Teams again and sign in. The first start is slower while Teams rebuilds its cache."),
            HowToStep::say("Your custom meeting backgrounds are in the backup folder. Once Teams has worked for a few days, you can delete the backup."),
        ],
        Os::Linux => vec![
            HowToStep::say("Quit Teams from the menu of its icon in the system tray: closing the window only hides it."),
            HowToStep::say("Open a terminal, paste this command and press Enter. It moves the Teams cache into a dated backup folder in your home folder; nothing is deleted.")
                .with_command(backup_command_sh(&home_dirs(os, client))),
            HowToStep::say("Start Teams again and sign in. The first start is slower while Teams rebuilds its cache."),
            HowToStep::say("Once Teams has worked for a few days, you can delete the backup folder."),
        ],
    }
}

fn windows_cache_steps(client: Client) -> Vec<HowToStep> {
    let dirs = windows_dirs(client);
    let mut steps = vec![
        HowToStep::say("Quit Teams: right-click the Teams icon next to the clock (bottom right; click ^ if you do not see it) and choose Quit."),
        HowToStep::say("Open Task Manager (Ctrl + Shift + Esc). If Microsoft Teams is still listed, select it and click End task."),
        HowToStep::say("Make a folder on your Desktop called \"Teams cache backup\". Moving the cache there instead of deleting it keeps a way back."),
    ];
    for dir in &dirs {
        steps.push(
            HowToStep::say(if dir.edition == Edition::New {
                "Press Windows key + R, paste this and press Enter. File Explorer opens the folder that holds new Teams' cache and its saved sign-in."
            } else {
                "Press Windows key + R, paste this and press Enter. File Explorer opens the classic Teams cache folder."
            })
            .with_command(dir.run_dialog()),
        );
        steps.push(HowToStep::say(if dir.edition == Edition::New {
            "Select everything inside it (Ctrl + A), cut it (Ctrl + X), and paste it (Ctrl + V) into a new folder called \"new\" inside \"Teams cache backup\". Leave the folders above LocalCache alone: users report that Teams no longer starts without them."
        } else {
            "Select everything inside it (Ctrl + A), cut it (Ctrl + X), and paste it (Ctrl + V) into a new folder called \"classic\" inside \"Teams cache backup\"."
        }));
    }
    steps.push(
        HowToStep::say("Prefer typing? This PowerShell command does the same moves into a dated backup folder in your user folder. Open it with right-click on Start > Terminal (Windows PowerShell on Windows 10).")
            .with_command(backup_command_powershell(&dirs)),
    );
    steps.push(HowToStep::say(
        "Start Teams again and sign in. The first start is slower while Teams rebuilds its cache.",
    ));
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
                "Teams cache backup\\{sub}\\{}",
                d.backgrounds.replace('/', "\\")
            )
        })
        .collect();
    steps.push(
        HowToStep::say("Your custom meeting backgrounds are in the backup, in the folder shown here: copy them back if you miss them. Once Teams has worked for a few days, you can delete the backup.")
            .with_command(backgrounds.join("\n")),
    );
    steps
}

/// VPN off, then the proxy: what the user can try, and what IT must allow.
pub fn network_steps(os: Os) -> Vec<HowToStep> {
    let (vpn, proxy) = match os {
        Os::Windows => (
            "Disconnect the VPN, from its icon next to the clock or in Settings > Network & internet > VPN, and try signing in to Teams again.",
            "To see whether a proxy is set, open Settings > Network & internet > Proxy. Note what it shows for IT.",
        ),
        Os::Macos => (
            "Disconnect the VPN, from its icon in the menu bar or in System Settings > VPN, and try signing in to Teams again.",
            "To see whether a proxy is set, open System Settings > Network, choose your connection, click Details… and then Proxies. Note what it shows for IT.",
        ),
        Os::Linux => (
            "Disconnect the VPN, from its icon or from the network menu at the top right, and try signing in to Teams again.",
            "To see whether a proxy is set, open Settings > Network > Network Proxy. Note what it shows for IT.",
        ),
    };
    vec![
        HowToStep::say(vpn),
        HowToStep::say("If your company requires the VPN for Teams, leave it on and go to the next step."),
        HowToStep::say("On a company network with a proxy, login.microsoftonline.com and teams.microsoft.com must be reachable. The network check on this page tests that for you."),
        HowToStep::say(proxy),
        HowToStep::say("If something is blocked, ask IT to allow the Microsoft 365 addresses in the proxy or firewall, and send them the report from this page.")
            .with_link("Microsoft 365 URLs and IP address ranges", ENDPOINTS_URL),
    ]
}

/// Switch TLS 1.2 back on in Internet Options (and TLS 1.3 on Windows 11 only, as the fix
/// script does: Microsoft supports TLS 1.3 from Windows 11 and calls enabling it on earlier
/// Windows not a safe configuration). Windows only.
pub fn tls_fix_steps() -> Vec<HowToStep> {
    vec![
        HowToStep::say("Press Windows key + R, type this and press Enter. Internet Options opens.")
            .with_command("inetcpl.cpl"),
        HowToStep::say("Open the Advanced tab and scroll down to Security. Make sure 'Use TLS 1.2' is ticked."),
        HowToStep::say("On Windows 11, also tick 'Use TLS 1.3'. On Windows 10, leave 'Use TLS 1.3' as it is: Microsoft supports TLS 1.3 only from Windows 11."),
        HowToStep::say("Click Apply, then OK, and restart the computer."),
        HowToStep::say("If the boxes are greyed out, your company manages this setting: tell IT."),
    ]
}

/// The clock is off: fix the time zone first (a wrong zone shows as whole hours off and
/// is the one people miss), then switch on automatic time and sync.
pub fn time_fix_steps(os: Os) -> Vec<HowToStep> {
    match os {
        Os::Windows => vec![
            HowToStep::say("Open Settings > Time & language > Date & time.")
                .with_link("Open Date & time settings", WINDOWS_DATE_TIME),
            HowToStep::say("Turn on 'Set time zone automatically', or choose your time zone from the 'Time zone' list."),
            HowToStep::say("Turn on 'Set time automatically'."),
            HowToStep::say("Click 'Sync now' (under 'Additional settings' on Windows 11)."),
            HowToStep::say("Restart Teams, then press \"Check again\" on the clock check on this page."),
        ],
        Os::Macos => vec![
            HowToStep::say("Open the Apple menu > System Settings > General > Date & Time."),
            HowToStep::say("Turn on 'Set time zone automatically using your current location', or turn it off and pick the nearest city under 'Closest city'."),
            HowToStep::say("Turn on 'Set time and date automatically'."),
            HowToStep::say("Restart Teams, then press \"Check again\" on the clock check on this page."),
        ],
        Os::Linux => vec![
            HowToStep::say("Open Settings > Date & Time (Settings > System > Date & Time on newer GNOME)."),
            HowToStep::say("Turn on 'Automatic Time Zone', or pick your time zone by hand."),
            HowToStep::say("Turn on 'Automatic Date & Time'. In a terminal, this does the same (it may ask for your password):")
                .with_command("timedatectl set-ntp true"),
            HowToStep::say("Restart Teams, then press \"Check again\" on the clock check on this page."),
        ],
    }
}

/// The clock shows the right local time under the wrong time zone: fix only the zone.
pub fn timezone_fix_steps(os: Os) -> Vec<HowToStep> {
    match os {
        Os::Windows => vec![
            HowToStep::say("Open Settings > Time & language > Date & time.")
                .with_link("Open Date & time settings", WINDOWS_DATE_TIME),
            HowToStep::say("Turn on 'Set time zone automatically'. If it is greyed out or picks the wrong zone, turn it off and choose your time zone from the 'Time zone' list."),
            HowToStep::say("Check that the clock shows the right time, restart Teams, then press \"Check again\" on the clock check on this page."),
        ],
        Os::Macos => vec![
            HowToStep::say("Open the Apple menu > System Settings > General > Date & Time."),
            HowToStep::say("Turn on 'Set time zone automatically using your current location', or turn it off and pick the nearest city under 'Closest city'."),
            HowToStep::say("Check that the clock shows the right time, restart Teams, then press \"Check again\" on the clock check on this page."),
        ],
        Os::Linux => vec![
            HowToStep::say("Open Settings > Date & Time (Settings > System > Date & Time on newer GNOME)."),
            HowToStep::say("Turn on 'Automatic Time Zone', or pick your time zone by hand. In a terminal, this shows the zone that is set now:")
                .with_command("timedatectl"),
            HowToStep::say("Check that the clock shows the right time, restart Teams, then press \"Check again\" on the clock check on this page."),
        ],
    }
}
