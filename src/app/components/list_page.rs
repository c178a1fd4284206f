use super::next_step;
use crate::app::hooks::{use_text, use_workspace};
use crate::route::Screen;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ListPageProps {
    pub screen: Screen,
    pub title: AttrValue,
    pub intro: AttrValue,
    /// Said when there are no entries yet.
    pub empty: AttrValue,
    /// The entries, as list items (`None` when there are none).
    pub entries: Option<Html>,
    pub add_heading: AttrValue,
    /// The form that adds an entry (`None` when the plan is read-only).
    pub add_form: Option<Html>,
    #[prop_or_default]
    pub class: Classes,
}

/// A screen that is a list of entries with a form to add one, then the next step.
#[function_component(ListPage)]
pub fn list_page(props: &ListPageProps) -> Html {
    let (t, ws) = (use_text(), use_workspace());
    html! {
        <section class={classes!("page", props.class.clone())}>
            <h1>{ &props.title }</h1>
            if props.screen.is_together() { { super::writing_as(t, &ws) } }
            <p class="intro">{ &props.intro }</p>
            if let Some(entries) = &props.entries {
                <ul class="entries" aria-label={props.title.clone()}>{ entries.clone() }</ul>
            } else {
                <p class="empty">{ &props.empty }</p>
            }
            if let Some(form) = &props.add_form {
                <section class="card" aria-labelledby="add-entry-heading">
                    <h2 id="add-entry-heading">{ &props.add_heading }</h2>
                    { form.clone() }
                </section>
            }
            if let Some(plan) = ws.plan() { { next_step(t, plan, props.screen) } }
        </section>
    }
}
