import Papa from 'papaparse';
import type { Indicator } from '../domain/indicators';
import { decodeText, type CsvEncoding } from './csvDecode';
import { detectDelimiter } from './csvDialect';
import { findResultsLayout } from './resultsLayout';

/** A CSV's rows, decoded as the plan CSV import decodes them (BOM, UTF-8, Windows-1258, UTF-16; `;`, `,` or tab). */
export type CsvRows =
  | { ok: true; rows: string[][]; encoding: CsvEncoding; confident: boolean; delimiter: string }
  | { ok: false; problem: 'empty' | 'spreadsheet' | 'notText' | 'badQuotes'; line?: number };

export function csvRows(bytes: Uint8Array, encoding?: CsvEncoding): CsvRows {
  const decoded = decodeText(bytes, encoding);
  if (!decoded.ok) return { ok: false, problem: decoded.problem };
  const delimiter = detectDelimiter(decoded.text);
  const parsed = Papa.parse<string[]>(decoded.text, { delimiter, skipEmptyLines: false });
  const badQuote = parsed.errors.find((e) => e.type === 'Quotes');
  if (badQuote) return { ok: false, problem: 'badQuotes', line: (badQuote.row ?? 0) + 1 };
  return { ok: true, rows: parsed.data, encoding: decoded.encoding, confident: decoded.confident, delimiter };
}

/**
 * Whether a CSV is a monthly statistics file rather than a list of units, targets and previous results: among
 * its first rows, one has a unit column and a count column of the plan's indicators, and none is a plan column
 * (the plan CSV's headers never name a count). Only the first rows are parsed.
 */
export function isResultsCsv(bytes: Uint8Array, indicators: readonly Indicator[]): boolean {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return false;
  const delimiter = detectDelimiter(decoded.text);
  const rows = Papa.parse<string[]>(decoded.text, { delimiter, preview: 30, skipEmptyLines: false }).data;
  return findResultsLayout(rows, indicators) !== null;
}
