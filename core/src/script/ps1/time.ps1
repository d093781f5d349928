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
        Start-Process -FilePath {{DATE_TIME_SETTINGS}}
        Add-Summary 'opened the Date & time settings'
    } catch {
        Write-Fail 'could not open the Date & time settings'
    }
}
