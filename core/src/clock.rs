//! Clock check math: reading HTTP `Date`, bounding the offset, refining it below a second, judging it.
//!
//! The offset θ is *local clock minus server clock* (positive: this computer is ahead).
//! Every round trip gives hard bounds on θ: the server stamped `Date` at some server time
//! in `[D, D + 1 s)` (the header is truncated to the second) and at some local time between
//! sending and receiving. Intersecting those bounds is always correct whatever the timers
//! did, so scheduling only decides how fast the interval shrinks, never whether it is right.
//! "Between sending and receiving" must hold however slow the browser's main thread is:
//! [`Timing`] says in which order the effects read the clocks so that a stall anywhere
//! (between two readings, before the request leaves, before the answer is handled) can only
//! widen a sample's bounds, never move them past the truth.
//!
//! That holds only for a server that stamps `Date` on every answer (nginx, Apache, Node, Go,
//! Python). Others reuse a rendered `Date` for up to a second: hyper (so `trunk serve`)
//! re-renders it at the first request more than 1 s after the last render. For those a
//! stamp may be up to a second older than the answer, the sub-second refinement is
//! meaningless, and only the "safe" bounds ([`Sample::safe_bounds`], one more second of
//! doubt) are true. [`Measurement`] therefore claims sub-second precision only after a
//! check that such a server fails (see `clock/measure.rs`), and otherwise falls back to the
//! safe bounds, about ± 1 s, saying why ([`Coarse`]).

use crate::status::CheckStatus;
use crate::text::{Arg, Msg, Text};
use crate::CoreError;

mod measure;

pub use measure::{
    judge_check, plan_check, sweep_step, CheckOutcome, CheckPlan, Measurement, Next, ProbeId,
    Stage, AFTER_GUARD_MS, CHECK_GUARD_MS, MAX_CHECKS, MAX_CHECK_GUARD_MS, MAX_CHECK_SPAN_MS,
    MAX_SWEEP_MS, MAX_SWEEP_ROUNDS, QUIET_MS, SWEEP_STEP_MS, SWEEP_WIDE_MS,
};

/// One second in milliseconds.
const SECOND_MS: f64 = 1000.0;

/// How much older than the answer a reused `Date` can be: hyper re-renders it only at the
/// first request more than one second after the last render.
const REUSE_MS: f64 = 1000.0;

/// `Date.now()` is whole milliseconds, truncated (Chromium) or rounded either way with
/// random jitter (Firefox, Safari reduce timer precision): a reading is within 1 ms of the
/// true time, so one extra millisecond on each side keeps the bounds true.
const LOCAL_SLACK_MS: f64 = 1.0;

/// `performance.now()` is coarsened to 1 ms outside cross-origin isolation in Firefox and
/// Safari (with jitter in Firefox: either neighbour of the true value), 0.1 ms in Chromium:
/// a difference of two readings can be up to 2 ms short of the true duration.
const MONO_SLACK_MS: f64 = 2.0;

/// Refinement stops once the whole interval is this narrow (±10 ms), or as narrow as the
/// round trip allows.
pub const TARGET_WIDTH_MS: f64 = 20.0;

/// At most this many probes per refinement round (each one cuts the interval once).
pub const MAX_PROBES_PER_ROUND: usize = 7;

/// The local clock readings around one request, which the effects must take in this order:
/// `mono_before_ms` (`performance.now()`), then `wall_ms` (`Date.now()`, the judged clock),
/// then the request, then `mono_after_ms` once the answer is in hand.
///
/// Why this order: the stamp was made after the request left, so after `wall_ms` was read,
/// and before the answer was handled; the time from reading `wall_ms` to handling the answer
/// is at most `mono_after_ms − mono_before_ms`, whatever stalls the main thread had in
/// between. Read the other way round (wall clock first), a stall between the two readings
/// is left out of the round trip, and the sample's upper bound ends before the stamp: that
/// is how an interim estimate once excluded the true offset on a busy computer.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Timing {
    /// Monotonic clock (`performance.now()`) before anything else, ms.
    pub mono_before_ms: f64,
    /// The judged clock (`Date.now()`) after `mono_before_ms`, before the request, ms since
    /// the Unix epoch.
    pub wall_ms: f64,
    /// Monotonic clock once the answer's headers are in hand, ms.
    pub mono_after_ms: f64,
}

