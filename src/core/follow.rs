//! Following a plan through between visits: what check-ins add up to (each goal's
//! levels over time, each action's follow-through, the combined attainment score),
//! what is due for review, and what the next visit's agenda could start from.
//!
//! Everything here reads check-ins in date order, whatever order they were entered in
//! (Sam catches up on missed weeks), and treats anything not answered as "not
//! recorded": a gap, never "not done" and never level −2.

use super::id::Id;
use super::plan::*;
use super::time::CalendarDate;
use std::collections::{HashMap, HashSet};

/// The correlation between goals assumed by the Kiresuk–Sherman formula.
pub const RHO: f64 = 0.3;

/// A goal not rated for this many days is suggested for the next visit.
pub const NOT_RATED_DAYS: i64 = 42;

/// Goals whose review or target date falls within this many days are "coming up".
pub const DUE_SOON_DAYS: i64 = 7;

/// The combined goal attainment T-score (Kiresuk & Sherman, 1968):
/// `50 + 10 Σwᵢxᵢ / √((1−ρ)Σwᵢ² + ρ(Σwᵢ)²)`. Only rated goals are given; with none
/// there is no score (never 0, never 50).
pub fn t_score(rated: &[(AttainmentLevel, f64)]) -> Option<f64> {
    if rated.is_empty() {
        return None;
    }
    let sum_wx: f64 = rated.iter().map(|(x, w)| w * f64::from(x.value())).sum();
    let sum_w2: f64 = rated.iter().map(|(_, w)| w * w).sum();
    let sum_w: f64 = rated.iter().map(|(_, w)| w).sum();
    let denominator = ((1.0 - RHO) * sum_w2 + RHO * sum_w * sum_w).sqrt();
    (denominator > 0.0).then(|| 50.0 + 10.0 * sum_wx / denominator)
}

/// A goal's weight in the combined score.
pub fn weight_of(goal: &Goal) -> f64 {
    f64::from(goal.weight.unwrap_or(1))
}

/// Live check-ins in date order; two on one day in the order they were written.
pub fn check_ins_by_date(plan: &Plan) -> Vec<&Entry<CheckIn>> {
    let mut list: Vec<_> = Plan::live(&plan.check_ins).collect();
    list.sort_by(|a, b| {
        (a.body.date, a.created.at, &a.id).cmp(&(b.body.date, b.created.at, &b.id))
    });
    list
}

fn level_in(c: &CheckIn, goal: &Id) -> Option<AttainmentLevel> {
    c.goal_levels
        .iter()
        .find(|(g, _)| g == goal)
        .map(|(_, l)| *l)
}

fn outcome_in(c: &CheckIn, action: &Id) -> Option<ActionOutcome> {
    c.action_outcomes
        .iter()
        .find(|(a, _)| a == action)
        .map(|(_, o)| *o)
}

fn confidence_in(c: &CheckIn, action: &Id) -> Option<u8> {
    c.action_confidence
        .iter()
        .find(|(a, _)| a == action)
        .map(|(_, v)| *v)
}

/// One goal's ratings in date order: one per day (the last written that day).
pub fn goal_levels(plan: &Plan, goal: &Id) -> Vec<(CalendarDate, AttainmentLevel)> {
    let mut out: Vec<(CalendarDate, AttainmentLevel)> = vec![];
    for c in check_ins_by_date(plan) {
        if let Some(level) = level_in(&c.body, goal) {
            match out.last_mut() {
                Some(last) if last.0 == c.body.date => last.1 = level,
                _ => out.push((c.body.date, level)),
            }
        }
    }
    out
}

/// Notes on steps and nothing else, as a supporter sends back from their copy: no
/// check-in of the steps, so it marks none of them "not recorded".
pub fn only_step_notes(c: &CheckIn) -> bool {
    !c.action_notes.is_empty()
        && c.action_outcomes.is_empty()
        && c.action_confidence.is_empty()
        && c.goal_levels.is_empty()
        && c.confidence.is_none()
        && c.able_now.is_empty()
        && c.joined_up.is_none()
        && c.note.trim().is_empty()
}

