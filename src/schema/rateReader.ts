import { indicatorId } from '../domain/ids';
import type { Indicator } from '../domain/indicators';
import type { Rate } from '../domain/rate';
import { rateProblem } from '../domain/valueRule';
import type { FileProblem } from './fileProblem';
import type { RateEncoding } from './planMigrations';
import type { VersionV2 } from './planSchema';

/** A percent number with at most two decimals, as a rate; null if it has more. */
export function toRate(percent: number): Rate | null {
  const scaled = percent * 100;
  const rounded = Math.round(scaled);
  return Math.abs(scaled - rounded) < 1e-6 ? (rounded as Rate) : null;
}

/**
 * Reads the rates of one source into rates, collecting a located problem for every value the one value rule
 * refuses (`valueRule.ts`): more than two decimals, or outside 0–100 %. Shared by every file kind and storage.
 */
export function rateReader(file: string, problems: FileProblem[], encoding: RateEncoding = 'percent') {
  return (value: number, field: string): Rate | undefined => {
    const r = encoding === 'percent' ? toRate(value) : Number.isInteger(value) ? (value as Rate) : null;
    const shown = encoding === 'percent' ? value : value / 100;
    if (r === null) {
      problems.push({ code: 'tooManyDecimals', file, field, params: { value: shown } });
      return undefined;
    }
    if (rateProblem(r) !== null) {
      problems.push({ code: 'outOfRange', file, field, params: { value: shown } });
      return undefined;
    }
    return r;
  };
}

/** Reads a rate (or reports it) at a field. */
export type RateRead = (value: number, field: string) => Rate | undefined;

/**
 * A plan's (or a version's) indicators through the schema → the app's, each rate read by `rate`; a repeated
 * id is a problem at its field. `field` turns a path inside the plan into the full field name.
 */
export function normaliseIndicators(list: VersionV2['indicators'], field: (rest: string) => string, file: string, problems: FileProblem[], rate: RateRead): Indicator[] {
  const ids = new Set<string>();
  return list.map((i, n) => {
    if (ids.has(i.id)) problems.push({ code: 'duplicateIndicator', file, field: field(`indicators[${n}].id`), params: { id: i.id } });
    ids.add(i.id);
    const here = field(`indicators[${n}]`);
    const optional = (value: number | null, name: string) => (value === null ? null : rate(value, `${here}.${name}`) ?? null);
    const indicator: Indicator = {
      id: indicatorId(i.id), name: { vi: i.name.vi, en: i.name.en }, min: optional(i.min, 'min'), mode: i.mode,
      floor: optional(i.floor, 'floor'), mandatory: i.mandatory, ownTarget: optional(i.ownTarget, 'ownTarget'), checkOwnTarget: i.checkOwnTarget,
    };
    const c = i.counts;
    return c ? { ...indicator, counts: { num: { vi: c.num.vi, en: c.num.en }, den: { vi: c.den.vi, en: c.den.en } } } : indicator;
  });
}
