$script:DryRun = [bool]$WhatIfPreference
# The unattended variant asks nothing: what the options chose is done.
$script:AssumeYes = [bool]$Yes -or $Unattended
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
$script:RetestProblems = 0
$script:ProblemList = @()
$script:RunLog = ''
$script:Moved = $false
# Set when Windows could not list the processes: Teams may or may not be running.
$script:TeamsStateUnknown = $false
# Backups and the unattended log: in the local (not roaming) profile (see Test-Environment).
$script:BackupRoot = ''
$script:RunStamp = Get-Date -Format 'yyyyMMdd-HHmmss'
