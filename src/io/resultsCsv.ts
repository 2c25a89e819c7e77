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
  const decoded = decodeText(leadingLines(bytes));
  if (!decoded.ok) return false;
  const delimiter = detectDelimiter(decoded.text);
  const rows = Papa.parse<string[]>(decoded.text, { delimiter, preview: 30, skipEmptyLines: false }).data;
  return findResultsLayout(rows, indicators) !== null;
}

/** How much of a file is read to tell what it is: its header is among its first lines. */
const SNIFF_BYTES = 64 * 1024;

/**
 * A file's first lines: its bytes up to the last line break in the first SNIFF_BYTES (the whole file when shorter),
 * so that telling a statistics file from a plan's CSV does not decode a whole national file once more. A line break
 * byte is never inside a character in UTF-8 or a one-byte code page; a UTF-16 file may end in half a character,
 * which decodes as one replacement character after the lines that matter.
 */
export function leadingLines(bytes: Uint8Array): Uint8Array {
  if (bytes.length <= SNIFF_BYTES) return bytes;
  const end = bytes.subarray(0, SNIFF_BYTES).lastIndexOf(0x0a);
  return bytes.subarray(0, end > 0 ? end + 1 : SNIFF_BYTES);
}
