//! The helpdesk report (`[data-report]`): copy as text, download as JSON, e-mail.

use std::rc::Rc;

use signin_core::page::NotesRefused;
use signin_core::text::{Arg, Msg, Text};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::effects::files;
use crate::views::copy::copy_callback;
use crate::views::text::{attr, later_placeholder, later_ready, tr, Texts};

#[derive(Properties, Clone, PartialEq)]
pub struct ReportProps {
    /// The page\'s texts.
    pub texts: Texts,
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
    let cat = props.texts.clone();
    let copied = use_state(|| None::<Msg>);
    let saved = use_state(|| None::<Text>);
    let on_copy = copy_callback(
        props.text.to_string(),
        copied.clone(),
        Msg::ReportCopied,
        Msg::CopyBlockedReport,
    );
    let on_download = {
        let json = props.json.clone();
        let name = props.file_name.clone();
        let saved = saved.clone();
        let copied = copied.clone();
        Callback::from(move |_| {
            copied.set(None);
            saved.set(Some(
                match files::download(&name, "application/json", json.as_bytes()) {
                    Ok(()) => Text::report_saved(Arg::code(name.clone())),
                    Err(e) => Text::report_download_failed(e.text()),
                },
            ));
        })
    };
    let status = match (*copied, (*saved).clone()) {
        (Some(m), _) => tr(&cat, m),
        (None, Some(t)) => tr(&cat, t),
        (None, None) => html! {},
    };
    html! {
        <section class="card" aria-labelledby="report-title">
            <h2 id="report-title">{ tr(&cat, Msg::ReportTitle) }</h2>
            if !later_ready(&cat) {
                { later_placeholder(&cat) }
            } else {
            <p>{ tr(&cat, Msg::ReportIntro) }</p>
            <div class="actions">
                <button type="button" onclick={on_copy}>{ tr(&cat, Msg::ReportCopy) }</button>
                <button type="button" class="secondary" onclick={on_download}>{ tr(&cat, Msg::ReportDownload) }</button>
                if let Some(href) = &props.mailto {
                    <a class="button secondary" href={href.clone()}>{ tr(&cat, Msg::ReportEmail) }</a>
                }
            </div>
            <p class="status-line" aria-live="polite">{ status }</p>
            <fieldset class="notes">
                <legend>{ tr(&cat, Msg::ReportNotesLegend) }</legend>
                <div class="field">
                    <label for="note-time">{ tr(&cat, Msg::ReportErrorTimeLabel) }</label>
                    <input id="note-time" type="datetime-local" step="1" data-note="error-time"
                        aria-describedby="note-time-msg" aria-invalid={props.refused.error_seen_at.is_some().to_string()}
                        onchange={on_leave(&props.on_error_time)} />
                    <p id="note-time-msg" class="field-note" aria-live="polite">
                        { props.refused.error_seen_at.map_or_else(|| tr(&cat, Msg::ReportErrorTimeNote), |r| tr(&cat, r.text())) }
                    </p>
                </div>
                <div class="field">
                    <label for="note-correlation">{ tr(&cat, Msg::ReportCorrelationLabel) }</label>
                    <input id="note-correlation" type="text" inputmode="text" autocomplete="off" spellcheck="false"
                        maxlength="64" dir="ltr" placeholder="0f8fad5b-d9cb-469f-a165-70867728950e" data-note="correlation-id"
                        aria-describedby="note-correlation-msg" aria-invalid={props.refused.correlation_id.is_some().to_string()}
                        onchange={on_leave(&props.on_correlation_id)} />
                    <p id="note-correlation-msg" class="field-note" aria-live="polite">
                        { props.refused.correlation_id.map_or_else(|| tr(&cat, Msg::ReportCorrelationNote), |r| tr(&cat, r.text())) }
                    </p>
                </div>
            </fieldset>
            <details>
                <summary>{ tr(&cat, Msg::ReportShow) }</summary>
                <pre class="report-text" tabindex="0" dir="auto" aria-label={attr(&cat, Msg::ReportTextLabel)}>{ props.text.as_str() }</pre>
                <pre class="report-json" tabindex="0" dir="ltr" aria-label={attr(&cat, Msg::ReportJsonLabel)} data-report="">{ props.json.as_str() }</pre>
            </details>
            }
        </section>
    }
}
