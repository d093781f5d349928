//! The helpdesk report: facts instead of "it doesn't work", as versioned JSON, as text,
//! and as a `mailto:` link that fits mail clients' URL limits.
//!
//! Only what the checks measured and what the user chose goes in: no names, no account,
//! no IP address. The page never sends it; the user copies, downloads or mails it.

use crate::text::{Arg, Catalog, Msg, Text};
use serde::Serialize;

/// Bump on any incompatible change; docs/it-guide.md ("Helpdesk report") documents each version.
pub const SCHEMA: &str = "teams-signin-check/report/v1";

/// Mail clients (Outlook among them) truncate or refuse `mailto:` URLs past about 2,000
/// characters; stay well below.
pub const MAILTO_MAX: usize = 1800;

/// The whole report. Field names are the JSON schema (see docs/it-guide.md, "Helpdesk report").
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Report {
    pub schema: &'static str,
    pub page_version: String,
    /// ISO-8601 UTC time the report was made (from the computer's clock).
    pub generated_at: String,
    pub page_url: String,
    pub organization: Option<String>,
    pub browser: Browser,
    pub selection: Selection,
    pub clock: ClockFacts,
    pub network: NetworkFacts,
    /// The plan's step ids, in order.
    pub plan: Vec<String>,
    /// Steps the user answered "no, still failing", in the order answered.
    pub tried_steps: Vec<String>,
    /// The step the user answered "yes, fixed", if any.
    pub fixed_by: Option<String>,
    pub config_problems: Vec<String>,
    pub timings: Timings,
    /// The two optional facts the user can add (validated; never free text). Left out
    /// while both are empty (a compatible addition to schema v1).
    #[serde(skip_serializing_if = "UserNotes::is_empty")]
    pub user: UserNotes,
}

/// What the user typed into the report's optional fields, after validation
/// ([`parse_error_time`], [`parse_correlation_id`]): `null` when left empty.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct UserNotes {
    /// When the error appeared: ISO 8601, `YYYY-MM-DDTHH:MM:SS` plus `Z` or `±HH:MM` when
    /// given (without, it is the computer's local time, whose zone `browser` names).
    pub error_seen_at: Option<String>,
    /// The correlation ID Teams shows with the error (a GUID), lower case.
    pub correlation_id: Option<String>,
}

impl UserNotes {
    /// Neither field was filled in.
    pub fn is_empty(&self) -> bool {
        self.error_seen_at.is_none() && self.correlation_id.is_none()
    }
}

/// Why a typed value was refused. The message never repeats what was typed: the value
/// may be anything, and it must not reach the report, a script or the page unvalidated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputRefused {
    /// Not a date and time this page can read.
    NotATime,
    /// Not a GUID.
    NotAGuid,
}

impl InputRefused {
    /// The message shown next to the field.
    pub fn text(self) -> Text {
        match self {
            InputRefused::NotATime => Text::report_refused_time(Arg::code("2026-11-25 08:30")),
            InputRefused::NotAGuid => {
                Text::report_refused_guid(Arg::code("0f8fad5b-d9cb-469f-a165-70867728950e"))
            }
        }
    }
}

/// Longest input looked at for either field (a GUID in braces with blanks fits easily).
pub const MAX_NOTE_INPUT: usize = 64;

