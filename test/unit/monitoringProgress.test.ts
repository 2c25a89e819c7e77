import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../src/domain/commands';
import type { Plan, Unit } from '../../src/domain/plan';
import { aggregateProgress, ceilingTenths, monthWindow, percentValue, truncatedTenths, unitProgress } from '../../src/domain/monitoring/monthProgress';
import { MonthAccumulator, type MonthFigures } from '../../src/domain/monitoring/monthSums';
import { progressOf, type Fraction, type ProgressStatus } from '../../src/domain/monitoring/progress';
import { periodMonths, resultKey, type MonthKey, type ResultKey } from '../../src/domain/monitoring/resultKey';
import { restorePlanFile } from '../../src/io/restorePlanFile';
import { serializePlanFile } from '../../src/io/serializePlanFile';
import { ind, makeTestPlan, NOW, pct } from '../support/builders';

const OD = ind('online_dossiers');
const MONTHS = periodMonths('2023-H2');

/** One month's figures from counts (n of d), or missing (null). */
function month(entry: { n?: number; d?: number; r?: number } | null): MonthFigures {
  const acc = new MonthAccumulator();
  if (entry) acc.add({ n: entry.n ?? null, d: entry.d ?? null, r: entry.r === undefined ? null : pct(entry.r) });
  return acc.figures();
}
const percent = (f: Fraction | null) => (f ? percentValue(f) : null);

describe('progress of one unit (hand-computed)', () => {
  it('takes ΣN / ΣD, the required rate for the months left and the last month\'s rate', () => {
    // 30/100, 40/100, 50/100 in three of six months: 120/300 = 40 %; Dr = 100 × 3 = 300;
    // required = (50 % × (300 + 300) − 120) / 300 = 60 %, above the last month's 50 %: at risk.
    const p = progressOf([month({ n: 30, d: 100 }), month({ n: 40, d: 100 }), month({ n: 50, d: 100 })], pct(50), 3);
    expect([percent(p.rate), percent(p.required), percent(p.last), p.status]).toEqual([40, 60, 50, 'at-risk']);
  });

  it('never counts a missing month as zero: the average D is over the months that have figures', () => {
    // 30/100, missing, 50/100: 80/200 = 40 %; average D = 100, three months left → Dr = 300;
    // required = (50 % × 500 − 80) / 300 = 170/300 = 56,67 %.
    const p = progressOf([month({ n: 30, d: 100 }), month(null), month({ n: 50, d: 100 })], pct(50), 3);
    expect(percent(p.rate)).toBe(40);
    expect(p.required!.num * 300n).toBe(170n * 10_000n * p.required!.den);
    expect(p.monthsReported).toBe(2);
    // A month with figures of 0 online of 100 is a month reported, and it does lower the rate.
    expect(percent(progressOf([month({ n: 30, d: 100 }), month({ n: 0, d: 100 }), month({ n: 50, d: 100 })], pct(50), 3).rate)).toBeCloseTo(26.6667, 3);
  });

  it('is missing with no figures or no target, and a denominator typed alone is not yet a result', () => {
    expect(progressOf([month(null), month(null)], pct(50), 4).status).toBe('missing');
    expect(progressOf([month({ n: 10, d: 20 })], null, 4).status).toBe('missing');
    expect(progressOf([month({ d: 20 })], pct(50), 4).status).toBe('missing');
  });

  it('weighs a rate entered with its dossiers, and leaves a rate without dossiers out of the sums (counted apart)', () => {
    // 50 % of 200 = 100 online, with 30 of 100: 130/300.
    const p = progressOf([month({ r: 50, d: 200 }), month({ n: 30, d: 100 }), month({ r: 90 })], pct(40), 3);
    expect(p.rate).toEqual({ num: 130n * 10_000n, den: 300n });
    expect([p.unweighted, p.monthsReported]).toEqual([1, 2]);
  });

  it('counts a count typed without its dossiers apart as well, and judges nothing while a month is half reported', () => {
    // 60 of 100 would pass a 50 % target; the second month's 10 online, with no dossier count, may pull it under.
    const full = [month({ n: 60, d: 100 })];
    expect(progressOf(full, pct(50), 3).status).toBe('met');
    for (const half of [month({ n: 10 }), month({ r: 10 })]) {
      const p = progressOf([...full, half], pct(50), 3);
      expect(p.rate).toEqual({ num: 60n * 10_000n, den: 100n });
      expect([p.unweighted, p.monthsReported, p.status]).toEqual([1, 1, 'missing']);
    }
    // Nothing typed, or a denominator alone, is not a result: nothing is counted apart.
    expect(progressOf([...full, month(null), month({ d: 40 })], pct(50), 3)).toMatchObject({ unweighted: 0, status: 'met' });
  });

  describe('status boundaries, exact', () => {
    // 30/100 and 50/100 with two months left: rate 40 %, last 50 %, required = 2T − 40 (in percent).
    const two = [month({ n: 30, d: 100 }), month({ n: 50, d: 100 })];
    const status = (target: number, left = 2) => progressOf(two, pct(target), left).status;
    it('met at exactly the target, not a hundredth below', () => {
      expect(status(40)).toBe('met');
      expect(status(40.01)).not.toBe('met');
    });
    it('on track when the required rate equals the last month\'s, at risk a hundredth above', () => {
      expect(status(45)).toBe('on-track'); // required 50 = last 50
      expect(status(45.01)).toBe('at-risk'); // required 50,02
    });
    it('at risk at a required rate of exactly 100 %, behind above it', () => {
      expect(status(70)).toBe('at-risk'); // required 100
      expect(status(70.01)).toBe('behind'); // required 100,02
    });
    it('behind when no month is left and the target is not met', () => {
      expect(status(41, 0)).toBe('behind');
      expect(progressOf(two, pct(41), 0).required).toBeNull();
    });
  });

  it('shows the rate truncated and the required rate rounded up, to one decimal', () => {
    const third = { num: 10_000n, den: 3n }; // 33,333… %
    expect(truncatedTenths(third)).toBe(3330);
    expect(ceilingTenths(third)).toBe(3340);
    expect(ceilingTenths({ num: 5000n, den: 1n })).toBe(5000);
  });
});

