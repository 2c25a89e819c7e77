import { For } from 'solid-js';
import type { DamagedPlanSummary } from '../../state/services';
import { damagedPlanText } from '../i18n/fileText';
import { t } from '../i18n/t';

/**
 * The stored plans that fail the plan's schema: each said, with a way to delete it; never opened half-read.
 * The sound plans are listed as usual beside them.
 */
export function DamagedPlans(props: { plans: DamagedPlanSummary[]; onDelete: (plan: DamagedPlanSummary) => void }) {
  return (
    <For each={props.plans}>
      {(plan) => (
        <div class="notice notice-error" role="alert" data-testid="damaged-plan" data-plan-id={plan.id}>
          <p>{damagedPlanText(plan)}</p>
          <button type="button" class="danger" onClick={() => props.onDelete(plan)}>{t('stored_deleteDamaged')}</button>
        </div>
      )}
    </For>
  );
}
