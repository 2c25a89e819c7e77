import type { IndicatorId, UnitCode } from '../ids';
import type { Indicator } from '../indicators';
import type { Plan, Unit } from '../plan';
import type { Rate } from '../rate';
import { MonthAccumulator } from './monthSums';
import { ceilingTenths, monthWindow, truncatedTenths } from './monthProgress';
import { monitoringTable, rankRows, statusCounts, type MonitoringRow, type MonitoringTable } from './monitoringTable';
import { provinceTable, type DistrictPlan } from './provinceProgress';
import type { Fraction, Progress, ProgressStatus } from './progress';
import { entryOf, latestMonthWithResults } from './results';
import { periodMonths, type MonthKey } from './resultKey';

/**
 * The monthly report ("Báo cáo tháng M/YYYY") of a plan at a month, as figures: what the page, the printed
 * report, the published HTML, the CSV and the workbook all show, so they can never disagree. Rates are in
 * hundredths, shown truncated to one decimal as every aggregate is; a required rate is rounded up (never
 * understated). Missing is null, never 0.
 */
export interface MonthlyReport {
  issuer: string;
  period: string;
  month: MonthKey;
  /** The month's number (1–12) and year, for the title. */
  monthNumber: number;
  year: number;
  /** The period's months up to the report's month, and how many come after it. */
  months: readonly MonthKey[];
  monthsLeft: number;
  unitCount: number;
  indicators: ReportIndicator[];
  ranking: RankedUnit[];
  behind: BehindUnit[];
}

/** One indicator's summary: the allocating unit's aggregate against its target, and the units per status. */
export interface ReportIndicator {
  indicator: Indicator;
  progress: Progress;
  /** The aggregate so far, truncated to tenths (hundredths); null when no dossiers are reported. */
  rate: Rate | null;
  target: Rate | null;
  status: ProgressStatus;
  counts: Record<ProgressStatus, number>;
  /** The aggregate month by month over the whole period (the months after the report's month are null). */
  trend: SeriesPoint[];
  /** Each judged unit's rate so far minus its target, in hundredths (exact, not truncated). */
  spread: number[];
}

export interface SeriesPoint {
  month: MonthKey;
  /** The month's own ΣN / ΣD, truncated to tenths; null when the month has no figures (a gap, never 0). */
  rate: Rate | null;
}

/** A unit's standing on one indicator, as the tables show it. */
export interface ReportCell {
  rate: Rate | null;
  target: Rate | null;
  status: ProgressStatus;
  /** The required rate for the months left, rounded up to tenths; null when nothing is required. */
  required: Rate | null;
  /** The latest reported month's rate, truncated to tenths. */
  last: Rate | null;
  /** Its months with a result typed without their dossier count: why a unit with figures is not judged (`missing`). */
  unweighted: number;
}

export interface RankedUnit {
  rank: number;
  code: UnitCode;
  name: string;
  cells: ReadonlyMap<IndicatorId, ReportCell>;
}

/** A unit at risk or behind on an indicator, with the rate the months left need. */
export interface BehindUnit extends ReportCell {
  code: UnitCode;
  name: string;
  indicatorId: IndicatorId;
  status: 'at-risk' | 'behind';
}

const tenths = (f: Fraction | null): Rate | null => (f ? (truncatedTenths(f) as Rate) : null);

export function reportCell(p: Progress): ReportCell {
  return { rate: tenths(p.rate), target: p.target, status: p.status, required: p.required ? (ceilingTenths(p.required) as Rate) : null, last: tenths(p.last), unweighted: p.unweighted };
}

/**
 * How far a judged rate so far is from its target, in hundredths; null when the unit is not judged (no figures, no
 * target, a month without its dossier count, a total whose units have not all reported).
 */
export function spreadOf(p: Progress): number | null {
  if (!p.rate || p.target === null || p.status === 'missing') return null;
  return Number(p.rate.num - BigInt(p.target) * p.rate.den) / Number(p.rate.den);
}

/** Month by month, the rate of `units` on one indicator over every month of the period; months after `upTo` are null. */
export function monthlySeries(units: readonly Unit[], id: IndicatorId, period: string, upTo: MonthKey): SeriesPoint[] {
  return periodMonths(period).map((month) => {
    if (month > upTo) return { month, rate: null };
    const acc = new MonthAccumulator();
    for (const unit of units) if (unit.results) acc.add(entryOf(unit, month, id));
    const f = acc.figures();
    return { month, rate: f.den > 0n ? tenths({ num: f.num, den: f.den }) : null };
  });
}

