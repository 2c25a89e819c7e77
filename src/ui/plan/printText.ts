import { decisionNumberText, documentDate, DECISION_SYMBOL } from '../../domain/decisionReference';
import { parsePeriod } from '../../domain/period';
import type { Locale } from '../../domain/rate';
import type { PrintDecision } from '../../state/printDecision';
import { t } from '../i18n/t';

/** The texts of the printed appendix (PrintAppendix.tsx) that are more than a message. */

/** A blank to fill in by hand, where the appendix does not know a value: dots, never an invented one. */
export const BLANK = '……';

/** How an indicator's general target applies, in the words of the decision (one wording with the grid's). */
export { ruleText as indicatorRuleText } from '../i18n/issueText';

const ROMAN = ['I', 'II', 'III', 'IV'];

/**
 * A period as a decision writes it: `2024-H1` → "6 tháng đầu năm 2024", `2024-Q3` → "quý III năm 2024",
 * `2024-07` → "tháng 7 năm 2024", `2024` → "năm 2024"; text that names no period as it is ("kỳ …"); none → nothing.
 */
export function periodText(period: string): string {
  if (!period.trim()) return '';
  const p = parsePeriod(period);
  if (!p) return t('printPeriodOther', { period: period.trim() });
  const year = String(p.year);
  switch (p.kind) {
    case 'year': return t('printPeriodYear', { year });
    case 'half': return t(p.half === 1 ? 'printPeriodH1' : 'printPeriodH2', { year });
    case 'quarter': return t('printPeriodQuarter', { year, quarter: p.quarter, roman: ROMAN[p.quarter - 1] ?? '' });
    case 'month': return t('printPeriodMonth', { year, month: p.month,
      monthName: new Date(Date.UTC(2000, p.month - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' }) });
  }
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
