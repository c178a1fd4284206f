//! Two tabs of one plan racing on one entry (issue 20): a stale editor's keystroke or
//! Done, a removal that lands on words it never saw, and the reverse orders. Each race
//! is played through `Session` (as each tab's reducer does), `Editor` (as each open
//! form does) and a shared storage (as local storage does), and every word either tab
//! saved must afterwards be live or in a kept version.

mod common;
use common::*;
use coplan::core::editor::Editor;
use coplan::core::*;

/// Local storage: one saved copy, written only over the revision a tab started from
/// (`storage::save`); otherwise the tab rebases onto it and saves again.
struct Storage(Plan);

impl Storage {
    fn save(&mut self, tab: &mut Session) {
        if tab.base_revision != Some(self.0.revision) {
            tab.rebase(self.0.clone());
        }
        self.0 = tab.plan.clone();
        tab.saved(self.0.revision);
    }
    /// Another tab's `storage` event: a tab not at the stored revision takes the copy.
    fn notify(&self, tab: &mut Session) {
        if tab.base_revision != Some(self.0.revision) {
            tab.rebase(self.0.clone());
        }
    }
}

/// A form open on "what matters" entry `a` in one tab.
struct Form(Editor<WhatMatters>);

impl Form {
    fn open(tab: &Session) -> Form {
        Form(Editor::open(body(tab)))
    }
    /// Types `text` into the form: each character is one keystroke into the plan.
    fn type_text(&mut self, tab: &mut Session, text: &str, at: i64) {
        for c in text.chars() {
            self.0.shown.text.push(c);
            self.offer(tab, at);
        }
    }
    /// A keystroke (or Done): the words on screen, typed against the form's base.
    fn offer(&mut self, tab: &mut Session, at: i64) -> Option<Typed> {
        let base = Item::WhatMatters(id("a"), self.0.base.clone());
        let mine = Item::WhatMatters(id("a"), self.0.shown.clone());
        let typed = tab
            .type_into(Some(&base), Change::Edit(mine), stamp(at), "wm-a")
            .ok()?;
        let now = body(tab);
        match typed {
            Typed::Applied => self.0.applied(&now),
            Typed::KeptBeside => self.0.kept_beside(&now),
        }
        Some(typed)
    }
    /// A render: the form follows the plan unless its words are the ones kept beside.
    fn render(&mut self, tab: &Session) {
        let kept = tab.plan.conflicts.iter().find_map(|c| match &c.mine {
            Item::WhatMatters(_, b) => Some(b.clone()),
            _ => None,
        });
        self.0.follow(&body(tab), kept.as_ref());
    }
}

fn body(tab: &Session) -> WhatMatters {
    tab.plan.what_matters[0].body.clone()
}

/// Every version of entry `a` a person can still find: the live one and any kept.
fn findable(plan: &Plan) -> Vec<String> {
    let mut out: Vec<String> = plan
        .what_matters
        .iter()
        .filter(|e| e.is_live())
        .map(|e| e.body.text.clone())
        .collect();
    out.extend(plan.conflicts.iter().filter_map(|c| match &c.mine {
        Item::WhatMatters(_, b) => Some(b.text.clone()),
        _ => None,
    }));
    out
}

fn assert_findable(plan: &Plan, words: &[&str]) {
    let found = findable(plan);
    for w in words {
        assert!(found.iter().any(|f| f == w), "{w:?} is lost: {found:?}");
    }
}

/// Two tabs opened on a plan holding "Choir", and the storage they share.
fn two_tabs() -> (Storage, Session, Session) {
    let stored = with(plan(), &[add_wm("a", "Choir")]);
    (
        Storage(stored.clone()),
        Session::open(stored.clone(), true),
        Session::open(stored, true),
    )
}

fn remove_a() -> Change {
    Change::Remove {
        list: List::WhatMatters,
        id: id("a"),
    }
}

