import { For } from 'solid-js';
import { chooseProvincePlan, chosenProvincePlan, provincePlanOptions } from '../../state/consolidation';
import { t } from '../i18n/t';
import { useApp } from '../appContext';

/**
 * Which of this computer's plans is the province's own (its member units are the districts): preselected as
 * the plan the received files match most, until the user chooses, and the choice is kept with the files.
 */
export function ProvincePlanSelect() {
  const app = useApp();
  return (
    <label class="province-plan">
      <span>{t('consolidationProvincePlan')}</span>{' '}
      <select data-testid="consolidation-province-plan" value={chosenProvincePlan()?.id ?? ''}
        onChange={(e) => void chooseProvincePlan(app, e.currentTarget.value === '' ? null : e.currentTarget.value)}>
        <option value="">{t('consolidationProvincePlanNone')}</option>
        <For each={provincePlanOptions()}>
          {(p) => <option value={p.id} selected={chosenProvincePlan()?.id === p.id}>{t('consolidationProvincePlanOption', { name: p.name, period: p.period, count: p.unitCount })}</option>}
        </For>
      </select>
      <span class="muted"> {t('consolidationProvincePlanHelp')}</span>
    </label>
  );
}
