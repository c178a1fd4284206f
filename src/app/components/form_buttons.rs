use crate::app::hooks::use_text;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FormButtonsProps {
    /// Adding a new entry (else editing one, whose words are already in the plan).
    pub is_new: bool,
    /// The Add button's words, e.g. "Add goal".
    pub add_label: AttrValue,
    /// The form holds words kept from before (another screen, a reload).
    #[prop_or_default]
    pub restored: bool,
}

/// The end of an entry form: Add for a new entry, Done for an edit. There is no Save
/// and no Cancel: an edit is in the plan as it is typed (undo takes it back).
#[function_component(FormButtons)]
pub fn form_buttons(props: &FormButtonsProps) -> Html {
    let t = use_text();
    html! {
        <>
            if props.restored { <p class="hint draft-note">{ t.draft_kept }</p> }
            <div class="actions">
                <button type="submit">{ if props.is_new { props.add_label.clone() } else { AttrValue::from(t.done) } }</button>
            </div>
        </>
    }
}
