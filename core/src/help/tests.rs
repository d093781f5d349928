//! Tests of the help steps: cache folders per system and client, the next steps after the
//! cache, and the article's facts they repeat.

use super::*;
use crate::teams::all_cache_folders;
use crate::text::native::{en, english};
use rstest::rstest;
use std::path::{Path, PathBuf};
use std::process::Command;

/// A step's words in English.
fn words(s: &HowToStep) -> String {
    en(s.text.clone())
}

fn all_steps(a: &Article) -> Vec<&HowToStep> {
    a.solutions.iter().flat_map(|s| s.steps.iter()).collect()
}

fn commands(steps: &[HowToStep]) -> Vec<&str> {
    steps.iter().filter_map(|s| s.command.as_deref()).collect()
}

fn cache_command(os: Os, client: Client) -> String {
    let steps = cache_steps(os, client);
    let cmds = commands(&steps);
    // The shell command is the one that moves folders (Windows also shows Run-box paths).
    cmds.iter()
        .find(|c| c.contains("teams-cache-backup-"))
        .map(|c| c.to_string())
        .unwrap_or_default()
}

#[rstest]
#[case(Os::Windows, &[SolutionId::Cache, SolutionId::VpnProxy, SolutionId::Tls, SolutionId::Time])]
#[case(Os::Macos, &[SolutionId::Cache, SolutionId::VpnProxy, SolutionId::Time])]
#[case(Os::Linux, &[SolutionId::Cache, SolutionId::VpnProxy, SolutionId::Time])]
fn solutions_in_article_order_tls_only_on_windows(#[case] os: Os, #[case] ids: &[SolutionId]) {
    for client in Client::ALL {
        let a = article(os, client);
        let got: Vec<SolutionId> = a.solutions.iter().map(|s| s.id).collect();
        assert_eq!(got, ids, "{os:?} {client:?}");
        for s in &a.solutions {
            assert!(!s.steps.is_empty(), "{:?}", s.id);
            assert!(s.applies_to.contains(&os));
            assert!(!en(s.title).is_empty() && !en(s.intro.clone()).is_empty());
        }
    }
    assert_eq!(solution(SolutionId::Tls, Os::Macos, Client::Both), None);
}

#[rstest]
#[case(Os::Windows, Client::New, &[r"%localappdata%\Packages\MSTeams_8wekyb3d8bbwe\LocalCache", r#""$env:LOCALAPPDATA\Packages\MSTeams_8wekyb3d8bbwe\LocalCache""#], &[r"%appdata%\Microsoft\Teams"])]
#[case(Os::Windows, Client::Classic, &[r"%appdata%\Microsoft\Teams", r#""$env:APPDATA\Microsoft\Teams""#], &["MSTeams_8wekyb3d8bbwe"])]
#[case(Os::Windows, Client::Both, &[r"%localappdata%\Packages\MSTeams_8wekyb3d8bbwe\LocalCache", r"%appdata%\Microsoft\Teams"], &[])]
#[case(Os::Macos, Client::New, &["\"$HOME/Library/Group Containers/UBF8T346G9.com.microsoft.teams\"", "\"$HOME/Library/Containers/com.microsoft.teams2\""], &["Application Support", "oneauth"])]
#[case(Os::Macos, Client::Classic, &["\"$HOME/Library/Application Support/Microsoft/Teams\""], &["Group Containers", "teams2"])]
#[case(Os::Macos, Client::Both, &["\"$HOME/Library/Group Containers/UBF8T346G9.com.microsoft.teams\"", "\"$HOME/Library/Containers/com.microsoft.teams2\"", "\"$HOME/Library/Application Support/Microsoft/Teams\""], &["oneauth"])]
#[case(Os::Linux, Client::New, &["\"$HOME/.config/teams-for-linux\"", "\"$HOME/snap/teams-for-linux/current/.config/teams-for-linux\"", "\"$HOME/.var/app/com.github.IsmaelMartinez.teams_for_linux/config/teams-for-linux\""], &["Microsoft Teams"])]
#[case(Os::Linux, Client::Classic, &["\"$HOME/.config/Microsoft/Microsoft Teams\""], &["teams-for-linux"])]
fn cache_paths_per_system_and_client(
    #[case] os: Os,
    #[case] client: Client,
    #[case] present: &[&str],
    #[case] absent: &[&str],
) {
    let steps = cache_steps(os, client);
    let text: String = commands(&steps).join("\n");
    for p in present {
        assert!(text.contains(p), "{os:?} {client:?} lacks {p}\n{text}");
    }
    for p in absent {
        assert!(!text.contains(p), "{os:?} {client:?} has {p}\n{text}");
    }
}

