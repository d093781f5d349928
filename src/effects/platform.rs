//! What the browser says about where the page runs: its URL, the OS hints, the time zone.

use js_sys::{Array, Intl, Object, Reflect};
use wasm_bindgen::JsValue;

use signin_core::page::{BrowserHints, TimeZone};

use super::window;

/// The page's own origin (`http://127.0.0.1:8080`), or `""` outside a browser page.
pub fn origin() -> String {
    window()
        .ok()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default()
}

/// The raw query string (`?code=…`), decoded by `signin_core::params`.
pub fn query() -> String {
    window()
        .ok()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// The page's address without query or language folder (the app's root), for links IT
/// sends and the report: one address for every language.
pub fn page_url() -> String {
    super::l10n::app_root()
}

/// OS hints: `navigator.userAgentData.platform` / `.mobile` (Chromium) and the user agent.
pub fn browser_hints() -> BrowserHints {
    let Ok(w) = window() else {
        return BrowserHints::default();
    };
    let nav = w.navigator();
    // userAgentData is not in web-sys' stable API; read it reflectively.
    let data = Reflect::get(&nav, &"userAgentData".into()).unwrap_or(JsValue::UNDEFINED);
    let ua_platform = Reflect::get(&data, &"platform".into())
        .ok()
        .and_then(|v| v.as_string());
    let ua_mobile = Reflect::get(&data, &"mobile".into())
        .ok()
        .and_then(|v| v.as_bool());
    BrowserHints {
        ua_platform,
        ua_mobile,
        user_agent: nav.user_agent().unwrap_or_default(),
    }
}

/// The computer's time zone as the browser sees it.
pub fn time_zone() -> TimeZone {
    let options = Intl::DateTimeFormat::new(&Array::new(), &Object::new()).resolved_options();
    let name = Reflect::get(&options, &"timeZone".into())
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default();
    let utc_offset_min = -(js_sys::Date::new_0().get_timezone_offset() as i32);
    TimeZone {
        name,
        utc_offset_min,
    }
}

/// The browser's own description, for the helpdesk report.
pub fn language() -> String {
    window()
        .ok()
        .and_then(|w| w.navigator().language())
        .unwrap_or_default()
}

/// Moves keyboard focus to the first element matching `selector` (which must be focusable,
/// e.g. `tabindex="-1"`), so a control that disappears after a click does not drop the
/// user's place back to the top of the page. Returns whether something got focus.
pub fn focus_first(selector: &str) -> bool {
    use wasm_bindgen::JsCast;
    window()
        .ok()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(selector).ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        .is_some_and(|e| e.focus().is_ok())
}
