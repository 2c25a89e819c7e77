import type { Indicator } from '../../../domain/indicators';
import { formatRateFixed1, type Locale, type Rate } from '../../../domain/rate';
import { indicatorName } from '../../i18n/issueText';
import { tm } from '../text';

const rateTexts: Record<Locale, Map<number, string>> = { vi: new Map(), en: new Map() };
/**
 * A rate as the report shows it: one decimal (already truncated, or rounded up for a required rate); empty when
 * missing. Remembered per value (at most a few thousand): a report of ten thousand units writes ~100,000 rates.
 */
export function rateText(rate: Rate | null, locale: Locale): string {
  if (rate === null) return '';
  const known = rateTexts[locale].get(rate);
  if (known !== undefined) return known;
  const text = formatRateFixed1(rate, locale);
  rateTexts[locale].set(rate, text);
  return text;
}

export { progressStatusText, statusText, unitStatusText } from '../progressText';

export const nameOf = (ind: Indicator, locale: Locale): string => indicatorName(ind, locale);

/** "Báo cáo tháng 9/2023". */
export const reportTitle = (monthNumber: number, year: number): string => tm('report_title', { m: monthNumber, y: year });

/** The file name of an export: `bao-cao-thang-9-2023-<plan>.<ext>`, no diacritics, nothing a file system refuses. */
export function reportFileName(planName: string, monthNumber: number, year: number, ext: string): string {
  const plan = planName.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')
    .toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return `bao-cao-thang-${monthNumber}-${year}${plan ? `-${plan}` : ''}.${ext}`;
}