/** One unit's months for the trend chart (`unitSeries(plan, code, id, month)`); null when the plan has no such unit. */
export function unitSeries(plan: Plan, code: UnitCode, id: IndicatorId, month: MonthKey): SeriesPoint[] | null {
  const unit = plan.units.find((u) => u.code === code);
  return unit ? monthlySeries([unit], id, plan.period, month) : null;
}

const BEHIND_ORDER: Record<BehindUnit['status'], number> = { behind: 0, 'at-risk': 1 };

/** The units at risk or behind, indicator by indicator: behind first, then by the required rate, highest first. */
function behindUnits(rows: readonly MonitoringRow[], indicators: readonly Indicator[]): BehindUnit[] {
  const out: BehindUnit[] = [];
  for (const ind of indicators) {
    const list: BehindUnit[] = [];
    for (const row of rows) {
      const p = row.cells.get(ind.id)?.progress;
      if (p?.status !== 'at-risk' && p?.status !== 'behind') continue;
      list.push({ ...reportCell(p), code: row.code, name: row.name, indicatorId: ind.id, status: p.status });
    }
    // A stable sort: equal units keep the plan's order.
    list.sort((a, b) => BEHIND_ORDER[a.status] - BEHIND_ORDER[b.status] || (b.required ?? Infinity) - (a.required ?? Infinity));
    out.push(...list);
  }
  return out;
}

/** What a report is made of besides its table: who issues it, the period, the indicators, the units whose months make the trend. */
interface ReportSource {
  issuer: string;
  period: string;
  indicators: readonly Indicator[];
  trendUnits: readonly Unit[];
  unitCount: number;
}

/** The report of `plan` at `month`; null when the month is outside the plan's period. */
export function monthlyReport(plan: Plan, month: MonthKey): MonthlyReport | null {
  const table = monitoringTable(plan, month);
  if (!table) return null;
  return reportOf(table, { issuer: plan.allocatingUnit, period: plan.period, indicators: plan.indicators, trendUnits: plan.units, unitCount: plan.units.length });
}

/**
 * The same report over districts (the province's follow-up): each district a row, its progress its own aggregate
 * over its communes; the summary and the trend over every commune of every district. Null without districts.
 */
export function provinceReport(districts: readonly DistrictPlan[], indicators: readonly Indicator[], month: MonthKey, issuer: string,
  provinceIndicators?: readonly Indicator[]): MonthlyReport | null {
  const first = districts.find((d) => monthWindow(d.plan.period, month));
  if (!first) return null;
  const table = provinceTable(districts, indicators, month, provinceIndicators);
  return reportOf(table, { issuer, period: first.plan.period, indicators, trendUnits: districts.flatMap((d) => d.plan.units), unitCount: districts.length });
}

function reportOf(table: MonitoringTable, source: ReportSource): MonthlyReport {
  const indicators = source.indicators.map((ind): ReportIndicator => {
    const progress = table.aggregate.get(ind.id)!;
    const spread: number[] = [];
    for (const row of table.rows) {
      const s = spreadOf(row.cells.get(ind.id)!.progress);
      if (s !== null) spread.push(s);
    }
    return {
      indicator: ind, progress, rate: tenths(progress.rate), target: progress.target, status: progress.status,
      counts: statusCounts(table.rows, ind.id), trend: monthlySeries(source.trendUnits, ind.id, source.period, table.month), spread,
    };
  });
  const ids = source.indicators.map((i) => i.id);
  const ranking = rankRows(table.rows, ids).map((row, n): RankedUnit => ({
    rank: n + 1, code: row.code, name: row.name,
    cells: new Map(ids.map((id) => [id, reportCell(row.cells.get(id)!.progress)])),
  }));
  const [year, monthNumber] = table.month.split('-').map(Number) as [number, number];
  return {
    issuer: source.issuer, period: source.period, month: table.month, monthNumber, year, months: table.months, monthsLeft: table.monthsLeft,
    unitCount: source.unitCount, indicators, ranking, behind: behindUnits(table.rows, source.indicators),
  };
}

/** The month a report opens on: the latest month with a result (`latestMonthWithResults`), else the period's first month. */
export const latestReportedMonth = (plan: Plan): MonthKey | null => latestMonthWithResults(plan) ?? periodMonths(plan.period)[0] ?? null;
