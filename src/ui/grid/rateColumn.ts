import type { ColDef, ValueFormatterParams } from 'ag-grid-community';
import { truncatedMean } from '../../domain/aggregate';
import { isUnassigned, type Indicator } from '../../domain/indicators';
import { previousPeriod } from '../../domain/plan';
import { formatCount, formatRate, formatRateFixed1, type Rate } from '../../domain/rate';
import type { Field } from '../../domain/rules';
import type { IndicatorTotals } from '../../domain/validationIndex';
import type { Verdict } from '../../domain/verdict';
import { aggregateCellText, indicatorName, issueMessage, ruleText } from '../i18n/issueText';
import { t } from '../i18n/t';
import { aggregateText } from '../../domain/aggregate';
import { proposedCellText } from '../proposal/proposalCells';
import { lockClass, lockLine } from './cellLocks';
import { numbersLast, severityClass, summaryOf, unitOf, type ColumnReads, type Params } from './columnContext';
import type { GridRow } from './rows';

/** The header of an indicator's result or target column, with the period (`KQ 2023-H1`, `Chỉ tiêu 2023-H2`). */
export function rateHeader(field: Field, period: string): string {
  const previous = previousPeriod(period);
  if (field === 'baseline') return previous ? t('colBaseline', { period: previous }) : t('colBaselinePlain');
  return period ? t('colTarget', { period }) : t('colTargetPlain');
}

/** An indicator's result (`baseline`) or target column: a unit's rate in its rows, the rule and the aggregate in the summary rows. */
export function rateColumn(reads: ColumnReads, ind: Indicator, field: Field): ColDef<GridRow> {
  const { ctx } = reads;
  return {
    colId: `${field}.${ind.id}`,
    headerName: rateHeader(field, ctx.period),
    headerTooltip: indicatorName(ind, ctx.locale),
    // Narrow number columns (headers wrap onto two or three lines), so that every indicator fits at 1366 px.
    width: field === 'baseline' ? 80 : 104,
    type: 'rightAligned',
    valueGetter: (p) => rateValue(reads, ind, field, p),
    valueFormatter: (p: ValueFormatterParams<GridRow, Rate | null>) => rateCellText(reads, ind, field, p as Params, p.value ?? null),
    cellEditorParams: { useFormatter: true },
    editable: (p) => !!unitOf(p),
    valueSetter: reads.valueSetter(`${field}.${ind.id}`),
    comparator: numbersLast,
    getQuickFilterText: () => '',
    cellClass: (p) => rateCellClass(reads, ind, field, p),
    tooltipValueGetter: (p) => rateTooltip(reads, ind, field, p),
  };
}

function rateValue(reads: ColumnReads, ind: Indicator, field: Field, p: Params): Rate | null {
  const unit = unitOf(p);
  if (unit) return unit[field][ind.id] ?? null;
  const summary = summaryOf(p);
  if (summary === 'min') return field === 'target' ? ind.min : null;
  const totals = reads.totalsFor(p, ind.id);
  return totals ? truncatedMean(totals[field]) : null;
}

function rateCellText(reads: ColumnReads, ind: Indicator, field: Field, p: Params, value: Rate | null): string {
  const { locale } = reads.ctx;
  const summary = summaryOf(p);
  if (summary === 'aggregate') {
    const proposed = field === 'target' ? reads.proposedAggregate(ind.id) : undefined;
    if (proposed) return `${aggregateText(proposed.before, locale)} → ${aggregateText(proposed.after, locale)}`;
    // A target aggregate always says its verdict, "—" when there is nothing to judge.
    const totals = field === 'target' ? reads.totalsFor(p, ind.id) : undefined;
    if (totals) return aggregateCellText(value, reads.verdictOf(totals), totals.target.count, reads.ctx.unitCount(), locale);
    return value === null ? '' : formatRateFixed1(value, locale);
  }
  // The general-target row states the whole rule, "chưa nhập chỉ tiêu tỉnh giao" while it is unset.
  if (summary === 'min') return field === 'target' ? ruleText(ind, locale, reads.ctx.level) : '';
  const unit = unitOf(p);
  const proposed = unit && field === 'target' ? reads.proposedCell(unit, ind.id) : undefined;
  if (proposed) return proposedCellText(proposed, locale);
  if (value === null) return '';
  return formatRate(value, locale);
}

