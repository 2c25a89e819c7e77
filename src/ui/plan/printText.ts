import { decisionNumberText, documentDate, DECISION_SYMBOL } from '../../domain/decisionReference';
import type { Locale } from '../../domain/rate';
import type { PrintDecision } from '../../state/printDecision';
import { t } from '../i18n/t';

/** The texts of the printed appendix (PrintAppendix.tsx) that are more than a message. */

/** A blank to fill in by hand, where the appendix does not know a value: dots, never an invented one. */
export const BLANK = '……';

/** How an indicator's general target applies, in the words of the decision (one wording with the grid's). */
export { ruleText as indicatorRuleText } from '../i18n/issueText';

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
