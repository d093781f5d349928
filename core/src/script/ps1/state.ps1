$script:DryRun = [bool]$WhatIfPreference
$script:AssumeYes = [bool]$Yes
if ($PSBoundParameters.ContainsKey('Confirm') -and -not $PSBoundParameters['Confirm']) {
    $script:AssumeYes = $true
}
$script:DeleteMode = $DefaultDelete
$script:BackupDir = ''
$script:LogFile = ''
$script:Failures = 0
$script:Summary = @()
$script:RunStamp = Get-Date -Format 'yyyyMMdd-HHmmss'
