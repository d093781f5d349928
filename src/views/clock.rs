//! The clock check card (`[data-check="clock"]`).

use signin_core::clock::{describe_estimate, format_utc_offset, Estimate};
use signin_core::page::{ClockView, TimeZone};
use signin_core::platform::Os;
use signin_core::prerender::content::Fragment;
use signin_core::status::CheckStatus;
use signin_core::text::{Arg, Catalog, Msg, Text};
use yew::prelude::*;

use crate::effects::content::Slot;
use crate::effects::intl;
use crate::views::plan::steps_list;
use crate::views::status::badge;
use crate::views::text::{arg, plain, tr};

#[derive(Clone, PartialEq)]
pub struct ClockProps {
    /// Status, estimate, refinement, hint and error, as `signin_core::page::view` derived them.
    pub clock: ClockView,
    pub zone: TimeZone,
    /// The system the fix steps are for (Windows and macOS when none is chosen).
    pub os: Option<Os>,
    pub on_retry: Callback<()>,
}

pub fn clock_check(cat: &Catalog, props: &ClockProps) -> Html {
    let clock = &props.clock;
    let estimate: Option<Estimate> = clock.progress.map(|p| p.estimate);
    let headline: Text = match (&clock.error, estimate) {
        (Some(_), _) => Msg::ClockFailed.into(),
        (None, None) => Msg::ClockComparing.into(),
        (None, Some(e)) if clock.status == CheckStatus::Ok => {
            Text::clock_correct(describe_estimate(&e))
        }
        (None, Some(e)) => Text::clock_off(describe_estimate(&e)),
    };
    let onclick = {
        let cb = props.on_retry.clone();
        Callback::from(move |_| cb.emit(()))
    };
    let offset = format_utc_offset(props.zone.utc_offset_min);
    let zone: Arg = if props.zone.name.is_empty() {
        Arg::code(offset)
    } else {
        Text::clock_zone_named(Arg::code(props.zone.name.clone()), Arg::code(offset)).into()
    };
    let lang = cat.lang();
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
                { badge(cat, clock.status.as_str(), clock.status.label()) }
                { " " }{ tr(cat, Msg::ClockTitle) }
            </h3>
            <p class="headline" aria-live="polite">{ tr(cat, headline) }</p>
            if let Some(err) = &clock.error {
                <p class="detail">{ tr(cat, Text::clock_failed_reason(err.clone())) }</p>
            }
            if let (Some(p), Some(e)) = (clock.progress, estimate) {
                <dl class="facts">
                    <dt>{ tr(cat, Msg::ClockServerTime) }</dt>
                    <dd>{ intl::date_time(lang, p.at_local_ms - e.offset_ms as f64) }</dd>
                    <dt>{ tr(cat, Msg::ClockYourComputer) }</dt>
                    <dd>{ intl::date_time(lang, p.at_local_ms) }</dd>
                    <dt>{ tr(cat, Msg::ClockTimeZone) }</dt>
                    <dd>{ arg(cat, &zone) }</dd>
                    <dt>{ tr(cat, Msg::ClockAccuracy) }</dt>
                    <dd>
                        <bdi>{ tr(cat, Text::clock_plus_minus_ms(e.uncertainty_ms)) }</bdi>
                        if clock.refining { { " " }{ tr(cat, Msg::ClockRefining) } }
                        // Why it stays coarse, once finished (never claim more than verified).
                        if let Some(why) = clock.coarse_reason {
                            { " " }<span class="detail" data-coarse={why.as_str()}>{ tr(cat, why.explain()) }</span>
                        }
                    </dd>
                </dl>
            }
            if clock.timezone_hint {
                <p class="hint" data-hint-text="timezone">
                    <strong>{ tr(cat, Msg::ClockTimezoneHintTitle) }</strong>{ " " }
                    { tr(cat, Text::clock_timezone_hint(zone)) }
                </p>
            }
            if matches!(clock.status, CheckStatus::Warn | CheckStatus::Fail) {
                { fix_steps(cat, props.os, clock.timezone_hint) }
            }
            <button type="button" class="secondary" data-action="clock-retry" {onclick}
                disabled={clock.status == CheckStatus::Running}>
                { tr(cat, Msg::ActionCheckAgain) }
            </button>
        </section>
    }
}

/// How to fix the clock (or only the time zone, when that is what is wrong), per system.
fn fix_steps(cat: &Catalog, os: Option<Os>, timezone: bool) -> Html {
    html! {
        <div class="fix-steps">
            { for Os::shown(os).iter().map(|o| {
                let name = Arg::name(o.label());
                let (title, fragment) = if timezone {
                    (Text::clock_fix_timezone_on(name), Fragment::Timezone(*o))
                } else {
                    (Text::clock_fix_time_on(name), Fragment::Time(*o))
                };
                steps_list(cat, Slot::Clock, &plain(cat, title), fragment)
            }) }
        </div>
    }
}
