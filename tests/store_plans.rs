//! Several plans, two tabs, saving and importing, as a user would meet them.

use rotta::core::l10n::{Msg, t};
use rotta::core::model::{Answers, AnswersError, Locale, MAX_ANSWERS_BYTES, Sector};
use rotta::core::store::{
    BeforeWrite, Loaded, OtherTab, SAVE_DEBOUNCE_MS, SAVE_MAX_DELAY_MS, SaveFailure, Saver, Store,
    before_write, check_import_size, checked_text, encode, follow_other_tab, import_answers,
    import_error_text, load, merge,
};

const DESIGN_EXAMPLE: &str = include_str!("fixtures/answers_design_example.json");
const V4: &str = include_str!("fixtures/store/v4.json");

fn bakery() -> Answers {
    Answers::from_json(DESIGN_EXAMPLE).unwrap()
}

fn named(name: &str) -> Answers {
    let mut a = bakery();
    a.business.name = name.into();
    a
}

fn names(store: &Store) -> Vec<&str> {
    store.plans.iter().map(|p| p.name.as_str()).collect()
}

fn fixture_store() -> Store {
    match load(Some(V4)) {
        Loaded::Current(store) => store,
        other => panic!("{other:?}"),
    }
}

// --- Several plans -------------------------------------------------------------------------

#[test]
fn creating_a_plan_makes_it_active_and_never_replaces_another() {
    let mut store = Store::with_plan(named("A"), "p".into(), "A".into(), 10);
    store.add_plan(named("B"), "p".into(), "B".into(), 20);
    assert_eq!(names(&store), ["A", "B"]);
    assert_eq!(
        store.active.as_deref(),
        Some("p-2"),
        "a taken id gets a suffix"
    );
    assert_eq!(store.active_plan().unwrap().name, "B");
}

#[test]
fn editing_the_active_plan_moves_its_last_change_only_when_something_changed() {
    let mut store = Store::with_plan(bakery(), "p".into(), "Forno".into(), 10);
    store.set_active_answers(bakery(), 50);
    assert_eq!(
        store.active_plan().unwrap().updated_ms,
        10,
        "same answers: no change"
    );
    let mut changed = bakery();
    changed.business.sector = Sector::Retail;
    store.set_active_answers(changed.clone(), 60);
    let plan = store.active_plan().unwrap();
    assert_eq!((plan.updated_ms, plan.created_ms), (60, 10));
    assert_eq!(plan.answers, changed);
}

#[test]
fn typing_on_a_first_visit_creates_the_first_plan() {
    let mut store = Store::empty();
    store.set_active_answers(Answers::new_plan(Locale::En, chrono::NaiveDate::MIN), 99);
    assert_eq!(store.plans.len(), 1);
    assert_eq!(store.active_plan().unwrap().name, "New plan");
    let mut store = Store::empty();
    store.set_active_answers(bakery(), 99);
    assert_eq!(
        store.active_plan().unwrap().name,
        "Forno Rossi",
        "named after the business"
    );
}

#[test]
fn duplicating_copies_the_answers_under_a_new_name_next_to_the_original() {
    let mut store = fixture_store();
    assert!(store.duplicate("plan-1", "copy".into(), 500));
    assert_eq!(
        names(&store),
        ["Forno Rossi", "Forno Rossi (copy)", "Kraft Gym – 2027 ☀"]
    );
    assert_eq!(
        store.plan("copy").unwrap().answers,
        store.plan("plan-1").unwrap().answers
    );
    assert_eq!(
        store.active.as_deref(),
        Some("k7f3-gym"),
        "the active plan does not change"
    );
    assert!(!store.duplicate("missing", "x".into(), 1));
    assert!(
        !store.duplicate("plan-1", "copy".into(), 1),
        "a taken id is refused"
    );
    store.prefs.locale = Some(Locale::It);
    assert!(store.duplicate("plan-1", "copia".into(), 1));
    assert!(store.plan("copia").unwrap().name.ends_with("(copia)"));
}

#[test]
fn renaming_changes_the_name_and_the_last_change() {
    let mut store = fixture_store();
    assert!(store.rename("plan-1", "Forno — estate".into(), 777));
    let plan = store.plan("plan-1").unwrap();
    assert_eq!(
        (plan.name.as_str(), plan.updated_ms),
        ("Forno — estate", 777)
    );
    assert!(!store.rename("missing", "x".into(), 1));
}

