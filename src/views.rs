//! Thin Yew views: they render state and turn clicks into actions. Decisions come from
//! `signin_core`, requests from `effects`.

pub mod app;
pub mod clock;
pub mod network;
pub mod notice;
pub mod state;
pub mod status;

pub use app::App;
