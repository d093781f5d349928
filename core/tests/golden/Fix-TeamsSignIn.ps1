<#
.SYNOPSIS
    Fixes Microsoft Teams sign-in error CAA20002 for the current Windows user.

.DESCRIPTION
    What it does, in this order (each action is printed first, and logged):
      1. Closes Teams: only your own Teams processes, forced after a grace period.
      2. Moves the Teams cache folders into one backup folder in your user folder (backgrounds are kept).
      3. Re-tests the sign-in addresses, proxy, VPN and clock (report only).
      4. Checks TLS 1.2/1.3 in Internet Options and offers to switch them on (asks first).
      5. Starts Teams again.

    It was made by version $PageVersion of the Teams sign-in self-check page for the
    organization in $Organization (help desk: $Helpdesk). Those variables are set right
    below the parameters; they are plain text that is only ever printed, never run. The
    same page version, settings and choices always give the same file, byte for byte.

    Needs no administrator rights. Run it as yourself, not as SYSTEM (Intune, SCCM):
    the cache belongs to your user profile.

    Undo: run it again with -Restore and the backup folder it printed, for example
      powershell -NoProfile -ExecutionPolicy Bypass -File "$env:USERPROFILE\Downloads\Fix-TeamsSignIn.ps1" -Restore "$env:USERPROFILE\TeamsCacheBackup-YYYYMMDD-HHMMSS"

.PARAMETER Delete
    Delete the cache folders instead of moving them into a backup folder (cannot be
    undone). Custom meeting backgrounds are kept either way.

.PARAMETER Backup
    Move the cache folders into a backup folder (undo with -Restore). This is the default.

.PARAMETER Restore
    Undo: put the cache folders back from this backup folder.

.PARAMETER Yes
    Do not ask for confirmation (same as -Confirm:$false, which is awkward to pass with -File).

.PARAMETER Help
    Show this help.

.EXAMPLE
    powershell -NoProfile -ExecutionPolicy Bypass -File "$env:USERPROFILE\Downloads\Fix-TeamsSignIn.ps1" -WhatIf
    Dry run: prints every action and changes nothing.

.EXAMPLE
    powershell -NoProfile -ExecutionPolicy Bypass -File "$env:USERPROFILE\Downloads\Fix-TeamsSignIn.ps1" -Yes
    Runs without asking (needed when nobody can answer the question).

.NOTES
    Exit codes: 0 done, or nothing to do (for example Teams is not installed);
    1 a step failed; 2 wrong usage (conflicting options, missing backup folder, run as
    SYSTEM); 3 not confirmed (you said no, or there was nobody to ask); 4 PowerShell runs
    in Constrained Language Mode (AppLocker/WDAC): IT must sign this file; 5 this is a
    virtual desktop (Citrix, Azure Virtual Desktop, FSLogix profile container) where the
    cache must not be cleared by hand: nothing was changed, contact IT.
    The log file fix-teams-signin.log is in the backup folder
    %USERPROFILE%\TeamsCacheBackup-YYYYMMDD-HHMMSS. File: Fix-TeamsSignIn.ps1
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

# Text from the page's configuration, and the page's version: plain data, only ever printed.
$Organization = 'Contoso IT'
$Helpdesk = 'help@contoso.example, +1 555 0100, https://help.contoso.example'
$PageVersion = '0.1.0'

$ScriptName = 'Fix-TeamsSignIn.ps1'
# Seconds Teams gets to close by itself before it is forced.
$GraceSeconds = 10
$DefaultDelete = $false
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
    [pscustomobject]@{ Product = 'Azure Virtual Desktop or Windows 365'; Key = 'HKLM:\SOFTWARE\Microsoft\Teams'; Value = 'IsWVDEnvironment' }
    [pscustomobject]@{ Product = 'Citrix virtual desktop'; Key = 'HKLM:\SOFTWARE\Citrix\PortICA'; Value = '' }
    [pscustomobject]@{ Product = 'VMware Horizon virtual desktop'; Key = 'HKLM:\SOFTWARE\VMware, Inc.\VMware VDM\Agent'; Value = '' }
    [pscustomobject]@{ Product = 'Omnissa Horizon virtual desktop'; Key = 'HKLM:\SOFTWARE\Omnissa\Agent\Configuration'; Value = '' }
    [pscustomobject]@{ Product = 'FSLogix profile container'; Key = 'HKLM:\SOFTWARE\FSLogix\Profiles'; Value = 'Enabled' }
)

