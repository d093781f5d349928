function Sync-Clock {
    # w32tm /resync needs administrator rights. Run as administrator, the script starts the
    # time service if it is stopped and resyncs. Otherwise it asks Windows (UAC) to elevate
    # only this one command, never the whole script; declined or failed: the Date & time page.
    # (A script started elevated with another account is refused at the start.)
    Write-Log ''
    Write-Log '== Set the clock =='
    $identity = [System.Security.Principal.WindowsIdentity]::GetCurrent()
    $principal = New-Object -TypeName System.Security.Principal.WindowsPrincipal -ArgumentList $identity
    if ($principal.IsInRole([System.Security.Principal.WindowsBuiltInRole]::Administrator)) {
        if ($script:DryRun) {
            Write-Log '[dry run] would start the Windows Time service if it is stopped, then run: w32tm /resync'
            return
        }
        try {
            $service = Get-Service -Name 'w32time' -ErrorAction Stop
            if ($service.Status -ne 'Running') {
                Write-Log '  Starting the Windows Time service (it was stopped).'
                Start-Service -Name 'w32time' -ErrorAction Stop -WhatIf:$false -Confirm:$false
            }
        } catch {
            Write-Log ('  Could not start the Windows Time service: ' + (Get-Reason $_))
        }
        $output = & w32tm.exe /resync 2>&1
        if ($LASTEXITCODE -eq 0) {
            Write-Log '  Clock synchronized (w32tm /resync).'
            Add-Summary 'clock synchronized'
            return
        }
        Write-Fail ('w32tm /resync failed (exit code {0}): {1}. Use Settings > Time & language > Date & time > Sync now.' -f $LASTEXITCODE, ($output -join ' '))
        return
    }
    if ($Unattended) {
        # Nobody may be at the screen to answer Windows' administrator prompt.
        Write-Log '  The clock was not synchronized: that needs administrator rights, which an unattended run does not ask for.'
        Add-Summary 'clock not synchronized (needs administrator rights)'
        return
    }
    if ($script:DryRun) {
        Write-Log '[dry run] would offer to run "net start w32time" and "w32tm /resync" with administrator rights (Windows asks), else open Settings > Time & language > Date & time'
        return
    }
    $ok = $script:AssumeYes
    if (-not $ok -and (Test-CanAsk)) {
        $ok = Test-Yes (Read-Host 'Sync the clock now? Windows will ask for administrator rights for this one command [y/N]')
    }
    if ($ok) {
        try {
            # The exact command, elevated on its own: start the time service (harmless if it
            # already runs), then resync. The exit code is w32tm's.
            $p = Start-Process -FilePath 'cmd.exe' -ArgumentList '/c net start w32time & w32tm /resync' -Verb RunAs -Wait -PassThru -ErrorAction Stop
            if ($p.ExitCode -eq 0) {
                Write-Log '  Clock synchronized (w32tm /resync, run with administrator rights).'
                Add-Summary 'clock synchronized'
                return
            }
            Write-Log ('  w32tm /resync did not succeed (exit code {0}).' -f $p.ExitCode)
        } catch {
            Write-Log ('  Not run with administrator rights: ' + (Get-Reason $_))
        }
    }
    Write-Log '  Opening Settings > Time & language > Date & time.'
    Write-Log '  Switch on "Set time automatically" and "Set time zone automatically", then click "Sync now".'
    try {
        Start-Process -FilePath {{DATE_TIME_SETTINGS}}
        Add-Summary 'opened the Date & time settings'
    } catch {
        Write-Fail ('could not open the Date & time settings: ' + (Get-Reason $_))
    }
}
