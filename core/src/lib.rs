//! Pure decisions of the Teams sign-in self-check: plain data in, plain data out.
//!
//! Nothing here touches the browser; time, randomness and everything the network
//! returned are passed in as arguments, so every rule is tested natively with tables.

pub mod clock;
pub mod codes;
pub mod config;
pub mod error;
pub mod help;
pub mod network;
pub mod page;
pub mod params;
pub mod plan;
pub mod platform;
pub mod prerender;
pub mod report;
pub mod script;
pub mod status;
pub mod teams;
pub mod text;
pub mod url;

pub use error::CoreError;
/// The catalogs' crate (languages, plural rules, compiled messages), for the page.
pub use signin_catalog as catalog;
/// The small JSON reader and writer (its own crate), where the pure layer's callers expect it.
pub use signin_json as json;
