//! The help texts the build wrote into `index.html` (`signin_core::prerender::content`):
//! the app shows clones of those fragments instead of carrying the texts in its wasm.
//!
//! Each place that shows a fragment (a [`Slot`]: the clock card, the plan, the article) gets
//! its own clone, kept here for the page's lifetime, so a node is never needed in two places
//! at once. Yew leaves a `VRef` alone while it is the same node *at the same position among
//! its siblings*, so re-renders do not rebuild the lists (focus and scroll stay put). A view
//! must therefore keep the number of siblings before a fragment fixed (wrap a changing list
//! in its own `<>…</>`): when an unkeyed list shrinks, Yew places the new `VRef` first and then
//! detaches the old slot, which removes that very node again (yew 0.23 `BNode::detach`).

use std::cell::{Cell, RefCell};
use std::collections::HashMap;

use signin_core::prerender::content::{Fragment, TEMPLATE_ID};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{DocumentFragment, HtmlInputElement, HtmlTemplateElement, Node};

/// A place on the page that shows help fragments; each has its own clones.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Slot {
    /// The clock card's fix steps.
    Clock,
    /// The current step of the plan.
    Plan,
    /// The whole article.
    Article,
    /// The For IT panel.
    ForIt,
    /// Browser tests.
    Test(u8),
}

thread_local! {
    /// The template's content, taken once (`run()` clears `#app`, where the template sits).
    static STORE: RefCell<Option<DocumentFragment>> = const { RefCell::new(None) };
    /// The clone each slot shows, per fragment.
    static CLONES: RefCell<HashMap<(Slot, Fragment), Node>> = RefCell::new(HashMap::new());
    /// The texts after the checks did not arrive (see [`later_failed`]).
    static LATER_FAILED: Cell<bool> = const { Cell::new(false) };
}

/// The selector of the fallback's fragments: its solution steps carry the keys of the
/// fragments they are (`prerender::content::Fragment::in_fallback`).
const FALLBACK_FRAGMENTS: &str = "[data-fallback] [data-help]";

/// Takes the build's help template out of the document, with copies of the fragments in the
/// pre-rendered fallback, if it was not taken yet. Call before the fallback goes.
pub fn adopt() {
    STORE.with(|store| {
        if store.borrow().is_some() {
            return;
        }
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let template = doc
            .get_element_by_id(TEMPLATE_ID)
            .and_then(|e| e.dyn_into::<HtmlTemplateElement>().ok());
        if let Some(t) = template {
            let content = t.content();
            t.remove();
            copy_fallback(&doc, &content);
            *store.borrow_mut() = Some(content);
        }
    });
}

/// Copies the fallback's fragments of `doc` into `content`.
fn copy_fallback(doc: &web_sys::Document, content: &DocumentFragment) {
    if let Ok(list) = doc.query_selector_all(FALLBACK_FRAGMENTS) {
        for i in 0..list.length() {
            if let Some(copy) = list.item(i).and_then(|n| n.clone_node_with_deep(true).ok()) {
                let _ = content.append_child(&copy);
            }
        }
    }
}

/// Takes the help texts another language's page brought (the page's script put its
/// template, with that page's fallback fragments in it, into the document when it switched
/// language): from now on every slot shows clones of those.
pub fn replace_from(doc: &web_sys::Document) {
    let template = doc
        .get_element_by_id(TEMPLATE_ID)
        .and_then(|e| e.dyn_into::<HtmlTemplateElement>().ok());
    if let Some(t) = template {
        STORE.with(|store| *store.borrow_mut() = Some(t.content()));
        CLONES.with(|clones| clones.borrow_mut().clear());
        t.remove();
    }
}

/// Adds the fragments that arrive with the texts after the checks (HTML the build wrote
/// into this language's text file, from the same origin as the page).
pub fn add_later(html: &str) {
    adopt();
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(t) = doc
        .create_element("template")
        .ok()
        .and_then(|e| e.dyn_into::<HtmlTemplateElement>().ok())
    else {
        return;
    };
    t.set_inner_html(html);
    STORE.with(|store| {
        if let Some(content) = store.borrow().as_ref() {
            let _ = content.append_child(&t.content());
        }
    });
    LATER_FAILED.with(|f| f.set(false));
}

/// Notes that the texts after the checks did not arrive: fragments that would have come
/// with them say so instead of "Loading…".
pub fn later_failed() {
    LATER_FAILED.with(|f| f.set(true));
}

/// Whether the texts after the checks (and their fragments) failed to arrive.
pub fn is_later_failed() -> bool {
    LATER_FAILED.with(Cell::get)
}

/// Writes `text` into the element `selector` names inside the fragment `slot` shows (the
/// configuration in effect in the For IT panel), if it is on the page.
pub fn fill(slot: Slot, fragment: Fragment, selector: &str, text: &str) {
    if let Some(el) = node(slot, fragment)
        .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        .and_then(|e| e.query_selector(selector).ok().flatten())
    {
        el.set_text_content(Some(text));
    }
}

/// The node `slot` shows for `fragment`: the same clone on every call. `None` when the page
/// was built without its help template (or without this fragment).
pub fn node(slot: Slot, fragment: Fragment) -> Option<Node> {
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

/// A checkbox inside a pre-rendered fragment, wired to the app; dropping it removes the
/// listener.
pub struct Toggle {
    input: HtmlInputElement,
    closure: Closure<dyn FnMut(web_sys::Event)>,
}

impl Drop for Toggle {
    fn drop(&mut self) {
        let _ = self
            .input
            .remove_event_listener_with_callback("change", self.closure.as_ref().unchecked_ref());
    }
}

/// Shows `checked` in the checkbox `selector` names inside the fragment `slot` shows (the
/// unattended variant in the For IT panel), and calls `changed` with its new state when the
/// user changes it. `None` when the fragment or the checkbox is not on the page.
pub fn toggle(
    slot: Slot,
    fragment: Fragment,
    selector: &str,
    checked: bool,
    changed: impl Fn(bool) + 'static,
) -> Option<Toggle> {
    let input = node(slot, fragment)?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .query_selector(selector)
        .ok()
        .flatten()?
        .dyn_into::<HtmlInputElement>()
        .ok()?;
    input.set_checked(checked);
    let target = input.clone();
    let closure = Closure::<dyn FnMut(web_sys::Event)>::new(move |_: web_sys::Event| {
        changed(target.checked())
    });
    input
        .add_event_listener_with_callback("change", closure.as_ref().unchecked_ref())
        .ok()?;
    Some(Toggle { input, closure })
}
