//! The helpdesk report (`[data-report]`): copy as text, download as JSON, e-mail.

use std::rc::Rc;

use signin_core::page::NotesRefused;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::effects::files;
use crate::views::copy::copy_callback;

#[derive(Properties, Clone, PartialEq)]
pub struct ReportProps {
    pub json: Rc<String>,
    pub text: Rc<String>,
    pub mailto: Option<String>,
    pub file_name: String,
    /// Why a value typed into an optional field was refused (the typed text is not kept).
    pub refused: NotesRefused,
    /// The user left "when did the error appear" with this text.
    pub on_error_time: Callback<String>,
    /// The user left "correlation ID" with this text.
    pub on_correlation_id: Callback<String>,
}

/// `change` fires when the user leaves a field (or picks a date): judged then, not on every
/// key, so nobody is scolded half-way through typing.
fn on_leave(send: &Callback<String>) -> Callback<Event> {
    let send = send.clone();
    Callback::from(move |e: Event| {
        if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
            send.emit(input.value());
        }
    })
}

#[component]
pub fn ReportPanel(props: &ReportProps) -> Html {
    let message = use_state(String::new);
    let on_copy = copy_callback(
        props.text.to_string(),
        message.clone(),
        "Report copied: paste it into your message to the helpdesk.".into(),
        "report text",
    );
    let on_download = {
        let json = props.json.clone();
        let name = props.file_name.clone();
        let message = message.clone();
        Callback::from(move |_| {
            message.set(
                match files::download(&name, "application/json", json.as_bytes()) {
                    Ok(()) => format!("Saved {name} in your Downloads folder."),
                    Err(e) => {
                        format!("The download did not start ({e}); use \"Copy report\" instead.")
                    }
                },
            );
        })
    };
    html! {
        <section class="card" aria-labelledby="report-title">
            <h2 id="report-title">{ "4. Report for your IT helpdesk" }</h2>
            <p>{ "If you need help, send this report: it lists what this page measured, so IT does not have to ask. It contains no name, account or password. This page sends nothing by itself." }</p>
            <div class="actions">
                <button type="button" onclick={on_copy}>{ "Copy report" }</button>
                <button type="button" class="secondary" onclick={on_download}>{ "Download report (JSON)" }</button>
                if let Some(href) = &props.mailto {
                    <a class="button secondary" href={href.clone()}>{ "E-mail the helpdesk" }</a>
                }
            </div>
            <p class="status-line" aria-live="polite">{ (*message).clone() }</p>
            <fieldset class="notes">
                <legend>{ "Optional: help IT find your sign-in attempt" }</legend>
                <div class="field">
                    <label for="note-time">{ "When did the error appear?" }</label>
                    <input id="note-time" type="datetime-local" step="1" data-note="error-time"
                        aria-describedby="note-time-msg" aria-invalid={props.refused.error_seen_at.is_some().to_string()}
                        onchange={on_leave(&props.on_error_time)} />
                    <p id="note-time-msg" class="field-note" aria-live="polite">
                        { props.refused.error_seen_at.map_or("Your computer's local time; the report names its time zone.", |r| r.message()) }
                    </p>
                </div>
                <div class="field">
                    <label for="note-correlation">{ "Correlation ID (Teams shows it under the error)" }</label>
                    <input id="note-correlation" type="text" inputmode="text" autocomplete="off" spellcheck="false"
                        maxlength="64" placeholder="0f8fad5b-d9cb-469f-a165-70867728950e" data-note="correlation-id"
                        aria-describedby="note-correlation-msg" aria-invalid={props.refused.correlation_id.is_some().to_string()}
                        onchange={on_leave(&props.on_correlation_id)} />
                    <p id="note-correlation-msg" class="field-note" aria-live="polite">
                        { props.refused.correlation_id.map_or("Copy it from the Teams error window; it identifies the attempt in Microsoft's sign-in logs.", |r| r.message()) }
                    </p>
                </div>
            </fieldset>
            <details>
                <summary>{ "Show the report" }</summary>
                <pre class="report-text" tabindex="0" aria-label="Report text">{ props.text.as_str() }</pre>
                <pre class="report-json" tabindex="0" aria-label="Report as JSON" data-report="">{ props.json.as_str() }</pre>
            </details>
        </section>
    }
}
