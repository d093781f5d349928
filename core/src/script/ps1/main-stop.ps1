Write-Log ''
Write-Log '== Close Teams =='
if (Stop-Teams) {
    if (-not $script:DryRun) {
        Add-Summary 'Teams is closed'
    }
}
