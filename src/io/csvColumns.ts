import type { IndicatorId } from '../domain/ids';
import type { Indicator } from '../domain/indicators';
import { normalizePeriod, previousPeriod } from '../domain/period';
import { columnLetter } from './columnLetter';
import { interpretHeader, type BasicColumn, type HeaderMeaning } from './headerAliases';
import { MAX_TITLE_LINES } from './planInfoFromFile';

/** A column of the file the import reads (1 = A), its header, and what it holds. */
export type ColumnMeaning = { column: number; header: string } & ({ kind: BasicColumn } | { kind: 'rate'; indicatorId: IndicatorId; field: 'baseline' | 'target'; period?: string });
export type RateColumn = ColumnMeaning & { kind: 'rate' };

/** The header row's columns: those the import reads, those it leaves, and where the district is (-1: none). */
export interface HeaderColumns {
  columns: ColumnMeaning[];
  ignoredColumns: { column: number; header: string }[];
  districtColumn: number;
}

/** The columns the import reads, by what they hold. */
export interface ImportColumns {
  code?: ColumnMeaning;
  name?: ColumnMeaning;
  type?: ColumnMeaning;
  volume?: ColumnMeaning;
  rates: RateColumn[];
}

/**
 * The header is the first row with a code column among the first rows: an appendix as printed has its
 * title lines ("PHỤ LỤC…", "Kèm theo Kế hoạch số…") above it.
 */
export function findHeaderRow(records: readonly string[][], firstRow: number): number {
  const titled = records.slice(firstRow, firstRow + 20).findIndex((r) => r.some((c) => interpretHeader(c.trim(), []).kind === 'code'));
  return titled >= 0 ? firstRow + titled : firstRow;
}

/** The title lines above the header, each as one line of text. */
export function titleLinesAbove(records: readonly string[][], firstRow: number, headerIndex: number): string[] {
  return records.slice(firstRow, headerIndex).map((r) => r.map((c) => c.trim()).filter((c) => c !== '').join(' '))
    .filter((l) => l !== '').slice(0, MAX_TITLE_LINES);
}

/** What each column of the header row holds; a second column with the same meaning is left, like an unknown one. */
export function readHeader(records: readonly string[][], headerIndex: number, indicators: readonly Indicator[]): HeaderColumns {
  const header = records[headerIndex]!;
  const districtColumn = header.findIndex((raw) => interpretHeader(raw.trim(), []).kind === 'districtName');
  const columns: ColumnMeaning[] = [];
  const ignoredColumns: { column: number; header: string }[] = [];
  const hasData = (i: number) => records.slice(headerIndex + 1).some((r) => (r[i] ?? '').trim() !== '');
  header.forEach((raw, i) => {
    const text = raw.trim();
    const meaning = interpretHeader(text, indicators);
    const unused = meaning.kind === 'unknown' || meaning.kind === 'districtCode' || meaning.kind === 'districtName';
    if (unused || columns.some((c) => sameMeaning(c, meaning))) {
      // Every column with something in it that is not used is listed, a header-less one too.
      if (text !== '' || hasData(i)) ignoredColumns.push({ column: i + 1, header: text });
    } else if (meaning.kind !== 'index') columns.push({ ...meaning, column: i + 1, header: text });
  });
  return { columns, ignoredColumns, districtColumn };
}

export function columnsByKind(columns: readonly ColumnMeaning[]): ImportColumns {
  const find = (kind: BasicColumn) => columns.find((c) => c.kind === kind);
  return {
    code: find('code'), name: find('name'), type: find('type'), volume: find('volume'),
    rates: columns.filter((c): c is RateColumn => c.kind === 'rate'),
  };
}

/**
 * The header's columns a row of `length` cells lacks: those with a header, or that the import reads. An
 * unnamed, unused column at the end (a trailing separator on the header line) does not make a row short.
 */
export function missingColumns(header: readonly string[], length: number, used: readonly ColumnMeaning[]): { column: number; header: string }[] {
  const missing: { column: number; header: string }[] = [];
  for (let i = length; i < header.length; i++) {
    const text = (header[i] ?? '').trim();
    if (text !== '' || used.some((c) => c.column === i + 1)) missing.push({ column: i + 1, header: text || columnLetter(i + 1) });
  }
  return missing;
}

/**
 * The first rate column whose header names another period than the plan's (a target column) or the one before it
 * (a result column): a file of another half-year would otherwise write its figures into this one. Undefined when
 * every period named fits, or the plan's period is none the headers could name.
 */
export function columnOfAnotherPeriod(rates: readonly RateColumn[], planPeriod: string): { column: RateColumn; expected: string } | undefined {
  const before = previousPeriod(planPeriod);
  if (!before) return undefined;
  for (const column of rates) {
    const expected = column.field === 'target' ? normalizePeriod(planPeriod) : before;
    if (column.period !== undefined && column.period !== expected) return { column, expected };
  }
  return undefined;
}

function sameMeaning(a: ColumnMeaning, b: HeaderMeaning): boolean {
  if (a.kind !== b.kind) return false;
  return a.kind !== 'rate' || (b.kind === 'rate' && a.indicatorId === b.indicatorId && a.field === b.field);
}
