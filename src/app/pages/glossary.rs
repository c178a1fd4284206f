use crate::app::hooks::use_text;
use yew::prelude::*;

/// The few words CoPlan uses in a special way, in plain language.
#[function_component(GlossaryPage)]
pub fn glossary_page() -> Html {
    let t = use_text();
    html! {
        <section class="page glossary">
            <h1>{ t.glossary_title }</h1>
            <p>{ t.glossary_intro }</p>
            <dl>
                { for t.glossary_terms.iter().zip(t.glossary_meanings.iter()).map(|(term, meaning)| html! {
                    <div class="card" key={*term}>
                        <dt>{ *term }</dt>
                        <dd>{ *meaning }</dd>
                    </div>
                }) }
            </dl>
        </section>
    }
}
