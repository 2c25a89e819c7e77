import type { Issue } from '../../domain/rules';
import type { Indicator } from '../../domain/indicators';
import { formatRate, type Locale } from '../../domain/rate';
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
