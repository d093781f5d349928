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

function Write-StatusLine {
    # Reachable means Microsoft answered. 407 is the proxy asking for a sign-in, and 403 is a
    # refusal, usually a proxy's or web filter's block page: both are problems, not "OK".
    param($Endpoint, [int]$Code)
    if ($Code -eq 407) {
        Write-Log ('    PROBLEM  {0} ({1}): HTTP 407, the proxy wants you to sign in to it (tell IT: Teams cannot answer that)' -f $Endpoint.Label, $Endpoint.Url)
    } elseif ($Code -eq 403) {
        Write-Log ('    PROBLEM  {0} ({1}): HTTP 403, access refused (usually a proxy or web filter blocking the address)' -f $Endpoint.Label, $Endpoint.Url)
    } else {
        Write-Log ('    OK       {0} ({1}): answered HTTP {2}' -f $Endpoint.Label, $Endpoint.Url, $Code)
    }
}

function Test-Endpoints {
    Write-Log '  Can this computer reach the Microsoft sign-in addresses?'
    foreach ($endpoint in $Endpoints) {
        try {
            $response = Invoke-WebRequest -Uri $endpoint.Url -UseBasicParsing -TimeoutSec 10 -ErrorAction Stop
            Write-StatusLine $endpoint ([int]$response.StatusCode)
        } catch {
            $code = Get-ErrorStatusCode $_
            if ($code -gt 0) {
                Write-StatusLine $endpoint $code
            } else {
                Write-Log ('    PROBLEM  {0} ({1}): no answer. System message: {2}' -f $endpoint.Label, $endpoint.Url, $_.Exception.Message)
            }
        }
    }
}

function Test-CaptivePortal {
    # Windows' own connectivity probe: anything but this exact text means something else
    # answered (a hotel or guest Wi-Fi login page, or a proxy's page).
    try {
        $response = Invoke-WebRequest -Uri {{CAPTIVE_PORTAL_URL}} -UseBasicParsing -TimeoutSec 10 -MaximumRedirection 0 -ErrorAction Stop
        if (([string]$response.Content).Trim() -eq {{CAPTIVE_PORTAL_TEXT}}) {
            Write-Log '  Internet login page (captive portal): none, Windows'' connectivity probe answered normally.'
        } else {
            Write-Log '  Internet login page (captive portal): PROBLEM: something else answered Windows'' connectivity probe (a hotel or guest Wi-Fi login page, or a proxy). Open a browser and sign in to the network first.'
        }
    } catch {
        $code = Get-ErrorStatusCode $_
        if ($code -gt 0) {
            Write-Log ('  Internet login page (captive portal): PROBLEM: the connectivity probe was answered with HTTP {0} (a login page or a proxy redirects it).' -f $code)
        } else {
            Write-Log ('  Internet login page (captive portal): could not check. System message: ' + $_.Exception.Message)
        }
    }
}

function Get-LeafCertificate {
    # The certificate the computer is shown for $HostName. Windows PowerShell 5.1: through the
    # system proxy, from the connection of a plain request. PowerShell 7 (no such property):
    # a direct connection on port 443, which a proxy-only network may refuse.
    param([string]$HostName)
    try {
        $request = [System.Net.HttpWebRequest]::Create('https://' + $HostName + '/')
        $request.Method = 'HEAD'
        $request.Timeout = 10000
        $request.AllowAutoRedirect = $false
        try {
            $request.GetResponse().Close()
        } catch [System.Net.WebException] {
            if ($_.Exception.Response) {
                $_.Exception.Response.Close()
            }
        }
        if ($request.ServicePoint.Certificate) {
            return (New-Object -TypeName System.Security.Cryptography.X509Certificates.X509Certificate2 -ArgumentList $request.ServicePoint.Certificate)
        }
    } catch {
        Write-Log ('    (through the proxy: {0})' -f $_.Exception.Message)
    }
    $tcp = New-Object -TypeName System.Net.Sockets.TcpClient
    try {
        if (-not $tcp.ConnectAsync($HostName, 443).Wait(10000)) {
            throw 'no connection within 10 seconds'
        }
        $stream = $tcp.GetStream()
        $ssl = New-Object -TypeName System.Net.Security.SslStream -ArgumentList $stream, $false
        $ssl.AuthenticateAsClient($HostName)
        $leaf = New-Object -TypeName System.Security.Cryptography.X509Certificates.X509Certificate2 -ArgumentList $ssl.RemoteCertificate
        $ssl.Dispose()
        return $leaf
    } finally {
        $tcp.Close()
    }
}

