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
