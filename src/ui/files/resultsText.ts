import { countLabels, type Indicator } from '../../domain/indicators';
import type { MonthKey, ResultPart } from '../../domain/monitoring/resultKey';
import { columnLetter } from '../../io/columnLetter';
import type { ResultsProblem } from '../../io/resultsImport';
import type { ResultsFailure } from '../../state/resultsFile';
import { language } from '../../state/language';
import { isNumberProblem, numberProblemText } from '../i18n/fileText';
import { indicatorName } from '../i18n/issueText';
import { tResults, type ResultsKey } from '../i18n/resultsText';
import { tFiles, type FilesKey } from '../i18n/filesText';

/** `2023-11` → `Tháng 11/2023` (the preview says which month in words). */
export function monthWords(month: MonthKey | string): string {
  const [year = '', m = ''] = month.split('-');
  return tResults('results_monthName', { month: String(Number(m)), year });
}

/** A problem of a statistics file with its place: "Dòng 5, cột C (Số HS đã TTTT): «300» lớn hơn mẫu số 200 (21952 Thị trấn Tuy Phước)". */
export function resultsProblemMessage(p: ResultsProblem): string {
  const params = { value: p.value ?? '', unit: '', ...p.params };
  const message = isNumberProblem(p.code)
    ? tResults('results_numberOf', { message: numberProblemText(p.code, p.value ?? '', p.params?.count ? 'count' : 'rate'), unit: String(params.unit) })
    : tResults(`results_${p.code}` as ResultsKey, params);
  if (p.line === undefined) return message;
  if (p.column === undefined) return tFiles('importProblemRow', { line: p.line, message });
  return tFiles('importProblem', { line: p.line, column: columnLetter(p.column), header: p.header ? ` (${p.header})` : '', message });
}

const CSV_TEXT: Partial<Record<ResultsFailure['code'], FilesKey>> = {
  empty: 'csv_empty', spreadsheet: 'csv_spreadsheet', notText: 'csv_notText', badQuotes: 'csv_badQuotes',
};

/** Why a statistics file cannot be read at all, naming the file. */
export function resultsFailureMessage(file: string, failure: ResultsFailure): string {
  const csv = CSV_TEXT[failure.code];
  if (csv) return tResults('results_fail_text', { file, message: tFiles(csv, { line: failure.line ?? '' }) });
  return tResults(`results_fail_${failure.code}` as ResultsKey, { file, line: failure.line ?? '' });
}

/** A count column as the preview names it: "Hồ sơ trực tuyến · Hồ sơ tiếp nhận". */
export function countColumnName(ind: Indicator | undefined, id: string, part: ResultPart): string {
  if (!ind) return `${id}.${part}`;
  const labels = countLabels(ind);
  const which = part === 'n' ? labels.num[language()] : part === 'd' ? labels.den[language()] : tResults('results_rate');
  return `${indicatorName(ind, language())} · ${which}`;
}
