//! The Teams sign-in error codes the page knows: parsing what users paste, and what each means.
//!
//! Every code is one row of data: what it means in plain words, Microsoft's own name and
//! wording for it, where that comes from ([`Source`]), and the check to look at first.
//! CAA20002 gets the full self-help treatment; the others either shift the plan's priorities
//! (clock, network) or send the user to IT with the right facts to hand over. A code whose
//! meaning we could not find in a public Microsoft document has no source, and the page says
//! so ([`ErrorCode::source_note`]) instead of guessing with confidence.

use serde::{Deserialize, Serialize};

/// Longest input worth looking at: a code with prefix and separators fits easily, and
/// anything longer is a pasted paragraph we will not try to mine.
pub const MAX_CODE_INPUT: usize = 40;

/// A public document a code's meaning comes from (stored as data so the page, the README
/// and the tests can all name it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Source {
    pub title: &'static str,
    pub url: &'static str,
}

/// The Web Account Manager error table (`WebProviderError.ErrorCode`, MicrosoftDocs
/// winrt-api): the `CAA…` codes with their constant names. CAA20002 is
/// `ERROR_ADAL_SERVER_ERROR_INVALID_REQUEST` here.
pub const WEB_PROVIDER_ERRORS: Source = Source {
    title: "Microsoft Learn: WebProviderError.ErrorCode (Windows.Security.Authentication.Web.Core)",
    url: "https://learn.microsoft.com/uwp/api/windows.security.authentication.web.core.webprovidererror.errorcode",
};

/// Microsoft's end-user table of Teams sign-in status codes, with a troubleshooting action each.
pub const TEAMS_SIGN_IN_SUPPORT: Source = Source {
    title: "Microsoft Support: Why am I having trouble signing in to Microsoft Teams?",
    url: "https://support.microsoft.com/office/why-am-i-having-trouble-signing-in-to-microsoft-teams-a02f683b-61a3-4008-9447-ee60c5593b0f",
};

/// Windows' cryptography error codes (`NTE_…`, `0x8009…`).
pub const COM_SECURITY_ERRORS: Source = Source {
    title: "Microsoft Learn: COM Error Codes (Security and Setup)",
    url: "https://learn.microsoft.com/windows/win32/com/com-error-codes-4",
};

/// A sign-in error code this page has guidance for. Serialized as its canonical text
/// (`"CAA20002"`, `"80090030"`), the same as [`ErrorCode::as_str`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ErrorCode {
    #[serde(rename = "CAA20002")]
    Caa20002,
    #[serde(rename = "CAA20003")]
    Caa20003,
    #[serde(rename = "CAA20004")]
    Caa20004,
    #[serde(rename = "CAA2000B")]
    Caa2000b,
    #[serde(rename = "CAA2000C")]
    Caa2000c,
    #[serde(rename = "CAA301F7")]
    Caa301f7,
    #[serde(rename = "CAA5004B")]
    Caa5004b,
    #[serde(rename = "CAA60007")]
    Caa60007,
    #[serde(rename = "CAA70004")]
    Caa70004,
    #[serde(rename = "CAA70007")]
    Caa70007,
    #[serde(rename = "CAA82EE2")]
    Caa82ee2,
    #[serde(rename = "CAA82EE7")]
    Caa82ee7,
    #[serde(rename = "CAA82F05")]
    Caa82f05,
    #[serde(rename = "CAA82F0D")]
    Caa82f0d,
    #[serde(rename = "CAA82F17")]
    Caa82f17,
    #[serde(rename = "CAA82F7D")]
    Caa82f7d,
    #[serde(rename = "CAA82F86")]
    Caa82f86,
    #[serde(rename = "CAA82F87")]
    Caa82f87,
    #[serde(rename = "CAA82F8F")]
    Caa82f8f,
    #[serde(rename = "CAA82F92")]
    Caa82f92,
    #[serde(rename = "CAA82F94")]
    Caa82f94,
    #[serde(rename = "CAA90018")]
    Caa90018,
    #[serde(rename = "CAA90019")]
    Caa90019,
    #[serde(rename = "80090016")]
    E80090016,
    #[serde(rename = "80090030")]
    E80090030,
}

/// What [`parse_code`] made of the user's input. Never carries the input itself, so
/// nothing the user (or a link) typed can be echoed back through it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeParse {
    /// One of the codes in [`ErrorCode::ALL`].
    Known(ErrorCode),
    /// Something was typed, but it is not a code we know (or it was too long to be one).
    Unknown,
    /// Nothing but blanks and separators.
    Empty,
}

impl CodeParse {
    /// The code, when it was recognised.
    pub fn known(self) -> Option<ErrorCode> {
        match self {
            CodeParse::Known(code) => Some(code),
            CodeParse::Unknown | CodeParse::Empty => None,
        }
    }
}

/// The one check that matters most for a code: the page highlights it first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FocusCheck {
    /// Teams' saved sign-in data.
    Cache,
    /// Date, time and time zone.
    Time,
    /// VPN, proxy, firewall, DNS, TLS inspection: the path to Microsoft.
    Network,
    /// Signing in again and finishing every prompt (MFA, consent, the right account).
    Signin,
    /// The account's rights or licence: only IT can change them.
    Account,
    /// The computer's registration or security chip: only IT can fix them.
    Device,
    /// Microsoft's service itself (its status, an outage, an overload): nothing to fix on
    /// this computer.
    Service,
}

impl FocusCheck {
    /// Stable token for the DOM (`data-focus`) and the report.
    pub fn as_str(self) -> &'static str {
        match self {
            FocusCheck::Cache => "cache",
            FocusCheck::Time => "time",
            FocusCheck::Network => "network",
            FocusCheck::Signin => "signin",
            FocusCheck::Account => "account",
            FocusCheck::Device => "device",
            FocusCheck::Service => "service",
        }
    }
}

/// One row of the code table.
struct Row {
    code: &'static str,
    /// A few plain words (lists, drop-downs, headings).
    meaning: &'static str,
    /// Microsoft's constant name and wording, quoted from the first source; `None` when
    /// no public Microsoft document we could find lists the code.
    documented: Option<&'static str>,
    sources: &'static [Source],
    first: FocusCheck,
    it_first: bool,
    guidance: &'static [&'static str],
}

