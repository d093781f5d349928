//! The helpdesk report (`[data-report]`): copy as text, download as JSON, e-mail.

use std::rc::Rc;

use yew::prelude::*;

use crate::effects::files;
use crate::views::copy::copy_callback;

#[derive(Properties, Clone, PartialEq)]
pub struct ReportProps {
    pub json: Rc<String>,
    pub text: Rc<String>,
    pub mailto: Option<String>,
    pub file_name: String,
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
            <details>
                <summary>{ "Show the report" }</summary>
                <pre class="report-text" tabindex="0" aria-label="Report text">{ props.text.as_str() }</pre>
                <pre class="report-json" tabindex="0" aria-label="Report as JSON" data-report="">{ props.json.as_str() }</pre>
            </details>
        </section>
    }
}
