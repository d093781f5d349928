function Reset-TeamsApp {
    # Off by default, chosen on the page. Reset-AppxPackage does what Settings > Apps >
    # Installed apps > Microsoft Teams > Advanced options > Reset does: the app's data is
    # deleted. There is no undo, so it asks again with its own [y/N] (default no).
    Write-Log ''
    Write-Log '== Reset the new Teams app =='
    $erases = {{RESET_ERASES}}
    $package = @(Get-AppxPackage -Name {{PACKAGE_NAME}} -ErrorAction SilentlyContinue)
    if ($package.Count -eq 0) {
        Write-Log '  New Teams is not installed for you (or this PowerShell cannot list apps): nothing was reset.'
        Write-Log '  If Teams is installed, use Settings > Apps > Installed apps > Microsoft Teams > Advanced options > Reset.'
        Add-Summary 'app reset: new Teams not found'
        return
    }
    $name = $package[0].PackageFullName
    # Reset-AppxPackage came with Windows 10 build 20215: older Windows 10 lacks it. Checked
    # before asking, so nobody confirms a reset that cannot happen.
    if (-not (Get-Command -Name 'Reset-AppxPackage' -ErrorAction SilentlyContinue)) {
        Write-Log '  This Windows has no Reset-AppxPackage (older Windows 10), so the script cannot reset the app itself. Reset it in Settings:'
        Write-Log '  Windows 11: Settings > Apps > Installed apps > Microsoft Teams > ... > Advanced options > Reset.'
        Write-Log '  Windows 10: Settings > Apps > Apps & features > Microsoft Teams > Advanced options > Reset.'
        if ($script:DryRun -or $Unattended) {
            Add-Summary 'app reset: not possible here (reset it in Settings > Apps)'
            return
        }
        try {
            Start-Process -FilePath {{APPS_SETTINGS}}
            Add-Summary 'app reset: opened Settings > Apps (reset Teams there)'
        } catch {
            Write-Fail ('could not open Settings > Apps: ' + (Get-Reason $_))
        }
        return
    }
    Write-Log ('  This erases ' + $erases + '.')
    if ($script:DryRun) {
        Write-Log ('[dry run] would ask, then reset: ' + $name)
        return
    }
    $ok = $script:AssumeYes
    if (-not $ok -and (Test-CanAsk)) {
        $ok = Test-Yes (Read-Host 'Reset new Teams now? This cannot be undone [y/N]')
    }
    if (-not $ok) {
        Write-Log '  Left as it is.'
        Add-Summary 'app reset skipped'
        return
    }
    try {
        Reset-AppxPackage -Package $name -ErrorAction Stop -WhatIf:$false -Confirm:$false
        Write-Log '  New Teams was reset. Start it and sign in again.'
        Add-Summary 'new Teams app reset'
    } catch {
        Write-Fail ('could not reset new Teams: {0} Use Settings > Apps > Installed apps > Microsoft Teams > Advanced options > Reset instead.' -f (Get-Reason $_))
    }
}
