//! English (UK): following the plan through.

use super::FollowText;
use crate::core::plan::{ActionOutcome, AuthorRole, Because, EndKind};

pub const EN: FollowText = FollowText {
    nav_between: "Between visits",
    nav_check_in: "Check in",
    nav_progress: "Progress",
    nav_history: "History",
    check_in_title: "Check in",
    check_in_intro: "How are things going? Answer what you like. Anything you leave is kept as not recorded, never as not done.",
    check_in_date_label: "Date of this check-in",
    check_in_date_hint: "Catching up? Choose the day it is about. Any day since the plan began.",
    check_in_future: "That day has not come yet. Choose today or an earlier day.",
    goals_heading: "Your goals",
    actions_heading: "Your steps",
    not_recorded: "Not recorded",
    action_note_label: "A note about this step (if you like)",
    confidence_now_label: "How sure are you now that you can keep doing it?",
    areas_heading: "How able do you feel now? (if you like)",
    areas_hint: "This fills in the picture of your life areas, now beside how it was at the start.",
    note_label: "Anything else?",
    note_hint: "What helped, what got in the way, or a question for next time.",
    who_legend: "Who did this check-in?",
    save_check_in: "Save this check-in",
    save_changes: "Save changes",
    cancel_edit: "Stop editing",
    kept_draft: "We kept what you were writing here.",
    nothing_to_check: "There are no goals or steps to check in on yet. You agree them with your clinician.",
    past_heading: "Check-ins so far",
    no_check_ins: "No check-ins yet.",
    earlier_heading: "Earlier versions",
    progress_title: "Progress",
    progress_intro: "Your check-ins as pictures. Each picture has a table of the same figures below it.",
    score_heading: "All your goals together",
    score_explained: "This score puts your goals together. 50 means things went as expected. Above 50 is better than expected and below 50 is less. Goals not yet rated are left out. A goal with more weight counts more.",
    score_none: "There is no score yet. It appears once a goal is rated in a check-in.",
    score_chart_title: "Score for all goals over time",
    weights_legend: "How much each goal counts",
    goals_progress_heading: "Each goal over time",
    actions_progress_heading: "Each step over time",
    wheel_heading: "How able you feel: at the start and now",
    wheel_start: "At the start",
    wheel_now: "Now",
    col_date: "Date",
    col_level: "Level",
    col_outcome: "How it went",
    col_confidence: "Sure (0–10)",
    col_score: "Score",
    col_goals: "Goals rated",
    col_note: "Note",
    mark_expected: "Expected",
    mark_baseline: "Start",
    mark_target: "Target date",
    mark_review: "Review date",
    not_rated_yet: "Not rated yet.",
    no_record_yet: "Nothing recorded yet.",
    ended_heading: "Goals reached, let go or changed",
    review_heading: "Due for review",
    review_intro: "These goals have reached their review or target date. What would you like to do?",
    keep_going: "Keep going",
    next_review_label: "Next review date",
    keep_going_confirm: "Keep going until then",
    change_it: "Change it",
    adjust_intro: "Write the new version. The earlier one stays in the plan to read.",
    save_new_version: "Save the new version",
    reached_it: "We reached it!",
    let_go: "Let it go",
    let_go_reason: "Why let it go? In your own words",
    let_go_confirm: "Let this goal go",
    replace_goal: "Set a new goal in its place",
    replace_intro: "The new goal remembers the one it replaces.",
    save_new_goal: "Save the new goal",
    new_wording_label: "The goal, in your own words",
    steps_at_review: "Steps for this goal",
    step_habit: "It is part of my life now",
    stop_step: "Stop this step",
    stop_reason: "Why stop? In your own words",
    cancel: "Cancel",
    history_intro: "Who changed what, and when. Newest first.",
    history_filter: "Show",
    history_everything: "Everything",
    history_empty: "Nothing here yet.",
    calendar_heading: "Reminders in your calendar",
    calendar_intro: "CoPlan cannot remind you by itself, because nothing is kept on a server. Add these reminders to your own calendar instead. If you download them again, they are updated, not added twice.",
    calendar_days: "Remind me to check in on",
    calendar_time: "At what time?",
    calendar_reviews: "The review dates of my goals",
    calendar_visit: "My next appointment",
    calendar_goal_words: "Put my goals' words in the reminders (others may see your calendar)",
    calendar_download: "Download the reminders",
    calendar_nothing: "Choose at least one reminder first.",
    calendar_done: "Done. Open the file to add the reminders to your calendar.",
    cal_check_in: "Check in with CoPlan",
    cal_check_in_details: "How did it go this week? It takes two minutes.",
    cal_review: "Review my goal",
    cal_review_details: "Open CoPlan to see how it went and what comes next.",
    cal_next_visit: "My appointment",
    next_visit_heading: "Prepare my next visit",
    next_visit_intro: "Start the agenda from what is open since last time. Untick anything you do not want to bring.",
    next_visit_date: "Date of the visit",
    next_visit_start: "Start my agenda with these",
    next_visit_none: "Nothing open to suggest. Write your own topics below.",
    next_visit_done: "Your agenda has started. You can change it below.",
    smaller_step: "This step may be hard to keep. Could it be smaller or easier, so you feel at least 7 out of 10 sure? It will be suggested for your next visit, or you can change it on the steps screen.",
    show_older: "Show older changes",
    calendar_failed: "This browser did not save the file. Please try again, or try another browser.",
    why_label: "Why",
    weekdays: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    level_question: |goal| format!("Where are you now with: {goal}?"),
    level_option: |name, words| {
        if words.is_empty() {
            name.to_string()
        } else {
            format!("{name}: {words}")
        }
    },
    outcome_question: |what| format!("How did it go: {what}?"),
    outcome_name: |o| match o {
        ActionOutcome::Done => "Done",
        ActionOutcome::Partly => "Partly",
        ActionOutcome::NotThisTime => "Not this time",
        ActionOutcome::Skipped => "Skipped on purpose (away, ill)",
    },
    who_option: |who| match who {
        None | Some(AuthorRole::Person) => "Me, on my own",
        Some(AuthorRole::Clinician) => "Together with my clinician",
        Some(AuthorRole::Supporter) => "Together with someone who supports me",
    },
    able_now_label: |area| format!("{area}: how able do you feel now?"),
    saved_for: |date| format!("Check-in saved for {date}."),
    too_early: |date| format!("The plan began on {date}. Choose that day or later."),
    check_in_line: |date, goals, steps| {
        let g = if goals == 1 { "1 goal".to_string() } else { format!("{goals} goals") };
        let s = if steps == 1 { "1 step".to_string() } else { format!("{steps} steps") };
        format!("{date}: {g} rated, {s} recorded")
    },
    edit_check_in: |date| format!("Edit the check-in of {date}"),
    earlier_version: |date| format!("As first written, for {date}"),
    score_summary: |score, date, goals| {
        let g = if goals == 1 { "1 goal".to_string() } else { format!("{goals} goals") };
        format!("Latest score: {score} on {date}, from {g}.")
    },
    goal_chart_title: |goal| format!("Levels over time: {goal}"),
    goal_summary: |times, level| {
        let t = if times == 1 { "once".to_string() } else { format!("{times} times") };
        format!("Rated {t}. Latest: {level}.")
    },
    action_chart_title: |what| format!("How it went over time: {what}"),
    action_summary: |done, tried, gaps| {
        format!("Done or partly {done} of {tried} times it was tried. Not recorded: {gaps}.")
    },
    weight_label: |goal| format!("How much it counts: {goal}"),
    due_line: |date, days_past| match days_past {
        0 => format!("Review date: {date} (today)"),
        1 => format!("Review date: {date} (yesterday)"),
        d if d > 1 => format!("Review date: {date} ({d} days ago)"),
        -1 => format!("Review date: {date} (tomorrow)"),
        d => format!("Review date: {date} (in {} days)", -d),
    },
    celebrate: |goal| format!("Well done! You reached: {goal}"),
    ended_line: |how, date| match how {
        EndKind::Achieved => format!("Reached on {date}"),
        EndKind::LetGo => format!("Let go on {date}"),
        EndKind::Adjusted => format!("Changed on {date} into a new version"),
    },
    replaces_line: |old| format!("In place of: {old}"),
    because: |b| match b {
        Because::ReviewDue(_) => "due for review by the visit",
        Because::BelowExpected(_) => "last rated below what was expected",
        Because::NotRatedLately(_) => "not rated for six weeks or more",
        Because::NotThisTimeAgain(_) => "“not this time” twice or more in a row",
        Because::LowConfidence(_) => "you feel less than 7 out of 10 sure",
        Because::FromCheckIn(_) => "you wrote it in a check-in",
    },
    history_goal_option: |goal, ended| {
        if ended {
            format!("Goal: {goal} (ended)")
        } else {
            format!("Goal: {goal}")
        }
    },
    suggestions_count: |n| match n {
        1 => "1 suggestion".to_string(),
        n => format!("{n} suggestions"),
    },
};