impl Timing {
    /// The longest the request can have taken as seen from `wall_ms`: the monotonic span,
    /// plus what the coarsening of `performance.now()` may have cut off.
    pub fn rtt_ms(&self) -> f64 {
        (self.mono_after_ms - self.mono_before_ms).max(0.0) + MONO_SLACK_MS
    }
}

/// One round trip to the clock source.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Sample {
    /// The judged (local) clock read before the request left, ms since the Unix epoch
    /// (`Date.now()`, [`Timing::wall_ms`]).
    pub sent_ms: f64,
    /// From `sent_ms` to when the answer was in hand, at most this long ([`Timing::rtt_ms`]).
    pub rtt_ms: f64,
    /// The server's `Date` header, ms since the Unix epoch (a whole second).
    pub server_date_ms: i64,
    /// `Age` header in seconds when an intermediary served a cached copy.
    pub age_s: u32,
}

impl Sample {
    /// Builds a sample from raw headers. A missing or unreadable `Date` is an error
    /// (the check then says "unknown", never a false "ok").
    pub fn from_headers(
        date: Option<&str>,
        age: Option<&str>,
        timing: Timing,
    ) -> Result<Sample, CoreError> {
        let date = date.ok_or(CoreError::MissingDateHeader)?;
        let server_date_ms = parse_http_date(date)?;
        // A malformed Age is ignored rather than fatal: it only widens the bounds.
        let age_s = age.and_then(|a| a.trim().parse::<u32>().ok()).unwrap_or(0);
        Ok(Sample {
            sent_ms: timing.wall_ms,
            rtt_ms: timing.rtt_ms(),
            server_date_ms,
            age_s,
        })
    }

    /// The bounds on θ that this one round trip proves.
    pub fn bounds(&self) -> OffsetBounds {
        let date = self.server_date_ms as f64 + f64::from(self.age_s) * SECOND_MS;
        // A cached copy's Age is truncated too: one more second of doubt.
        let span = if self.age_s > 0 {
            2.0 * SECOND_MS
        } else {
            SECOND_MS
        };
        OffsetBounds {
            lo_ms: self.sent_ms - (date + span) - LOCAL_SLACK_MS,
            hi_ms: self.sent_ms + self.rtt_ms - date + LOCAL_SLACK_MS,
        }
    }

    /// The bounds that stay true also for a server that reuses its rendered `Date` for up
    /// to a second (the stamp may then be up to one more second older than the answer).
    pub fn safe_bounds(&self) -> OffsetBounds {
        let exact = self.bounds();
        OffsetBounds {
            lo_ms: exact.lo_ms - REUSE_MS,
            hi_ms: exact.hi_ms,
        }
    }

    /// The local clock when the answer arrived.
    pub fn answered_ms(&self) -> f64 {
        self.sent_ms + self.rtt_ms
    }
}

/// Proven bounds `lo ≤ θ ≤ hi` on the offset, in ms.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct OffsetBounds {
    pub lo_ms: f64,
    pub hi_ms: f64,
}

impl OffsetBounds {
    pub fn width(&self) -> f64 {
        self.hi_ms - self.lo_ms
    }

    pub fn midpoint(&self) -> f64 {
        (self.lo_ms + self.hi_ms) / 2.0
    }

    /// Both facts at once, or `None` when they contradict each other.
    pub fn intersect(&self, other: &OffsetBounds) -> Option<OffsetBounds> {
        let lo = self.lo_ms.max(other.lo_ms);
        let hi = self.hi_ms.min(other.hi_ms);
        (lo <= hi).then_some(OffsetBounds {
            lo_ms: lo,
            hi_ms: hi,
        })
    }

