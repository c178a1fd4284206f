use crate::app::components::{edit_words, moves, next_step, TextEntryForm, TextItem};
use crate::app::device::clock;
use crate::app::hooks::{use_text, use_workspace};
use crate::core::change::MAX_TEXT;
use crate::core::{Change, Id, Item, List, Plan, WhatMatters};
use crate::route::{Route, Screen};
use yew::prelude::*;

const NEW_ENTRY_ID: &str = "new-what-matters";

/// "What matters to me": the person's values and priorities, in their own words and
/// in their order of importance.
#[function_component(WhatMattersPage)]
pub fn what_matters_page() -> Html {
    let t = use_text();
    let ws = use_workspace();
    let Some(plan) = ws.plan() else {
        return html! {};
    };
    let editable = !ws.is_read_only();
    let live: Vec<(Id, String)> = Plan::live(&plan.what_matters)
        .map(|e| (e.id.clone(), e.body.text.clone()))
        .collect();

    let on_add = {
        let ws = ws.clone();
        Callback::from(move |text: String| {
            ws.change(Change::Add(Item::WhatMatters(
                clock::new_id(),
                WhatMatters { text },
            )))
        })
    };
    let ids: Vec<Id> = live.iter().map(|(id, _)| id.clone()).collect();
    html! {
        <section class="page what-matters">
            <h1>{ t.wm_title }</h1>
            <p class="intro">{ t.wm_intro }</p>
            <p class="hint">{ t.short_of_time }{ " " }
                <a href={Route::plan_screen(&plan.id, Screen::Agenda).to_hash()}>{ t.go_to_agenda }</a>
            </p>
            <details class="prompts">
                <summary>{ t.wm_prompts_title }</summary>
                <ul>{ for t.wm_prompts.iter().map(|p| html! { <li>{ *p }</li> }) }</ul>
            </details>
            if live.is_empty() {
                <p class="empty">{ t.wm_empty }</p>
            } else {
                <ol class="entries" aria-label={t.wm_list_label}>
                    { for live.iter().enumerate().map(|(i, (id, text))| {
                        let (move_up, move_down) = moves(List::WhatMatters, &ids, i);
                        let (edit, kept) = edit_words::<WhatMatters>(&ws, id, |b| &mut b.text, format!("wm-{id}"));
                        html! {
                            <TextItem key={id.to_string()} dom_id={format!("wm-{id}")} text={text.clone()} {edit} {kept}
                                remove={Change::Remove { list: List::WhatMatters, id: id.clone() }}
                                {move_up} {move_down} edit_label={t.wm_edit_label} after_remove={NEW_ENTRY_ID} {editable} />
                        }
                    }) }
                </ol>
            }
            if editable {
                <TextEntryForm id={NEW_ENTRY_ID} label={t.wm_new_label} submit_label={t.add} max={MAX_TEXT} on_submit={on_add} />
            }
            { next_step(t, plan, Screen::WhatMatters) }
        </section>
    }
}
