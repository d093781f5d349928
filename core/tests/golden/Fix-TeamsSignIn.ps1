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
    SYSTEM); 3 not confirmed (you said no, or there was nobody to ask).
    The log file fix-teams-signin.log is in the backup folder
    %USERPROFILE%\TeamsCacheBackup-YYYYMMDD-HHMMSS. File: Fix-TeamsSignIn.ps1
#>
[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'High')]
param(
    [switch]$Delete,
    [switch]$Backup,
    [string]$Restore = '',
    [switch]$Yes,
    [switch]$Help
)

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
        Write-Fail ('could not create the folder {0}: {1}' -f $dir, $_.Exception.Message)
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
        exit 3
    }
    if (-not (New-WorkFolder)) {
        exit 1
    }
}
Write-Log ''
Write-Log '== Close Teams =='
if (Stop-Teams) {
    Add-Summary 'Teams is closed'
    Clear-TeamsCache -Found $found
} else {
    Write-Log 'Teams is still running, so its cache was not touched.'
}
Invoke-Retest
Invoke-TlsCheck
Start-TeamsAgain
Complete-Run