/// Regression: B's "Done" wrote "Choir from tab B" over A's saved words, which then
/// survived only as a history line (and the kept panel showed B's words twice).
#[test]
fn a_stale_editors_done_keeps_both_versions_instead_of_writing_over() {
    let (mut storage, mut a, mut b) = two_tabs();
    let (mut form_a, mut form_b) = (Form::open(&a), Form::open(&b));
    form_a.type_text(&mut a, " from tab A", 20);
    form_b.type_text(&mut b, " from tab B", 21);
    storage.save(&mut a);
    storage.save(&mut b); // rebases onto A's words: B's are kept beside
    assert_eq!(body(&b).text, "Choir from tab A");
    assert_findable(&b.plan, &["Choir from tab A", "Choir from tab B"]);

    // B's form still shows B's words; Done offers them, typed against what it saw.
    form_b.render(&b);
    assert_eq!(
        form_b.0.shown.text, "Choir from tab B",
        "not pulled from under B"
    );
    form_b.offer(&mut b, 30);
    storage.save(&mut b);
    storage.notify(&mut a);
    for tab in [&a, &b] {
        assert_eq!(body(tab).text, "Choir from tab A", "A's words stay live");
        assert_findable(&tab.plan, &["Choir from tab A", "Choir from tab B"]);
    }
}

/// The other order: B's words reach storage first, A's editor is the stale one.
#[test]
fn a_stale_done_in_the_tab_that_saved_first_keeps_both_too() {
    let (mut storage, mut a, mut b) = two_tabs();
    let (mut form_a, mut form_b) = (Form::open(&a), Form::open(&b));
    form_a.type_text(&mut a, " from tab A", 20);
    form_b.type_text(&mut b, " from tab B", 21);
    storage.save(&mut b);
    storage.save(&mut a);
    storage.notify(&mut b);
    // Each form pressed Done, neither having re-rendered.
    form_a.offer(&mut a, 30);
    form_b.offer(&mut b, 31);
    storage.save(&mut a);
    storage.save(&mut b);
    storage.notify(&mut a);
    for tab in [&a, &b] {
        assert_findable(&tab.plan, &["Choir from tab A", "Choir from tab B"]);
    }
}

/// Keys typed after the other tab's words arrived, before the form re-rendered (Done
/// pressed straight after typing): they go beside, never over.
#[test]
fn keystrokes_typed_against_words_that_moved_on_go_beside() {
    let (mut storage, mut a, mut b) = two_tabs();
    let (mut form_a, mut form_b) = (Form::open(&a), Form::open(&b));
    form_a.type_text(&mut a, " from tab A", 20);
    storage.save(&mut a);
    storage.notify(&mut b); // B takes A's words, but its form has not rendered
    form_b.type_text(&mut b, " from tab B", 21);
    assert_eq!(body(&b).text, "Choir from tab A");
    assert_eq!(
        b.plan.conflicts.len(),
        1,
        "one kept version, updated per key"
    );
    assert_findable(&b.plan, &["Choir from tab A", "Choir from tab B"]);
    form_b.render(&b);
    assert_eq!(form_b.0.shown.text, "Choir from tab B");
    form_b.type_text(&mut b, "!", 22);
    assert_findable(&b.plan, &["Choir from tab A", "Choir from tab B!"]);
    assert_eq!(
        b.plan
            .history
            .iter()
            .filter(|h| h.verb == Verb::KeptBoth)
            .count(),
        1,
        "typing beside is one step of history, like any typing"
    );
    storage.save(&mut b);
    storage.notify(&mut a);
    assert_findable(&a.plan, &["Choir from tab A", "Choir from tab B!"]);
}

