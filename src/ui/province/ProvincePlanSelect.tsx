import { For } from 'solid-js';
import { chooseProvincePlan, chosenProvincePlan, provincePlanOptions } from '../../state/consolidation';
import { useApp } from '../appContext';
import { tProvince } from '../i18n/provinceText';

/**
 * Which of this computer's plans is the province's own (its member units are the districts): preselected as
 * the plan the received files match most, until the user chooses, and the choice is kept with the files.
 */
export function ProvincePlanSelect() {
  const app = useApp();
  return (
    <label class="province-plan">
      <span>{tProvince('consolidationProvincePlan')}</span>{' '}
      <select data-testid="consolidation-province-plan" value={chosenProvincePlan()?.id ?? ''}
        onChange={(e) => void chooseProvincePlan(app, e.currentTarget.value === '' ? null : e.currentTarget.value)}>
        <option value="">{tProvince('consolidationProvincePlanNone')}</option>
        <For each={provincePlanOptions()}>
          {(p) => <option value={p.id} selected={chosenProvincePlan()?.id === p.id}>{tProvince('consolidationProvincePlanOption', { name: p.name, period: p.period, count: p.unitCount })}</option>}
        </For>
      </select>
      <span class="muted"> {tProvince('consolidationProvincePlanHelp')}</span>
    </label>
  );
}
