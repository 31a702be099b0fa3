//! The browser shell: thin Leptos components over the pure core.
//!
//! One `RwSignal<Answers>` holds everything the user typed; validation and the plan are memos
//! over it; autosave is one effect. Components hold no business rules.
//!
//! Steps are addressed as `?step=<slug>` on whatever path the app is served from, so a
//! reload or a shared link works on any static host, under any sub-path, with no rewrite
//! rules.

pub mod backups;
pub mod bench;
pub mod browser;
pub mod compare;
pub mod download;
pub mod fields;
pub mod host;
pub mod ideas;
pub mod languages;
pub mod later;
pub mod layout;
pub mod persist;
pub mod plan_view;
pub mod plans;
pub mod recovery;
pub mod review;
pub mod share;
pub mod state;
pub mod steps;
pub mod update;

use crate::core::i18n::{Text, step_intro, step_title, t};
use crate::core::model::Answers;
use crate::core::validate::Severity;
use crate::core::wizard::Step;
use fields::{field_id, focus_later};
use layout::{Header, Notices, ProgressNav};
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::components::Router;
use leptos_router::hooks::{use_location, use_navigate, use_query_map};
use persist::{Persistence, Startup};
use state::Wizard;

/// The whole app: loads saved answers, provides the [`Wizard`] context, autosaves.
#[component]
pub fn App() -> impl IntoView {
    let Startup {
        persistence,
        answers,
        notices,
    } = persist::start();
    let answers = RwSignal::new(answers);
    let wizard = Wizard::new(answers, notices);
    provide_context(wizard);
    let persistence = StoredValue::new_local(persistence);
    provide_context(persistence);
    plans::refresh(wizard, persistence);
    plans::refresh_backups(wizard, persistence);
    // At start-up nothing is unsaved yet; a link pasted into a running tab may follow edits.
    open_share_link(wizard, None);
    let _ = window_event_listener(leptos::ev::hashchange, move |_| {
        open_share_link(wizard, Some(persistence))
    });
    autosave(wizard, persistence);
    languages::follow_answers_language(wizard);
    languages::reveal(wizard);
    follow_other_tabs(wizard, persistence);
    recovery::remember_answers(wizard);
    host::report_height();
    later::prefetch_when_idle(wizard);
    view! {
        <Router>
            <Shell/>
        </Router>
    }
}

/// Shows the plan of a share link in the address, read-only; a damaged link leaves the user's
/// own data on screen with a message.
fn open_share_link(wizard: Wizard, persistence: Option<StoredValue<Persistence, LocalStorage>>) {
    match share::shared_answers_in_address() {
        None => {}
        Some(Ok(answers)) => {
            wizard.share_error.set(None);
            if let Some(persistence) = persistence.filter(|_| !wizard.shared.get_untracked()) {
                // The user's own last edits are saved before the shared plan replaces them
                // on screen (autosave is off while a shared plan is shown).
                let own = wizard.answers.get_untracked();
                // The language shown follows the last choice, not the plan: not an edit.
                let unsaved = persistence
                    .try_with_value(|p| p.shows_unsaved(&own))
                    .unwrap_or(false);
                if unsaved && let Some(result) = persistence.try_update_value(|p| p.save(&own)) {
                    persist::report_save(wizard, persistence, result.is_ok());
                }
            }
            wizard.shared.set(true);
            wizard.answers.set(answers);
        }
        Some(Err(error)) => {
            let message = share::share_error_message(&error, wizard.locale.get_untracked());
            wizard.share_error.set(Some(message));
        }
    }
}

/// When another tab saves, this one follows (merging its own unsaved edits, never dropping
/// them). A page that was hidden, frozen or kept in the back/forward cache may have missed
/// that `storage` event, so it reads the key again when it comes back (`visibilitychange`,
/// `pageshow`, `resume`); its next write re-reads the key too (`Persistence::write`).
fn follow_other_tabs(wizard: Wizard, persistence: StoredValue<Persistence, LocalStorage>) {
    let follow = move |read: &dyn Fn(&mut Persistence, &Answers) -> Followed| {
        if wizard.shared.get_untracked() {
            return;
        }
        let current = wizard.answers.get_untracked();
        if let Some((answers, notice)) = persistence.try_update_value(|p| read(p, &current)) {
            if let Some(answers) = answers.filter(|a| *a != current) {
                wizard.answers.set(answers);
            }
            if let Some(notice) = notice {
                wizard.raise_notice(notice);
            }
            plans::refresh(wizard, persistence);
            plans::refresh_backups(wizard, persistence);
        }
    };
    let _ = window_event_listener(leptos::ev::storage, move |event| {
        if event.key().as_deref() == Some(crate::core::store::STORE_KEY) {
            let raw = event.new_value();
            follow(&|p, current| p.follow_other_tab(current, raw.as_deref()));
        }
    });
    let _ = window_event_listener(leptos::ev::pageshow, move |_| follow(&Persistence::resync));
    for name in ["visibilitychange", "resume"] {
        let on_back = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || {
            if !document().hidden() {
                follow(&Persistence::resync);
            }
        });
        let _ = document().add_event_listener_with_callback(
            name,
            wasm_bindgen::JsCast::unchecked_ref(on_back.as_ref()),
        );
        on_back.forget(); // lives as long as the page
    }
}

