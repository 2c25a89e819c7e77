import type { ColDef, ColGroupDef, ValueFormatterParams } from 'ag-grid-community';
import type { IndicatorId, UnitCode } from '../../domain/ids';
import { foldDiacritics, isUnassigned, type Indicator } from '../../domain/indicators';
import { truncatedMean } from '../../domain/aggregate';
import { indicatorVerdict, type Verdict } from '../../domain/verdict';
import { previousPeriod, type Unit } from '../../domain/plan';
import { formatCount, formatRate, formatRateFixed1, type Locale, type Rate } from '../../domain/rate';
import type { Field, Issue } from '../../domain/rules';
import type { IndicatorTotals, ValidationIndex } from '../../domain/validationIndex';
import { aggregateCellText, indicatorName, issueMessage, levelText, ruleText } from '../i18n/issueText';
import type { MemberLevel } from '../../domain/memberLevel';
import { t } from '../i18n/t';
import type { ProposalPreview } from '../../state/proposalRun';
import { aggregateText, proposedCellText, proposedCellTitle } from '../proposal/proposalText';
import { lockClass, lockLine } from './cellLocks';
import { isSummary, type GridRow } from './rows';

/** Where an edit of a unit's cell goes: the grid never writes into its data (the value setters say so). */
export type EditHandler = (colId: string, unitCode: UnitCode, value: unknown) => void;

export interface ColumnContext {
  locale: Locale;
  period: string;
  indicators: readonly Indicator[];
  validation: ValidationIndex;
  unitCount: () => number;
  /** The allocating unit's name, for the words about its own target. */
  allocatingUnit: () => string;
  /** The level of the member units, for the words ("cho cấp xã", "từng huyện"). */
  level: MemberLevel;
  onEdit: EditHandler;
  /** A proposal shown before it is applied: its cells read "old → new" (ui/proposal). */
  proposal?: () => ProposalPreview | undefined;
}

/** Every callback parameter the columns read carries the row's data. */
type Params = { data?: GridRow | undefined };
const unitOf = (p: Params): Unit | undefined => (p.data && !isSummary(p.data) ? p.data : undefined);
const summaryOf = (p: Params) => (isSummary(p.data) ? p.data.code : undefined);
const numbersLast = (a: number | null | undefined, b: number | null | undefined) =>
  (a ?? Number.NEGATIVE_INFINITY) - (b ?? Number.NEGATIVE_INFINITY);

const severityClass = (issues: readonly Issue[]) =>
  issues.some((i) => i.severity === 'error') ? 'cell-error' : issues.length > 0 ? 'cell-warning' : undefined;

/** The header of an indicator's result or target column, with the period (`KQ 2023-H1`, `Chỉ tiêu 2023-H2`). */
export function rateHeader(field: Field, period: string): string {
  const previous = previousPeriod(period);
  if (field === 'baseline') return previous ? t('colBaseline', { period: previous }) : t('colBaselinePlain');
  return period ? t('colTarget', { period }) : t('colTargetPlain');
}

