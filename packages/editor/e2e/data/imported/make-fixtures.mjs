// Writes the imported-plan fixtures of e2e/readability-imported.spec.ts: ToC-Maker charts and
// Kumu-style CSV files shaped like real ones (uneven fan-in and fan-out, many-to-many links, long
// titles, a few links pointing backwards, evidence and assumptions on some connections). The
// content is invented; a seeded generator makes the same files every run.
// Run: node packages/editor/e2e/data/imported/make-fixtures.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** Mulberry32: small, seeded, the same numbers on every machine. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = {
  input: [
    'Programme funding from the trust',
    'Two youth workers',
    'Volunteer mentors',
    'Community hall space',
    'Partnership with the college',
    'Data sharing agreement',
    'Grant for transport',
    'Training budget',
  ],
  activity: [
    'Run weekly drop-in sessions',
    'Train volunteer mentors',
    'Hold careers fairs',
    'Visit families at home',
    'Deliver CV workshops',
    'Broker work placements',
    'Run peer support groups',
    'Offer one-to-one coaching',
    'Publish a local jobs bulletin',
    'Host employer breakfasts',
    'Run digital skills classes',
    'Organise taster days',
  ],
  output: [
    'Young people attend sessions',
    'Mentors are trained',
    'Placements are offered',
    'Families receive visits',
    'CVs are written',
    'Employers sign the pledge',
    'Peer groups meet monthly',
    'Coaching plans are agreed',
    'Bulletin reaches subscribers',
    'Classes are completed',
  ],
  outcome: [
    'Young people feel more confident',
    'Participants know where to look for work',
    'Employers trust local applicants',
    'Families support job seeking',
    'Participants gain recognised qualifications',
    'Young people keep a job for six months',
    'Fewer young people are not in education, employment or training',
    'Local employers recruit locally',
    'Participants manage money better',
    'Wellbeing improves',
    'Attendance at college rises',
    'Participants build professional networks',
  ],
  impact: ['A fairer local economy', 'Young people thrive', 'Lower youth unemployment in the borough', 'Stronger communities'],
};
const LONG = ' — especially for those who left school without qualifications, care leavers and young carers who face the greatest barriers to work';

/** A title from a pool, numbered when repeated; about one in eight is long (100+ characters). */
function titler(rand) {
  const used = new Map();
  return (pool) => {
    const base = pool[Math.floor(rand() * pool.length)];
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    const title = n === 1 ? base : `${base} (${n})`;
    return rand() < 0.12 ? title + LONG : title;
  };
}

const POOL_OF = (title) =>
  /input/i.test(title)
    ? WORDS.input
    : /activit/i.test(title)
      ? WORDS.activity
      : /output/i.test(title)
        ? WORDS.output
        : /impact|goal|mission/i.test(title)
          ? WORDS.impact
          : WORDS.outcome;

/**
 * A ToC-Maker chart: `sections` as [title, box count, columns]. Each box links to one to three
 * boxes in the next section or two on, chosen with a skew so that some boxes collect many links;
 * about 3% of boxes also link backwards.
 */
function tocMaker(title, seed, sections) {
  const rand = random(seed);
  const title_ = titler(rand);
  let next = 1;
  const built = sections.map(([name, count, columns = 1]) => {
    const nodes = Array.from({ length: count }, () => ({ id: `n${next++}`, title: title_(POOL_OF(name)), text: '', connectionIds: [], connections: [] }));
    return { name, nodes, columns };
  });
  // Skewed choice: low indices are picked far more often (fan-in from 1 to a dozen).
  const pick = (list) => list[Math.floor(Math.pow(rand(), 1.8) * list.length)];
  built.forEach((section, s) => {
    for (const node of section.nodes) {
      const later = [built[s + 1], built[s + 2]].filter(Boolean);
      if (later.length === 0) continue;
      const fanOut = rand() < 0.5 ? 1 : rand() < 0.7 ? 2 : 3;
      const targets = new Set();
      for (let i = 0; i < fanOut; i++) {
        const into = rand() < 0.85 || later.length === 1 ? later[0] : later[1];
        targets.add(pick(into.nodes).id);
      }
      if (s > 0 && rand() < 0.03) targets.add(pick(built[s - 1].nodes).id);
      for (const targetId of targets) {
        node.connectionIds.push(targetId);
        const connection = { targetId, confidence: Math.round(20 + rand() * 75) };
        if (rand() < 0.15) connection.evidence = rand() < 0.5 ? 'Pilot evaluation, 2024: attendance doubled in the second term' : '';
        if (rand() < 0.1) connection.assumptions = 'Participants can get to the sessions after school';
        node.connections.push(connection);
      }
    }
  });
  return {
    title,
    color: '#2a6f97',
    textSize: 14,
    sections: built.map(({ name, nodes, columns }) => {
      const per = Math.ceil(nodes.length / columns);
      return {
        title: name,
        columns: Array.from({ length: columns }, (_, c) => ({
          nodes: nodes.slice(c * per, (c + 1) * per).map((n, i) => ({ ...n, yPosition: 40 + i * 120, width: 220 })),
        })),
      };
    }),
  };
}