/// Another tab's change to a different field, or an undo, is not a clash: the form
/// follows it and typing goes on into the plan.
#[test]
fn a_form_follows_changes_it_did_not_clash_with() {
    let (mut storage, mut a, mut b) = two_tabs();
    let mut form_b = Form::open(&b);
    a.change(
        Change::Edit(Item::WhatMatters(
            id("a"),
            WhatMatters {
                text: "Choir on Sundays".into(),
            },
        )),
        stamp(20),
    )
    .unwrap();
    storage.save(&mut a);
    storage.notify(&mut b);
    form_b.render(&b);
    assert_eq!(form_b.0.shown.text, "Choir on Sundays");
    form_b.type_text(&mut b, " with Ana", 21);
    assert_eq!(body(&b).text, "Choir on Sundays with Ana");
    assert!(b.plan.conflicts.is_empty());
    // A space at the end is kept on screen, though the plan trims it.
    form_b.type_text(&mut b, " ", 22);
    form_b.render(&b);
    assert_eq!(form_b.0.shown.text, "Choir on Sundays with Ana ");
    form_b.type_text(&mut b, "and Tom", 23);
    assert_eq!(body(&b).text, "Choir on Sundays with Ana and Tom");
    assert!(
        b.plan.conflicts.is_empty(),
        "its own keystrokes never clash"
    );
}

/// Regression: A removed "Choir" without having seen B's saved words; they survived
/// only inside the removed entry, with no version kept to choose.
#[test]
fn a_removal_that_never_saw_the_words_keeps_them_to_choose() {
    let (mut storage, mut a, mut b) = two_tabs();
    let mut form_b = Form::open(&b);
    form_b.type_text(&mut b, " from tab B", 20);
    storage.save(&mut b);
    a.change(remove_a(), stamp(21)).unwrap(); // A has not seen B's words
    storage.save(&mut a);
    storage.notify(&mut b);
    for tab in [&a, &b] {
        assert!(!tab.plan.what_matters[0].is_live(), "the removal stands");
        assert_findable(&tab.plan, &["Choir from tab B"]);
        assert_eq!(tab.plan.conflicts[0].kind, ConflictKind::RemovedHere);
    }
    // Choosing the kept version brings the entry back with B's words.
    let back = merge::choose_kept_version(&b.plan, List::WhatMatters, &id("a")).unwrap();
    b.change(back, stamp(30)).unwrap();
    assert_eq!(texts(&b.plan), ["Choir from tab B"]);
}

/// A removal of words the tab had seen keeps nothing: it was meant.
#[test]
fn a_removal_of_the_words_seen_keeps_nothing_beside() {
    let (mut storage, mut a, mut b) = two_tabs();
    let mut form_b = Form::open(&b);
    form_b.type_text(&mut b, " from tab B", 20);
    storage.save(&mut b);
    storage.notify(&mut a);
    a.change(remove_a(), stamp(21)).unwrap();
    storage.save(&mut a);
    assert!(a.plan.conflicts.is_empty());
    assert!(texts(&a.plan).is_empty());
}

/// The reverse order: A's removal saved first, B's edit still waiting.
#[test]
fn an_edit_waiting_when_a_removal_arrives_is_kept_to_choose() {
    let (mut storage, mut a, mut b) = two_tabs();
    let mut form_b = Form::open(&b);
    a.change(remove_a(), stamp(20)).unwrap();
    storage.save(&mut a);
    form_b.type_text(&mut b, " from tab B", 21);
    storage.save(&mut b);
    storage.notify(&mut a);
    for tab in [&a, &b] {
        assert!(!tab.plan.what_matters[0].is_live());
        assert_findable(&tab.plan, &["Choir from tab B"]);
    }
}

/// And keys typed after the removal arrived, into a form that had not yet closed.
#[test]
fn keys_typed_into_an_entry_removed_meanwhile_are_kept() {
    let (mut storage, mut a, mut b) = two_tabs();
    let mut form_b = Form::open(&b);
    a.change(remove_a(), stamp(20)).unwrap();
    storage.save(&mut a);
    storage.notify(&mut b);
    form_b.type_text(&mut b, " from tab B", 21);
    assert_eq!(b.plan.conflicts[0].kind, ConflictKind::RemovedElsewhere);
    assert_findable(&b.plan, &["Choir from tab B"]);
}

