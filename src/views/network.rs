//! The reachability card (`[data-check="network"]`) with one row per endpoint.

use signin_core::network::{
    advice, Endpoint, EndpointResult, EndpointStatus, ENDPOINTS_DOC_URL, PATH_CAVEAT, TLS_CAVEAT,
};
use signin_core::page::NetworkView;
use signin_core::status::NetworkPattern;
use yew::prelude::*;

use crate::views::status::badge;

#[derive(Clone, PartialEq)]
pub struct NetworkProps {
    /// Status, pattern and per-endpoint results, as `signin_core::page::view` derived them.
    pub network: NetworkView,
    pub on_retry: Callback<()>,
}

pub fn network_check(props: &NetworkProps) -> Html {
    let network = &props.network;
    let done = network.done();
    let total = network.endpoints.len();
    let onclick = {
        let cb = props.on_retry.clone();
        Callback::from(move |_| cb.emit(()))
    };
    let summary = match network.pattern {
        None => html! {
            <p class="headline" aria-live="polite">
                { format!("Testing the connection to Microsoft… ({done} of {total} answered)") }
            </p>
        },
        Some(p) => {
            let a = advice(p);
            html! {
                <>
                    <p class="headline" aria-live="polite">{ a.headline }</p>
                    <ul class="advice">
                        { for a.steps.iter().map(|s| html! { <li>{ *s }</li> }) }
                    </ul>
                    if matches!(p, NetworkPattern::Partial | NetworkPattern::MicrosoftBlocked | NetworkPattern::Intercepted) {
                        <p>
                            { "For IT: " }
                            <a href={ENDPOINTS_DOC_URL} target="_blank" rel="noopener noreferrer">
                                { "Microsoft 365 URLs and IP address ranges" }
                            </a>
                        </p>
                    }
                </>
            }
        }
    };
    html! {
        <section class={classes!("check", format!("status-{}", network.status.as_str()))}
            data-check="network"
            data-status={network.status.as_str()}
            data-pattern={network.pattern.map(|p| p.as_str())}
            aria-labelledby="network-title"
            aria-busy={network.pattern.is_none().to_string()}>
            <h3 id="network-title">
                { badge(network.status.as_str(), network.status.label()) }
                { " Connection to Microsoft sign-in" }
            </h3>
            if network.pattern.is_none() && total > 0 {
                <progress max={total.to_string()} value={done.to_string()} aria-label="Endpoints checked"></progress>
            }
            { summary }
            <table class="endpoints">
                <caption class="visually-hidden">{ "Result per address" }</caption>
                <thead>
                    <tr><th scope="col">{ "Service" }</th><th scope="col">{ "Status" }</th><th scope="col">{ "Time" }</th></tr>
                </thead>
                <tbody>
                    { for network.endpoints.iter().zip(network.results.iter()).map(|(e, r)| row(e, r.as_ref())) }
                </tbody>
            </table>
            <p class="caveat">{ PATH_CAVEAT }</p>
            <p class="caveat" data-caveat="tls">{ TLS_CAVEAT }</p>
            <button type="button" class="secondary" data-action="network-retry" {onclick}>
                { "Check again" }
            </button>
        </section>
    }
}

fn row(e: &Endpoint, r: Option<&EndpointResult>) -> Html {
    let status = r.map_or(EndpointStatus::Running, |r| r.status);
    let latency = r.and_then(|r| r.latency_ms);
    html! {
        <tr data-endpoint={e.id.clone()} data-status={status.as_str()}
            data-latency-ms={latency.map(|l| l.to_string())}>
            <th scope="row">
                <span class="ep-label">{ &e.label }</span>
                <span class="ep-host">{ &e.host }</span>
                if let Some(r) = r {
                    <span class="ep-detail">{ &r.detail }</span>
                }
            </th>
            <td>{ badge(status.as_str(), status.label()) }</td>
            <td class="num">{ latency.map_or_else(|| "—".to_string(), |l| format!("{l} ms")) }</td>
        </tr>
    }
}
