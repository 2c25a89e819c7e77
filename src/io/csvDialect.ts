import Papa from 'papaparse';

/** The two CSV dialects the app writes; it reads both (and more). */
export type CsvDialectId = 'excel-vn' | 'standard';

export interface CsvDialect {
  id: CsvDialectId;
  delimiter: string;
  locale: 'vi' | 'en';
}

export const CSV_DIALECTS: Record<CsvDialectId, CsvDialect> = {
  /** What Excel on a Vietnamese Windows opens directly: `;` between fields, decimal comma. */
  'excel-vn': { id: 'excel-vn', delimiter: ';', locale: 'vi' },
  /** RFC 4180: `,` between fields, decimal point. */
  standard: { id: 'standard', delimiter: ',', locale: 'en' },
};

const CANDIDATES = ['\t', ';', ',', '|'];

/**
 * The field separator of a CSV text: the candidate that splits the first rows into the same number of
 * fields (more than one), the most fields winning. A header like `Số hóa hồ sơ, kết quả…` in a `;` file
 * has a comma, but the rows below do not agree with it, so `;` wins.
 */
export function detectDelimiter(text: string): string {
  let best: { delimiter: string; fields: number } | undefined;
  for (const delimiter of CANDIDATES) {
    const rows = Papa.parse<string[]>(text, { delimiter, preview: 30, skipEmptyLines: 'greedy' }).data;
    const counts = rows.map((r) => r.length);
    const first = counts[0] ?? 0;
    if (first > 1 && counts.every((c) => c === first) && (!best || first > best.fields)) best = { delimiter, fields: first };
  }
  if (best) return best.delimiter;
  // No candidate agrees on every row (ragged rows): the one that splits the header most.
  const header = text.split(/\r\n|\n|\r/, 1)[0] ?? '';
  let most = { delimiter: ',', count: 0 };
  for (const delimiter of CANDIDATES) {
    const count = header.split(delimiter).length - 1;
    if (count > most.count) most = { delimiter, count };
  }
  return most.delimiter;
}
