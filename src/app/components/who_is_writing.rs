use crate::app::hooks::WorkspaceHandle;
use crate::app::pages::team::{parse_writer, writer_options};
use crate::text::Text;
use yew::prelude::*;

/// Asked once when a plan arrives from another device (a clinic PC opening the
/// person's file): every entry records its author, so the default must not be assumed.
pub fn who_is_writing(t: &'static Text, ws: &WorkspaceHandle) -> Html {
    if !ws.ask_author || ws.is_read_only() || ws.plan().is_none() {
        return html! {};
    }
    html! {
        <section class="card who-is-writing" aria-labelledby="who-is-writing-heading">
            <h2 id="who-is-writing-heading">{ t.who_is_writing_title }</h2>
            <p>{ t.who_is_writing_body }</p>
            <div class="actions">
                // By name where the plan has a team: "Dr Okafor, GP".
                { for writer_options(t, ws.plan()).into_iter().filter_map(|(value, label)| {
                    let writer = parse_writer(&value)?;
                    let ws = ws.clone();
                    Some(html! { <button type="button" class="secondary" key={value} onclick={Callback::from(move |_| ws.write_as(writer.clone()))}>{ label }</button> })
                }) }
            </div>
        </section>
    }
}
