$running = Get-RunningTeams
if ($running -and $running.Count -gt 0) {
    Write-Fail ('Teams is running (process ids: {0}), so its cache was not touched. Close Teams and run this again.' -f ($running -join ' '))
} else {
    Clear-TeamsCache -Found $found
}