/// One check-in date seen from one action.
#[derive(Clone, Debug, PartialEq)]
pub struct ActionMark {
    pub date: CalendarDate,
    /// None: not recorded (a gap).
    pub outcome: Option<ActionOutcome>,
    pub confidence: Option<u8>,
}

/// An action's follow-through at every check-in date from when it was agreed until it
/// ended at a review (and any check-in outside those that answered it); dates that did
/// not answer it are gaps.
pub fn action_marks(plan: &Plan, action: &Id) -> Vec<ActionMark> {
    let Some(a) = plan.actions.iter().find(|a| &a.id == action) else {
        return vec![];
    };
    let (since, until) = asked_between(a);
    let mut out: Vec<ActionMark> = vec![];
    for c in check_ins_by_date(plan)
        .into_iter()
        .filter(|c| !only_step_notes(&c.body))
    {
        let outcome = outcome_in(&c.body, action);
        let confidence = confidence_in(&c.body, action);
        let answered = outcome.is_some() || confidence.is_some();
        if !answered && (c.body.date < since || until.is_some_and(|u| c.body.date >= u)) {
            continue;
        }
        match out.last_mut() {
            Some(last) if last.date == c.body.date => {
                if answered {
                    last.outcome = outcome.or(last.outcome);
                    last.confidence = confidence.or(last.confidence);
                }
            }
            _ => out.push(ActionMark {
                date: c.body.date,
                outcome,
                confidence,
            }),
        }
    }
    out
}

/// The days a check-in asks about a step: from the day it was written until before the
/// day it ended at a review, if it has (as `actions_on`). A check-in after that does not
/// ask, so its silence is no gap.
fn asked_between(a: &Entry<Action>) -> (CalendarDate, Option<CalendarDate>) {
    (
        CalendarDate::from_timestamp(a.created.at),
        a.body.ended.as_ref().map(|e| e.on),
    )
}

/// Every action's marks at once, in one pass over the check-ins: the same as calling
/// [`action_marks`] for each, without rereading every check-in per action (a plan with
/// years of weekly check-ins draws its progress screen from this).
pub fn all_action_marks(plan: &Plan) -> HashMap<Id, Vec<ActionMark>> {
    type Answers<'a> = HashMap<&'a Id, (Option<ActionOutcome>, Option<u8>)>;
    let check_ins: Vec<(CalendarDate, Answers)> = check_ins_by_date(plan)
        .into_iter()
        .filter(|c| !only_step_notes(&c.body))
        .map(|c| {
            let mut answers: Answers = HashMap::new();
            for (a, o) in &c.body.action_outcomes {
                answers.entry(a).or_default().0.get_or_insert(*o);
            }
            for (a, v) in &c.body.action_confidence {
                answers.entry(a).or_default().1.get_or_insert(*v);
            }
            (c.body.date, answers)
        })
        .collect();
    let mut out: HashMap<Id, Vec<ActionMark>> = HashMap::new();
    for a in &plan.actions {
        let (since, until) = asked_between(a);
        let mut marks: Vec<ActionMark> = vec![];
        for (date, answers) in &check_ins {
            let (outcome, confidence) = answers.get(&a.id).copied().unwrap_or_default();
            let answered = outcome.is_some() || confidence.is_some();
            if !answered && (*date < since || until.is_some_and(|u| *date >= u)) {
                continue;
            }
            match marks.last_mut() {
                Some(last) if last.date == *date => {
                    if answered {
                        last.outcome = outcome.or(last.outcome);
                        last.confidence = confidence.or(last.confidence);
                    }
                }
                _ => marks.push(ActionMark {
                    date: *date,
                    outcome,
                    confidence,
                }),
            }
        }
        out.insert(a.id.clone(), marks);
    }
    out
}

/// How often an action was done, in counts (not recorded is its own count).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FollowThrough {
    pub done: usize,
    pub partly: usize,
    pub not_this_time: usize,
    pub skipped: usize,
    pub not_recorded: usize,
}

impl FollowThrough {
    /// Done or partly, out of the times it was recorded and not skipped on purpose.
    pub fn rate(&self) -> Option<(usize, usize)> {
        let tried = self.done + self.partly + self.not_this_time;
        (tried > 0).then_some((self.done + self.partly, tried))
    }
}

