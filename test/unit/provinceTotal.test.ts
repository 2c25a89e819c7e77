import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { truncatedMean } from '../../src/domain/aggregate';
import { consolidate } from '../../src/domain/consolidation';
import { ILLUSTRATIVE_GENERAL_TARGETS, makeDefaultIndicators } from '../../src/domain/indicators';
import type { Plan, Unit } from '../../src/domain/plan';
import { provinceTotal } from '../../src/domain/provinceTotal';
import type { Rate } from '../../src/domain/rate';
import { ValidationIndex } from '../../src/domain/validationIndex';
import { code, ind, makeTestPlan, makeUnit, pct } from '../support/builders';

const INDICATORS = makeDefaultIndicators(ILLUSTRATIVE_GENERAL_TARGETS);
const DOSSIERS = ind('online_dossiers');

/** A district's plan: its communes (codes from `first`), each with a volume (or none) and an online-dossiers target (or none). */
function district(name: string, first: number, communes: { volume: number | null; target: number | null }[]): Plan {
  const base = makeTestPlan({ units: 0 });
  const units = communes.map((c, k): Unit => ({
    ...makeUnit(first + k, { volume: c.volume }), target: c.target === null ? {} : { [DOSSIERS]: c.target as Rate },
  }));
  return { ...base, allocatingUnit: name, units };
}

/** The volume-weighted mean as the product brief defines it, written out independently, truncated to one decimal. */
function expectedMean(units: readonly Unit[]): Rate | null {
  const rated = units.filter((u) => u.target[DOSSIERS] !== undefined);
  if (rated.length === 0) return null;
  const known = units.filter((u) => u.volume !== null);
  const n = BigInt(known.length);
  const s = known.reduce((sum, u) => sum + BigInt(u.volume!), 0n);
  const weight = (u: Unit) => (known.length === 0 ? 1n : u.volume === null ? s : BigInt(u.volume) * n);
  let num = rated.reduce((sum, u) => sum + weight(u) * BigInt(u.target[DOSSIERS]!), 0n);
  let den = rated.reduce((sum, u) => sum + weight(u), 0n);
  if (den === 0n) {
    num = rated.reduce((sum, u) => sum + BigInt(u.target[DOSSIERS]!), 0n);
    den = BigInt(rated.length);
  }
  return Number((num / (den * 10n)) * 10n) as Rate;
}

const commune = fc.record({
  volume: fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: null }),
  target: fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: null }),
});
const districts = fc.array(fc.array(commune, { maxLength: 8 }), { minLength: 1, maxLength: 5 })
  .map((ds) => ds.map((communes, k) => district(`Huyện ${k}`, k * 100, communes)));

describe('the province total', () => {
  it('is the aggregate of one plan holding every commune of every district, computed exactly as the brief defines it', () => {
    fc.assert(fc.property(districts, (plans) => {
      const total = provinceTotal(plans, INDICATORS, () => undefined, 0).find((t) => t.indicator.id === DOSSIERS)!;
      const merged = { units: plans.flatMap((p) => p.units), indicators: INDICATORS, status: 'draft' as const };
      const ofMerged = new ValidationIndex(merged).totals().find((t) => t.indicator.id === DOSSIERS)!;
      expect(total.aggregate).toBe(truncatedMean(ofMerged.target));
      expect(total.aggregate).toBe(expectedMean(merged.units));
      expect(total.withTarget).toBe(merged.units.filter((u) => u.target[DOSSIERS] !== undefined).length);
      expect(total.unitCount).toBe(merged.units.length);
    }));
  });

  it('is not the mean of the districts\' means: a large district weighs more', () => {
    const big = district('Huyện Lớn', 0, [{ volume: 9000, target: pct(90) }]);
    const small = district('Huyện Nhỏ', 100, [{ volume: 1000, target: pct(40) }]);
    const total = provinceTotal([big, small], INDICATORS, (c) => c, 0).find((t) => t.indicator.id === DOSSIERS)!;
    expect(total.aggregate).toBe(pct(85));
  });

  it('is judged against the province\'s general target, and never passes while a district is missing or no province plan says which there are', () => {
    const plans = [makeTestPlan({ units: 3 }), { ...makeTestPlan({ units: 2 }), allocatingUnit: 'Huyện Khác' }];
    const verdicts = (rule: (i: (typeof INDICATORS)[number]) => (typeof INDICATORS)[number] | undefined, missing: number) =>
      provinceTotal(plans, INDICATORS, rule, missing).map((t) => [t.verdict, t.compared]);
    expect(verdicts((c) => c, 0)).toEqual(Array(5).fill(['pass', true]));
    expect(verdicts((c) => c, 1)).toEqual(Array(5).fill(['incomplete', true]));
    expect(verdicts(() => undefined, 0)).toEqual(Array(5).fill(['incomplete', false]));
    // Every commune is at 80: a general target of 85 fails, whatever is missing.
    const raised = (c: (typeof INDICATORS)[number]) => (c.id === DOSSIERS ? { ...c, min: pct(85) } : c);
    expect(verdicts(raised, 1)[0]).toEqual(['fail', true]);
    expect(verdicts(raised, 0)[0]).toEqual(['fail', true]);
  });

  it('judges a weighted rule on the total, not commune by commune, and ignores an own target', () => {
    const weighted = { ...INDICATORS[0]!, min: pct(60), mode: 'weighted' as const, floor: pct(30), ownTarget: pct(99), checkOwnTarget: true };
    const plan = district('Huyện A', 0, [{ volume: 300, target: pct(50) }, { volume: 100, target: pct(90) }]);
    expect(provinceTotal([plan], [INDICATORS[0]!], () => weighted, 0)[0]).toMatchObject({ aggregate: pct(60), verdict: 'pass', withTarget: 2, unitCount: 2 });
  });

  it('says "empty" without a target anywhere, and "incomplete" while a commune has none', () => {
    const none = district('Huyện A', 0, [{ volume: 10, target: null }]);
    const some = district('Huyện B', 100, [{ volume: 10, target: pct(80) }]);
    expect(provinceTotal([none], INDICATORS, (c) => c, 0)[0]).toMatchObject({ aggregate: null, verdict: 'empty' });
    expect(provinceTotal([none, some], INDICATORS, (c) => c, 0)[0]).toMatchObject({ aggregate: pct(80), verdict: 'incomplete', withTarget: 1, unitCount: 2 });
  });
});

