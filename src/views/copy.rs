//! The one "copy to clipboard" behaviour shared by every copy button: copy, then say in the
//! button's status line what happened, including what to do when the browser refuses.

use signin_core::text::Msg;
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::effects::files;

/// A click handler copying `text`; `status` receives `done` or, when the clipboard is
/// blocked (http page, permissions), `blocked`: how to copy it by hand.
pub fn copy_callback(
    text: String,
    status: UseStateHandle<Option<Msg>>,
    done: Msg,
    blocked: Msg,
) -> Callback<MouseEvent> {
    Callback::from(move |_| {
        let text = text.clone();
        let status = status.clone();
        spawn_local(async move {
            status.set(Some(match files::copy(&text).await {
                Ok(()) => done,
                Err(_) => blocked,
            }));
        });
    })
}
