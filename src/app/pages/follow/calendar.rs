use crate::app::components::{CheckboxGroup, TextField};
use crate::app::device::{clock, files};
use crate::app::hooks::{use_text, use_workspace};
use crate::core::calendar::{self, CalendarChoice, CalendarWords};
use yew::prelude::*;

/// "Reminders in your calendar": an iCalendar file the person adds to their own
/// calendar, holding only what they tick (a calendar is often shared or synced).
#[function_component(CalendarCard)]
pub fn calendar_card() -> Html {
    let t = use_text();
    let f = t.follow;
    let ws = use_workspace();
    let choice = use_state(|| CalendarChoice {
        check_in_days: vec![],
        check_in_time: (19, 0),
        review_dates: true,
        next_visit: true,
        goal_words: false,
        alert_hour: 9,
    });
    let status = use_state(|| None::<&'static str>);
    let Some(plan) = ws.plan() else {
        return html! {};
    };
    let days: Vec<(AttrValue, AttrValue)> = f
        .weekdays
        .iter()
        .enumerate()
        .map(|(i, d)| (AttrValue::from(i.to_string()), AttrValue::from(*d)))
        .collect();
    let selected_days: Vec<String> = choice.check_in_days.iter().map(|d| d.to_string()).collect();
    let on_days = {
        let choice = choice.clone();
        Callback::from(move |v: Vec<String>| {
            let mut c = (*choice).clone();
            c.check_in_days = v.iter().filter_map(|d| d.parse().ok()).collect();
            choice.set(c);
        })
    };
    let on_time = {
        let choice = choice.clone();
        Callback::from(move |v: String| {
            let mut parts = v.split(':').filter_map(|p| p.parse::<u8>().ok());
            if let (Some(h), Some(m)) = (parts.next(), parts.next()) {
                let mut c = (*choice).clone();
                c.check_in_time = (h.min(23), m.min(59));
                choice.set(c);
            }
        })
    };
    let includes = [
        ("reviews", f.calendar_reviews, choice.review_dates),
        ("visit", f.calendar_visit, choice.next_visit),
        ("words", f.calendar_goal_words, choice.goal_words),
    ];
    let include_options = includes
        .iter()
        .map(|(v, label, _)| (AttrValue::from(*v), AttrValue::from(*label)))
        .collect::<Vec<_>>();
    let include_selected = includes
        .iter()
        .filter(|(_, _, on)| *on)
        .map(|(v, _, _)| v.to_string())
        .collect::<Vec<_>>();
    let on_includes = {
        let choice = choice.clone();
        Callback::from(move |v: Vec<String>| {
            let mut c = (*choice).clone();
            c.review_dates = v.iter().any(|s| s == "reviews");
            c.next_visit = v.iter().any(|s| s == "visit");
            c.goal_words = v.iter().any(|s| s == "words");
            choice.set(c);
        })
    };
    let download = {
        let (choice, status, plan) = (choice.clone(), status.clone(), plan.clone());
        Callback::from(move |_| {
            let words = CalendarWords {
                check_in: f.cal_check_in.into(),
                check_in_details: f.cal_check_in_details.into(),
                review: f.cal_review.into(),
                review_details: f.cal_review_details.into(),
                next_visit: f.cal_next_visit.into(),
                lang: t.lang.into(),
            };
            let events = calendar::events(&plan, &choice, &words, clock::today());
            if events.is_empty() {
                status.set(Some(f.calendar_nothing));
                return;
            }
            let text = calendar::ics(
                &events,
                &words,
                clock::stamp(crate::core::AuthorRole::Person),
            );
            let done = files::download(
                &calendar::file_name(f.reminders_file, &plan.id),
                "text/calendar",
                &text,
            );
            status.set(Some(if done.is_ok() {
                f.calendar_done
            } else {
                f.calendar_failed
            }));
        })
    };
    let time = format!(
        "{:02}:{:02}",
        choice.check_in_time.0, choice.check_in_time.1
    );
    html! {
        <section class="card calendar-card" aria-labelledby="calendar-heading">
            <h2 id="calendar-heading">{ f.calendar_heading }</h2>
            <p>{ f.calendar_intro }</p>
            <CheckboxGroup name="calendar-day" legend={f.calendar_days} options={days} selected={selected_days} on_change={on_days} />
            <TextField id="calendar-time" label={f.calendar_time} value={time} input_type={Some(AttrValue::from("time"))} on_change={on_time} />
            <CheckboxGroup name="calendar-include" legend={f.calendar_include_legend} options={include_options} selected={include_selected} on_change={on_includes} />
            <button type="button" onclick={download}>{ f.calendar_download }</button>
            <p role="status" class="saved-status">{ status.unwrap_or_default() }</p>
        </section>
    }
}