/// Shared paragraph for the TLS-inspection track (certificate and CA errors).
const TLS_INSPECTION: &str = "Our reading, not Microsoft's wording: on a company network a likely cause is a proxy or firewall that inspects encrypted connections with its own certificate, which Teams' sign-in does not trust. Away from the company network, a hotel or guest Wi-Fi login page can do the same.";
const TLS_INSPECTION_TRY: &str = "Try another network, for example your phone's hotspot. If sign-in works there, tell IT the error code: they can exempt Microsoft's sign-in addresses from TLS inspection. This page's browser check cannot see certificates, so it may show everything as reachable.";
const PAC_TRY: &str = "Only IT can fix the proxy set-up. Until then, signing in from another network (for example your phone's hotspot, with the VPN off) often works.";
const PROXY_ANSWERED: &str = "Our reading, not Microsoft's wording: this often means something other than Microsoft answered, such as a proxy's sign-in or block page, or a hotel or guest Wi-Fi login page.";

fn row(code: ErrorCode) -> &'static Row {
    use ErrorCode as E;
    use FocusCheck as F;
    match code {
        E::Caa20002 => &Row {
            code: "CAA20002",
            meaning: "The sign-in service rejected the request as invalid",
            documented: Some("ERROR_ADAL_SERVER_ERROR_INVALID_REQUEST: \"The request is missing a required parameter, includes an invalid parameter value, includes a parameter more than once, or is otherwise malformed.\""),
            sources: &[WEB_PROVIDER_ERRORS],
            first: F::Cache,
            it_first: false,
            guidance: &[
                "Microsoft's sign-in service answered Teams but refused its request as invalid. The support article says this is almost always caused by something on this computer, not by a Microsoft outage, and that you can usually fix it yourself.",
                "The support article lists the likely causes in this order: old sign-in data in the Teams cache, a VPN or company proxy in the way, TLS 1.2 switched off, and a wrong date, time or time zone.",
                "Start with the cache: you keep a backup, so nothing is lost. When sign-in at office.com works, the article estimates that clearing the cache fixes more than 80 % of cases (its estimate, not a measurement).",
                "Quick test: sign in at office.com in your browser. If that works, the problem is most likely on this computer's Teams or Windows sign-in side: clear the Teams cache first. If it fails there too, the cause is more likely the network or your account, and IT can help.",
            ],
        },
        E::Caa20003 => &Row {
            code: "CAA20003",
            meaning: "Sign-in refused: the authorization grant failed",
            documented: Some("ERROR_ADAL_SERVER_ERROR_INVALID_GRANT: \"Authorization grant failed for this assertion.\" Microsoft's Teams table adds: make sure your date and time are set up correctly."),
            sources: &[WEB_PROVIDER_ERRORS, TEAMS_SIGN_IN_SUPPORT],
            first: F::Time,
            it_first: false,
            guidance: &[
                "Microsoft did not accept Teams' saved proof of sign-in (the authorization grant). Microsoft's own advice is to check the date and time first.",
                "Make sure the date, time and time zone are all set automatically, then restart Teams. Even a few minutes' difference can matter. A wrong time zone matters when the clock was then set by hand to look right.",
                "If the time is right: sign out of Teams and sign in again. If you changed your password recently, restart the computer first. If the error stays, clear the Teams cache.",
            ],
        },
        E::Caa20004 => &Row {
            code: "CAA20004",
            meaning: "Sign-in denied, often by your organisation's rules",
            documented: Some("ERROR_ADAL_SERVER_ERROR_ACCESS_DENIED: \"The resource owner or authorization server denied the request.\" Microsoft's Teams table: contact your IT admin to check the Microsoft Entra ID policies."),
            sources: &[WEB_PROVIDER_ERRORS, TEAMS_SIGN_IN_SUPPORT],
            first: F::Account,
            it_first: true,
            guidance: &[
                "The sign-in service denied this sign-in. Usually your organisation's access rules (Conditional Access) blocked it, for example because of the device, the network you are on, or the app.",
                "You cannot change these rules yourself, and clearing the cache will not help. Contact IT.",
                "Tell IT: the error code CAA20004, the date and time it happened, and whether you were at home, in the office or on a VPN. They can look up the sign-in in the Entra ID sign-in logs and see which rule blocked it.",
            ],
        },
        E::Caa2000b => &Row {
            code: "CAA2000B",
            meaning: "What Teams asked for is not set up for your account",
            documented: Some("ERROR_ADAL_SERVER_ERROR_INVALID_RESOURCE: \"The resource is invalid due to configuration state or not existing.\""),
            sources: &[WEB_PROVIDER_ERRORS],
            first: F::Account,
            it_first: true,
            guidance: &[
                "The sign-in service says what Teams asked for is invalid: not set up, or not existing, for your account or organisation. Microsoft's public documents do not say which setting; a Teams licence, or Teams switched off for you or your organisation, are things IT can check.",
                "Only IT can fix this; clearing the cache will not help.",
                "Tell IT: the error code CAA2000B and the account you sign in with, and ask them to check your Teams licence.",
            ],
        },
        E::Caa2000c => &Row {
            code: "CAA2000C",
            meaning: "More sign-in steps needed (for example MFA or consent)",
            documented: Some("ERROR_ADAL_SERVER_ERROR_INTERACTION_REQUIRED: \"The request requires user interaction.\""),
            sources: &[WEB_PROVIDER_ERRORS],
            first: F::Signin,
            it_first: false,
            guidance: &[
                "Teams could not sign you in silently: Microsoft wants you to do something first, such as approve a multi-factor prompt, accept a consent screen or enter your password again.",
                "Sign out of Teams, sign in again and finish every prompt, including the one on your phone. If no prompt appears, clearing the Teams cache makes Teams ask again from the start.",
                "If a prompt appears but fails, or you cannot complete it, tell IT the error code CAA2000C.",
            ],
        },
        E::Caa301f7 => &Row {
            code: "CAA301F7",
            meaning: "The service is temporarily overloaded",
            documented: Some("ERROR_HTTP_STATUS_SERVICE_UNAVAIL: \"The service is temporarily overloaded.\""),
            sources: &[WEB_PROVIDER_ERRORS],
            first: F::Service,
            it_first: false,
            guidance: &[
                "The service Teams signs in with answered that it is temporarily overloaded (HTTP status 503). This points at the service, not at this computer, so clearing the cache will not help.",
                "Check Microsoft 365's public status page for a current problem, wait a few minutes, then sign in again.",
                "If it keeps failing while the status page shows no problem, tell IT the error code CAA301F7: a company proxy can give the same answer.",
            ],
        },
        E::Caa5004b => &Row {
            code: "CAA5004B",
            meaning: "Not sure: probably a device registration problem",
            documented: None,
            sources: &[],
            first: F::Device,
            it_first: true,
            guidance: &[
                "We could not find this code in Microsoft's public documentation. Help sites link it to missing information about this computer, usually because it is not (or no longer) properly registered with your organisation; treat that as likely, not certain.",
                "Only IT can check this; clearing the cache is unlikely to help.",
                "On Windows, IT will want to see the output of the command dsregcmd /status: open Command Prompt, type it, press Enter, and copy the \"Device State\" and \"SSO State\" sections into your message together with the error code CAA5004B.",
                "On a Mac, tell IT the error code and whether the Company Portal app shows this Mac as registered.",
            ],
        },
        E::Caa60007 => &Row {
            code: "CAA60007",
            meaning: "The sign-in answer could not be read",
            documented: Some("ERROR_ADAL_JSON_MALFORMED: \"The JSON text being parsed is malformed.\""),
            sources: &[WEB_PROVIDER_ERRORS],
            first: F::Network,
            it_first: false,
            guidance: &[
                "Teams expected a data answer from Microsoft's sign-in service and got something it could not read.",
                PROXY_ANSWERED,
                "Check whether a web page asks you to log in to the network, turn off the VPN, and try again. If it only fails on the company network, tell IT the error code CAA60007.",
            ],
        },
        E::Caa70004 => &Row {
            code: "CAA70004",
            meaning: "Server or proxy not found",
            documented: Some("ERROR_INET_RESOURCE_NOT_FOUND: \"The server or proxy was not found.\" Microsoft's Teams table adds: usually a misconfigured proxy, or a network sniffing program such as Fiddler not set up to decrypt HTTPS."),
            sources: &[WEB_PROVIDER_ERRORS, TEAMS_SIGN_IN_SUPPORT],
            first: F::Network,
            it_first: false,
            guidance: &[
                "Teams could not find the server, or the proxy it was told to use.",
                "Check that your internet connection works, turn off the VPN if you use one, and try again.",
                "If you are on the company network, the proxy may be down or set up differently for the Teams app than for your browser. The network check on this page shows what this browser can reach; send IT the report with the error code CAA70004.",
            ],
        },
        E::Caa70007 => &Row {
            code: "CAA70007",
            meaning: "The connection was interrupted",
            documented: Some("ERROR_INET_DOWNLOAD_FAILURE: \"The download has failed (the connection was interrupted).\""),
            sources: &[WEB_PROVIDER_ERRORS, TEAMS_SIGN_IN_SUPPORT],
            first: F::Network,
            it_first: false,
            guidance: &[
                "The connection to Microsoft broke off while Teams was signing you in.",
                "Make sure you are connected to the internet, turn off the VPN if you use one, and try again; another network, such as your phone's hotspot, is a good test.",
                "If it keeps failing on the company network, tell IT the error code CAA70007: a firewall or another program may be cutting the connection.",
            ],
        },
        E::Caa82ee2 => &Row {
            code: "CAA82EE2",
            meaning: "Sign-in timed out",
            documented: Some("ERROR_ADAL_INTERNET_TIMEOUT: \"The request has timed out.\""),
            sources: &[WEB_PROVIDER_ERRORS, TEAMS_SIGN_IN_SUPPORT],
            first: F::Network,
            it_first: false,
            guidance: &[
                "The sign-in took too long and gave up. That usually means a slow or blocked connection, a VPN or a firewall.",
                "Try another network, for example your phone's hotspot, or turn off the VPN, and sign in again.",
                "If it only fails on the company network, tell IT the error code CAA82EE2: the firewall or proxy may be holding back Microsoft's sign-in servers.",
            ],
        },
        E::Caa82ee7 => &Row {
            code: "CAA82EE7",
            meaning: "Server name could not be looked up",
            documented: Some("ERROR_ADAL_INTERNET_NAME_NOT_RESOLVED: \"The server name could not be resolved.\""),
            sources: &[WEB_PROVIDER_ERRORS, TEAMS_SIGN_IN_SUPPORT],
            first: F::Network,
            it_first: false,
            guidance: &[
                "The computer could not look up Microsoft's server names. It is offline, or name lookup (DNS) is not working.",
                "Check that other websites open. Turn the VPN off (or off and on again), or reconnect to Wi-Fi, then try again.",
                "If other websites work but the error keeps coming back, tell IT the error code CAA82EE7.",
            ],
        },
        E::Caa82f05 => &Row {
            code: "CAA82F05",
            meaning: "The server's certificate date looked invalid",
            documented: Some("ERROR_ADAL_INTERNET_SEC_CERT_DATE_INVALID: \"SSL certificate date that was received from the server is bad. The certificate is expired.\""),
            sources: &[WEB_PROVIDER_ERRORS],
            first: F::Time,
            it_first: false,
            guidance: &[
                "Teams judged the server's security certificate expired or not yet valid. A wrong date on this computer makes every certificate look like that, so check the clock first.",
                "Set the date, time and time zone automatically, restart Teams and sign in again.",
                "If the clock is right, something on the network is presenting an out-of-date certificate in Microsoft's place: tell IT the error code CAA82F05.",
            ],
        },
        E::Caa82f0d => &Row {
            code: "CAA82F0D",
            meaning: "Certificate from an unknown authority",
            documented: Some("ERROR_ADAL_INTERNET_INVALID_CA: \"The function is unfamiliar with the Certificate Authority that generated the server's certificate.\""),
            sources: &[WEB_PROVIDER_ERRORS],
            first: F::Network,
            it_first: false,
            guidance: &[
                "The security certificate Teams received for Microsoft's sign-in server was issued by an authority this computer does not trust.",
                TLS_INSPECTION,
                TLS_INSPECTION_TRY,
            ],
        },
        E::Caa82f17 => &Row {
            code: "CAA82F17",
            meaning: "The server's certificate has errors",
            documented: Some("ERROR_ADAL_INTERNET_SEC_CERT_ERRORS: \"The SSL certificate contains errors.\""),
            sources: &[WEB_PROVIDER_ERRORS],
            first: F::Network,
            it_first: false,
            guidance: &[
                "The security certificate Teams received for Microsoft's sign-in server has errors.",
                TLS_INSPECTION,
                TLS_INSPECTION_TRY,
            ],
        },
        E::Caa82f7d => &Row {
            code: "CAA82F7D",
            meaning: "Secure connection (TLS) error",
            documented: Some("ERROR_ADAL_INTERNET_SECURE_CHANNEL_ERROR: \"Indicates that an error occurred having to do with a secure channel.\""),
            sources: &[WEB_PROVIDER_ERRORS],
            first: F::Network,
            it_first: false,
            guidance: &[
                "Teams could not set up a secure (TLS) connection to Microsoft's sign-in server.",
                "Our suggestion, not Microsoft's wording: on Windows, check that TLS 1.2 is switched on (the TLS step on this page). A proxy or firewall that inspects encrypted connections can also cause it.",
                "Try another network, for example your phone's hotspot. If sign-in works there, tell IT the error code CAA82F7D.",
            ],
        },
        E::Caa82f86 => &Row {
            code: "CAA82F86",
            meaning: "The proxy set-up script (PAC) failed",
            documented: Some("ERROR_ADAL_INTERNET_BAD_AUTO_PROXY_SCRIPT: \"An error occurred executing the script code in the Proxy Auto-Configuration (PAC) file.\""),
            sources: &[WEB_PROVIDER_ERRORS],
            first: F::Network,
            it_first: false,
            guidance: &[
                "The script that tells this computer which proxy to use (a PAC file) has an error, so Teams could not work out how to reach Microsoft.",
                PAC_TRY,
                "Tell IT the error code CAA82F86: the proxy auto-configuration script needs fixing.",
            ],
        },
        E::Caa82f87 => &Row {
            code: "CAA82F87",
            meaning: "The proxy set-up script (PAC) could not be downloaded",
            documented: Some("ERROR_ADAL_INTERNET_UNABLE_TO_DOWNLOAD_SCRIPT: \"The PAC file cannot be downloaded.\""),
            sources: &[WEB_PROVIDER_ERRORS],
            first: F::Network,
            it_first: false,
            guidance: &[
                "The computer could not download the script that tells it which proxy to use (a PAC file), for example because its server was unreachable.",
                PAC_TRY,
                "Tell IT the error code CAA82F87 and whether you were in the office, at home or on a VPN.",
            ],
        },
        E::Caa82f8f => &Row {
            code: "CAA82F8F",
            meaning: "Errors in the server's certificate",
            documented: Some("ERROR_ADAL_INTERNET_SECURE_FAILURE: \"One or more errors were found in the Secure Sockets Layer (SSL) certificate sent by the server.\""),
            sources: &[WEB_PROVIDER_ERRORS],
            first: F::Network,
            it_first: false,
            guidance: &[
                "The security certificate Teams received for Microsoft's sign-in server failed the checks.",
                TLS_INSPECTION,
                TLS_INSPECTION_TRY,
            ],
        },
        E::Caa82f92 => &Row {
            code: "CAA82F92",
            meaning: "No proxy could be found for Microsoft's address",
            documented: Some("ERROR_ADAL_INTERNET_AUTO_PROXY_SERVICE_ERROR: \"A proxy for the specified URL cannot be located.\""),
            sources: &[WEB_PROVIDER_ERRORS],
            first: F::Network,
            it_first: false,
            guidance: &[
                "The automatic proxy set-up could not name a proxy for Microsoft's sign-in address.",
                PAC_TRY,
                "Tell IT the error code CAA82F92: the automatic proxy configuration needs checking.",
            ],
        },
        E::Caa82f94 => &Row {
            code: "CAA82F94",
            meaning: "Automatic proxy detection failed",
            documented: Some("ERROR_ADAL_INTERNET_AUTODETECTION_FAILED: \"WinHTTP was unable to discover the URL of the Proxy Auto-Configuration (PAC) file.\""),
            sources: &[WEB_PROVIDER_ERRORS],
            first: F::Network,
            it_first: false,
            guidance: &[
                "Windows was set to find the proxy automatically and could not find the proxy set-up script (PAC file).",
                PAC_TRY,
                "Tell IT the error code CAA82F94: automatic proxy detection (WPAD) is not working on this network.",
            ],
        },
        // Sourced by the WAM table only: help sites say Microsoft's Teams support table lists
        // 0xCAA90018 as "not the right credentials", but no stored copy of that page showed the
        // row, so it is not cited (docs/sources.md).
        E::Caa90018 => &Row {
            code: "CAA90018",
            meaning: "Your organisation's sign-in could not be found",
            documented: Some("ERROR_ADAL_COULDNOT_DISCOVER_USERREALM: \"Could not discover a user realm.\""),
            sources: &[WEB_PROVIDER_ERRORS],
            first: F::Signin,
            it_first: false,
            guidance: &[
                "The sign-in service could not tell which organisation the account belongs to, so it did not know where to send you to sign in.",
                "Sign out of Teams and sign in again with your full work address (name@company.com), not a personal Microsoft account or the account you use to log on to Windows.",
                "If the address is right and the error stays, tell IT the error code CAA90018 and the address you used.",
            ],
        },
        E::Caa90019 => &Row {
            code: "CAA90019",
            meaning: "Unexpected answer from the sign-in server",
            documented: Some("ERROR_ADAL_UNEXPECTED_RESPONSE: \"Unexpected response from the server.\""),
            sources: &[WEB_PROVIDER_ERRORS],
            first: F::Network,
            it_first: false,
            guidance: &[
                "Teams got an answer it did not expect from the sign-in server.",
                PROXY_ANSWERED,
                "Check whether a web page asks you to log in to the network, turn off the VPN, and try again. If it only fails on the company network, tell IT the error code CAA90019.",
            ],
        },
        E::E80090016 => &Row {
            code: "80090016",
            meaning: "The security chip's (TPM) sign-in keys are missing",
            documented: Some("NTE_BAD_KEYSET: \"Keyset does not exist.\""),
            sources: &[COM_SECURITY_ERRORS],
            first: F::Device,
            it_first: true,
            guidance: &[
                "Windows could not find the keys that protect your sign-in in the computer's security chip (TPM). Help sites report this after a firmware update or a TPM reset, for example.",
                "Restart the computer once. If the error stays, contact IT; clearing the Teams cache will not help.",
                "Tell IT the error code 80090016: it usually needs the device registration or the TPM looked at. It also helps to say what the TPM tool shows: press Windows key + R, type tpm.msc, press Enter and copy the line under \"Status\".",
            ],
        },
        E::E80090030 => &Row {
            code: "80090030",
            meaning: "The computer's security chip (TPM) is not ready",
            documented: Some("NTE_DEVICE_NOT_READY: \"The device that is required by this cryptographic provider is not ready for use.\""),
            sources: &[COM_SECURITY_ERRORS],
            first: F::Device,
            it_first: true,
            guidance: &[
                "Windows could not use the security chip (TPM) that protects your sign-in keys, or the chip is not ready.",
                "Restart the computer once: that sometimes clears it. If the error stays, contact IT; clearing the cache will not help.",
                "Tell IT the error code 80090030. It also helps to say what the TPM tool shows: press Windows key + R, type tpm.msc, press Enter and copy the line under \"Status\".",
            ],
        },
    }
}

