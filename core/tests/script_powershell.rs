//! Every generated PowerShell script (client × step selection) parses with
//! tree-sitter-powershell without ERROR/MISSING nodes and keeps the structural promises of the
//! generator. No PowerShell interpreter can be installed here, so these checks stand in for
//! running it; PowerShell runtime behaviour itself is not verified.
#![cfg(not(target_arch = "wasm32"))]

#[path = "fixtures/script_support.rs"]
mod support;

use signin_core::platform::{Client, Os};
use signin_core::script::{generate, ScriptRequest};
use support::{powershell_parser, request, step_matrix, syntax_problems, walk};
use tree_sitter::{Node, Tree};

fn all_requests() -> Vec<(String, ScriptRequest)> {
    let mut out = Vec::new();
    for client in Client::ALL {
        for (name, steps) in step_matrix() {
            out.push((
                format!("windows-{}-{name}", client.as_str()),
                request(Os::Windows, client, steps),
            ));
        }
    }
    out
}

fn parsed(req: &ScriptRequest) -> (String, Tree) {
    let text = generate(req).text;
    let tree = powershell_parser().parse(&text, None).unwrap();
    (text, tree)
}

/// Filesystem cmdlets that take a path: each must be given `-LiteralPath` (no wildcard
/// expansion of `[`, `]`, `*`, `?` in user or folder names). `New-Item`/`Join-Path`/`Resolve-Path`
/// have no (or a different) literal form, so the script must not use them at all.
const PATH_CMDLETS: &[&str] = &[
    "Test-Path",
    "Move-Item",
    "Remove-Item",
    "Copy-Item",
    "Get-Item",
    "Get-ChildItem",
    "Get-Content",
    "Set-Content",
    "Add-Content",
    "Out-File",
    "Get-ItemProperty",
    "Set-ItemProperty",
    "Rename-Item",
    "Clear-Content",
];
const FORBIDDEN_CMDLETS: &[&str] = &[
    "New-Item",
    "Join-Path",
    "Resolve-Path",
    "Invoke-Expression",
    "iex",
];

fn command_name<'a>(node: Node<'_>, text: &'a str) -> Option<&'a str> {
    (node.kind() == "command")
        .then(|| node.child_by_field_name("command_name"))
        .flatten()
        .map(|n| &text[n.byte_range()])
}

fn parameters(node: Node<'_>, text: &str) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(elements) = node.child_by_field_name("command_elements") {
        let mut c = elements.walk();
        for child in elements.children(&mut c) {
            if child.kind() == "command_parameter" {
                out.push(text[child.byte_range()].to_string());
            }
        }
    }
    out
}

/// The statement (a `pipeline` directly in a `statement_list`) that contains `node`.
fn statement_of(node: Node<'_>) -> Node<'_> {
    let mut n = node;
    while let Some(p) = n.parent() {
        if p.kind() == "statement_list" {
            return n;
        }
        n = p;
    }
    n
}

#[test]
fn parses_without_errors_for_every_combination() {
    for (name, req) in all_requests() {
        let (text, tree) = parsed(&req);
        let problems = syntax_problems(&tree, &text);
        assert!(problems.is_empty(), "{name}: {problems:#?}");
    }
}

#[test]
fn crlf_only_ascii_and_the_bom_flag() {
    for (name, req) in all_requests() {
        let script = generate(&req);
        assert!(script.bom, "{name}");
        assert_eq!(script.file_name, "Fix-TeamsSignIn.ps1");
        let text = &script.text;
        assert!(
            !text.starts_with('\u{FEFF}'),
            "{name}: the text has no BOM, the flag says to add one"
        );
        assert!(text.ends_with("\r\n"), "{name}");
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                assert!(
                    i > 0 && text.as_bytes()[i - 1] == b'\r',
                    "{name}: LF-only line end at byte {i}"
                );
            }
            if b == b'\r' {
                assert_eq!(
                    text.as_bytes().get(i + 1),
                    Some(&b'\n'),
                    "{name}: lone CR at byte {i}"
                );
            }
        }
        assert!(text.is_ascii(), "{name}: ASCII apart from free text");
    }
}

#[test]
fn cmdlet_binding_parameters_and_help() {
    for (name, req) in all_requests() {
        let text = generate(&req).text;
        assert!(
            text.starts_with("<#\r\n.SYNOPSIS\r\n"),
            "{name}: comment-based help comes first"
        );
        for needle in [
            "[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'High', PositionalBinding = $false)]\r\nparam(",
            "[switch]$Delete,",
            "[string]$Restore = '',",
            "[switch]$Help",
            "[switch]$Yes,",
            ".PARAMETER Delete",
            ".PARAMETER Restore",
            ".EXAMPLE",
            "Exit codes:\r\n      0   done",
            "3   not confirmed",
            "$script:DryRun = [bool]$WhatIfPreference",
            "$PSBoundParameters.ContainsKey('Confirm')",
            "function Restore-Backup {",
            "function Assert-CachePath {",
        ] {
            assert!(text.contains(needle), "{name}: missing {needle:?}");
        }
        assert_eq!(
            text.matches("function Assert-CachePath {").count(),
            1,
            "{name}"
        );
        // Nothing from PowerShell 7 only.
        for banned in [
            " ?? ",
            "?.",
            " && ",
            " || ",
            "::new(",
            "-Parallel",
            "ForEach-Object -Parallel",
        ] {
            assert!(!text.contains(banned), "{name}: uses {banned:?}");
        }
    }
}

#[test]
fn every_filesystem_cmdlet_uses_literal_path() {
    for (name, req) in all_requests() {
        let (text, tree) = parsed(&req);
        let mut checked = 0;
        walk(&tree, |n| {
            let Some(cmd) = command_name(n, &text) else {
                return;
            };
            assert!(
                !FORBIDDEN_CMDLETS
                    .iter()
                    .any(|f| f.eq_ignore_ascii_case(cmd)),
                "{name}: uses {cmd}"
            );
            if PATH_CMDLETS.iter().any(|c| c.eq_ignore_ascii_case(cmd)) {
                let params = parameters(n, &text);
                assert!(
                    params
                        .iter()
                        .any(|p| p.eq_ignore_ascii_case("-LiteralPath")),
                    "{name}: `{}` lacks -LiteralPath",
                    &text[n.byte_range()]
                );
                assert!(
                    !params.iter().any(|p| p.eq_ignore_ascii_case("-Path")),
                    "{name}: {}",
                    &text[n.byte_range()]
                );
                checked += 1;
            }
        });
        assert!(checked > 0, "{name}");
    }
}

