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
