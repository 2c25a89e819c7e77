import { Show } from 'solid-js';
import type { Indicator } from '../../domain/indicators';
import { formatRate, type Locale } from '../../domain/rate';
import { indicatorName } from '../i18n/issueText';
import { t } from '../i18n/t';

/**
 * Beside the aggregate row: whether the allocating unit's own targets are checked against the members'
 * aggregate. Unchecked (the default) is said in words, so that an own target of 47 above an aggregate of 46,5
 * is not read as a pass the tool forgot to judge.
 */
export function OwnTargetNote(props: { indicators: readonly Indicator[]; allocatingUnit: string; locale: Locale }) {
  const withOwn = () => props.indicators.filter((i) => i.ownTarget !== null);
  const list = (indicators: readonly Indicator[]) =>
    indicators.map((i) => `${indicatorName(i, props.locale)} ${formatRate(i.ownTarget, props.locale)}%`).join('; ');
  const unit = () => props.allocatingUnit || t('ownTargetThisUnit');
  const unchecked = () => withOwn().filter((i) => !i.checkOwnTarget);
  const checked = () => withOwn().filter((i) => i.checkOwnTarget);
  return (
    <Show when={withOwn().length > 0}>
      <div class="own-target-note muted" data-testid="own-target-note" data-checked={checked().map((i) => i.id).join(',')}
        data-unchecked={unchecked().map((i) => i.id).join(',')}>
        <Show when={unchecked().length > 0}><p>{t('ownTargetNote', { unit: unit(), list: list(unchecked()) })}</p></Show>
        <Show when={checked().length > 0}><p>{t('ownTargetNoteChecked', { unit: unit(), list: list(checked()) })}</p></Show>
      </div>
    </Show>
  );
}
