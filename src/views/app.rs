//! The root component: starts the effects, which report `signin_core::page::Action`s, and
//! renders the `PageView` that `signin_core::page::view` derives from the state. It
//! decides nothing itself.

use std::rc::Rc;

use futures_util::future::{abortable, AbortHandle};
use yew::platform::spawn_local;
use yew::prelude::*;

use signin_core::page::{self, Action, Env, Model};
use signin_core::params;
use signin_core::platform::{self as core_platform, Os};
use signin_core::prerender::content::Fragment;
use signin_core::script;

use crate::effects::content::Slot;
use crate::effects::script_gen::{self, ScriptGenerator};
use crate::effects::{self, platform, EffectError};
use crate::views::choice::{app_choice, ChoiceProps};
use crate::views::clock::{clock_check, ClockProps};
use crate::views::for_it::ForIt;
use crate::views::guidance::{article_view, ArticleProps, CodeGuidance};
use crate::views::network::{network_check, NetworkProps};
use crate::views::notice::{notice, NoticeProps};
use crate::views::office::{office_question, OfficeProps};
use crate::views::plan::{steps_list, PlanView};
use crate::views::report::ReportPanel;
use crate::views::script::ScriptPanel;
use crate::views::state::PageState;
use crate::views::summary::{summary, SummaryProps};

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
    // Read once: the link, the browser's hints, the time zone.
    let env = use_memo((), |_| Env {
        hints: platform::browser_hints(),
        zone: platform::time_zone(),
        language: platform::language(),
        page_url: platform::page_url(),
    });
    let state = use_reducer({
        let env = env.clone();
        move || {
            let hints = &env.hints;
            let detected = core_platform::detect(
                hints.ua_platform.as_deref(),
                hints.ua_mobile,
                &hints.user_agent,
            );
            PageState(Model::new(
                platform::origin(),
                params::parse_query(&platform::query()),
                detected,
            ))
        }
    });

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

    // The clock check, re-run whenever its run number changes ("Check again"). It starts
    // at once with the default source (the page's own server, where nearly every config
    // leaves it), and starts again only if config.json names another one.
    {
        let dispatch = state.dispatcher();
        let source = state.clock_source();
        let run = state.clock.run;
        use_effect_with((run, source), move |(run, source)| {
            let (run, source) = (*run, source.clone());
            let handle = spawn_abortable(async move {
                let d = dispatch.clone();
                let result = effects::clock::measure(&source, move |progress| {
                    d.dispatch(Action::ClockMeasured {
                        run,
                        progress,
                        at_ms: effects::mono_now_ms(),
                    })
                })
                .await;
                if let Err(error) = result {
                    dispatch.dispatch(Action::ClockFailed {
                        run,
                        reason: error.to_string(),
                    });
                }
            });
            move || handle.abort()
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
                            at_ms: effects::mono_now_ms(),
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

    // Everything shown is derived once, here, from the state (and the clock for the report).
    let page = page::view(&state, &env, effects::wall_now_ms());
    let dispatch = |make: fn(()) -> Action| {
        let d = state.dispatcher();
        Callback::from(move |_: ()| d.dispatch(make(())))
    };
    let clock_retry = dispatch(|_| Action::ClockRestart);
    let network_retry = dispatch(|_| Action::NetworkRestart);
    let plan_restart = dispatch(|_| Action::PlanRestart);
    let on_error_time = {
        let d = state.dispatcher();
        Callback::from(move |text| d.dispatch(Action::SetErrorTime(text)))
    };
    let on_correlation_id = {
        let d = state.dispatcher();
        Callback::from(move |text| d.dispatch(Action::SetCorrelationId(text)))
    };
    let on_plan_answer = {
        let d = state.dispatcher();
        let ids = page.plan_ids.clone();
        Callback::from(move |fixed| {
            d.dispatch(Action::PlanAnswer {
                ids: ids.clone(),
                fixed,
            })
        })
    };

    // The fix script comes from the generator's own wasm module (effects::script_gen),
    // loaded when `page::view` says so (`load_script_module`).
    let generator = use_state(|| None::<Result<ScriptGenerator, EffectError>>);
    // Bumped by "Try again" after a failed load: a new attempt (the module's loader forgets a
    // failed import, so the next call fetches anew).
    let script_attempt = use_state(|| 0u32);
    {
        let wanted = page.load_script_module;
        let generator = generator.clone();
        use_effect_with((wanted, *script_attempt), move |(wanted, _)| {
            let handle = (*wanted && generator.is_none()).then(|| {
                spawn_abortable(async move {
                    generator.set(Some(script_gen::load().await));
                })
            });
            move || {
                if let Some(h) = handle {
                    h.abort();
                }
            }
        });
    }
    // Then generation is synchronous and pure, redone only when its inputs change.
    let script = use_memo(
        (page.script.clone(), (*generator).clone()),
        |(request, generator)| match (request, generator) {
            (Some(r), Some(Ok(g))) => Some(effects::measured(
                &format!("script-gen-{}", r.os.as_str()),
                || g.generate(r),
            )),
            (Some(_), Some(Err(e))) => Some(Err(e.clone())),
            _ => None,
        },
    );

    let time_steps = {
        let oses = Os::shown(state.os);
        let hint = page.clock.timezone_hint;
        html! {
            <div class="fix-steps">
                { for oses.iter().map(|o| {
                    let (title, fragment) = if hint {
                        (format!("Fix the time zone on {}", o.label()), Fragment::Timezone(*o))
                    } else {
                        (format!("Fix the date and time on {}", o.label()), Fragment::Time(*o))
                    };
                    steps_list(Slot::Clock, &title, fragment)
                }) }
            </div>
        }
    };

    html! {
        <>
            <header class="page-header">
                <p class="org">{ page.organization.clone().unwrap_or_else(|| signin_core::prerender::DEFAULT_ORG_LINE.to_string()) }</p>
                // The same words as the pre-rendered fallback's h1, so the takeover does not move it.
                <h1>{ signin_core::prerender::heading(state.code.unwrap_or(signin_core::codes::ErrorCode::Caa20002)) }</h1>
                <p class="lead">
                    { "This page checks your computer's clock and its connection to Microsoft, then gives you the fix that fits. Nothing is installed and nothing leaves this browser unless you send it." }
                </p>
            </header>
            <main id="main">
                { notice(&NoticeProps {
                    kind: "config",
                    title: "The page's settings file has a problem (the page still works with built-in settings)".into(),
                    lines: page.config_notices.clone(),
                    hint: Some("Tell your IT helpdesk; they can correct config.json without rebuilding the page.".into()),
                }) }
                { notice(&NoticeProps {
                    kind: "param",
                    title: "Part of the link you opened was ignored".into(),
                    lines: page.link_notices.clone(),
                    hint: Some("The page works normally; choose your system and Teams version below if they are not right.".into()),
                }) }
                { summary(&SummaryProps {
                    clock: page.clock.status,
                    network: page.network.status,
                    probes: (page.network.done(), page.network.endpoints.len()),
                    next_step: page.next_step.clone(),
                    code: state.code,
                }) }
                <CodeGuidance code={state.code} on_code={{
                    let d = state.dispatcher();
                    Callback::from(move |c| d.dispatch(Action::SetCode(c)))
                }} />
                <section class="checks" aria-labelledby="checks-title">
                    <h2 id="checks-title">{ "1. Checks" }</h2>
                    { clock_check(&ClockProps {
                        clock: page.clock.clone(),
                        zone: env.zone.clone(),
                        on_retry: clock_retry,
                        children: time_steps,
                    }) }
                    { network_check(&NetworkProps {
                        network: page.network.clone(),
                        on_retry: network_retry,
                    }) }
                    { office_question(&OfficeProps {
                        answer: state.office,
                        on_answer: {
                            let d = state.dispatcher();
                            Callback::from(move |a| d.dispatch(Action::SetOffice(a)))
                        },
                    }) }
                    { app_choice(&ChoiceProps {
                        os: state.os,
                        client: state.client,
                        mobile: state.detected.mobile,
                        detected: state.os_detected,
                        on_os: {
                            let d = state.dispatcher();
                            Callback::from(move |os| d.dispatch(Action::SetOs(os)))
                        },
                        on_client: {
                            let d = state.dispatcher();
                            Callback::from(move |c| d.dispatch(Action::SetClient(c)))
                        },
                    }) }
                </section>
                <PlanView steps={page.plan.clone()} progress={page.plan_progress} os={state.os} client={state.client}
                    timezone_hint={page.clock.timezone_hint}
                    helpdesk={page.helpdesk.clone()} on_answer={on_plan_answer} on_restart={plan_restart} />
                { match (state.os, (*script).clone()) {
                    (Some(os), Some(Ok((generated, description)))) => html! {
                        <ScriptPanel {os} steps={state.steps}
                            on_steps={{
                                let d = state.dispatcher();
                                Callback::from(move |s| d.dispatch(Action::SetSteps(s)))
                            }}
                            script={generated} run_command={script::run_command(os)} {description} />
                    },
                    (Some(os), pending) => {
                        let retry = {
                            let generator = generator.clone();
                            let attempt = script_attempt.clone();
                            Callback::from(move |_: MouseEvent| {
                                generator.set(None);
                                attempt.set(*attempt + 1);
                            })
                        };
                        html! {
                        <section class="card" id="fix" aria-labelledby="fix-title"
                            data-script-status={if pending.is_some() { "failed" } else { "loading" }}>
                            <h2 id="fix-title">{ format!("3. The fix script for {}", os.label()) }</h2>
                            <p aria-live="polite">{ match &pending {
                                Some(Err(e)) => format!("The script could not be prepared here ({e}). Try again, or download the ready-made script below; the steps in the plan work without it."),
                                _ => "Preparing the script… it appears here once the checks above have their results.".to_string(),
                            } }</p>
                            if pending.is_some() {
                                <div class="actions">
                                    <button type="button" data-action="script-retry" onclick={retry}>{ "Try again" }</button>
                                    // The build's static copy: the same generator with the build's
                                    // config.json, both Teams clients and the default options.
                                    <a class="button secondary" data-default-script={os.as_str()}
                                        href={script::file_name(os)} download={script::file_name(os)}>
                                        { format!("Download the ready-made script ({}, default options)", script::file_name(os)) }
                                    </a>
                                </div>
                                <p class="field-note">{ "The ready-made script clears the cache of both Teams versions with the default steps. Run it with:" }</p>
                                <pre class="run-command"><code>{ script::run_command(os) }</code></pre>
                            }
                        </section>
                        }
                    },
                    _ => html! {
                        <section class="card" id="fix" aria-labelledby="fix-title">
                            <h2 id="fix-title">{ "3. The fix script" }</h2>
                            <p>{ "Choose your operating system under \"Your computer\" above to get the script that clears the Teams cache safely." }</p>
                        </section>
                    },
                } }
                <ReportPanel json={page.report_json.clone()} text={page.report_text.clone()}
                    mailto={page.mailto.clone()} file_name={page.report_file_name.clone()}
                    refused={page.notes_refused} on_error_time={on_error_time} on_correlation_id={on_correlation_id} />
                { article_view(&ArticleProps { os: state.os, client: state.client }) }
                <ForIt page_url={env.page_url.clone()} config={state.config.clone()} steps={state.steps}
                    on_steps={{
                        let d = state.dispatcher();
                        Callback::from(move |s| d.dispatch(Action::SetSteps(s)))
                    }} />
            </main>
            <footer class="page-footer">
                if !page.helpdesk.is_empty() {
                    <p>{ format!("Help: {}", page.helpdesk) }</p>
                }
                <p>{ format!("Teams sign-in self-check {}. This page sends nothing anywhere: the checks only ask Microsoft's servers whether they answer, and the report stays in your browser until you send it.", env!("CARGO_PKG_VERSION")) }</p>
            </footer>
        </>
    }
}
