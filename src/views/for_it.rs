//! "For IT": build deep links, choose the unattended fix script, see the configuration in effect.

use std::rc::Rc;

use signin_core::codes::ErrorCode;
use signin_core::config::Config;
use signin_core::json;
use signin_core::params::build_link;
use signin_core::platform::{Client, Os};
use signin_core::script::{ScriptOption, ScriptOptions};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::views::copy::copy_callback;

#[derive(Properties, Clone, PartialEq)]
pub struct ForItProps {
    pub page_url: String,
    pub config: Option<Rc<Config>>,
    /// The fix script's choices: the panel switches the unattended variant on and off.
    pub steps: ScriptOptions,
    pub on_steps: Callback<ScriptOptions>,
}

#[component]
pub fn ForIt(props: &ForItProps) -> Html {
    let code = use_state(|| Some(ErrorCode::Caa20002));
    let os = use_state(|| None::<Os>);
    let client = use_state(|| None::<Client>);
    let copied = use_state(String::new);
    let link = build_link(&props.page_url, *code, *os, *client);

    let select = |id: &'static str,
                  label: &'static str,
                  options: Vec<(&'static str, String)>,
                  selected: &'static str,
                  on: Callback<String>| {
        let onchange = Callback::from(move |e: Event| {
            on.emit(e.target_unchecked_into::<HtmlSelectElement>().value())
        });
        html! {
            <div class="field">
                <label for={id}>{ label }</label>
                <select id={id} {onchange}>
                    { for options.into_iter().map(|(v, l)| html! { <option value={v} selected={v == selected}>{ l }</option> }) }
                </select>
            </div>
        }
    };
    let code_options: Vec<(&'static str, String)> = std::iter::once(("", "(none)".to_string()))
        .chain(
            ErrorCode::ALL
                .iter()
                .map(|c| (c.as_str(), format!("{} — {}", c.as_str(), c.meaning()))),
        )
        .collect();
    let os_options: Vec<(&'static str, String)> = std::iter::once(("", "(detect)".to_string()))
        .chain(Os::ALL.iter().map(|o| (o.as_str(), o.label().to_string())))
        .collect();
    let client_options: Vec<(&'static str, String)> = std::iter::once(("", "(ask)".to_string()))
        .chain(
            Client::ALL
                .iter()
                .map(|c| (c.as_str(), c.label().to_string())),
        )
        .collect();
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
    let on_copy = copy_callback(link.clone(), copied.clone(), "Link copied.".into(), "link");
    let unattended = ScriptOption::Unattended;
    let on_unattended = {
        let steps = props.steps;
        let cb = props.on_steps.clone();
        Callback::from(move |_| cb.emit(unattended.set(steps, !unattended.get(&steps))))
    };
    let config_json = props
        .config
        .as_ref()
        .and_then(|c| json::to_value(c.as_ref()).ok())
        .map(|v| v.to_json_pretty())
        .unwrap_or_else(|| "(still loading)".into());

    html! {
        <section class="card for-it" aria-labelledby="for-it-title">
            <h2 id="for-it-title">{ "For IT" }</h2>
            <details>
            <summary>{ "Build a link for users, see the configuration in effect" }</summary>
            <h3>{ "Link for an e-mail or ticket" }</h3>
            <p>{ "Pre-select the error code, system and Teams client for the user. Only these values are accepted from a link; anything else is ignored and never shown." }</p>
            { select("it-code", "Error code", code_options, code.map_or("", |c| c.as_str()), on_code) }
            { select("it-os", "Operating system", os_options, os.map_or("", |o| o.as_str()), on_os) }
            { select("it-client", "Teams client", client_options, client.map_or("", |c| c.as_str()), on_client) }
            <div class="command">
                <code data-it-link="">{ &link }</code>
                <button type="button" class="secondary" onclick={on_copy}>{ "Copy link" }</button>
            </div>
            <p class="status-line" aria-live="polite">{ (*copied).clone() }</p>
            <h3>{ "Fix script for Intune, Jamf or other tools" }</h3>
            <p>{ "Management tools run scripts where nobody can answer a question. The unattended variant asks nothing: it does what the steps in the fix script section choose. It writes its log to a fixed file and tells the result by its exit code, with a separate code when the re-test still found problems." }</p>
            <p>{ "On Windows it starts itself again in 64-bit PowerShell when it was started in 32-bit PowerShell. On a Mac, run as root by Jamf, it acts only for the user signed in at the screen, and does nothing when nobody is." }</p>
            <label class="choice">
                <input type="checkbox" data-it-unattended="" checked={unattended.get(&props.steps)} onchange={on_unattended} />
                { unattended.label() }
                if let Some(n) = unattended.summary() { <span class="field-note">{ format!(" — {n}") }</span> }
            </label>
            <p class="field-note">{ "With this on, the fix script section above offers the unattended variant for download. The README's section for IT describes the deployment step by step." }</p>
            <h3>{ "Configuration in effect" }</h3>
            <p>{ "From config.json next to this page, with built-in defaults for anything missing or invalid (see the notice at the top, if any). Edit config.json on the server; no rebuild is needed." }</p>
            <pre tabindex="0" aria-label="Configuration in effect" data-config-effective="">{ config_json }</pre>
            </details>
        </section>
    }
}
