import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changesOf, reverseChanges } from '../../src/domain/changes';
import { applyCommand, type Command } from '../../src/domain/commands';
import { ILLUSTRATIVE_GENERAL_TARGETS, makeDefaultIndicators, type Indicator } from '../../src/domain/indicators';
import type { Plan } from '../../src/domain/plan';
import type { Rate } from '../../src/domain/rate';
import { compareSnapshots, summarise } from '../../src/domain/versions/compareVersions';
import { serializeComparisonCsv } from '../../src/io/versionCompareCsv';
import { currentSnapshot, makeVersion, planFromVersion, restoreVersionCommand } from '../../src/domain/versions/planVersion';
import { code, ind, makeTestPlan, makeUnit, NOW, pct } from '../support/builders';

const extra: Indicator = { ...makeDefaultIndicators(ILLUSTRATIVE_GENERAL_TARGETS)[0]!, id: ind('extra'), name: { vi: 'Thêm', en: 'Extra' } };
const unit = fc.integer({ min: 0, max: 5 }).map((n) => code(String(10000 + n)));
const rate = fc.option(fc.integer({ min: 0, max: 10_000 }).map((v) => v as Rate), { nil: null });
/** Edits a planner makes between two versions: targets, locks, the assignment, units added and removed. */
const edit: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ type: fc.constant('setRate' as const), unitCode: unit, indicatorId: fc.constantFrom('online_dossiers', 'digitisation', 'extra').map(ind),
    field: fc.constantFrom('target' as const, 'baseline' as const), value: rate }),
  fc.record({ type: fc.constant('setLocks' as const), locked: fc.boolean(), cells: fc.array(fc.record({
    unitCode: unit, indicatorId: fc.constantFrom('online_dossiers', 'digitisation', 'extra').map(ind) }), { maxLength: 3 }) }),
  fc.constant<Command>({ type: 'addIndicator', indicator: extra }),
  fc.constantFrom('digitisation', 'extra').map((id): Command => ({ type: 'removeIndicator', indicatorId: ind(id) })),
  fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }).map((min): Command => ({ type: 'updateIndicator', indicatorId: ind('online_payment'), patch: { min: min === null ? null : pct(min) } })),
  fc.integer({ min: 3, max: 5 }).map((n): Command => ({ type: 'addUnit', unit: makeUnit(n, { target: { online_dossiers: 70 } }) })),
  unit.map((unitCode): Command => ({ type: 'removeUnit', unitCode })),
);
const run = (plan: Plan, commands: readonly Command[]) => commands.reduce((p, c) => {
  const r = applyCommand(p, c, NOW);
  return r.ok ? r.plan : p;
}, plan);
const decisions = (p: Plan) => ({ indicators: p.indicators, units: p.units.map((u) => ({ code: u.code, target: u.target, locked: u.locked })) });
const content = (p: Plan) => ({ ...p, revision: 0, updatedAt: '' });

