use crate::app::hooks::use_text;
use crate::text::tenths;
use yew::prelude::*;

/// One spoke of the wheel: a life area and how able the person feels, now and wished.
#[derive(Clone, PartialEq)]
pub struct Spoke {
    pub area: AttrValue,
    pub now: Option<u8>,
    pub wished: Option<u8>,
}

/// One spoke per life area, in the order of `LifeArea::ALL`.
pub type Spokes = [Spoke; AREAS];

const AREAS: usize = crate::core::LifeArea::ALL.len();

#[derive(Properties, PartialEq)]
pub struct CapabilityWheelProps {
    pub spokes: Spokes,
    /// Unique on the page, to tie the picture to its title.
    pub id: AttrValue,
    /// What the solid line shows, if not "Now" (the wheel as it was at the start).
    #[prop_or_default]
    pub now_label: Option<AttrValue>,
}

/// The spokes for a plan: every life area, with the capability described there.
pub fn spokes(t: &crate::text::Text, plan: &crate::core::Plan) -> Spokes {
    crate::core::LifeArea::ALL.map(|area| {
        let c = crate::core::prepare::capability_for(plan, area);
        Spoke {
            area: (t.life_area_name)(area).into(),
            now: c.and_then(|c| c.body.able_now),
            wished: c.and_then(|c| c.body.wished),
        }
    })
}

const RADIUS: f64 = 100.0;

/// Each spoke's direction, the first straight up and on clockwise: eight life areas,
/// eighths of a turn. A table rather than sine and cosine, which would bring 8 KB of
/// the maths library into the first screen for these eight points.
const DIRECTIONS: [(f64, f64); AREAS] = {
    const H: f64 = std::f64::consts::FRAC_1_SQRT_2;
    [
        (0.0, -1.0),
        (H, -H),
        (1.0, 0.0),
        (H, H),
        (0.0, 1.0),
        (-H, H),
        (-1.0, 0.0),
        (-H, -H),
    ]
};

fn point(i: usize, value: f64) -> (f64, f64) {
    let (x, y) = DIRECTIONS[i % AREAS];
    (value * x, value * y)
}

fn polygon(values: impl Iterator<Item = f64>) -> String {
    values
        .enumerate()
        .map(|(i, v)| {
            let (x, y) = point(i, RADIUS * v / 10.0);
            format!("{},{}", tenths(x), tenths(y))
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Wraps an area name into short lines, so its letters can be large enough to read on
/// a phone (where the whole picture is drawn at about two thirds of its size) and still
/// fit beside the wheel.
fn lines(name: &str) -> Vec<String> {
    const WIDTH: usize = 13;
    let mut out: Vec<String> = vec![];
    for word in name.split_whitespace() {
        match out.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= WIDTH => {
                line.push(' ');
                line.push_str(word);
            }
            _ => out.push(word.to_string()),
        }
    }
    out
}

/// A radar picture of the life areas, now (solid) and wished (dashed), followed by the
/// same figures as a table: the picture is never the only way to read them.
#[function_component(CapabilityWheel)]
pub fn capability_wheel(props: &CapabilityWheelProps) -> Html {
    let t = use_text();
    let title_id = format!("{}-title", props.id);
    let rated = props
        .spokes
        .iter()
        .any(|s| s.now.is_some() || s.wished.is_some());
    let now = polygon(props.spokes.iter().map(|s| f64::from(s.now.unwrap_or(0))));
    let wished = polygon(
        props
            .spokes
            .iter()
            .map(|s| f64::from(s.wished.unwrap_or(0))),
    );
    let now_label = props
        .now_label
        .clone()
        .unwrap_or(AttrValue::Static(t.wheel_now));
    let score = |v: Option<u8>| {
        v.map(|v| (t.out_of_ten)(v))
            .unwrap_or_else(|| t.not_chosen.to_string())
    };
    html! {
        <figure class="wheel">
            <svg viewBox="-265 -200 530 400" role="img" aria-labelledby={title_id.clone()} focusable="false">
                <title id={title_id.clone()}>{ t.wheel_title }</title>
                { for [2.0, 4.0, 6.0, 8.0, 10.0].iter().map(|v| html! {
                    <polygon class="ring" points={polygon(std::iter::repeat_n(*v, AREAS))} />
                }) }
                { for (0..AREAS).map(|i| {
                    let (x, y) = point(i, RADIUS);
                    html! { <line class="axis" x1="0" y1="0" x2={tenths(x)} y2={tenths(y)} /> }
                }) }
                if rated {
                    <polygon class="wished" points={wished} />
                    <polygon class="now" points={now} />
                    // Dots mark each rating, so a single rated area still shows.
                    { for props.spokes.iter().enumerate().flat_map(|(i, s)| {
                        [(s.wished, "dot wished"), (s.now, "dot now")].into_iter().filter_map(move |(v, class)| {
                            v.map(|v| {
                                let (x, y) = point(i, RADIUS * f64::from(v) / 10.0);
                                html! { <circle {class} cx={tenths(x)} cy={tenths(y)} r="5" /> }
                            })
                        })
                    }) }
                }
                { for props.spokes.iter().enumerate().map(|(i, s)| {
                    let (x, y) = point(i, RADIUS + 12.0);
                    let anchor = if x.abs() < 1.0 { "middle" } else if x > 0.0 { "start" } else { "end" };
                    let parts = lines(&s.area);
                    let first_dy = if y < -1.0 { -(parts.len() as f64 - 1.0) * 1.1 } else if y > 1.0 { 0.8 } else { 0.3 };
                    html! {
                        <text class="area" x={tenths(x)} y={tenths(y)} text-anchor={anchor}>
                            { for parts.iter().enumerate().map(|(j, line)| html! {
                                <tspan x={tenths(x)} dy={format!("{}em", tenths(if j == 0 { first_dy } else { 1.1 }))}>{ line.clone() }</tspan>
                            }) }
                        </text>
                    }
                }) }
            </svg>
            <figcaption>
                <ul class="legend">
                    <li><span class="key now" aria-hidden="true"></span>{ now_label.clone() }</li>
                    <li><span class="key wished" aria-hidden="true"></span>{ t.wheel_wished }</li>
                </ul>
            </figcaption>
            <table class="wheel-table">
                <caption>{ t.wheel_table_caption }</caption>
                <thead><tr><th scope="col">{ t.life_area }</th><th scope="col">{ now_label }</th><th scope="col">{ t.wheel_wished }</th></tr></thead>
                <tbody>
                    { for props.spokes.iter().map(|s| html! {
                        <tr key={s.area.to_string()}><th scope="row">{ &s.area }</th><td>{ score(s.now) }</td><td>{ score(s.wished) }</td></tr>
                    }) }
                </tbody>
            </table>
        </figure>
    }
}
