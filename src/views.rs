//! Thin Yew views: they render state and turn clicks into actions. Decisions come from
//! `signin_core`, requests from `effects`.
//!
//! Views without state of their own (badge, notice, summary, the clock and network cards,
//! the office question, the OS/client choice, the article) are plain functions from their
//! props to `Html`, called from the root component: each Yew component type costs about
//! 0.5 KB gzip of wasm, and these re-render with the root anyway. Components remain where
//! a view keeps state (hooks).

pub mod app;
pub mod choice;
pub mod clock;
pub mod copy;
pub mod fix;
pub mod guidance;
pub mod hooks;
pub mod network;
pub mod notice;
pub mod office;
pub mod plan;
pub mod report;
pub mod script;
pub mod state;
pub mod status;
pub mod summary;
pub mod text;

pub use app::App;
