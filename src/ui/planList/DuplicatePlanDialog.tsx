import { createEffect, createResource, createSignal, For, Show, untrack } from 'solid-js';
import { formatCount } from '../../domain/rate';
import { language } from '../../state/language';
import { nextPeriod, normalizePeriod } from '../../domain/plan';
import type { DuplicateOptions, NextPeriodBaseline } from '../../domain/planFactory';
import type { PlanSummary } from '../../state/services';
import type { AchievedSummary } from '../../state/planList';
import { Dialog } from '../Dialog';
import { t } from '../i18n/t';
import { planInfoProblems } from './PlanInfoFields';

const BASELINES: readonly NextPeriodBaseline[] = ['achieved', 'targets'];

/**
 * Copies a plan, by default to start its next period: new targets empty, previous results from what each unit
 * achieved by its monthly figures. `achieved` says how many units have some; with none, the targets are offered
 * first (an office that kept no follow-up in the app would otherwise start from an empty column).
 */
export function DuplicatePlanDialog(props: {
  plan: PlanSummary;
  achieved: () => Promise<AchievedSummary | undefined>;
  onClose: () => void;
  onDuplicate: (options: DuplicateOptions) => void;
}) {
  // The form starts from the plan being copied, once.
  const source = untrack(() => props.plan);
  const [name, setName] = createSignal(t('copyOf', { name: source.name }));
  const [period, setPeriod] = createSignal(nextPeriod(source.period) ?? source.period);
  const [startNext, setStartNext] = createSignal(true);
  const [baseline, setBaseline] = createSignal<NextPeriodBaseline>('achieved');
  const [chosen, setChosen] = createSignal(false);
  const [achieved] = createResource(() => props.achieved().catch(() => undefined));
  createEffect(() => {
    const a = achieved();
    if (a && a.units === 0 && !untrack(chosen)) setBaseline('targets');
  });
  const achievedNote = () => {
    const a = achieved();
    if (!a) return '';
    return a.units === 0 ? t('duplicateAchievedNone') : t('duplicateAchievedSome', { units: formatCount(a.units, language()), of: formatCount(a.of, language()) });
  };
  // The period is not over in its figures: what the next one starts from is what was achieved so far, said plainly.
  const partialNote = () => {
    const a = achieved();
    if (!a?.through || !a.last || a.units === 0 || a.through >= a.last) return '';
    const month = (m: string) => ({ month: Number(m.slice(5)), year: m.slice(0, 4) });
    return t('duplicateAchievedPartial', { through: t('monthShort', month(a.through)), last: t('monthShort', month(a.last)) });
  };
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
                  <input type="radio" name="baseline" value={b} checked={baseline() === b} onChange={() => { setChosen(true); setBaseline(b); }} />
                  <span>{t(b === 'achieved' ? 'duplicateBaselineAchieved' : 'duplicateBaselineTargets')}
                    <Show when={b === 'achieved' && achievedNote()}>{(note) => <><br /><small class="muted" data-testid="duplicate-achieved">{note()}</small></>}</Show>
                    <Show when={b === 'achieved' && partialNote()}>{(note) => <><br /><small class="period-partial" data-testid="duplicate-achieved-partial" role="note">{note()}</small></>}</Show>
                  </span>
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
