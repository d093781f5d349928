//! The Teams sign-in error codes the page knows: parsing what users paste, and what each means.
//!
//! Every code is one row of data: what it means in plain words, Microsoft's own name and
//! wording for it, where that comes from ([`Source`]), and the check to look at first.
//! CAA20002 gets the full self-help treatment; the others either shift the plan's priorities
//! (clock, network) or send the user to IT with the right facts to hand over. A code whose
//! meaning we could not find in a public Microsoft document has no source, and the page says
//! so ([`ErrorCode::source_note`]) instead of guessing with confidence.

use serde::{Deserialize, Serialize};

use crate::text::{Arg, Msg, Text};

/// Longest input worth looking at: a code with prefix and separators fits easily, and
/// anything longer is a pasted paragraph we will not try to mine.
pub const MAX_CODE_INPUT: usize = 40;

/// A public document a code's meaning comes from (stored as data so the page, the IT guide
/// and the tests can all name it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Source {
    /// The document's title (a message: translators may use Microsoft's localized title).
    pub title: Msg,
    pub url: &'static str,
}

/// The Web Account Manager error table (`WebProviderError.ErrorCode`, MicrosoftDocs
/// winrt-api): the `CAA…` codes with their constant names. CAA20002 is
/// `ERROR_ADAL_SERVER_ERROR_INVALID_REQUEST` here.
pub const WEB_PROVIDER_ERRORS: Source = Source {
    title: Msg::CodesSourceWebProviderErrors,
    url: "https://learn.microsoft.com/uwp/api/windows.security.authentication.web.core.webprovidererror.errorcode",
};

/// Microsoft's end-user table of Teams sign-in status codes, with a troubleshooting action each.
pub const TEAMS_SIGN_IN_SUPPORT: Source = Source {
    title: Msg::CodesSourceTeamsSignInSupport,
    url: "https://support.microsoft.com/office/why-am-i-having-trouble-signing-in-to-microsoft-teams-a02f683b-61a3-4008-9447-ee60c5593b0f",
};

/// Windows' cryptography error codes (`NTE_…`, `0x8009…`).
pub const COM_SECURITY_ERRORS: Source = Source {
    title: Msg::CodesSourceComSecurityErrors,
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

/// Microsoft's name and wording for a code, from its first source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Documented {
    /// The constant, as Microsoft writes it (`ERROR_ADAL_SERVER_ERROR_INVALID_REQUEST`).
    pub constant: &'static str,
    /// Microsoft's description, quoted (a message: translated as Microsoft words it).
    pub wording: Msg,
}

/// One paragraph of guidance: its message, and the technical values it names (paths,
/// commands, addresses), in the order of the message's variables.
type Paragraph = (Msg, &'static [&'static str]);

/// One row of the code table: everything the page says and decides about a code.
struct Row {
    code: &'static str,
    /// A few plain words (lists, drop-downs, headings).
    meaning: Msg,
    /// `None` when no public Microsoft document we could find lists the code.
    documented: Option<Documented>,
    sources: &'static [Source],
    first: FocusCheck,
    it_first: bool,
    /// Why the plan puts the code's first check first (`None`: the plan's own reasons).
    plan: Option<Msg>,
    /// Why the plan checks the connection before anything else, for a code that means
    /// there was none.
    connect: Option<Msg>,
    guidance: &'static [Paragraph],
}

