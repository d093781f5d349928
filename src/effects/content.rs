//! The help texts the build wrote into `index.html` (`signin_core::prerender::content`):
//! the app shows clones of those fragments instead of carrying the texts in its wasm.
//!
//! Each place that shows a fragment (a *slot*: the plan, the clock card, the article) gets
//! its own clone, kept here for the page's lifetime. Yew leaves a `VRef` alone while it is
//! the same node, so re-renders do not rebuild the lists (focus and scroll stay put), and a
//! node is never in two places at once.

use std::cell::RefCell;
use std::collections::HashMap;

use signin_core::prerender::content::{Fragment, TEMPLATE_ID};
use wasm_bindgen::JsCast;
use web_sys::{DocumentFragment, HtmlTemplateElement, Node};

thread_local! {
    /// The template's content, taken once (`run()` clears `#app`, where the template sits).
    static STORE: RefCell<Option<DocumentFragment>> = const { RefCell::new(None) };
    /// The clone each slot shows, per fragment.
    static CLONES: RefCell<HashMap<(&'static str, Fragment), Node>> = RefCell::new(HashMap::new());
}

/// Takes the build's help template out of the document, if it has one and it was not
/// taken yet. Call before anything clears the element that holds it.
pub fn adopt() {
    STORE.with(|store| {
        if store.borrow().is_some() {
            return;
        }
        let template = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(TEMPLATE_ID))
            .and_then(|e| e.dyn_into::<HtmlTemplateElement>().ok());
        if let Some(t) = template {
            *store.borrow_mut() = Some(t.content());
            t.remove();
        }
    });
}

/// The node `slot` shows for `fragment`: the same clone on every call. `None` when the page
/// was built without its help template (or without this fragment).
pub fn node(slot: &'static str, fragment: Fragment) -> Option<Node> {
    adopt();
    CLONES.with(|clones| {
        if let Some(n) = clones.borrow().get(&(slot, fragment)) {
            return Some(n.clone());
        }
        let selector = format!("[data-help=\"{}\"]", fragment.key());
        let found = STORE.with(|s| {
            s.borrow()
                .as_ref()
                .and_then(|content| content.query_selector(&selector).ok().flatten())
        })?;
        let clone = found.clone_node_with_deep(true).ok()?;
        clones.borrow_mut().insert((slot, fragment), clone.clone());
        Some(clone)
    })
}
