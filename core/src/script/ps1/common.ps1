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
