use crate::text::Text;
use yew::prelude::*;

/// The end of an entry form: Add for a new entry, Done for an edit. There is no Save
/// and no Cancel: an edit is in the plan as it is typed (undo takes it back).
/// `restored`: the form holds words kept from before (another screen, a reload).
pub fn form_buttons(t: &Text, is_new: bool, add_label: AttrValue, restored: bool) -> Html {
    html! {
        <>
            if restored { <p class="hint draft-note">{ t.draft_kept }</p> }
            <div class="actions">
                <button type="submit">{ if is_new { add_label } else { AttrValue::from(t.done) } }</button>
            </div>
        </>
    }
}