impl ErrorCode {
    /// Every known code, CAA20002 first (the page's subject), then in code order.
    pub const ALL: [ErrorCode; 25] = [
        ErrorCode::Caa20002,
        ErrorCode::Caa20003,
        ErrorCode::Caa20004,
        ErrorCode::Caa2000b,
        ErrorCode::Caa2000c,
        ErrorCode::Caa301f7,
        ErrorCode::Caa5004b,
        ErrorCode::Caa60007,
        ErrorCode::Caa70004,
        ErrorCode::Caa70007,
        ErrorCode::Caa82ee2,
        ErrorCode::Caa82ee7,
        ErrorCode::Caa82f05,
        ErrorCode::Caa82f0d,
        ErrorCode::Caa82f17,
        ErrorCode::Caa82f7d,
        ErrorCode::Caa82f86,
        ErrorCode::Caa82f87,
        ErrorCode::Caa82f8f,
        ErrorCode::Caa82f92,
        ErrorCode::Caa82f94,
        ErrorCode::Caa90018,
        ErrorCode::Caa90019,
        ErrorCode::E80090016,
        ErrorCode::E80090030,
    ];

    /// Canonical spelling, as Teams shows it (upper case, no `0x`).
    pub fn as_str(self) -> &'static str {
        row(self).code
    }

    /// What the code means, in a few plain words (used in lists and drop-downs). Starts
    /// with "Not sure" when no public Microsoft document we found lists the code.
    pub fn meaning(self) -> &'static str {
        row(self).meaning
    }

    /// Microsoft's constant name and wording for the code, from [`ErrorCode::sources`];
    /// `None` when we could not find it documented.
    pub fn documented(self) -> Option<&'static str> {
        row(self).documented
    }

    /// Where the meaning comes from (empty: not sourced, the page says it is not sure).
    pub fn sources(self) -> &'static [Source] {
        row(self).sources
    }

    /// Whether the meaning is backed by a public Microsoft document.
    pub fn is_sourced(self) -> bool {
        !self.sources().is_empty()
    }

    /// One sentence for the page: where the meaning comes from, or that we are not sure.
    pub fn source_note(self) -> String {
        match (self.documented(), self.sources()) {
            (Some(doc), [first, rest @ ..]) => {
                let also = rest
                    .iter()
                    .map(|s| format!("; also {}", s.title))
                    .collect::<String>();
                format!("Microsoft's name for {self}: {doc} Source: {}{also}.", first.title)
            }
            _ => format!(
                "Not sure: we could not find {self} in Microsoft's public documentation, so the meaning above is our best reading, not a fact."
            ),
        }
    }

    /// The check to look at first for this code.
    pub fn first_check(self) -> FocusCheck {
        row(self).first
    }

    /// Whether only IT can fix it (access rules, licence, device registration, TPM):
    /// sending the user through cache and clock steps first would only waste their time.
    pub fn go_to_it_first(self) -> bool {
        row(self).it_first
    }

    /// Plain-language guidance for a stressed non-expert: a few short paragraphs, most
    /// useful first. For the IT-first codes they say what to tell IT.
    pub fn guidance(self) -> &'static [&'static str] {
        row(self).guidance
    }
}