#[test]
fn every_move_and_delete_is_preceded_by_the_allow_list_guard() {
    for (name, req) in all_requests() {
        let (text, tree) = parsed(&req);
        let mut guarded = 0;
        walk(&tree, |n| {
            let is_change = match command_name(n, &text) {
                Some(c) => {
                    assert!(
                        !c.eq_ignore_ascii_case("Move-Item"),
                        "{name}: Move-Item copies across volumes and follows junctions"
                    );
                    c.eq_ignore_ascii_case("Remove-Item")
                }
                // `$item.Delete()` removes a link as a link, `[System.IO.Directory]::Move`
                // renames (never copies) and `[System.IO.Directory]::Delete` does not recurse
                // through links; all are guarded the same way.
                None => {
                    n.kind() == "invokation_expression"
                        && (text[n.byte_range()].ends_with(".Delete()")
                            || text[n.byte_range()].starts_with("[System.IO.Directory]::Move(")
                            || text[n.byte_range()].starts_with("[System.IO.Directory]::Delete("))
                }
            };
            if !is_change {
                return;
            }
            let statement = statement_of(n);
            let previous = statement
                .prev_named_sibling()
                .map(|p| &text[p.byte_range()])
                .unwrap_or("");
            // The cache allow-list, or (removing an old backup folder) the backup guard.
            let call = &text[statement.byte_range()];
            if call.starts_with("[System.IO.Directory]::Delete($old.FullName, $true)") {
                assert!(
                    previous.starts_with("Assert-BackupPath -Path $old.FullName"),
                    "{name}: `{call}` is not directly preceded by Assert-BackupPath (got `{previous}`)"
                );
            } else {
                assert!(
                    previous.starts_with("Assert-CachePath -Path $"),
                    "{name}: `{call}` is not directly preceded by Assert-CachePath (got `{previous}`)"
                );
            }
            guarded += 1;
        });
        // Restore: an empty folder removed, a folder moved aside, one moved back. Clearing:
        // a link deleted, a folder deleted, one moved. Old backups removed.
        let expected = 4 + if req.options.clear_cache { 3 } else { 0 };
        assert_eq!(guarded, expected, "{name}: number of guarded moves/deletes");
        // Remove-Item is never recursive (5.1 may follow junctions with -Recurse).
        assert!(
            !text.contains("Remove-Item -LiteralPath $Path -Recurse"),
            "{name}"
        );
        for line in text
            .lines()
            .filter(|l| l.contains("Remove-Item") && !l.trim().starts_with('#'))
        {
            assert!(!line.contains("-Recurse"), "{name}: {line}");
        }
    }
}

#[test]
fn paths_come_from_env_roots_and_never_the_package_folder_or_oneauth() {
    for (name, req) in all_requests() {
        let text = generate(&req).text;
        // No absolute file-system path literals: only the registry drives may look like one.
        let bytes = text.as_bytes();
        for i in 1..bytes.len().saturating_sub(1) {
            if bytes[i] == b':' && bytes[i + 1] == b'\\' && bytes[i - 1].is_ascii_alphabetic() {
                let before = &text[i.saturating_sub(4)..i];
                assert!(
                    before.ends_with("HKCU") || before.ends_with("HKLM"),
                    "{name}: absolute path near {:?}",
                    &text[i.saturating_sub(20)..(i + 20).min(text.len())]
                );
            }
        }
        assert!(!text.contains("\\Users\\"), "{name}");
        // The table: every entry is built with Combine from $env:APPDATA or $env:LOCALAPPDATA.
        let start = text.find("$script:CacheFolders = @(\r\n").expect("table");
        let end = start + text[start..].find("    )\r\n").unwrap();
        let entries: Vec<&str> = text[start..end].lines().skip(1).collect();
        assert!(!entries.is_empty(), "{name}");
        for entry in &entries {
            assert!(
                entry.contains("Path = [System.IO.Path]::Combine($env:APPDATA, '")
                    || entry.contains("Path = [System.IO.Path]::Combine($env:LOCALAPPDATA, '"),
                "{name}: {entry}"
            );
            assert!(
                !entry.contains("MSTeams_8wekyb3d8bbwe'"),
                "{name}: the whole package folder: {entry}"
            );
            assert!(
                !entry.to_ascii_lowercase().contains("oneauth"),
                "{name}: {entry}"
            );
            assert!(!entry.contains(".."), "{name}: {entry}");
        }
        assert_eq!(
            entries.len(),
            match req.client {
                Client::Both => 2,
                _ => 1,
            },
            "{name}"
        );
        // The package folder name only appears in the one LocalCache path, the guard, the
        // process match and the restart/Test-Path lines, never as a Move/Remove target.
        for line in text.lines().filter(|l| l.contains("MSTeams_8wekyb3d8bbwe")) {
            let l = line.trim();
            let ok = l.contains("MSTeams_8wekyb3d8bbwe\\LocalCache'")
                || l.starts_with('#')
                || l.contains("-match '\\\\MSTeams_8wekyb3d8bbwe$'")
                || l.contains("-match 'MSTeams_8wekyb3d8bbwe|ms-teams'")
                || l.starts_with("$newPackage = ")
                || l.contains("shell:AppsFolder\\MSTeams_8wekyb3d8bbwe!MSTeams")
                || l.contains("removing the whole Teams package folder")
                || l.starts_with("Fixes")
                || l.contains("%LOCALAPPDATA%");
            assert!(ok, "{name}: unexpected use of the package folder: {l}");
            assert!(
                !l.contains("Move-Item") && !l.contains("Remove-Item"),
                "{name}: {l}"
            );
        }
        for line in text
            .lines()
            .filter(|l| l.to_ascii_lowercase().contains("oneauth"))
        {
            let l = line.trim();
            assert!(
                l.starts_with('#')
                    || l.starts_with("if ($Path -match 'OneAuth')")
                    || l.contains("OneAuth is shared"),
                "{name}: {l}"
            );
        }
        // User folders come from the environment.
        assert!(text.contains("[System.IO.Path]::Combine($script:BackupRoot, 'TeamsCacheBackup-' + $script:RunStamp)"), "{name}");
        // Backups in the local profile (a multi-gigabyte cache must not roam).
        assert!(text.contains("$script:BackupRoot = [System.IO.Path]::Combine($env:LOCALAPPDATA, 'TeamsSignInFix')"), "{name}");
        assert!(
            !text.contains("Combine($env:USERPROFILE, 'TeamsCacheBackup"),
            "{name}"
        );
    }
}

#[test]
fn free_text_stays_out_of_comments() {
    let marker = "ZZMARKERZZ";
    for (name, mut req) in all_requests() {
        req.organization = marker.into();
        req.helpdesk = marker.into();
        req.endpoints[0].label = marker.into();
        let (text, tree) = parsed(&req);
        let mut literals = 0;
        walk(&tree, |n| {
            let t = &text[n.byte_range()];
            if n.kind() == "comment" {
                assert!(!t.contains(marker), "{name}: free text in a comment");
            }
            if n.kind() == "verbatim_string_characters" && t == format!("'{marker}'") {
                literals += 1;
            }
        });
        // Organization, help desk and (with the re-test) one endpoint label. Was 5/4 while the
        // generation time and page URL were written in too (removed: scripts are deterministic).
        let expected = if req.options.retest { 3 } else { 2 };
        assert_eq!(literals, expected, "{name}");
        assert_eq!(text.matches(marker).count(), expected, "{name}");
    }
}

