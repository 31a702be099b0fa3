//! A chart of the plan on the page: the SVG drawn by `core::charts` and, under it, its text
//! equivalent as a visible caption (read by screen readers, printed with the picture).

use crate::core::charts::Chart as Drawn;
use leptos::prelude::*;

/// A `<figure>` with the chart's pictures and a caption holding its title and text.
///
/// Each SVG is shown as an image (`data:` URL): no markup is inserted into the page, and an
/// image can run no script whatever its text (the writer escapes every text all the same);
/// its alternative text names what it shows, the caption gives every figure. One component
/// over a memo for every chart: the figure is built once and only what changed is redrawn,
/// and the view code is compiled once for all five (docs/size.md).
#[component]
pub fn Chart(
    /// The chart, computed by `core::charts` from the plan.
    chart: Memo<Drawn>,
) -> impl IntoView {
    let id = chart.with_untracked(|c| c.id);
    view! {
        <figure class=format!("chart chart--{id}") data-chart=id>
            <div class="chart__pictures">
                {move || chart.with(|c| c.svg.iter().map(|p| view! {
                    <img class="chart__svg" src=p.data_url() alt=p.label.clone()/>
                }).collect_view())}
            </div>
            <figcaption class="chart__text">
                <span class="chart__title">{move || chart.with(|c| c.title.clone())}</span>
                <ul>{move || chart.with(|c| c.text.iter().map(|line| view! { <li>{line.clone()}</li> }).collect_view())}</ul>
            </figcaption>
        </figure>
    }
}