/// A kept version holds the other side's changes to fields this side left alone, so
/// choosing it loses neither side's work.
#[test]
fn the_kept_version_carries_the_other_sides_other_fields() {
    let g = |wording: &str, why: &str| {
        let mut goal = goal(wording);
        goal.person_view.why_it_matters = why.into();
        Item::Goal(id("g"), goal)
    };
    let stored = with(plan(), &[Change::Add(g("Walk", ""))]);
    let base = Item::Goal(id("g"), stored.goals[0].body.clone());
    let mut a = Session::open(stored.clone(), true);
    let mut b = Session::open(stored, true);
    a.change(Change::Edit(g("Walk to school", "For Lily")), stamp(20))
        .unwrap();
    b.rebase(a.plan.clone());
    let typed = b
        .type_into(
            Some(&base),
            Change::Edit(g("Walk to the shops", "")),
            stamp(21),
            "w",
        )
        .unwrap();
    assert_eq!(typed, Typed::KeptBeside);
    let Item::Goal(_, kept) = &b.plan.conflicts[0].mine else {
        panic!("a goal is kept")
    };
    assert_eq!(kept.wording, "Walk to the shops");
    assert_eq!(kept.person_view.why_it_matters, "For Lily");
    assert_eq!(
        b.plan.goals[0].body.wording, "Walk to school",
        "live untouched"
    );
}

/// Words the plan would refuse are refused beside it too, never kept as a version.
#[test]
fn typing_beside_refuses_what_the_plan_would() {
    let (mut storage, mut a, mut b) = two_tabs();
    let mut form_b = Form::open(&b);
    a.change(remove_a(), stamp(20)).unwrap();
    storage.save(&mut a);
    storage.notify(&mut b);
    form_b.0.shown.text = " ".into();
    assert_eq!(form_b.offer(&mut b, 21), None, "refused: blank");
    assert!(b.plan.conflicts.is_empty());
}

/// Regression: an imported plan at the largest revision wrapped to 0 on its next edit.
#[test]
fn a_revision_past_what_can_be_counted_is_refused_and_counting_never_wraps() {
    let mut p = with(plan(), &[add_wm("a", "Choir")]);
    p.revision = u64::MAX;
    let raw = saved::to_json(&p);
    assert!(matches!(
        saved::from_json(&raw),
        Err(saved::ReadError::Damaged { .. })
    ));
    p.revision = MAX_REVISION;
    let read = saved::from_json(&saved::to_json(&p)).unwrap().plan;
    let next = apply(&read, &add_wm("b", "Lily"), stamp(30)).unwrap().plan;
    assert_eq!(next.revision, MAX_REVISION, "saturates at the limit");
    assert_eq!(next_revision(u64::MAX), MAX_REVISION);
}

/// Regression: a file stamped at an extreme time previewed as "16 May -292275055".
#[test]
fn time_stamps_outside_any_real_date_are_refused() {
    let p = with(plan(), &[add_wm("a", "Choir")]);
    let raw = saved::to_json(&p);
    for bad in [i64::MIN, -1, Timestamp::LATEST.0 + 1, i64::MAX] {
        let damaged = raw.replacen("\"at\":1,", &format!("\"at\":{bad},"), 1);
        assert_ne!(damaged, raw, "the test changed a stamp");
        assert!(
            matches!(
                saved::from_json(&damaged),
                Err(saved::ReadError::Damaged { .. })
            ),
            "{bad} refused"
        );
    }
    let latest = raw.replacen("\"at\":1,", &format!("\"at\":{},", Timestamp::LATEST.0), 1);
    assert!(
        saved::from_json(&latest).is_ok(),
        "31 December 9999 is a date"
    );
}

