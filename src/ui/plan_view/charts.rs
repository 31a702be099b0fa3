//! A chart of the plan on the page: the SVG drawn by `core::charts` and, under it, its text
//! equivalent as a visible caption (read by screen readers, printed with the picture).

use crate::core::charts::Chart as Drawn;
use leptos::prelude::*;

/// A `<figure>` with the chart's pictures and a caption holding its title and text.
///
/// The SVG is inserted as markup: it is written by `core::charts`' writer, which escapes every
/// text and attribute (a business or key-date name cannot inject markup), and it uses
/// presentation attributes only, which the Content Security Policy allows. One component
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
            <div class="chart__pictures" inner_html=move || chart.with(|c| c.svg.concat())></div>
            <figcaption class="chart__text">
                <span class="chart__title">{move || chart.with(|c| c.title.clone())}</span>
                <ul>{move || chart.with(|c| c.text.iter().map(|line| view! { <li>{line.clone()}</li> }).collect_view())}</ul>
            </figcaption>
        </figure>
    }
}
