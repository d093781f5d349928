//! Generates the page's message ids from the English catalog (`l10n/en/*.ftl`): the enum
//! `text::Msg`, the typed constructors `Text::<message>(…)` for messages with variables, and
//! the schema hash that ties a compiled catalog to this build. A message that does not exist,
//! or a call with the wrong number of arguments, is then a compile error, and the wasm
//! carries numbers instead of English sentences.
//!
//! The ids are ordered by where the texts travel (see `text` for the groups), so that each
//! group is one contiguous range the page can read as a plain JSON array.

use std::fmt::Write as _;
use std::path::PathBuf;

use signin_catalog::ftl;

/// Where a file's messages go. Order matters: it is the order of the id ranges.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Group {
    /// Also in the helpdesk report: shipped in the page's language and the report's.
    Report,
    /// The page's first load.
    First,
    /// Loaded after the checks' verdicts (or when the page needs them sooner).
    Lazy,
    /// Only in the pre-rendered HTML, written natively.
    Native,
}

/// Every English file and its group; a new file must be added here (the build says so).
fn group(file: &str, key: &str) -> Option<Group> {
    Some(match file {
        "report.ftl" => Group::Report,
        // What only matters once the verdicts are in: the report panel, the article's
        // controls (their headings stay, so the page keeps its outline). The plan is not
        // among them: it is the user's next step and is shown the moment the verdicts are.
        "page.ftl"
            if LATER_PAGE.iter().any(|p| key.starts_with(p))
                && !KEEP_FIRST.iter().any(|p| key.starts_with(p)) =>
        {
            Group::Lazy
        }
        "page.ftl" => Group::First,
        // CAA20002 is the page's subject: its texts come with the page; the other codes'
        // texts are loaded when a link or the user names that code, or after the checks.
        "codes.ftl" if key.starts_with("code-caa20002-") || key.starts_with("codes-") => {
            Group::First
        }
        "codes.ftl" | "script.ftl" => Group::Lazy,
        // The app shows these help texts itself (article headings, a link's name); the
        // rest of the help is in the page's HTML.
        "help.ftl" if APP_HELP.iter().any(|p| key.starts_with(p)) => Group::First,
        "help.ftl" | "fallback.ftl" | "for-it.ftl" => Group::Native,
        _ => return None,
    })
}

/// Keys (by prefix) of `page.ftl` that come after the verdicts…
const LATER_PAGE: [&str; 3] = ["article-", "report-", "copy-blocked-report"];

/// … except these (by prefix): the sections' headings.
const KEEP_FIRST: [&str; 2] = ["article-title", "report-title"];

/// Keys (by prefix) of `help.ftl` that the app shows itself.
const APP_HELP: [&str; 3] = ["help-solution-", "help-article-title", "help-link-status"];

