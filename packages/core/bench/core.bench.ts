/**
 * Core benchmark: JSON.parse of a generated plan's text (the floor), validation, one edit plus
 * revalidation (a field edit; a link added, a causal link added, a link removed, a link's adding
 * undone), and undo, at 100, 1,000 and 10,000 nodes. Medians after warm-up; goals are ratios
 * measured in this same run, or absolute where the issue sets one. Writes bench/results/core.json.
 */
import { Table, commands, createHistory, generateSyntheticPlan, validate } from '@changemap/core';
import type { Plan, PlanEdge, PlanNode } from '@changemap/core';
import { medianMs, medianRatio, reportGoal, round, writeResults } from '../../../bench/measure.js';

/** The plan as a file would hold it: arrays, not records. */
function serialise(plan: Plan): string {
  return JSON.stringify({ ...plan, nodes: plan.nodes.toArray(), edges: plan.edges.toArray() });
}

/** Rebuilds a plan from its text with fresh objects, so no cache from an earlier run helps. */
function fromText(text: string): Plan {
  const data = JSON.parse(text) as Omit<Plan, 'nodes' | 'edges'> & { nodes: PlanNode[]; edges: PlanEdge[] };
  return {
    ...data,
    nodes: Table.fromValues(data.nodes),
    edges: Table.fromValues(data.edges),
  };
}

const sizes = [];
for (const target of [100, 1_000, 10_000]) {
  const plan = generateSyntheticPlan(target);
  const text = serialise(plan);
  const nodes = plan.nodes.size;
  const edges = plan.edges.size;
  const runs = target >= 10_000 ? 21 : 51;

  // Validation and JSON.parse alternate run by run, so the ratio compares like with like.
  const measured = medianRatio(
    (fresh: Plan) => validate(fresh),
    () => JSON.parse(text),
    { runs, prepare: () => fromText(text) },
  );
  const { ms: validateMs, baselineMs: jsonParseMs, ratio: validateToParseRatio } = measured;

  const history = createHistory(fromText(text));
  validate(history.plan);
  const outcomeId = plan.nodes.toArray().find((n) => n.kind === 'outcome')!.id;
  let counter = 0;
  const editRevalidateMs = medianMs(
    () => {
      history.apply(commands.updateNode(outcomeId, { title: `Edited ${counter++}` }));
      return validate(history.plan);
    },
    { runs },
  );
  // Structural edits: a link added or removed changes the structure validation reads, which it
  // updates in place of rebuilding, re-checking the boxes at the link's ends and the plan rules
  // that read links of its kind.
  const indicatorId = plan.nodes.toArray().find((n) => n.kind === 'indicator')!.id;
  const actionId = plan.nodes.toArray().find((n) => n.kind === 'action')!.id;
  const linkEditRevalidateMs = medianMs(
    () => {
      history.apply(commands.connect({ id: `extra-${counter++}`, kind: 'measures', source: indicatorId, target: outcomeId }));
      return validate(history.plan);
    },
    { runs },
  );
  const causalLinkRevalidateMs = medianMs(
    () => {
      history.apply(commands.connect({ id: `causal-${counter++}`, kind: 'contributesTo', source: actionId, target: outcomeId }));
      return validate(history.plan);
    },
    { runs },
  );
  let doomed = '';
  const prepareLink = () => {
    doomed = `doomed-${counter++}`;
    history.apply(commands.connect({ id: doomed, kind: 'contributesTo', source: actionId, target: outcomeId }));
    validate(history.plan);
  };
  const removeLinkRevalidateMs = medianMs(
    () => {
      history.apply(commands.disconnect(doomed));
      return validate(history.plan);
    },
    { runs, prepare: prepareLink },
  );
  const undoLinkRevalidateMs = medianMs(
    () => {
      history.undo();
      return validate(history.plan);
    },
    { runs, prepare: prepareLink },
  );
  const structuralEditMs = Math.max(linkEditRevalidateMs, causalLinkRevalidateMs, removeLinkRevalidateMs);
  const undoMs = medianMs(() => history.undo(), {
    runs,
    prepare: () => void history.apply(commands.updateNode(outcomeId, { title: `Undo me ${counter++}` })),
  });

  sizes.push({
    nodes,
    edges,
    bytes: text.length,
    jsonParseMs,
    validateMs,
    validateToParseRatio,
    editRevalidateMs,
    linkEditRevalidateMs,
    causalLinkRevalidateMs,
    removeLinkRevalidateMs,
    undoLinkRevalidateMs,
    structuralEditMs,
    undoMs,
  });
  console.log(
    `${String(nodes).padStart(6)} nodes ${String(edges).padStart(6)} edges: parse ${jsonParseMs} ms, validate ${validateMs} ms ` +
      `(${validateToParseRatio}× parse), edit+validate ${editRevalidateMs} ms, new link+validate ${linkEditRevalidateMs} ms ` +
      `(causal ${causalLinkRevalidateMs} ms, removed ${removeLinkRevalidateMs} ms, undone ${undoLinkRevalidateMs} ms), undo ${undoMs} ms`,
  );
}

const small = sizes[0]!;
const large = sizes[sizes.length - 1]!;
const undoRatio = round(large.undoMs / small.undoMs, 2);
const editRatio = round(large.editRevalidateMs / small.editRevalidateMs, 2);
console.log('Goals at 10,000 nodes:');
reportGoal('validation vs JSON.parse', large.validateToParseRatio, 2);
reportGoal('one edit + revalidation', large.editRevalidateMs, 5, ' ms');
reportGoal('one edit + revalidation vs the same at 100 nodes', editRatio, 3);
reportGoal('undo vs undo at 100 nodes', undoRatio, 2);
reportGoal('one link added or removed + revalidation (slowest of the three)', large.structuralEditMs, 2, ' ms');
const file = writeResults('core.json', {
  sizes,
  undoRatio10000to100: undoRatio,
  editRevalidateRatio10000to100: editRatio,
  structuralEditMsAt10000: large.structuralEditMs,
});
console.log(`Wrote ${file}`);
