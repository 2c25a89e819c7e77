import type { Indicator } from '../../../domain/indicators';
import type { ProgressStatus } from '../../../domain/monitoring/progress';
import { formatRateFixed1, type Locale, type Rate } from '../../../domain/rate';
import { indicatorName } from '../../i18n/issueText';
import { tm } from '../text';

/** A rate as the report shows it: one decimal (already truncated, or rounded up for a required rate); empty when missing. */
export const rateText = (rate: Rate | null, locale: Locale): string => (rate === null ? '' : formatRateFixed1(rate, locale));

export const statusText = (status: ProgressStatus): string => tm(`status_${status}`);

export const nameOf = (ind: Indicator, locale: Locale): string => indicatorName(ind, locale);

/** "Báo cáo tháng 9/2023". */
export const reportTitle = (monthNumber: number, year: number): string => tm('report_title', { m: monthNumber, y: year });

/** The file name of an export: `bao-cao-thang-9-2023-<plan>.<ext>`, no diacritics, nothing a file system refuses. */
export function reportFileName(planName: string, monthNumber: number, year: number, ext: string): string {
  const plan = planName.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')
    .toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return `bao-cao-thang-${monthNumber}-${year}${plan ? `-${plan}` : ''}.${ext}`;
}
