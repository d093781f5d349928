function Get-TeamsProcessId {
    # This user's Teams processes only (owner = current user). msedgewebview2 is shared with
    # other apps: only the ones whose command line names new Teams. Classic Update/Squirrel
    # only when they run from the classic Teams folder. Throws when Windows cannot list the
    # processes (WMI): that means "cannot tell", never "not running".
    $me = [System.Security.Principal.WindowsIdentity]::GetCurrent().Name
    $session = [System.Diagnostics.Process]::GetCurrentProcess().SessionId
    $classicDir = [System.IO.Path]::Combine($env:LOCALAPPDATA, {{CLASSIC_INSTALL_DIR}}) + '\'
    $ids = @()
    foreach ($p in @(Get-CimInstance -ClassName Win32_Process -Filter $ProcessFilter -ErrorAction Stop)) {
        $name = ([string]$p.Name).ToLowerInvariant()
        $take = $false
        if ($name -eq 'msedgewebview2.exe') {
            $take = ([string]$p.CommandLine) -match {{WEBVIEW_PATTERN}}
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
