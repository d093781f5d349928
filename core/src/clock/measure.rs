//! The measurement as a state machine: which probes to send when, what their answers prove,
//! and when sub-second precision has been *verified* rather than assumed.
//!
//! The schedule, from the coarse samples on:
//! 1. **Sweep.** One probe every [`sweep_step`] from now on, until an answer shows the
//!    server's second change (at most about a second). Under a server that stamps every
//!    answer, the last answer of the old second and the first of the new one pin the server's
//!    tick, and so θ, to about a step plus a round trip. A sweep finds the tick at the first
//!    tick after the start; rounds aimed at one tick each (see [`super::plan_round`]) needed
//!    two or three ticks for the same width. Should the sweep's interval come out wider than
//!    [`SWEEP_WIDE_MS`] (a stalled main thread), one such round narrows it.
//! 2. **Check.** The sweep assumes a server that stamps every answer. A server that reuses
//!    its rendered `Date` (hyper: re-rendered at the first request more than 1 s after the
//!    last render) fools it: it finds "when the cache was last refreshed", up to a second
//!    off. So after at least [`QUIET_MS`] without a request of ours, a pair of probes that
//!    the interval says straddle a server tick, less than a second apart: one just before
//!    it, then second probes every [`AFTER_STEP_MS`] from the earliest moment the tick can
//!    come until one shows the new second, or one sure to be after the tick is out (so the
//!    upper bound comes from the first answer after the tick, not from the interval's end).
//!    A server that stamps every answer must show the second change between them. A
//!    request-driven cache must not: the first probe of the pair, coming after the quiet
//!    time, re-renders the cached `Date`, and the second, less than a second later, gets that
//!    same rendered second. So:
//!    - dates one second apart: both stamps are fresh (under either kind of server), and the
//!      pair's own bounds are true: the result, verified;
//!    - the same date although both probes were sure to fall on either side of the tick (their
//!      bounds contradict the interval): the server reuses its `Date`, fall back to the coarse
//!      bounds;
//!    - anything else (a probe was slow or late, so it proved nothing): try again with a wider
//!      margin, a few times, then fall back.
//!
//! The quiet time cannot overlap the sweep: the sweep must see a tick, and the pair's first
//! probe must come more than a second after the last request, just before a tick; so the
//! pair goes at the second tick after the one the sweep found, about two seconds later.
//! Only the first probe of the pair needs to be on time (the margin before the tick, grown
//! from how late the sweep's timers fired); the second may be late, it is then only less
//! precise.
//!
//! Only the pair's own bounds are kept after a verified check, not the sweep's: with several
//! caches (hyper keeps one per worker thread) the sweep may be wrong while both probes of the
//! pair hit fresh caches. What this cannot see: a server that refreshes its `Date` from a
//! timer (ASP.NET Core Kestrel) looks exactly like one whose clock is up to a second behind,
//! and on a busy caching server other users' requests refresh the cache during our quiet time.
//!
//! The caller sends what [`Measurement::next`] asks for, one probe at a time, and feeds every
//! answer back as it arrives, in any order ([`Measurement::launch`], [`Measurement::feed`]):
//! the sweep stops at the first answer that shows the new second.

use super::{combine_safe, min_rtt, plan_round, Coarse, Estimate, OffsetBounds, Sample, SECOND_MS};
use crate::CoreError;

/// Silence (no request of ours to the clock source) before a check pair, so a server that
/// caches its `Date` per request must re-render it for the pair's first probe. More than
/// the cache's one second, with room for timers and the network.
pub const QUIET_MS: f64 = 1200.0;

/// Least margin before the tick for the pair's first probe (how far it aims away from where
/// the interval says the tick can be, so a probe a little late still proves its side).
pub const CHECK_GUARD_MS: f64 = 15.0;

/// Most margin before the tick: beyond this the result would be too coarse to be worth it.
pub const MAX_CHECK_GUARD_MS: f64 = 150.0;

/// Margin after the tick for the pair's second probe: timers never fire early, so a late
/// probe still proves its side; this only covers the reading of the clocks.
pub const AFTER_GUARD_MS: f64 = 5.0;

/// The pair must fit well inside one second: then a request-driven cache still serves the
/// second probe from the render the first one caused.
pub const MAX_CHECK_SPAN_MS: f64 = 700.0;

