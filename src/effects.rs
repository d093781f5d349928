//! Browser effects: everything that touches the network, timers, clocks, files or the
//! clipboard. Small documented async functions; they decide nothing (that is `signin_core`)
//! and render nothing (that is `views`).

pub mod clock;
pub mod config;
pub mod content;
pub mod fetch;
pub mod files;
pub mod intl;
pub mod l10n;
pub mod platform;
pub mod probe;
pub mod script_gen;

use thiserror::Error;

use signin_core::text::{Arg, Text};
use signin_core::CoreError;

/// The effects layer's one error type. `Clone + PartialEq` so views can hold it in state.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum EffectError {
    /// The request never got an HTTP answer (offline, refused, DNS, TLS, CORS…).
    #[error("the request failed: {0}")]
    Network(String),
    /// No answer within the time limit; the request was aborted.
    #[error("no answer within {0} ms")]
    Timeout(u32),
    /// An HTTP answer whose status makes the body useless.
    #[error("the server answered HTTP {0}")]
    Http(u16),
    /// A browser API was missing or refused (old browser, permissions, private mode).
    #[error("the browser refused: {0}")]
    Browser(String),
    /// The pure layer refused what the browser delivered.
    #[error(transparent)]
    Core(#[from] CoreError),
}

impl EffectError {
    /// Why, in words (the page's language; the report's for the report). The browser's own
    /// messages stay as the browser wrote them: they are facts for IT.
    pub fn text(&self) -> Text {
        match self {
            EffectError::Network(detail) => Text::error_network(Arg::code(detail.clone())),
            EffectError::Timeout(ms) => Text::error_timeout(*ms),
            EffectError::Http(status) => Text::error_http(*status),
            EffectError::Browser(detail) => Text::error_browser(Arg::code(detail.clone())),
            EffectError::Core(e) => e.text(),
        }
    }

    /// Wraps a thrown JavaScript value, keeping its message readable.
    pub(crate) fn from_js(kind: fn(String) -> EffectError, value: &wasm_bindgen::JsValue) -> Self {
        let text = js_sys::Reflect::get(value, &"message".into())
            .ok()
            .and_then(|m| m.as_string())
            .or_else(|| value.as_string())
            .unwrap_or_else(|| "unknown error".to_string());
        kind(text)
    }
}

/// The global `window`, which every effect needs. A page without one cannot run at all.
pub(crate) fn window() -> Result<web_sys::Window, EffectError> {
    web_sys::window().ok_or_else(|| EffectError::Browser("no window object".into()))
}

/// The judged clock: milliseconds since the Unix epoch, as the computer believes.
pub fn wall_now_ms() -> f64 {
    js_sys::Date::now()
}

/// Monotonic milliseconds for measuring durations (immune to clock changes).
pub fn mono_now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or_else(js_sys::Date::now)
}

/// Runs `work` between two performance marks and records a `performance.measure(name)`, so
/// the benchmark (tests/e2e/bench.mjs) can read how long it took inside the real page.
/// Without a Performance object it just runs `work`.
pub fn measured<T>(name: &str, work: impl FnOnce() -> T) -> T {
    let performance = web_sys::window().and_then(|w| w.performance());
    let Some(p) = performance else {
        return work();
    };
    let start = format!("{name}:start");
    let _ = p.mark(&start);
    let out = work();
    // A failed measure only loses a benchmark sample, never the result.
    let _ = p.measure_with_start_mark(name, &start);
    p.clear_marks_with_mark_name(&start);
    out
}

/// [`measured`] for asynchronous work (a module load, for example).
pub async fn measured_async<T>(name: &str, work: impl std::future::Future<Output = T>) -> T {
    let performance = web_sys::window().and_then(|w| w.performance());
    let start = format!("{name}:start");
    if let Some(p) = &performance {
        let _ = p.mark(&start);
    }
    let out = work.await;
    if let Some(p) = performance {
        let _ = p.measure_with_start_mark(name, &start);
        p.clear_marks_with_mark_name(&start);
    }
    out
}
