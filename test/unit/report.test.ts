import { describe, expect, it } from 'vitest';
import { latestReportedMonth, monthlyReport, provinceReport, spreadOf, unitSeries } from '../../src/domain/monitoring/report';
import type { Rate } from '../../src/domain/rate';
import { provinceTable, type DistrictPlan } from '../../src/domain/monitoring/provinceProgress';
import { resultKey, type MonthKey } from '../../src/domain/monitoring/resultKey';
import type { Unit } from '../../src/domain/plan';
import { code, ind, makeTestPlan } from '../support/builders';
import { M, OD, smallReportPlan } from './reportPlan';
import { MonitoringIndex } from '../../src/state/monitoringIndex';

describe('the monthly report model (hand-computed, reportPlan.ts)', () => {
  const report = monthlyReport(smallReportPlan(), M('2023-09'))!;

  it('names the issuing unit, the period and the month', () => {
    expect([report.issuer, report.period, report.month, report.monthNumber, report.year]).toEqual(['UBND huyện Thử', '2023-H2', '2023-09', 9, 2023]);
    expect([report.months, report.monthsLeft, report.unitCount]).toEqual([['2023-07', '2023-08', '2023-09'], 3, 3]);
  });

  it('sums the aggregate as ΣN / ΣD, truncated to one decimal, with its required rate and the units per status', () => {
    // At August every unit has reported every month: 220 / 500 = 44 %; required (50 % × 1500 − 220) / 1000 = 53 %
    // (the months left expected at the same pace: 500 / 2 × 4); last month 120 / 250 = 48 %: at risk.
    const [od] = monthlyReport(smallReportPlan(), M('2023-08'))!.indicators;
    expect([od!.rate, od!.target, od!.status]).toEqual([4400, 5000, 'at-risk']);
    expect(od!.progress.required!.num * 10n / od!.progress.required!.den).toBe(53000n);
    expect(od!.progress.reporting).toEqual({ least: 3, of: 3 });
    expect(od!.counts).toEqual({ met: 1, 'on-track': 0, 'at-risk': 1, behind: 1, missing: 0 });
  });

  it('shows the aggregate but judges nothing while a unit has not reported every month so far', () => {
    // September: Xã Bình has no figures. 280 / 650 = 43,07… % → 43,0, from two of the three units.
    const [od] = report.indicators;
    expect([od!.rate, od!.target, od!.status, od!.progress.required]).toEqual([4300, 5000, 'missing', null]);
    expect(od!.progress.reporting).toEqual({ least: 2, of: 3 });
    // The units themselves are judged on the months they reported.
    expect(od!.counts).toEqual({ met: 1, 'on-track': 0, 'at-risk': 1, behind: 1, missing: 0 });
  });

  it('gives the aggregate month by month over the whole period, the months after the report missing (null, not 0)', () => {
    expect(report.indicators[0]!.trend.map((p) => [p.month, p.rate])).toEqual([
      ['2023-07', 4000], ['2023-08', 4800], ['2023-09', 4000], ['2023-10', null], ['2023-11', null], ['2023-12', null],
    ]);
  });

  it('ranks the units (met, then at risk, then behind) with each one\'s rate, target, status and required rate', () => {
    expect(report.ranking.map((r) => [r.rank, r.code, r.name])).toEqual([[1, '21002', 'Xã Bình'], [2, '21001', 'Xã An'], [3, '21003', 'Xã Cát']]);
    expect(report.ranking.map((r) => r.cells.get(OD))).toEqual([
      { rate: 6500, target: 5000, status: 'met', required: null, last: 7000, unweighted: 0 },
      { rate: 4000, target: 6000, status: 'at-risk', required: 8000, last: 5000, unweighted: 0 },
      { rate: 2000, target: 9000, status: 'behind', required: 16000, last: 2000, unweighted: 0 },
    ]);
  });

  it('lists the units behind first, then at risk, with the rate the months left need', () => {
    expect(report.behind.map((b) => [b.code, b.status, b.required])).toEqual([['21003', 'behind', 16000], ['21001', 'at-risk', 8000]]);
  });

  it('gives the spread of units around their targets, exactly, in hundredths', () => {
    expect(report.indicators[0]!.spread).toEqual([-2000, 1500, -7000]);
  });

  it('gives one unit\'s months for its trend', () => {
    expect(unitSeries(smallReportPlan(), code('21002'), OD, M('2023-09'))!.slice(0, 4).map((p) => p.rate)).toEqual([6000, 7000, null, null]);
    expect(unitSeries(smallReportPlan(), code('99999'), OD, M('2023-09'))).toBeNull();
  });

  it('has no report for a month outside the period, and opens on the latest month with figures', () => {
    expect(monthlyReport(smallReportPlan(), M('2024-01'))).toBeNull();
    expect(latestReportedMonth(smallReportPlan())).toBe('2023-09');
    expect(latestReportedMonth({ ...smallReportPlan(), units: [] })).toBe('2023-07');
  });

  it('opens on the month the follow-up calls the latest: dossiers alone, or an indicator the plan no longer has, are no result', () => {
    const plan = smallReportPlan();
    const [first, ...rest] = plan.units;
    const later = { ...plan, units: [{ ...first!, results: { ...first!.results, [resultKey(M('2023-11'), OD, 'd')]: 40, [resultKey(M('2023-12'), 'gone' as never, 'n')]: 3 } }, ...rest] };
    const index = new MonitoringIndex();
    index.reset(later);
    expect(latestReportedMonth(later)).toBe('2023-09');
    expect(index.latestMonthWithFigures()).toBe('2023-09');
    const counted = { ...later, units: [{ ...later.units[0]!, results: { ...later.units[0]!.results, [resultKey(M('2023-11'), OD, 'r')]: 5000 } }, ...rest] };
    index.reset(counted);
    expect([latestReportedMonth(counted), index.latestMonthWithFigures()]).toEqual(['2023-11', '2023-11']);
  });

  it('at the period\'s last month, a unit short of its target is behind with nothing left to require', () => {
    const last = monthlyReport(smallReportPlan(), M('2023-12'))!;
    expect(last.monthsLeft).toBe(0);
    expect(last.behind.map((b) => [b.code, b.status, b.required])).toEqual([['21001', 'behind', null], ['21003', 'behind', null]]);
  });
});

