$script:DryRun = [bool]$WhatIfPreference
$script:AssumeYes = [bool]$Yes
if ($PSBoundParameters.ContainsKey('Confirm') -and -not $PSBoundParameters['Confirm']) {
    $script:AssumeYes = $true
}
# -WhatIf and -Confirm are handled by the script itself ($script:DryRun, Confirm-Run). Cmdlets
# would otherwise inherit them: under -WhatIf, Invoke-CimMethod (the process-owner lookup)
# does nothing and every process looks foreign; under -Confirm it prompts per process. Every
# ShouldProcess-aware call also passes -WhatIf:$false -Confirm:$false; this covers the ones
# that only became ShouldProcess-aware in PowerShell 7 (Start-Process).
$WhatIfPreference = $false
$ConfirmPreference = 'None'
# Progress bars of Invoke-WebRequest slow Windows PowerShell 5.1 down and garble the log.
$ProgressPreference = 'SilentlyContinue'
$script:DeleteMode = $DefaultDelete
$script:BackupDir = ''
$script:LogFile = ''
$script:Failures = 0
$script:Summary = @()
$script:RunStamp = Get-Date -Format 'yyyyMMdd-HHmmss'