struct Entry {
    group: Group,
    file: String,
    key: String,
    vars: Vec<String>,
    english: String,
    /// The message compiled, as the catalogs' JSON writes it.
    json: String,
}

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let dir = manifest.join("../l10n/en");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    files.sort();
    let mut entries = Vec::new();
    for path in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .expect("file name")
            .to_string();
        let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{name}: {e}"));
        let resource = ftl::parse(&text).unwrap_or_else(|errors| {
            let list: Vec<String> = errors.iter().map(|e| format!("en/{name}: {e}")).collect();
            panic!("the English catalog does not parse:\n{}", list.join("\n"))
        });
        for m in &resource.messages {
            let group = group(&name, &m.key).unwrap_or_else(|| {
                panic!("l10n/en/{name}: core/build.rs does not know this file: add it to `group`")
            });
            let vars = m.variables();
            let mut json = String::new();
            signin_catalog::Entry::compile(m, &vars)
                .expect("English uses its own variables")
                .write_json(&mut json);
            entries.push(Entry {
                group,
                file: name.clone(),
                key: m.key.clone(),
                vars: vars.iter().map(|v| v.to_string()).collect(),
                english: ftl::display(&m.pattern),
                json,
            });
        }
    }
    // Stable: by group, then file order and position (the sort keeps equal elements' order).
    entries.sort_by_key(|e| e.group);
    let end = |g: Group| entries.iter().take_while(|e| e.group <= g).count();

    let mut out = String::new();
    out.push_str("// @generated by core/build.rs from l10n/en/*.ftl. Do not edit.\n\n");
    out.push_str("/// Every message of the catalogs, by its key in `l10n/en/*.ftl` (the doc shows\n/// the English text).\n");
    out.push_str("#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]\n#[repr(u16)]\npub enum Msg {\n");
    for e in &entries {
        let _ = writeln!(
            out,
            "    /// `{}` ({}): {}\n    {},",
            e.key,
            e.file,
            doc(&e.english),
            camel(&e.key)
        );
    }
    out.push_str("}\n\n");
    let _ = writeln!(
        out,
        "impl Msg {{\n    /// How many messages there are.\n    pub const COUNT: usize = {};\n    /// Ids below this are also in the helpdesk report's catalog.\n    pub const REPORT_END: usize = {};\n    /// Ids below this come with the page.\n    pub const FIRST_END: usize = {};\n    /// Ids from `FIRST_END` below this are loaded later; the rest are only in the HTML.\n    pub const LAZY_END: usize = {};",
        entries.len(),
        end(Group::Report),
        end(Group::First),
        end(Group::Lazy)
    );
    out.push_str("    /// Every message, in id order.\n    pub const ALL: [Msg; Msg::COUNT] = [\n");
    for e in &entries {
        let _ = writeln!(out, "        Msg::{},", camel(&e.key));
    }
    out.push_str("    ];\n\n    /// The message's key in the catalogs.\n    pub fn key(self) -> &'static str {\n        KEYS[self as usize]\n    }\n\n");
    out.push_str("    /// Its variables, in the order of the arguments.\n    pub fn vars(self) -> &'static [&'static str] {\n        VARS[self as usize]\n    }\n}\n\n");
    let _ = writeln!(out, "const KEYS: [&str; Msg::COUNT] = [");
    for e in &entries {
        let _ = writeln!(out, "    {:?},", e.key);
    }
    out.push_str("];\n\nconst VARS: [&[&str]; Msg::COUNT] = [\n");
    for e in &entries {
        let _ = writeln!(out, "    &{:?},", e.vars);
    }
    out.push_str("];\n\n");
    // FNV-1a over keys and variables: a catalog compiled for other ids is refused.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for e in &entries {
        for b in e.key.bytes().chain(e.vars.join(",").bytes()).chain(*b"\n") {
            hash = (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    let _ = writeln!(
        out,
        "/// Identifies this build's ids and variables; every compiled catalog names it.\npub const SCHEMA: &str = \"{hash:016x}\";\n"
    );
    out.push_str("impl Text {\n");
    for e in entries.iter().filter(|e| !e.vars.is_empty()) {
        let params: Vec<String> = e
            .vars
            .iter()
            .map(|v| format!("{}: impl Into<Arg>", snake(v)))
            .collect();
        let args: Vec<String> = e
            .vars
            .iter()
            .map(|v| format!("{}.into()", snake(v)))
            .collect();
        // The conversions happen at the call; the list is built by one shared function
        // per number of arguments (`Text::args_n`), which keeps every call site small.
        let _ = writeln!(
            out,
            "    /// `{}`: {}\n    #[inline]\n    pub fn {}({}) -> Text {{\n        Text::args_{}(Msg::{}, {})\n    }}",
            e.key,
            doc(&e.english),
            snake(&e.key),
            params.join(", "),
            e.vars.len(),
            camel(&e.key),
            args.join(", ")
        );
    }
    out.push_str("}\n");
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("set by cargo"));
    let target = out_dir.join("msg.rs");
    std::fs::write(&target, out).unwrap_or_else(|e| panic!("{}: {e}", target.display()));
    // The whole English catalog in the page's format (`text::FORMAT` 1), for browser tests,
    // which cannot read l10n/ (see `text::ENGLISH_FOR_TESTS`).
    let messages: Vec<&str> = entries.iter().map(|e| e.json.as_str()).collect();
    let english = format!(
        "{{\"v\":1,\"lang\":\"en\",\"dir\":\"ltr\",\"plural\":\"one\",\"schema\":\"{hash:016x}\",\"from\":0,\"m\":[{}]}}",
        messages.join(",")
    );
    let target = out_dir.join("en.json");
    std::fs::write(&target, english).unwrap_or_else(|e| panic!("{}: {e}", target.display()));
}

fn camel(key: &str) -> String {
    key.split('-')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}

fn snake(name: &str) -> String {
    let s = name.replace('-', "_");
    const KEYWORDS: [&str; 8] = ["type", "ref", "fn", "self", "use", "mod", "in", "match"];
    if KEYWORDS.contains(&s.as_str()) {
        format!("r#{s}")
    } else {
        s
    }
}

/// Text safe inside a `///` line.
fn doc(text: &str) -> String {
    text.replace('\n', " ")
}
