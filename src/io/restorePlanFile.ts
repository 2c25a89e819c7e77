import type { z } from 'zod';
import { indicatorId, planId, unitCode, type IndicatorId } from '../domain/ids';
import type { Indicator } from '../domain/indicators';
import type { Plan, Unit } from '../domain/plan';
import type { Rate } from '../domain/rate';
import { rateProblem } from '../domain/valueRule';
import { formatPath, MAX_FILE_BYTES, type FileProblem, type Restored } from './fileProblem';
import { migrate, planFileMigrations } from './migrations';
import { jsonErrorOffset } from './jsonErrorOffset';
import { RESERVED_UNIT_CODES } from '../domain/unitLimits';
import { PLAN_FILE_FORMAT, PLAN_FILE_VERSION, PlanFileV3 } from './planFileFormat';

export interface RestoredPlanFile {
  plan: Plan;
  exportedAt: string;
  exportedBy: string;
  app: string;
  /** The format version the file was written in (before migration). */
  formatVersion: number;
}

/** Reads a JSON document; a syntax error names the line and column where the text stops making sense. */
export function parseJsonText(text: string, file: string): { ok: true; value: unknown } | { ok: false; problem: FileProblem } {
  if (text.trim() === '') return { ok: false, problem: { code: 'empty', file } };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const found = jsonErrorOffset(text);
    const offset = found >= 0 ? found : text.length;
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    return { ok: false, problem: { code: 'notJson', file, line, column: offset - before.lastIndexOf('\n'), params: { detail: message } } };
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A percent number with at most two decimals, as a rate; null if it has more. */
export function toRate(percent: number): Rate | null {
  const scaled = percent * 100;
  const rounded = Math.round(scaled);
  return Math.abs(scaled - rounded) < 1e-6 ? (rounded as Rate) : null;
}

/**
 * Reads the percent numbers of one file into rates, collecting a located problem for every value the one
 * value rule refuses (`valueRule.ts`): more than two decimals, or outside 0–100 %. Shared by every file kind.
 */
export function rateReader(file: string, problems: FileProblem[]) {
  return (percent: number, field: string): Rate | undefined => {
    const r = toRate(percent);
    if (r === null) {
      problems.push({ code: 'tooManyDecimals', file, field, params: { value: percent } });
      return undefined;
    }
    if (rateProblem(r) !== null) {
      problems.push({ code: 'outOfRange', file, field, params: { value: percent } });
      return undefined;
    }
    return r;
  };
}

/**
 * A plan file from outside → a plan, or every problem found, each with where it is. Order: size, JSON,
 * format, version (a newer one is refused, naming both versions; older ones are migrated step by step),
 * then the schema (Zod), then the plan's own consistency (unique unit codes, known indicators).
 * Nothing is written here; the caller writes only a plan that came back ok.
 */
export function restorePlanFile(text: string, file: string, parsed?: { value: unknown }): Restored<RestoredPlanFile> {
  const envelope = openEnvelope(text, file, PLAN_FILE_FORMAT, PLAN_FILE_VERSION, parsed);
  if (!envelope.ok) return envelope;
  const { doc, version } = envelope;
  const migrated = migrate(doc, version, planFileMigrations).doc;
  const checked = PlanFileV3.safeParse(migrated);
  if (!checked.success) return fail(...zodProblems(checked.error, file));
  return normalise(checked.data, file, version);
}

/**
 * The steps every file of the app goes through before its schema: size, JSON, the `format` it claims, and a
 * `formatVersion` this app can read (a newer one is refused, naming both versions and the writing app).
 * `parsed`: the text already parsed by the caller (`JSON.parse` of the text without its BOM), not parsed again.
 */
export function openEnvelope(text: string, file: string, format: string, currentVersion: number, parsed?: { value: unknown }):
  { ok: true; doc: Record<string, unknown>; version: number } | { ok: false; problems: FileProblem[] } {
  if (text.length > MAX_FILE_BYTES) return fail({ code: 'tooLarge', file, params: { limitMb: MAX_FILE_BYTES / 1024 / 1024 } });
  const json = parsed ? { ok: true as const, value: parsed.value } : parseJsonText(text.replace(/^\uFEFF/, ''), file);
  if (!json.ok) return fail(json.problem);
  const doc = json.value;
  if (!isRecord(doc) || doc.format !== format) {
    return fail({ code: 'unknownFormat', file, params: { format: isRecord(doc) && typeof doc.format === 'string' ? doc.format : '' } });
  }
  const version = doc.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail({ code: 'invalidValue', file, field: 'formatVersion', params: { reason: 'type', expected: 'int' } });
  }
  if (version > currentVersion) {
    return fail({ code: 'newerVersion', file, params: { fileVersion: version, appVersion: currentVersion, app: typeof doc.app === 'string' ? doc.app : '' } });
  }
  return { ok: true, doc, version };
}

