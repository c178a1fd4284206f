use crate::app::components::{focus_soon, TextEntryForm};
use crate::app::device::clock;
use crate::app::hooks::{use_text, use_workspace};
use crate::core::change::MAX_TEXT;
use crate::core::{Change, Id, Item, List, Plan, WhatMatters};
use yew::prelude::*;

const NEW_ENTRY_ID: &str = "new-what-matters";

/// "What matters to me": the person's values and priorities, in their own words and
/// in their order of importance.
#[function_component(WhatMattersPage)]
pub fn what_matters_page() -> Html {
    let t = use_text();
    let ws = use_workspace();
    let Some(plan) = ws.plan() else { return html! {} };
    let editable = !ws.is_read_only();
    let live: Vec<(Id, String)> = Plan::live(&plan.what_matters).map(|e| (e.id.clone(), e.body.text.clone())).collect();

    let on_add = {
        let ws = ws.clone();
        Callback::from(move |text: String| {
            ws.change(Change::Add(Item::WhatMatters(clock::new_id(), WhatMatters { text })))
        })
    };
    let count = live.len();
    html! {
        <section class="page what-matters">
            <h1>{ t.wm_title }</h1>
            <p class="intro">{ t.wm_intro }</p>
            <details class="prompts">
                <summary>{ t.wm_prompts_title }</summary>
                <ul>{ for t.wm_prompts.iter().map(|p| html! { <li>{ *p }</li> }) }</ul>
            </details>
            if live.is_empty() {
                <p class="empty">{ t.wm_empty }</p>
            } else {
                <ol class="entries" aria-label={t.wm_list_label}>
                    { for live.iter().enumerate().map(|(i, (id, text))| {
                        let move_up = (i > 0).then(|| Change::Move {
                            list: List::WhatMatters, id: id.clone(), before: Some(live[i - 1].0.clone()),
                        });
                        let move_down = (i + 1 < count).then(|| Change::Move {
                            list: List::WhatMatters, id: id.clone(), before: live.get(i + 2).map(|(n, _)| n.clone()),
                        });
                        html! {
                            <WhatMattersItem key={id.to_string()} id={id.clone()} text={text.clone()}
                                {move_up} {move_down} {editable} />
                        }
                    }) }
                </ol>
            }
            if editable {
                <TextEntryForm id={NEW_ENTRY_ID} label={t.wm_new_label} submit_label={t.add} max={MAX_TEXT} on_submit={on_add} />
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct WhatMattersItemProps {
    id: Id,
    text: String,
    move_up: Option<Change>,
    move_down: Option<Change>,
    editable: bool,
}

/// One entry: read it, reorder it by keyboard or touch, change it, remove it.
#[function_component(WhatMattersItem)]
fn what_matters_item(props: &WhatMattersItemProps) -> Html {
    let t = use_text();
    let ws = use_workspace();
    let editing = use_state(|| false);
    let dom_id = format!("wm-{}", props.id);

    let mover = |change: &Option<Change>, focus: String| {
        let (ws, change) = (ws.clone(), change.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(c) = change.clone() {
                let _ = ws.change(c);
                focus_soon(focus.clone());
            }
        })
    };
    let on_up = mover(&props.move_up, format!("{dom_id}-up"));
    let on_down = mover(&props.move_down, format!("{dom_id}-down"));
    let on_remove = {
        let (ws, id) = (ws.clone(), props.id.clone());
        Callback::from(move |_| {
            if ws.change(Change::Remove { list: List::WhatMatters, id: id.clone() }).is_ok() {
                focus_soon(NEW_ENTRY_ID.to_string());
            }
        })
    };
    let on_save = {
        let (ws, id, editing, focus) = (ws.clone(), props.id.clone(), editing.clone(), format!("{dom_id}-edit"));
        Callback::from(move |text: String| {
            match ws.change(Change::Edit(Item::WhatMatters(id.clone(), WhatMatters { text }))) {
                Ok(()) | Err(crate::core::ChangeError::Unchanged) => {}
                Err(e) => return Err(e),
            }
            editing.set(false);
            focus_soon(focus.clone());
            Ok(())
        })
    };
    let on_cancel = {
        let (editing, focus) = (editing.clone(), format!("{dom_id}-edit"));
        Callback::from(move |_| {
            editing.set(false);
            focus_soon(focus.clone());
        })
    };
    let start_edit = {
        let editing = editing.clone();
        Callback::from(move |_| editing.set(true))
    };
    let text = &props.text;
    html! {
        <li class="card entry" id={dom_id.clone()}>
            if *editing {
                <TextEntryForm id={format!("{dom_id}-field")} label={t.wm_edit_label} submit_label={t.save}
                    max={MAX_TEXT} initial={text.clone()} on_submit={on_save} {on_cancel} autofocus=true />
            } else {
                <p class="entry-text">{ text }</p>
                if props.editable {
                    <div class="actions">
                        <button type="button" class="icon secondary" id={format!("{dom_id}-up")} onclick={on_up}
                            disabled={props.move_up.is_none()} aria-label={(t.move_up_named)(text)}>
                            <span aria-hidden="true">{ "↑" }</span>
                        </button>
                        <button type="button" class="icon secondary" id={format!("{dom_id}-down")} onclick={on_down}
                            disabled={props.move_down.is_none()} aria-label={(t.move_down_named)(text)}>
                            <span aria-hidden="true">{ "↓" }</span>
                        </button>
                        <button type="button" class="secondary" id={format!("{dom_id}-edit")} onclick={start_edit}
                            aria-label={(t.edit_named)(text)}>{ t.edit }</button>
                        <button type="button" class="secondary" onclick={on_remove}
                            aria-label={(t.remove_named)(text)}>{ t.remove }</button>
                    </div>
                }
            }
        </li>
    }
}
