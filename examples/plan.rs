//! Headless Rotta: prints the plan (JSON or Markdown) or the calendar (CSV or ICS) for an
//! answers file.
//!
//! ```text
//! cargo run --no-default-features --example plan -- ANSWERS.json --format json|md|csv|ics [--today YYYY-MM-DD]
//! ```
//!
//! `--today` defaults to the calendar's start date, so the output depends only on the file.
//! A file that cannot be read, parsed or validated prints one line on stderr and exits with
//! status 2.

use std::process::ExitCode;

use chrono::NaiveDate;
use rotta::core::engine::build_plan;
use rotta::core::export::{csv::calendar_csv, ics::calendar_ics, markdown::plan_markdown};
use rotta::core::model::Answers;
use rotta::core::validate::{Severity, validate};

const USAGE: &str = "usage: plan ANSWERS.json --format json|md|csv|ics [--today YYYY-MM-DD]";

/// What to print.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Output {
    Json,
    Markdown,
    Csv,
    Ics,
}

/// The parsed command line.
struct Args {
    path: String,
    output: Output,
    today: Option<NaiveDate>,
}

fn parse_args(mut args: impl Iterator<Item = String>) -> Result<Args, String> {
    let mut path = None;
    let mut output = Output::Json;
    let mut today = None;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--format" | "-f" => {
                output = match args.next().as_deref() {
                    Some("json") => Output::Json,
                    Some("md" | "markdown") => Output::Markdown,
                    Some("csv") => Output::Csv,
                    Some("ics") => Output::Ics,
                    other => {
                        return Err(format!("unknown format {:?}; {USAGE}", other.unwrap_or("")));
                    }
                }
            }
            "--today" => {
                let value = args.next().unwrap_or_default();
                today =
                    Some(NaiveDate::parse_from_str(&value, "%Y-%m-%d").map_err(|_| {
                        format!("--today needs a date as YYYY-MM-DD, got {value:?}")
                    })?);
            }
            "-h" | "--help" => return Err(USAGE.to_string()),
            other if other.starts_with('-') => {
                return Err(format!("unknown option {other}; {USAGE}"));
            }
            other if path.is_none() => path = Some(other.to_string()),
            other => return Err(format!("unexpected argument {other:?}; {USAGE}")),
        }
    }
    let path = path.ok_or_else(|| USAGE.to_string())?;
    Ok(Args {
        path,
        output,
        today,
    })
}

fn run() -> Result<String, String> {
    let args = parse_args(std::env::args().skip(1))?;
    let bytes = std::fs::read(&args.path).map_err(|e| format!("cannot read {}: {e}", args.path))?;
    let text = String::from_utf8(bytes).map_err(|_| format!("{}: not UTF-8 text", args.path))?;
    let answers = Answers::from_json(&text).map_err(|e| format!("{}: {e}", args.path))?;
    if let Some(first) = validate(&answers)
        .into_iter()
        .find(|i| i.severity == Severity::Error)
    {
        return Err(format!("{}: {}: {}", args.path, first.path, first.message));
    }
    let today = args.today.unwrap_or(answers.calendar.start);
    let plan = build_plan(&answers, today);
    Ok(match args.output {
        Output::Json => plan.to_json(),
        Output::Markdown => plan_markdown(&plan),
        Output::Csv => calendar_csv(&plan.calendar, plan.locale),
        Output::Ics => {
            let dtstamp = today.and_hms_opt(0, 0, 0).unwrap_or_default();
            calendar_ics(
                &plan.calendar,
                plan.locale,
                &plan.situation.business_name,
                dtstamp,
            )
        }
    })
}

fn main() -> ExitCode {
    match run() {
        Ok(out) => {
            print!("{out}");
            if !out.ends_with('\n') {
                println!();
            }
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("error: {}", message.replace('\n', " "));
            ExitCode::from(2)
        }
    }
}
