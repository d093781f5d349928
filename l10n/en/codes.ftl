### The error codes the page knows (core/src/codes.rs): what each means, Microsoft's wording
### for it, and what to do. CAA20002's texts come with the page; the others are loaded when
### a link or the reader names that code, or after the checks.
### Microsoft's constant names (ERROR_ADAL_…) are not in these texts: the page shows them
### as they are. "documented" is Microsoft's own description, quoted: translate it as
### Microsoft's localized documentation words it where you know it.

## Around every code

# Variables:
#   $code (String) - the error code
#   $constant (String) - Microsoft's name for it, such as ERROR_ADAL_SERVER_ERROR_INVALID_REQUEST
#   $wording (String) - Microsoft's description (from code-…-documented)
#   $sources (String) - the documents it comes from
codes-source-note = Microsoft's name for { $code }: { $constant }: { $wording } Source: { $sources }.
# Variables:
#   $first (String) - the first document
#   $second (String) - another document
codes-source-also = { $first }; also { $second }
# Variables:
#   $code (String) - the error code
codes-not-sure = Not sure: we could not find { $code } in Microsoft's public documentation, so the meaning above is our best reading, not a fact.
codes-source-web-provider-errors = Microsoft Learn: WebProviderError.ErrorCode (Windows.Security.Authentication.Web.Core)
codes-source-teams-sign-in-support = Microsoft Support: Why am I having trouble signing in to Microsoft Teams?
codes-source-com-security-errors = Microsoft Learn: COM Error Codes (Security and Setup)

## Paragraphs several codes share

