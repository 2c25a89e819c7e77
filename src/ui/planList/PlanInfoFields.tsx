import { isValidPeriod } from '../../domain/plan';
import type { PlanInfoDraft } from '../../state/planList';
import { t } from '../i18n/t';

/** What a plan's name, period and allocating unit must be before the plan is made: the problems, in words. */
export function planInfoProblems(info: PlanInfoDraft): string[] {
  const problems: string[] = [];
  if (!info.name.trim()) problems.push(t('nameRequired'));
  if (!isValidPeriod(info.period)) problems.push(t('periodInvalid'));
  return problems;
}

/**
 * The name, period and allocating unit of a plan about to be made, the same wherever a plan starts (a pasted
 * list, a CSV file). Hooks: `input[name=name|period|allocatingUnit]`.
 */
export function PlanInfoFields(props: { info: PlanInfoDraft; onChange: (info: PlanInfoDraft) => void; autofocus?: boolean }) {
  const set = (patch: Partial<PlanInfoDraft>) => props.onChange({ ...props.info, ...patch });
  return (
    <>
      <label class="field"><span>{t('planName')}</span>
        <input name="name" value={props.info.name} onInput={(e) => set({ name: e.currentTarget.value })} autofocus={props.autofocus} />
      </label>
      <div class="field-row">
        <label class="field"><span>{t('period')}</span>
          <input name="period" value={props.info.period} placeholder={t('periodPlaceholder')} onInput={(e) => set({ period: e.currentTarget.value })} />
        </label>
        <label class="field"><span>{t('allocatingUnit')}</span>
          <input name="allocatingUnit" value={props.info.allocatingUnit} placeholder={t('allocatingUnitPlaceholder')}
            onInput={(e) => set({ allocatingUnit: e.currentTarget.value })} />
        </label>
      </div>
    </>
  );
}
