//! The diagnosis plan (`[data-plan]`): ordered steps, one at a time, "Did this fix it?".

use std::rc::Rc;

use signin_core::plan::{PlanProgress, PlanStep, StepId};
use signin_core::platform::{Client, Os};
use signin_core::prerender::content::Fragment;
use signin_core::teams::PUBLIC_STATUS_URL;
use signin_core::text::{Arg, Catalog, Msg, Text};
use yew::prelude::*;

use crate::effects::content::{self, Slot};
use crate::effects::platform;
use crate::views::text::{attr, later_placeholder, later_ready, plain, tr, tr_with, Texts};

#[derive(Properties, Clone, PartialEq)]
pub struct PlanProps {
    /// The page\'s texts.
    pub texts: Texts,
    pub steps: Rc<Vec<PlanStep>>,
    pub progress: PlanProgress,
    pub os: Option<Os>,
    pub client: Client,
    /// The clock is off by whole quarter hours: the time step fixes the zone, not the time.
    pub timezone_hint: bool,
    /// The helpdesk contact line ("" when the config has none).
    pub helpdesk: String,
    pub on_answer: Callback<bool>,
    pub on_restart: Callback<()>,
}

#[component]
pub fn PlanView(props: &PlanProps) -> Html {
    let cat = props.texts.clone();
    let current = match props.progress {
        PlanProgress::Step(i) => Some(i),
        _ => None,
    };
    // After "Did this fix it?" the clicked button disappears; move focus to what replaced it
    // (the next step's heading, or the result) so keyboard and screen-reader users keep
    // their place. Only after an answer: new evidence re-planning must not steal focus.
    let answered = use_mut_ref(|| false);
    {
        let answered = answered.clone();
        use_effect_with(props.progress, move |progress| {
            if std::mem::take(&mut *answered.borrow_mut()) {
                let target = match progress {
                    PlanProgress::Step(_) => "section.plan li[aria-current=\"step\"] h3",
                    PlanProgress::Fixed(_) | PlanProgress::Helpdesk => {
                        "section.plan [data-plan-result]"
                    }
                };
                platform::focus_first(target);
            }
        });
    }
    let answer = |fixed: bool| {
        let cb = props.on_answer.clone();
        let answered = answered.clone();
        Callback::from(move |_| {
            *answered.borrow_mut() = true;
            cb.emit(fixed)
        })
    };
    let restart = {
        let cb = props.on_restart.clone();
        let answered = answered.clone();
        Callback::from(move |_| {
            // The button disappears too: focus goes to the first step.
            *answered.borrow_mut() = true;
            cb.emit(())
        })
    };
    html! {
        <section class="card plan" aria-labelledby="plan-title">
            <h2 id="plan-title">{ tr(&cat, Msg::PlanTitle) }</h2>
            <div aria-live="polite">
                { match props.progress {
                    PlanProgress::Fixed(i) => html! {
                        <p class="success" data-plan-result="" tabindex="-1">
                            <span aria-hidden="true">{ "✓ " }</span>
                            { tr(&cat, Text::plan_fixed_by(i + 1)) }{ " " }
                            { props.steps.get(i).map_or(html! {}, |s| tr(&cat, s.id.keep_message())) }{ " " }
                            { tr(&cat, Msg::PlanFixedAgain) }
                        </p>
                    },
                    PlanProgress::Helpdesk => html! {
                        <p class="escalate" data-plan-result="" tabindex="-1">
                            { tr(&cat, Msg::PlanNoneFixed) }
                            if !props.helpdesk.is_empty() {
                                { " " }{ tr(&cat, Text::plan_helpdesk_contact(Arg::code(props.helpdesk.clone()))) }
                            }
                        </p>
                    },
                    // Announce the move to the next step (the first one is announced by
                    // the summary at the top).
                    PlanProgress::Step(0) => html! {},
                    PlanProgress::Step(i) => html! {
                        <p class="visually-hidden">
                            { props.steps.get(i).map_or(html! {}, |s| {
                                tr(&cat, Text::plan_step_of(i + 1, props.steps.len(), s.title))
                            }) }
                        </p>
                    },
                } }
            </div>
            <ol data-plan="" class="steps">
                { for props.steps.iter().enumerate().map(|(i, s)| {
                    let is_current = current == Some(i);
                    let done = current.is_none_or(|c| i < c);
                    html! {
                        <li data-step={s.id.as_str()}
                            class={classes!("step", is_current.then_some("current"), (done && !is_current).then_some("done"))}
                            aria-current={is_current.then_some("step")}>
                            <h3 tabindex={is_current.then_some("-1")}>{ tr(&cat, s.title) }</h3>
                            <p class="why">{ tr(&cat, s.why.clone()) }</p>
                            if is_current {
                                { step_body(&cat, s.id, props) }
                                <div class="actions" role="group" aria-label={attr(&cat, Msg::PlanAsk)}>
                                    <span class="ask">{ tr(&cat, Msg::PlanAsk) }</span>
                                    <button type="button" data-answer="yes" onclick={answer(true)}>{ tr(&cat, Msg::PlanYes) }</button>
                                    <button type="button" class="secondary" data-answer="no" onclick={answer(false)}>
                                        { tr(&cat, if i + 1 < props.steps.len() { Msg::PlanNoNext } else { Msg::PlanNoLast }) }
                                    </button>
                                </div>
                            }
                        </li>
                    }
                }) }
            </ol>
            if current.is_none() {
                <button type="button" class="secondary" onclick={restart}>{ tr(&cat, Msg::PlanRestart) }</button>
            }
        </section>
    }
}

