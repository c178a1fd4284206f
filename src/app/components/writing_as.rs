use super::{focus_soon, SelectField, TextField};
use crate::app::device::clock;
use crate::app::hooks::{use_text, use_workspace};
use crate::app::pages::team::writer_words;
use crate::app::store::Workspace;
use crate::core::{AuthorRole, Change, Item, TeamMember, TeamRole, Writer};
use crate::text::Text;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Who is writing, repeated where the two write together, with a way to the switch.
/// Every entry records its author, so this must never be in doubt.
pub fn writing_as(t: &'static Text, ws: &Workspace) -> Html {
    if ws.is_read_only() {
        return html! {};
    }
    let change = Callback::from(|_| {
        // On a narrow screen the choice is in the folded menu: opened first, or focus
        // would go nowhere.
        let document = web_sys::window().and_then(|w| w.document());
        let hidden = document
            .as_ref()
            .and_then(|d| d.get_element_by_id("author-select"))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            .is_some_and(|e| e.offset_parent().is_none());
        let toggle = document
            .and_then(|d| d.query_selector(".menu-toggle").ok().flatten())
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let (true, Some(toggle)) = (hidden, toggle) {
            toggle.click();
        }
        focus_soon("author-select".into());
    });
    // As entries are recorded: a name no longer in the plan (removed, or made one with
    // another) is not written under, and not shown as if it were.
    let writer = ws.author.in_plan(ws.plan());
    html! {
        <p class="writing-as">
            { t.writing_as }{ ": " }<strong>{ ws.plan().map(|p| writer_words(t, p, writer.by, writer.who.as_ref())).unwrap_or_default() }</strong>{ " " }
            <button type="button" class="link-button" onclick={change}>{ t.change_author }</button>
        </p>
    }
}

#[derive(Properties, PartialEq)]
pub struct NewWriterProps {
    pub on_done: Callback<()>,
}

/// "Someone new" is writing: one step adds them to the team and makes them the writer,
/// so the first thing they write is in their name.
#[function_component(NewWriter)]
pub fn new_writer(props: &NewWriterProps) -> Html {
    let t = use_text();
    let tt = t.team;
    let ws = use_workspace();
    let name = use_state(String::new);
    let role = use_state(|| TeamRole::Gp);
    let error = use_state(|| None::<AttrValue>);
    // The name is what to write first: focus goes there as the form appears, whether at
    // once or when its part has arrived.
    use_effect_with((), |_| focus_soon("new-writer-name".into()));
    let on_name = {
        let name = name.clone();
        Callback::from(move |v: String| name.set(v))
    };
    let on_role = {
        let role = role.clone();
        Callback::from(move |v: String| {
            role.set(
                TeamRole::ALL
                    .into_iter()
                    .find(|r| r.slug() == v)
                    .unwrap_or_default(),
            )
        })
    };
    let onsubmit = {
        let (ws, name, role, error, done) = (
            ws.clone(),
            name.clone(),
            role.clone(),
            error.clone(),
            props.on_done.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let id = clock::new_id();
            let member = TeamMember {
                name: (*name).clone(),
                role: *role,
                ..TeamMember::default()
            };
            match ws.change(Change::Add(Item::TeamMember(id.clone(), member))) {
                Ok(()) => {
                    ws.write_as(Writer {
                        by: AuthorRole::Clinician,
                        who: Some(id),
                    });
                    done.emit(());
                }
                Err(e) => error.set(Some(AttrValue::from((t.change_error)(&e)))),
            }
        })
    };
    let cancel = {
        let done = props.on_done.clone();
        Callback::from(move |_| done.emit(()))
    };
    let roles: Vec<(AttrValue, AttrValue)> = TeamRole::ALL
        .iter()
        .filter(|r| **r != TeamRole::Other)
        .map(|r| {
            (
                AttrValue::from(r.slug()),
                AttrValue::from((tt.role_name)(*r)),
            )
        })
        .collect();
    html! {
        <form class="card new-writer" aria-labelledby="new-writer-heading" {onsubmit} novalidate=true>
            <h2 id="new-writer-heading">{ tt.new_writer_heading }</h2>
            <p class="hint">{ tt.new_writer_body }</p>
            <div class="field-row">
                <TextField id="new-writer-name" label={tt.name_label} value={(*name).clone()} on_change={on_name} error={(*error).clone()} />
                <SelectField id="new-writer-role" label={tt.role_label} options={roles} value={role.slug()} on_change={on_role} />
            </div>
            <p>
                <button type="submit">{ tt.new_writer_add }</button>{ " " }
                <button type="button" class="secondary" onclick={cancel}>{ tt.cancel }</button>
            </p>
        </form>
    }
}
