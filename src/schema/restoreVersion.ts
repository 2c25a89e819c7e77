import type { PlanVersion } from '../domain/plan';
import type { FileProblem, Restored } from './fileProblem';
import { isRecord } from './isRecord';
import type { RateEncoding } from './planMigrations';
import { VersionV2 } from './planSchema';
import { normaliseVersions } from './normaliseVersions';
import { zodProblems } from './zodProblems';
import { z } from 'zod';

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