#[test]
fn steps_choose_the_emitted_code() {
    for (name, req) in all_requests() {
        let text = generate(&req).text;
        let s = req.options;
        let main = &text[text.rfind("\r\nif ($Help) {").unwrap()..];
        assert_eq!(
            main.contains("\r\n    if (Stop-Teams) {"),
            s.stop_teams,
            "{name}"
        );
        assert_eq!(
            main.contains("Clear-TeamsCache -Found $found"),
            s.clear_cache,
            "{name}"
        );
        assert_eq!(main.contains("\r\nInvoke-Retest\r\n"), s.retest, "{name}");
        assert_eq!(main.contains("\r\nInvoke-TlsCheck\r\n"), s.tls, "{name}");
        assert_eq!(main.contains("\r\nSync-Clock\r\n"), s.time_resync, "{name}");
        // Starting Teams needs Teams; the re-test, TLS and clock steps run without it.
        assert_eq!(
            main.contains("\r\nif ($found.Count -gt 0) {\r\n    Start-TeamsAgain\r\n}\r\n"),
            s.restart,
            "{name}"
        );
        assert!(
            !text.contains("$PSCmdlet.ShouldProcess("),
            "{name}: the script asks with its own [y/N] (ShouldProcess's prompt defaults to Yes)"
        );
        assert!(
            !text.contains("0x2800"),
            "{name}: TLS 1.3 is never required"
        );
        assert_eq!(text.contains("$new = $old -bor 0x800"), s.tls, "{name}");
        assert_eq!(
            main.contains("\r\nReset-TeamsApp\r\n"),
            s.reset_app,
            "{name}"
        );
        assert_eq!(
            text.contains("Reset-AppxPackage -Package $name"),
            s.reset_app,
            "{name}"
        );
        assert!(
            text.contains(if s.delete_instead_of_backup {
                "$DefaultDelete = $true"
            } else {
                "$DefaultDelete = $false"
            }),
            "{name}"
        );
        let client = req.client;
        assert_eq!(
            text.contains("Name=''ms-teams.exe''"),
            client.includes_new(),
            "{name}"
        );
        assert_eq!(
            text.contains("Name=''Teams.exe''"),
            client.includes_classic(),
            "{name}"
        );
        if s.restart {
            assert_eq!(
                text.contains("shell:AppsFolder\\MSTeams_8wekyb3d8bbwe!MSTeams"),
                client.includes_new(),
                "{name}"
            );
            assert_eq!(
                text.contains("--processStart \"Teams.exe\""),
                client.includes_classic(),
                "{name}"
            );
        }
        if s.time_resync {
            assert!(
                text.contains("& w32tm.exe /resync") && text.contains("'ms-settings:dateandtime'"),
                "{name}"
            );
        }
        if s.retest {
            for needle in [
                "-UseBasicParsing -TimeoutSec 10",
                "netsh.exe winhttp show proxy",
                "Get-NetAdapter",
                "Get-VpnConnection",
                "'r', [System.Globalization.CultureInfo]::InvariantCulture",
            ] {
                assert!(text.contains(needle), "{name}: {needle}");
            }
        }
    }
}

#[test]
fn processes_are_filtered_by_owner_and_command_line() {
    let text = generate(&request(Os::Windows, Client::Both, Default::default())).text;
    for needle in [
        "-MethodName GetOwner",
        "-eq $me",
        "$take = ([string]$p.CommandLine) -match 'MSTeams_8wekyb3d8bbwe|ms-teams'",
        "$name -eq 'update.exe' -or $name -eq 'squirrel.exe'",
        "StartsWith($classicDir",
        "CloseMainWindow()",
        "while ($waited -lt $GraceSeconds)",
        "Stop-Process -Id $id -Force",
    ] {
        assert!(text.contains(needle), "missing {needle:?}");
    }
}

/// Organization names from the scripts the issue names (Cyrillic, Polish, Spanish, Greek,
/// CJK) and a crafted one whose UTF-8 bytes hold 0x91, which cp1252 reads as U+2018.
const NON_ASCII_NAMES: &[&str] = &[
    "Ростелеком",
    "Wrocław",
    "Compañía Telefónica de España",
    "Ελληνικά Ταχυδρομεία",
    "株式会社テスト",
    "XÑ;Start-Process calc.exe;#",
];

/// The text as Windows PowerShell's tokenizer reads it: it takes the typographic single
/// quotes U+2018..U+201B for `'`, the double quotes U+201C..U+201E for `"` and the dashes
/// U+2013..U+2015 for `-`. Tree-sitter's grammar only knows the ASCII forms, so the text is
/// normalized before parsing; otherwise a break-out through a typographic quote would be
/// invisible to the parse.
fn as_powershell_reads(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{2018}'..='\u{201B}' => '\'',
            '\u{201C}'..='\u{201E}' => '"',
            '\u{2013}'..='\u{2015}' => '-',
            c => c,
        })
        .collect()
}

/// A `.ps1` that lost its BOM is read in the ANSI code page. The generated
/// bytes, decoded as cp1250, cp1251 and cp1252 (BOM removed, as after "Copy script" and a
/// Notepad save), give the same syntax tree as the UTF-8 read, and the same text.
#[test]
fn ansi_code_page_reads_give_the_same_script() {
    let pages = [
        encoding_rs::WINDOWS_1250,
        encoding_rs::WINDOWS_1251,
        encoding_rs::WINDOWS_1252,
    ];
    let mut parser = powershell_parser();
    for name in NON_ASCII_NAMES {
        let mut req = request(Os::Windows, Client::Both, Default::default());
        req.organization = (*name).into();
        req.helpdesk = format!("{name} IT, +48 71 000 00 00");
        req.endpoints[0].label = (*name).into();
        let script = generate(&req);
        let bytes = script.bytes();
        assert!(
            bytes.starts_with(b"\xEF\xBB\xBF"),
            "{name}: the BOM is kept"
        );
        assert!(bytes[3..].is_ascii(), "{name}: the file is pure ASCII");
        let utf8 = as_powershell_reads(std::str::from_utf8(&bytes[3..]).unwrap());
        let reference = parser.parse(&utf8, None).unwrap();
        assert!(
            syntax_problems(&reference, &utf8).is_empty(),
            "{name}: {:?}",
            syntax_problems(&reference, &utf8)
        );
        for page in pages {
            let (decoded, _, had_errors) = page.decode(&bytes[3..]);
            assert!(!had_errors, "{name} {}", page.name());
            let read = as_powershell_reads(&decoded);
            let tree = parser.parse(&read, None).unwrap();
            // (Compared as a bool: the S-expressions are too long to print.)
            assert!(
                tree.root_node().to_sexp() == reference.root_node().to_sexp(),
                "{name} read as {}: the syntax tree changed: {:?}",
                page.name(),
                syntax_problems(&tree, &read).first()
            );
            assert_eq!(read, utf8, "{name} read as {}", page.name());
        }
        // The crafted name stays data: no command named Start-Process anywhere.
        walk(&reference, |n| {
            if let Some(cmd) = command_name(n, &utf8) {
                assert!(
                    !cmd.eq_ignore_ascii_case("Start-Process")
                        || !utf8[n.byte_range()].contains("calc"),
                    "{name}"
                );
            }
        });
    }
}

