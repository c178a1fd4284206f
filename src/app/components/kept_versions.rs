use crate::app::device::clock;
use crate::app::hooks::{use_text, use_workspace};
use crate::core::change::{entry_changed, item_of};
use crate::core::merge::{choose_all, choose_kept_version, choose_plan_version, differing_words};
use crate::core::{AuthorRole, Conflict, ConflictKind, Stamp};
use yew::prelude::*;

/// Versions of entries kept because two tabs or devices changed the same words (or one
/// removed what the other was changing): each shown beside the plan's version, for the
/// person to choose. Until they do, both are kept and saved.
#[function_component(KeptVersions)]
pub fn kept_versions() -> Html {
    let t = use_text();
    let ws = use_workspace();
    let Some(plan) = ws.plan() else {
        return html! {};
    };
    if plan.conflicts.is_empty() {
        return html! {};
    }
    let all = |use_kept: bool| {
        let ws = ws.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(change) = ws.plan().and_then(|p| choose_all(p, use_kept)) {
                let _ = ws.change(change);
            }
        })
    };
    html! {
        <section class="problem kept-versions" aria-labelledby="kept-versions-heading">
            <h2 id="kept-versions-heading">{ t.conflicts_title }</h2>
            <p>{ t.conflicts_intro }</p>
            if plan.conflicts.len() > 1 && !ws.is_read_only() {
                <div class="actions">
                    <button type="button" class="secondary" onclick={all(false)}>{ t.keep_all_here }</button>
                    <button type="button" class="secondary" onclick={all(true)}>{ t.use_all_kept }</button>
                </div>
            }
            <ul>
                { for plan.conflicts.iter().map(|c| html! {
                    <KeptVersion key={format!("{:?}-{}", c.list(), c.entry())} conflict={c.clone()} />
                }) }
            </ul>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct KeptVersionProps {
    conflict: Conflict,
}

#[function_component(KeptVersion)]
fn kept_version(props: &KeptVersionProps) -> Html {
    let t = use_text();
    let ws = use_workspace();
    let Some(plan) = ws.plan() else {
        return html! {};
    };
    let c = &props.conflict;
    let (list, id) = (c.list(), c.entry().clone());
    let now = item_of(plan, list, &id);
    let removed = now.as_ref().is_none_or(|(_, live)| !live);
    let pairs = match &now {
        Some((item, _)) => differing_words(item, &c.mine),
        None => vec![],
    };
    let choose = |use_kept: bool| {
        let (ws, id) = (ws.clone(), id.clone());
        Callback::from(move |_: MouseEvent| {
            let change = ws.plan().and_then(|p| {
                if use_kept {
                    choose_kept_version(p, list, &id)
                } else {
                    choose_plan_version(p, list, &id)
                }
            });
            if let Some(change) = change {
                let _ = ws.change(change);
            }
        })
    };
    let dom_id = format!("kept-{id}");
    let editable = !ws.is_read_only();
    let when = |s: Stamp| {
        let who = ws
            .plan()
            .map(|p| crate::app::pages::team::writer_in_sentence(t, p, s.by, s.who.as_ref()))
            .unwrap_or_default();
        (t.changed_by_on)(&who, &(t.format_date)(&clock::local_date(s.at)))
    };
    let column = |title: &'static str, words: Vec<String>, struck: bool, by: Option<Stamp>| {
        html! {
            <div class="version">
                <h4>{ title }</h4>
                if let Some(s) = by { <p class="meta">{ when(s) }</p> }
                if struck {
                    <p><em>{ t.conflict_removed_now }</em></p>
                }
                { for words.into_iter().filter(|w| !w.is_empty()).map(|w| html! { <p class="entry-text">{ w }</p> }) }
            </div>
        }
    };
    // A neutral title: either version in bold would read like the answer.
    let title = (t.kept_title)(list);
    let here = entry_changed(plan, list, &id);
    let kept_first = c.stamp.by == AuthorRole::Person
        && here.clone().is_some_and(|s| s.by != AuthorRole::Person);
    let (in_plan, kept): (Vec<String>, Vec<String>) = if pairs.is_empty() {
        (
            vec![now.map(|(i, _)| i.label()).unwrap_or_default()],
            vec![c.mine.label()],
        )
    } else {
        pairs.into_iter().unzip()
    };
    html! {
        <li class="card" aria-labelledby={format!("{dom_id}-title")}>
            <h3 id={format!("{dom_id}-title")}>{ title }</h3>
            <p>{ match c.kind {
                ConflictKind::EditedElsewhere => t.conflict_edited,
                ConflictKind::RemovedElsewhere => t.conflict_removed,
                ConflictKind::RemovedHere => t.conflict_removed_here,
            } }</p>
            <div class="versions">
                // The person's words first, whichever side they are on.
                if kept_first {
                    { column(t.conflict_kept, kept, false, Some(c.stamp.clone())) }
                    { column(t.conflict_in_plan, in_plan, removed, here) }
                } else {
                    { column(t.conflict_in_plan, in_plan, removed, here) }
                    { column(t.conflict_kept, kept, false, Some(c.stamp.clone())) }
                }
            </div>
            if editable {
                <div class="actions">
                    <button type="button" onclick={choose(true)}>{ if removed { t.bring_back_kept } else { t.choose_kept_version } }</button>
                    <button type="button" class="secondary" onclick={choose(false)}>{ t.keep_plan_version }</button>
                </div>
            }
        </li>
    }
}
