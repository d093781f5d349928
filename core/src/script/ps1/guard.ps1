function Assert-CachePath {
    # The single allow-list check in front of every move and delete. Throws unless $Path is one
    # of the known Teams cache folders in $script:CacheFolders, or a path inside one, and:
    #  - it has no . or .. segments (no way to climb out of the folder by spelling);
    #  - it is never the whole MSTeams_8wekyb3d8bbwe package folder nor OneAuth;
    #  - it lies below the user's profile folders ($env:APPDATA, $env:LOCALAPPDATA, $env:USERPROFILE);
    #  - no junction or symbolic link sits between the profile folder and the path (the path
    #    itself may be one: moving or deleting a link never touches its target).
    param([Parameter(Mandatory = $true)][string]$Path)
    if ($Path -match '(^|[\\/])\.{1,2}([\\/]|$)') {
        throw ('refusing to touch {0}: the path contains . or .. segments' -f $Path)
    }
    if ($Path -match 'OneAuth') {
        throw ('refusing to touch {0}: OneAuth is shared by all Microsoft apps' -f $Path)
    }
    $full = [System.IO.Path]::GetFullPath($Path).TrimEnd('\')
    if ($full -match {{PACKAGE_FOLDER_PATTERN}}) {
        throw ('refusing to touch {0}: removing the whole Teams package folder breaks Teams' -f $full)
    }
    $root = ''
    foreach ($folder in $script:CacheFolders) {
        $known = [System.IO.Path]::GetFullPath($folder.Path).TrimEnd('\')
        if ($full.Equals($known, [System.StringComparison]::OrdinalIgnoreCase) -or $full.StartsWith($known + '\', [System.StringComparison]::OrdinalIgnoreCase)) {
            $root = $known
        }
    }
    if (-not $root) {
        throw ('refusing to touch {0}: it is not one of the known Teams cache folders' -f $full)
    }
    $base = ''
    foreach ($candidate in @($env:APPDATA, $env:LOCALAPPDATA, $env:USERPROFILE)) {
        $b = [System.IO.Path]::GetFullPath($candidate).TrimEnd('\')
        if (-not $base -and $root.StartsWith($b + '\', [System.StringComparison]::OrdinalIgnoreCase)) {
            $base = $b
        }
    }
    if (-not $base) {
        throw ('refusing to touch {0}: it is not inside your user profile' -f $full)
    }
    $parent = [System.IO.Path]::GetDirectoryName($full)
    while ($parent -and $parent.Length -gt $base.Length) {
        if ([System.IO.Directory]::Exists($parent)) {
            $attributes = [System.IO.File]::GetAttributes($parent)
            if ($attributes -band [System.IO.FileAttributes]::ReparsePoint) {
                throw ('refusing to touch {0}: {1} is a link (junction) that could lead anywhere' -f $full, $parent)
            }
        }
        $parent = [System.IO.Path]::GetDirectoryName($parent)
    }
}

function Test-SameVolume {
    # Whether two folders have the same drive root. Only then is a move a rename: across
    # drives Move-Item copies file by file, follows junctions and can leave the cache split
    # (classic Teams with %APPDATA% redirected to a share, common on RDS/VDI). The moves use
    # [System.IO.Directory]::Move, which never copies: across volumes it fails (the system's
    # error 17), so a mount point this check cannot see still changes nothing.
    param([string]$A, [string]$B)
    $rootA = [System.IO.Path]::GetPathRoot([System.IO.Path]::GetFullPath($A))
    $rootB = [System.IO.Path]::GetPathRoot([System.IO.Path]::GetFullPath($B))
    return $rootA.Equals($rootB, [System.StringComparison]::OrdinalIgnoreCase)
}
