import { countLabels, type Indicator } from '../../domain/indicators';
import type { MonthKey, ResultPart } from '../../domain/monitoring/resultKey';
import { columnLetter } from '../../io/columnLetter';
import type { ResultsProblem } from '../../io/resultsImport';
import type { ResultsFailure } from '../../state/resultsFile';
import { language } from '../../state/language';
import { isNumberProblem, numberProblemText } from '../i18n/fileText';
import { indicatorName } from '../i18n/issueText';
import { t, type MessageKey } from '../i18n/t';

/** `2023-11` → `Tháng 11/2023` (the preview says which month in words). */
export function monthWords(month: MonthKey | string): string {
  const [year = '', m = ''] = month.split('-');
  return t('results_monthName', { month: String(Number(m)), year });
}

/** A problem of a statistics file with its place: "Dòng 5, cột C (Số HS đã TTTT): «300» lớn hơn mẫu số 200 (21952 Thị trấn Tuy Phước)". */
export function resultsProblemMessage(p: ResultsProblem): string {
  const params = { value: p.value ?? '', unit: '', ...p.params };
  const message = isNumberProblem(p.code)
    ? t('results_numberOf', { message: numberProblemText(p.code, p.value ?? ''), unit: String(params.unit) })
    : t(`results_${p.code}` as MessageKey, params);
  if (p.line === undefined) return message;
  if (p.column === undefined) return t('importProblemRow', { line: p.line, message });
  return t('importProblem', { line: p.line, column: columnLetter(p.column), header: p.header ? ` (${p.header})` : '', message });
}

const CSV_TEXT: Partial<Record<ResultsFailure['code'], MessageKey>> = {
  empty: 'csv_empty', spreadsheet: 'csv_spreadsheet', notText: 'csv_notText', badQuotes: 'csv_badQuotes',
};

/** Why a statistics file cannot be read at all, naming the file. */
export function resultsFailureMessage(file: string, failure: ResultsFailure): string {
  const csv = CSV_TEXT[failure.code];
  if (csv) return t('results_fail_text', { file, message: t(csv, { line: failure.line ?? '' }) });
  return t(`results_fail_${failure.code}` as MessageKey, { file, line: failure.line ?? '' });
}

/** A count column as the preview names it: "Hồ sơ trực tuyến · Hồ sơ tiếp nhận". */
export function countColumnName(ind: Indicator | undefined, id: string, part: ResultPart): string {
  if (!ind) return `${id}.${part}`;
  const labels = countLabels(ind);
  const which = part === 'n' ? labels.num[language()] : part === 'd' ? labels.den[language()] : t('results_rate');
  return `${indicatorName(ind, language())} · ${which}`;
}
