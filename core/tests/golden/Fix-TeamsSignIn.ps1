<#
.SYNOPSIS
    Fixes Microsoft Teams sign-in error CAA20002 for the current Windows user.

.DESCRIPTION
    What it does, in this order (each action is printed first, and logged):
      1. Closes Teams: only your own Teams processes, forced after a grace period.
      2. Moves the Teams cache folders into one backup folder in AppData\Local\TeamsSignInFix (backgrounds are kept).
      3. Re-tests the sign-in addresses, proxy, VPN and clock (report only).
      4. Checks TLS 1.2/1.3 in Internet Options and offers to switch them on (asks first).
      5. Starts Teams again.

    It was made by version $PageVersion of the Teams sign-in self-check page for the
    organization in $Organization (help desk: $Helpdesk). Those variables are set right
    below the parameters; they are plain text that is only ever printed, never run. The
    same page version, settings and choices always give the same file, byte for byte.

    Needs no administrator rights. Run it as yourself, not as SYSTEM and not as another
    account: the cache belongs to your user profile.
    It shows what it will do and asks before changing anything.

    Backups go to %LOCALAPPDATA%\TeamsSignInFix\TeamsCacheBackup-YYYYMMDD-HHMMSS (your local,
    not roaming, profile); after a successful run only the newest 3 are kept.
    Undo: run it again with -Restore and the backup folder it printed, for example
      powershell -NoProfile -ExecutionPolicy Bypass -File "$env:USERPROFILE\Downloads\Fix-TeamsSignIn.ps1" -Restore "$env:LOCALAPPDATA\TeamsSignInFix\TeamsCacheBackup-YYYYMMDD-HHMMSS"

.PARAMETER Delete
    Delete the cache folders instead of moving them into a backup folder (cannot be
    undone). Custom meeting backgrounds are kept either way.

.PARAMETER Backup
    Move the cache folders into a backup folder (undo with -Restore). This is the default.

.PARAMETER Restore
    Undo: put the cache folders back from this backup folder.

.PARAMETER Yes
    Do not ask for confirmation. (-Confirm:$false means the same, but Windows PowerShell 5.1
    cannot pass it with -File; use -Yes.)

.PARAMETER Help
    Show this help.

.EXAMPLE
    powershell -NoProfile -ExecutionPolicy Bypass -File "$env:USERPROFILE\Downloads\Fix-TeamsSignIn.ps1" -WhatIf
    Dry run: prints every action and changes nothing.

.EXAMPLE
    powershell -NoProfile -ExecutionPolicy Bypass -File "$env:USERPROFILE\Downloads\Fix-TeamsSignIn.ps1" -Yes
    Runs without asking (needed when nobody can answer the question).

.NOTES
    Exit codes:
      0   done, and the re-test (if selected) found no problem; or nothing to do
      1   a step failed (see the ERROR lines and the log file)
      2   refused, nothing changed: wrong usage, a missing backup folder, run as SYSTEM, or run as another account than the one signed in to Windows
      3   not confirmed: you said no, or nobody could be asked (the unattended variant never asks)
      4   PowerShell runs in Constrained Language Mode (AppLocker or WDAC): IT must sign this file
      5   this may be a virtual desktop (the marker found is named): the cache was not touched, contact IT
      6   done, but the re-test found problems (see the PROBLEM lines and the summary)
    The log file fix-teams-signin.log is in the backup folder. There is none for a run that changes nothing.
    File: Fix-TeamsSignIn.ps1
#>
[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'High', PositionalBinding = $false)]
param(
    [switch]$Delete,
    [switch]$Backup,
    [string]$Restore = '',
    [switch]$Yes,
    [switch]$Help
)

# Constrained Language Mode (an AppLocker or WDAC policy runs unsigned scripts in it): the
# .NET calls below ([System.IO.Path], [Environment], ...) would fail half-way, so stop here,
# before any of them. Only cmdlets and the -f operator are used until then.
if ($ExecutionContext.SessionState.LanguageMode -ne 'FullLanguage') {
    Write-Host ('This script cannot run here: PowerShell runs in {0} mode on this computer (an AppLocker or Windows Defender Application Control policy of your organization).' -f $ExecutionContext.SessionState.LanguageMode)
    Write-Host 'Nothing was changed. Please send this message to your IT department.'
    Write-Host 'For IT: sign this exact file with a code-signing certificate your policy trusts (Set-AuthenticodeSignature), then it runs in Full Language mode.'
    exit 4
}

# A profile may make every small slip fatal (Set-StrictMode -Version Latest,
# $ErrorActionPreference = 'Stop'): this script checks each step itself.
Set-StrictMode -Off
$ErrorActionPreference = 'Continue'

# Text from the page's configuration, and the page's version: plain data, only ever printed.
$Organization = 'Contoso IT'
$Helpdesk = 'help@contoso.example, +1 555 0100, https://help.contoso.example'
$PageVersion = '0.1.0'

$ScriptName = 'Fix-TeamsSignIn.ps1'
# Seconds Teams gets to close by itself before it is forced.
$GraceSeconds = 10
$DefaultDelete = $false
# $true = the unattended variant (Intune and other tools): it asks nothing, writes its log to
# %LOCALAPPDATA%\TeamsSignInFix\fix-teams-signin.log too, and its exit code says whether the
# re-test still found problems.
$Unattended = $false
$KeepBackups = 3

# 32-bit PowerShell on 64-bit Windows (Intune starts scripts in it unless told otherwise):
# Windows redirects HKLM\SOFTWARE and System32 for it, so virtual-desktop markers and
# dsregcmd.exe would not be found. Start this same file again in the 64-bit Windows
# PowerShell (sysnative is the 32-bit name of the real System32), with the same options
# and execution policy, and pass its exit code on.
if ([Environment]::Is64BitOperatingSystem -and -not [Environment]::Is64BitProcess) {
    $native = [System.IO.Path]::Combine($env:windir, 'sysnative\WindowsPowerShell\v1.0\powershell.exe')
    if ($PSCommandPath -and (Test-Path -LiteralPath $native)) {
        $relaunch = @('-NoProfile', '-ExecutionPolicy', [string](Get-ExecutionPolicy), '-File', $PSCommandPath)
        if ($Delete) {
            $relaunch += '-Delete'
        }
        if ($Backup) {
            $relaunch += '-Backup'
        }
        if ($Restore) {
            $relaunch += @('-Restore', $Restore)
        }
        if ($Yes -or ($PSBoundParameters.ContainsKey('Confirm') -and -not $PSBoundParameters['Confirm'])) {
            $relaunch += '-Yes'
        }
        if ($Help) {
            $relaunch += '-Help'
        }
        if ([bool]$WhatIfPreference) {
            $relaunch += '-WhatIf'
        }
        Write-Host 'This is 32-bit PowerShell: starting the 64-bit Windows PowerShell for the same run.'
        & $native @relaunch
        exit $LASTEXITCODE
    }
    Write-Host 'Note: this is 32-bit PowerShell and the 64-bit one could not be started. The virtual-desktop check reads the 64-bit registry itself, but some checks may see less.'
}
$ClockUrl = 'https://login.microsoftonline.com/'
# Addresses re-tested from this computer.
$Endpoints = @(
    [pscustomobject]@{ Label = 'Microsoft Entra sign-in'; Url = 'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration' }
    [pscustomobject]@{ Label = 'Microsoft sign-in (alternate)'; Url = 'https://login.microsoft.com/' }
    [pscustomobject]@{ Label = 'Sign-in page files'; Url = 'https://aadcdn.msauth.net/' }
    [pscustomobject]@{ Label = 'Sign-in page files (alternate)'; Url = 'https://aadcdn.msftauth.net/' }
    [pscustomobject]@{ Label = 'Teams service'; Url = 'https://teams.microsoft.com/' }
    [pscustomobject]@{ Label = 'Teams service (new address)'; Url = 'https://teams.cloud.microsoft/' }
    [pscustomobject]@{ Label = 'Teams app files'; Url = 'https://statics.teams.cdn.office.net/' }
    [pscustomobject]@{ Label = 'Microsoft Graph'; Url = 'https://graph.microsoft.com/' }
)
# Candidate processes (filtered further by owner, command line and folder).
$ProcessFilter = 'Name=''ms-teams.exe'' OR Name=''ms-teamsupdate.exe'' OR Name=''msteams_autostarter.exe'' OR Name=''msedgewebview2.exe'' OR Name=''Teams.exe'' OR Name=''Update.exe'' OR Name=''Squirrel.exe'''
# Signs of a virtual desktop or profile container managed by IT (read only; sources in
# the page's core/src/teams.rs). On those the cache is not cleared by hand.
$VdiMarkers = @(
    [pscustomobject]@{ Product = 'Azure Virtual Desktop or Windows 365'; Key = 'SOFTWARE\Microsoft\Teams'; Value = 'IsWVDEnvironment' }
    [pscustomobject]@{ Product = 'Citrix virtual desktop'; Key = 'SOFTWARE\Citrix\PortICA'; Value = '' }
    [pscustomobject]@{ Product = 'VMware Horizon virtual desktop'; Key = 'SOFTWARE\VMware, Inc.\VMware VDM\Agent'; Value = '' }
    [pscustomobject]@{ Product = 'Omnissa Horizon virtual desktop'; Key = 'SOFTWARE\Omnissa\Agent\Configuration'; Value = '' }
    [pscustomobject]@{ Product = 'FSLogix profile container'; Key = 'SOFTWARE\FSLogix\Profiles'; Value = 'Enabled' }
)

