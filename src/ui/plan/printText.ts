import { decisionNumberText, documentDate, DECISION_SYMBOL } from '../../domain/decisionReference';
import type { Indicator } from '../../domain/indicators';
import { formatRate, rateFromPercent, type Locale } from '../../domain/rate';
import type { PrintDecision } from '../../state/printDecision';
import { t } from '../i18n/t';

/** The texts of the printed appendix (PrintAppendix.tsx) that are more than a message. */

/** A blank to fill in by hand, where the appendix does not know a value: dots, never an invented one. */
export const BLANK = '……';

/**
 * How an indicator's general target applies, in the words of the decision: "≥ 50 từng xã", "≥ 45 bình quân
 * (sàn 30)", "100 bắt buộc". In the weighted mode a commune below the general target is not failed, and the
 * appendix must not make it look so.
 */
export function indicatorRuleText(indicator: Indicator, locale: Locale): string {
  if (indicator.mandatory) return `${formatRate(rateFromPercent(100), locale)} ${t('mandatoryShort')}`;
  const min = `≥ ${formatRate(indicator.min, locale)}`;
  if (indicator.mode === 'each') return `${min} ${t('modeEachShort')}`;
  const floor = indicator.floor === null ? '' : ` (${t('printRuleFloor', { value: formatRate(indicator.floor, locale) })})`;
  return `${min} ${t('modeWeightedShort')}${floor}`;
}

/** `2023-H2` → "6 tháng cuối năm 2023"; a period of another shape as it is ("kỳ …"); none → nothing. */
export function periodText(period: string): string {
  const m = /^(\d{4})-H([12])$/.exec(period.trim().toUpperCase());
  if (!period.trim()) return '';
  if (!m) return t('printPeriodOther', { period: period.trim() });
  return t(m[2] === '1' ? 'printPeriodH1' : 'printPeriodH2', { year: m[1] ?? '' });
}

/** The issuing body at the top left, upper case as Decree 30 writes it: "UBND HUYỆN TUY PHƯỚC". */
export function issuingBodyText(allocatingUnit: string): string {
  return allocatingUnit.trim().toLocaleUpperCase('vi');
}

/**
 * "(Kèm theo Quyết định số 125/QĐ-UBND ngày 05 tháng 8 năm 2023 của Ủy ban nhân dân huyện Tuy Phước)", with
 * dotted blanks for what is not known: "số ……/QĐ-UBND ngày …… tháng …… năm 20……".
 */
export function decisionLineText(decision: PrintDecision, allocatingUnit: string, locale: Locale): string {
  const date = documentDate(decision.date);
  const unit = allocatingUnit.trim();
  return t('printDecisionLine', {
    number: decisionNumberText(decision.number) ?? `${BLANK}/${DECISION_SYMBOL}`,
    day: date?.day ?? BLANK,
    // In English the date reads 05/08/2023; Decree 30's "tháng 8" is for the Vietnamese sentence.
    month: (locale === 'en' ? date?.month.padStart(2, '0') : date?.month) ?? BLANK,
    year: date?.year ?? `20${BLANK}`,
    // In running text the abbreviation is written out: "của Ủy ban nhân dân huyện Tuy Phước".
    issuer: unit ? unit.replace(/^UBND(?=\s)/i, t('printIssuerExpanded')) : BLANK,
  });
}
