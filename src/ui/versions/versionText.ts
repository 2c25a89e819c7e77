import { truncatedMean } from '../../domain/aggregate';
import type { Indicator } from '../../domain/indicators';
import { formatRateFixed1 } from '../../domain/rate';
import type { SideSummary } from '../../domain/versions/compareVersions';
import { language } from '../../state/language';

/** When a version was saved, as the user's language writes a date and time. */
export const savedAtText = (iso: string) => new Date(iso).toLocaleString(language() === 'vi' ? 'vi-VN' : 'en-GB');

/** An indicator's aggregate on one side, truncated to one decimal as everywhere; `—` when no unit has a target. */
export function aggregateText(side: SideSummary, id: Indicator['id']): string {
  const totals = side.totals.find((x) => x.indicator.id === id);
  const mean = totals ? truncatedMean(totals.target) : null;
  return mean === null ? '—' : formatRateFixed1(mean, language());
}

export const indicatorLabel = (i: Indicator) => (language() === 'vi' ? i.name.vi : i.name.en);
