# Virtual desktops: Microsoft does not support clearing the Teams cache by hand there (the
# profile is reset at sign-out or lives in a container IT manages), so nothing is changed.
# The markers can also be set for other reasons, hence "may be", and the marker is named.
$vdi = @(Get-VdiMarker)
if ($vdi.Count -gt 0) {
    Write-Log ''
    Write-Log 'This computer may be a virtual desktop, or use a profile container, managed by your IT department. Found:'
    foreach ($marker in $vdi) {
        Write-Log ('  ' + $marker)
    }
    Write-Log 'Clearing the Teams cache by hand is not supported there, so this script changes nothing.'
    Write-Log 'Please contact IT, tell them Teams shows sign-in error CAA20002, and send them this window''s text.'
    if ($Helpdesk) {
        Write-Log ('Help desk: ' + $Helpdesk)
    }
    {{RETEST_CALL}}
    Exit-Script 5
}
