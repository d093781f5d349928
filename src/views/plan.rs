//! The diagnosis plan (`[data-plan]`): ordered steps, one at a time, "Did this fix it?".

use std::rc::Rc;

use signin_core::plan::{PlanProgress, PlanStep, StepId};
use signin_core::platform::{Client, Os};
use signin_core::prerender::content::Fragment;
use signin_core::teams::PUBLIC_STATUS_URL;
use yew::prelude::*;

use crate::effects::content::{self, Slot};
use crate::effects::platform;

#[derive(Properties, Clone, PartialEq)]
pub struct PlanProps {
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
            <h2 id="plan-title">{ "2. What to do, in order" }</h2>
            <div aria-live="polite">
                { match props.progress {
                    PlanProgress::Fixed(i) => html! {
                        <p class="success" data-plan-result="" tabindex="-1">
                            <span aria-hidden="true">{ "✓ " }</span>
                            { format!("Step {} fixed it. ", i + 1) }
                            // The messages start with "Fixed." for other uses; here the
                            // sentence before says so already.
                            { props.steps.get(i).map_or("", |s| {
                                let m = s.id.fixed_message();
                                m.strip_prefix("Fixed. ").unwrap_or(m)
                            }) }
                            { " If the error comes back, open this page again." }
                        </p>
                    },
                    PlanProgress::Helpdesk => html! {
                        <p class="escalate" data-plan-result="" tabindex="-1">
                            { "None of the steps fixed it. That is useful to know: please contact your IT helpdesk and send them the report below (it lists what was checked)." }
                            if !props.helpdesk.is_empty() { { format!(" Helpdesk: {}.", props.helpdesk) } }
                        </p>
                    },
                    // Announce the move to the next step (the first one is announced by
                    // the summary at the top).
                    PlanProgress::Step(0) => html! {},
                    PlanProgress::Step(i) => html! {
                        <p class="visually-hidden">
                            { format!("Step {} of {}: {}", i + 1, props.steps.len(), props.steps.get(i).map_or("", |s| s.title.as_str())) }
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
                            <h3 tabindex={is_current.then_some("-1")}>{ &s.title }</h3>
                            <p class="why">{ &s.why }</p>
                            if is_current {
                                { step_body(s.id, props) }
                                <div class="actions" role="group" aria-label="Did this fix it?">
                                    <span class="ask">{ "Did this fix it?" }</span>
                                    <button type="button" data-answer="yes" onclick={answer(true)}>{ "Yes, Teams signs in" }</button>
                                    <button type="button" class="secondary" data-answer="no" onclick={answer(false)}>
                                        { if i + 1 < props.steps.len() { "No, next step" } else { "No, still failing" } }
                                    </button>
                                </div>
                            }
                        </li>
                    }
                }) }
            </ol>
            if current.is_none() {
                <button type="button" class="secondary" onclick={restart}>{ "Start the steps again" }</button>
            }
        </section>
    }
}

/// What to do for one step, for the chosen OS (or Windows and macOS when unknown).
fn step_body(id: StepId, props: &PlanProps) -> Html {
    let oses = Os::shown(props.os);
    let per_os = |fragment: fn(Os) -> Fragment| {
        html! { <>{ for oses.iter().map(|o| steps_list(SLOT, &format!("On {}", o.label()), fragment(*o))) }</> }
    };
    let helpdesk = &props.helpdesk;
    match id {
        StepId::Time if props.timezone_hint => per_os(Fragment::Timezone),
        StepId::Time => per_os(Fragment::Time),
        StepId::Tls => steps_list(SLOT, "On Windows", Fragment::Tls),
        StepId::Cache => {
            let client = props.client;
            html! {
                <>
                    // Before clearing anything: the support files IT may ask for.
                    <div data-support-files="">
                        { for oses.iter().map(|o| help_fragment(SLOT, Fragment::SupportFiles(*o))) }
                    </div>
                    <p>{ "Use the fix script below: it closes Teams, moves the cache to a backup folder (so nothing is lost), keeps your custom backgrounds and restarts Teams. " }
                       <a href="#fix">{ "Go to the fix script" }</a></p>
                    <details class="more">
                        <summary>{ "Or do it by hand" }</summary>
                        { for oses.iter().map(|o| steps_list(SLOT, &format!("On {}", o.label()), Fragment::Cache(*o, client))) }
                    </details>
                </>
            }
        }
        StepId::Network => html! {
            <>
                { per_os(Fragment::Network) }
                <p><a href="#network-title">{ "Go to the connection check" }</a></p>
            </>
        },
        StepId::Connect => html! {
            <p>{ "Connect to Wi-Fi or a network cable, check that other websites open, then press \"Check again\" on the connection check above." }</p>
        },
        StepId::Service => html! {
            <p>{ "Open Microsoft 365's public status page and look for a current problem with sign-in or Teams: " }
               <a href={PUBLIC_STATUS_URL} rel="noopener noreferrer">{ "Microsoft 365 status" }</a>
               { ". Wait a few minutes, then sign in to Teams again." }</p>
        },
        StepId::Account => html! {
            <>
                <p>{ "IT can look further than this page can. Send your IT helpdesk the report below" }
                   { if helpdesk.is_empty() { ".".to_string() } else { format!(" ({helpdesk}).") } }
                   { " " }<a href="#report-title">{ "Go to the report" }</a></p>
                // The cache did not help: what Microsoft offers next, in its order.
                if props.steps.iter().any(|s| s.id == StepId::Cache) {
                    { after_cache(&oses) }
                }
            </>
        },
    }
}

/// Where the plan's help texts come from (see `effects::content`).
const SLOT: Slot = Slot::Plan;

/// What else to try when clearing the cache did not help (`help::after_cache`), per system.
fn after_cache(oses: &[Os]) -> Html {
    html! {
        <div class="next-steps" data-after-cache="">
            <p class="howto-title">{ "Before you contact IT, or while you wait, in this order:" }</p>
            { for oses.iter().map(|o| html! {
                <div data-after-cache-os={o.as_str()}>
                    if oses.len() > 1 { <p class="howto-title">{ format!("On {}", o.label()) }</p> }
                    { help_fragment(SLOT, Fragment::AfterCache(*o)) }
                </div>
            }) }
        </div>
    }
}

/// A titled, numbered list of help steps (the list is the page's HTML fragment, see
/// `effects::content`); `slot` names the place that shows it. The fragment is the last child
/// of its `div`, so its position never changes.
pub fn steps_list(slot: Slot, title: &str, fragment: Fragment) -> Html {
    html! {
        <div class="howto">
            if !title.is_empty() { <p class="howto-title">{ title }</p> }
            { help_fragment(slot, fragment) }
        </div>
    }
}

/// One help fragment from the page's HTML, or, on a page built without its help texts, a
/// note that says so (instead of an empty space). Keep the number of siblings before it
/// fixed (see `effects::content`).
pub fn help_fragment(slot: Slot, fragment: Fragment) -> Html {
    match content::node(slot, fragment) {
        Some(node) => Html::VRef(node),
        None => html! {
            <p class="note" data-help-missing={fragment.key()}>
                { "These steps could not be shown: this copy of the page was built without its help texts. Please tell your IT helpdesk." }
            </p>
        },
    }
}
