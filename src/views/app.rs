//! The root component: the page's layout. It holds the state, starts the effects
//! (`hooks`), and renders the `PageView` that `signin_core::page::view` derives from the state,
//! in the language of the page's texts. It decides nothing itself.

use signin_core::page::{self, Action, Env, Model};
use signin_core::params;
use signin_core::platform as core_platform;
use signin_core::prerender::content::Fragment;
use signin_core::prerender::DEFAULT_ORG_LINE;
use signin_core::text::{Catalog, Msg, Text};
use yew::prelude::*;

use crate::effects::content::Slot;
use crate::effects::l10n::PageTexts;
use crate::effects::{self, platform};
use crate::views::choice::{app_choice, ChoiceProps};
use crate::views::clock::{clock_check, ClockProps};
use crate::views::fix::FixPanel;
use crate::views::guidance::{article_view, CodeGuidance};
use crate::views::hooks::{use_checks, use_for_it_panel, use_page_texts};
use crate::views::network::{network_check, NetworkProps};
use crate::views::notice::{config_notice, link_notice};
use crate::views::office::{office_question, OfficeProps};
use crate::views::plan::{help_fragment, PlanView};
use crate::views::report::ReportPanel;
use crate::views::state::PageState;
use crate::views::summary::{summary, SummaryProps};
use crate::views::text::{tr, Texts};

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The texts this page was built with (`effects::l10n::adopt`).
    pub texts: PageTexts,
}

/// A callback that dispatches the action `make` builds from the value: every control of the
/// page reports this way.
fn send<T: 'static>(state: &UseReducerHandle<PageState>, make: fn(T) -> Action) -> Callback<T> {
    let d = state.dispatcher();
    Callback::from(move |v| d.dispatch(make(v)))
}

#[component]
pub fn App(props: &AppProps) -> Html {
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
            let h = &env.hints;
            let detected =
                core_platform::detect(h.ua_platform.as_deref(), h.ua_mobile, &h.user_agent);
            PageState(Model::new(
                platform::origin(),
                params::parse_query(&platform::query()),
                detected,
            ))
        }
    });
    use_checks(&state);
    // Everything shown is derived once, here, from the state (and the clock for the report).
    let (texts, later) = use_page_texts(props.texts.clone(), state.wants_later_texts());
    let page = page::view(&state, &env, effects::wall_now_ms(), &texts.report);
    let cat: &Catalog = &texts.page;
    let t = Texts(texts.page.clone());
    use_for_it_panel(&state, texts.page.lang(), later);

    html! {
        <>
            <header class="page-header">
                <p class="org">{ match &page.organization {
                    Some(org) => html! { <bdi>{ org.clone() }</bdi> },
                    None => tr(cat, DEFAULT_ORG_LINE),
                } }</p>
                // The same words as the pre-rendered fallback's h1, so the takeover does not move it.
                <h1>{ tr(cat, signin_core::prerender::heading(page.heading_code)) }</h1>
                <p class="lead">{ tr(cat, Msg::PageLead) }</p>
            </header>
            <main id="main">
                { config_notice(cat, &page.config_notices) }
                { link_notice(cat, &page.link_notices) }
                { summary(cat, &SummaryProps {
                    clock: page.clock.status,
                    network: page.network.status,
                    probes: (page.network.done(), page.network.endpoints.len()),
                    next_step: page.next_step.clone(),
                    code: page.code,
                }) }
                <CodeGuidance texts={t.clone()} code={page.code} later={later} on_code={send(&state, Action::SetCode)} />
                <section class="checks" aria-labelledby="checks-title">
                    <h2 id="checks-title">{ tr(cat, Msg::ChecksTitle) }</h2>
                    { clock_check(cat, &ClockProps {
                        clock: page.clock.clone(),
                        zone: env.zone.clone(),
                        os: page.os,
                        on_retry: send(&state, |_: ()| Action::ClockRestart),
                    }) }
                    { network_check(cat, &NetworkProps {
                        network: page.network.clone(),
                        on_retry: send(&state, |_: ()| Action::NetworkRestart),
                    }) }
                    { office_question(cat, &OfficeProps {
                        answer: page.office,
                        on_answer: send(&state, Action::SetOffice),
                    }) }
                    { app_choice(cat, &ChoiceProps {
                        os: page.os,
                        client: page.client,
                        mobile: page.mobile,
                        detected: page.os_detected,
                        on_os: send(&state, Action::SetOs),
                        on_client: send(&state, Action::SetClient),
                    }) }
                </section>
                <PlanView texts={t.clone()} steps={page.plan.clone()} progress={page.plan_progress} os={page.os} client={page.client}
                    timezone_hint={page.clock.timezone_hint} helpdesk={page.helpdesk.clone()}
                    on_answer={{
                        let ids = page.plan_ids.clone();
                        let d = state.dispatcher();
                        Callback::from(move |fixed| d.dispatch(Action::PlanAnswer { ids: ids.clone(), fixed }))
                    }}
                    on_restart={send(&state, |_: ()| Action::PlanRestart)} />
                <FixPanel texts={t.clone()} os={page.os} request={page.script.clone()} load={page.load_script_module}
                    later={later} steps={page.steps} on_steps={send(&state, Action::SetSteps)} />
                <ReportPanel texts={t} json={page.report_json.clone()} text={page.report_text.clone()}
                    mailto={page.mailto.clone()} file_name={page.report_file_name.clone()}
                    refused={page.notes_refused} on_error_time={send(&state, Action::SetErrorTime)}
                    on_correlation_id={send(&state, Action::SetCorrelationId)} />
                { article_view(cat, page.os, page.client) }
                { help_fragment(cat, Slot::ForIt, Fragment::ForIt) }
            </main>
            <footer class="page-footer">
                if !page.helpdesk.is_empty() {
                    <p>{ tr(cat, Text::footer_help(signin_core::text::Arg::code(page.helpdesk.clone()))) }</p>
                }
                <p>{ tr(cat, Text::footer_about(signin_core::text::Arg::code(env!("CARGO_PKG_VERSION")))) }</p>
            </footer>
        </>
    }
}
