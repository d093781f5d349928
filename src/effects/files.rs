//! Handing text to the user: file downloads (Blob) and the clipboard.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

use super::{window, EffectError};

/// Offers `bytes` as a download named `file_name` with the given MIME type.
pub fn download(file_name: &str, mime: &str, bytes: &[u8]) -> Result<(), EffectError> {
    let browser = |e: wasm_bindgen::JsValue| EffectError::from_js(EffectError::Browser, &e);
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let props = BlobPropertyBag::new();
    props.set_type(mime);
    let blob = Blob::new_with_u8_array_sequence_and_options(&parts, &props).map_err(browser)?;
    let url = Url::create_object_url_with_blob(&blob).map_err(browser)?;
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
    // Revoking at once can cancel the download in some browsers, so the previous URL is
    // revoked now instead: at most one blob is ever kept alive.
    LAST_URL.with(|last| {
        if let Some(old) = last.replace(Some(url)) {
            let _ = Url::revoke_object_url(&old);
        }
    });
    Ok(())
}

thread_local! {
    static LAST_URL: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Copies text to the clipboard (needs a secure context: https or localhost).
pub async fn copy(text: &str) -> Result<(), EffectError> {
    let clipboard = window()?.navigator().clipboard();
    JsFuture::from(clipboard.write_text(text))
        .await
        .map(|_| ())
        .map_err(|e| EffectError::from_js(EffectError::Browser, &e))
}
