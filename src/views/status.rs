//! The status badge: an icon *and* a word, so no status is told by colour alone.

use yew::prelude::*;

/// Props: the DOM-contract token (`ok`, `warn`, …) and the word to show.
#[derive(Properties, Clone, PartialEq)]
pub struct BadgeProps {
    pub status: &'static str,
    pub label: &'static str,
}

#[component]
pub fn Badge(props: &BadgeProps) -> Html {
    let icon = match props.status {
        "ok" => "✓",
        "warn" | "slow" => "!",
        "fail" | "timeout" | "intercepted" => "✗",
        "running" => "…",
        _ => "?",
    };
    html! {
        <span class={classes!("badge", format!("badge-{}", props.status))}>
            <span class="badge-icon" aria-hidden="true">{ icon }</span>
            <span class="badge-label">{ props.label }</span>
        </span>
    }
}
