import type { CsvProblem } from '../../io/csvImport';
import type { FileProblem } from '../../schema/fileProblem';
import { columnLetter } from '../../io/columnLetter';
import { language } from '../../state/language';
import { isNumberProblem, numberProblemText, reasonText } from './fileText';
import { t } from './t';
import { tFiles, type FilesKey } from './filesText';

/*
 * What is wrong with a file coming in (a CSV, a plan file), in the user's words, with its place: said by the
 * import flow only, so these messages load with it (`filesText.ts`), not with the first screen.
 */

/** What is wrong with one cell or row of a CSV file, without its place. */
function csvReason(p: CsvProblem): string {
  // A rate out of range in a CSV cell is said briefly (`csv_outOfRange`): the line and column already say where.
  if (isNumberProblem(p.code) && p.code !== 'outOfRange') return numberProblemText(p.code, p.value ?? '', p.params?.count ? 'count' : 'rate');
  if (p.code === 'missingColumn') return tFiles(p.params?.column === 'code' ? 'csv_missingColumn_code' : 'csv_missingColumn_values', { line: p.line ?? 1 });
  return tFiles(`csv_${p.code}` as FilesKey, { value: p.value ?? '', line: p.line ?? '', ...p.params });
}

/** A CSV problem with its place: "Dòng 5, cột C (Hồ sơ trực tuyến - Chỉ tiêu): «150» nằm ngoài khoảng 0–100%". */
export function csvProblemMessage(p: CsvProblem): string {
  const guessed = p.params?.guessedEncoding ? tFiles('importEncodingGuessed', { encoding: String(p.params.guessedEncoding).toUpperCase() }) : '';
  const message = csvReason(p) + guessed;
  if (p.line === undefined || ['missingColumn', 'badQuotes', 'noRows'].includes(p.code)) return message;
  if (p.column === undefined) return tFiles('importProblemRow', { line: p.line, message });
  return tFiles('importProblem', { line: p.line, column: columnLetter(p.column), header: p.header ? ` (${p.header})` : '', message });
}

export function fileProblemMessage(p: FileProblem): string {
  const params = p.params ?? {};
  const app = params.app ? `, ${t('appVersionLabel', { version: params.app })}` : '';
  // Numbers in a message are written the way the reader writes them (55,555 in Vietnamese).
  const value = typeof params.value === 'number' ? params.value.toLocaleString(language() === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: 10, useGrouping: false }) : params.value ?? '';
  return tFiles(`pf_${p.code}` as FilesKey, {
    file: p.file, line: p.line ?? '', column: p.column ?? '', field: p.field ?? '', thisApp: __APP_VERSION__, ...params, app, value,
    reason: p.code === 'invalidValue' ? reasonText(params) : '',
  });
}

