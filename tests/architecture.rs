//! Architecture invariants, checked on every `cargo test`:
//! - `src/core/` is pure: no Leptos, web-sys, js-sys, gloo or wasm-bindgen, no clock reads.
//! - only `src/storage/local.rs` touches localStorage.
//! - no `inner_html` anywhere: free text is always rendered as text.
//! - the Plan step, plans side by side and the engine are reached only through the split
//!   point `ui::later::entry_points`, which keeps them out of the first load.

use std::fs;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Lines of `text` with `//` comments removed, so documentation may name what is forbidden.
fn code_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .map(|(i, line)| (i + 1, line.split("//").next().unwrap_or("")))
}

#[test]
fn core_knows_nothing_of_the_browser_or_the_clock() {
    let forbidden = [
        "leptos",
        "web_sys",
        "js_sys",
        "gloo",
        "wasm_bindgen",
        "Utc::now",
        "Local::now",
        "SystemTime",
        "Instant::now",
        "std::fs",
        "std::net",
        "std::env",
    ];
    let files = rust_files(&root().join("src/core"));
    assert!(files.len() > 5, "src/core has its modules");
    let mut found = Vec::new();
    for file in &files {
        let text = fs::read_to_string(file).unwrap();
        for (n, line) in code_lines(&text) {
            for word in forbidden {
                if line.contains(word) {
                    found.push(format!("{}:{n}: {word}", file.display()));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "src/core must stay pure:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_purity_check_would_catch_a_violation() {
    let sample =
        "use leptos::prelude::*; // fine in a comment: web_sys\nlet now = chrono::Utc::now();";
    let hits: Vec<_> = code_lines(sample)
        .filter(|(_, l)| l.contains("leptos") || l.contains("Utc::now") || l.contains("web_sys"))
        .map(|(n, _)| n)
        .collect();
    assert_eq!(hits, vec![1, 2]);
}

#[test]
fn only_the_storage_module_touches_local_storage() {
    let mut found = Vec::new();
    for file in rust_files(&root().join("src")) {
        if file.ends_with("storage/local.rs") {
            continue;
        }
        let text = fs::read_to_string(&file).unwrap();
        for (n, line) in code_lines(&text) {
            if line.contains("local_storage()")
                || line.contains("LocalStorage::raw")
                || line.contains("gloo_storage")
            {
                found.push(format!("{}:{n}", file.display()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "localStorage used outside src/storage/local.rs:\n{}",
        found.join("\n")
    );
}

/// Where `name` is used in code under `src/`, outside the files `allowed` (path suffixes).
fn uses_outside(names: &[&str], allowed: &[&str]) -> Vec<String> {
    let mut found = Vec::new();
    for file in rust_files(&root().join("src")) {
        let path = file.to_string_lossy().replace('\\', "/");
        if path.contains("/src/core/") || allowed.iter().any(|a| path.contains(a)) {
            continue;
        }
        let text = fs::read_to_string(&file).unwrap();
        for (n, line) in code_lines(&text) {
            if let Some(name) = names.iter().find(|name| line.contains(*name)) {
                found.push(format!("{}:{n}: {name}", file.display()));
            }
        }
    }
    found
}

/// The release build cuts the wasm at `ui::later::entry_points` (docs/size.md, "The split"):
/// what is reachable only through it goes to the file loaded after the first screen. One call
/// of the plan's screens or of the engine from anywhere else (a step, the shell) would pull
/// them back into the first load without any error, so this test is the guard.
#[test]
fn the_later_part_is_reached_only_through_its_split_point() {
    // The later part's own files, and `ui::state`, which defines `Planned` (the engine's
    // memos) without creating it.
    let later_part = [
        "src/ui/later.rs",
        "src/ui/plan_view/",
        "src/ui/compare.rs",
        "src/ui/bench.rs",
        "src/ui/state.rs",
    ];
    let entries = [
        "PlanView",
        "CompareView",
        "Planned::new",
        "bench::plan_timings",
        "bench::plan_shape",
        "engine::",
    ];
    let found = uses_outside(&entries, &later_part);
    assert!(
        found.is_empty(),
        "the later part reached from the first load's code (call it through ui::later):\n{}",
        found.join("\n")
    );
}

#[test]
fn the_split_point_check_would_catch_a_violation() {
    let found = uses_outside(&["PlanView"], &["src/ui/later.rs"]);
    assert!(
        found.iter().any(|f| f.contains("plan_view")),
        "the check does not see PlanView in src/ui/plan_view/: {found:?}"
    );
}

#[test]
fn no_inner_html_anywhere() {
    let mut found = Vec::new();
    for dir in ["src", "tests"] {
        for file in rust_files(&root().join(dir)) {
            if file.ends_with("tests/architecture.rs") {
                continue;
            }
            let text = fs::read_to_string(&file).unwrap();
            for (n, line) in code_lines(&text) {
                if line.contains("inner_html")
                    || line.contains("set_inner_html")
                    || line.contains("innerHTML")
                {
                    found.push(format!("{}:{n}", file.display()));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "inner_html renders text as markup:\n{}",
        found.join("\n")
    );
}
