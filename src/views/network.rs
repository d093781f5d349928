//! The reachability card (`[data-check="network"]`) with one row per endpoint.

use signin_core::network::{
    advice, label_text, Endpoint, EndpointResult, EndpointStatus, ENDPOINTS_DOC_URL, PATH_CAVEAT,
    TLS_CAVEAT,
};
use signin_core::page::NetworkView;
use signin_core::status::NetworkPattern;
use signin_core::text::{Catalog, Msg, Text};
use yew::prelude::*;

use crate::views::status::badge;
use crate::views::text::{attr, tr};

#[derive(Clone, PartialEq)]
pub struct NetworkProps {
    /// Status, pattern and per-endpoint results, as `signin_core::page::view` derived them.
    pub network: NetworkView,
    pub on_retry: Callback<()>,
}

pub fn network_check(cat: &Catalog, props: &NetworkProps) -> Html {
    let network = &props.network;
    let done = network.done();
    let total = network.endpoints.len();
    let onclick = {
        let cb = props.on_retry.clone();
        Callback::from(move |_| cb.emit(()))
    };
    let summary = match network.pattern {
        None => html! {
            <p class="headline" aria-live="polite">{ tr(cat, Text::network_testing(done, total)) }</p>
        },
        Some(p) => {
            let a = advice(p);
            html! {
                <>
                    <p class="headline" aria-live="polite">{ tr(cat, a.headline) }</p>
                    <ul class="advice">
                        { for a.steps.into_iter().map(|s| html! { <li>{ tr(cat, s) }</li> }) }
                    </ul>
                    if matches!(p, NetworkPattern::Partial | NetworkPattern::MicrosoftBlocked | NetworkPattern::Intercepted) {
                        <p>
                            { tr(cat, Msg::NetworkForIt) }{ " " }
                            <a href={ENDPOINTS_DOC_URL} target="_blank" rel="noopener noreferrer">
                                { tr(cat, Msg::NetworkEndpointsLink) }
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
                { badge(cat, network.status.as_str(), network.status.label()) }
                { " " }{ tr(cat, Msg::NetworkTitle) }
            </h3>
            if network.pattern.is_none() && total > 0 {
                <progress max={total.to_string()} value={done.to_string()}
                    aria-label={attr(cat, Msg::NetworkProgressLabel)}></progress>
            }
            { summary }
            <table class="endpoints">
                <caption class="visually-hidden">{ tr(cat, Msg::NetworkTableCaption) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ tr(cat, Msg::NetworkColumnService) }</th>
                        <th scope="col">{ tr(cat, Msg::NetworkColumnStatus) }</th>
                        <th scope="col">{ tr(cat, Msg::NetworkColumnTime) }</th>
                    </tr>
                </thead>
                <tbody>
                    { for network.endpoints.iter().zip(network.results.iter()).map(|(e, r)| row(cat, e, r.as_ref())) }
                </tbody>
            </table>
            <p class="caveat">{ tr(cat, PATH_CAVEAT) }</p>
            <p class="caveat" data-caveat="tls">{ tr(cat, TLS_CAVEAT) }</p>
            <button type="button" class="secondary" data-action="network-retry" {onclick}>
                { tr(cat, Msg::ActionCheckAgain) }
            </button>
        </section>
    }
}

fn row(cat: &Catalog, e: &Endpoint, r: Option<&EndpointResult>) -> Html {
    let status = r.map_or(EndpointStatus::Running, |r| r.status);
    let latency = r.and_then(|r| r.latency_ms);
    html! {
        <tr data-endpoint={e.id.clone()} data-status={status.as_str()}
            data-latency-ms={latency.map(|l| l.to_string())}>
            <th scope="row">
                <span class="ep-label">{ tr(cat, label_text(e)) }</span>
                <span class="ep-host" dir="ltr" translate="no">{ &e.host }</span>
                if let Some(r) = r {
                    <span class="ep-detail">{ tr(cat, r.detail.clone()) }</span>
                }
            </th>
            <td>{ badge(cat, status.as_str(), status.label()) }</td>
            <td class="num">{ latency.map_or_else(|| html! { "—" }, |l| tr(cat, Text::network_latency(l))) }</td>
        </tr>
    }
}
