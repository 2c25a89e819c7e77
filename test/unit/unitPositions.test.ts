import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../src/domain/commands';
import { keepPositions, unitAt, unitIndex, unitPositions } from '../../src/domain/unitPositions';
import { code, ind, makeTestPlan, makeUnit, NOW, pct } from '../support/builders';

describe('unit positions', () => {
  it('finds units by code, and is built once per list', () => {
    const plan = makeTestPlan({ units: 4 });
    expect(unitIndex(plan.units, code('10002'))).toBe(2);
    expect(unitIndex(plan.units, code('99999'))).toBe(-1);
    expect(unitAt(plan.units, code('10003'))).toBe(plan.units[3]);
    expect(unitPositions(plan.units)).toBe(unitPositions(plan.units));
  });

  it('is shared by the list an edit makes (same codes, same places), and not by one whose units moved', () => {
    const plan = makeTestPlan({ units: 4 });
    const positions = unitPositions(plan.units);
    const edited = applyCommand(plan, { type: 'setRate', unitCode: code('10001'), indicatorId: ind('online_dossiers'), field: 'target', value: pct(66) }, NOW);
    if (!edited.ok) throw new Error(edited.reason);
    expect(unitPositions(edited.plan.units)).toBe(positions);
    const added = applyCommand(plan, { type: 'putUnits', entries: [{ unit: makeUnit(9), index: 0 }] }, NOW);
    if (!added.ok) throw new Error(added.reason);
    expect(unitPositions(added.plan.units)).not.toBe(positions);
    expect(unitIndex(added.plan.units, code('10009'))).toBe(0);
    expect(unitIndex(added.plan.units, code('10000'))).toBe(1);
  });

  it('is not shared with a list of another length', () => {
    const plan = makeTestPlan({ units: 3 });
    const shorter = plan.units.slice(0, 2);
    keepPositions(plan.units, shorter);
    expect(unitPositions(shorter)).not.toBe(unitPositions(plan.units));
  });
});
