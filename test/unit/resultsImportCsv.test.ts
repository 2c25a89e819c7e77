/**
 * Monthly statistics as files: a CSV is told from a plan CSV by its header, decoded as the plan CSV import decodes
 * (BOM, Windows-1258, tabs, `;`, Vietnamese numbers), and results survive the round trip results → CSV → read back.
 */
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../src/domain/commands';
import { makeDemoPlan } from '../../src/domain/demoPlan';
import { periodMonths, resultKey, type MonthKey } from '../../src/domain/monitoring/resultKey';
import { keepResultsIn } from '../../src/domain/monitoring/results';
import { parseCount } from '../../src/domain/rate';
import type { Plan, Unit, UnitResults } from '../../src/domain/plan';
import { ValidationIndex } from '../../src/domain/validationIndex';
import { serializePlanCsv } from '../../src/io/csvExport';
import { readResults, resultsPreviewToCommand } from '../../src/io/resultsImport';
import { csvRows, isResultsCsv, leadingLines } from '../../src/io/resultsCsv';
import { isWorkbook } from '../../src/io/resultsWorkbook';
import { csvHeaders } from '../../src/ui/files/exportPlan';
import { NOW } from '../support/builders';
import { encodeWindows1258, utf16, utf8 } from '../support/encodings';
import { resultsRows } from '../support/resultsRows';
import { writeWorkbook } from '../../src/io/xlsx';
import { readWorkbookBytes, statisticsSheet } from '../../src/io/resultsWorkbook';

const demo = makeDemoPlan(NOW);
/** The demo without any monthly figures: what a round trip is read back into. */
const empty: Plan = { ...demo, units: demo.units.map((u) => keepResultsIn(u, '2030')) };
const MONTHS = periodMonths(demo.period);
const context = (p: Plan, month: MonthKey = MONTHS[0]!) =>
  ({ units: p.units, indicators: p.indicators, period: p.period, allocatingUnit: p.allocatingUnit, defaultMonth: month });

describe('telling a statistics CSV from a plan CSV', () => {
  const stats = 'Mã;Tên đơn vị;Tiếp nhận trực tuyến;Tổng số hồ sơ tiếp nhận\r\n21952;Thị trấn Tuy Phước;1.234;2.000\r\n';

  it('by its header, in any encoding the CSV import reads', () => {
    for (const bytes of [utf8(stats, true), utf8(stats), encodeWindows1258(stats), utf16(stats, 'le'), utf8(stats.replace(/;/g, '\t'))]) {
      expect(isResultsCsv(bytes, demo.indicators)).toBe(true);
      const read = csvRows(bytes);
      expect(read.ok && read.rows[1]).toEqual(['21952', 'Thị trấn Tuy Phước', '1.234', '2.000']);
    }
  });

  it('a file of a whole country is told by its first lines, in any encoding (only those are decoded)', () => {
    const body = Array.from({ length: 6000 }, (_, i) => `${30000 + i};Xã Phước Thành ${i};${i % 90};${100 + (i % 50)}`).join('\r\n');
    const big = `${stats}${body}\r\n`;
    for (const bytes of [utf8(big, true), utf8(big), encodeWindows1258(big), utf16(big, 'le')]) {
      expect(bytes.length).toBeGreaterThan(64 * 1024);
      const lines = leadingLines(bytes);
      expect(lines.length).toBeLessThanOrEqual(64 * 1024);
      expect(lines.buffer === bytes.buffer && lines.byteOffset === bytes.byteOffset).toBe(true);
      expect(isResultsCsv(bytes, demo.indicators)).toBe(true);
    }
    // A UTF-8 prefix ends on a line break: never in the middle of a character.
    const lines = leadingLines(utf8(big));
    expect(lines[lines.length - 1]).toBe(0x0a);
    const plan = utf8(serializePlanCsv({ ...demo, units: Array.from({ length: 80 }, () => demo.units).flat() }, new ValidationIndex(demo).totals(), csvHeaders(demo), 'excel-vn'), true);
    expect(plan.length).toBeGreaterThan(64 * 1024);
    expect(isResultsCsv(plan, demo.indicators)).toBe(false);
  });

  it('the plan\'s own CSV export, in both dialects, is no statistics file', () => {
    const totals = new ValidationIndex(demo).totals();
    for (const dialect of ['excel-vn', 'standard'] as const) {
      expect(isResultsCsv(utf8(serializePlanCsv(demo, totals, csvHeaders(demo), dialect), true), demo.indicators)).toBe(false);
    }
    expect(isResultsCsv(utf8('Mã đơn vị;Hồ sơ trực tuyến - Chỉ tiêu\r\n21952;62,5\r\n'), demo.indicators)).toBe(false);
  });

  it('a workbook by its content or its name; a CSV is none', () => {
    expect(isWorkbook(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0]), 'so-lieu.csv')).toBe(true);
    expect(isWorkbook(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0]), 'so-lieu')).toBe(true);
    expect(isWorkbook(utf8('abc'), 'so-lieu.xlsx')).toBe(true);
    expect(isWorkbook(utf8(stats), 'so-lieu.csv')).toBe(false);
    // Portals export HTML or CSV under .xls: they are read by content.
    expect(isWorkbook(utf8(stats), 'so-lieu.xls')).toBe(false);
  });
});

