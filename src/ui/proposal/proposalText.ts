import type { UnitCode } from '../../domain/ids';
import type { CellReason, IndicatorProposal, Infeasibility, ProposalMethod, ProposedCell } from '../../domain/proposal/proposalTypes';
import { formatCount, formatRate, formatRateFixed1, type Locale, type Rate } from '../../domain/rate';
import { aggregateText } from '../../domain/aggregate';
import { proposedCellText } from './proposalCells';
import { tPropose } from '../i18n/proposeText';

/** A method's name, its one line and its tiny example, in the planner's words. */
export const methodName = (method: ProposalMethod) => tPropose(`propose_method_${method}`);
export const methodLine = (method: ProposalMethod) => tPropose(`propose_methodLine_${method}`);

/** Why a cell got its number ("nâng lên mức 62,3"), or why it was kept. */
export function reasonText(reason: CellReason, locale: Locale): string {
  switch (reason.kind) {
    case 'level': return tPropose('propose_reason_level', { level: formatRate(reason.level, locale) });
    case 'uplift': return tPropose('propose_reason_uplift', { by: formatRate(reason.by, locale) });
    case 'headroom': return tPropose('propose_reason_headroom', { share: formatShare(reason.share, locale) });
    case 'sameForAll': return tPropose('propose_reason_sameForAll', { level: formatRate(reason.level, locale) });
    case 'keptBaseline': return tPropose('propose_reason_keptBaseline', { baseline: formatRate(reason.baseline, locale) });
    case 'bound': return tPropose(`propose_reason_bound_${reason.bound}`);
    default: return tPropose(`propose_reason_${reason.kind}`);
  }
}

/** The whole line of a proposed cell's tooltip: old → new, why, and that it started without a last result. */
export function proposedCellTitle(cell: ProposedCell, locale: Locale): string {
  const lines = [`${tPropose('propose_cellTitle')}: ${proposedCellText(cell, locale)}`, reasonText(cell.reason, locale)];
  if (cell.noBaseline) lines.push(tPropose('propose_noBaselineCell'));
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
    return codes.length > 3 ? tPropose('propose_andMore', { list: shown, n: formatCount(codes.length - 3, locale) }) : shown;
  };
  switch (problem.kind) {
    case 'goalUnreachable':
      return tPropose('propose_infeasible_goalUnreachable', {
        indicator, best: problem.best === null ? '—' : formatRateFixed1(problem.best, locale), goal: formatRate(problem.goal, locale),
      });
    case 'floorAbove100': return tPropose('propose_infeasible_floorAbove100', { indicator, floor: formatRate(problem.floor, locale) });
    case 'lockedBelowMandatory': return tPropose('propose_infeasible_lockedBelowMandatory', { indicator, units: names(problem.unitCodes) });
    case 'lockedBelowMin': return tPropose('propose_infeasible_lockedBelowMin', { indicator, units: names(problem.unitCodes), min: formatRate(problem.min, locale) });
    case 'lockedBelowFloor': return tPropose('propose_infeasible_lockedBelowFloor', { indicator, units: names(problem.unitCodes), floor: formatRate(problem.floor, locale) });
    case 'typedBelowBound':
      return tPropose(`propose_infeasible_typedBelow_${problem.bound}`, { indicator, units: names(problem.unitCodes), limit: formatRate(problem.limit, locale) });
    case 'goalUnset': return tPropose(problem.goal === 'general' ? 'propose_infeasible_generalUnset' : 'propose_infeasible_ownUnset', { indicator });
  }
}

/** One indicator's summary: its aggregate before → after against the goal, the parameter found, and its notes. */
export function indicatorLine(x: IndicatorProposal, name: string, locale: Locale, allowBelow: boolean): string {
  if (!x.feasible) return '';
  const parts = [`${name}: ${tPropose('propose_aggregate', { before: aggregateText(x.before, locale), after: aggregateText(x.after, locale), goal: x.goal === null ? '—' : formatRate(x.goal, locale) })}`];
  if (x.parameter) {
    const value = x.parameter.kind === 'share' ? formatShare(x.parameter.value, locale) : formatRate(x.parameter.value as Rate, locale);
    parts.push(tPropose(`propose_parameter_${x.parameter.kind}`, { value }));
  }
  parts.push(tPropose('propose_changed', { n: formatCount(x.changed, locale) }));
  if (x.goalRaisedBy && x.goal !== null) parts.push(tPropose(`propose_goalRaised_${x.goalRaisedBy}`, { goal: formatRate(x.goal, locale) }));
  const noBaseline = x.cells.filter((c) => c.noBaseline && c.after !== c.before).length;
  if (noBaseline > 0) parts.push(tPropose('propose_noBaseline', { n: formatCount(noBaseline, locale) }));
  if (allowBelow) parts.push(tPropose('propose_belowBaselineKept'));
  return parts.join(' · ');
}
