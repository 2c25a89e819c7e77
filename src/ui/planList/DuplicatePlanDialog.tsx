import { createSignal, Show, untrack } from 'solid-js';
import { nextPeriod, normalizePeriod } from '../../domain/plan';
import type { DuplicateOptions } from '../../domain/planFactory';
import type { PlanSummary } from '../../state/services';
import { Dialog } from '../Dialog';
import { t } from '../i18n/t';
import { planInfoProblems } from './PlanInfoFields';

export function DuplicatePlanDialog(props: { plan: PlanSummary; onClose: () => void; onDuplicate: (options: DuplicateOptions) => void }) {
  // The form starts from the plan being copied, once.
  const source = untrack(() => props.plan);
  const [name, setName] = createSignal(t('copyOf', { name: source.name }));
  const [period, setPeriod] = createSignal(nextPeriod(source.period) ?? source.period);
  const [asBaseline, setAsBaseline] = createSignal(true);
  const [error, setError] = createSignal('');

  return (
    <Dialog title={t('duplicateTitle')} onClose={() => props.onClose()} testId="duplicate-dialog">
      <form onSubmit={(e) => {
        e.preventDefault();
        const [problem] = planInfoProblems({ name: name(), period: period(), allocatingUnit: '' });
        if (problem) return setError(problem);
        props.onDuplicate({ name: name(), period: normalizePeriod(period()), targetsAsBaseline: asBaseline() });
      }} novalidate>
        <label class="field"><span>{t('planName')}</span>
          <input name="name" value={name()} onInput={(e) => setName(e.currentTarget.value)} />
        </label>
        <label class="field"><span>{t('period')}</span>
          <input name="period" value={period()} onInput={(e) => setPeriod(e.currentTarget.value)} />
        </label>
        <label class="check">
          <input type="checkbox" name="targetsAsBaseline" checked={asBaseline()} onChange={(e) => setAsBaseline(e.currentTarget.checked)} />
          <span>{t('duplicateTargetsAsBaseline')}</span>
        </label>
        <Show when={error()}><p class="form-errors" role="alert">{error()}</p></Show>
        <div class="dialog-actions">
          <button type="button" onClick={() => props.onClose()}>{t('cancel')}</button>
          <button type="submit" class="primary" data-testid="duplicate-ok">{t('duplicate')}</button>
        </div>
      </form>
    </Dialog>
  );
}