/// Cmdlets of Windows PowerShell 5.1 that support ShouldProcess (they take -WhatIf/-Confirm
/// and inherit $WhatIfPreference/$ConfirmPreference from the script).
const SHOULD_PROCESS_CMDLETS: &[&str] = &[
    "Invoke-CimMethod",
    "Add-Content",
    "Set-Content",
    "Clear-Content",
    "Out-File",
    "Copy-Item",
    "Move-Item",
    "Remove-Item",
    "Rename-Item",
    "New-Item",
    "Set-Item",
    "Set-ItemProperty",
    "New-ItemProperty",
    "Remove-ItemProperty",
    "Stop-Process",
    "Start-Service",
    "Stop-Service",
    "Restart-Service",
    "Set-Service",
    "Reset-AppxPackage",
    "Remove-AppxPackage",
    "Set-Date",
    "Export-Csv",
    "Set-Variable",
    "Remove-Variable",
];

/// Every ShouldProcess-aware call passes `-WhatIf:$false -Confirm:$false`
/// (the script handles -WhatIf and -Confirm itself); Start-Process, ShouldProcess-aware only
/// from PowerShell 7, must not get them (5.1 would reject the parameter) and is covered by
/// the script-scope preference reset instead.
#[test]
fn should_process_calls_never_inherit_what_if_or_confirm() {
    let mut used = std::collections::BTreeSet::new();
    for (name, req) in all_requests() {
        let (text, tree) = parsed(&req);
        walk(&tree, |n| {
            let Some(cmd) = command_name(n, &text) else {
                return;
            };
            let call = &text[n.byte_range()];
            if let Some(known) = SHOULD_PROCESS_CMDLETS
                .iter()
                .find(|c| c.eq_ignore_ascii_case(cmd))
            {
                used.insert(*known);
                assert!(
                    call.contains(" -WhatIf:$false") && call.contains(" -Confirm:$false"),
                    "{name}: `{call}` lacks -WhatIf:$false -Confirm:$false"
                );
            }
            if cmd.eq_ignore_ascii_case("Start-Process") {
                assert!(!call.contains("-WhatIf"), "{name}: {call}");
            }
        });
        let state = "$WhatIfPreference = $false\r\n$ConfirmPreference = 'None'\r\n";
        assert!(text.contains(state), "{name}");
        // The preferences are read before they are reset.
        assert!(
            text.find("$script:DryRun = [bool]$WhatIfPreference")
                .unwrap()
                < text.find(state).unwrap(),
            "{name}"
        );
    }
    for expected in [
        "Invoke-CimMethod",
        "Add-Content",
        "Remove-Item",
        "Copy-Item",
        "Stop-Process",
        "Set-ItemProperty",
        "Start-Service",
        "Reset-AppxPackage",
    ] {
        assert!(
            used.contains(expected),
            "{expected} not seen; used: {used:?}"
        );
    }
}

/// Constrained Language Mode is detected right after `param(...)`, before any
/// .NET type is used, and stops with exit code 4 and a message for IT.
#[test]
fn constrained_language_mode_stops_before_any_dotnet_use() {
    for (name, req) in all_requests() {
        let text = generate(&req).text;
        let check = "if ($ExecutionContext.SessionState.LanguageMode -ne 'FullLanguage') {";
        let at = text
            .find(check)
            .unwrap_or_else(|| panic!("{name}: no CLM check"));
        let params_end = text.find("\r\n)\r\n").unwrap();
        assert!(at > params_end, "{name}");
        let before = &text[params_end..at];
        assert!(
            before
                .lines()
                .all(|l| l.trim().is_empty() || l.trim().starts_with('#') || l == ")"),
            "{name}: only comments between param() and the check: {before:?}"
        );
        let block_end = at + text[at..].find("\r\n}\r\n").unwrap();
        let block = &text[at..block_end];
        assert!(block.contains("exit 4"), "{name}");
        assert!(block.contains("Set-AuthenticodeSignature"), "{name}");
        assert!(
            !block.contains("[System.") && !block.contains("[Environment]"),
            "{name}"
        );
        let help_end = text.find("\r\n#>\r\n").unwrap();
        for line in text[help_end + 6..at]
            .lines()
            .filter(|l| !l.trim_start().starts_with('#'))
        {
            assert!(
                !line.contains("[System.") && !line.contains("]::"),
                "{name}: .NET use before the check: {line}"
            );
        }
        assert!(
            text.contains("\r\n      4   PowerShell runs in Constrained Language Mode"),
            "{name}"
        );
    }
}

/// The cache is only ever renamed on its own volume: no Move-Item, every
/// Directory::Move follows a Test-SameVolume check in the same function, and the dry run says
/// when a folder would not be moved.
#[test]
fn moves_are_same_volume_renames() {
    for (name, req) in all_requests() {
        let text = generate(&req).text;
        assert!(
            !text
                .lines()
                .any(|l| l.contains("Move-Item") && !l.trim_start().starts_with('#')),
            "{name}"
        );
        for function in text.split("\r\nfunction ").skip(1) {
            let body = &function[..function.find("\r\n}\r\n").unwrap_or(function.len())];
            if let Some(first_move) = body.find("[System.IO.Directory]::Move(") {
                let check = body
                    .find("Test-SameVolume $")
                    .unwrap_or_else(|| panic!("{name}: a move without Test-SameVolume"));
                assert!(check < first_move, "{name}");
            }
        }
        assert!(
            text.contains("GetPathRoot([System.IO.Path]::GetFullPath($A))"),
            "{name}"
        );
        if req.options.clear_cache {
            assert!(text.contains("[dry run] would NOT move"), "{name}");
            assert!(text.contains("Run this again with -Delete"), "{name}");
        }
    }
}

