import type { ColDef, ColGroupDef, ICellRendererParams } from 'ag-grid-community';
import type { IndicatorId } from '../../domain/ids';
import { countLabels, foldDiacritics, type Indicator } from '../../domain/indicators';
import { ceilingTenths, percentValue } from '../../domain/monitoring/monthProgress';
import { monthCounts } from '../../domain/monitoring/monthSums';
import type { Fraction, Progress } from '../../domain/monitoring/progress';
import { PERCENT_100, formatCount, formatRate, formatRateFixed1, type Locale, type Rate } from '../../domain/rate';
import { countCellValue } from '../../state/monitoringBlocks';
import type { MonitoringModel } from '../../state/monitoringModel';
import { indicatorName } from '../i18n/issueText';
import { t } from '../i18n/t';
import { progressStatusText, rateText } from '../monitoring/progressText';
import { tm } from '../monitoring/text';
import type { EditHandler } from './columnContext';
import { isSummary, type GridRow } from './rows';

export interface MonitoringColumnContext {
  locale: Locale;
  indicators: readonly Indicator[];
  model: MonitoringModel;
  onEdit: EditHandler;
  /** Each unit's rank while the ranking is shown. */
  rank: () => ReadonlyMap<string, number> | undefined;
}

type Params = { data?: GridRow | undefined };
const unitOf = (p: Params) => (p.data && !isSummary(p.data) ? p.data : undefined);
const numbersLast = (a: number | null | undefined, b: number | null | undefined) => (a ?? Number.NEGATIVE_INFINITY) - (b ?? Number.NEGATIVE_INFINITY);
const RIGHT = 'ag-right-aligned-cell';
/** A symbol beside each status word, so the status reads in a grey print as well as in colour. */
export const STATUS_MARK = { met: '✓', 'on-track': '↗', 'at-risk': '!', behind: '✗', missing: '–' } as const;

/**
 * rate − target, rounded down to one decimal, in hundredths: the shown rate (truncated) minus the target, so a rate
 * just below its target never reads as a gap of 0,0.
 */
export function gapTenths(rate: Fraction, target: Rate): number {
  const num = (rate.num - BigInt(target) * rate.den) * 10n;
  const den = rate.den * 100n;
  const q = num / den;
  return Number(num < 0n && q * den !== num ? q - 1n : q) * 10;
}

/**
 * Writes the automation hooks on the cell element itself (`.ag-cell[col-id]`), where the tests and users' scripts
 * look for them, and returns the text shown. AG Grid calls it again whenever the cell's value changes.
 */
function hookRenderer(attribute: 'data-value' | 'data-status') {
  return (p: ICellRendererParams<GridRow>) => {
    const value = p.value as number | string | null | undefined;
    p.eGridCell.setAttribute(attribute, value === null || value === undefined ? '' : String(value));
    return p.valueFormatted ?? (value === null || value === undefined ? '' : String(value));
  };
}

/** A row's progress on an indicator: a unit's (computed when first drawn, kept per unit object) or the aggregate's. */
function progressAt(ctx: MonitoringColumnContext, p: Params, id: IndicatorId): Progress | null {
  const unit = unitOf(p);
  if (unit) return ctx.model.row(unit)?.cells.get(id)?.progress ?? null;
  return isSummary(p.data) ? ctx.model.aggregate(id) : null;
}

/** Hands the edit on and tells the grid nothing changed: the data changes only through a command. */
const valueSetter = (ctx: MonitoringColumnContext, colId: string) => (p: { data?: GridRow | undefined; newValue: unknown }) => {
  const unit = unitOf(p);
  if (unit) ctx.onEdit(colId, unit.code, p.newValue);
  return false;
};

/** The month's counts of the whole allocating unit (the aggregate row): Σ over the units that reported. */
function monthSum(model: MonitoringModel, id: IndicatorId, part: 'num' | 'den'): number | null {
  const w = model.monthWindow();
  const counts = monthCounts(w ? model.index.figures(id, w.months.slice(-1))[0] : undefined);
  return part === 'den' ? counts.d : counts.n;
}

/** A month's count of an indicator (`num.<id>`, `den.<id>`): editable in a unit's row, the month's sum in the aggregate row. */
function countColumn(ctx: MonitoringColumnContext, ind: Indicator, part: 'num' | 'den'): ColDef<GridRow> {
  const { locale, model } = ctx;
  const labels = countLabels(ind);
  const colId = `${part}.${ind.id}`;
  return {
    colId, headerName: labels[part][locale], headerTooltip: `${indicatorName(ind, locale)}: ${labels[part][locale]}`, width: 92, type: 'rightAligned',
    valueGetter: (p) => {
      const unit = unitOf(p);
      const w = model.monthWindow();
      if (!unit) return isSummary(p.data) ? monthSum(model, ind.id, part) : null;
      // A rate entered alone (no count known) is shown in the numerator's cell, marked: a string, never a count.
      return w ? countCellValue(unit, w.months[w.months.length - 1]!, ind.id, part, locale) : null;
    },
    valueFormatter: (p) => (typeof p.value === 'string' ? p.value : formatCount(p.value as number | null, locale)),
    cellEditorParams: { useFormatter: true },
    editable: (p) => !!unitOf(p),
    valueSetter: valueSetter(ctx, colId),
    comparator: (a: unknown, b: unknown) => numbersLast(typeof a === 'number' ? a : null, typeof b === 'number' ? b : null),
    cellClass: (p) => [RIGHT, 'mon-count', typeof p.value === 'string' ? 'mon-as-rate' : '', isSummary(p.data) ? 'cell-aggregate' : ''].filter(Boolean).join(' '),
    tooltipValueGetter: (p) => (typeof p.value === 'string' ? tm('enteredAsRate') : undefined),
    getQuickFilterText: () => '',
  };
}