/// Check pairs tried before giving up on sub-second precision.
pub const MAX_CHECKS: usize = 3;

/// Least time between two second probes of a check pair (half the round trip if longer).
pub const AFTER_STEP_MS: f64 = 5.0;

/// Least time between two sweep probes.
pub const SWEEP_STEP_MS: f64 = 15.0;

/// A sweep that has not seen the second change after this long gives up (a stamping
/// server changes it every second; probes that fail prove nothing).
pub const MAX_SWEEP_MS: f64 = 1600.0;

/// A sweep interval wider than this (plus two round trips) gets a refinement round: the
/// check pair's result is about this interval plus its margins wide.
pub const SWEEP_WIDE_MS: f64 = 100.0;

/// Refinement rounds after a sweep that came out wide (each costs a second).
pub const MAX_SWEEP_ROUNDS: usize = 1;

/// The time between sweep probes: [`SWEEP_STEP_MS`], or half the round trip on a slow link
/// (closer probes would not pin the tick any better, they would only queue).
pub fn sweep_step(rtt_ms: f64) -> f64 {
    SWEEP_STEP_MS.max(rtt_ms / 2.0)
}

/// Local send times (ms since the epoch) of one check pair.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CheckPlan {
    /// Aimed to be answered before the tick, whatever θ in the interval.
    pub before_ms: f64,
    /// The earliest moment the tick can come (θ = the interval's low end): the second probe
    /// is tried from here on, so that it can show the new second as soon as there is one.
    pub first_after_ms: f64,
    /// Sure to be after the tick, whatever θ in the interval: the last try.
    pub after_ms: f64,
    /// The server time of the tick they straddle (a whole second, ms since the epoch).
    pub tick_ms: f64,
}

