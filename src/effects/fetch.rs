//! `fetch` with the options these checks need, and abortable deadlines.

use std::cell::Cell;
use std::rc::Rc;

use gloo_timers::callback::Timeout;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    AbortController, RequestCache, RequestCredentials, RequestInit, RequestMode, Response,
};

use super::{window, EffectError};

/// How a request is made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Options {
    pub method: &'static str,
    pub mode: RequestMode,
    /// `no-store` everywhere but the config: a cached answer has a stale `Date` and
    /// hides a block that happened since.
    pub cache: RequestCache,
    /// `omit` everywhere but the page's own files (the config, the texts).
    pub credentials: RequestCredentials,
}

impl Options {
    /// A probe's request: never answered from the cache, never with credentials.
    const fn probe(method: &'static str, mode: RequestMode) -> Options {
        Options {
            method,
            mode,
            cache: RequestCache::NoStore,
            credentials: RequestCredentials::Omit,
        }
    }

    pub const HEAD_NO_STORE: Options = Options::probe("HEAD", RequestMode::SameOrigin);
    pub const GET_NO_STORE: Options = Options::probe("GET", RequestMode::SameOrigin);
    /// The mode and credentials of index.html's `<link rel="preload" as="fetch"
    /// crossorigin="anonymous">` for config.json, so that Chromium answers from the preload
    /// (Firefox and WebKit revalidate: `no-cache` keeps an edited config from being missed).
    pub const CONFIG: Options = Options {
        method: "GET",
        mode: RequestMode::Cors,
        cache: RequestCache::NoCache,
        credentials: RequestCredentials::SameOrigin,
    };
    /// The page's own text files: revalidated, so a new build is seen at once.
    pub const GET_CACHED: Options = Options {
        method: "GET",
        mode: RequestMode::SameOrigin,
        cache: RequestCache::NoCache,
        // An intranet host may need the user's sign-in for its own files, as for the page.
        credentials: RequestCredentials::SameOrigin,
    };
    pub const NO_CORS: Options = Options::probe("GET", RequestMode::NoCors);
    pub const CORS: Options = Options::probe("GET", RequestMode::Cors);
}

/// A deadline that aborts every request made under it: on timeout, or when dropped
/// (so a superseded check never leaves requests dangling).
pub struct Deadline {
    controller: AbortController,
    fired: Rc<Cell<bool>>,
    _timer: Option<Timeout>,
    timeout_ms: u32,
}

impl Deadline {
    /// Aborts after `timeout_ms`.
    pub fn new(timeout_ms: u32) -> Result<Deadline, EffectError> {
        let controller =
            AbortController::new().map_err(|e| EffectError::from_js(EffectError::Browser, &e))?;
        let fired = Rc::new(Cell::new(false));
        let timer = {
            let controller = controller.clone();
            let fired = fired.clone();
            Timeout::new(timeout_ms, move || {
                fired.set(true);
                controller.abort();
            })
        };
        Ok(Deadline {
            controller,
            fired,
            _timer: Some(timer),
            timeout_ms,
        })
    }

    /// Whether the time limit (not a cancellation) ended the requests.
    pub fn expired(&self) -> bool {
        self.fired.get()
    }

    /// Maps a failure to `Timeout` when the deadline caused it.
    pub fn explain(&self, err: EffectError) -> EffectError {
        if self.expired() {
            EffectError::Timeout(self.timeout_ms)
        } else {
            err
        }
    }

    /// Sends one request under this deadline. Resolves when the response headers arrive.
    pub async fn fetch(&self, url: &str, opts: Options) -> Result<Response, EffectError> {
        let init = RequestInit::new();
        init.set_method(opts.method);
        init.set_mode(opts.mode);
        init.set_cache(opts.cache);
        init.set_credentials(opts.credentials);
        init.set_signal(Some(&self.controller.signal()));
        let promise = window()?.fetch_with_str_and_init(url, &init);
        let value = JsFuture::from(promise)
            .await
            .map_err(|e| self.explain(EffectError::from_js(EffectError::Network, &e)))?;
        value
            .dyn_into::<Response>()
            .map_err(|_| EffectError::Browser("fetch did not return a Response".into()))
    }

    /// Reads a response body as text, still under the deadline.
    pub async fn text(&self, response: &Response) -> Result<String, EffectError> {
        let promise = response
            .text()
            .map_err(|e| EffectError::from_js(EffectError::Browser, &e))?;
        let value = JsFuture::from(promise)
            .await
            .map_err(|e| self.explain(EffectError::from_js(EffectError::Network, &e)))?;
        Ok(value.as_string().unwrap_or_default())
    }
}

impl Drop for Deadline {
    fn drop(&mut self) {
        // Dropping a finished deadline aborts nothing in flight; dropping a running one
        // (the user pressed "Check again") cancels its requests at once.
        self.controller.abort();
    }
}