/// Found in review: a tab that removed an entry rebased twice before saving; the words
/// kept by the first rebase replayed over the fresher ones kept by the second.
#[test]
fn a_removal_rebased_twice_keeps_the_latest_words() {
    let (mut storage, mut a, mut b) = two_tabs();
    let mut form_b = Form::open(&b);
    form_b.type_text(&mut b, " from tab B", 20);
    storage.save(&mut b);
    a.change(remove_a(), stamp(21)).unwrap();
    storage.notify(&mut a); // first rebase: B's words kept beside the removal
    form_b.type_text(&mut b, " and more", 22);
    storage.save(&mut b);
    storage.notify(&mut a); // second rebase, before A has saved
    storage.save(&mut a);
    assert_findable(&a.plan, &["Choir from tab B and more"]);
    assert_eq!(a.plan.conflicts.len(), 1);
}

/// A capability in both tabs' plan, and the storage they share.
fn two_tabs_with_capability() -> (Storage, Session, Session) {
    let stored = with(
        plan(),
        &[Change::Add(Item::Capability(
            id("c"),
            capability("Sing in the choir"),
        ))],
    );
    (
        Storage(stored.clone()),
        Session::open(stored.clone(), true),
        Session::open(stored, true),
    )
}

fn cap(tab: &Session) -> Capability {
    tab.plan.capabilities[0].body.clone()
}

fn edit_cap(tab: &Session, change: impl Fn(&mut Capability)) -> Change {
    let mut body = cap(tab);
    change(&mut body);
    Change::Edit(Item::Capability(id("c"), body))
}

/// Regression: undo put back the whole entry as this tab had it before its edit, so
/// another tab's later words in the same entry were lost, with nothing kept beside.
#[test]
fn undo_takes_back_only_this_tabs_edit_not_words_another_tab_added_since() {
    let (mut storage, mut a, mut b) = two_tabs_with_capability();
    a.change(
        edit_cap(&a, |c| c.description = "Sing in the choir again".into()),
        stamp(20),
    )
    .unwrap();
    storage.save(&mut a);
    storage.notify(&mut b);
    b.change(
        edit_cap(&b, |c| c.now_in_words = "My breath gives out".into()),
        stamp(21),
    )
    .unwrap();
    storage.save(&mut b);
    storage.notify(&mut a);
    assert!(a.undo(stamp(22)).unwrap());
    assert_eq!(
        cap(&a).description,
        "Sing in the choir",
        "A's edit is undone"
    );
    assert_eq!(
        cap(&a).now_in_words,
        "My breath gives out",
        "B's words stay"
    );
    assert!(a.plan.conflicts.is_empty(), "nothing clashed");
    storage.save(&mut a);
    storage.notify(&mut b);
    assert_eq!(cap(&b).now_in_words, "My breath gives out");
    // Redo brings A's words back, B's still there.
    assert!(a.redo(stamp(23)).unwrap());
    assert_eq!(cap(&a).description, "Sing in the choir again");
    assert_eq!(cap(&a).now_in_words, "My breath gives out");
}

/// Both tabs changed the same words: undo leaves the other tab's live and keeps the
/// words it would have put back beside them, for the person to choose.
#[test]
fn undo_of_words_another_tab_changed_since_keeps_both() {
    let (mut storage, mut a, mut b) = two_tabs();
    let edit = |text: &str| {
        Change::Edit(Item::WhatMatters(
            id("a"),
            WhatMatters { text: text.into() },
        ))
    };
    a.change(edit("Choir on Sundays"), stamp(20)).unwrap();
    storage.save(&mut a);
    storage.notify(&mut b);
    b.change(edit("Choir on Sundays and Wednesdays"), stamp(21))
        .unwrap();
    storage.save(&mut b);
    storage.notify(&mut a);
    assert!(a.undo(stamp(22)).unwrap());
    assert_eq!(body(&a).text, "Choir on Sundays and Wednesdays");
    assert_findable(&a.plan, &["Choir on Sundays and Wednesdays", "Choir"]);
}