pub fn follow_through(marks: &[ActionMark]) -> FollowThrough {
    let mut f = FollowThrough::default();
    for m in marks {
        match m.outcome {
            Some(ActionOutcome::Done) => f.done += 1,
            Some(ActionOutcome::Partly) => f.partly += 1,
            Some(ActionOutcome::NotThisTime) => f.not_this_time += 1,
            Some(ActionOutcome::Skipped) => f.skipped += 1,
            None => f.not_recorded += 1,
        }
    }
    f
}

/// The combined score on one check-in date.
#[derive(Clone, Debug, PartialEq)]
pub struct ScorePoint {
    pub date: CalendarDate,
    pub score: f64,
    /// How many goals the score is made of.
    pub goals: usize,
}

/// The combined score at each check-in date: every goal at its latest rating on or
/// before that date, leaving out goals never rated by then and goals that had ended
/// before it (let go or adjusted: the new version carries on).
pub fn t_scores(plan: &Plan) -> Vec<ScorePoint> {
    let goals: Vec<&Entry<Goal>> = Plan::live(&plan.goals).collect();
    // For each goal, the goals that replace it (its new versions): few, so looking them
    // up at every date costs little on a five-year plan.
    let replacers: Vec<Vec<usize>> = goals
        .iter()
        .map(|g| {
            (0..goals.len())
                .filter(|&j| goals[j].body.replaces.as_ref() == Some(&g.id))
                .collect()
        })
        .collect();
    let mut latest: Vec<Option<AttainmentLevel>> = vec![None; goals.len()];
    let mut out: Vec<ScorePoint> = vec![];
    let check_ins = check_ins_by_date(plan);
    for (i, c) in check_ins.iter().enumerate() {
        for (slot, g) in latest.iter_mut().zip(&goals) {
            if let Some(level) = level_in(&c.body, &g.id) {
                *slot = Some(level);
            }
        }
        let last_of_day = check_ins
            .get(i + 1)
            .is_none_or(|next| next.body.date != c.body.date);
        if !last_of_day {
            continue;
        }
        // A goal whose new version has been rated by then counts as that version only
        // (a week caught up on may have rated the new one before the old one ended).
        let rated: Vec<(AttainmentLevel, f64)> = goals
            .iter()
            .zip(&latest)
            .zip(&replacers)
            .filter(|((g, _), by)| {
                g.body
                    .ended
                    .as_ref()
                    .is_none_or(|e| e.how == EndKind::Achieved || e.on >= c.body.date)
                    && !by.iter().any(|&j| latest[j].is_some())
            })
            .filter_map(|((g, l), _)| l.map(|l| (l, weight_of(&g.body))))
            .collect();
        if let Some(score) = t_score(&rated) {
            out.push(ScorePoint {
                date: c.body.date,
                score,
                goals: rated.len(),
            });
        }
    }
    out
}

/// How able the person feels in each capability: as first written, and now (their
/// latest check-in rating, or the first if none since).
pub fn able_then_and_now(plan: &Plan, capability: &Entry<Capability>) -> (Option<u8>, Option<u8>) {
    let start = capability.body.able_now;
    let now = check_ins_by_date(plan)
        .iter()
        .rev()
        .find_map(|c| {
            c.body
                .able_now
                .iter()
                .find(|(id, _)| id == &capability.id)
                .map(|(_, v)| *v)
        })
        .or(start);
    (start, now)
}

/// Goals still being worked on: not ended at a review, and not set aside in the
/// consultation (a goal set aside is not asked about, reviewed or reminded of; its
/// earlier ratings stay).
pub fn active_goals(plan: &Plan) -> impl Iterator<Item = &Entry<Goal>> {
    Plan::live(&plan.goals).filter(|g| {
        g.body.ended.is_none() && !matches!(g.body.agreement, Agreement::SetAside { .. })
    })
}

