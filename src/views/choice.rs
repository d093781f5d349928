//! "Your computer": which OS and which Teams client the fix is for (`[data-app]`).

use signin_core::platform::{Client, Os};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Clone, PartialEq)]
pub struct ChoiceProps {
    pub os: Option<Os>,
    pub client: Client,
    /// The browser looks like a phone or tablet: the fix is for the desktop app.
    pub mobile: bool,
    /// The OS came from the browser, not from the user or the link.
    pub detected: bool,
    pub on_os: Callback<Option<Os>>,
    pub on_client: Callback<Client>,
}

pub fn app_choice(props: &ChoiceProps) -> Html {
    let on_os = {
        let cb = props.on_os.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            cb.emit(Os::parse(&value));
        })
    };
    let radio = |c: Client| {
        let cb = props.on_client.clone();
        let onchange = Callback::from(move |_| cb.emit(c));
        html! {
            <label class="choice">
                <input type="radio" name="client" value={c.as_str()}
                    checked={props.client == c} {onchange} />
                { c.label() }
            </label>
        }
    };
    html! {
        <section class="card" data-app=""
            data-os={props.os.map_or("unknown", Os::as_str)}
            data-client={props.client.as_str()}
            aria-labelledby="app-title">
            <h3 id="app-title">{ "Your computer" }</h3>
            if !props.mobile && props.os.is_none() {
                <p class="hint">
                    { "This browser does not say which system it runs on. Choose the computer where Teams fails to sign in: the fix script and steps are made for it." }
                </p>
            }
            if props.mobile {
                <p class="hint">
                    { "You seem to be on a phone or tablet. The fix is for the Teams desktop app: choose the computer where Teams fails, then open this page there or send the script to it." }
                </p>
            }
            <div class="field">
                <label for="os-select">{ "Operating system" }</label>
                <select id="os-select" onchange={on_os}>
                    <option value="" selected={props.os.is_none()}>{ "Choose…" }</option>
                    { for Os::ALL.iter().map(|o| html! {
                        <option value={o.as_str()} selected={props.os == Some(*o)}>{ o.label() }</option>
                    }) }
                </select>
                if props.detected && props.os.is_some() {
                    <span class="field-note">{ " (detected from this browser — change it if Teams runs on another computer)" }</span>
                }
            </div>
            <fieldset class="field">
                <legend>{ "Which Teams?" }</legend>
                { radio(Client::New) }
                { radio(Client::Classic) }
                { radio(Client::Both) }
                <p class="field-note">
                    { "How to tell: new Teams has a \"NEW\" badge or no \"Try the new Teams\" switch, and its icon shows \"T\" on a purple-white tile; classic Teams is called \"Microsoft Teams classic\" in the Start menu or Applications folder. Not sure? Keep \"Both\": the script only touches folders that exist." }
                </p>
            </fieldset>
        </section>
    }
}
