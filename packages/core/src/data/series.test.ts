import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../edits/apply.js';
import { commands } from '../edits/commands.js';
import { createHistory } from '../edits/history.js';
import type { ActionNode } from '../kinds/action.js';
import type { IndicatorNode, Measurement } from '../kinds/indicator.js';
import { isChangemapError, type ChangemapErrorCode } from '../model/errors.js';
import { cleanPlan } from '../test/fixtures.js';
import { addDeliveryUpdate, mergeMeasurements, updateIndicatorData } from './series-commands.js';

function refusal(changes: Record<string, unknown>, id = 'i1'): { code: ChangemapErrorCode; message: string } {
  try {
    applyCommand(cleanPlan(), commands.updateNode(id, changes));
  } catch (error) {
    if (isChangemapError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error(`${JSON.stringify(changes)} was accepted`);
}

function indicator(plan = cleanPlan()): IndicatorNode {
  return plan.nodes.get('i1') as IndicatorNode;
}

describe('an indicator’s measurements are checked when written', () => {
  it('keeps a full reading, with its interval, counts, dates and source', () => {
    const m: Measurement = {
      value: 61.2,
      date: '2021/22',
      start: '2021-04-01',
      end: '2022-03-31',
      lowerCi: 59.9,
      upperCi: 62.5,
      count: 850,
      denominator: 1389,
      note: 'provisional',
      source: 'Fingertips export',
    };
    const plan = applyCommand(cleanPlan(), commands.updateNode('i1', { measurements: [m], area: { code: 'E09000030', name: 'Tower Hamlets' } }));
    expect(indicator(plan)).toMatchObject({ measurements: [m], area: { code: 'E09000030', name: 'Tower Hamlets' } });
  });

  it('refuses a value that is not a number', () => {
    expect(refusal({ measurements: [{ value: '61.2', date: '2022' }] }).code).toBe('wrong-type');
    expect(refusal({ measurements: [{ value: Number.NaN, date: '2022' }] }).code).toBe('wrong-type');
    expect(refusal({ measurements: [{ date: '2022' }] }).code).toBe('missing-field');
  });

  it('refuses a start or end that is not a calendar date, naming the field', () => {
    const bad = refusal({ measurements: [{ value: 1, start: '2023-02-30' }] });
    expect(bad.code).toBe('invalid-date');
    expect(bad.message).toMatch(/measurements\[0\]\.start/);
    expect(refusal({ measurements: [{ value: 1, end: '31/03/2023' }] }).code).toBe('invalid-date');
  });

  it('refuses a period that ends before it starts, an upside-down interval and two readings of one period', () => {
    expect(refusal({ measurements: [{ value: 1, start: '2023-04-01', end: '2023-03-31' }] }).code).toBe('invalid-date');
    expect(refusal({ measurements: [{ value: 1, lowerCi: 3, upperCi: 2 }] }).code).toBe('out-of-range');
    const twice = refusal({
      measurements: [
        { value: 1, date: '2018 - 20' },
        { value: 2, date: '2018-20' },
      ],
    });
    expect(twice.code).toBe('duplicate-period');
    expect(twice.message).toMatch(/measurements\[1\].*measurements\[0\]/);
  });

  it('checks comparator series the same way, and one series per area', () => {
    expect(
      refusal({
        comparatorSeries: [
          {
            code: 'E92000001',
            measurements: [
              { value: 1, date: '2022' },
              { value: 2, date: '2022' },
            ],
          },
        ],
      }).code,
    ).toBe('duplicate-period');
    expect(
      refusal({
        comparatorSeries: [
          { code: 'E92000001', measurements: [] },
          { code: 'E92000001', measurements: [] },
        ],
      }).code,
    ).toBe('duplicate-period');
    expect(refusal({ area: { name: 'Tower Hamlets' } }).code).toBe('missing-field');
  });

  it('refuses a delivery update without a proper date or status', () => {
    expect(refusal({ delivery: [{ date: '2024', status: 'done' }] }, 'a1').code).toBe('invalid-date');
    expect(refusal({ delivery: [{ date: '2024-05-01', status: 'finished' }] }, 'a1').code).toBe('invalid-option');
  });
});

describe('updateIndicatorData', () => {
  const readings: Measurement[] = [
    { value: 62, date: '2021' },
    { value: 61, date: '2020' },
  ];

  it('sets area, series and comparators in one step of undo', () => {
    const history = createHistory(cleanPlan());
    const before = history.plan;
    history.apply(
      updateIndicatorData(indicator(before), {
        area: { code: 'E09000030' },
        measurements: readings,
        comparatorSeries: [{ code: 'E92000001', name: 'England', measurements: [{ value: 63, date: '2021' }] }],
      }),
    );
    expect(indicator(history.plan).measurements?.map((m) => m.date)).toEqual(['2020', '2021']);
    expect(indicator(history.plan).comparatorSeries).toEqual([{ code: 'E92000001', name: 'England', measurements: [{ value: 63, date: '2021' }] }]);
    history.undo();
    expect(history.plan).toEqual(before);
  });

  it('replaces readings of the same periods and keeps the others; importing twice changes nothing more', () => {
    let plan = applyCommand(cleanPlan(), updateIndicatorData(indicator(), { measurements: readings }));
    plan = applyCommand(
      plan,
      updateIndicatorData(indicator(plan), {
        measurements: [
          { value: 64, date: '2021' },
          { value: 65, date: '2022' },
        ],
      }),
    );
    expect(indicator(plan).measurements).toEqual([
      { value: 61, date: '2020' },
      { value: 64, date: '2021' },
      { value: 65, date: '2022' },
    ]);
    const again = applyCommand(
      plan,
      updateIndicatorData(indicator(plan), {
        measurements: [
          { value: 64, date: '2021' },
          { value: 65, date: '2022' },
        ],
      }),
    );
    expect(indicator(again).measurements).toEqual(indicator(plan).measurements);
    const replaced = applyCommand(plan, updateIndicatorData(indicator(plan), { measurements: [{ value: 1, date: '2023' }], mode: 'replace' }));
    expect(indicator(replaced).measurements).toEqual([{ value: 1, date: '2023' }]);
  });

  it('merging is idempotent and keeps one reading per period (property)', () => {
    const reading = fc.record({ value: fc.integer({ min: -1000, max: 1000 }), date: fc.integer({ min: 2000, max: 2030 }).map(String) });
    const series = fc.uniqueArray(reading, { selector: (m) => m.date });
    fc.assert(
      fc.property(series, series, (existing, incoming) => {
        const once = mergeMeasurements(existing, incoming);
        expect(mergeMeasurements(once, incoming)).toEqual(once);
        expect(new Set(once.map((m) => m.date)).size).toBe(once.length);
        for (const m of incoming) expect(once).toContainEqual(m);
      }),
    );
  });
});

describe('addDeliveryUpdate', () => {
  it('keeps updates in date order and sets the action’s status to the latest', () => {
    let plan = cleanPlan();
    const action = () => plan.nodes.get('a1') as ActionNode;
    plan = applyCommand(plan, addDeliveryUpdate(action(), { date: '2024-06-01', status: 'done', note: 'All schools signed up', by: 'Education board' }));
    plan = applyCommand(plan, addDeliveryUpdate(action(), { date: '2024-01-15', status: 'inProgress' }));
    expect(action().delivery?.map((u) => u.date)).toEqual(['2024-01-15', '2024-06-01']);
    expect(action().status).toBe('done');
  });
});
