Write-Log ''
Write-Log '== Close Teams =='
if (Stop-Teams) {
    Add-Summary 'Teams is closed'
}