describe('consolidate, with the province\'s plan', () => {
  const province = {
    indicators: INDICATORS,
    units: [
      { ...makeUnit(1), code: code('550'), name: 'Tuy Phước', type: 'Huyện' },
      { ...makeUnit(2), code: code('540'), name: 'Thành phố Quy Nhơn', type: 'Thành phố' },
      { ...makeUnit(3), code: code('551'), name: 'Huyện Vân Canh', type: 'Huyện' },
    ],
  };
  const received = (plan: Plan, fileName: string) => ({ plan, fileName, exportedAt: '2023-07-20T00:00:00Z' });

  it('lists the member districts that sent nothing, flags a district that is no member, and counts every district in the total', () => {
    const tuyPhuoc = { ...makeTestPlan({ units: 3 }), allocatingUnit: 'UBND huyện Tuy Phước' };
    const quyNhon = { ...makeTestPlan({ units: 2 }), allocatingUnit: 'THÀNH PHỐ QUY NHƠN' };
    const stranger = { ...makeTestPlan({ units: 1 }), allocatingUnit: 'Huyện Châu Thành' };
    const c = consolidate([received(tuyPhuoc, 'a'), received(quyNhon, 'b'), received(stranger, 'c')], province);
    expect(c.missing.map((m) => m.code)).toEqual(['551']);
    expect(c.rows.map((r) => [r.plan.allocatingUnit, r.member])).toEqual([
      ['Huyện Châu Thành', false], ['THÀNH PHỐ QUY NHƠN', true], ['UBND huyện Tuy Phước', true],
    ]);
    expect(c.total.map((t) => [t.unitCount, t.verdict])).toEqual(Array(5).fill([6, 'incomplete']));
  });

  it('passes the total once every member district sent a complete plan that meets the general targets', () => {
    const names = ['Huyện Tuy Phước', 'Thành phố Quy Nhơn', 'Huyện Vân Canh'];
    const c = consolidate(names.map((n, k) => received({ ...makeTestPlan({ units: 2 }), allocatingUnit: n }, `${k}`)), province);
    expect(c.missing).toEqual([]);
    expect(c.total.map((t) => t.verdict)).toEqual(Array(5).fill('pass'));
  });

  it('without a province plan: no member is missing, no district is flagged, the total is shown but not judged', () => {
    const c = consolidate([received({ ...makeTestPlan({ units: 2 }), allocatingUnit: 'Huyện A' }, 'a')]);
    expect([c.missing, c.rows[0]!.member]).toEqual([[], null]);
    expect(c.total.map((t) => [t.aggregate, t.verdict, t.compared])).toEqual(INDICATORS.map((i) => [i.mandatory ? pct(100) : pct(80), 'incomplete', false]));
  });
});