$script:DryRun = [bool]$WhatIfPreference
# The unattended variant asks nothing: what the options chose is done.
$script:AssumeYes = [bool]$Yes -or $Unattended
if ($PSBoundParameters.ContainsKey('Confirm') -and -not $PSBoundParameters['Confirm']) {
    $script:AssumeYes = $true
}
# -WhatIf and -Confirm are handled by the script itself ($script:DryRun, Confirm-Run). Cmdlets
# would otherwise inherit them: under -WhatIf, Invoke-CimMethod (the process-owner lookup)
# does nothing and every process looks foreign; under -Confirm it prompts per process. Every
# ShouldProcess-aware call also passes -WhatIf:$false -Confirm:$false; this covers the ones
# that only became ShouldProcess-aware in PowerShell 7 (Start-Process).
$WhatIfPreference = $false
$ConfirmPreference = 'None'
# Progress bars of Invoke-WebRequest slow Windows PowerShell 5.1 down and garble the log.
$ProgressPreference = 'SilentlyContinue'
$script:DeleteMode = $DefaultDelete
$script:BackupDir = ''
$script:LogFile = ''
$script:Failures = 0
$script:Summary = @()
$script:RetestProblems = 0
$script:ProblemList = @()
$script:RunLog = ''
$script:Moved = $false
# Set when Windows could not list the processes: Teams may or may not be running.
$script:TeamsStateUnknown = $false
# Backups and the unattended log: in the local (not roaming) profile (see Test-Environment).
$script:BackupRoot = ''
$script:RunStamp = Get-Date -Format 'yyyyMMdd-HHmmss'

function Initialize-Tables {
    # The known Teams cache folders (and nothing else), built from the $env: profile folders.
    # Only these may be moved or deleted: see Assert-CachePath.
    $script:CacheFolders = @(
        [pscustomobject]@{ Key = 'classic-Teams'; Path = [System.IO.Path]::Combine($env:APPDATA, 'Microsoft\Teams'); Backgrounds = 'Backgrounds\Uploads' }
        [pscustomobject]@{ Key = 'new-LocalCache'; Path = [System.IO.Path]::Combine($env:LOCALAPPDATA, 'Packages\MSTeams_8wekyb3d8bbwe\LocalCache'); Backgrounds = 'Microsoft\MSTeams\Backgrounds\Uploads' }
    )
}

