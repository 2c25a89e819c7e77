import { createSignal, For, Show, untrack } from 'solid-js';
import { nextPeriod, normalizePeriod } from '../../domain/plan';
import type { DuplicateOptions, NextPeriodBaseline } from '../../domain/planFactory';
import type { PlanSummary } from '../../state/services';
import { Dialog } from '../Dialog';
import { t } from '../i18n/t';
import { planInfoProblems } from './PlanInfoFields';

const BASELINES: readonly NextPeriodBaseline[] = ['achieved', 'targets'];

export function DuplicatePlanDialog(props: { plan: PlanSummary; onClose: () => void; onDuplicate: (options: DuplicateOptions) => void }) {
  // The form starts from the plan being copied, once.
  const source = untrack(() => props.plan);
  const [name, setName] = createSignal(t('copyOf', { name: source.name }));
  const [period, setPeriod] = createSignal(nextPeriod(source.period) ?? source.period);
  const [startNext, setStartNext] = createSignal(true);
  const [baseline, setBaseline] = createSignal<NextPeriodBaseline>('achieved');
  const [error, setError] = createSignal('');

  return (
    <Dialog title={t('duplicateTitle')} onClose={() => props.onClose()} testId="duplicate-dialog">
      <form onSubmit={(e) => {
        e.preventDefault();
        const [problem] = planInfoProblems({ name: name(), period: period(), allocatingUnit: '' });
        if (problem) return setError(problem);
        props.onDuplicate({ name: name(), period: normalizePeriod(period()), ...(startNext() ? { nextPeriod: { baseline: baseline() } } : {}) });
      }} novalidate>
        <label class="field"><span>{t('planName')}</span>
          <input name="name" value={name()} onInput={(e) => setName(e.currentTarget.value)} />
        </label>
        <label class="field"><span>{t('period')}</span>
          <input name="period" value={period()} onInput={(e) => setPeriod(e.currentTarget.value)} />
        </label>
        <fieldset class="choice" data-testid="duplicate-next-period">
          <label class="check">
            <input type="checkbox" name="nextPeriod" checked={startNext()} onChange={(e) => setStartNext(e.currentTarget.checked)} />
            <span>{t('duplicateNextPeriod')}</span>
          </label>
          <Show when={startNext()}>
            <p class="muted">{t('duplicateBaselineFrom')}</p>
            <For each={BASELINES}>
              {(b) => (
                <label class="check">
                  <input type="radio" name="baseline" value={b} checked={baseline() === b} onChange={() => setBaseline(b)} />
                  <span>{t(b === 'achieved' ? 'duplicateBaselineAchieved' : 'duplicateBaselineTargets')}</span>
                </label>
              )}
            </For>
          </Show>
        </fieldset>
        <Show when={error()}><p class="form-errors" role="alert">{error()}</p></Show>
        <div class="dialog-actions">
          <button type="button" onClick={() => props.onClose()}>{t('cancel')}</button>
          <button type="submit" class="primary" data-testid="duplicate-ok">{t('duplicate')}</button>
        </div>
      </form>
    </Dialog>
  );
}
