//! "For IT": build deep links and see the configuration in effect.

use std::rc::Rc;

use signin_core::catalog::LANGUAGES;
use signin_core::codes::ErrorCode;
use signin_core::config::Config;
use signin_core::json;
use signin_core::params::build_link;
use signin_core::platform::{Client, Os};
use signin_core::text::{Arg, Catalog, Msg, Text};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::views::copy::copy_callback;
use crate::views::hooks::Later;
use crate::views::text::{attr, plain, tr, Texts};

#[derive(Properties, Clone, PartialEq)]
pub struct ForItProps {
    /// The page\'s texts.
    pub texts: Texts,
    pub page_url: String,
    pub config: Option<Rc<Config>>,
    /// Where the panel's texts are (they are loaded later).
    pub later: Later,
}

/// A labelled drop-down of `(value, label)` options.
fn select(
    id: &'static str,
    label: Html,
    options: Vec<(&'static str, String)>,
    selected: &str,
    on: Callback<String>,
) -> Html {
    let onchange =
        Callback::from(move |e: Event| on.emit(e.target_unchecked_into::<HtmlSelectElement>().value()));
    html! {
        <div class="field">
            <label for={id}>{ label }</label>
            <select id={id} {onchange}>
                { for options.into_iter().map(|(v, l)| html! { <option value={v} selected={v == selected}>{ l }</option> }) }
            </select>
        </div>
    }
}

fn with_empty(cat: &Catalog, empty: Msg, rest: impl Iterator<Item = (&'static str, String)>) -> Vec<(&'static str, String)> {
    std::iter::once(("", cat.str(empty))).chain(rest).collect()
}

#[component]
pub fn ForIt(props: &ForItProps) -> Html {
    let cat = props.texts.clone();
    let lang = use_state(|| None::<&'static str>);
    let code = use_state(|| Some(ErrorCode::Caa20002));
    let os = use_state(|| None::<Os>);
    let client = use_state(|| None::<Client>);
    let copied = use_state(|| None::<Msg>);
    let link = build_link(&props.page_url, *lang, *code, *os, *client);

    let body = if props.later == Later::Loaded {
        let lang_options = with_empty(
            &cat,
            Msg::ForItLanguageAuto,
            LANGUAGES.iter().map(|l| (l.tag, l.endonym.to_string())),
        );
        let code_options = with_empty(
            &cat,
            Msg::ForItCodeNone,
            ErrorCode::ALL.iter().map(|c| {
                (c.as_str(), plain(&cat, Text::for_it_code_option(Arg::code(c.as_str()), c.meaning())))
            }),
        );
        let os_options = with_empty(
            &cat,
            Msg::ForItOsDetect,
            Os::ALL.iter().map(|o| (o.as_str(), o.label().to_string())),
        );
        let client_options = with_empty(
            &cat,
            Msg::ForItClientAsk,
            Client::ALL.iter().map(|c| (c.as_str(), cat.str(c.label()))),
        );
        let on_lang = {
            let lang = lang.clone();
            Callback::from(move |v: String| {
                lang.set(LANGUAGES.iter().find(|l| l.tag == v).map(|l| l.tag))
            })
        };
        let on_code = {
            let code = code.clone();
            Callback::from(move |v: String| {
                code.set(ErrorCode::ALL.iter().copied().find(|c| c.as_str() == v))
            })
        };
        let on_os = {
            let os = os.clone();
            Callback::from(move |v: String| os.set(Os::parse(&v)))
        };
        let on_client = {
            let client = client.clone();
            Callback::from(move |v: String| client.set(Client::parse(&v)))
        };
        let on_copy = copy_callback(link.clone(), copied.clone(), Msg::ForItLinkCopied, Msg::CopyBlockedLink);
        let config_json = props
            .config
            .as_ref()
            .and_then(|c| json::to_value(c.as_ref()).ok())
            .map(|v| v.to_json_pretty())
            .unwrap_or_else(|| cat.str(Msg::ForItConfigLoading));
        let file = || Arg::code("config.json");
        html! {
            <>
                <h3>{ tr(&cat, Msg::ForItLinkTitle) }</h3>
                <p>{ tr(&cat, Msg::ForItLinkIntro) }</p>
                { select("it-lang", tr(&cat, Msg::ForItLanguage), lang_options, lang.unwrap_or(""), on_lang) }
                { select("it-code", tr(&cat, Msg::ForItCode), code_options, code.map_or("", |c| c.as_str()), on_code) }
                { select("it-os", tr(&cat, Msg::ForItOs), os_options, os.map_or("", |o| o.as_str()), on_os) }
                { select("it-client", tr(&cat, Msg::ForItClient), client_options, client.map_or("", |c| c.as_str()), on_client) }
                <div class="command">
                    <code data-it-link="" dir="ltr" translate="no">{ &link }</code>
                    <button type="button" class="secondary" onclick={on_copy}>{ tr(&cat, Msg::ForItCopyLink) }</button>
                </div>
                <p class="status-line" aria-live="polite">{ copied.map_or(html! {}, |m| tr(&cat, m)) }</p>
                <h3>{ tr(&cat, Msg::ForItConfigTitle) }</h3>
                <p>{ tr(&cat, Text::for_it_config_intro(file())) }</p>
                <pre tabindex="0" dir="ltr" aria-label={attr(&cat, Msg::ForItConfigTitle)} data-config-effective="">{ config_json }</pre>
            </>
        }
    } else {
        html! {
            <p>{ tr(&cat, if props.later == Later::Failed { Msg::LaterFailed } else { Msg::LaterLoading }) }</p>
        }
    };

    html! {
        <section class="card for-it" aria-labelledby="for-it-title">
            <h2 id="for-it-title">{ tr(&cat, Msg::ForItTitle) }</h2>
            <details>
            <summary>{ tr(&cat, Msg::ForItSummary) }</summary>
            { body }
            </details>
        </section>
    }
}
