//! Storage and components in headless Chromium (wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

use coplan::app::components::TextEntryForm;
use coplan::app::device::storage::{self, OpenError, SaveError};
use coplan::app::device::DeviceError;
use coplan::core::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

fn local() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn fresh_plan(name: &str) -> Plan {
    let id = coplan::app::device::clock::new_id();
    new_plan(id, name, Stamp::default()).unwrap()
}

fn with_entry(plan: &Plan, text: &str) -> Plan {
    let c = Change::Add(Item::WhatMatters(
        coplan::app::device::clock::new_id(),
        WhatMatters { text: text.into() },
    ));
    apply(plan, &c, Stamp::default()).unwrap().plan
}

async fn tick(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

#[wasm_bindgen_test]
fn a_saved_plan_opens_as_it_was_saved() {
    let plan = with_entry(&fresh_plan("Maria"), "Choir");
    assert_eq!(storage::save(&plan, None), Ok(plan.revision));
    let opened = storage::open(&plan.id).map_err(|_| ()).unwrap();
    assert_eq!(opened.plan, plan);
    assert!(!opened.read_only);
    storage::delete(&plan.id).unwrap();
    assert!(matches!(storage::open(&plan.id), Err(OpenError::NotFound)));
}

#[wasm_bindgen_test]
fn a_stale_save_never_overwrites_a_newer_copy() {
    let plan = fresh_plan("Two tabs");
    storage::save(&plan, None).unwrap();
    let newer = with_entry(&plan, "From the other tab");
    storage::save(&newer, Some(plan.revision)).unwrap();
    let mine = with_entry(&plan, "From this tab");
    match storage::save(&mine, Some(plan.revision)) {
        Err(SaveError::Conflict(stored)) => assert_eq!(*stored, newer),
        other => panic!("expected a conflict, got {other:?}"),
    }
    assert_eq!(
        storage::open(&plan.id).map_err(|_| ()).unwrap().plan,
        newer,
        "storage still holds the newer copy"
    );
    storage::delete(&plan.id).unwrap();
    assert_eq!(
        storage::save(&mine, Some(plan.revision)),
        Err(SaveError::Deleted),
        "a deleted plan is not brought back"
    );
}

/// Saves skip reading the stored plan only while storage holds exactly what this tab
/// last read or wrote: anyone else's write (another tab, an older or newer CoPlan)
/// sends the save the careful way.
#[wasm_bindgen_test]
fn a_save_reads_storage_again_whenever_someone_else_wrote_it() {
    let plan = fresh_plan("Someone else");
    storage::save(&plan, None).unwrap();
    let opened = storage::open(&plan.id).map_err(|_| ()).unwrap().plan;
    let key = storage::plan_key(&plan.id);
    // Another writer, knowing nothing of this tab, stores a newer revision.
    let theirs = with_entry(&opened, "Written elsewhere");
    local().set_item(&key, &saved::to_json(&theirs)).unwrap();
    let mine = with_entry(&opened, "Written here");
    match storage::save(&mine, Some(opened.revision)) {
        Err(SaveError::Conflict(stored)) => assert_eq!(*stored, theirs),
        other => panic!("expected a conflict, got {other:?}"),
    }
    // A newer CoPlan writes it: never saved over, even though this tab saved it last.
    let mine = with_entry(&theirs, "Here again");
    storage::save(&mine, Some(theirs.revision)).unwrap();
    let newer = saved::to_json(&mine).replacen(
        &format!("\"schema_version\":{}", saved::SCHEMA_VERSION),
        "\"schema_version\":99",
        1,
    );
    local().set_item(&key, &newer).unwrap();
    let again = with_entry(&mine, "And again");
    assert_eq!(
        storage::save(&again, Some(mine.revision)),
        Err(SaveError::Newer)
    );
    assert_eq!(local().get_item(&key).unwrap(), Some(newer));
    local().remove_item(&key).unwrap();
}

/// Regression: two tabs saved the same revision in one moment (each from the copy
/// before), the second over the first; the first tab's next save, from that revision,
/// went over the second's without reading it.
#[wasm_bindgen_test]
fn a_save_at_the_revision_another_tab_also_wrote_reads_it_first() {
    let plan = fresh_plan("Same moment");
    storage::save(&plan, None).unwrap();
    let mine = with_entry(&plan, "Saved here");
    storage::save(&mine, Some(plan.revision)).unwrap();
    // The other tab's save of its own change, at the same revision, lands after ours.
    let theirs = with_entry(&plan, "Saved there");
    assert_eq!(theirs.revision, mine.revision);
    let key = storage::plan_key(&plan.id);
    local().set_item(&key, &saved::to_json(&theirs)).unwrap();
    let next = with_entry(&mine, "Typed here since");
    match storage::save(&next, Some(mine.revision)) {
        Err(SaveError::Conflict(stored)) => assert_eq!(*stored, theirs),
        other => panic!("expected a conflict, got {other:?}"),
    }
    // Built on the other tab's copy, the next save goes in.
    let on_top = with_entry(&theirs, "Both");
    assert_eq!(
        storage::save(&on_top, Some(theirs.revision)),
        Ok(on_top.revision)
    );
    storage::delete(&plan.id).unwrap();
}

/// Another tab's storage event is news only when storage holds text this tab has not
/// itself written or taken: its own write, told late, is passed over; reading a plan to
/// compare with an arrival does not count as taking it.
#[wasm_bindgen_test]
fn a_storage_event_is_news_only_for_text_this_tab_has_not_seen() {
    use storage::Elsewhere;
    let plan = fresh_plan("Events");
    storage::save(&plan, None).unwrap();
    assert!(matches!(
        storage::written_elsewhere(&plan.id),
        Elsewhere::Seen
    ));
    let theirs = with_entry(&plan, "From the other tab");
    let key = storage::plan_key(&plan.id);
    local().set_item(&key, &saved::to_json(&theirs)).unwrap();
    storage::peek(&plan.id).map_err(|_| ()).unwrap();
    match storage::written_elsewhere(&plan.id) {
        Elsewhere::Written(opened) => assert_eq!(opened.plan, theirs),
        _ => panic!("another tab's copy is news, even after a look at it"),
    }
    assert!(
        matches!(storage::written_elsewhere(&plan.id), Elsewhere::Seen),
        "taken once, it is not news again"
    );
    assert_eq!(
        storage::save(&with_entry(&theirs, "On top"), Some(theirs.revision)).map(|_| ()),
        Ok(()),
        "and the next save builds on it"
    );
    storage::delete(&plan.id).unwrap();
    assert!(matches!(
        storage::written_elsewhere(&plan.id),
        Elsewhere::Deleted
    ));
}

#[wasm_bindgen_test]
fn unreadable_data_is_moved_aside_untouched() {
    let key = "coplan.plan.broken-1";
    let raw = "{\"schema_version\":2,\"plan\":{\"id\":";
    local().set_item(key, raw).unwrap();
    let (_, aside) = storage::list().unwrap();
    assert!(
        local().get_item(key).unwrap().is_none(),
        "the damaged copy no longer sits under the plan key"
    );
    let kept = aside
        .iter()
        .find(|a| a.key.starts_with("coplan.unreadable.broken-1."))
        .expect("kept aside");
    assert_eq!(storage::read_aside(&kept.key).as_deref(), Some(raw));
    assert_eq!(
        kept.reason,
        storage::AsideReason::Unreadable(saved::ReadError::NotJson)
    );
    storage::remove_aside(&kept.key).unwrap();
    assert!(storage::read_aside(&kept.key).is_none());
}

#[wasm_bindgen_test]
fn a_plan_from_a_newer_version_opens_read_only_and_is_never_saved_over() {
    let key = "coplan.plan.future-1";
    let raw = r#"{"schema_version":7,"plan":{"id":"future-1","name":"Later","created":{"at":0,"by":"person"},"changed":{"at":0,"by":"person"},"revision":3}}"#;
    local().set_item(key, raw).unwrap();
    let opened = storage::open(&Id::parse("future-1").unwrap())
        .map_err(|_| ())
        .unwrap();
    assert!(opened.read_only);
    let edited = with_entry(&opened.plan, "x");
    assert_eq!(storage::save(&edited, Some(3)), Err(SaveError::Newer));
    assert_eq!(local().get_item(key).unwrap().as_deref(), Some(raw));
    local().remove_item(key).unwrap();
}

/// Regression: an older CoPlan listing the plans moved a newer one's plan aside when it
/// could not read it, and the newer tab's next save then found its plan deleted.
#[wasm_bindgen_test]
fn a_newer_versions_plan_that_cannot_be_listed_stays_where_it_is() {
    let key = "coplan.plan.future-2";
    let raw = r#"{"schema_version":99,"plan":{"id":"future-2","title":"Later"}}"#;
    local().set_item(key, raw).unwrap();
    let (plans, aside) = storage::list().unwrap();
    assert_eq!(local().get_item(key).unwrap().as_deref(), Some(raw));
    assert!(!plans.iter().any(|p| p.id.to_string() == "future-2"));
    assert!(!aside.iter().any(|a| a.key.contains("future-2")));
    local().remove_item(key).unwrap();
}

/// Regression: when storage was too full to keep a damaged plan aside, the damaged text
/// stayed under the plan's key, and the save then wrote over it anyway.
#[wasm_bindgen_test]
fn a_damaged_plan_that_cannot_be_kept_aside_is_never_written_over() {
    let plan = fresh_plan("Maria");
    let key = format!("coplan.plan.{}", plan.id);
    let damaged = format!(
        "{{\"schema_version\":5,\"plan\":{{\"id\":\"{}\",\"notes\":\"{}",
        plan.id,
        "x".repeat(50_000)
    );
    local().set_item(&key, &damaged).unwrap();
    // Storage filled until not even a copy of the damaged text fits.
    let mut fillers = vec![];
    let mut size = 1 << 20;
    while size >= 1024 {
        let filler = format!("filler.{}", fillers.len());
        if local().set_item(&filler, &"f".repeat(size)).is_ok() {
            fillers.push(filler);
        } else {
            size /= 2;
        }
    }
    let saved = storage::save(&plan, None);
    let kept = local().get_item(&key).unwrap();
    for filler in fillers {
        local().remove_item(&filler).unwrap();
    }
    assert_eq!(saved, Err(SaveError::Device(DeviceError::StorageFull)));
    assert!(kept.as_deref() == Some(damaged.as_str()), "written over");
    local().remove_item(&key).unwrap();
}

#[derive(Properties, PartialEq)]
struct FormHarness {
    on_submit: Callback<String, Result<(), ChangeError>>,
}

#[function_component(FormUnderTest)]
fn form_under_test(props: &FormHarness) -> Html {
    html! { <TextEntryForm id="f" label="Something that matters" submit_label="Add" max={10} on_submit={props.on_submit.clone()} /> }
}

fn mount<C: BaseComponent>(props: C::Properties) -> web_sys::Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<C>::with_root_and_props(root.clone(), props).render();
    root
}