#[test]
fn deleting_moves_the_active_plan_and_undo_puts_it_back_in_place() {
    let mut store = fixture_store();
    store.add_plan(named("C"), "c".into(), "C".into(), i64::MAX);
    assert!(store.switch_to("k7f3-gym"));
    let removed = store.remove("k7f3-gym").unwrap();
    assert_eq!(
        store.active.as_deref(),
        Some("c"),
        "the next plan becomes active"
    );
    store.restore(removed.clone());
    assert_eq!(names(&store), ["Forno Rossi", "Kraft Gym – 2027 ☀", "C"]);
    assert_eq!(
        store.plan("k7f3-gym"),
        Some(&removed),
        "nothing of it is lost"
    );
    assert_eq!(store.active.as_deref(), Some("c"));

    // Removing the last plan leaves the previous one active, then none.
    let mut store = Store::with_plan(bakery(), "a".into(), "A".into(), 1);
    store.add_plan(bakery(), "b".into(), "B".into(), 2);
    store.remove("b").unwrap();
    assert_eq!(store.active.as_deref(), Some("a"));
    let last = store.remove("a").unwrap();
    assert_eq!(store.active, None);
    assert_eq!(store.remove("a"), None);
    store.restore(last);
    assert_eq!(
        store.active.as_deref(),
        Some("a"),
        "undo with no plan left makes it active"
    );
}

#[test]
fn switching_to_a_missing_plan_changes_nothing() {
    let mut store = fixture_store();
    assert!(!store.switch_to("nope"));
    assert_eq!(store.active.as_deref(), Some("k7f3-gym"));
    assert!(store.switch_to("plan-1"));
    assert_eq!(store.active_plan().unwrap().name, "Forno Rossi");
}

#[test]
fn the_list_shows_the_most_recently_changed_first() {
    let mut store = fixture_store();
    store.rename("plan-1", "Forno".into(), 1_900_000_000_000);
    let order: Vec<_> = store
        .plans_by_last_change()
        .iter()
        .map(|p| p.id.as_str())
        .collect();
    assert_eq!(order, ["plan-1", "k7f3-gym"]);
}

// --- Two tabs --------------------------------------------------------------------------------

#[test]
fn the_two_way_merge_keeps_the_newer_edit_of_each_plan_and_every_plan() {
    let base = fixture_store();
    let mut ours = base.clone();
    let mut theirs = base.clone();
    ours.rename("plan-1", "ours".into(), 2_000_000_000_000);
    theirs.rename("k7f3-gym", "theirs".into(), 2_000_000_000_000);
    theirs.add_plan(
        named("new"),
        "new".into(),
        "new there".into(),
        2_000_000_000_001,
    );
    ours.add_plan(
        named("here"),
        "here".into(),
        "new here".into(),
        2_000_000_000_002,
    );
    let merged = merge(&ours, &theirs);
    assert_eq!(merged.plan("plan-1").unwrap().name, "ours");
    assert_eq!(merged.plan("k7f3-gym").unwrap().name, "theirs");
    assert!(merged.plan("new").is_some() && merged.plan("here").is_some());
    assert_eq!(
        merged.active.as_deref(),
        Some("here"),
        "this tab's active plan stays"
    );
    // A plan deleted on one side comes back rather than risk losing the other side's copy.
    let mut deleted = base.clone();
    deleted.remove("plan-1");
    assert!(merge(&deleted, &base).plan("plan-1").is_some());
}

#[test]
fn the_two_way_merge_keeps_both_versions_of_a_same_millisecond_conflict() {
    let base = fixture_store();
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    ours.rename("plan-1", "ours".into(), 5_000_000_000_000);
    theirs.rename("plan-1", "theirs".into(), 5_000_000_000_000);
    let merged = merge(&ours, &theirs);
    assert_eq!(merged.plan("plan-1").unwrap().name, "ours");
    assert!(merged.plans.iter().any(|p| p.name.starts_with("theirs")));
}

#[test]
fn a_tab_with_nothing_unsaved_simply_follows_the_other() {
    let base = fixture_store();
    let mut theirs = base.clone();
    theirs.rename("plan-1", "renamed there".into(), 3_000_000_000_000);
    theirs.prefs.locale = Some(Locale::It);
    let OtherTab::Follow(followed) = follow_other_tab(&base, &base, Some(&encode(&theirs))) else {
        panic!("nothing unsaved: follow");
    };
    assert_eq!(followed.plans, theirs.plans);
    assert_eq!(followed.prefs.locale, Some(Locale::It));
    assert_eq!(followed.active, base.active, "this tab stays on its plan");
}

