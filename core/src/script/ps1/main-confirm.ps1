if (-not $script:DryRun) {
    if (-not (Confirm-Run 'Go ahead?')) {
        Write-Log 'Cancelled: nothing was changed.'
        Exit-Script 3
    }
    if (-not (New-WorkFolder)) {
        Exit-Script 1
    }
}
