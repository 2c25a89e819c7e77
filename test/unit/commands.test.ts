import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCommand, type Command } from '../../src/domain/commands';
import type { Plan } from '../../src/domain/plan';
import { makePlan } from '../../src/domain/planFactory';
import { code, ind, makeTestPlan, makeUnit, NOW, pct, testId } from '../support/builders';

const LATER = '2023-07-02T00:00:00.000Z';
function apply(plan: Plan, command: Command): Plan {
  const r = applyCommand(plan, command, LATER);
  if (!r.ok) throw new Error(r.reason);
  return r.plan;
}

describe('applyCommand', () => {
  const plan = makeTestPlan({ units: 3 });

  it('sets and clears one rate, touching only that unit, and moves the revision on', () => {
    const r = applyCommand(plan, { type: 'setRate', unitCode: code('10001'), indicatorId: ind('online_dossiers'), field: 'target', value: pct(85.5) }, LATER);
    expect(r.ok && r.effect).toEqual({ changed: ['10001'], removed: [], rulesChanged: false, unitsMoved: false });
    const next = r.ok ? r.plan : plan;
    expect(next.units[1]!.target[ind('online_dossiers')]).toBe(8550);
    expect(next.units[0]).toBe(plan.units[0]);
    expect(next.revision).toBe(plan.revision + 1);
    expect(next.updatedAt).toBe(LATER);
    expect(plan.units[1]!.target[ind('online_dossiers')]).toBe(8000); // the old plan is untouched
    const cleared = apply(next, { type: 'setRate', unitCode: code('10001'), indicatorId: ind('online_dossiers'), field: 'target', value: null });
    expect(ind('online_dossiers') in cleared.units[1]!.target).toBe(false);
  });

  it('returns the same plan for a change that changes nothing', () => {
    const r = applyCommand(plan, { type: 'setRate', unitCode: code('10001'), indicatorId: ind('online_dossiers'), field: 'target', value: pct(80) }, LATER);
    expect(r.ok && r.plan).toBe(plan);
  });

  it('refuses unknown units and indicators, duplicate codes and empty names', () => {
    expect(applyCommand(plan, { type: 'setVolume', unitCode: code('x'), volume: 1 }, LATER)).toEqual({ ok: false, reason: 'unknownUnit' });
    expect(applyCommand(plan, { type: 'setRate', unitCode: code('10001'), indicatorId: ind('nope'), field: 'target', value: null }, LATER)).toEqual({ ok: false, reason: 'unknownIndicator' });
    expect(applyCommand(plan, { type: 'addUnit', unit: makeUnit(1) }, LATER)).toEqual({ ok: false, reason: 'duplicateCode' });
    expect(applyCommand(plan, { type: 'renameUnit', unitCode: code('10001'), name: '  ' }, LATER)).toEqual({ ok: false, reason: 'emptyName' });
    expect(applyCommand(plan, { type: 'addUnit', unit: { ...makeUnit(9), code: code(' ') } }, LATER)).toEqual({ ok: false, reason: 'emptyCode' });
  });

  it('adds, renames and removes member units', () => {
    let next = apply(plan, { type: 'addUnit', unit: { ...makeUnit(7), name: '  Phường Mới ', type: 'Phường' } });
    expect(next.units.map((u) => u.name)).toEqual(['Xã Thử 0', 'Xã Thử 1', 'Xã Thử 2', 'Phường Mới']);
    next = apply(next, { type: 'renameUnit', unitCode: code('10007'), name: 'Phường Lê Lợi' });
    next = apply(next, { type: 'setUnitType', unitCode: code('10007'), unitType: 'Thị trấn' });
    expect(next.units[3]).toMatchObject({ name: 'Phường Lê Lợi', type: 'Thị trấn' });
    const r = applyCommand(next, { type: 'removeUnit', unitCode: code('10000') }, LATER);
    expect(r.ok && r.effect.removed).toEqual(['10000']);
    expect(r.ok && r.plan.units.map((u) => u.code)).toEqual(['10001', '10002', '10007']);
  });

  it('returns a ready plan to draft on any data change, but not on a status change', () => {
    const ready = apply(plan, { type: 'setStatus', status: 'ready' });
    expect(ready.status).toBe('ready');
    const edited = apply(ready, { type: 'setVolume', unitCode: code('10000'), volume: 5 });
    expect(edited.status).toBe('draft');
    const renamed = apply(ready, { type: 'setPlanInfo', info: { name: 'Khác' } });
    expect(renamed.status).toBe('draft');
  });

  it('changes the assignment as data, and says the rules changed', () => {
    const r = applyCommand(plan, { type: 'updateIndicator', indicatorId: ind('online_payment'), patch: { mode: 'weighted', floor: pct(30), min: pct(55) } }, LATER);
    expect(r.ok && r.effect.rulesChanged).toBe(true);
    expect(r.ok && r.plan.indicators[1]).toMatchObject({ id: 'online_payment', mode: 'weighted', floor: 3000, min: 5500 });
  });

  it('removes an indicator with its figures, but never the last one', () => {
    const next = apply(plan, { type: 'removeIndicator', indicatorId: ind('digitisation') });
    expect(next.indicators.map((i) => i.id)).not.toContain('digitisation');
    expect(next.units.every((u) => !(ind('digitisation') in u.target) && !(ind('digitisation') in u.baseline))).toBe(true);
    const single = makeTestPlan({ indicators: [plan.indicators[0]!] });
    expect(applyCommand(single, { type: 'removeIndicator', indicatorId: plan.indicators[0]!.id }, LATER)).toEqual({ ok: false, reason: 'lastIndicator' });
  });

  it('states the net effect of a batch: a unit replaced is changed, not removed; one added and removed is nothing', () => {
    const replace = applyCommand(plan, { type: 'batch', commands: [{ type: 'removeUnit', unitCode: code('10001') }, { type: 'addUnit', unit: { ...makeUnit(1), name: 'Mới' } }] }, LATER);
    // Taken out and put back at the end: every unit after its old place moved up one.
    expect(replace.ok && replace.effect).toEqual({ changed: ['10001'], removed: [], rulesChanged: false, unitsMoved: true });
    const inPlace = applyCommand(plan, { type: 'batch', commands: [{ type: 'removeUnit', unitCode: code('10002') }, { type: 'addUnit', unit: { ...makeUnit(2), name: 'Mới' } }] }, LATER);
    expect(inPlace.ok && inPlace.effect).toEqual({ changed: ['10002'], removed: [], rulesChanged: false, unitsMoved: false });
    const gone = applyCommand(plan, { type: 'batch', commands: [{ type: 'setVolume', unitCode: code('10002'), volume: 1 }, { type: 'removeUnit', unitCode: code('10002') }] }, LATER);
    expect(gone.ok && gone.effect).toEqual({ changed: [], removed: ['10002'], rulesChanged: false, unitsMoved: true });
    const transient = applyCommand(plan, { type: 'batch', commands: [{ type: 'addUnit', unit: makeUnit(8) }, { type: 'removeUnit', unitCode: code('10008') }] }, LATER);
    expect(transient.ok && transient.effect).toEqual({ changed: [], removed: [], rulesChanged: false, unitsMoved: false });
  });

  it('says units did not move only when every unit is where it was (property: any batch of unit commands)', () => {
    const base = makeTestPlan({ units: 6 });
    const codes = [...base.units.map((u) => u.code), code('10008'), code('10009')];
    const unitCommand: fc.Arbitrary<Command> = fc.oneof(
      fc.record({ c: fc.constantFrom(...codes), v: fc.integer({ min: 0, max: 100 }) }).map(({ c, v }): Command => ({ type: 'setRate', unitCode: c, indicatorId: ind('online_dossiers'), field: 'target', value: pct(v) })),
      fc.constantFrom(...codes).map((c): Command => ({ type: 'removeUnit', unitCode: c })),
      fc.constantFrom(...codes).map((c): Command => ({ type: 'addUnit', unit: { ...makeUnit(Number(c) - 10000), name: 'Thêm' } })),
      fc.record({ c: fc.constantFrom(...codes), index: fc.integer({ min: 0, max: 8 }) })
        .map(({ c, index }): Command => ({ type: 'putUnits', entries: [{ unit: { ...makeUnit(Number(c) - 10000), volume: 7 }, index }] })),
    );
    fc.assert(fc.property(fc.array(unitCommand, { minLength: 1, maxLength: 6 }), (commands) => {
      // Commands that do not apply are left out, so that the batch is accepted.
      let probe = base;
      const kept = commands.filter((c) => {
        const r = applyCommand(probe, c, LATER);
        if (r.ok) probe = r.plan;
        return r.ok;
      });
      const r = applyCommand(base, { type: 'batch', commands: kept }, LATER);
      if (!r.ok) return;
      const same = r.plan.units.length === base.units.length && r.plan.units.every((u, i) => u.code === base.units[i]!.code);
      if (!r.effect.unitsMoved) expect(same).toBe(true);
      // What changed is exactly the units that are not the same object at the same code.
      const before = new Map(base.units.map((u) => [u.code, u]));
      expect([...r.effect.changed].sort()).toEqual(r.plan.units.filter((u) => before.get(u.code) !== u).map((u) => u.code).sort());
    }), { numRuns: 500 });
  });

  it('keeps the codes of the pinned rows for them', () => {
    expect(applyCommand(plan, { type: 'addUnit', unit: { ...makeUnit(9), code: code('aggregate') } }, LATER)).toEqual({ ok: false, reason: 'reservedCode' });
  });

  it('applies a batch as one command, all or nothing', () => {
    const batch: Command = { type: 'batch', commands: [
      { type: 'setVolume', unitCode: code('10000'), volume: 7 },
      { type: 'setVolume', unitCode: code('10001'), volume: 8 },
    ] };
    const r = applyCommand(plan, batch, LATER);
    expect(r.ok && r.plan.revision).toBe(plan.revision + 1);
    expect(r.ok && r.effect.changed).toEqual(['10000', '10001']);
    const failing: Command = { type: 'batch', commands: [batch, { type: 'setVolume', unitCode: code('zzz'), volume: 1 }] };
    expect(applyCommand(plan, failing, LATER)).toEqual({ ok: false, reason: 'unknownUnit' });
    expect(plan.createdAt).toBe(NOW);
  });
});

