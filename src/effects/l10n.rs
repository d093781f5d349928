//! The page's texts: the catalog the build wrote into this language's HTML (read once at
//! start), the part loaded later, and switching to another language in place.
//!
//! Every file the page loads is found from the app's root (`<meta name="app-root">`: `./`
//! on the root page, `../` in a language folder), never from the document's URL, which
//! changes when the language is switched in place.

use std::cell::RefCell;
use std::rc::Rc;

use signin_core::prerender::site::{CATALOG_ID, REPORT_CATALOG_ID};
use signin_core::text::Catalog;
use signin_core::json;
use wasm_bindgen::JsCast;
use web_sys::{Document, DomParser, Element, SupportedType};

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
                let base = doc
                    .and_then(|d| d.url().ok())
                    .unwrap_or_default();
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
    /// The helpdesk report's catalog (the page's own when the languages are the same).
    pub report: Rc<Catalog>,
    /// The lazily loaded part, relative to the app root.
    pub lazy: Option<String>,
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
    let page = Catalog::from_json(&text)?;
    let lazy = json::parse(&text)
        .ok()
        .and_then(|v| v.get("lazy").and_then(|l| l.as_str()).map(str::to_string));
    let page = Rc::new(page);
    let report = match block(doc, REPORT_CATALOG_ID) {
        Some(t) => Rc::new(Catalog::from_json(&t)?),
        None => page.clone(),
    };
    Ok(PageTexts { page, report, lazy })
}

async fn get_text(url: &str) -> Result<String, EffectError> {
    let deadline = Deadline::new(TIMEOUT_MS)?;
    let response = deadline.fetch(url, Options::GET_CACHED).await?;
    if !response.ok() {
        return Err(EffectError::Http(response.status()));
    }
    deadline.text(&response).await
}

/// The page's catalog with its lazily loaded part added.
pub async fn load_lazy(page: &Catalog, path: &str) -> Result<Catalog, EffectError> {
    let text = get_text(&url(path)).await?;
    let mut full = page.clone();
    full.merge_json(&text)?;
    Ok(full)
}

/// Switches the page to `tag` in place: reads that language's page, takes its texts, help
/// fragments, menu and fixed labels, sets `<html lang dir>` and the title, and puts the
/// language's folder in the address (query and hash kept), so a reload stays in it. The
/// page's state (check results, answers) is untouched.
pub async fn switch(tag: &str) -> Result<PageTexts, EffectError> {
    let html = get_text(&url(&format!("{tag}/"))).await?;
    let parsed = DomParser::new()
        .and_then(|p| p.parse_from_string(&html, SupportedType::TextHtml))
        .map_err(|e| EffectError::from_js(EffectError::Browser, &e))?;
    let texts = read(&parsed)?;
    let w = window()?;
    let doc = w
        .document()
        .ok_or_else(|| EffectError::Browser("no document".into()))?;
    super::content::replace_from(&parsed);
    // The fixed parts outside the app (menu, skip link, crash notice) by their swap keys.
    if let Ok(nodes) = parsed.query_selector_all("[data-l10n-swap]") {
        for i in 0..nodes.length() {
            let Some(new) = nodes.get(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
                continue;
            };
            let key = new.get_attribute("data-l10n-swap").unwrap_or_default();
            let old = doc
                .query_selector(&format!("[data-l10n-swap=\"{key}\"]"))
                .ok()
                .flatten();
            if let (Some(old), Ok(node)) = (old, doc.import_node_with_deep(&new, true)) {
                let _ = old.replace_with_with_node_1(&node);
            }
        }
    }
    if let Some(root) = doc.document_element() {
        let _ = root.set_attribute("lang", texts.page.lang());
        let _ = root.set_attribute("dir", texts.page.dir());
    }
    doc.set_title(&parsed.title());
    let location = w.location();
    let target = format!(
        "{}{}/{}{}",
        app_root(),
        tag,
        location.search().unwrap_or_default(),
        location.hash().unwrap_or_default()
    );
    if let Ok(history) = w.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&target));
    }
    Ok(texts)
}

/// A click listener on the language menu; dropping it removes the listener.
pub struct MenuListener {
    closure: wasm_bindgen::closure::Closure<dyn FnMut(web_sys::MouseEvent)>,
}

impl Drop for MenuListener {
    fn drop(&mut self) {
        if let Some(doc) = window().ok().and_then(|w| w.document()) {
            let _ = doc.remove_event_listener_with_callback(
                "click",
                self.closure.as_ref().unchecked_ref(),
            );
        }
    }
}

/// Calls `choose(tag, href)` when the reader picks a language in the menu, instead of
/// following the link. A click with a modifier key (new tab or window) is left to the
/// browser, as is every other link.
pub fn on_menu_choice(choose: impl Fn(String, String) + 'static) -> Option<MenuListener> {
    let doc = window().ok()?.document()?;
    let closure = wasm_bindgen::closure::Closure::<dyn FnMut(web_sys::MouseEvent)>::new(
        move |e: web_sys::MouseEvent| {
            if e.default_prevented()
                || e.button() != 0
                || e.ctrl_key()
                || e.meta_key()
                || e.shift_key()
                || e.alt_key()
            {
                return;
            }
            let link = e
                .target()
                .and_then(|t| t.dyn_into::<Element>().ok())
                .and_then(|el| el.closest("a[data-lang]").ok().flatten());
            let Some(link) = link else {
                return;
            };
            let (Some(tag), Some(href)) = (link.get_attribute("data-lang"), link.get_attribute("href"))
            else {
                return;
            };
            e.prevent_default();
            if let Ok(Some(details)) = link.closest("details") {
                let _ = details.remove_attribute("open");
            }
            choose(tag, href);
        },
    );
    doc.add_event_listener_with_callback("click", closure.as_ref().unchecked_ref())
        .ok()?;
    Some(MenuListener { closure })
}

/// Opens `href` (a language's page) the ordinary way.
pub fn navigate(href: &str) {
    if let Ok(w) = window() {
        let _ = w.location().assign(href);
    }
}