describe('the monthly report over districts', () => {
  it('ranks the districts by their own aggregate and sums every commune for the summary', () => {
    const jul = '2023-07' as MonthKey;
    const od0 = ind('online_dossiers');
    const district = (id: string, unit: string, n: number, d: number): DistrictPlan => {
      const base = makeTestPlan({ units: 2, id });
      const results = { [resultKey(jul, od0, 'n')]: n, [resultKey(jul, od0, 'd')]: d } as Unit['results'];
      return { key: id, plan: { ...base, allocatingUnit: unit, units: base.units.map((u) => ({ ...u, results })) } };
    };
    const districts = [district('a', 'Huyện A', 10, 100), district('b', 'Huyện B', 90, 100)];
    const report = provinceReport(districts, districts[0]!.plan.indicators, jul, 'UBND tỉnh')!;
    expect(report.issuer).toBe('UBND tỉnh');
    expect(report.unitCount).toBe(2);
    expect(report.ranking.map((r) => r.name)).toEqual(['Huyện B', 'Huyện A']);
    // Summary: (2·10 + 2·90) / (4·100) = 50 %.
    const od = report.indicators.find((i) => i.indicator.id === od0)!;
    expect(od.progress.rate!.num * 1n).toBe(50n * 100n * od.progress.rate!.den);
    expect(provinceReport(districts, districts[0]!.plan.indicators, '2024-01' as MonthKey, 'x')).toBeNull();
  });
});

describe('a district\'s month in the province\'s follow-up', () => {
  it('sums its communes as its own total row does: a rate with its dossiers as r·d, a result without dossiers in no sum', () => {
    const jul = '2023-07' as MonthKey;
    const od = ind('online_dossiers');
    const base = makeTestPlan({ units: 3, id: 'a' });
    const results: Unit['results'][] = [
      { [resultKey(jul, od, 'n')]: 10, [resultKey(jul, od, 'd')]: 100 },
      { [resultKey(jul, od, 'r')]: 3350, [resultKey(jul, od, 'd')]: 30 }, // 33,5 % of 30 = 10,05 dossiers
      { [resultKey(jul, od, 'n')]: 7 }, // no dossier count: in no sum
    ] as Unit['results'][];
    const plan = { ...base, units: base.units.map((u, k) => ({ ...u, results: results[k] })) };
    const table = provinceTable([{ key: 'a', plan }], plan.indicators, jul);
    // 10 + 10,05 = 20,05 → 20 whole dossiers, of 130.
    expect(table.rows[0]!.cells.get(od)!.entry).toEqual({ n: 20, d: 130, r: null });
    // The district is not judged: one commune's month lacks its dossier count (counted apart), so it has not reported.
    expect(table.rows[0]!.cells.get(od)!.progress).toMatchObject({ status: 'missing', unweighted: 1, reporting: { least: 2, of: 3 } });
    // Nor is it in the spread of judged units around their targets.
    expect(spreadOf(table.rows[0]!.cells.get(od)!.progress)).toBeNull();
    expect(spreadOf({ ...table.rows[0]!.cells.get(od)!.progress, status: 'behind', target: 5000 as Rate })).not.toBeNull();
    const none = provinceTable([{ key: 'a', plan: { ...plan, units: plan.units.map((u) => ({ ...u, results: undefined })) } }], plan.indicators, jul);
    expect(none.rows[0]!.cells.get(od)!.entry).toEqual({ n: null, d: null, r: null });
  });
});
