import { Show } from 'solid-js';
import { isUnassigned, type Indicator } from '../../domain/indicators';
import type { Locale } from '../../domain/rate';
import { indicatorName } from '../i18n/issueText';
import { t } from '../i18n/t';

/**
 * Above the grid while some general target is not entered (a plan started from a list or a CSV): which ones,
 * and the way to enter them. Nothing is judged against a number nobody entered, and this says why.
 */
export function UnassignedNotice(props: { indicators: readonly Indicator[]; locale: Locale; assignmentShown: boolean; onShowAssignment: () => void }) {
  const unassigned = () => props.indicators.filter(isUnassigned);
  return (
    <Show when={unassigned().length > 0}>
      <p class="notice notice-warning" data-testid="assignment-unset" data-indicators={unassigned().map((i) => i.id).join(',')} role="status">
        {t('assignmentUnsetNotice', { list: unassigned().map((i) => indicatorName(i, props.locale)).join(', ') })}{' '}
        <Show when={!props.assignmentShown}>
          <button type="button" class="small" data-testid="assignment-unset-open" onClick={() => props.onShowAssignment()}>{t('assignmentUnsetOpen')}</button>
        </Show>
      </p>
    </Show>
  );
}
