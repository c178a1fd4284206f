//! Reminders in the person's own calendar, as an iCalendar file (RFC 5545) made here:
//! a static page cannot wake a phone later, but the phone's calendar can.
//!
//! Events carry stable `UID`s (plan + goal, plan + "check-in"), so downloading again
//! updates them rather than adding copies: each download's `SEQUENCE` is higher than
//! the last's, and a review no longer to come (the goal ended, set aside or removed)
//! goes in as cancelled, so a calendar that had it takes it away. Each event sits at its reminder time, and a
//! `VALARM` is added as a bonus (some calendars drop alarms on import). The words come
//! from the caller in the person's language; goal words go in only if they chose so,
//! because calendars are often shared or synced.

use super::follow::active_goals;
use super::id::Id;
use super::plan::{Plan, Stamp};
use super::time::{CalendarDate, Timestamp};

/// What the person chose to put in their calendar.
#[derive(Clone, Debug, PartialEq)]
pub struct CalendarChoice {
    /// Days to check in on, 0 = Monday … 6 = Sunday (none: no check-in reminder).
    pub check_in_days: Vec<u8>,
    /// Hour and minute of the check-in reminder, in the phone's own time.
    pub check_in_time: (u8, u8),
    pub review_dates: bool,
    pub next_visit: bool,
    /// Put each goal's words in its review event (otherwise "a goal").
    pub goal_words: bool,
    /// Hour of the day (local) at which all-day reminders alert.
    pub alert_hour: u8,
}

/// The words of the events, in the person's language.
#[derive(Clone, Debug, PartialEq)]
pub struct CalendarWords {
    pub check_in: String,
    pub check_in_details: String,
    /// "Review my goal" (followed by ": <words>" when chosen).
    pub review: String,
    pub review_details: String,
    pub next_visit: String,
    /// Language tag for the events' text, e.g. "en-GB".
    pub lang: String,
}

/// One event before it is written out.
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    pub uid: String,
    pub summary: String,
    pub description: String,
    pub when: When,
    /// A reminder an earlier download may have put in, no longer wanted.
    pub cancelled: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub enum When {
    /// An all-day event, with its alarm `alert_hour` hours into the day.
    AllDay { date: CalendarDate, alert_hour: u8 },
    /// A short event repeating weekly on `days`, at a local (floating) time.
    Weekly {
        first: CalendarDate,
        time: (u8, u8),
        days: Vec<u8>,
    },
}

const DAY_CODES: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

/// The events a person chose, from `today` on.
pub fn events(
    plan: &Plan,
    choice: &CalendarChoice,
    words: &CalendarWords,
    today: CalendarDate,
) -> Vec<Event> {
    let uid = |what: &str| format!("{}-{what}@coplan.invalid", plan.id);
    let mut out = vec![];
    let mut days: Vec<u8> = choice
        .check_in_days
        .iter()
        .copied()
        .filter(|d| *d < 7)
        .collect();
    days.sort_unstable();
    days.dedup();
    if !days.is_empty() {
        let first = (0..7)
            .map(|i| today.add_days(i))
            .find(|d| days.contains(&d.weekday()))
            .unwrap_or(today);
        out.push(Event {
            uid: uid("check-in"),
            summary: words.check_in.clone(),
            description: words.check_in_details.clone(),
            when: When::Weekly {
                first,
                time: (
                    choice.check_in_time.0.min(23),
                    choice.check_in_time.1.min(59),
                ),
                days,
            },
            cancelled: false,
        });
    }
    let alert_hour = choice.alert_hour.min(23);
    if choice.review_dates {
        let active: Vec<&Id> = active_goals(plan).map(|g| &g.id).collect();
        for g in plan.goals.iter() {
            let Some(date) = g.body.review_date.filter(|d| *d >= today) else {
                continue;
            };
            let cancelled = !active.contains(&&g.id);
            let summary = if choice.goal_words && !cancelled {
                format!("{}: {}", words.review, g.body.wording)
            } else {
                words.review.clone()
            };
            out.push(Event {
                uid: uid(&format!("review-{}", g.id)),
                summary,
                description: words.review_details.clone(),
                when: When::AllDay { date, alert_hour },
                cancelled,
            });
        }
    }
    if choice.next_visit {
        if let Some(date) = next_visit_date(plan, today) {
            out.push(Event {
                uid: uid("next-visit"),
                summary: words.next_visit.clone(),
                description: String::new(),
                when: When::AllDay { date, alert_hour },
                cancelled: false,
            });
        }
    }
    out
}

