function Get-ErrorStatusCode {
    # The HTTP status inside a failed Invoke-WebRequest (5.1: WebException, 7: HttpResponseException).
    param($ErrorRecord)
    try {
        $response = $ErrorRecord.Exception.Response
        if ($response) {
            return [int]$response.StatusCode
        }
    } catch {
        return 0
    }
    return 0
}

function Test-Endpoints {
    Write-Log '  Can this computer reach the Microsoft sign-in addresses?'
    foreach ($endpoint in $Endpoints) {
        try {
            $response = Invoke-WebRequest -Uri $endpoint.Url -UseBasicParsing -TimeoutSec 10 -ErrorAction Stop
            Write-Log ('    OK       {0} ({1}): answered HTTP {2}' -f $endpoint.Label, $endpoint.Url, [int]$response.StatusCode)
        } catch {
            $code = Get-ErrorStatusCode $_
            if ($code -gt 0) {
                Write-Log ('    OK       {0} ({1}): answered HTTP {2}' -f $endpoint.Label, $endpoint.Url, $code)
            } else {
                Write-Log ('    PROBLEM  {0} ({1}): no answer ({2})' -f $endpoint.Label, $endpoint.Url, $_.Exception.Message)
            }
        }
    }
}

function Test-Proxy {
    Write-Log '  Proxy for system services (netsh winhttp show proxy):'
    try {
        foreach ($line in @(& netsh.exe winhttp show proxy)) {
            if ("$line".Trim()) {
                Write-Log ('    ' + "$line".Trim())
            }
        }
    } catch {
        Write-Log '    (could not run netsh)'
    }
    Write-Log '  Proxy for apps (Internet Options):'
    $settings = Get-ItemProperty -LiteralPath 'HKCU:\Software\Microsoft\Windows\CurrentVersion\Internet Settings' -ErrorAction SilentlyContinue
    if ($settings) {
        Write-Log ('    ProxyEnable: {0}' -f $settings.ProxyEnable)
        Write-Log ('    ProxyServer: {0}' -f $settings.ProxyServer)
        Write-Log ('    AutoConfigURL: {0}' -f $settings.AutoConfigURL)
    }
}

function Test-Vpn {
    try {
        $adapters = @(Get-NetAdapter -ErrorAction Stop | Where-Object { $_.Status -eq 'Up' -and $_.InterfaceDescription -match 'VPN|TAP-|WireGuard|Wintun|AnyConnect|GlobalProtect|PANGP|Fortinet|Juniper|Pulse|Zscaler|OpenVPN|NordLynx' })
        if ($adapters.Count -gt 0) {
            Write-Log '  VPN: these VPN adapters are connected (try signing in without them):'
            foreach ($adapter in $adapters) {
                Write-Log ('    {0} ({1})' -f $adapter.Name, $adapter.InterfaceDescription)
            }
        } else {
            Write-Log '  VPN: no VPN adapter is connected.'
        }
    } catch {
        Write-Log '  VPN: could not list the network adapters.'
    }
    try {
        foreach ($vpn in @(Get-VpnConnection -ErrorAction Stop | Where-Object { $_.ConnectionStatus -eq 'Connected' })) {
            Write-Log ('  VPN connection from Windows settings is connected: ' + $vpn.Name)
        }
    } catch {
        Write-Log '  VPN: could not list the Windows VPN connections.'
    }
}

function Test-Clock {
    try {
        $response = Invoke-WebRequest -Uri $ClockUrl -UseBasicParsing -TimeoutSec 10 -ErrorAction Stop
        $header = @($response.Headers['Date'])[0]
        $server = [DateTime]::ParseExact([string]$header, 'r', [System.Globalization.CultureInfo]::InvariantCulture)
        $skew = [int]([DateTime]::UtcNow - $server).TotalSeconds
        if ([Math]::Abs($skew) -gt {{FAIL_SECONDS}}) {
            Write-Log ('  Clock: PROBLEM: this computer''s clock is {0} seconds off (more than 5 minutes breaks sign-in).' -f $skew)
        } else {
            Write-Log ('  Clock: OK (within {0} seconds of {1})' -f [Math]::Abs($skew), $ClockUrl)
        }
    } catch {
        Write-Log ('  Clock: could not read the time from ' + $ClockUrl)
    }
}

function Invoke-Retest {
    Write-Log ''
    Write-Log '== Re-test from this computer (report only, changes nothing) =='
    # Windows PowerShell 5.1 may default to TLS 1.0 for its own requests; this only affects
    # this PowerShell process, so the test sees what Teams (which uses the OS settings) sees.
    try {
        [Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls12
    } catch {
        Write-Log '  (could not switch this PowerShell to TLS 1.2)'
    }
    Test-Endpoints
    Test-Proxy
    Test-Vpn
    Test-Clock
    Add-Summary 're-test done (see the report above)'
}
