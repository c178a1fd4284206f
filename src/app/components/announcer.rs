use crate::app::hooks::WorkspaceHandle;
use crate::app::store::Notice;
use crate::text::Text;
use yew::prelude::*;

/// The polite live region: saves, undo, other tabs and refused changes are announced
/// here, and shown, with an Undo button after a removal.
pub fn announcer(t: &Text, ws: &WorkspaceHandle) -> Html {
    let message = ws.notice.as_ref().map(|n| match n {
        Notice::OtherTabUpdated => t.other_tab_updated.to_string(),
        Notice::KeptBoth => t.kept_both_notice.to_string(),
        Notice::OtherTabDropped(n) => (t.other_tab_dropped)(*n),
        Notice::Removed { label } => (t.removed_notice)(label),
        Notice::Undone => t.undone_notice.to_string(),
        Notice::Redone => t.redone_notice.to_string(),
        Notice::FirstContact => t.team.made_first.to_string(),
        Notice::MadeOne => t.team.made_one.to_string(),
        Notice::DeletedElsewhere => t.deleted_elsewhere.to_string(),
        Notice::Forgotten => t.forgotten_downloads.to_string(),
        Notice::Imported => t.imported.to_string(),
        Notice::ImportedCopy => t.imported_copy.to_string(),
        Notice::Merged => t.merged_notice.to_string(),
        Notice::LeftUnsavedSaved => t.left_unsaved_saved.to_string(),
        Notice::PlanDeleted(name) => (t.plan_deleted)(name),
        Notice::AsideRemoved => t.aside_removed.to_string(),
        Notice::Error(e) => (t.change_error)(e),
    });
    let offer_undo = matches!(ws.notice, Some(Notice::Removed { .. })) && !ws.is_read_only();
    let undo = {
        let ws = ws.clone();
        Callback::from(move |_| ws.undo())
    };
    let dismiss = {
        let ws = ws.clone();
        Callback::from(move |_| ws.dispatch(crate::app::store::Msg::DismissNotice))
    };
    html! {
        <div class="announcer" role="status" aria-live="polite">
            if let Some(message) = message {
                <p class="notice" key={ws.notice_seq.to_string()}>
                    { message }
                    if offer_undo {
                        { " " }<button type="button" class="link-button" onclick={undo}>{ t.undo }</button>
                    }
                    { " " }<button type="button" class="link-button close" onclick={dismiss} aria-label={t.close_notice}>
                        <span aria-hidden="true">{ "×" }</span>
                    </button>
                </p>
            }
        </div>
    }
}
