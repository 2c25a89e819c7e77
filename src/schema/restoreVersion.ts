import { indicatorId, unitCode, type IndicatorId } from '../domain/ids';
import type { PlanVersion, VersionUnit } from '../domain/plan';
import type { Rate } from '../domain/rate';
import type { FileProblem, Restored } from './fileProblem';
import type { RateEncoding } from './planMigrations';
import { VersionV2 } from './planSchema';
import { normaliseIndicators, rateReader, type RateRead } from './rateReader';
import { zodProblems } from './zodProblems';
import { z } from 'zod';

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

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether a stored version's unit is of the schema's shape (`VersionUnitV1`), answered without Zod; its values are checked after. */
function soundUnit(u: unknown): boolean {
  if (!isRecord(u)) return false;
  for (const key of Object.keys(u)) if (key !== 'code' && key !== 'target' && key !== 'locked') return false;
  const { code, target, locked } = u;
  if (typeof code !== 'string' || code.length === 0 || code.length > 200 || code.trim() !== code || !isRecord(target)) return false;
  for (const key of Object.keys(target)) if (typeof target[key] !== 'number' || !Number.isFinite(target[key])) return false;
  if (locked === undefined) return true;
  return isRecord(locked) && Object.keys(locked).every((key) => locked[key] === true);
}

/** A stored version with its units left to the quick check: Zod takes about 0.1 s for a version of 10,598 units, read every time the list is. */
const StoredVersionHead = VersionV2.extend({ units: z.array(z.unknown()).max(1_000_000) });

/**
 * One stored version (rates in hundredths) → the app's, through the same schema and checks as a file's (units
 * of the expected shape are checked without Zod, as a stored plan's are; one that fails goes through Zod to word
 * its problem); `file` names it in problems (the plan's name).
 */
export function restoreStoredVersion(raw: unknown, file: string): Restored<PlanVersion> {
  const head = StoredVersionHead.safeParse(raw);
  if (!head.success) return { ok: false, problems: zodProblems(head.error, file) };
  const bad = head.data.units.findIndex((u) => !soundUnit(u));
  const checked = bad < 0 ? { success: true as const, data: head.data as VersionV2 } : VersionV2.safeParse(raw);
  if (!checked.success) return { ok: false, problems: zodProblems(checked.error, file) };
  const problems: FileProblem[] = [];
  const [version] = normaliseVersions([checked.data], (rest) => rest.replace(/^versions\[0\]\./, ''), file, problems, 'hundredths' as RateEncoding);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: version! };
}
