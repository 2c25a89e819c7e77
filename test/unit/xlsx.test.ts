/**
 * Excel workbooks (src/io/xlsx): what the app writes it reads back exactly, and every damaged or hostile
 * workbook is refused with one problem, before the library inflates anything it should not. Every file here is
 * made in the test, with the app's own writer, the library's, fflate, or byte by byte (test/support/zipBytes.ts).
 */
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/universal';
import { readWorkbook, writeWorkbook, type SheetToWrite } from '../../src/io/xlsx';
import { sheetNames } from '../../src/io/xlsx/writeWorkbook';
import { MAX_UNCOMPRESSED_BYTES } from '../../src/io/xlsx/zipDirectory';
import { MAX_FILE_BYTES } from '../../src/schema/fileProblem';
import { compoundFile, withCentralField, withEntryCount, withRepeatedPart } from '../support/zipBytes';

const MONTH: SheetToWrite = {
  name: 'Tháng 7-2024',
  columns: [{ width: 8 }, { width: 30 }, {}, { width: 14 }],
  rows: [
    ['Mã', 'Tên đơn vị', 'Tiếp nhận trực tuyến', 'Tổng HS có nghĩa vụ tài chính'],
    ['21952', 'Thị trấn Tuy Phước', 1532, 0],
    ['21961', 'Xã Phước Hưng', null, 12.5],
    [null, null, null, null],
    ['21964', 'Xã Phước Quang — «ủy ban» & <cơ sở>', -3, 1e-7],
    ['=HYPERLINK("http://x")', '@SUM(A1)', 0.1 + 0.2, 123456789012],
  ],
};
const SUMMARY: SheetToWrite = { name: 'Tổng hợp', rows: [['Chỉ tiêu', 'Tỷ lệ'], ['Hồ sơ trực tuyến', 85.5]] };

const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype).sort();
const parts = (bytes: Uint8Array) => unzipSync(bytes);
const text = (bytes: Uint8Array, part: string) => new TextDecoder().decode(parts(bytes)[part]);

describe('writeWorkbook → readWorkbook', () => {
  it('gives back every sheet, Vietnamese text, number and empty cell as written', async () => {
    const bytes = await writeWorkbook([MONTH, SUMMARY]);
    const read = await readWorkbook(bytes, 'thang-7.xlsx');
    // The empty fourth row stays (rows keep Excel's numbering); empty cells are null, numbers are numbers.
    expect(read).toEqual({ ok: true, sheets: [{ name: MONTH.name, rows: MONTH.rows }, { name: SUMMARY.name, rows: SUMMARY.rows }] });
  });

  it('writes numbers as numbers and text as text (a formula-looking name is never a formula), the header bold and frozen', async () => {
    const sheet = text(await writeWorkbook([MONTH]), 'xl/worksheets/sheet1.xml');
    expect(sheet).toMatch(/<c r="C2"[^>]*><v>1532<\/v><\/c>/);
    expect(sheet).not.toMatch(/<c r="C2"[^>]*t="s"/);
    expect(sheet).not.toContain('<f>');
    expect(sheet).toContain('ySplit="1"');
    const styles = text(await writeWorkbook([MONTH]), 'xl/styles.xml');
    expect(styles).toContain('<b/>');
    // The header cells use a style that the body cells do not.
    const style = (cell: string) => new RegExp(`<c r="${cell}"(?: [^>]*)? s="(\\d+)"`).exec(sheet)?.[1] ?? '0';
    expect(style('A1')).not.toBe(style('A2'));
    expect(style('A1')).toBe(style('D1'));
  });

  it('writes column widths, and turns names Excel refuses into names it takes', async () => {
    expect(text(await writeWorkbook([MONTH]), 'xl/worksheets/sheet1.xml')).toMatch(/<col [^>]*width="30/);
    expect(sheetNames(['Tháng 7/2024', 'tháng 7/2024', "'KQ'", '', 'Báo cáo tháng [7] của huyện Tuy Phước tỉnh Bình Định']))
      .toEqual(['Tháng 7-2024', 'tháng 7-2024 (2)', 'KQ', 'Sheet4', 'Báo cáo tháng -7- của huyện Tuy']);
    const read = await readWorkbook(await writeWorkbook([{ name: 'A/B', rows: [['x']] }, { name: 'a-b', rows: [['y']] }]), 'x.xlsx');
    expect(read.ok && read.sheets.map((s) => s.name)).toEqual(['A-B', 'a-b (2)']);
  });

  it('writes NaN and Infinity as empty cells, and a workbook of no sheet as one empty sheet', async () => {
    const read = await readWorkbook(await writeWorkbook([{ name: 'S', rows: [['a', 'b'], [Number.NaN, Number.POSITIVE_INFINITY], [1, 2]] }]), 'x.xlsx');
    expect(read).toEqual({ ok: true, sheets: [{ name: 'S', rows: [['a', 'b'], [null, null], [1, 2]] }] });
    expect(await readWorkbook(await writeWorkbook([]), 'x.xlsx')).toEqual({ ok: false, problem: { code: 'noSheet' } });
  });

  it('writes texts named like Object.prototype members as themselves (the library alone writes "function Object()…")', async () => {
    const names = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'dvctt-text-constructor'];
    const rows = [['Mã', 'Tên đơn vị'], ...names.map((n) => [n, `${n} — tên`]), ['constructor', '__proto__']];
    const bytes = await writeWorkbook([{ name: 'constructor', rows }, { name: '__proto__', rows: [['toString']] }]);
    expect(await readWorkbook(bytes, 'x.xlsx')).toEqual({ ok: true, sheets: [{ name: 'constructor', rows }, { name: '__proto__', rows: [['toString']] }] });
    expect(text(bytes, 'xl/worksheets/sheet1.xml')).not.toContain('function');
  });

  it('reads a view into a larger buffer', async () => {
    const bytes = await writeWorkbook([SUMMARY]);
    const larger = new Uint8Array(bytes.length + 100);
    larger.set(bytes, 40);
    expect(await readWorkbook(larger.subarray(40, 40 + bytes.length), 'x.xlsx')).toEqual({ ok: true, sheets: [SUMMARY].map(({ name, rows }) => ({ name, rows })) });
  });
});

