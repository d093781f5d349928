//! Numbers, dates and times in the page's language, from the browser's own `Intl` (it costs
//! no wasm, unlike a formatting library: see ARCHITECTURE.md).
//!
//! The locale is the page's language, or the browser's own tag when that is the same
//! language in a regional form (`de-AT` on the German page keeps Austrian dates, `ar-EG` on
//! the Arabic page its digits).

use std::cell::RefCell;

use js_sys::{Array, Intl, Object, Reflect};
use wasm_bindgen::JsValue;

thread_local! {
    /// The number formatter for the current locale (`(locale, formatter)`).
    static NUMBER: RefCell<Option<(String, Intl::NumberFormat)>> = const { RefCell::new(None) };
}

/// The locale for `lang`: the browser's tag when it is a regional form of `lang`.
pub fn locale(lang: &str) -> String {
    let browser = super::platform::language();
    let base = |t: &str| t.split('-').next().unwrap_or("").to_ascii_lowercase();
    if !browser.is_empty() && base(&browser) == base(lang) && lang != "zh-Hans" {
        browser
    } else {
        lang.to_string()
    }
}

fn locales(lang: &str) -> Array {
    let a = Array::new();
    a.push(&JsValue::from_str(&locale(lang)));
    a
}

/// A whole number in the language's digits and grouping (`1.234` in German).
pub fn number(lang: &str, n: i64) -> String {
    NUMBER.with(|cell| {
        let mut cell = cell.borrow_mut();
        if cell.as_ref().is_none_or(|(l, _)| l != lang) {
            *cell = Some((
                lang.to_string(),
                Intl::NumberFormat::new(&locales(lang), &Object::new()),
            ));
        }
        let (_, format) = cell.as_ref().expect("just set");
        format
            .format()
            .call1(&JsValue::UNDEFINED, &JsValue::from_f64(n as f64))
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_else(|| n.to_string())
    })
}

/// A number of tenths with one decimal in the language's digits (`2,4` in German).
pub fn tenths(lang: &str, tenths: i64) -> String {
    let opts = Object::new();
    let _ = Reflect::set(&opts, &"minimumFractionDigits".into(), &1.into());
    let _ = Reflect::set(&opts, &"maximumFractionDigits".into(), &1.into());
    Intl::NumberFormat::new(&locales(lang), &opts)
        .format()
        .call1(
            &JsValue::UNDEFINED,
            &JsValue::from_f64(tenths as f64 / 10.0),
        )
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| signin_core::text::tenths(tenths))
}

/// An instant as date and time in the language, in the computer's own time zone.
pub fn date_time(lang: &str, ms: f64) -> String {
    let opts = Object::new();
    let _ = Reflect::set(&opts, &"dateStyle".into(), &"medium".into());
    let _ = Reflect::set(&opts, &"timeStyle".into(), &"medium".into());
    let date = js_sys::Date::new(&JsValue::from_f64(ms));
    Intl::DateTimeFormat::new(&locales(lang), &opts)
        .format()
        .call1(&JsValue::UNDEFINED, &date)
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| date.to_string().into())
}

/// The language's plural category for `n`, as the browser's `Intl.PluralRules` sees it
/// (browser tests compare it with the catalog's own rules).
pub fn plural_category(lang: &str, n: i64) -> String {
    let rules = Intl::PluralRules::new(&locales(lang), &Object::new());
    rules.select(n as f64).into()
}
