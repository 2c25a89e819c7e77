import { createMemo, createSignal, For } from 'solid-js';
import type { Indicator } from '../../domain/indicators';
import type { UnitCode } from '../../domain/ids';
import { formatRate, type Locale } from '../../domain/rate';
import type { Issue } from '../../domain/rules';
import { indicatorName, issueMessage } from '../i18n/issueText';
import { t } from '../i18n/t';

const ROW_HEIGHT = 58;

export interface IssueListProps {
  issues: readonly Issue[];
  indicators: readonly Indicator[];
  unitName: (code: UnitCode) => string;
  locale: Locale;
  onChoose: (issue: Issue) => void;
  height: number;
}

/**
 * Issues as a list, one row each; only the rows in view are in the DOM, so a plan of 10,598 units
 * with every target missing (52,990 warnings) scrolls as lightly as one with three.
 */
export function IssueList(props: IssueListProps) {
  const [scrollTop, setScrollTop] = createSignal(0);
  const indicatorById = createMemo(() => new Map(props.indicators.map((i) => [i.id, i])));
  const visible = createMemo(() => {
    const first = Math.max(0, Math.floor(scrollTop() / ROW_HEIGHT) - 5);
    const count = Math.ceil(props.height / ROW_HEIGHT) + 10;
    return props.issues.slice(first, first + count).map((issue, k) => ({ issue, index: first + k }));
  });

  return (
    <div class="issue-list" style={{ height: `${props.height}px` }} role="list" onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}>
      <div role="none" style={{ height: `${props.issues.length * ROW_HEIGHT}px`, position: 'relative' }}>
        <For each={visible()}>
          {(row) => {
            const ind = () => indicatorById().get(row.issue.indicatorId);
            const unit = () => (row.issue.unitCode === null ? t('issueAggregate') : props.unitName(row.issue.unitCode));
            return (
              <div role="listitem" class="issue-slot" style={{ top: `${row.index * ROW_HEIGHT}px`, height: `${ROW_HEIGHT}px` }}>
              <button type="button" class={`issue issue-${row.issue.severity}`} data-testid="issue-item"
                data-rule={row.issue.rule} data-unit={row.issue.unitCode ?? 'aggregate'} data-indicator={row.issue.indicatorId}
                title={issueMessage(row.issue, props.locale)}
                onClick={() => props.onChoose(row.issue)}>
                <span class="issue-severity">{t(`severity_${row.issue.severity}`)}</span>
                <span class="issue-unit">{unit()}</span>
                <span class="issue-indicator">{ind() ? indicatorName(ind()!, props.locale) : row.issue.indicatorId}{row.issue.field === 'baseline' ? ` · ${t('fieldBaseline')}` : ''}</span>
                <span class="issue-value">{formatRate(row.issue.value, props.locale)}</span>
                <span class="issue-text">{issueMessage(row.issue, props.locale)}</span>
              </button>
              </div>
            );
          }}
        </For>
      </div>
    </div>
  );
}