impl std::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Reads an error code the way users paste it: any case, with or without `0x`, with
/// blanks, dashes or a leading "Error code:" (`" CAA 20002 "`, `"caa-20002"`,
/// `"0x80090030"`). Input longer than [`MAX_CODE_INPUT`] bytes is [`CodeParse::Unknown`]
/// without being looked at.
pub fn parse_code(input: &str) -> CodeParse {
    if input.len() > MAX_CODE_INPUT {
        return CodeParse::Unknown;
    }
    // Separators and quotes are dropped anywhere: the result must still match a whole
    // code exactly, so this cannot turn garbage into a code by accident.
    let compact: String = input
        .chars()
        .filter(|c| !c.is_whitespace() && !"-_:.,;\"'()[]".contains(*c))
        .map(|c| c.to_ascii_uppercase())
        .collect();
    if compact.is_empty() {
        return CodeParse::Empty;
    }
    let bare = ["ERRORCODE", "ERROR", "CODE"]
        .iter()
        .find_map(|p| compact.strip_prefix(p))
        .unwrap_or(&compact);
    let bare = bare.strip_prefix("0X").unwrap_or(bare);
    ErrorCode::ALL
        .iter()
        .copied()
        .find(|c| c.as_str() == bare)
        .map_or(CodeParse::Unknown, CodeParse::Known)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    #[rstest]
    #[case("caa20002", CodeParse::Known(ErrorCode::Caa20002))]
    #[case("CAA20002", CodeParse::Known(ErrorCode::Caa20002))]
    #[case("0xCAA20002", CodeParse::Known(ErrorCode::Caa20002))]
    #[case("0XcAa20002", CodeParse::Known(ErrorCode::Caa20002))]
    #[case(" CAA 20002 ", CodeParse::Known(ErrorCode::Caa20002))]
    #[case("caa-20002", CodeParse::Known(ErrorCode::Caa20002))]
    #[case("\tCAA20002\n", CodeParse::Known(ErrorCode::Caa20002))]
    #[case("Error code: CAA20002", CodeParse::Known(ErrorCode::Caa20002))]
    #[case("error 0xcaa20002", CodeParse::Known(ErrorCode::Caa20002))]
    #[case("\"CAA20002\"", CodeParse::Known(ErrorCode::Caa20002))]
    #[case("caa20003", CodeParse::Known(ErrorCode::Caa20003))]
    #[case("CAA20004", CodeParse::Known(ErrorCode::Caa20004))]
    #[case("caa2000b", CodeParse::Known(ErrorCode::Caa2000b))]
    #[case("CAA5004b", CodeParse::Known(ErrorCode::Caa5004b))]
    #[case("caa70004", CodeParse::Known(ErrorCode::Caa70004))]
    #[case("caa82ee2", CodeParse::Known(ErrorCode::Caa82ee2))]
    #[case("CAA82EE7", CodeParse::Known(ErrorCode::Caa82ee7))]
    #[case("0x80090030", CodeParse::Known(ErrorCode::E80090030))]
    #[case("80090030", CodeParse::Known(ErrorCode::E80090030))]
    #[case("8009-0030", CodeParse::Known(ErrorCode::E80090030))]
    #[case("0x80090016", CodeParse::Known(ErrorCode::E80090016))]
    #[case("caa2000c", CodeParse::Known(ErrorCode::Caa2000c))]
    #[case("0xCAA301F7", CodeParse::Known(ErrorCode::Caa301f7))]
    #[case("caa301f7", CodeParse::Known(ErrorCode::Caa301f7))]
    #[case("CAA 301F7", CodeParse::Known(ErrorCode::Caa301f7))]
    #[case("CAA301F8", CodeParse::Unknown)]
    #[case("CAA60007", CodeParse::Known(ErrorCode::Caa60007))]
    #[case("0xCAA70007", CodeParse::Known(ErrorCode::Caa70007))]
    #[case("caa82f05", CodeParse::Known(ErrorCode::Caa82f05))]
    #[case("CAA82F0D", CodeParse::Known(ErrorCode::Caa82f0d))]
    #[case("caa82f17", CodeParse::Known(ErrorCode::Caa82f17))]
    #[case("CAA82F7D", CodeParse::Known(ErrorCode::Caa82f7d))]
    #[case("caa82f86", CodeParse::Known(ErrorCode::Caa82f86))]
    #[case("caa82f87", CodeParse::Known(ErrorCode::Caa82f87))]
    #[case("CAA82F8F", CodeParse::Known(ErrorCode::Caa82f8f))]
    #[case("caa82f92", CodeParse::Known(ErrorCode::Caa82f92))]
    #[case("caa82f94", CodeParse::Known(ErrorCode::Caa82f94))]
    #[case("CAA90018", CodeParse::Known(ErrorCode::Caa90018))]
    #[case("Error code: 0xCAA90019", CodeParse::Known(ErrorCode::Caa90019))]
    #[case("CAA82F06", CodeParse::Unknown)]
    #[case("", CodeParse::Empty)]
    #[case("   ", CodeParse::Empty)]
    #[case(" - ", CodeParse::Empty)]
    #[case("CAA2000", CodeParse::Unknown)]
    #[case("CAA200021", CodeParse::Unknown)]
    #[case("XCAA20002", CodeParse::Unknown)]
    #[case("0x0xCAA20002", CodeParse::Unknown)]
    #[case("CAA20002 CAA20003", CodeParse::Unknown)]
    #[case("20002", CodeParse::Unknown)]
    #[case("<script>alert(1)</script>", CodeParse::Unknown)]
    #[case("CAA\u{202E}20002", CodeParse::Unknown)]
    #[case("CAA\u{0}20002", CodeParse::Unknown)]
    #[case("ＣＡＡ２０００２", CodeParse::Unknown)]
    #[case(
        "Sorry, but we're having trouble signing you in. CAA20002",
        CodeParse::Unknown
    )]
    fn parses_what_users_paste(#[case] input: &str, #[case] expected: CodeParse) {
        assert_eq!(parse_code(input), expected);
    }

    #[test]
    fn input_length_is_bounded() {
        let padded = format!("{}CAA20002", " ".repeat(MAX_CODE_INPUT));
        assert_eq!(parse_code(&padded), CodeParse::Unknown);
        let just_fits = format!("{}CAA20002", " ".repeat(MAX_CODE_INPUT - 8));
        assert_eq!(
            parse_code(&just_fits),
            CodeParse::Known(ErrorCode::Caa20002)
        );
        assert_eq!(parse_code(&"A".repeat(10_000)), CodeParse::Unknown);
    }

    #[test]
    fn canonical_text_round_trips_and_is_the_serde_form() {
        for code in ErrorCode::ALL {
            assert_eq!(parse_code(code.as_str()), CodeParse::Known(code));
            assert_eq!(
                parse_code(&code.as_str().to_lowercase()),
                CodeParse::Known(code)
            );
            let json = serde_json::to_string(&code).expect("serializes");
            assert_eq!(json, format!("\"{}\"", code.as_str()));
            assert_eq!(serde_json::from_str::<ErrorCode>(&json).ok(), Some(code));
            assert_eq!(code.to_string(), code.as_str());
        }
    }

    /// The whole table: code, first check, IT-first, and the documented constant name
    /// (`None`: not found in Microsoft's public documents, so the page says it is not sure).
    #[rstest]
    #[case(
        ErrorCode::Caa20002,
        FocusCheck::Cache,
        false,
        Some("ERROR_ADAL_SERVER_ERROR_INVALID_REQUEST")
    )]
    #[case(
        ErrorCode::Caa20003,
        FocusCheck::Time,
        false,
        Some("ERROR_ADAL_SERVER_ERROR_INVALID_GRANT")
    )]
    #[case(
        ErrorCode::Caa20004,
        FocusCheck::Account,
        true,
        Some("ERROR_ADAL_SERVER_ERROR_ACCESS_DENIED")
    )]
    #[case(
        ErrorCode::Caa2000b,
        FocusCheck::Account,
        true,
        Some("ERROR_ADAL_SERVER_ERROR_INVALID_RESOURCE")
    )]
    #[case(
        ErrorCode::Caa2000c,
        FocusCheck::Signin,
        false,
        Some("ERROR_ADAL_SERVER_ERROR_INTERACTION_REQUIRED")
    )]
    #[case(
        ErrorCode::Caa301f7,
        FocusCheck::Service,
        false,
        Some("ERROR_HTTP_STATUS_SERVICE_UNAVAIL")
    )]
    #[case(ErrorCode::Caa5004b, FocusCheck::Device, true, None)]
    #[case(
        ErrorCode::Caa60007,
        FocusCheck::Network,
        false,
        Some("ERROR_ADAL_JSON_MALFORMED")
    )]
    #[case(
        ErrorCode::Caa70004,
        FocusCheck::Network,
        false,
        Some("ERROR_INET_RESOURCE_NOT_FOUND")
    )]
    #[case(
        ErrorCode::Caa70007,
        FocusCheck::Network,
        false,
        Some("ERROR_INET_DOWNLOAD_FAILURE")
    )]
    #[case(
        ErrorCode::Caa82ee2,
        FocusCheck::Network,
        false,
        Some("ERROR_ADAL_INTERNET_TIMEOUT")
    )]
    #[case(
        ErrorCode::Caa82ee7,
        FocusCheck::Network,
        false,
        Some("ERROR_ADAL_INTERNET_NAME_NOT_RESOLVED")
    )]
    #[case(
        ErrorCode::Caa82f05,
        FocusCheck::Time,
        false,
        Some("ERROR_ADAL_INTERNET_SEC_CERT_DATE_INVALID")
    )]
    #[case(
        ErrorCode::Caa82f0d,
        FocusCheck::Network,
        false,
        Some("ERROR_ADAL_INTERNET_INVALID_CA")
    )]
    #[case(
        ErrorCode::Caa82f17,
        FocusCheck::Network,
        false,
        Some("ERROR_ADAL_INTERNET_SEC_CERT_ERRORS")
    )]
    #[case(
        ErrorCode::Caa82f7d,
        FocusCheck::Network,
        false,
        Some("ERROR_ADAL_INTERNET_SECURE_CHANNEL_ERROR")
    )]
    #[case(
        ErrorCode::Caa82f86,
        FocusCheck::Network,
        false,
        Some("ERROR_ADAL_INTERNET_BAD_AUTO_PROXY_SCRIPT")
    )]
    #[case(
        ErrorCode::Caa82f87,
        FocusCheck::Network,
        false,
        Some("ERROR_ADAL_INTERNET_UNABLE_TO_DOWNLOAD_SCRIPT")
    )]
    #[case(
        ErrorCode::Caa82f8f,
        FocusCheck::Network,
        false,
        Some("ERROR_ADAL_INTERNET_SECURE_FAILURE")
    )]
    #[case(
        ErrorCode::Caa82f92,
        FocusCheck::Network,
        false,
        Some("ERROR_ADAL_INTERNET_AUTO_PROXY_SERVICE_ERROR")
    )]
    #[case(
        ErrorCode::Caa82f94,
        FocusCheck::Network,
        false,
        Some("ERROR_ADAL_INTERNET_AUTODETECTION_FAILED")
    )]
    #[case(
        ErrorCode::Caa90018,
        FocusCheck::Signin,
        false,
        Some("ERROR_ADAL_COULDNOT_DISCOVER_USERREALM")
    )]
    #[case(
        ErrorCode::Caa90019,
        FocusCheck::Network,
        false,
        Some("ERROR_ADAL_UNEXPECTED_RESPONSE")
    )]
    #[case(ErrorCode::E80090016, FocusCheck::Device, true, Some("NTE_BAD_KEYSET"))]
    #[case(
        ErrorCode::E80090030,
        FocusCheck::Device,
        true,
        Some("NTE_DEVICE_NOT_READY")
    )]
    fn the_code_table(
        #[case] code: ErrorCode,
        #[case] focus: FocusCheck,
        #[case] it: bool,
        #[case] constant: Option<&str>,
    ) {
        assert_eq!(code.first_check(), focus);
        assert_eq!(code.go_to_it_first(), it);
        match constant {
            Some(name) => {
                let doc = code.documented().expect("documented");
                assert!(doc.starts_with(&format!("{name}: ")), "{code}: {doc}");
                assert!(code.is_sourced(), "{code}");
                assert!(!code.meaning().starts_with("Not sure"), "{code}");
                let note = code.source_note();
                assert!(
                    note.contains(name) && note.contains(code.sources()[0].title),
                    "{note}"
                );
            }
            None => {
                assert_eq!(code.documented(), None);
                assert!(!code.is_sourced());
                assert!(code.meaning().starts_with("Not sure"), "{code}");
                assert!(code.source_note().starts_with("Not sure"), "{code}");
            }
        }
        for s in code.sources() {
            assert!(
                s.url.starts_with("https://") && !s.title.is_empty(),
                "{code}"
            );
        }
    }

    /// The README's deep-link and code tables name every code (IT reads them there).
    #[test]
    fn readme_lists_every_code() {
        let readme = include_str!("../../README.md");
        let row = readme
            .lines()
            .find(|l| l.starts_with("| `code` |"))
            .expect("deep-link row");
        for code in ErrorCode::ALL {
            assert!(
                row.contains(&format!("`{code}`")),
                "deep-link row lacks {code}"
            );
            assert!(
                readme.contains(&format!("\n| {code} | {} |", code.meaning())),
                "code table lacks {code}"
            );
        }
    }

    /// Every row names a public source, or says plainly that it is not sure: its meaning starts
    /// with "Not sure", its source note says so, and it quotes no Microsoft wording.
    #[test]
    fn every_code_names_a_source_or_says_it_is_not_sure() {
        for code in ErrorCode::ALL {
            if code.is_sourced() {
                assert!(code.documented().is_some(), "{code}: a source but no quote");
                assert!(!code.meaning().starts_with("Not sure"), "{code}");
                for s in code.sources() {
                    assert!(
                        s.url.starts_with("https://") && !s.title.is_empty(),
                        "{code}"
                    );
                }
            } else {
                assert_eq!(code.documented(), None, "{code}: a quote without a source");
                assert!(code.meaning().starts_with("Not sure"), "{code}");
                assert!(code.source_note().starts_with("Not sure"), "{code}");
                assert!(
                    code.guidance()[0].contains("could not find this code"),
                    "{code}: the guidance must say it is not documented"
                );
            }
        }
    }

    /// docs/sources.md is the one list of the page's sources: every source a code row names
    /// is in it, by URL.
    #[test]
    fn every_code_source_is_in_the_sources_list() {
        let sources = include_str!("../../docs/sources.md");
        for code in ErrorCode::ALL {
            for s in code.sources() {
                assert!(
                    sources.contains(s.url),
                    "{code}: {} not in docs/sources.md",
                    s.url
                );
            }
        }
        for s in [
            WEB_PROVIDER_ERRORS,
            TEAMS_SIGN_IN_SUPPORT,
            COM_SECURITY_ERRORS,
        ] {
            assert!(sources.contains(s.url), "{} not in docs/sources.md", s.url);
        }
    }

    /// The article's claims keep their condition and their owner: "more than 80 %" only next
    /// to its office.com condition, "almost always on this computer" only as the article's.
    #[test]
    fn article_claims_keep_their_condition_and_owner() {
        for code in ErrorCode::ALL {
            for p in code.guidance() {
                if p.contains("80 %") {
                    assert!(
                        p.contains("office.com") && p.contains("estimate"),
                        "{code}: {p}"
                    );
                }
                if p.contains("almost always") {
                    assert!(p.contains("article says"), "{code}: {p}");
                }
                assert!(!p.contains("most common reason"), "{code}: {p}");
            }
        }
    }

    /// CAA301F7 points at the service: no cache reset, the status page, wait and retry.
    #[test]
    fn caa301f7_points_at_the_service() {
        let code = ErrorCode::Caa301f7;
        assert_eq!(code.first_check(), FocusCheck::Service);
        assert!(!code.go_to_it_first());
        let text = code.guidance().join(" ");
        for needle in [
            "503",
            "not at this computer",
            "status page",
            "wait",
            "will not help",
        ] {
            assert!(text.contains(needle), "{needle}: {text}");
        }
        assert_eq!(code.sources(), [WEB_PROVIDER_ERRORS]);
    }

    #[test]
    fn every_code_is_in_the_table_once() {
        let mut seen = std::collections::HashSet::new();
        for code in ErrorCode::ALL {
            assert!(seen.insert(code.as_str()), "{code} twice");
        }
        assert_eq!(ErrorCode::ALL[0], ErrorCode::Caa20002);
    }

    /// CAA20002 says what the code means (the service answered and refused the request),
    /// keeps the article's causes in the article's order, and presents the article's
    /// "more than 80 %" as the article's estimate.
    #[test]
    fn caa20002_says_what_it_means_and_keeps_the_article_order() {
        let text = ErrorCode::Caa20002.guidance().join(" ");
        assert!(
            text.contains("answered") && text.contains("invalid"),
            "{text}"
        );
        assert!(!text.contains("could not connect"), "{text}");
        let order = ["cache", "VPN", "TLS 1.2", "time zone"];
        let causes = ErrorCode::Caa20002.guidance()[1];
        let at: Vec<usize> = order
            .iter()
            .map(|n| causes.find(n).unwrap_or_else(|| panic!("{n} in {causes}")))
            .collect();
        assert!(
            at.windows(2).all(|w| w[0] < w[1]),
            "article order: {causes}"
        );
        assert!(text.contains("80 %") && text.contains("estimate"), "{text}");
        for code in ErrorCode::ALL {
            let all = code.guidance().join(" ");
            assert!(!all.contains("Windows 7"), "{code}");
        }
    }

    #[rstest]
    #[case(ErrorCode::Caa20004, "CAA20004")]
    #[case(ErrorCode::Caa2000b, "licence")]
    #[case(ErrorCode::Caa5004b, "dsregcmd /status")]
    #[case(ErrorCode::E80090030, "80090030")]
    #[case(ErrorCode::E80090016, "80090016")]
    fn it_first_guidance_says_what_to_tell_it(#[case] code: ErrorCode, #[case] needle: &str) {
        let text = code.guidance().join(" ");
        assert!(
            text.contains("Tell IT") || text.contains("tell IT"),
            "{code}"
        );
        assert!(text.contains(needle), "{code} should mention {needle}");
    }

    #[test]
    fn guidance_is_short_plain_paragraphs() {
        for code in ErrorCode::ALL {
            let paragraphs = code.guidance();
            assert!((2..=5).contains(&paragraphs.len()), "{code}");
            for p in paragraphs {
                assert!(!p.trim().is_empty() && p.len() <= 400, "{code}: {p}");
                assert!(p.ends_with('.'), "{code}: {p}");
            }
            assert!(!code.meaning().is_empty() && code.meaning().len() <= 60);
        }
        // CAA20002 is the page's subject: the four causes and the office.com test.
        let full = ErrorCode::Caa20002.guidance().join(" ");
        for needle in [
            "cache",
            "VPN",
            "proxy",
            "time zone",
            "TLS 1.2",
            "office.com",
        ] {
            assert!(full.contains(needle), "{needle}");
        }
    }

    #[test]
    fn focus_tokens_are_distinct() {
        let all = [
            FocusCheck::Cache,
            FocusCheck::Time,
            FocusCheck::Network,
            FocusCheck::Signin,
            FocusCheck::Account,
            FocusCheck::Device,
            FocusCheck::Service,
        ];
        for f in all {
            assert_eq!(
                serde_json::to_string(&f).ok(),
                Some(format!("\"{}\"", f.as_str()))
            );
        }
    }
}