/// The next visit: the earliest visit dated today or later, or else the review date
/// the last visit set (if it is still to come).
pub fn next_visit_date(plan: &Plan, today: CalendarDate) -> Option<CalendarDate> {
    let visits = || Plan::live(&plan.visits);
    visits()
        .filter_map(|v| v.body.date)
        .filter(|d| *d >= today)
        .min()
        .or_else(|| {
            // The last visit's word on it: a later visit that moved the review on (or
            // brought it forward) replaces what an earlier one set.
            visits()
                .filter(|v| v.body.next_review.is_some())
                .max_by_key(|v| v.body.date)
                .and_then(|v| v.body.next_review)
                .filter(|d| *d >= today)
        })
}

/// Writes events as an iCalendar file: CRLF line ends, lines folded at 75 octets
/// without splitting a character, text escaped. `now` is the DTSTAMP.
pub fn ics(events: &[Event], words: &CalendarWords, now: Stamp) -> String {
    let mut lines: Vec<String> = vec![
        "BEGIN:VCALENDAR".into(),
        "VERSION:2.0".into(),
        "PRODID:-//CoPlan//CoPlan reminders//EN".into(),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
    ];
    let stamp = utc_stamp(now.at);
    // Minutes since 1970: higher at every later download (and within 32 bits until
    // the year 6053), so each download's events replace the last one's.
    let sequence = now.at.0.max(0) / 60_000;
    let lang = escape_param(&words.lang);
    for e in events {
        lines.push("BEGIN:VEVENT".into());
        lines.push(format!("UID:{}", escape(&e.uid)));
        lines.push(format!("DTSTAMP:{stamp}"));
        lines.push(format!("SEQUENCE:{sequence}"));
        if e.cancelled {
            lines.push("STATUS:CANCELLED".into());
        }
        match &e.when {
            When::AllDay { date, .. } => {
                lines.push(format!("DTSTART;VALUE=DATE:{}", date_code(*date)));
                lines.push(format!("DTEND;VALUE=DATE:{}", date_code(date.add_days(1))));
                lines.push("TRANSP:TRANSPARENT".into());
            }
            When::Weekly { first, time, days } => {
                lines.push(format!(
                    "DTSTART:{}T{:02}{:02}00",
                    date_code(*first),
                    time.0,
                    time.1
                ));
                lines.push("DURATION:PT10M".into());
                let by: Vec<&str> = days.iter().map(|d| DAY_CODES[*d as usize]).collect();
                lines.push(format!("RRULE:FREQ=WEEKLY;BYDAY={}", by.join(",")));
            }
        }
        lines.push(format!("SUMMARY;LANGUAGE={lang}:{}", escape(&e.summary)));
        if !e.description.is_empty() {
            lines.push(format!(
                "DESCRIPTION;LANGUAGE={lang}:{}",
                escape(&e.description)
            ));
        }
        if e.cancelled {
            lines.push("END:VEVENT".into());
            continue;
        }
        lines.push("BEGIN:VALARM".into());
        lines.push("ACTION:DISPLAY".into());
        lines.push(format!("DESCRIPTION:{}", escape(&e.summary)));
        let trigger = match &e.when {
            When::AllDay { alert_hour, .. } => format!("PT{alert_hour}H"),
            When::Weekly { .. } => "PT0S".into(),
        };
        lines.push(format!("TRIGGER;RELATED=START:{trigger}"));
        lines.push("END:VALARM".into());
        lines.push("END:VEVENT".into());
    }
    lines.push("END:VCALENDAR".into());
    let mut out = String::new();
    for line in lines {
        fold_into(&mut out, &line);
    }
    out
}

/// Escapes TEXT values (RFC 5545 §3.3.11): backslash, semicolon, comma, newlines.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A parameter value may not hold `"`, `;`, `:` or `,` unquoted: keep it to a tag.
fn escape_param(value: &str) -> String {
    let v: String = value
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect();
    if v.is_empty() {
        "en".into()
    } else {
        v
    }
}

/// Appends one content line, folded so no physical line exceeds 75 octets, never
/// inside a character; each continuation starts with one space.
pub fn fold_into(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

fn date_code(d: CalendarDate) -> String {
    format!("{:04}{:02}{:02}", d.year, d.month, d.day)
}

fn utc_stamp(at: Timestamp) -> String {
    let (h, m, s) = at.utc_time_of_day();
    format!(
        "{}T{h:02}{m:02}{s:02}Z",
        date_code(CalendarDate::from_timestamp(at))
    )
}

/// A file name for the calendar of a plan: `reminders` in the person's language, and
/// the plan's id rather than its name (the file is seen by the calendar app).
pub fn file_name(reminders: &str, plan_id: &Id) -> String {
    format!("coplan-{reminders}-{plan_id}.ics")
}