/// With no other tab, undo after typing takes back the whole typing, and nothing is
/// kept beside: the step knows the entry as the last keystroke left it.
#[test]
fn undo_after_typing_takes_it_all_back_without_a_clash() {
    let (_, mut a, _) = two_tabs();
    let mut form = Form::open(&a);
    form.type_text(&mut a, " on Sundays", 20);
    assert_eq!(body(&a).text, "Choir on Sundays");
    assert!(a.undo(stamp(30)).unwrap());
    assert_eq!(body(&a).text, "Choir");
    assert!(a.plan.conflicts.is_empty());
    assert!(a.redo(stamp(31)).unwrap());
    assert_eq!(body(&a).text, "Choir on Sundays");
}

/// Words the plan refused (too long), kept as a draft with the entry as it was then,
/// and opened again after another tab changed the entry.
fn restored_after_another_tab(
    theirs: impl Fn(&mut Capability),
) -> (Storage, Session, Editor<Capability>) {
    let (mut storage, mut a, mut b) = two_tabs_with_capability();
    let then = cap(&a);
    let mut refused = then.clone();
    refused.now_in_words = "x".repeat(1001);
    let mine = Change::Edit(Item::Capability(id("c"), refused.clone()));
    let base = Item::Capability(id("c"), then.clone());
    assert!(a.type_into(Some(&base), mine, stamp(20), "now").is_err());
    b.change(edit_cap(&b, theirs), stamp(21)).unwrap();
    storage.save(&mut b);
    storage.notify(&mut a);
    // The form again: the draft over the entry as it was when it was kept.
    let mut editor = Editor::restored(refused, then);
    editor.follow(&cap(&a), None);
    (storage, a, editor)
}

/// Types the shortened words into the form, as its next keystroke does.
fn type_short(a: &mut Session, editor: &mut Editor<Capability>, words: &str) -> Typed {
    editor.shown.now_in_words = words.into();
    let base = Item::Capability(id("c"), editor.base.clone());
    let mine = Change::Edit(Item::Capability(id("c"), editor.shown.clone()));
    let typed = a.type_into(Some(&base), mine, stamp(30), "now").unwrap();
    match typed {
        Typed::Applied => editor.applied(&cap(a)),
        Typed::KeptBeside => editor.kept_beside(&cap(a)),
    }
    typed
}

/// A kept draft typed against the entry as it was when kept (as the entry forms now
/// keep it: they used to take the entry as it is now, so the draft's first keystroke
/// wrote all of it over what another tab had changed since) brings in what changed,
/// and writes only its own words.
#[test]
fn a_kept_draft_brings_in_what_changed_since_and_writes_only_its_own_words() {
    let (_, mut a, mut editor) = restored_after_another_tab(|c| {
        c.description = "Sing in the choir on Sundays".into();
        c.wished = Some(9);
    });
    assert_eq!(
        editor.shown.description, "Sing in the choir on Sundays",
        "shown"
    );
    assert_eq!(editor.shown.wished, Some(9));
    assert_eq!(
        editor.shown.now_in_words.len(),
        1001,
        "the draft's words stay"
    );
    assert_eq!(
        type_short(&mut a, &mut editor, "Breathless on stairs"),
        Typed::Applied
    );
    let now = cap(&a);
    assert_eq!(
        (
            now.description.as_str(),
            now.wished,
            now.now_in_words.as_str()
        ),
        (
            "Sing in the choir on Sundays",
            Some(9),
            "Breathless on stairs"
        )
    );
}

