import { For } from 'solid-js';
import type { FileProblem } from '../../schema/fileProblem';
import type { DamagedPlanSummary } from '../../state/services';
import { reasonText } from '../i18n/fileText';
import { t } from '../i18n/t';

/** What is wrong with a stored plan, in the user's words: the field and why (the plan is named around it). */
export function storedProblemText(p: FileProblem): string {
  const params = p.params ?? {};
  const field = p.field ?? '';
  switch (p.code) {
    case 'newerVersion': return t('stored_newer', params);
    case 'invalidValue': return t('stored_invalid', { field, reason: reasonText(params) });
    case 'missingField': return t('stored_missing', { field });
    case 'unknownField': return t('stored_unknownField', { field });
    default: return t('stored_value', { field });
  }
}

/** The whole message for one damaged stored plan: its name, its first problems, and what to do. */
export const damagedPlanText = (plan: DamagedPlanSummary) =>
  t('stored_damaged', { name: plan.name, detail: plan.problems.slice(0, 3).map(storedProblemText).join(' ') });

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
