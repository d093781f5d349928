//! No import circles between the files of `core/src`, `src` and `json/src`: the module graph is a tree
//! plus edges that only run one way, so a file can be read after the files it uses.
//!
//! What it sees: every `crate::…` and `super::…` path in a file's code (in `use` trees, braces
//! expanded, and inline paths), resolved to the deepest module file that exists. Comments and
//! doc links are skipped. An inline `#[cfg(test)] mod tests { … }` counts as its own node (a
//! test may use what the code under test must not; nothing depends on a test module). A parent
//! file depends on the submodules it declares and re-exports, but a file's edges up to its own
//! parents are not counted: children use the types their door defines, as Rust intends. Paths
//! through `pub use` re-exports are followed to the file that defines the item. What it does
//! not see: macros that build paths, `#[path]` attributes, glob re-exports (`pub use a::*`),
//! and dependencies through a method call on a value whose type is never named.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Module path (e.g. `["script", "bash"]`) → the crate paths its code names, and the names
/// it re-exports (`pub use`) → the paths they stand for.
#[derive(Default)]
struct Files {
    uses: BTreeMap<Vec<String>, Vec<Vec<String>>>,
    reexports: BTreeMap<(Vec<String>, String), Vec<String>>,
}

/// The module path a source file defines, relative to its crate root (`lib.rs` is `[]`).
/// `None` for binaries (`main.rs`, `bin/`), which are separate crates that nothing imports.
fn module_of(rel: &Path) -> Option<Vec<String>> {
    let parts: Vec<String> = rel
        .with_extension("")
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    match parts.as_slice() {
        [one] if one == "lib" => Some(Vec::new()),
        [one] if one == "main" => None,
        [first, ..] if first == "bin" => None,
        _ => Some(parts),
    }
}

