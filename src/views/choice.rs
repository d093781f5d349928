//! "Your computer": which OS and which Teams client the fix is for (`[data-app]`).

use signin_core::platform::{Client, Os};
use signin_core::text::{Catalog, Msg};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::views::text::tr;

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

pub fn app_choice(cat: &Catalog, props: &ChoiceProps) -> Html {
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
                { tr(cat, c.label()) }
            </label>
        }
    };
    html! {
        <section class="card" data-app=""
            data-os={props.os.map_or("unknown", Os::as_str)}
            data-client={props.client.as_str()}
            aria-labelledby="app-title">
            <h3 id="app-title">{ tr(cat, Msg::ChoiceTitle) }</h3>
            if !props.mobile && props.os.is_none() {
                <p class="hint">{ tr(cat, Msg::ChoiceUnknownOs) }</p>
            }
            if props.mobile {
                <p class="hint">{ tr(cat, Msg::ChoiceMobile) }</p>
            }
            <div class="field">
                <label for="os-select">{ tr(cat, Msg::ChoiceOsLabel) }</label>
                <select id="os-select" onchange={on_os}>
                    <option value="" selected={props.os.is_none()}>{ tr(cat, Msg::ChoiceOsPlaceholder) }</option>
                    { for Os::ALL.iter().map(|o| html! {
                        <option value={o.as_str()} selected={props.os == Some(*o)}>{ o.label() }</option>
                    }) }
                </select>
                if props.detected && props.os.is_some() {
                    <span class="field-note">{ " " }{ tr(cat, Msg::ChoiceDetected) }</span>
                }
            </div>
            <fieldset class="field">
                <legend>{ tr(cat, Msg::ChoiceClientLegend) }</legend>
                { radio(Client::New) }
                { radio(Client::Classic) }
                { radio(Client::Both) }
                <p class="field-note">{ tr(cat, Msg::ChoiceClientHowToTell) }</p>
            </fieldset>
        </section>
    }
}