/// Plans a check pair around the first server tick that leaves `lead_ms` from `now_ms` and
/// the quiet time after `quiet_from_ms`, with `guard_ms` before the tick for the first
/// probe. `None` when the interval and the round trip are too wide for the pair to fit
/// inside [`MAX_CHECK_SPAN_MS`].
pub fn plan_check(
    bounds: &OffsetBounds,
    rtt_ms: f64,
    quiet_from_ms: f64,
    now_ms: f64,
    lead_ms: f64,
    guard_ms: f64,
) -> Option<CheckPlan> {
    let rtt = rtt_ms.max(0.0);
    let span = bounds.width() + rtt + guard_ms + AFTER_GUARD_MS;
    if span > MAX_CHECK_SPAN_MS {
        return None;
    }
    // Server tick k is at local time k·1 s + θ, θ in [lo, hi]. The first probe must be
    // answered before the earliest such moment, the second sent after the latest.
    let earliest = (now_ms + lead_ms.max(0.0)).max(quiet_from_ms + QUIET_MS);
    let offset_before = bounds.lo_ms - rtt - guard_ms;
    let k = ((earliest - offset_before) / SECOND_MS).ceil();
    Some(CheckPlan {
        before_ms: k * SECOND_MS + offset_before,
        first_after_ms: k * SECOND_MS + bounds.lo_ms,
        after_ms: k * SECOND_MS + bounds.hi_ms + AFTER_GUARD_MS,
        tick_ms: k * SECOND_MS,
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
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Next {
    /// Send one probe when the local clock reads this (ms since the epoch; at once if that
    /// is past): call [`Measurement::launch`] then, and [`Measurement::feed`] its answer.
    /// An answer that arrives before that moment changes the plan: feed it and ask again.
    Probe(f64),
    /// Nothing to send before one of the probes in flight has answered.
    Wait,
    /// Finished: [`Measurement::estimate`] is the result.
    Done,
}

/// Which part of the schedule the measurement is in (the page reports progress when it
/// changes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    Sweep,
    Refine,
    Check,
    Done,
}

/// One probe sent and not yet answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ProbeId(u32);

#[derive(Clone, Copy, Debug, PartialEq)]
enum Role {
    Sweep,
    Round,
    Before,
    After,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Slot {
    Planned,
    Sent,
    Answered(Option<Sample>),
}

/// A check pair under way: the first probe, then second probes from the earliest possible
/// tick on, every [`AFTER_STEP_MS`], until one shows the new second or the last one (sure to
/// be after the tick) is out.
#[derive(Clone, Debug, PartialEq)]
struct Pair {
    plan: CheckPlan,
    before: Slot,
    /// When the next second probe goes.
    next_after_ms: f64,
    /// The last second probe (the one sent after the latest possible tick).
    last: Option<ProbeId>,
    /// Its answer (`None` inside: it failed).
    last_answer: Option<Option<Sample>>,
    /// Second probes sent, not answered yet.
    pending: usize,
    /// Every answer of a second probe.
    after: Vec<Sample>,
}

impl Pair {
    fn new(plan: CheckPlan) -> Pair {
        Pair {
            plan,
            before: Slot::Planned,
            next_after_ms: plan.first_after_ms,
            last: None,
            last_answer: None,
            pending: 0,
            after: Vec::new(),
        }
    }

    /// The first second-probe answer that shows the second after `before`'s.
    fn new_second(&self, before: &Sample) -> Option<Sample> {
        let next = before.server_date_ms + SECOND_MS as i64;
        self.after
            .iter()
            .copied()
            .find(|a| a.server_date_ms == next)
    }
}

#[derive(Clone, Debug, PartialEq)]
enum Phase {
    Sweep {
        started_ms: f64,
        next_ms: f64,
    },
    /// Send times of a refinement round still to send (ascending).
    Refine(Vec<f64>),
    Check(Option<Pair>),
    Done(Result<OffsetBounds, Coarse>),
}

#[derive(Clone, Copy, Debug, PartialEq)]
struct Flight {
    id: ProbeId,
    role: Role,
    planned_ms: f64,
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
    in_flight: Vec<Flight>,
    /// What the last [`Measurement::next`] asked for.
    asked: Option<(f64, Role)>,
    next_id: u32,
    /// How late timers fired, ms, for the sweep's probes (each after the first).
    lateness_ms: Vec<f64>,
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
        let quiet_from_ms = coarse
            .iter()
            .map(Sample::answered_ms)
            .fold(now_ms, f64::max);
        let (exact, phase) = match exact {
            Some(b) => (
                b,
                Phase::Sweep {
                    started_ms: now_ms,
                    next_ms: now_ms,
                },
            ),
            // The coarse answers already disagree under the per-answer assumption.
            None => (
                super::combine(coarse)?,
                Phase::Done(Err(Coarse::DateReused)),
            ),
        };
        Ok(Measurement {
            samples: coarse.to_vec(),
            exact,
            rounds: 0,
            checks: 0,
            quiet_from_ms,
            in_flight: Vec::new(),
            asked: None,
            next_id: 0,
            lateness_ms: Vec::new(),
            phase,
        })
    }

    /// What to do now. `lead_ms`: how far ahead of `now_ms` timers can still be trusted to
    /// fire on time (for probes aimed at a tick).
    pub fn next(&mut self, now_ms: f64, lead_ms: f64) -> Next {
        self.asked = None;
        let rtt = min_rtt(&self.samples);
        loop {
            match &mut self.phase {
                Phase::Done(_) => return Next::Done,
                Phase::Sweep {
                    started_ms,
                    next_ms,
                } => {
                    let (started, next) = (*started_ms, *next_ms);
                    if self.ticked() {
                        self.after_sweep(now_ms, lead_ms, rtt);
                    } else if now_ms - started > MAX_SWEEP_MS {
                        // No second change seen (probes failed): nothing to aim a pair at.
                        self.phase = Phase::Check(None);
                    } else {
                        return self.ask(next, Role::Sweep);
                    }
                }
                Phase::Refine(times) => match times.first().copied() {
                    Some(at) => return self.ask(at, Role::Round),
                    None if !self.in_flight.is_empty() => return Next::Wait,
                    None => self.phase = Phase::Check(None),
                },
                Phase::Check(None) => {
                    if !self.in_flight.is_empty() {
                        return Next::Wait; // quiet starts when the last answer is in
                    }
                    if self.checks >= MAX_CHECKS {
                        self.phase = Phase::Done(Err(Coarse::NotVerified));
                        continue;
                    }
                    let guard = self.guard_ms();
                    match plan_check(&self.exact, rtt, self.quiet_from_ms, now_ms, lead_ms, guard) {
                        Some(plan) => self.phase = Phase::Check(Some(Pair::new(plan))),
                        None => self.phase = Phase::Done(Err(Coarse::NotVerified)),
                    }
                }
                Phase::Check(Some(pair)) => {
                    let pair = pair.clone();
                    let before = match pair.before {
                        Slot::Planned => return self.ask(pair.plan.before_ms, Role::Before),
                        Slot::Answered(None) => {
                            self.inconclusive();
                            continue;
                        }
                        Slot::Answered(Some(b)) => Some(b),
                        Slot::Sent => None,
                    };
                    if let Some(b) = before {
                        // The first probe, fresh after the quiet time, contradicts the
                        // sweep: the sweep's stamps were not.
                        if b.bounds().intersect(&self.exact).is_none() {
                            self.phase = Phase::Done(Err(Coarse::DateReused));
                            continue;
                        }
                        // It was late and answered after the tick: the pair cannot straddle
                        // it, and more probes would only shorten the next quiet time.
                        if pair.last.is_none() && b.server_date_ms as f64 >= pair.plan.tick_ms {
                            self.inconclusive();
                            continue;
                        }
                        // A second probe shows the new second: that proves the server's side.
                        if let Some(a) = pair.new_second(&b) {
                            self.judge(Some(b), Some(a));
                            continue;
                        }
                    }
                    if pair.last.is_none() {
                        let last = pair.next_after_ms >= pair.plan.after_ms;
                        let at = if last {
                            pair.plan.after_ms
                        } else {
                            pair.next_after_ms
                        };
                        return self.ask(at, Role::After);
                    }
                    match (before, pair.last_answer) {
                        (Some(b), Some(last)) if pair.pending == 0 => self.judge(Some(b), last),
                        _ => return Next::Wait,
                    }
                }
            }
        }
    }

    fn ask(&mut self, at_ms: f64, role: Role) -> Next {
        self.asked = Some((at_ms, role));
        Next::Probe(at_ms)
    }

    /// The probe that the last [`Measurement::next`] asked for is being sent now (`now_ms`,
    /// the local clock). Returns its id for [`Measurement::feed`], or `None` when `next`
    /// asked for nothing since the last call.
    pub fn launch(&mut self, now_ms: f64) -> Option<ProbeId> {
        let (planned_ms, role) = self.asked.take()?;
        let id = ProbeId(self.next_id);
        self.next_id += 1;
        self.in_flight.push(Flight {
            id,
            role,
            planned_ms,
        });
        let rtt = min_rtt(&self.samples);
        match (&mut self.phase, role) {
            (Phase::Sweep { next_ms, .. }, Role::Sweep) => {
                *next_ms = planned_ms.max(now_ms) + sweep_step(rtt);
            }
            (Phase::Refine(times), Role::Round) if !times.is_empty() => {
                times.remove(0);
            }
            (Phase::Check(Some(pair)), Role::Before) => pair.before = Slot::Sent,
            (Phase::Check(Some(pair)), Role::After) => {
                pair.pending += 1;
                if planned_ms >= pair.plan.after_ms {
                    pair.last = Some(id);
                } else {
                    let step = AFTER_STEP_MS.max(rtt / 2.0);
                    pair.next_after_ms = planned_ms.max(now_ms) + step;
                }
            }
            _ => {}
        }
        Some(id)
    }

    /// The answer to probe `id` (`None`: it failed), in any order. `now_ms`: the local clock
    /// now. Answers of probes that no longer matter still count for the bounds.
    pub fn feed(&mut self, id: ProbeId, answer: Option<Sample>, now_ms: f64) {
        let Some(pos) = self.in_flight.iter().position(|f| f.id == id) else {
            return;
        };
        let flight = self.in_flight.remove(pos);
        self.quiet_from_ms = self.quiet_from_ms.max(now_ms);
        if let Some(s) = answer {
            self.quiet_from_ms = self.quiet_from_ms.max(s.answered_ms());
            self.samples.push(s);
        }
        match flight.role {
            Role::Sweep | Role::Round => {
                if let Some(s) = answer {
                    if flight.role == Role::Sweep {
                        self.lateness_ms
                            .push((s.sent_ms - flight.planned_ms).max(0.0));
                    }
                    if matches!(self.phase, Phase::Done(_)) {
                        return;
                    }
                    match self.exact.intersect(&s.bounds()) {
                        Some(b) => self.exact = b,
                        // A server that stamps every answer cannot contradict itself.
                        None => self.phase = Phase::Done(Err(Coarse::DateReused)),
                    }
                }
            }
            Role::Before => {
                if let Phase::Check(Some(pair)) = &mut self.phase {
                    if pair.before == Slot::Sent {
                        pair.before = Slot::Answered(answer);
                    }
                }
            }
            Role::After => {
                if let Phase::Check(Some(pair)) = &mut self.phase {
                    pair.pending = pair.pending.saturating_sub(1);
                    pair.after.extend(answer);
                    if pair.last == Some(flight.id) {
                        pair.last_answer = Some(answer);
                    }
                }
            }
        }
    }

    /// Whether the answers so far show the server's second change (under the per-answer
    /// assumption the interval is then as narrow as the probes around the tick).
    fn ticked(&self) -> bool {
        let dates = self.samples.iter().map(|s| s.server_date_ms);
        dates.clone().min() != dates.max()
    }

    /// The sweep found the tick: a refinement round if it came out wide, then the check.
    fn after_sweep(&mut self, now_ms: f64, lead_ms: f64, rtt: f64) {
        // Normally about a step and a round trip wide (a few more ms each on a busy main
        // thread); only a stall between two probes around the tick makes it worth a second.
        let wide = self.exact.width() > SWEEP_WIDE_MS + 2.0 * rtt;
        self.phase = if self.rounds < MAX_SWEEP_ROUNDS && wide {
            self.rounds += 1;
            Phase::Refine(plan_round(&self.exact, now_ms, rtt, lead_ms))
        } else {
            Phase::Check(None)
        };
    }

    fn inconclusive(&mut self) {
        self.checks += 1;
        self.phase = Phase::Check(None);
    }

    fn judge(&mut self, before: Option<Sample>, after: Option<Sample>) {
        let (Some(before), Some(after)) = (before, after) else {
            return self.inconclusive();
        };
        let safe = self.safe();
        match judge_check(&self.exact, &safe, &before, &after) {
            CheckOutcome::Verified(b) => {
                // Every second probe that showed the new second is as fresh (within a
                // second of the first probe's render) and as true.
                let more = match &self.phase {
                    Phase::Check(Some(pair)) => pair.after.clone(),
                    _ => Vec::new(),
                };
                let b = more
                    .iter()
                    .filter(|a| a.server_date_ms == after.server_date_ms && a.age_s == 0)
                    .fold(b, |acc, a| acc.intersect(&a.bounds()).unwrap_or(acc));
                self.phase = Phase::Done(Ok(b));
            }
            CheckOutcome::Contradiction => self.phase = Phase::Done(Err(Coarse::DateReused)),
            CheckOutcome::Inconclusive => self.inconclusive(),
        }
    }

    /// The margin before the tick for the next pair's first probe: the least one, or what
    /// the sweep's timers needed (their median lateness, twice, so that most fire in time),
    /// doubled after each pair that missed.
    fn guard_ms(&self) -> f64 {
        // The median by counting: a few dozen values, and no sort code in the page.
        let late = &self.lateness_ms;
        let median = late
            .iter()
            .copied()
            .filter(|v| 2 * late.iter().filter(|w| *w <= v).count() > late.len())
            .fold(f64::INFINITY, f64::min);
        let median = if median.is_finite() { median } else { 0.0 };
        let base = CHECK_GUARD_MS.max(2.0 * median + 5.0);
        (base * f64::from(1u32 << self.checks.min(4))).min(MAX_CHECK_GUARD_MS)
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
            _ => self.safe().coarse_estimate(Coarse::Pending),
        }
    }

    /// Whether the measurement has finished.
    pub fn finished(&self) -> bool {
        matches!(self.phase, Phase::Done(_))
    }

    /// Which part of the schedule it is in.
    pub fn stage(&self) -> Stage {
        match self.phase {
            Phase::Sweep { .. } => Stage::Sweep,
            Phase::Refine(_) => Stage::Refine,
            Phase::Check(_) => Stage::Check,
            Phase::Done(_) => Stage::Done,
        }
    }

    /// Requests sent so far, refinement rounds and check pairs tried (for tests and the
    /// bench).
    pub fn probes_sent(&self) -> (u32, usize, usize) {
        (self.next_id, self.rounds, self.checks)
    }
}