/** The columns of the allocation grid. Column ids are automation hooks (README): keep them stable. */
export function makeColumnDefs(ctx: ColumnContext): (ColDef<GridRow> | ColGroupDef<GridRow>)[] {
  const { locale, validation } = ctx;
  const totalsById = () => new Map<IndicatorId, IndicatorTotals>(validation.totals().map((x) => [x.indicator.id, x]));
  let totalsCache: { version: number; map: Map<IndicatorId, IndicatorTotals> } | undefined;
  const totalsFor = (p: Params, id: IndicatorId) => {
    const version = isSummary(p.data) ? p.data.version : -1;
    if (!totalsCache || totalsCache.version !== version) totalsCache = { version, map: totalsById() };
    return totalsCache.map.get(id);
  };
  const verdictOf = (totals: IndicatorTotals): Verdict => indicatorVerdict(totals, validation.unitErrorsFor(totals.indicator.id), ctx.unitCount());
  /** The proposed cell shown over a unit's target, while a proposal is previewed. */
  const proposedCell = (unit: Unit, id: IndicatorId) => ctx.proposal?.()?.changedCells.get(id)?.get(unit.code);
  /** The indicator's aggregate before and after the proposal previewed, when it has one. */
  const proposedAggregate = (id: IndicatorId) => {
    const found = ctx.proposal?.()?.result.indicators.find((x) => x.indicatorId === id);
    return found?.feasible ? found : undefined;
  };
  /** Hands the edit on and tells the grid nothing changed: the data changes only through a command. */
  const valueSetter = (colId: string) => (p: { data?: GridRow | undefined; newValue: unknown }) => {
    const unit = unitOf(p);
    if (unit) ctx.onEdit(colId, unit.code, p.newValue);
    return false;
  };

  const text = (colId: 'code' | 'name' | 'type', header: string, width: number, extra: Partial<ColDef<GridRow>> = {}): ColDef<GridRow> => ({
    colId, headerName: header, width,
    valueGetter: (p) => {
      const unit = unitOf(p);
      if (unit) return unit[colId];
      if (colId !== 'name') return '';
      return summaryOf(p) === 'min' ? t('minRow', { level: levelText(ctx.level) }) : t('aggregateRow');
    },
    editable: (p) => colId !== 'code' && !!unitOf(p),
    valueSetter: valueSetter(colId),
    comparator: (a: string, b: string) => a.localeCompare(b, 'vi'),
    getQuickFilterText: () => '',
    cellClass: colId === 'name' ? (p) => (summaryOf(p) ? 'cell-summary-label' : undefined) : undefined,
    ...extra,
  });

  /** A cell's issues in words, one per line ("Lỗi: Thấp hơn chỉ tiêu giao chung 50% (thiếu 10)"). */
  const cellMessage = (issues: readonly Issue[]) =>
    (issues.length > 0 ? issues.map((i) => `${t(`severity_${i.severity}`)}: ${issueMessage(i, locale)}`).join('\n') : undefined);

  /** Whether the allocating unit's own target is checked against the aggregate, said in words. */
  const ownTargetLine = (ind: Indicator): string | undefined => {
    if (ind.ownTarget === null) return undefined;
    const words = { unit: ctx.allocatingUnit() || t('ownTargetThisUnit'), value: formatRate(ind.ownTarget, locale) };
    return ind.checkOwnTarget ? t('ownTargetChecked', words) : t('ownTargetUnchecked', words);
  };

  const rateColumn = (ind: Indicator, field: Field): ColDef<GridRow> => ({
    colId: `${field}.${ind.id}`,
    headerName: rateHeader(field, ctx.period),
    headerTooltip: indicatorName(ind, locale),
    // Narrow number columns (headers wrap onto two or three lines), so that every indicator fits at 1366 px.
    width: field === 'baseline' ? 80 : 104,
    type: 'rightAligned',
    valueGetter: (p): Rate | null => {
      const unit = unitOf(p);
      if (unit) return unit[field][ind.id] ?? null;
      const summary = summaryOf(p);
      if (summary === 'min') return field === 'target' ? ind.min : null;
      const totals = totalsFor(p, ind.id);
      return totals ? truncatedMean(totals[field]) : null;
    },
    valueFormatter: (p: ValueFormatterParams<GridRow, Rate | null>) => {
      const summary = summaryOf(p as Params);
      const value = p.value ?? null;
      if (summary === 'aggregate') {
        const proposed = field === 'target' ? proposedAggregate(ind.id) : undefined;
        if (proposed) return `${aggregateText(proposed.before, locale)} → ${aggregateText(proposed.after, locale)}`;
        // A target aggregate always says its verdict, "—" when there is nothing to judge.
        const totals = field === 'target' ? totalsFor(p as Params, ind.id) : undefined;
        if (totals) return aggregateCellText(value, verdictOf(totals), totals.target.count, ctx.unitCount(), locale);
        return value === null ? '' : formatRateFixed1(value, locale);
      }
      // The general-target row states the whole rule, "chưa nhập chỉ tiêu tỉnh giao" while it is unset.
      if (summary === 'min') return field === 'target' ? ruleText(ind, locale, ctx.level) : '';
      const unit = unitOf(p as Params);
      const proposed = unit && field === 'target' ? proposedCell(unit, ind.id) : undefined;
      if (proposed) return proposedCellText(proposed, locale);
      if (p.value === null || p.value === undefined) return '';
      return formatRate(p.value, locale);
    },
    cellEditorParams: { useFormatter: true },
    editable: (p) => !!unitOf(p),
    valueSetter: valueSetter(`${field}.${ind.id}`),
    comparator: numbersLast,
    getQuickFilterText: () => '',
    cellClass: (p) => {
      const unit = unitOf(p);
      // A cellClass replaces the class `type: 'rightAligned'` would add, so it is repeated here.
      const align = 'ag-right-aligned-cell';
      if (unit) {
        const proposed = field === 'target' && proposedCell(unit, ind.id) ? 'cell-proposed' : undefined;
        return [align, severityClass(validation.cellIssues(unit.code, field, ind.id)), lockClass(unit, field, ind.id), proposed].filter((c) => !!c).join(' ');
      }
      const summary = summaryOf(p);
      if (summary === 'min') return `${align} cell-min${field === 'target' && isUnassigned(ind) ? ' cell-unassigned' : ''}`;
      if (field === 'baseline') return `${align} cell-aggregate`;
      const totals = totalsFor(p, ind.id);
      if (!totals) return align;
      const state: Record<Verdict, string> = { pass: 'cell-pass', fail: 'cell-error', incomplete: 'cell-incomplete', empty: 'cell-empty', unassigned: 'cell-unassigned' };
      return `${align} cell-aggregate ${state[verdictOf(totals)]}${proposedAggregate(ind.id) ? ' cell-proposed' : ''}`;
    },
    tooltipValueGetter: (p) => {
      const unit = unitOf(p);
      if (unit) {
        const proposed = field === 'target' ? proposedCell(unit, ind.id) : undefined;
        const lines = [proposed && proposedCellTitle(proposed, locale), cellMessage(validation.cellIssues(unit.code, field, ind.id)), lockLine(unit, field, ind.id)]
          .filter((l) => !!l);
        return lines.length > 0 ? lines.join('\n') : undefined;
      }
      if (summaryOf(p) !== 'aggregate') {
        const own = ownTargetLine(ind);
        return [indicatorName(ind, locale), ...(own ? [own] : [])].join('\n');
      }
      const totals = totalsFor(p, ind.id);
      if (!totals) return undefined;
      const lines = [t('aggregateCount', { count: formatCount(totals[field].count, locale), total: formatCount(ctx.unitCount(), locale) })];
      if (field === 'target') {
        const verdict = verdictOf(totals);
        const unitErrors = validation.unitErrorsFor(ind.id);
        const head = [
          ...totals.issues.map((issue) => issueMessage(issue, locale)),
          ...(unitErrors > 0 ? [t('aggregateFailsEach', { n: formatCount(unitErrors, locale) })] : []),
          ...(verdict === 'pass' ? [t('aggregateMeets')] : []),
          ...(verdict === 'incomplete' ? [t('aggregateIncomplete', { count: formatCount(totals.target.count, locale), total: formatCount(ctx.unitCount(), locale) })] : []),
          ...(verdict === 'empty' ? [t('aggregateEmpty')] : []),
        ];
        lines.unshift(...head);
        const own = ownTargetLine(ind);
        if (own) lines.push(own);
      }
      return lines.join('\n');
    },
  });

  return [
    text('code', t('colCode'), 64, { pinned: 'left' }),
    text('name', t('colName'), 176, {
      pinned: 'left',
      getQuickFilterText: (p) => (isSummary(p.data) ? '' : `${p.data.name} ${foldDiacritics(p.data.name)} ${p.data.code}`),
    }),
    text('type', t('colType'), 70),
    {
      colId: 'volume', headerName: t('colVolume'), width: 78, type: 'rightAligned',
      valueGetter: (p) => {
        const unit = unitOf(p);
        return unit ? unit.volume : null;
      },
      valueFormatter: (p) => formatCount(p.value as number | null, locale),
      cellEditorParams: { useFormatter: true },
      editable: (p) => !!unitOf(p),
      valueSetter: valueSetter('volume'),
      comparator: numbersLast,
      getQuickFilterText: () => '',
    },
    ...ctx.indicators.map((ind): ColGroupDef<GridRow> => ({
      groupId: ind.id,
      wrapHeaderText: true,
      headerName: indicatorName(ind, locale),
      headerTooltip: indicatorName(ind, locale),
      children: [rateColumn(ind, 'baseline'), rateColumn(ind, 'target')],
    })),
  ];
}
