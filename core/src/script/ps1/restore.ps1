function Restore-Backup {
    # Undo: moves each cache folder found in the backup folder back where it came from. A
    # folder Teams created since then is moved aside into the backup folder, not deleted.
    param([string]$Dir)
    # Relative to the PowerShell location, like any path the user types.
    $full = $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath($Dir)
    if (-not (Test-Path -LiteralPath $full -PathType Container)) {
        Write-Log ('ERROR: the backup folder {0} does not exist.' -f $full)
        return 2
    }
    $items = @($script:CacheFolders | Where-Object { Test-Path -LiteralPath ([System.IO.Path]::Combine($full, $_.Key)) })
    if ($items.Count -eq 0) {
        Write-Log ('Nothing to restore in {0}: it holds no Teams cache folder (already restored?).' -f $full)
        return 0
    }
    Write-Log ('Restoring the Teams cache from: ' + $full)
    if ($script:DryRun) {
        Write-Log 'DRY RUN (-WhatIf): nothing will be changed; every action is only printed.'
    } else {
        if (-not (Confirm-Run 'Put the Teams cache back from this backup (Teams is closed first)?')) {
            Write-Log 'Cancelled: nothing was changed.'
            return 3
        }
        $script:LogFile = [System.IO.Path]::Combine($full, 'fix-teams-signin.log')
        Write-Log ('Restore started ' + $script:RunStamp)
    }
    if (-not (Stop-Teams)) {
        return 1
    }
    foreach ($folder in $items) {
        $src = [System.IO.Path]::Combine($full, $folder.Key)
        $path = $folder.Path
        if (-not (Test-SameVolume $src $path)) {
            Write-Fail ('cannot put back {0} from {1}: they are on different drives, and a move would copy file by file. Copy the folder back yourself, or ask IT.' -f $path, $full)
            continue
        }
        if ($script:DryRun) {
            Write-Log ('[dry run] would put back: ' + $path)
            continue
        }
        try {
            if ((Test-Path -LiteralPath $path -PathType Container) -and @(Get-ChildItem -LiteralPath $path -Force -ErrorAction Stop).Count -eq 0) {
                # The empty folder this script left in place of the moved one: removed (the
                # non-recursive delete fails on anything that is not empty).
                Assert-CachePath -Path $path
                [System.IO.Directory]::Delete($path, $false)
            }
            if (Test-Path -LiteralPath $path) {
                # A fresh name: Move-Item into an existing folder would nest instead of rename.
                $aside = [System.IO.Path]::Combine($full, $folder.Key + '.before-restore-' + $script:RunStamp)
                $n = 1
                while (Test-Path -LiteralPath $aside) {
                    $n = $n + 1
                    $aside = [System.IO.Path]::Combine($full, $folder.Key + '.before-restore-' + $script:RunStamp + '-' + $n)
                }
                Write-Log ('Moving what is there now aside (it stays in the backup folder): ' + $aside)
                Assert-CachePath -Path $path
                [System.IO.Directory]::Move($path, $aside)
            }
            [void][System.IO.Directory]::CreateDirectory([System.IO.Path]::GetDirectoryName($path))
            Assert-CachePath -Path $path
            [System.IO.Directory]::Move($src, $path)
            Write-Log ('Put back: ' + $path)
        } catch {
            Write-Fail ('could not put back {0} (it is still in {1}): {2}' -f $path, $full, (Get-Reason $_))
        }
    }
    if ($script:Failures -gt 0) {
        return 1
    }
    if (-not $script:DryRun) {
        Write-Log 'Done: the Teams cache is back as it was. Start Teams again.'
    }
    return 0
}
