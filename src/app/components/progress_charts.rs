//! Progress pictures drawn by hand as SVG: a chart library would add tens of KB and
//! could not carry the accessibility markup. Each picture is `role="img"` with a title
//! and a description, and is followed by a table of the same figures (in the pages).
//! Black and white on paper: shapes and dashes carry the meaning, never colour alone.
//! Plain functions, not components: they hold no state, and each component costs the
//! download several KB of generic code.

use crate::core::follow::{ActionMark, ScorePoint};
use crate::core::{ActionOutcome, AttainmentLevel, CalendarDate};
use crate::text::tenths;
use yew::prelude::*;

const WIDTH: f64 = 600.0;
const LEFT: f64 = 44.0;
const RIGHT: f64 = 16.0;

/// Maps dates onto the x axis, padding a single day so it sits in the middle.
struct TimeAxis {
    start: CalendarDate,
    days: f64,
}

impl TimeAxis {
    fn new(dates: impl Iterator<Item = CalendarDate>) -> Option<Self> {
        let dates: Vec<CalendarDate> = dates.collect();
        let first = *dates.iter().min()?;
        let last = *dates.iter().max()?;
        let span = first.days_until(last);
        let (start, days) = if span == 0 {
            (first.add_days(-7), 14.0)
        } else {
            (first, span as f64)
        };
        Some(TimeAxis { start, days })
    }
    fn x(&self, d: CalendarDate) -> f64 {
        LEFT + (WIDTH - LEFT - RIGHT) * self.start.days_until(d) as f64 / self.days
    }
}

/// The frame every chart shares: the accessible name and description, then content.
fn frame(id: &str, title: &str, desc: &str, height: f64, body: Html) -> Html {
    html! {
        <svg class="chart" role="img" viewBox={format!("0 0 {} {}", tenths(WIDTH), tenths(height))}
            aria-labelledby={format!("{id}-title {id}-desc")} id={id.to_string()}>
            <title id={format!("{id}-title")}>{ title }</title>
            <desc id={format!("{id}-desc")}>{ desc }</desc>
            { body }
        </svg>
    }
}

/// The first and last dates under a chart. Dates too close to be told apart on the
/// axis (two check-ins a few days apart on an axis running to a review weeks away)
/// share one label, "1/12–6/12", so the two never print over each other.
fn date_labels(axis: &TimeAxis, first: CalendarDate, last: CalendarDate, y: f64) -> Html {
    /// Room for two labels ("30/12" runs about 40 units) and a gap, in the chart's units.
    const ROOM: f64 = 96.0;
    let short = |d: CalendarDate| format!("{}/{}", d.day, d.month);
    let text = |x: f64, anchor: &'static str, words: String| {
        html! {
            <text x={tenths(x)} y={tenths(y)} text-anchor={anchor} class="chart-axis">{ words }</text>
        }
    };
    let (x1, x2) = (axis.x(first), axis.x(last));
    if first == last {
        return text(x1, "start", short(first));
    }
    if x2 - x1 < ROOM {
        // Run inwards from whichever edge is nearer, so it is never cut off either.
        let (x, anchor) = if x1 > WIDTH - 140.0 {
            (x2, "end")
        } else {
            (x1, "start")
        };
        return text(x, anchor, format!("{}–{}", short(first), short(last)));
    }
    html! { <>{ text(x1, "start", short(first)) }{ text(x2, "end", short(last)) }</> }
}

