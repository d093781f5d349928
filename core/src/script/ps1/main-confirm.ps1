if (-not $script:DryRun) {
    if (-not (Confirm-Run 'Go ahead?')) {
        Write-Log 'Cancelled: nothing was changed.'
        exit 3
    }
    if (-not (New-WorkFolder)) {
        exit 1
    }
}
