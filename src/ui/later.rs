//! The part of Rotta loaded after the first screen (issue #16): the Plan step and plans side
//! by side, with everything only they reach (the engine, the calendar and holidays, the
//! exports, the charts, the QR code, the check-in, the post ideas).
//!
//! [`entry_points`] is a split point (`wasm_split_helpers`): the release build cuts the wasm
//! there (`scripts/split-wasm.mjs`, run by `scripts/post-build.mjs`), so what is reachable
//! only through it becomes a second wasm file, fetched when the browser is first idle after
//! the questionnaire is on screen ([`prefetch_when_idle`]). The questionnaire never waits for
//! it. A screen that needs it ([`LaterView`]) shows a progress state while it comes, and if
//! the network dropped before it arrived says so and tries again (every few seconds, at
//! once when the browser is back online, or on the button); nothing typed depends on it.
//!
//! Without the `split` feature (the wasm-bindgen tests, whose runner cannot serve the split
//! loader) and off wasm, the split point is an ordinary call.

use crate::core::i18n::{Text, t};
use crate::ui::state::Wizard;
use leptos::prelude::*;

/// How long the retry after a failed load waits.
const RETRY_EVERY: std::time::Duration = std::time::Duration::from_secs(5);

/// `ui::bench`'s timing of the engine: answers JSON, today, samples, plans per sample →
/// milliseconds per plan of each sample.
pub type BenchPlan = fn(&str, &str, u32, u32) -> Result<Vec<f64>, String>;

/// The later part's entry points: functions of the second wasm file, called once it is here.
#[derive(Clone, Copy)]
pub struct EntryPoints {
    /// The Plan step.
    pub plan_view: fn() -> AnyView,
    /// Plans side by side, for the ids in `?compare=`.
    pub compare_view: fn(Memo<Option<String>>) -> AnyView,
    /// `scripts/bench`'s timing of the engine (`ui::bench`).
    pub bench_plan: BenchPlan,
    /// What the timed plan contains (`ui::bench`).
    pub bench_plan_shape: fn(&str, &str) -> Result<Vec<u32>, String>,
}

/// The second wasm file could not be fetched or started (the reason is in the console).
#[derive(Debug)]
pub struct NotLoaded;

#[cfg(feature = "split")]
impl From<wasm_split_helpers::SplitLoaderError> for NotLoaded {
    fn from(_: wasm_split_helpers::SplitLoaderError) -> Self {
        NotLoaded
    }
}

/// The split point: calling it fetches and starts the second wasm file (once; a failed
/// attempt is not remembered, so the next call tries again).
#[cfg(feature = "split")]
#[wasm_split_helpers::wasm_split(later, fallible)]
fn entry_points() -> Result<EntryPoints, NotLoaded> {
    Ok(entry_points_here())
}

/// Without the `split` feature the later part is in the one wasm file.
#[cfg(not(feature = "split"))]
async fn entry_points() -> Result<EntryPoints, NotLoaded> {
    Ok(entry_points_here())
}

/// The entry points; reached only through [`entry_points`], which is what puts them and all
/// they call in the later part.
fn entry_points_here() -> EntryPoints {
    EntryPoints {
        plan_view: || view! { <crate::ui::plan_view::PlanView/> }.into_any(),
        compare_view: |ids| view! { <crate::ui::compare::CompareView ids=ids/> }.into_any(),
        bench_plan: crate::ui::bench::plan_timings,
        bench_plan_shape: crate::ui::bench::plan_shape,
    }
}

/// Where the later part is.
#[derive(Clone, Copy)]
pub enum Part {
    /// Not asked for yet.
    NotAsked,
    /// Being fetched.
    Loading,
    /// Here.
    Ready(EntryPoints),
    /// The last attempt failed.
    Failed,
}

thread_local! {
    /// An attempt is on its way. Kept apart from [`Part`] so that a retry after a failure
    /// leaves the failure message on screen instead of flashing the progress state.
    static IN_FLIGHT: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Fetches the later part unless it is here or on its way.
pub fn load(wizard: Wizard) {
    if matches!(wizard.later.get_untracked(), Part::Ready(_)) || IN_FLIGHT.get() {
        return;
    }
    IN_FLIGHT.set(true);
    if matches!(wizard.later.get_untracked(), Part::NotAsked) {
        wizard.later.set(Part::Loading);
    }
    leptos::task::spawn_local(async move {
        let part = match entry_points().await {
            Ok(entry_points) => Part::Ready(entry_points),
            Err(NotLoaded) => Part::Failed,
        };
        IN_FLIGHT.set(false);
        wizard.later.try_set(part);
    });
}

/// The entry points, once loaded (`ui::bench` waits for them).
pub async fn loaded() -> Result<EntryPoints, NotLoaded> {
    entry_points().await
}

/// Fetches the later part when the browser is first idle after the first screen, so the Plan
/// step opens without a wait on a normal connection.
pub fn prefetch_when_idle(wizard: Wizard) {
    crate::ui::browser::when_idle_after_paint(2_000, move || load(wizard));
}

/// What a [`LaterView`] shows once the part is here.
#[derive(Clone, Copy)]
pub enum Screen {
    /// The Plan step.
    Plan,
    /// Plans side by side.
    Compare(Memo<Option<String>>),
}

/// A screen of the later part: the screen itself once the part is here; until then a
/// progress state, or, after a failed load, what happened, a retry every few seconds and a
/// button to try at once.
#[component]
pub fn LaterView(
    /// The screen to show.
    screen: Screen,
) -> impl IntoView {
    let wizard = use_context::<Wizard>().expect("Wizard context");
    let locale = wizard.locale;
    load(wizard);
    // While this screen waits after a failure: a retry every few seconds, and one as soon as
    // the browser says it is online again.
    if let Ok(retry) = set_interval_with_handle(
        move || {
            if matches!(wizard.later.get_untracked(), Part::Failed) {
                load(wizard);
            }
        },
        RETRY_EVERY,
    ) {
        on_cleanup(move || retry.clear());
    }
    let online = window_event_listener(leptos::ev::online, move |_| {
        if matches!(wizard.later.get_untracked(), Part::Failed) {
            load(wizard);
        }
    });
    on_cleanup(move || online.remove());
    move || {
        match wizard.later.get() {
        Part::Ready(entry_points) => match screen {
            Screen::Plan => (entry_points.plan_view)(),
            Screen::Compare(ids) => (entry_points.compare_view)(ids),
        },
        Part::NotAsked | Part::Loading => view! {
            <div class="later later--loading" role="status">
                <span class="later__spinner" aria-hidden="true"></span>
                <p>{move || t(locale.get(), Text::LaterLoading)}</p>
            </div>
        }
        .into_any(),
        Part::Failed => view! {
            <div class="later later--failed" role="alert">
                <p>{move || t(locale.get(), Text::LaterFailed)}</p>
                <button type="button" class="button button--secondary" on:click=move |_| load(wizard)>
                    {move || t(locale.get(), Text::LaterRetry)}
                </button>
            </div>
        }
        .into_any(),
    }
    }
}