const VERDICT_CLASS: Record<Verdict, string> = { pass: 'cell-pass', fail: 'cell-error', incomplete: 'cell-incomplete', empty: 'cell-empty', unassigned: 'cell-unassigned' };

function rateCellClass(reads: ColumnReads, ind: Indicator, field: Field, p: Params): string {
  const unit = unitOf(p);
  // A cellClass replaces the class `type: 'rightAligned'` would add, so it is repeated here.
  const align = 'ag-right-aligned-cell';
  if (unit) {
    const proposed = field === 'target' && reads.proposedCell(unit, ind.id) ? 'cell-proposed' : undefined;
    return [align, severityClass(reads.ctx.validation.cellIssues(unit.code, field, ind.id)), lockClass(unit, field, ind.id), proposed].filter((c) => !!c).join(' ');
  }
  const summary = summaryOf(p);
  if (summary === 'min') return `${align} cell-min${field === 'target' && isUnassigned(ind) ? ' cell-unassigned' : ''}`;
  if (field === 'baseline') return `${align} cell-aggregate`;
  const totals = reads.totalsFor(p, ind.id);
  if (!totals) return align;
  return `${align} cell-aggregate ${VERDICT_CLASS[reads.verdictOf(totals)]}${reads.proposedAggregate(ind.id) ? ' cell-proposed' : ''}`;
}

function rateTooltip(reads: ColumnReads, ind: Indicator, field: Field, p: Params): string | undefined {
  const { locale, validation } = reads.ctx;
  const unit = unitOf(p);
  if (unit) {
    const proposed = field === 'target' ? reads.proposedCell(unit, ind.id) : undefined;
    const lines = [proposed && reads.ctx.proposal?.()?.cellTitle(proposed, locale), reads.cellMessage(validation.cellIssues(unit.code, field, ind.id)), lockLine(unit, field, ind.id)]
      .filter((l) => !!l);
    return lines.length > 0 ? lines.join('\n') : undefined;
  }
  if (summaryOf(p) !== 'aggregate') {
    const own = reads.ownTargetLine(ind);
    return [indicatorName(ind, locale), ...(own ? [own] : [])].join('\n');
  }
  const totals = reads.totalsFor(p, ind.id);
  return totals ? aggregateTooltip(reads, ind, field, totals) : undefined;
}

/** The aggregate's title: how many units have a value and, for a target, its verdict and why. */
function aggregateTooltip(reads: ColumnReads, ind: Indicator, field: Field, totals: IndicatorTotals): string {
  const { locale, validation } = reads.ctx;
  const total = formatCount(reads.ctx.unitCount(), locale);
  const lines = [t('aggregateCount', { count: formatCount(totals[field].count, locale), total })];
  if (field === 'target') {
    const verdict = reads.verdictOf(totals);
    const unitErrors = validation.unitErrorsFor(ind.id);
    const head = [
      ...totals.issues.map((issue) => issueMessage(issue, locale)),
      ...(unitErrors > 0 ? [t('aggregateFailsEach', { n: formatCount(unitErrors, locale) })] : []),
      ...(verdict === 'pass' ? [t('aggregateMeets')] : []),
      ...(verdict === 'incomplete' ? [t('aggregateIncomplete', { count: formatCount(totals.target.count, locale), total })] : []),
      ...(verdict === 'empty' ? [t('aggregateEmpty')] : []),
    ];
    lines.unshift(...head);
    const own = reads.ownTargetLine(ind);
    if (own) lines.push(own);
  }
  return lines.join('\n');
}
