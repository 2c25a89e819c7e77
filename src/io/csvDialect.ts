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
 * The field separator of a CSV text: the candidate on which most of the first rows agree about a number of
 * fields above one (the more rows agreeing, then the more fields, the better). A header like
 * `Số hóa hồ sơ, kết quả…` in a `;` file has a comma, but the rows below do not agree with it; title lines
 * above the table ("PHỤ LỤC, kèm theo…") are outvoted by the rows of the table.
 */
export function detectDelimiter(text: string): string {
  let best: { delimiter: string; rows: number; fields: number } | undefined;
  for (const delimiter of CANDIDATES) {
    const counts = Papa.parse<string[]>(text, { delimiter, preview: 40, skipEmptyLines: 'greedy' }).data.map((r) => r.length);
    const tally = new Map<number, number>();
    for (const c of counts) if (c > 1) tally.set(c, (tally.get(c) ?? 0) + 1);
    for (const [fields, rows] of tally) {
      if (!best || rows > best.rows || (rows === best.rows && fields > best.fields)) best = { delimiter, rows, fields };
    }
  }
  return best?.delimiter ?? ',';
}
