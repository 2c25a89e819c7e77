import { createSignal, Index, Show } from 'solid-js';
import type { Command } from '../../domain/commands';
import { makeIndicatorId, type Indicator } from '../../domain/indicators';
import type { Locale } from '../../domain/rate';
import { ConfirmDialog } from '../Dialog';
import { indicatorName } from '../i18n/issueText';
import { t } from '../i18n/t';
import { AssignmentRow } from './AssignmentRow';

export interface AssignmentPanelProps {
  indicators: readonly Indicator[];
  locale: Locale;
  dispatch: (command: Command) => void;
}

/**
 * The province assignment, per indicator: the commune-level general target, how it applies, the floor,
 * whether 100 % is mandatory and the allocating unit's own target. Every change is one command.
 */
export function AssignmentPanel(props: AssignmentPanelProps) {
  const [message, setMessage] = createSignal('');
  const [removing, setRemoving] = createSignal<Indicator>();

  const update = (ind: Indicator, patch: Partial<Omit<Indicator, 'id'>>) => {
    setMessage('');
    props.dispatch({ type: 'updateIndicator', indicatorId: ind.id, patch });
  };
  const addIndicator = () => {
    const name = t('newIndicatorName');
    const id = makeIndicatorId(name, props.indicators.map((i) => i.id));
    props.dispatch({ type: 'addIndicator', indicator: { id, name: { vi: name, en: name }, min: null, mode: 'each', floor: null, mandatory: false, ownTarget: null, checkOwnTarget: false } });
  };

  return (
    <section class="panel assignment" data-testid="assignment-panel">
      <h2>{t('assignmentTitle')}</h2>
      <p class="muted">{t('assignmentHelp')}</p>
      <table class="table compact">
        <thead>
          <tr>
            <th>{t('indicatorNameVi')}</th><th>{t('indicatorNameEn')}</th><th>{t('min')}</th><th>{t('mode')}</th>
            <th>{t('floor')}</th><th>{t('mandatory')}</th><th>{t('ownTarget')}</th><th title={t('checkOwnTargetHelp')}>{t('checkOwnTarget')}</th><th />
          </tr>
        </thead>
        <tbody>
          {/* Index, not For: a row stays the same element when its indicator changes, so Tab keeps its way. */}
          <Index each={props.indicators}>
            {(ind) => <AssignmentRow indicator={ind()} locale={props.locale} onUpdate={(patch) => update(ind(), patch)}
              onRefused={setMessage} onRemove={() => setRemoving(ind())} />}
          </Index>
        </tbody>
      </table>
      <p class="muted" data-testid="own-target-help">{t('checkOwnTargetHelp')}</p>
      <Show when={message()}><p class="notice notice-error" role="alert">{message()}</p></Show>
      <button type="button" onClick={addIndicator}>{t('addIndicator')}</button>
      <Show when={removing()} keyed>
        {(ind) => (
          <ConfirmDialog title={t('removeIndicator')} text={t('removeIndicatorText', { name: indicatorName(ind, props.locale) })}
            confirmLabel={t('removeIndicator')} danger onCancel={() => setRemoving(undefined)}
            onConfirm={() => { props.dispatch({ type: 'removeIndicator', indicatorId: ind.id }); setRemoving(undefined); }} />
        )}
      </Show>
    </section>
  );
}
