//! Timing hooks for `scripts/bench`: the engine timed inside the browser, in wasm, the way
//! the app runs it on every keystroke. Exported through wasm-bindgen, so Trunk puts them on
//! `window.wasmBindings`; the app itself never calls them.
//!
//! The clock is `performance.now()`. Without cross-origin isolation Chromium rounds it to
//! 0.1 ms, coarser than one plan takes, so each sample times a batch of plans and reports
//! the mean of the batch: the median of many such samples is then accurate to a few µs.

use crate::core::engine::build_plan;
use crate::core::model::Answers;
use chrono::NaiveDate;
use wasm_bindgen::prelude::*;

/// Reads the answers and the day the plans are computed for, or says which one is wrong.
fn inputs(answers_json: &str, today: &str) -> Result<(Answers, NaiveDate), String> {
    let answers = Answers::from_json(answers_json).map_err(|e| format!("answers: {e}"))?;
    let today = NaiveDate::parse_from_str(today, "%Y-%m-%d")
        .map_err(|_| format!("today is not YYYY-MM-DD: {today:?}"))?;
    Ok((answers, today))
}

/// Milliseconds from the page's time origin, or `None` where there is no `performance`.
fn now_ms() -> Option<f64> {
    Some(web_sys::window()?.performance()?.now())
}

/// Times `build_plan` (answers → plan with its calendar) `samples` times; each sample is the
/// mean of `plans_per_sample` consecutive plans, in milliseconds per plan. A promise: the
/// engine is in the part loaded after the first screen (`ui::later`), fetched first if needed.
#[wasm_bindgen]
pub async fn bench_plan(
    answers_json: String,
    today: String,
    samples: u32,
    plans_per_sample: u32,
) -> Result<Vec<f64>, String> {
    let later = crate::ui::later::loaded().await.map_err(|_| NOT_LOADED)?;
    (later.bench_plan)(&answers_json, &today, samples, plans_per_sample)
}

/// What the timed plan contains, so the benchmark can check its fixture is the one it claims:
/// `[chosen channels, calendar entries, weeks from the first entry to the last]`. A promise,
/// as [`bench_plan`].
#[wasm_bindgen]
pub async fn bench_plan_shape(answers_json: String, today: String) -> Result<Vec<u32>, String> {
    let later = crate::ui::later::loaded().await.map_err(|_| NOT_LOADED)?;
    (later.bench_plan_shape)(&answers_json, &today)
}

/// Why a bench function failed when the later part could not be fetched.
const NOT_LOADED: &str = "the part loaded after the first screen could not be fetched";

/// [`bench_plan`] once the later part is here. The answers are parsed once, outside the timing.
pub(crate) fn plan_timings(
    answers_json: &str,
    today: &str,
    samples: u32,
    plans_per_sample: u32,
) -> Result<Vec<f64>, String> {
    let (answers, today) = inputs(answers_json, today)?;
    let per_sample = plans_per_sample.max(1);
    let mut timings = Vec::with_capacity(samples as usize);
    for _ in 0..samples {
        let start = now_ms().ok_or("performance.now() is not available")?;
        for _ in 0..per_sample {
            std::hint::black_box(build_plan(std::hint::black_box(&answers), today));
        }
        let end = now_ms().ok_or("performance.now() is not available")?;
        timings.push((end - start) / f64::from(per_sample));
    }
    Ok(timings)
}

/// [`bench_plan_shape`] once the later part is here.
pub(crate) fn plan_shape(answers_json: &str, today: &str) -> Result<Vec<u32>, String> {
    let (answers, today) = inputs(answers_json, today)?;
    let plan = build_plan(&answers, today);
    let dates = plan.calendar.iter().map(|entry| entry.date);
    let weeks = match (dates.clone().min(), dates.max()) {
        (Some(first), Some(last)) => (last - first).num_days() / 7 + 1,
        _ => 0,
    };
    let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    Ok(vec![
        count(plan.channels.len()),
        count(plan.calendar.len()),
        u32::try_from(weeks).unwrap_or(0),
    ])
}

/// The size of the wasm instance's linear memory in bytes (it only ever grows, so read after
/// the work it should account for).
#[wasm_bindgen]
pub fn wasm_memory_bytes() -> f64 {
    wasm_bindgen::memory()
        .dyn_into::<js_sys::WebAssembly::Memory>()
        .map(|memory| {
            memory
                .buffer()
                .dyn_into::<js_sys::ArrayBuffer>()
                .map(|buffer| f64::from(buffer.byte_length()))
                .unwrap_or(0.0)
        })
        .unwrap_or(0.0)
}
