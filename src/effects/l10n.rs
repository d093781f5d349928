//! The page's texts: the catalog the build wrote into this language's HTML (read once at
//! start), the part loaded later, and the texts of another language when the page's own
//! script switches in place (it reads that language's page; see `prerender::site`).
//!
//! Every file the page loads is found from the app's root (`<meta name="app-root">`: `./`
//! on the root page, `../` in a language folder), never from the document's URL, which
//! changes when the language is switched in place.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::Reflect;
use signin_core::prerender::site::CATALOG_ID;
use signin_core::text::{Catalog, CatalogPart};
use signin_core::CoreError;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Document;

use super::fetch::{Deadline, Options};
use super::{window, EffectError};

/// Loading a text file or another language's page gives up after this long.
const TIMEOUT_MS: u32 = 8000;

thread_local! {
    /// The app root as an absolute URL, fixed at start.
    static ROOT: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// The app's root folder as an absolute URL ending in `/`: where the wasm, `config.json`,
/// the scripts and the language folders are.
pub fn app_root() -> String {
    ROOT.with(|root| {
        root.borrow_mut()
            .get_or_insert_with(|| {
                let doc = window().ok().and_then(|w| w.document());
                let relative = doc
                    .as_ref()
                    .and_then(|d| d.query_selector("meta[name=\"app-root\"]").ok().flatten())
                    .and_then(|m| m.get_attribute("content"))
                    .unwrap_or_else(|| "./".into());
                let base = doc.and_then(|d| d.url().ok()).unwrap_or_default();
                web_sys::Url::new_with_base(&relative, &base)
                    .map(|u| {
                        u.set_search("");
                        u.set_hash("");
                        u.href()
                    })
                    .unwrap_or(relative)
            })
            .clone()
    })
}

/// A shared file's absolute URL (`config.json`, `Fix-TeamsSignIn.ps1`).
pub fn url(file: &str) -> String {
    format!("{}{file}", app_root())
}

/// The texts of a page: its language's catalog, the report's, and where the rest is.
#[derive(Clone, Debug, PartialEq)]
pub struct PageTexts {
    pub page: Rc<Catalog>,
    /// The helpdesk report's catalog: the page's own until the report's language, when it
    /// differs, is loaded with the texts after the checks.
    pub report: Rc<Catalog>,
    /// The lazily loaded part, relative to the app root.
    pub lazy: Option<String>,
    /// The report's texts when the report has another language, relative to the app root.
    pub report_file: Option<String>,
}

/// The texts of this page, or why they cannot be read (a page built without its texts, or
/// for another build of the wasm).
pub fn adopt() -> Result<PageTexts, EffectError> {
    let doc = window()?
        .document()
        .ok_or_else(|| EffectError::Browser("no document".into()))?;
    read(&doc)
}

fn block(doc: &Document, id: &str) -> Option<String> {
    doc.get_element_by_id(id).and_then(|e| e.text_content())
}

fn read(doc: &Document) -> Result<PageTexts, EffectError> {
    let text = block(doc, CATALOG_ID)
        .ok_or_else(|| EffectError::Browser("this page has no texts".into()))?;
    parse(&text)
}

/// A page's texts from its JSON block.
fn parse(page: &str) -> Result<PageTexts, EffectError> {
    let part = CatalogPart::parse(page).map_err(CoreError::from)?;
    let page = Rc::new(Catalog::from_part(&part).map_err(CoreError::from)?);
    Ok(PageTexts {
        report: page.clone(),
        page,
        lazy: part.field("lazy").map(str::to_string),
        report_file: part.field("report").map(str::to_string),
    })
}

async fn get_text(url: &str) -> Result<String, EffectError> {
    let deadline = Deadline::new(TIMEOUT_MS)?;
    let response = deadline.fetch(url, Options::GET_CACHED).await?;
    if !response.ok() {
        return Err(EffectError::Http(response.status()));
    }
    deadline.text(&response).await
}

/// The report's catalog in its own language (see [`PageTexts::report_file`]).
pub async fn load_report(path: &str) -> Result<Catalog, EffectError> {
    Ok(Catalog::from_json(&get_text(&url(path)).await?).map_err(CoreError::from)?)
}

/// The page's catalog with its lazily loaded part added.
pub async fn load_lazy(page: &Catalog, path: &str) -> Result<Catalog, EffectError> {
    let part = CatalogPart::parse(&get_text(&url(path)).await?).map_err(CoreError::from)?;
    let mut full = page.clone();
    full.merge_part(&part).map_err(CoreError::from)?;
    // The help fragments that are not in the fallback come in the same file.
    if let Some(help) = part.field("help") {
        super::content::add_later(help);
    }
    Ok(full)
}

/// A listener for the page script's language switch; dropping it removes the listener.
pub struct SwitchListener {
    closure: Closure<dyn FnMut(web_sys::Event)>,
}

impl Drop for SwitchListener {
    fn drop(&mut self) {
        if let Ok(w) = window() {
            let _ = w.remove_event_listener_with_callback(
                SWITCH_EVENT,
                self.closure.as_ref().unchecked_ref(),
            );
        }
    }
}

/// The event the page's script sends when it switched the language in place
/// (`prerender::site::page_script`): it has swapped the menu and the fixed labels, set
/// `<html lang dir>`, the title and the address, and put the language's help template into
/// the document; its detail carries the texts.
const SWITCH_EVENT: &str = "l10n-switch";

/// Calls `switched` with the new language's texts each time the page switches language in
/// place. Texts that cannot be read (another build's) are ignored: the page keeps its own.
pub fn on_switch(switched: impl Fn(PageTexts) + 'static) -> Option<SwitchListener> {
    let closure = Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
        let detail = Reflect::get(&e, &"detail".into()).unwrap_or(JsValue::UNDEFINED);
        let text = |key: &str| {
            Reflect::get(&detail, &key.into())
                .ok()
                .and_then(|v| v.as_string())
        };
        let Some(page) = text("page") else {
            return;
        };
        if let Ok(texts) = parse(&page) {
            if let Some(doc) = window().ok().and_then(|w| w.document()) {
                super::content::replace_from(&doc);
            }
            switched(texts);
        }
    });
    window()
        .ok()?
        .add_event_listener_with_callback(SWITCH_EVENT, closure.as_ref().unchecked_ref())
        .ok()?;
    Some(SwitchListener { closure })
}
