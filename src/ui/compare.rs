//! The facilitator's view (issue #15 §2): ticking plans in the plans panel, and the plans
//! side by side (`?compare=<id>,<id>[,<id>]`, beside the step the user came from). What is
//! compared, what differs and which plans may be compared is `core::compare`'s; this only
//! finds the plans' answers, plans them with the engine and shows the result. On screen one
//! table of all the plans; on paper one page per pair (style/print.css).

use crate::core::compare::{self, Comparison, Refusal};
use crate::core::engine::{self, Plan, Say, WarningSeverity};
use crate::core::i18n::{Text, t};
use crate::core::l10n::fill;
use crate::core::wizard::Step;
use crate::ui::persist::Persistence;
use crate::ui::state::Wizard;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_location, use_navigate, use_query_map};

/// The plans ticked in the panel and why the last attempt was refused. `Copy`: signal handles.
#[derive(Clone, Copy)]
pub struct Picking {
    ticked: RwSignal<Vec<String>>,
    refusal: RwSignal<Option<Refusal>>,
}

impl Picking {
    /// Starts with nothing ticked and provides itself to the rows of the panel.
    pub fn provide() -> Self {
        let picking = Self {
            ticked: RwSignal::new(Vec::new()),
            refusal: RwSignal::new(None),
        };
        provide_context(picking);
        picking
    }
}

/// The plans to compare, read from `?compare=`: ids separated by commas.
pub fn ids_in_query() -> Memo<Option<String>> {
    let query = use_query_map();
    Memo::new(move |_| query.with(|q| q.get("compare")))
}

/// The box that ticks one plan for the comparison; a fourth is refused with a message.
#[component]
pub fn Tick(
    /// The plan's id.
    id: String,
    /// The plan's name, for the box's label.
    name: String,
) -> impl IntoView {
    let picking = use_context::<Picking>().expect("Picking context");
    let l = use_context::<Wizard>().expect("Wizard context").locale;
    let checked = {
        let id = id.clone();
        move || picking.ticked.with(|t| t.contains(&id))
    };
    let on_change = move |ev: leptos::ev::Event| {
        let on = event_target_checked(&ev);
        if on && let Err(refusal) = compare::may_tick(picking.ticked.with_untracked(Vec::len)) {
            // Refused: the box goes back to unticked, and the message says why.
            if let Some(input) = ev
                .target()
                .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(t).ok())
            {
                input.set_checked(false);
            }
            picking.refusal.set(Some(refusal));
            return;
        }
        picking.refusal.set(None);
        picking.ticked.update(|t| {
            t.retain(|x| *x != id);
            if on {
                t.push(id.clone());
            }
        });
    };
    view! {
        <label class="plans__tick">
            <input type="checkbox" class="plans__compare" prop:checked=checked on:change=on_change/>
            <span class="visually-hidden">
                {move || fill(l.get(), Text::CompareTick, &[("name", &name)])}
            </span>
        </label>
    }
}

/// "Compare plans": opens the comparison of the ticked plans, or says why it cannot.
#[component]
pub fn CompareButton() -> impl IntoView {
    let wizard = use_context::<Wizard>().expect("Wizard context");
    let picking = use_context::<Picking>().expect("Picking context");
    let locale = wizard.locale;
    let navigate = use_navigate();
    let location = use_location();
    let query = use_query_map();
    let open = move |_| {
        let all: Vec<String> = wizard
            .plans
            .with_untracked(|p| p.iter().map(|p| p.id.clone()).collect());
        match picking
            .ticked
            .with_untracked(|ticked| compare::choose(ticked, &all))
        {
            Err(refusal) => picking.refusal.set(Some(refusal)),
            Ok(ids) => {
                picking.refusal.set(None);
                let step = query
                    .with_untracked(|q| q.get("step"))
                    .and_then(|s| Step::from_slug(&s))
                    .unwrap_or(Step::Business);
                let url = format!(
                    "{}?step={}&compare={}",
                    location.pathname.get_untracked(),
                    step.slug(),
                    ids.join(",")
                );
                navigate(&url, NavigateOptions::default());
            }
        }
    };
    view! {
        <p class="field__hint">{move || t(locale.get(), Text::CompareHint)}</p>
        <button type="button" id="plans-compare" class="button button--secondary" on:click=open>
            {move || t(locale.get(), Text::CompareOpen)}
        </button>
        <p class="plans__refusal" role="status">
            {move || picking.refusal.get().map(|r| view! {
                <span class="warning warning--warning" data-refusal=r.as_str()>{r.message(locale.get())}</span>
            })}
        </p>
    }
}

/// The persistence handle (as `ui::plans` names it; not imported from there, which imports
/// this module).
type PersistenceHandle = StoredValue<Persistence, LocalStorage>;

/// The plans named in `ids`, planned in the interface language: `None` when one of them is
/// gone or there are not two or three.
fn planned(
    wizard: Wizard,
    open_plan: Memo<Plan<Say>>,
    persistence: PersistenceHandle,
    ids: &str,
) -> Option<Vec<(String, Plan)>> {
    let l = wizard.locale.get();
    let today = crate::ui::browser::today();
    let mut wanted: Vec<&str> = Vec::new();
    for id in ids.split(',') {
        if !wanted.contains(&id) {
            wanted.push(id);
        }
    }
    if !(compare::MIN_PLANS..=compare::MAX_PLANS).contains(&wanted.len()) {
        return None;
    }
    let summaries = wizard.plans.get();
    wanted
        .into_iter()
        .map(|id| {
            let summary = summaries.iter().find(|p| p.id == id)?;
            let plan = if summary.active {
                // The open plan as on screen (its last edits may not be saved yet), already
                // planned by the wizard's memo: only written in the language.
                open_plan.with(|d| engine::render(d, l))
            } else {
                let answers = persistence
                    .try_with_value(|p| p.plan_answers(id))
                    .flatten()?;
                engine::render(&engine::plan(&answers, today), l)
            };
            Some((summary.name.clone(), plan))
        })
        .collect()
}