/// The goals a check-in dated `date` asks about: those being worked on that day —
/// written by then, not ended by then, not set aside. A check-in caught up on for a
/// missed week asks about that week's goals, not a version written since. (Written
/// "by then" allows a day: the stamp's date is UTC's, and late evening west of
/// Greenwich is already tomorrow there.)
pub fn goals_on(plan: &Plan, date: CalendarDate) -> impl Iterator<Item = &Entry<Goal>> {
    Plan::live(&plan.goals).filter(move |g| {
        CalendarDate::from_timestamp(g.created.at) <= date.add_days(1)
            && g.body.ended.as_ref().is_none_or(|e| e.on > date)
            && !matches!(g.body.agreement, Agreement::SetAside { .. })
    })
}

/// The steps a check-in dated `date` asks about, as [`goals_on`].
pub fn actions_on(plan: &Plan, date: CalendarDate) -> impl Iterator<Item = &Entry<Action>> {
    Plan::live(&plan.actions).filter(move |a| {
        CalendarDate::from_timestamp(a.created.at) <= date.add_days(1)
            && a.body.ended.as_ref().is_none_or(|e| e.on > date)
    })
}

/// Actions still being worked on: a step goes on until it is itself ended at a review,
/// even when its goal was let go (a preventer inhaler does not stop with a goal).
pub fn active_actions(plan: &Plan) -> impl Iterator<Item = &Entry<Action>> {
    Plan::live(&plan.actions).filter(|a| a.body.ended.is_none())
}

/// A goal's target date once the person keeps going with it (or a new version of it)
/// until `next_review`: a target that has come, or would make the goal due again at
/// once (within a week), moves to that review; a later one stays.
pub fn target_kept_going(
    target: Option<CalendarDate>,
    next_review: CalendarDate,
    today: CalendarDate,
) -> Option<CalendarDate> {
    target.map(|d| {
        if d <= today.add_days(DUE_SOON_DAYS) {
            next_review.max(d)
        } else {
            d
        }
    })
}

/// A goal whose review or target date has come (or comes within a week).
#[derive(Clone, Debug, PartialEq)]
pub struct Due {
    pub goal: Id,
    pub date: CalendarDate,
    /// Days past the date (0: today; negative: still to come).
    pub days_past: i64,
}

/// Goals to review, most overdue first.
pub fn due_for_review(plan: &Plan, today: CalendarDate) -> Vec<Due> {
    let mut out: Vec<Due> = active_goals(plan)
        .filter_map(|g| {
            let date = [g.body.review_date, g.body.target_date]
                .into_iter()
                .flatten()
                .min()?;
            let days_past = date.days_until(today);
            (days_past >= -DUE_SOON_DAYS).then(|| Due {
                goal: g.id.clone(),
                date,
                days_past,
            })
        })
        .collect();
    out.sort_by(|a, b| b.days_past.cmp(&a.days_past).then(a.goal.cmp(&b.goal)));
    out
}

/// The goals a goal grew from and into (adjusted or replaced), itself included.
pub fn goal_family(plan: &Plan, goal: &Id) -> HashSet<Id> {
    let mut family: HashSet<Id> = HashSet::from([goal.clone()]);
    loop {
        let before = family.len();
        for g in &plan.goals {
            if let Some(r) = &g.body.replaces {
                if family.contains(&g.id) || family.contains(r) {
                    family.insert(g.id.clone());
                    family.insert(r.clone());
                }
            }
        }
        if family.len() == before {
            return family;
        }
    }
}

/// Every entry that belongs to a goal's story: the goal and its earlier and later
/// versions, their actions, and the check-ins that rated any of them.
pub fn goal_story(plan: &Plan, goal: &Id) -> HashSet<Id> {
    let mut ids = goal_family(plan, goal);
    let actions: Vec<Id> = plan
        .actions
        .iter()
        .filter(|a| a.body.goal.as_ref().is_some_and(|g| ids.contains(g)))
        .map(|a| a.id.clone())
        .collect();
    ids.extend(actions);
    let check_ins: Vec<Id> = plan
        .check_ins
        .iter()
        .filter(|c| {
            c.body.goal_levels.iter().any(|(g, _)| ids.contains(g))
                || c.body.action_outcomes.iter().any(|(a, _)| ids.contains(a))
        })
        .map(|c| c.id.clone())
        .collect();
    ids.extend(check_ins);
    ids
}