function fail(...problems: FileProblem[]): { ok: false; problems: FileProblem[] } {
  return { ok: false, problems };
}

/**
 * Zod's findings as problems the UI can word in the user's language: what kind of value was expected,
 * or the limit that was crossed, never the validator's English sentence.
 */
export function zodProblems(error: z.ZodError, file: string): FileProblem[] {
  return error.issues.slice(0, 50).map((issue): FileProblem => {
    const field = formatPath(issue.path);
    switch (issue.code) {
      case 'invalid_type':
        if (/received undefined/.test(issue.message)) return { code: 'missingField', file, field };
        return { code: 'invalidValue', file, field, params: { reason: 'type', expected: String(issue.expected) } };
      case 'too_small':
        return { code: 'invalidValue', file, field, params: Number(issue.minimum) === 1 && issue.origin !== 'number'
          ? { reason: 'empty' } : { reason: 'small', limit: Number(issue.minimum) } };
      case 'too_big':
        return { code: 'invalidValue', file, field, params: { reason: 'big', limit: Number(issue.maximum) } };
      case 'invalid_value':
        return { code: 'invalidValue', file, field, params: { reason: 'oneOf', values: issue.values.map(String).join(', ') } };
      case 'invalid_key':
        return { code: 'invalidValue', file, field, params: { reason: 'key' } };
      default:
        return { code: 'invalidValue', file, field, params: { reason: 'format' } };
    }
  });
}

function normalise(data: PlanFileV3, file: string, formatVersion: number): Restored<RestoredPlanFile> {
  const plan = normalisePlan(data.plan, file, 'plan');
  if (!plan.ok) return plan;
  return { ok: true, value: { plan: plan.value, exportedAt: data.exportedAt, exportedBy: data.exportedBy, app: data.app, formatVersion } };
}

/**
 * A plan as a file carries it (already through the schema) → a plan of the app, or every problem with its
 * field (under `at`, e.g. `plan` or `plans[2]`): rates with more than two decimals or outside 0–100 %, duplicate or reserved
 * unit codes, values for indicators the plan does not have. Shared by plan files and backups.
 */
export function normalisePlan(p: PlanFileV3['plan'], file: string, at: string): Restored<Plan> {
  const problems: FileProblem[] = [];
  const rate = rateReader(file, problems);
  const ids = new Set<string>();
  const indicators: Indicator[] = p.indicators.map((i, n) => {
    if (ids.has(i.id)) problems.push({ code: 'duplicateIndicator', file, field: `${at}.indicators[${n}].id`, params: { id: i.id } });
    ids.add(i.id);
    const field = `${at}.indicators[${n}]`;
    return {
      id: indicatorId(i.id), name: { vi: i.name.vi, en: i.name.en }, min: i.min === null ? null : rate(i.min, `${field}.min`) ?? null, mode: i.mode,
      floor: i.floor === null ? null : rate(i.floor, `${field}.floor`) ?? null, mandatory: i.mandatory,
      ownTarget: i.ownTarget === null ? null : rate(i.ownTarget, `${field}.ownTarget`) ?? null, checkOwnTarget: i.checkOwnTarget,
    };
  });
  const codes = new Map<string, number>();
  const units: Unit[] = p.units.map((u, n) => {
    const earlier = codes.get(u.code);
    if (earlier !== undefined) problems.push({ code: 'duplicateUnit', file, field: `${at}.units[${n}].code`, params: { code: u.code, first: earlier } });
    codes.set(u.code, n);
    if (RESERVED_UNIT_CODES.includes(u.code)) problems.push({ code: 'reservedCode', file, field: `${at}.units[${n}].code`, params: { code: u.code } });
    const values = (map: Record<string, number>, kind: 'baseline' | 'target') => {
      const out: Partial<Record<IndicatorId, Rate>> = {};
      for (const [key, percent] of Object.entries(map)) {
        const field = `${at}.units[${n}].${kind}.${key}`;
        if (!ids.has(key)) {
          problems.push({ code: 'unknownIndicator', file, field, params: { id: key } });
          continue;
        }
        const r = rate(percent, field);
        // Assignment on a fresh object: keys were checked against the plan's ids above.
        if (r !== undefined) out[indicatorId(key)] = r;
      }
      return out;
    };
    return { code: unitCode(u.code), name: u.name, type: u.type.trim(), volume: u.volume, baseline: values(u.baseline, 'baseline'), target: values(u.target, 'target') };
  });
  if (problems.length > 0) return fail(...problems);
  return {
    ok: true,
    value: {
      id: planId(p.id), name: p.name, period: p.period, allocatingUnit: p.allocatingUnit, notes: p.notes, status: p.status,
      indicators, units, revision: 0, createdAt: p.createdAt, updatedAt: p.updatedAt,
    },
  };
}
