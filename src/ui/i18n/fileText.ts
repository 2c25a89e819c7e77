import type { CsvProblem } from '../../io/csvImport';
import type { NumberProblem } from '../../domain/rate';
import type { FileProblem } from '../../schema/fileProblem';
import { columnLetter } from '../../io/columnLetter';
import type { DamagedPlanSummary } from '../../state/services';
import { language } from '../../state/language';
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

/** What is wrong with one cell or row of a CSV file, without its place. */
function csvReason(p: CsvProblem): string {
  // A rate out of range in a CSV cell is said briefly (`csv_outOfRange`): the line and column already say where.
  if (isNumberProblem(p.code) && p.code !== 'outOfRange') return numberProblemText(p.code, p.value ?? '', p.params?.count ? 'count' : 'rate');
  if (p.code === 'missingColumn') return t(p.params?.column === 'code' ? 'csv_missingColumn_code' : 'csv_missingColumn_values', { line: p.line ?? 1 });
  return t(`csv_${p.code}` as MessageKey, { value: p.value ?? '', line: p.line ?? '', ...p.params });
}

/** A CSV problem with its place: "Dòng 5, cột C (Hồ sơ trực tuyến - Chỉ tiêu): «150» nằm ngoài khoảng 0–100%". */
export function csvProblemMessage(p: CsvProblem): string {
  const guessed = p.params?.guessedEncoding ? t('importEncodingGuessed', { encoding: String(p.params.guessedEncoding).toUpperCase() }) : '';
  const message = csvReason(p) + guessed;
  if (p.line === undefined || ['missingColumn', 'badQuotes', 'noRows'].includes(p.code)) return message;
  if (p.column === undefined) return t('importProblemRow', { line: p.line, message });
  return t('importProblem', { line: p.line, column: columnLetter(p.column), header: p.header ? ` (${p.header})` : '', message });
}

const EXPECTED = ['number', 'int', 'string', 'boolean', 'array', 'object'];

/** Why a value was refused, in the user's words. */
function reasonText(params: Record<string, string | number>): string {
  const reason = String(params.reason ?? 'format');
  const expected = String(params.expected ?? '');
  return t(`reason_${reason}` as MessageKey, { ...params, expected: t(`expected_${EXPECTED.includes(expected) ? expected : 'other'}` as MessageKey) });
}

export function fileProblemMessage(p: FileProblem): string {
  const params = p.params ?? {};
  const app = params.app ? `, ${t('appVersionLabel', { version: params.app })}` : '';
  // Numbers in a message are written the way the reader writes them (55,555 in Vietnamese).
  const value = typeof params.value === 'number' ? params.value.toLocaleString(language() === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: 10, useGrouping: false }) : params.value ?? '';
  return t(`pf_${p.code}` as MessageKey, {
    file: p.file, line: p.line ?? '', column: p.column ?? '', field: p.field ?? '', thisApp: __APP_VERSION__, ...params, app, value,
    reason: p.code === 'invalidValue' ? reasonText(params) : '',
  });
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