/** A reference written apart from the app: plain fractions, the formula as it is written. */
function reference(months: ({ n: number; d: number } | null)[], target: number, left: number): { rate: number | null; status: ProgressStatus } {
  const reported = months.filter((m): m is { n: number; d: number } => m !== null);
  const N = reported.reduce((s, m) => s + m.n, 0);
  const D = reported.reduce((s, m) => s + m.d, 0);
  if (D === 0) return { rate: null, status: 'missing' };
  // Compare exactly by scaling: rate ≥ T  ⇔  N·10000 ≥ target·D.
  if (N * 10_000 >= target * D) return { rate: N / D, status: 'met' };
  if (left === 0) return { rate: N / D, status: 'behind' };
  const lastReported = [...reported].reverse().find((m) => m.d > 0)!;
  const k = reported.length;
  // required = (T·(D + Dr) − N) / Dr with Dr = D/k·L, compared as fractions of integers (×k×10000 on both sides).
  const reqNum = target * D * (k + left) - N * 10_000 * k; // / (D·L) in hundredths
  const reqDen = D * left;
  const behind = reqNum > 10_000 * reqDen;
  const onTrack = reqNum * lastReported.d <= lastReported.n * 10_000 * reqDen;
  return { rate: N / D, status: behind ? 'behind' : onTrack ? 'on-track' : 'at-risk' };
}

