//! The PowerShell generator (Windows) and its one escaping function, [`quote`].
//!
//! The emitted script is ASCII apart from the quoted free text, runs on Windows PowerShell 5.1
//! and PowerShell 7 (no `??`, `?.`, ternaries, `&&` or `::new()`), and is written with LF here
//! and turned into CRLF at the end, which is why no quoted value may contain CR or LF.

use super::{changes_something, sanitize, Checked, ScriptOptions, ScriptRequest, GRACE_SECONDS};
use crate::platform::Client;
use crate::teams::{self, cache_folders, CacheFolder, Root};
use std::fmt::Write as _;

/// THE escaping function for PowerShell: a single-quoted (verbatim) string literal. Inside
/// `'…'` PowerShell expands nothing; the only special characters are the quotes, and its
/// tokenizer treats the typographic single quotes U+2018 U+2019 U+201A U+201B exactly like `'`
/// (a lone one would end the string), so each of them is doubled, which PowerShell reads back
/// as one. Control characters (NUL, CR, LF, ESC, C1…) and bidi overrides are first replaced by
/// U+FFFD: a newline would break the CRLF-only layout, NUL ends text for many Windows tools and
/// ESC could rewrite the console when the value is printed.
pub fn quote(s: &str) -> String {
    let clean = sanitize(s);
    let mut out = String::with_capacity(clean.len() + 2);
    out.push('\'');
    for c in clean.chars() {
        if is_single_quote(c) {
            out.push(c);
        }
        out.push(c);
    }
    out.push('\'');
    out
}

/// The characters PowerShell's tokenizer accepts as a single quote.
fn is_single_quote(c: char) -> bool {
    matches!(c, '\'' | '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}')
}

/// Renders the whole script with CRLF line ends.
pub(super) fn render(req: &ScriptRequest, endpoints: &[Checked<'_>], clock_url: &str) -> String {
    let steps = &req.options;
    let dirs = cache_folders(req.os, req.client);
    let name = super::file_name(req.os);
    let run = super::run_command(req.os);
    let mut s = String::with_capacity(64 * 1024);

    // --- comment-based help (Get-Help): fixed text only, free text is named by variable ----
    s.push_str("<#\n.SYNOPSIS\n    Fixes Microsoft Teams sign-in error CAA20002 for the current Windows user.\n\n");
    s.push_str(".DESCRIPTION\n    What it does, in this order (each action is printed first, and logged):\n");
    for (i, line) in step_lines(steps).iter().enumerate() {
        let _ = writeln!(s, "      {}. {}", i + 1, line);
    }
    let _ = write!(
        s,
        "\n    It was generated at the time in $GeneratedAt by the page in $PageUrl, for the\n\
         \x20   organization in $Organization (help desk: $Helpdesk). Those variables are set right\n\
         \x20   below the parameters; they are plain text that is only ever printed, never run.\n\n\
         \x20   Needs no administrator rights. Run it as yourself, not as SYSTEM (Intune, SCCM):\n\
         \x20   the cache belongs to your user profile.\n\n\
         \x20   Undo: run it again with -Restore and the backup folder it printed, for example\n\
         \x20     {run} -Restore \"$env:USERPROFILE\\TeamsCacheBackup-YYYYMMDD-HHMMSS\"\n\n\
         .PARAMETER Delete\n\
         \x20   Delete the cache folders instead of moving them into a backup folder (cannot be\n\
         \x20   undone). Custom meeting backgrounds are kept either way.\n\n\
         .PARAMETER Backup\n\
         \x20   Move the cache folders into a backup folder (undo with -Restore).{default_backup}\n\n\
         .PARAMETER Restore\n\
         \x20   Undo: put the cache folders back from this backup folder.\n\n\
         .PARAMETER Yes\n\
         \x20   Do not ask for confirmation (same as -Confirm:$false, which is awkward to pass with -File).\n\n\
         .PARAMETER Help\n\
         \x20   Show this help.\n\n\
         .EXAMPLE\n\
         \x20   {run} -WhatIf\n\
         \x20   Dry run: prints every action and changes nothing.\n\n\
         .EXAMPLE\n\
         \x20   {run} -Yes\n\
         \x20   Runs without asking (needed when nobody can answer the question).\n\n\
         .NOTES\n\
         \x20   Exit codes: 0 done, or nothing to do (for example Teams is not installed);\n\
         \x20   1 a step failed; 2 wrong usage (conflicting options, missing backup folder, run as\n\
         \x20   SYSTEM); 3 not confirmed (you said no, or there was nobody to ask).\n\
         \x20   The log file fix-teams-signin.log is in the backup folder\n\
         \x20   %USERPROFILE%\\TeamsCacheBackup-YYYYMMDD-HHMMSS. File: {name}\n\
         #>\n",
        default_backup = if steps.delete_instead_of_backup {
            " This copy deletes by default."
        } else {
            " This is the default."
        },
    );
    s.push_str(
        "[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'High')]\n\
         param(\n\
         \x20   [switch]$Delete,\n\
         \x20   [switch]$Backup,\n\
         \x20   [string]$Restore = '',\n\
         \x20   [switch]$Yes,\n\
         \x20   [switch]$Help\n\
         )\n\n",
    );

    // --- the only place free text enters: one quoted literal per variable ----------------
    s.push_str("# Text from the page's configuration: plain data, only ever printed.\n");
    let _ = writeln!(s, "$Organization = {}", quote(&req.organization));
    let _ = writeln!(s, "$Helpdesk = {}", quote(&req.helpdesk));
    let _ = writeln!(s, "$GeneratedAt = {}", quote(&req.generated_at));
    let _ = writeln!(s, "$PageUrl = {}", quote(&req.page_url));
    s.push('\n');

    let _ = writeln!(s, "$ScriptName = {}", quote(name));
    let _ = writeln!(s, "# Seconds Teams gets to close by itself before it is forced.\n$GraceSeconds = {GRACE_SECONDS}");
    let _ = writeln!(
        s,
        "$DefaultDelete = {}",
        if steps.delete_instead_of_backup {
            "$true"
        } else {
            "$false"
        }
    );
    if steps.retest {
        let _ = writeln!(s, "$ClockUrl = {}", quote(clock_url));
        s.push_str("# Addresses re-tested from this computer.\n$Endpoints = @(\n");
        for e in endpoints {
            match e {
                Checked::Keep { label, url } => {
                    let _ = writeln!(
                        s,
                        "    [pscustomobject]@{{ Label = {}; Url = {} }}",
                        quote(label),
                        quote(url)
                    );
                }
                Checked::Skipped { position } => {
                    let _ = writeln!(
                        s,
                        "    # skipped: invalid URL (endpoint {position} of the configuration)"
                    );
                }
            }
        }
        s.push_str(")\n");
    }
    write_process_names(&mut s, req.client);
    s.push_str(STATE);
    write_tables(&mut s, &dirs);
    s.push_str(COMMON);
    s.push_str(GUARD);
    s.push_str(PROCESSES);
    s.push_str(RESTORE);
    if steps.clear_cache {
        s.push_str(CLEAR);
    }
    if steps.retest {
        s.push_str(RETEST);
    }
    if steps.tls {
        s.push_str(TLS);
    }
    if steps.time_resync {
        s.push_str(TIME);
    }
    if steps.restart {
        write_restart(&mut s, req.client);
    }
    write_main(&mut s, steps);
    debug_assert!(!s.contains('\r'));
    s.replace('\n', "\r\n")
}

/// One line per selected step, for the help text and the plan printed before asking.
fn step_lines(steps: &ScriptOptions) -> Vec<&'static str> {
    let mut out = Vec::new();
    if steps.stop_teams {
        out.push("Closes Teams: only your own Teams processes, forced after a grace period.");
    }
    if steps.clear_cache {
        out.push(if steps.delete_instead_of_backup {
            CLEAR_DELETE
        } else {
            CLEAR_MOVE
        });
    }
    if steps.retest {
        out.push("Re-tests the sign-in addresses, proxy, VPN and clock (report only).");
    }
    if steps.tls {
        out.push(
            "Checks TLS 1.2/1.3 in Internet Options and offers to switch them on (asks first).",
        );
    }
    if steps.time_resync {
        out.push(
            "Syncs the clock if you run it as administrator, else opens the Date & time settings.",
        );
    }
    if steps.restart {
        out.push("Starts Teams again.");
    }
    if out.is_empty() {
        out.push("Nothing: no step was selected on the page.");
    }
    out
}