/// What following another tab gives: the answers to show (if they changed) and a notice.
type Followed = (Option<Answers>, Option<persist::StorageNotice>);

/// Saves the answers a moment after the last change (`core::store::Saver`: 400 ms after the
/// last keystroke, never more than 2 s after the first unsaved one), and at once when the page
/// is hidden (tab switched, phone locked: a phone may kill a hidden tab) or goes away, so
/// nothing typed is lost. Nothing is written until the user changes something.
fn autosave(wizard: Wizard, persistence: StoredValue<Persistence, LocalStorage>) {
    use crate::core::store::Saver;
    let pending = StoredValue::new_local(None::<TimeoutHandle>);
    let saver = StoredValue::new_local(Saver::new());
    let asked_to_persist = StoredValue::new_local(false);
    let save = move || {
        if let Some(old) = pending.try_update_value(Option::take).flatten() {
            old.clear();
        }
        saver.update_value(Saver::attempted);
        if wizard.shared.get_untracked() {
            return; // a shared plan is read-only until saved as a new plan
        }
        let answers = wizard.answers.get_untracked();
        if let Some(result) = persistence.try_update_value(|p| p.save(&answers)) {
            persist::report_save(wizard, persistence, result.is_ok());
            // The first real edit: ask the browser to keep the data (once per page).
            if result.is_ok() && !asked_to_persist.get_value() {
                asked_to_persist.set_value(true);
                persist::ask_persistent_storage(wizard, persistence);
            }
        }
        plans::refresh(wizard, persistence);
    };
    Effect::new(move |previous: Option<()>| {
        wizard.answers.track();
        if previous.is_none() {
            return; // the first run is the load itself, not an edit
        }
        let now = js_sys::Date::now() as i64;
        let wait = saver
            .try_update_value(|s| {
                s.edited(now);
                s.wait_ms(now)
            })
            .flatten()
            .unwrap_or(0);
        if let Some(old) = pending.try_update_value(Option::take).flatten() {
            old.clear();
        }
        let wait = std::time::Duration::from_millis(wait.max(0) as u64);
        pending.set_value(set_timeout_with_handle(save, wait).ok());
    });
    let flush = move || {
        if saver.try_with_value(Saver::is_pending).unwrap_or(false) {
            save();
        }
    };
    // Flush a pending save when the page is hidden or goes away.
    let _ = window_event_listener(leptos::ev::pagehide, move |_| flush());
    let on_hidden = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || {
        if document().hidden() {
            flush();
        }
    });
    let _ = document().add_event_listener_with_callback(
        "visibilitychange",
        wasm_bindgen::JsCast::unchecked_ref(on_hidden.as_ref()),
    );
    on_hidden.forget(); // lives as long as the page
}

/// The current step, from `?step=` (Business when absent or unknown).
fn use_current_step() -> Memo<Step> {
    let query = use_query_map();
    Memo::new(move |_| {
        query
            .with(|q| q.get("step").and_then(|s| Step::from_slug(&s)))
            .unwrap_or(Step::Business)
    })
}

/// Returns a function that opens `step` (and focuses `field`, an answers path, if given).
pub fn use_go_to() -> impl Fn(Step, Option<&str>) + Clone + 'static {
    let navigate = use_navigate();
    let location = use_location();
    move |step: Step, field: Option<&str>| {
        let mut url = format!("{}?step={}", location.pathname.get_untracked(), step.slug());
        if let Some(field) = field {
            url.push_str("&field=");
            url.push_str(field);
        }
        navigate(&url, NavigateOptions::default());
    }
}

