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
    {{WITHOUT_TEAMS}}
} else {
    Write-Log ''
    Write-Log 'Teams folders found:'
    foreach ($folder in $found) {
        Write-Log ('  ' + $folder.Path)
    }
}
