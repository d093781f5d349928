function Get-RegistryValue {
    param([string]$Key, [string]$Name)
    $item = Get-ItemProperty -LiteralPath $Key -Name $Name -ErrorAction SilentlyContinue
    if ($item) {
        return $item.$Name
    }
    return $null
}

function Invoke-TlsCheck {
    # A check of Windows' own TLS settings, which the Windows sign-in broker (Web Account
    # Manager) uses. The Teams window itself is WebView2, which ignores them.
    # Internet Options' "Use TLS 1.2" / "Use TLS 1.3" are bits 0x800 / 0x2000 of SecureProtocols.
    # Only TLS 1.2 is required; the TLS 1.3 bit is only offered on Windows 11 (build 22000 or
    # later): Windows 10 has no supported TLS 1.3 client.
    Write-Log ''
    Write-Log '== TLS 1.2 / 1.3 (Windows settings used by the sign-in broker) =='
    Write-Log '  This checks the TLS settings Windows uses for sign-in; the Teams window itself (WebView2) does not use them.'
    $userKey = 'HKCU:\Software\Microsoft\Windows\CurrentVersion\Internet Settings'
    $userPolicyKey = 'HKCU:\Software\Policies\Microsoft\Windows\CurrentVersion\Internet Settings'
    $policyKey = 'HKLM:\SOFTWARE\Policies\Microsoft\Windows\CurrentVersion\Internet Settings'
    $schannelKey = 'HKLM:\SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL\Protocols\TLS 1.2\Client'
    $winHttpKey = 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Internet Settings\WinHttp'
    $build = 0
    [void][int]::TryParse([string](Get-RegistryValue -Key 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion' -Name 'CurrentBuildNumber'), [ref]$build)
    $windows11 = $build -ge 22000
    Write-Log ('  Windows build: {0}' -f $build)
    $user = Get-RegistryValue -Key $userKey -Name 'SecureProtocols'
    $userPolicy = Get-RegistryValue -Key $userPolicyKey -Name 'SecureProtocols'
    $policy = Get-RegistryValue -Key $policyKey -Name 'SecureProtocols'
    foreach ($entry in @(@('your setting', $user), @('policy for you', $userPolicy), @('policy for the computer', $policy))) {
        if ($null -eq $entry[1]) {
            Write-Log ('  Internet Options, {0}: not set (the Windows default includes TLS 1.2)' -f $entry[0])
        } else {
            $v = [int]$entry[1]
            Write-Log ('  Internet Options, {0}: SecureProtocols=0x{1:X} (TLS 1.2 {2}, TLS 1.3 {3})' -f $entry[0], $v, $(if ($v -band 0x800) { 'on' } else { 'OFF' }), $(if ($v -band 0x2000) { 'on' } else { 'off' }))
        }
    }
    $winHttp = Get-RegistryValue -Key $winHttpKey -Name 'DefaultSecureProtocols'
    if ($null -eq $winHttp) {
        Write-Log '  WinHTTP DefaultSecureProtocols: not set (the Windows default)'
    } else {
        Write-Log ('  WinHTTP DefaultSecureProtocols: 0x{0:X} (TLS 1.2 {1})' -f [int]$winHttp, $(if ([int]$winHttp -band 0x800) { 'on' } else { 'OFF' }))
    }
    $enabled = Get-RegistryValue -Key $schannelKey -Name 'Enabled'
    $disabledByDefault = Get-RegistryValue -Key $schannelKey -Name 'DisabledByDefault'
    if ($null -eq $enabled -and $null -eq $disabledByDefault) {
        Write-Log '  Windows (SCHANNEL) TLS 1.2 client: not configured (on by default since Windows 8)'
    } else {
        Write-Log ('  Windows (SCHANNEL) TLS 1.2 client: Enabled={0} DisabledByDefault={1}' -f $enabled, $disabledByDefault)
        if ($enabled -eq 0 -or $disabledByDefault -eq 1) {
            Add-Problem 'TLS 1.2 is off for the whole computer' '  PROBLEM: TLS 1.2 is switched off for the whole computer: only IT (an administrator) can change that.'
        }
    }
    if ($null -ne $policy -or $null -ne $userPolicy) {
        Write-Log '  Your organization sets these by policy, so your own setting is ignored: ask IT if TLS 1.2 is off.'
        Add-Summary 'TLS checked (set by policy)'
        return
    }
    if ($null -eq $user -or ([int]$user -band 0x800)) {
        Add-Summary 'TLS checked (TLS 1.2 is on: nothing to change)'
        return
    }
    $old = [int]$user
    $new = $old -bor 0x800
    $what = 'TLS 1.2'
    if ($windows11) {
        $new = $new -bor 0x2000
        $what = 'TLS 1.2 and TLS 1.3'
    }
    Write-Log ('  Old value, for the record: SecureProtocols=0x{0:X}' -f $old)
    if ($script:DryRun) {
        Write-Log ('[dry run] would offer to set SecureProtocols to 0x{0:X} ({1} on)' -f $new, $what)
        return
    }
    # The script's own [y/N] question (default no); not ShouldProcess, whose prompt defaults to Yes.
    $ok = $script:AssumeYes
    if (-not $ok -and (Test-CanAsk)) {
        $ok = Test-Yes (Read-Host ('Switch on {0} in Internet Options (SecureProtocols 0x{1:X} -> 0x{2:X})? [y/N]' -f $what, $old, $new))
    }
    if ($ok) {
        try {
            Set-ItemProperty -LiteralPath $userKey -Name 'SecureProtocols' -Value $new -Type DWord -ErrorAction Stop -WhatIf:$false -Confirm:$false
            Write-Log ('  Set SecureProtocols to 0x{0:X} (was 0x{1:X}).' -f $new, $old)
            Add-Summary ('{0} switched on (SecureProtocols was 0x{1:X})' -f $what, $old)
        } catch {
            Write-Fail ('could not change SecureProtocols: ' + (Get-Reason $_))
        }
    } else {
        Write-Log '  Left unchanged.'
        Add-Summary 'TLS checked (left unchanged)'
    }
}