/// The page around every step: header, notices, progress, heading, the step, Back/Next.
#[component]
fn Shell() -> impl IntoView {
    let wizard = use_context::<Wizard>().expect("Wizard context");
    let asked = use_current_step();
    // A shared plan is shown on its own, read-only.
    let step = Memo::new(move |_| {
        if wizard.shared.get() {
            Step::Plan
        } else {
            asked.get()
        }
    });
    let query = use_query_map();
    // Plans side by side (`?compare=`) take the step's place; never over a shared plan.
    let comparing = {
        let ids = compare::ids_in_query();
        Memo::new(move |_| ids.get().filter(|_| !wizard.shared.get()))
    };
    let heading = NodeRef::<leptos::html::H1>::new();
    // On every change of step, move focus to the new heading (or to the field asked for by an
    // edit link), so keyboard and screen-reader users start at the top of the new screen.
    Effect::new(move |previous: Option<(Step, bool)>| {
        let current = (step.get(), comparing.with(Option::is_some));
        let field = query.with_untracked(|q| q.get("field"));
        if let Some(field) = field {
            focus_later(field_id(&field));
        } else if previous.is_some_and(|p| p != current) {
            request_animation_frame(move || {
                if let Some(h) = heading.get_untracked() {
                    let _ = h.focus();
                }
            });
        }
        current
    });
    let locale = wizard.locale;
    let title = move || {
        if comparing.with(Option::is_some) {
            t(locale.get(), Text::CompareTitle)
        } else {
            step_title(locale.get(), step.get())
        }
    };
    // Each step's page has its own title, in the user's language: it names the entries of
    // the browser's history (the back button's list) and is the first thing a screen
    // reader announces.
    Effect::new(move |_| {
        document().set_title(&format!("{} — {}", title(), host::app_name(locale.get())));
    });
    view! {
        <a class="skip-link" href="#main" on:click=move |ev| {
            ev.prevent_default();
            if let Some(h) = heading.get_untracked() { let _ = h.focus(); }
        }>{move || t(locale.get(), Text::SkipToContent)}</a>
        <Header/>
        <div class="page">
            <Show when=move || !wizard.shared.get()>
                // A landmark: the plans panel, opened, is content too (axe's "region").
                <aside class="sidebar">
                    <ProgressNav current=step/>
                    <plans::PlansPanel/>
                </aside>
            </Show>
            <main id="main" class="main">
                <share::SharedBanner/>
                <Notices/>
                <update::UpdatePrompt/>
                <h1 node_ref=heading tabindex="-1" class="step-title">{title}</h1>
                {move || if comparing.with(Option::is_some) {
                    view! {
                        <p class="step-intro">{move || t(locale.get(), Text::CompareIntro)}</p>
                        <later::LaterView screen=later::Screen::Compare(comparing)/>
                    }.into_any()
                } else {
                    view! {
                        <p class="step-intro">{move || step_intro(locale.get(), step.get())}</p>
                        <StepBody step=step/>
                    }.into_any()
                }}
            </main>
        </div>
        <host::PrivacyNote locale=locale/>
    }
}

/// The form of the current step with its problem summary and Back/Next buttons; Enter in a
/// field submits the form, which means Next.
#[component]
fn StepBody(
    /// The step on screen.
    step: Memo<Step>,
) -> impl IntoView {
    let wizard = use_context::<Wizard>().expect("Wizard context");
    let locale = wizard.locale;
    let go_to = use_go_to();
    let blocked = RwSignal::new(false);
    let section_issues = Memo::new(move |_| wizard.issues_in(step.get()));
    let has_errors =
        move || section_issues.with(|i| i.iter().any(|i| i.severity == Severity::Error));
    Effect::new(move |_| {
        step.track();
        blocked.set(false);
    });
    let form = NodeRef::<leptos::html::Form>::new();
    // A box still holding text that is not a value (e.g. "abc" for hours) is an error too:
    // going on would drop what was typed.
    let first_invalid = move || {
        form.get_untracked()
            .and_then(|f| f.query_selector("[aria-invalid=true]").ok().flatten())
    };
    let go_next = {
        let go_to = go_to.clone();
        move || {
            let invalid = first_invalid();
            if has_errors() || invalid.is_some() {
                blocked.set(true);
                if let Some(el) = invalid {
                    use wasm_bindgen::JsCast;
                    if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                        let _ = el.focus();
                    }
                }
                return;
            }
            blocked.set(false);
            if let Some(next) = step.get_untracked().next() {
                go_to(next, None);
            }
        }
    };
    let go_back = {
        let go_to = go_to.clone();
        move |_| {
            if let Some(prev) = step.get_untracked().prev() {
                go_to(prev, None);
            }
        }
    };
    let on_submit = {
        let go_next = go_next.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            go_next();
        }
    };
    view! {
        <form node_ref=form class="step" novalidate on:submit=on_submit>
            <IssueSummary issues=section_issues blocked=blocked/>
            {move || match step.get() {
                Step::Business => view! { <steps::BusinessStep/> }.into_any(),
                Step::Goals => view! { <steps::GoalsStep/> }.into_any(),
                Step::Audience => view! { <steps::AudienceStep/> }.into_any(),
                Step::Channels => view! { <steps::ChannelsStep/> }.into_any(),
                Step::Resources => view! { <steps::ResourcesStep/> }.into_any(),
                Step::Budget => view! { <steps::BudgetStep/> }.into_any(),
                Step::Calendar => view! { <steps::CalendarStep/> }.into_any(),
                Step::Review => view! { <review::Review/> }.into_any(),
                Step::Plan => view! { <later::LaterView screen=later::Screen::Plan/> }.into_any(),
            }}
            <div class="step-nav">
                <Show when=move || step.get().prev().is_some()>
                    <button type="button" class="button button--secondary" on:click=go_back.clone()>
                        {move || t(locale.get(), Text::Back)}
                    </button>
                </Show>
                <Show when=move || step.get().next().is_some()>
                    <button type="submit" class="button button--primary">
                        {move || if step.get() == Step::Review { t(locale.get(), Text::SeePlan) } else { t(locale.get(), Text::Next) }}
                    </button>
                </Show>
            </div>
        </form>
    }
}

