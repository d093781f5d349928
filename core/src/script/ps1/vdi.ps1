function Get-VdiMarker {
    # The documented markers of a virtual desktop or profile container found on this
    # computer (the table $VdiMarkers, with sources in the page's source code), each named
    # with what matched. Read only, from the 64-bit registry view even in 32-bit PowerShell,
    # which would otherwise see the redirected copy (Wow6432Node) and find nothing. A marker
    # that cannot be read counts: then nobody can tell, and the cache is left alone.
    $found = @()
    try {
        $machine = [Microsoft.Win32.RegistryKey]::OpenBaseKey([Microsoft.Win32.RegistryHive]::LocalMachine, [Microsoft.Win32.RegistryView]::Registry64)
    } catch {
        return @('the registry could not be read (' + (Get-Reason $_) + ')')
    }
    try {
        foreach ($marker in $VdiMarkers) {
            try {
                $key = $machine.OpenSubKey($marker.Key)
                if (-not $key) {
                    continue
                }
                try {
                    if (-not $marker.Value) {
                        $found += ('{0} (registry key HKLM\{1})' -f $marker.Product, $marker.Key)
                    } elseif ([string]$key.GetValue($marker.Value) -eq '1') {
                        $found += ('{0} (registry value HKLM\{1}\{2} = 1)' -f $marker.Product, $marker.Key, $marker.Value)
                    }
                } finally {
                    $key.Close()
                }
            } catch {
                $found += ('{0}: HKLM\{1} could not be read ({2})' -f $marker.Product, $marker.Key, (Get-Reason $_))
            }
        }
    } finally {
        $machine.Close()
    }
    return $found
}