fn row(code: ErrorCode) -> &'static Row {
    use ErrorCode as E;
    use FocusCheck as F;
    match code {
        E::Caa20002 => &Row {
            code: "CAA20002",
            meaning: Msg::CodeCaa20002Meaning,
            documented: Some(Documented {
                constant: "ERROR_ADAL_SERVER_ERROR_INVALID_REQUEST",
                wording: Msg::CodeCaa20002Documented,
            }),
            sources: &[WEB_PROVIDER_ERRORS],
            first: F::Cache,
            it_first: false,
            plan: None,
            connect: None,
            guidance: &[
                (Msg::CodeCaa20002Guidance1, &[]),
                (Msg::CodeCaa20002Guidance2, &[]),
                (Msg::CodeCaa20002Guidance3, &["office.com"]),
                (Msg::CodeCaa20002Guidance4, &["office.com"]),
            ],
        },
        E::Caa20003 => &Row {
            code: "CAA20003",
            meaning: Msg::CodeCaa20003Meaning,
            documented: Some(Documented {
                constant: "ERROR_ADAL_SERVER_ERROR_INVALID_GRANT",
                wording: Msg::CodeCaa20003Documented,
            }),
            sources: &[WEB_PROVIDER_ERRORS, TEAMS_SIGN_IN_SUPPORT],
            first: F::Time,
            it_first: false,
            plan: Some(Msg::CodeCaa20003Plan),
            connect: None,
            guidance: &[
                (Msg::CodeCaa20003Guidance1, &[]),
                (Msg::CodeCaa20003Guidance2, &[]),
                (Msg::CodeCaa20003Guidance3, &[]),
            ],
        },
        E::Caa20004 => &Row {
            code: "CAA20004",
            meaning: Msg::CodeCaa20004Meaning,
            documented: Some(Documented {
                constant: "ERROR_ADAL_SERVER_ERROR_ACCESS_DENIED",
                wording: Msg::CodeCaa20004Documented,
            }),
            sources: &[WEB_PROVIDER_ERRORS, TEAMS_SIGN_IN_SUPPORT],
            first: F::Account,
            it_first: true,
            plan: Some(Msg::CodeCaa20004Plan),
            connect: None,
            guidance: &[
                (Msg::CodeCaa20004Guidance1, &[]),
                (Msg::CodeCaa20004Guidance2, &[]),
                (Msg::CodeCaa20004Guidance3, &[]),
            ],
        },
        E::Caa2000b => &Row {
            code: "CAA2000B",
            meaning: Msg::CodeCaa2000bMeaning,
            documented: Some(Documented {
                constant: "ERROR_ADAL_SERVER_ERROR_INVALID_RESOURCE",
                wording: Msg::CodeCaa2000bDocumented,
            }),
            sources: &[WEB_PROVIDER_ERRORS],
            first: F::Account,
            it_first: true,
            plan: Some(Msg::CodeCaa2000bPlan),
            connect: None,
            guidance: &[
                (Msg::CodeCaa2000bGuidance1, &[]),
                (Msg::CodeCaa2000bGuidance2, &[]),
                (Msg::CodeCaa2000bGuidance3, &[]),
            ],
        },
        E::Caa2000c => &Row {
            code: "CAA2000C",
            meaning: Msg::CodeCaa2000cMeaning,
            documented: Some(Documented {
                constant: "ERROR_ADAL_SERVER_ERROR_INTERACTION_REQUIRED",
                wording: Msg::CodeCaa2000cDocumented,
            }),
            sources: &[WEB_PROVIDER_ERRORS],
            first: F::Signin,
            it_first: false,
            plan: None,
            connect: None,
            guidance: &[
                (Msg::CodeCaa2000cGuidance1, &[]),
                (Msg::CodeCaa2000cGuidance2, &[]),
                (Msg::CodeCaa2000cGuidance3, &[]),
            ],
        },
        E::Caa301f7 => &Row {
            code: "CAA301F7",
            meaning: Msg::CodeCaa301f7Meaning,
            documented: Some(Documented {
                constant: "ERROR_HTTP_STATUS_SERVICE_UNAVAIL",
                wording: Msg::CodeCaa301f7Documented,
            }),
            sources: &[WEB_PROVIDER_ERRORS],
            first: F::Service,
            it_first: false,
            plan: Some(Msg::CodeCaa301f7Plan),
            connect: None,
            guidance: &[
                (Msg::CodeCaa301f7Guidance1, &[]),
                (Msg::CodeCaa301f7Guidance2, &[]),
                (Msg::CodeCaa301f7Guidance3, &[]),
            ],
        },
        E::Caa5004b => &Row {
            code: "CAA5004B",
            meaning: Msg::CodeCaa5004bMeaning,
            documented: None,
            sources: &[],
            first: F::Device,
            it_first: true,
            plan: Some(Msg::CodeCaa5004bPlan),
            connect: None,
            guidance: &[
                (Msg::CodeCaa5004bGuidance1, &[]),
                (Msg::CodeCaa5004bGuidance2, &[]),
                (Msg::CodeCaa5004bGuidance3, &["dsregcmd /status"]),
                (Msg::CodeCaa5004bGuidance4, &[]),
            ],
        },
        E::Caa60007 => &Row {
            code: "CAA60007",
            meaning: Msg::CodeCaa60007Meaning,
            documented: Some(Documented {
                constant: "ERROR_ADAL_JSON_MALFORMED",
                wording: Msg::CodeCaa60007Documented,
            }),
            sources: &[WEB_PROVIDER_ERRORS],
            first: F::Network,
            it_first: false,
            plan: Some(Msg::CodeSharedPlanUnusableAnswer),
            connect: None,
            guidance: &[
                (Msg::CodeCaa60007Guidance1, &[]),
                (Msg::CodeSharedProxyAnswered, &[]),
                (Msg::CodeCaa60007Guidance3, &[]),
            ],
        },
        E::Caa70004 => &Row {
            code: "CAA70004",
            meaning: Msg::CodeCaa70004Meaning,
            documented: Some(Documented {
                constant: "ERROR_INET_RESOURCE_NOT_FOUND",
                wording: Msg::CodeCaa70004Documented,
            }),
            sources: &[WEB_PROVIDER_ERRORS, TEAMS_SIGN_IN_SUPPORT],
            first: F::Network,
            it_first: false,
            plan: Some(Msg::CodeCaa70004Plan),
            connect: None,
            guidance: &[
                (Msg::CodeCaa70004Guidance1, &[]),
                (Msg::CodeCaa70004Guidance2, &[]),
                (Msg::CodeCaa70004Guidance3, &[]),
            ],
        },
        E::Caa70007 => &Row {
            code: "CAA70007",
            meaning: Msg::CodeCaa70007Meaning,
            documented: Some(Documented {
                constant: "ERROR_INET_DOWNLOAD_FAILURE",
                wording: Msg::CodeCaa70007Documented,
            }),
            sources: &[WEB_PROVIDER_ERRORS, TEAMS_SIGN_IN_SUPPORT],
            first: F::Network,
            it_first: false,
            plan: Some(Msg::CodeCaa70007Plan),
            connect: None,
            guidance: &[
                (Msg::CodeCaa70007Guidance1, &[]),
                (Msg::CodeCaa70007Guidance2, &[]),
                (Msg::CodeCaa70007Guidance3, &[]),
            ],
        },
        E::Caa82ee2 => &Row {
            code: "CAA82EE2",
            meaning: Msg::CodeCaa82ee2Meaning,
            documented: Some(Documented {
                constant: "ERROR_ADAL_INTERNET_TIMEOUT",
                wording: Msg::CodeCaa82ee2Documented,
            }),
            sources: &[WEB_PROVIDER_ERRORS, TEAMS_SIGN_IN_SUPPORT],
            first: F::Network,
            it_first: false,
            plan: Some(Msg::CodeCaa82ee2Plan),
            connect: None,
            guidance: &[
                (Msg::CodeCaa82ee2Guidance1, &[]),
                (Msg::CodeCaa82ee2Guidance2, &[]),
                (Msg::CodeCaa82ee2Guidance3, &[]),
            ],
        },
        E::Caa82ee7 => &Row {
            code: "CAA82EE7",
            meaning: Msg::CodeCaa82ee7Meaning,
            documented: Some(Documented {
                constant: "ERROR_ADAL_INTERNET_NAME_NOT_RESOLVED",
                wording: Msg::CodeCaa82ee7Documented,
            }),
            sources: &[WEB_PROVIDER_ERRORS, TEAMS_SIGN_IN_SUPPORT],
            first: F::Network,
            it_first: false,
            plan: Some(Msg::CodeCaa82ee7Plan),
            connect: Some(Msg::CodeCaa82ee7PlanConnect),
            guidance: &[
                (Msg::CodeCaa82ee7Guidance1, &[]),
                (Msg::CodeCaa82ee7Guidance2, &[]),
                (Msg::CodeCaa82ee7Guidance3, &[]),
            ],
        },
        E::Caa82f05 => &Row {
            code: "CAA82F05",
            meaning: Msg::CodeCaa82f05Meaning,
            documented: Some(Documented {
                constant: "ERROR_ADAL_INTERNET_SEC_CERT_DATE_INVALID",
                wording: Msg::CodeCaa82f05Documented,
            }),
            sources: &[WEB_PROVIDER_ERRORS],
            first: F::Time,
            it_first: false,
            plan: Some(Msg::CodeCaa82f05Plan),
            connect: None,
            guidance: &[
                (Msg::CodeCaa82f05Guidance1, &[]),
                (Msg::CodeCaa82f05Guidance2, &[]),
                (Msg::CodeCaa82f05Guidance3, &[]),
            ],
        },
        E::Caa82f0d => &Row {
            code: "CAA82F0D",
            meaning: Msg::CodeCaa82f0dMeaning,
            documented: Some(Documented {
                constant: "ERROR_ADAL_INTERNET_INVALID_CA",
                wording: Msg::CodeCaa82f0dDocumented,
            }),
            sources: &[WEB_PROVIDER_ERRORS],
            first: F::Network,
            it_first: false,
            plan: Some(Msg::CodeSharedPlanCertificate),
            connect: None,
            guidance: &[
                (Msg::CodeCaa82f0dGuidance1, &[]),
                (Msg::CodeSharedTlsInspection, &[]),
                (Msg::CodeSharedTlsInspectionTry, &[]),
            ],
        },
        E::Caa82f17 => &Row {
            code: "CAA82F17",
            meaning: Msg::CodeCaa82f17Meaning,
            documented: Some(Documented {
                constant: "ERROR_ADAL_INTERNET_SEC_CERT_ERRORS",
                wording: Msg::CodeCaa82f17Documented,
            }),
            sources: &[WEB_PROVIDER_ERRORS],
            first: F::Network,
            it_first: false,
            plan: Some(Msg::CodeSharedPlanCertificate),
            connect: None,
            guidance: &[
                (Msg::CodeCaa82f17Guidance1, &[]),
                (Msg::CodeSharedTlsInspection, &[]),
                (Msg::CodeSharedTlsInspectionTry, &[]),
            ],
        },
        E::Caa82f7d => &Row {
            code: "CAA82F7D",
            meaning: Msg::CodeCaa82f7dMeaning,
            documented: Some(Documented {
                constant: "ERROR_ADAL_INTERNET_SECURE_CHANNEL_ERROR",
                wording: Msg::CodeCaa82f7dDocumented,
            }),
            sources: &[WEB_PROVIDER_ERRORS],
            first: F::Network,
            it_first: false,
            plan: Some(Msg::CodeCaa82f7dPlan),
            connect: None,
            guidance: &[
                (Msg::CodeCaa82f7dGuidance1, &[]),
                (Msg::CodeCaa82f7dGuidance2, &[]),
                (Msg::CodeCaa82f7dGuidance3, &[]),
            ],
        },
        E::Caa82f86 => &Row {
            code: "CAA82F86",
            meaning: Msg::CodeCaa82f86Meaning,
            documented: Some(Documented {
                constant: "ERROR_ADAL_INTERNET_BAD_AUTO_PROXY_SCRIPT",
                wording: Msg::CodeCaa82f86Documented,
            }),
            sources: &[WEB_PROVIDER_ERRORS],
            first: F::Network,
            it_first: false,
            plan: Some(Msg::CodeSharedPlanProxySetup),
            connect: None,
            guidance: &[
                (Msg::CodeCaa82f86Guidance1, &[]),
                (Msg::CodeSharedPacTry, &[]),
                (Msg::CodeCaa82f86Guidance3, &[]),
            ],
        },
        E::Caa82f87 => &Row {
            code: "CAA82F87",
            meaning: Msg::CodeCaa82f87Meaning,
            documented: Some(Documented {
                constant: "ERROR_ADAL_INTERNET_UNABLE_TO_DOWNLOAD_SCRIPT",
                wording: Msg::CodeCaa82f87Documented,
            }),
            sources: &[WEB_PROVIDER_ERRORS],
            first: F::Network,
            it_first: false,
            plan: Some(Msg::CodeSharedPlanProxySetup),
            connect: None,
            guidance: &[
                (Msg::CodeCaa82f87Guidance1, &[]),
                (Msg::CodeSharedPacTry, &[]),
                (Msg::CodeCaa82f87Guidance3, &[]),
            ],
        },
        E::Caa82f8f => &Row {
            code: "CAA82F8F",
            meaning: Msg::CodeCaa82f8fMeaning,
            documented: Some(Documented {
                constant: "ERROR_ADAL_INTERNET_SECURE_FAILURE",
                wording: Msg::CodeCaa82f8fDocumented,
            }),
            sources: &[WEB_PROVIDER_ERRORS],
            first: F::Network,
            it_first: false,
            plan: Some(Msg::CodeSharedPlanCertificate),
            connect: None,
            guidance: &[
                (Msg::CodeCaa82f8fGuidance1, &[]),
                (Msg::CodeSharedTlsInspection, &[]),
                (Msg::CodeSharedTlsInspectionTry, &[]),
            ],
        },
        E::Caa82f92 => &Row {
            code: "CAA82F92",
            meaning: Msg::CodeCaa82f92Meaning,
            documented: Some(Documented {
                constant: "ERROR_ADAL_INTERNET_AUTO_PROXY_SERVICE_ERROR",
                wording: Msg::CodeCaa82f92Documented,
            }),
            sources: &[WEB_PROVIDER_ERRORS],
            first: F::Network,
            it_first: false,
            plan: Some(Msg::CodeSharedPlanProxySetup),
            connect: None,
            guidance: &[
                (Msg::CodeCaa82f92Guidance1, &[]),
                (Msg::CodeSharedPacTry, &[]),
                (Msg::CodeCaa82f92Guidance3, &[]),
            ],
        },
        E::Caa82f94 => &Row {
            code: "CAA82F94",
            meaning: Msg::CodeCaa82f94Meaning,
            documented: Some(Documented {
                constant: "ERROR_ADAL_INTERNET_AUTODETECTION_FAILED",
                wording: Msg::CodeCaa82f94Documented,
            }),
            sources: &[WEB_PROVIDER_ERRORS],
            first: F::Network,
            it_first: false,
            plan: Some(Msg::CodeSharedPlanProxySetup),
            connect: None,
            guidance: &[
                (Msg::CodeCaa82f94Guidance1, &[]),
                (Msg::CodeSharedPacTry, &[]),
                (Msg::CodeCaa82f94Guidance3, &[]),
            ],
        },
        E::Caa90018 => &Row {
            code: "CAA90018",
            meaning: Msg::CodeCaa90018Meaning,
            documented: Some(Documented {
                constant: "ERROR_ADAL_COULDNOT_DISCOVER_USERREALM",
                wording: Msg::CodeCaa90018Documented,
            }),
            sources: &[WEB_PROVIDER_ERRORS],
            first: F::Signin,
            it_first: false,
            plan: None,
            connect: None,
            guidance: &[
                (Msg::CodeCaa90018Guidance1, &[]),
                (Msg::CodeCaa90018Guidance2, &["name@company.com"]),
                (Msg::CodeCaa90018Guidance3, &[]),
            ],
        },
        E::Caa90019 => &Row {
            code: "CAA90019",
            meaning: Msg::CodeCaa90019Meaning,
            documented: Some(Documented {
                constant: "ERROR_ADAL_UNEXPECTED_RESPONSE",
                wording: Msg::CodeCaa90019Documented,
            }),
            sources: &[WEB_PROVIDER_ERRORS],
            first: F::Network,
            it_first: false,
            plan: Some(Msg::CodeSharedPlanUnusableAnswer),
            connect: None,
            guidance: &[
                (Msg::CodeCaa90019Guidance1, &[]),
                (Msg::CodeSharedProxyAnswered, &[]),
                (Msg::CodeCaa90019Guidance3, &[]),
            ],
        },
        E::E80090016 => &Row {
            code: "80090016",
            meaning: Msg::Code80090016Meaning,
            documented: Some(Documented {
                constant: "NTE_BAD_KEYSET",
                wording: Msg::Code80090016Documented,
            }),
            sources: &[COM_SECURITY_ERRORS],
            first: F::Device,
            it_first: true,
            plan: Some(Msg::Code80090016Plan),
            connect: None,
            guidance: &[
                (Msg::Code80090016Guidance1, &[]),
                (Msg::Code80090016Guidance2, &[]),
                (Msg::Code80090016Guidance3, &["tpm.msc"]),
            ],
        },
        E::E80090030 => &Row {
            code: "80090030",
            meaning: Msg::Code80090030Meaning,
            documented: Some(Documented {
                constant: "NTE_DEVICE_NOT_READY",
                wording: Msg::Code80090030Documented,
            }),
            sources: &[COM_SECURITY_ERRORS],
            first: F::Device,
            it_first: true,
            plan: Some(Msg::Code80090030Plan),
            connect: None,
            guidance: &[
                (Msg::Code80090030Guidance1, &[]),
                (Msg::Code80090030Guidance2, &[]),
                (Msg::Code80090030Guidance3, &["tpm.msc"]),
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
    pub fn meaning(self) -> Msg {
        row(self).meaning
    }

    /// Microsoft's constant name and wording for the code, from [`ErrorCode::sources`];
    /// `None` when we could not find it documented.
    pub fn documented(self) -> Option<Documented> {
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
    pub fn source_note(self) -> Text {
        let code = Arg::code(self.as_str());
        match (self.documented(), self.sources()) {
            (Some(doc), [first, rest @ ..]) => {
                let sources = rest.iter().fold(Text::from(first.title), |acc, s| {
                    Text::codes_source_also(acc, s.title)
                });
                Text::codes_source_note(code, Arg::code(doc.constant), doc.wording, sources)
            }
            _ => Text::codes_not_sure(code),
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
    pub fn guidance(self) -> Vec<Text> {
        row(self)
            .guidance
            .iter()
            .map(|(msg, values)| Text::with(*msg, values.iter().map(|v| Arg::code(*v)).collect()))
            .collect()
    }

    /// Why the plan puts this code's first check first, when the code has its own reason.
    pub fn plan_why(self) -> Option<Msg> {
        row(self).plan
    }

    /// Why the plan checks the connection before anything else (a code that means there
    /// was no connection or no name lookup).
    pub fn connect_why(self) -> Option<Msg> {
        row(self).connect
    }

    /// Every message of the code's texts (its group in the catalog: loaded with the page
    /// for CAA20002, later for the others).
    pub fn messages(self) -> Vec<Msg> {
        let r = row(self);
        let mut out = vec![r.meaning];
        out.extend(r.documented.map(|d| d.wording));
        out.extend(r.sources.iter().map(|s| s.title));
        out.extend(r.plan);
        out.extend(r.connect);
        out.extend(r.guidance.iter().map(|(m, _)| *m));
        out
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
mod tests;
