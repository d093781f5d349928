//! The one "copy to clipboard" behaviour shared by every copy button: copy, then say in the
//! button's status line what happened, including what to do when the browser refuses.

use yew::platform::spawn_local;
use yew::prelude::*;

use crate::effects::files;

/// A click handler copying `text`; `status` receives `done` or, when the clipboard is
/// blocked (http page, permissions), how to copy `what` by hand.
pub fn copy_callback(
    text: String,
    status: UseStateHandle<String>,
    done: String,
    what: &'static str,
) -> Callback<MouseEvent> {
    Callback::from(move |_| {
        let text = text.clone();
        let status = status.clone();
        let done = done.clone();
        spawn_local(async move {
            status.set(match files::copy(&text).await {
                Ok(()) => done,
                Err(_) => format!(
                    "Copying was blocked by the browser: select the {what} and press Ctrl+C (⌘C on a Mac)."
                ),
            });
        });
    })
}