    /// The estimate reported to the user: the interval's centre and half-width, with
    /// sub-second precision verified.
    pub fn estimate(&self) -> Estimate {
        Estimate {
            offset_ms: self.midpoint().round() as i64,
            uncertainty_ms: (self.width() / 2.0).ceil().max(0.0) as u64,
            lo_ms: self.lo_ms,
            hi_ms: self.hi_ms,
            coarse: None,
        }
    }

    /// The same, marked as not refined below about a second, and why.
    pub fn coarse_estimate(&self, why: Coarse) -> Estimate {
        Estimate {
            coarse: Some(why),
            ..self.estimate()
        }
    }
}

/// The offset estimate: θ = local − server, ± uncertainty.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Estimate {
    pub offset_ms: i64,
    pub uncertainty_ms: u64,
    pub lo_ms: f64,
    pub hi_ms: f64,
    /// `None` once sub-second precision was verified; otherwise why the estimate keeps the
    /// coarse (about ± 1 s) bounds that hold also for servers that reuse their `Date`.
    pub coarse: Option<Coarse>,
}

/// Why the clock estimate is not refined below about a second.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Coarse {
    /// Still measuring: nothing finer is verified yet.
    Pending,
    /// The server's answers do not fit a `Date` stamped on every answer: it reuses its
    /// rendered `Date` for up to a second (hyper, `trunk serve`), or several servers or a
    /// clock step disagree.
    DateReused,
    /// The finer measurement could not be confirmed (probes failed or were too slow).
    NotVerified,
}

impl Coarse {
    /// Stable token for the report (`clock.coarse_reason`).
    pub fn as_str(self) -> &'static str {
        match self {
            Coarse::Pending => "still-measuring",
            Coarse::DateReused => "date-reused",
            Coarse::NotVerified => "not-verified",
        }
    }

    /// One plain sentence for the page, next to the accuracy.
    pub fn explain(self) -> Msg {
        match self {
            Coarse::Pending => Msg::ClockCoarsePending,
            Coarse::DateReused => Msg::ClockCoarseDateReused,
            Coarse::NotVerified => Msg::ClockCoarseNotVerified,
        }
    }
}

/// Intersects every sample's bounds. When they contradict each other (the server's clock
/// stepped, or several servers disagree), falls back to Cristian's rule on the sample with
/// the smallest round trip, whose own bounds are still true for that moment.
pub fn combine(samples: &[Sample]) -> Result<OffsetBounds, CoreError> {
    let mut iter = samples.iter();
    let first = iter.next().ok_or(CoreError::NoSamples)?;
    let all = iter.try_fold(first.bounds(), |acc, s| acc.intersect(&s.bounds()));
    match all {
        Some(b) => Ok(b),
        None => Ok(samples
            .iter()
            .min_by(|a, b| a.rtt_ms.total_cmp(&b.rtt_ms))
            .map(Sample::bounds)
            .unwrap_or_else(|| first.bounds())),
    }
}

/// Intersects every sample's [`Sample::safe_bounds`]: true whether the server stamps each
/// answer or reuses its `Date` for up to a second. On a contradiction (a clock stepped,
/// several servers disagree) the fastest sample's safe bounds, which hold for its moment.
pub fn combine_safe(samples: &[Sample]) -> Result<OffsetBounds, CoreError> {
    let mut iter = samples.iter();
    let first = iter.next().ok_or(CoreError::MissingDateHeader)?;
    let all = iter.try_fold(first.safe_bounds(), |acc, s| {
        acc.intersect(&s.safe_bounds())
    });
    Ok(all.unwrap_or_else(|| {
        samples
            .iter()
            .min_by(|a, b| a.rtt_ms.total_cmp(&b.rtt_ms))
            .map_or_else(|| first.safe_bounds(), Sample::safe_bounds)
    }))
}

/// The smallest round trip seen, used to place the next probes.
pub fn min_rtt(samples: &[Sample]) -> f64 {
    samples
        .iter()
        .map(|s| s.rtt_ms)
        .min_by(f64::total_cmp)
        .unwrap_or(0.0)
}