/// The comparison of the plans in `?compare=`: one table on screen, a page per pair on paper.
#[component]
pub fn CompareView(
    /// The ids from the address, separated by commas.
    ids: Memo<Option<String>>,
) -> impl IntoView {
    let wizard = use_context::<Wizard>().expect("Wizard context");
    let persistence = use_context::<PersistenceHandle>().expect("persistence context");
    let open_plan = crate::ui::state::Planned::new(wizard).decisions;
    let locale = wizard.locale;
    let go_to = crate::ui::use_go_to();
    let query = use_query_map();
    // The print's running header: the plan view sets the open plan's, which these pages are not.
    Effect::new(move |_| {
        crate::ui::plan_view::summary::set_print_header(&compare::print_header_rule(locale.get()));
    });
    let back = move |_| {
        let step = query
            .with_untracked(|q| q.get("step"))
            .and_then(|s| Step::from_slug(&s))
            .unwrap_or(Step::Business);
        go_to(step, None);
    };
    let body = move || {
        let l = locale.get();
        let plans = ids.with(|ids| {
            ids.as_deref()
                .and_then(|ids| planned(wizard, open_plan, persistence, ids))
        });
        let missing = plans.is_none().then(|| view! {
            <p class="warning warning--warning" id="compare-missing" role="alert">{t(l, Text::CompareMissing)}</p>
        });
        let shown = plans.map(|plans| {
            let today = crate::ui::browser::today();
            let named: Vec<compare::Named<'_>> =
                plans.iter().map(|(n, p)| (n.as_str(), p)).collect();
            let all = compare::compare(&named, today);
            let pairs = compare::pairs(&named, today);
            view! {
                <p class="compare__count" id="compare-count">{all.differences_text.clone()}</p>
                <div class="compare__screen table-wrap">
                    <CompareTable comparison=all/>
                </div>
                <div class="compare__print">
                    {pairs.into_iter().map(|pair| {
                        let (label, title, printed) =
                            (pair.title.clone(), pair.title.clone(), pair.printed.clone());
                        view! {
                            <section class="compare-pair" aria-label=label>
                                <header class="compare-pair__head">
                                    <h2>{title}</h2>
                                    <p>{printed}</p>
                                </header>
                                <CompareTable comparison=pair/>
                            </section>
                        }
                    }).collect_view()}
                </div>
            }
        });
        (missing, shown)
    };
    view! {
        <div class="compare" id="compare">
            {body}
            <div class="step-nav">
                <button type="button" id="compare-back" class="button button--secondary" on:click=back>
                    {move || t(locale.get(), Text::CompareBack)}
                </button>
            </div>
        </div>
    }
}

/// One comparison as a table: a column per plan, a row per thing compared, grouped; a row
/// that differs says so in words ("differs", read by screen readers and printed) and by its
/// class.
#[component]
fn CompareTable(
    /// The comparison shown.
    comparison: Comparison,
) -> impl IntoView {
    let l = use_context::<Wizard>()
        .expect("Wizard context")
        .locale
        .get_untracked();
    let columns = comparison.names.len() + 1;
    let differs = t(l, Text::CompareDiffers);
    view! {
        <table class="table compare-table">
            <caption class="visually-hidden">{comparison.title.clone()}</caption>
            <thead>
                <tr>
                    <th scope="col">{t(l, Text::CompareAspect)}</th>
                    {comparison.names.iter().map(|n| view! { <th scope="col">{n.clone()}</th> }).collect_view()}
                </tr>
            </thead>
            {comparison.groups.into_iter().map(|group| view! {
                <tbody data-group=group.key>
                    <tr class="compare-table__group">
                        <th scope="colgroup" colspan=columns>{group.title}</th>
                    </tr>
                    {group.rows.is_empty().then(|| view! {
                        <tr><td colspan=columns class="compare-table__none">{t(l, Text::CompareNoWarning)}</td></tr>
                    })}
                    {group.rows.into_iter().map(|row| view! {
                            <tr data-row=row.key class=if row.differs { "compare-row compare-row--differs" } else { "compare-row" }>
                                <th scope="row">
                                    {row.label}
                                    {row.differs.then(|| view! { " " <span class="compare-row__differs">{differs}</span> })}
                                </th>
                                {row.cells.into_iter().map(|cell| view! {
                                    <td class=cell_class(cell.absent, cell.severity)>{cell.text}</td>
                                }).collect_view()}
                            </tr>
                    }).collect_view()}
                </tbody>
            }).collect_view()}
        </table>
    }
}

/// A cell's classes: a value the plan lacks is muted; a warning has its severity's colour.
const fn cell_class(absent: bool, severity: Option<WarningSeverity>) -> &'static str {
    match (absent, severity) {
        (true, _) => "compare-cell compare-cell--absent",
        (false, Some(WarningSeverity::Critical)) => "compare-cell compare-cell--critical",
        (false, Some(WarningSeverity::Warning)) => "compare-cell compare-cell--warning",
        (false, Some(WarningSeverity::Info)) => "compare-cell compare-cell--info",
        (false, None) => "compare-cell",
    }
}
