//! The helpdesk report (`[data-report]`): copy as text, download as JSON, e-mail.

use std::rc::Rc;

use signin_core::clock::format_iso_utc;
use signin_core::network::Role;
use signin_core::report::{
    Browser, ClockFacts, EndpointFacts, NetworkFacts, Report, Selection, Timings, UserNotes, SCHEMA,
};
use yew::prelude::*;

use crate::effects::files;
use crate::effects::platform::{BrowserHints, TimeZone};
use crate::views::copy::copy_callback;
use crate::views::state::AppState;

/// What the page learnt once at start-up about the browser it runs in.
#[derive(Clone, Debug, PartialEq)]
pub struct PageEnv {
    pub hints: BrowserHints,
    pub zone: TimeZone,
    pub language: String,
    /// The page's address without query (never the link's parameters).
    pub page_url: String,
    /// ISO-8601 UTC time the page was opened: the scripts carry it, so the shown script and
    /// the downloaded one stay identical however long the user waits.
    pub opened_at: String,
}

/// The report for the state as it is now. `now_ms` is the computer's clock (ms since epoch);
/// `plan` the ids of the steps shown.
pub fn build(state: &AppState, env: &PageEnv, plan: &[&'static str], now_ms: f64) -> Report {
    let config = state.config.as_deref();
    let thresholds = config.map(|c| (c.clock.warn_seconds, c.clock.fail_seconds));
    let estimate = state
        .clock
        .estimate()
        .filter(|_| state.clock.error.is_none());
    let whole = |ms: Option<f64>| ms.map(|v| v.max(0.0).round() as u64);
    Report {
        schema: SCHEMA,
        page_version: env!("CARGO_PKG_VERSION").to_string(),
        generated_at: format_iso_utc(now_ms as i64),
        page_url: env.page_url.clone(),
        organization: config.and_then(|c| c.organization.clone()),
        browser: Browser {
            user_agent: env.hints.user_agent.clone(),
            platform_hint: env.hints.ua_platform.clone(),
            language: env.language.clone(),
            time_zone: env.zone.name.clone(),
            utc_offset_minutes: env.zone.utc_offset_min,
        },
        selection: Selection {
            code: state.code.map(|c| c.as_str().to_string()),
            os: state.os.map(|o| o.as_str().to_string()),
            client: state.client.as_str().to_string(),
            office_answer: state.office.as_str().to_string(),
        },
        clock: ClockFacts {
            status: state.clock.status(config).as_str().to_string(),
            offset_ms: estimate.map(|e| e.offset_ms),
            uncertainty_ms: estimate.map(|e| e.uncertainty_ms),
            timezone_hint: state.clock.timezone_hint(),
            // Finished *and* verified below a second; a coarse result says why.
            refined: state
                .clock
                .progress
                .is_some_and(|p| p.refined && p.estimate.coarse.is_none()),
            coarse_reason: estimate.and_then(|e| e.coarse.map(|c| c.as_str().to_string())),
            error: state.clock.error.as_ref().map(|e| e.to_string()),
            warn_seconds: thresholds.map_or(0, |t| t.0),
            fail_seconds: thresholds.map_or(0, |t| t.1),
        },
        network: NetworkFacts {
            status: state.network.status().as_str().to_string(),
            pattern: state.network.pattern().map(|p| p.as_str().to_string()),
            timeout_ms: config.map_or(0, |c| c.network.timeout_ms),
            endpoints: state
                .network
                .endpoints
                .iter()
                .enumerate()
                .map(|(i, e)| {
                    let result = state.network.results.get(i).and_then(|r| r.as_ref());
                    EndpointFacts {
                        id: e.id.clone(),
                        label: e.label.clone(),
                        host: e.host.clone(),
                        role: match e.role {
                            Role::Microsoft => "microsoft",
                            Role::Control => "control",
                        }
                        .to_string(),
                        status: state.network.status_of(i).as_str().to_string(),
                        latency_ms: result.and_then(|r| r.latency_ms),
                        detail: result.map(|r| r.detail.clone()),
                    }
                })
                .collect(),
        },
        plan: plan.iter().map(|s| s.to_string()).collect(),
        tried_steps: state
            .walk
            .tried
            .iter()
            .map(|s| s.as_str().to_string())
            .collect(),
        fixed_by: state.walk.fixed.map(|s| s.as_str().to_string()),
        config_problems: state
            .config_problems
            .iter()
            .map(|p| p.to_string())
            .collect(),
        timings: Timings {
            clock_first_verdict_ms: whole(state.timings.clock_first_ms),
            clock_refined_ms: whole(state.timings.clock_refined_ms),
            network_verdict_ms: whole(state.timings.network_ms),
        },
        // The two optional fields have no inputs on the page yet (see README).
        user: UserNotes::default(),
    }
}

#[derive(Properties, Clone, PartialEq)]
pub struct ReportProps {
    pub json: Rc<String>,
    pub text: Rc<String>,
    pub mailto: Option<String>,
    pub file_name: String,
}

#[component]
pub fn ReportPanel(props: &ReportProps) -> Html {
    let message = use_state(String::new);
    let on_copy = copy_callback(
        props.text.to_string(),
        message.clone(),
        "Report copied: paste it into your message to the helpdesk.".into(),
        "report text",
    );
    let on_download = {
        let json = props.json.clone();
        let name = props.file_name.clone();
        let message = message.clone();
        Callback::from(move |_| {
            message.set(
                match files::download(&name, "application/json", json.as_bytes()) {
                    Ok(()) => format!("Saved {name} in your Downloads folder."),
                    Err(e) => {
                        format!("The download did not start ({e}); use \"Copy report\" instead.")
                    }
                },
            );
        })
    };
    html! {
        <section class="card" aria-labelledby="report-title">
            <h2 id="report-title">{ "4. Report for your IT helpdesk" }</h2>
            <p>{ "If you need help, send this report: it lists what this page measured, so IT does not have to ask. It contains no name, account or password. This page sends nothing by itself." }</p>
            <div class="actions">
                <button type="button" onclick={on_copy}>{ "Copy report" }</button>
                <button type="button" class="secondary" onclick={on_download}>{ "Download report (JSON)" }</button>
                if let Some(href) = &props.mailto {
                    <a class="button secondary" href={href.clone()}>{ "E-mail the helpdesk" }</a>
                }
            </div>
            <p class="status-line" aria-live="polite">{ (*message).clone() }</p>
            <details>
                <summary>{ "Show the report" }</summary>
                <pre class="report-text" tabindex="0" aria-label="Report text">{ props.text.as_str() }</pre>
                <pre class="report-json" tabindex="0" aria-label="Report as JSON" data-report="">{ props.json.as_str() }</pre>
            </details>
        </section>
    }
}
