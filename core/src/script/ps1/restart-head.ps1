function Start-TeamsAgain {
    Write-Log ''
    Write-Log '== Start Teams again =='
    $newPackage = [System.IO.Path]::Combine($env:LOCALAPPDATA, {{NEW_PACKAGE}})
    $classicUpdate = [System.IO.Path]::Combine($env:LOCALAPPDATA, {{CLASSIC_UPDATER}})
    if ($script:DryRun) {
        Write-Log '[dry run] would start Teams'
        return
    }
    try {