describe('putUnits at 100,000 units', () => {
  it('inserts 20,000 units where one splice after another would put them, in one pass', () => {
    const base = makePlan({ name: 'Lớn', units: Array.from({ length: 100_000 }, (_, n) => makeUnit(n)) }, NOW, testId);
    const inserts = Array.from({ length: 20_000 }, (_, k) => ({ unit: makeUnit(200_000 + k), index: k * 6 + (k % 5) }));
    const result = applyCommand(base, { type: 'putUnits', entries: [...inserts].reverse() }, NOW);
    expect(result.ok).toBe(true);
    // The reference: the same inserts spliced in one at a time, in ascending order of index.
    const expected = base.units.slice();
    for (const { unit, index } of inserts) expected.splice(Math.min(index, expected.length), 0, unit);
    const units = result.ok ? result.plan.units : [];
    expect(units).toHaveLength(120_000);
    expect(units.map((u) => u.code)).toEqual(expected.map((u) => u.code));
    expect(result.ok && result.effect.unitsMoved).toBe(true);
  });

  it('appends an insert whose index is past the end, and keeps replacements in place', () => {
    const base = makePlan({ name: 'Nhỏ', units: [makeUnit(1), makeUnit(2)] }, NOW, testId);
    const replaced = { ...makeUnit(2), volume: 9 };
    const result = applyCommand(base, { type: 'putUnits', entries: [{ unit: makeUnit(3), index: 99 }, { unit: replaced, index: 0 }, { unit: makeUnit(4), index: 0 }] }, NOW);
    expect(result.ok && result.plan.units.map((u) => [u.code, u.volume])).toEqual([['10004', 104], ['10001', 101], ['10002', 9], ['10003', 103]]);
  });
});

