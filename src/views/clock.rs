//! The clock check card (`[data-check="clock"]`).

use signin_core::clock::{describe_estimate, format_utc_offset, Estimate};
use signin_core::page::{ClockView, TimeZone};
use signin_core::status::CheckStatus;
use yew::prelude::*;

use crate::effects::platform::format_local;
use crate::views::status::badge;

#[derive(Clone, PartialEq)]
pub struct ClockProps {
    /// Status, estimate, refinement, hint and error, as `signin_core::page::view` derived them.
    pub clock: ClockView,
    pub zone: TimeZone,
    pub on_retry: Callback<()>,
    /// The OS-specific fix steps, shown on warn/fail.
    pub children: Html,
}

pub fn clock_check(props: &ClockProps) -> Html {
    let clock = &props.clock;
    let estimate: Option<Estimate> = clock.progress.map(|p| p.estimate);
    let headline = match (&clock.error, estimate) {
        (Some(_), _) => "The clock could not be checked.".to_string(),
        (None, None) => "Comparing your computer's clock with the server…".to_string(),
        (None, Some(e)) if clock.status == CheckStatus::Ok => format!(
            "Your computer's clock is correct ({}).",
            describe_estimate(&e)
        ),
        (None, Some(e)) => format!("Your computer's clock is {}.", describe_estimate(&e)),
    };
    let onclick = {
        let cb = props.on_retry.clone();
        Callback::from(move |_| cb.emit(()))
    };
    let zone = if props.zone.name.is_empty() {
        format_utc_offset(props.zone.utc_offset_min)
    } else {
        format!(
            "{} ({})",
            props.zone.name,
            format_utc_offset(props.zone.utc_offset_min)
        )
    };
    html! {
        <section class={classes!("check", format!("status-{}", clock.status.as_str()))}
            data-check="clock"
            data-status={clock.status.as_str()}
            data-offset-ms={estimate.map(|e| e.offset_ms.to_string())}
            data-uncertainty-ms={estimate.map(|e| e.uncertainty_ms.to_string())}
            data-hint={clock.timezone_hint.then_some("timezone")}
            aria-labelledby="clock-title"
            aria-busy={(clock.status == CheckStatus::Running || clock.refining).to_string()}>
            <h3 id="clock-title">
                { badge(clock.status.as_str(), clock.status.label()) }
                { " Date, time and time zone" }
            </h3>
            <p class="headline" aria-live="polite">{ headline }</p>
            if let Some(err) = &clock.error {
                <p class="detail">{ format!("Reason: {err}. Check your connection and press \"Check again\".") }</p>
            }
            if let (Some(p), Some(e)) = (clock.progress, estimate) {
                <dl class="facts">
                    <dt>{ "Server time" }</dt>
                    <dd>{ format_local(p.at_local_ms - e.offset_ms as f64) }</dd>
                    <dt>{ "Your computer" }</dt>
                    <dd>{ format_local(p.at_local_ms) }</dd>
                    <dt>{ "Time zone" }</dt>
                    <dd>{ zone.clone() }</dd>
                    <dt>{ "Accuracy" }</dt>
                    <dd>
                        { format!("± {} ms", e.uncertainty_ms) }
                        if clock.refining { { " (refining…)" } }
                        // Why it stays coarse, once finished (never claim more than verified).
                        if let Some(why) = clock.coarse_reason {
                            <span class="detail" data-coarse={why.as_str()}>{ format!(" {}", why.explain()) }</span>
                        }
                    </dd>
                </dl>
            }
            if clock.timezone_hint {
                <p class="hint" data-hint-text="timezone">
                    <strong>{ "Probably the wrong time zone. " }</strong>
                    { format!(
                        "The difference is almost exactly a whole number of quarter hours, so your clock probably shows the right local time under the wrong time zone. This computer's time zone is {zone}. Fix the time zone first, then let the clock set itself."
                    ) }
                </p>
            }
            if matches!(clock.status, CheckStatus::Warn | CheckStatus::Fail) {
                { props.children.clone() }
            }
            <button type="button" class="secondary" data-action="clock-retry" {onclick}
                disabled={clock.status == CheckStatus::Running}>
                { "Check again" }
            </button>
        </section>
    }
}