#[test]
fn unsaved_edits_here_survive_the_other_tabs_save() {
    let base = fixture_store();
    let mut ours = base.clone();
    let mut edited = ours.plan("plan-1").unwrap().answers.clone();
    edited.business.value_proposition = "Typed here, not yet saved".into();
    ours.switch_to("plan-1");
    ours.set_active_answers(edited.clone(), 3_000_000_000_000);
    let mut theirs = base.clone();
    theirs.rename(
        "k7f3-gym",
        "Kraft Gym (renamed there)".into(),
        3_000_000_000_001,
    );
    theirs.remove("plan-1").map(|_| ()).unwrap_or(());
    theirs.add_plan(
        named("X"),
        "x".into(),
        "Made there".into(),
        3_000_000_000_002,
    );

    let OtherTab::Merged {
        merged,
        theirs: stored,
    } = follow_other_tab(&ours, &base, Some(&encode(&theirs)))
    else {
        panic!("unsaved edits here: merge");
    };
    assert_eq!(stored, theirs);
    assert_eq!(
        merged.plan("plan-1").unwrap().answers,
        edited,
        "our edit is kept although deleted there"
    );
    assert_eq!(
        merged.plan("k7f3-gym").unwrap().name,
        "Kraft Gym (renamed there)"
    );
    assert!(merged.plan("x").is_some());
    assert_eq!(merged.active.as_deref(), Some("plan-1"));
}

#[test]
fn a_deletion_in_the_other_tab_is_honoured_when_this_tab_did_not_touch_the_plan() {
    let base = fixture_store();
    let mut ours = base.clone();
    ours.rename("k7f3-gym", "edited here".into(), 4_000_000_000_000);
    let mut theirs = base.clone();
    theirs.remove("plan-1");
    let OtherTab::Merged { merged, .. } = follow_other_tab(&ours, &base, Some(&encode(&theirs)))
    else {
        panic!()
    };
    assert!(
        merged.plan("plan-1").is_none(),
        "deleted there, untouched here: gone"
    );
    assert_eq!(merged.plan("k7f3-gym").unwrap().name, "edited here");
}

#[test]
fn when_both_tabs_edit_the_same_plan_the_older_edit_is_kept_as_a_copy() {
    let base = fixture_store();
    let mut ours = base.clone();
    ours.rename("plan-1", "older edit here".into(), 4_000_000_000_000);
    let mut theirs = base.clone();
    theirs.rename("plan-1", "newer edit there".into(), 4_000_000_000_500);
    let OtherTab::Merged { merged, .. } = follow_other_tab(&ours, &base, Some(&encode(&theirs)))
    else {
        panic!()
    };
    assert_eq!(merged.plan("plan-1").unwrap().name, "newer edit there");
    let copy = merged
        .plans
        .iter()
        .find(|p| p.id != "plan-1" && p.name.starts_with("older edit here"));
    let copy = copy.expect("the older edit is kept");
    assert!(copy.name.ends_with(t(Locale::En, Msg::StoreOtherTabSuffix)));
}

/// The open plan is Italian, the language last chosen English: the tab shows it in English
/// (at start-up the choice wins over the plan's own) while the user has changed nothing.
fn italian_plan_shown_in_english() -> (Store, Answers) {
    let mut base = fixture_store();
    base.switch_to("plan-1");
    assert_eq!(base.active_plan().unwrap().answers.locale, Locale::It);
    assert_eq!(base.prefs.locale, Some(Locale::En));
    let mut shown = base.active_plan().unwrap().answers.clone();
    shown.locale = Locale::En;
    (base, shown)
}