/// Whether more rounds would still pay off: the interval is wider than the target and than
/// what the round trip can resolve.
pub fn needs_refinement(bounds: &OffsetBounds, rtt_ms: f64) -> bool {
    bounds.width() > TARGET_WIDTH_MS.max(rtt_ms + 2.0 * LOCAL_SLACK_MS + 2.0)
}

/// Local send times (ms since the epoch, ascending) for the next refinement round.
///
/// The probes cut the interval into equal parts: probe *i* is sent so that it reaches the
/// server exactly when the server's clock would tick over if θ were the *i*-th cut point.
/// Whether the answer's `Date` shows the new second or the old one then tells on which
/// side of the cut θ lies. All probes aim at the same server tick, the first one at
/// least `lead_ms` from `now_ms` so that timers can still fire on time.
pub fn plan_round(bounds: &OffsetBounds, now_ms: f64, rtt_ms: f64, lead_ms: f64) -> Vec<f64> {
    let probes = probes_for(bounds.width());
    let step = bounds.width() / (probes as f64 + 1.0);
    let cuts: Vec<f64> = (1..=probes)
        .map(|i| bounds.lo_ms + step * i as f64)
        .collect();
    let half_rtt = rtt_ms.max(0.0) / 2.0;
    // The server ticks at local times θ + k·1 s; pick the first k that leaves enough lead.
    let earliest = now_ms + lead_ms.max(0.0);
    let k = ((earliest + half_rtt - cuts[0]) / SECOND_MS).ceil();
    cuts.iter()
        .map(|cut| cut + k * SECOND_MS - half_rtt)
        .collect()
}

/// As many probes as it takes to reach the target in one round, within the per-round cap.
fn probes_for(width_ms: f64) -> usize {
    let wanted = (width_ms / TARGET_WIDTH_MS).ceil() as usize;
    wanted.saturating_sub(1).clamp(1, MAX_PROBES_PER_ROUND)
}

/// Default clock warning threshold: a minute off is worth a look.
pub const DEFAULT_WARN_SECONDS: u32 = 60;
/// Default clock failure threshold: token validation commonly allows 5 minutes of skew (.NET
/// `DefaultClockSkew`, Kerberos); Entra ID's own tolerance is not documented.
pub const DEFAULT_FAIL_SECONDS: u32 = 300;

/// Thresholds in whole milliseconds (from the org config's seconds).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Thresholds {
    pub warn_ms: u64,
    pub fail_ms: u64,
}

impl Default for Thresholds {
    /// [`DEFAULT_WARN_SECONDS`] and [`DEFAULT_FAIL_SECONDS`], in milliseconds (the config's
    /// defaults are the same constants).
    fn default() -> Self {
        Thresholds {
            warn_ms: u64::from(DEFAULT_WARN_SECONDS) * 1000,
            fail_ms: u64::from(DEFAULT_FAIL_SECONDS) * 1000,
        }
    }
}

/// `ok` below warn, `warn` up to fail, `fail` at or above — judged on the rounded offset.
/// An interval so wide that it reaches from "ok" into "fail" proves nothing: `unknown`,
/// never a false `ok`.
pub fn verdict(estimate: &Estimate, t: Thresholds) -> CheckStatus {
    let status_of = |ms: u64| {
        if ms < t.warn_ms {
            CheckStatus::Ok
        } else if ms < t.fail_ms {
            CheckStatus::Warn
        } else {
            CheckStatus::Fail
        }
    };
    let central = status_of(estimate.offset_ms.unsigned_abs());
    let worst = estimate.lo_ms.abs().max(estimate.hi_ms.abs()) as u64;
    if central == CheckStatus::Ok && status_of(worst) == CheckStatus::Fail {
        CheckStatus::Unknown
    } else {
        central
    }
}

