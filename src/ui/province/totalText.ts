import type { TotalIndicator } from '../../domain/provinceTotal';
import { formatCount, formatRateFixed1, type Locale } from '../../domain/rate';
import { aggregateCellText, ruleText, verdictText } from '../i18n/issueText';
import { tProvince } from '../i18n/provinceText';

/**
 * The province total's words. Its `incomplete` has two causes the user must tell apart: a commune without
 * a target ("72,5 — 40/45", as a plan's aggregate row says it) or a district that sent nothing ("72,5 — thiếu
 * 2 đơn vị"); a total with no province plan to judge it by shows its figure alone.
 */
export function totalCellText(x: TotalIndicator, missing: number, locale: Locale): string {
  if (x.aggregate === null || x.verdict === 'empty') return '—';
  const value = formatRateFixed1(x.aggregate, locale);
  if (!x.compared && x.withTarget === x.unitCount) return value;
  if (x.verdict === 'incomplete' && x.withTarget === x.unitCount && missing > 0) return `${value} — ${tProvince('consolidationTotalMissing', { count: formatCount(missing, locale) })}`;
  return aggregateCellText(x.aggregate, x.verdict, x.withTarget, x.unitCount, locale);
}

/** The verdict in words (the cell's title, the CSV's verdict column). */
export function totalVerdictText(x: TotalIndicator, missing: number, locale: Locale): string {
  if (x.verdict === 'incomplete' && x.withTarget === x.unitCount) {
    return missing > 0 ? tProvince('consolidationTotalMissingText', { count: formatCount(missing, locale) }) : tProvince('consolidationTotalNotCompared');
  }
  const words = verdictText(x.verdict, x.withTarget, x.unitCount, locale);
  return x.compared ? `${words} (${ruleText(x.indicator, locale)})` : words;
}

/** The figure alone, as shown (`72,5`), for the `data-value` hook; empty without one. */
export const totalValue = (x: TotalIndicator, locale: Locale) => (x.aggregate === null ? '' : formatRateFixed1(x.aggregate, locale));
