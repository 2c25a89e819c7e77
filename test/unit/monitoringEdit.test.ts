import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../src/domain/commands';
import { entryOf } from '../../src/domain/monitoring/results';
import type { MonthKey } from '../../src/domain/monitoring/resultKey';
import type { Plan } from '../../src/domain/plan';
import { resultEditsToCommand, type ResultCellEdit } from '../../src/state/monitoringEdit';
import { code, ind, makeTestPlan, NOW } from '../support/builders';

const MONTH = '2023-08' as MonthKey;
const ONLINE = ind('online_dossiers');
const plan0 = makeTestPlan({ units: 3 });
const u0 = plan0.units[0]!.code;
const u1 = plan0.units[1]!.code;

function write(plan: Plan, edits: ResultCellEdit[]) {
  const outcome = resultEditsToCommand(edits, MONTH, (c) => plan.units.find((u) => u.code === c));
  if (!outcome.ok) return { plan, refusals: outcome.refusals.map((r) => `${r.cell.unitCode} ${r.cell.colId} ${r.problem}`) };
  expect(outcome.command.type).toBe('patchUnits');
  const r = applyCommand(plan, outcome.command, NOW);
  if (!r.ok) throw new Error(r.reason);
  return { plan: r.plan, refusals: [] };
}
const entry = (plan: Plan, c = u0) => entryOf(plan.units.find((u) => u.code === c)!, MONTH, ONLINE);

describe('typing and pasting a month\'s counts', () => {
  it('reads Vietnamese counts (1.234 is 1234), clears with empty text, and a count typed over a rate clears the rate', () => {
    let { plan } = write(plan0, [{ unitCode: u0, colId: 'den.online_dossiers', text: '1.234' }, { unitCode: u0, colId: 'num.online_dossiers', text: '1 000' }]);
    expect(entry(plan)).toEqual({ n: 1000, d: 1234, r: null });
    ({ plan } = write(plan, [{ unitCode: u0, colId: 'num.online_dossiers', text: '85,5 %' }]));
    expect(entry(plan)).toEqual({ n: null, d: 1234, r: 8550 });
    ({ plan } = write(plan, [{ unitCode: u0, colId: 'num.online_dossiers', text: '12' }]));
    expect(entry(plan)).toEqual({ n: 12, d: 1234, r: null });
    ({ plan } = write(plan, [{ unitCode: u0, colId: 'den.online_dossiers', text: '' }]));
    expect(entry(plan)).toEqual({ n: 12, d: null, r: null });
  });

  it('refuses what no count can be, and a numerator above its denominator from either side, writing nothing', () => {
    const { plan } = write(plan0, [{ unitCode: u0, colId: 'num.online_dossiers', text: '50' }, { unitCode: u0, colId: 'den.online_dossiers', text: '80' }]);
    for (const [colId, text, problem] of [['num.online_dossiers', '81', 'aboveDenominator'], ['den.online_dossiers', '49', 'belowNumerator'],
      ['num.online_dossiers', '2,5', 'notAnInteger'], ['den.online_dossiers', '-3', 'negative'], ['num.online_dossiers', '101 %', 'outOfRange'],
      ['rate.online_dossiers', '5', 'notEditable'], ['num.online_dossiers', 'abc', 'notANumber']] as const) {
      const out = write(plan, [{ unitCode: u0, colId, text }]);
      expect(out.refusals).toEqual([`${u0} ${colId} ${problem}`]);
      expect(out.plan).toBe(plan);
    }
  });

  it('checks a pasted block as a whole: numerator and denominator together, one refused cell refuses everything', () => {
    const both = write(plan0, [{ unitCode: u0, colId: 'num.online_dossiers', text: '90' }, { unitCode: u0, colId: 'den.online_dossiers', text: '100' },
      { unitCode: u1, colId: 'num.online_dossiers', text: '5' }, { unitCode: u1, colId: 'den.online_dossiers', text: '5' }]);
    expect(both.refusals).toEqual([]);
    expect(entry(both.plan, u1)).toEqual({ n: 5, d: 5, r: null });
    const bad = write(plan0, [{ unitCode: u0, colId: 'num.online_dossiers', text: '90' }, { unitCode: u1, colId: 'num.online_dossiers', text: '9' },
      { unitCode: u1, colId: 'den.online_dossiers', text: '8' }]);
    expect(bad.refusals).toEqual([`${u1} num.online_dossiers aboveDenominator`]);
    expect(bad.plan).toBe(plan0);
  });

  it('makes one patchUnits command with one entry per unit', () => {
    const out = resultEditsToCommand([{ unitCode: u0, colId: 'num.online_dossiers', text: '1' }, { unitCode: u0, colId: 'den.online_payment', text: '2' },
      { unitCode: code(String(u1)), colId: 'den.online_dossiers', text: '3' }], MONTH, (c) => plan0.units.find((u) => u.code === c));
    expect(out.ok && out.command.type === 'patchUnits' && out.command.entries.length).toBe(2);
  });
});
