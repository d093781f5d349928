function Get-VdiMarker {
    # The documented markers of a virtual desktop or profile container found on this computer
    # (the table $VdiMarkers, with sources in the page's source code). Read only.
    $found = @()
    foreach ($marker in $VdiMarkers) {
        if (-not (Test-Path -LiteralPath $marker.Key)) {
            continue
        }
        if ($marker.Value) {
            $item = Get-ItemProperty -LiteralPath $marker.Key -Name $marker.Value -ErrorAction SilentlyContinue
            if (-not $item -or [string]$item.($marker.Value) -ne '1') {
                continue
            }
        }
        $found += $marker.Product
    }
    return $found
}
