import { describe, expect, it } from 'vitest';
import { unitChanges } from '../../src/domain/unitChanges';
import { ind, makeUnit, pct } from '../support/builders';

describe('unitChanges: what a preview shows as old → new', () => {
  it('lists every changed field in the grid\'s column order, a cleared value as null, and nothing for an unchanged unit', () => {
    const before = { ...makeUnit(1), volume: 100, baseline: { [ind('online_dossiers')]: pct(40) }, target: { [ind('online_dossiers')]: pct(54), [ind('e_results')]: pct(100) } };
    const after = { ...before, name: 'Xã Mới', volume: 120, target: { [ind('online_dossiers')]: pct(5) } };
    expect(unitChanges(before, before, [ind('online_dossiers'), ind('e_results')])).toEqual([]);
    expect(unitChanges(before, after, [ind('online_dossiers'), ind('e_results')])).toEqual([
      { field: 'name', before: before.name, after: 'Xã Mới' },
      { field: 'volume', before: 100, after: 120 },
      { field: 'target', indicatorId: 'online_dossiers', before: pct(54), after: pct(5) },
      { field: 'target', indicatorId: 'e_results', before: pct(100), after: null },
    ]);
  });
});
