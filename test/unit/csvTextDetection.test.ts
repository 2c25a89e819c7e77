/** Reading a CSV file's text: its encoding, its separator (with or without title lines), and what its headers name. */
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/io/csvDecode';
import { detectDelimiter } from '../../src/io/csvDialect';
import { interpretHeader } from '../../src/io/headerAliases';
import { encodeWindows1258, utf16, utf8 } from '../support/encodings';
import { indicators, VI } from '../support/csvPlans';

describe('decodeText', () => {
  it.each([
    ['UTF-8 with BOM', utf8(VI, true), 'utf-8', true],
    ['UTF-8 without BOM', utf8(VI), 'utf-8', true],
    ['UTF-16 LE with BOM', utf16(VI, 'le'), 'utf-16le', true],
    ['UTF-16 BE with BOM', utf16(VI, 'be'), 'utf-16be', true],
    ['UTF-16 LE without BOM', utf16(VI, 'le', false), 'utf-16le', true],
    ['Windows-1258', encodeWindows1258(VI), 'windows-1258', true],
  ] as const)('reads %s as the same Vietnamese text', (_name, bytes, encoding, confident) => {
    const decoded = decodeText(bytes);
    expect(decoded).toEqual({ ok: true, text: VI.normalize('NFC'), encoding, confident });
  });

  it('says when it only guessed, and can be told the encoding', () => {
    const latin = new Uint8Array([0x4d, 0xe3, 0x3b, 0xa9, 0xbc, 0xbd, 0xbe, 0x0d, 0x0a, 0x31, 0x3b, 0x32]);
    const guessed = decodeText(latin);
    expect(guessed.ok && guessed.confident).toBe(false);
    expect(decodeText(utf8(VI), 'windows-1258')).toMatchObject({ ok: true, encoding: 'windows-1258', confident: true });
  });

  it.each([
    ['an empty file', new Uint8Array([]), 'empty'], ['only a BOM and blank lines', utf8('\r\n \r\n', true), 'empty'],
    ['an .xlsx workbook', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'spreadsheet'],
    ['an old .xls workbook', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]), 'spreadsheet'],
    ['binary data', new Uint8Array(Array.from({ length: 400 }, (_, i) => (i * 37) % 256)), 'notText'],
  ])('refuses %s', (_name, bytes, problem) => {
    expect(decodeText(bytes)).toEqual({ ok: false, problem });
  });
});

describe('detectDelimiter', () => {
  it.each([
    ['a;b;c\n1;2,5;3\n', ';'], ['a,b,c\n1,2.5,3\n', ','], ['a\tb\n1\t2\n', '\t'], ['a|b\n1|2\n', '|'],
    ['Mã;Số hóa hồ sơ, kết quả;Tên\n1;85,5;X\n2;70,5;Y\n', ';'],
    ['"a,b";c\n"1,2";3\n', ';'],
  ])('finds the separator of %j', (text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });
});

describe('the header alias table', () => {
  it.each([
    ['Mã', 'code'], ['MÃ ĐƠN VỊ', 'code'], ['ma_don_vi', 'code'], ['Unit code', 'code'], [' Mã xã ', 'code'],
    ['Tên đơn vị', 'name'], ['ten xa', 'name'], ['Name', 'name'], ['Loại', 'type'], ['Type', 'type'],
    ['Số hồ sơ dự kiến', 'volume'], ['so ho so', 'volume'], ['Expected dossiers', 'volume'], ['STT', 'index'], ['No.', 'index'],
  ])('reads %j as %s', (header, kind) => {
    expect(interpretHeader(header, indicators)).toEqual({ kind });
  });

  it.each([
    ['Hồ sơ trực tuyến - KQ 2023-H1', 'online_dossiers', 'baseline', '2023-H1'],
    ['Hồ sơ trực tuyến - Chỉ tiêu 2023-H2', 'online_dossiers', 'target', '2023-H2'],
    ['Hồ sơ trực tuyến - Chỉ tiêu 2024-Q3', 'online_dossiers', 'target', '2024-Q3'],
    ['Hồ sơ trực tuyến - KQ 2024-06', 'online_dossiers', 'baseline', '2024-06'],
    ['Hồ sơ trực tuyến - Chỉ tiêu 2024', 'online_dossiers', 'target', undefined],
    ['HO SO TRUC TUYEN (chi tieu)', 'online_dossiers', 'target', undefined],
    ['Online payment - Result 2023-h1', 'online_payment', 'baseline', '2023-H1'],
    ['target.e_results', 'e_results', 'target', undefined],
    ['Số hóa hồ sơ, kết quả giải quyết TTHC - Chỉ tiêu 2023-H2', 'digitisation', 'target', '2023-H2'],
    ['Digitisation of dossiers and results - Result 2023-H1', 'digitisation', 'baseline', '2023-H1'],
  ])('reads %j as an indicator column, with the period it names', (header, id, field, period) => {
    expect(interpretHeader(header, indicators)).toEqual({ kind: 'rate', indicatorId: id, field, ...(period ? { period } : {}) });
  });

  it.each([['Ghi chú'], ['Hồ sơ trực tuyến'], ['Chỉ tiêu lạ']])('does not guess at %j', (header) => {
    expect(interpretHeader(header, indicators)).toEqual({ kind: 'unknown' });
  });
});

describe('detectDelimiter with title lines', () => {
  it.each([
    ['PHỤ LỤC\r\nMã;Tên\r\n1;A\r\n2;B\r\n', ';'],
    ['PHỤ LỤC, kèm theo KH số 1\r\nMã;Tên;Số hồ sơ\r\n1;A;10\r\n2;B;20\r\n', ';'],
    ['Mã\r\n1\r\n2\r\n', ','],
  ])('finds the separator of %j', (text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });
});
