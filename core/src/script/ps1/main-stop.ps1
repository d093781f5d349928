Write-Log ''
Write-Log '== Close Teams =='
if (Stop-Teams) {
    if (-not $script:DryRun -and -not $script:TeamsStateUnknown) {
        Add-Summary 'Teams is closed'
    }
}
