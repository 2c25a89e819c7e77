import { indicatorId, unitCode, type IndicatorId } from '../domain/ids';
import type { PlanVersion, VersionUnit } from '../domain/plan';
import type { Rate } from '../domain/rate';
import type { FileProblem } from './fileProblem';
import type { RateEncoding } from './planMigrations';
import type { VersionV2 } from './planSchema';
import { normaliseIndicators, rateReader, type RateRead } from './rateReader';

/**
 * A plan's named versions through the schema → the app's, every problem at its field: rates (two decimals,
 * 0–100 %), an indicator repeated, a unit repeated in a version, a target or lock on an indicator the version
 * does not have, two versions of one id. A version may name units the plan no longer has (removed since).
 */
export function normaliseVersions(list: readonly VersionV2[], field: (rest: string) => string, file: string, problems: FileProblem[], encoding: RateEncoding): PlanVersion[] {
  const rate = rateReader(file, problems, encoding);
  const seen = new Set<string>();
  return list.map((v, n) => {
    const at = (rest: string) => field(`versions[${n}].${rest}`);
    if (seen.has(v.id)) problems.push({ code: 'invalidValue', file, field: at('id'), params: { reason: 'duplicate' } });
    seen.add(v.id);
    return normaliseVersion(v, at, file, problems, rate);
  });
}

function normaliseVersion(v: VersionV2, at: (rest: string) => string, file: string, problems: FileProblem[], rate: RateRead): PlanVersion {
  const indicators = normaliseIndicators(v.indicators, at, file, problems, rate);
  const ids = new Set<string>(indicators.map((i) => i.id));
  const codes = new Set<string>();
  const units = v.units.map((u, n): VersionUnit => {
    const here = `units[${n}]`;
    if (codes.has(u.code)) problems.push({ code: 'duplicateUnit', file, field: at(`${here}.code`), params: { code: u.code } });
    codes.add(u.code);
    const target: Partial<Record<IndicatorId, Rate>> = {};
    for (const [key, value] of Object.entries(u.target)) {
      if (!ids.has(key)) problems.push({ code: 'unknownIndicator', file, field: at(`${here}.target.${key}`), params: { id: key } });
      else {
        const r = rate(value, at(`${here}.target.${key}`));
        if (r !== undefined) target[indicatorId(key)] = r;
      }
    }
    const locked: Partial<Record<IndicatorId, true>> = {};
    for (const key of Object.keys(u.locked ?? {})) {
      if (ids.has(key)) locked[indicatorId(key)] = true;
      else problems.push({ code: 'unknownIndicator', file, field: at(`${here}.locked.${key}`), params: { id: key } });
    }
    const code = unitCode(u.code);
    return Object.keys(locked).length > 0 ? { code, target, locked } : { code, target };
  });
  return { id: v.id, name: v.name, savedAt: v.savedAt, indicators, units };
}
