function Get-ErrorStatusCode {
    # The HTTP status inside a failed request (5.1: WebException, 7: HttpResponseException),
    # 0 when there was no answer.
    param($ErrorRecord)
    try {
        $response = (Get-BaseError $ErrorRecord).Response
        if ($response) {
            return [int]$response.StatusCode
        }
    } catch {
        return 0
    }
    return 0
}

function Get-StatusProblem {
    # An HTTP status that is a problem, in plain words ('' for a normal answer). 407 is the
    # proxy asking for a sign-in; 403 a refusal, usually a proxy's or web filter's block
    # page; 5xx a server error, usually a proxy's error page.
    param([int]$Code)
    if ($Code -eq 407) {
        return 'HTTP 407, the proxy wants you to sign in to it (tell IT: Teams cannot answer that)'
    }
    if ($Code -eq 403) {
        return 'HTTP 403, access refused (usually a proxy or web filter blocking the address)'
    }
    if ($Code -ge 500) {
        return ('HTTP {0}, a server error (usually a proxy''s error page, or Microsoft had a problem)' -f $Code)
    }
    return ''
}

function Write-StatusLine {
    # Reachable means Microsoft answered, with a status that is not a problem.
    param($Endpoint, [int]$Code)
    $why = Get-StatusProblem $Code
    if ($why) {
        Add-Problem ('{0}: {1}' -f $Endpoint.Label, $why) ('    PROBLEM  {0} ({1}): {2}' -f $Endpoint.Label, $Endpoint.Url, $why)
    } else {
        Write-Log ('    OK       {0} ({1}): answered HTTP {2}' -f $Endpoint.Label, $Endpoint.Url, $Code)
    }
}

function Test-MicrosoftIssuer {
    # Whether an OpenID configuration names one of the issuers of Microsoft's sign-in service
    # in any of its clouds (a block or login page answering in its place does not).
    param([string]$Content)
    $compact = $Content -replace '\s', ''
    foreach ($issuer in ({{ISSUER_PREFIXES}} -split '\|')) {
        if ($compact.Contains('"issuer":"' + $issuer)) {
            return $true
        }
    }
    return $false
}

function Test-Endpoints {
    Write-Log '  Can this computer reach the Microsoft sign-in addresses?'
    foreach ($endpoint in $Endpoints) {
        try {
            $response = Invoke-WebRequest -Uri $endpoint.Url -UseBasicParsing -TimeoutSec 10 -ErrorAction Stop
            $code = [int]$response.StatusCode
            if ($endpoint.Url.EndsWith('/.well-known/openid-configuration') -and -not (Get-StatusProblem $code) -and -not (Test-MicrosoftIssuer ([string]$response.Content))) {
                Add-Problem ('{0}: not Microsoft''s answer' -f $endpoint.Label) ('    PROBLEM  {0} ({1}): answered HTTP {2}, but not with Microsoft''s sign-in data: something answered in Microsoft''s place (a block page, a proxy sign-in page or a Wi-Fi login page)' -f $endpoint.Label, $endpoint.Url, $code)
                continue
            }
            Write-StatusLine $endpoint $code
        } catch {
            $code = Get-ErrorStatusCode $_
            if ($code -gt 0) {
                Write-StatusLine $endpoint $code
            } else {
                Add-Problem ('{0}: no answer' -f $endpoint.Label) ('    PROBLEM  {0} ({1}): no answer. System message: {2}' -f $endpoint.Label, $endpoint.Url, (Get-BaseError $_).Message)
            }
        }
    }
}

function Invoke-Probe {
    # One GET that follows no redirect, through the system proxy, with time limits for the
    # connection and each read: the status, a redirect's target and the text. Windows
    # PowerShell 5.1 and PowerShell 7 alike (Invoke-WebRequest -MaximumRedirection 0 fails
    # on a redirect without giving it in 5.1).
    param([string]$Url)
    $result = [pscustomobject]@{ Code = 0; Location = ''; Body = ''; Error = '' }
    $response = $null
    try {
        $request = [System.Net.HttpWebRequest]::Create($Url)
        $request.AllowAutoRedirect = $false
        $request.Timeout = 10000
        $request.ReadWriteTimeout = 10000
        try {
            $response = $request.GetResponse()
        } catch {
            $response = (Get-BaseError $_).Response
            if (-not $response) {
                throw
            }
        }
        $result.Code = [int]$response.StatusCode
        $result.Location = [string]$response.Headers['Location']
        $reader = New-Object -TypeName System.IO.StreamReader -ArgumentList $response.GetResponseStream()
        try {
            $result.Body = $reader.ReadToEnd()
        } finally {
            $reader.Close()
        }
    } catch {
        $result.Error = (Get-BaseError $_).Message
    } finally {
        if ($response) {
            $response.Close()
        }
    }
    return $result
}

