import type { IndicatorId, UnitCode } from '../../domain/ids';
import type { Indicator } from '../../domain/indicators';
import type { MemberLevel } from '../../domain/memberLevel';
import type { IndicatorProposal, ProposedCell } from '../../domain/proposal/proposalTypes';
import type { Unit } from '../../domain/plan';
import { formatRate, type Locale } from '../../domain/rate';
import type { Issue } from '../../domain/rules';
import type { IndicatorTotals, ValidationIndex } from '../../domain/validationIndex';
import { indicatorVerdict, type Verdict } from '../../domain/verdict';
import type { ShownProposal } from '../proposal/proposalCells';
import { issueMessage } from '../i18n/issueText';
import { t } from '../i18n/t';
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
  proposal?: () => ShownProposal | undefined;
}

/** Every callback parameter the columns read carries the row's data. */
export type Params = { data?: GridRow | undefined };
export const unitOf = (p: Params): Unit | undefined => (p.data && !isSummary(p.data) ? p.data : undefined);
export const summaryOf = (p: Params) => (isSummary(p.data) ? p.data.code : undefined);
export const numbersLast = (a: number | null | undefined, b: number | null | undefined) =>
  (a ?? Number.NEGATIVE_INFINITY) - (b ?? Number.NEGATIVE_INFINITY);

export const severityClass = (issues: readonly Issue[]) =>
  issues.some((i) => i.severity === 'error') ? 'cell-error' : issues.length > 0 ? 'cell-warning' : undefined;

/** What the columns' callbacks read of the plan besides a row's own unit, shared by every column. */
export interface ColumnReads {
  ctx: ColumnContext;
  /** The indicator's totals, computed once per version of the summary rows. */
  totalsFor(p: Params, id: IndicatorId): IndicatorTotals | undefined;
  verdictOf(totals: IndicatorTotals): Verdict;
  /** The proposed cell shown over a unit's target, while a proposal is previewed. */
  proposedCell(unit: Unit, id: IndicatorId): ProposedCell | undefined;
  /** The indicator's aggregate before and after the proposal previewed, when it has one. */
  proposedAggregate(id: IndicatorId): Extract<IndicatorProposal, { feasible: true }> | undefined;
  /** Hands the edit on and tells the grid nothing changed: the data changes only through a command. */
  valueSetter(colId: string): (p: { data?: GridRow | undefined; newValue: unknown }) => boolean;
  /** A cell's issues in words, one per line ("Lỗi: Thấp hơn chỉ tiêu giao chung 50% (thiếu 10)"). */
  cellMessage(issues: readonly Issue[]): string | undefined;
  /** Whether the allocating unit's own target is checked against the aggregate, said in words. */
  ownTargetLine(ind: Indicator): string | undefined;
}

export function makeColumnReads(ctx: ColumnContext): ColumnReads {
  const { locale, validation } = ctx;
  const totalsById = () => new Map<IndicatorId, IndicatorTotals>(validation.totals().map((x) => [x.indicator.id, x]));
  let totalsCache: { version: number; map: Map<IndicatorId, IndicatorTotals> } | undefined;
  return {
    ctx,
    totalsFor(p, id) {
      const version = isSummary(p.data) ? p.data.version : -1;
      if (!totalsCache || totalsCache.version !== version) totalsCache = { version, map: totalsById() };
      return totalsCache.map.get(id);
    },
    verdictOf: (totals) => indicatorVerdict(totals, validation.unitErrorsFor(totals.indicator.id), ctx.unitCount()),
    proposedCell: (unit, id) => ctx.proposal?.()?.changedCells.get(id)?.get(unit.code),
    proposedAggregate(id) {
      const found = ctx.proposal?.()?.result.indicators.find((x) => x.indicatorId === id);
      return found?.feasible ? found : undefined;
    },
    valueSetter: (colId) => (p) => {
      const unit = unitOf(p);
      if (unit) ctx.onEdit(colId, unit.code, p.newValue);
      return false;
    },
    cellMessage: (issues) =>
      (issues.length > 0 ? issues.map((i) => `${t(`severity_${i.severity}`)}: ${issueMessage(i, locale)}`).join('\n') : undefined),
    ownTargetLine(ind) {
      if (ind.ownTarget === null) return undefined;
      const words = { unit: ctx.allocatingUnit() || t('ownTargetThisUnit'), value: formatRate(ind.ownTarget, locale) };
      return ind.checkOwnTarget ? t('ownTargetChecked', words) : t('ownTargetUnchecked', words);
    },
  };
}
