//! The root component: owns the state, starts the effects, lays out the page.

use std::rc::Rc;

use futures_util::future::{abortable, AbortHandle};
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::effects::{self, platform};
use crate::views::clock::ClockCheck;
use crate::views::network::NetworkCheck;
use crate::views::notice::Notice;
use crate::views::state::{Action, AppState};

/// Runs `fut` until it finishes or the returned handle is dropped by an effect cleanup,
/// so a superseded check never keeps working (or fetching) in the background.
fn spawn_abortable(fut: impl std::future::Future<Output = ()> + 'static) -> AbortHandle {
    let (fut, handle) = abortable(fut);
    spawn_local(async move {
        let _ = fut.await;
    });
    handle
}

#[component]
pub fn App() -> Html {
    let state = use_reducer(|| AppState::new(platform::origin()));
    let zone = use_memo((), |_| platform::time_zone());

    // Config first: the checks need its thresholds, clock source and endpoints.
    {
        let dispatch = state.dispatcher();
        let origin = state.origin.clone();
        use_effect_with((), move |_| {
            let handle = spawn_abortable(async move {
                let (config, problems) = effects::config::load(&origin).await;
                dispatch.dispatch(Action::ConfigLoaded(Rc::new(config), problems));
            });
            move || handle.abort()
        });
    }

    // The clock check, re-run whenever its run number changes ("Check again").
    {
        let dispatch = state.dispatcher();
        let source = state.config.as_ref().map(|c| c.clock.source.clone());
        let run = state.clock.run;
        use_effect_with((run, source), move |(run, source)| {
            let run = *run;
            let handle = source.clone().map(|source| {
                spawn_abortable(async move {
                    let d = dispatch.clone();
                    let result = effects::clock::measure(&source, move |progress| {
                        d.dispatch(Action::ClockProgress { run, progress })
                    })
                    .await;
                    if let Err(error) = result {
                        dispatch.dispatch(Action::ClockFailed { run, error });
                    }
                })
            });
            move || {
                if let Some(h) = handle {
                    h.abort();
                }
            }
        });
    }

    // The reachability check; a new run drops (and so aborts) the old probes.
    {
        let dispatch = state.dispatcher();
        let endpoints = state.network.endpoints.clone();
        let timeout = state.config.as_ref().map(|c| c.network.timeout_ms);
        let run = state.network.run;
        use_effect_with((run, timeout), move |(run, timeout)| {
            let run = *run;
            let handle = timeout.filter(|_| !endpoints.is_empty()).map(|timeout| {
                spawn_abortable(async move {
                    effects::probe::probe_all(&endpoints, timeout, |index, reach, body| {
                        dispatch.dispatch(Action::EndpointDone {
                            run,
                            index,
                            reach,
                            body,
                        })
                    })
                    .await;
                })
            });
            move || {
                if let Some(h) = handle {
                    h.abort();
                }
            }
        });
    }

    let config = state.config.as_deref();
    let organization = config
        .and_then(|c| c.organization.clone())
        .unwrap_or_else(|| "Your IT helpdesk".to_string());
    let clock_retry = {
        let d = state.dispatcher();
        Callback::from(move |_| d.dispatch(Action::ClockRestart))
    };
    let network_retry = {
        let d = state.dispatcher();
        Callback::from(move |_| d.dispatch(Action::NetworkRestart))
    };

    html! {
        <>
            <header class="page-header">
                <p class="org">{ organization }</p>
                <h1>{ "Teams won't sign in (error CAA20002)? Let's find out why." }</h1>
                <p class="lead">
                    { "This page checks your computer's clock and its connection to Microsoft, then gives you the fix that fits. Nothing is installed and nothing leaves this browser unless you send it." }
                </p>
            </header>
            <main id="main">
                <Notice kind="config" title="The page's settings file has a problem (the page still works with built-in settings)"
                    lines={state.config_problems.iter().map(|p| p.to_string()).collect::<Vec<_>>()}
                    hint="Tell your IT helpdesk; they can correct config.json without rebuilding the page." />
                <section class="checks" aria-labelledby="checks-title">
                    <h2 id="checks-title">{ "1. Checks" }</h2>
                    <ClockCheck
                        status={state.clock.status(config)}
                        progress={state.clock.progress}
                        refining={state.clock.refining()}
                        timezone_hint={state.clock.timezone_hint()}
                        error={state.clock.error.as_ref().map(|e| e.to_string())}
                        zone={(*zone).clone()}
                        on_retry={clock_retry} />
                    <NetworkCheck
                        status={state.network.status()}
                        pattern={state.network.pattern()}
                        endpoints={state.network.endpoints.clone()}
                        results={state.network.results.clone()}
                        on_retry={network_retry} />
                </section>
            </main>
        </>
    }
}