/// The step's problems at its top: errors first, each a button to its field.
#[component]
fn IssueSummary(
    /// The problems of the step's section.
    issues: Memo<Vec<crate::core::validate::Issue>>,
    /// Whether Next was just refused because of errors.
    blocked: RwSignal<bool>,
) -> impl IntoView {
    let wizard = use_context::<Wizard>().expect("Wizard context");
    let locale = wizard.locale;
    let errors = Memo::new(move |_| {
        issues.with(|i| {
            i.iter()
                .filter(|i| i.severity == Severity::Error)
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let warnings = Memo::new(move |_| {
        issues.with(|i| {
            i.iter()
                .filter(|i| i.severity == Severity::Warning)
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let item = move |issue: crate::core::validate::Issue| {
        let id = field_id(&issue.path.to_string());
        view! {
            <li><button type="button" class="link-button" on:click=move |_| focus_later(id.clone())>{issue.message}</button></li>
        }
    };
    view! {
        <div class="summary" role="status" aria-live="polite">
            <Show when=move || blocked.get()>
                <p class="summary__blocked">{move || t(locale.get(), Text::NextBlocked)}</p>
            </Show>
            <Show when=move || !errors.with(Vec::is_empty)>
                <div class="summary__errors">
                    <p>{move || t(locale.get(), Text::ErrorsOnStep)}</p>
                    <ul>{move || errors.get().into_iter().map(item).collect_view()}</ul>
                </div>
            </Show>
            <Show when=move || !warnings.with(Vec::is_empty)>
                <div class="summary__warnings">
                    <p>{move || t(locale.get(), Text::WarningsOnStep)}</p>
                    <ul>{move || warnings.get().into_iter().map(item).collect_view()}</ul>
                </div>
            </Show>
        </div>
    }
}

/// Replaces the static first-paint skeleton of index.html with the app, once the skeleton has
/// been painted: on a fast load the wasm can be ready before the first frame, and mounting
/// then would paint the app first and make the largest paint wait for the wasm (Lighthouse's
/// simulated throttling then puts it seconds later). A hidden page paints nothing, so it
/// mounts at once.
pub fn mount() {
    if document().hidden() {
        mount_now();
    } else {
        // A rAF callback runs just before the next paint; a task queued from it, just after.
        request_animation_frame(|| set_timeout(mount_now, std::time::Duration::ZERO));
    }
}

/// Mounts the app in place of the skeleton (removed by `languages::reveal`, at once unless
/// the saved plan's language must be fetched first).
fn mount_now() {
    // The host's rotta.config.json first (briefly: `ui::host` says why), then the texts of
    // the language to show, then the app.
    wasm_bindgen_futures::spawn_local(async {
        host::load().await;
        // The texts of the language shown first (no language is compiled in: issue #16).
        if languages::install_start_language().await.is_err() {
            languages::show_boot_error();
            return;
        }
        leptos::mount::mount_to_body(App);
        // The benchmark's "app interactive": the first screen is in the DOM with its handlers.
        if let Some(performance) = window().performance() {
            let _ = performance.mark("rotta-interactive");
        }
    });
}