/// The code of a file without comments (line comments, doc comments, block comments).
fn strip_comments(src: &str) -> String {
    let mut out = String::with_capacity(src.len());
    let mut rest = src;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix("//") {
            rest = after.find('\n').map_or("", |i| &after[i..]);
        } else if let Some(after) = rest.strip_prefix("/*") {
            rest = after.find("*/").map_or("", |i| &after[i + 2..]);
        } else if rest.starts_with('"') {
            // Skip string literals so a "crate::" in text is not an import.
            let mut end = 1;
            let bytes = rest.as_bytes();
            while end < bytes.len() && bytes[end] != b'"' {
                end += if bytes[end] == b'\\' { 2 } else { 1 };
            }
            out.push_str("\"\"");
            rest = &rest[(end + 1).min(rest.len())..];
        } else {
            let c = rest.chars().next().unwrap();
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    out
}

/// Expands a `use` tree (`a::{b, c::{d, self}}`) into its paths.
fn expand_use(tree: &str) -> Vec<String> {
    let tree = tree.trim();
    let Some(open) = tree.find('{') else {
        let path = tree.split(" as ").next().unwrap_or("").trim();
        return vec![path.trim_end_matches("::self").to_string()];
    };
    let prefix = tree[..open].trim_end_matches("::").trim();
    let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
    let mut items = Vec::new();
    let (mut depth, mut start) = (0, 0);
    for (i, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                items.push(&inner[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    items.push(&inner[start..]);
    items
        .into_iter()
        .filter(|item| !item.trim().is_empty())
        .flat_map(|item| {
            expand_use(item).into_iter().map(move |p| match p.as_str() {
                "self" => prefix.to_string(),
                _ => format!("{prefix}::{p}"),
            })
        })
        .collect()
}

/// Every `crate::…`/`super::…` path the code names, as written (`use` trees expanded), and
/// the paths of its `pub use` re-exports (these may also be relative to the file).
fn paths_in(code: &str) -> (Vec<String>, Vec<String>) {
    let mut paths = Vec::new();
    let mut reexports = Vec::new();
    let mut rest = code;
    // `use` statements first (their braces hide paths from the inline scan), then remove them.
    let mut without_uses = String::new();
    while let Some(at) = find_word(rest, "use") {
        without_uses.push_str(&rest[..at]);
        let end = rest[at..].find(';').map_or(rest.len(), |i| at + i + 1);
        let expanded = expand_use(&rest[at + 3..end - 1]);
        if without_uses.trim_end().ends_with("pub") {
            reexports.extend(expanded.iter().cloned());
        }
        paths.extend(expanded);
        rest = &rest[end..];
    }
    without_uses.push_str(rest);
    let bytes = without_uses.as_bytes();
    for start in ["crate::", "super::"] {
        let mut from = 0;
        while let Some(i) = without_uses[from..].find(start).map(|i| from + i) {
            from = i + start.len();
            if i > 0 && (bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_') {
                continue;
            }
            let end = without_uses[i..]
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == ':'))
                .map_or(without_uses.len(), |e| i + e);
            paths.push(without_uses[i..end].trim_end_matches(':').to_string());
        }
    }
    (paths, reexports)
}

/// The byte offset of `word` as a whole word (followed by a space), if any.
fn find_word(s: &str, word: &str) -> Option<usize> {
    let bytes = s.as_bytes();
    let mut from = 0;
    while let Some(i) = s[from..].find(word).map(|i| from + i) {
        let before_ok = i == 0 || !(bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_');
        let after_ok = bytes
            .get(i + word.len())
            .is_some_and(|b| b.is_ascii_whitespace());
        if before_ok && after_ok {
            return Some(i);
        }
        from = i + word.len();
    }
    None
}

/// A path as written in module `here` → absolute segments from the crate root.
fn absolute(here: &[String], path: &str) -> Option<Vec<String>> {
    let mut segs = path.split("::").filter(|s| !s.is_empty()).peekable();
    let mut out: Vec<String> = match segs.peek().copied() {
        Some("crate") => {
            segs.next();
            Vec::new()
        }
        Some("super") => {
            let mut base = here.to_vec();
            while segs.peek() == Some(&"super") {
                segs.next();
                base.pop()?;
            }
            base
        }
        Some("self") => {
            segs.next();
            here.to_vec()
        }
        _ => return None,
    };
    out.extend(segs.map(str::to_string));
    Some(out)
}

/// Reads one crate's source folder into [`Files`]; the inline test module of a file becomes
/// the node `<file>::tests`.
fn read_crate(root: &Path) -> Files {
    let mut files = Files::default();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let Some(module) = module_of(path.strip_prefix(root).unwrap()) else {
                continue;
            };
            add_file(&mut files, module, &std::fs::read_to_string(&path).unwrap());
        }
    }
    files
}

fn add_file(files: &mut Files, module: Vec<String>, src: &str) {
    let code = strip_comments(src);
    let marker = "#[cfg(test)]\nmod tests {";
    let (main, tests) = match code.find(marker) {
        Some(i) => (&code[..i], Some(&code[i..])),
        None => (code.as_str(), None),
    };
    if let Some(tests) = tests {
        let mut node = module.clone();
        node.push("tests".into());
        let (paths, _) = paths_in(tests);
        let found = paths.iter().filter_map(|p| absolute(&node, p)).collect();
        files.uses.insert(node, found);
    }
    let (paths, reexports) = paths_in(main);
    for path in reexports {
        // `pub use next::X` names a submodule's item; `pub use serde as s` an outside crate
        // (kept as a module-relative path that resolves to nothing).
        let target = absolute(&module, &path).unwrap_or_else(|| {
            let mut p = module.clone();
            p.extend(path.split("::").map(str::to_string));
            p
        });
        if let Some(name) = target.last() {
            files
                .reexports
                .insert((module.clone(), name.clone()), target);
        }
    }
    // A parent depends on the submodules it declares (`mod a;`, `pub mod a;`).
    let mut found: Vec<Vec<String>> = declared_modules(main)
        .map(|child| {
            let mut p = module.clone();
            p.push(child.to_string());
            p
        })
        .collect();
    found.extend(paths.iter().filter_map(|p| absolute(&module, p)));
    files.uses.insert(module, found);
}

/// The names of `mod name;` declarations (submodules in their own files).
fn declared_modules(code: &str) -> impl Iterator<Item = &str> {
    code.split(';').filter_map(|stmt| {
        let words: Vec<&str> = stmt.split_whitespace().collect();
        match words.as_slice() {
            [.., "mod", name] => Some(*name),
            _ => None,
        }
    })
}

/// The module file a path lands in: the deepest existing module, following re-exports.
fn resolve(files: &Files, path: &[String], hops: usize) -> Option<Vec<String>> {
    let n = (0..=path.len())
        .rev()
        .find(|&n| files.uses.contains_key(&path[..n]))?;
    let module = path[..n].to_vec();
    if let Some(name) = path.get(n) {
        if let Some(target) = files.reexports.get(&(module.clone(), name.clone())) {
            if hops < 8 && target.as_slice() != path {
                let mut next = target.clone();
                next.extend(path[n + 1..].iter().cloned());
                return resolve(files, &next, hops + 1).or(Some(module));
            }
        }
    }
    Some(module)
}

/// File → files it depends on: each path resolved to the deepest known module, minus edges
/// to itself, to its own parent modules and to test modules.
fn edges(files: &Files) -> BTreeMap<Vec<String>, BTreeSet<Vec<String>>> {
    files
        .uses
        .iter()
        .map(|(from, paths)| {
            let targets = paths
                .iter()
                .filter_map(|p| resolve(files, p, 0))
                .filter(|to| !from.starts_with(to) && to.last().is_none_or(|m| m != "tests"))
                .collect();
            (from.clone(), targets)
        })
        .collect()
}

/// One circle per strongly connected group found (depth-first search), as `a -> b -> a`.
fn circles(files: &Files) -> Vec<String> {
    let graph = edges(files);
    let name = |m: &Vec<String>| {
        if m.is_empty() {
            "crate".to_string()
        } else {
            m.join("::")
        }
    };
    let mut found = Vec::new();
    let mut done: BTreeSet<Vec<String>> = BTreeSet::new();
    fn walk(
        node: &Vec<String>,
        graph: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>,
        stack: &mut Vec<Vec<String>>,
        done: &mut BTreeSet<Vec<String>>,
        found: &mut Vec<Vec<Vec<String>>>,
    ) {
        if let Some(at) = stack.iter().position(|n| n == node) {
            let mut circle = stack[at..].to_vec();
            circle.push(node.clone());
            found.push(circle);
            return;
        }
        if done.contains(node) {
            return;
        }
        stack.push(node.clone());
        for next in graph.get(node).into_iter().flatten() {
            walk(next, graph, stack, done, found);
        }
        stack.pop();
        done.insert(node.clone());
    }
    let mut raw = Vec::new();
    for node in graph.keys() {
        walk(node, &graph, &mut Vec::new(), &mut done, &mut raw);
    }
    for circle in raw {
        found.push(circle.iter().map(name).collect::<Vec<_>>().join(" -> "));
    }
    found
}

/// The pure layer, the page, and the JSON crate (each read as a crate of its own; at least
/// `modules` files each, so a moved folder cannot make the check pass by reading nothing).
#[rstest::rstest]
#[case::core("src", 30)]
#[case::page("../src", 20)]
#[case::json("../json/src", 4)]
fn no_import_circles(#[case] dir: &str, #[case] modules: usize) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let files = read_crate(&root);
    assert!(
        files.uses.len() >= modules,
        "read only {} modules from {root:?}",
        files.uses.len()
    );
    assert_eq!(circles(&files), Vec::<String>::new());
}

/// The page's effects do browser I/O for the views; they never reach up into a view.
#[test]
fn effects_do_not_use_views() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../src");
    let graph = edges(&read_crate(&root));
    let upward: Vec<_> = graph
        .iter()
        .filter(|(from, _)| from.first().is_some_and(|f| f == "effects"))
        .flat_map(|(from, tos)| tos.iter().map(move |to| (from, to)))
        .filter(|(_, to)| to.first().is_some_and(|t| t == "views"))
        .map(|(from, to)| format!("{} -> {}", from.join("::"), to.join("::")))
        .collect();
    assert_eq!(upward, Vec::<String>::new());
}

