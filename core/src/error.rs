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
    /// The measurements contradict each other (server clock jumped, several servers…).
    #[error("the clock measurements contradict each other")]
    InconsistentSamples,
    /// A URL that is not acceptable for the place it is used in.
    #[error("{0}")]
    InvalidUrl(String),
}
