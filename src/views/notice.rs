//! Notices: the one place problems are shown (config, link parameters, effect failures).

use yew::prelude::*;

/// One notice: a kind token for `data-notice`, a title and the lines to show.
#[derive(Clone, PartialEq)]
pub struct NoticeProps {
    pub kind: &'static str,
    pub title: AttrValue,
    pub lines: Vec<String>,
    pub hint: Option<AttrValue>,
}

pub fn notice(props: &NoticeProps) -> Html {
    if props.lines.is_empty() {
        return html! {};
    }
    html! {
        <div class="notice" role="status" data-notice={props.kind}>
            <p class="notice-title"><span aria-hidden="true">{ "⚠ " }</span>{ props.title.clone() }</p>
            <ul>
                { for props.lines.iter().map(|l| html! { <li>{ l }</li> }) }
            </ul>
            if let Some(hint) = &props.hint {
                <p class="notice-hint">{ hint.clone() }</p>
            }
        </div>
    }
}