function Test-CaptivePortal {
    # Windows' own connectivity probe: anything but this exact text means something else
    # answered. A hotel or guest Wi-Fi login page usually redirects the probe to itself.
    $url = {{CAPTIVE_PORTAL_URL}}
    $probe = Invoke-Probe $url
    $name = 'Internet login page (captive portal)'
    if ($probe.Code -ge 300 -and $probe.Code -lt 400) {
        Add-Problem 'Wi-Fi login page' ('  {0}: PROBLEM: Windows'' connectivity probe was redirected to {1} (HTTP {2}): a hotel or guest Wi-Fi login page. Open a browser and sign in to the network first.' -f $name, $probe.Location, $probe.Code)
    } elseif ($probe.Code -eq 0) {
        Write-Log ('  {0}: could not check. System message: {1}' -f $name, $probe.Error)
    } elseif ($probe.Code -ne 200) {
        Add-Problem 'Wi-Fi login page' ('  {0}: PROBLEM: the connectivity probe was answered with HTTP {1} (a login page or a proxy).' -f $name, $probe.Code)
    } elseif ($probe.Body.Trim() -eq {{CAPTIVE_PORTAL_TEXT}}) {
        Write-Log ('  {0}: none, Windows'' connectivity probe answered normally.' -f $name)
    } else {
        Add-Problem 'Wi-Fi login page' ('  {0}: PROBLEM: something else answered Windows'' connectivity probe (a hotel or guest Wi-Fi login page, or a proxy). Open a browser and sign in to the network first.' -f $name)
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
        $request.ReadWriteTimeout = 10000
        $request.AllowAutoRedirect = $false
        try {
            $request.GetResponse().Close()
        } catch {
            # An HTTP error status still shows the certificate; no answer at all does not.
            $failed = Get-BaseError $_
            if (-not ($failed -is [System.Net.WebException]) -or -not $failed.Response) {
                throw
            }
            $failed.Response.Close()
        }
        if ($request.ServicePoint.Certificate) {
            return (New-Object -TypeName System.Security.Cryptography.X509Certificates.X509Certificate2 -ArgumentList $request.ServicePoint.Certificate)
        }
    } catch {
        Write-Log ('    (through the proxy: {0})' -f (Get-BaseError $_).Message)
    }
    $tcp = New-Object -TypeName System.Net.Sockets.TcpClient
    # A middlebox that accepts the connection and then stalls must not hang the script.
    $tcp.ReceiveTimeout = 10000
    $tcp.SendTimeout = 10000
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
    # firewall is inspecting TLS (it decrypts and re-signs the traffic). The chain is built
    # from what this computer has, without online revocation checks; if it does not reach
    # a root, nothing can be said about inspection.
    $hostName = {{TLS_HOST}}
    $roots = {{MICROSOFT_ROOTS}} -split '\|'
    Write-Log ('  TLS certificate chain of {0}:' -f $hostName)
    try {
        $leaf = Get-LeafCertificate $hostName
        $chain = New-Object -TypeName System.Security.Cryptography.X509Certificates.X509Chain
        $chain.ChainPolicy.RevocationMode = [System.Security.Cryptography.X509Certificates.X509RevocationMode]::NoCheck
        $chain.ChainPolicy.UrlRetrievalTimeout = New-Object -TypeName System.TimeSpan -ArgumentList 0, 0, 10
        [void]$chain.Build($leaf)
        $elements = @($chain.ChainElements | ForEach-Object { $_.Certificate })
        $root = $elements[$elements.Count - 1]
        $rootName = $root.GetNameInfo([System.Security.Cryptography.X509Certificates.X509NameType]::SimpleName, $false)
        $issuerName = $leaf.GetNameInfo([System.Security.Cryptography.X509Certificates.X509NameType]::SimpleName, $true)
        $partial = @($chain.ChainStatus | Where-Object { $_.Status -band [System.Security.Cryptography.X509Certificates.X509ChainStatusFlags]::PartialChain }).Count -gt 0
        Write-Log ('    issued by: {0}' -f $issuerName)
        if ($partial -or $root.Subject -ne $root.Issuer) {
            Write-Log ('    could not verify: Windows could not follow the chain up to a root certificate (it ends at {0}), so this check cannot tell whether the connection is inspected.' -f $rootName)
        } elseif ($roots -contains $rootName) {
            Write-Log ('    root:      {0}' -f $rootName)
            Write-Log '    OK: the chain ends at one of Microsoft''s public root certificate authorities.'
        } else {
            Write-Log ('    root:      {0}' -f $rootName)
            Add-Problem ('TLS inspection by {0}' -f $issuerName) ('    PROBLEM: TLS inspection by {0}, tell IT: the chain does not end at one of Microsoft''s public root certificate authorities, so something between this computer and Microsoft decrypts the connection. Sign-in often fails behind it unless IT excludes the Microsoft sign-in addresses.' -f $issuerName)
        }
    } catch {
        Write-Log ('    could not read the certificate chain. System message: ' + (Get-BaseError $_).Message)
    }
}

function Test-DeviceRegistration {
    # Read-only summary of dsregcmd /status for the help desk: how this device is joined to
    # Microsoft Entra ID and whether it holds a Primary Refresh Token (PRT).
    Write-Log '  Device registration (dsregcmd /status, read only):'
    # The real System32 (a 32-bit PowerShell would see the redirected one, without dsregcmd).
    $system = 'System32'
    if ([Environment]::Is64BitOperatingSystem -and -not [Environment]::Is64BitProcess) {
        $system = 'sysnative'
    }
    $dsregcmd = [System.IO.Path]::Combine($env:windir, $system + '\dsregcmd.exe')
    try {
        $lines = @(& $dsregcmd /status 2>&1)
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
        # The page's rule: a problem from fail_seconds on, a warning from warn_seconds on.
        if ([Math]::Abs($skew) -ge $failSeconds) {
            Add-Problem ('clock {0} seconds off' -f $skew) ('  Clock: PROBLEM: this computer''s clock is about {0} seconds off ({1} seconds or more breaks sign-in).' -f $skew, $failSeconds)
        } elseif ([Math]::Abs($skew) -ge $warnSeconds) {
            Write-Log ('  Clock: WARNING: this computer''s clock is about {0} seconds off ({1} seconds or more; sign-in fails from {2}).' -f $skew, $warnSeconds, $failSeconds)
        } else {
            Write-Log ('  Clock: OK (within about {0} seconds of {1}; the Date header has a resolution of one second)' -f [Math]::Abs($skew), $ClockUrl)
        }
    } catch {
        Write-Log ('  Clock: could not read the time from {0}. System message: {1}' -f $ClockUrl, (Get-BaseError $_).Message)
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