describe('date cells are months', () => {
  it('reads a date-typed cell as its month YYYY-MM, whatever its day and display format', async () => {
    const date = (y: number, m: number, d: number, format: string) => ({ value: new Date(Date.UTC(y, m - 1, d)), type: Date, format });
    const blob = await writeXlsxFile([{ sheet: 'KQ', data: [
      ['Tháng', 'Mã', 'Số HS'],
      [date(2024, 7, 1, 'mm/yyyy'), '21952', 10],
      [date(2024, 12, 31, 'dd/mm/yyyy'), '21961', 11],
      [date(2025, 1, 1, 'yyyy-mm-dd'), '21964', 12],
      ['2024-08', '21967', 13],
    ] }]).toBlob();
    const read = await readWorkbook(new Uint8Array(await blob.arrayBuffer()), 'kq.xlsx');
    expect(read.ok && read.sheets[0]!.rows.map((r) => r[0])).toEqual(['Tháng', '2024-07', '2024-12', '2025-01', '2024-08']);
  });
});

describe('cells as other programs write them', () => {
  it('formulas by their last computed value, inline strings, booleans, ISO dates; an Excel error (#DIV/0!) as the text Excel shows', async () => {
    const made = parts(await writeWorkbook([{ name: 'S', rows: [['a', 'b'], [1, 2]] }]));
    const sheet = new TextDecoder().decode(made['xl/worksheets/sheet1.xml']);
    const b2 = async (cell: string) => {
      const read = await readWorkbook(zipSync({ ...made, 'xl/worksheets/sheet1.xml': strToU8(sheet.replace(/<c r="B2"[^>]*>.*?<\/c>/, cell)) }), 'x.xlsx');
      return read.ok ? read.sheets[0]!.rows[1]![1] : read.problem;
    };
    expect(await b2('<c r="B2"><f>1/4</f><v>0.25</v></c>')).toBe(0.25);
    expect(await b2('<c r="B2" t="str"><f>A1&amp;"x"</f><v>ax</v></c>')).toBe('ax');
    expect(await b2('<c r="B2"><f>1/4</f></c>')).toBeNull(); // never computed (a file written by a program, not Excel)
    expect(await b2('<c r="B2" t="inlineStr"><is><t>Xã Phước Hưng</t></is></c>')).toBe('Xã Phước Hưng');
    expect(await b2('<c r="B2" t="b"><v>1</v></c>')).toBe('TRUE');
    expect(await b2('<c r="B2" t="d"><v>2024-07-15T00:00:00</v></c>')).toBe('2024-07');
    // read-excel-file gives an error cell as empty (no option keeps its code); the reader puts the code back, so that
    // a count of #DIV/0! is refused rather than taken for a missing one.
    expect(await b2('<c r="B2" t="e"><f>1/0</f><v>#DIV/0!</v></c>')).toBe('#DIV/0!');
    expect(await b2('<c r="B2" s="0" t="e"><v>#N/A</v></c>')).toBe('#N/A');
  });
});