fn type_into(root: &web_sys::Element, selector: &str, text: &str) {
    let field = root.query_selector(selector).unwrap().unwrap();
    match field.dyn_ref::<web_sys::HtmlInputElement>() {
        Some(input) => input.set_value(text),
        None => field
            .dyn_ref::<web_sys::HtmlTextAreaElement>()
            .unwrap()
            .set_value(text),
    }
    field
        .dispatch_event(&web_sys::InputEvent::new("input").unwrap())
        .unwrap();
}

fn click(root: &web_sys::Element, selector: &str) {
    root.query_selector(selector)
        .unwrap()
        .unwrap()
        .dyn_into::<web_sys::HtmlElement>()
        .unwrap()
        .click();
}

#[wasm_bindgen_test]
async fn an_entry_form_shows_the_error_by_its_field_and_keeps_the_text() {
    let on_submit = Callback::from(|_: String| {
        Err(ChangeError::TooLong {
            field: Field::WhatMatters,
            max: 10,
        })
    });
    let root = mount::<FormUnderTest>(FormHarness { on_submit });
    tick(0).await;
    let label = root.query_selector("label").unwrap().unwrap();
    assert_eq!(label.get_attribute("for").as_deref(), Some("f"));
    type_into(&root, "textarea", "far too long for ten");
    tick(0).await;
    assert!(
        root.text_content()
            .unwrap()
            .contains("10 characters too many"),
        "the count shows how much to cut"
    );
    click(&root, "button[type=submit]");
    tick(0).await;
    let field = root.query_selector("textarea").unwrap().unwrap();
    assert_eq!(field.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert!(field
        .get_attribute("aria-describedby")
        .unwrap()
        .contains("f-error"));
    let error = root
        .query_selector("#f-error")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert!(error.contains("up to 10 characters"), "{error}");
    assert_eq!(
        field
            .dyn_into::<web_sys::HtmlTextAreaElement>()
            .unwrap()
            .value(),
        "far too long for ten"
    );
}

#[wasm_bindgen_test]
async fn an_entry_form_clears_after_a_successful_add() {
    let got = std::rc::Rc::new(std::cell::RefCell::new(vec![]));
    let on_submit = {
        let got = got.clone();
        Callback::from(move |text: String| {
            got.borrow_mut().push(text);
            Ok(())
        })
    };
    let root = mount::<FormUnderTest>(FormHarness { on_submit });
    tick(0).await;
    type_into(&root, "textarea", "Choir");
    tick(0).await;
    click(&root, "button[type=submit]");
    tick(0).await;
    assert_eq!(*got.borrow(), vec!["Choir".to_string()]);
    let field: web_sys::HtmlTextAreaElement = root
        .query_selector("textarea")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    assert_eq!(field.value(), "");
    assert!(root.query_selector(".error").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn the_app_saves_a_new_plan_shortly_after_it_is_started() {
    web_sys::window()
        .unwrap()
        .location()
        .set_hash("#/")
        .unwrap();
    let before = storage::list().unwrap().0.len();
    let root = mount::<coplan::app::App>(());
    tick(0).await;
    type_into(&root, "#new-plan-name", "From the component test");
    tick(0).await;
    click(&root, ".new-plan button[type=submit]");
    tick(700).await;
    let plans = storage::list().unwrap().0;
    assert_eq!(plans.len(), before + 1);
    assert!(plans.iter().any(|p| p.name == "From the component test"));
    let heading = root
        .query_selector("main h1")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert_eq!(heading, "What matters to me");
}

mod workspace {
    use super::*;
    use coplan::app::store::{Msg, Notice, ReadOnly, SaveState, Workspace};
    use std::rc::Rc;
    use yew::Reducible;

    fn opened(plan: Plan) -> Rc<Workspace> {
        Rc::new(Workspace::default()).reduce(Msg::Open {
            plan,
            stored: true,
            read_only: false,
        })
    }

    fn add(text: &str) -> Msg {
        let c = Change::Add(Item::WhatMatters(
            coplan::app::device::clock::new_id(),
            WhatMatters { text: text.into() },
        ));
        Msg::Change(c, Stamp::default())
    }

    #[wasm_bindgen_test]
    fn a_newer_copy_from_another_tab_is_merged_with_this_tabs_unsaved_change() {
        let plan = fresh_plan("Tabs");
        let other_tab = with_entry(&plan, "From the other tab");
        let ws = opened(plan).reduce(add("From this tab"));
        assert_eq!(ws.save, SaveState::Pending);
        let ws = ws.reduce(Msg::NewerCopy(other_tab));
        let texts: Vec<_> = Plan::live(&ws.plan().unwrap().what_matters)
            .map(|e| e.body.text.clone())
            .collect();
        assert_eq!(texts, ["From the other tab", "From this tab"]);
        assert_eq!(ws.notice, Some(Notice::OtherTabUpdated));
        assert_eq!(
            ws.save,
            SaveState::Pending,
            "the merged copy still needs saving"
        );
    }

    fn type_words(id: &Id, text: &str) -> Msg {
        Msg::Type {
            base: None,
            change: Change::Edit(Item::WhatMatters(
                id.clone(),
                WhatMatters { text: text.into() },
            )),
            stamp: Stamp::default(),
            burst: "wm-field".into(),
        }
    }

    #[wasm_bindgen_test]
    fn the_same_words_changed_in_two_tabs_are_both_kept_and_announced() {
        let plan = with_entry(&fresh_plan("Clash"), "Choir");
        let id = plan.what_matters[0].id.clone();
        let other_tab = apply(
            &plan,
            &Change::Edit(Item::WhatMatters(
                id.clone(),
                WhatMatters {
                    text: "Choir on Sundays".into(),
                },
            )),
            Stamp::default(),
        )
        .unwrap()
        .plan;
        let ws = opened(plan)
            .reduce(type_words(&id, "Choir w"))
            .reduce(type_words(&id, "Choir with Ana"));
        assert_eq!(ws.session.as_ref().unwrap().pending.len(), 1, "one step");
        let ws = ws.reduce(Msg::NewerCopy(other_tab));
        assert_eq!(ws.notice, Some(Notice::KeptBoth));
        let p = ws.plan().unwrap();
        assert_eq!(p.what_matters[0].body.text, "Choir on Sundays");
        assert_eq!(
            p.conflicts[0].mine,
            Item::WhatMatters(
                id,
                WhatMatters {
                    text: "Choir with Ana".into()
                }
            )
        );
    }

    /// Regression (issue 20): a stale editor's keystroke or Done wrote over the words
    /// another tab had saved; typed against what it saw, it now goes beside them.
    #[wasm_bindgen_test]
    fn a_keystroke_typed_against_words_another_tab_changed_is_kept_beside_and_said() {
        let plan = with_entry(&fresh_plan("Stale"), "Choir");
        let id = plan.what_matters[0].id.clone();
        let words = |text: &str| Item::WhatMatters(id.clone(), WhatMatters { text: text.into() });
        let other_tab = apply(
            &plan,
            &Change::Edit(words("Choir from tab A")),
            Stamp::default(),
        )
        .unwrap()
        .plan;
        let ws = opened(plan).reduce(Msg::NewerCopy(other_tab));
        let ws = ws.reduce(Msg::Type {
            base: Some(Box::new(words("Choir"))),
            change: Change::Edit(words("Choir from tab B")),
            stamp: Stamp::default(),
            burst: "wm-field".into(),
        });
        assert_eq!(ws.notice, Some(Notice::KeptBoth));
        assert_eq!(ws.save, SaveState::Pending, "the kept version is saved");
        let p = ws.plan().unwrap();
        assert_eq!(p.what_matters[0].body.text, "Choir from tab A");
        assert_eq!(p.conflicts[0].mine, words("Choir from tab B"));
    }

    #[wasm_bindgen_test]
    fn a_plan_taken_by_a_newer_version_remembers_where_this_tabs_changes_went() {
        let ws = opened(fresh_plan("Kept")).reduce(add("Unsaved"));
        let ws = ws.reduce(Msg::BecameReadOnly {
            kept: Some("coplan.kept.x.1".into()),
        });
        assert_eq!(ws.read_only, Some(ReadOnly::Newer));
        assert_eq!(ws.kept_aside.as_deref(), Some("coplan.kept.x.1"));
    }

    #[wasm_bindgen_test]
    fn drafts_are_kept_per_plan_and_form_and_forgotten_with_the_plan() {
        use coplan::app::device::drafts::{self, Form};
        let plan = Id::parse("drafts-plan").unwrap();
        let form = Form::new(Some(plan.clone()), "edit-action");
        form.keep(
            &"Ring Ana, a long draft".to_string(),
            Some(&"Ring Ana".to_string()),
        );
        assert!(drafts::exists(&plan, "edit-action"));
        assert_eq!(
            form.load::<String>(),
            Some(("Ring Ana, a long draft".into(), Some("Ring Ana".into())))
        );
        let other = Form::new(Some(plan.clone()), "other");
        assert_eq!(other.load::<String>(), None);
        assert_eq!(
            Form::new(Some(Id::parse("another-plan").unwrap()), "edit-action").load::<String>(),
            None,
            "kept per plan"
        );
        form.used();
        assert!(!drafts::exists(&plan, "edit-action"));
        assert!(
            !drafts::exists(&plan, "edit-action#base"),
            "with what was beside it"
        );
        other.keep(&1u8, None);
        Form::new(None, "outside a plan").keep(&2u8, None);
        drafts::forget_plan(&plan);
        assert!(!drafts::exists(&plan, "other"));
    }

    #[wasm_bindgen_test]
    fn a_read_only_plan_takes_no_changes_and_a_deleted_one_says_so() {
        let plan = fresh_plan("Newer");
        let ws = Rc::new(Workspace::default()).reduce(Msg::Open {
            plan: plan.clone(),
            stored: true,
            read_only: true,
        });
        assert_eq!(ws.read_only, Some(ReadOnly::Newer));
        let after = ws.clone().reduce(add("Not allowed"));
        assert_eq!(after.plan(), Some(&plan));
        let gone = opened(plan).reduce(Msg::DeletedElsewhere);
        assert_eq!(
            (gone.read_only, gone.notice.clone()),
            (Some(ReadOnly::Deleted), Some(Notice::DeletedElsewhere))
        );
    }

    #[wasm_bindgen_test]
    fn a_failed_save_is_kept_in_view_until_a_save_succeeds() {
        let ws = opened(fresh_plan("Full")).reduce(add("Choir"));
        let revision = ws.plan().unwrap().revision;
        let ws = ws.reduce(Msg::SaveFailed(
            coplan::app::device::DeviceError::StorageFull,
        ));
        assert_eq!(
            ws.save,
            SaveState::Failed(coplan::app::device::DeviceError::StorageFull)
        );
        assert!(
            ws.session.as_ref().unwrap().needs_save(),
            "the edit is still waiting to be saved"
        );
        let ws = ws.reduce(Msg::Saved(revision));
        assert_eq!(ws.save, SaveState::Saved);
    }

    #[wasm_bindgen_test]
    fn removing_an_entry_offers_undo_by_its_words() {
        let plan = with_entry(&fresh_plan("Undo"), "Choir");
        let id = plan.what_matters[0].id.clone();
        let ws = opened(plan).reduce(Msg::Change(
            Change::Remove {
                list: List::WhatMatters,
                id,
            },
            Stamp::default(),
        ));
        assert_eq!(
            ws.notice,
            Some(Notice::Removed {
                label: "Choir".into()
            })
        );
        let ws = ws.reduce(Msg::Undo(Stamp::default()));
        assert_eq!(ws.notice, Some(Notice::Undone));
        assert_eq!(Plan::live(&ws.plan().unwrap().what_matters).count(), 1);
    }
}

#[derive(Properties, PartialEq)]
struct WheelHarness {
    spokes: coplan::app::components::Spokes,
}

#[function_component(WheelUnderTest)]
fn wheel_under_test(props: &WheelHarness) -> Html {
    html! { <coplan::app::components::CapabilityWheel id="w" spokes={props.spokes.clone()} /> }
}

#[wasm_bindgen_test]
async fn the_capability_wheel_has_a_table_with_the_same_figures() {
    use coplan::app::components::Spoke;
    let unrated = |area: &str| Spoke {
        area: area.to_string().into(),
        now: None,
        wished: None,
    };
    // One spoke per life area; the last five not rated.
    let spokes = [
        Spoke {
            area: "Moving about".into(),
            now: Some(4),
            wished: Some(7),
        },
        Spoke {
            area: "Enjoyment".into(),
            now: None,
            wished: Some(9),
        },
        Spoke {
            area: "Daily living".into(),
            now: Some(10),
            wished: None,
        },
        unrated("Work and roles"),
        unrated("Security and stability"),
        unrated("Feeling in control"),
        unrated("Health and body"),
        unrated("Relationships and belonging"),
    ];
    let root = mount::<WheelUnderTest>(WheelHarness { spokes });
    tick(0).await;
    let rows: Vec<String> = (0..3)
        .map(|i| {
            root.query_selector(&format!("tbody tr:nth-child({})", i + 1))
                .unwrap()
                .unwrap()
                .text_content()
                .unwrap()
        })
        .collect();
    assert_eq!(
        rows,
        [
            "Moving about4 out of 107 out of 10",
            "EnjoymentNot chosen9 out of 10",
            "Daily living10 out of 10Not chosen"
        ]
    );
    let svg = root.query_selector("svg[role=img]").unwrap().unwrap();
    assert_eq!(
        svg.get_attribute("aria-labelledby").as_deref(),
        Some("w-title")
    );
    assert_eq!(
        root.query_selector_all("circle.dot").unwrap().length(),
        4,
        "one dot per rating given"
    );
}

#[wasm_bindgen_test]
fn removing_a_person_is_announced_by_their_name() {
    use coplan::app::store::{Msg, Notice, Workspace};
    use std::rc::Rc;
    use yew::Reducible;
    let id = coplan::app::device::clock::new_id();
    let person = Supporter {
        name: "Ana".into(),
        role: String::new(),
        how_they_help: String::new(),
        involvement: Involvement::SharesTasks,
    };
    let plan = apply(
        &fresh_plan("People"),
        &Change::Add(Item::Supporter(id.clone(), person)),
        Stamp::default(),
    )
    .unwrap()
    .plan;
    let ws = Rc::new(Workspace::default())
        .reduce(Msg::Open {
            plan,
            stored: true,
            read_only: false,
        })
        .reduce(Msg::Change(
            Change::Remove {
                list: List::Supporters,
                id,
            },
            Stamp::default(),
        ));
    assert_eq!(
        ws.notice,
        Some(Notice::Removed {
            label: "Ana".into()
        })
    );
}

/// Passphrase protection: opens only with the passphrase; a changed header or message,
/// or too many rounds asked for, is refused.
#[wasm_bindgen_test]
async fn a_sealed_copy_opens_only_with_its_passphrase_and_untouched() {
    use coplan::app::device::seal::{self, UnsealError};
    assert!(
        seal::available(),
        "tests run on localhost, a secure context"
    );
    let sealed = seal::seal(b"Maria's plan", "blue kettle morning")
        .await
        .unwrap();
    assert_eq!(
        seal::unseal(&sealed, "blue kettle morning")
            .await
            .as_deref(),
        Ok(&b"Maria's plan"[..])
    );
    assert_eq!(
        seal::unseal(&sealed, "green kettle").await,
        Err(UnsealError::WrongPassphrase)
    );
    let mut changed = sealed.clone();
    let last = changed.len() - 1;
    changed[last] ^= 1;
    assert_eq!(
        seal::unseal(&changed, "blue kettle morning").await,
        Err(UnsealError::WrongPassphrase)
    );
    let mut greedy = sealed.clone();
    greedy[4..8].copy_from_slice(&u32::MAX.to_be_bytes());
    assert_eq!(
        seal::unseal(&greedy, "blue kettle morning").await,
        Err(UnsealError::NotSealed),
        "a huge round count is refused before any work"
    );
    assert_eq!(
        seal::unseal(b"not sealed at all, just text", "x").await,
        Err(UnsealError::NotSealed)
    );
}

#[derive(Properties, PartialEq)]
struct FollowHarness {
    marks: Vec<coplan::core::follow::ActionMark>,
}

#[function_component(FollowUnderTest)]
fn follow_under_test(props: &FollowHarness) -> Html {
    coplan::app::components::follow_through_chart(
        &coplan::app::components::FollowThroughChartProps {
            id: "f".into(),
            title: "How it went".into(),
            desc: "Done 1 of 2".into(),
            marks: props.marks.clone(),
        },
    )
}

#[wasm_bindgen_test]
async fn a_follow_through_picture_leaves_gaps_as_gaps_and_names_itself() {
    use coplan::core::follow::ActionMark;
    let day = |d: u8| CalendarDate::new(2026, 9, d).unwrap();
    let mark = |d, outcome, confidence| ActionMark {
        date: day(d),
        outcome,
        confidence,
    };
    let marks = vec![
        mark(1, Some(ActionOutcome::Done), Some(8)),
        mark(8, None, None),
        mark(15, Some(ActionOutcome::NotThisTime), Some(5)),
        mark(22, Some(ActionOutcome::Skipped), Some(6)),
    ];
    let root = mount::<FollowUnderTest>(FollowHarness { marks });
    tick(0).await;
    let svg = root.query_selector("svg[role=img]").unwrap().unwrap();
    assert_eq!(
        svg.get_attribute("aria-labelledby").as_deref(),
        Some("f-title f-desc")
    );
    let text = |sel: &str| {
        root.query_selector(sel)
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap()
    };
    assert_eq!(text("#f-title"), "How it went");
    assert_eq!(text("#f-desc"), "Done 1 of 2");
    let count = |sel: &str| root.query_selector_all(sel).unwrap().length();
    assert_eq!(count(".mark-done"), 1);
    assert_eq!(count(".mark-not"), 1);
    assert_eq!(count(".mark-skipped"), 1);
    assert_eq!(
        count(".mark-partly"),
        0,
        "the week not recorded draws nothing"
    );
    // Confidence is broken at the gap: one run before it, one after.
    assert_eq!(count("polyline"), 2);
}