#[derive(Clone, PartialEq)]
pub struct LevelChartProps {
    pub id: String,
    pub title: String,
    pub desc: String,
    pub levels: Vec<(CalendarDate, AttainmentLevel)>,
    /// Where the goal started, and when.
    pub baseline: Option<(CalendarDate, AttainmentLevel)>,
    /// (date, label) for the target and review dates.
    pub marks: Vec<(CalendarDate, &'static str)>,
    pub expected_label: &'static str,
    pub baseline_label: &'static str,
}

/// A goal's level over time as steps on the five-level scale, with the expected level
/// (0) dashed, the starting point as an open square, and target and review dates.
pub fn level_chart(props: &LevelChartProps) -> Html {
    const TOP: f64 = 16.0;
    const ROW: f64 = 30.0;
    let height = TOP + ROW * 4.0 + 50.0;
    let y = |l: AttainmentLevel| TOP + ROW * f64::from(2 - l.value());
    let dates = props
        .levels
        .iter()
        .map(|(d, _)| *d)
        .chain(props.baseline.map(|(d, _)| d))
        .chain(props.marks.iter().map(|(d, _)| *d));
    let Some(axis) = TimeAxis::new(dates) else {
        return html! {};
    };
    let mut path = String::new();
    for (i, (d, l)) in props.levels.iter().enumerate() {
        let (px, py) = (axis.x(*d), y(*l));
        if i == 0 {
            path.push_str(&format!("M{},{}", tenths(px), tenths(py)));
        } else {
            path.push_str(&format!(" H{} V{}", tenths(px), tenths(py)));
        }
    }
    let grid = AttainmentLevel::ALL.iter().map(|l| {
        let ly = y(*l);
        let expected = *l == AttainmentLevel::EXPECTED;
        let label = match l.value() {
            v if v > 0 => format!("+{v}"),
            v if v < 0 => format!("−{}", -v),
            _ => "0".to_string(),
        };
        html! {
            <g key={l.value()}>
                <line x1={tenths(LEFT)} x2={tenths(WIDTH - RIGHT)} y1={tenths(ly)} y2={tenths(ly)}
                    class={if expected { "chart-expected" } else { "chart-grid" }} />
                <text x={tenths(LEFT - 8.0)} y={tenths(ly + 4.0)} text-anchor="end" class="chart-axis">{ label }</text>
            </g>
        }
    });
    let bottom = TOP + ROW * 4.0;
    html! {
        { frame(&props.id, &props.title, &props.desc, height, html! {
            <>
                { for grid }
                <text x={tenths(WIDTH - RIGHT)} y={tenths(y(AttainmentLevel::EXPECTED) - 4.0)} text-anchor="end" class="chart-note">{ &props.expected_label }</text>
                { for props.marks.iter().enumerate().map(|(i, (d, label))| {
                    let x = axis.x(*d);
                    // Near an edge the words run inwards, so they are never cut off.
                    let anchor = if x > WIDTH - 90.0 { "end" } else if x < LEFT + 60.0 { "start" } else { "middle" };
                    html! {
                        <g key={i}>
                            <line x1={tenths(x)} x2={tenths(x)} y1={tenths(TOP)} y2={tenths(bottom)} class="chart-date-mark" />
                            <text x={tenths(x)} y={tenths(bottom + 32.0 + 12.0 * (i % 2) as f64)} text-anchor={anchor} class="chart-note">{ label }</text>
                        </g>
                    }
                }) }
                if let Some((d, l)) = props.baseline {
                    <rect class="chart-baseline" x={tenths(axis.x(d) - 5.0)} y={tenths(y(l) - 5.0)} width="10" height="10">
                        <title>{ &props.baseline_label }</title>
                    </rect>
                }
                <path d={path} class="chart-line" />
                { for props.levels.iter().map(|(d, l)| html! {
                    <circle key={d.to_string()} cx={tenths(axis.x(*d))} cy={tenths(y(*l))} r="5" class="chart-point" />
                }) }
                if let (Some((first, _)), Some((last, _))) = (props.levels.first(), props.levels.last()) {
                    { date_labels(&axis, *first, *last, bottom + 16.0) }
                }
            </>
        }) }
    }
}

#[derive(Clone, PartialEq)]
pub struct FollowThroughChartProps {
    pub id: String,
    pub title: String,
    pub desc: String,
    pub marks: Vec<ActionMark>,
}

/// A step's follow-through at each check-in (● done, ◐ partly, ✕ not this time, – skipped,
/// nothing for not recorded: gaps stay gaps) above its confidence, 0–10.
pub fn follow_through_chart(props: &FollowThroughChartProps) -> Html {
    const ROW_Y: f64 = 24.0;
    const CONF_TOP: f64 = 52.0;
    const CONF_H: f64 = 80.0;
    let height = CONF_TOP + CONF_H + 26.0;
    let Some(axis) = TimeAxis::new(props.marks.iter().map(|m| m.date)) else {
        return html! {};
    };
    let cy = |c: u8| CONF_TOP + CONF_H * (1.0 - f64::from(c) / 10.0);
    // Confidence as line runs broken at gaps.
    let mut runs: Vec<Vec<(f64, f64)>> = vec![];
    let mut run: Vec<(f64, f64)> = vec![];
    for m in &props.marks {
        match m.confidence {
            Some(c) => run.push((axis.x(m.date), cy(c))),
            None => runs.push(std::mem::take(&mut run)),
        }
    }
    runs.push(run);
    let symbol = |m: &ActionMark| {
        let x = axis.x(m.date);
        match m.outcome {
            Some(ActionOutcome::Done) => {
                html! { <circle cx={tenths(x)} cy={tenths(ROW_Y)} r="7" class="mark-done" /> }
            }
            Some(ActionOutcome::Partly) => html! {
                <g class="mark-partly">
                    <circle cx={tenths(x)} cy={tenths(ROW_Y)} r="7" class="mark-open" />
                    <path d={format!("M{},{} a7,7 0 0,0 0,14 z", tenths(x), tenths(ROW_Y - 7.0))} class="mark-fill" />
                </g>
            },
            Some(ActionOutcome::NotThisTime) => html! {
                <path d={format!("M{},{} l12,12 m0,-12 l-12,12", tenths(x - 6.0), tenths(ROW_Y - 6.0))} class="mark-not" />
            },
            Some(ActionOutcome::Skipped) => html! {
                <line x1={tenths(x - 7.0)} x2={tenths(x + 7.0)} y1={tenths(ROW_Y)} y2={tenths(ROW_Y)} class="mark-skipped" />
            },
            None => html! {},
        }
    };
    html! {
        { frame(&props.id, &props.title, &props.desc, height, html! {
            <>
                { for [0u8, 5, 10].iter().map(|c| html! {
                    <g key={*c}>
                        <line x1={tenths(LEFT)} x2={tenths(WIDTH - RIGHT)} y1={tenths(cy(*c))} y2={tenths(cy(*c))} class="chart-grid" />
                        <text x={tenths(LEFT - 8.0)} y={tenths(cy(*c) + 4.0)} text-anchor="end" class="chart-axis">{ c }</text>
                    </g>
                }) }
                { for props.marks.iter().enumerate().map(|(i, m)| html! { <g key={i}>{ symbol(m) }</g> }) }
                { for runs.iter().filter(|r| !r.is_empty()).enumerate().map(|(i, run)| {
                    let points: Vec<String> = run.iter().map(|(x, y)| format!("{},{}", tenths(*x), tenths(*y))).collect();
                    html! {
                        <g key={i}>
                            <polyline points={points.join(" ")} class="chart-line thin" />
                            { for run.iter().map(|(x, y)| html! { <rect x={tenths(x - 3.0)} y={tenths(y - 3.0)} width="6" height="6" class="chart-point" /> }) }
                        </g>
                    }
                }) }
                if let (Some(first), Some(last)) = (props.marks.first(), props.marks.last()) {
                    { date_labels(&axis, first.date, last.date, height - 6.0) }
                }
            </>
        }) }
    }
}

#[derive(Clone, PartialEq)]
pub struct ScoreChartProps {
    pub id: String,
    pub title: String,
    pub desc: String,
    pub points: Vec<ScorePoint>,
    pub expected_label: &'static str,
}

/// The combined score over time, 20–80, with 50 ("as expected") dashed.
pub fn score_chart(props: &ScoreChartProps) -> Html {
    const TOP: f64 = 12.0;
    const H: f64 = 140.0;
    let height = TOP + H + 28.0;
    let Some(axis) = TimeAxis::new(props.points.iter().map(|p| p.date)) else {
        return html! {};
    };
    let y = |s: f64| TOP + H * (1.0 - (s.clamp(20.0, 80.0) - 20.0) / 60.0);
    let points: Vec<String> = props
        .points
        .iter()
        .map(|p| format!("{},{}", tenths(axis.x(p.date)), tenths(y(p.score))))
        .collect();
    html! {
        { frame(&props.id, &props.title, &props.desc, height, html! {
            <>
                { for [20.0f64, 35.0, 50.0, 65.0, 80.0].iter().map(|s| html! {
                    <g key={*s as i32}>
                        <line x1={tenths(LEFT)} x2={tenths(WIDTH - RIGHT)} y1={tenths(y(*s))} y2={tenths(y(*s))}
                            class={if *s == 50.0 { "chart-expected" } else { "chart-grid" }} />
                        <text x={tenths(LEFT - 8.0)} y={tenths(y(*s) + 4.0)} text-anchor="end" class="chart-axis">{ *s as i32 }</text>
                    </g>
                }) }
                <text x={tenths(WIDTH - RIGHT)} y={tenths(y(50.0) - 4.0)} text-anchor="end" class="chart-note">{ &props.expected_label }</text>
                <polyline points={points.join(" ")} class="chart-line" />
                { for props.points.iter().map(|p| html! {
                    <circle key={p.date.to_string()} cx={tenths(axis.x(p.date))} cy={tenths(y(p.score))} r="5" class="chart-point" />
                }) }
                if let (Some(first), Some(last)) = (props.points.first(), props.points.last()) {
                    { date_labels(&axis, first.date, last.date, height - 6.0) }
                }
            </>
        }) }
    }
}
