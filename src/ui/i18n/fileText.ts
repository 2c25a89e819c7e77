import type { NumberProblem } from '../../domain/rate';
import type { FileProblem } from '../../schema/fileProblem';
import type { DamagedPlanSummary } from '../../state/services';
import { t, type MessageKey } from './t';

const NUMBER_PROBLEMS: ReadonlySet<string> = new Set<NumberProblem>(['notANumber', 'tooManyDecimals', 'tooLarge', 'notAnInteger', 'negative', 'ambiguous', 'outOfRange']);

/** Whether a file's problem code is one of the ways a number is refused (`rate.ts`), told by `numberProblemText`. */
export const isNumberProblem = (code: string): code is NumberProblem => NUMBER_PROBLEMS.has(code);

/**
 * Why a number was refused, in the user's words; text that is no number at all in a count's place (a volume, a
 * month's dossiers) is told with a count's example, not a rate's.
 */
export function numberProblemText(problem: string, text: string, kind: 'rate' | 'count' = 'rate'): string {
  return t(problem === 'notANumber' && kind === 'count' ? 'parse_notACount' : `parse_${problem}` as MessageKey, { text });
}

const EXPECTED = ['number', 'int', 'string', 'boolean', 'array', 'object'];

/** Why a value was refused, in the user's words. */
export function reasonText(params: Record<string, string | number>): string {
  const reason = String(params.reason ?? 'format');
  const expected = String(params.expected ?? '');
  return t(`reason_${reason}` as MessageKey, { ...params, expected: t(`expected_${EXPECTED.includes(expected) ? expected : 'other'}` as MessageKey) });
}

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