function Test-TlsChain {
    # Report only. A browser cannot see certificates; Windows can. If the chain for the
    # sign-in address ends at a root outside Microsoft's public CAs, a company device or
    # firewall is inspecting TLS (it decrypts and re-signs the traffic).
    $hostName = {{TLS_HOST}}
    $roots = {{MICROSOFT_ROOTS}} -split '\|'
    Write-Log ('  TLS certificate chain of {0}:' -f $hostName)
    try {
        $leaf = Get-LeafCertificate $hostName
        $chain = New-Object -TypeName System.Security.Cryptography.X509Certificates.X509Chain
        [void]$chain.Build($leaf)
        $elements = @($chain.ChainElements | ForEach-Object { $_.Certificate })
        $root = $elements[$elements.Count - 1]
        $rootName = $root.GetNameInfo([System.Security.Cryptography.X509Certificates.X509NameType]::SimpleName, $false)
        $issuerName = $leaf.GetNameInfo([System.Security.Cryptography.X509Certificates.X509NameType]::SimpleName, $true)
        Write-Log ('    issued by: {0}' -f $issuerName)
        Write-Log ('    root:      {0}' -f $rootName)
        if ($roots -contains $rootName) {
            Write-Log '    OK: the chain ends at one of Microsoft''s public root certificate authorities.'
        } else {
            Write-Log ('    PROBLEM: TLS inspection by {0}, tell IT: the chain does not end at one of Microsoft''s public root certificate authorities, so something between this computer and Microsoft decrypts the connection. Sign-in often fails behind it unless IT excludes the Microsoft sign-in addresses.' -f $issuerName)
        }
    } catch {
        Write-Log ('    could not read the certificate chain. System message: ' + $_.Exception.Message)
    }
}

