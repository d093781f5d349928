//! Loading the organization's `config.json` next to the page.

use signin_core::config::{self, Config, ConfigProblem};

use super::fetch::{Deadline, Options};
use super::EffectError;

/// A hung server must not keep the page waiting for its config.
const CONFIG_TIMEOUT_MS: u32 = 4000;

/// Fetches and parses `config.json` from the app's root (so a sub-folder deployment and the
/// language folders find the one file). Never fails: any problem becomes a notice and the
/// defaults are used.
pub async fn load(origin: &str) -> (Config, Vec<ConfigProblem>) {
    match fetch_text().await {
        Ok(text) => config::parse(&text, origin),
        Err(e) => config::unavailable(e.text()),
    }
}

async fn fetch_text() -> Result<String, EffectError> {
    let deadline = Deadline::new(CONFIG_TIMEOUT_MS)?;
    let response = deadline
        .fetch(&super::l10n::url("config.json"), Options::CONFIG)
        .await?;
    if !response.ok() {
        return Err(EffectError::Http(response.status()));
    }
    deadline.text(&response).await
}
