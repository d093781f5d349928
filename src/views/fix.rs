//! Section 3, the fix script (`#fix`): waits for a system to be chosen, for the checks'
//! verdicts and for the clock's refinement to end, then loads the generator module and shows
//! the script (`ScriptPanel`). Owns the module's life: waiting, loading, ready, or failed
//! with a way to try again and the build's ready-made script.

use signin_core::platform::Os;
use signin_core::script::{self, ScriptOptions, ScriptRequest};
use signin_core::text::{Arg, Msg, Text};
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::effects::script_gen::{self, ScriptGenerator};
use crate::effects::{self, l10n, EffectError};
use crate::views::hooks::Later;
use crate::views::script::ScriptPanel;
use crate::views::text::{tr, Texts};

#[derive(Properties, Clone, PartialEq)]
pub struct FixProps {
    /// The page\'s texts.
    pub texts: Texts,
    pub os: Option<Os>,
    /// The script's inputs (`None` until a system is chosen).
    pub request: Option<ScriptRequest>,
    /// The module may load now (a system is chosen, the checks have their verdicts and the
    /// clock has finished refining: see `Model::checks_settled`).
    pub load: bool,
    /// Where the panel's own texts are (they come with the texts loaded later).
    pub later: Later,
    pub steps: ScriptOptions,
    pub on_steps: Callback<ScriptOptions>,
}

/// The generator module's life.
#[derive(Clone, Debug, PartialEq)]
enum Module {
    Waiting,
    Loading,
    Ready(ScriptGenerator),
    Failed(EffectError),
}

#[component]
pub fn FixPanel(props: &FixProps) -> Html {
    let cat = props.texts.clone();
    let module = use_state(|| Module::Waiting);
    {
        let module = module.clone();
        use_effect_with((props.load, (*module).clone()), move |(load, current)| {
            if *load && *current == Module::Waiting {
                module.set(Module::Loading);
                spawn_local(async move {
                    module.set(match script_gen::load().await {
                        Ok(g) => Module::Ready(g),
                        Err(e) => Module::Failed(e),
                    });
                });
            }
        });
    }
    // Generation is synchronous and pure, redone only when its inputs change.
    let generated = use_memo(
        (props.request.clone(), (*module).clone()),
        |(request, module)| match (request, module) {
            (Some(r), Module::Ready(g)) => Some(effects::measured(
                &format!("script-gen-{}", r.os.as_str()),
                || g.generate(r),
            )),
            _ => None,
        },
    );

    let Some(os) = props.os else {
        return html! {
            <section class="card" id="fix" aria-labelledby="fix-title">
                <h2 id="fix-title">{ tr(&cat, Msg::ScriptTitle) }</h2>
                <p>{ tr(&cat, Msg::ScriptChooseOs) }</p>
            </section>
        };
    };
    let failure = match (&*module, (*generated).as_ref(), props.later) {
        (Module::Failed(e), ..) | (_, Some(Err(e)), _) => {
            Some(Text::script_module_failed(e.text()))
        }
        (.., Later::Failed) => Some(Msg::LaterFailed.into()),
        _ => None,
    };
    if let (Some(Ok((script, description))), None, Later::Loaded) =
        ((*generated).clone(), &failure, props.later)
    {
        return html! {
            <ScriptPanel texts={props.texts.clone()} {os} steps={props.steps} on_steps={props.on_steps.clone()}
                script={script} run_command={script::run_command(os)} description={description} />
        };
    }
    let title = tr(&cat, Text::script_title_for(Arg::name(os.label())));
    let retry = {
        let module = module.clone();
        Callback::from(move |_: MouseEvent| module.set(Module::Waiting))
    };
    let file = script::file_name(os);
    html! {
        <section class="card" id="fix" aria-labelledby="fix-title"
            data-script-status={if failure.is_some() { "failed" } else { "loading" }}>
            <h2 id="fix-title">{ title }</h2>
            <p aria-live="polite">{ tr(&cat, failure.clone().unwrap_or(Msg::ScriptPreparing.into())) }</p>
            if failure.is_some() {
                <div class="actions">
                    <button type="button" data-action="script-retry" onclick={retry}>{ tr(&cat, Msg::ActionTryAgain) }</button>
                    // The build's static copy: the same generator with the build's
                    // config.json, both Teams clients and the default options.
                    <a class="button secondary" data-default-script={os.as_str()}
                        href={l10n::url(file)} download={file}>
                        { tr(&cat, Text::script_download_static(Arg::code(file))) }
                    </a>
                </div>
                <p class="field-note">{ tr(&cat, Msg::ScriptStaticNote) }</p>
                <pre class="run-command" dir="ltr" translate="no"><code>{ script::run_command(os) }</code></pre>
            }
        </section>
    }
}
