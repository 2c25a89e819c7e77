import type { Issue } from '../../domain/rules';
import type { Indicator } from '../../domain/indicators';
import { formatCount, formatRate, formatRateFixed1, type Locale, type Rate } from '../../domain/rate';
import type { Verdict } from '../../domain/verdict';
import type { MemberLevel } from '../../domain/memberLevel';
import { t } from './t';

/** The sentence that explains an issue, e.g. "Thấp hơn chỉ tiêu giao chung 50% (thiếu 5)". */
export function issueMessage(issue: Issue, locale: Locale): string {
  return t(`rule_${issue.rule}`, {
    value: formatRate(issue.value, locale),
    limit: formatRate(issue.limit, locale),
    off: formatRate(issue.off, locale),
  });
}

export const indicatorName = (indicator: Pick<Indicator, 'name'>, locale: Locale) =>
  (locale === 'en' ? indicator.name.en || indicator.name.vi : indicator.name.vi || indicator.name.en);

/**
 * What an aggregate's verdict says in words (status is never colour alone): "Đạt", "Chưa đạt",
 * "Chưa đủ chỉ tiêu: 5/13 đơn vị", "Chưa có chỉ tiêu".
 */
export function verdictText(verdict: Verdict, withTarget: number, unitCount: number, locale: Locale): string {
  return t(`verdict_${verdict}`, { count: formatCount(withTarget, locale), total: formatCount(unitCount, locale) });
}

/**
 * An aggregate as the aggregate row and the consolidated view show it: the truncated mean with ✓ or ✗ when
 * judged; with how many units have a target when incomplete ("72,5 — 1/13"); "—" with no target at all.
 */
export function aggregateCellText(mean: Rate | null, verdict: Verdict, withTarget: number, unitCount: number, locale: Locale): string {
  if (verdict === 'empty' || mean === null) return '—';
  const value = formatRateFixed1(mean, locale);
  // Nothing to judge against yet: the mean alone, neither ✓ nor ✗.
  if (verdict === 'unassigned') return value;
  if (verdict === 'incomplete') return `${value} — ${formatCount(withTarget, locale)}/${formatCount(unitCount, locale)}`;
  return `${value} ${verdict === 'pass' ? '✓' : '✗'}`;
}

/**
 * An indicator's whole rule in the words of the decision, as the general-target row and the printed appendix
 * show it: "≥ 50 từng xã", "≥ 45 bình quân (sàn 30)", "100 bắt buộc" (a mandatory indicator's target is exactly
 * 100, whatever its general target). In the weighted mode a commune below the general target is not failed,
 * and the wording must not make it look so. A general target not entered yet says so, never a number.
 */
export function ruleText(ind: Pick<Indicator, 'min' | 'mode' | 'floor' | 'mandatory'>, locale: Locale, level: MemberLevel = 'commune'): string {
  if (ind.mandatory) return `100 ${t('mandatoryShort')}`;
  if (ind.min === null) return t('minUnsetShort');
  if (ind.mode === 'each') return `≥ ${formatRate(ind.min, locale)} ${t(`each_${level}`)}`;
  const floor = ind.floor === null ? '' : ` (${t('floorShort', { value: formatRate(ind.floor, locale) })})`;
  return `≥ ${formatRate(ind.min, locale)} ${t('modeWeightedShort')}${floor}`;
}

/** "cấp xã" / "cấp huyện" / "đơn vị trực thuộc": the members of a plan, as the wording names them. */
export const levelText = (level: MemberLevel) => t(`level_${level}`);
