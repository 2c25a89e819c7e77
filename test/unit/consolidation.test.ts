import { describe, expect, it } from 'vitest';
import { consolidate } from '../../src/domain/consolidation';
import { makeDemoPlan } from '../../src/domain/demoPlan';
import { ind, makeTestPlan, NOW, pct } from '../support/builders';

describe('consolidate', () => {
  const tuyPhuoc = makeDemoPlan(NOW);
  const quyNhon = { ...makeTestPlan({ units: 3 }), allocatingUnit: 'Thành phố Quy Nhơn', status: 'ready' as const };

  it('makes one row per district, with its errors, warnings and aggregates against its assignment', () => {
    const broken = { ...quyNhon, units: quyNhon.units.map((u, i) => (i === 0 ? { ...u, target: { ...u.target, [ind('online_dossiers')]: pct(10) } } : u)) };
    const c = consolidate([
      { plan: tuyPhuoc, fileName: 'tuy-phuoc.dvctt.json', exportedAt: '2023-12-01T00:00:00Z' },
      { plan: broken, fileName: 'quy-nhon.dvctt.json', exportedAt: '2023-12-02T00:00:00Z' },
    ]);
    expect(c.rows.map((r) => [r.plan.allocatingUnit, r.errors, r.warnings])).toEqual([['Thành phố Quy Nhơn', 1, 1], ['UBND huyện Tuy Phước', 0, 5]]);
    expect(c.rows[0]!.indicators[0]).toEqual({ indicatorId: 'online_dossiers', aggregate: expect.any(Number), min: pct(50), verdict: 'fail', withTarget: 3, unitCount: 3 });
    // The demo leaves one commune without targets: nothing is judged as met while it has none.
    expect(c.rows[1]!.indicators.map((i) => [i.verdict, i.withTarget, i.unitCount])).toEqual(Array(5).fill(['incomplete', 12, 13]));
    expect(c.superseded).toEqual([]);
  });

  it('keeps the newest file of the same district and period, and says which it left out', () => {
    const older = { plan: quyNhon, fileName: 'qn-1.dvctt.json', exportedAt: '2023-12-01T08:00:00Z' };
    const newer = { plan: { ...quyNhon, allocatingUnit: 'THÀNH PHỐ QUY NHƠN ' }, fileName: 'qn-2.dvctt.json', exportedAt: '2023-12-03T08:00:00Z' };
    const c = consolidate([newer, older]);
    expect(c.rows.map((r) => r.fileName)).toEqual(['qn-2.dvctt.json']);
    expect(c.superseded).toEqual([{ fileName: 'qn-1.dvctt.json', keptFileName: 'qn-2.dvctt.json', unit: 'THÀNH PHỐ QUY NHƠN ', period: '2023-H2' }]);
  });
});

describe('consolidate, checks the province needs', () => {
  const base = makeDemoPlan(NOW);
  const district = (unit: string, changes: Partial<typeof base> = {}) => ({ ...base, allocatingUnit: unit, ...changes });

  it('flags a district whose general targets differ from the others (it may have lowered them itself)', () => {
    const lowered = district('Huyện C', { indicators: base.indicators.map((i, k) => (k === 0 ? { ...i, min: pct(20) } : i)) });
    const c = consolidate([
      { plan: district('Huyện A'), fileName: 'a.json', exportedAt: '2023-12-01T00:00:00Z' },
      { plan: district('Huyện B'), fileName: 'b.json', exportedAt: '2023-12-01T00:00:00Z' },
      { plan: lowered, fileName: 'c.json', exportedAt: '2023-12-01T00:00:00Z' },
    ]);
    expect(c.rows.map((r) => [r.plan.allocatingUnit, r.assignmentDiffers])).toEqual([['Huyện A', false], ['Huyện B', false], ['Huyện C', true]]);
  });

  it('compares export times as instants, and takes "UBND huyện X" and "Huyện X" for one district', () => {
    const c = consolidate([
      { plan: district('UBND huyện Tuy Phước'), fileName: 'late-looking.json', exportedAt: '2023-07-02T01:00:00+07:00' },
      { plan: district('Huyện Tuy Phước'), fileName: 'really-later.json', exportedAt: '2023-07-01T20:00:00Z' },
    ]);
    expect(c.rows.map((r) => r.fileName)).toEqual(['really-later.json']);
    expect(c.superseded.map((s) => s.fileName)).toEqual(['late-looking.json']);
  });
});