function Test-DeviceRegistration {
    # Read-only summary of dsregcmd /status for the help desk: how this device is joined to
    # Microsoft Entra ID and whether it holds a Primary Refresh Token (PRT).
    Write-Log '  Device registration (dsregcmd /status, read only):'
    try {
        $lines = @(& dsregcmd.exe /status 2>&1)
        $found = 0
        foreach ($line in $lines) {
            if ("$line" -match '^\s*(AzureAdJoined|EnterpriseJoined|DomainJoined|WorkplaceJoined|AzureAdPrt|DeviceAuthStatus)\s*:\s*(.+?)\s*$') {
                Write-Log ('    {0}: {1}' -f $Matches[1], $Matches[2])
                $found = $found + 1
            }
        }
        if ($found -eq 0) {
            Write-Log '    (dsregcmd printed none of the expected fields)'
        }
    } catch {
        Write-Log ('    could not run dsregcmd. System message: ' + $_.Exception.Message)
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
        Write-Log ('    could not run netsh. System message: ' + $_.Exception.Message)
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
    # Adapter descriptions of common VPN clients: Windows' own, Cisco Secure Client (AnyConnect),
    # GlobalProtect (PANGP), Zscaler, FortiClient (Fortinet), Check Point, F5, Juniper/Pulse/
    # Ivanti, OpenVPN, WireGuard and NordLynx.
    try {
        $adapters = @(Get-NetAdapter -ErrorAction Stop | Where-Object { $_.Status -eq 'Up' -and $_.InterfaceDescription -match 'VPN|TAP-|WireGuard|Wintun|AnyConnect|Cisco Secure Client|GlobalProtect|PANGP|Zscaler|Fortinet|FortiClient|Check Point|F5 Networks|F5 Access|Juniper|Pulse|Ivanti|OpenVPN|NordLynx' })
        if ($adapters.Count -gt 0) {
            Write-Log '  VPN: these VPN adapters are connected (try signing in without them):'
            foreach ($adapter in $adapters) {
                Write-Log ('    {0} ({1})' -f $adapter.Name, $adapter.InterfaceDescription)
            }
        } else {
            Write-Log '  VPN: no VPN adapter of a known VPN client is connected.'
        }
    } catch {
        Write-Log ('  VPN: could not list the network adapters. System message: ' + $_.Exception.Message)
    }
    # Windows' own VPN connections: yours, and the ones set up for all users of this computer.
    try {
        $vpns = @(Get-VpnConnection -ErrorAction Stop) + @(Get-VpnConnection -AllUserConnection -ErrorAction Stop)
        foreach ($vpn in @($vpns | Where-Object { $_.ConnectionStatus -eq 'Connected' })) {
            Write-Log ('  VPN connection from Windows settings is connected: ' + $vpn.Name)
        }
    } catch {
        Write-Log ('  VPN: could not list the Windows VPN connections. System message: ' + $_.Exception.Message)
    }
}

function Test-Clock {
    # The same thresholds as the page (clock.warn_seconds and clock.fail_seconds of the config).
    $warnSeconds = {{WARN_SECONDS}}
    $failSeconds = {{FAIL_SECONDS}}
    try {
        $response = Invoke-WebRequest -Uri $ClockUrl -UseBasicParsing -TimeoutSec 10 -ErrorAction Stop
        $header = @($response.Headers['Date'])[0]
        $server = [DateTime]::ParseExact([string]$header, 'r', [System.Globalization.CultureInfo]::InvariantCulture)
        $skew = [int]([DateTime]::UtcNow - $server).TotalSeconds
        if ([Math]::Abs($skew) -gt $failSeconds) {
            Write-Log ('  Clock: PROBLEM: this computer''s clock is about {0} seconds off (more than {1} seconds breaks sign-in).' -f $skew, $failSeconds)
        } elseif ([Math]::Abs($skew) -gt $warnSeconds) {
            Write-Log ('  Clock: WARNING: this computer''s clock is about {0} seconds off (more than {1} seconds; sign-in fails above {2}).' -f $skew, $warnSeconds, $failSeconds)
        } else {
            Write-Log ('  Clock: OK (within about {0} seconds of {1}; the Date header has a resolution of one second)' -f [Math]::Abs($skew), $ClockUrl)
        }
    } catch {
        Write-Log ('  Clock: could not read the time from {0}. System message: {1}' -f $ClockUrl, $_.Exception.Message)
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
    # Send your Windows credentials to the system proxy only (not to the sites), as Teams does:
    # without them an authenticating proxy answers 407 to everything. 5.1 uses WebRequest's
    # default proxy, PowerShell 7 HttpClient's.
    try {
        [System.Net.WebRequest]::DefaultWebProxy.Credentials = [System.Net.CredentialCache]::DefaultNetworkCredentials
    } catch {
        Write-Log '  (could not pass your Windows credentials to the proxy for Windows PowerShell)'
    }
    try {
        [System.Net.Http.HttpClient]::DefaultProxy.Credentials = [System.Net.CredentialCache]::DefaultNetworkCredentials
    } catch {
        # Windows PowerShell 5.1 has no HttpClient.DefaultProxy; the line above covers it.
        $null = $_
    }
    Test-Endpoints
    Test-CaptivePortal
    Test-TlsChain
    Test-Proxy
    Test-Vpn
    Test-Clock
    Test-DeviceRegistration
    Add-Summary 're-test done (see the report above)'
}
