//! Sampling the server's `Date` header and scheduling the refinement probes.
//!
//! The maths (bounds, where to aim the next probes, when to stop, whether the server stamps
//! every answer) is `signin_core::clock::Measurement`; this module only sends requests at
//! the times it is told and reports what came back.

use futures_util::future::join_all;
use gloo_timers::future::TimeoutFuture;
use signin_core::clock::{self, Estimate, Sample};
use signin_core::page::ClockProgress;
use web_sys::Response;

use super::fetch::{Deadline, Options};
use super::{mono_now_ms, wall_now_ms, EffectError};

/// Coarse samples before the first verdict: enough to catch one slow round trip.
const COARSE_SAMPLES: usize = 3;

/// Each clock request gives up after this long.
const SAMPLE_TIMEOUT_MS: u32 = 5000;

/// How far ahead of "now" refinement probes are scheduled, so timers fire on time.
const LEAD_MS: f64 = 40.0;

/// One round trip: HEAD (GET when HEAD is refused) with `no-store`, timed with the
/// monotonic clock; the judged clock is read once, just before sending.
pub async fn sample(source: &str) -> Result<Sample, EffectError> {
    let deadline = Deadline::new(SAMPLE_TIMEOUT_MS)?;
    let (sent_ms, rtt_ms, response) = timed(&deadline, source, Options::HEAD_NO_STORE).await?;
    let (sent_ms, rtt_ms, response) = if matches!(response.status(), 405 | 501) {
        timed(&deadline, source, Options::GET_NO_STORE).await?
    } else {
        (sent_ms, rtt_ms, response)
    };
    let headers = response.headers();
    let date = headers.get("date").ok().flatten();
    let age = headers.get("age").ok().flatten();
    Ok(Sample::from_headers(
        date.as_deref(),
        age.as_deref(),
        sent_ms,
        rtt_ms,
    )?)
}

async fn timed(
    deadline: &Deadline,
    url: &str,
    opts: Options,
) -> Result<(f64, f64, Response), EffectError> {
    let sent = wall_now_ms();
    let start = mono_now_ms();
    let response = deadline.fetch(url, opts).await?;
    Ok((sent, mono_now_ms() - start, response))
}

/// Measures the offset: a coarse estimate first (reported at once), then what
/// [`clock::Measurement`] asks for (refinement rounds timed across the server's second
/// tick, then the check that the server stamps every answer), each step reported. Only a
/// verified result claims sub-second precision. To cancel, drop the future.
pub async fn measure(source: &str, report: impl Fn(ClockProgress)) -> Result<(), EffectError> {
    let mut samples = Vec::with_capacity(COARSE_SAMPLES);
    for _ in 0..COARSE_SAMPLES {
        samples.push(sample(source).await?);
    }
    let mut m = clock::Measurement::start(&samples, wall_now_ms())?;
    report(progress(m.estimate(), false));
    while let clock::Next::Probes(plan) = m.next(wall_now_ms(), LEAD_MS) {
        let answers = join_all(plan.into_iter().map(|at| async move {
            sleep_until(at).await;
            sample(source).await.ok()
        }))
        .await;
        let before = m.estimate();
        m.feed(&answers, wall_now_ms());
        if m.estimate() != before && !m.finished() {
            report(progress(m.estimate(), false));
        }
    }
    report(progress(m.estimate(), true));
    Ok(())
}

fn progress(estimate: Estimate, refined: bool) -> ClockProgress {
    ClockProgress {
        estimate,
        at_local_ms: wall_now_ms(),
        refined,
    }
}

/// Sleeps until the judged clock reads `at_ms` (immediately if that is past).
async fn sleep_until(at_ms: f64) {
    let delay = (at_ms - wall_now_ms()).max(0.0);
    if delay >= 1.0 {
        TimeoutFuture::new(delay as u32).await;
    }
}