describe('progress (properties)', () => {
  const monthArb = fc.option(fc.integer({ min: 0, max: 5000 }).chain((d) => fc.record({ n: fc.integer({ min: 0, max: d }), d: fc.constant(d) })), { nil: null });

  it('agrees with the issue\'s formula and status rule at every month, missing months included', () => {
    fc.assert(fc.property(fc.array(monthArb, { minLength: 1, maxLength: 6 }), fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 6 }), (months, target, left) => {
      const p = progressOf(months.map(month), target as never, left);
      const ref = reference(months, target, left);
      expect(p.status).toBe(ref.status);
      if (ref.rate === null) expect(p.rate).toBeNull();
      else expect(percent(p.rate)! / 100).toBeCloseTo(ref.rate, 12);
    }), { numRuns: 2000 });
  });

  it('an allocating unit\'s rate is ΣN / ΣD over all its units and months (never a mean of rates), and a unit with no figures changes nothing', () => {
    const unitsArb = fc.array(fc.array(monthArb, { minLength: 6, maxLength: 6 }), { minLength: 1, maxLength: 12 });
    fc.assert(fc.property(unitsArb, fc.integer({ min: 0, max: 5 }), (figures, at) => {
      const plan = planWith(figures);
      const m = MONTHS[at]!;
      const p = aggregateProgress(plan, plan.indicators[0]!, m)!;
      let N = 0n;
      let D = 0n;
      for (const unit of figures) for (const f of unit.slice(0, at + 1)) if (f) { N += BigInt(f.n); D += BigInt(f.d); }
      if (D === 0n) expect(p.rate).toBeNull();
      else expect(p.rate!.num * D).toBe(N * 10_000n * p.rate!.den);
      const withSilent = { ...plan, units: [...plan.units, { ...plan.units[0]!, code: 'silent' as never, results: undefined }] };
      expect(aggregateProgress(withSilent, plan.indicators[0]!, m)!.rate).toEqual(p.rate);
    }), { numRuns: 300 });
  });

  it('an allocating unit is judged only once every unit has reported every month so far; until then its rate shows, its status is missing', () => {
    const unitsArb = fc.array(fc.array(monthArb, { minLength: 6, maxLength: 6 }), { minLength: 1, maxLength: 12 });
    fc.assert(fc.property(unitsArb, fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 10_000 }), (figures, at, target) => {
      const plan = planWith(figures);
      const judged = { ...plan.indicators[0]!, min: target as never };
      const p = aggregateProgress(plan, judged, MONTHS[at]!)!;
      const so = figures.map((unit) => unit.slice(0, at + 1));
      const least = Math.min(...so[0]!.map((_, k) => so.filter((unit) => unit[k] !== null).length));
      expect(p.reporting).toEqual({ least, of: figures.length });
      if (least < figures.length) expect([p.status, p.required]).toEqual(['missing', null]);
      else {
        // Every unit reported every month: the aggregate is judged as one unit with the summed figures would be.
        const summed = so[0]!.map((_, k) => so.reduce((acc, unit) => ({ n: acc.n + unit[k]!.n, d: acc.d + unit[k]!.d }), { n: 0, d: 0 }));
        expect(p.status).toBe(progressOf(summed.map(month), target as never, MONTHS.length - at - 1).status);
      }
    }), { numRuns: 500 });
  });

  it('a district where two communes of eighteen reported is not met, however high their rate', () => {
    const figures = Array.from({ length: 18 }, (_, k) => [k < 2 ? { n: 90, d: 100 } : null, k < 1 ? { n: 90, d: 100 } : null, null, null, null, null]);
    const plan = planWith(figures);
    const august = aggregateProgress(plan, plan.indicators[0]!, MONTHS[1]!)!;
    expect([percent(august.rate), august.status, august.reporting]).toEqual([90, 'missing', { least: 1, of: 18 }]);
    const all = planWith(Array.from({ length: 18 }, () => [{ n: 90, d: 100 }, { n: 90, d: 100 }, null, null, null, null]));
    expect(aggregateProgress(all, all.indicators[0]!, MONTHS[1]!)!.status).toBe('met');
  });

  it('keeps every figure through a plan file, a rate entered as a rate included', () => {
    fc.assert(fc.property(fc.array(fc.array(monthArb, { minLength: 6, maxLength: 6 }), { minLength: 1, maxLength: 5 }), fc.integer({ min: 0, max: 10_000 }), (figures, r) => {
      const plan = planWith(figures);
      const withRate: Plan = { ...plan, units: plan.units.map((u, k) => (k === 0 ? { ...u, results: { ...u.results, [resultKey(MONTHS[5]!, OD, 'r')]: r } as Unit['results'] } : u)) };
      const again = restorePlanFile(serializePlanFile(withRate, { appVersion: 't', exportedAt: 'now' }), 'x.dvctt.json');
      expect(again.ok && again.value.plan.units.map((u) => u.results)).toEqual(withRate.units.map((u) => u.results));
    }), { numRuns: 100 });
  });
});

