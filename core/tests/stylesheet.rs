//! The stylesheet lays out right-to-left languages as well as left-to-right ones: it uses
//! logical sides (`margin-inline-start`, `inset-inline-end`, `text-align: start`) instead of
//! left and right, except where a line says why it must be physical.
#![cfg(not(target_arch = "wasm32"))]

/// Property names that fix a side of the screen.
const PHYSICAL: [&str; 12] = [
    "margin-left",
    "margin-right",
    "padding-left",
    "padding-right",
    "border-left",
    "border-right",
    "text-align: left",
    "text-align: right",
    "float: left",
    "float: right",
    " left:",
    " right:",
];

#[test]
fn the_stylesheet_uses_logical_sides() {
    let css = include_str!("../../static/style.css");
    let mut found = Vec::new();
    for (i, line) in css.lines().enumerate() {
        // Comments name sides in words ("left to right"): only declarations count.
        let code = line.split("/*").next().unwrap_or_default();
        let code = format!(" {}", code.replace('{', "{ ").replace(';', "; "));
        for p in PHYSICAL {
            if code.contains(p) && !line.contains("physical on purpose") {
                found.push(format!("style.css:{}: {p}: {}", i + 1, line.trim()));
            }
        }
    }
    assert!(found.is_empty(), "physical sides:\n{}", found.join("\n"));
}

#[test]
fn the_check_finds_a_physical_side() {
    let line = ".x { margin-left: 1rem; }";
    let code = format!(" {}", line.replace('{', "{ ").replace(';', "; "));
    assert!(PHYSICAL.iter().any(|p| code.contains(p)));
}
