//! The summary at the top: one verdict and one next step, announced when it changes.

use signin_core::codes::ErrorCode;
use signin_core::status::CheckStatus;
use signin_core::text::{Arg, Catalog, Msg, Text};
use yew::prelude::*;

use crate::views::status::badge;
use crate::views::text::tr;

#[derive(Clone, PartialEq)]
pub struct SummaryProps {
    pub clock: CheckStatus,
    pub network: CheckStatus,
    /// `(done, total)` probes.
    pub probes: (usize, usize),
    /// The first step of the plan, when the checks are done.
    pub next_step: Option<Text>,
    pub code: Option<ErrorCode>,
}

pub fn summary(cat: &Catalog, props: &SummaryProps) -> Html {
    let status = props.clock.overall(props.network);
    let (done, total) = props.probes;
    let headline: Text = match status {
        CheckStatus::Running if props.clock == CheckStatus::Running => {
            Text::summary_running_clock_busy(done, total)
        }
        CheckStatus::Running => Text::summary_running_clock_done(done, total),
        CheckStatus::Ok => Msg::SummaryOk.into(),
        CheckStatus::Warn => Msg::SummaryWarn.into(),
        CheckStatus::Unknown => Msg::SummaryUnknown.into(),
        CheckStatus::Fail => Msg::SummaryFail.into(),
    };
    let code_go_it = props.code.filter(|c| c.go_to_it_first());
    let line = html! {
        <>{ badge(cat, status.as_str(), status.label()) }{ " " }{ tr(cat, headline) }</>
    };
    html! {
        <section class={classes!("summary", format!("status-{}", status.as_str()))}
            data-summary="" data-status={status.as_str()} aria-labelledby="summary-title">
            <h2 id="summary-title" class="visually-hidden">{ tr(cat, Msg::SummaryTitle) }</h2>
            // Announced once per verdict, not after every probe: while running, the counts
            // are outside the live region.
            <div aria-live="polite" aria-atomic="true">
                if status == CheckStatus::Running {
                    <p class="summary-line" aria-hidden="true">{ line }</p>
                } else {
                    <p class="summary-line">{ line }</p>
                }
                if let Some(code) = code_go_it {
                    <p class="summary-next"><strong>{ tr(cat, Text::summary_go_to_it(Arg::code(code.as_str()))) }</strong>
                        { " " }{ tr(cat, Msg::SummaryGoToItWhy) }</p>
                } else if let (Some(step), false) = (&props.next_step, status == CheckStatus::Running) {
                    <p class="summary-next"><strong>{ tr(cat, Msg::SummaryNextStep) }</strong>{ " " }
                        <a href="#plan-title">{ tr(cat, step.clone()) }</a></p>
                }
            </div>
        </section>
    }
}
