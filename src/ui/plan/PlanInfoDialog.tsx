import { createSignal, Show } from 'solid-js';
import type { PlanInfo } from '../../domain/plan';
import { normalizePeriod } from '../../domain/plan';
import { Dialog } from '../Dialog';
import { t } from '../i18n/t';
import { planInfoProblems } from '../planList/PlanInfoFields';

export function PlanInfoDialog(props: { info: PlanInfo; onSave: (info: PlanInfo) => void; onClose: () => void }) {
  // eslint-disable-next-line solid/reactivity -- the form starts from the plan's details once
  const [info, setInfo] = createSignal({ ...props.info });
  const [error, setError] = createSignal('');
  const field = (key: keyof PlanInfo, label: string) => (
    <label class="field"><span>{label}</span>
      <input name={key} value={info()[key]} onInput={(e) => { const value = e.currentTarget.value; setInfo((i) => ({ ...i, [key]: value })); }} />
    </label>
  );
  return (
    <Dialog title={t('planInfo')} onClose={() => props.onClose()} testId="plan-info-dialog">
      <form novalidate onSubmit={(e) => {
        e.preventDefault();
        const [problem] = planInfoProblems(info());
        if (problem) return setError(problem);
        props.onSave({ ...info(), period: normalizePeriod(info().period) });
      }}>
        {field('name', t('planName'))}
        <div class="field-row">{field('period', t('period'))}{field('allocatingUnit', t('allocatingUnit'))}</div>
        <label class="field"><span>{t('notes')}</span>
          <textarea rows="3" value={info().notes} onInput={(e) => { const notes = e.currentTarget.value; setInfo((i) => ({ ...i, notes })); }} />
        </label>
        <Show when={error()}><p class="form-errors" role="alert">{error()}</p></Show>
        <div class="dialog-actions">
          <button type="button" onClick={() => props.onClose()}>{t('cancel')}</button>
          <button type="submit" class="primary" data-testid="plan-info-ok">{t('save')}</button>
        </div>
      </form>
    </Dialog>
  );
}
