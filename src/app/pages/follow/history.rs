use crate::app::components::SelectField;
use crate::app::device::clock;
use crate::app::hooks::{use_text, use_workspace};
use crate::core::follow::goal_story;
use crate::core::{CalendarDate, HistoryEntry, Id, Plan};
use yew::prelude::*;

/// How many lines show at first; older ones come on request.
const PAGE: usize = 100;

/// "History": who (by role) changed what and when, newest first, grouped by day, for
/// the whole plan or one goal with its earlier versions, steps and check-ins.
#[function_component(HistoryPage)]
pub fn history_page() -> Html {
    let t = use_text();
    let f = t.follow;
    let ws = use_workspace();
    let goal = use_state(|| None::<Id>);
    let shown = use_state(|| PAGE);
    let Some(plan) = ws.plan() else {
        return html! {};
    };
    let story = goal.as_ref().map(|g| goal_story(plan, g));
    let lines: Vec<&HistoryEntry> = plan
        .history
        .iter()
        .rev()
        .filter(|h| match &story {
            None => true,
            Some(ids) => h.entry.as_ref().is_some_and(|e| ids.contains(e)),
        })
        .collect();
    let total = lines.len();
    let mut days: Vec<(CalendarDate, Vec<&HistoryEntry>)> = vec![];
    for h in lines.into_iter().take(*shown) {
        let d = clock::local_date(h.stamp.at);
        match days.last_mut() {
            Some((day, list)) if *day == d => list.push(h),
            _ => days.push((d, vec![h])),
        }
    }
    let mut options = vec![(AttrValue::from(""), AttrValue::from(f.history_everything))];
    options.extend(Plan::live(&plan.goals).map(|g| {
        (
            AttrValue::from(g.id.to_string()),
            AttrValue::from((f.history_goal_option)(
                &g.body.wording,
                g.body.ended.is_some(),
            )),
        )
    }));
    let on_filter = {
        let (goal, shown) = (goal.clone(), shown.clone());
        Callback::from(move |v: String| {
            goal.set(Id::parse(&v));
            shown.set(PAGE);
        })
    };
    let more = {
        let shown = shown.clone();
        Callback::from(move |_| shown.set(*shown + PAGE))
    };
    html! {
        <section class="page follow history-page">
            <h1>{ f.nav_history }</h1>
            <p class="intro">{ f.history_intro }</p>
            <SelectField id="history-goal" label={f.history_filter} {options}
                value={goal.as_ref().map(|g| g.to_string()).unwrap_or_default()} on_change={on_filter} />
            if days.is_empty() { <p>{ f.history_empty }</p> }
            { for days.iter().map(|(day, list)| {
                let heading = format!("day-{day}");
                html! {
                    <section key={day.to_string()} class="card history-day" aria-labelledby={heading.clone()}>
                        <h2 id={heading}>{ (t.format_date)(day) }</h2>
                        <ol>
                            { for list.iter().enumerate().map(|(i, h)| {
                                let (hour, minute) = clock::local_time(h.stamp.at);
                                html! {
                                    <li key={format!("{}-{i}", h.stamp.at.0)}>
                                        <span class="when">{ format!("{hour:02}:{minute:02}") }</span>{ " " }
                                        { (t.history_line)(&crate::app::pages::team::writer_words(t, plan, h.stamp.by, h.stamp.who.as_ref()), h.verb, h.list, &in_words(t, &h.label)) }
                                    </li>
                                }
                            }) }
                        </ol>
                    </section>
                }
            }) }
            if total > *shown {
                <p><button type="button" class="secondary" onclick={more}>{ f.show_older }</button></p>
            }
        </section>
    }
}

/// A label as a person reads it: a check-in's or visit's date in words, like every
/// other date on screen.
fn in_words(t: &'static crate::text::Text, label: &str) -> String {
    crate::core::CalendarDate::parse(label)
        .map(|d| (t.format_date)(&d))
        .unwrap_or_else(|| label.to_string())
}
