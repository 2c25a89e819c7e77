import { truncatedMean, type Aggregate } from '../../domain/aggregate';
import type { UnitCode } from '../../domain/ids';
import type { CellReason, IndicatorProposal, Infeasibility, ProposalMethod, ProposedCell } from '../../domain/proposal/proposalTypes';
import { formatCount, formatRate, formatRateFixed1, type Locale, type Rate } from '../../domain/rate';
import { t } from '../i18n/t';

/** A method's name, its one line and its tiny example, in the planner's words. */
export const methodName = (method: ProposalMethod) => t(`propose_method_${method}`);
export const methodLine = (method: ProposalMethod) => t(`propose_methodLine_${method}`);

/** An aggregate as the grid shows it: truncated to one decimal, "—" when nothing is there to average. */
export function aggregateText(aggregate: Aggregate, locale: Locale): string {
  const mean = truncatedMean(aggregate);
  return mean === null ? '—' : formatRateFixed1(mean, locale);
}

/** "50 → 62,3" in a proposed cell; an empty cell shows "—". */
export const proposedCellText = (cell: Pick<ProposedCell, 'before' | 'after'>, locale: Locale) =>
  `${cell.before === null ? '—' : formatRate(cell.before, locale)} → ${cell.after === null ? '—' : formatRate(cell.after, locale)}`;

/** Why a cell got its number ("nâng lên mức 62,3"), or why it was kept. */
export function reasonText(reason: CellReason, locale: Locale): string {
  switch (reason.kind) {
    case 'level': return t('propose_reason_level', { level: formatRate(reason.level, locale) });
    case 'uplift': return t('propose_reason_uplift', { by: formatRate(reason.by, locale) });
    case 'headroom': return t('propose_reason_headroom', { share: formatShare(reason.share, locale) });
    case 'sameForAll': return t('propose_reason_sameForAll', { level: formatRate(reason.level, locale) });
    case 'keptBaseline': return t('propose_reason_keptBaseline', { baseline: formatRate(reason.baseline, locale) });
    case 'bound': return t(`propose_reason_bound_${reason.bound}`);
    default: return t(`propose_reason_${reason.kind}`);
  }
}

/** The whole line of a proposed cell's tooltip: old → new, why, and that it started without a last result. */
export function proposedCellTitle(cell: ProposedCell, locale: Locale): string {
  const lines = [`${t('propose_cellTitle')}: ${proposedCellText(cell, locale)}`, reasonText(cell.reason, locale)];
  if (cell.noBaseline) lines.push(t('propose_noBaselineCell'));
  return lines.join('\n');
}

/** k as a percentage of the headroom, with one decimal at most ("35,2 %"). */
export function formatShare(share: number, locale: Locale): string {
  const tenths = Math.ceil(share * 1000 - 1e-9);
  return `${formatRate((tenths * 10) as Rate, locale)} %`;
}

/** Why nothing can be proposed, and what to do, naming up to three units. */
export function infeasibleText(problem: Infeasibility, indicator: string, unitName: (code: UnitCode) => string, locale: Locale): string {
  const names = (codes: readonly UnitCode[]) => {
    const shown = codes.slice(0, 3).map(unitName).join(', ');
    return codes.length > 3 ? t('propose_andMore', { list: shown, n: formatCount(codes.length - 3, locale) }) : shown;
  };
  switch (problem.kind) {
    case 'goalUnreachable':
      return t('propose_infeasible_goalUnreachable', {
        indicator, best: problem.best === null ? '—' : formatRateFixed1(problem.best, locale), goal: formatRate(problem.goal, locale),
      });
    case 'floorAbove100': return t('propose_infeasible_floorAbove100', { indicator, floor: formatRate(problem.floor, locale) });
    case 'lockedBelowMandatory': return t('propose_infeasible_lockedBelowMandatory', { indicator, units: names(problem.unitCodes) });
    case 'lockedBelowMin': return t('propose_infeasible_lockedBelowMin', { indicator, units: names(problem.unitCodes), min: formatRate(problem.min, locale) });
    case 'lockedBelowFloor': return t('propose_infeasible_lockedBelowFloor', { indicator, units: names(problem.unitCodes), floor: formatRate(problem.floor, locale) });
    case 'typedBelowBound':
      return t(`propose_infeasible_typedBelow_${problem.bound}`, { indicator, units: names(problem.unitCodes), limit: formatRate(problem.limit, locale) });
    case 'goalUnset': return t(problem.goal === 'general' ? 'propose_infeasible_generalUnset' : 'propose_infeasible_ownUnset', { indicator });
  }
}

/** One indicator's summary: its aggregate before → after against the goal, the parameter found, and its notes. */
export function indicatorLine(x: IndicatorProposal, name: string, locale: Locale, allowBelow: boolean): string {
  if (!x.feasible) return '';
  const parts = [`${name}: ${t('propose_aggregate', { before: aggregateText(x.before, locale), after: aggregateText(x.after, locale), goal: x.goal === null ? '—' : formatRate(x.goal, locale) })}`];
  if (x.parameter) {
    const value = x.parameter.kind === 'share' ? formatShare(x.parameter.value, locale) : formatRate(x.parameter.value as Rate, locale);
    parts.push(t(`propose_parameter_${x.parameter.kind}`, { value }));
  }
  parts.push(t('propose_changed', { n: formatCount(x.changed, locale) }));
  if (x.goalRaisedBy && x.goal !== null) parts.push(t(`propose_goalRaised_${x.goalRaisedBy}`, { goal: formatRate(x.goal, locale) }));
  const noBaseline = x.cells.filter((c) => c.noBaseline && c.after !== c.before).length;
  if (noBaseline > 0) parts.push(t('propose_noBaseline', { n: formatCount(noBaseline, locale) }));
  if (allowBelow) parts.push(t('propose_belowBaselineKept'));
  return parts.join(' · ');
}
