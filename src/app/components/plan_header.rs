use crate::app::hooks::{use_text, use_workspace};
use crate::app::pages::team::{parse_writer, writer_options, writer_value};
use crate::app::store::SaveState;
use yew::prelude::*;

/// The open plan's name, who is writing, undo and redo, and whether it is saved.
#[function_component(PlanHeader)]
pub fn plan_header() -> Html {
    let ws = use_workspace();
    let t = use_text();
    let Some(session) = ws.session.as_ref() else {
        return html! {};
    };
    let adding = use_state(|| false);
    let on_author = {
        let (ws, adding) = (ws.clone(), adding.clone());
        Callback::from(move |e: Event| {
            let value = super::value_of(&e);
            if value == "new" {
                // (The form takes the focus as it appears: its part may be on its way.)
                adding.set(true);
            } else if let Some(writer) = parse_writer(&value) {
                adding.set(false);
                ws.write_as(writer);
            }
        })
    };
    let close = {
        let adding = adding.clone();
        Callback::from(move |_| adding.set(false))
    };
    let current = writer_value(&ws.author.in_plan(Some(&session.plan)));
    let undo = {
        let ws = ws.clone();
        Callback::from(move |_| ws.undo())
    };
    let redo = {
        let ws = ws.clone();
        Callback::from(move |_| ws.redo())
    };
    let status = match (&ws.save, ws.is_read_only()) {
        (_, true) => t.status_read_only,
        (SaveState::Pending, _) => t.status_saving,
        (SaveState::Failed(_), _) => t.storage_failed_short,
        (SaveState::Saved, _) => t.status_saved,
    };
    let editable = !ws.is_read_only();
    html! {
        <div class="plan-header">
            <p class="plan-name">{ &session.plan.name }
                if session.plan.is_sample { <span class="badge">{ t.sample_badge }</span> }
            </p>
            <p class="save-status" role="status">{ status }</p>
            <div class="toolbar" id="app-menu">
                // A copy is written only by the one it was made for: nothing to choose.
                if session.plan.copy_of.is_none() {
                    <div class="author">
                        <label for="author-select">{ t.writing_as }</label>
                        <select id="author-select" onchange={on_author} disabled={!editable}>
                            { for writer_options(t, Some(&session.plan)).into_iter().map(|(value, label)| {
                                let selected = value == current;
                                html! { <option key={value.clone()} {value} {selected}>{ label }</option> }
                            }) }
                            <option value="new" selected={*adding}>{ t.team.someone_new }</option>
                        </select>
                    </div>
                }
                <button type="button" class="secondary" onclick={undo} disabled={!(editable && session.can_undo())}>{ t.undo }</button>
                <button type="button" class="secondary" onclick={redo} disabled={!(editable && session.can_redo())}>{ t.redo }</button>
            </div>
            // The form comes with a small part of its own, asked for now and then.
            if *adding && editable {
                <crate::app::parts::InPart piece={crate::app::parts::Piece::NewWriter(close)} />
            }
        </div>
    }
}
