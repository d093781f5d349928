# Virtual desktops: Microsoft does not support clearing the Teams cache by hand there (the
# profile is reset at sign-out or lives in a container IT manages), so nothing is changed.
$vdi = @(Get-VdiMarker)
if ($vdi.Count -gt 0) {
    Write-Log ''
    Write-Log ('This computer looks like a virtual desktop managed by your IT department: {0}.' -f ($vdi -join '; '))
    Write-Log 'Clearing the Teams cache by hand is not supported there, so this script changes nothing.'
    Write-Log 'Please contact IT, tell them Teams shows sign-in error CAA20002, and send them this window''s text.'
    if ($Helpdesk) {
        Write-Log ('Help desk: ' + $Helpdesk)
    }
    {{RETEST_CALL}}
    Exit-Script 5
}
