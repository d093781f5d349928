//! Native benchmark of the fix-script generator, run by `scripts/bench.sh` (`make bench`):
//! `cargo run --release -p signin-core --example bench_scripts`.
//!
//! Prints Markdown table rows (bench.sh writes the `###` heading above them): the time of one
//! `script::generate` call (median and p95, per OS over all client × step variants) and the
//! size of the downloaded script. Std only; timed with `std::time::Instant`, one call at a time.
//!
//! `BENCH_SCRIPT_ROUNDS` (default 1000) sets the timed rounds; each round generates every
//! request once, so every OS gets `rounds × clients × step sets` samples.

use std::hint::black_box;
use std::time::{Duration, Instant};

use signin_core::config;
use signin_core::platform::{Client, Os};
use signin_core::script::{self, ScriptOptions, ScriptRequest};

mod sample {
    use signin_core::platform::{Client, Os};
    use signin_core::script::{ScriptEndpoint, ScriptOptions, ScriptRequest};
    include!("../tests/fixtures/script_request.rs");
}

const DEFAULT_ROUNDS: usize = 1000;
const WARMUP_ROUNDS: usize = 50;

/// The representative step sets: the page's defaults, everything on (delete instead of backup
/// and time resync included), and the minimal script that only clears the cache.
fn step_sets() -> [(&'static str, ScriptOptions); 3] {
    let minimal = ScriptOptions {
        clear_cache: true,
        ..ScriptOptions::NONE
    };
    [
        ("defaults", ScriptOptions::default()),
        ("all on", sample::ALL_ON),
        ("minimal", minimal),
    ]
}

/// What the page builds from static/config.json for a user of Contoso.
fn request(os: Os, client: Client, options: ScriptOptions) -> ScriptRequest {
    let (config, _) = config::parse(
        include_str!("../../static/config.json"),
        "https://help.contoso.example",
    );
    script::request_for(Some(&config), os, client, &options)
}

/// Bytes of the file the user downloads (the `.ps1` gets a BOM in front of its text).
fn download_bytes(req: &ScriptRequest) -> usize {
    script::generate(req).bytes().len()
}

/// Nearest-rank percentile of sorted samples (`p` in 0..=100).
fn percentile(sorted: &[Duration], p: usize) -> Duration {
    let rank = (p * sorted.len()).div_ceil(100).max(1);
    sorted[rank - 1]
}

fn micros(d: Duration) -> String {
    format!("{:.1} µs", d.as_secs_f64() * 1e6)
}

/// `1234567` → `1,234,567` (like `toLocaleString('en')` in tests/e2e/bench.mjs).
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn os_label(os: Os) -> String {
    let language = match os {
        Os::Windows => "PowerShell",
        Os::Macos | Os::Linux => "bash",
    };
    format!("{} ({language}, `{}`)", os.label(), script::file_name(os))
}

struct Row {
    label: String,
    variants: usize,
    samples: Vec<Duration>,
    sizes: Vec<usize>,
}

impl Row {
    fn print(&mut self) {
        self.samples.sort_unstable();
        let min_size = self.sizes.iter().copied().min().unwrap_or_default();
        let max_size = self.sizes.iter().copied().max().unwrap_or_default();
        println!(
            "| {} | {} | {} | {} | {} | {} | {} … {} |",
            self.label,
            self.variants,
            micros(percentile(&self.samples, 50)),
            micros(percentile(&self.samples, 95)),
            micros(self.samples[0]),
            thousands(self.samples.len()),
            thousands(min_size),
            thousands(max_size),
        );
    }
}

fn main() {
    let rounds = std::env::var("BENCH_SCRIPT_ROUNDS")
        .ok()
        .and_then(|v| v.parse::<usize>().ok())
        .filter(|&n| n > 0)
        .unwrap_or(DEFAULT_ROUNDS);
    let steps = step_sets();

    // Per OS: every client × step set.
    let per_os: Vec<(Os, Vec<ScriptRequest>)> = Os::ALL
        .iter()
        .map(|&os| {
            let reqs = Client::ALL
                .iter()
                .flat_map(|&client| steps.iter().map(move |&(_, s)| request(os, client, s)))
                .collect();
            (os, reqs)
        })
        .collect();

    for _ in 0..WARMUP_ROUNDS {
        for (_, reqs) in &per_os {
            for req in reqs {
                black_box(script::generate(black_box(req)));
            }
        }
    }

    let mut rows: Vec<Row> = per_os
        .iter()
        .map(|(os, reqs)| Row {
            label: os_label(*os),
            variants: reqs.len(),
            samples: Vec::with_capacity(rounds * reqs.len()),
            sizes: reqs.iter().map(download_bytes).collect(),
        })
        .collect();

    // Interleave the OSes in every round so drift (turbo, other load) hits them alike.
    let started = Instant::now();
    for _ in 0..rounds {
        for ((_, reqs), row) in per_os.iter().zip(rows.iter_mut()) {
            for req in reqs {
                let t = Instant::now();
                let generated = script::generate(black_box(req));
                let elapsed = t.elapsed();
                black_box(generated);
                row.samples.push(elapsed);
            }
        }
    }
    let wall = started.elapsed();

    let mut all = Row {
        label: "**all OSes**".into(),
        variants: rows.iter().map(|r| r.variants).sum(),
        samples: rows
            .iter()
            .flat_map(|r| r.samples.iter().copied())
            .collect(),
        sizes: rows.iter().flat_map(|r| r.sizes.iter().copied()).collect(),
    };

    println!(
        "| script (`script::generate`) | variants | time per script, median | p95 | min | samples | size, bytes (min … max) |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|");
    for row in &mut rows {
        row.print();
    }
    all.print();
    println!();
    println!(
        "Variants per OS: {} clients ({}) × {} step sets ({}); {} default Microsoft endpoints, \
         organization and help-desk line from static/config.json. One `generate` call per sample, \
         timed with `std::time::Instant`, after {WARMUP_ROUNDS} warm-up rounds; {} timed rounds \
         ({:.2} s). Size = the downloaded file: UTF-8 text, plus the 3-byte BOM for the `.ps1` \
         (CRLF line ends); LF for bash.",
        Client::ALL.len(),
        Client::ALL
            .iter()
            .map(|c| c.as_str())
            .collect::<Vec<_>>()
            .join(", "),
        steps.len(),
        steps
            .iter()
            .map(|(name, _)| *name)
            .collect::<Vec<_>>()
            .join(", "),
        request(Os::Windows, Client::Both, ScriptOptions::default())
            .endpoints
            .len(),
        thousands(rounds),
        wall.as_secs_f64(),
    );
}
