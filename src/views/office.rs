//! "Does signing in at office.com in this browser work?" (`[data-office-answer]`).

use signin_core::plan::OfficeAnswer;
use yew::prelude::*;

#[derive(Clone, PartialEq)]
pub struct OfficeProps {
    pub answer: OfficeAnswer,
    pub on_answer: Callback<OfficeAnswer>,
}

pub fn office_question(props: &OfficeProps) -> Html {
    let button = |a: OfficeAnswer, label: &'static str| {
        let cb = props.on_answer.clone();
        let onclick = Callback::from(move |_| cb.emit(a));
        html! {
            <button type="button" class={classes!((props.answer != a).then_some("secondary"))}
                data-office-answer={a.as_str()} aria-pressed={(props.answer == a).to_string()} {onclick}>
                { label }
            </button>
        }
    };
    html! {
        <section class="card" aria-labelledby="office-title">
            <h3 id="office-title">{ "One question" }</h3>
            <p>
                { "Open " }
                <a href="https://www.office.com/" target="_blank" rel="noopener noreferrer">{ "office.com" }</a>
                { " in this browser and sign in with your work account. Does it work?" }
            </p>
            <div class="actions" role="group" aria-label="Does signing in at office.com work?">
                { button(OfficeAnswer::Yes, "Yes, it works") }
                { button(OfficeAnswer::No, "No, it fails too") }
                { button(OfficeAnswer::Unknown, "I haven't tried") }
            </div>
            <p class="field-note">
                { "Why we ask: if office.com works, your account works and the problem is most likely on this computer's Teams or Windows sign-in side, where the support article puts the Teams cache first. If it fails too, the network or the account is more likely, and IT should look." }
            </p>
        </section>
    }
}