const CLEAR_MOVE: &str = "Moves the Teams cache folders into one backup folder in your user folder (backgrounds are kept).";
const CLEAR_DELETE: &str = "Deletes the Teams cache folders (custom meeting backgrounds are kept).";

fn write_process_names(s: &mut String, client: Client) {
    let names = teams::windows_processes(client);
    let filter = names
        .iter()
        .map(|n| format!("Name='{n}'"))
        .collect::<Vec<_>>()
        .join(" OR ");
    s.push_str("# Candidate processes (filtered further by owner, command line and folder).\n");
    let _ = writeln!(s, "$ProcessFilter = {}", quote(&filter));
}

const STATE: &str = r##"
$script:DryRun = [bool]$WhatIfPreference
$script:AssumeYes = [bool]$Yes
if ($PSBoundParameters.ContainsKey('Confirm') -and -not $PSBoundParameters['Confirm']) {
    $script:AssumeYes = $true
}
$script:DeleteMode = $DefaultDelete
$script:BackupDir = ''
$script:LogFile = ''
$script:Failures = 0
$script:Summary = @()
$script:RunStamp = Get-Date -Format 'yyyyMMdd-HHmmss'
"##;

fn write_tables(s: &mut String, dirs: &[CacheFolder]) {
    s.push_str(
        "\nfunction Initialize-Tables {\n\
         \x20   # The known Teams cache folders (and nothing else), built from the $env: profile folders.\n\
         \x20   # Only these may be moved or deleted: see Assert-CachePath.\n\
         \x20   $script:CacheFolders = @(\n",
    );
    for d in dirs {
        let root = match d.root {
            Root::AppData => "$env:APPDATA",
            Root::LocalAppData => "$env:LOCALAPPDATA",
            Root::Home => unreachable!("Windows folders hang off APPDATA or LOCALAPPDATA"),
        };
        // Classic Teams: the facts say "the contents of" %APPDATA%\Microsoft\Teams, so an
        // empty folder is left behind.
        let keep_empty = if d.edition == teams::Edition::Classic {
            "$true"
        } else {
            "$false"
        };
        let _ = writeln!(
            s,
            "        [pscustomobject]@{{ Key = {}; Path = [System.IO.Path]::Combine({root}, {}); Backgrounds = {}; KeepEmpty = {keep_empty} }}",
            quote(d.key),
            quote(&d.rel.replace('/', "\\")),
            quote(&d.backgrounds.replace('/', "\\")),
        );
    }
    s.push_str("    )\n}\n");
}

const COMMON: &str = r##"
function Write-Log {
    # Prints a line and, once the backup folder exists, appends it to the log file in it.
    param([string]$Message)
    Write-Host $Message
    if ($script:LogFile) {
        Add-Content -LiteralPath $script:LogFile -Value $Message -Encoding UTF8 -WhatIf:$false -Confirm:$false
    }
}

function Write-Fail {
    param([string]$Message)
    Write-Log ('ERROR: ' + $Message)
    $script:Failures = $script:Failures + 1
}

function Add-Summary {
    param([string]$Line)
    $script:Summary += $Line
}

function Show-Help {
    $self = $PSCommandPath
    if ($self) {
        Get-Help -Name $self -Detailed | Out-String | Write-Host
    } else {
        Write-Host 'Run Get-Help on this script file for help.'
    }
    Write-Host ('This copy was prepared for: ' + $Organization)
    if ($Helpdesk) {
        Write-Host ('Help desk: ' + $Helpdesk)
    }
}