#[test]
fn the_language_shown_is_not_an_edit_when_the_other_tab_saves() {
    let (base, shown) = italian_plan_shown_in_english();
    // The other tab shows the plan the same way; the user types there and it saves.
    let mut typed = shown.clone();
    typed.business.name = "Typed in the other tab".into();
    let mut theirs = base.clone();
    theirs.set_active_answers(typed.clone(), 3_000_000_000_000);
    // This tab's clock is later: were the language taken for an edit, this tab's untouched
    // version would win and what was typed there would go into an "(other tab)" copy.
    let ours = base.with_shown(&shown, 3_000_000_000_500);
    let OtherTab::Follow(followed) = follow_other_tab(&ours, &base, Some(&encode(&theirs))) else {
        panic!("nothing was typed here: follow");
    };
    assert_eq!(
        followed.plans, theirs.plans,
        "no copy, the typed text in place"
    );
    assert_eq!(followed.active_plan().unwrap().answers, typed);

    // Then this tab types too, on the followed plan: the other tab's text stays.
    let mut both = typed.clone();
    both.business.value_proposition = "Typed here after following".into();
    let base = followed;
    let mut theirs = base.clone();
    theirs.rename("k7f3-gym", "Renamed there".into(), 3_000_000_001_000);
    let ours = base.with_shown(&both, 3_000_000_000_900);
    let OtherTab::Merged { merged, .. } = follow_other_tab(&ours, &base, Some(&encode(&theirs)))
    else {
        panic!("typed here: merge");
    };
    assert_eq!(merged.plans.len(), 2, "no copy: {:?}", names(&merged));
    assert_eq!(merged.plan("plan-1").unwrap().answers, both);
    assert_eq!(merged.plan("k7f3-gym").unwrap().name, "Renamed there");
}

#[test]
fn a_real_edit_shown_in_another_language_is_still_unsaved() {
    let (base, shown) = italian_plan_shown_in_english();
    assert_eq!(base.with_shown(&shown, 3_000_000_000_000), base);
    // Typed text is an edit, in whatever language it is shown.
    let mut typed = shown.clone();
    typed.business.name = "Typed here".into();
    let ours = base.with_shown(&typed, 3_000_000_000_000);
    assert_eq!(ours.active_plan().unwrap().answers, typed);
    // So is choosing a language other than the one the store says to show.
    let mut italian = base.clone();
    italian.prefs.locale = Some(Locale::It);
    let mut plan_in_italian = italian.active_plan().unwrap().answers.clone();
    assert_eq!(italian.with_shown(&plan_in_italian, 1), italian);
    plan_in_italian.locale = Locale::En;
    let ours = italian.with_shown(&plan_in_italian, 3_000_000_000_000);
    assert_eq!(ours.active_plan().unwrap().answers.locale, Locale::En);
    assert_eq!(ours.active_plan().unwrap().updated_ms, 3_000_000_000_000);
}

