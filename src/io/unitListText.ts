import Papa from 'papaparse';
import type { Indicator } from '../domain/indicators';
import type { Unit } from '../domain/plan';
import { detectDelimiter } from './csvDialect';
import { readCsvImport, type CsvProblem } from './csvImport';
import { interpretHeader } from './headerAliases';

/** The columns of lines typed without a header: code; name; type; expected dossier volume. */
const DEFAULT_HEADER = ['Mã', 'Tên đơn vị', 'Loại', 'Số hồ sơ dự kiến'];

export interface UnitListText {
  units: Unit[];
  /** Located as the user sees the text: line 1 is the first line typed or pasted. */
  problems: CsvProblem[];
}

/**
 * Member units typed or pasted as lines (from Excel, a CSV file, by hand), read by the CSV import itself, so
 * lines and files are one reading: the same separators (`;`, `,`, tab, `|`), the same header aliases, numbers
 * and problems. A first line that names a code column is the header; without one, the columns are
 * code; name; type; volume, and a line may stop after its name (typed lines are not files cut in transit).
 */
export function readUnitListText(text: string, indicators: readonly Indicator[]): UnitListText {
  if (text.trim() === '') return { units: [], problems: [] };
  const delimiter = detectDelimiter(text);
  const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter, skipEmptyLines: false }).data;
  const first = rows.find((r) => r.some((c) => c.trim() !== ''));
  const hasHeader = !!first?.some((c) => interpretHeader(c.trim(), indicators).kind === 'code');
  let csv = text;
  let shift = 0;
  if (!hasHeader) {
    const width = Math.max(2, ...rows.map((r) => r.length));
    const header = DEFAULT_HEADER.slice(0, width);
    while (header.length < width) header.push('');
    const padded = rows.map((r) => (r.every((c) => c.trim() === '') ? [] : [...r, ...Array<string>(width - r.length).fill('')]));
    csv = Papa.unparse([header, ...padded], { delimiter, newline: '\n' });
    shift = 1;
  }
  // Typed lines are not a file cut in transit: the last one is as complete as the others.
  if (!/[\r\n]$/.test(csv)) csv += '\n';
  const read = readCsvImport(new TextEncoder().encode(csv), { units: [], indicators });
  if (!read.ok) return { units: [], problems: [{ ...read.problem, line: read.problem.line === undefined ? undefined : read.problem.line - shift }] };
  return {
    units: read.preview.adds.map((a) => a.after),
    problems: read.preview.problems.map((p) => ({ ...p, line: p.line === undefined ? undefined : p.line - shift })),
  };
}