function Test-CanAsk {
    # Whether someone can answer a question: an interactive session with a real console input.
    if (-not [Environment]::UserInteractive) {
        return $false
    }
    try {
        if ([Console]::IsInputRedirected) {
            return $false
        }
    } catch {
        return $false
    }
    foreach ($arg in [Environment]::GetCommandLineArgs()) {
        if ($arg -match '^-noni') {
            return $false
        }
    }
    return $true
}

function Confirm-Run {
    # Returns $true only on an explicit yes. With nobody to ask it refuses instead of hanging.
    param([string]$Question)
    if ($script:AssumeYes) {
        return $true
    }
    if (-not (Test-CanAsk)) {
        Write-Log 'There is nobody to ask for confirmation (this PowerShell is not interactive), so nothing was changed.'
        Write-Log 'Run it again with -Yes to confirm in advance, or with -WhatIf to only see what it would do.'
        exit 3
    }
    $answer = Read-Host ($Question + ' [y/N]')
    return ($answer -match '^(y|yes)$')
}

function Test-Environment {
    foreach ($name in @('USERPROFILE', 'APPDATA', 'LOCALAPPDATA')) {
        $value = [Environment]::GetEnvironmentVariable($name)
        if (-not $value -or -not [System.IO.Path]::IsPathRooted($value)) {
            Write-Log ('ERROR: the environment variable {0} is not set, so your Teams folders cannot be found.' -f $name)
            exit 1
        }
    }
    if ([System.Security.Principal.WindowsIdentity]::GetCurrent().IsSystem) {
        Write-Log 'Please run this as yourself, not as SYSTEM (for example from Intune or SCCM): Teams and its cache belong to your user profile.'
        exit 2
    }
}

function Write-Intro {
    Write-Log 'Fix for Microsoft Teams sign-in error CAA20002 (Windows)'
    if ($Organization) {
        Write-Log ('Prepared for: ' + $Organization)
    }
    if ($Helpdesk) {
        Write-Log ('Help desk: ' + $Helpdesk)
    }
    Write-Log ('Generated: ' + $GeneratedAt + ' by ' + $PageUrl)
    if ($script:DryRun) {
        Write-Log 'DRY RUN (-WhatIf): nothing will be changed; every action is only printed.'
    }
}

function New-WorkFolder {
    # One timestamped folder for the backup and the log, inside the user's own profile (its
    # permissions are inherited from there). A second run in the same second gets a -2 suffix.
    $base = [System.IO.Path]::Combine($env:USERPROFILE, 'TeamsCacheBackup-' + $script:RunStamp)
    $dir = $base
    $n = 1
    while (Test-Path -LiteralPath $dir) {
        $n = $n + 1
        $dir = $base + '-' + $n
    }
    try {
        [void][System.IO.Directory]::CreateDirectory($dir)
    } catch {
        Write-Fail ('could not create the folder {0}: {1}' -f $dir, $_.Exception.Message)
        return $false
    }
    $script:BackupDir = $dir
    $script:LogFile = [System.IO.Path]::Combine($dir, 'fix-teams-signin.log')
    Write-Log ('Log file: ' + $script:LogFile)
    Write-Log ('Run started {0} (organization: {1}; generated {2} by {3})' -f $script:RunStamp, $Organization, $GeneratedAt, $PageUrl)
    return $true
}
"##;

