/**
 * Reading a monthly statistics file as real exports write it: a month (or district) written once over its block,
 * in a merged cell or above blank ones, is filled down (counts never are); a formula's error (`#DIV/0!`, `#N/A`…),
 * which the workbook library reads as an empty cell, is found in the sheet's XML and refused in a count, while a
 * `#DIV/0!` rate (no dossiers) is read as no figure and counted in the preview.
 */
import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { makeDemoPlan } from '../../src/domain/demoPlan';
import { periodMonths, type MonthKey } from '../../src/domain/monitoring/resultKey';
import { keepResultsIn } from '../../src/domain/monitoring/results';
import type { Plan } from '../../src/domain/plan';
import { readResults, type ResultsCell, type ResultsPreview } from '../../src/io/resultsImport';
import { readWorkbookBytes } from '../../src/io/resultsWorkbook';
import { writeWorkbook } from '../../src/io/xlsx';
import { errorCellsOf } from '../../src/io/xlsx/errorCells';
import { resultsEn } from '../../src/ui/i18n/resultsEn';
import { fillMessage } from '../../src/ui/i18n/t';
import { resultsProblemMessage } from '../../src/ui/files/resultsText';
import { NOW } from '../support/builders';
import { resultsRows } from '../support/resultsRows';

const demo = makeDemoPlan(NOW);
const empty: Plan = { ...demo, units: demo.units.map((u) => keepResultsIn(u, '2030')) };
const read = (rows: ResultsCell[][], p: Plan = demo) =>
  readResults(rows, { units: p.units, indicators: p.indicators, period: p.period, allocatingUnit: p.allocatingUnit, defaultMonth: '2023-11' as MonthKey });
const preview = (rows: ResultsCell[][], p?: Plan): ResultsPreview => {
  const r = read(rows, p);
  if (!r.ok) throw new Error(`refused: ${r.problem.code}`);
  return r.preview;
};
const changes = (p: ResultsPreview) => p.changes.map((c) => `${c.unit} ${c.month} ${c.indicatorId}.${c.part}=${c.after}`);

describe('a month or district written once over its block', () => {
  const header = ['Tháng', 'Huyện', 'Mã', 'Tiếp nhận trực tuyến', 'Tổng số hồ sơ tiếp nhận'];

  it('is filled down over the blank (or merged: null) cells under it, within the data rows; counts are not', () => {
    const p = preview([
      ['BÁO CÁO', null, null, null, null], header,
      ['10/2023', 'Huyện Tuy Phước', '21952', '500', '800'],
      ['', '', '21955', '200', '400'],
      [null, 'Huyện Phù Cát', '22015', '1', '2'],
      [null, null, '22018', '3', '4'],
      ['', 'Tổng cộng', '', '704', '1206'],
      ['Tháng 11/2023', 'Huyện Tuy Phước', '21952', '510', '790'],
      [null, null, '21955', '', '410'],
    ]);
    expect(p).toMatchObject({ problemCount: 0, months: ['2023-10', '2023-11'], rows: 4, skippedRows: 1, setApart: { rows: 2, districts: ['Huyện Phù Cát'] } });
    expect(changes(p)).toEqual([
      '21952 2023-10 online_dossiers.n=500', '21952 2023-10 online_dossiers.d=800', '21955 2023-10 online_dossiers.n=200', '21955 2023-10 online_dossiers.d=400',
      '21952 2023-11 online_dossiers.n=510', '21952 2023-11 online_dossiers.d=790', '21955 2023-11 online_dossiers.d=410',
    ]);
  });

  it('a blank before any month, or under a cell that is no month, is still a missing month, told at its own row', () => {
    const p = preview([header, ['', '', '21952', '1', '2'], ['tháng mười', '', '21955', '1', '2'], ['', '', '21958', '1', '2'], ['11/2023', '', '21961', '1', '2']]);
    expect(p.problems.map(resultsProblemMessage)).toEqual([
      'Dòng 2, cột A (Tháng): thiếu tháng (21952 Thị trấn Tuy Phước)',
      'Dòng 3, cột A (Tháng): «tháng mười» không phải là tháng (viết 10/2023, 2023-10 hoặc Tháng 10/2023) (21955 Thị trấn Diêu Trì)',
      'Dòng 4, cột A (Tháng): thiếu tháng (21958 Xã Phước Thắng)',
    ]);
  });

  it('a month filled down is checked as written: outside the period, or a unit twice in it, at the row that repeats it', () => {
    const p = preview([header, ['01/2024', '', '21952', '1', '2'], ['', '', '21955', '1', '2'], ['12/2023', '', '21952', '1', '2'], ['', '', '21952', '3', '4']]);
    expect(p.problems.map((x) => `${x.line} ${x.code} ${x.value}`)).toEqual(['2 monthOutsidePeriod 01/2024', '3 monthOutsidePeriod 01/2024', '5 duplicateRow 21952']);
  });
});