/** A column of the progress so far: rate, target, gap, required rate or status. */
function progressColumn(ctx: MonitoringColumnContext, ind: Indicator, kind: 'rate' | 'target' | 'gap' | 'required' | 'status'): ColDef<GridRow> {
  const { locale } = ctx;
  return {
    colId: `${kind}.${ind.id}`, headerName: tm(`col_${kind}`), headerTooltip: `${indicatorName(ind, locale)}: ${tm(`col_${kind}_hint`)}`,
    width: kind === 'status' ? 128 : kind === 'target' || kind === 'gap' ? 70 : 82,
    type: kind === 'status' ? undefined : 'rightAligned',
    valueGetter: (p): number | string | null => {
      const pr = progressAt(ctx, p, ind.id);
      if (!pr) return null;
      if (kind === 'rate') return pr.rate ? percentValue(pr.rate) : null;
      if (kind === 'target') return pr.target;
      if (kind === 'gap') return pr.rate && pr.target !== null ? gapTenths(pr.rate, pr.target) : null;
      if (kind === 'required') return pr.required ? ceilingTenths(pr.required) : null;
      return pr.status;
    },
    valueFormatter: (p) => {
      const v = p.value as number | string | null;
      if (v === null || v === undefined) return '';
      if (kind === 'status') {
        const pr = progressAt(ctx, p as Params, ind.id);
        // The grid's column is narrow: the short words, the whole in the cell's title.
        return `${STATUS_MARK[v as Progress['status']]} ${pr ? progressStatusText(pr, locale, true) : tm(`status_${v as Progress['status']}`)}`;
      }
      if (kind === 'rate') {
        const pr = progressAt(ctx, p as Params, ind.id);
        return pr ? rateText(pr, locale) : '';
      }
      if (kind === 'gap') return `${(v as number) > 0 ? '+' : ''}${formatRateFixed1(v as number as Rate, locale)}`;
      return kind === 'target' ? formatRate(v as Rate, locale) : formatRateFixed1(v as Rate, locale);
    },
    cellRenderer: kind === 'rate' ? hookRenderer('data-value') : kind === 'status' ? hookRenderer('data-status') : undefined,
    comparator: kind === 'status' ? undefined : numbersLast,
    cellClass: (p) => {
      const v = p.value as number | string | null;
      const classes = [kind === 'status' ? '' : RIGHT, isSummary(p.data) ? 'cell-aggregate' : ''];
      if (kind === 'status' && v) classes.push('mon-status', `mon-status-${v as string}`);
      if (kind === 'required' && typeof v === 'number' && v > PERCENT_100) classes.push('mon-impossible');
      if (kind === 'gap' && typeof v === 'number') classes.push(v < 0 ? 'mon-below' : 'mon-above');
      return classes.filter(Boolean).join(' ');
    },
    tooltipValueGetter: (p) => {
      const pr = progressAt(ctx, p, ind.id);
      if (!pr) return undefined;
      if (kind === 'required' && pr.required && ceilingTenths(pr.required) > PERCENT_100) return tm('requiredImpossible');
      if (kind === 'rate' && pr.rate) return tm('rateHint', { months: formatCount(pr.monthsReported, locale) });
      if (kind === 'status') {
        const words = progressStatusText(pr, locale);
        return words === tm(`status_${pr.status}`) ? tm(`rule_${pr.status}`) : `${words}. ${tm(`rule_${pr.status}`)}`;
      }
      return undefined;
    },
    getQuickFilterText: () => '',
  };
}

/** The columns of the results grid. Column ids are automation hooks (README): keep them stable. */
export function makeMonitoringColumnDefs(ctx: MonitoringColumnContext): (ColDef<GridRow> | ColGroupDef<GridRow>)[] {
  return [
    {
      colId: 'rank', headerName: tm('col_rank'), width: 72, pinned: 'left', type: 'rightAligned', hide: !ctx.rank(),
      valueGetter: (p) => (unitOf(p) ? ctx.rank()?.get(unitOf(p)!.code) ?? null : null),
      comparator: numbersLast, getQuickFilterText: () => '',
    },
    { colId: 'code', headerName: t('colCode'), width: 64, pinned: 'left', valueGetter: (p) => unitOf(p)?.code ?? '', getQuickFilterText: () => '' },
    {
      colId: 'name', headerName: t('colName'), width: 170, pinned: 'left',
      valueGetter: (p) => unitOf(p)?.name ?? (isSummary(p.data) ? tm('aggregateRow') : ''),
      comparator: (a: string, b: string) => a.localeCompare(b, 'vi'),
      cellClass: (p) => (isSummary(p.data) ? 'cell-summary-label' : undefined),
      getQuickFilterText: (p) => (isSummary(p.data) ? '' : `${p.data.name} ${foldDiacritics(p.data.name)} ${p.data.code}`),
    },
    ...ctx.indicators.map((ind): ColGroupDef<GridRow> => ({
      groupId: ind.id, headerName: indicatorName(ind, ctx.locale), headerTooltip: indicatorName(ind, ctx.locale), wrapHeaderText: true,
      children: [countColumn(ctx, ind, 'num'), countColumn(ctx, ind, 'den'), ...(['rate', 'target', 'gap', 'required', 'status'] as const).map((k) => progressColumn(ctx, ind, k))],
    })),
  ];
}
