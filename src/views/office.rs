//! "Does signing in at office.com in this browser work?" (`[data-office-answer]`).

use signin_core::plan::OfficeAnswer;
use signin_core::text::{Arg, Catalog, Msg, Text};
use yew::prelude::*;

use crate::views::text::{plain, tr, tr_with};

/// The address the question sends the user to.
const OFFICE: &str = "office.com";

#[derive(Clone, PartialEq)]
pub struct OfficeProps {
    pub answer: OfficeAnswer,
    pub on_answer: Callback<OfficeAnswer>,
}

pub fn office_question(cat: &Catalog, props: &OfficeProps) -> Html {
    let button = |a: OfficeAnswer, label: Msg| {
        let cb = props.on_answer.clone();
        let onclick = Callback::from(move |_| cb.emit(a));
        html! {
            <button type="button" class={classes!((props.answer != a).then_some("secondary"))}
                data-office-answer={a.as_str()} aria-pressed={(props.answer == a).to_string()} {onclick}>
                { tr(cat, label) }
            </button>
        }
    };
    let link = html! {
        <a href="https://www.office.com/" target="_blank" rel="noopener noreferrer" dir="ltr" translate="no">{ OFFICE }</a>
    };
    html! {
        <section class="card" aria-labelledby="office-title">
            <h3 id="office-title">{ tr(cat, Msg::OfficeTitle) }</h3>
            <p>{ tr_with(cat, Text::office_ask(Arg::code(OFFICE)), 0, link) }</p>
            <div class="actions" role="group" aria-label={plain(cat, Text::office_group_label(Arg::code(OFFICE)))}>
                { button(OfficeAnswer::Yes, Msg::OfficeYes) }
                { button(OfficeAnswer::No, Msg::OfficeNo) }
                { button(OfficeAnswer::Unknown, Msg::OfficeUnknown) }
            </div>
            <p class="field-note">{ tr(cat, Text::office_why(Arg::code(OFFICE))) }</p>
        </section>
    }
}
