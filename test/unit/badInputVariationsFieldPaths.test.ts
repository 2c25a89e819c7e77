/**
 * Generated variations of the bad-input corpus (test/fixtures/bad-inputs/): an impossible value at every field
 * path of a plan file, an assignment file and a backup (format 2 and 1), read through the app's reading path
 * against the demo plan in a fresh database, each reading checked to write nothing and the user told where: the
 * field path.
 */
import { describe, expect, it } from 'vitest';
import { makeAssignment } from '../../src/domain/assignment';
import { planId, unitCode, type IndicatorId } from '../../src/domain/ids';
import type { Plan } from '../../src/domain/plan';
import { makePlan } from '../../src/domain/planFactory';
import { rateFromPercent, type Rate } from '../../src/domain/rate';
import { serializeAssignmentFile } from '../../src/io/assignmentFile';
import { serializeBackupFile } from '../../src/io/backupFile';
import { sniffFileKind } from '../../src/io/fileKind';
import type { FileProblem } from '../../src/schema/fileProblem';
import { readJsonFile, type JsonReading } from '../../src/io/jsonImport';
import { serializePlanFile } from '../../src/io/serializePlanFile';
import { existingIds } from '../../src/state/backup';
import type { PlanRepository } from '../../src/storage/planRepository';
import { fileProblemMessage } from '../../src/ui/i18n/fileProblemText';
import { NOW } from '../support/builders';
import { asFileText, assignmentPaths, getAt, planPaths, withValueAt, type FieldPath } from '../support/jsonPath';
import { demo, IDS, storage, utf8 } from '../support/badInputVariations';

const CONTEXT = { appVersion: '0.1.0', exportedAt: '2023-12-01T08:00:00.000Z' };

/** The app's JSON reading path (state/fileImport.ts): restored by its `format`, and what storage has of it looked up. */
async function readJsonAgainst(repo: PlanRepository, text: string, file: string): Promise<JsonReading> {
  const bytes = utf8(text);
  expect(sniffFileKind(bytes, file)).toBe('json');
  const reading = readJsonFile(bytes, file);
  if (reading.restored.ok && reading.kind === 'planFile') await repo.getPlanRecord(reading.restored.value.plan.id);
  if (reading.restored.ok && reading.kind === 'backup') await existingIds(repo, reading.restored.value.plans);
  return reading;
}

type PathKind = FieldPath['kind'];

/** Percentages no rate can be: just above 100, just below 0, and far out (the largest the schema lets through to the value rule). */
const RATE_VALUES: [value: number, written: string][] = [[100.01, '100,01'], [-0.01, '-0,01'], [1e6, '1000000']];
/** Volumes no unit can have, and what the schema says of each. */
const VOLUME_VALUES: [value: number, params: FileProblem['params']][] = [
  [-1, { reason: 'small', limit: 0 }], [1.5, { reason: 'type', expected: 'int' }], [1e9, { reason: 'big', limit: 100_000_000 }],
];

/**
 * Puts `value` at `path` of the document, reads the file through the app's path and checks that it is refused
 * with exactly one problem, at that path, worded with the path and the value, and that storage is as it was.
 */
async function refusedAt(store: ReturnType<typeof storage>, doc: unknown, file: string, { path, kind }: FieldPath, value: number) {
  const reading = await readJsonAgainst(store.repo(), asFileText(withValueAt(doc, path, value)), file);
  store.noWrites();
  if (reading.restored.ok) throw new Error(`${path} = ${value} was read`);
  const { problems } = reading.restored;
  if (kind === 'rate') {
    const written = RATE_VALUES.find(([v]) => v === value)![1];
    expect(problems, path).toEqual([{ code: 'outOfRange', file, field: path, params: { value } }]);
    expect(problems.map(fileProblemMessage)).toEqual([`Tệp ${file}, ${path}: ${written} nằm ngoài khoảng 0–100%; không có gì bị thay đổi.`]);
  } else {
    const params = VOLUME_VALUES.find(([v]) => v === value)![1];
    expect(problems, path).toEqual([{ code: 'invalidValue', file, field: path, params }]);
    expect(fileProblemMessage(problems[0]!)).toMatch(new RegExp(`^Tệp ${file}, trường ${path.replace(/[.[\]]/g, '\\$&')}: .+\\.$`));
  }
}

const valuesFor = (kind: PathKind) => (kind === 'rate' ? RATE_VALUES.map(([v]) => v) : VOLUME_VALUES.map(([v]) => v));