describe('patchUnits', () => {
  const target = ind('online_dossiers');
  it('sets only the fields given, on the unit as it is; null clears a rate', () => {
    const plan = apply(makeTestPlan({ units: 2 }), { type: 'setVolume', unitCode: code('10000'), volume: 7 });
    const next = apply(plan, { type: 'patchUnits', entries: [{ code: code('10000'), name: 'Xã Khác', baseline: {}, target: { [target]: null } }] });
    const { [target]: _cleared, ...otherTargets } = plan.units[0]!.target;
    expect(next.units[0]).toEqual({ ...plan.units[0], name: 'Xã Khác', target: otherTargets });
    expect(next.units[0]!.volume).toBe(7);
  });
  it('refuses a unit the plan does not have, and an impossible value; changes nothing when every field already holds its value', () => {
    const plan = makeTestPlan({ units: 2 });
    expect(applyCommand(plan, { type: 'patchUnits', entries: [{ code: code('99999'), baseline: {}, target: { [target]: pct(50) } }] }, LATER)).toEqual({ ok: false, reason: 'unknownUnit' });
    expect(applyCommand(plan, { type: 'patchUnits', entries: [{ code: code('10000'), baseline: {}, target: { [target]: pct(101) } }] }, LATER)).toEqual({ ok: false, reason: 'impossibleValue' });
    const same = applyCommand(plan, { type: 'patchUnits', entries: [{ code: code('10000'), baseline: {}, target: { [target]: plan.units[0]!.target[target]! } }] }, LATER);
    expect(same.ok && same.plan).toBe(plan);
  });
});
