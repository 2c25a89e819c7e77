import { createSignal, For, Show } from 'solid-js';
import type { PlanId } from '../../domain/ids';
import { normalizePeriod } from '../../domain/plan';
import { makeDefaultIndicators } from '../../domain/indicators';
import { readUnitListText } from '../../io/unitListText';
import { csvProblemMessage } from '../i18n/fileProblemText';
import { createPlan, storageProblem, type PlanInfoDraft } from '../../state/planList';
import { useApp } from '../appContext';
import { Dialog } from '../Dialog';
import { t } from '../i18n/t';
import { PlanInfoFields, planInfoProblems } from './PlanInfoFields';

export function NewPlanDialog(props: { onClose: () => void; onCreated: (id: PlanId) => void }) {
  const repo = useApp().plans;
  const [info, setInfo] = createSignal<PlanInfoDraft>({ name: '', period: '', allocatingUnit: '' });
  const [unitText, setUnitText] = createSignal('');
  const [errors, setErrors] = createSignal<string[]>([]);

  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    const problems = planInfoProblems(info());
    const parsed = readUnitListText(unitText(), makeDefaultIndicators());
    for (const p of parsed.problems) problems.push(csvProblemMessage(p));
    setErrors(problems);
    if (problems.length > 0) return;
    try {
      const id = await createPlan(repo, { ...info(), period: normalizePeriod(info().period), units: parsed.units });
      props.onCreated(id);
      props.onClose();
    } catch (e) {
      console.error(e);
      setErrors([storageProblem(e) === 'quota' ? t('listQuota') : t('listFailed')]);
    }
  };

  return (
    <Dialog title={t('newPlan')} onClose={() => props.onClose()} testId="new-plan-dialog" wide>
      <form onSubmit={submit} novalidate>
        <PlanInfoFields info={info()} onChange={setInfo} autofocus />
        <label class="field"><span>{t('memberUnits')}</span>
          <textarea name="units" rows="6" value={unitText()} onInput={(e) => setUnitText(e.currentTarget.value)} />
          <small class="muted">{t('memberUnitsHelp')}</small>
        </label>
        <Show when={errors().length > 0}>
          <ul class="form-errors" role="alert"><For each={errors()}>{(m) => <li>{m}</li>}</For></ul>
        </Show>
        <div class="dialog-actions">
          <button type="button" onClick={() => props.onClose()}>{t('cancel')}</button>
          <button type="submit" class="primary" data-testid="create-plan">{t('create')}</button>
        </div>
      </form>
    </Dialog>
  );
}
