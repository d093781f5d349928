//! Notices: the one place problems are shown (the config file, the link's parameters).

use signin_core::config::ConfigProblem;
use signin_core::text::{Arg, Catalog, Msg, Text};
use yew::prelude::*;

use crate::views::text::tr;

/// One notice: a kind token for `data-notice`, a title, the lines and what to do.
fn notice(kind: &'static str, title: Html, lines: Vec<Html>, hint: Html) -> Html {
    if lines.is_empty() {
        return html! {};
    }
    html! {
        <div class="notice" role="status" data-notice={kind}>
            <p class="notice-title"><span aria-hidden="true">{ "⚠ " }</span>{ title }</p>
            <ul>
                { for lines.into_iter().map(|l| html! { <li>{ l }</li> }) }
            </ul>
            <p class="notice-hint">{ hint }</p>
        </div>
    }
}

/// `config.json`'s problems: the setting's name as written, then what is wrong.
pub fn config_notice(cat: &Catalog, problems: &[ConfigProblem]) -> Html {
    let lines = problems
        .iter()
        .map(|p| {
            html! {
                <>
                    if !p.key.is_empty() {
                        <code dir="ltr" translate="no">{ p.key.clone() }</code>{ ": " }
                    }
                    { tr(cat, p.text.clone()) }
                </>
            }
        })
        .collect();
    notice(
        "config",
        tr(cat, Msg::PageConfigNoticeTitle),
        lines,
        tr(cat, Text::page_config_notice_hint(Arg::code("config.json"))),
    )
}

/// What the link got ignored.
pub fn link_notice(cat: &Catalog, notices: &[Text]) -> Html {
    notice(
        "param",
        tr(cat, Msg::PageLinkNoticeTitle),
        notices.iter().map(|t| tr(cat, t.clone())).collect(),
        tr(cat, Msg::PageLinkNoticeHint),
    )
}