/// TLS 1.2 (0x800) is the only requirement; TLS 1.3 (0x2000) is only added on
/// Windows 11 (build 22000 or later); the per-user policy key and WinHTTP are read; the text
/// says what the check covers.
#[test]
fn tls_step_requires_only_tls12() {
    let text = generate(&request(Os::Windows, Client::Both, Default::default())).text;
    for needle in [
        "$windows11 = $build -ge 22000",
        "if ($null -eq $user -or ([int]$user -band 0x800)) {",
        "$new = $old -bor 0x800",
        "if ($windows11) {\r\n        $new = $new -bor 0x2000",
        "'HKCU:\\Software\\Policies\\Microsoft\\Windows\\CurrentVersion\\Internet Settings'",
        "-Name 'DefaultSecureProtocols'",
        "the Teams window itself (WebView2) does not use them",
        "[y/N]')",
    ] {
        assert!(text.contains(needle), "missing {needle:?}");
    }
    let tls = &text[text.find("function Invoke-TlsCheck").unwrap()..];
    let tls = &tls[..tls.find("\r\n}\r\n").unwrap()];
    let code: Vec<&str> = tls
        .lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .collect();
    assert_eq!(
        code.iter().filter(|l| l.contains("0x2000")).count(),
        2,
        "reported, and set only on Windows 11: {code:#?}"
    );
    assert!(!tls.contains("$PSCmdlet.ShouldProcess"));
}

/// 407, 403 and 5xx are problems, counted for the summary and exit code 6; the proxy gets
/// the user's default credentials.
#[test]
fn proxy_answers_and_server_errors_are_problems() {
    let text = generate(&request(Os::Windows, Client::Both, Default::default())).text;
    for needle in [
        "if ($Code -eq 407) {\r\n        return 'HTTP 407, the proxy wants you to sign in",
        "if ($Code -eq 403) {\r\n        return 'HTTP 403, access refused",
        "if ($Code -ge 500) {\r\n        return ('HTTP {0}, a server error",
        "Add-Problem ('{0}: {1}' -f $Endpoint.Label, $why) ('    PROBLEM  {0} ({1}): {2}'",
        "[System.Net.WebRequest]::DefaultWebProxy.Credentials = [System.Net.CredentialCache]::DefaultNetworkCredentials",
        "[System.Net.Http.HttpClient]::DefaultProxy.Credentials = [System.Net.CredentialCache]::DefaultNetworkCredentials",
    ] {
        assert!(text.contains(needle), "missing {needle:?}");
    }
    // Both the success and the error path go through the one status judgement.
    assert_eq!(text.matches("Write-StatusLine $endpoint").count(), 2);
    assert!(
        !text.contains("-UseDefaultCredentials"),
        "credentials go to the proxy only"
    );
}

/// Smaller Windows findings of the script review: each needle is a behaviour, with its reason
/// beside it.
#[test]
fn smaller_windows_findings() {
    let all = generate(&request(Os::Windows, Client::Both, support::ALL_ON)).text;
    let defaults = generate(&request(Os::Windows, Client::Both, Default::default())).text;
    for needle in [
        "PositionalBinding = $false",
        "$ProgressPreference = 'SilentlyContinue'",
        // Localized yes: j/ja, o/oui, s/si, t/tak, d/da, Cyrillic "da" and Greek "nai".
        "@('y', 'yes', 'j', 'ja', 'o', 'oui', 's', 'si', ('s' + [char]0x00ED), 't', 'tak', 'd', 'da',",
        "('' + [char]0x0434 + [char]0x0430)",
        "return (Test-Yes (Read-Host ($Question + ' [y/N]')))",
        // Pause when started from Explorer ("Run with PowerShell", double-click).
        "return ([string]$parent.Name -eq 'explorer.exe')",
        "[void](Read-Host 'Press Enter to close this window')",
        // VPN: all-user connections and common clients' adapters.
        "Get-VpnConnection -AllUserConnection",
        "Cisco Secure Client|GlobalProtect|PANGP|Zscaler|Fortinet|FortiClient|Check Point|F5 Networks",
        // Failures carry their cause and the system's text.
        "return ('{0}. System message: {1}' -f $cause, $e.Message)",
        // w32tm: the service first, and elevation for that one command only.
        "Start-Service -Name 'w32time'",
        "-ArgumentList '/c net start w32time & w32tm /resync' -Verb RunAs",
    ] {
        assert!(all.contains(needle), "missing {needle:?}");
    }
    assert!(!all.contains("is Teams still running?"), "a guessed cause");
    // Every exit except the Constrained Language one goes through Exit-Script.
    for text in [&all, &defaults] {
        let plain_exits: Vec<&str> = text
            .lines()
            .filter(|l| l.trim_start().starts_with("exit "))
            .collect();
        assert_eq!(
            plain_exits,
            ["    exit 4", "        exit $LASTEXITCODE", "    exit $Code"]
        );
        // The dry run claims nothing it did not see, nor a run that could not list processes.
        assert!(!text.contains("if (Stop-Teams) {\r\n        Add-Summary 'Teams is closed'"));
        assert!(text.contains(
            "if (-not $script:DryRun -and -not $script:TeamsStateUnknown) {\r\n            Add-Summary 'Teams is closed'"
        ));
    }
}

/// The script judges the clock by the configured thresholds.
#[test]
fn clock_uses_the_configured_thresholds() {
    let mut req = request(Os::Windows, Client::Both, Default::default());
    req.warn_seconds = 30;
    req.fail_seconds = 90;
    let text = generate(&req).text;
    assert!(text.contains("$warnSeconds = 30\r\n    $failSeconds = 90\r\n"));
    assert!(text.contains("-ge $failSeconds) {"));
    assert!(!text.contains("-gt 300"));
    assert!(!text.contains("5 minutes"));
}

/// The re-test reads the TLS chain, checks for a captive portal and summarizes
/// dsregcmd, all read only, with the facts from `teams.rs`.
#[test]
fn retest_sees_what_the_browser_cannot() {
    let text = generate(&request(Os::Windows, Client::Both, Default::default())).text;
    for needle in [
        "$url = 'http://www.msftconnecttest.com/connecttest.txt'",
        "-eq 'Microsoft Connect Test')",
        "$hostName = 'login.microsoftonline.com'",
        "DigiCert Global Root G2|",
        "Microsoft RSA Root Certificate Authority 2017",
        "PROBLEM: TLS inspection by {0}, tell IT",
        "[void]$chain.Build($leaf)",
        "& $dsregcmd /status",
        "AzureAdJoined|EnterpriseJoined|DomainJoined|WorkplaceJoined|AzureAdPrt|DeviceAuthStatus",
    ] {
        assert!(text.contains(needle), "missing {needle:?}");
    }
    let retest = &text[text.find("function Invoke-Retest").unwrap()..];
    for call in [
        "Test-CaptivePortal",
        "Test-TlsChain",
        "Test-DeviceRegistration",
    ] {
        assert!(retest.contains(&format!("\r\n    {call}\r\n")), "{call}");
    }
}

