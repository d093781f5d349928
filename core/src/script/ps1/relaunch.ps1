# 32-bit PowerShell on 64-bit Windows (Intune starts scripts in it unless told otherwise):
# Windows redirects HKLM\SOFTWARE and System32 for it, so virtual-desktop markers and
# dsregcmd.exe would not be found. Start this same file again in the 64-bit Windows
# PowerShell (sysnative is the 32-bit name of the real System32), with the same options
# and execution policy, and pass its exit code on.
if ([Environment]::Is64BitOperatingSystem -and -not [Environment]::Is64BitProcess) {
    $native = [System.IO.Path]::Combine($env:windir, 'sysnative\WindowsPowerShell\v1.0\powershell.exe')
    if ($PSCommandPath -and (Test-Path -LiteralPath $native)) {
        $relaunch = @('-NoProfile', '-ExecutionPolicy', [string](Get-ExecutionPolicy), '-File', $PSCommandPath)
        if ($Delete) {
            $relaunch += '-Delete'
        }
        if ($Backup) {
            $relaunch += '-Backup'
        }
        if ($Restore) {
            $relaunch += @('-Restore', $Restore)
        }
        if ($Yes -or ($PSBoundParameters.ContainsKey('Confirm') -and -not $PSBoundParameters['Confirm'])) {
            $relaunch += '-Yes'
        }
        if ($Help) {
            $relaunch += '-Help'
        }
        if ([bool]$WhatIfPreference) {
            $relaunch += '-WhatIf'
        }
        Write-Host 'This is 32-bit PowerShell: starting the 64-bit Windows PowerShell for the same run.'
        & $native @relaunch
        exit $LASTEXITCODE
    }
    Write-Host 'Note: this is 32-bit PowerShell and the 64-bit one could not be started. The virtual-desktop check reads the 64-bit registry itself, but some checks may see less.'
}
