// A large plan, made from a fixed seed, in CoPlan's saved form: 30 goals, 90 actions,
// 40 supporters, 25 community supports, 30 helps and hindrances, 15 safety-net lines,
// 20 visits with 10 agenda items each, five years of weekly check-ins and a full history.
// `scale` (0..1] keeps that share of every list, for finding what fits a link.
export function largePlan(scale = 1) {
  let seed = 20261202;
  const rand = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
  const hex = (n) => Array.from({ length: n }, () => Math.floor(rand() * 16).toString(16)).join('');
  const id = () => `${hex(8)}-${hex(4)}-4${hex(3)}-8${hex(3)}-${hex(12)}`;
  const words = ['walk', 'garden', 'choir', 'breathing', 'Lily', 'school', 'sugars', 'knee', 'Tom', 'bus', 'rest', 'friends', 'shopping', 'morning', 'evening'];
  const text = (n) => Array.from({ length: n }, () => words[Math.floor(rand() * words.length)]).join(' ');
  const day = 24 * 3600 * 1000;
  const start = 1640995200000;
  const stamp = (i) => ({ at: start + i * day, by: ['person', 'clinician', 'supporter'][i % 3] });
  const n = (count) => Math.max(1, Math.round(count * scale));
  const entry = (body, i) => ({ id: id(), created: stamp(i), changed: stamp(i + 1), body });
  const goals = Array.from({ length: n(30) }, (_, i) => entry({
    wording: `Goal ${i}: ${text(8)}`, capability: null, proposed_by: 'person',
    person_view: { why_it_matters: text(12), concerns: text(6), priority: 'high' },
    clinician_view: { why_it_matters: text(10), concerns: text(6), priority: 'medium' },
    agreement: { state: 'agreed' }, attainment_levels: [text(5), text(5), text(5), text(5), text(5)],
    baseline: -1, target_date: '2027-06-01', review_date: '2027-03-01', measures: [{ name: 'HbA1c', current: '58', target: '53' }],
  }, i));
  const actions = Array.from({ length: n(90) }, (_, i) => entry({
    what: `Step ${i}: ${text(6)}`, how_much: '10 minutes', when: 'after lunch', how_often: '5 days a week', with_whom: 'Ana',
    goal: goals[i % goals.length].id, responsible: { kind: 'person' }, confidence: 7 + (i % 4),
    if_then: [{ if_: text(4), then: text(5) }],
  }, i));
  const list = (count, body) => Array.from({ length: n(count) }, (_, i) => entry(body(i), i));
  const visits = list(20, (i) => ({ date: `2026-${String(1 + (i % 12)).padStart(2, '0')}-10`, with_whom: 'Practice nurse',
    changes_since_last_time: text(10), worries: text(10), hopes: text(8), discussed: text(10), decided: text(8), next_review: null }));
  const agenda = visits.flatMap((v, j) => Array.from({ length: 10 }, (_, i) => entry({ visit: v.id, kind: i % 3 ? 'topic' : 'question', text: text(7), discussed: false }, j * 10 + i)));
  const checkIns = list(260, (i) => ({ date: new Date(start + i * 7 * day).toISOString().slice(0, 10),
    goal_levels: goals.map((g, k) => [g.id, ((i + k) % 5) - 2]), action_outcomes: actions.map((a, k) => [a.id, ['done', 'partly', 'not_this_time'][(i + k) % 3]]),
    confidence: 7, note: text(6) }));
  const history = Array.from({ length: Math.round(2000 * scale) || 1 }, (_, i) => ({ stamp: stamp(i), verb: 'edited', list: 'goals', label: text(6) }));
  return {
    format: 'coplan-plan', schema_version: 3,
    plan: {
      id: 'large-plan-0001', name: 'A plan of five years', created: stamp(0), changed: stamp(2000), revision: 5000, is_sample: false,
      what_matters: list(10, () => ({ text: text(10) })),
      capabilities: [],
      goals, actions,
      supporters: list(40, (i) => ({ name: `Person ${i}`, role: 'Friend', how_they_help: text(8), involvement: 'shares_tasks' })),
      helps_and_hindrances: list(30, (i) => ({ text: text(8), kind: 'social', effect: i % 2 ? 'helps' : 'gets_in_the_way', goals: [], capabilities: [] })),
      community_supports: list(25, (i) => ({ name: `Group ${i}`, offer: text(8), contact: '01234 567890', referral: 'referred', how_it_went: text(8), goals: [] })),
      safety_net: list(15, (i) => ({ zone: ['green', 'amber', 'red'][i % 3], signs: text(6), what_to_do: text(8), contact: 'The practice' })),
      visits, agenda_items: agenda, check_ins: checkIns, history,
    },
  };
}