/// On a virtual desktop (documented markers) the script changes nothing and sends
/// the user to IT; the check sits before the plan and every cache step.
#[test]
fn virtual_desktops_change_nothing() {
    for (name, req) in all_requests() {
        let text = generate(&req).text;
        let touches = req.options.clear_cache || req.options.reset_app;
        assert_eq!(text.contains("$vdi = @(Get-VdiMarker)"), touches, "{name}");
        if !touches {
            continue;
        }
        for needle in [
            "Key = 'SOFTWARE\\Microsoft\\Teams'; Value = 'IsWVDEnvironment'",
            "Key = 'SOFTWARE\\Citrix\\PortICA'; Value = ''",
            "Key = 'SOFTWARE\\FSLogix\\Profiles'; Value = 'Enabled'",
            "so this script changes nothing",
            "This computer may be a virtual desktop",
            "[Microsoft.Win32.RegistryView]::Registry64",
            "('{0} (registry key HKLM\\{1})' -f $marker.Product, $marker.Key)",
        ] {
            assert!(text.contains(needle), "{name}: missing {needle:?}");
        }
        let check = text.find("$vdi = @(Get-VdiMarker)").unwrap();
        let block = &text[check..check + text[check..].find("\r\n}\r\n").unwrap()];
        assert!(block.contains("Exit-Script 5"), "{name}");
        assert_eq!(
            block.contains("Invoke-Retest"),
            req.options.retest,
            "{name}"
        );
        let plan = text.find("Write-Log 'This will:'").unwrap();
        assert!(check < plan, "{name}: the check comes before the plan");
        for step in [
            "Clear-TeamsCache -Found",
            "\r\nReset-TeamsApp\r\n",
            "Confirm-Run 'Go ahead?'",
        ] {
            if let Some(at) = text.rfind(step) {
                assert!(at > check, "{name}: {step} before the VDI check");
            }
        }
    }
}

// ---- Managed deployment and true verdicts -------------------------------------------------

/// The body of `function NAME { … }` in `text` (up to the closing brace at column 0).
fn function_body<'a>(text: &'a str, name: &str) -> &'a str {
    let start = text
        .find(&format!("\r\nfunction {name} {{\r\n"))
        .unwrap_or_else(|| panic!("no function {name}"));
    let end = start + text[start..].find("\r\n}\r\n").unwrap();
    &text[start..end]
}

/// Every variant the matrix makes, and each again as the unattended variant.
fn all_requests_both_modes() -> Vec<(String, ScriptRequest)> {
    let mut out = all_requests();
    let unattended: Vec<(String, ScriptRequest)> = out
        .iter()
        .map(|(name, req)| {
            let mut req = req.clone();
            req.options.unattended = true;
            (format!("{name}-unattended"), req)
        })
        .collect();
    out.extend(unattended);
    out
}

#[test]
fn unattended_variants_parse_and_stay_ascii() {
    let mut parser = powershell_parser();
    for (name, req) in all_requests_both_modes() {
        let text = generate(&req).text;
        assert!(text.is_ascii(), "{name}");
        let tree = parser.parse(&text, None).unwrap();
        let problems = syntax_problems(&tree, &text);
        assert!(problems.is_empty(), "{name}: {problems:#?}");
    }
}

#[test]
fn get_reason_unwraps_the_wrapped_exception_before_classifying() {
    // PowerShell wraps what a .NET call throws in a MethodInvocationException ("Exception
    // calling "Move" ..."): classified as it comes, every failure would be "it failed".
    let text = generate(&request(Os::Windows, Client::Both, support::ALL_ON)).text;
    let base = function_body(&text, "Get-BaseError");
    for wrapper in [
        "[System.Management.Automation.MethodException]",
        "[System.Reflection.TargetInvocationException]",
        "[System.Management.Automation.ExtendedTypeSystemException]",
        "[System.AggregateException]",
    ] {
        assert!(base.contains(&format!("$e -is {wrapper}")), "{wrapper}");
    }
    assert!(base.contains("while ($e.InnerException -and ("));
    assert!(base.contains("        $e = $e.InnerException\r\n"));
    let reason = function_body(&text, "Get-Reason");
    let unwrap = reason
        .find("$e = Get-BaseError $ErrorRecord")
        .expect("unwraps");
    let first_check = reason.find("$e -is [System.").unwrap();
    assert!(unwrap < first_check, "unwrapped before classifying");
    assert!(!reason.contains("$ErrorRecord.Exception"), "{reason}");
    // The "other drive" and "file in use" causes are reachable: they test the unwrapped one.
    assert!(reason.contains("$code = $e.HResult -band 0xFFFF"));
    assert!(reason.contains("it is on another drive than the backup folder"));
    // The status of a failed request is read from the unwrapped exception too.
    assert!(function_body(&text, "Get-ErrorStatusCode")
        .contains("(Get-BaseError $ErrorRecord).Response"));
}

#[test]
fn started_in_32_bit_powershell_it_runs_itself_again_in_64_bit() {
    for (name, req) in all_requests_both_modes() {
        let text = generate(&req).text;
        let relaunch = text
            .find("if ([Environment]::Is64BitOperatingSystem -and -not [Environment]::Is64BitProcess) {\r\n    $native")
            .unwrap_or_else(|| panic!("{name}: no relaunch"));
        // Before any state, function or change, right after the robust start.
        let robust = text
            .find("Set-StrictMode -Off\r\n$ErrorActionPreference = 'Continue'\r\n")
            .unwrap();
        assert!(robust < relaunch, "{name}");
        assert!(relaunch < text.find("$script:DryRun = ").unwrap(), "{name}");
        assert!(relaunch < text.find("\r\nfunction ").unwrap(), "{name}");
        let block = &text[relaunch..relaunch + text[relaunch..].find("\r\n}\r\n").unwrap()];
        for needle in [
            "'sysnative\\WindowsPowerShell\\v1.0\\powershell.exe'",
            "@('-NoProfile', '-ExecutionPolicy', [string](Get-ExecutionPolicy), '-File', $PSCommandPath)",
            "$relaunch += @('-Restore', $Restore)",
            "$relaunch += '-Delete'",
            "$relaunch += '-Backup'",
            "$relaunch += '-Yes'",
            "$relaunch += '-WhatIf'",
            "& $native @relaunch\r\n        exit $LASTEXITCODE",
        ] {
            assert!(block.contains(needle), "{name}: {needle}");
        }
    }
    // What a 32-bit host could not see otherwise, read explicitly.
    let text = generate(&request(Os::Windows, Client::Both, Default::default())).text;
    assert!(function_body(&text, "Test-DeviceRegistration").contains("$system = 'sysnative'"));
    assert!(function_body(&text, "Get-VdiMarker")
        .contains("[Microsoft.Win32.RegistryKey]::OpenBaseKey([Microsoft.Win32.RegistryHive]::LocalMachine, [Microsoft.Win32.RegistryView]::Registry64)"));
}