/// The other tab changed the very words of the draft: the draft's stay on screen (they
/// are nowhere else), and go beside the other tab's, for the person to choose.
#[test]
fn a_kept_draft_whose_words_changed_elsewhere_stays_and_goes_beside() {
    let (_, mut a, mut editor) =
        restored_after_another_tab(|c| c.now_in_words = "Short of breath".into());
    assert_eq!(
        editor.shown.now_in_words.len(),
        1001,
        "not replaced on screen"
    );
    assert_eq!(
        type_short(&mut a, &mut editor, "Breathless on stairs"),
        Typed::KeptBeside
    );
    assert_eq!(
        cap(&a).now_in_words,
        "Short of breath",
        "the other tab's words stay"
    );
    let kept: Vec<_> = a
        .plan
        .conflicts
        .iter()
        .filter_map(|c| match &c.mine {
            Item::Capability(_, body) => Some(body.now_in_words.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(kept, ["Breathless on stairs"]);
}

mod drafts {
    use coplan::core::drafts::{CopiedFrom, Drafts, Taken, LEFT_AFTER};
    use coplan::core::Timestamp;
    use serde_json::{json, Value};

    const NOW: Timestamp = Timestamp(1_000_000);

    fn at(ms: i64) -> Timestamp {
        Timestamp(NOW.0 + ms)
    }

    fn taken(words: Value, moved: bool, copied_from: Option<(&str, i64)>) -> Taken {
        Taken {
            words: vec![Some(words)],
            moved,
            copied_from: copied_from.map(|(t, kept)| CopiedFrom {
                tab: t.to_string(),
                kept: Timestamp(kept),
            }),
        }
    }

    fn words(d: &mut Drafts, forms: &[&str], tab: &str) -> Vec<Option<Value>> {
        d.take(forms, tab, NOW).words
    }

    /// Regression: drafts were kept one per form, so a second tab writing a new entry
    /// in the same form replaced the first tab's words, and Add there cleared them.
    #[test]
    fn two_tabs_writing_in_one_form_keep_a_draft_each() {
        let mut d = Drafts::default();
        assert!(d.keep("goal-new", "a", NOW, json!("Walk Lily to school")));
        // Tab b opens the form while a is still open: it shows a copy of a's words.
        assert_eq!(
            d.take(&["goal-new"], "b", NOW),
            taken(json!("Walk Lily to school"), false, Some(("a", NOW.0)))
        );
        assert!(d.keep("goal-new", "b", at(1), json!("Swim")));
        assert!(
            !d.keep("goal-new", "b", at(2), json!("Swim")),
            "the same words again"
        );
        assert!(d.clear(&["goal-new"], "b"), "tab b adds its goal");
        let mut stored = Drafts::read(d.to_text().as_deref());
        assert_eq!(
            words(&mut stored, &["goal-new"], "a"),
            [Some(json!("Walk Lily to school"))],
            "tab a's words survive b's add, and a reload of a"
        );
        assert!(!stored.clear(&["goal-new"], "b"), "nothing of b's is left");
    }

    #[test]
    fn a_tab_that_has_gone_leaves_its_draft_to_the_next_once_with_what_is_beside_it() {
        let mut d = Drafts::default();
        d.keep("goal-g1", "a", NOW, json!("Walk to school, a long draft"));
        d.keep("goal-g1#base", "a", NOW, json!("Walk"));
        d.keep("goal-g1", "b", at(9), json!("Walk, later"));
        assert!(d.has("goal-g1") && !d.has("goal-g2"));
        assert!(d.leave("a") && d.leave("b"), "both tabs closed");
        assert!(!d.leave("b"), "marked once");
        let t = d.take(&["goal-g1", "goal-g1#base"], "c", at(10));
        assert!(t.moved && t.copied_from.is_none());
        assert_eq!(
            t.words,
            [Some(json!("Walk, later")), None],
            "b's, without a's base"
        );
        // Now c's own, until c's form is done with it.
        assert_eq!(
            d.take(&["goal-g1"], "c", at(11)),
            taken(json!("Walk, later"), false, None)
        );
        assert!(d.clear(&["goal-g1", "goal-g1#base"], "c"));
        assert_eq!(
            words(&mut d, &["goal-g1", "goal-g1#base"], "d"),
            [
                Some(json!("Walk to school, a long draft")),
                Some(json!("Walk"))
            ]
        );
        assert!(d.clear(&["goal-g1", "goal-g1#base"], "d"));
        assert_eq!(
            words(&mut d, &["goal-g1"], "e"),
            [None],
            "none left to take"
        );
        assert_eq!(d.to_text(), None);
    }

    #[test]
    fn a_reloaded_tab_has_its_own_back_and_a_day_old_draft_counts_as_left() {
        let mut d = Drafts::default();
        d.keep("goal-new", "a", NOW, json!("Choir"));
        d.leave("a"); // a reload
        assert_eq!(
            d.take(&["goal-new"], "a", NOW),
            taken(json!("Choir"), true, None)
        );
        assert_eq!(
            d.take(&["goal-new"], "b", at(5)),
            taken(json!("Choir"), false, Some(("a", NOW.0))),
            "a is back: b shows a copy"
        );
        assert_eq!(
            d.take(&["goal-new"], "b", at(LEFT_AFTER + 1)),
            taken(json!("Choir"), true, None),
            "a day later, b takes it"
        );
        assert!(!d.clear(&["goal-new"], "a"));

        let mut d = Drafts::default();
        d.keep("goal-new", "a", NOW, json!("Choir"));
        assert!(d.leave("a"), "the browser keeps the page aside");
        assert!(d.come_back("a"), "and shows it again");
        assert!(
            !d.take(&["goal-new"], "b", NOW).moved,
            "a is open: b shows a copy"
        );
    }

    #[test]
    fn drafts_from_before_tabs_had_their_own_are_taken_as_the_oldest() {
        let mut d = Drafts::read(Some(
            r#"{"goal-new":"Choir","agree-g1":["Person","Both views"]}"#,
        ));
        d.keep("goal-new", "b", NOW, json!("Swim"));
        assert_eq!(words(&mut d, &["goal-new"], "c"), [Some(json!("Swim"))]);
        assert_eq!(
            d.take(&["agree-g1"], "c", NOW),
            taken(json!(["Person", "Both views"]), true, None),
            "a pair of words is not taken for a kept time"
        );
        assert_eq!(
            words(&mut d, &["agree-g1"], "c"),
            [Some(json!(["Person", "Both views"]))]
        );
        let again = Drafts::read(d.to_text().as_deref());
        assert_eq!(again, d);
        assert!(d.clear(&["goal-new", "agree-g1"], "b"));
        assert_eq!(words(&mut d, &["goal-new"], "e"), [Some(json!("Choir"))]);
        assert!(d.clear(&["goal-new"], "e"));
        assert!(!d.has("goal-new"));
        assert!(d.clear(&["agree-g1"], "c"));
        assert_eq!(d.to_text(), None);
        assert_eq!(Drafts::read(Some("not json")), Drafts::default());
    }

    /// Regression: a copy shown in a second tab and added there stayed in the first
    /// tab's draft, to be offered (and added) again once that tab closed.
    #[test]
    fn words_added_from_a_copy_take_the_other_tabs_draft_with_them_unless_typed_in_since() {
        let mut d = Drafts::default();
        d.keep("goal-new", "a", NOW, json!("Sing in the choir"));
        let copy = d.take(&["goal-new"], "b", at(1)).copied_from;
        assert!(d.used(&["goal-new"], "b", copy.as_ref()), "b adds the copy");
        assert!(!d.has("goal-new"));

        d.keep("goal-new", "a", NOW, json!("Sing"));
        let copy = d.take(&["goal-new"], "b", at(1)).copied_from;
        d.keep("goal-new", "a", at(2), json!("Sing in the choir"));
        assert!(!d.used(&["goal-new"], "b", copy.as_ref()));
        assert_eq!(
            words(&mut d, &["goal-new"], "a"),
            [Some(json!("Sing in the choir"))],
            "typed in since: a's words stay"
        );
    }
}