/** A plan of `figures.length` units with these online-dossier figures for the six months of 2023-H2. */
function planWith(figures: ({ n: number; d: number } | null)[][]): Plan {
  const base = makeTestPlan({ units: figures.length });
  return {
    ...base,
    units: base.units.map((u, k) => {
      const results: Record<string, number> = {};
      figures[k]!.forEach((f, m) => {
        if (!f) return;
        results[resultKey(MONTHS[m]!, OD, 'n')] = f.n;
        results[resultKey(MONTHS[m]!, OD, 'd')] = f.d;
      });
      return Object.keys(results).length > 0 ? { ...u, results: results as Record<ResultKey, number> } : u;
    }),
  };
}

describe('writing monthly figures', () => {
  const plan = makeTestPlan();
  const code = plan.units[0]!.code;
  const write = (p: Plan, results: Record<string, number | null>) => applyCommand(p, { type: 'patchUnits', entries: [{ code, baseline: {}, target: {}, results: results as never }] }, NOW);

  it('refuses a numerator above its denominator, a fraction of a dossier, a month outside the period and an unknown indicator', () => {
    const jul = '2023-07' as MonthKey;
    expect(write(plan, { [resultKey(jul, OD, 'n')]: 120, [resultKey(jul, OD, 'd')]: 100 })).toMatchObject({ ok: false, reason: 'impossibleValue' });
    expect(write(plan, { [resultKey(jul, OD, 'n')]: 1.5 })).toMatchObject({ ok: false, reason: 'impossibleValue' });
    expect(write(plan, { [resultKey('2024-01' as MonthKey, OD, 'n')]: 1 })).toMatchObject({ ok: false, reason: 'unknownIndicator' });
    expect(write(plan, { [resultKey(jul, ind('ghost'), 'n')]: 1 })).toMatchObject({ ok: false, reason: 'unknownIndicator' });
    const ok = write(plan, { [resultKey(jul, OD, 'n')]: 80, [resultKey(jul, OD, 'd')]: 100 });
    expect(ok.ok && unitProgress(ok.plan, ok.plan.units[0]!, ok.plan.indicators[0]!, jul)?.rate).toEqual({ num: 800_000n, den: 100n });
    // Lowering the denominator below the numerator already there is refused too.
    expect(ok.ok && write(ok.plan, { [resultKey(jul, OD, 'd')]: 79 })).toMatchObject({ ok: false, reason: 'impossibleValue' });
    // Clearing every figure leaves no `results` key on the unit.
    const cleared = ok.ok && write(ok.plan, { [resultKey(jul, OD, 'n')]: null, [resultKey(jul, OD, 'd')]: null });
    expect(cleared && cleared.ok && 'results' in cleared.plan.units[0]!).toBe(false);
  });

  it('a new period keeps only its own months\' figures, as unit changes', () => {
    const withFigures = write(plan, { [resultKey('2023-07' as MonthKey, OD, 'n')]: 5, [resultKey('2023-12' as MonthKey, OD, 'd')]: 9 });
    const moved = withFigures.ok && applyCommand(withFigures.plan, { type: 'setPlanInfo', info: { period: '2023-Q4' } }, NOW);
    expect(moved && moved.ok && moved.plan.units[0]!.results).toEqual({ [resultKey('2023-12' as MonthKey, OD, 'd')]: 9 });
    expect(moved && moved.ok && moved.effect.changed).toEqual([code]);
  });

  it('knows the months so far and the months left of a period', () => {
    expect(monthWindow('2023-H2', '2023-09' as MonthKey)).toEqual({ months: ['2023-07', '2023-08', '2023-09'], left: 3 });
    expect(monthWindow('2023-H2', '2023-01' as MonthKey)).toBeNull();
    expect(periodMonths('2024')).toHaveLength(12);
  });
});