const LAYERS = ['Inputs', 'Activities', 'Outputs', 'Outcomes Layer 3', 'Outcomes Layer 2', 'Outcomes Layer 1', 'Impact'];
const charts = {
  'tocmaker-20.json': tocMaker('Youth employment pilot', 20, [
    ['Activities', 5],
    ['Outputs', 6],
    ['Outcomes', 7],
    ['Impact', 2],
  ]),
  'tocmaker-60.json': tocMaker(
    'Youth employment programme',
    60,
    LAYERS.map((t, i) => [t, [3, 13, 15, 11, 8, 7, 3][i]]),
  ),
  'tocmaker-100.json': tocMaker(
    'Borough youth employment strategy',
    100,
    LAYERS.map((t, i) => [t, [5, 24, 26, 18, 13, 10, 4][i], i === 1 || i === 2 ? 2 : 1]),
  ),
  'tocmaker-150.json': tocMaker(
    'Regional skills and work theory of change',
    150,
    LAYERS.map((t, i) => [t, [8, 38, 40, 26, 18, 14, 6][i], i === 1 || i === 2 ? 3 : 1]),
  ),
  'tocmaker-two-sections.json': tocMaker('Youth workers and what they change', 2, [
    ['Activities', 26],
    ['Outcomes', 18],
  ]),
  // Not tuned for: three sections, 40 boxes, each linked to one to three of the next, so the
  // outcomes fold into groups linked many to many both ways.
  'tocmaker-40-three-sections.json': tocMaker('Careers hub: what we do and what it changes', 40, [
    ['Activities', 14],
    ['Outcomes', 18],
    ['Impact', 8],
  ]),
};
for (const [name, chart] of Object.entries(charts)) writeFileSync(join(here, name), `${JSON.stringify(chart, null, 2)}\n`);

/**
 * A Kumu-style CSV in one file: elements, a blank line, connections. With `levels`, a column of
 * levels: `true` for a Level column named as Changemap's levels, or `{ column, names }` for a column
 * of another name holding the map's own names for its five tiers.
 */
function kumu(seed, counts, levels) {
  const rand = random(seed);
  const title_ = titler(rand);
  const kinds = [
    ['Activity', WORDS.activity, 'Actions'],
    ['Output', WORDS.output, 'Outputs'],
    ['Outcome', WORDS.outcome, 'Short-term outcomes'],
    ['Outcome', WORDS.outcome, 'Long-term outcomes'],
    ['Goal', WORDS.impact, 'Aims'],
  ];
  const levelNames = levels && levels !== true ? levels.names : kinds.map(([, , level]) => level);
  const tiers = kinds.map(([type, pool], k) => Array.from({ length: counts[k] }, () => ({ label: title_(pool), type, level: levelNames[k] })));
  // Kumu maps also carry factors with no type a theory of change knows.
  tiers[2].push(...Array.from({ length: 3 }, (_, i) => ({ label: `Local factor ${i + 1}: transport costs`, type: 'Factor', level: levelNames[2] })));
  const quote = (s) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const column = levels === true ? 'Level' : levels ? levels.column : undefined;
  const rows = [column ? `Label,Type,${column},Description,Tags,Degree` : 'Label,Type,Description,Tags,Degree'];
  for (const tier of tiers)
    for (const e of tier)
      rows.push([e.label, e.type, ...(levels ? [e.level] : []), '', 'youth|employment', String(Math.floor(rand() * 9))].map(quote).join(','));
  rows.push('', 'From,To,Type,Label,Confidence');
  const pick = (list) => list[Math.floor(Math.pow(rand(), 1.6) * list.length)];
  tiers.forEach((tier, t) => {
    if (t === tiers.length - 1) return;
    for (const e of tier) {
      const fanOut = rand() < 0.55 ? 1 : 2;
      const to = new Set();
      for (let i = 0; i < fanOut; i++) to.add(pick(rand() < 0.85 || !tiers[t + 2] ? tiers[t + 1] : tiers[t + 2]).label);
      for (const target of to) rows.push([e.label, target, '', rand() < 0.08 ? '-' : '+', String(Math.round(30 + rand() * 60))].map(quote).join(','));
    }
  });
  return `${rows.join('\n')}\n`;
}
writeFileSync(join(here, 'kumu-without-levels.csv'), kumu(7, [18, 16, 12, 8, 3], false));
writeFileSync(join(here, 'kumu-with-levels.csv'), kumu(8, [26, 22, 16, 10, 4], true));
// Not tuned for: the levels in a Stage column, under the map's own names, and more boxes per tier.
writeFileSync(
  join(here, 'kumu-stages.csv'),
  kumu(9, [30, 24, 20, 12, 5], { column: 'Stage', names: ['What we do', 'What we deliver', 'Early change', 'Lasting change', 'What we aim for'] }),
);
