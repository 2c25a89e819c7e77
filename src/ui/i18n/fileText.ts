import type { CsvProblem } from '../../io/csvImport';
import type { FileProblem } from '../../io/fileProblem';
import { t, type MessageKey } from './t';

const NUMBER_PROBLEMS = ['notANumber', 'tooManyDecimals', 'tooLarge', 'notAnInteger', 'negative', 'ambiguous'];

/** 1 → A, 27 → AA: columns as Excel names them. */
export function columnLetter(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** What is wrong with one cell or row of a CSV file, without its place. */
function csvReason(p: CsvProblem): string {
  if (NUMBER_PROBLEMS.includes(p.code)) return t(`parse_${p.code}` as MessageKey, { text: p.value ?? '' });
  if (p.code === 'missingColumn') return t(p.params?.column === 'code' ? 'csv_missingColumn_code' : 'csv_missingColumn_values', { line: p.line ?? 1 });
  return t(`csv_${p.code}` as MessageKey, { value: p.value ?? '', line: p.line ?? '', ...p.params });
}

/** A CSV problem with its place: "Dòng 5, cột C (Hồ sơ trực tuyến - Chỉ tiêu): «150» nằm ngoài khoảng 0–100%". */
export function csvProblemMessage(p: CsvProblem): string {
  const message = csvReason(p);
  if (p.line === undefined || ['missingColumn', 'badQuotes'].includes(p.code)) return message;
  if (p.column === undefined) return t('importProblemRow', { line: p.line, message });
  return t('importProblem', { line: p.line, column: columnLetter(p.column), header: p.header ? ` (${p.header})` : '', message });
}

export function fileProblemMessage(p: FileProblem): string {
  const app = p.params?.app ? `, ${t('appVersionLabel', { version: p.params.app })}` : '';
  return t(`pf_${p.code}` as MessageKey, { file: p.file, line: p.line ?? '', column: p.column ?? '', field: p.field ?? '', detail: '', thisApp: __APP_VERSION__, ...p.params, app });
}
