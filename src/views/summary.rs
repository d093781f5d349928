//! The summary at the top: one verdict and one next step, announced when it changes.

use signin_core::codes::ErrorCode;
use signin_core::status::CheckStatus;
use yew::prelude::*;

use crate::views::status::badge;

#[derive(Clone, PartialEq)]
pub struct SummaryProps {
    pub clock: CheckStatus,
    pub network: CheckStatus,
    /// `(done, total)` probes.
    pub probes: (usize, usize),
    /// The first step of the plan, when the checks are done.
    pub next_step: Option<String>,
    pub code: Option<ErrorCode>,
}

pub fn summary(props: &SummaryProps) -> Html {
    let status = props.clock.overall(props.network);
    let (done, total) = props.probes;
    let headline = match status {
        CheckStatus::Running => format!(
            "Checking… clock {}, connection {done} of {total} addresses.",
            if props.clock == CheckStatus::Running {
                "in progress"
            } else {
                "done"
            }
        ),
        CheckStatus::Ok => "Your clock and your connection to Microsoft look fine.".to_string(),
        CheckStatus::Warn => "The checks found something worth fixing.".to_string(),
        CheckStatus::Unknown => "Some checks could not finish; see below.".to_string(),
        CheckStatus::Fail => {
            "The checks found a problem that can stop Teams signing in.".to_string()
        }
    };
    let code_go_it = props.code.filter(|c| c.go_to_it_first());
    html! {
        <section class={classes!("summary", format!("status-{}", status.as_str()))}
            data-summary="" data-status={status.as_str()} aria-labelledby="summary-title">
            <h2 id="summary-title" class="visually-hidden">{ "Summary" }</h2>
            // Announced once per verdict, not after every probe: while running, the counts
            // are outside the live region.
            <div aria-live="polite" aria-atomic="true">
                if status == CheckStatus::Running {
                    <p class="summary-line" aria-hidden="true">
                        { badge(status.as_str(), status.label()) }
                        { " " }{ headline.clone() }
                    </p>
                } else {
                    <p class="summary-line">
                        { badge(status.as_str(), status.label()) }
                        { " " }{ headline.clone() }
                    </p>
                }
                if let Some(code) = code_go_it {
                    <p class="summary-next"><strong>{ format!("Error {code}: contact IT. ") }</strong>
                        { "Only IT can fix this one; the report (section 4) tells them what they need." }</p>
                } else if let (Some(step), false) = (&props.next_step, status == CheckStatus::Running) {
                    <p class="summary-next"><strong>{ "Your next step: " }</strong>
                        <a href="#plan-title">{ step.clone() }</a></p>
                }
            </div>
        </section>
    }
}
