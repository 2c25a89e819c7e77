import { describe, expect, it } from 'vitest';
import { makeDemoPlan } from '../../src/domain/demoPlan';
import { nextPeriod, previousPeriod } from '../../src/domain/plan';
import { unitsWithAchieved } from '../../src/domain/monitoring/achieved';
import { duplicatePlan, readinessErrors } from '../../src/domain/planFactory';
import { ValidationIndex } from '../../src/domain/validationIndex';
import { meets } from '../../src/domain/aggregate';
import type { Unit } from '../../src/domain/plan';
import { ind, makeTestPlan, NOW, pct, testId } from '../support/builders';

describe('periods', () => {
  it.each([['2023-H2', '2023-H1', '2024-H1'], ['2024-H1', '2023-H2', '2024-H2']])('%s follows %s and precedes %s', (p, prev, next) => {
    expect(previousPeriod(p)).toBe(prev);
    expect(nextPeriod(p)).toBe(next);
  });
  it('knows nothing of other period shapes', () => {
    expect(previousPeriod('Q3/2023')).toBeNull();
  });
});

describe('duplicatePlan', () => {
  it('starts the next period from the targets when asked: they become previous results, targets start empty, under a new id', () => {
    const plan = makeTestPlan({ units: 2 });
    const copy = duplicatePlan(plan, { name: 'Kỳ sau', period: '2024-H1', nextPeriod: { baseline: 'targets' } }, NOW, testId);
    expect(copy.id).not.toBe(plan.id);
    expect(copy).toMatchObject({ name: 'Kỳ sau', period: '2024-H1', status: 'draft', revision: 0 });
    expect(copy.units.map((u) => u.baseline)).toEqual(plan.units.map((u) => u.target));
    expect(copy.units.every((u) => Object.keys(u.target).length === 0)).toBe(true);
  });
  it('starts the next period from what each unit achieved by its monthly figures, never from a target or a guess', () => {
    const plan = { ...makeTestPlan({ units: 3 }), period: '2023-H2' };
    const OD = ind('online_dossiers');
    const PAY = ind('online_payment');
    const [a, b, c] = plan.units as [Unit, Unit, Unit];
    const withResults = [
      // Jul 40 of 100 and Aug 21 of 50 = 61/150 = 40,666… % → 40,66 (rounded down); a rate with its dossiers is weighed.
      { ...a, results: { '2023-07/online_dossiers/n': 40, '2023-07/online_dossiers/d': 100, '2023-08/online_dossiers/n': 21, '2023-08/online_dossiers/d': 50,
        '2023-07/online_payment/r': 5000, '2023-07/online_payment/d': 10 } },
      // A count without its dossiers: no exact rate, so no previous result.
      { ...b, results: { '2023-07/online_dossiers/n': 40, '2023-07/online_dossiers/d': 100, '2023-08/online_dossiers/n': 30 } },
      c, // no figures at all
    ];
    const copy = duplicatePlan({ ...plan, units: withResults }, { name: 'Kỳ sau', period: '2024-H1', nextPeriod: { baseline: 'achieved' } }, NOW, testId);
    expect(copy.units.map((u) => u.baseline)).toEqual([{ [OD]: pct(40.66), [PAY]: pct(50) }, {}, {}]);
    expect(copy.units.every((u) => Object.keys(u.target).length === 0 && u.results === undefined)).toBe(true);
    expect(unitsWithAchieved({ ...plan, units: withResults })).toBe(1);
    expect(unitsWithAchieved(plan)).toBe(0);
  });

  it('or copies everything as it is', () => {
    const plan = makeTestPlan({ units: 2 });
    const copy = duplicatePlan(plan, { name: 'Bản sao', period: '2023-H2' }, NOW, testId);
    expect(copy.units).toEqual(plan.units);
    expect(copy.indicators).toEqual(plan.indicators);
  });
});

describe('readinessErrors', () => {
  it('counts a missing target as an error for a plan to be sent', () => {
    const plan = makeTestPlan({ units: 2 });
    expect(readinessErrors(plan)).toEqual([]);
    const missing = { ...plan, units: [{ ...plan.units[0]!, target: {} }, plan.units[1]!] };
    expect(readinessErrors(missing)).toHaveLength(5);
    expect(readinessErrors(missing).every((i) => i.rule === 'missing' && i.severity === 'error')).toBe(true);
  });
});

describe('the demo plan', () => {
  const demo = makeDemoPlan(NOW);
  it('is Tuy Phước in 2023-H2 with its 13 communes and townships, labelled illustrative', () => {
    expect(demo.units).toHaveLength(13);
    expect(demo.period).toBe('2023-H2');
    expect(demo.notes).toMatch(/minh họa/);
    expect(new Set(demo.units.map((u) => u.code)).size).toBe(13);
  });
  it('has no errors, only the missing targets of the one commune still under discussion', () => {
    const index = new ValidationIndex(demo);
    expect(index.counts()).toEqual({ error: 0, warning: 5 });
    expect(index.allIssues(demo.units).every((i) => i.rule === 'missing' && i.unitCode === '21973')).toBe(true);
    const payment = index.totals().find((t) => t.indicator.id === ind('online_payment'))!;
    expect(payment.indicator.mode).toBe('weighted');
    expect(payment.indicator.min).toBe(pct(45));
    expect(meets(payment.target, pct(45))).toBe(true);
  });
  it('is the same on every machine', () => {
    expect(makeDemoPlan(NOW)).toEqual(demo);
  });
});