const GUARD: &str = r##"
function Assert-CachePath {
    # The single allow-list check in front of every move and delete. Throws unless $Path is one
    # of the known Teams cache folders in $script:CacheFolders, or a path inside one, and:
    #  - it has no . or .. segments (no way to climb out of the folder by spelling);
    #  - it is never the whole MSTeams_8wekyb3d8bbwe package folder nor OneAuth;
    #  - it lies below the user's profile folders ($env:APPDATA, $env:LOCALAPPDATA, $env:USERPROFILE);
    #  - no junction or symbolic link sits between the profile folder and the path (the path
    #    itself may be one: moving or deleting a link never touches its target).
    param([Parameter(Mandatory = $true)][string]$Path)
    if ($Path -match '(^|[\\/])\.{1,2}([\\/]|$)') {
        throw ('refusing to touch {0}: the path contains . or .. segments' -f $Path)
    }
    if ($Path -match 'OneAuth') {
        throw ('refusing to touch {0}: OneAuth is shared by all Microsoft apps' -f $Path)
    }
    $full = [System.IO.Path]::GetFullPath($Path).TrimEnd('\')
    if ($full -match '\\MSTeams_8wekyb3d8bbwe$') {
        throw ('refusing to touch {0}: removing the whole Teams package folder breaks Teams' -f $full)
    }
    $root = ''
    foreach ($folder in $script:CacheFolders) {
        $known = [System.IO.Path]::GetFullPath($folder.Path).TrimEnd('\')
        if ($full.Equals($known, [System.StringComparison]::OrdinalIgnoreCase) -or $full.StartsWith($known + '\', [System.StringComparison]::OrdinalIgnoreCase)) {
            $root = $known
        }
    }
    if (-not $root) {
        throw ('refusing to touch {0}: it is not one of the known Teams cache folders' -f $full)
    }
    $base = ''
    foreach ($candidate in @($env:APPDATA, $env:LOCALAPPDATA, $env:USERPROFILE)) {
        $b = [System.IO.Path]::GetFullPath($candidate).TrimEnd('\')
        if (-not $base -and $root.StartsWith($b + '\', [System.StringComparison]::OrdinalIgnoreCase)) {
            $base = $b
        }
    }
    if (-not $base) {
        throw ('refusing to touch {0}: it is not inside your user profile' -f $full)
    }
    $parent = [System.IO.Path]::GetDirectoryName($full)
    while ($parent -and $parent.Length -gt $base.Length) {
        if ([System.IO.Directory]::Exists($parent)) {
            $attributes = [System.IO.File]::GetAttributes($parent)
            if ($attributes -band [System.IO.FileAttributes]::ReparsePoint) {
                throw ('refusing to touch {0}: {1} is a link (junction) that could lead anywhere' -f $full, $parent)
            }
        }
        $parent = [System.IO.Path]::GetDirectoryName($parent)
    }
}
"##;

const PROCESSES: &str = r##"
function Get-TeamsProcessId {
    # This user's Teams processes only (owner = current user). msedgewebview2 is shared with
    # other apps: only the ones whose command line names new Teams. Classic Update/Squirrel
    # only when they run from the classic Teams folder.
    $me = [System.Security.Principal.WindowsIdentity]::GetCurrent().Name
    $classicDir = [System.IO.Path]::Combine($env:LOCALAPPDATA, 'Microsoft\Teams') + '\'
    $ids = @()
    foreach ($p in @(Get-CimInstance -ClassName Win32_Process -Filter $ProcessFilter -ErrorAction SilentlyContinue)) {
        $name = ([string]$p.Name).ToLowerInvariant()
        $take = $false
        if ($name -eq 'msedgewebview2.exe') {
            $take = ([string]$p.CommandLine) -match 'MSTeams_8wekyb3d8bbwe|ms-teams'
        } elseif ($name -eq 'update.exe' -or $name -eq 'squirrel.exe') {
            $take = ([string]$p.ExecutablePath).StartsWith($classicDir, [System.StringComparison]::OrdinalIgnoreCase)
        } else {
            $take = $true
        }
        if (-not $take) {
            continue
        }
        $owner = Invoke-CimMethod -InputObject $p -MethodName GetOwner -ErrorAction SilentlyContinue
        if ($owner -and $owner.ReturnValue -eq 0 -and ('{0}\{1}' -f $owner.Domain, $owner.User) -eq $me) {
            $ids += [int]$p.ProcessId
        }
    }
    return $ids
}

function Stop-Teams {
    # Asks each Teams window to close, waits up to $GraceSeconds, then forces what is left.
    $ids = @(Get-TeamsProcessId)
    if ($ids.Count -eq 0) {
        Write-Log 'Teams is not running.'
        return $true
    }
    if ($script:DryRun) {
        Write-Log ('[dry run] would ask Teams to close (process ids: {0}) and force it after {1} seconds' -f ($ids -join ' '), $GraceSeconds)
        return $true
    }
    Write-Log ('Asking Teams to close (process ids: {0})...' -f ($ids -join ' '))
    foreach ($id in $ids) {
        $proc = Get-Process -Id $id -ErrorAction SilentlyContinue
        if ($proc) {
            [void]$proc.CloseMainWindow()
        }
    }
    $waited = 0
    while ($waited -lt $GraceSeconds) {
        if (@(Get-TeamsProcessId).Count -eq 0) {
            break
        }
        Start-Sleep -Seconds 1
        $waited = $waited + 1
    }
    $left = @(Get-TeamsProcessId)
    if ($left.Count -gt 0) {
        Write-Log ('Teams did not close within {0} seconds: forcing it to stop (process ids: {1})' -f $GraceSeconds, ($left -join ' '))
        foreach ($id in $left) {
            Stop-Process -Id $id -Force -ErrorAction SilentlyContinue -WhatIf:$false -Confirm:$false
        }
        Start-Sleep -Seconds 1
        $left = @(Get-TeamsProcessId)
    }
    if ($left.Count -gt 0) {
        Write-Fail ('Teams is still running (process ids: {0}). Close it yourself and run this again.' -f ($left -join ' '))
        return $false
    }
    Write-Log 'Teams is closed.'
    return $true
}
"##;

const RESTORE: &str = r##"
function Restore-Backup {
    # Undo: moves each cache folder found in the backup folder back where it came from. A
    # folder Teams created since then is moved aside into the backup folder, not deleted.
    param([string]$Dir)
    # Relative to the PowerShell location, like any path the user types.
    $full = $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath($Dir)
    if (-not (Test-Path -LiteralPath $full -PathType Container)) {
        Write-Log ('ERROR: the backup folder {0} does not exist.' -f $full)
        return 2
    }
    $items = @($script:CacheFolders | Where-Object { Test-Path -LiteralPath ([System.IO.Path]::Combine($full, $_.Key)) })
    if ($items.Count -eq 0) {
        Write-Log ('Nothing to restore in {0}: it holds no Teams cache folder (already restored?).' -f $full)
        return 0
    }
    Write-Log ('Restoring the Teams cache from: ' + $full)
    if ($script:DryRun) {
        Write-Log 'DRY RUN (-WhatIf): nothing will be changed; every action is only printed.'
    } else {
        if (-not (Confirm-Run 'Put the Teams cache back from this backup (Teams is closed first)?')) {
            Write-Log 'Cancelled: nothing was changed.'
            return 3
        }
        $script:LogFile = [System.IO.Path]::Combine($full, 'fix-teams-signin.log')
        Write-Log ('Restore started ' + $script:RunStamp)
    }
    if (-not (Stop-Teams)) {
        return 1
    }
    foreach ($folder in $items) {
        $src = [System.IO.Path]::Combine($full, $folder.Key)
        $path = $folder.Path
        if ($script:DryRun) {
            Write-Log ('[dry run] would put back: ' + $path)
            continue
        }
        try {
            if (Test-Path -LiteralPath $path) {
                # A fresh name: Move-Item into an existing folder would nest instead of rename.
                $aside = [System.IO.Path]::Combine($full, $folder.Key + '.before-restore-' + $script:RunStamp)
                $n = 1
                while (Test-Path -LiteralPath $aside) {
                    $n = $n + 1
                    $aside = [System.IO.Path]::Combine($full, $folder.Key + '.before-restore-' + $script:RunStamp + '-' + $n)
                }
                Write-Log ('Moving what is there now aside (it stays in the backup folder): ' + $aside)
                Assert-CachePath -Path $path
                Move-Item -LiteralPath $path -Destination $aside -Force -ErrorAction Stop -WhatIf:$false -Confirm:$false
            }
            [void][System.IO.Directory]::CreateDirectory([System.IO.Path]::GetDirectoryName($path))
            Assert-CachePath -Path $path
            Move-Item -LiteralPath $src -Destination $path -ErrorAction Stop -WhatIf:$false -Confirm:$false
            Write-Log ('Put back: ' + $path)
        } catch {
            Write-Fail ('could not put back {0} (it is still in {1}): {2}' -f $path, $full, $_.Exception.Message)
        }
    }
    if ($script:Failures -gt 0) {
        return 1
    }
    if (-not $script:DryRun) {
        Write-Log 'Done: the Teams cache is back as it was. Start Teams again.'
    }
    return 0
}
"##;

const CLEAR: &str = r##"
function Remove-CacheTree {
    # Deletes a folder without ever following a link out of it: a junction or symbolic link is
    # removed as a link (its target is never touched) and real folders are emptied first.
    # Remove-Item -Recurse is not used: Windows PowerShell 5.1 can follow junctions with it.
    param([Parameter(Mandatory = $true)][string]$Path)
    $item = Get-Item -LiteralPath $Path -Force -ErrorAction Stop
    if ($item.Attributes -band [System.IO.FileAttributes]::ReparsePoint) {
        Assert-CachePath -Path $Path
        $item.Delete()
        return
    }
    if ($item.PSIsContainer) {
        foreach ($child in @(Get-ChildItem -LiteralPath $Path -Force -ErrorAction Stop)) {
            Remove-CacheTree -Path $child.FullName
        }
    }
    Assert-CachePath -Path $Path
    Remove-Item -LiteralPath $Path -Force -ErrorAction Stop -WhatIf:$false -Confirm:$false
}

function Restore-Backgrounds {
    # Copies the saved custom meeting backgrounds back to where Teams looks for them.
    param([string]$From, [string]$To)
    try {
        Assert-CachePath -Path $To
        [void][System.IO.Directory]::CreateDirectory([System.IO.Path]::GetDirectoryName($To))
        Copy-Item -LiteralPath $From -Destination $To -Recurse -Force -ErrorAction Stop -WhatIf:$false -Confirm:$false
        Write-Log ('Put your custom meeting backgrounds back: ' + $To)
    } catch {
        Write-Fail ('could not put your custom meeting backgrounds back into {0}; they are safe in {1}' -f $To, $From)
    }
}

function Clear-CacheFolder {
    # Moves (or deletes) one cache folder. A move renames the folder itself, so links inside it
    # move as links and their targets are never touched.
    param($Folder)
    $path = $Folder.Path
    $bg = ''
    if ($Folder.Backgrounds) {
        $bg = [System.IO.Path]::Combine($path, $Folder.Backgrounds)
    }
    try {
        Assert-CachePath -Path $path
        if ($script:DeleteMode) {
            if ($script:DryRun) {
                if ($bg -and (Test-Path -LiteralPath $bg)) {
                    Write-Log ('[dry run] would save your custom meeting backgrounds: ' + $bg)
                }
                Write-Log ('[dry run] would delete: ' + $path)
                return
            }
            $keep = ''
            if ($bg -and (Test-Path -LiteralPath $bg)) {
                $keep = [System.IO.Path]::Combine($script:BackupDir, 'backgrounds\' + $Folder.Key)
                [void][System.IO.Directory]::CreateDirectory([System.IO.Path]::GetDirectoryName($keep))
                Copy-Item -LiteralPath $bg -Destination $keep -Recurse -Force -ErrorAction Stop -WhatIf:$false -Confirm:$false
            }
            Write-Log ('Deleting: ' + $path)
            Remove-CacheTree -Path $path
            Add-Summary ('deleted ' + $path)
            if ($Folder.KeepEmpty) {
                [void][System.IO.Directory]::CreateDirectory($path)
            }
            if ($keep) {
                Restore-Backgrounds -From $keep -To $bg
            }
            return
        }
        if ($script:DryRun) {
            $planned = [System.IO.Path]::Combine($env:USERPROFILE, 'TeamsCacheBackup-' + $script:RunStamp)
            Write-Log ('[dry run] would move: ' + $path)
            Write-Log ('          into: ' + [System.IO.Path]::Combine($planned, $Folder.Key))
            if ($bg -and (Test-Path -LiteralPath $bg)) {
                Write-Log ('[dry run] would put your custom meeting backgrounds back: ' + $bg)
            }
            return
        }
        $dest = [System.IO.Path]::Combine($script:BackupDir, $Folder.Key)
        Write-Log ('Moving: ' + $path)
        Write-Log ('  into: ' + $dest)
        Assert-CachePath -Path $path
        Move-Item -LiteralPath $path -Destination $dest -ErrorAction Stop -WhatIf:$false -Confirm:$false
        Add-Summary ('moved ' + $path + ' into the backup folder')
        if ($Folder.KeepEmpty) {
            [void][System.IO.Directory]::CreateDirectory($path)
        }
        if ($bg) {
            $saved = [System.IO.Path]::Combine($dest, $Folder.Backgrounds)
            if (Test-Path -LiteralPath $saved) {
                Restore-Backgrounds -From $saved -To $bg
            }
        }
    } catch {
        Write-Fail ('could not clear {0} (is Teams still running?): {1}' -f $path, $_.Exception.Message)
    }
}

function Clear-TeamsCache {
    param($Found)
    Write-Log ''
    Write-Log '== Clear the Teams cache =='
    $before = $script:Failures
    foreach ($folder in $Found) {
        Clear-CacheFolder -Folder $folder
    }
    if ($script:Failures -eq $before -and -not $script:DryRun) {
        Add-Summary 'Teams cache cleared'
    }
}
"##;

const RETEST: &str = r##"
function Get-ErrorStatusCode {
    # The HTTP status inside a failed Invoke-WebRequest (5.1: WebException, 7: HttpResponseException).
    param($ErrorRecord)
    try {
        $response = $ErrorRecord.Exception.Response
        if ($response) {
            return [int]$response.StatusCode
        }
    } catch {
        return 0
    }
    return 0
}

function Test-Endpoints {
    Write-Log '  Can this computer reach the Microsoft sign-in addresses?'
    foreach ($endpoint in $Endpoints) {
        try {
            $response = Invoke-WebRequest -Uri $endpoint.Url -UseBasicParsing -TimeoutSec 10 -ErrorAction Stop
            Write-Log ('    OK       {0} ({1}): answered HTTP {2}' -f $endpoint.Label, $endpoint.Url, [int]$response.StatusCode)
        } catch {
            $code = Get-ErrorStatusCode $_
            if ($code -gt 0) {
                Write-Log ('    OK       {0} ({1}): answered HTTP {2}' -f $endpoint.Label, $endpoint.Url, $code)
            } else {
                Write-Log ('    PROBLEM  {0} ({1}): no answer ({2})' -f $endpoint.Label, $endpoint.Url, $_.Exception.Message)
            }
        }
    }
}

function Test-Proxy {
    Write-Log '  Proxy for system services (netsh winhttp show proxy):'
    try {
        foreach ($line in @(& netsh.exe winhttp show proxy)) {
            if ("$line".Trim()) {
                Write-Log ('    ' + "$line".Trim())
            }
        }
    } catch {
        Write-Log '    (could not run netsh)'
    }
    Write-Log '  Proxy for apps (Internet Options):'
    $settings = Get-ItemProperty -LiteralPath 'HKCU:\Software\Microsoft\Windows\CurrentVersion\Internet Settings' -ErrorAction SilentlyContinue
    if ($settings) {
        Write-Log ('    ProxyEnable: {0}' -f $settings.ProxyEnable)
        Write-Log ('    ProxyServer: {0}' -f $settings.ProxyServer)
        Write-Log ('    AutoConfigURL: {0}' -f $settings.AutoConfigURL)
    }
}

function Test-Vpn {
    try {
        $adapters = @(Get-NetAdapter -ErrorAction Stop | Where-Object { $_.Status -eq 'Up' -and $_.InterfaceDescription -match 'VPN|TAP-|WireGuard|Wintun|AnyConnect|GlobalProtect|PANGP|Fortinet|Juniper|Pulse|Zscaler|OpenVPN|NordLynx' })
        if ($adapters.Count -gt 0) {
            Write-Log '  VPN: these VPN adapters are connected (try signing in without them):'
            foreach ($adapter in $adapters) {
                Write-Log ('    {0} ({1})' -f $adapter.Name, $adapter.InterfaceDescription)
            }
        } else {
            Write-Log '  VPN: no VPN adapter is connected.'
        }
    } catch {
        Write-Log '  VPN: could not list the network adapters.'
    }
    try {
        foreach ($vpn in @(Get-VpnConnection -ErrorAction Stop | Where-Object { $_.ConnectionStatus -eq 'Connected' })) {
            Write-Log ('  VPN connection from Windows settings is connected: ' + $vpn.Name)
        }
    } catch {
        Write-Log '  VPN: could not list the Windows VPN connections.'
    }
}

function Test-Clock {
    try {
        $response = Invoke-WebRequest -Uri $ClockUrl -UseBasicParsing -TimeoutSec 10 -ErrorAction Stop
        $header = @($response.Headers['Date'])[0]
        $server = [DateTime]::ParseExact([string]$header, 'r', [System.Globalization.CultureInfo]::InvariantCulture)
        $skew = [int]([DateTime]::UtcNow - $server).TotalSeconds
        if ([Math]::Abs($skew) -gt 300) {
            Write-Log ('  Clock: PROBLEM: this computer''s clock is {0} seconds off (more than 5 minutes breaks sign-in).' -f $skew)
        } else {
            Write-Log ('  Clock: OK (within {0} seconds of {1})' -f [Math]::Abs($skew), $ClockUrl)
        }
    } catch {
        Write-Log ('  Clock: could not read the time from ' + $ClockUrl)
    }
}

function Invoke-Retest {
    Write-Log ''
    Write-Log '== Re-test from this computer (report only, changes nothing) =='
    # Windows PowerShell 5.1 may default to TLS 1.0 for its own requests; this only affects
    # this PowerShell process, so the test sees what Teams (which uses the OS settings) sees.
    try {
        [Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls12
    } catch {
        Write-Log '  (could not switch this PowerShell to TLS 1.2)'
    }
    Test-Endpoints
    Test-Proxy
    Test-Vpn
    Test-Clock
    Add-Summary 're-test done (see the report above)'
}
"##;

const TLS: &str = r##"
function Get-RegistryValue {
    param([string]$Key, [string]$Name)
    $item = Get-ItemProperty -LiteralPath $Key -Name $Name -ErrorAction SilentlyContinue
    if ($item) {
        return $item.$Name
    }
    return $null
}

function Invoke-TlsCheck {
    # Internet Options' "Use TLS 1.2" / "Use TLS 1.3" are bits 0x800 / 0x2000 of SecureProtocols.
    Write-Log ''
    Write-Log '== TLS 1.2 / 1.3 =='
    $userKey = 'HKCU:\Software\Microsoft\Windows\CurrentVersion\Internet Settings'
    $policyKey = 'HKLM:\SOFTWARE\Policies\Microsoft\Windows\CurrentVersion\Internet Settings'
    $schannelKey = 'HKLM:\SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL\Protocols\TLS 1.2\Client'
    $user = Get-RegistryValue -Key $userKey -Name 'SecureProtocols'
    $policy = Get-RegistryValue -Key $policyKey -Name 'SecureProtocols'
    foreach ($entry in @(@('your setting', $user), @('company policy', $policy))) {
        if ($null -eq $entry[1]) {
            Write-Log ('  Internet Options, {0}: not set (the Windows default includes TLS 1.2)' -f $entry[0])
        } else {
            $v = [int]$entry[1]
            Write-Log ('  Internet Options, {0}: SecureProtocols=0x{1:X} (TLS 1.2 {2}, TLS 1.3 {3})' -f $entry[0], $v, $(if ($v -band 0x800) { 'on' } else { 'OFF' }), $(if ($v -band 0x2000) { 'on' } else { 'off' }))
        }
    }
    $enabled = Get-RegistryValue -Key $schannelKey -Name 'Enabled'
    $disabledByDefault = Get-RegistryValue -Key $schannelKey -Name 'DisabledByDefault'
    if ($null -eq $enabled -and $null -eq $disabledByDefault) {
        Write-Log '  Windows (SCHANNEL) TLS 1.2 client: not configured (on by default since Windows 8)'
    } else {
        Write-Log ('  Windows (SCHANNEL) TLS 1.2 client: Enabled={0} DisabledByDefault={1}' -f $enabled, $disabledByDefault)
        if ($enabled -eq 0 -or $disabledByDefault -eq 1) {
            Write-Log '  PROBLEM: TLS 1.2 is switched off for the whole computer: only IT (an administrator) can change that.'
        }
    }
    if ($null -ne $policy) {
        Write-Log '  Your organization sets these by policy, so your own setting is ignored: ask IT if TLS 1.2 is off.'
        Add-Summary 'TLS checked (set by policy)'
        return
    }
    if ($null -eq $user -or (([int]$user -band 0x2800) -eq 0x2800)) {
        Add-Summary 'TLS checked (nothing to change)'
        return
    }
    $old = [int]$user
    $new = $old -bor 0x2800
    Write-Log ('  Old value, for the record: SecureProtocols=0x{0:X}' -f $old)
    if ($script:DryRun) {
        Write-Log ('[dry run] would offer to set SecureProtocols to 0x{0:X} (TLS 1.2 and TLS 1.3 on)' -f $new)
        return
    }
    if ($script:AssumeYes -or $PSCmdlet.ShouldProcess('HKCU Internet Settings SecureProtocols', ('Set to 0x{0:X} (was 0x{1:X}) to switch on TLS 1.2 and TLS 1.3' -f $new, $old))) {
        try {
            Set-ItemProperty -LiteralPath $userKey -Name 'SecureProtocols' -Value $new -Type DWord -ErrorAction Stop -WhatIf:$false -Confirm:$false
            Write-Log ('  Set SecureProtocols to 0x{0:X} (was 0x{1:X}).' -f $new, $old)
            Add-Summary ('TLS 1.2/1.3 switched on (SecureProtocols was 0x{0:X})' -f $old)
        } catch {
            Write-Fail ('could not change SecureProtocols: ' + $_.Exception.Message)
        }
    } else {
        Write-Log '  Left unchanged.'
        Add-Summary 'TLS checked (left unchanged)'
    }
}
"##;

const TIME: &str = r##"
function Sync-Clock {
    Write-Log ''
    Write-Log '== Set the clock =='
    $identity = [System.Security.Principal.WindowsIdentity]::GetCurrent()
    $principal = New-Object -TypeName System.Security.Principal.WindowsPrincipal -ArgumentList $identity
    if ($principal.IsInRole([System.Security.Principal.WindowsBuiltInRole]::Administrator)) {
        if ($script:DryRun) {
            Write-Log '[dry run] would run: w32tm /resync'
            return
        }
        $output = & w32tm.exe /resync 2>&1
        if ($LASTEXITCODE -eq 0) {
            Write-Log '  Clock synchronized (w32tm /resync).'
            Add-Summary 'clock synchronized'
        } else {
            Write-Fail ('w32tm /resync failed: {0}. Use Settings > Time & language > Date & time > Sync now.' -f ($output -join ' '))
        }
        return
    }
    if ($script:DryRun) {
        Write-Log '[dry run] would open Settings > Time & language > Date & time'
        return
    }
    Write-Log '  Syncing the clock needs an administrator: opening Settings > Time & language > Date & time.'
    Write-Log '  Switch on "Set time automatically" and "Set time zone automatically", then click "Sync now".'
    try {
        Start-Process -FilePath 'ms-settings:dateandtime'
        Add-Summary 'opened the Date & time settings'
    } catch {
        Write-Fail 'could not open the Date & time settings'
    }
}
"##;

fn write_restart(s: &mut String, client: Client) {
    s.push_str(
        r##"
function Start-TeamsAgain {
    Write-Log ''
    Write-Log '== Start Teams again =='
    $newPackage = [System.IO.Path]::Combine($env:LOCALAPPDATA, 'Packages\MSTeams_8wekyb3d8bbwe')
    $classicUpdate = [System.IO.Path]::Combine($env:LOCALAPPDATA, 'Microsoft\Teams\Update.exe')
    if ($script:DryRun) {
        Write-Log '[dry run] would start Teams'
        return
    }
    try {
"##,
    );
    let mut branches = Vec::new();
    if client.includes_new() {
        branches.push(
            "(Test-Path -LiteralPath $newPackage) {\n\
             \x20           Start-Process -FilePath 'explorer.exe' -ArgumentList 'shell:AppsFolder\\MSTeams_8wekyb3d8bbwe!MSTeams'\n",
        );
    }
    if client.includes_classic() {
        branches.push(
            "(Test-Path -LiteralPath $classicUpdate) {\n\
             \x20           Start-Process -FilePath $classicUpdate -ArgumentList '--processStart \"Teams.exe\"'\n",
        );
    }
    for (i, b) in branches.iter().enumerate() {
        s.push_str(if i == 0 {
            "        if "
        } else {
            "        } elseif "
        });
        s.push_str(b);
    }
    s.push_str(
        r##"        } else {
            Write-Log 'Could not find Teams to start: open it from the Start menu.'
            Add-Summary 'Teams not started (open it yourself)'
            return
        }
        Write-Log 'Teams is starting. Sign in again.'
        Add-Summary 'Teams started'
    } catch {
        Write-Log ('Could not start Teams ({0}): open it from the Start menu.' -f $_.Exception.Message)
        Add-Summary 'Teams not started (open it yourself)'
    }
}
"##,
    );
}

fn write_main(s: &mut String, steps: &ScriptOptions) {
    let changes = changes_something(crate::platform::Os::Windows, steps);
    s.push_str(
        r##"
function Complete-Run {
    Write-Log ''
    Write-Log '== Summary =='
    foreach ($line in $script:Summary) {
        Write-Log ('  - ' + $line)
    }
    if ($script:DryRun) {
        Write-Log 'Dry run finished: nothing was changed.'
    }
    if ($script:BackupDir) {
        Write-Log ('Backup and log folder: ' + $script:BackupDir)
        if (-not $script:DeleteMode) {
            $self = $PSCommandPath
            if (-not $self) {
                $self = [System.IO.Path]::Combine($env:USERPROFILE, 'Downloads\' + $ScriptName)
            }
            Write-Log ('To undo: powershell -NoProfile -ExecutionPolicy Bypass -File "{0}" -Restore "{1}"' -f $self, $script:BackupDir)
        }
    }
    if ($script:Failures -gt 0) {
        Write-Log ('{0} problem(s): see the ERROR lines above.' -f $script:Failures)
        if ($Helpdesk) {
            Write-Log ('If you need help, contact: ' + $Helpdesk)
        }
        exit 1
    }
    Write-Log 'Done.'
    exit 0
}

if ($Help) {
    Show-Help
    exit 0
}
if ($Delete -and $Backup) {
    Write-Host 'Error: -Delete and -Backup cannot be used together. See -Help.'
    exit 2
}
if ($Delete) {
    $script:DeleteMode = $true
}
if ($Backup) {
    $script:DeleteMode = $false
}
Test-Environment
Initialize-Tables
if ($Restore) {
    $code = Restore-Backup -Dir $Restore
    exit $code
}
Write-Intro
$found = @($script:CacheFolders | Where-Object { Test-Path -LiteralPath $_.Path })
if ($found.Count -eq 0) {
    Write-Log ('Teams is not installed for you on this computer: no Teams cache folder was found in your profile ({0}).' -f $env:USERPROFILE)
    Write-Log '(Or the cache is already empty, for example after an earlier run.) Nothing to do.'
    exit 0
}
Write-Log ''
Write-Log 'Teams folders found:'
foreach ($folder in $found) {
    Write-Log ('  ' + $folder.Path)
}
Write-Log ''
Write-Log 'This will:'
"##,
    );
    for line in step_lines(steps) {
        if line == CLEAR_MOVE || line == CLEAR_DELETE {
            // -Delete / -Backup may override the page's choice: say what will really happen.
            let _ =
                write!(
                s,
                "if ($script:DeleteMode) {{\n    Write-Log {}\n}} else {{\n    Write-Log {}\n}}\n",
                quote(&format!("  - {CLEAR_DELETE} This cannot be undone (-Backup keeps a copy).")),
                quote(&format!("  - {CLEAR_MOVE}"))
            );
        } else {
            let _ = writeln!(s, "Write-Log {}", quote(&format!("  - {line}")));
        }
    }
    if changes {
        s.push_str(
            r##"if (-not $script:DryRun) {
    if (-not (Confirm-Run 'Go ahead?')) {
        Write-Log 'Cancelled: nothing was changed.'
        exit 3
    }
    if (-not (New-WorkFolder)) {
        exit 1
    }
}
"##,
        );
    }
    if steps.stop_teams {
        s.push_str("Write-Log ''\nWrite-Log '== Close Teams =='\nif (Stop-Teams) {\n    Add-Summary 'Teams is closed'\n");
        if steps.clear_cache {
            s.push_str(
                "    Clear-TeamsCache -Found $found\n\
                 } else {\n\
                 \x20   Write-Log 'Teams is still running, so its cache was not touched.'\n",
            );
        }
        s.push_str("}\n");
    } else if steps.clear_cache {
        // Stopping was not selected: never clear under a running Teams, ask the user instead.
        s.push_str(
            r##"$running = @(Get-TeamsProcessId)
if ($running.Count -gt 0) {
    Write-Fail ('Teams is running (process ids: {0}), so its cache was not touched. Close Teams and run this again.' -f ($running -join ' '))
} else {
    Clear-TeamsCache -Found $found
}
"##,
        );
    }
    if steps.retest {
        s.push_str("Invoke-Retest\n");
    }
    if steps.tls {
        s.push_str("Invoke-TlsCheck\n");
    }
    if steps.time_resync {
        s.push_str("Sync-Clock\n");
    }
    if steps.restart {
        s.push_str("Start-TeamsAgain\n");
    }
    s.push_str("Complete-Run\n");
}

#[cfg(test)]
mod tests {
    use super::quote;
    use rstest::rstest;

    #[rstest]
    #[case("", "''")]
    #[case("Contoso", "'Contoso'")]
    #[case("it's", "'it''s'")]
    #[case(
        "\u{2018}a\u{2019}b\u{201A}c\u{201B}",
        "'\u{2018}\u{2018}a\u{2019}\u{2019}b\u{201A}\u{201A}c\u{201B}\u{201B}'"
    )]
    #[case("$(Remove-Item ~) `n ${x} \"dq\"", "'$(Remove-Item ~) `n ${x} \"dq\"'")]
    #[case("'@ \"@ #> <#", "'''@ \"@ #> <#'")]
    #[case("a\0b\r\nc", "'a\u{FFFD}b\u{FFFD}\u{FFFD}c'")]
    #[case("rtl\u{202E}x", "'rtl\u{FFFD}x'")]
    fn quoting(#[case] input: &str, #[case] expected: &str) {
        assert_eq!(quote(input), expected);
    }
}
