//! The headless entry point, run as a user would: `plan ANSWERS.json --format …`.
//! Cargo builds examples before running integration tests, next to this test's binary.

use std::path::PathBuf;
use std::process::{Command, Output};

fn example() -> PathBuf {
    let exe = std::env::current_exe().expect("test binary path");
    let debug = exe
        .parent()
        .and_then(|deps| deps.parent())
        .expect("target profile dir");
    debug
        .join("examples")
        .join(format!("plan{}", std::env::consts::EXE_SUFFIX))
}

fn run(args: &[&str]) -> Output {
    Command::new(example())
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the plan example runs")
}

const BAKERY: &str = "tests/fixtures/personas/bakery.json";

#[test]
fn prints_the_plan_as_json_and_markdown() {
    let json = run(&[BAKERY, "--format", "json"]);
    assert!(
        json.status.success(),
        "{}",
        String::from_utf8_lossy(&json.stderr)
    );
    let plan: serde_json::Value = serde_json::from_slice(&json.stdout).expect("plan JSON parses");
    assert_eq!(plan["schema"], "rotta.plan/1");
    assert!(!plan["channels"].as_array().unwrap().is_empty());
    assert!(!plan["calendar"].as_array().unwrap().is_empty());

    let md = run(&[BAKERY, "--format", "md", "--today", "2027-01-04"]);
    assert!(md.status.success());
    let text = String::from_utf8(md.stdout).unwrap();
    assert!(
        text.starts_with('#'),
        "a Markdown document: {}",
        &text[..80.min(text.len())]
    );
    assert!(text.contains("Forno"), "names the business");
}

#[test]
fn prints_the_calendar_as_csv_and_ics_in_both_languages() {
    let csv = run(&[BAKERY, "--format", "csv"]);
    assert!(csv.status.success());
    assert!(
        csv.stdout.starts_with("\u{feff}".as_bytes()),
        "UTF-8 byte-order mark"
    );
    let ics = String::from_utf8(run(&[BAKERY, "--format", "ics"]).stdout).unwrap();
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"));
    assert!(ics.contains("BEGIN:VEVENT"));

    let english = std::fs::read_to_string(BAKERY)
        .unwrap()
        .replace("\"locale\": \"it\"", "\"locale\": \"en\"");
    let path = std::env::temp_dir().join(format!("rotta-example-en-{}.json", std::process::id()));
    std::fs::write(&path, english).unwrap();
    let csv_en =
        String::from_utf8(run(&[path.to_str().unwrap(), "--format", "csv"]).stdout).unwrap();
    let csv_it = String::from_utf8(csv.stdout).unwrap();
    assert_ne!(
        csv_en.lines().next(),
        csv_it.lines().next(),
        "header row in the plan's language"
    );
    let _ = std::fs::remove_file(path);
}

#[test]
fn a_bad_file_is_one_line_on_stderr_and_status_2() {
    for args in [
        vec!["/nonexistent/answers.json", "--format", "json"],
        vec!["Cargo.toml", "--format", "json"],
        vec![BAKERY, "--format", "pdf"],
        vec![BAKERY, "--today", "yesterday"],
    ] {
        let out = run(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert_eq!(err.trim_end().lines().count(), 1, "{args:?}: {err}");
        assert!(out.stdout.is_empty());
    }
}