/// A clock that is off by (nearly) a whole number of quarter hours, by at least half an
/// hour, most likely shows the right local time under the wrong time zone.
pub fn timezone_hint(offset_ms: i64) -> bool {
    const QUARTER_HOUR_MS: i64 = 15 * 60_000;
    const TOLERANCE_MS: i64 = 2 * 60_000;
    let abs = offset_ms.unsigned_abs() as i64;
    if abs < 30 * 60_000 {
        return false;
    }
    let rest = abs % QUARTER_HOUR_MS;
    rest <= TOLERANCE_MS || QUARTER_HOUR_MS - rest <= TOLERANCE_MS
}

/// The page's words for an estimate: never more than the bounds prove. Inside a second
/// either way it says "less than a second off" (plenty for a 5-minute rule); a coarse
/// estimate gives the range it is sure of; a verified one the offset in tenths.
pub fn describe_estimate(e: &Estimate) -> Text {
    let worst = e.lo_ms.abs().max(e.hi_ms.abs());
    if worst < SECOND_MS {
        return Msg::ClockOffsetUnderASecond.into();
    }
    if e.coarse.is_none() && e.uncertainty_ms <= 100 {
        return describe_offset(e.offset_ms);
    }
    let same_side = e.lo_ms > 0.0 || e.hi_ms < 0.0;
    if worst < 60_000.0 && same_side {
        let near = e.lo_ms.abs().min(e.hi_ms.abs());
        // Tenths, rounded outwards so the words stay true.
        let near = Arg::Tenths((near / 100.0).floor() as i64);
        let far = Arg::Tenths((worst / 100.0).ceil() as i64);
        return if e.lo_ms > 0.0 {
            Text::clock_offset_between_ahead(near, far)
        } else {
            Text::clock_offset_between_behind(near, far)
        };
    }
    if worst < 60_000.0 {
        return Text::clock_offset_under_seconds((worst / SECOND_MS).ceil() as u64);
    }
    Text::clock_offset_about(describe_offset(e.offset_ms))
}

/// "7 minutes 12 seconds behind", "2.4 seconds ahead", "5 hours 30 minutes ahead".
pub fn describe_offset(offset_ms: i64) -> Text {
    let abs = offset_ms.unsigned_abs();
    if abs < 100 {
        return Msg::ClockOffsetUnderATenth.into();
    }
    let amount = if abs < 60_000 {
        let tenths = (abs + 50) / 100;
        if tenths.is_multiple_of(10) {
            Text::clock_seconds(tenths / 10)
        } else {
            Text::clock_seconds(Arg::Tenths(tenths as i64))
        }
    } else {
        let total_s = (abs + 500) / 1000;
        let (days, hours, minutes, seconds) = (
            total_s / 86_400,
            total_s / 3600 % 24,
            total_s / 60 % 60,
            total_s % 60,
        );
        // Two units are enough to act on; more reads like noise.
        let (first, second) = if days > 0 {
            (
                Text::clock_days(days),
                (hours > 0).then(|| Text::clock_hours(hours)),
            )
        } else if hours > 0 {
            (
                Text::clock_hours(hours),
                (minutes > 0).then(|| Text::clock_minutes(minutes)),
            )
        } else {
            (
                Text::clock_minutes(minutes),
                (seconds > 0).then(|| Text::clock_seconds(seconds)),
            )
        };
        match second {
            Some(second) => Text::clock_two_units(first, second),
            None => first,
        }
    };
    if offset_ms >= 0 {
        Text::clock_offset_ahead(amount)
    } else {
        Text::clock_offset_behind(amount)
    }
}