describe('an impossible value at every field path', () => {
  const store = storage('every-path');

  it('of a plan file: refused with the one problem at that path (13 units × 11 numbers + 5 indicators × 3, each with three impossible values)', async () => {
    const doc = JSON.parse(serializePlanFile(demo, CONTEXT)) as unknown;
    expect(readJsonFile(utf8(asFileText(doc)), 'ke-hoach.dvctt.json').restored.ok).toBe(true);
    const paths = planPaths(demo, 'plan');
    expect(paths).toHaveLength(13 * 11 + 5 * 3);
    let count = 0;
    for (const p of paths) {
      for (const value of valuesFor(p.kind)) {
        await refusedAt(store, doc, 'ke-hoach.dvctt.json', p, value);
        count++;
      }
    }
    expect(count).toBe(3 * paths.length);
  });

  // The province's assignment: its districts as member units, Tuy Phước with its communes and their H1 results.
  const province = makePlan({ id: planId('binh-dinh-2023-h2'), name: 'Giao chỉ tiêu 2023-H2', period: '2023-H2', allocatingUnit: 'UBND tỉnh Bình Định',
    indicators: demo.indicators.map((i) => ({ ...i, ownTarget: null })),
    units: [['540', 'Thành phố Quy Nhơn', 70], ['550', 'Huyện Tuy Phước', 60], ['551', 'Huyện Vân Canh', 55]].map(([code, name, own]) => ({
      code: unitCode(String(code)), name: String(name), type: 'Huyện', volume: null, baseline: {},
      target: Object.fromEntries(IDS.map((id) => [id, rateFromPercent(Number(own))])) as Partial<Record<IndicatorId, Rate>>,
    })) }, NOW, () => 'x');
  const assignment = makeAssignment(province, (code) => (code === '550' ? demo.units.map((u) => ({ ...u, target: {} })) : []));
  const assignmentDoc = JSON.parse(serializeAssignmentFile(assignment, CONTEXT)) as unknown;
  const paths = assignmentPaths(assignment);

  it('of an assignment file (own targets, unit volumes, H1 results and targets, general targets and floors): refused with the one problem at that path', async () => {
    expect(readJsonFile(utf8(asFileText(assignmentDoc)), 'giao-chi-tieu.json')).toMatchObject({ kind: 'assignment', restored: { ok: true } });
    expect(paths).toHaveLength(3 * 5 + 13 * 11 + 5 * 2);
    let count = 0;
    for (const p of paths) {
      for (const value of valuesFor(p.kind)) {
        await refusedAt(store, assignmentDoc, 'giao-chi-tieu.json', p, value);
        count++;
      }
    }
    expect(count).toBe(3 * paths.length);
  });

  // An assignment file carries each indicator's `ownTarget` (the plan file's indicator shape); the app always
  // writes null there and, reading, ignores it (the receiving unit's own target is in `districts[].ownTargets`).
  // An impossible one is then accepted without a word, unlike an impossible target of a listed unit, which the
  // same reader refuses because "a file holding an impossible one is not a sound file" (src/io/assignmentFile.ts).
  it('of an assignment file, at an indicator\'s own target (ignored when read): refused like every other impossible value', async () => {
    for (const [n, value] of [[0, 100.01], [3, -0.01]] as const) {
      const path = `assignment.indicators[${n}].ownTarget`;
      expect(getAt(assignmentDoc, path)).toBeNull();
      await refusedAt(store, assignmentDoc, 'giao-chi-tieu.json', { path, kind: 'rate' }, value);
    }
  });

  // A backup of two plans: the demo plan and its next period.
  const next: Plan = { ...demo, id: planId('tuy-phuoc-2024-h1'), name: 'Kế hoạch Huyện Tuy Phước (2024-H1)', period: '2024-H1',
    units: demo.units.map(({ results: _results, ...u }) => ({ ...u, baseline: { ...u.target }, target: { ...u.target } })) };
  const backupDoc = JSON.parse(serializeBackupFile([demo, next], CONTEXT)) as { plans: { id: string; indicators: Record<string, unknown>[] }[] };
  /** The same backup as format 1 wrote it: no own-target check on the indicators (added by the migration). */
  const backupV1 = { ...backupDoc, formatVersion: 1, plans: backupDoc.plans.map((p) => ({ ...p, indicators: p.indicators.map(({ checkOwnTarget: _, ...i }) => i) })) };
  const backupPaths = [...planPaths(demo, 'plans[0]'), ...planPaths(next, 'plans[1]')];

  // The same reader as plan files (normalisePlan) under `plans[i]`: each path takes one of the three impossible
  // values in turn, the format-1 backup the next one, so that every path is tried with two of them.
  it.each([['format 2', backupDoc, 0], ['format 1, through the migration', backupV1, 1]] as const)(
    'of a backup (%s), in either plan: refused with the one problem at that path', async (_name, doc, shift) => {
      expect(backupDoc.plans.map((p) => p.id)).toEqual([demo.id, next.id]);
      expect(readJsonFile(utf8(asFileText(doc)), 'sao-luu.json')).toMatchObject({ kind: 'backup', restored: { ok: true, value: { plans: [{ id: demo.id }, { id: next.id }] } } });
      expect(backupPaths).toHaveLength(2 * (13 * 11 + 5 * 3));
      const tried = new Set<number>();
      for (const [k, p] of backupPaths.entries()) {
        const values = valuesFor(p.kind);
        const value = values[(k + shift) % values.length]!;
        await refusedAt(store, doc, 'sao-luu.json', p, value);
        tried.add(value);
      }
      expect(tried.size).toBe(RATE_VALUES.length + VOLUME_VALUES.length);
    });

  it('the plan file\'s own numbers are where the paths say (the paths are real)', () => {
    const doc = JSON.parse(serializePlanFile(demo, CONTEXT)) as unknown;
    expect(getAt(doc, 'plan.units[12].volume')).toBe(demo.units[12]!.volume);
    expect(getAt(doc, 'plan.units[0].target.online_dossiers')).toBe(64);
    expect(getAt(doc, 'plan.indicators[1].floor')).toBe(30);
    expect(getAt(assignmentDoc, 'assignment.districts[1].ownTargets.online_dossiers')).toBe(60);
    expect(getAt(backupDoc, 'plans[1].units[0].baseline.online_dossiers')).toBe(64);
  });
});