describe('a workbook that cannot be read gives one problem', () => {
  const workbook = () => writeWorkbook([SUMMARY]);
  const problem = async (bytes: Uint8Array) => {
    const read = await readWorkbook(bytes, 'x.xlsx');
    return read.ok ? 'read' : read.problem;
  };

  it('a text file renamed .xlsx, an empty file, a PNG: notAZip', async () => {
    expect(await problem(strToU8('Mã;Tên đơn vị\r\n21952;Thị trấn Tuy Phước\r\n'))).toEqual({ code: 'notAZip' });
    expect(await problem(new Uint8Array(0))).toEqual({ code: 'notAZip' });
    expect(await problem(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Uint8Array(100)]))).toEqual({ code: 'notAZip' });
  });

  it('a zip with no workbook in it (a .docx, an .ods renamed): notAZip', async () => {
    expect(await problem(zipSync({ 'word/document.xml': strToU8('<w:document/>'), '[Content_Types].xml': strToU8('<Types/>') }))).toEqual({ code: 'notAZip' });
    expect(await problem(zipSync({}))).toEqual({ code: 'notAZip' });
  });

  it('a password-protected workbook (a compound file with EncryptionInfo): encrypted; an old .xls: legacyXls', async () => {
    expect(await problem(compoundFile(['\u0006DataSpaces', 'EncryptionInfo', 'EncryptedPackage']))).toEqual({ code: 'encrypted' });
    expect(await problem(compoundFile(['Workbook', '\u0005SummaryInformation']))).toEqual({ code: 'legacyXls' });
  });

  it('a zip whose parts are encrypted (zip encryption flag): encrypted', async () => {
    expect(await problem(withCentralField(await workbook(), 'xl/worksheets/sheet1.xml', 8, 1))).toEqual({ code: 'encrypted' });
  });

  it('a zip bomb: one compressed part listed again and again, claiming more than 200 MB in a file of a few hundred KB', async () => {
    // 20 MB of zeros compress to about 20 KB; listed 11 more times the file claims 240 MB.
    const bomb = withRepeatedPart(zipSync({ ...parts(await workbook()), 'xl/zeros.xml': new Uint8Array(20 * 1024 * 1024) }), 'xl/zeros.xml', 11);
    expect(bomb.length).toBeLessThan(100_000);
    expect(await problem(bomb)).toEqual({ code: 'tooLarge', what: 'uncompressed', size: expect.any(Number) as number, limit: MAX_UNCOMPRESSED_BYTES });
    // …and without the copies the same file is read: the refusal is the declared total, nothing else.
    expect(await problem(zipSync({ ...parts(await workbook()), 'xl/zeros.xml': new Uint8Array(20 * 1024 * 1024) }))).toBe('read');
  });

  it('a part claiming more than deflate can give (300 MB from a few bytes): tooLarge, before anything is inflated', async () => {
    const lie = withCentralField(await workbook(), 'xl/worksheets/sheet1.xml', 24, 300 * 1024 * 1024);
    expect(await problem(lie)).toMatchObject({ code: 'tooLarge', what: 'ratio', size: 300 * 1024 * 1024 });
  });

  it('a part claiming less than it holds is cut at what it claims, and the workbook is damaged', async () => {
    expect(await problem(withCentralField(await workbook(), 'xl/worksheets/sheet1.xml', 24, 40))).toEqual({ code: 'damaged' });
  });

  it('a directory announcing 65,535 parts: tooLarge (parts); a directory cut short: damaged', async () => {
    expect(await problem(withEntryCount(await workbook(), 0xffff))).toEqual({ code: 'tooLarge', what: 'parts', size: 0xffff, limit: 10_000 });
    const bytes = await workbook();
    expect(await problem(withEntryCount(bytes, Object.keys(parts(bytes)).length + 1))).toEqual({ code: 'damaged' });
  });

  it('a file over the 50 MB limit: tooLarge (file), whatever it holds', async () => {
    expect(await problem(new Uint8Array(MAX_FILE_BYTES + 1))).toEqual({ code: 'tooLarge', what: 'file', size: MAX_FILE_BYTES + 1, limit: MAX_FILE_BYTES });
  });

  it('a download cut short (a zip without its directory): damaged; broken XML in a sheet: damaged', async () => {
    const bytes = await workbook();
    expect(await problem(bytes.subarray(0, Math.floor(bytes.length * 0.7)))).toEqual({ code: 'damaged' });
    const broken = zipSync({ ...parts(bytes), 'xl/worksheets/sheet1.xml': strToU8('<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Mã') });
    expect(await problem(broken)).toEqual({ code: 'damaged' });
  });

  it('a workbook whose relationship ids are __proto__ and constructor (hostile): damaged, and nothing polluted', async () => {
    const bytes = await workbook();
    const hostile = parts(bytes);
    for (const part of ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels']) {
      hostile[part] = strToU8(new TextDecoder().decode(hostile[part]).replaceAll('"rId1"', '"__proto__"').replaceAll('"rId2"', '"constructor"'));
    }
    expect(await problem(zipSync(hostile))).toEqual({ code: 'damaged' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_NAMES);
  });

  it('a workbook whose only sheet is empty: noSheet; beside a sheet with data, the empty sheet reads as no rows', async () => {
    expect(await problem(await writeWorkbook([{ name: 'Trống', rows: [] }]))).toEqual({ code: 'noSheet' });
    expect(await problem(await writeWorkbook([{ name: 'Trống', rows: [[null, null], [null]] }]))).toEqual({ code: 'noSheet' });
    expect(await readWorkbook(await writeWorkbook([{ name: 'Trống', rows: [] }, SUMMARY]), 'x.xlsx'))
      .toEqual({ ok: true, sheets: [{ name: 'Trống', rows: [] }, { name: SUMMARY.name, rows: SUMMARY.rows }] });
  });
});
