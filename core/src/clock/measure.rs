//! The measurement as a state machine: which probes to send when, what their answers prove,
//! and when sub-second precision has been *verified* rather than assumed.
//!
//! The refinement rounds (see [`super::plan_round`]) assume a server that stamps `Date` on
//! every answer. A server that reuses its rendered `Date` (hyper: re-rendered at the first
//! request more than 1 s after the last render) fools them: they converge on a tick that is
//! really "when the cache was last refreshed", up to a second off.
//!
//! The check: after at least [`QUIET_MS`] without a request of ours, send a pair of probes
//! that the refined interval says straddle a server tick, one just before and one just after
//! it, less than a second apart. A server that stamps every answer must show the second
//! change between them. A request-driven cache must not: the first probe of the pair, coming
//! after the quiet time, re-renders the cached `Date`, and the second, less than a second
//! later, gets that same rendered second. So:
//! - dates one second apart: both stamps are fresh (under either kind of server), and the
//!   pair's own bounds are true: the result, verified;
//! - the same date although both probes were sure to fall on either side of the tick (their
//!   bounds contradict the interval): the server reuses its `Date`, fall back to the coarse
//!   bounds;
//! - anything else (a probe was slow or late, so it proved nothing): try again, a few times,
//!   then fall back.
//!
//! Only the pair's own bounds are kept after a verified check, not the rounds': with several
//! caches (hyper keeps one per worker thread) the rounds may be wrong while both probes of
//! the pair hit fresh caches. What this cannot see: a server that refreshes its `Date` from a
//! timer (ASP.NET Core Kestrel) looks exactly like one whose clock is up to a second behind,
//! and on a busy caching server other users' requests refresh the cache during our quiet time.

use super::{
    combine, combine_safe, min_rtt, needs_refinement, plan_round, Coarse, Estimate, OffsetBounds,
    Sample, MAX_ROUNDS, SECOND_MS,
};
use crate::CoreError;

/// Silence (no request of ours to the clock source) before a check pair, so a server that
/// caches its `Date` per request must re-render it for the pair's first probe. More than
/// the cache's one second, with room for timers and the network.
pub const QUIET_MS: f64 = 1200.0;

/// Margin on each side of the tick: how far the pair's probes aim away from where the
/// interval says the tick can be, so a probe a little late still proves its side.
pub const CHECK_GUARD_MS: f64 = 15.0;

/// The pair must fit well inside one second: then a request-driven cache still serves the
/// second probe from the render the first one caused.
pub const MAX_CHECK_SPAN_MS: f64 = 700.0;

/// Check pairs tried before giving up on sub-second precision.
pub const MAX_CHECKS: usize = 3;

/// Local send times (ms since the epoch) of one check pair.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CheckPlan {
    /// Aimed to be answered before the tick, whatever θ in the interval.
    pub before_ms: f64,
    /// Aimed to be answered after it.
    pub after_ms: f64,
}

/// Plans a check pair around the first server tick that leaves `lead_ms` from `now_ms` and
/// the quiet time after `quiet_from_ms`. `None` when the interval and the round trip are too
/// wide for the pair to fit inside [`MAX_CHECK_SPAN_MS`].
pub fn plan_check(
    bounds: &OffsetBounds,
    rtt_ms: f64,
    quiet_from_ms: f64,
    now_ms: f64,
    lead_ms: f64,
) -> Option<CheckPlan> {
    let rtt = rtt_ms.max(0.0);
    let span = bounds.width() + rtt + 2.0 * CHECK_GUARD_MS;
    if span > MAX_CHECK_SPAN_MS {
        return None;
    }
    // Server tick k is at local time k·1 s + θ, θ in [lo, hi]. The first probe must be
    // answered before the earliest such moment, the second sent after the latest.
    let earliest = (now_ms + lead_ms.max(0.0)).max(quiet_from_ms + QUIET_MS);
    let offset_before = bounds.lo_ms - rtt - CHECK_GUARD_MS;
    let k = ((earliest - offset_before) / SECOND_MS).ceil();
    Some(CheckPlan {
        before_ms: k * SECOND_MS + offset_before,
        after_ms: k * SECOND_MS + bounds.hi_ms + CHECK_GUARD_MS,
    })
}

/// What a check pair proved.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum CheckOutcome {
    /// The second changed between the probes: both stamps were fresh. The pair's bounds,
    /// within the safe bounds.
    Verified(OffsetBounds),
    /// Same second on both sides of a tick they were sure to straddle: the server reuses
    /// its `Date` (or its clock stepped).
    Contradiction,
    /// A probe was slow or late, or an intermediary cache answered: proves nothing.
    Inconclusive,
}

/// Judges a check pair against the refined interval `bounds` and the `safe` bounds.
pub fn judge_check(
    bounds: &OffsetBounds,
    safe: &OffsetBounds,
    before: &Sample,
    after: &Sample,
) -> CheckOutcome {
    if before.age_s > 0 || after.age_s > 0 {
        return CheckOutcome::Inconclusive;
    }
    let pair = before.bounds().intersect(&after.bounds());
    if after.server_date_ms == before.server_date_ms + SECOND_MS as i64 {
        return match pair.and_then(|p| p.intersect(safe)) {
            Some(b) => CheckOutcome::Verified(b),
            None => CheckOutcome::Contradiction,
        };
    }
    match pair.and_then(|p| p.intersect(bounds)) {
        None => CheckOutcome::Contradiction,
        Some(_) => CheckOutcome::Inconclusive,
    }
}

