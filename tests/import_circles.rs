//! Modules that must not import each other (issue #13: circles make a module impossible to
//! understand, test or move alone). For each pair, at most one may name the other; what both
//! need lives below them (for `ui::persist` and `ui::state`: `ui::browser`, `core::store`).

use std::fs;
use std::path::PathBuf;

/// A module: its file, and its path as other files name it.
type Module = (&'static str, &'static str);

/// Pairs of modules that must not form a circle.
const PAIRS: &[(Module, Module)] = &[
    (
        ("src/ui/persist.rs", "ui::persist"),
        ("src/ui/state.rs", "ui::state"),
    ),
    // The plans panel shows the comparison's boxes and button; the comparison does not name
    // the panel.
    (
        ("src/ui/plans.rs", "ui::plans"),
        ("src/ui/compare.rs", "ui::compare"),
    ),
    // The pillars, phases and kinds of work sit in `engine::kinds` (the pillar itself in
    // `core::pillar`); the horizon and who runs the work in `engine::basics`.
    (
        ("src/core/engine/content.rs", "engine::content"),
        ("src/core/engine/text.rs", "engine::text"),
    ),
    (
        ("src/core/engine/objectives.rs", "engine::objectives"),
        ("src/core/engine/people.rs", "engine::people"),
    ),
];

/// Whether the code of `file` (comments removed) names `module` (`crate::…`, `super::…`).
fn names(file: &str, module: &str) -> bool {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(file);
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{file}: {e}"));
    let last = module.rsplit("::").next().unwrap_or(module);
    text.lines()
        .map(|line| line.split("//").next().unwrap_or(""))
        .any(|code| code.contains(module) || code.contains(&format!("super::{last}")))
}

#[test]
fn no_two_modules_import_each_other() {
    for ((file_a, mod_a), (file_b, mod_b)) in PAIRS {
        assert!(
            !(names(file_a, mod_b) && names(file_b, mod_a)),
            "{file_a} and {file_b} import each other: move what both need below them"
        );
    }
}

#[test]
fn the_check_would_catch_a_circle() {
    assert!(
        names("src/ui/persist.rs", "ui::state"),
        "persist uses the Wizard"
    );
    assert!(
        names("src/core/engine/content.rs", "engine::text"),
        "content says its pillars' names"
    );
}