#[test]
fn a_profiles_strict_mode_or_stop_preference_cannot_abort_it() {
    for (name, req) in all_requests_both_modes() {
        let text = generate(&req).text;
        let clm_end = text.find("    exit 4\r\n}\r\n").unwrap() + "    exit 4\r\n}\r\n".len();
        let after = &text[clm_end..];
        let code: Vec<&str> = after
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
            .take(2)
            .collect();
        assert_eq!(
            code,
            ["Set-StrictMode -Off", "$ErrorActionPreference = 'Continue'"],
            "{name}"
        );
    }
}

#[test]
fn the_unattended_variant_asks_nothing_and_never_waits() {
    for (name, req) in all_requests_both_modes() {
        let text = generate(&req).text;
        let unattended = req.options.unattended;
        assert!(
            text.contains(&format!("\r\n$Unattended = ${unattended}\r\n")),
            "{name}"
        );
        assert!(
            text.contains("$script:AssumeYes = [bool]$Yes -or $Unattended"),
            "{name}"
        );
        assert!(function_body(&text, "Test-CanAsk")
            .contains("    if ($Unattended) {\r\n        return $false"));
        assert!(function_body(&text, "Exit-Script").contains(
            "if (-not $Unattended -and (Test-StartedFromExplorer) -and (Test-CanAsk)) {"
        ));
        // Every question is behind Test-CanAsk (false in the unattended variant).
        let lines: Vec<&str> = text.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            if !line.contains("Read-Host") || line.trim_start().starts_with('#') {
                continue;
            }
            let guard = lines[..i]
                .iter()
                .rev()
                .find(|l| l.trim_start().starts_with("if ("))
                .unwrap();
            assert!(
                guard.contains("Test-CanAsk"),
                "{name}: {line} after {guard}"
            );
        }
        // The fixed log: the same lines, in the local profile.
        assert!(function_body(&text, "Start-UnattendedLog").contains(
            "$file = [System.IO.Path]::Combine($script:BackupRoot, 'fix-teams-signin.log')"
        ));
        assert!(function_body(&text, "Write-Log").contains("@($script:LogFile, $script:RunLog)"));
        assert_eq!(
            text.contains("This is the unattended variant (for Intune and other tools)"),
            unattended,
            "{name}"
        );
        if req.options.time_resync {
            // No administrator prompt nobody may answer: the UAC path is after this return.
            let sync = function_body(&text, "Sync-Clock");
            let skip = sync.find("    if ($Unattended) {").unwrap();
            assert!(skip < sync.find("-Verb RunAs").unwrap(), "{name}");
        }
    }
}

#[test]
fn processes_windows_cannot_list_mean_cannot_tell_and_delete_mode_refuses() {
    let text = generate(&request(Os::Windows, Client::Both, support::ALL_ON)).text;
    let list = function_body(&text, "Get-TeamsProcessId");
    assert!(list.contains(
        "Get-CimInstance -ClassName Win32_Process -Filter $ProcessFilter -ErrorAction Stop"
    ));
    assert!(!list.contains("SilentlyContinue)) {"), "{list}");
    // Only Get-RunningTeams calls it, turning a failure into "cannot tell".
    assert_eq!(text.matches("@(Get-TeamsProcessId)").count(), 1);
    let running = function_body(&text, "Get-RunningTeams");
    assert!(running.contains("$script:TeamsStateUnknown = $true\r\n        return $null"));
    let clear = function_body(&text, "Clear-CacheFolder");
    let refuse = clear
        .find("if ($script:DeleteMode -and $script:TeamsStateUnknown) {")
        .expect("delete refuses when it cannot tell");
    assert!(refuse < clear.find("Remove-CacheTree -Path $path").unwrap());
    assert!(clear[refuse..].contains(
        "Write-Fail ('did not delete {0}: whether Teams is running could not be checked"
    ));
    let closed = text.find("if ($running -and $running.Count -gt 0) {");
    assert!(closed.is_some() || !text.contains("$running = Get-RunningTeams"));
}

#[test]
fn windows_10_without_reset_appxpackage_is_told_before_any_question() {
    let text = generate(&request(Os::Windows, Client::Both, support::ALL_ON)).text;
    let reset = function_body(&text, "Reset-TeamsApp");
    let check = reset
        .find("if (-not (Get-Command -Name 'Reset-AppxPackage' -ErrorAction SilentlyContinue)) {")
        .unwrap();
    assert!(check < reset.find("Read-Host").unwrap());
    for needle in [
        "Windows 11: Settings > Apps > Installed apps > Microsoft Teams > ... > Advanced options > Reset.",
        "Windows 10: Settings > Apps > Apps & features > Microsoft Teams > Advanced options > Reset.",
        "Start-Process -FilePath 'ms-settings:appsfeatures'",
    ] {
        assert!(reset.contains(needle), "{needle}");
    }
}

#[test]
fn a_run_as_another_account_than_the_signed_in_one_is_refused() {
    let text = generate(&request(Os::Windows, Client::Both, Default::default())).text;
    let env = function_body(&text, "Test-Environment");
    let system = env.find("GetCurrent().IsSystem").unwrap();
    let other = env.find("    Test-SignedInUser\r\n").unwrap();
    assert!(system < other);
    let check = function_body(&text, "Test-SignedInUser");
    for needle in [
        "-Filter (\"Name='explorer.exe' AND SessionId={0}\" -f $session)",
        "-MethodName GetOwner",
        "if ($user -ne $me) {",
        "Exit-Script 2",
        "not \"Run as administrator\" with another account",
    ] {
        assert!(check.contains(needle), "{needle}");
    }
}

#[test]
fn backups_live_in_the_local_profile_and_old_ones_go_after_a_successful_run() {
    let text = generate(&request(Os::Windows, Client::Both, Default::default())).text;
    assert!(text.contains("\r\n$KeepBackups = 3\r\n"));
    let complete = function_body(&text, "Complete-Run");
    assert!(complete
        .contains("        if ($script:Failures -eq 0) {\r\n            Remove-OldBackups\r\n"));
    let guard = function_body(&text, "Assert-BackupPath");
    assert!(guard.contains("-notmatch '^TeamsCacheBackup-\\d{8}-\\d{6}(-\\d+)?$'"));
    assert!(guard.contains("[System.IO.FileAttributes]::ReparsePoint"));
    assert!(guard.contains("it is this run''s backup"));
    // LocalCache (and classic Teams' folder) is left behind empty after a move.
    let clear = function_body(&text, "Clear-CacheFolder");
    let moved = clear
        .find("[System.IO.Directory]::Move($path, $dest)")
        .unwrap();
    assert!(clear[moved..].contains("[void][System.IO.Directory]::CreateDirectory($path)"));
    // Backgrounds go into a folder Teams made again, never as a nested copy.
    let bg = function_body(&text, "Restore-Backgrounds");
    assert!(bg.contains("if (Test-Path -LiteralPath $To -PathType Container) {\r\n            foreach ($child in @(Get-ChildItem -LiteralPath $From"));
}