#[test]
fn what_the_other_tab_leaves_unreadable_or_newer_is_not_followed() {
    let base = fixture_store();
    assert_eq!(follow_other_tab(&base, &base, None), OtherTab::Keep);
    assert_eq!(
        follow_other_tab(&base, &base, Some("{garbage")),
        OtherTab::Keep
    );
    assert_eq!(
        follow_other_tab(&base, &base, Some(r#"{"version":7,"plans":[]}"#)),
        OtherTab::ReadOnly { version: 7 }
    );
}

// --- A stale tab writes (issue #12 §2) -----------------------------------------------------

/// The gym plan with `edit` applied to its answers at `now_ms`, as a tab would save it.
fn gym_edited(base: &Store, now_ms: i64, edit: impl Fn(&mut Answers)) -> Store {
    let mut store = base.clone();
    store.switch_to("k7f3-gym");
    let mut answers = store.active_plan().unwrap().answers.clone();
    edit(&mut answers);
    store.set_active_answers(answers, now_ms);
    store
}

#[test]
fn a_tab_that_missed_the_other_tabs_save_merges_before_writing_both_edits_in_the_plan() {
    let base = fixture_store();
    // The other tab saved a new name while this one was frozen (no `storage` event came).
    let theirs = gym_edited(&base, 3_000_000_000_000, |a| {
        a.business.name = "Renamed in the other tab".into()
    });
    // This tab, still on the old base, saves another field of the same plan.
    let next = gym_edited(&base, 3_000_000_000_500, |a| {
        a.business.value_proposition = "Typed in the stale tab".into()
    });
    let BeforeWrite::Merged(merged) = before_write(&base, &next, Some(&encode(&theirs))) else {
        panic!("another tab saved meanwhile: merge before writing");
    };
    assert_eq!(merged.plans.len(), base.plans.len(), "{:?}", names(&merged));
    let gym = &merged.plan("k7f3-gym").unwrap().answers.business;
    assert_eq!(gym.name, "Renamed in the other tab");
    assert_eq!(gym.value_proposition, "Typed in the stale tab");
    assert_eq!(
        merged.plan("k7f3-gym").unwrap().updated_ms,
        3_000_000_000_500
    );
    assert_eq!(merged.plan("plan-1"), base.plan("plan-1"), "untouched");
}

#[test]
fn a_stale_tab_that_typed_into_the_same_field_keeps_both_texts() {
    let base = fixture_store();
    let theirs = gym_edited(&base, 3_000_000_000_000, |a| {
        a.business.name = "There".into()
    });
    let next = gym_edited(&base, 3_000_000_000_500, |a| {
        a.business.name = "Here".into()
    });
    let BeforeWrite::Merged(merged) = before_write(&base, &next, Some(&encode(&theirs))) else {
        panic!("merge");
    };
    let texts: Vec<&str> = merged
        .plans
        .iter()
        .map(|p| p.answers.business.name.as_str())
        .collect();
    assert!(
        texts.contains(&"Here") && texts.contains(&"There"),
        "{texts:?}"
    );
    assert_eq!(
        merged.plans.len(),
        base.plans.len() + 1,
        "one kept as a copy"
    );
    let copy = merged
        .plans
        .iter()
        .find(|p| p.answers.business.name == "There");
    assert!(
        copy.unwrap()
            .name
            .ends_with(t(Locale::En, Msg::StoreOtherTabSuffix)),
        "the older edit is the copy named '(other tab)'"
    );
    // Nothing else changed: with the stored text equal to what this tab read, it just writes.
    assert_eq!(
        before_write(&base, &next, Some(&encode(&base))),
        BeforeWrite::Write
    );
}

#[test]
fn a_write_never_replaces_what_it_cannot_read_or_a_newer_rottas_data() {
    let base = fixture_store();
    let next = gym_edited(&base, 3_000_000_000_000, |a| {
        a.business.name = "Here".into()
    });
    assert_eq!(before_write(&base, &next, None), BeforeWrite::Write);
    assert_eq!(
        before_write(&base, &next, Some("{garbage")),
        BeforeWrite::KeepAside("{garbage".into())
    );
    assert_eq!(
        before_write(&base, &next, Some(r#"{"version":9,"plans":[]}"#)),
        BeforeWrite::ReadOnly { version: 9 }
    );
}

#[test]
fn preferences_changed_in_the_other_tab_survive_this_tabs_write() {
    let base = fixture_store();
    let mut theirs = base.clone();
    theirs.prefs.last_export_ms = Some(3_000_000_000_000);
    let next = gym_edited(&base, 3_000_000_000_500, |a| {
        a.business.name = "Here".into()
    });
    let BeforeWrite::Merged(merged) = before_write(&base, &next, Some(&encode(&theirs))) else {
        panic!("merge");
    };
    assert_eq!(merged.prefs.last_export_ms, Some(3_000_000_000_000));
    assert_eq!(
        merged.plan("k7f3-gym").unwrap().answers.business.name,
        "Here"
    );
}

#[test]
fn coming_back_to_a_tab_with_nothing_new_stored_changes_nothing() {
    let base = fixture_store();
    // Unsaved edits here, and the key still holds what this tab read: keep them as they are
    // (no merge, no notice, no write).
    let ours = gym_edited(&base, 3_000_000_000_000, |a| {
        a.business.name = "Here".into()
    });
    assert_eq!(
        follow_other_tab(&ours, &base, Some(&encode(&base))),
        OtherTab::Keep
    );
}

// --- Saving ----------------------------------------------------------------------------------

#[test]
fn saves_wait_for_a_pause_in_typing_but_not_forever() {
    let mut saver = Saver::new();
    assert!(!saver.is_due(1_000), "nothing edited, nothing due");
    assert!(!saver.is_pending());
    saver.edited(1_000);
    assert!(!saver.is_due(1_000 + SAVE_DEBOUNCE_MS - 1));
    assert!(saver.is_due(1_000 + SAVE_DEBOUNCE_MS));
    // Continuous typing: every keystroke restarts the debounce, the cap still saves.
    let mut t = 1_000;
    while t < 1_000 + SAVE_MAX_DELAY_MS {
        saver.edited(t);
        assert!(
            saver.due_at().unwrap() <= 1_000 + SAVE_MAX_DELAY_MS,
            "never more than 2 s after the first keystroke"
        );
        t += SAVE_DEBOUNCE_MS / 2;
    }
    assert!(saver.is_due(1_000 + SAVE_MAX_DELAY_MS));
    assert_eq!(saver.wait_ms(1_000 + SAVE_MAX_DELAY_MS + 50), Some(0));
    saver.attempted();
    assert!(!saver.is_pending());
    assert!(!saver.is_due(i64::MAX));
    // The next edit starts a new window.
    saver.edited(10_000);
    assert_eq!(saver.wait_ms(10_000), Some(SAVE_DEBOUNCE_MS));
}

#[test]
fn a_save_writes_the_whole_envelope_once() {
    let store = fixture_store();
    let text = checked_text(&store).expect("a valid store");
    assert_eq!(
        load(Some(&text)),
        Loaded::Current(store.clone()),
        "never a half state"
    );
}

#[test]
fn a_store_that_would_not_read_back_is_never_written() {
    let mut answers = bakery();
    answers.resources.hours_per_week = f64::NAN;
    let store = Store::with_plan(answers, "p".into(), "P".into(), 1);
    assert_eq!(checked_text(&store), Err(SaveFailure::WouldNotReload));
    assert_eq!(
        SaveFailure::WouldNotReload.notice(),
        Some(Msg::StoreNoticeNotSaved)
    );
    assert_eq!(
        SaveFailure::NotReadBack.notice(),
        Some(Msg::StoreNoticeNotSaved)
    );
    assert_eq!(
        SaveFailure::QuotaExceeded.notice(),
        Some(Msg::StoreNoticeQuotaExceeded)
    );
}

// --- Import ----------------------------------------------------------------------------------

#[test]
fn an_exported_file_imports_even_with_a_byte_order_mark() {
    assert_eq!(import_answers(DESIGN_EXAMPLE), Ok(bakery()));
    assert_eq!(
        import_answers(&format!("\u{feff}{DESIGN_EXAMPLE}")),
        Ok(bakery())
    );
}

#[test]
fn a_bad_or_huge_import_gives_a_clear_error_in_both_languages() {
    assert!(check_import_size(1024).is_ok());
    assert!(matches!(
        check_import_size(u64::MAX),
        Err(AnswersError::TooLarge { .. })
    ));
    let huge = format!(
        r#"{{"schema":"rotta.answers/1","x":"{}"}}"#,
        "a".repeat(MAX_ANSWERS_BYTES)
    );
    let cases = [
        (import_answers(&huge), "troppo grande"),
        (
            import_answers("{ not json"),
            "non è un file di risposte valido",
        ),
        (import_answers(V4), "non è un file di risposte di Rotta"),
        (
            import_answers(r#"{"schema":"rotta.answers/1","goals":{"primary":"fame"}}"#),
            "valido",
        ),
    ];
    for (result, italian) in cases {
        let error = result.expect_err("refused");
        assert!(
            import_error_text(&error, Locale::It).contains(italian),
            "{error}"
        );
        assert!(
            import_error_text(&error, Locale::En).contains("current data has not been touched")
        );
    }
}

// --- Eviction (issue #12 §6) -----------------------------------------------------------------

#[test]
fn the_export_date_and_the_reminder_are_kept_in_prefs_and_older_stores_still_load() {
    // A store written before the fields existed loads, with no export and no reminder yet.
    let old = fixture_store();
    assert_eq!(old.prefs.last_export_ms, None);
    assert!(!old.prefs.export_reminded);
    assert!(
        !encode(&old).contains("last_export_ms"),
        "unchanged stores stay byte-identical"
    );
    assert!(old.prefs.export_reminder_due(false));
    assert!(
        !old.prefs.export_reminder_due(true),
        "persistent storage: no reminder"
    );
    let mut store = old.clone();
    store.prefs.last_export_ms = Some(1_767_398_400_000);
    store.prefs.export_reminded = true;
    assert_eq!(load(Some(&encode(&store))), Loaded::Current(store.clone()));
    assert!(
        !store.prefs.export_reminder_due(false),
        "reminded once only"
    );
    // A field of an unexpected type is ignored, not a reason to refuse the store.
    let odd = encode(&old).replace(
        r#""prefs":{"#,
        r#""prefs":{"last_export_ms":"soon","export_reminded":3,"#,
    );
    assert_eq!(load(Some(&odd)), Loaded::Current(old));
}
