//! A chart of the plan on the page: the SVG drawn by `core::charts` and, under it, its text
//! equivalent as a visible caption (read by screen readers, printed with the picture).

use crate::core::charts::Chart as Drawn;
use leptos::prelude::*;

/// A `<figure>` with the chart's pictures and a caption holding its title and text.
///
/// The SVG is inserted as markup: it is written by `core::charts`' writer, which escapes every
/// text and attribute (a business or key-date name cannot inject markup), and it uses
/// presentation attributes only, which the Content Security Policy allows.
#[component]
pub fn Chart(
    /// The chart, computed by `core::charts` from the plan.
    chart: Drawn,
) -> impl IntoView {
    let Drawn {
        id,
        title,
        svg,
        text,
    } = chart;
    view! {
        <figure class=format!("chart chart--{id}") data-chart=id>
            {(!svg.is_empty()).then(|| view! { <div class="chart__pictures" inner_html=svg.concat()></div> })}
            <figcaption class="chart__text">
                <span class="chart__title">{title}</span>
                <ul>{text.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul>
            </figcaption>
        </figure>
    }
}