/// A suggested topic for the next visit: the words and why it is there.
#[derive(Clone, Debug, PartialEq)]
pub struct Suggestion {
    pub because: Because,
    pub kind: AgendaKind,
    pub text: String,
    /// A note from the person's own check-in that is not a question: offered after the
    /// rest and not ticked, since not every passing note is meant for the visit.
    pub secondary: bool,
}

/// Everything [`next_visit_suggestions`] reads of a plan, with the dates. The agenda
/// screen keeps its suggestions while these stay the same: the lists are shared between
/// versions of a plan, so comparing them is comparing pointers, and typing on the agenda
/// does not recount years of check-ins at every key.
#[derive(Clone, Debug, PartialEq)]
pub struct SuggestionsFrom {
    goals: Shared<Vec<Entry<Goal>>>,
    actions: Shared<Vec<Entry<Action>>>,
    check_ins: Shared<Vec<Entry<CheckIn>>>,
    community_supports: Shared<Vec<Entry<CommunitySupport>>>,
    last_visit: Option<CalendarDate>,
    visit: CalendarDate,
    today: CalendarDate,
}

impl SuggestionsFrom {
    pub fn new(plan: &Plan, visit: CalendarDate, today: CalendarDate) -> Self {
        SuggestionsFrom {
            goals: plan.goals.clone(),
            actions: plan.actions.clone(),
            check_ins: plan.check_ins.clone(),
            community_supports: plan.community_supports.clone(),
            last_visit: last_visit(plan, today),
            visit,
            today,
        }
    }
}

/// The date of the last visit before `today`, if any.
fn last_visit(plan: &Plan, today: CalendarDate) -> Option<CalendarDate> {
    Plan::live(&plan.visits)
        .filter_map(|v| v.body.date)
        .filter(|d| *d < today)
        .max()
}