/** Random monthly figures for the demo's units: counts with n ≤ d, or a rate where only a rate is known. */
const arbitraryResults = fc.array(fc.record({
  month: fc.constantFrom(...MONTHS),
  indicator: fc.constantFrom(...demo.indicators.map((i) => i.id)),
  d: fc.integer({ min: 0, max: 3_000_000 }),
  share: fc.double({ min: 0, max: 1, noNaN: true }),
  rateOnly: fc.boolean(),
  rate: fc.integer({ min: 0, max: 10_000 }),
}), { maxLength: 40 }).chain((entries) => fc.record({ entries: fc.constant(entries), unitIndex: fc.array(fc.nat({ max: demo.units.length - 1 }), { minLength: entries.length, maxLength: entries.length }) }));

function withResults(entries: { month: MonthKey; indicator: string; d: number; share: number; rateOnly: boolean; rate: number }[], unitIndex: number[]): Plan {
  const results = new Map<number, Record<string, number>>();
  entries.forEach((e, i) => {
    const r = results.get(unitIndex[i]!) ?? {};
    results.set(unitIndex[i]!, r);
    const key = (part: 'n' | 'd' | 'r') => resultKey(e.month, e.indicator as never, part);
    for (const part of ['n', 'd', 'r'] as const) delete r[key(part)];
    r[key('d')] = e.d;
    if (e.rateOnly) r[key('r')] = e.rate;
    else r[key('n')] = Math.floor(e.d * e.share);
  });
  const units: Unit[] = empty.units.map((u, i) => (results.has(i) ? { ...u, results: results.get(i) as UnitResults } : u));
  return { ...empty, units };
}

describe('round trip: results → CSV → read back', () => {
  it('gives the same results, whatever the figures, the separator and the way numbers are written', () => {
    fc.assert(fc.property(arbitraryResults, fc.constantFrom(['vi', ';'], ['en', ','], ['vi', '\t']) , ({ entries, unitIndex }, [locale, delimiter]) => {
      const source = withResults(entries as never, unitIndex);
      const text = Papa.unparse(resultsRows(source.units, source.indicators, MONTHS, locale as 'vi' | 'en'), { delimiter, newline: '\r\n' });
      const rows = csvRows(utf8(text, true));
      if (!rows.ok) throw new Error(rows.problem);
      if (rows.rows.length <= 2) return; // a header alone: nothing to read back
      const read = readResults(rows.rows, context(empty));
      if (!read.ok) throw new Error(read.problem.code);
      expect(read.preview.problems).toEqual([]);
      const applied = applyCommand(empty, resultsPreviewToCommand(read.preview), NOW);
      if (!applied.ok) throw new Error(applied.reason);
      expect(applied.plan.units.map((u) => u.results ?? {})).toEqual(source.units.map((u) => u.results ?? {}));
    }), { numRuns: 60 });
  });

  it('the demo\'s own figures (a rate where only a rate is known included), as a workbook\'s numeric cells', () => {
    const rows = resultsRows(demo.units, demo.indicators, MONTHS, 'numbers');
    const read = readResults(rows, context(empty));
    if (!read.ok) throw new Error(read.problem.code);
    const applied = applyCommand(empty, resultsPreviewToCommand(read.preview), NOW);
    expect(applied.ok && applied.plan.units.map((u) => u.results)).toEqual(demo.units.map((u) => u.results));
  });
});

describe('round trip: results → .xlsx → read back', () => {
  it('gives the same results through a workbook written and read with the app\'s Excel library', async () => {
    await fc.assert(fc.asyncProperty(arbitraryResults, async ({ entries, unitIndex }) => {
      const source = withResults(entries as never, unitIndex);
      if (entries.length === 0) return; // a header alone: nothing to read back (refused as a file with no rows)
      const bytes = await writeWorkbook([{ name: 'Số liệu', rows: resultsRows(source.units, source.indicators, MONTHS, 'numbers') }]);
      const book = await readWorkbookBytes(bytes, 'so-lieu.xlsx');
      if (!book.ok) throw new Error(book.problem);
      const sheet = statisticsSheet(book, empty.indicators);
      if (!sheet) return; // a header alone: no statistics to read back
      const read = readResults(sheet.rows, context(empty));
      if (!read.ok) throw new Error(read.problem.code);
      expect(read.preview.problems).toEqual([]);
      const applied = applyCommand(empty, resultsPreviewToCommand(read.preview), NOW);
      if (!applied.ok) throw new Error(applied.reason);
      expect(applied.plan.units.map((u) => u.results ?? {})).toEqual(source.units.map((u) => u.results ?? {}));
    }), { numRuns: 15 });
  });
});

describe('counts as files write them', () => {
  it('are read directly exactly as the general reading reads them (a leading space takes the general path)', () => {
    const written = fc.oneof(
      fc.integer({ min: 0, max: 2_000_000_000 }).map(String),
      fc.integer({ min: 0, max: 2_000_000_000 }).map((n) => n.toLocaleString('vi-VN')),
      fc.integer({ min: 0, max: 2_000_000_000 }).map((n) => n.toLocaleString('en-US')),
      fc.stringMatching(/^[0-9]{1,4}([.,][0-9]{1,4}){0,3}$/),
    );
    fc.assert(fc.property(written, (text) => {
      expect(parseCount(text)).toEqual(parseCount(` ${text}`));
    }), { numRuns: 2000 });
    expect(parseCount('99.999.999')).toEqual({ ok: true, value: 99_999_999 });
    expect(parseCount('100.000.001')).toEqual({ ok: false, problem: 'tooLarge' });
  });
});
