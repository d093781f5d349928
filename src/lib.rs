//! Teams sign-in self-check: the page. Three layers —
//! `signin_core` (pure decisions, its own crate), [`effects`] (browser I/O) and
//! [`views`] (Yew components).

pub mod effects;
pub mod views;

use wasm_bindgen::JsCast;

/// The page is single-threaded wasm (no `atomics`), which is what `WasmDynamicTalc` requires.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// Mounts the page into `#app`, replacing the pre-rendered guidance (`[data-fallback]`, with
/// its own `h1` and the hidden no-wasm notice) in the same task, so the browser never paints
/// both and screen readers never meet the content twice; installs a panic hook first that tells
/// the user what happened instead of leaving a frozen page.
pub fn run() {
    yew::set_custom_panic_hook(Box::new(show_fatal));
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(root) = document.get_element_by_id("app") else {
        return;
    };
    // The texts and help fragments first (they sit next to the fallback), then the fallback
    // goes: the app shows the same header and guidance, and more, in the same language.
    let texts = match effects::l10n::adopt() {
        Ok(texts) => texts,
        Err(_) => {
            // A page built without its texts (or for another build of the wasm): the
            // pre-rendered guidance, if any, stays; the crash box says what happened, in
            // English, as there are no texts to say it in.
            show_problem(
                &document,
                "This copy of the page has no texts for this build (scripts/post-build.sh was not run on it).",
            );
            return;
        }
    };
    effects::content::adopt();
    root.set_inner_html("");
    yew::Renderer::<views::App>::with_root_and_props(root, views::app::AppProps { texts }).render();
    remove_fallback(&document);
}

/// Removes the pre-rendered, no-WebAssembly guidance (`[data-fallback]`, if the build put
/// any in index.html) once the app has mounted, so the page shows one set of steps and
/// screen readers do not read everything twice.
fn remove_fallback(document: &web_sys::Document) {
    let Ok(nodes) = document.query_selector_all("[data-fallback]") else {
        return;
    };
    for i in 0..nodes.length() {
        if let Some(element) = nodes
            .get(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        {
            element.remove();
        }
    }
}

/// Shows the static `#fatal` box (it lives in index.html, outside Yew's tree, so it works
/// even when the app is gone) and logs the details for IT.
fn show_fatal(info: &std::panic::PanicHookInfo<'_>) {
    web_sys::console::error_1(&format!("teams-signin-check crashed: {info}").into());
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        show_problem(&document, &info.to_string());
    }
}

/// Puts `detail` (for IT, as the code wrote it) into the `#fatal` box and shows it.
fn show_problem(document: &web_sys::Document, detail: &str) {
    if let Some(d) = document.get_element_by_id("fatal-detail") {
        d.set_text_content(Some(detail));
    }
    if let Some(fatal) = document
        .get_element_by_id("fatal")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        fatal.set_hidden(false);
    }
}
