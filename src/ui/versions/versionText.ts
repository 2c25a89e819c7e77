import { aggregateText } from '../../domain/aggregate';
import type { Indicator } from '../../domain/indicators';
import type { SideSummary } from '../../domain/versions/compareVersions';
import { language } from '../../state/language';

/** When a version was saved, as the user's language writes a date and time. */
export const savedAtText = (iso: string) => new Date(iso).toLocaleString(language() === 'vi' ? 'vi-VN' : 'en-GB');

/** An indicator's aggregate on one side, truncated to one decimal as everywhere; `—` when no unit has a target. */
export function sideAggregateText(side: SideSummary, id: Indicator['id']): string {
  return aggregateText(side.totals.find((x) => x.indicator.id === id)?.target, language());
}

export const indicatorLabel = (i: Indicator) => (language() === 'vi' ? i.name.vi : i.name.en);