#[test]
fn home_paths_are_safe_inside_double_quotes() {
    for p in [Os::Macos, Os::Linux]
        .into_iter()
        .flat_map(all_cache_folders)
        .map(|f| f.rel)
    {
        assert!(!p.contains(['"', '$', '`', '\\', '\n']), "{p}");
        assert!(!p.starts_with('/') && !p.starts_with('~'), "{p}");
    }
}

#[rstest]
fn shell_commands_quote_every_path(
    #[values(Os::Macos, Os::Linux)] os: Os,
    #[values(Client::New, Client::Classic, Client::Both)] client: Client,
) {
    let cmd = cache_command(os, client);
    assert!(!cmd.is_empty());
    // `~` would not expand inside quotes, and unquoted it breaks on the spaces.
    assert!(!cmd.contains('~'), "{cmd}");
    // Every `$HOME/` starts right after an opening double quote.
    for (i, _) in cmd.match_indices("$HOME/") {
        assert_eq!(&cmd[i - 1..i], "\"", "{cmd}");
    }
    assert_eq!(cmd.matches('"').count() % 2, 0, "{cmd}");
    assert!(!cmd.contains("rm "), "moves, never deletes: {cmd}");
}

#[rstest]
fn powershell_command_is_balanced_and_quoted(
    #[values(Client::New, Client::Classic, Client::Both)] client: Client,
) {
    let cmd = cache_command(Os::Windows, client);
    for (open, close) in [('(', ')'), ('{', '}')] {
        assert_eq!(
            cmd.matches(open).count(),
            cmd.matches(close).count(),
            "{cmd}"
        );
    }
    assert_eq!(cmd.matches('"').count() % 2, 0, "{cmd}");
    assert_eq!(cmd.matches('\'').count() % 2, 0, "{cmd}");
    assert!(!cmd.contains("Remove-Item"), "moves, never deletes: {cmd}");
    // The package folder itself must never be moved: only LocalCache's contents.
    assert!(!cmd.contains("MSTeams_8wekyb3d8bbwe\""), "{cmd}");
}

