//! The fix-script generator as its own wasm module: `signin_core::script::generate` and
//! `describe` behind one exported function. The page (`src/effects/script_gen.rs`) loads it
//! lazily, so the script templates are not part of the first load.
//!
//! The interface is deliberately small: a [`ScriptRequest`] as JSON in, the script text and
//! the plain-language description out. The request is only data the page already validated;
//! the generator re-checks everything itself, exactly as when it ran inside the page.

use signin_core::script::{self, ScriptRequest};
use wasm_bindgen::prelude::*;

/// Single-threaded wasm: the same allocator as the page.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// Generates the script for a JSON-encoded [`ScriptRequest`]: `[text, bullet, bullet, …]`
/// (the text without BOM, then [`script::describe`]'s bullets, each a
/// [`Text`](signin_core::text::Text) as JSON: the page puts the words in, in its language).
/// A request that does not decode gives an error naming why; it never gives a script.
#[wasm_bindgen]
pub fn generate(request: &str) -> Result<Vec<String>, String> {
    let request = decode(request)?;
    let mut out = vec![script::generate(&request).text];
    out.extend(script::describe(&request).iter().map(|t| t.to_json()));
    Ok(out)
}

fn decode(request: &str) -> Result<ScriptRequest, String> {
    serde_json::from_str(request).map_err(|e| format!("the script request was not understood: {e}"))
}

/// Trunk needs a binary; the module does nothing until the page calls [`generate`].
fn main() {}

#[cfg(test)]
mod tests {
    use super::*;
    use signin_core::platform::{Client, Os};
    use signin_core::script::ScriptOptions;

    mod sample {
        use signin_core::platform::{Client, Os};
        use signin_core::script::{ScriptEndpoint, ScriptOptions, ScriptRequest};
        include!("../../core/tests/fixtures/script_request.rs");
    }

    /// The sample request with free text that needs escaping in JSON and in both languages.
    fn request(os: Os) -> ScriptRequest {
        let mut req = sample::request(os, Client::Both, ScriptOptions::default());
        req.organization = "Contoso \"IT\" $(x) 'q'".into();
        req.helpdesk = "+1 555 0100 \u{202E}".into();
        req
    }

    /// The module gives exactly what the page gave when it generated in place, for the
    /// request as the page encodes it (`signin_core::json`).
    #[test]
    fn json_round_trip_gives_the_same_script_and_description() {
        for os in [Os::Windows, Os::Macos, Os::Linux] {
            let req = request(os);
            let json = signin_core::json::to_value(&req)
                .expect("serializes")
                .to_json();
            assert_eq!(decode(&json), Ok(req.clone()));
            let out = generate(&json).expect("generates");
            assert_eq!(out[0], script::generate(&req).text, "{os:?}");
            let bullets: Vec<_> = out[1..]
                .iter()
                .map(|j| signin_core::text::Text::from_json(j).expect("a text"))
                .collect();
            assert_eq!(bullets, script::describe(&req), "{os:?}");
        }
    }

    #[test]
    fn a_bad_request_gives_no_script() {
        let err = generate(r#"{"os":"windows"}"#).expect_err("missing fields");
        assert!(
            err.starts_with("the script request was not understood"),
            "{err}"
        );
        assert!(generate("not json").is_err());
    }
}
