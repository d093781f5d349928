//! The page's effects as hooks: each starts an effect when its inputs change, reports what
//! happened as a `signin_core::page::Action` (or new texts), and aborts the work when the
//! inputs change again or the page goes away. The views stay free of plumbing.

use std::future::Future;
use std::rc::Rc;

use futures_util::future::{abortable, AbortHandle};
use signin_core::page::Action;
use signin_core::prerender::content::Fragment;
use signin_core::script::ScriptOption;
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::effects::content::{self, Slot};
use crate::effects::{self, l10n::PageTexts};
use crate::views::state::PageState;

/// Runs `fut` until it finishes or the returned handle aborts it, so a superseded check
/// never keeps working (or fetching) in the background.
fn spawn_abortable(fut: impl Future<Output = ()> + 'static) -> AbortHandle {
    let (fut, handle) = abortable(fut);
    spawn_local(async move {
        let _ = fut.await;
    });
    handle
}

/// Runs the task `start` makes for `deps` (none when it returns `None`), and aborts it when
/// `deps` change or the component unmounts: the one place that cleanup is written.
#[hook]
fn use_task<D, F>(deps: D, start: impl FnOnce(&D) -> Option<F> + 'static)
where
    D: PartialEq + 'static,
    F: Future<Output = ()> + 'static,
{
    use_effect_with(deps, move |deps| {
        let handle = start(deps).map(spawn_abortable);
        move || {
            if let Some(h) = handle {
                h.abort();
            }
        }
    });
}

/// The three checks' effects: the config first (the checks need its thresholds, clock source
/// and endpoints), then the clock and the reachability probes, each re-run when its run
/// number changes ("Check again", a config reload).
#[hook]
pub fn use_checks(state: &UseReducerHandle<PageState>) {
    let dispatch = state.dispatcher();
    let origin = state.origin.clone();
    use_task((), move |_| {
        Some(async move {
            let (config, problems) = effects::config::load(&origin).await;
            dispatch.dispatch(Action::ConfigLoaded(Rc::new(config), problems));
        })
    });

    // The clock starts at once with the default source (the page's own server, where nearly
    // every config leaves it), and starts again only if config.json names another one.
    let dispatch = state.dispatcher();
    use_task(
        (state.clock.run, state.clock_source()),
        move |(run, source)| {
            let (run, source) = (*run, source.clone());
            Some(async move {
                let d = dispatch.clone();
                let result = effects::clock::measure(&source, move |progress| {
                    d.dispatch(Action::ClockMeasured {
                        run,
                        progress,
                        at_ms: effects::mono_now_ms(),
                    })
                })
                .await;
                if let Err(error) = result {
                    dispatch.dispatch(Action::ClockFailed {
                        run,
                        reason: error.text(),
                    });
                }
            })
        },
    );

    let dispatch = state.dispatcher();
    let endpoints = state.network.endpoints.clone();
    let timeout = state.config.as_ref().map(|c| c.network.timeout_ms);
    use_task((state.network.run, timeout), move |(run, timeout)| {
        let (run, timeout) = (*run, (*timeout)?);
        if endpoints.is_empty() {
            return None;
        }
        Some(async move {
            effects::probe::probe_all(&endpoints, timeout, |index, reach, body| {
                dispatch.dispatch(Action::EndpointDone {
                    run,
                    index,
                    reach,
                    body,
                    at_ms: effects::mono_now_ms(),
                })
            })
            .await;
        })
    });
}

/// Where the texts after the first screen are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Later {
    NotYet,
    Loading,
    Loaded,
    /// The file did not arrive; the views say so where those texts would be.
    Failed,
}

/// The page's texts: this language's catalog, its part loaded after the first screen (when
/// `wanted`), and switching to another language from the menu without losing anything.
#[hook]
pub fn use_page_texts(initial: PageTexts, wanted: bool) -> (PageTexts, Later) {
    let texts = use_state(move || initial);
    let later = use_state(|| Later::NotYet);

    // The page's script switches the language in place (the menu stays plain links that
    // work without it); the app takes the new texts, and keeps every result.
    {
        let texts = texts.clone();
        let later = later.clone();
        use_effect_with((), move |_| {
            let listener = effects::l10n::on_switch(move |new| {
                later.set(Later::NotYet);
                texts.set(new);
            });
            move || drop(listener)
        });
    }

    // Once per language: the task is not restarted by its own state changes, only by a
    // language switch (which aborts a load still running for the old language).
    let lang = texts.page.lang().to_string();
    {
        let texts = texts.clone();
        let later = later.clone();
        use_task((lang, wanted), move |(_, wanted)| {
            let path = texts
                .lazy
                .clone()
                .filter(|_| *wanted && *later == Later::NotYet)?;
            later.set(Later::Loading);
            Some(async move {
                // Both files at once.
                let report = async {
                    match texts.report_file.as_deref() {
                        Some(file) => effects::l10n::load_report(file).await.map(Some),
                        None => Ok(None),
                    }
                };
                let (page, report) = futures_util::future::join(
                    effects::l10n::load_lazy(&texts.page, &path),
                    report,
                )
                .await;
                match page {
                    Ok(full) => {
                        let page = Rc::new(full);
                        // Without the report's own language file the report stays in the
                        // page's language, as before the texts arrived: nothing is lost.
                        let report = report.ok().flatten().map(Rc::new);
                        texts.set(PageTexts {
                            report: report.unwrap_or_else(|| page.clone()),
                            page,
                            ..(*texts).clone()
                        });
                        later.set(Later::Loaded);
                    }
                    Err(_) => {
                        effects::content::later_failed();
                        later.set(Later::Failed);
                    }
                }
            })
        });
    }
    ((*texts).clone(), *later)
}

/// The pre-rendered For IT panel, kept in step with the state: the configuration in effect
/// (its link builder is the page's own script), and the unattended variant's checkbox, which
/// chooses the fix script's variant. The panel comes with the texts after the checks, so both
/// are wired again when the language or the later texts arrive.
#[hook]
pub fn use_for_it_panel(state: &UseReducerHandle<PageState>, lang: &str, later: Later) {
    let config = state.config.clone();
    use_effect_with((config, lang.to_string(), later), |(config, _, _)| {
        if let Some(json) = config
            .as_ref()
            .and_then(|c| signin_core::json::to_value(c.as_ref()).ok())
        {
            content::fill(
                Slot::ForIt,
                Fragment::ForIt,
                "[data-config-effective]",
                &json.to_json_pretty(),
            );
        }
    });
    let d = state.dispatcher();
    use_effect_with(
        (state.steps, lang.to_string(), later),
        move |(steps, _, _)| {
            let steps = *steps;
            let wired = content::toggle(
                Slot::ForIt,
                Fragment::ForIt,
                "[data-it-unattended]",
                ScriptOption::Unattended.get(&steps),
                move |on| d.dispatch(Action::SetSteps(ScriptOption::Unattended.set(steps, on))),
            );
            move || drop(wired)
        },
    );
}