/// A fresh, empty folder under the system temp dir (no tempfile crate in this crate).
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("signin-core-help-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

fn run_sh(shell: &str, home: &Path, cmd: &str) -> Option<String> {
    let out = Command::new(shell)
        .arg("-c")
        .arg(cmd)
        .env("HOME", home)
        .output()
        .ok()?;
    assert!(
        out.status.success(),
        "{shell}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "{shell}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// Runs the macOS command (plain POSIX, so Linux shells can run it) in a fake home: the
/// cache moves to the backup, the shared oneauth folder stays, a second run finds nothing.
#[rstest]
fn macos_command_moves_into_a_backup(#[values("bash", "sh", "zsh")] shell: &str) {
    if Command::new(shell).arg("-c").arg("true").output().is_err() {
        return; // shell not installed here
    }
    let home = scratch(&format!("mac-{shell}"));
    let group = home.join("Library/Group Containers");
    for d in [
        "Library/Group Containers/UBF8T346G9.com.microsoft.teams/x",
        "Library/Group Containers/UBF8T346G9.com.microsoft.oneauth",
        "Library/Containers/com.microsoft.teams2/Data",
    ] {
        std::fs::create_dir_all(home.join(d)).expect("fixture");
    }
    let cmd = cache_command(Os::Macos, Client::Both);
    let Some(out) = run_sh(shell, &home, &cmd) else {
        return;
    };
    assert!(out.contains("Backup folder:"), "{out}");
    assert_eq!(out.matches("Moved:").count(), 2, "{out}");
    assert!(group.join("UBF8T346G9.com.microsoft.oneauth").is_dir());
    assert!(!group.join("UBF8T346G9.com.microsoft.teams").exists());
    assert!(!home
        .join("Library/Containers/com.microsoft.teams2")
        .exists());
    let backups: Vec<PathBuf> = std::fs::read_dir(&home)
        .expect("home")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().contains("teams-cache-backup-"))
        .collect();
    assert_eq!(backups.len(), 1);
    assert!(backups[0]
        .join("1-UBF8T346G9.com.microsoft.teams/x")
        .is_dir());
    assert!(backups[0].join("2-com.microsoft.teams2/Data").is_dir());

    std::thread::sleep(std::time::Duration::from_millis(1100)); // new timestamp
    let again = run_sh(shell, &home, &cmd).unwrap_or_default();
    assert!(again.contains("No Teams cache folder found."), "{again}");
    let count = std::fs::read_dir(&home)
        .expect("home")
        .filter(|e| {
            e.as_ref().is_ok_and(|e| {
                e.file_name()
                    .to_string_lossy()
                    .starts_with("teams-cache-backup-")
            })
        })
        .count();
    assert_eq!(count, 1, "an empty backup folder is removed again");
    let _ = std::fs::remove_dir_all(&home);
}

/// The three teams-for-linux installs share a folder name: numbering keeps them apart.
#[test]
fn linux_command_keeps_same_named_folders_apart() {
    let home = scratch("linux");
    for d in all_cache_folders(Os::Linux).iter().map(|f| f.rel) {
        std::fs::create_dir_all(home.join(d)).expect("fixture");
    }
    let cmd = cache_command(Os::Linux, Client::Both);
    let Some(out) = run_sh("sh", &home, &cmd) else {
        return;
    };
    assert_eq!(out.matches("Moved:").count(), 4, "{out}");
    let backup = std::fs::read_dir(&home)
        .expect("home")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| p.to_string_lossy().contains("teams-cache-backup-"))
        .expect("backup folder");
    for name in [
        "1-teams-for-linux",
        "2-teams-for-linux",
        "3-teams-for-linux",
        "4-Microsoft Teams",
    ] {
        assert!(backup.join(name).is_dir(), "{name}");
    }
    let _ = std::fs::remove_dir_all(&home);
}

#[rstest]
#[case(Os::Windows, "Settings > Time & language > Date & time")]
#[case(Os::Macos, "System Settings > General > Date & Time")]
#[case(Os::Linux, "Settings > Date & Time")]
fn clock_steps_name_the_exact_menu(#[case] os: Os, #[case] menu: &str) {
    for steps in [time_fix_steps(os), timezone_fix_steps(os)] {
        let (first, second) = (words(&steps[0]), words(&steps[1]));
        assert!(first.contains(menu), "{os:?}: {first}");
        // The first thing to change is the time zone: it is the fix people miss.
        assert!(second.to_lowercase().contains("time zone"), "{second}");
        let last = steps.last().map(words).unwrap_or_default();
        assert!(last.contains("Check again"), "{last}");
    }
}

#[test]
fn windows_clock_steps_link_to_settings() {
    for steps in [time_fix_steps(Os::Windows), timezone_fix_steps(Os::Windows)] {
        assert_eq!(
            steps[0].link,
            Some((Msg::HelpTimeWindowsLink, "ms-settings:dateandtime"))
        );
        assert_eq!(
            english().str(Msg::HelpTimeWindowsLink),
            "Open Date & time settings"
        );
    }
    let text: Vec<String> = time_fix_steps(Os::Windows).iter().map(words).collect();
    assert!(text.iter().any(|t| t.contains("'Set time automatically'")));
    assert!(text.iter().any(|t| t.contains("'Sync now'")));
    let mac: Vec<String> = time_fix_steps(Os::Macos).iter().map(words).collect();
    assert!(mac
        .iter()
        .any(|t| t.contains("'Set time and date automatically'")));
    // The macOS deep link is unconfirmed: no step links anywhere but to ms-settings.
    assert!(time_fix_steps(Os::Macos).iter().all(|s| s.link.is_none()));
}

#[test]
fn tls_steps_name_the_exact_settings() {
    let steps = tls_fix_steps();
    assert_eq!(steps[0].command.as_deref(), Some("inetcpl.cpl"));
    let text: String = steps.iter().map(words).collect::<Vec<_>>().join(" ");
    for needle in [
        "Internet Properties",
        "Advanced",
        "'Use TLS 1.2'",
        "'Use TLS 1.3'",
        "restart",
    ] {
        assert!(text.contains(needle), "{needle}");
    }
}

/// Page and script agree on TLS 1.3: only Windows 11 gets it ticked (the script adds it from
/// build 22000 only); Windows 10 users are told to leave it as it is.
#[test]
fn tls_1_3_only_on_windows_11_like_the_script() {
    let steps = tls_fix_steps();
    let tls13: Vec<String> = steps
        .iter()
        .map(words)
        .filter(|t| t.contains("'Use TLS 1.3'"))
        .collect();
    assert_eq!(tls13.len(), 1, "{tls13:?}");
    assert!(tls13[0].contains("On Windows 11, also tick 'Use TLS 1.3'"));
    assert!(tls13[0].contains("On Windows 10, leave 'Use TLS 1.3' as it is"));
    assert!(steps
        .iter()
        .any(|s| words(s).contains("Make sure 'Use TLS 1.2' is ticked.")));
    let script = include_str!("../script/ps1/tls.ps1");
    assert!(
        script.contains("$windows11 = $build -ge 22000"),
        "the script's Windows 11 test"
    );
}

#[rstest]
fn network_steps_point_it_at_the_endpoint_list(
    #[values(Os::Windows, Os::Macos, Os::Linux)] os: Os,
) {
    let steps = network_steps(os);
    assert!(words(&steps[0]).contains("VPN"));
    assert!(steps
        .iter()
        .any(|s| s.link == Some((Msg::HelpLinkEndpoints, ENDPOINTS_URL))));
    let text: String = steps.iter().map(words).collect::<Vec<_>>().join(" ");
    assert!(text.contains("login.microsoftonline.com") && text.contains("teams.microsoft.com"));
}

#[test]
fn links_are_the_well_known_ones() {
    let urls: Vec<&str> = links().iter().map(|l| l.url).collect();
    assert_eq!(
        urls,
        [
            "https://learn.microsoft.com/microsoft-365/enterprise/urls-and-ip-address-ranges",
            "https://status.cloud.microsoft",
            "https://admin.microsoft.com/AdminPortal/Home#/servicehealth",
            "https://support.microsoft.com/office/why-am-i-having-trouble-signing-in-to-microsoft-teams-a02f683b-61a3-4008-9447-ee60c5593b0f",
            "https://learn.microsoft.com/troubleshoot/microsoftteams/teams-sign-in/resolve-sign-in-errors",
        ]
    );
    let note = |i: usize| english().str(links()[i].note);
    assert!(note(2).contains("admin"));
    // The status-code table is Microsoft Support's page; the Learn page is IT's troubleshooting.
    assert!(note(3).contains("status codes"));
    assert!(note(4).starts_with("For IT"));
}

#[rstest]
fn every_step_is_short_and_plain(
    #[values(Os::Windows, Os::Macos, Os::Linux)] os: Os,
    #[values(Client::New, Client::Classic, Client::Both)] client: Client,
) {
    let a = article(os, client);
    let mut steps: Vec<HowToStep> = all_steps(&a).into_iter().cloned().collect();
    steps.extend(timezone_fix_steps(os));
    for s in &steps {
        let text = words(s);
        assert!(!text.trim().is_empty());
        assert!(text.len() <= 300, "too long: {text}");
        assert!(text.ends_with(['.', ':', ')']), "{text}");
        if let Some((label, url)) = s.link {
            assert!(!english().str(label).is_empty());
            assert!(
                url.starts_with("https://") || url.starts_with("ms-settings:"),
                "{url}"
            );
        }
    }
    let cache = &a.solutions[0];
    assert!(
        cache.steps.iter().any(|s| words(s).contains("backup")),
        "a way back"
    );
    assert!(words(&cache.steps[0]).starts_with("Quit Teams"));
}

#[test]
fn article_carries_the_source_facts() {
    let a = article(Os::Windows, Client::Both);
    let title = english().str(a.title);
    assert!(title.contains("CAA20002"));
    assert_eq!(a.symptoms.len(), 3);
    assert_eq!(a.causes.len(), 4);
    let join = |t: &[Text]| t.iter().cloned().map(en).collect::<Vec<_>>().join(" ");
    let background = join(&a.background);
    assert!(background.contains("80 %"));
    // The article's figure is the article's estimate, not a measurement: say so.
    assert!(background.contains("estimate"));
    let everything = format!(
        "{} {} {}",
        english().str(a.summary),
        join(&a.causes),
        background
    );
    assert!(!everything.contains("Windows 7"), "{everything}");
    assert!(!title.contains("could not connect"), "{title}");
    assert!(background.contains("office.com"));
    assert!(background.contains("network or your account"));
    assert_eq!(
        SolutionId::ALL.map(SolutionId::as_str),
        ["cache", "vpn-proxy", "tls", "time"]
    );
}

/// After the cache: Microsoft's further fixes in order, per system, each with plain steps.
#[rstest]
#[case(Os::Windows, &["restart", "work-account", "reset-app", "web"])]
#[case(Os::Macos, &["restart", "reset-app", "web"])]
#[case(Os::Linux, &["restart", "web"])]
fn after_cache_in_order(#[case] os: Os, #[case] ids: &[&str]) {
    let steps = after_cache(os);
    let got: Vec<&str> = steps.iter().map(|s| s.id).collect();
    assert_eq!(got, ids);
    for s in &steps {
        let why = english().str(s.why);
        assert!(!s.steps.is_empty() && why.ends_with('.'), "{}", s.id);
        for t in &s.steps {
            let t = en(t.clone());
            assert!(t.ends_with('.') && t.len() <= 300, "{t}");
        }
    }
    let text: String = steps
        .iter()
        .flat_map(|s| s.steps.iter().cloned().map(en))
        .collect::<Vec<_>>()
        .join(" ");
    assert!(text.contains("teams.cloud.microsoft"), "{text}");
    match os {
        Os::Windows => {
            assert!(text.contains("Settings > Accounts > Access work or school"));
            assert!(text.contains("Settings > Apps > Installed apps"));
            assert!(text.contains("Advanced options") && text.contains("Reset"));
            assert!(
                text.contains("Ask IT first"),
                "work account only with IT's consent"
            );
        }
        Os::Macos => {
            for item in MACOS_KEYCHAIN_ITEMS {
                assert!(text.contains(item), "{item}");
            }
        }
        Os::Linux => {}
    }
}

#[rstest]
#[case(Os::Windows, "Ctrl+Alt+Shift+1")]
#[case(Os::Macos, "Option+Command+Shift+1")]
fn support_files_before_clearing(#[case] os: Os, #[case] keys: &str) {
    let text = support_files_steps(os)
        .iter()
        .map(|m| english().str(*m))
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        text.contains(keys) && text.contains("before clearing"),
        "{text}"
    );
    assert!(TEAMS_WEB_URL.starts_with("https://teams.cloud.microsoft"));
}
