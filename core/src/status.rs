//! The small vocabularies shared by every check: statuses and network patterns.
//!
//! Their `as_str` values are the page's DOM contract (`data-status`, `data-pattern`),
//! so they are spelled once, here.

use serde::{Deserialize, Serialize};

use crate::text::Msg;

/// Status of one check as shown to the user (and in `data-status`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CheckStatus {
    Running,
    Ok,
    Warn,
    Fail,
    Unknown,
}

impl CheckStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            CheckStatus::Running => "running",
            CheckStatus::Ok => "ok",
            CheckStatus::Warn => "warn",
            CheckStatus::Fail => "fail",
            CheckStatus::Unknown => "unknown",
        }
    }

    /// Word shown next to the icon, so status never depends on colour alone.
    pub fn label(self) -> Msg {
        match self {
            CheckStatus::Running => Msg::StatusRunning,
            CheckStatus::Ok => Msg::StatusOk,
            CheckStatus::Warn => Msg::StatusWarn,
            CheckStatus::Fail => Msg::StatusFail,
            CheckStatus::Unknown => Msg::StatusUnknown,
        }
    }

    /// The page's overall status from two checks: running until both are in, then the worse
    /// of the two (`unknown` ranks between `warn` and `fail`: not good news, not proof either).
    pub fn overall(self, other: CheckStatus) -> CheckStatus {
        let rank = |s: CheckStatus| match s {
            CheckStatus::Running => 4,
            CheckStatus::Fail => 3,
            CheckStatus::Unknown => 2,
            CheckStatus::Warn => 1,
            CheckStatus::Ok => 0,
        };
        if rank(self) >= rank(other) {
            self
        } else {
            other
        }
    }
}

#[cfg(test)]
mod overall_tests {
    use super::CheckStatus::{self, *};

    #[test]
    fn overall_is_the_worse_of_the_two() {
        let cases = [
            (Ok, Ok, Ok),
            (Ok, Warn, Warn),
            (Warn, Unknown, Unknown),
            (Fail, Unknown, Fail),
            (Ok, Running, Running),
            (Running, Fail, Running),
        ];
        for (c, n, want) in cases {
            assert_eq!(CheckStatus::overall(c, n), want, "{c:?} {n:?}");
        }
    }
}

/// What the reachability probes say about the path to Microsoft, as a whole.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum NetworkPattern {
    /// Every Microsoft endpoint answered (possibly slowly).
    AllReachable,
    /// Some Microsoft endpoints failed, others answered.
    Partial,
    /// Every Microsoft endpoint failed while the controls answered.
    MicrosoftBlocked,
    /// Something other than Microsoft answered in Microsoft's place.
    Intercepted,
    /// The controls failed too: no network at all.
    Offline,
}

impl NetworkPattern {
    pub const ALL: [NetworkPattern; 5] = [
        NetworkPattern::AllReachable,
        NetworkPattern::Partial,
        NetworkPattern::MicrosoftBlocked,
        NetworkPattern::Intercepted,
        NetworkPattern::Offline,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            NetworkPattern::AllReachable => "all-reachable",
            NetworkPattern::Partial => "partial",
            NetworkPattern::MicrosoftBlocked => "microsoft-blocked",
            NetworkPattern::Intercepted => "intercepted",
            NetworkPattern::Offline => "offline",
        }
    }

    /// The check status this pattern shows as.
    pub fn status(self) -> CheckStatus {
        match self {
            NetworkPattern::AllReachable => CheckStatus::Ok,
            NetworkPattern::Partial => CheckStatus::Warn,
            NetworkPattern::MicrosoftBlocked
            | NetworkPattern::Intercepted
            | NetworkPattern::Offline => CheckStatus::Fail,
        }
    }
}