#[test]
fn problems_the_checks_find_reach_the_summary_and_exit_code_6() {
    for (name, req) in all_requests_both_modes() {
        let text = generate(&req).text;
        let complete = function_body(&text, "Complete-Run");
        let failed = complete.find("Exit-Script 1").unwrap();
        let problems = complete.find("Exit-Script 6").unwrap();
        let done = complete.find("Exit-Script 0").unwrap();
        assert!(
            failed < problems && problems < done,
            "{name}: 1 before 6 before 0"
        );
        assert!(complete.contains(
            "Write-Log ('  - the re-test found {0} problem(s):' -f $script:RetestProblems)"
        ));
        // The result is the last line (Intune Remediations show only the last line).
        let before_6 = &complete[..problems];
        let last = before_6
            .lines()
            .rev()
            .find(|l| l.contains("Write-Log"))
            .unwrap();
        assert!(
            last.contains("Done, but the re-test found {0} problem(s)"),
            "{name}: {last}"
        );
        // Every PROBLEM the checks print is counted.
        let code = &text[text.find("\r\n#>\r\n").unwrap()..];
        for line in code.lines().filter(|l| l.contains("PROBLEM")) {
            let l = line.trim();
            if l.starts_with('#') || l.contains("the PROBLEM lines") {
                continue;
            }
            assert!(
                l.starts_with("Add-Problem ")
                    || l.contains("-f $Endpoint.Label, $why) ('    PROBLEM"),
                "{name}: uncounted {l}"
            );
        }
    }
    let add = function_body(
        &generate(&request(Os::Windows, Client::Both, Default::default())).text,
        "Add-Problem",
    )
    .to_string();
    assert!(add.contains("$script:RetestProblems = $script:RetestProblems + 1"));
}

#[test]
fn the_help_carries_the_exit_code_table() {
    for (name, req) in all_requests_both_modes() {
        let text = generate(&req).text;
        for code in signin_core::script::exit_codes(Os::Windows) {
            let row = format!("\r\n      {:<3} {}\r\n", code.code, code.meaning);
            assert!(text.contains(&row), "{name}: {row:?}");
        }
    }
}

#[test]
fn the_captive_portal_redirect_and_the_tls_chain_are_judged_truly() {
    let text = generate(&request(Os::Windows, Client::Both, Default::default())).text;
    let probe = function_body(&text, "Invoke-Probe");
    for needle in [
        "$request.AllowAutoRedirect = $false",
        "$request.Timeout = 10000",
        "$request.ReadWriteTimeout = 10000",
        "$response = (Get-BaseError $_).Response",
        "$result.Location = [string]$response.Headers['Location']",
    ] {
        assert!(probe.contains(needle), "{needle}");
    }
    let portal = function_body(&text, "Test-CaptivePortal");
    assert!(portal.contains("if ($probe.Code -ge 300 -and $probe.Code -lt 400) {\r\n        Add-Problem 'Wi-Fi login page'"));
    assert!(portal.contains("was redirected to {1}"));
    assert!(!text
        .lines()
        .any(|l| l.contains("-MaximumRedirection 0") && !l.trim_start().starts_with('#')));
    let chain = function_body(&text, "Test-TlsChain");
    for needle in [
        "$chain.ChainPolicy.RevocationMode = [System.Security.Cryptography.X509Certificates.X509RevocationMode]::NoCheck",
        "$chain.ChainPolicy.UrlRetrievalTimeout = New-Object -TypeName System.TimeSpan -ArgumentList 0, 0, 10",
        "[System.Security.Cryptography.X509Certificates.X509ChainStatusFlags]::PartialChain",
        "if ($partial -or $root.Subject -ne $root.Issuer) {\r\n            Write-Log ('    could not verify:",
    ] {
        assert!(chain.contains(needle), "{needle}");
    }
    let leaf = function_body(&text, "Get-LeafCertificate");
    for needle in [
        "$request.ReadWriteTimeout = 10000",
        "$tcp.ReceiveTimeout = 10000",
        "$tcp.SendTimeout = 10000",
    ] {
        assert!(leaf.contains(needle), "{needle}");
    }
    // The OpenID answer must come from Microsoft's sign-in service, in any of its clouds.
    for issuer in signin_core::network::ISSUER_PREFIXES {
        assert!(text.contains(issuer), "{issuer}");
    }
}

mod boundaries {
    include!("fixtures/clock_boundaries.rs");
}

/// The verdict the generated `Test-Clock` gives for an offset, read from its comparisons:
/// the operators and the variables they compare with, applied to the shared boundary table.
fn clock_verdict_of_script(text: &str, offset: i64, warn: i64, fail: i64) -> &'static str {
    let clock = function_body(text, "Test-Clock");
    let compare = |line_start: &str, limit: i64| -> bool {
        let at = clock
            .find(line_start)
            .unwrap_or_else(|| panic!("no {line_start:?} in Test-Clock"));
        let rest = &clock[at + line_start.len()..];
        let op = &rest[..3];
        let abs = offset.abs();
        match op {
            "-ge" => abs >= limit,
            "-gt" => abs > limit,
            other => panic!("unexpected comparison {other}"),
        }
    };
    if compare("if ([Math]::Abs($skew) ", fail) {
        "fail"
    } else if compare("} elseif ([Math]::Abs($skew) ", warn) {
        "warn"
    } else {
        "ok"
    }
}

#[test]
fn clock_verdicts_follow_the_shared_boundary_table() {
    let mut req = request(Os::Windows, Client::Both, Default::default());
    req.warn_seconds = boundaries::BOUNDARY_WARN_SECONDS;
    req.fail_seconds = boundaries::BOUNDARY_FAIL_SECONDS;
    let text = generate(&req).text;
    let clock = function_body(&text, "Test-Clock");
    assert!(clock.contains("if ([Math]::Abs($skew) -ge $failSeconds) {\r\n            Add-Problem"));
    assert!(clock.contains("} elseif ([Math]::Abs($skew) -ge $warnSeconds) {"));
    for &(offset, verdict) in boundaries::CLOCK_BOUNDARIES {
        assert_eq!(
            clock_verdict_of_script(
                &text,
                offset,
                i64::from(boundaries::BOUNDARY_WARN_SECONDS),
                i64::from(boundaries::BOUNDARY_FAIL_SECONDS)
            ),
            verdict,
            "{offset} s"
        );
    }
}