$script:DryRun = [bool]$WhatIfPreference
$script:AssumeYes = [bool]$Yes
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
$script:RunStamp = Get-Date -Format 'yyyyMMdd-HHmmss'

function Initialize-Tables {
    # The known Teams cache folders (and nothing else), built from the $env: profile folders.
    # Only these may be moved or deleted: see Assert-CachePath.
    $script:CacheFolders = @(
        [pscustomobject]@{ Key = 'classic-Teams'; Path = [System.IO.Path]::Combine($env:APPDATA, 'Microsoft\Teams'); Backgrounds = 'Backgrounds\Uploads'; KeepEmpty = $true }
        [pscustomobject]@{ Key = 'new-LocalCache'; Path = [System.IO.Path]::Combine($env:LOCALAPPDATA, 'Packages\MSTeams_8wekyb3d8bbwe\LocalCache'); Backgrounds = 'Microsoft\MSTeams\Backgrounds\Uploads'; KeepEmpty = $false }
    )
}

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
    # Returns $true only on an explicit yes. With nobody to ask it refuses instead of hanging.
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
    # Explorer), it waits for Enter so the summary and the undo command can be read.
    param([int]$Code)
    if ((Test-StartedFromExplorer) -and (Test-CanAsk)) {
        [void](Read-Host 'Press Enter to close this window')
    }
    exit $Code
}

