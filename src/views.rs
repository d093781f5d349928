//! Thin Yew views: they render state and turn clicks into actions. Decisions come from
//! `signin_core`, requests from `effects`.

pub mod app;
pub mod choice;
pub mod clock;
pub mod copy;
pub mod for_it;
pub mod guidance;
pub mod network;
pub mod notice;
pub mod office;
pub mod plan;
pub mod report;
pub mod script;
pub mod state;
pub mod status;
pub mod summary;

pub use app::App;
