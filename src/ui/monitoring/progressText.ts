import { ceilingTenths, percentValue, truncatedTenths } from '../../domain/monitoring/monthProgress';
import type { Progress, ProgressStatus } from '../../domain/monitoring/progress';
import { formatCount, formatRateFixed1, type Locale, type Rate } from '../../domain/rate';
import { tm } from './text';

/** The rate so far as screens show it: truncated to one decimal (`40,3`), '' when missing. */
export const rateText = (p: Progress, locale: Locale): string => (p.rate ? formatRateFixed1(truncatedTenths(p.rate) as Rate, locale) : '');

/** The exact rate so far in percent, as the `data-value` hook writes it (`40.333333333333336`), '' when missing. */
export const rateValue = (p: Progress): string => (p.rate ? String(percentValue(p.rate)) : '');

/** The required rate for the months left, rounded up to one decimal; '' when nothing is required. */
export const requiredText = (p: Progress, locale: Locale): string => (p.required ? formatRateFixed1(ceilingTenths(p.required) as Rate, locale) : '');

/** The status in words (never a colour alone). */
export const statusText = (status: ProgressStatus): string => tm(`status_${status}`);

/**
 * A progress's status in words. Its rate shown but not judged, it says why: an aggregate whose units have not all
 * reported every month so far says how many have (`Chưa đủ số liệu (2/18 đơn vị)`); a unit with a result typed
 * without its dossier count says so (`Thiếu mẫu số (1 tháng)`), since that month is in no sum.
 */
export function progressStatusText(p: Pick<Progress, 'status' | 'rate' | 'reporting' | 'unweighted'>, locale: Locale, short = false): string {
  if (p.status !== 'missing') return statusText(p.status);
  const r = p.reporting;
  // A total: some unit has figures (counted, or typed without their dossiers) but not every unit every month.
  if (r && r.least < r.of && (p.rate || p.unweighted > 0)) {
    return tm(short ? 'status_incompleteShort' : 'status_incomplete', { least: formatCount(r.least, locale), of: formatCount(r.of, locale) });
  }
  return r ? statusText(p.status) : unitStatusText(p, locale, short);
}

/**
 * One unit's status in words, as a report's cell keeps it: not judged because a month's result lacks its dossier
 * count says so (`Thiếu mẫu số`), not as if it had no figures (`Chưa có`). One entry a month, so those entries are months.
 */
export function unitStatusText(cell: Pick<Progress, 'status' | 'unweighted'>, locale: Locale, short = false): string {
  if (cell.status === 'missing' && cell.unweighted > 0) return tm(short ? 'status_unweightedShort' : 'status_unweighted', { months: formatCount(cell.unweighted, locale) });
  return statusText(cell.status);
}

/** The class that colours a status (`styles/monitoring.css`: one hue per status, and the word beside it). */
export const statusClass = (status: ProgressStatus): string => `status status-${status}`;
