//! The pure layer's one error type.

use thiserror::Error;

/// Everything the pure layer can refuse. `Clone + PartialEq` so views can take it as a prop.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum CoreError {
    /// The server answered without a `Date` header (or the browser hid it).
    #[error("the server's answer had no Date header")]
    MissingDateHeader,
    /// The `Date` header was present but not an HTTP date.
    #[error("the server's Date header could not be read: {0:?}")]
    BadDateHeader(String),
    /// There was no measurement to work with (every clock request failed before any
    /// answer came back).
    #[error("no clock measurement to work with")]
    NoSamples,
    /// A URL that is not acceptable for the place it is used in.
    #[error("{0}")]
    InvalidUrl(String),
}
