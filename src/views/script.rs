//! The fix script: options, what it will do, the full text, copy, download, run command.

use std::rc::Rc;

use signin_core::platform::Os;
use signin_core::script::{GeneratedScript, ScriptOption, ScriptOptions};
use yew::prelude::*;

use crate::effects::files;
use crate::views::copy::copy_callback;

#[derive(Properties, Clone, PartialEq)]
pub struct ScriptProps {
    pub os: Os,
    pub steps: ScriptOptions,
    pub on_steps: Callback<ScriptOptions>,
    pub script: Rc<GeneratedScript>,
    pub run_command: String,
    pub description: Rc<Vec<String>>,
}

#[component]
pub fn ScriptPanel(props: &ScriptProps) -> Html {
    let message = use_state(String::new);
    let os = props.os;
    let script = props.script.clone();

    // Labels and notes come from core, next to the actions they switch.
    let toggle = |option: ScriptOption| {
        let steps = props.steps;
        let cb = props.on_steps.clone();
        let onchange = Callback::from(move |_| cb.emit(option.set(steps, !option.get(&steps))));
        html! {
            <label class="choice">
                <input type="checkbox" checked={option.get(&props.steps)} {onchange} />
                { option.label() }
                if let Some(n) = option.summary() { <span class="field-note">{ format!(" — {n}") }</span> }
            </label>
        }
    };

    let on_download = {
        let script = script.clone();
        let message = message.clone();
        Callback::from(move |_| {
            let result = files::download(script.file_name, script.mime, &script.bytes());
            message.set(match result {
                Ok(()) => format!("Downloaded {} — see your Downloads folder.", script.file_name),
                Err(e) => format!("The download did not start ({e}). Use \"Copy script\" and save the text as {}.", script.file_name),
            });
        })
    };
    let copy = |text: String, what: &'static str| {
        copy_callback(text, message.clone(), format!("{what} copied."), what)
    };

    html! {
        <section class="card" id="fix" aria-labelledby="fix-title">
            <h2 id="fix-title">{ format!("3. The fix script for {}", os.label()) }</h2>
            <p>{ "The script below does exactly this — nothing else, and nothing without asking you first:" }</p>
            if props.steps.unattended {
                <p class="field-note" data-unattended-note="">{ "This is the unattended variant, chosen under For IT: it is meant for Intune, Jamf or other tools, not for running by hand." }</p>
            }
            <ul class="what">
                { for props.description.iter().map(|d| html! { <li>{ d }</li> }) }
            </ul>
            <fieldset class="field">
                <legend>{ "Steps in the script" }</legend>
                { for ScriptOption::ALL.into_iter().filter(|o| o.applies_to(os)).map(toggle) }
            </fieldset>
            <div class="actions">
                <button type="button" data-download={os.as_str()} onclick={on_download}>
                    { format!("Download {}", script.file_name) }
                </button>
                <button type="button" class="secondary" onclick={copy(script.text.clone(), "script")}>
                    { "Copy script" }
                </button>
            </div>
            <p>{ "Then run it with this command (after downloading, in " }
                { if os == Os::Windows { "a PowerShell window: Start menu → type \"PowerShell\" → Enter" } else { "Terminal" } }
                { "):" }</p>
            <div class="command">
                <code data-run-command={os.as_str()}>{ &props.run_command }</code>
                <button type="button" class="secondary" onclick={copy(props.run_command.clone(), "command")}>
                    { "Copy command" }
                </button>
            </div>
            <p class="field-note">
                { format!("Downloaded it before? Delete the old copy first: your browser would save the new one as \"{}\" with a number added, and the command above would run the old one.", script.file_name) }
            </p>
            if os == Os::Windows {
                <p class="field-note" data-execution-policy="">
                    { "If PowerShell answers that the file cannot be loaded because it is not digitally signed, your organization allows only signed scripts. Nothing was run or changed. Ask your IT department for a signed copy of the script, or ask them to run it for you through their device management." }
                </p>
            }
            <p class="field-note">
                { "Want to see first what it would do? Add " }
                <code>{ if os == Os::Windows { "-WhatIf" } else { "--dry-run" } }</code>
                { " at the end of the command: it then changes nothing and prints every action." }
            </p>
            <p class="status-line" aria-live="polite">{ (*message).clone() }</p>
            <details class="script-view">
                <summary>{ format!("Read the script before running it ({} lines)", script.text.lines().count()) }</summary>
                <pre tabindex="0" aria-label="Script text"><code data-script={os.as_str()}>{ &script.text }</code></pre>
            </details>
        </section>
    }
}
