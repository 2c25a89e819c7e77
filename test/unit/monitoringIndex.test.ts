import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../src/domain/commands';
import { monitoringTable } from '../../src/domain/monitoring/monitoringTable';
import { unitsMonths } from '../../src/domain/monitoring/monthSums';
import { parseResultKey, periodMonths, resultKey, resultKeys, type MonthKey } from '../../src/domain/monitoring/resultKey';
import { entryOf } from '../../src/domain/monitoring/results';
import type { Plan } from '../../src/domain/plan';
import { MonitoringIndex } from '../../src/state/monitoringIndex';
import { MonitoringModel } from '../../src/state/monitoringModel';
import { ind, makeTestPlan, NOW } from '../support/builders';

const PERIOD = '2024-H2';
const MONTHS = periodMonths(PERIOD);

/** One random write of a unit's month: a count pair, a rate (with or without dossiers), a lone part, or a clear. */
const editArb = fc.record({
  unit: fc.nat(9),
  indicator: fc.nat(4),
  month: fc.nat(5),
  kind: fc.constantFrom('pair', 'rate', 'rateAlone', 'countAlone', 'denAlone', 'clear', 'huge'),
  d: fc.integer({ min: 0, max: 5000 }),
  share: fc.double({ min: 0, max: 1, noNaN: true }),
  rate: fc.integer({ min: 0, max: 10_000 }),
});

type Edit = { unit: number; indicator: number; month: number; kind: string; d: number; share: number; rate: number };

function applyEdit(plan: Plan, e: Edit): Plan {
  const unit = plan.units[e.unit]!;
  const id = plan.indicators[e.indicator]!.id;
  const m = MONTHS[e.month]!;
  const k = (part: 'n' | 'd' | 'r') => resultKey(m, id, part);
  const d = e.kind === 'huge' ? 100_000_000 : e.d;
  const results = {
    pair: { [k('n')]: Math.floor(d * e.share), [k('d')]: d, [k('r')]: null },
    huge: { [k('n')]: Math.floor(d * e.share), [k('d')]: d, [k('r')]: null },
    rate: { [k('n')]: null, [k('d')]: d, [k('r')]: e.rate },
    rateAlone: { [k('n')]: null, [k('d')]: null, [k('r')]: e.rate },
    countAlone: { [k('n')]: Math.floor(d * e.share), [k('d')]: null, [k('r')]: null },
    denAlone: { [k('n')]: null, [k('d')]: d, [k('r')]: null },
    clear: { [k('n')]: null, [k('d')]: null, [k('r')]: null },
  }[e.kind]!;
  const r = applyCommand(plan, { type: 'patchUnits', entries: [{ code: unit.code, baseline: {}, target: {}, results }] }, NOW);
  if (!r.ok) throw new Error(r.reason);
  return r.plan;
}

const basePlan = (): Plan => ({ ...makeTestPlan({ units: 10 }), period: PERIOD });

describe('the incremental index of the allocating unit\'s monthly figures', () => {
  it('equals the sums recomputed from scratch after any sequence of edits (old figures out, new in)', () => {
    fc.assert(fc.property(fc.array(editArb, { maxLength: 60 }), (edits) => {
      let plan = basePlan();
      const index = new MonitoringIndex();
      index.reset(plan);
      for (const e of edits) {
        const before = plan;
        plan = applyEdit(plan, e);
        const changed = plan.units.filter((u, i) => u !== before.units[i]);
        index.update(changed, []);
      }
      for (const ind of plan.indicators) expect(index.figures(ind.id, MONTHS)).toEqual(unitsMonths(plan.units, ind.id, MONTHS));
    }), { numRuns: 150 });
  });

  it('takes a removed unit\'s figures out', () => {
    let plan = applyEdit(basePlan(), { unit: 2, indicator: 0, month: 1, kind: 'pair', d: 100, share: 0.5, rate: 0 });
    const index = new MonitoringIndex();
    index.reset(plan);
    const gone = plan.units[2]!.code;
    plan = { ...plan, units: plan.units.filter((u) => u.code !== gone) };
    index.update([], [gone]);
    expect(index.figures(plan.indicators[0]!.id, MONTHS)).toEqual(unitsMonths(plan.units, plan.indicators[0]!.id, MONTHS));
  });

  it('knows the latest month with figures (none: null)', () => {
    const index = new MonitoringIndex();
    index.reset(basePlan());
    expect(index.latestMonthWithFigures()).toBeNull();
    const plan = applyEdit(applyEdit(basePlan(), { unit: 0, indicator: 1, month: 3, kind: 'pair', d: 10, share: 1, rate: 0 }),
      { unit: 4, indicator: 2, month: 1, kind: 'rateAlone', d: 0, share: 0, rate: 5000 });
    index.reset(plan);
    expect(index.latestMonthWithFigures()).toBe(MONTHS[3]);
  });

  it('gives the model the same progress, unit rows and aggregate, as the table computed whole', () => {
    fc.assert(fc.property(fc.array(editArb, { maxLength: 30 }), fc.nat(5), (edits, at) => {
      let plan = basePlan();
      const model = new MonitoringModel();
      model.setPlan(plan);
      const month = MONTHS[at] as MonthKey;
      model.setMonth(month);
      for (const e of edits) {
        const before = plan;
        plan = applyEdit(plan, e);
        model.setPlan(plan, { units: plan.units.filter((u, i) => u !== before.units[i]), removed: [] });
      }
      const table = monitoringTable(plan, month)!;
      for (const ind of plan.indicators) expect(model.aggregate(ind.id)).toEqual(table.aggregate.get(ind.id));
      plan.units.forEach((u, i) => expect(model.row(u)).toEqual(table.rows[i]));
    }), { numRuns: 60 });
  });
});

describe('the keys of a month\'s figures', () => {
  it('are made once per month and indicator, and are the keys every other reader uses', () => {
    const month = '2023-11' as MonthKey;
    const keys = resultKeys(month, ind('online_dossiers'));
    expect(resultKeys(month, ind('online_dossiers'))).toBe(keys);
    expect(keys).toEqual({ n: resultKey(month, ind('online_dossiers'), 'n'), d: resultKey(month, ind('online_dossiers'), 'd'), r: resultKey(month, ind('online_dossiers'), 'r') });
    expect(parseResultKey(keys.d)).toEqual({ month, indicatorId: ind('online_dossiers'), part: 'd' });
    const unit = { ...makeTestPlan({ units: 1 }).units[0]!, results: { [keys.n]: 120, [keys.d]: 200, [resultKey(month, ind('e_results'), 'r')]: 5550 } };
    expect(entryOf(unit, month, ind('online_dossiers'))).toEqual({ n: 120, d: 200, r: null });
    expect(entryOf(unit, month, ind('e_results'))).toEqual({ n: null, d: null, r: 5550 });
    expect(entryOf(unit, '2023-10' as MonthKey, ind('e_results'))).toEqual({ n: null, d: null, r: null });
  });
});