code-shared-tls-inspection = Our reading, not Microsoft's wording: on a company network a likely cause is a proxy or firewall that inspects encrypted connections with its own certificate, which Teams' sign-in does not trust. Away from the company network, a hotel or guest Wi-Fi login page can do the same.
code-shared-tls-inspection-try = Try another network, for example your phone's hotspot. If sign-in works there, tell IT the error code: they can exempt Microsoft's sign-in addresses from TLS inspection. This page's browser check cannot see certificates, so it may show everything as reachable.
code-shared-pac-try = Only IT can fix the proxy set-up. Until then, signing in from another network (for example your phone's hotspot, with the VPN off) often works.
code-shared-proxy-answered = Our reading, not Microsoft's wording: this often means something other than Microsoft answered, such as a proxy's sign-in or block page, or a hotel or guest Wi-Fi login page.

## Why the plan puts a step first, shared by several codes

code-shared-plan-certificate = This certificate error usually means a proxy or firewall inspects encrypted connections, or a guest Wi-Fi login page is in the way; another network tells which.
code-shared-plan-proxy-setup = This error means the automatic proxy set-up failed, so Teams does not know how to reach Microsoft; another network or IT can get around it.
code-shared-plan-unusable-answer = This error means Teams got an answer it could not use, often a proxy's or guest Wi-Fi's own page answering in Microsoft's place.

## CAA20002

code-caa20002-meaning = The sign-in service rejected the request as invalid
code-caa20002-documented = "The request is missing a required parameter, includes an invalid parameter value, includes a parameter more than once, or is otherwise malformed."
code-caa20002-guidance-1 = Microsoft's sign-in service answered Teams but refused its request as invalid. The support article says this is almost always caused by something on this computer, not by a Microsoft outage, and that you can usually fix it yourself.
code-caa20002-guidance-2 = The support article lists the likely causes in this order: old sign-in data in the Teams cache, a VPN or company proxy in the way, TLS 1.2 switched off, and a wrong date, time or time zone.
# Variables:
#   $site (String) - office.com
code-caa20002-guidance-3 = Start with the cache: you keep a backup, so nothing is lost. When sign-in at { $site } works, the article estimates that clearing the cache fixes more than 80 % of cases (its estimate, not a measurement).
# Variables:
#   $site (String) - office.com
code-caa20002-guidance-4 = Quick test: sign in at { $site } in your browser. If that works, the problem is most likely on this computer's Teams or Windows sign-in side: clear the Teams cache first. If it fails there too, the cause is more likely the network or your account, and IT can help.

## CAA20003

code-caa20003-meaning = Sign-in refused: the authorization grant failed
# Why the plan puts its step first.
code-caa20003-plan = For error CAA20003, Microsoft's own advice is to check the date and time first; even a small difference can matter.
code-caa20003-documented = "Authorization grant failed for this assertion." Microsoft's Teams table adds: make sure your date and time are set up correctly.
code-caa20003-guidance-1 = Microsoft did not accept Teams' saved proof of sign-in (the authorization grant). Microsoft's own advice is to check the date and time first.
code-caa20003-guidance-2 = Make sure the date, time and time zone are all set automatically, then restart Teams. Even a few minutes' difference can matter. A wrong time zone matters when the clock was then set by hand to look right.
code-caa20003-guidance-3 = If the time is right: sign out of Teams and sign in again. If you changed your password recently, restart the computer first. If the error stays, clear the Teams cache.

## CAA20004

code-caa20004-meaning = Sign-in denied, often by your organisation's rules
# Why the plan puts its step first.
code-caa20004-plan = Error CAA20004 means your organisation's access rules (Conditional Access) blocked the sign-in, and only IT can change them.
code-caa20004-documented = "The resource owner or authorization server denied the request." Microsoft's Teams table: contact your IT admin to check the Microsoft Entra ID policies.
code-caa20004-guidance-1 = The sign-in service denied this sign-in. Usually your organisation's access rules (Conditional Access) blocked it, for example because of the device, the network you are on, or the app.
code-caa20004-guidance-2 = You cannot change these rules yourself, and clearing the cache will not help. Contact IT.
code-caa20004-guidance-3 = Tell IT: the error code CAA20004, the date and time it happened, and whether you were at home, in the office or on a VPN. They can look up the sign-in in the Entra ID sign-in logs and see which rule blocked it.

## CAA2000B

code-caa2000b-meaning = What Teams asked for is not set up for your account
# Why the plan puts its step first.
code-caa2000b-plan = Error CAA2000B means what Teams asked for is not set up or does not exist for your account or organisation; only IT can check that, for example the Teams licence.
code-caa2000b-documented = "The resource is invalid due to configuration state or not existing."
code-caa2000b-guidance-1 = The sign-in service says what Teams asked for is invalid: not set up, or not existing, for your account or organisation. Microsoft's public documents do not say which setting; a Teams licence, or Teams switched off for you or your organisation, are things IT can check.
code-caa2000b-guidance-2 = Only IT can fix this; clearing the cache will not help.
code-caa2000b-guidance-3 = Tell IT: the error code CAA2000B and the account you sign in with, and ask them to check your Teams licence.

## CAA2000C

code-caa2000c-meaning = More sign-in steps needed (for example MFA or consent)
code-caa2000c-documented = "The request requires user interaction."
code-caa2000c-guidance-1 = Teams could not sign you in silently: Microsoft wants you to do something first, such as approve a multi-factor prompt, accept a consent screen or enter your password again.
code-caa2000c-guidance-2 = Sign out of Teams, sign in again and finish every prompt, including the one on your phone. If no prompt appears, clearing the Teams cache makes Teams ask again from the start.
code-caa2000c-guidance-3 = If a prompt appears but fails, or you cannot complete it, tell IT the error code CAA2000C.

## CAA301F7

code-caa301f7-meaning = The service is temporarily overloaded
# Why the plan puts its step first.
code-caa301f7-plan = Error CAA301F7 means the service answered that it is temporarily overloaded, which points at the service, not at this computer: clearing the cache will not help.
code-caa301f7-documented = "The service is temporarily overloaded."
code-caa301f7-guidance-1 = The service Teams signs in with answered that it is temporarily overloaded (HTTP status 503). This points at the service, not at this computer, so clearing the cache will not help.
code-caa301f7-guidance-2 = Check Microsoft 365's public status page for a current problem, wait a few minutes, then sign in again.
code-caa301f7-guidance-3 = If it keeps failing while the status page shows no problem, tell IT the error code CAA301F7: a company proxy can give the same answer.

## CAA5004B

code-caa5004b-meaning = Not sure: probably a device registration problem
# Why the plan puts its step first.
code-caa5004b-plan = Error CAA5004B is not in Microsoft's public documents; help sites link it to this computer's registration with your organisation, which only IT can check.
code-caa5004b-guidance-1 = We could not find this code in Microsoft's public documentation. Help sites link it to missing information about this computer, usually because it is not (or no longer) properly registered with your organisation; treat that as likely, not certain.
code-caa5004b-guidance-2 = Only IT can check this; clearing the cache is unlikely to help.
# Variables:
#   $command (String) - dsregcmd /status
code-caa5004b-guidance-3 = On Windows, IT will want to see the output of the command { $command }: open Command Prompt, type it, press Enter, and copy the "Device State" and "SSO State" sections into your message together with the error code CAA5004B.
code-caa5004b-guidance-4 = On a Mac, tell IT the error code and whether the Company Portal app shows this Mac as registered.

## CAA60007

code-caa60007-meaning = The sign-in answer could not be read
code-caa60007-documented = "The JSON text being parsed is malformed."
code-caa60007-guidance-1 = Teams expected a data answer from Microsoft's sign-in service and got something it could not read.
code-caa60007-guidance-3 = Check whether a web page asks you to log in to the network, turn off the VPN, and try again. If it only fails on the company network, tell IT the error code CAA60007.

## CAA70004

code-caa70004-meaning = Server or proxy not found
# Why the plan puts its step first.
code-caa70004-plan = Error CAA70004 means Teams could not find the server or the proxy it was told to use; the Teams app may use different proxy settings than this browser.
code-caa70004-documented = "The server or proxy was not found." Microsoft's Teams table adds: usually a misconfigured proxy, or a network sniffing program such as Fiddler not set up to decrypt HTTPS.
code-caa70004-guidance-1 = Teams could not find the server, or the proxy it was told to use.
code-caa70004-guidance-2 = Check that your internet connection works, turn off the VPN if you use one, and try again.
code-caa70004-guidance-3 = If you are on the company network, the proxy may be down or set up differently for the Teams app than for your browser. The network check on this page shows what this browser can reach; send IT the report with the error code CAA70004.

## CAA70007

code-caa70007-meaning = The connection was interrupted
# Why the plan puts its step first.
code-caa70007-plan = Error CAA70007 means the connection broke off during sign-in, which points to an unstable connection, a VPN or a firewall.
code-caa70007-documented = "The download has failed (the connection was interrupted)."
code-caa70007-guidance-1 = The connection to Microsoft broke off while Teams was signing you in.
code-caa70007-guidance-2 = Make sure you are connected to the internet, turn off the VPN if you use one, and try again; another network, such as your phone's hotspot, is a good test.
code-caa70007-guidance-3 = If it keeps failing on the company network, tell IT the error code CAA70007: a firewall or another program may be cutting the connection.

## CAA82EE2

code-caa82ee2-meaning = Sign-in timed out
# Why the plan puts its step first.
code-caa82ee2-plan = Error CAA82EE2 means the sign-in timed out, which points to a slow or blocked connection, a VPN or a firewall.
code-caa82ee2-documented = "The request has timed out."
code-caa82ee2-guidance-1 = The sign-in took too long and gave up. That usually means a slow or blocked connection, a VPN or a firewall.
code-caa82ee2-guidance-2 = Try another network, for example your phone's hotspot, or turn off the VPN, and sign in again.
code-caa82ee2-guidance-3 = If it only fails on the company network, tell IT the error code CAA82EE2: the firewall or proxy may be holding back Microsoft's sign-in servers.

## CAA82EE7

code-caa82ee7-meaning = Server name could not be looked up
# Why the plan puts its step first.
code-caa82ee7-plan = If the connection works, a VPN or company DNS setting may still hide Microsoft's server names from Teams.
# Why the plan checks the connection first.
code-caa82ee7-plan-connect = Error CAA82EE7 means a server name could not be looked up, which usually means no connection or a DNS problem.
code-caa82ee7-documented = "The server name could not be resolved."
code-caa82ee7-guidance-1 = The computer could not look up Microsoft's server names. It is offline, or name lookup (DNS) is not working.
code-caa82ee7-guidance-2 = Check that other websites open. Turn the VPN off (or off and on again), or reconnect to Wi-Fi, then try again.
code-caa82ee7-guidance-3 = If other websites work but the error keeps coming back, tell IT the error code CAA82EE7.

## CAA82F05

code-caa82f05-meaning = The server's certificate date looked invalid
# Why the plan puts its step first.
code-caa82f05-plan = Error CAA82F05 means a certificate looked expired or not yet valid, and a wrong date on this computer makes every certificate look like that.
code-caa82f05-documented = "SSL certificate date that was received from the server is bad. The certificate is expired."
code-caa82f05-guidance-1 = Teams judged the server's security certificate expired or not yet valid. A wrong date on this computer makes every certificate look like that, so check the clock first.
code-caa82f05-guidance-2 = Set the date, time and time zone automatically, restart Teams and sign in again.
code-caa82f05-guidance-3 = If the clock is right, something on the network is presenting an out-of-date certificate in Microsoft's place: tell IT the error code CAA82F05.

## CAA82F0D

code-caa82f0d-meaning = Certificate from an unknown authority
code-caa82f0d-documented = "The function is unfamiliar with the Certificate Authority that generated the server's certificate."
code-caa82f0d-guidance-1 = The security certificate Teams received for Microsoft's sign-in server was issued by an authority this computer does not trust.

## CAA82F17

code-caa82f17-meaning = The server's certificate has errors
code-caa82f17-documented = "The SSL certificate contains errors."
code-caa82f17-guidance-1 = The security certificate Teams received for Microsoft's sign-in server has errors.

## CAA82F7D

code-caa82f7d-meaning = Secure connection (TLS) error
# Why the plan puts its step first.
code-caa82f7d-plan = Error CAA82F7D means no secure connection could be set up, which a proxy or firewall that inspects encrypted connections can cause.
code-caa82f7d-documented = "Indicates that an error occurred having to do with a secure channel."
code-caa82f7d-guidance-1 = Teams could not set up a secure (TLS) connection to Microsoft's sign-in server.
code-caa82f7d-guidance-2 = Our suggestion, not Microsoft's wording: on Windows, check that TLS 1.2 is switched on (the TLS step on this page). A proxy or firewall that inspects encrypted connections can also cause it.
code-caa82f7d-guidance-3 = Try another network, for example your phone's hotspot. If sign-in works there, tell IT the error code CAA82F7D.

## CAA82F86

code-caa82f86-meaning = The proxy set-up script (PAC) failed
code-caa82f86-documented = "An error occurred executing the script code in the Proxy Auto-Configuration (PAC) file."
code-caa82f86-guidance-1 = The script that tells this computer which proxy to use (a PAC file) has an error, so Teams could not work out how to reach Microsoft.
code-caa82f86-guidance-3 = Tell IT the error code CAA82F86: the proxy auto-configuration script needs fixing.

## CAA82F87

code-caa82f87-meaning = The proxy set-up script (PAC) could not be downloaded
code-caa82f87-documented = "The PAC file cannot be downloaded."
code-caa82f87-guidance-1 = The computer could not download the script that tells it which proxy to use (a PAC file), for example because its server was unreachable.
code-caa82f87-guidance-3 = Tell IT the error code CAA82F87 and whether you were in the office, at home or on a VPN.

## CAA82F8F

code-caa82f8f-meaning = Errors in the server's certificate
code-caa82f8f-documented = "One or more errors were found in the Secure Sockets Layer (SSL) certificate sent by the server."
code-caa82f8f-guidance-1 = The security certificate Teams received for Microsoft's sign-in server failed the checks.

## CAA82F92

code-caa82f92-meaning = No proxy could be found for Microsoft's address
code-caa82f92-documented = "A proxy for the specified URL cannot be located."
code-caa82f92-guidance-1 = The automatic proxy set-up could not name a proxy for Microsoft's sign-in address.
code-caa82f92-guidance-3 = Tell IT the error code CAA82F92: the automatic proxy configuration needs checking.

## CAA82F94

code-caa82f94-meaning = Automatic proxy detection failed
code-caa82f94-documented = "WinHTTP was unable to discover the URL of the Proxy Auto-Configuration (PAC) file."
code-caa82f94-guidance-1 = Windows was set to find the proxy automatically and could not find the proxy set-up script (PAC file).
code-caa82f94-guidance-3 = Tell IT the error code CAA82F94: automatic proxy detection (WPAD) is not working on this network.

## CAA90018

code-caa90018-meaning = Your organisation's sign-in could not be found
code-caa90018-documented = "Could not discover a user realm."
code-caa90018-guidance-1 = The sign-in service could not tell which organisation the account belongs to, so it did not know where to send you to sign in.
# Variables:
#   $example (String) - name@company.com
code-caa90018-guidance-2 = Sign out of Teams and sign in again with your full work address ({ $example }), not a personal Microsoft account or the account you use to log on to Windows.
code-caa90018-guidance-3 = If the address is right and the error stays, tell IT the error code CAA90018 and the address you used.

## CAA90019

code-caa90019-meaning = Unexpected answer from the sign-in server
code-caa90019-documented = "Unexpected response from the server."
code-caa90019-guidance-1 = Teams got an answer it did not expect from the sign-in server.
code-caa90019-guidance-3 = Check whether a web page asks you to log in to the network, turn off the VPN, and try again. If it only fails on the company network, tell IT the error code CAA90019.

## 80090016

code-80090016-meaning = The security chip's (TPM) sign-in keys are missing
# Why the plan puts its step first.
code-80090016-plan = Error 80090016 means Windows could not find the sign-in keys in the security chip (TPM), which IT needs to look at.
code-80090016-documented = "Keyset does not exist."
code-80090016-guidance-1 = Windows could not find the keys that protect your sign-in in the computer's security chip (TPM). Help sites report this after a firmware update or a TPM reset, for example.
code-80090016-guidance-2 = Restart the computer once. If the error stays, contact IT; clearing the Teams cache will not help.
# Variables:
#   $command (String) - tpm.msc
code-80090016-guidance-3 = Tell IT the error code 80090016: it usually needs the device registration or the TPM looked at. It also helps to say what the TPM tool shows: press Windows key + R, type { $command }, press Enter and copy the line under "Status".

## 80090030

code-80090030-meaning = The computer's security chip (TPM) is not ready
# Why the plan puts its step first.
code-80090030-plan = Error 80090030 means Windows could not use the security chip (TPM) that protects your sign-in, which IT needs to look at.
code-80090030-documented = "The device that is required by this cryptographic provider is not ready for use."
code-80090030-guidance-1 = Windows could not use the security chip (TPM) that protects your sign-in keys, or the chip is not ready.
code-80090030-guidance-2 = Restart the computer once: that sometimes clears it. If the error stays, contact IT; clearing the cache will not help.
# Variables:
#   $command (String) - tpm.msc
code-80090030-guidance-3 = Tell IT the error code 80090030. It also helps to say what the TPM tool shows: press Windows key + R, type { $command }, press Enter and copy the line under "Status".
