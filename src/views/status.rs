//! The status badge: an icon *and* a word, so no status is told by colour alone.

use signin_core::text::{Catalog, Msg};
use yew::prelude::*;

use crate::views::text::tr;

/// The badge for a DOM-contract token (`ok`, `warn`, …) and the word to show.
pub fn badge(cat: &Catalog, status: &'static str, label: Msg) -> Html {
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
            <span class="badge-label">{ tr(cat, label) }</span>
        </span>
    }
}
