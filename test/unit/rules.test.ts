import { describe, expect, it } from 'vitest';
import { ILLUSTRATIVE_GENERAL_TARGETS, isUnassigned, makeDefaultIndicators, type Indicator } from '../../src/domain/indicators';
import { readinessErrors } from '../../src/domain/planFactory';
import { validateAggregate, validateUnit, type Issue } from '../../src/domain/rules';
import { ValidationIndex } from '../../src/domain/validationIndex';
import { indicatorVerdict } from '../../src/domain/verdict';
import { WeightedSums } from '../../src/domain/aggregate';
import { code, ind, makeTestPlan, makeUnit, pct } from '../support/builders';

const online = (patch: Partial<Indicator> = {}): Indicator => ({ ...makeDefaultIndicators(ILLUSTRATIVE_GENERAL_TARGETS)[0]!, ...patch });
const mandatory = makeDefaultIndicators(ILLUSTRATIVE_GENERAL_TARGETS)[3]!;
const rulesOf = (issues: Issue[]) => issues.map((i) => `${i.severity}:${i.rule}:${i.field}`);

describe('validateUnit', () => {
  it('accepts a target that meets every rule', () => {
    const unit = makeUnit(1, { baseline: { online_dossiers: 40 }, target: { online_dossiers: 60 } });
    expect(validateUnit(unit, [online()], 'draft')).toEqual([]);
  });

  it('accepts exactly the minimum: 60,0 meets 60', () => {
    const unit = makeUnit(1, { target: { online_dossiers: 60.0 } });
    expect(validateUnit(unit, [online({ min: pct(60) })], 'draft')).toEqual([]);
  });

  it.each([
    [-1, ['error:outOfRange:target', 'error:belowMin:target']],
    [100.5, ['error:outOfRange:target']],
    [55.55, ['error:tooManyDecimals:target']],
    [49.9, ['error:belowMin:target']],
  ])('flags a target of %d', (target, expected) => {
    const unit = makeUnit(1, { target: { online_dossiers: target } });
    expect(rulesOf(validateUnit(unit, [online()], 'draft'))).toEqual(expected);
  });

  it('says how far off a target is', () => {
    const [issue] = validateUnit(makeUnit(1, { target: { online_dossiers: 45.5 } }), [online()], 'draft');
    expect(issue).toMatchObject({ rule: 'belowMin', unitCode: code('10001'), indicatorId: ind('online_dossiers'), value: pct(45.5), limit: pct(50), off: pct(4.5) });
  });

  it('in weighted mode checks the floor, not the minimum', () => {
    const weighted = online({ mode: 'weighted', floor: pct(30) });
    expect(validateUnit(makeUnit(1, { target: { online_dossiers: 35 } }), [weighted], 'draft')).toEqual([]);
    expect(rulesOf(validateUnit(makeUnit(1, { target: { online_dossiers: 29.9 } }), [weighted], 'draft'))).toEqual(['error:belowFloor:target']);
    expect(validateUnit(makeUnit(1, { target: { online_dossiers: 1 } }), [online({ mode: 'weighted', floor: null })], 'draft')).toEqual([]);
  });

  it('requires exactly 100 for a mandatory indicator', () => {
    expect(validateUnit(makeUnit(1, { target: { e_results: 100 } }), [mandatory], 'draft')).toEqual([]);
    expect(rulesOf(validateUnit(makeUnit(1, { target: { e_results: 99.9 } }), [mandatory], 'draft'))).toEqual(['error:mandatory:target']);
  });

  it('warns when a target goes below the unit\'s own previous result', () => {
    const issues = validateUnit(makeUnit(1, { baseline: { online_dossiers: 70 }, target: { online_dossiers: 65 } }), [online()], 'draft');
    expect(issues).toEqual([expect.objectContaining({ severity: 'warning', rule: 'belowBaseline', limit: pct(70), off: pct(5) })]);
  });

  it('treats a missing target as a warning in a draft and an error when ready', () => {
    expect(rulesOf(validateUnit(makeUnit(1), [online()], 'draft'))).toEqual(['warning:missing:target']);
    expect(rulesOf(validateUnit(makeUnit(1), [online()], 'ready'))).toEqual(['error:missing:target']);
  });

  it('flags a previous result outside [0, 100]', () => {
    const issues = validateUnit(makeUnit(1, { baseline: { online_dossiers: 120 }, target: { online_dossiers: 100 } }), [online()], 'draft');
    expect(rulesOf(issues)).toEqual(['error:outOfRange:baseline']);
  });
});

