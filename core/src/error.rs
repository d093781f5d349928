//! The pure layer's one error type.

use thiserror::Error;

use crate::text::{Arg, Msg, Text};
use signin_json::JsonError;

/// Everything the pure layer can refuse. `Clone + PartialEq` so views can take it as a prop.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum CoreError {
    /// The server answered without a `Date` header (or the browser hid it).
    #[error("the server's answer had no Date header")]
    MissingDateHeader,
    /// The `Date` header was present but not an HTTP date.
    #[error("the server's Date header could not be read: {}", quoted(.0))]
    BadDateHeader(String),
    /// There was no measurement to work with (every clock request failed before any
    /// answer came back).
    #[error("no clock measurement to work with")]
    NoSamples,
    /// A text that is not JSON (where, so IT can find the mistake in `config.json`), or a
    /// value the JSON writer does not write; in the JSON crate's words.
    #[error(transparent)]
    Json(#[from] JsonError),
    /// A URL that is not acceptable for the place it is used in.
    #[error("the URL is not acceptable here")]
    InvalidUrl(crate::url::UrlProblem),
    /// A compiled message catalog the page cannot use (see `text::Catalog::from_json`).
    #[error("the page's texts cannot be read: {0}")]
    Catalog(String),
}

impl CoreError {
    /// Why, in words (the page's language; the report's for the report).
    pub fn text(&self) -> Text {
        match self {
            CoreError::MissingDateHeader => Msg::ErrorMissingDate.into(),
            CoreError::BadDateHeader(raw) => Text::error_bad_date(Arg::code(quoted(raw))),
            CoreError::NoSamples => Msg::ErrorNoSamples.into(),
            CoreError::Json(JsonError::NotJson { line, column, .. }) => {
                Text::error_not_json(*line, *column)
            }
            CoreError::Json(JsonError::Value(what)) => Text::error_browser(Arg::code(what.clone())),
            CoreError::InvalidUrl(p) => p.text(),
            CoreError::Catalog(_) => Msg::ErrorTexts.into(),
        }
    }
}

impl From<crate::text::CatalogError> for CoreError {
    fn from(e: crate::text::CatalogError) -> Self {
        match e {
            crate::text::CatalogError::Json(e) => e.into(),
            crate::text::CatalogError::Invalid(why) => CoreError::Catalog(why),
        }
    }
}

impl From<crate::url::UrlProblem> for CoreError {
    fn from(problem: crate::url::UrlProblem) -> Self {
        CoreError::InvalidUrl(problem)
    }
}

/// `text` in double quotes, with `"` and `\` escaped and control characters shown as U+FFFD.
/// Not `{:?}`: Debug formatting of strings brings Unicode tables into the page's wasm.
fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_date_header_is_quoted_like_debug_for_plain_text() {
        for raw in [
            "",
            "garbage",
            "Sun, 06 Nov 1994 08:49:37 UTC",
            "a \"b\" \\ c",
        ] {
            assert_eq!(
                CoreError::BadDateHeader(raw.into()).to_string(),
                format!("the server's Date header could not be read: {raw:?}")
            );
        }
        assert_eq!(quoted("a\tb\u{1b}"), "\"a\u{FFFD}b\u{FFFD}\"");
    }
}
