import { indicatorId, unitCode, type IndicatorId } from '../../src/domain/ids';
import { ILLUSTRATIVE_GENERAL_TARGETS, makeDefaultIndicators, type Indicator } from '../../src/domain/indicators';
import type { Plan, Unit } from '../../src/domain/plan';
import { makePlan } from '../../src/domain/planFactory';
import type { Rate } from '../../src/domain/rate';

export const NOW = '2023-07-01T00:00:00.000Z';
export const ind = indicatorId;
export const code = unitCode;
export const pct = (percent: number) => Math.round(percent * 100) as Rate;

let counter = 0;
export const testId = () => `plan-${++counter}`;

export function makeUnit(n: number, values: { volume?: number | null; baseline?: Partial<Record<string, number>>; target?: Partial<Record<string, number>> } = {}): Unit {
  const map = (v: Partial<Record<string, number>> = {}) =>
    Object.fromEntries(Object.entries(v).map(([k, p]) => [k, pct(p as number)])) as Partial<Record<IndicatorId, Rate>>;
  return {
    code: unitCode(String(10000 + n)), name: `Xã Thử ${n}`, type: 'Xã',
    volume: values.volume === undefined ? 100 + n : values.volume,
    baseline: map(values.baseline), target: map(values.target),
  };
}

/** A plan with `units` units whose targets all meet the default assignment. */
export function makeTestPlan(options: { units?: number; indicators?: Indicator[]; id?: string } = {}): Plan {
  const indicators = options.indicators ?? makeDefaultIndicators(ILLUSTRATIVE_GENERAL_TARGETS);
  const units = Array.from({ length: options.units ?? 3 }, (_, n) =>
    makeUnit(n, { baseline: Object.fromEntries(indicators.map((i) => [i.id, 40])), target: Object.fromEntries(indicators.map((i) => [i.id, i.mandatory ? 100 : 80])) }));
  return makePlan({ id: options.id as Plan['id'] | undefined, name: 'Thử', period: '2023-H2', allocatingUnit: 'Huyện Thử', units, indicators }, NOW, testId);
}