describe('validateAggregate', () => {
  const aggregateOf = (rates: number[]) => {
    const sums = new WeightedSums();
    for (const r of rates) sums.add(100, pct(r));
    return sums.mean({ known: rates.length, sum: 100 * rates.length });
  };

  it('fails a weighted indicator whose mean is below the minimum, by how much', () => {
    const issues = validateAggregate(online({ mode: 'weighted', min: pct(60) }), aggregateOf([50, 65]));
    expect(issues).toEqual([expect.objectContaining({ rule: 'aggregateBelowMin', unitCode: null, value: pct(57.5), limit: pct(60), off: pct(2.5) })]);
  });

  it('passes a weighted mean exactly at the minimum, and ignores mode each', () => {
    expect(validateAggregate(online({ mode: 'weighted', min: pct(60) }), aggregateOf([55, 65]))).toEqual([]);
    expect(validateAggregate(online({ mode: 'each', min: pct(60) }), aggregateOf([10, 20]))).toEqual([]);
  });

  it('checks the allocating unit\'s own target only when the plan opted in', () => {
    const own = { mode: 'each' as const, min: pct(40), ownTarget: pct(47) };
    // Phù Cát: communes averaging 46,5 against the district's own 47.
    expect(validateAggregate(online(own), aggregateOf([46, 47]))).toEqual([]);
    expect(validateAggregate(online({ ...own, checkOwnTarget: true }), aggregateOf([46, 47]))).toEqual([
      expect.objectContaining({ rule: 'aggregateBelowOwnTarget', severity: 'error', value: pct(46.5), limit: pct(47), off: pct(0.5) }),
    ]);
    expect(validateAggregate(online({ ...own, checkOwnTarget: true }), aggregateOf([47, 47]))).toEqual([]);
    // Checked but no own target given: nothing to check.
    expect(validateAggregate(online({ ...own, ownTarget: null, checkOwnTarget: true }), aggregateOf([10]))).toEqual([]);
  });
});

describe('a general target not entered yet', () => {
  const unset = online({ min: null });
  const totalsOf = (indicator: Indicator, units: ReturnType<typeof makeUnit>[], status: 'draft' | 'ready' = 'draft') =>
    new ValidationIndex({ units, indicators: [indicator], status });

  it('judges no unit against a number nobody entered, in either mode', () => {
    const unit = makeUnit(1, { baseline: { online_dossiers: 10 }, target: { online_dossiers: 12 } });
    expect(validateUnit(unit, [unset], 'draft')).toEqual([]);
    expect(validateUnit(unit, [{ ...unset, mode: 'weighted', floor: pct(5) }], 'draft')).toEqual([]);
  });

  it('is one issue on the indicator: a warning in a draft, an error that forbids marking ready', () => {
    const units = [makeUnit(1, { target: { online_dossiers: 12 } })];
    expect(rulesOf(totalsOf(unset, units).aggregateIssues())).toEqual(['warning:minUnset:target']);
    expect(totalsOf(unset, units).counts()).toEqual({ error: 0, warning: 1 });
    expect(totalsOf(unset, units, 'ready').counts()).toEqual({ error: 1, warning: 0 });
    const plan = makeTestPlan({ indicators: [unset] });
    expect(readinessErrors(plan).map((i) => i.rule)).toEqual(['minUnset']);
    expect(readinessErrors({ ...plan, indicators: [online()] })).toEqual([]);
  });

  it('lists the indicator\'s warning first among the warnings, before the units\'', () => {
    const units = [makeUnit(1, { target: {} })];
    expect(totalsOf(unset, units).allIssues(units).map((i) => i.rule)).toEqual(['minUnset', 'missing']);
  });

  it('gives the verdict "unassigned", never a pass or a fail, unless a unit breaks a rule of its own', () => {
    const units = [makeUnit(1, { target: { online_dossiers: 12 } }), makeUnit(2, { target: { online_dossiers: 99 } })];
    const index = totalsOf(unset, units);
    const [totals] = index.totals();
    expect(indicatorVerdict(totals!, index.unitErrorsFor(unset.id), units.length)).toBe('unassigned');
    const broken = [makeUnit(1, { target: { online_dossiers: 12.25 } })];
    const brokenIndex = totalsOf(unset, broken);
    expect(indicatorVerdict(brokenIndex.totals()[0]!, brokenIndex.unitErrorsFor(unset.id), 1)).toBe('fail');
  });

  it('does not concern a mandatory indicator, whose rule is 100 %', () => {
    const units = [makeUnit(1, { target: { e_results: 100 } })];
    const index = totalsOf({ ...mandatory, min: null }, units);
    expect(index.aggregateIssues()).toEqual([]);
    expect(indicatorVerdict(index.totals()[0]!, 0, 1)).toBe('pass');
  });

  it('is how a new plan starts: the national indicators, mandatory ones at 100, the others unset', () => {
    const defaults = makeDefaultIndicators();
    expect(defaults.map((i) => [i.id, i.min === null ? null : i.min / 100, i.mandatory])).toEqual([
      ['online_dossiers', null, false], ['online_payment', null, false], ['digitisation', null, false],
      ['e_results', 100, true], ['population_db', 100, true],
    ]);
    expect(defaults.filter(isUnassigned).map((i) => i.id)).toEqual(['online_dossiers', 'online_payment', 'digitisation']);
  });
});
