//! Handing text to the user: file downloads (gloo-file's `Blob` and `ObjectUrl`) and the
//! clipboard (hand-written: gloo has no clipboard crate).

use gloo_file::{Blob, ObjectUrl};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::HtmlAnchorElement;

use super::{window, EffectError};

/// Offers `bytes` as a download named `file_name` with the given MIME type.
pub fn download(file_name: &str, mime: &str, bytes: &[u8]) -> Result<(), EffectError> {
    let browser = |e: wasm_bindgen::JsValue| EffectError::from_js(EffectError::Browser, &e);
    let url = ObjectUrl::from(Blob::new_with_options(bytes, Some(mime)));
    let document = window()?
        .document()
        .ok_or_else(|| EffectError::Browser("no document".into()))?;
    let anchor: HtmlAnchorElement = document
        .create_element("a")
        .map_err(browser)?
        .dyn_into()
        .map_err(|_| EffectError::Browser("not an anchor".into()))?;
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    // Revoking at once can cancel the download in some browsers, so the URL is kept until
    // the next download replaces it (dropping an `ObjectUrl` revokes it): at most one blob
    // is ever kept alive.
    LAST_URL.with(|last| last.replace(Some(url)));
    Ok(())
}

thread_local! {
    static LAST_URL: std::cell::RefCell<Option<ObjectUrl>> = const { std::cell::RefCell::new(None) };
}

/// Copies text to the clipboard (needs a secure context: https or localhost).
pub async fn copy(text: &str) -> Result<(), EffectError> {
    let clipboard = window()?.navigator().clipboard();
    JsFuture::from(clipboard.write_text(text))
        .await
        .map(|_| ())
        .map_err(|e| EffectError::from_js(EffectError::Browser, &e))
}