function Write-Log {
    # Prints a line and appends it to the log files that exist: the one in the backup folder,
    # and the unattended variant's own log.
    param([string]$Message)
    Write-Host $Message
    foreach ($file in @($script:LogFile, $script:RunLog)) {
        if ($file) {
            Add-Content -LiteralPath $file -Value $Message -Encoding UTF8 -ErrorAction SilentlyContinue -WhatIf:$false -Confirm:$false
        }
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

function Add-Problem {
    # A finding of the checks that is a problem: printed, counted for the summary and the
    # exit code (6 when every step worked), and listed in the summary by its short name.
    param([string]$Short, [string]$Line)
    $script:RetestProblems = $script:RetestProblems + 1
    $script:ProblemList += $Short
    Write-Log $Line
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
    # Whether someone can answer a question: an interactive session with a real console
    # input. The unattended variant never asks.
    if ($Unattended) {
        return $false
    }
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

function Test-Yes {
    # An explicit yes, in English or as users type it in their own language: j/ja (German,
    # Dutch), o/oui (French), s/si (Spanish, Italian), t/tak (Polish), d/da (Slavic, Latin
    # script), and Cyrillic "da", Greek "nai" (written as [char] codes: the file stays ASCII).
    # Anything else, an empty answer included, is no.
    param([string]$Answer)
    $a = ([string]$Answer).Trim().ToLowerInvariant()
    $yes = @('y', 'yes', 'j', 'ja', 'o', 'oui', 's', 'si', ('s' + [char]0x00ED), 't', 'tak', 'd', 'da',
        ('' + [char]0x0434), ('' + [char]0x0434 + [char]0x0430), ('' + [char]0x03BD), ('' + [char]0x03BD + [char]0x03B1 + [char]0x03B9))
    return ($yes -contains $a)
}

function Confirm-Run {
    # Returns $true only on an explicit yes (or -Yes, or the unattended variant). With nobody
    # to ask it refuses instead of hanging.
    param([string]$Question)
    if ($script:AssumeYes) {
        return $true
    }
    if (-not (Test-CanAsk)) {
        Write-Log 'There is nobody to ask for confirmation (this PowerShell is not interactive), so nothing was changed.'
        Write-Log 'Run it again with -Yes to confirm in advance, or with -WhatIf to only see what it would do.'
        Exit-Script 3
    }
    return (Test-Yes (Read-Host ($Question + ' [y/N]')))
}

function Test-StartedFromExplorer {
    # Started by double-click or "Run with PowerShell": the parent process is Explorer, and
    # the console window closes as soon as the script ends.
    try {
        $me = Get-CimInstance -ClassName Win32_Process -Filter ('ProcessId={0}' -f $PID) -ErrorAction Stop
        $parent = Get-CimInstance -ClassName Win32_Process -Filter ('ProcessId={0}' -f $me.ParentProcessId) -ErrorAction Stop
        return ([string]$parent.Name -eq 'explorer.exe')
    } catch {
        return $false
    }
}

function Exit-Script {
    # Every exit goes through here: when the window would close at once (started from
    # Explorer), it waits for Enter so the summary and the undo command can be read. The
    # unattended variant never waits.
    param([int]$Code)
    if (-not $Unattended -and (Test-StartedFromExplorer) -and (Test-CanAsk)) {
        [void](Read-Host 'Press Enter to close this window')
    }
    exit $Code
}

function Get-BaseError {
    # The exception that really happened. PowerShell wraps what a .NET call throws (a
    # MethodInvocationException, "Exception calling ..."), and a failed property read or a
    # waited task wraps it too; the cause is the innermost one.
    param($ErrorRecord)
    $e = $ErrorRecord
    if ($e -is [System.Management.Automation.ErrorRecord]) {
        $e = $e.Exception
    }
    while ($e.InnerException -and ($e -is [System.Management.Automation.MethodException] -or $e -is [System.Management.Automation.ExtendedTypeSystemException] -or $e -is [System.Reflection.TargetInvocationException] -or $e -is [System.AggregateException])) {
        $e = $e.InnerException
    }
    return $e
}

function Get-Reason {
    # The real cause of a failed step in plain words, followed by the system's own text.
    param($ErrorRecord)
    $e = Get-BaseError $ErrorRecord
    $cause = 'it failed'
    if ($e -is [System.UnauthorizedAccessException]) {
        $cause = 'access was denied (a file is read-only, or in use by another program)'
    } elseif ($e -is [System.IO.PathTooLongException]) {
        $cause = 'a path is too long'
    } elseif ($e -is [System.IO.DirectoryNotFoundException] -or $e -is [System.IO.FileNotFoundException]) {
        $cause = 'it was not found (it may have been removed meanwhile)'
    } elseif ($e -is [System.IO.IOException]) {
        # 0x80070020 sharing violation, 0x80070021 lock violation: a program holds a file open.
        $code = $e.HResult -band 0xFFFF
        if ($code -eq 32 -or $code -eq 33) {
            $cause = 'a file in it is open in another program (Teams, Outlook or its Teams add-in)'
        } elseif ($code -eq 17) {
            $cause = 'it is on another drive than the backup folder'
        } else {
            $cause = 'a disk or file error'
        }
    }
    return ('{0}. System message: {1}' -f $cause, $e.Message)
}

function Test-SignedInUser {
    # The script acts on the profile of the account it runs as. Started "as administrator"
    # with another account's password, or with "Run as different user", that is not the
    # person signed in at this screen: refuse. The owner of Explorer in this session is that
    # person; when Windows cannot say (WMI fails, no Explorer), nothing is refused.
    $me = [System.Security.Principal.WindowsIdentity]::GetCurrent().Name
    try {
        $session = [System.Diagnostics.Process]::GetCurrentProcess().SessionId
        $shells = @(Get-CimInstance -ClassName Win32_Process -Filter ("Name='explorer.exe' AND SessionId={0}" -f $session) -ErrorAction Stop)
    } catch {
        return
    }
    foreach ($shell in $shells) {
        $owner = Invoke-CimMethod -InputObject $shell -MethodName GetOwner -ErrorAction SilentlyContinue -WhatIf:$false -Confirm:$false
        if ($owner -and $owner.ReturnValue -eq 0) {
            $user = '{0}\{1}' -f $owner.Domain, $owner.User
            if ($user -ne $me) {
                Write-Log ('This PowerShell runs as {0}, but {1} is signed in to Windows here, so it would clear the Teams cache of {0}, not yours.' -f $me, $user)
                Write-Log 'Nothing was changed. Run the command in a normal PowerShell window: not "Run as administrator" with another account, and not as another user.'
                Exit-Script 2
            }
            return
        }
    }
}

function Test-Environment {
    foreach ($name in @('USERPROFILE', 'APPDATA', 'LOCALAPPDATA')) {
        $value = [Environment]::GetEnvironmentVariable($name)
        if (-not $value -or -not [System.IO.Path]::IsPathRooted($value)) {
            Write-Log ('ERROR: the environment variable {0} is not set, so your Teams folders cannot be found.' -f $name)
            Exit-Script 1
        }
    }
    if ([System.Security.Principal.WindowsIdentity]::GetCurrent().IsSystem) {
        Write-Log 'Please run this as yourself, not as SYSTEM (for example from Intune or SCCM): Teams and its cache belong to your user profile.'
        Write-Log 'For IT: in Intune, run it with the logged-on credentials.'
        Exit-Script 2
    }
    Test-SignedInUser
    $script:BackupRoot = [System.IO.Path]::Combine($env:LOCALAPPDATA, 'TeamsSignInFix')
}

function Start-UnattendedLog {
    # The unattended variant's log, at a fixed place IT can collect (the same lines as on
    # screen; rewritten by each run). A dry run writes nothing.
    if (-not $Unattended -or $script:DryRun) {
        return
    }
    $file = [System.IO.Path]::Combine($script:BackupRoot, 'fix-teams-signin.log')
    try {
        [void][System.IO.Directory]::CreateDirectory($script:BackupRoot)
        Set-Content -LiteralPath $file -Value '' -Encoding UTF8 -ErrorAction Stop -WhatIf:$false -Confirm:$false
        $script:RunLog = $file
        Write-Log ('Unattended run; log file: ' + $file)
    } catch {
        Write-Log ('Unattended run; the log file {0} could not be written (only this output has the report): {1}' -f $file, (Get-Reason $_))
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
    Write-Log ('Made by the Teams sign-in self-check page, version ' + $PageVersion)
    if ($script:DryRun) {
        Write-Log 'DRY RUN (-WhatIf): nothing will be changed; every action is only printed.'
    }
}

function New-WorkFolder {
    # One timestamped folder for the backup and the log, in the local (not roaming) profile:
    # a Teams cache can be gigabytes. A second run in the same second gets a -2 suffix.
    $base = [System.IO.Path]::Combine($script:BackupRoot, 'TeamsCacheBackup-' + $script:RunStamp)
    $dir = $base
    $n = 1
    while (Test-Path -LiteralPath $dir) {
        $n = $n + 1
        $dir = $base + '-' + $n
    }
    try {
        [void][System.IO.Directory]::CreateDirectory($dir)
    } catch {
        Write-Fail ('could not create the folder {0}: {1}' -f $dir, (Get-Reason $_))
        return $false
    }
    $script:BackupDir = $dir
    $script:LogFile = [System.IO.Path]::Combine($dir, 'fix-teams-signin.log')
    Write-Log ('Log file: ' + $script:LogFile)
    Write-Log ('Run started {0} (organization: {1}; page version {2})' -f $script:RunStamp, $Organization, $PageVersion)
    return $true
}

function Assert-BackupPath {
    # The guard in front of removing an old backup: a folder directly in the backup root,
    # named like the ones this script makes, not this run's, and neither it nor the root a
    # link (junction) that could lead elsewhere. Throws otherwise.
    param([Parameter(Mandatory = $true)][string]$Path)
    $root = [System.IO.Path]::GetFullPath($script:BackupRoot).TrimEnd('\')
    $full = [System.IO.Path]::GetFullPath($Path).TrimEnd('\')
    if (-not ([string][System.IO.Path]::GetDirectoryName($full)).Equals($root, [System.StringComparison]::OrdinalIgnoreCase)) {
        throw ('refusing to remove {0}: it is not in {1}' -f $full, $root)
    }
    if ([System.IO.Path]::GetFileName($full) -notmatch '^TeamsCacheBackup-\d{8}-\d{6}(-\d+)?$') {
        throw ('refusing to remove {0}: it is not named like a backup of this script' -f $full)
    }
    if ($script:BackupDir -and $full.Equals([System.IO.Path]::GetFullPath($script:BackupDir).TrimEnd('\'), [System.StringComparison]::OrdinalIgnoreCase)) {
        throw ('refusing to remove {0}: it is this run''s backup' -f $full)
    }
    foreach ($item in @($root, $full)) {
        if ([System.IO.File]::GetAttributes($item) -band [System.IO.FileAttributes]::ReparsePoint) {
            throw ('refusing to remove {0}: {1} is a link (junction)' -f $full, $item)
        }
    }
}

function Remove-OldBackups {
    # After a successful run only the newest $KeepBackups backup folders stay (this run's
    # included). Names sort by date and time.
    $all = @(Get-ChildItem -LiteralPath $script:BackupRoot -Force -ErrorAction SilentlyContinue | Where-Object { $_.PSIsContainer -and $_.Name -match '^TeamsCacheBackup-\d{8}-\d{6}(-\d+)?$' -and -not ($_.Attributes -band [System.IO.FileAttributes]::ReparsePoint) } | Sort-Object -Property Name)
    $extra = $all.Count - $KeepBackups
    foreach ($old in $all) {
        if ($extra -le 0) {
            break
        }
        if ($old.FullName.Equals($script:BackupDir, [System.StringComparison]::OrdinalIgnoreCase)) {
            continue
        }
        $extra = $extra - 1
        try {
            Assert-BackupPath -Path $old.FullName
            [System.IO.Directory]::Delete($old.FullName, $true)
            Write-Log ('Removed an old backup (only the newest {0} are kept): {1}' -f $KeepBackups, $old.FullName)
        } catch {
            Write-Log ('Could not remove all of the old backup {0}: {1}' -f $old.FullName, (Get-Reason $_))
        }
    }
}

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

function Test-SameVolume {
    # Whether two folders have the same drive root. Only then is a move a rename: across
    # drives Move-Item copies file by file, follows junctions and can leave the cache split
    # (classic Teams with %APPDATA% redirected to a share, common on RDS/VDI). The moves use
    # [System.IO.Directory]::Move, which never copies: across volumes it fails (the system's
    # error 17), so a mount point this check cannot see still changes nothing.
    param([string]$A, [string]$B)
    $rootA = [System.IO.Path]::GetPathRoot([System.IO.Path]::GetFullPath($A))
    $rootB = [System.IO.Path]::GetPathRoot([System.IO.Path]::GetFullPath($B))
    return $rootA.Equals($rootB, [System.StringComparison]::OrdinalIgnoreCase)
}

function Get-TeamsProcessId {
    # This user's Teams processes only (owner = current user). msedgewebview2 is shared with
    # other apps: only the ones whose command line names new Teams. Classic Update/Squirrel
    # only when they run from the classic Teams folder. Throws when Windows cannot list the
    # processes (WMI): that means "cannot tell", never "not running".
    $me = [System.Security.Principal.WindowsIdentity]::GetCurrent().Name
    $session = [System.Diagnostics.Process]::GetCurrentProcess().SessionId
    $classicDir = [System.IO.Path]::Combine($env:LOCALAPPDATA, 'Microsoft\Teams') + '\'
    $ids = @()
    foreach ($p in @(Get-CimInstance -ClassName Win32_Process -Filter $ProcessFilter -ErrorAction Stop)) {
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
        # Read-only, so never subject to -WhatIf/-Confirm (it honours them and would reject
        # every process under -WhatIf, or prompt per process under -Confirm).
        $owner = Invoke-CimMethod -InputObject $p -MethodName GetOwner -ErrorAction SilentlyContinue -WhatIf:$false -Confirm:$false
        if ($owner -and $owner.ReturnValue -eq 0) {
            $mine = ('{0}\{1}' -f $owner.Domain, $owner.User) -eq $me
        } else {
            # The owner could not be read: a Teams process in this session is taken as yours.
            $mine = [int]$p.SessionId -eq $session
        }
        if ($mine) {
            $ids += [int]$p.ProcessId
        }
    }
    return $ids
}

function Get-RunningTeams {
    # Get-TeamsProcessId, or $null when Windows cannot say (then $script:TeamsStateUnknown
    # is set and the reason is logged once).
    try {
        # The comma keeps an empty list a list ($null means "cannot tell").
        return , @(Get-TeamsProcessId)
    } catch {
        if (-not $script:TeamsStateUnknown) {
            Write-Log ('Cannot tell whether Teams is running: Windows did not list the processes (WMI). ' + (Get-Reason $_))
        }
        $script:TeamsStateUnknown = $true
        return $null
    }
}

function Stop-Teams {
    # Asks each Teams window to close, waits up to $GraceSeconds, then forces what is left.
    # When Windows cannot list the processes it returns $true with $script:TeamsStateUnknown
    # set: the cache step then only moves (one rename, all or nothing), never deletes.
    $ids = Get-RunningTeams
    if ($null -eq $ids) {
        return $true
    }
    if ($ids.Count -eq 0) {
        Write-Log 'Teams is not running.'
        return $true
    }
    if ($script:DryRun) {
        Write-Log ('[dry run] Teams is running (process ids: {0}): would ask it to close and force it after {1} seconds' -f ($ids -join ' '), $GraceSeconds)
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
        $now = Get-RunningTeams
        if ($null -eq $now -or $now.Count -eq 0) {
            break
        }
        Start-Sleep -Seconds 1
        $waited = $waited + 1
    }
    $left = Get-RunningTeams
    if ($null -eq $left) {
        $left = @()
    }
    if ($left.Count -gt 0) {
        Write-Log ('Teams did not close within {0} seconds: forcing it to stop (process ids: {1})' -f $GraceSeconds, ($left -join ' '))
        foreach ($id in $left) {
            try {
                Stop-Process -Id $id -Force -ErrorAction Stop -WhatIf:$false -Confirm:$false
            } catch {
                Write-Log ('  could not stop process {0}: {1}' -f $id, (Get-Reason $_))
            }
        }
        Start-Sleep -Seconds 1
        $left = Get-RunningTeams
        if ($null -eq $left) {
            $left = @()
        }
    }
    if ($left.Count -gt 0) {
        Write-Fail ('Teams is still running (process ids: {0}) although it was asked to close and then forced. Close it yourself (or restart the computer) and run this again.' -f ($left -join ' '))
        return $false
    }
    if ($script:TeamsStateUnknown) {
        return $true
    }
    Write-Log 'Teams is closed.'
    return $true
}

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
        if (-not (Test-SameVolume $src $path)) {
            Write-Fail ('cannot put back {0} from {1}: they are on different drives, and a move would copy file by file. Copy the folder back yourself, or ask IT.' -f $path, $full)
            continue
        }
        if ($script:DryRun) {
            Write-Log ('[dry run] would put back: ' + $path)
            continue
        }
        try {
            if ((Test-Path -LiteralPath $path -PathType Container) -and @(Get-ChildItem -LiteralPath $path -Force -ErrorAction Stop).Count -eq 0) {
                # The empty folder this script left in place of the moved one: removed (the
                # non-recursive delete fails on anything that is not empty).
                Assert-CachePath -Path $path
                [System.IO.Directory]::Delete($path, $false)
            }
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
                [System.IO.Directory]::Move($path, $aside)
            }
            [void][System.IO.Directory]::CreateDirectory([System.IO.Path]::GetDirectoryName($path))
            Assert-CachePath -Path $path
            [System.IO.Directory]::Move($src, $path)
            Write-Log ('Put back: ' + $path)
        } catch {
            Write-Fail ('could not put back {0} (it is still in {1}): {2}' -f $path, $full, (Get-Reason $_))
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

function Get-VdiMarker {
    # The documented markers of a virtual desktop or profile container found on this
    # computer (the table $VdiMarkers, with sources in the page's source code), each named
    # with what matched. Read only, from the 64-bit registry view even in 32-bit PowerShell,
    # which would otherwise see the redirected copy (Wow6432Node) and find nothing. A marker
    # that cannot be read counts: then nobody can tell, and the cache is left alone.
    $found = @()
    try {
        $machine = [Microsoft.Win32.RegistryKey]::OpenBaseKey([Microsoft.Win32.RegistryHive]::LocalMachine, [Microsoft.Win32.RegistryView]::Registry64)
    } catch {
        return @('the registry could not be read (' + (Get-Reason $_) + ')')
    }
    try {
        foreach ($marker in $VdiMarkers) {
            try {
                $key = $machine.OpenSubKey($marker.Key)
                if (-not $key) {
                    continue
                }
                try {
                    if (-not $marker.Value) {
                        $found += ('{0} (registry key HKLM\{1})' -f $marker.Product, $marker.Key)
                    } elseif ([string]$key.GetValue($marker.Value) -eq '1') {
                        $found += ('{0} (registry value HKLM\{1}\{2} = 1)' -f $marker.Product, $marker.Key, $marker.Value)
                    }
                } finally {
                    $key.Close()
                }
            } catch {
                $found += ('{0}: HKLM\{1} could not be read ({2})' -f $marker.Product, $marker.Key, (Get-Reason $_))
            }
        }
    } finally {
        $machine.Close()
    }
    return $found
}

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
    # Copies the saved custom meeting backgrounds back to where Teams looks for them. When
    # that folder exists again, the saved files go into it (copying the folder itself would
    # nest it: Uploads\Uploads).
    param([string]$From, [string]$To)
    try {
        Assert-CachePath -Path $To
        if (Test-Path -LiteralPath $To -PathType Container) {
            foreach ($child in @(Get-ChildItem -LiteralPath $From -Force -ErrorAction Stop)) {
                Copy-Item -LiteralPath $child.FullName -Destination $To -Recurse -Force -ErrorAction Stop -WhatIf:$false -Confirm:$false
            }
        } else {
            [void][System.IO.Directory]::CreateDirectory([System.IO.Path]::GetDirectoryName($To))
            Copy-Item -LiteralPath $From -Destination $To -Recurse -Force -ErrorAction Stop -WhatIf:$false -Confirm:$false
        }
        Write-Log ('Put your custom meeting backgrounds back: ' + $To)
    } catch {
        Write-Fail ('could not put your custom meeting backgrounds back into {0} ({1}); they are safe in {2}' -f $To, (Get-Reason $_), $From)
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
        if ($script:DeleteMode -and $script:TeamsStateUnknown) {
            # Deleting removes file after file: under a running Teams it could stop half-way.
            Write-Fail ('did not delete {0}: whether Teams is running could not be checked, and deleting files Teams still uses can leave the cache half deleted. Close Teams and run this again, or run it with -Backup (a move is one rename: all or nothing).' -f $path)
            return
        }
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
            # Left behind empty, as after a move (see below).
            [void][System.IO.Directory]::CreateDirectory($path)
            if ($keep) {
                Restore-Backgrounds -From $keep -To $bg
            }
            return
        }
        if ($script:DryRun) {
            $planned = [System.IO.Path]::Combine($script:BackupRoot, 'TeamsCacheBackup-' + $script:RunStamp)
            if (-not (Test-SameVolume $path $script:BackupRoot)) {
                Write-Log ('[dry run] would NOT move {0}: it is on another drive than the backup folder (see below)' -f $path)
                return
            }
            Write-Log ('[dry run] would move: ' + $path)
            Write-Log ('          into: ' + [System.IO.Path]::Combine($planned, $Folder.Key))
            if ($bg -and (Test-Path -LiteralPath $bg)) {
                Write-Log ('[dry run] would put your custom meeting backgrounds back: ' + $bg)
            }
            return
        }
        $dest = [System.IO.Path]::Combine($script:BackupDir, $Folder.Key)
        if (-not (Test-SameVolume $path $script:BackupDir)) {
            Write-Fail ('left {0} as it is: it is on another drive than the backup folder ({1}), and moving it there would copy it file by file and could leave it half-copied. Run this again with -Delete to delete it instead, or ask IT (redirected AppData).' -f $path, $script:BackupDir)
            return
        }
        Write-Log ('Moving: ' + $path)
        Write-Log ('  into: ' + $dest)
        if ($script:TeamsStateUnknown) {
            Write-Log '  (whether Teams runs is unknown: a move is one rename, so it moves the whole folder or fails and changes nothing)'
        }
        # One rename on the same volume: a junction inside moves as a link, nothing is copied.
        Assert-CachePath -Path $path
        [System.IO.Directory]::Move($path, $dest)
        $script:Moved = $true
        Add-Summary ('moved ' + $path + ' into the backup folder')
        # Left behind empty: classic Teams' guidance clears "the contents of" its folder, and
        # new Teams' LocalCache belongs inside its package folder.
        [void][System.IO.Directory]::CreateDirectory($path)
        if ($bg) {
            $saved = [System.IO.Path]::Combine($dest, $Folder.Backgrounds)
            if (Test-Path -LiteralPath $saved) {
                Restore-Backgrounds -From $saved -To $bg
            }
        }
    } catch {
        Write-Fail ('could not clear {0}: {1}' -f $path, (Get-Reason $_))
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

function Get-ErrorStatusCode {
    # The HTTP status inside a failed request (5.1: WebException, 7: HttpResponseException),
    # 0 when there was no answer.
    param($ErrorRecord)
    try {
        $response = (Get-BaseError $ErrorRecord).Response
        if ($response) {
            return [int]$response.StatusCode
        }
    } catch {
        return 0
    }
    return 0
}

function Get-StatusProblem {
    # An HTTP status that is a problem, in plain words ('' for a normal answer). 407 is the
    # proxy asking for a sign-in; 403 a refusal, usually a proxy's or web filter's block
    # page; 5xx a server error, usually a proxy's error page.
    param([int]$Code)
    if ($Code -eq 407) {
        return 'HTTP 407, the proxy wants you to sign in to it (tell IT: Teams cannot answer that)'
    }
    if ($Code -eq 403) {
        return 'HTTP 403, access refused (usually a proxy or web filter blocking the address)'
    }
    if ($Code -ge 500) {
        return ('HTTP {0}, a server error (usually a proxy''s error page, or Microsoft had a problem)' -f $Code)
    }
    return ''
}

function Write-StatusLine {
    # Reachable means Microsoft answered, with a status that is not a problem.
    param($Endpoint, [int]$Code)
    $why = Get-StatusProblem $Code
    if ($why) {
        Add-Problem ('{0}: {1}' -f $Endpoint.Label, $why) ('    PROBLEM  {0} ({1}): {2}' -f $Endpoint.Label, $Endpoint.Url, $why)
    } else {
        Write-Log ('    OK       {0} ({1}): answered HTTP {2}' -f $Endpoint.Label, $Endpoint.Url, $Code)
    }
}

function Test-MicrosoftIssuer {
    # Whether an OpenID configuration names one of the issuers of Microsoft's sign-in service
    # in any of its clouds (a block or login page answering in its place does not).
    param([string]$Content)
    $compact = $Content -replace '\s', ''
    foreach ($issuer in ('https://login.microsoftonline.com/|https://login.microsoftonline.us/|https://login.partner.microsoftonline.cn/|https://login.chinacloudapi.cn/' -split '\|')) {
        if ($compact.Contains('"issuer":"' + $issuer)) {
            return $true
        }
    }
    return $false
}

function Test-Endpoints {
    Write-Log '  Can this computer reach the Microsoft sign-in addresses?'
    foreach ($endpoint in $Endpoints) {
        try {
            $response = Invoke-WebRequest -Uri $endpoint.Url -UseBasicParsing -TimeoutSec 10 -ErrorAction Stop
            $code = [int]$response.StatusCode
            if ($endpoint.Url.EndsWith('/.well-known/openid-configuration') -and -not (Get-StatusProblem $code) -and -not (Test-MicrosoftIssuer ([string]$response.Content))) {
                Add-Problem ('{0}: not Microsoft''s answer' -f $endpoint.Label) ('    PROBLEM  {0} ({1}): answered HTTP {2}, but not with Microsoft''s sign-in data: something answered in Microsoft''s place (a block page, a proxy sign-in page or a Wi-Fi login page)' -f $endpoint.Label, $endpoint.Url, $code)
                continue
            }
            Write-StatusLine $endpoint $code
        } catch {
            $code = Get-ErrorStatusCode $_
            if ($code -gt 0) {
                Write-StatusLine $endpoint $code
            } else {
                Add-Problem ('{0}: no answer' -f $endpoint.Label) ('    PROBLEM  {0} ({1}): no answer. System message: {2}' -f $endpoint.Label, $endpoint.Url, (Get-BaseError $_).Message)
            }
        }
    }
}

function Invoke-Probe {
    # One GET that follows no redirect, through the system proxy, with time limits for the
    # connection and each read: the status, a redirect's target and the text. Windows
    # PowerShell 5.1 and PowerShell 7 alike (Invoke-WebRequest -MaximumRedirection 0 fails
    # on a redirect without giving it in 5.1).
    param([string]$Url)
    $result = [pscustomobject]@{ Code = 0; Location = ''; Body = ''; Error = '' }
    $response = $null
    try {
        $request = [System.Net.HttpWebRequest]::Create($Url)
        $request.AllowAutoRedirect = $false
        $request.Timeout = 10000
        $request.ReadWriteTimeout = 10000
        try {
            $response = $request.GetResponse()
        } catch {
            $response = (Get-BaseError $_).Response
            if (-not $response) {
                throw
            }
        }
        $result.Code = [int]$response.StatusCode
        $result.Location = [string]$response.Headers['Location']
        $reader = New-Object -TypeName System.IO.StreamReader -ArgumentList $response.GetResponseStream()
        try {
            $result.Body = $reader.ReadToEnd()
        } finally {
            $reader.Close()
        }
    } catch {
        $result.Error = (Get-BaseError $_).Message
    } finally {
        if ($response) {
            $response.Close()
        }
    }
    return $result
}

function Test-CaptivePortal {
    # Windows' own connectivity probe: anything but this exact text means something else
    # answered. A hotel or guest Wi-Fi login page usually redirects the probe to itself.
    $url = 'http://www.msftconnecttest.com/connecttest.txt'
    $probe = Invoke-Probe $url
    $name = 'Internet login page (captive portal)'
    if ($probe.Code -ge 300 -and $probe.Code -lt 400) {
        Add-Problem 'Wi-Fi login page' ('  {0}: PROBLEM: Windows'' connectivity probe was redirected to {1} (HTTP {2}): a hotel or guest Wi-Fi login page. Open a browser and sign in to the network first.' -f $name, $probe.Location, $probe.Code)
    } elseif ($probe.Code -eq 0) {
        Write-Log ('  {0}: could not check. System message: {1}' -f $name, $probe.Error)
    } elseif ($probe.Code -ne 200) {
        Add-Problem 'Wi-Fi login page' ('  {0}: PROBLEM: the connectivity probe was answered with HTTP {1} (a login page or a proxy).' -f $name, $probe.Code)
    } elseif ($probe.Body.Trim() -eq 'Microsoft Connect Test') {
        Write-Log ('  {0}: none, Windows'' connectivity probe answered normally.' -f $name)
    } else {
        Add-Problem 'Wi-Fi login page' ('  {0}: PROBLEM: something else answered Windows'' connectivity probe (a hotel or guest Wi-Fi login page, or a proxy). Open a browser and sign in to the network first.' -f $name)
    }
}

function Get-LeafCertificate {
    # The certificate the computer is shown for $HostName. Windows PowerShell 5.1: through the
    # system proxy, from the connection of a plain request. PowerShell 7 (no such property):
    # a direct connection on port 443, which a proxy-only network may refuse.
    param([string]$HostName)
    try {
        $request = [System.Net.HttpWebRequest]::Create('https://' + $HostName + '/')
        $request.Method = 'HEAD'
        $request.Timeout = 10000
        $request.ReadWriteTimeout = 10000
        $request.AllowAutoRedirect = $false
        try {
            $request.GetResponse().Close()
        } catch {
            # An HTTP error status still shows the certificate; no answer at all does not.
            $failed = Get-BaseError $_
            if (-not ($failed -is [System.Net.WebException]) -or -not $failed.Response) {
                throw
            }
            $failed.Response.Close()
        }
        if ($request.ServicePoint.Certificate) {
            return (New-Object -TypeName System.Security.Cryptography.X509Certificates.X509Certificate2 -ArgumentList $request.ServicePoint.Certificate)
        }
    } catch {
        Write-Log ('    (through the proxy: {0})' -f (Get-BaseError $_).Message)
    }
    $tcp = New-Object -TypeName System.Net.Sockets.TcpClient
    # A middlebox that accepts the connection and then stalls must not hang the script.
    $tcp.ReceiveTimeout = 10000
    $tcp.SendTimeout = 10000
    try {
        if (-not $tcp.ConnectAsync($HostName, 443).Wait(10000)) {
            throw 'no connection within 10 seconds'
        }
        $stream = $tcp.GetStream()
        $ssl = New-Object -TypeName System.Net.Security.SslStream -ArgumentList $stream, $false
        $ssl.AuthenticateAsClient($HostName)
        $leaf = New-Object -TypeName System.Security.Cryptography.X509Certificates.X509Certificate2 -ArgumentList $ssl.RemoteCertificate
        $ssl.Dispose()
        return $leaf
    } finally {
        $tcp.Close()
    }
}

function Test-TlsChain {
    # Report only. A browser cannot see certificates; Windows can. If the chain for the
    # sign-in address ends at a root outside Microsoft's public CAs, a company device or
    # firewall is inspecting TLS (it decrypts and re-signs the traffic). The chain is built
    # from what this computer has, without online revocation checks; if it does not reach
    # a root, nothing can be said about inspection.
    $hostName = 'login.microsoftonline.com'
    $roots = 'DigiCert Global Root G2|DigiCert Global Root G3|DigiCert Global Root CA|DigiCert TLS ECC P384 Root G5|DigiCert TLS RSA4096 Root G5|Microsoft RSA Root Certificate Authority 2017|Microsoft ECC Root Certificate Authority 2017|Baltimore CyberTrust Root' -split '\|'
    Write-Log ('  TLS certificate chain of {0}:' -f $hostName)
    try {
        $leaf = Get-LeafCertificate $hostName
        $chain = New-Object -TypeName System.Security.Cryptography.X509Certificates.X509Chain
        $chain.ChainPolicy.RevocationMode = [System.Security.Cryptography.X509Certificates.X509RevocationMode]::NoCheck
        $chain.ChainPolicy.UrlRetrievalTimeout = New-Object -TypeName System.TimeSpan -ArgumentList 0, 0, 10
        [void]$chain.Build($leaf)
        $elements = @($chain.ChainElements | ForEach-Object { $_.Certificate })
        $root = $elements[$elements.Count - 1]
        $rootName = $root.GetNameInfo([System.Security.Cryptography.X509Certificates.X509NameType]::SimpleName, $false)
        $issuerName = $leaf.GetNameInfo([System.Security.Cryptography.X509Certificates.X509NameType]::SimpleName, $true)
        $partial = @($chain.ChainStatus | Where-Object { $_.Status -band [System.Security.Cryptography.X509Certificates.X509ChainStatusFlags]::PartialChain }).Count -gt 0
        Write-Log ('    issued by: {0}' -f $issuerName)
        if ($partial -or $root.Subject -ne $root.Issuer) {
            Write-Log ('    could not verify: Windows could not follow the chain up to a root certificate (it ends at {0}), so this check cannot tell whether the connection is inspected.' -f $rootName)
        } elseif ($roots -contains $rootName) {
            Write-Log ('    root:      {0}' -f $rootName)
            Write-Log '    OK: the chain ends at one of Microsoft''s public root certificate authorities.'
        } else {
            Write-Log ('    root:      {0}' -f $rootName)
            Add-Problem ('TLS inspection by {0}' -f $issuerName) ('    PROBLEM: TLS inspection by {0}, tell IT: the chain does not end at one of Microsoft''s public root certificate authorities, so something between this computer and Microsoft decrypts the connection. Sign-in often fails behind it unless IT excludes the Microsoft sign-in addresses.' -f $issuerName)
        }
    } catch {
        Write-Log ('    could not read the certificate chain. System message: ' + (Get-BaseError $_).Message)
    }
}

function Test-DeviceRegistration {
    # Read-only summary of dsregcmd /status for the help desk: how this device is joined to
    # Microsoft Entra ID and whether it holds a Primary Refresh Token (PRT).
    Write-Log '  Device registration (dsregcmd /status, read only):'
    # The real System32 (a 32-bit PowerShell would see the redirected one, without dsregcmd).
    $system = 'System32'
    if ([Environment]::Is64BitOperatingSystem -and -not [Environment]::Is64BitProcess) {
        $system = 'sysnative'
    }
    $dsregcmd = [System.IO.Path]::Combine($env:windir, $system + '\dsregcmd.exe')
    try {
        $lines = @(& $dsregcmd /status 2>&1)
        $found = 0
        foreach ($line in $lines) {
            if ("$line" -match '^\s*(AzureAdJoined|EnterpriseJoined|DomainJoined|WorkplaceJoined|AzureAdPrt|DeviceAuthStatus)\s*:\s*(.+?)\s*$') {
                Write-Log ('    {0}: {1}' -f $Matches[1], $Matches[2])
                $found = $found + 1
            }
        }
        if ($found -eq 0) {
            Write-Log '    (dsregcmd printed none of the expected fields)'
        }
    } catch {
        Write-Log ('    could not run dsregcmd. System message: ' + $_.Exception.Message)
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
        Write-Log ('    could not run netsh. System message: ' + $_.Exception.Message)
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
    # Adapter descriptions of common VPN clients: Windows' own, Cisco Secure Client (AnyConnect),
    # GlobalProtect (PANGP), Zscaler, FortiClient (Fortinet), Check Point, F5, Juniper/Pulse/
    # Ivanti, OpenVPN, WireGuard and NordLynx.
    try {
        $adapters = @(Get-NetAdapter -ErrorAction Stop | Where-Object { $_.Status -eq 'Up' -and $_.InterfaceDescription -match 'VPN|TAP-|WireGuard|Wintun|AnyConnect|Cisco Secure Client|GlobalProtect|PANGP|Zscaler|Fortinet|FortiClient|Check Point|F5 Networks|F5 Access|Juniper|Pulse|Ivanti|OpenVPN|NordLynx' })
        if ($adapters.Count -gt 0) {
            Write-Log '  VPN: these VPN adapters are connected (try signing in without them):'
            foreach ($adapter in $adapters) {
                Write-Log ('    {0} ({1})' -f $adapter.Name, $adapter.InterfaceDescription)
            }
        } else {
            Write-Log '  VPN: no VPN adapter of a known VPN client is connected.'
        }
    } catch {
        Write-Log ('  VPN: could not list the network adapters. System message: ' + $_.Exception.Message)
    }
    # Windows' own VPN connections: yours, and the ones set up for all users of this computer.
    try {
        $vpns = @(Get-VpnConnection -ErrorAction Stop) + @(Get-VpnConnection -AllUserConnection -ErrorAction Stop)
        foreach ($vpn in @($vpns | Where-Object { $_.ConnectionStatus -eq 'Connected' })) {
            Write-Log ('  VPN connection from Windows settings is connected: ' + $vpn.Name)
        }
    } catch {
        Write-Log ('  VPN: could not list the Windows VPN connections. System message: ' + $_.Exception.Message)
    }
}

function Test-Clock {
    # The same thresholds as the page (clock.warn_seconds and clock.fail_seconds of the config).
    $warnSeconds = 60
    $failSeconds = 300
    try {
        $response = Invoke-WebRequest -Uri $ClockUrl -UseBasicParsing -TimeoutSec 10 -ErrorAction Stop
        $header = @($response.Headers['Date'])[0]
        $server = [DateTime]::ParseExact([string]$header, 'r', [System.Globalization.CultureInfo]::InvariantCulture)
        $skew = [int]([DateTime]::UtcNow - $server).TotalSeconds
        # The page's rule: a problem from fail_seconds on, a warning from warn_seconds on.
        if ([Math]::Abs($skew) -ge $failSeconds) {
            Add-Problem ('clock {0} seconds off' -f $skew) ('  Clock: PROBLEM: this computer''s clock is about {0} seconds off ({1} seconds or more breaks sign-in).' -f $skew, $failSeconds)
        } elseif ([Math]::Abs($skew) -ge $warnSeconds) {
            Write-Log ('  Clock: WARNING: this computer''s clock is about {0} seconds off ({1} seconds or more; sign-in fails from {2}).' -f $skew, $warnSeconds, $failSeconds)
        } else {
            Write-Log ('  Clock: OK (within about {0} seconds of {1}; the Date header has a resolution of one second)' -f [Math]::Abs($skew), $ClockUrl)
        }
    } catch {
        Write-Log ('  Clock: could not read the time from {0}. System message: {1}' -f $ClockUrl, (Get-BaseError $_).Message)
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
    # Send your Windows credentials to the system proxy only (not to the sites), as Teams does:
    # without them an authenticating proxy answers 407 to everything. 5.1 uses WebRequest's
    # default proxy, PowerShell 7 HttpClient's.
    try {
        [System.Net.WebRequest]::DefaultWebProxy.Credentials = [System.Net.CredentialCache]::DefaultNetworkCredentials
    } catch {
        Write-Log '  (could not pass your Windows credentials to the proxy for Windows PowerShell)'
    }
    try {
        [System.Net.Http.HttpClient]::DefaultProxy.Credentials = [System.Net.CredentialCache]::DefaultNetworkCredentials
    } catch {
        # Windows PowerShell 5.1 has no HttpClient.DefaultProxy; the line above covers it.
        $null = $_
    }
    Test-Endpoints
    Test-CaptivePortal
    Test-TlsChain
    Test-Proxy
    Test-Vpn
    Test-Clock
    Test-DeviceRegistration
    Add-Summary 're-test done (see the report above)'
}

function Get-RegistryValue {
    param([string]$Key, [string]$Name)
    $item = Get-ItemProperty -LiteralPath $Key -Name $Name -ErrorAction SilentlyContinue
    if ($item) {
        return $item.$Name
    }
    return $null
}

function Invoke-TlsCheck {
    # A check of Windows' own TLS settings, which the Windows sign-in broker (Web Account
    # Manager) uses. The Teams window itself is WebView2, which ignores them.
    # Internet Options' "Use TLS 1.2" / "Use TLS 1.3" are bits 0x800 / 0x2000 of SecureProtocols.
    # Only TLS 1.2 is required; the TLS 1.3 bit is only offered on Windows 11 (build 22000 or
    # later): Windows 10 has no supported TLS 1.3 client.
    Write-Log ''
    Write-Log '== TLS 1.2 / 1.3 (Windows settings used by the sign-in broker) =='
    Write-Log '  This checks the TLS settings Windows uses for sign-in; the Teams window itself (WebView2) does not use them.'
    $userKey = 'HKCU:\Software\Microsoft\Windows\CurrentVersion\Internet Settings'
    $userPolicyKey = 'HKCU:\Software\Policies\Microsoft\Windows\CurrentVersion\Internet Settings'
    $policyKey = 'HKLM:\SOFTWARE\Policies\Microsoft\Windows\CurrentVersion\Internet Settings'
    $schannelKey = 'HKLM:\SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL\Protocols\TLS 1.2\Client'
    $winHttpKey = 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Internet Settings\WinHttp'
    $build = 0
    [void][int]::TryParse([string](Get-RegistryValue -Key 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion' -Name 'CurrentBuildNumber'), [ref]$build)
    $windows11 = $build -ge 22000
    Write-Log ('  Windows build: {0}' -f $build)
    $user = Get-RegistryValue -Key $userKey -Name 'SecureProtocols'
    $userPolicy = Get-RegistryValue -Key $userPolicyKey -Name 'SecureProtocols'
    $policy = Get-RegistryValue -Key $policyKey -Name 'SecureProtocols'
    foreach ($entry in @(@('your setting', $user), @('policy for you', $userPolicy), @('policy for the computer', $policy))) {
        if ($null -eq $entry[1]) {
            Write-Log ('  Internet Options, {0}: not set (the Windows default includes TLS 1.2)' -f $entry[0])
        } else {
            $v = [int]$entry[1]
            Write-Log ('  Internet Options, {0}: SecureProtocols=0x{1:X} (TLS 1.2 {2}, TLS 1.3 {3})' -f $entry[0], $v, $(if ($v -band 0x800) { 'on' } else { 'OFF' }), $(if ($v -band 0x2000) { 'on' } else { 'off' }))
        }
    }
    $winHttp = Get-RegistryValue -Key $winHttpKey -Name 'DefaultSecureProtocols'
    if ($null -eq $winHttp) {
        Write-Log '  WinHTTP DefaultSecureProtocols: not set (the Windows default)'
    } else {
        Write-Log ('  WinHTTP DefaultSecureProtocols: 0x{0:X} (TLS 1.2 {1})' -f [int]$winHttp, $(if ([int]$winHttp -band 0x800) { 'on' } else { 'OFF' }))
    }
    $enabled = Get-RegistryValue -Key $schannelKey -Name 'Enabled'
    $disabledByDefault = Get-RegistryValue -Key $schannelKey -Name 'DisabledByDefault'
    if ($null -eq $enabled -and $null -eq $disabledByDefault) {
        Write-Log '  Windows (SCHANNEL) TLS 1.2 client: not configured (on by default since Windows 8)'
    } else {
        Write-Log ('  Windows (SCHANNEL) TLS 1.2 client: Enabled={0} DisabledByDefault={1}' -f $enabled, $disabledByDefault)
        if ($enabled -eq 0 -or $disabledByDefault -eq 1) {
            Add-Problem 'TLS 1.2 is off for the whole computer' '  PROBLEM: TLS 1.2 is switched off for the whole computer: only IT (an administrator) can change that.'
        }
    }
    if ($null -ne $policy -or $null -ne $userPolicy) {
        Write-Log '  Your organization sets these by policy, so your own setting is ignored: ask IT if TLS 1.2 is off.'
        Add-Summary 'TLS checked (set by policy)'
        return
    }
    if ($null -eq $user -or ([int]$user -band 0x800)) {
        Add-Summary 'TLS checked (TLS 1.2 is on: nothing to change)'
        return
    }
    $old = [int]$user
    $new = $old -bor 0x800
    $what = 'TLS 1.2'
    if ($windows11) {
        $new = $new -bor 0x2000
        $what = 'TLS 1.2 and TLS 1.3'
    }
    Write-Log ('  Old value, for the record: SecureProtocols=0x{0:X}' -f $old)
    if ($script:DryRun) {
        Write-Log ('[dry run] would offer to set SecureProtocols to 0x{0:X} ({1} on)' -f $new, $what)
        return
    }
    # The script's own [y/N] question (default no); not ShouldProcess, whose prompt defaults to Yes.
    $ok = $script:AssumeYes
    if (-not $ok -and (Test-CanAsk)) {
        $ok = Test-Yes (Read-Host ('Switch on {0} in Internet Options (SecureProtocols 0x{1:X} -> 0x{2:X})? [y/N]' -f $what, $old, $new))
    }
    if ($ok) {
        try {
            Set-ItemProperty -LiteralPath $userKey -Name 'SecureProtocols' -Value $new -Type DWord -ErrorAction Stop -WhatIf:$false -Confirm:$false
            Write-Log ('  Set SecureProtocols to 0x{0:X} (was 0x{1:X}).' -f $new, $old)
            Add-Summary ('{0} switched on (SecureProtocols was 0x{1:X})' -f $what, $old)
        } catch {
            Write-Fail ('could not change SecureProtocols: ' + (Get-Reason $_))
        }
    } else {
        Write-Log '  Left unchanged.'
        Add-Summary 'TLS checked (left unchanged)'
    }
}

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
        if (Test-Path -LiteralPath $newPackage) {
            Start-Process -FilePath 'explorer.exe' -ArgumentList 'shell:AppsFolder\MSTeams_8wekyb3d8bbwe!MSTeams'
        } elseif (Test-Path -LiteralPath $classicUpdate) {
            Start-Process -FilePath $classicUpdate -ArgumentList '--processStart "Teams.exe"'
        } else {
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

function Complete-Run {
    Write-Log ''
    Write-Log '== Summary =='
    foreach ($line in $script:Summary) {
        Write-Log ('  - ' + $line)
    }
    if ($script:RetestProblems -gt 0) {
        Write-Log ('  - the re-test found {0} problem(s):' -f $script:RetestProblems)
        foreach ($line in $script:ProblemList) {
            Write-Log ('      ' + $line)
        }
    }
    if ($script:DryRun) {
        Write-Log 'Dry run finished: nothing was changed.'
    }
    if ($script:BackupDir) {
        Write-Log ('Backup and log folder: ' + $script:BackupDir)
        if ($script:Moved -and -not $script:DeleteMode) {
            if ($PSCommandPath) {
                Write-Log ('To undo: powershell -NoProfile -ExecutionPolicy Bypass -File "{0}" -Restore "{1}"' -f $PSCommandPath, $script:BackupDir)
            } else {
                Write-Log ('To undo: powershell -NoProfile -ExecutionPolicy Bypass -File "<the path of {0}>" -Restore "{1}"' -f $ScriptName, $script:BackupDir)
            }
        }
        if ($script:Failures -eq 0) {
            Remove-OldBackups
        }
    }
    if ($script:Failures -gt 0) {
        if ($Helpdesk) {
            Write-Log ('If you need help, contact: ' + $Helpdesk)
        }
        Write-Log ('{0} problem(s): see the ERROR lines above.' -f $script:Failures)
        Exit-Script 1
    }
    if ($script:RetestProblems -gt 0) {
        if ($Helpdesk) {
            Write-Log ('Please send this report to your help desk: ' + $Helpdesk)
        } else {
            Write-Log 'Please send this report to your IT department.'
        }
        Write-Log ('Done, but the re-test found {0} problem(s) that clearing the cache does not fix: see the PROBLEM lines above.' -f $script:RetestProblems)
        Exit-Script 6
    }
    Write-Log 'Done.'
    Exit-Script 0
}

if ($Help) {
    Show-Help
    Exit-Script 0
}
if ($Delete -and $Backup) {
    Write-Host 'Error: -Delete and -Backup cannot be used together. See -Help.'
    Exit-Script 2
}
if ($Delete) {
    $script:DeleteMode = $true
}
if ($Backup) {
    $script:DeleteMode = $false
}
Test-Environment
Start-UnattendedLog
Initialize-Tables
if ($Restore) {
    $code = Restore-Backup -Dir $Restore
    Exit-Script $code
}
Write-Intro
$found = @($script:CacheFolders | Where-Object { Test-Path -LiteralPath $_.Path })
if ($found.Count -eq 0) {
    Write-Log ('Teams is not installed for you on this computer: no Teams cache folder was found in your profile ({0}).' -f $env:USERPROFILE)
    Write-Log '(Or the cache is already empty, for example after an earlier run.)'
    Write-Log 'The steps for Teams are skipped; the others run.'
} else {
    Write-Log ''
    Write-Log 'Teams folders found:'
    foreach ($folder in $found) {
        Write-Log ('  ' + $folder.Path)
    }
}
# Virtual desktops: Microsoft does not support clearing the Teams cache by hand there (the
# profile is reset at sign-out or lives in a container IT manages), so nothing is changed.
# The markers can also be set for other reasons, hence "may be", and the marker is named.
$vdi = @(Get-VdiMarker)
if ($vdi.Count -gt 0) {
    Write-Log ''
    Write-Log 'This computer may be a virtual desktop, or use a profile container, managed by your IT department. Found:'
    foreach ($marker in $vdi) {
        Write-Log ('  ' + $marker)
    }
    Write-Log 'Clearing the Teams cache by hand is not supported there, so this script changes nothing.'
    Write-Log 'Please contact IT, tell them Teams shows sign-in error CAA20002, and send them this window''s text.'
    if ($Helpdesk) {
        Write-Log ('Help desk: ' + $Helpdesk)
    }
    Invoke-Retest
    Exit-Script 5
}
Write-Log ''
Write-Log 'This will:'
if ($found.Count -gt 0) {
    Write-Log '  - Closes Teams: only your own Teams processes, forced after a grace period.'
}
if ($found.Count -gt 0) {
    if ($script:DeleteMode) {
        Write-Log '  - Deletes the Teams cache folders (custom meeting backgrounds are kept). This cannot be undone (-Backup keeps a copy).'
    } else {
        Write-Log '  - Moves the Teams cache folders into one backup folder in AppData\Local\TeamsSignInFix (backgrounds are kept).'
    }
}
Write-Log '  - Re-tests the sign-in addresses, proxy, VPN and clock (report only).'
Write-Log '  - Checks TLS 1.2/1.3 in Internet Options and offers to switch them on (asks first).'
if ($found.Count -gt 0) {
    Write-Log '  - Starts Teams again.'
}
if (-not $script:DryRun) {
    if (-not (Confirm-Run 'Go ahead?')) {
        Write-Log 'Cancelled: nothing was changed.'
        Exit-Script 3
    }
    if (-not (New-WorkFolder)) {
        Exit-Script 1
    }
}
if ($found.Count -gt 0) {
    Write-Log ''
    Write-Log '== Close Teams =='
    if (Stop-Teams) {
        if (-not $script:DryRun -and -not $script:TeamsStateUnknown) {
            Add-Summary 'Teams is closed'
        }
        Clear-TeamsCache -Found $found
    } else {
        Write-Log 'Teams is still running, so its cache was not touched.'
    }
}
Invoke-Retest
Invoke-TlsCheck
if ($found.Count -gt 0) {
    Start-TeamsAgain
}
Complete-Run
