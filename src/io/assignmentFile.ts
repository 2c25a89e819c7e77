import { z } from 'zod';
import type { Assignment } from '../domain/assignment';
import { indicatorId, unitCode, type IndicatorId } from '../domain/ids';
import type { Indicator } from '../domain/indicators';
import { PERCENT_100, rateToPercent, type Rate } from '../domain/rate';
import { failed, type FileProblem, type Restored } from '../schema/fileProblem';
import { IndicatorV1, UnitV1 } from '../schema/planSchema';
import { RESERVED_UNIT_CODES } from '../domain/unitLimits';
import { rateReader, restorePlan } from '../schema/restorePlan';
import { zodProblems } from '../schema/zodProblems';
import { openEnvelope } from './envelope';
import { safeFileName } from './serializePlanFile';

/**
 * The assignment file (`giao-chi-tieu-<unit>_<period>.json`): a province's indicators and general targets,
 * each district's own targets and optionally its unit list; one file per district, or one for all.
 * Version history: 1 — the first format.
 */
export const ASSIGNMENT_FILE_FORMAT = 'dvctt-assignment';
export const ASSIGNMENT_FILE_VERSION = 1;
/** The plan schema version of the indicators an assignment file of version 1 carries. */
const ASSIGNMENT_PLAN_VERSION = 1;

const AssignmentFileV1 = z.strictObject({
  format: z.literal(ASSIGNMENT_FILE_FORMAT),
  formatVersion: z.literal(1),
  app: z.string().max(40),
  exportedAt: z.string().max(40),
  exportedBy: z.string().max(1000),
  assignment: z.strictObject({
    period: z.string().max(40),
    issuedBy: z.string().max(1000),
    indicators: z.array(IndicatorV1).min(1).max(100),
    districts: z.array(z.strictObject({
      code: z.string().trim().min(1).max(200),
      name: z.string().trim().min(1).max(1000),
      ownTargets: z.record(IndicatorV1.shape.id, z.number().finite()),
      units: z.array(UnitV1).max(1_000_000),
    })).min(1).max(10_000),
  }),
});

const pct = (r: Rate | null) => (r === null ? null : rateToPercent(r));

/**
 * The assignment as its file carries it. Every general target must be set (the export refuses an indicator
 * whose general target is not entered: members would receive a rule nobody set); an unset one here is a bug.
 */
export function serializeAssignmentFile(assignment: Assignment, context: { appVersion: string; exportedAt: string }): string {
  const unset = assignment.indicators.find((i) => i.min === null && !i.mandatory);
  if (unset) throw new Error(`The general target of ${unset.id} is not set`);
  const ids = assignment.indicators.map((i) => i.id);
  const ordered = (values: Partial<Record<IndicatorId, Rate>>) => {
    const out: Record<string, number> = {};
    for (const id of ids) if (values[id] !== undefined) out[id] = rateToPercent(values[id]!);
    return out;
  };
  const doc = {
    format: ASSIGNMENT_FILE_FORMAT,
    formatVersion: ASSIGNMENT_FILE_VERSION,
    app: context.appVersion,
    exportedAt: context.exportedAt,
    exportedBy: assignment.issuedBy,
    assignment: {
      period: assignment.period,
      issuedBy: assignment.issuedBy,
      indicators: assignment.indicators.map((i) => ({ id: i.id, name: { vi: i.name.vi, en: i.name.en }, min: rateToPercent(i.min ?? PERCENT_100), mode: i.mode,
        floor: pct(i.floor), mandatory: i.mandatory, ownTarget: null })),
      districts: assignment.districts.map((d) => ({
        code: d.code, name: d.name, ownTargets: ordered(d.ownTargets),
        units: d.units.map((u) => ({ code: u.code, name: u.name, type: u.type, volume: u.volume, baseline: ordered(u.baseline), target: {} })),
      })),
    },
  };
  return `${JSON.stringify(doc, null, 1)}\n`;
}

/**
 * An assignment file's name, without its extension: `giao-chi-tieu-<subject>_<period>` without diacritics
 * (`safeFileName`, which does not repeat a period the subject names). A subject that starts with "giao chỉ
 * tiêu" is not given the words again.
 */
