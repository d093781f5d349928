//! The generated bash scripts, EXECUTED: a fake HOME with realistic macOS and Linux Teams cache
//! trees, stub OS commands first on PATH (tests/sandbox/stub.sh, logging every call), fake
//! Teams processes, and byte-for-byte snapshots of the whole HOME before and after.
//!
//! The macOS script runs here on Linux: its OS code paths come from the generator, and the
//! macOS-only commands (osascript, open, scutil, sntp…) are stubs.
//!
//! Every flow runs twice: under today's bash and under GNU bash 3.2.48, the release Apple's
//! `/bin/bash` 3.2.57 is built on (`scripts/tools.sh test` builds it into `.tools/`), so the
//! old shell's traps (`set -u` with an empty array, missing features) fail a test here.
#![cfg(not(target_arch = "wasm32"))]

#[path = "fixtures/script_support.rs"]
mod support;

use rstest::rstest;
use signin_core::platform::{Client, Os};
use signin_core::script::{generate, ScriptOptions, ScriptRequest};
use std::collections::BTreeMap;
use std::fs;
use std::os::unix::fs::{symlink, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};
use support::Shell;

/// Commands replaced by the stub (everything else is the real tool).
const STUBBED: &[&str] = &[
    "uname",
    "date",
    "launchctl",
    "ls",
    "mv",
    "cp",
    "stat",
    "sw_vers",
    "dscl",
    "getent",
    "openssl",
    "id",
    "pgrep",
    "pkill",
    "osascript",
    "open",
    "security",
    "scutil",
    "ifconfig",
    "ip",
    "curl",
    "sudo",
    "sntp",
    "timedatectl",
    "gsettings",
    "systemsetup",
    "snap",
    "flatpak",
    "teams-for-linux",
    "teams",
];

/// One cache folder as the test knows it (independent of the generator's table).
struct Cache {
    key: &'static str,
    rel: &'static str,
    /// What a clear keeps inside the folder: custom meeting backgrounds (macOS), or
    /// teams-for-linux's settings file; "" = nothing.
    kept: &'static str,
    new_client: bool,
}

const MAC_CACHES: &[Cache] = &[
    Cache {
        key: "classic-Teams",
        rel: "Library/Application Support/Microsoft/Teams",
        kept: "Backgrounds/Uploads",
        new_client: false,
    },
    Cache {
        key: "new-group-container",
        rel: "Library/Group Containers/UBF8T346G9.com.microsoft.teams",
        kept: "",
        new_client: true,
    },
    Cache {
        key: "new-container",
        rel: "Library/Containers/com.microsoft.teams2",
        kept: "Data/Library/Application Support/Microsoft/MSTeams/Backgrounds",
        new_client: true,
    },
];

const LINUX_CACHES: &[Cache] = &[
    Cache {
        key: "classic-Teams",
        rel: ".config/Microsoft/Microsoft Teams",
        kept: "",
        new_client: false,
    },
    Cache {
        key: "teams-for-linux",
        rel: ".config/teams-for-linux",
        kept: "config.json",
        new_client: true,
    },
    Cache {
        key: "teams-for-linux-snap",
        rel: "snap/teams-for-linux/current/.config/teams-for-linux",
        kept: "config.json",
        new_client: true,
    },
    Cache {
        key: "teams-for-linux-flatpak",
        rel: ".var/app/com.github.IsmaelMartinez.teams_for_linux/config/teams-for-linux",
        kept: "config.json",
        new_client: true,
    },
];

impl Cache {
    /// Where the folder really is below HOME: snapshots record links without following them,
    /// and the snap path goes through the `current -> 2077` link.
    fn path(&self) -> PathBuf {
        PathBuf::from(self.rel.replace("/current/", "/2077/"))
    }
}

fn caches(os: Os, client: Client) -> Vec<&'static Cache> {
    let all = if os == Os::Macos {
        MAC_CACHES
    } else {
        LINUX_CACHES
    };
    all.iter()
        .filter(|c| {
            if c.new_client {
                client.includes_new()
            } else {
                client.includes_classic()
            }
        })
        .collect()
}

/// What a path is, compared byte for byte (content and permission bits; links by target).
#[derive(Clone, Debug, PartialEq, Eq)]
enum Entry {
    Dir(u32),
    File(u32, Vec<u8>),
    Link(PathBuf),
}

type Snapshot = BTreeMap<PathBuf, Entry>;

/// Every path below `root` (links are recorded, never followed).
fn snapshot(root: &Path) -> Snapshot {
    fn visit(root: &Path, dir: &Path, out: &mut Snapshot) {
        let mut entries: Vec<_> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        entries.sort();
        for path in entries {
            let meta = fs::symlink_metadata(&path).unwrap();
            let rel = path.strip_prefix(root).unwrap().to_path_buf();
            let mode = meta.permissions().mode() & 0o7777;
            if meta.file_type().is_symlink() {
                out.insert(rel, Entry::Link(fs::read_link(&path).unwrap()));
            } else if meta.is_dir() {
                out.insert(rel, Entry::Dir(mode));
                visit(root, &path, out);
            } else {
                out.insert(rel, Entry::File(mode, fs::read(&path).unwrap()));
            }
        }
    }
    let mut out = Snapshot::new();
    visit(root, root, &mut out);
    out
}

/// The entries below `prefix`, re-rooted at it.
fn subtree(snap: &Snapshot, prefix: &Path) -> Snapshot {
    snap.iter()
        .filter_map(|(p, e)| {
            p.strip_prefix(prefix)
                .ok()
                .filter(|r| !r.as_os_str().is_empty())
                .map(|r| (r.to_path_buf(), e.clone()))
        })
        .collect()
}

fn under(path: &Path, prefix: &Path) -> bool {
    path.starts_with(prefix)
}

/// macOS writes this into an app's container when it (re)creates it at app start.
const CONTAINER_METADATA: &str = ".com.apple.containermanagerd.metadata.plist";

/// After a clear (backup or delete): the kept item of `c` (backgrounds, settings file) is
/// back in place, byte for byte, and nothing else is left in the cache folder apart from the
/// folders holding it and a container's metadata (recreated by macOS when Teams starts).
/// Without a kept item (or when the test tree had none), the folder is gone.
fn assert_cleared_but_kept(c: &Cache, before: &Snapshot, after: &Snapshot) {
    let rel = &c.path();
    let kept = rel.join(c.kept);
    if c.kept.is_empty() || !before.contains_key(&kept) {
        assert!(!after.contains_key(rel), "{}: still there", c.rel);
        return;
    }
    assert_eq!(
        after.get(&kept),
        before.get(&kept),
        "{}: {} not back",
        c.key,
        c.kept
    );
    assert_eq!(
        subtree(after, &kept),
        subtree(before, &kept),
        "{}: {} not back in place",
        c.key,
        c.kept
    );
    for p in subtree(after, rel).keys() {
        let full = rel.join(p);
        assert!(
            under(&full, &kept) || kept.starts_with(&full) || p == Path::new(CONTAINER_METADATA),
            "{}: unexpected {}",
            c.key,
            full.display()
        );
    }
}

