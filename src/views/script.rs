//! The fix script: options, what it will do, the full text, copy, download, run command.

use std::rc::Rc;

use signin_core::platform::Os;
use signin_core::script::{GeneratedScript, ScriptOption, ScriptOptions};
use signin_core::text::{Arg, Msg, Text};
use yew::prelude::*;

use crate::effects::files;
use crate::views::copy::copy_callback;
use crate::views::text::{attr, tr, Texts};

#[derive(Properties, Clone, PartialEq)]
pub struct ScriptProps {
    /// The page\'s texts.
    pub texts: Texts,
    pub os: Os,
    pub steps: ScriptOptions,
    pub on_steps: Callback<ScriptOptions>,
    pub script: Rc<GeneratedScript>,
    pub run_command: String,
    pub description: Rc<Vec<Text>>,
}

#[component]
pub fn ScriptPanel(props: &ScriptProps) -> Html {
    let cat = props.texts.clone();
    let copied = use_state(|| None::<Msg>);
    let downloaded = use_state(|| None::<Text>);
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
                { tr(&cat, option.label()) }
                if let Some(n) = option.summary() { <span class="field-note">{ " — " }{ tr(&cat, n) }</span> }
            </label>
        }
    };

    let on_download = {
        let script = script.clone();
        let downloaded = downloaded.clone();
        let copied = copied.clone();
        Callback::from(move |_| {
            copied.set(None);
            let file = Arg::code(script.file_name);
            downloaded.set(Some(
                match files::download(script.file_name, script.mime, &script.bytes()) {
                    Ok(()) => Text::script_downloaded(file),
                    Err(e) => Text::script_download_failed(e.text(), file),
                },
            ));
        })
    };
    let copy = |text: String, done: Msg, blocked: Msg| {
        let downloaded = downloaded.clone();
        let on_copy = copy_callback(text, copied.clone(), done, blocked);
        Callback::from(move |e| {
            downloaded.set(None);
            on_copy.emit(e);
        })
    };
    let status = match (*copied, (*downloaded).clone()) {
        (Some(m), _) => tr(&cat, m),
        (None, Some(t)) => tr(&cat, t),
        (None, None) => html! {},
    };
    let file = || Arg::code(script.file_name);

    html! {
        <section class="card" id="fix" aria-labelledby="fix-title">
            <h2 id="fix-title">{ tr(&cat, Text::script_title_for(Arg::name(os.label()))) }</h2>
            <p>{ tr(&cat, Msg::ScriptDoesExactly) }</p>
            if props.steps.unattended {
                <p class="field-note" data-unattended-note="">{ tr(&cat, Msg::ScriptUnattendedChosen) }</p>
            }
            <ul class="what">
                { for props.description.iter().map(|d| html! { <li>{ tr(&cat, d.clone()) }</li> }) }
            </ul>
            <fieldset class="field">
                <legend>{ tr(&cat, Msg::ScriptStepsLegend) }</legend>
                { for ScriptOption::ALL.into_iter().filter(|o| o.applies_to(os)).map(toggle) }
            </fieldset>
            <div class="actions">
                <button type="button" data-download={os.as_str()} onclick={on_download}>
                    { tr(&cat, Text::script_download(file())) }
                </button>
                <button type="button" class="secondary"
                    onclick={copy(script.text.clone(), Msg::ScriptCopied, Msg::CopyBlockedScript)}>
                    { tr(&cat, Msg::ScriptCopy) }
                </button>
            </div>
            <p>{ tr(&cat, match os {
                Os::Windows => Text::script_run_windows(Arg::code("PowerShell")),
                Os::Macos => Msg::ScriptRunMacos.into(),
                Os::Linux => Msg::ScriptRunLinux.into(),
            }) }</p>
            <div class="command">
                <code data-run-command={os.as_str()} dir="ltr" translate="no">{ &props.run_command }</code>
                <button type="button" class="secondary"
                    onclick={copy(props.run_command.clone(), Msg::CommandCopied, Msg::CopyBlockedCommand)}>
                    { tr(&cat, Msg::ScriptCopyCommand) }
                </button>
            </div>
            <p class="field-note">{ tr(&cat, Text::script_old_copy(file())) }</p>
            if os == Os::Windows {
                <p class="field-note" data-execution-policy="">{ tr(&cat, Msg::ScriptExecutionPolicy) }</p>
            }
            <p class="field-note">{ tr(&cat, Text::script_dry_run(Arg::code(
                if os == Os::Windows { "-WhatIf" } else { "--dry-run" }
            ))) }</p>
            <p class="status-line" aria-live="polite">{ status }</p>
            <details class="script-view">
                <summary>{ tr(&cat, Text::script_read(script.text.lines().count())) }</summary>
                <pre tabindex="0" dir="ltr" translate="no" aria-label={attr(&cat, Msg::ScriptTextLabel)}><code data-script={os.as_str()}>{ &script.text }</code></pre>
            </details>
        </section>
    }
}
