//! Sampling the server's `Date` header and sending the measurement's probes on time.
//!
//! The maths (bounds, where to aim the next probes, when to stop, whether the server stamps
//! every answer) is `signin_core::clock::Measurement`; this module only reads the clocks in
//! the order `signin_core::clock::Timing` prescribes, sends requests at the times it is told
//! and feeds back each answer as it arrives.

use std::future::{poll_fn, Future};
use std::pin::Pin;
use std::task::Poll;

use gloo_timers::future::TimeoutFuture;
use signin_core::clock::{self, Estimate, Next, ProbeId, Sample, Stage, Timing};
use signin_core::page::ClockProgress;
use web_sys::Response;

use super::fetch::{Deadline, Options};
use super::{mono_now_ms, wall_now_ms, EffectError};

/// Each clock request gives up after this long.
const SAMPLE_TIMEOUT_MS: u32 = 5000;

/// How far ahead of "now" probes aimed at a server tick are scheduled, so timers fire on time.
const LEAD_MS: f64 = 40.0;

/// Long timers fire late in some browsers (Firefox ESR: about 50 ms on a 2 s timeout, seen in
/// the e2e runs), short ones hardly: a wait ends with a timer of at most this long.
const LAST_TIMER_MS: f64 = 50.0;

/// One round trip: HEAD (GET when HEAD is refused) with `no-store`, timed as [`Timing`]
/// says (monotonic clock, then the judged clock, then the request).
pub async fn sample(source: &str) -> Result<Sample, EffectError> {
    let deadline = Deadline::new(SAMPLE_TIMEOUT_MS)?;
    let (timing, response) = timed(&deadline, source, Options::HEAD_NO_STORE).await?;
    let (timing, response) = if matches!(response.status(), 405 | 501) {
        timed(&deadline, source, Options::GET_NO_STORE).await?
    } else {
        (timing, response)
    };
    let headers = response.headers();
    let date = headers.get("date").ok().flatten();
    let age = headers.get("age").ok().flatten();
    Ok(Sample::from_headers(
        date.as_deref(),
        age.as_deref(),
        timing,
    )?)
}

async fn timed(
    deadline: &Deadline,
    url: &str,
    opts: Options,
) -> Result<(Timing, Response), EffectError> {
    // This order, and only this one, keeps every stall of the main thread inside the round
    // trip (see `Timing`).
    let mono_before_ms = mono_now_ms();
    let wall_ms = wall_now_ms();
    let response = deadline.fetch(url, opts).await?;
    let timing = Timing {
        mono_before_ms,
        wall_ms,
        mono_after_ms: mono_now_ms(),
    };
    Ok((timing, response))
}

/// Measures the offset: a coarse estimate from one sample first (reported at once), then what
/// [`clock::Measurement`] asks for (a sweep across the server's second tick, then the check
/// that the server stamps every answer), reported when a stage ends. Only a verified result
/// claims sub-second precision. To cancel, drop the future: the requests in flight are
/// aborted with it.
pub async fn measure(source: &str, report: impl Fn(ClockProgress)) -> Result<(), EffectError> {
    let first = sample(source).await?;
    let mut m = clock::Measurement::start(&[first], wall_now_ms())?;
    let mut reported = m.estimate();
    report(progress(reported, false));
    let mut stage = m.stage();
    let mut in_flight: Vec<Flight<'_>> = Vec::new();
    loop {
        let next = m.next(wall_now_ms(), LEAD_MS);
        // The sweep changes the coarse bound with nearly every answer: re-render when a
        // stage ends, not thirty times a second (and before waiting for the next probe).
        if m.stage() != stage {
            stage = m.stage();
            if stage != Stage::Done && m.estimate() != reported {
                reported = m.estimate();
                report(progress(reported, false));
            }
        }
        // Until the probe is due, or until an answer arrives (which may change the plan).
        let due = match next {
            Next::Done => break,
            Next::Wait if in_flight.is_empty() => break, // cannot happen: `Wait` means a probe is out
            Next::Wait => None,
            Next::Probe(at_ms) => Some(at_ms),
        };
        match next_event(&mut in_flight, due).await {
            Event::Due => {
                if let Some(id) = m.launch(wall_now_ms()) {
                    in_flight.push(Box::pin(probe(source, id)));
                }
            }
            Event::Answer(id, answer) => m.feed(id, answer, wall_now_ms()),
        }
    }
    report(progress(m.estimate(), true));
    Ok(())
}

/// A probe on its way: its id and, once in, its answer (`None`: it failed).
type Flight<'a> = Pin<Box<dyn Future<Output = (ProbeId, Option<Sample>)> + 'a>>;

enum Event {
    /// The time of the next probe has come.
    Due,
    Answer(ProbeId, Option<Sample>),
}

/// Whichever comes first: the local clock reaching `due_ms`, or an answer of a probe in
/// flight (taken out of `in_flight`).
async fn next_event(in_flight: &mut Vec<Flight<'_>>, due_ms: Option<f64>) -> Event {
    let mut timer = due_ms.map(|at| Box::pin(sleep_until(at)));
    poll_fn(|cx| {
        if let Some(t) = timer.as_mut() {
            if t.as_mut().poll(cx).is_ready() {
                return Poll::Ready(Event::Due);
            }
        }
        for i in 0..in_flight.len() {
            if let Poll::Ready((id, answer)) = in_flight[i].as_mut().poll(cx) {
                drop(in_flight.swap_remove(i));
                return Poll::Ready(Event::Answer(id, answer));
            }
        }
        Poll::Pending
    })
    .await
}

/// One probe of the measurement: its id and its answer (`None`: it failed).
async fn probe(source: &str, id: ProbeId) -> (ProbeId, Option<Sample>) {
    (id, sample(source).await.ok())
}

fn progress(estimate: Estimate, refined: bool) -> ClockProgress {
    ClockProgress {
        estimate,
        at_local_ms: wall_now_ms(),
        refined,
    }
}

/// Sleeps until the judged clock reads `at_ms` (immediately if that is past), the last part
/// with a short timer.
async fn sleep_until(at_ms: f64) {
    loop {
        let delay = at_ms - wall_now_ms();
        if delay < 1.0 {
            return;
        }
        let step = if delay > 2.0 * LAST_TIMER_MS {
            delay - LAST_TIMER_MS
        } else {
            delay
        };
        TimeoutFuture::new(step as u32).await;
    }
}
