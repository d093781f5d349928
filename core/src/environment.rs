//! Facts about the computer's surroundings that the generated scripts can check and the
//! browser cannot (issue 11): captive portals, TLS inspection, non-persistent VDI.
//!
//! Data only, for the script generators (`script/`) to quote through their one quoting
//! function per language. Every entry names its source; entries marked `confirmed: false`
//! were not verified against a primary document here and must be reported as "probably".

/// A fact with where it comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sourced<T: 'static> {
    pub value: T,
    pub source: &'static str,
    /// `false`: only secondary sources; scripts and the page say "probably".
    pub confirmed: bool,
}

/// Windows' own captive-portal probe (NCSI): over plain HTTP, it must answer exactly
/// [`CAPTIVE_PORTAL_EXPECT`]; anything else means a login page or proxy answered.
pub const CAPTIVE_PORTAL_URL: &str = "http://www.msftconnecttest.com/connecttest.txt";
/// The whole expected body.
pub const CAPTIVE_PORTAL_EXPECT: &str = "Microsoft Connect Test";
/// Where the probe is documented.
pub const CAPTIVE_PORTAL_SOURCE: &str =
    "Microsoft Learn: Network Connectivity Status Indicator (NCSI), active probe www.msftconnecttest.com/connecttest.txt";

/// The host whose certificate chain the re-test reads.
pub const SIGN_IN_HOST: &str = "login.microsoftonline.com";

/// Root certificate authorities Microsoft's public TLS certificates chain to. A chain for
/// [`SIGN_IN_HOST`] that ends at another root means something re-signs the traffic (TLS
/// inspection): report "TLS inspection by <issuer>, tell IT".
pub const MICROSOFT_ROOT_CAS: Sourced<&[&str]> = Sourced {
    value: &[
        "DigiCert Global Root G2",
        "DigiCert Global Root G3",
        "DigiCert Global Root CA",
        "Microsoft RSA Root Certificate Authority 2017",
        "Microsoft ECC Root Certificate Authority 2017",
        "Baltimore CyberTrust Root",
    ],
    source: "Microsoft Learn: Azure Certificate Authority details (root CAs; Baltimore CyberTrust Root is the retired legacy root)",
    confirmed: false,
};

/// Where Microsoft says deleting the Teams cache by hand is not supported: non-persistent
/// VDI (the profile is rebuilt or roamed, and the cache lives in it).
pub const VDI_CACHE_NOT_SUPPORTED_SOURCE: &str =
    "Microsoft Learn: Teams for Virtualized Desktop Infrastructure (OfficeDocs-SkypeForBusiness, teams-for-vdi)";

/// One way to recognise a virtual desktop from Windows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VdiMarker {
    /// A registry value under HKLM with the data that marks it.
    RegistryValue {
        key: &'static str,
        name: &'static str,
        data: u32,
    },
    /// A registry key that exists.
    RegistryKey { key: &'static str },
    /// A Windows service by name.
    Service { name: &'static str },
}

/// Markers of a (usually non-persistent) virtual desktop, each with its source. A script
/// that finds one does not clear the cache and tells the user to contact IT.
pub const VDI_MARKERS: [Sourced<(&str, VdiMarker)>; 5] = [
    Sourced {
        value: (
            "FSLogix profile container",
            VdiMarker::RegistryValue {
                key: r"HKLM\SOFTWARE\FSLogix\Profiles",
                name: "Enabled",
                data: 1,
            },
        ),
        source: "Microsoft Learn: FSLogix Profile Container configuration reference (Enabled = 1)",
        confirmed: true,
    },
    Sourced {
        value: (
            "Azure Virtual Desktop (Teams optimisation key)",
            VdiMarker::RegistryValue {
                key: r"HKLM\SOFTWARE\Microsoft\Teams",
                name: "IsWVDEnvironment",
                data: 1,
            },
        ),
        source: "Microsoft Learn: Use Microsoft Teams on Azure Virtual Desktop (IsWVDEnvironment = 1)",
        confirmed: true,
    },
    Sourced {
        value: (
            "Azure Virtual Desktop or Windows 365 agent",
            VdiMarker::Service {
                name: "RDAgentBootLoader",
            },
        ),
        source: "Microsoft Learn: Troubleshoot the Azure Virtual Desktop Agent (RDAgentBootLoader service)",
        confirmed: false,
    },
    Sourced {
        value: (
            "Citrix Virtual Delivery Agent",
            VdiMarker::RegistryKey {
                key: r"HKLM\SOFTWARE\Citrix\VirtualDesktopAgent",
            },
        ),
        source: "Citrix product documentation (VDA registry key); not re-read here",
        confirmed: false,
    },
    Sourced {
        value: (
            "VMware Horizon agent",
            VdiMarker::RegistryKey {
                key: r"HKLM\SOFTWARE\VMware, Inc.\VMware VDM\Agent",
            },
        ),
        source: "Omnissa (VMware) Horizon documentation (agent registry key); not re-read here",
        confirmed: false,
    },
];

/// What the Windows re-test's read-only `dsregcmd /status` summary keeps (the rest may
/// hold identifiers IT does not need in a report).
pub const DSREGCMD_FIELDS: [&str; 4] = [
    "AzureAdJoined",
    "WorkplaceJoined",
    "AzureAdPrt",
    "DomainJoined",
];

/// `Reset-AppxPackage` target for new Teams (optional, off by default: erases all of the
/// app's data, like Settings > Apps > Reset).
pub const NEW_TEAMS_PACKAGE: &str = "MSTeams";

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    #[test]
    fn captive_portal_probe_is_plain_http_with_a_fixed_answer() {
        assert!(CAPTIVE_PORTAL_URL.starts_with("http://"));
        assert_eq!(CAPTIVE_PORTAL_EXPECT, "Microsoft Connect Test");
    }

    #[rstest]
    #[case(0, "FSLogix")]
    #[case(1, "Azure Virtual Desktop")]
    #[case(3, "Citrix")]
    fn vdi_markers_name_what_they_detect(#[case] i: usize, #[case] needle: &str) {
        let m = VDI_MARKERS[i];
        assert!(m.value.0.contains(needle), "{:?}", m.value);
        assert!(!m.source.is_empty());
        match m.value.1 {
            VdiMarker::RegistryValue { key, .. } | VdiMarker::RegistryKey { key } => {
                assert!(key.starts_with(r"HKLM\SOFTWARE\"), "{key}")
            }
            VdiMarker::Service { name } => assert!(!name.is_empty()),
        }
    }

    #[test]
    fn data_is_plain_text_the_quoting_functions_can_take() {
        let mut all: Vec<&str> = MICROSOFT_ROOT_CAS.value.to_vec();
        all.extend(VDI_MARKERS.iter().map(|m| m.value.0));
        all.extend(DSREGCMD_FIELDS);
        for s in all {
            assert!(s.chars().all(|c| c.is_ascii_graphic() || c == ' '), "{s}");
        }
    }
}