/// The check itself must see circles through `use` trees, inline paths, `super` and
/// re-exports, and must not count a child's use of its parent, a test module or a path in a
/// comment or a string.
#[test]
fn the_check_finds_circles_and_ignores_doors() {
    let tree = |entries: &[(&str, &str)]| {
        let mut files = Files::default();
        for (path, src) in entries {
            add_file(&mut files, module_of(Path::new(path)).unwrap(), src);
        }
        files
    };
    let door = tree(&[
        ("lib.rs", "mod a; pub use a::run;"),
        ("a.rs", "mod b; pub struct T; pub fn run() { b::go() }"),
        ("a/b.rs", "use super::T; // crate::c::X\npub fn go() {}"),
        ("c.rs", "/// [`crate::a::T`]\nconst S: &str = \"crate::a\";"),
    ]);
    assert_eq!(circles(&door), Vec::<String>::new());

    let sibling = tree(&[
        ("a.rs", "mod b; mod c;"),
        ("a/b.rs", "use super::{c::{self, Y}, T};"),
        ("a/c.rs", "fn f() { super::b::g() }"),
    ]);
    assert_eq!(circles(&sibling), ["a::b -> a::c -> a::b"]);

    let far = tree(&[
        (
            "clock.rs",
            "impl Default for T { fn default() -> Self { crate::config::C::default().t() } }",
        ),
        ("config.rs", "use crate::clock::T;"),
    ]);
    assert_eq!(circles(&far), ["clock -> config -> clock"]);

    let reexported = tree(&[
        ("lib.rs", "mod error; mod json; pub use error::E;"),
        ("error.rs", "use crate::json::V;"),
        ("json.rs", "mod read; pub use read::parse;"),
        ("json/read.rs", "use crate::E;"),
    ]);
    assert_eq!(
        circles(&reexported),
        ["error -> json -> json::read -> error"]
    );

    let only_tests = tree(&[
        (
            "clock.rs",
            "pub struct T;\n#[cfg(test)]\nmod tests {\n    use crate::config::C;\n}",
        ),
        ("config.rs", "use crate::clock::T;"),
    ]);
    assert_eq!(circles(&only_tests), Vec::<String>::new());
}