export function assignmentFileName(subject: string, period: string): string {
  const folded = `-${subject.trim() ? safeFileName(subject, '').toLowerCase() : ''}-`;
  return safeFileName(folded.startsWith('-giao-chi-tieu-') ? subject : `giao chi tieu ${subject}`, period);
}

export interface RestoredAssignment {
  assignment: Assignment;
  exportedAt: string;
}

/** An assignment file from outside → an assignment, or every problem with where it is; nothing is written. */
export function restoreAssignmentFile(text: string, file: string): Restored<RestoredAssignment> {
  const envelope = openEnvelope(text, file, ASSIGNMENT_FILE_FORMAT, ASSIGNMENT_FILE_VERSION);
  if (!envelope.ok) return envelope;
  const checked = AssignmentFileV1.safeParse(envelope.doc);
  if (!checked.success) {
    return failed(...zodProblems(checked.error, file));
  }
  const problems: FileProblem[] = [];
  const rate = rateReader(file, problems);
  const a = checked.data.assignment;
  const known = new Set(a.indicators.map((i) => i.id));
  // The indicators are a plan's indicators of schema version 1 (the version this format was made with): they
  // take the one restore of every plan, migrations included, as a plan without units. An indicator's own target
  // is not taken from an assignment (each district's is in `districts`), but an impossible one is refused there.
  const asPlan = restorePlan({
    id: 'assignment', name: 'assignment', period: a.period, allocatingUnit: a.issuedBy, notes: '', status: 'draft',
    createdAt: checked.data.exportedAt, updatedAt: checked.data.exportedAt, indicators: a.indicators, units: [],
  }, ASSIGNMENT_PLAN_VERSION, { file, at: ['assignment'] });
  if (!asPlan.ok) problems.push(...asPlan.problems);
  const indicators: Indicator[] = asPlan.ok ? asPlan.value.indicators.map((i) => ({ ...i, ownTarget: null, checkOwnTarget: false })) : [];
  const districts = a.districts.map((d, n) => {
    const ownTargets: Partial<Record<IndicatorId, Rate>> = {};
    for (const [key, value] of Object.entries(d.ownTargets)) {
      const field = `assignment.districts[${n}].ownTargets.${key}`;
      if (!known.has(key)) problems.push({ code: 'unknownIndicator', file, field, params: { id: key } });
      else {
        const r = rate(value, field);
        if (r !== undefined) ownTargets[indicatorId(key)] = r;
      }
    }
    const units = d.units.map((u, k) => {
      const baseline: Partial<Record<IndicatorId, Rate>> = {};
      for (const [key, value] of Object.entries(u.baseline)) {
        if (known.has(key)) {
          const r = rate(value, `assignment.districts[${n}].units[${k}].baseline.${key}`);
          if (r !== undefined) baseline[indicatorId(key)] = r;
        }
      }
      // Targets are not taken from an assignment, but a file holding an impossible one is not a sound file.
      for (const [key, value] of Object.entries(u.target)) rate(value, `assignment.districts[${n}].units[${k}].target.${key}`);
      return { code: unitCode(u.code), name: u.name, type: u.type, volume: u.volume, baseline, target: {} };
    });
    const codes = new Map<string, number>();
    units.forEach((u, k) => {
      const field = `assignment.districts[${n}].units[${k}].code`;
      if (codes.has(u.code)) problems.push({ code: 'duplicateUnit', file, field, params: { code: u.code, first: codes.get(u.code) ?? 0 } });
      if (RESERVED_UNIT_CODES.includes(u.code)) problems.push({ code: 'reservedCode', file, field, params: { code: u.code } });
      codes.set(u.code, k);
    });
    return { code: d.code, name: d.name, ownTargets, units };
  });
  if (problems.length > 0) return failed(...problems);
  return { ok: true, value: { assignment: { period: a.period, issuedBy: a.issuedBy, indicators, districts }, exportedAt: checked.data.exportedAt } };
}
