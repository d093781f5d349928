//! Reachability probes: a no-cors fetch per endpoint (any HTTP answer = reachable) and,
//! for `openid-configuration` endpoints, a CORS fetch whose body proves who answered.

use futures_util::future::join;
use signin_core::network::{BodyCheck, Endpoint, Expect, Reach};

use super::fetch::{Deadline, Options};
use super::{mono_now_ms, EffectError};

/// Probes one endpoint within `timeout_ms`. To cancel, drop the future: its deadline
/// then aborts both fetches, so a superseded check never leaves a request dangling.
pub async fn probe(endpoint: &Endpoint, timeout_ms: u32) -> (Reach, BodyCheck) {
    let deadline = match Deadline::new(timeout_ms) {
        Ok(d) => d,
        Err(_) => return (Reach::NetworkError { ms: 0.0 }, BodyCheck::Failed),
    };
    let start = mono_now_ms();
    let reach = async {
        let result = deadline.fetch(&endpoint.url, Options::NO_CORS).await;
        let ms = mono_now_ms() - start;
        match result {
            Ok(_) => Reach::Answered { ms },
            Err(EffectError::Timeout(_)) => Reach::TimedOut { ms },
            Err(_) => Reach::NetworkError { ms },
        }
    };
    let body = async {
        if endpoint.expect != Expect::OpenidConfiguration {
            return BodyCheck::NotApplicable;
        }
        let read = async {
            let response = deadline.fetch(&endpoint.url, Options::CORS).await?;
            deadline.text(&response).await
        };
        match read.await {
            Ok(text) => BodyCheck::Body {
                // Only the start matters for the check; keep a block page from bloating state.
                text: text.chars().take(64 * 1024).collect(),
            },
            Err(EffectError::Timeout(_)) => BodyCheck::TimedOut,
            Err(_) => BodyCheck::Failed,
        }
    };
    join(reach, body).await
}

/// Probes every endpoint at once and reports each result as soon as it is in, so the
/// rows fill in live. The whole run ends within `timeout_ms` (plus scheduling).
pub async fn probe_all(
    endpoints: &[Endpoint],
    timeout_ms: u32,
    report: impl Fn(usize, Reach, BodyCheck),
) {
    let report = &report;
    futures_util::future::join_all(endpoints.iter().enumerate().map(|(i, e)| async move {
        let (reach, body) = probe(e, timeout_ms).await;
        report(i, reach, body);
    }))
    .await;
}