/// What to do next.
#[derive(Clone, Debug, PartialEq)]
pub enum Next {
    /// Send one probe at each of these local times (ms since the epoch) and
    /// [`Measurement::feed`] the answers back in the same order.
    Probes(Vec<f64>),
    /// Finished: [`Measurement::estimate`] is the result.
    Done,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Phase {
    Refining,
    Checking,
    Done(Result<OffsetBounds, Coarse>),
}

/// One clock measurement from the coarse samples to a verified (or honestly coarse) result.
/// Time comes in as arguments; the caller sends the probes.
#[derive(Clone, Debug, PartialEq)]
pub struct Measurement {
    samples: Vec<Sample>,
    /// Bounds under the stamped-per-answer assumption (aim only, never claimed unverified).
    exact: OffsetBounds,
    rounds: usize,
    checks: usize,
    /// Local time of our last request's end (answer or failure).
    quiet_from_ms: f64,
    phase: Phase,
}

impl Measurement {
    /// Starts from the coarse samples; `now_ms` is the local clock after the last answer.
    pub fn start(coarse: &[Sample], now_ms: f64) -> Result<Measurement, CoreError> {
        let first = coarse.first().ok_or(CoreError::MissingDateHeader)?;
        let exact = coarse
            .iter()
            .skip(1)
            .try_fold(first.bounds(), |acc, s| acc.intersect(&s.bounds()));
        let (exact, phase) = match exact {
            Some(b) => (b, Phase::Refining),
            // The coarse answers already disagree under the per-answer assumption.
            None => (combine(coarse)?, Phase::Done(Err(Coarse::DateReused))),
        };
        Ok(Measurement {
            samples: coarse.to_vec(),
            exact,
            rounds: 0,
            checks: 0,
            quiet_from_ms: now_ms,
            phase,
        })
    }

    /// The next probes to send (or `Done`). `lead_ms`: how far ahead of `now_ms` timers can
    /// still be trusted to fire on time.
    pub fn next(&mut self, now_ms: f64, lead_ms: f64) -> Next {
        let rtt = min_rtt(&self.samples);
        if self.phase == Phase::Refining
            && (self.rounds >= MAX_ROUNDS || !needs_refinement(&self.exact, rtt))
        {
            self.phase = Phase::Checking;
        }
        match self.phase {
            Phase::Refining => Next::Probes(plan_round(&self.exact, now_ms, rtt, lead_ms)),
            Phase::Checking if self.checks < MAX_CHECKS => {
                match plan_check(&self.exact, rtt, self.quiet_from_ms, now_ms, lead_ms) {
                    Some(p) => Next::Probes(vec![p.before_ms, p.after_ms]),
                    None => self.finish(Err(Coarse::NotVerified)),
                }
            }
            Phase::Checking => self.finish(Err(Coarse::NotVerified)),
            Phase::Done(_) => Next::Done,
        }
    }

    fn finish(&mut self, result: Result<OffsetBounds, Coarse>) -> Next {
        self.phase = Phase::Done(result);
        Next::Done
    }

    /// The answers to the probes of the last [`Measurement::next`], in the same order
    /// (`None`: that probe failed). `now_ms`: the local clock after the last one ended.
    pub fn feed(&mut self, answers: &[Option<Sample>], now_ms: f64) {
        self.quiet_from_ms = self.quiet_from_ms.max(now_ms);
        for s in answers.iter().flatten() {
            self.quiet_from_ms = self.quiet_from_ms.max(s.answered_ms());
        }
        self.samples.extend(answers.iter().flatten().copied());
        match self.phase {
            Phase::Refining => {
                self.rounds += 1;
                let before = self.exact;
                for s in answers.iter().flatten() {
                    match self.exact.intersect(&s.bounds()) {
                        Some(b) => self.exact = b,
                        // A server that stamps every answer cannot contradict itself.
                        None => {
                            self.phase = Phase::Done(Err(Coarse::DateReused));
                            return;
                        }
                    }
                }
                if self.exact == before {
                    self.phase = Phase::Checking; // nothing answered usefully: do not spin
                }
            }
            Phase::Checking => {
                self.checks += 1;
                if let [Some(before), Some(after)] = answers {
                    let safe = self.safe();
                    match judge_check(&self.exact, &safe, before, after) {
                        CheckOutcome::Verified(b) => self.phase = Phase::Done(Ok(b)),
                        CheckOutcome::Contradiction => {
                            self.phase = Phase::Done(Err(Coarse::DateReused))
                        }
                        CheckOutcome::Inconclusive => {}
                    }
                }
            }
            Phase::Done(_) => {}
        }
    }

    /// Bounds that hold for either kind of server, from every answer so far.
    fn safe(&self) -> OffsetBounds {
        // `samples` is never empty (start needs one), so this cannot fail.
        combine_safe(&self.samples).unwrap_or(self.exact)
    }

    /// What may be claimed now: the verified bounds once the check passed, otherwise the
    /// safe bounds with the reason they are coarse.
    pub fn estimate(&self) -> Estimate {
        match self.phase {
            Phase::Done(Ok(b)) => b.estimate(),
            Phase::Done(Err(why)) => self.safe().coarse_estimate(why),
            Phase::Refining | Phase::Checking => self.safe().coarse_estimate(Coarse::Pending),
        }
    }

    /// Whether the measurement has finished.
    pub fn finished(&self) -> bool {
        matches!(self.phase, Phase::Done(_))
    }

    /// Refinement rounds and check pairs sent so far (for tests and the bench).
    pub fn probes_sent(&self) -> (usize, usize) {
        (self.rounds, self.checks)
    }
}