function Get-Reason {
    # The real cause of a failed step in plain words, followed by the system's own text.
    param($ErrorRecord)
    $e = $ErrorRecord.Exception
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
        Exit-Script 2
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
        Write-Fail ('could not create the folder {0}: {1}' -f $dir, (Get-Reason $_))
        return $false
    }
    $script:BackupDir = $dir
    $script:LogFile = [System.IO.Path]::Combine($dir, 'fix-teams-signin.log')
    Write-Log ('Log file: ' + $script:LogFile)
    Write-Log ('Run started {0} (organization: {1}; page version {2})' -f $script:RunStamp, $Organization, $PageVersion)
    return $true
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
        # Read-only, so never subject to -WhatIf/-Confirm (it honours them and would reject
        # every process under -WhatIf, or prompt per process under -Confirm).
        $owner = Invoke-CimMethod -InputObject $p -MethodName GetOwner -ErrorAction SilentlyContinue -WhatIf:$false -Confirm:$false
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
            try {
                Stop-Process -Id $id -Force -ErrorAction Stop -WhatIf:$false -Confirm:$false
            } catch {
                Write-Log ('  could not stop process {0}: {1}' -f $id, (Get-Reason $_))
            }
        }
        Start-Sleep -Seconds 1
        $left = @(Get-TeamsProcessId)
    }
    if ($left.Count -gt 0) {
        Write-Fail ('Teams is still running (process ids: {0}) although it was asked to close and then forced. Close it yourself (or restart the computer) and run this again.' -f ($left -join ' '))
        return $false
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
    # The documented markers of a virtual desktop or profile container found on this computer
    # (the table $VdiMarkers, with sources in the page's source code). Read only.
    $found = @()
    foreach ($marker in $VdiMarkers) {
        if (-not (Test-Path -LiteralPath $marker.Key)) {
            continue
        }
        if ($marker.Value) {
            $item = Get-ItemProperty -LiteralPath $marker.Key -Name $marker.Value -ErrorAction SilentlyContinue
            if (-not $item -or [string]$item.($marker.Value) -ne '1') {
                continue
            }
        }
        $found += $marker.Product
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
    # Copies the saved custom meeting backgrounds back to where Teams looks for them.
    param([string]$From, [string]$To)
    try {
        Assert-CachePath -Path $To
        [void][System.IO.Directory]::CreateDirectory([System.IO.Path]::GetDirectoryName($To))
        Copy-Item -LiteralPath $From -Destination $To -Recurse -Force -ErrorAction Stop -WhatIf:$false -Confirm:$false
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
            if (-not (Test-SameVolume $path $env:USERPROFILE)) {
                Write-Log ('[dry run] would NOT move {0}: it is on another drive than your user folder (see below)' -f $path)
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
            Write-Fail ('left {0} as it is: it is on another drive than your user folder ({1}), and moving it there would copy it file by file and could leave it half-copied. Run this again with -Delete to delete it instead, or ask IT (redirected AppData).' -f $path, $script:BackupDir)
            return
        }
        Write-Log ('Moving: ' + $path)
        Write-Log ('  into: ' + $dest)
        # One rename on the same volume: a junction inside moves as a link, nothing is copied.
        Assert-CachePath -Path $path
        [System.IO.Directory]::Move($path, $dest)
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

function Write-StatusLine {
    # Reachable means Microsoft answered. 407 is the proxy asking for a sign-in, and 403 is a
    # refusal, usually a proxy's or web filter's block page: both are problems, not "OK".
    param($Endpoint, [int]$Code)
    if ($Code -eq 407) {
        Write-Log ('    PROBLEM  {0} ({1}): HTTP 407, the proxy wants you to sign in to it (tell IT: Teams cannot answer that)' -f $Endpoint.Label, $Endpoint.Url)
    } elseif ($Code -eq 403) {
        Write-Log ('    PROBLEM  {0} ({1}): HTTP 403, access refused (usually a proxy or web filter blocking the address)' -f $Endpoint.Label, $Endpoint.Url)
    } else {
        Write-Log ('    OK       {0} ({1}): answered HTTP {2}' -f $Endpoint.Label, $Endpoint.Url, $Code)
    }
}

function Test-Endpoints {
    Write-Log '  Can this computer reach the Microsoft sign-in addresses?'
    foreach ($endpoint in $Endpoints) {
        try {
            $response = Invoke-WebRequest -Uri $endpoint.Url -UseBasicParsing -TimeoutSec 10 -ErrorAction Stop
            Write-StatusLine $endpoint ([int]$response.StatusCode)
        } catch {
            $code = Get-ErrorStatusCode $_
            if ($code -gt 0) {
                Write-StatusLine $endpoint $code
            } else {
                Write-Log ('    PROBLEM  {0} ({1}): no answer. System message: {2}' -f $endpoint.Label, $endpoint.Url, $_.Exception.Message)
            }
        }
    }
}

function Test-CaptivePortal {
    # Windows' own connectivity probe: anything but this exact text means something else
    # answered (a hotel or guest Wi-Fi login page, or a proxy's page).
    try {
        $response = Invoke-WebRequest -Uri 'http://www.msftconnecttest.com/connecttest.txt' -UseBasicParsing -TimeoutSec 10 -MaximumRedirection 0 -ErrorAction Stop
        if (([string]$response.Content).Trim() -eq 'Microsoft Connect Test') {
            Write-Log '  Internet login page (captive portal): none, Windows'' connectivity probe answered normally.'
        } else {
            Write-Log '  Internet login page (captive portal): PROBLEM: something else answered Windows'' connectivity probe (a hotel or guest Wi-Fi login page, or a proxy). Open a browser and sign in to the network first.'
        }
    } catch {
        $code = Get-ErrorStatusCode $_
        if ($code -gt 0) {
            Write-Log ('  Internet login page (captive portal): PROBLEM: the connectivity probe was answered with HTTP {0} (a login page or a proxy redirects it).' -f $code)
        } else {
            Write-Log ('  Internet login page (captive portal): could not check. System message: ' + $_.Exception.Message)
        }
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
        $request.AllowAutoRedirect = $false
        try {
            $request.GetResponse().Close()
        } catch [System.Net.WebException] {
            if ($_.Exception.Response) {
                $_.Exception.Response.Close()
            }
        }
        if ($request.ServicePoint.Certificate) {
            return (New-Object -TypeName System.Security.Cryptography.X509Certificates.X509Certificate2 -ArgumentList $request.ServicePoint.Certificate)
        }
    } catch {
        Write-Log ('    (through the proxy: {0})' -f $_.Exception.Message)
    }
    $tcp = New-Object -TypeName System.Net.Sockets.TcpClient
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
    # firewall is inspecting TLS (it decrypts and re-signs the traffic).
    $hostName = 'login.microsoftonline.com'
    $roots = 'DigiCert Global Root G2|DigiCert Global Root G3|DigiCert Global Root CA|DigiCert TLS ECC P384 Root G5|DigiCert TLS RSA4096 Root G5|Microsoft RSA Root Certificate Authority 2017|Microsoft ECC Root Certificate Authority 2017|Baltimore CyberTrust Root' -split '\|'
    Write-Log ('  TLS certificate chain of {0}:' -f $hostName)
    try {
        $leaf = Get-LeafCertificate $hostName
        $chain = New-Object -TypeName System.Security.Cryptography.X509Certificates.X509Chain
        [void]$chain.Build($leaf)
        $elements = @($chain.ChainElements | ForEach-Object { $_.Certificate })
        $root = $elements[$elements.Count - 1]
        $rootName = $root.GetNameInfo([System.Security.Cryptography.X509Certificates.X509NameType]::SimpleName, $false)
        $issuerName = $leaf.GetNameInfo([System.Security.Cryptography.X509Certificates.X509NameType]::SimpleName, $true)
        Write-Log ('    issued by: {0}' -f $issuerName)
        Write-Log ('    root:      {0}' -f $rootName)
        if ($roots -contains $rootName) {
            Write-Log '    OK: the chain ends at one of Microsoft''s public root certificate authorities.'
        } else {
            Write-Log ('    PROBLEM: TLS inspection by {0}, tell IT: the chain does not end at one of Microsoft''s public root certificate authorities, so something between this computer and Microsoft decrypts the connection. Sign-in often fails behind it unless IT excludes the Microsoft sign-in addresses.' -f $issuerName)
        }
    } catch {
        Write-Log ('    could not read the certificate chain. System message: ' + $_.Exception.Message)
    }
}

function Test-DeviceRegistration {
    # Read-only summary of dsregcmd /status for the help desk: how this device is joined to
    # Microsoft Entra ID and whether it holds a Primary Refresh Token (PRT).
    Write-Log '  Device registration (dsregcmd /status, read only):'
    try {
        $lines = @(& dsregcmd.exe /status 2>&1)
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
        if ([Math]::Abs($skew) -gt $failSeconds) {
            Write-Log ('  Clock: PROBLEM: this computer''s clock is about {0} seconds off (more than {1} seconds breaks sign-in).' -f $skew, $failSeconds)
        } elseif ([Math]::Abs($skew) -gt $warnSeconds) {
            Write-Log ('  Clock: WARNING: this computer''s clock is about {0} seconds off (more than {1} seconds; sign-in fails above {2}).' -f $skew, $warnSeconds, $failSeconds)
        } else {
            Write-Log ('  Clock: OK (within about {0} seconds of {1}; the Date header has a resolution of one second)' -f [Math]::Abs($skew), $ClockUrl)
        }
    } catch {
        Write-Log ('  Clock: could not read the time from {0}. System message: {1}' -f $ClockUrl, $_.Exception.Message)
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
            Write-Log '  PROBLEM: TLS 1.2 is switched off for the whole computer: only IT (an administrator) can change that.'
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
        Exit-Script 1
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
Initialize-Tables
if ($Restore) {
    $code = Restore-Backup -Dir $Restore
    Exit-Script $code
}
Write-Intro
$found = @($script:CacheFolders | Where-Object { Test-Path -LiteralPath $_.Path })
if ($found.Count -eq 0) {
    Write-Log ('Teams is not installed for you on this computer: no Teams cache folder was found in your profile ({0}).' -f $env:USERPROFILE)
    Write-Log '(Or the cache is already empty, for example after an earlier run.) Nothing to do.'
    Exit-Script 0
}
Write-Log ''
Write-Log 'Teams folders found:'
foreach ($folder in $found) {
    Write-Log ('  ' + $folder.Path)
}
# Virtual desktops: Microsoft does not support clearing the Teams cache by hand there (the
# profile is reset at sign-out or lives in a container IT manages), so nothing is changed.
$vdi = @(Get-VdiMarker)
if ($vdi.Count -gt 0) {
    Write-Log ''
    Write-Log ('This computer looks like a virtual desktop managed by your IT department: {0}.' -f ($vdi -join '; '))
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
Write-Log '  - Closes Teams: only your own Teams processes, forced after a grace period.'
if ($script:DeleteMode) {
    Write-Log '  - Deletes the Teams cache folders (custom meeting backgrounds are kept). This cannot be undone (-Backup keeps a copy).'
} else {
    Write-Log '  - Moves the Teams cache folders into one backup folder in your user folder (backgrounds are kept).'
}
Write-Log '  - Re-tests the sign-in addresses, proxy, VPN and clock (report only).'
Write-Log '  - Checks TLS 1.2/1.3 in Internet Options and offers to switch them on (asks first).'
Write-Log '  - Starts Teams again.'
if (-not $script:DryRun) {
    if (-not (Confirm-Run 'Go ahead?')) {
        Write-Log 'Cancelled: nothing was changed.'
        Exit-Script 3
    }
    if (-not (New-WorkFolder)) {
        Exit-Script 1
    }
}
Write-Log ''
Write-Log '== Close Teams =='
if (Stop-Teams) {
    if (-not $script:DryRun) {
        Add-Summary 'Teams is closed'
    }
    Clear-TeamsCache -Found $found
} else {
    Write-Log 'Teams is still running, so its cache was not touched.'
}
Invoke-Retest
Invoke-TlsCheck
Start-TeamsAgain
Complete-Run
