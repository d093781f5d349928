//! `l10n-check [LANGUAGE…]`: checks the catalogs in `l10n/` (every language, or the ones
//! named) against English, as `make test` does, and lists every problem with its file and
//! line. For translators and reviewers: run it after editing a catalog.
//!
//! ```text
//! cargo run -p signin-core --bin l10n-check -- de
//! ```
//!
//! Exit codes: 0 no problem; 1 problems (listed on standard output); 2 wrong usage.

use std::process::ExitCode;

use signin_core::catalog::languages;
use signin_core::text::native::{check_all, l10n_dir};

fn main() -> ExitCode {
    let wanted: Vec<String> = std::env::args().skip(1).collect();
    if let Some(bad) = wanted.iter().find(|t| languages::by_tag(t).is_none()) {
        eprintln!(
            "l10n-check: {bad} is not a shipped language ({})",
            languages::LANGUAGES.map(|l| l.tag).join(", ")
        );
        return ExitCode::from(2);
    }
    let problems: Vec<String> = check_all(&l10n_dir())
        .into_iter()
        .filter(|p| {
            wanted.is_empty()
                || wanted
                    .iter()
                    .any(|t| p.starts_with(&format!("{t}/")) || p.contains(&format!("/l10n/{t}")))
        })
        .collect();
    for p in &problems {
        println!("{p}");
    }
    if problems.is_empty() {
        println!("no problems");
        ExitCode::SUCCESS
    } else {
        eprintln!("{} problem(s)", problems.len());
        ExitCode::FAILURE
    }
}
