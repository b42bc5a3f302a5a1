/**
 * Core benchmark: JSON.parse of a generated plan's text (the floor), validation, one edit plus
 * revalidation, and undo, at 100, 1,000 and 10,000 nodes. Medians after warm-up; goals are ratios
 * measured in this same run. Writes bench/results/core.json.
 */
import { commands, createHistory, generateSyntheticPlan, validate } from '@changemap/core';
import type { Plan, PlanEdge, PlanNode } from '@changemap/core';
import { medianMs, reportGoal, round, writeResults } from '../../../bench/measure.js';

/** The plan as a file would hold it: arrays, not records. */
function serialise(plan: Plan): string {
  return JSON.stringify({ ...plan, nodes: Object.values(plan.nodes), edges: Object.values(plan.edges) });
}

/** Rebuilds a plan from its text with fresh objects, so no cache from an earlier run helps. */
function fromText(text: string): Plan {
  const data = JSON.parse(text) as Omit<Plan, 'nodes' | 'edges'> & { nodes: PlanNode[]; edges: PlanEdge[] };
  return {
    ...data,
    nodes: Object.fromEntries(data.nodes.map((n) => [n.id, n])),
    edges: Object.fromEntries(data.edges.map((e) => [e.id, e])),
  };
}

const sizes = [];
for (const target of [100, 1_000, 10_000]) {
  const plan = generateSyntheticPlan(target);
  const text = serialise(plan);
  const nodes = Object.keys(plan.nodes).length;
  const edges = Object.keys(plan.edges).length;
  const runs = target >= 10_000 ? 21 : 51;

  const jsonParseMs = medianMs(() => JSON.parse(text), { runs });
  const validateMs = medianMs((fresh: Plan) => validate(fresh), { runs, prepare: () => fromText(text) });

  const history = createHistory(fromText(text));
  validate(history.plan);
  const outcomeId = Object.values(plan.nodes).find((n) => n.kind === 'outcome')!.id;
  let counter = 0;
  const editRevalidateMs = medianMs(
    () => {
      history.apply(commands.updateNode(outcomeId, { title: `Edited ${counter++}` }));
      return validate(history.plan);
    },
    { runs },
  );
  const undoMs = medianMs(() => history.undo(), {
    runs,
    prepare: () => void history.apply(commands.updateNode(outcomeId, { title: `Undo me ${counter++}` })),
  });

  const validateToParseRatio = round(validateMs / jsonParseMs, 2);
  sizes.push({ nodes, edges, bytes: text.length, jsonParseMs, validateMs, validateToParseRatio, editRevalidateMs, undoMs });
  console.log(
    `${String(nodes).padStart(6)} nodes ${String(edges).padStart(6)} edges: parse ${jsonParseMs} ms, validate ${validateMs} ms ` +
      `(${validateToParseRatio}× parse), edit+validate ${editRevalidateMs} ms, undo ${undoMs} ms`,
  );
}

const small = sizes[0]!;
const large = sizes[sizes.length - 1]!;
const undoRatio = round(large.undoMs / small.undoMs, 2);
const editRatio = round(large.editRevalidateMs / small.editRevalidateMs, 2);
console.log('Goals at 10,000 nodes:');
reportGoal('validation vs JSON.parse', large.validateToParseRatio, 2);
reportGoal('one edit + revalidation', large.editRevalidateMs, 5, ' ms');
reportGoal('undo vs undo at 100 nodes', undoRatio, 2);
console.log(`  (edit + revalidation is ${editRatio}× the same at 100 nodes)`);
const file = writeResults('core.json', { sizes, undoRatio10000to100: undoRatio, editRevalidateRatio10000to100: editRatio });
console.log(`Wrote ${file}`);