describe('named versions', () => {
  it('restoring a version gives back its targets, assignment and locks for every unit it knows, and an undo gives back the plan (property)', () => {
    fc.assert(fc.property(fc.array(edit, { maxLength: 6 }), fc.array(edit, { minLength: 1, maxLength: 6 }), (before, after) => {
      const saved = run(makeTestPlan({ units: 3 }), before);
      const version = makeVersion(saved, 'Phương án 1', NOW, 'v-1');
      const edited = run(saved, after);
      const { command } = restoreVersionCommand(edited, version);
      const result = applyCommand(edited, command, NOW);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const restored = result.plan;
      expect(restored.indicators).toEqual(saved.indicators);
      const savedUnits = new Map(saved.units.map((u) => [u.code, u]));
      for (const u of restored.units) {
        const was = savedUnits.get(u.code);
        expect([u.code, u.target, u.locked]).toEqual([u.code, was?.target ?? {}, was?.locked]);
        // Nothing stays for an indicator the plan no longer has.
        for (const id of [...Object.keys(u.baseline), ...Object.keys(u.target)]) expect(restored.indicators.some((i) => i.id === id)).toBe(true);
      }
      // One undo step takes it all back.
      const reversal = reverseChanges(changesOf(edited, restored, result.effect), restored);
      expect(reversal.ok).toBe(true);
      if (!reversal.ok) return;
      const undone = applyCommand(restored, reversal.command, NOW);
      expect(undone.ok && content(undone.plan)).toEqual(content(edited));
    }), { numRuns: 300 });
  });

  it('is a snapshot: later edits do not change it', () => {
    const plan = makeTestPlan({ units: 2 });
    const version = makeVersion(plan, '  Phương án 1  ', NOW, 'v-1');
    const edited = run(plan, [{ type: 'setRate', unitCode: code('10000'), indicatorId: ind('online_dossiers'), field: 'target', value: pct(90) }]);
    expect(version.name).toBe('Phương án 1');
    expect(version.units[0]!.target[ind('online_dossiers')]).toBe(pct(80));
    expect(edited.units[0]!.target[ind('online_dossiers')]).toBe(pct(90));
  });

  it('counts a unit of the version that the plan no longer has, and restores as a new plan with the plan\'s units', () => {
    const plan = makeTestPlan({ units: 3 });
    const version = makeVersion(plan, 'A', NOW, 'v-1');
    const edited = run(plan, [{ type: 'removeUnit', unitCode: code('10002') }, { type: 'setLocks', locked: true, cells: [{ unitCode: code('10000'), indicatorId: ind('online_dossiers') }] }]);
    expect(restoreVersionCommand(edited, version).skipped).toBe(1);
    const copy = planFromVersion({ ...edited, status: 'ready', versions: [version] }, version, 'Bản sao', NOW, () => 'new-id');
    expect([copy.id, copy.name, copy.status, copy.revision, copy.versions]).toEqual(['new-id', 'Bản sao', 'draft', 0, undefined]);
    expect(decisions(copy)).toEqual(decisions({ ...edited, units: edited.units.map((u) => ({ ...u, locked: undefined })) }));
  });

  it('compares two snapshots cell by cell, with each side\'s aggregate and error counts', () => {
    const plan = makeTestPlan({ units: 3 });
    const first = makeVersion(plan, 'A', NOW, 'v-1');
    const od = ind('online_dossiers');
    const edited = run(plan, [
      { type: 'setRate', unitCode: code('10000'), indicatorId: od, field: 'target', value: pct(90) },
      { type: 'setRate', unitCode: code('10001'), indicatorId: od, field: 'target', value: null },
      { type: 'setRate', unitCode: code('10002'), indicatorId: ind('online_payment'), field: 'target', value: pct(10) },
    ]);
    const c = compareSnapshots(edited, first, currentSnapshot(edited));
    expect([c.changedCells, c.changedUnits]).toEqual([3, 3]);
    const k = c.indicators.findIndex((i) => i.id === od);
    expect(c.rows.map((r) => [r.code, r.before[k], r.after[k], r.changed])).toEqual([
      ['10000', pct(80), pct(90), 1], ['10001', pct(80), undefined, 1], ['10002', pct(80), pct(80), 1]]);
    expect(c.before.errors).toBe(0);
    // 10 % online payment is below its general target: an error on the new side only.
    expect(c.after.errors).toBeGreaterThan(0);
    expect(c.after.unitErrors.get(ind('online_payment'))).toBe(1);
    const total = (side: typeof c.before) => side.totals.find((t) => t.indicator.id === od)!.target.count;
    expect([total(c.before), total(c.after)]).toEqual([3, 2]);
    // The same snapshot on both sides: nothing changed.
    expect(compareSnapshots(edited, first, first).changedCells).toBe(0);
  });

  it('judges each side once per plan, and again once the plan has changed', () => {
    const plan = makeTestPlan({ units: 3 });
    const first = makeVersion(plan, 'A', NOW, 'v-1');
    const listed = summarise(plan, first); // as the versions' list does
    const c = compareSnapshots(plan, first, currentSnapshot(plan));
    expect(c.before).toBe(listed);
    expect(compareSnapshots(plan, currentSnapshot(plan), first).after).toBe(listed);
    expect(summarise(plan, currentSnapshot(plan))).toBe(c.after); // a new snapshot object of the same plan: judged already
    const edited = run(plan, [{ type: 'setRate', unitCode: code('10000'), indicatorId: ind('online_payment'), field: 'target', value: pct(10) }]);
    const now = summarise(edited, currentSnapshot(edited));
    expect(now).not.toBe(c.after);
    expect(now.errors).toBeGreaterThan(c.after.errors);
    // The version judged against the edited plan (whose names and volumes it takes) is judged anew, the same figures.
    expect(summarise(edited, first)).not.toBe(listed);
    expect(summarise(edited, first).errors).toBe(listed.errors);
  });
});

describe('a comparison as CSV', () => {
  it('writes each side\'s targets, the changed cells, the aggregates and the error counts, in the Vietnamese Excel dialect', () => {
    const plan = makeTestPlan({ units: 2 });
    const first = makeVersion(plan, 'A', NOW, 'v-1');
    const edited = run(plan, [{ type: 'setRate', unitCode: code('10000'), indicatorId: ind('online_dossiers'), field: 'target', value: pct(85.5) }]);
    const c = compareSnapshots(edited, first, currentSnapshot(edited));
    const csv = serializeComparisonCsv(c, { index: 'STT', code: 'Mã', name: 'Tên', changed: 'Số ô khác', aggregate: 'Bình quân', errors: 'Số lỗi',
      before: 'A', after: 'Hiện tại', indicatorName: (i) => i.name.vi }, 'excel-vn');
    const lines = csv.replace('\uFEFF', '').split('\r\n');
    expect(lines[0]!.split(';').slice(0, 5)).toEqual(['STT', 'Mã', 'Tên', 'Hồ sơ trực tuyến (A)', 'Hồ sơ trực tuyến (Hiện tại)']);
    expect(lines[1]!.split(';').slice(0, 5)).toEqual(['1', '10000', 'Xã Thử 0', '80', '85,5']);
    expect(lines[1]!.split(';').at(-1)).toBe('1');
    expect(lines[2]!.split(';').at(-1)).toBe('0');
    expect(lines[3]!.split(';').slice(2, 5)).toEqual(['Bình quân', '80,0', '82,7']);
    expect(lines[4]!.split(';').slice(2, 5)).toEqual(['Số lỗi', '0', '0']);
  });
});
