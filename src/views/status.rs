//! The status badge: an icon *and* a word, so no status is told by colour alone.

use yew::prelude::*;

/// The badge for a DOM-contract token (`ok`, `warn`, …) and the word to show.
pub fn badge(status: &'static str, label: &'static str) -> Html {
    let icon = match status {
        "ok" => "✓",
        "warn" | "slow" => "!",
        "fail" | "timeout" | "intercepted" => "✗",
        "running" => "…",
        _ => "?",
    };
    html! {
        <span class={classes!("badge", format!("badge-{status}"))}>
            <span class="badge-icon" aria-hidden="true">{ icon }</span>
            <span class="badge-label">{ label }</span>
        </span>
    }
}