struct Sandbox {
    os: Os,
    shell: Shell,
    client: Client,
    _dir: tempfile::TempDir,
    root: PathBuf,
    home: PathBuf,
    outside: PathBuf,
    bin: PathBuf,
    log: PathBuf,
    scope: PathBuf,
    script: PathBuf,
    teams: Vec<Child>,
    env: Vec<(String, String)>,
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        // Only the fake Teams processes this sandbox started, by their own handles.
        for child in &mut self.teams {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

impl Sandbox {
    fn new(os: Os, client: Client, steps: ScriptOptions, shell: Shell) -> Sandbox {
        Sandbox::with_request(&support::request(os, client, steps), shell)
    }

    /// A sandbox for the script generated for `req`, run with `shell`.
    fn with_request(req: &ScriptRequest, shell: Shell) -> Sandbox {
        let (os, client) = (req.os, req.client);
        let program = shell.program();
        assert!(
            Command::new(&program)
                .arg("--version")
                .output()
                .is_ok_and(|o| o.status.success()),
            "{} does not run",
            program.display()
        );
        assert!(
            Path::new("/usr/bin/pgrep").exists(),
            "pgrep not found: run `apt-get install -y procps`"
        );
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().to_path_buf();
        // A space in the home path: every path in the script must be quoted.
        let home = root.join("home dir").join("alice");
        let outside = root.join("outside");
        let bin = root.join("bin");
        for d in [&home, &outside, &bin] {
            fs::create_dir_all(d).unwrap();
        }
        let stub = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/sandbox/stub.sh");
        let stub_text = fs::read(&stub).unwrap_or_else(|e| panic!("{}: {e}", stub.display()));
        for name in STUBBED {
            let p = bin.join(name);
            fs::write(&p, &stub_text).unwrap();
            fs::set_permissions(&p, fs::Permissions::from_mode(0o755)).unwrap();
        }
        // `bash` on PATH is the shell under test, also for the printed undo command.
        symlink(&program, bin.join("bash")).unwrap();
        // Targets of the links planted inside the cache: must never be touched.
        fs::write(outside.join("secret.txt"), b"outside HOME, keep me").unwrap();
        fs::create_dir_all(outside.join("dir/sub")).unwrap();
        fs::write(outside.join("dir/sub/keep.bin"), [0u8, 1, 2, 255]).unwrap();

        let script_name = signin_core::script::file_name(os);
        let script = home.join("Downloads").join(script_name);
        fs::create_dir_all(script.parent().unwrap()).unwrap();
        fs::write(&script, generate(req).text).unwrap();

        let log = root.join("stub.log");
        let scope = root.join("scope");
        fs::write(&log, "").unwrap();
        fs::write(&scope, "").unwrap();
        let env = vec![
            (
                "PATH".to_string(),
                format!("{}:/usr/local/bin:/usr/bin:/bin", bin.display()),
            ),
            ("HOME".to_string(), home.display().to_string()),
            ("LANG".to_string(), "C.UTF-8".to_string()),
            ("TMPDIR".to_string(), root.display().to_string()),
            ("STUB_LOG".to_string(), log.display().to_string()),
            ("STUB_SCOPE".to_string(), scope.display().to_string()),
            ("TEAMS_FIX_GRACE_SECONDS".to_string(), "2".to_string()),
        ];
        let sb = Sandbox {
            os,
            shell,
            client,
            _dir: dir,
            root,
            home,
            outside,
            bin,
            log,
            scope,
            script,
            teams: Vec::new(),
            env,
        };
        // `bash` in the sandbox is the shell under test (the scripts and the undo command).
        let version = sb
            .command("bash")
            .args(["-c", "echo \"$BASH_VERSION\""])
            .output()
            .unwrap();
        let version = String::from_utf8_lossy(&version.stdout);
        assert_eq!(
            version.starts_with("3.2."),
            shell == Shell::Bash32,
            "{shell:?} runs bash {version}"
        );
        sb
    }

    fn set_env(&mut self, key: &str, value: &str) {
        self.env.retain(|(k, _)| k != key);
        self.env.push((key.to_string(), value.to_string()));
    }

    fn file(&self, rel: &str, data: &[u8]) {
        let p = self.home.join(rel);
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(p, data).unwrap();
    }

    /// Realistic cache trees for every client of the OS, plus neighbours that must survive.
    fn populate(&self) {
        let binary: Vec<u8> = (0..=255u8).cycle().take(4096).collect();
        let tricky = |cache: &str| {
            self.file(&format!("{cache}/Cache/data_0"), &binary);
            self.file(&format!("{cache}/Cache/file with space.txt"), b"space");
            self.file(&format!("{cache}/Cache/it's \"quoted\".txt"), b"quotes");
            self.file(&format!("{cache}/Cache/new\nline.txt"), b"newline");
            self.file(
                &format!("{cache}/Cache/$(touch pwned) `id`.txt"),
                b"not a command",
            );
            self.file(&format!("{cache}/Cache/readonly.bin"), b"read only");
            let ro = self.home.join(cache).join("Cache/readonly.bin");
            fs::set_permissions(&ro, fs::Permissions::from_mode(0o444)).unwrap();
            self.file(
                &format!("{cache}/Cache/locked/inner.txt"),
                b"inside a read-only folder",
            );
            fs::set_permissions(
                self.home.join(cache).join("Cache/locked"),
                fs::Permissions::from_mode(0o555),
            )
            .unwrap();
            symlink(
                self.outside.join("secret.txt"),
                self.home.join(cache).join("Cache/outside-link"),
            )
            .unwrap();
            symlink(
                self.outside.join("dir"),
                self.home.join(cache).join("Cache/outside-dir"),
            )
            .unwrap();
        };
        match self.os {
            Os::Macos => {
                let classic = "Library/Application Support/Microsoft/Teams";
                self.file(
                    &format!("{classic}/desktop-config.json"),
                    br#"{"currentWebLanguage":"en-us"}"#,
                );
                self.file(&format!("{classic}/IndexedDB/https_teams.microsoft.com_0.indexeddb.leveldb/000003.log"), &binary);
                self.file(
                    &format!("{classic}/Backgrounds/Uploads/my background.png"),
                    b"\x89PNG classic bg",
                );
                self.file(
                    &format!("{classic}/Backgrounds/Uploads/my background_thumb.png"),
                    b"\x89PNG thumb",
                );
                tricky(classic);
                let group = "Library/Group Containers/UBF8T346G9.com.microsoft.teams";
                self.file(
                    &format!("{group}/Library/Caches/com.microsoft.teams2/Cache.db"),
                    &binary,
                );
                self.file(
                    &format!("{group}/Library/Application Support/Logs/MSTeams_2025-11-25.log"),
                    b"log",
                );
                tricky(group);
                let container = "Library/Containers/com.microsoft.teams2";
                self.file(
                    &format!("{container}/.com.apple.containermanagerd.metadata.plist"),
                    b"bplist00",
                );
                let bg = format!(
                    "{container}/Data/Library/Application Support/Microsoft/MSTeams/Backgrounds"
                );
                self.file(&format!("{bg}/Uploads/bg 1.png"), b"\x89PNG new bg");
                self.file(
                    &format!("{bg}/Uploads/bg 1_thumb.png"),
                    b"\x89PNG new thumb",
                );
                self.file(&format!("{container}/Data/Library/Application Support/Microsoft/MSTeams/EBWebView/Default/Cookies"), &binary);
                // Neighbours: OneAuth is shared by all Microsoft apps and must never be touched.
                self.file(
                    "Library/Group Containers/UBF8T346G9.com.microsoft.oneauth/tokens.dat",
                    b"oneauth",
                );
                self.file(
                    "Library/Group Containers/UBF8T346G9.Office/MicrosoftRegistrationDB.reg",
                    b"office",
                );
                self.file(
                    "Library/Containers/com.microsoft.Outlook/Data/profile.plist",
                    b"outlook",
                );
                self.file(
                    "Library/Application Support/Microsoft/Office/settings.plist",
                    b"office",
                );
            }
            _ => {
                let classic = ".config/Microsoft/Microsoft Teams";
                self.file(&format!("{classic}/Preferences"), br#"{"x":1}"#);
                self.file(
                    &format!("{classic}/Local Storage/leveldb/000005.ldb"),
                    &binary,
                );
                tricky(classic);
                let native = ".config/teams-for-linux";
                self.file(
                    &format!("{native}/config.json"),
                    br#"{"closeAppOnCross":false}"#,
                );
                self.file(
                    &format!("{native}/Partitions/teams-4-linux/Cache/Cache_Data/data_1"),
                    &binary,
                );
                tricky(native);
                self.file("snap/teams-for-linux/2077/.config/teams-for-linux/Partitions/teams-4-linux/Cookies", &binary);
                self.file(
                    "snap/teams-for-linux/2077/other.txt",
                    b"snap data outside the cache",
                );
                symlink("2077", self.home.join("snap/teams-for-linux/current")).unwrap();
                let flatpak = ".var/app/com.github.IsmaelMartinez.teams_for_linux";
                self.file(
                    &format!("{flatpak}/config/teams-for-linux/Preferences"),
                    b"flatpak prefs",
                );
                self.file(&format!("{flatpak}/data/keep.txt"), b"flatpak data");
                self.file(
                    ".config/Microsoft/Microsoft Edge/Default/Preferences",
                    b"edge",
                );
                self.file(".config/other-app/settings.ini", b"[x]\ny=1\n");
            }
        }
        self.file("Documents/Quarterly report.docx", b"PK\x03\x04 report");
        self.file(".profile", b"export X=1\n");
    }

    /// Starts a fake Teams process of this OS (an exec'd `sleep` with Teams' command line).
    fn spawn_teams(&mut self, ignore_term: bool) -> u32 {
        let argv0 = match self.os {
            Os::Macos => "/Applications/Microsoft Teams.app/Contents/MacOS/MSTeams",
            _ => "/opt/teams-for-linux/teams-for-linux --type=renderer",
        };
        let trap = if ignore_term { "trap '' TERM; " } else { "" };
        let child = Command::new("bash")
            .arg("-c")
            .arg(format!("{trap}exec -a \"$0\" sleep 300"))
            .arg(argv0)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let pid = child.id();
        // Wait until the exec happened, so the command line is Teams'.
        let deadline = Instant::now() + Duration::from_secs(5);
        while !fs::read(format!("/proc/{pid}/cmdline"))
            .unwrap_or_default()
            .starts_with(argv0.as_bytes())
        {
            assert!(Instant::now() < deadline, "fake Teams did not start");
            std::thread::sleep(Duration::from_millis(10));
        }
        let mut scope = fs::read_to_string(&self.scope).unwrap();
        scope.push_str(&format!("{pid}\n"));
        fs::write(&self.scope, scope).unwrap();
        self.teams.push(child);
        pid
    }

    /// Runs the script with `args` on a pseudo-terminal (`script`), as from a Terminal window.
    fn run_in_terminal(&self, args: &[&str]) -> Output {
        let mut line = format!("bash '{}'", self.script.display());
        for a in args {
            line.push_str(&format!(" '{a}'"));
        }
        self.command("script")
            .args(["-qec", &line, "/dev/null"])
            .stdin(Stdio::null())
            .output()
            .unwrap()
    }

    /// Whether every fake Teams process has ended (reaping them).
    fn teams_stopped(&mut self) -> bool {
        self.teams
            .iter_mut()
            .all(|c| c.try_wait().unwrap().is_some())
    }

    fn command(&self, program: &str) -> Command {
        let mut cmd = Command::new(program);
        cmd.env_clear()
            .envs(self.env.iter().map(|(k, v)| (k, v)))
            .current_dir(&self.root);
        cmd
    }

    /// Runs the script with `args` (stdin is not a terminal).
    fn run(&self, args: &[&str]) -> Output {
        let out = self
            .command("bash")
            .arg(&self.script)
            .args(args)
            .stdin(Stdio::null())
            .output()
            .unwrap();
        eprintln!(
            "--- {:?} {} {:?}: exit {:?}\n{}{}",
            self.shell,
            self.script.display(),
            args,
            out.status.code(),
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        out
    }

    fn calls(&self, name: &str) -> Vec<Vec<String>> {
        fs::read_to_string(&self.log)
            .unwrap()
            .lines()
            .map(|l| l.split('\t').map(String::from).collect::<Vec<_>>())
            .filter(|f| f[0] == name)
            .map(|f| f[1..].to_vec())
            .collect()
    }

    fn backup_dirs(&self) -> Vec<PathBuf> {
        let mut v: Vec<PathBuf> = fs::read_dir(&self.home)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| {
                p.file_name()
                    .unwrap()
                    .to_string_lossy()
                    .starts_with("TeamsCacheBackup-")
            })
            .collect();
        v.sort();
        v
    }
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The value after `label` on its own output line.
fn line_after(out: &Output, label: &str) -> String {
    stdout(out)
        .lines()
        .find_map(|l| l.strip_prefix(label))
        .unwrap_or_else(|| panic!("no line starting with {label:?} in:\n{}", stdout(out)))
        .to_string()
}

/// After a backup run: each cache folder is in the backup, byte-identical; its backgrounds
/// are back in place; nothing else under HOME changed; the link targets outside are intact.
fn assert_backed_up(sb: &Sandbox, before: &Snapshot, outside_before: &Snapshot, backup: &Path) {
    let after = snapshot(&sb.home);
    let backup_rel = backup.strip_prefix(&sb.home).unwrap();
    let mine = caches(sb.os, sb.client);
    for c in &mine {
        let rel = &c.path();
        let original = subtree(before, rel);
        assert!(!original.is_empty(), "{}: test tree missing", c.rel);
        let saved = subtree(&after, &backup_rel.join(c.key));
        assert_eq!(
            saved, original,
            "{}: the backup is not byte-identical to the cache folder",
            c.key
        );
        assert_cleared_but_kept(c, before, &after);
    }
    // Every other path is untouched.
    for (p, e) in before {
        if mine.iter().any(|c| under(p, &c.path())) {
            continue;
        }
        assert_eq!(after.get(p), Some(e), "{} changed", p.display());
    }
    for p in after.keys() {
        let known = before.contains_key(p)
            || under(p, backup_rel)
            || mine.iter().any(|c| under(p, &c.path()));
        assert!(known, "new file outside the backup: {}", p.display());
    }
    assert!(
        after.contains_key(&backup_rel.join("fix-teams-signin.log")),
        "log file in the backup folder"
    );
    let mode = fs::metadata(backup).unwrap().permissions().mode() & 0o777;
    assert_eq!(
        mode, 0o700,
        "the backup holds sign-in tokens: only the user may read it"
    );
    assert_eq!(
        &snapshot(&sb.outside),
        outside_before,
        "a link target outside HOME was touched"
    );
    assert!(!sb.root.join("pwned").exists() && !sb.home.join("pwned").exists());
}

/// HOME equals `before` apart from the backup folders.
fn assert_same_apart_from_backups(sb: &Sandbox, before: &Snapshot) {
    let after: Snapshot = snapshot(&sb.home)
        .into_iter()
        .filter(|(p, _)| !p.to_string_lossy().starts_with("TeamsCacheBackup-"))
        .collect();
    if &after != before {
        for (p, e) in before {
            if after.get(p) != Some(e) {
                eprintln!(
                    "differs: {} before={e:?} after={:?}",
                    p.display(),
                    after.get(p)
                );
            }
        }
        for p in after.keys().filter(|p| !before.contains_key(*p)) {
            eprintln!("new: {}", p.display());
        }
        panic!("HOME is not as it was");
    }
}

#[rstest]
fn backup_then_restore_is_byte_identical(
    #[values(Os::Macos, Os::Linux)] os: Os,
    #[values(Shell::Current, Shell::Bash32)] shell: Shell,
) {
    let mut sb = Sandbox::new(os, Client::Both, ScriptOptions::default(), shell);
    sb.populate();
    if os == Os::Macos {
        sb.set_env("STUB_QUIT", "1");
    }
    sb.spawn_teams(false);
    let before = snapshot(&sb.home);
    let outside = snapshot(&sb.outside);

    let out = sb.run(&["--yes"]);
    assert_eq!(out.status.code(), Some(0), "exit code");
    assert!(sb.teams_stopped(), "Teams was not stopped");
    let backup = PathBuf::from(line_after(&out, "Backup and log folder: "));
    assert_eq!(
        sb.backup_dirs(),
        vec![backup.clone()],
        "exactly one backup folder"
    );
    assert_backed_up(&sb, &before, &outside, &backup);
    let log = fs::read_to_string(backup.join("fix-teams-signin.log")).unwrap();
    assert!(
        log.contains("Moving: ") && log.contains("Contoso Ltd"),
        "log:\n{log}"
    );

    // OS-specific commands: chosen by the generator, not by uname.
    assert!(
        sb.calls("uname").is_empty(),
        "the script must not ask uname"
    );
    if os == Os::Macos {
        assert!(sb.calls("osascript").iter().any(|a| a
            .join(" ")
            .contains("tell application id \"com.microsoft.teams2\" to quit")));
        assert_eq!(
            sb.calls("open").first().map(|a| a.join(" ")),
            Some("-b com.microsoft.teams2".to_string())
        );
        assert!(sb.calls("scutil").iter().any(|a| a == &["--proxy"]));
        assert!(sb.calls("ip").is_empty());
    } else {
        assert!(
            sb.calls("osascript").is_empty()
                && sb.calls("open").is_empty()
                && sb.calls("scutil").is_empty()
        );
        assert!(sb.calls("ip").iter().any(|a| a.join(" ") == "-o link show"));
        assert!(stdout(&out).contains("wg0"), "VPN interface reported");
        // Teams is started detached: give the background stub a moment to log.
        let deadline = Instant::now() + Duration::from_secs(5);
        while sb.calls("teams-for-linux").is_empty() && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(50));
        }
        assert_eq!(
            sb.calls("teams-for-linux").len(),
            1,
            "teams-for-linux restarted"
        );
    }
    assert!(
        sb.calls("pgrep")
            .iter()
            .all(|a| a.starts_with(&["-u".into(), "501".into(), "-f".into()])),
        "own processes only"
    );
    let curl = sb.calls("curl");
    assert!(curl.iter().any(
        |a| a.contains(&"https://login.microsoftonline.com/".to_string())
            && a.iter().any(|x| x.contains("%{http_code}"))
    ));
    assert!(curl.iter().any(|a| a.contains(&"-I".to_string())));
    assert!(
        !curl.iter().any(|a| a.join(" ").contains("evil.example")),
        "the invalid endpoint is never contacted"
    );
    assert!(
        stdout(&out).contains("Clock: OK"),
        "clock compared with the Date header"
    );
    assert!(sb.calls("pkill").is_empty());

    // The printed undo command puts everything back, byte for byte.
    let undo = line_after(&out, "To undo: ");
    assert!(
        undo.starts_with("bash ") && undo.contains(" --restore "),
        "{undo}"
    );
    let restored = sb
        .command("bash")
        .arg("-c")
        .arg(format!("{undo} --yes"))
        .stdin(Stdio::null())
        .output()
        .unwrap();
    eprintln!(
        "--- restore\n{}{}",
        stdout(&restored),
        String::from_utf8_lossy(&restored.stderr)
    );
    assert_eq!(restored.status.code(), Some(0), "restore exit code");
    assert_same_apart_from_backups(&sb, &before);
    assert_eq!(snapshot(&sb.outside), outside);

    // Restoring again finds nothing left to restore and says so.
    let again = sb
        .command("bash")
        .arg("-c")
        .arg(format!("{undo} --yes"))
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(again.status.code(), Some(0));
    assert!(stdout(&again).contains("Nothing to restore"));
    assert_same_apart_from_backups(&sb, &before);
}

#[rstest]
fn dry_run_changes_nothing(
    #[values(Os::Macos, Os::Linux)] os: Os,
    #[values(Shell::Current, Shell::Bash32)] shell: Shell,
) {
    let mut sb = Sandbox::new(
        os,
        Client::Both,
        ScriptOptions {
            time_resync: true,
            ..ScriptOptions::default()
        },
        shell,
    );
    sb.populate();
    sb.spawn_teams(false);
    let before = snapshot(&sb.home);
    let outside = snapshot(&sb.outside);
    for args in [
        &["--dry-run"][..],
        &["--dry-run", "--delete"],
        &["-n", "--yes"],
    ] {
        let out = sb.run(args);
        assert_eq!(out.status.code(), Some(0));
        let text = stdout(&out);
        assert!(text.contains("DRY RUN"), "{text}");
        assert!(text.contains("[dry run] would ask Teams to quit"), "{text}");
        let verb = if args.contains(&"--delete") {
            "[dry run] would delete: "
        } else {
            "[dry run] would move: "
        };
        for c in caches(os, Client::Both) {
            assert!(
                text.contains(&format!("{verb}{}", sb.home.join(c.rel).display())),
                "{verb}{}",
                c.rel
            );
        }
        assert!(text.contains("[dry run] would start Teams"));
        assert!(text.contains("Dry run finished: nothing was changed."));
        assert_eq!(snapshot(&sb.home), before, "a dry run changed HOME");
        assert_eq!(snapshot(&sb.outside), outside);
        assert!(sb.backup_dirs().is_empty());
    }
    assert!(!sb.teams_stopped(), "a dry run must not stop Teams");
    for stub in [
        "osascript",
        "open",
        "sudo",
        "sntp",
        "teams-for-linux",
        "timedatectl",
    ] {
        assert!(sb.calls(stub).is_empty(), "dry run called {stub}");
    }
}

#[rstest]
fn not_installed_says_so_and_changes_nothing(
    #[values(Os::Macos, Os::Linux)] os: Os,
    #[values(Shell::Current, Shell::Bash32)] shell: Shell,
) {
    let sb = Sandbox::new(os, Client::Both, ScriptOptions::default(), shell);
    sb.file("Documents/notes.txt", b"no Teams here");
    sb.file(".config/Microsoft/Microsoft Edge/x", b"edge");
    let before = snapshot(&sb.home);
    // No --yes and no terminal: without Teams only the re-test is left, which asks nothing.
    let out = sb.run(&[]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    for needle in [
        "Teams is not installed for you on this computer",
        "The steps for Teams are skipped; the others run.",
        "Can this computer reach the Microsoft sign-in addresses?",
    ] {
        assert!(text.contains(needle), "{needle:?}: {text}");
    }
    assert!(
        !text.contains("Quits Teams"),
        "no plan line for a missing Teams: {text}"
    );
    assert_eq!(snapshot(&sb.home), before);
    assert!(
        sb.calls("open").is_empty() && sb.calls("teams-for-linux").is_empty(),
        "nothing started"
    );
}

#[rstest]
fn without_terminal_or_yes_refuses_with_exit_3(
    #[values(Os::Macos, Os::Linux)] os: Os,
    #[values(Shell::Current, Shell::Bash32)] shell: Shell,
) {
    let mut sb = Sandbox::new(os, Client::Both, ScriptOptions::default(), shell);
    sb.populate();
    sb.spawn_teams(false);
    let before = snapshot(&sb.home);
    let out = sb.run(&[]);
    assert_eq!(out.status.code(), Some(3), "refuses without a terminal");
    assert!(stdout(&out).contains("no terminal to ask you for confirmation"));
    assert_eq!(snapshot(&sb.home), before);
    assert!(!sb.teams_stopped());
}

#[rstest]
fn answering_no_at_the_prompt_changes_nothing(
    #[values(Shell::Current, Shell::Bash32)] shell: Shell,
) {
    assert!(
        Command::new("script")
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success()),
        "script (a pseudo-terminal for the prompt) not found: run `apt-get install -y bsdutils`"
    );
    let sb = Sandbox::new(Os::Linux, Client::Both, ScriptOptions::default(), shell);
    sb.populate();
    let before = snapshot(&sb.home);
    let mut child = sb
        .command("script")
        .args([
            "-qec",
            &format!("bash '{}'", sb.script.display()),
            "/dev/null",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child.stdin.take().unwrap().write_all(b"n\n").unwrap();
    let out = child.wait_with_output().unwrap();
    let text = stdout(&out);
    assert!(text.contains("Go ahead? [y/N]"), "{text}");
    assert!(text.contains("Cancelled: nothing was changed."), "{text}");
    assert_eq!(out.status.code(), Some(3));
    assert_eq!(snapshot(&sb.home), before);
}

#[rstest]
fn safe_to_run_twice(
    #[values(Os::Macos, Os::Linux)] os: Os,
    #[values(Shell::Current, Shell::Bash32)] shell: Shell,
) {
    let sb = Sandbox::new(os, Client::Both, ScriptOptions::default(), shell);
    sb.populate();
    let before = snapshot(&sb.home);
    let first = sb.run(&["--yes"]);
    assert_eq!(first.status.code(), Some(0));
    let second = sb.run(&["--yes"]);
    assert_eq!(second.status.code(), Some(0));
    let after = snapshot(&sb.home);
    // Backgrounds and settings survive both runs; everything outside the cache folders is
    // untouched.
    for c in caches(os, Client::Both)
        .iter()
        .filter(|c| !c.kept.is_empty())
    {
        let kept = c.path().join(c.kept);
        assert_eq!(after.get(&kept), before.get(&kept), "{}", kept.display());
        assert_eq!(subtree(&after, &kept), subtree(&before, &kept));
    }
    for (p, e) in &before {
        if !caches(os, Client::Both).iter().any(|c| under(p, &c.path())) {
            assert_eq!(after.get(p), Some(e), "{}", p.display());
        }
    }
    // The second run finds the kept backgrounds (macOS) or settings file (Linux) put back
    // and backs them up again.
    let backups = sb.backup_dirs();
    assert_eq!(backups.len(), 2, "{backups:?}");
    // The first backup is still complete.
    let first_backup = PathBuf::from(line_after(&first, "Backup and log folder: "));
    for c in caches(os, Client::Both) {
        assert_eq!(
            subtree(&snapshot(&first_backup), Path::new(c.key)),
            subtree(&before, &c.path()),
            "{}",
            c.key
        );
    }
}

#[rstest]
fn delete_keeps_kept_items_and_link_targets(
    #[values(Os::Macos, Os::Linux)] os: Os,
    #[values(Shell::Current, Shell::Bash32)] shell: Shell,
) {
    let sb = Sandbox::new(os, Client::Both, ScriptOptions::default(), shell);
    sb.populate();
    let before = snapshot(&sb.home);
    let outside = snapshot(&sb.outside);
    let out = sb.run(&["--yes", "--delete"]);
    assert_eq!(out.status.code(), Some(0));
    let after = snapshot(&sb.home);
    for c in caches(os, Client::Both) {
        assert_cleared_but_kept(c, &before, &after);
    }
    for (p, e) in &before {
        if !caches(os, Client::Both).iter().any(|c| under(p, &c.path())) {
            assert_eq!(after.get(p), Some(e), "{}", p.display());
        }
    }
    assert_eq!(
        snapshot(&sb.outside),
        outside,
        "rm -rf followed a link out of the cache"
    );
    assert!(
        !stdout(&out).contains("To undo:"),
        "nothing to undo after a delete"
    );
    let backup = PathBuf::from(line_after(&out, "Backup and log folder: "));
    assert!(backup.join("fix-teams-signin.log").exists());
}

#[rstest]
fn teams_that_ignores_quit_is_forced_after_the_grace_period(
    #[values(Os::Macos, Os::Linux)] os: Os,
    #[values(Shell::Current, Shell::Bash32)] shell: Shell,
) {
    let mut sb = Sandbox::new(os, Client::Both, ScriptOptions::default(), shell);
    sb.populate();
    // Neither osascript's quit (no STUB_QUIT) nor SIGTERM ends this one.
    sb.spawn_teams(true);
    sb.spawn_teams(true);
    let started = Instant::now();
    let out = sb.run(&["--yes"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(
        stdout(&out).contains("did not quit within 2 seconds: forcing it to stop"),
        "{}",
        stdout(&out)
    );
    assert!(
        started.elapsed() >= Duration::from_secs(2),
        "the grace period was not honoured"
    );
    assert!(sb.teams_stopped());
}

#[rstest]
#[case(Os::Macos, Client::New)]
#[case(Os::Macos, Client::Classic)]
#[case(Os::Linux, Client::New)]
#[case(Os::Linux, Client::Classic)]
fn one_client_only_touches_its_own_folders(
    #[case] os: Os,
    #[case] client: Client,
    #[values(Shell::Current, Shell::Bash32)] shell: Shell,
) {
    let sb = Sandbox::new(os, client, ScriptOptions::default(), shell);
    sb.populate();
    let before = snapshot(&sb.home);
    let outside = snapshot(&sb.outside);
    let out = sb.run(&["--yes"]);
    assert_eq!(out.status.code(), Some(0));
    let backup = PathBuf::from(line_after(&out, "Backup and log folder: "));
    assert_backed_up(&sb, &before, &outside, &backup);
    // The other client's folders were not touched (assert_backed_up checks all other paths).
    let other = caches(os, Client::Both)
        .into_iter()
        .filter(|c| !caches(os, client).iter().any(|m| m.key == c.key));
    for c in other {
        assert_eq!(
            subtree(&snapshot(&sb.home), &c.path()),
            subtree(&before, &c.path())
        );
    }
}

#[rstest]
fn usage_errors_exit_2_and_root_is_refused(#[values(Shell::Current, Shell::Bash32)] shell: Shell) {
    let mut sb = Sandbox::new(Os::Macos, Client::Both, ScriptOptions::default(), shell);
    sb.populate();
    let before = snapshot(&sb.home);
    assert_eq!(sb.run(&["--bogus"]).status.code(), Some(2));
    assert_eq!(sb.run(&["--restore"]).status.code(), Some(2));
    let missing = sb.run(&["--restore", "/nonexistent/TeamsCacheBackup-1", "--yes"]);
    assert_eq!(missing.status.code(), Some(2));
    let help = sb.run(&["--help"]);
    assert_eq!(help.status.code(), Some(0));
    let help_text = stdout(&help);
    for needle in [
        "--dry-run",
        "--yes",
        "--delete",
        "--restore DIR",
        "Exit codes:",
        "3   not confirmed",
        "6   done, but the re-test found problems",
        "prepared for: Contoso Ltd",
    ] {
        assert!(help_text.contains(needle), "help lacks {needle:?}");
    }
    sb.set_env("STUB_UID", "0");
    let root = sb.run(&["--yes"]);
    assert_eq!(root.status.code(), Some(2));
    assert!(stdout(&root).contains("not with sudo or as root"));
    assert_eq!(snapshot(&sb.home), before);
}

#[rstest]
fn time_resync_uses_sudo_for_admins_and_opens_settings_otherwise(
    #[values(Shell::Current, Shell::Bash32)] shell: Shell,
) {
    let steps = ScriptOptions {
        time_resync: true,
        ..ScriptOptions::default()
    };
    let mut admin = Sandbox::new(Os::Macos, Client::New, steps, shell);
    admin.populate();
    admin.set_env("STUB_GROUPS", "staff everyone admin");
    assert_eq!(admin.run(&["--yes"]).status.code(), Some(0));
    assert_eq!(
        admin.calls("sudo"),
        vec![vec![
            "sntp".to_string(),
            "-sS".into(),
            "time.apple.com".into()
        ]]
    );
    let user = Sandbox::new(Os::Macos, Client::New, steps, shell);
    user.populate();
    assert_eq!(user.run(&["--yes"]).status.code(), Some(0));
    assert!(user.calls("sudo").is_empty());
    assert!(user.calls("open").contains(&vec![
        "x-apple.systempreferences:com.apple.Date-Time-Settings.extension".to_string()
    ]));
}

#[rstest]
fn restart_uses_bundle_ids_and_clock_skew_and_refused_connections_are_reported(
    #[values(Shell::Current, Shell::Bash32)] shell: Shell,
) {
    let mut sb = Sandbox::new(Os::Macos, Client::Both, ScriptOptions::default(), shell);
    sb.populate();
    // Only classic Teams is installed: `open -b com.microsoft.teams2` fails, classic starts.
    sb.set_env("STUB_MAC_BUNDLES", "com.microsoft.teams");
    sb.set_env("STUB_DATE", "Tue, 25 Nov 2003 08:27:00 GMT");
    sb.set_env("STUB_CURL_EXIT", "teams.microsoft.com=7");
    let out = sb.run(&["--yes"]);
    assert_eq!(out.status.code(), Some(6), "the re-test found problems");
    let opens: Vec<String> = sb.calls("open").iter().map(|a| a.join(" ")).collect();
    assert_eq!(
        opens,
        vec!["-b com.microsoft.teams2", "-b com.microsoft.teams"],
        "by bundle id, never by display name"
    );
    let text = stdout(&out);
    assert!(text.contains("Clock: PROBLEM"), "{text}");
    assert!(
        text.contains("PROBLEM  Teams (https://teams.microsoft.com/): the connection was refused"),
        "{text}"
    );
}

#[rstest]
fn clearing_without_the_stop_step_leaves_a_running_teams_alone(
    #[values(Shell::Current, Shell::Bash32)] shell: Shell,
) {
    let steps = ScriptOptions {
        stop_teams: false,
        ..ScriptOptions::default()
    };
    let mut sb = Sandbox::new(Os::Linux, Client::Both, steps, shell);
    sb.populate();
    sb.spawn_teams(false);
    let before = snapshot(&sb.home);
    let out = sb.run(&["--yes"]);
    assert_eq!(out.status.code(), Some(1), "reported as a failed step");
    assert!(
        stdout(&out).contains("Teams is running"),
        "{}",
        stdout(&out)
    );
    assert!(!sb.teams_stopped());
    assert_same_apart_from_backups(&sb, &before);
}

#[rstest]
fn a_link_planted_in_place_of_a_cache_parent_is_refused(
    #[values(Shell::Current, Shell::Bash32)] shell: Shell,
) {
    // ~/.config/teams-for-linux's parent leading out of HOME: the guard refuses to move it.
    let sb = Sandbox::new(Os::Linux, Client::New, ScriptOptions::default(), shell);
    let elsewhere = sb.outside.join("config");
    fs::create_dir_all(elsewhere.join("teams-for-linux")).unwrap();
    fs::write(elsewhere.join("teams-for-linux/config.json"), b"{}").unwrap();
    symlink(&elsewhere, sb.home.join(".config")).unwrap();
    let outside = snapshot(&sb.outside);
    let out = sb.run(&["--yes"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).contains("refusing to touch"),
        "{}",
        stdout(&out)
    );
    assert_eq!(snapshot(&sb.outside), outside);
    let _ = &sb.bin;
}

#[rstest]
fn linux_restart_falls_back_to_the_snap(#[values(Shell::Current, Shell::Bash32)] shell: Shell) {
    let mut sb = Sandbox::new(Os::Linux, Client::New, ScriptOptions::default(), shell);
    sb.populate();
    // No native teams-for-linux (nor classic teams) on PATH, but the snap is installed.
    fs::remove_file(sb.bin.join("teams-for-linux")).unwrap();
    fs::remove_file(sb.bin.join("teams")).unwrap();
    sb.set_env("STUB_SNAP", "1");
    let out = sb.run(&["--yes"]);
    assert_eq!(out.status.code(), Some(0));
    let deadline = Instant::now() + Duration::from_secs(5);
    while !sb
        .calls("snap")
        .iter()
        .any(|a| a.first().map(String::as_str) == Some("run"))
        && Instant::now() < deadline
    {
        std::thread::sleep(Duration::from_millis(50));
    }
    let snaps: Vec<String> = sb.calls("snap").iter().map(|a| a.join(" ")).collect();
    assert_eq!(snaps, vec!["list teams-for-linux", "run teams-for-linux"]);
    assert!(sb.calls("flatpak").is_empty());
}

#[rstest]
fn http_dates_are_converted_like_gnu_date(#[values(Shell::Current, Shell::Bash32)] shell: Shell) {
    // The script's pure-bash HTTP-date parser (it must work with BSD date on macOS too),
    // compared with GNU date on dates around leap years, month ends and the epoch.
    let text = generate(&support::request(
        Os::Macos,
        Client::Both,
        ScriptOptions::default(),
    ))
    .text;
    let start = text.find("http_date_to_epoch() {").unwrap();
    let end = start + text[start..].find("\n}\n").unwrap() + 3;
    let function = &text[start..end];
    let dates = [
        "Thu, 01 Jan 1970 00:00:00 GMT",
        "Tue, 29 Feb 2000 23:59:59 GMT",
        "Wed, 01 Mar 2000 00:00:00 GMT",
        "Sun, 31 Dec 2023 12:34:56 GMT",
        "Thu, 29 Feb 2024 08:09:07 GMT",
        "Tue, 25 Nov 2025 08:27:00 GMT",
        "Mon, 01 Jan 2100 00:00:01 GMT",
    ];
    for date in dates {
        let ours = Command::new(shell.program())
            .arg("-c")
            .arg(format!("set -u; {function} http_date_to_epoch \"$1\""))
            .arg("_")
            .arg(date)
            .output()
            .unwrap();
        let gnu = Command::new("date")
            .args(["-u", "-d", date, "+%s"])
            .output()
            .unwrap();
        assert!(
            ours.status.success(),
            "{date}: {}",
            String::from_utf8_lossy(&ours.stderr)
        );
        assert_eq!(
            String::from_utf8_lossy(&ours.stdout),
            String::from_utf8_lossy(&gnu.stdout),
            "{date}"
        );
    }
    for bad in [
        "",
        "garbage",
        "Tue, 25 Foo 2025 08:27:00 GMT",
        "Tue, xx Nov 2025 08:27:00 GMT",
        "Tue, 25 Nov 2025 08:2x:00 GMT",
    ] {
        let ours = Command::new(shell.program())
            .arg("-c")
            .arg(format!("set -u; {function} http_date_to_epoch \"$1\""))
            .arg("_")
            .arg(bad)
            .output()
            .unwrap();
        assert!(!ours.status.success(), "{bad:?} was accepted");
    }
}

// ---- Regression tests: findings of the script reviews and the re-test additions ----------

impl Sandbox {
    /// Replaces the script with the one generated for `req`.
    fn regenerate(&self, req: &signin_core::script::ScriptRequest) {
        fs::write(&self.script, generate(req).text).unwrap();
    }

    /// Runs the script under another shell (`sh`, `dash`, `zsh`).
    fn run_with(&self, shell: &str, args: &[&str]) -> Output {
        self.command(shell)
            .arg(&self.script)
            .args(args)
            .stdin(Stdio::null())
            .output()
            .unwrap()
    }

    fn stub_log(&self) -> String {
        fs::read_to_string(&self.log).unwrap()
    }
}

#[rstest]
fn macos_privacy_refused_before_anything_changes_exits_4_and_changes_nothing(
    #[values(Shell::Current, Shell::Bash32)] shell: Shell,
) {
    // macOS 14, "Don't Allow" on the "access data from other apps" prompt.
    let mut sb = Sandbox::new(Os::Macos, Client::Both, ScriptOptions::default(), shell);
    sb.populate();
    sb.set_env("STUB_MACOS", "14.5");
    sb.set_env("STUB_TCC_DENY", "ls,mv");
    sb.spawn_teams(false);
    let before = snapshot(&sb.home);
    let out = sb.run(&["--yes"]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(4), "{text}");
    assert_eq!(
        snapshot(&sb.home),
        before,
        "nothing may change, not even a backup folder"
    );
    assert!(!sb.teams_stopped(), "Teams is not even closed");
    assert!(sb.calls("open").is_empty(), "Teams is not restarted");
    for needle in [
        "Operation not permitted",
        "click Allow",
        "Full Disk Access",
        "PPPC",
        "Nothing was changed",
    ] {
        assert!(text.contains(needle), "{needle:?} missing:\n{text}");
    }
    assert!(!text.contains("is Teams still running"), "{text}");
}

#[rstest]
fn macos_privacy_refused_on_the_move_rolls_back_and_never_restarts(
    #[values(Shell::Current, Shell::Bash32)] shell: Shell,
    #[values("C.UTF-8", "de_DE.UTF-8")] lang: &str,
) {
    // Reading passes but the rename is refused (macOS 15 protects group containers too): the
    // folders already moved go back, Teams is not restarted, exit 4. The commands run under
    // LC_ALL=C, so the refusal is recognized whatever the user's language.
    let mut sb = Sandbox::new(Os::Macos, Client::Both, ScriptOptions::default(), shell);
    sb.populate();
    sb.set_env("LANG", lang);
    sb.set_env("STUB_TCC_DENY", "mv");
    sb.set_env("STUB_TCC_SCOPE", "all");
    let before = snapshot(&sb.home);
    let out = sb.run(&["--yes"]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(4), "{text}");
    assert_same_apart_from_backups(&sb, &before);
    assert!(
        sb.calls("open").is_empty(),
        "no restart after a failed clear"
    );
    assert!(text.contains("Putting back"), "{text}");
    assert!(text.contains("Operation not permitted"), "{text}");
    assert!(!text.contains("To undo:"), "nothing to undo: {text}");
}

#[rstest]
fn macos_dry_run_says_when_the_real_run_will_ask_for_permission(
    #[values(Shell::Current, Shell::Bash32)] shell: Shell,
) {
    let mut sb = Sandbox::new(Os::Macos, Client::Both, ScriptOptions::default(), shell);
    sb.populate();
    let before = snapshot(&sb.home);
    sb.set_env("STUB_MACOS", "15.1");
    let text = stdout(&sb.run(&["--dry-run"]));
    assert!(text.contains("access data from other apps"), "{text}");
    assert!(text.contains("Library/Group Containers/UBF8T346G9.com.microsoft.teams"));
    // The dry run does not look inside the protected folders (that would trigger the prompt).
    assert!(
        !sb.calls("ls")
            .iter()
            .any(|a| a.join(" ").contains("Library/Containers/")),
        "{:?}",
        sb.calls("ls")
    );
    // macOS 14: only the app container asks; macOS 13: nothing asks.
    sb.set_env("STUB_MACOS", "14.0");
    let text = stdout(&sb.run(&["--dry-run"]));
    assert!(text.contains("access data from other apps"), "{text}");
    let group = sb
        .home
        .join("Library/Group Containers/UBF8T346G9.com.microsoft.teams");
    let container = sb.home.join("Library/Containers/com.microsoft.teams2");
    assert!(
        text.contains(&format!("    {}\n", container.display())),
        "{text}"
    );
    assert!(
        !text.contains(&format!("    {}\n", group.display())),
        "{text}"
    );
    sb.set_env("STUB_MACOS", "13.6");
    let text = stdout(&sb.run(&["--dry-run"]));
    assert!(!text.contains("access data from other apps"), "{text}");
    assert_eq!(snapshot(&sb.home), before);
}

#[rstest]
fn macos_quit_addresses_only_running_apps_by_bundle_id(
    #[values(Shell::Current, Shell::Bash32)] shell: Shell,
) {
    // New Teams installed and running, classic not installed: no "Where is ...?" chooser.
    let mut sb = Sandbox::new(Os::Macos, Client::Both, ScriptOptions::default(), shell);
    sb.populate();
    sb.set_env("STUB_QUIT", "1");
    sb.spawn_teams(false);
    let out = sb.run(&["--yes"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(!sb.stub_log().contains("CHOOSER"), "{}", sb.stub_log());
    let calls: Vec<String> = sb.calls("osascript").iter().map(|a| a.join(" ")).collect();
    assert_eq!(calls.len(), 1, "{calls:?}");
    assert!(calls[0].contains("with timeout of 5 seconds"), "{calls:?}");
    assert!(
        calls[0].contains("tell application id \"com.microsoft.teams2\" to quit"),
        "{calls:?}"
    );
    assert!(sb.teams_stopped());
}

#[rstest]
fn macos_a_hung_quit_request_does_not_block_the_script(
    #[values(Shell::Current, Shell::Bash32)] shell: Shell,
) {
    // osascript hangs (hung Teams, unanswered Automation prompt): the script moves on
    // after its own time limit and signals the main process instead.
    let mut sb = Sandbox::new(Os::Macos, Client::New, ScriptOptions::default(), shell);
    sb.populate();
    sb.set_env("STUB_OSASCRIPT_HANG", "1");
    sb.spawn_teams(false);
    let started = Instant::now();
    let out = sb.run(&["--yes"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(
        started.elapsed() < Duration::from_secs(30),
        "blocked for {:?}",
        started.elapsed()
    );
    assert!(
        stdout(&out).contains("did not answer the request to quit"),
        "{}",
        stdout(&out)
    );
    assert!(sb.teams_stopped());
}

#[rstest]
fn macos_container_backgrounds_are_never_put_into_a_partial_container(
    #[values(Shell::Current, Shell::Bash32)] shell: Shell,
) {
    // Without a restart (or when macOS has not recreated the container), the
    // backgrounds stay in the backup and the script prints where and how to put them back.
    let steps = ScriptOptions {
        restart: false,
        ..ScriptOptions::default()
    };
    let sb = Sandbox::new(Os::Macos, Client::New, steps, shell);
    sb.populate();
    let out = sb.run(&["--yes"]);
    assert_eq!(out.status.code(), Some(0));
    let container = sb.home.join("Library/Containers/com.microsoft.teams2");
    assert!(
        !container.exists(),
        "a partial container was created: {:?}",
        snapshot(&container)
    );
    let text = stdout(&out);
    assert!(
        text.contains("Your custom meeting backgrounds are safe in: "),
        "{text}"
    );
    assert!(text.contains("cp -pPR "), "{text}");
    let backup = PathBuf::from(line_after(&out, "Backup and log folder: "));
    assert!(backup
        .join("new-container/Data/Library/Application Support/Microsoft/MSTeams/Backgrounds/Uploads/bg 1.png")
        .exists());

    // With a restart that recreates the container, they go back in (assert_backed_up).
    let mut sb = Sandbox::new(Os::Macos, Client::New, ScriptOptions::default(), shell);
    sb.populate();
    sb.set_env("STUB_OPEN_NO_CONTAINER", "1");
    let out = sb.run(&["--yes"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(!sb
        .home
        .join("Library/Containers/com.microsoft.teams2")
        .exists());
    assert!(stdout(&out).contains("Your custom meeting backgrounds are safe in: "));
}

#[rstest]
fn macos_retest_goes_through_the_system_proxy_and_names_each_problem(
    #[values(Shell::Current, Shell::Bash32)] shell: Shell,
) {
    // scutil's HTTPS proxy is used, the PAC file is named, 403/407 and curl's exit
    // codes are problems in plain words, the OpenID body must carry Microsoft's issuer.
    let mut sb = Sandbox::new(Os::Macos, Client::Both, ScriptOptions::default(), shell);
    sb.populate();
    let mut req = support::request(Os::Macos, Client::Both, ScriptOptions::default());
    let endpoint = |label: &str, url: &str| signin_core::script::ScriptEndpoint {
        label: label.into(),
        url: url.into(),
    };
    req.endpoints = vec![
        endpoint(
            "OpenID",
            "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration",
        ),
        endpoint("Alt", "https://login.microsoft.com/"),
        endpoint("Files", "https://aadcdn.msauth.net/"),
        endpoint("Teams", "https://teams.microsoft.com/"),
        endpoint("Graph", "https://graph.microsoft.com/"),
        endpoint("New", "https://teams.cloud.microsoft/"),
        endpoint("Cdn", "https://statics.teams.cdn.office.net/"),
    ];
    sb.regenerate(&req);
    sb.set_env("STUB_SCUTIL_PROXY", "1");
    sb.set_env(
        "STUB_CURL_HTTP",
        "login.microsoft.com=407 aadcdn.msauth.net=403",
    );
    sb.set_env(
        "STUB_CURL_EXIT",
        "teams.microsoft.com=60 graph.microsoft.com=6 teams.cloud.microsoft=28 statics.teams.cdn.office.net=35",
    );
    sb.set_env(
        "STUB_OPENID_BODY",
        "<html>Access denied by Contoso web filter</html>",
    );
    let out = sb.run(&["--yes"]);
    let text = stdout(&out);
    assert!(
        sb.calls("curl").iter().all(|a| a
            .windows(2)
            .any(|w| w[0] == "--proxy" && w[1] == "http://proxy.contoso.example:8080")),
        "{:?}",
        sb.calls("curl")
    );
    for needle in [
        "http://wpad.contoso.example/proxy.pac",
        "OpenID (https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration): answered HTTP 200, but not with Microsoft's sign-in data",
        "Alt (https://login.microsoft.com/): the proxy wants you to sign in (HTTP 407)",
        "Files (https://aadcdn.msauth.net/): refused (HTTP 403)",
        "Teams (https://teams.microsoft.com/): the certificate is not trusted",
        "Graph (https://graph.microsoft.com/): the name could not be found (DNS)",
        "New (https://teams.cloud.microsoft/): no answer in time",
        "Cdn (https://statics.teams.cdn.office.net/): the secure connection (TLS) failed",
    ] {
        assert!(text.contains(needle), "{needle:?} missing:\n{text}");
    }
    assert_eq!(text.matches("    OK       ").count(), 0, "{text}");
    // With Microsoft's real answer, the OpenID line is OK.
    sb.set_env(
        "STUB_OPENID_BODY",
        "{\"issuer\":\"https://login.microsoftonline.com/{tenantid}/v2.0\"}",
    );
    let text = stdout(&sb.run(&["--yes"]));
    assert!(text.contains("OK       OpenID"), "{text}");
}

#[rstest]
fn retest_reads_the_certificate_chain_and_the_captive_portal_probe(
    #[values(Os::Macos, Os::Linux)] os: Os,
    #[values(Shell::Current, Shell::Bash32)] shell: Shell,
) {
    // The OS reads the certificate chain the browser cannot see, and Microsoft's
    // captive-portal probe must answer "Microsoft Connect Test".
    let mut sb = Sandbox::new(os, Client::Both, ScriptOptions::default(), shell);
    sb.populate();
    let text = stdout(&sb.run(&["--yes"]));
    assert!(text.contains("TLS certificate: OK"), "{text}");
    assert!(text.contains("Wi-Fi login page: none in the way"), "{text}");
    assert!(sb
        .calls("curl")
        .iter()
        .any(|a| a.contains(&"http://www.msftconnecttest.com/connecttest.txt".to_string())));
    assert!(sb.calls("openssl").iter().any(|a| a.join(" ").contains(
        "s_client -connect login.microsoftonline.com:443 -servername login.microsoftonline.com -showcerts"
    )));
    sb.populate_again();
    sb.set_env(
        "STUB_TLS_ROOT",
        "Contoso Inspection CA|Contoso Root CA 2024",
    );
    sb.set_env("STUB_CAPTIVE", "1");
    let text = stdout(&sb.run(&["--yes"]));
    assert!(
        text.contains("probably TLS inspection by Contoso Inspection CA. Tell IT"),
        "{text}"
    );
    assert!(text.contains("\"Contoso Root CA 2024\""), "{text}");
    assert!(text.contains("Wi-Fi login page: PROBLEM"), "{text}");
}

impl Sandbox {
    /// Gives the next run something to clear again.
    fn populate_again(&self) {
        for c in caches(self.os, self.client) {
            fs::create_dir_all(self.home.join(c.path())).unwrap();
        }
    }
}

#[rstest]
fn macos_keychain_items_are_listed_by_name_and_never_read(
    #[values(Shell::Current, Shell::Bash32)] shell: Shell,
) {
    let mut sb = Sandbox::new(Os::Macos, Client::Both, ScriptOptions::default(), shell);
    sb.populate();
    sb.set_env("STUB_KEYCHAIN", "Teams Safe Storage|Microsoft Teams Vault");
    let text = stdout(&sb.run(&["--yes"]));
    assert!(text.contains("found:     Teams Safe Storage"), "{text}");
    assert!(text.contains("found:     Microsoft Teams Vault"), "{text}");
    assert!(
        text.contains("not found: Microsoft Teams Identities Cache"),
        "{text}"
    );
    assert!(
        text.contains("security delete-generic-password -l"),
        "{text}"
    );
    let calls = sb.calls("security");
    assert_eq!(calls.len(), 3, "{calls:?}");
    for a in &calls {
        assert_eq!(
            a[0..2],
            ["find-generic-password".to_string(), "-l".to_string()]
        );
        assert!(
            !a.iter().any(|x| x == "-g" || x == "-w"),
            "a secret was asked for: {a:?}"
        );
    }
}

#[rstest]
fn delete_mode_moves_first_then_deletes_the_moved_copy(
    #[values(Os::Macos, Os::Linux)] os: Os,
    #[values(Shell::Current, Shell::Bash32)] shell: Shell,
) {
    // Delete mode renames each folder into the backup folder first (one rename),
    // then deletes the moved copy.
    let sb = Sandbox::new(os, Client::Both, ScriptOptions::default(), shell);
    sb.populate();
    let out = sb.run(&["--yes", "--delete"]);
    assert_eq!(out.status.code(), Some(0));
    let backup = PathBuf::from(line_after(&out, "Backup and log folder: "));
    let moves = sb.calls("mv");
    for c in caches(os, Client::Both) {
        let from = sb.home.join(c.rel).display().to_string();
        let to = backup.join(c.key).display().to_string();
        assert!(
            moves
                .iter()
                .any(|a| a == &["--".to_string(), from.clone(), to.clone()]),
            "{} was not moved into the backup first: {moves:?}",
            c.key
        );
        assert!(!backup.join(c.key).exists(), "the moved copy was deleted");
    }
}

#[rstest]
fn a_failed_copy_to_another_volume_leaves_no_partial_copy_and_nothing_deleted(
    #[values(Shell::Current, Shell::Bash32)] shell: Shell,
) {
    // The app container is on another volume and the copy fails half-way: the
    // partial copy is removed, the folders already moved come back, nothing is deleted.
    let mut sb = Sandbox::new(Os::Macos, Client::Both, ScriptOptions::default(), shell);
    sb.populate();
    sb.set_env("STUB_OTHER_VOLUME", "com.microsoft.teams2");
    sb.set_env("STUB_CP_FAIL", "com.microsoft.teams2");
    let before = snapshot(&sb.home);
    let out = sb.run(&["--yes", "--delete"]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(
        text.contains("No space left on device"),
        "the system's text: {text}"
    );
    assert_same_apart_from_backups(&sb, &before);
    let backup = PathBuf::from(line_after(&out, "Backup and log folder: "));
    assert!(
        !backup.join("new-container").exists(),
        "partial copy left behind"
    );
    assert!(
        sb.calls("open").is_empty(),
        "no restart after a failed clear"
    );
}

#[test]
fn other_shells_get_a_clear_message() {
    let shell = Shell::Current;
    // A BASH_VERSION guard before any bash syntax.
    let sb = Sandbox::new(Os::Macos, Client::Both, ScriptOptions::default(), shell);
    sb.populate();
    let before = snapshot(&sb.home);
    let mut shells = vec!["sh", "dash"];
    if Command::new("zsh").arg("--version").output().is_ok() {
        shells.push("zsh");
    } else {
        eprintln!("zsh not installed: `apt-get install -y zsh` to test it too");
    }
    for shell in shells {
        let out = sb.run_with(shell, &["--yes"]);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{shell}: {err}");
        assert!(
            err.contains(
                "This script needs bash. Run it like this:  bash fix-teams-signin-macos.sh"
            ),
            "{shell}: {err}"
        );
        assert_eq!(snapshot(&sb.home), before, "{shell}");
    }
}

#[rstest]
fn a_second_run_waits_for_the_first_and_a_stale_lock_is_cleared(
    #[values(Shell::Current, Shell::Bash32)] shell: Shell,
) {
    // A lock against two runs at once.
    let mut sb = Sandbox::new(Os::Linux, Client::Both, ScriptOptions::default(), shell);
    sb.populate();
    let live = sb.spawn_teams(false); // any live process of ours stands for the other run
    let lock = sb.home.join(".fix-teams-signin.lock");
    fs::create_dir_all(lock.join(live.to_string())).unwrap();
    let before = snapshot(&sb.home);
    let out = sb.run(&["--yes"]);
    assert_eq!(out.status.code(), Some(5), "{}", stdout(&out));
    assert!(stdout(&out).contains("Another run of this script is still going on"));
    assert_eq!(snapshot(&sb.home), before);
    // A lock left by a run that is gone: removed, and the run goes ahead.
    let mut gone = Command::new("true").spawn().unwrap();
    let dead = gone.id();
    gone.wait().unwrap();
    fs::remove_dir(lock.join(live.to_string())).unwrap();
    fs::create_dir(lock.join(dead.to_string())).unwrap();
    let out = sb.run(&["--yes"]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(!lock.exists(), "the lock is released at the end");
}

#[rstest]
fn ctrl_c_stops_cleanly_with_130_and_says_what_was_done(
    #[values(Shell::Current, Shell::Bash32)] shell: Shell,
) {
    // A trap for Ctrl-C (SIGINT) during the grace period.
    let mut sb = Sandbox::new(Os::Linux, Client::Both, ScriptOptions::default(), shell);
    sb.populate();
    sb.set_env("TEAMS_FIX_GRACE_SECONDS", "20");
    sb.spawn_teams(true);
    let before = snapshot(&sb.home);
    // Its own process group, as in a terminal: Ctrl-C reaches the script and its children.
    let child = sb
        .command("setsid")
        .arg("bash")
        .arg(&sb.script)
        .arg("--yes")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_secs(3));
    let status = Command::new("kill")
        .args(["-INT", "--", &format!("-{}", child.id())])
        .status()
        .unwrap();
    assert!(status.success());
    let out = child.wait_with_output().unwrap();
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(130), "{text}");
    assert!(text.contains("Interrupted"), "{text}");
    assert!(
        text.contains("No Teams folder was moved or deleted."),
        "{text}"
    );
    assert!(
        !sb.home.join(".fix-teams-signin.lock").exists(),
        "lock released"
    );
    assert_same_apart_from_backups(&sb, &before);
}

#[rstest]
fn home_is_checked_against_the_account_and_grace_seconds_are_validated(
    #[values(Shell::Current, Shell::Bash32)] shell: Shell,
) {
    // HOME with trailing slashes works; a HOME that is not the account's home folder
    // is refused; TEAMS_FIX_GRACE_SECONDS must be a number.
    let mut sb = Sandbox::new(Os::Macos, Client::Both, ScriptOptions::default(), shell);
    sb.populate();
    let before = snapshot(&sb.home);
    sb.set_env("STUB_ACCOUNT_HOME", "/Users/someone-else");
    let out = sb.run(&["--yes"]);
    assert_eq!(out.status.code(), Some(2), "{}", stdout(&out));
    assert!(stdout(&out).contains("your account's home folder is /Users/someone-else"));
    assert_eq!(snapshot(&sb.home), before);
    sb.set_env("STUB_ACCOUNT_HOME", &sb.home.display().to_string());
    for bad in ["abc", "-1", "9999", "1e3"] {
        sb.set_env("TEAMS_FIX_GRACE_SECONDS", bad);
        let out = sb.run(&["--yes"]);
        assert_eq!(out.status.code(), Some(2), "{bad}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("TEAMS_FIX_GRACE_SECONDS"));
    }
    assert_eq!(snapshot(&sb.home), before);
    sb.set_env("TEAMS_FIX_GRACE_SECONDS", "02");
    sb.set_env("HOME", &format!("{}///", sb.home.display()));
    let out = sb.run(&["--yes"]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(!stdout(&out).contains("alice//"), "{}", stdout(&out));
}

#[rstest]
fn restore_accepts_a_tilde_after_the_equals_sign(
    #[values(Shell::Current, Shell::Bash32)] shell: Shell,
) {
    // `--restore=~/…` (the shell does not expand a tilde after `=`).
    let sb = Sandbox::new(Os::Linux, Client::Both, ScriptOptions::default(), shell);
    sb.populate();
    let before = snapshot(&sb.home);
    let out = sb.run(&["--yes"]);
    let backup = PathBuf::from(line_after(&out, "Backup and log folder: "));
    let name = backup.file_name().unwrap().to_string_lossy().into_owned();
    let out = sb.run(&[&format!("--restore=~/{name}"), "--yes"]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert_same_apart_from_backups(&sb, &before);
}

#[rstest]
fn control_characters_in_what_the_system_reports_are_not_printed(
    #[values(Shell::Current, Shell::Bash32)] shell: Shell,
) {
    // A VPN name with terminal escape sequences.
    let mut sb = Sandbox::new(Os::Macos, Client::Both, ScriptOptions::default(), shell);
    sb.populate();
    sb.set_env("STUB_VPN_NAME", "Office\u{1b}]0;pwned\u{7}\u{1b}[2J VPN\r");
    let out = sb.run(&["--yes"]);
    let raw = &out.stdout;
    assert!(!raw.contains(&0x1b) && !raw.contains(&0x07) && !raw.contains(&b'\r'));
    assert!(
        stdout(&out).contains("Office?]0;pwned??[2J VPN?"),
        "{}",
        stdout(&out)
    );
}

#[rstest]
fn the_date_and_time_settings_open_on_macos_12_too(
    #[values(Shell::Current, Shell::Bash32)] shell: Shell,
) {
    let steps = ScriptOptions {
        time_resync: true,
        ..ScriptOptions::default()
    };
    let mut sb = Sandbox::new(Os::Macos, Client::New, steps, shell);
    sb.populate();
    sb.set_env("STUB_MACOS", "12.7.4");
    assert_eq!(sb.run(&["--yes"]).status.code(), Some(0));
    assert!(sb.calls("open").contains(&vec![
        "x-apple.systempreferences:com.apple.preference.datetime".to_string()
    ]));
}

#[rstest]
fn linux_without_a_desktop_client_explains_the_web_app_reset(
    #[values(Shell::Current, Shell::Bash32)] shell: Shell,
) {
    let sb = Sandbox::new(Os::Linux, Client::Both, ScriptOptions::default(), shell);
    let text = stdout(&sb.run(&["--yes"]));
    assert!(
        text.contains("clearing the site data for teams.microsoft.com and teams.cloud.microsoft"),
        "{text}"
    );
}

mod boundaries {
    include!("fixtures/clock_boundaries.rs");
}

/// A fixed "now" for the clock checks, so a second ticking during a run cannot move a
/// boundary case (the stub's `date -u +%s` prints it).
const NOW: i64 = 1_764_059_220;

/// The clock check's verdict in the script's words for the page's verdict name.
fn clock_words(verdict: &str) -> &'static str {
    match verdict {
        "ok" => "Clock: OK",
        "warn" => "Clock: WARNING",
        "fail" => "Clock: PROBLEM",
        other => panic!("no such verdict {other}"),
    }
}

#[rstest]
fn clock_verdicts_at_the_thresholds_follow_the_shared_table(
    #[values(Shell::Current, Shell::Bash32)] shell: Shell,
) {
    // The page's rule (>= at both edges) at 59/60/61 s and 299/300/301 s.
    let steps = ScriptOptions {
        retest: true,
        ..ScriptOptions::NONE
    };
    let mut req = support::request(Os::Linux, Client::Both, steps);
    req.warn_seconds = boundaries::BOUNDARY_WARN_SECONDS;
    req.fail_seconds = boundaries::BOUNDARY_FAIL_SECONDS;
    let mut sb = Sandbox::with_request(&req, shell);
    sb.set_env("STUB_NOW", &NOW.to_string());
    for &(offset, verdict) in boundaries::CLOCK_BOUNDARIES {
        let server_ms = (NOW - offset) * 1000;
        sb.set_env(
            "STUB_DATE",
            &signin_core::clock::format_http_date(server_ms),
        );
        let out = sb.run(&[]);
        let text = stdout(&out);
        assert!(text.contains(clock_words(verdict)), "{offset} s: {text}");
        assert_eq!(
            out.status.code(),
            Some(if verdict == "fail" { 6 } else { 0 }),
            "{offset} s"
        );
    }
}

#[rstest]
fn the_clock_check_uses_the_configured_thresholds(
    #[values(Shell::Current, Shell::Bash32)] shell: Shell,
) {
    // fail_seconds 90 / warn_seconds 30 from the config, not the defaults.
    let steps = ScriptOptions {
        retest: true,
        ..ScriptOptions::NONE
    };
    let mut req = support::request(Os::Linux, Client::Both, steps);
    req.warn_seconds = 30;
    req.fail_seconds = 90;
    let mut sb = Sandbox::with_request(&req, shell);
    sb.set_env("STUB_NOW", &NOW.to_string());
    for (ago, expected) in [(150, "fail"), (90, "fail"), (50, "warn"), (0, "ok")] {
        sb.set_env(
            "STUB_DATE",
            &signin_core::clock::format_http_date((NOW - ago) * 1000),
        );
        let text = stdout(&sb.run(&[]));
        assert!(text.contains(clock_words(expected)), "{ago}: {text}");
        if expected == "fail" {
            assert!(
                text.contains("(90 seconds or more breaks sign-in here)"),
                "{text}"
            );
        }
    }
}

// ---- Unattended variant, exit codes, and the bash findings of the deployment review ----------

/// The options with the unattended variant chosen.
fn unattended(steps: ScriptOptions) -> ScriptOptions {
    ScriptOptions {
        unattended: true,
        ..steps
    }
}

/// The unattended variant's fixed log file below HOME.
fn unattended_log(os: Os) -> &'static str {
    match os {
        Os::Macos => "Library/Logs/fix-teams-signin.log",
        _ => ".local/state/fix-teams-signin.log",
    }
}

#[rstest]
fn unattended_asks_nothing_and_logs_to_a_fixed_file(
    #[values(Os::Macos, Os::Linux)] os: Os,
    #[values(Shell::Current, Shell::Bash32)] shell: Shell,
) {
    let mut sb = Sandbox::new(
        os,
        Client::Both,
        unattended(ScriptOptions::default()),
        shell,
    );
    sb.populate();
    let before = snapshot(&sb.home);
    let outside = snapshot(&sb.outside);
    // No --yes, no terminal, and the three values Jamf passes ($1-$3).
    let out = sb.run(&["/", "Contoso-Mac-042", "alice"]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(
        !text.contains("[y/N]") && !text.contains("no terminal to ask"),
        "{text}"
    );
    assert!(
        text.contains(
            "Ignored the arguments passed by the management tool: '/' 'Contoso-Mac-042' 'alice'"
        ),
        "{text}"
    );
    let log = sb.home.join(unattended_log(os));
    let logged = fs::read_to_string(&log).unwrap_or_else(|e| panic!("{}: {e}", log.display()));
    assert!(
        logged.contains("== Summary ==") && logged.ends_with("Done.\n"),
        "{logged}"
    );
    assert!(logged.contains("Moving: "), "{logged}");
    assert_eq!(
        text.lines().last(),
        Some("Done."),
        "the last line is the result"
    );
    // Apart from the log file, the run is the interactive one's: a byte-identical backup.
    let backup = PathBuf::from(line_after(&out, "Backup and log folder: "));
    fs::remove_file(&log).unwrap();
    for dir in [".local/state", ".local", "Library/Logs"] {
        let _ = fs::remove_dir(sb.home.join(dir));
    }
    assert_backed_up(&sb, &before, &outside, &backup);
    // A problem the cache reset cannot fix: done, exit 6, named in the summary and the log.
    sb.populate_again();
    sb.set_env("STUB_CURL_HTTP", "teams.microsoft.com=503");
    let out = sb.run(&[]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(6), "{text}");
    assert!(
        text.contains("  - the re-test found 1 problem(s):"),
        "{text}"
    );
    assert!(
        text.contains("      Teams: a server error (HTTP 503)"),
        "{text}"
    );
    assert!(
        text.lines()
            .last()
            .unwrap()
            .starts_with("Done, but the re-test found 1 problem(s)"),
        "{text}"
    );
    let logged = fs::read_to_string(&log).unwrap();
    assert!(text.contains("Please send this report to your help desk: help@contoso.example"));
    assert!(
        logged.contains("Done, but the re-test found 1 problem(s)"),
        "{logged}"
    );
}

#[rstest]
fn the_interactive_variant_refuses_stray_arguments(
    #[values(Shell::Current, Shell::Bash32)] shell: Shell,
) {
    let sb = Sandbox::new(Os::Macos, Client::Both, ScriptOptions::default(), shell);
    sb.populate();
    let before = snapshot(&sb.home);
    let out = sb.run(&["/", "Contoso-Mac-042", "alice", "--yes"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown option: /"));
    assert_eq!(snapshot(&sb.home), before);
}

/// A sandbox whose script runs "as root" (the stubbed `id -u` says 0) with root's own HOME,
/// while `alice` (the sandbox home) is signed in at the screen.
fn as_root_with_console_user(sb: &mut Sandbox, console_user: &str) -> PathBuf {
    let root_home = sb.root.join("var/root");
    fs::create_dir_all(root_home.join("Library/Application Support/Microsoft/Teams/Cache"))
        .unwrap();
    fs::write(
        root_home.join("Library/Application Support/Microsoft/Teams/Cache/root.bin"),
        b"root's own",
    )
    .unwrap();
    sb.set_env("STUB_UID", "0");
    sb.set_env("HOME", &root_home.display().to_string());
    sb.set_env("STUB_CONSOLE_USER", console_user);
    sb.set_env("STUB_CONSOLE_HOME", &sb.home.display().to_string());
    sb.set_env("STUB_ACCOUNT_HOME", &sb.home.display().to_string());
    root_home
}

#[rstest]
fn macos_unattended_as_root_acts_only_for_the_user_at_the_screen(
    #[values(Shell::Current, Shell::Bash32)] shell: Shell,
) {
    let mut sb = Sandbox::new(
        Os::Macos,
        Client::Both,
        unattended(ScriptOptions::default()),
        shell,
    );
    sb.populate();
    let root_home = as_root_with_console_user(&mut sb, "alice");
    let before = snapshot(&sb.home);
    let outside = snapshot(&sb.outside);
    let root_before = snapshot(&root_home);
    let out = sb.run(&["/", "Contoso-Mac-042", "alice"]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(
        text.contains("acting for alice, the user signed in at the screen (uid 501)"),
        "{text}"
    );
    assert_eq!(snapshot(&root_home), root_before, "root's home was touched");
    let launch = sb.calls("launchctl");
    assert_eq!(launch.len(), 1, "{launch:?}");
    assert_eq!(launch[0][..2], ["asuser".to_string(), "501".to_string()]);
    assert_eq!(
        launch[0][2..6],
        ["sudo", "-H", "-u", "alice"].map(String::from)
    );
    let backup = PathBuf::from(line_after(&out, "Backup and log folder: "));
    assert!(backup.starts_with(&sb.home), "{}", backup.display());
    let log = sb.home.join(unattended_log(Os::Macos));
    assert!(log.exists(), "the log is in alice's home");
    fs::remove_file(&log).unwrap();
    let _ = fs::remove_dir(sb.home.join("Library/Logs"));
    assert_backed_up(&sb, &before, &outside, &backup);
}

#[rstest]
fn macos_unattended_as_root_refuses_without_a_console_user_or_with_a_terminal(
    #[values(Shell::Current, Shell::Bash32)] shell: Shell,
) {
    let mut sb = Sandbox::new(
        Os::Macos,
        Client::Both,
        unattended(ScriptOptions::default()),
        shell,
    );
    sb.populate();
    let root_home = as_root_with_console_user(&mut sb, "root");
    let before = snapshot(&sb.home);
    let root_before = snapshot(&root_home);
    let out = sb.run(&[]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(7), "{text}");
    assert!(
        text.contains("nobody is signed in at this Mac's screen"),
        "{text}"
    );
    assert!(sb.calls("launchctl").is_empty() && sb.calls("sudo").is_empty());
    // Run by hand from a terminal with sudo: refused, whoever is at the screen.
    sb.set_env("STUB_CONSOLE_USER", "alice");
    let out = sb.run_in_terminal(&[]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(2), "{text}");
    assert!(text.contains("not with sudo or as root"), "{text}");
    assert!(text.contains("From a terminal it refuses"), "{text}");
    assert!(sb.calls("launchctl").is_empty());
    assert_eq!(snapshot(&sb.home), before);
    assert_eq!(snapshot(&root_home), root_before);
}

#[rstest]
fn exit_codes_tell_done_problems_found_and_failed_steps_apart(
    #[values(Shell::Current, Shell::Bash32)] shell: Shell,
) {
    let steps = ScriptOptions {
        stop_teams: false,
        ..ScriptOptions::default()
    };
    let mut sb = Sandbox::new(Os::Linux, Client::Both, steps, shell);
    sb.populate();
    assert_eq!(
        sb.run(&["--yes"]).status.code(),
        Some(0),
        "done, nothing found"
    );
    sb.populate_again();
    sb.set_env("STUB_CURL_HTTP", "teams.microsoft.com=502");
    let out = sb.run(&["--yes"]);
    assert_eq!(
        out.status.code(),
        Some(6),
        "done, the re-test found a problem"
    );
    assert!(stdout(&out)
        .contains("Done, but the re-test found 1 problem(s) that clearing the cache does not fix"));
    // A failed step wins over the re-test's findings.
    sb.populate_again();
    sb.spawn_teams(false);
    let out = sb.run(&["--yes"]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(
        text.contains("  - the re-test found 1 problem(s):"),
        "{text}"
    );
    assert!(
        text.contains("1 problem(s): see the ERROR lines above."),
        "{text}"
    );
}

#[rstest]
fn retest_reports_proxy_answers_server_errors_and_captive_redirects(
    #[values(Os::Macos, Os::Linux)] os: Os,
    #[values(Shell::Current, Shell::Bash32)] shell: Shell,
) {
    let steps = ScriptOptions {
        retest: true,
        ..ScriptOptions::NONE
    };
    let mut req = support::request(os, Client::Both, steps);
    let endpoint = |label: &str, url: &str| signin_core::script::ScriptEndpoint {
        label: label.into(),
        url: url.into(),
    };
    req.endpoints = vec![
        endpoint("Alt", "https://login.microsoft.com/"),
        endpoint("Files", "https://aadcdn.msauth.net/"),
        endpoint("Graph", "https://graph.microsoft.com/"),
        endpoint("Teams", "https://teams.microsoft.com/"),
        endpoint("New", "https://teams.cloud.microsoft/"),
    ];
    let mut sb = Sandbox::with_request(&req, shell);
    // Behind an explicit proxy curl fails with 56 and no HTTP status; the proxy's answer to
    // CONNECT says why.
    sb.set_env(
        "STUB_CURL_CONNECT",
        "login.microsoft.com=407 aadcdn.msauth.net=403 graph.microsoft.com=502",
    );
    sb.set_env("STUB_CURL_HTTP", "teams.microsoft.com=503");
    sb.set_env("STUB_CAPTIVE", "redirect");
    let out = sb.run(&[]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(6), "{text}");
    for needle in [
        "PROBLEM  Alt (https://login.microsoft.com/): the proxy wants you to sign in (HTTP 407)",
        "PROBLEM  Files (https://aadcdn.msauth.net/): the proxy refused the connection (HTTP 403)",
        "PROBLEM  Graph (https://graph.microsoft.com/): the proxy failed (HTTP 502)",
        "PROBLEM  Teams (https://teams.microsoft.com/): a server error (HTTP 503)",
        "OK       New (https://teams.cloud.microsoft/): answered HTTP 200",
        "was redirected to http://login.hotel-wifi.example/portal?next=connecttest (HTTP 302)",
        "  - the re-test found 5 problem(s):",
        "      Wi-Fi login page",
    ] {
        assert!(text.contains(needle), "{needle:?} missing:\n{text}");
    }
    assert!(!text.contains("connection broke off"), "{text}");
}

#[rstest]
fn retest_accepts_the_national_clouds_issuers(
    #[values(Shell::Current, Shell::Bash32)] shell: Shell,
) {
    let steps = ScriptOptions {
        retest: true,
        ..ScriptOptions::NONE
    };
    let mut req = support::request(Os::Linux, Client::Both, steps);
    req.endpoints = vec![signin_core::script::ScriptEndpoint {
        label: "US Gov sign-in".into(),
        url: "https://login.microsoftonline.us/common/v2.0/.well-known/openid-configuration".into(),
    }];
    let mut sb = Sandbox::with_request(&req, shell);
    sb.set_env(
        "STUB_OPENID_BODY",
        "{\"issuer\": \"https://login.microsoftonline.us/{tenantid}/v2.0\"}",
    );
    let text = stdout(&sb.run(&[]));
    assert!(text.contains("OK       US Gov sign-in"), "{text}");
}

#[rstest]
fn restore_with_an_empty_folder_after_the_equals_sign_is_wrong_usage(
    #[values(Shell::Current, Shell::Bash32)] shell: Shell,
) {
    let sb = Sandbox::new(Os::Linux, Client::Both, ScriptOptions::default(), shell);
    sb.populate();
    let before = snapshot(&sb.home);
    // As `--restore="$DIR"` with DIR unset: it must not run the fix instead.
    let out = sb.run(&["--restore=", "--yes"]);
    assert_eq!(out.status.code(), Some(2), "{}", stdout(&out));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--restore= needs the backup folder"));
    assert_eq!(snapshot(&sb.home), before);
}

#[rstest]
fn macos_backgrounds_are_not_nested_when_teams_made_their_folder_again(
    #[values(Shell::Current, Shell::Bash32)] shell: Shell,
) {
    let mut sb = Sandbox::new(Os::Macos, Client::New, ScriptOptions::default(), shell);
    sb.populate();
    sb.set_env("STUB_OPEN_MAKES_BACKGROUNDS", "1");
    let before = snapshot(&sb.home);
    let outside = snapshot(&sb.outside);
    let out = sb.run(&["--yes"]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    let bg = sb.home.join(
        "Library/Containers/com.microsoft.teams2/Data/Library/Application Support/Microsoft/MSTeams/Backgrounds",
    );
    assert!(
        !bg.join("Backgrounds").exists(),
        "nested: Backgrounds/Backgrounds"
    );
    assert!(bg.join("Uploads/bg 1.png").exists());
    let backup = PathBuf::from(line_after(&out, "Backup and log folder: "));
    assert_backed_up(&sb, &before, &outside, &backup);
}

#[rstest]
fn macos_a_refused_restore_leaves_everything_as_it_was(
    #[values(Shell::Current, Shell::Bash32)] shell: Shell,
    #[values("ls,mv", "mv")] deny: &str,
    #[values("C.UTF-8", "de_DE.UTF-8")] lang: &str,
) {
    // macOS 14: the app container asks "access data from other apps". "Don't Allow" on the
    // read (ls) stops the restore before anything moves; a refused move (mv only) puts back
    // what was already restored. Either way exit 4 and the explanation, in any locale.
    let mut sb = Sandbox::new(Os::Macos, Client::Both, ScriptOptions::default(), shell);
    sb.populate();
    sb.set_env("LANG", lang);
    let out = sb.run(&["--yes"]);
    assert_eq!(out.status.code(), Some(0));
    let backup = PathBuf::from(line_after(&out, "Backup and log folder: "));
    let before = snapshot(&sb.home);
    sb.set_env("STUB_MACOS", "14.5");
    sb.set_env("STUB_TCC_DENY", deny);
    let out = sb.run(&["--restore", &backup.display().to_string(), "--yes"]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(4), "{text}");
    assert!(text.contains("Operation not permitted"), "{text}");
    assert!(text.contains("click Allow"), "{text}");
    let after = snapshot(&sb.home);
    let log = backup
        .strip_prefix(&sb.home)
        .unwrap()
        .join("fix-teams-signin.log");
    let without_log = |s: &Snapshot| -> Snapshot {
        s.iter()
            .filter(|(p, _)| **p != log)
            .map(|(p, e)| (p.clone(), e.clone()))
            .collect()
    };
    assert_eq!(without_log(&after), without_log(&before), "half restored");
}

#[rstest]
fn steps_that_need_no_teams_run_without_it(
    #[values(Os::Macos, Os::Linux)] os: Os,
    #[values(Shell::Current, Shell::Bash32)] shell: Shell,
) {
    let retest = Sandbox::new(
        os,
        Client::Both,
        ScriptOptions {
            retest: true,
            ..ScriptOptions::NONE
        },
        shell,
    );
    let text = stdout(&retest.run(&[]));
    assert!(
        text.contains("Can this computer reach the Microsoft sign-in addresses?"),
        "{text}"
    );
    let clock = Sandbox::new(
        os,
        Client::Both,
        ScriptOptions {
            time_resync: true,
            ..ScriptOptions::NONE
        },
        shell,
    );
    let before = snapshot(&clock.home);
    let out = clock.run(&["--yes"]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(text.contains("== Set the clock =="), "{text}");
    assert_same_apart_from_backups(&clock, &before);
}

#[rstest]
fn the_undo_command_names_a_file_that_exists(
    #[values(Shell::Current, Shell::Bash32)] shell: Shell,
) {
    // Saved on the Desktop (not in Downloads) and started as `bash fix.sh` from there: the
    // undo command names that file, not a copy in Downloads that does not exist.
    let sb = Sandbox::new(Os::Linux, Client::Both, ScriptOptions::default(), shell);
    sb.populate();
    let desktop = sb.home.join("Desktop");
    fs::create_dir_all(&desktop).unwrap();
    let saved = desktop.join(sb.script.file_name().unwrap());
    fs::rename(&sb.script, &saved).unwrap();
    let before = snapshot(&sb.home);
    let out = sb
        .command("bash")
        .current_dir(&desktop)
        .arg(saved.file_name().unwrap())
        .arg("--yes")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let undo = line_after(&out, "To undo: ");
    let named = undo
        .strip_prefix("bash ")
        .and_then(|u| u.split(" --restore ").next())
        .unwrap();
    assert_eq!(Path::new(&named.replace("\\ ", " ")), saved, "{undo}");
    // The printed command really undoes the run.
    let restored = sb
        .command("bash")
        .args(["-c", &format!("{undo} --yes")])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(restored.status.code(), Some(0), "{}", stdout(&restored));
    assert_same_apart_from_backups(&sb, &before);
    // Started without a file (bash -c with the text): it names no file that does not exist.
    sb.populate_again();
    let text = fs::read_to_string(&saved).unwrap();
    let out = sb
        .command("bash")
        .args(["-c", &text, "fix-teams-signin-linux.sh", "--yes"])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let undo = line_after(&out, "To undo: ");
    assert!(
        undo.starts_with("bash fix-teams-signin-linux.sh --restore ")
            && undo.ends_with("(in the folder where you saved this script)"),
        "{undo}"
    );
}

#[rstest]
fn linux_the_certificate_chain_goes_through_the_https_proxy(
    #[values(Shell::Current, Shell::Bash32)] shell: Shell,
) {
    let steps = ScriptOptions {
        retest: true,
        ..ScriptOptions::NONE
    };
    let mut sb = Sandbox::new(Os::Linux, Client::Both, steps, shell);
    sb.set_env(
        "https_proxy",
        "http://jane:secret@proxy.contoso.example:3128/",
    );
    let text = stdout(&sb.run(&[]));
    let calls = sb.calls("openssl");
    assert_eq!(calls.len(), 1, "{calls:?}");
    assert!(
        calls[0]
            .windows(2)
            .any(|w| w[0] == "-proxy" && w[1] == "proxy.contoso.example:3128"),
        "{calls:?}"
    );
    assert!(!text.contains("secret"), "{text}");
}

#[rstest]
fn a_restore_never_creates_folders_outside_home(
    #[values(Shell::Current, Shell::Bash32)] shell: Shell,
) {
    let sb = Sandbox::new(Os::Linux, Client::New, ScriptOptions::default(), shell);
    sb.populate();
    let out = sb.run(&["--yes"]);
    assert_eq!(out.status.code(), Some(0));
    let backup = PathBuf::from(line_after(&out, "Backup and log folder: "));
    // ~/.var (above the flatpak's folder) is replaced by a link to an empty folder outside
    // HOME: `mkdir -p` of the flatpak folder's parent would create folders out there.
    let elsewhere = sb.outside.join("var");
    fs::create_dir_all(&elsewhere).unwrap();
    fs::rename(sb.home.join(".var"), sb.root.join("var-moved")).unwrap();
    symlink(&elsewhere, sb.home.join(".var")).unwrap();
    let outside = snapshot(&sb.outside);
    let without_log = |s: Snapshot| -> Snapshot {
        s.into_iter()
            .filter(|(p, _)| p != Path::new("fix-teams-signin.log"))
            .collect()
    };
    let saved = without_log(snapshot(&backup));
    let out = sb.run(&["--restore", &backup.display().to_string(), "--yes"]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(text.contains("refusing to touch"), "{text}");
    assert_eq!(
        snapshot(&sb.outside),
        outside,
        "a folder was created outside HOME"
    );
    assert_eq!(
        without_log(snapshot(&backup)),
        saved,
        "the backup is complete"
    );
}

#[rstest]
fn macos_a_home_folder_with_a_space_is_read_from_dscl(
    #[values(Shell::Current, Shell::Bash32)] shell: Shell,
) {
    // dscl prints a value with a space on the next line; the check must still compare it.
    let mut sb = Sandbox::new(Os::Macos, Client::Both, ScriptOptions::default(), shell);
    sb.populate();
    let before = snapshot(&sb.home);
    sb.set_env("STUB_ACCOUNT_HOME", "/Users/Some One");
    let out = sb.run(&["--yes"]);
    assert_eq!(out.status.code(), Some(2), "{}", stdout(&out));
    assert!(stdout(&out).contains("your account's home folder is /Users/Some One"));
    assert_eq!(snapshot(&sb.home), before);
}

#[rstest]
fn macos_the_admin_check_survives_a_long_group_list(
    #[values(Shell::Current, Shell::Bash32)] shell: Shell,
) {
    // `id -Gn | tr | grep -q admin` fails under pipefail when grep stops early and tr gets
    // SIGPIPE: more than a pipe buffer of groups after "admin".
    let steps = ScriptOptions {
        time_resync: true,
        ..ScriptOptions::NONE
    };
    let mut sb = Sandbox::new(Os::Macos, Client::New, steps, shell);
    let groups: String = std::iter::once("staff admin".to_string())
        .chain((0..8_000).map(|i| format!("group{i:05}")))
        .collect::<Vec<_>>()
        .join(" ");
    sb.set_env("STUB_GROUPS", &groups);
    assert_eq!(sb.run(&["--yes"]).status.code(), Some(0));
    assert_eq!(
        sb.calls("sudo"),
        vec![vec![
            "sntp".to_string(),
            "-sS".into(),
            "time.apple.com".into()
        ]]
    );
}

#[rstest]
fn c1_and_bidi_controls_in_what_the_system_reports_are_not_printed(
    #[values(Shell::Current, Shell::Bash32)] shell: Shell,
) {
    let steps = ScriptOptions {
        retest: true,
        ..ScriptOptions::NONE
    };
    let mut sb = Sandbox::new(Os::Macos, Client::Both, steps, shell);
    sb.set_env(
        "STUB_VPN_NAME",
        "Office\u{9b}31m VPN \u{202e}NPV\u{2066}x\u{200f}y\u{61c}z",
    );
    let out = sb.run(&[]);
    let text = stdout(&out);
    for c in ['\u{9b}', '\u{202e}', '\u{2066}', '\u{200f}', '\u{61c}'] {
        assert!(!text.contains(c), "{c:?} printed: {text}");
    }
    assert!(text.contains("Office?31m VPN ?NPV?x?y?z"), "{text}");
}

#[rstest]
fn linux_xdg_config_home_inside_home_is_followed(
    #[values(Shell::Current, Shell::Bash32)] shell: Shell,
) {
    let mut sb = Sandbox::new(Os::Linux, Client::New, ScriptOptions::default(), shell);
    sb.file(".xdg/teams-for-linux/config.json", br#"{"x":1}"#);
    sb.file(".xdg/teams-for-linux/Partitions/data", b"cache");
    sb.file(
        ".config/teams-for-linux/Partitions/data",
        b"not the one in use",
    );
    let xdg = sb.home.join(".xdg");
    sb.set_env("XDG_CONFIG_HOME", &format!("{}/", xdg.display()));
    let out = sb.run(&["--yes"]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(
        text.contains(&format!("Moving: {}/teams-for-linux", xdg.display())),
        "{text}"
    );
    assert!(!xdg.join("teams-for-linux/Partitions").exists());
    assert!(
        xdg.join("teams-for-linux/config.json").exists(),
        "settings kept"
    );
    assert!(sb
        .home
        .join(".config/teams-for-linux/Partitions/data")
        .exists());
    // Outside HOME it is not followed: ~/.config is used.
    sb.set_env("XDG_CONFIG_HOME", &sb.outside.display().to_string());
    let text = stdout(&sb.run(&["--yes"]));
    assert!(
        text.contains(&format!(
            "Moving: {}/.config/teams-for-linux",
            sb.home.display()
        )),
        "{text}"
    );
}

#[rstest]
fn old_backups_are_removed_after_a_successful_run_only(
    #[values(Shell::Current, Shell::Bash32)] shell: Shell,
) {
    let mut sb = Sandbox::new(Os::Linux, Client::Both, ScriptOptions::default(), shell);
    sb.populate();
    for day in 1..=4 {
        sb.file(
            &format!("TeamsCacheBackup-2024010{day}-120000/teams-for-linux/x"),
            b"old",
        );
    }
    sb.file("TeamsCacheBackup-notes/keep.txt", b"not ours");
    symlink(
        &sb.outside,
        sb.home.join("TeamsCacheBackup-20230101-120000"),
    )
    .unwrap();
    let outside = snapshot(&sb.outside);
    // A failed run removes nothing.
    sb.spawn_teams(true);
    sb.set_env("TEAMS_FIX_GRACE_SECONDS", "0");
    let steps = ScriptOptions {
        stop_teams: false,
        ..ScriptOptions::default()
    };
    sb.regenerate(&support::request(Os::Linux, Client::Both, steps));
    let out = sb.run(&["--yes"]);
    assert_eq!(out.status.code(), Some(1));
    let failed = PathBuf::from(line_after(&out, "Backup and log folder: "));
    assert!(sb.home.join("TeamsCacheBackup-20240101-120000").exists());
    // A successful run keeps the newest three: its own, the failed run's and 20240104.
    sb.regenerate(&support::request(
        Os::Linux,
        Client::Both,
        ScriptOptions::default(),
    ));
    let out = sb.run(&["--yes"]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    let mine = PathBuf::from(line_after(&out, "Backup and log folder: "));
    let name = |p: &Path| p.file_name().unwrap().to_string_lossy().into_owned();
    let mut left: Vec<String> = sb.backup_dirs().iter().map(|p| name(p)).collect();
    left.sort();
    let mut expected = vec![
        "TeamsCacheBackup-20230101-120000".to_string(),
        "TeamsCacheBackup-20240104-120000".to_string(),
        "TeamsCacheBackup-notes".to_string(),
        name(&failed),
        name(&mine),
    ];
    expected.sort();
    assert_eq!(left, expected, "{text}");
    assert!(
        text.contains("Removed an old backup (only the newest 3 are kept)"),
        "{text}"
    );
    assert_eq!(
        snapshot(&sb.outside),
        outside,
        "a linked folder was followed"
    );
}
