import { applyCommand, commands, createPlan, type Plan } from '@changemap/core';

/** A small plan with three indicators to import data into: HLE women (Fingertips 90362), Year 6 overweight (20602), and one with no Fingertips id. */
export function dataPlan(): Plan {
  let plan = createPlan({ id: 'data-test', title: 'Data test plan', period: '2023-2028' });
  const add = (node: Parameters<typeof commands.addNode>[0]) => (plan = applyCommand(plan, commands.addNode(node)));
  add({ id: 'o1', kind: 'outcome', title: 'Residents live longer in good health' });
  add({
    id: 'hle',
    kind: 'indicator',
    title: 'Healthy life expectancy at birth, women',
    unit: 'years',
    direction: 'increase',
    baseline: { value: 58, date: '2018 - 20' },
    target: { value: 62, date: '2028' },
    externalIds: [{ scheme: 'Fingertips', id: '90362' }],
  });
  add({ id: 'y6', kind: 'indicator', title: 'Year 6 overweight', unit: '%', direction: 'decrease', externalIds: [{ scheme: 'Fingertips', id: '20602' }] });
  add({ id: 'poverty', kind: 'indicator', title: 'Children in poverty', unit: '%', direction: 'decrease' });
  add({ id: 'a1', kind: 'action', title: 'Free school meals' });
  return plan;
}
