import { generateSyntheticPlan, getNodes, Table, type Plan, type PlanEdge } from '@changemap/core';

/** The mulberry32 generator: the same edits every run for one seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The benchmark's plan: core's synthetic partnership plan cut to exactly `nodeCount` boxes, then
 * given extra action → outcome links (as real plans have) up to exactly `edgeCount`, with every
 * box placed on the whole-plan view (the moves change those positions).
 */
export function buildBenchPlan(nodeCount: number, edgeCount: number, seed: number): Plan {
  const random = seededRandom(seed);
  const generated = generateSyntheticPlan(nodeCount + 60, seed);
  const nodes = getNodes(generated).slice(0, nodeCount);
  const kept = new Set(nodes.map((node) => node.id));
  const edges: PlanEdge[] = generated.edges.toArray().filter((edge) => kept.has(edge.source) && kept.has(edge.target));
  const actions = nodes.filter((node) => node.kind === 'action').map((node) => node.id);
  const outcomes = nodes.filter((node) => node.kind === 'outcome').map((node) => node.id);
  const pairs = new Set(edges.map((edge) => `${edge.source}→${edge.target}`));
  let extra = 0;
  while (edges.length < edgeCount) {
    const source = actions[Math.floor(random() * actions.length)]!;
    const target = outcomes[Math.floor(random() * outcomes.length)]!;
    if (pairs.has(`${source}→${target}`)) continue;
    pairs.add(`${source}→${target}`);
    edges.push({ id: `extra-${++extra}`, kind: 'contributesTo', source, target });
  }
  const positions = Object.fromEntries(nodes.map((node, index) => [node.id, { x: (index % 20) * 220, y: Math.floor(index / 20) * 140 }]));
  return { ...generated, nodes: Table.fromValues(nodes), edges: Table.fromValues(edges.slice(0, edgeCount)), views: { plan: { positions } } };
}
