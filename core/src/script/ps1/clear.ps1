function Remove-CacheTree {
    # Deletes a folder without ever following a link out of it: a junction or symbolic link is
    # removed as a link (its target is never touched) and real folders are emptied first.
    # Remove-Item -Recurse is not used: Windows PowerShell 5.1 can follow junctions with it.
    param([Parameter(Mandatory = $true)][string]$Path)
    $item = Get-Item -LiteralPath $Path -Force -ErrorAction Stop
    if ($item.Attributes -band [System.IO.FileAttributes]::ReparsePoint) {
        Assert-CachePath -Path $Path
        $item.Delete()
        return
    }
    if ($item.PSIsContainer) {
        foreach ($child in @(Get-ChildItem -LiteralPath $Path -Force -ErrorAction Stop)) {
            Remove-CacheTree -Path $child.FullName
        }
    }
    Assert-CachePath -Path $Path
    Remove-Item -LiteralPath $Path -Force -ErrorAction Stop -WhatIf:$false -Confirm:$false
}

function Restore-Backgrounds {
    # Copies the saved custom meeting backgrounds back to where Teams looks for them. When
    # that folder exists again, the saved files go into it (copying the folder itself would
    # nest it: Uploads\Uploads).
    param([string]$From, [string]$To)
    try {
        Assert-CachePath -Path $To
        if (Test-Path -LiteralPath $To -PathType Container) {
            foreach ($child in @(Get-ChildItem -LiteralPath $From -Force -ErrorAction Stop)) {
                Copy-Item -LiteralPath $child.FullName -Destination $To -Recurse -Force -ErrorAction Stop -WhatIf:$false -Confirm:$false
            }
        } else {
            [void][System.IO.Directory]::CreateDirectory([System.IO.Path]::GetDirectoryName($To))
            Copy-Item -LiteralPath $From -Destination $To -Recurse -Force -ErrorAction Stop -WhatIf:$false -Confirm:$false
        }
        Write-Log ('Put your custom meeting backgrounds back: ' + $To)
    } catch {
        Write-Fail ('could not put your custom meeting backgrounds back into {0} ({1}); they are safe in {2}' -f $To, (Get-Reason $_), $From)
    }
}

function Clear-CacheFolder {
    # Moves (or deletes) one cache folder. A move renames the folder itself, so links inside it
    # move as links and their targets are never touched.
    param($Folder)
    $path = $Folder.Path
    $bg = ''
    if ($Folder.Backgrounds) {
        $bg = [System.IO.Path]::Combine($path, $Folder.Backgrounds)
    }
    try {
        Assert-CachePath -Path $path
        if ($script:DeleteMode -and $script:TeamsStateUnknown) {
            # Deleting removes file after file: under a running Teams it could stop half-way.
            Write-Fail ('did not delete {0}: whether Teams is running could not be checked, and deleting files Teams still uses can leave the cache half deleted. Close Teams and run this again, or run it with -Backup (a move is one rename: all or nothing).' -f $path)
            return
        }
        if ($script:DeleteMode) {
            if ($script:DryRun) {
                if ($bg -and (Test-Path -LiteralPath $bg)) {
                    Write-Log ('[dry run] would save your custom meeting backgrounds: ' + $bg)
                }
                Write-Log ('[dry run] would delete: ' + $path)
                return
            }
            $keep = ''
            if ($bg -and (Test-Path -LiteralPath $bg)) {
                $keep = [System.IO.Path]::Combine($script:BackupDir, 'backgrounds\' + $Folder.Key)
                [void][System.IO.Directory]::CreateDirectory([System.IO.Path]::GetDirectoryName($keep))
                Copy-Item -LiteralPath $bg -Destination $keep -Recurse -Force -ErrorAction Stop -WhatIf:$false -Confirm:$false
            }
            Write-Log ('Deleting: ' + $path)
            Remove-CacheTree -Path $path
            Add-Summary ('deleted ' + $path)
            # Left behind empty, as after a move (see below).
            [void][System.IO.Directory]::CreateDirectory($path)
            if ($keep) {
                Restore-Backgrounds -From $keep -To $bg
            }
            return
        }
        if ($script:DryRun) {
            $planned = [System.IO.Path]::Combine($script:BackupRoot, 'TeamsCacheBackup-' + $script:RunStamp)
            if (-not (Test-SameVolume $path $script:BackupRoot)) {
                Write-Log ('[dry run] would NOT move {0}: it is on another drive than the backup folder (see below)' -f $path)
                return
            }
            Write-Log ('[dry run] would move: ' + $path)
            Write-Log ('          into: ' + [System.IO.Path]::Combine($planned, $Folder.Key))
            if ($bg -and (Test-Path -LiteralPath $bg)) {
                Write-Log ('[dry run] would put your custom meeting backgrounds back: ' + $bg)
            }
            return
        }
        $dest = [System.IO.Path]::Combine($script:BackupDir, $Folder.Key)
        if (-not (Test-SameVolume $path $script:BackupDir)) {
            Write-Fail ('left {0} as it is: it is on another drive than the backup folder ({1}), and moving it there would copy it file by file and could leave it half-copied. Run this again with -Delete to delete it instead, or ask IT (redirected AppData).' -f $path, $script:BackupDir)
            return
        }
        Write-Log ('Moving: ' + $path)
        Write-Log ('  into: ' + $dest)
        if ($script:TeamsStateUnknown) {
            Write-Log '  (whether Teams runs is unknown: a move is one rename, so it moves the whole folder or fails and changes nothing)'
        }
        # One rename on the same volume: a junction inside moves as a link, nothing is copied.
        Assert-CachePath -Path $path
        [System.IO.Directory]::Move($path, $dest)
        $script:Moved = $true
        Add-Summary ('moved ' + $path + ' into the backup folder')
        # Left behind empty: classic Teams' guidance clears "the contents of" its folder, and
        # new Teams' LocalCache belongs inside its package folder.
        [void][System.IO.Directory]::CreateDirectory($path)
        if ($bg) {
            $saved = [System.IO.Path]::Combine($dest, $Folder.Backgrounds)
            if (Test-Path -LiteralPath $saved) {
                Restore-Backgrounds -From $saved -To $bg
            }
        }
    } catch {
        Write-Fail ('could not clear {0}: {1}' -f $path, (Get-Reason $_))
    }
}

function Clear-TeamsCache {
    param($Found)
    Write-Log ''
    Write-Log '== Clear the Teams cache =='
    $before = $script:Failures
    foreach ($folder in $Found) {
        Clear-CacheFolder -Folder $folder
    }
    if ($script:Failures -eq $before -and -not $script:DryRun) {
        Add-Summary 'Teams cache cleared'
    }
}