describe('property: blanking the month cells under the first of each block reads the same figures', () => {
  const months = periodMonths(demo.period);
  const full = resultsRows(demo.units, demo.indicators, months, 'vi');

  it('whatever cells are blanked, as a CSV or a workbook leaves them', () => {
    const whole = preview(full, empty);
    expect(whole.problemCount).toBe(0);
    fc.assert(fc.property(fc.array(fc.constantFrom<ResultsCell | undefined>(undefined, '', null), { minLength: full.length, maxLength: full.length }), (blank) => {
      const rows = full.map((row, r) => {
        const sameAsAbove = r > 1 && row[2] === full[r - 1]![2];
        return sameAsAbove && blank[r] !== undefined ? row.map((c, i) => (i === 2 ? blank[r]! : c)) : row;
      });
      const p = preview(rows, empty);
      expect(p.problems).toEqual([]);
      expect(p.patches).toEqual(whole.patches);
      expect(p.months).toEqual(whole.months);
    }), { numRuns: 100 });
  });
});

describe('a formula\'s error in a statistics file', () => {
  const header = ['Mã', 'Tiếp nhận trực tuyến', 'Tổng số hồ sơ tiếp nhận', 'Tỷ lệ TTTT (%)', 'Tổng HS có nghĩa vụ tài chính'];

  it('in a count is refused with its row, column, header and value; in a rate read where only a rate is known, #DIV/0! is no figure', () => {
    const p = preview([
      header,
      ['21952', '#DIV/0!', '800', '', ''],
      ['21955', '#N/A', '#REF!', '', ''],
      ['21958', '', '', '#DIV/0!', '10'],
      ['21961', '', '', '#VALUE!', ''],
      ['21964', '5', '#NAME?', '', 'Err:502'],
    ]);
    expect(p.problems.map(resultsProblemMessage)).toEqual([
      'Dòng 2, cột B (Tiếp nhận trực tuyến): ô có lỗi công thức Excel (#DIV/0!): sửa công thức hoặc ghi số hồ sơ (21952 Thị trấn Tuy Phước)',
      'Dòng 3, cột B (Tiếp nhận trực tuyến): ô có lỗi công thức Excel (#N/A): sửa công thức hoặc ghi số hồ sơ (21955 Thị trấn Diêu Trì)',
      'Dòng 3, cột C (Tổng số hồ sơ tiếp nhận): ô có lỗi công thức Excel (#REF!): sửa công thức hoặc ghi số hồ sơ (21955 Thị trấn Diêu Trì)',
      'Dòng 5, cột D (Tỷ lệ TTTT (%)): ô có lỗi công thức Excel (#VALUE!): sửa công thức hoặc ghi số hồ sơ (21961 Xã Phước Hưng)',
      'Dòng 6, cột C (Tổng số hồ sơ tiếp nhận): ô có lỗi công thức Excel (#NAME?): sửa công thức hoặc ghi số hồ sơ (21964 Xã Phước Quang)',
      'Dòng 6, cột E (Tổng HS có nghĩa vụ tài chính): ô có lỗi công thức Excel (Err:502): sửa công thức hoặc ghi số hồ sơ (21964 Xã Phước Quang)',
    ]);
    expect(p.problems[0]).toMatchObject({ code: 'excelError', line: 2, column: 2, header: 'Tiếp nhận trực tuyến', value: '#DIV/0!' });
    expect(p.divZeroRates).toBe(1);
    expect(fillMessage(resultsEn.results_excelError, { value: '#DIV/0!', unit: '21952 Thị trấn Tuy Phước' })).toBe(
      'the cell holds an Excel formula error (#DIV/0!): fix the formula or write the number of dossiers (21952 Thị trấn Tuy Phước)');
  });

  it('a #DIV/0! rate beside its numerator is not read, as the rate beside counts never is; alone it changes nothing and is counted', () => {
    const p = preview([['Mã', 'Số HS đã TTTT', 'HS có NVTC', 'Tỷ lệ TTTT'], ['21952', '0', '0', '#DIV/0!'], ['21955', '', '', '#DIV/0!'], ['21958', '', '', '#div/0!']], empty);
    expect(p).toMatchObject({ problemCount: 0, divZeroRates: 2 });
    expect(changes(p)).toEqual(['21952 2023-11 online_payment.n=0', '21952 2023-11 online_payment.d=0']);
  });
});