/// What the next visit's agenda could start from, in this order: goals due for review
/// by the visit; goals rated below expected, or not rated for six weeks; actions "not
/// this time" twice or more in a row; actions with confidence below 7; notes written in
/// check-ins since the last visit. One suggestion per goal or action (its first reason).
pub fn next_visit_suggestions(
    plan: &Plan,
    visit: CalendarDate,
    today: CalendarDate,
) -> Vec<Suggestion> {
    let mut out: Vec<Suggestion> = vec![];
    let mut seen: HashSet<Id> = HashSet::new();
    let mut push = |because: Because, id: &Id, kind: AgendaKind, text: &str| {
        if seen.insert(id.clone()) {
            out.push(Suggestion {
                because,
                kind,
                text: text.to_string(),
                secondary: false,
            });
        }
    };
    let goals: Vec<&Entry<Goal>> = active_goals(plan).collect();
    for g in &goals {
        let due = [g.body.review_date, g.body.target_date]
            .into_iter()
            .flatten()
            .any(|d| d <= visit);
        if due {
            push(
                Because::ReviewDue(g.id.clone()),
                &g.id,
                AgendaKind::Topic,
                &g.body.wording,
            );
        }
    }
    for g in &goals {
        let levels = goal_levels(plan, &g.id);
        match levels.last() {
            Some((_, level)) if level.value() <= -1 => push(
                Because::BelowExpected(g.id.clone()),
                &g.id,
                AgendaKind::Topic,
                &g.body.wording,
            ),
            last => {
                let since = last
                    .map(|(d, _)| *d)
                    .unwrap_or_else(|| CalendarDate::from_timestamp(g.created.at));
                if since.days_until(today) >= NOT_RATED_DAYS {
                    push(
                        Because::NotRatedLately(g.id.clone()),
                        &g.id,
                        AgendaKind::Topic,
                        &g.body.wording,
                    );
                }
            }
        }
    }
    let actions: Vec<&Entry<Action>> = active_actions(plan).collect();
    // Every step's marks in one pass (the agenda screen redraws this as the person types).
    let all_marks = all_action_marks(plan);
    let marks_of = |id: &Id| all_marks.get(id).map(Vec::as_slice).unwrap_or_default();
    for a in &actions {
        let in_a_row = marks_of(&a.id)
            .iter()
            .rev()
            .filter_map(|m| m.outcome)
            .filter(|o| *o != ActionOutcome::Skipped)
            .take_while(|o| *o == ActionOutcome::NotThisTime)
            .count();
        if in_a_row >= 2 {
            push(
                Because::NotThisTimeAgain(a.id.clone()),
                &a.id,
                AgendaKind::Topic,
                &a.body.what,
            );
        }
    }
    for a in &actions {
        let confidence = marks_of(&a.id)
            .iter()
            .rev()
            .find_map(|m| m.confidence)
            .or(a.body.confidence);
        if confidence.is_some_and(|c| c < CONFIDENCE_THRESHOLD) {
            push(
                Because::LowConfidence(a.id.clone()),
                &a.id,
                AgendaKind::Topic,
                &a.body.what,
            );
        }
    }
    let since = last_visit(plan, today);
    for c in Plan::live(&plan.community_supports) {
        let news = c
            .body
            .answers
            .iter()
            .rev()
            .find(|a| since.is_none_or(|s| a.on > s));
        if let Some(a) = news {
            let words = [&a.going, &a.person_words, &a.stopped_why, &a.for_clinician]
                .into_iter()
                .find(|w| !w.is_empty())
                .cloned()
                .unwrap_or_default();
            let text = if words.is_empty() {
                a.organisation.clone()
            } else {
                format!("{}: {words}", a.organisation)
            };
            push(
                Because::ReferralNews(c.id.clone()),
                &c.id,
                AgendaKind::Topic,
                &agenda_words(&text),
            );
        }
    }
    // "No, they did not know": the joining-up itself is a topic (the why, in the
    // person's words; the screen words it when they gave none).
    for c in check_ins_by_date(plan) {
        if since.is_some_and(|s| c.body.date <= s) {
            continue;
        }
        if let Some(j) = c
            .body
            .joined_up
            .as_ref()
            .filter(|j| j.answer == JoinedUpAnswer::No)
        {
            let key = Id::short_digest(&format!("{}/joined-up", c.id));
            push(
                Because::JoiningUp(c.id.clone()),
                &key,
                AgendaKind::Topic,
                &agenda_words(&j.why),
            );
        }
    }
    for c in check_ins_by_date(plan) {
        if since.is_some_and(|s| c.body.date <= s) {
            continue;
        }
        let notes = std::iter::once(c.body.note.as_str())
            .chain(c.body.action_notes.iter().map(|(_, n)| n.as_str()));
        for (i, note) in notes.enumerate() {
            let note = note.trim();
            if note.is_empty() {
                continue;
            }
            let kind = if note.ends_with('?') || note.ends_with('？') {
                AgendaKind::Question
            } else {
                AgendaKind::Topic
            };
            let key = Id::short_digest(&format!("{}/{i}", c.id));
            push(
                Because::FromCheckIn(c.id.clone()),
                &key,
                kind,
                &agenda_words(note),
            );
        }
    }
    // A supporter's note is for the person to hear, and a question is for the visit; the
    // person's own passing notes come after everything else, offered rather than chosen.
    for s in &mut out {
        if let Because::FromCheckIn(id) = &s.because {
            let by_supporter = plan
                .check_ins
                .iter()
                .any(|c| &c.id == id && !c.body.by_name.is_empty());
            s.secondary = s.kind == AgendaKind::Topic && !by_supporter;
        }
    }
    let (mut first, then): (Vec<_>, Vec<_>) = out.into_iter().partition(|s| !s.secondary);
    first.extend(then);
    first
}

/// The person's joining-up answers, oldest first: (date, answer, why).
pub fn joined_up_over_time(plan: &Plan) -> Vec<(CalendarDate, JoinedUp)> {
    check_ins_by_date(plan)
        .into_iter()
        .filter_map(|c| c.body.joined_up.clone().map(|j| (c.body.date, j)))
        .collect()
}

/// A check-in note may be longer than an agenda topic can hold: the topic takes its
/// start (the note itself stays whole in the check-in).
fn agenda_words(note: &str) -> String {
    let max = super::change::MAX_TEXT;
    if note.chars().count() <= max {
        return note.to_string();
    }
    let mut cut: String = note.chars().take(max - 1).collect();
    cut.push('…');
    cut
}
