use crate::route::Route;
use crate::text::Text;
use yew::prelude::*;

/// The few words CoPlan uses in a special way, in plain language. `back`: the plan's
/// screen this was opened from, and the plan's name: the way back to it (the header has
/// no plan's menu here).
pub fn glossary_page(t: &Text, back: Option<(Route, AttrValue)>) -> Html {
    html! {
        <section class="page glossary">
            <h1>{ t.glossary_title }</h1>
            if let Some((route, name)) = &back {
                <p class="back-link"><a href={route.to_hash()}>{ (t.back_to_plan)(name) }</a></p>
            }
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