/** A workbook whose cells holding `sentinel` numbers are turned into error cells, as Excel writes a failed formula. */
async function workbookWithErrors(rows: ResultsCell[][], errors: Record<number, string>, sheet = 'Số liệu & tổng hợp'): Promise<Uint8Array> {
  const parts = unzipSync(await writeWorkbook([{ name: 'Bìa', rows: [['BÁO CÁO']] }, { name: sheet, rows }]));
  const part = 'xl/worksheets/sheet2.xml';
  let xml = strFromU8(parts[part]!);
  for (const [sentinel, value] of Object.entries(errors)) {
    xml = xml.replace(new RegExp(`<c r="([A-Z]+\\d+)"(?: s="\\d+")?><v>${sentinel}</v></c>`), `<c r="$1" s="0" t="e"><f>C2/D2</f><v>${value}</v></c>`);
  }
  expect(xml.match(/t="e"/g)?.length).toBe(Object.keys(errors).length);
  parts[part] = strToU8(xml);
  return zipSync(parts);
}

describe('a workbook\'s error cells', () => {
  it('are read as the text Excel shows, in their place (read-excel-file alone reads them as empty), and refused in a count', async () => {
    const bytes = await workbookWithErrors([
      ['Mã', 'Tiếp nhận trực tuyến', 'Tổng số hồ sơ tiếp nhận', 'Tỷ lệ TTTT (%)', 'Tổng HS có nghĩa vụ tài chính'],
      ['21952', 900001, 800, null, null],
      ['21955', 5, 10, null, null],
      ['21958', null, null, 900002, 12],
      ['21961', null, null, null, null, null, 900003],
    ], { 900001: '#DIV/0!', 900002: '#DIV/0!', 900003: '#N/A' });
    const book = await readWorkbookBytes(bytes, 'so-lieu.xlsx');
    if (!book.ok) throw new Error(book.problem);
    const rows = book.sheets[1]!.rows;
    expect(book.sheets[1]!.name).toBe('Số liệu & tổng hợp');
    expect(rows[1]).toEqual(['21952', '#DIV/0!', 800, null, null]);
    expect(rows[3]![3]).toBe('#DIV/0!');
    expect(rows[4]![6]).toBe('#N/A');
    const p = preview(rows);
    expect(p.problems.map((x) => `${x.line} ${x.column} ${x.code} ${x.value}`)).toEqual(['2 2 excelError #DIV/0!']);
    expect(p.divZeroRates).toBe(1);
    expect(book.sheets[0]!.rows).toEqual([['BÁO CÁO']]);
  });

  it('are found in any way a writer spells the cell: a namespace prefix, single quotes, attributes in any order; a cell without its place is left out', () => {
    const xml = `<x:worksheet><x:sheetData><x:row r="3"><x:c t='e' r='C3'><x:f>1/0</x:f><x:v>#DIV/0!</x:v></x:c><x:c r="D3" t="n"><x:v>4</x:v></x:c>`
      + `<x:c r="AB12" s="2" t="e"><x:v>#REF!</x:v></x:c><x:c t="e"><x:v>#N/A</x:v></x:c><x:c r="E3" t="e"/></x:row></x:sheetData></x:worksheet>`;
    expect(errorCellsOf(xml)).toEqual([{ row: 3, column: 3, value: '#DIV/0!' }, { row: 12, column: 28, value: '#REF!' }]);
    expect(errorCellsOf('<worksheet><sheetData><row><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>')).toEqual([]);
  });
});