/// Parses an HTTP date (RFC 9110 §5.6.7): IMF-fixdate, and the obsolete RFC 850 and
/// asctime forms that recipients must still accept. Returns ms since the Unix epoch.
pub fn parse_http_date(raw: &str) -> Result<i64, CoreError> {
    let bad = || CoreError::BadDateHeader(truncate(raw, 64));
    let s = raw.trim();
    let words: Vec<&str> = s.split_ascii_whitespace().collect();
    let (day, month, year, time) = match words.as_slice() {
        // Sun, 06 Nov 1994 08:49:37 GMT
        [wd, d, m, y, t, "GMT"] if wd.ends_with(',') && y.len() == 4 => {
            (d.parse().ok(), month_number(m), y.parse().ok(), *t)
        }
        // Sunday, 06-Nov-94 08:49:37 GMT
        [wd, dmy, t, "GMT"] if wd.ends_with(',') => {
            let mut p = dmy.split('-');
            let (d, m, y) = (p.next(), p.next(), p.next());
            let year = y.and_then(|y| y.parse::<i64>().ok()).map(two_digit_year);
            (
                d.and_then(|d| d.parse().ok()),
                m.and_then(month_number),
                year,
                *t,
            )
        }
        // Sun Nov  6 08:49:37 1994
        [_, m, d, t, y] if y.len() == 4 => (d.parse().ok(), month_number(m), y.parse().ok(), *t),
        _ => return Err(bad()),
    };
    let (Some(day), Some(month), Some(year)) = (day, month, year) else {
        return Err(bad());
    };
    let hms: Vec<Option<i64>> = time.split(':').map(|p| p.parse().ok()).collect();
    let [Some(h), Some(mi), Some(sec)] = hms.as_slice() else {
        return Err(bad());
    };
    let (h, mi, sec): (i64, i64, i64) = (*h, *mi, *sec);
    let valid = (1..=days_in_month(year, month)).contains(&day)
        && (0..24).contains(&h)
        && (0..60).contains(&mi)
        && (0..=60).contains(&sec) // a leap second may be written as :60
        && (1970..=9999).contains(&year);
    if !valid {
        return Err(bad());
    }
    let days = days_from_civil(year, month, day);
    Ok(((days * 24 + h) * 60 + mi) * 60_000 + sec * 1000)
}

fn month_number(m: &str) -> Option<i64> {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    MONTHS.iter().position(|x| *x == m).map(|i| i as i64 + 1)
}

/// RFC 9110: a two-digit year more than 50 years in the future is in the past century.
fn two_digit_year(y: i64) -> i64 {
    if y >= 100 {
        y
    } else if y < 70 {
        2000 + y
    } else {
        1900 + y
    }
}

fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

/// Days since 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Calendar fields (UTC) of an instant: (year, month 1–12, day, hour, minute, second, weekday 0 = Sunday).
pub fn civil_utc(ms: i64) -> (i64, i64, i64, i64, i64, i64, usize) {
    let secs = ms.div_euclid(1000);
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    // civil_from_days (Howard Hinnant), the inverse of `days_from_civil`.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    // 1970-01-01 was a Thursday.
    let weekday = (days + 4).rem_euclid(7) as usize;
    (y, m, d, rem / 3600, rem / 60 % 60, rem % 60, weekday)
}

/// Formats ms since the epoch as an IMF-fixdate (`Wed, 25 Nov 2026 08:00:00 GMT`).
pub fn format_http_date(ms: i64) -> String {
    const DAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let (y, m, d, h, mi, s, wd) = civil_utc(ms);
    format!(
        "{}, {d:02} {} {y} {h:02}:{mi:02}:{s:02} GMT",
        DAYS[wd],
        MONTHS[(m - 1) as usize]
    )
}

/// ISO-8601 UTC (`2026-11-25T08:00:00Z`), for reports and script headers.
pub fn format_iso_utc(ms: i64) -> String {
    let (y, m, d, h, mi, s, _) = civil_utc(ms);
    format!("{y:04}-{m:02}-{d:02}T{h:02}:{mi:02}:{s:02}Z")
}

/// `UTC+05:30`, `UTC−07:00` from minutes east of UTC.
pub fn format_utc_offset(minutes_east: i32) -> String {
    let sign = if minutes_east < 0 { '−' } else { '+' };
    let m = minutes_east.unsigned_abs();
    format!("UTC{sign}{:02}:{:02}", m / 60, m % 60)
}

fn truncate(s: &str, max: usize) -> String {
    s.chars().take(max).collect()
}

#[cfg(test)]
mod tests;