/// Reads "when did the error appear": `2026-11-25T08:30`, `2026-11-25 08:30:15`,
/// `2026-11-25T08:30:15Z`, `2026-11-25T08:30+01:00` (what a `datetime-local` input gives,
/// and ISO 8601). Empty → `Ok(None)`. Returns the normalized ISO text.
pub fn parse_error_time(input: &str) -> Result<Option<String>, InputRefused> {
    let bad = Err(InputRefused::NotATime);
    // Bounded before anything else, like every input the page reads.
    if input.len() > MAX_NOTE_INPUT {
        return bad;
    }
    let s = input.trim();
    if s.is_empty() {
        return Ok(None);
    }
    if !s.is_ascii() {
        return bad;
    }
    let (date, rest) = match s.split_once(['T', 't', ' ']) {
        Some(parts) => parts,
        None => return bad,
    };
    let num = |t: &str, len: usize| -> Option<u32> {
        (t.len() == len && t.bytes().all(|b| b.is_ascii_digit()))
            .then(|| t.parse().ok())
            .flatten()
    };
    let d: Vec<&str> = date.split('-').collect();
    let [y, mo, da] = d.as_slice() else {
        return bad;
    };
    let (Some(y), Some(mo), Some(da)) = (num(y, 4), num(mo, 2), num(da, 2)) else {
        return bad;
    };
    let (time, zone) = match rest.find(['Z', 'z', '+', '-']) {
        Some(i) => rest.split_at(i),
        None => (rest, ""),
    };
    let t: Vec<&str> = time.split(':').collect();
    let (h, mi, se) = match t.as_slice() {
        [h, m] => (num(h, 2), num(m, 2), Some(0)),
        [h, m, sec] => (num(h, 2), num(m, 2), num(sec, 2)),
        _ => return bad,
    };
    let (Some(h), Some(mi), Some(se)) = (h, mi, se) else {
        return bad;
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match mo {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => 0,
    };
    if !(2000..=2999).contains(&y) || !(1..=days).contains(&da) || h > 23 || mi > 59 || se > 59 {
        return bad;
    }
    let zone = match zone {
        "" => String::new(),
        "Z" | "z" => "Z".to_string(),
        z => {
            let (sign, hm) = z.split_at(1);
            let parts: Vec<&str> = hm.split(':').collect();
            let (Some(zh), Some(zm)) = (match parts.as_slice() {
                [a, b] => (num(a, 2), num(b, 2)),
                [ab] if ab.len() == 4 => (num(&ab[..2], 2), num(&ab[2..], 2)),
                _ => (None, None),
            }) else {
                return bad;
            };
            if zh > 14 || zm > 59 {
                return bad;
            }
            format!("{sign}{zh:02}:{zm:02}")
        }
    };
    Ok(Some(format!(
        "{y:04}-{mo:02}-{da:02}T{h:02}:{mi:02}:{se:02}{zone}"
    )))
}

/// Reads the correlation ID Teams shows: a GUID (8-4-4-4-12 hex digits), with or without
/// braces, any case. Empty → `Ok(None)`. Returns it in lower case without braces.
pub fn parse_correlation_id(input: &str) -> Result<Option<String>, InputRefused> {
    if input.len() > MAX_NOTE_INPUT {
        return Err(InputRefused::NotAGuid);
    }
    let s = input.trim();
    if s.is_empty() {
        return Ok(None);
    }
    let s = s
        .strip_prefix('{')
        .and_then(|x| x.strip_suffix('}'))
        .unwrap_or(s);
    let groups: Vec<&str> = s.split('-').collect();
    let shape_ok = groups.len() == 5
        && groups
            .iter()
            .zip([8, 4, 4, 4, 12])
            .all(|(g, n)| g.len() == n && g.bytes().all(|b| b.is_ascii_hexdigit()));
    if shape_ok {
        Ok(Some(s.to_ascii_lowercase()))
    } else {
        Err(InputRefused::NotAGuid)
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Browser {
    pub user_agent: String,
    pub platform_hint: Option<String>,
    pub language: String,
    pub time_zone: String,
    pub utc_offset_minutes: i32,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Selection {
    pub code: Option<String>,
    pub os: Option<String>,
    pub client: String,
    /// "yes" | "no" | "unknown": does signing in at office.com in this browser work?
    pub office_answer: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ClockFacts {
    pub status: String,
    /// Local minus server, ms (positive: this computer is ahead).
    pub offset_ms: Option<i64>,
    pub uncertainty_ms: Option<u64>,
    pub timezone_hint: bool,
    /// `true` only when sub-second precision was verified (the server stamps every answer);
    /// otherwise `uncertainty_ms` is the coarse bound (about ± 1 s) and `coarse_reason` says why.
    pub refined: bool,
    /// `"still-measuring"`, `"date-reused"` (the server reuses its `Date` for up to a second)
    /// or `"not-verified"`. Left out when refined, so v1 readers that list the keys see the
    /// same object as before.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub coarse_reason: Option<String>,
    pub error: Option<String>,
    pub warn_seconds: u32,
    pub fail_seconds: u32,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct NetworkFacts {
    pub status: String,
    pub pattern: Option<String>,
    pub timeout_ms: u32,
    pub endpoints: Vec<EndpointFacts>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct EndpointFacts {
    pub id: String,
    pub label: String,
    pub host: String,
    /// "microsoft" | "control"
    pub role: String,
    pub status: String,
    pub latency_ms: Option<u64>,
    pub detail: Option<String>,
}

/// Milliseconds from page start (navigation) to each result, when reached.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Timings {
    pub clock_first_verdict_ms: Option<u64>,
    pub clock_refined_ms: Option<u64>,
    pub network_verdict_ms: Option<u64>,
}

impl Report {
    /// Pretty JSON (what `[data-report]` shows and the download contains).
    pub fn to_json(&self) -> String {
        // Plain strings and integers: cannot fail.
        crate::json::to_value(self).map_or_else(|_| "{}".to_string(), |v| v.to_json_pretty())
    }

    /// A plain-text summary for e-mail and the clipboard, its labels in `cat`'s language
    /// (the report's: English unless config.json names another). Values keep the report's
    /// fixed vocabulary (`ok`, `warn`, step ids), the same in every language.
    pub fn to_text(&self, cat: &Catalog) -> String {
        let t = |text: Text| cat.plain(&text);
        let code = |s: &str| Arg::code(s.to_string());
        let mut out = Vec::new();
        let c = self.selection.code.as_deref().unwrap_or("CAA20002");
        out.push(t(Text::report_heading(code(c))));
        out.push(t(Text::report_made(
            code(&self.generated_at),
            code(&self.page_version),
        )));
        let os = match self.selection.os.as_deref() {
            Some(os) => code(os),
            None => Msg::ReportOsNotChosen.into(),
        };
        out.push(t(Text::report_computer(
            os,
            code(&self.selection.client),
            code(&self.browser.language),
            code(&self.browser.time_zone),
            code(&utc_offset_hours(self.browser.utc_offset_minutes)),
        )));
        let status = code(&self.clock.status);
        let clock = match (&self.clock.error, self.clock.offset_ms) {
            (Some(e), _) => t(Text::report_clock_failed(status, code(e))),
            (None, Some(ms)) => {
                let mut line = t(Text::report_clock(
                    status,
                    ms,
                    self.clock.uncertainty_ms.unwrap_or(0),
                ));
                if let Some(why) = &self.clock.coarse_reason {
                    line.push_str(&t(Text::report_clock_coarse(code(why))));
                }
                if self.clock.timezone_hint {
                    line.push_str(&t(Msg::ReportClockTimezone.into()));
                }
                line
            }
            (None, None) => t(Text::report_clock_status(status)),
        };
        out.push(clock);
        let pattern = match self.network.pattern.as_deref() {
            Some(p) => code(p),
            None => Msg::ReportNotFinished.into(),
        };
        out.push(t(Text::report_network(code(&self.network.status), pattern)));
        for e in &self.network.endpoints {
            out.push(format!(
                "  - {} ({}): {}{}",
                e.host,
                e.role,
                e.status,
                e.latency_ms
                    .map(|l| format!(", {l} ms"))
                    .unwrap_or_default()
            ));
        }
        out.push(t(Text::report_office(
            code("office.com"),
            code(&self.selection.office_answer),
        )));
        if !self.plan.is_empty() {
            out.push(t(Text::report_plan(Arg::code(self.plan.join(" → ")))));
        }
        if !self.tried_steps.is_empty() {
            out.push(t(Text::report_tried(Arg::code(
                self.tried_steps.join(", "),
            ))));
        }
        if let Some(step) = &self.fixed_by {
            out.push(t(Text::report_fixed_by(code(step))));
        }
        if let Some(time) = &self.user.error_seen_at {
            out.push(t(Text::report_error_seen(code(time))));
        }
        if let Some(id) = &self.user.correlation_id {
            out.push(t(Text::report_correlation(code(id))));
        }
        if !self.config_problems.is_empty() {
            out.push(t(Text::report_config_problems(Arg::code(
                self.config_problems.join("; "),
            ))));
        }
        out.join("\n")
    }
}

/// A `mailto:` URL with the text summary, cut at a line boundary so the whole URL stays
/// under [`MAILTO_MAX`]. Returns `None` without a valid helpdesk address.
pub fn mailto(email: &str, subject: &str, body: &str, shortened: &str) -> Option<String> {
    if email.is_empty()
        || !email.contains('@')
        || email
            .chars()
            .any(|c| !c.is_ascii_graphic() || "?&#%\"<>".contains(c))
    {
        return None;
    }
    let head = format!("mailto:{email}?subject={}&body=", encode(subject));
    let note = format!("\n{shortened}");
    let full = encode(body);
    if head.len() + full.len() <= MAILTO_MAX {
        return Some(head + &full);
    }
    let budget = MAILTO_MAX.saturating_sub(head.len() + encode(&note).len());
    let mut kept = String::new();
    for line in body.lines() {
        let candidate = if kept.is_empty() {
            line.to_string()
        } else {
            format!("{kept}\n{line}")
        };
        if encode(&candidate).len() > budget {
            break;
        }
        kept = candidate;
    }
    Some(head + &encode(&(kept + &note)))
}

/// Percent-encodes everything but RFC 3986 unreserved characters (UTF-8 bytes).
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 3);
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A UTC offset in hours with its sign, as `+2`, `-3.5` or `+5.75` (`+0` for UTC), written
/// with integers only: float formatting would add about 7 KB gzip to the page's wasm.
/// Offsets that are not a whole number of hundredths of an hour are cut to four decimals.
pub fn utc_offset_hours(minutes: i32) -> String {
    let sign = if minutes < 0 { '-' } else { '+' };
    let minutes = minutes.unsigned_abs();
    let (hours, rest) = (minutes / 60, minutes % 60);
    if rest == 0 {
        return format!("{sign}{hours}");
    }
    let fraction = format!("{:04}", rest * 10_000 / 60);
    format!("{sign}{hours}.{}", fraction.trim_end_matches('0'))
}

#[cfg(test)]
mod tests;