/// What to do for one step, for the chosen OS (or Windows and macOS when unknown).
fn step_body(cat: &Catalog, id: StepId, props: &PlanProps) -> Html {
    let oses = Os::shown(props.os);
    let on = |o: Os| plain(cat, Text::plan_on_os(Arg::name(o.label())));
    let per_os = |fragment: fn(Os) -> Fragment| {
        html! { <>{ for oses.iter().map(|o| steps_list(cat, SLOT, &on(*o), fragment(*o))) }</> }
    };
    let helpdesk = &props.helpdesk;
    match id {
        StepId::Time if props.timezone_hint => per_os(Fragment::Timezone),
        StepId::Time => per_os(Fragment::Time),
        StepId::Tls => steps_list(cat, SLOT, &on(Os::Windows), Fragment::Tls),
        StepId::Cache => {
            let client = props.client;
            html! {
                <>
                    // Before clearing anything: the support files IT may ask for.
                    <div data-support-files="">
                        { for oses.iter().map(|o| help_fragment(cat, SLOT, Fragment::SupportFiles(*o))) }
                    </div>
                    <p>{ tr(cat, Msg::PlanCacheUseScript) }{ " " }
                       <a href="#fix">{ tr(cat, Msg::PlanGoToScript) }</a></p>
                    <details class="more">
                        <summary>{ tr(cat, Msg::PlanByHand) }</summary>
                        { for oses.iter().map(|o| steps_list(cat, SLOT, &on(*o), Fragment::Cache(*o, client))) }
                    </details>
                </>
            }
        }
        StepId::Network => html! {
            <>
                { per_os(Fragment::Network) }
                <p><a href="#network-title">{ tr(cat, Msg::PlanGoToNetwork) }</a></p>
            </>
        },
        StepId::Connect => html! {
            <p>{ tr(cat, Msg::PlanConnectHow) }</p>
        },
        StepId::Service => {
            let link = html! {
                <a href={PUBLIC_STATUS_URL} rel="noopener noreferrer">{ tr(cat, Msg::HelpLinkStatus) }</a>
            };
            html! {
                <p>{ tr_with(cat, Text::plan_service_how(Arg::code(PUBLIC_STATUS_URL)), 0, link) }</p>
            }
        }
        StepId::Account => html! {
            <>
                <p>{ tr(cat, if helpdesk.is_empty() {
                        Msg::PlanAccountSend.into()
                    } else {
                        Text::plan_account_send_to(Arg::code(helpdesk.clone()))
                    }) }
                   { " " }<a href="#report-title">{ tr(cat, Msg::PlanGoToReport) }</a></p>
                // The cache did not help: what Microsoft offers next, in its order.
                if props.steps.iter().any(|s| s.id == StepId::Cache) {
                    { after_cache(cat, &oses) }
                }
            </>
        },
    }
}

/// Where the plan's help texts come from (see `effects::content`).
const SLOT: Slot = Slot::Plan;

/// What else to try when clearing the cache did not help (`help::after_cache`), per system.
fn after_cache(cat: &Catalog, oses: &[Os]) -> Html {
    html! {
        <div class="next-steps" data-after-cache="">
            <p class="howto-title">{ tr(cat, Msg::PlanAfterCacheIntro) }</p>
            { for oses.iter().map(|o| html! {
                <div data-after-cache-os={o.as_str()}>
                    if oses.len() > 1 { <p class="howto-title">{ tr(cat, Text::plan_on_os(Arg::name(o.label()))) }</p> }
                    { help_fragment(cat, SLOT, Fragment::AfterCache(*o)) }
                </div>
            }) }
        </div>
    }
}

/// A titled, numbered list of help steps (the list is the page's HTML fragment, see
/// `effects::content`); `slot` names the place that shows it. The fragment is the last child
/// of its `div`, so its position never changes.
pub fn steps_list(cat: &Catalog, slot: Slot, title: &str, fragment: Fragment) -> Html {
    html! {
        <div class="howto">
            if !title.is_empty() { <p class="howto-title">{ title.to_string() }</p> }
            { help_fragment(cat, slot, fragment) }
        </div>
    }
}

/// One help fragment from the page's HTML, or, on a page built without its help texts, a
/// note that says so (instead of an empty space). Keep the number of siblings before it
/// fixed (see `effects::content`).
pub fn help_fragment(cat: &Catalog, slot: Slot, fragment: Fragment) -> Html {
    // Until the texts after the checks arrive, one client's cache steps are shown as the
    // steps for both clients (in the fallback, a superset: correct, only longer).
    let node = content::node(slot, fragment).or_else(|| match fragment {
        Fragment::Cache(os, _) => content::node(slot, Fragment::Cache(os, Client::Both)),
        _ => None,
    });
    match node {
        Some(node) => Html::VRef(node),
        // Fragments that are not in the fallback come with the texts after the checks.
        None if !fragment.in_fallback() && !later_ready(cat) => later_placeholder(cat),
        None => html! {
            <p class="note" data-help-missing={fragment.key()}>{ tr(cat, Msg::PlanHelpMissing) }</p>
        },
    }
}
