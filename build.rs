//! Versions the lazily loaded script generator (`script-gen/`, built by Trunk without a
//! hash in its file names): a hash of every source it is built from becomes
//! `SCRIPT_GEN_VERSION`, which the page appends as `?v=` to the module's URLs. A new
//! generator therefore gets new URLs, and no cache can pair a new page with an old module.

use std::path::{Path, PathBuf};

/// What the generator's wasm is built from (relative to this package, the workspace root).
const INPUTS: [&str; 11] = [
    "core/src",
    "json/src",
    "json/Cargo.toml",
    "core/build.rs",
    "catalog/src",
    "l10n/en",
    "core/Cargo.toml",
    "script-gen/src",
    "script-gen/Cargo.toml",
    "Cargo.toml",
    "Cargo.lock",
];

fn files(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        if let Ok(entries) = std::fs::read_dir(path) {
            for entry in entries.flatten() {
                files(&entry.path(), out);
            }
        }
    } else if path.is_file() {
        out.push(path.to_path_buf());
    }
}

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let mut all = Vec::new();
    for input in INPUTS {
        println!("cargo:rerun-if-changed={input}");
        files(&root.join(input), &mut all);
    }
    all.sort();
    // FNV-1a (64 bit): a fixed algorithm, so the same sources give the same version with
    // any Rust release (std's DefaultHasher promises no such thing). Not a security hash:
    // it only has to change when the sources do.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut feed = |bytes: &[u8]| {
        for b in bytes {
            hash = (hash ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
        }
    };
    for file in &all {
        feed(
            file.strip_prefix(&root)
                .unwrap_or(file)
                .to_string_lossy()
                .as_bytes(),
        );
        feed(&std::fs::read(file).unwrap_or_default());
    }
    println!("cargo:rustc-env=SCRIPT_GEN_VERSION={hash:016x}");
}
