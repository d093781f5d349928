//! The page's translation catalogs: the `.ftl` files in `l10n/<language>/`, English the source.
//!
//! Translators edit a small subset of Project Fluent (see [`ftl`]), which Fluent-aware tools
//! (Pontoon, Weblate, Mozilla's compare-locales) read as it is. Nothing of Fluent runs in the
//! browser: the build parses the files natively, [`check`]s every language against English,
//! and writes each language's messages in the compact form of [`compiled`], which the page
//! reads from its own HTML. The wasm links only [`compiled`]'s formatter and the
//! [`plural`] rules.

pub mod check;
pub mod compiled;
pub mod ftl;
pub mod languages;
pub mod plural;
pub mod pseudo;

pub use compiled::{Entry, Part, Piece};
pub use ftl::{Element, Message, ParseError, Pattern, Resource, Select, Variant, VariantKey};
pub use languages::{Direction, Language, Status, LANGUAGES};
pub use plural::Category;
