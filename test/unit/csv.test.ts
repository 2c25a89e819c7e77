import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { truncatedMean } from '../../src/domain/aggregate';
import { makeDemoPlan } from '../../src/domain/demoPlan';
import { indicatorId, unitCode } from '../../src/domain/ids';
import { makeDefaultIndicators } from '../../src/domain/indicators';
import type { Indicator } from '../../src/domain/indicators';
import type { Plan, Unit } from '../../src/domain/plan';
import { formatRate, formatRateFixed1, type Rate } from '../../src/domain/rate';
import { ValidationIndex, type IndicatorTotals } from '../../src/domain/validationIndex';
import { decodeText } from '../../src/io/csvDecode';
import { CSV_DIALECTS, detectDelimiter, type CsvDialectId } from '../../src/io/csvDialect';
import { neutralise, planCsvParts, serializePlanCsv, type CsvHeaders } from '../../src/io/csvExport';
import { readCsvImport } from '../../src/io/csvImport';
import { csvPreviewToCommand } from '../../src/io/csvApply';
import { interpretHeader } from '../../src/io/headerAliases';
import { applyCommand } from '../../src/domain/commands';
import { encodeWindows1258, utf16, utf8 } from '../support/encodings';
import { ind, makeTestPlan, NOW } from '../support/builders';

const VI = 'Mã;Tên đơn vị;Loại\r\n21952;Thị trấn Tuy Phước;Thị trấn\r\n21961;Xã Phước Hưng;Xã\r\n';
const indicators = makeDefaultIndicators();

const headersVi: CsvHeaders = {
  index: 'STT', code: 'Mã đơn vị', name: 'Tên đơn vị', type: 'Loại', volume: 'Số hồ sơ dự kiến', aggregate: 'Tổng hợp (bình quân theo số hồ sơ)',
  indicator: (name, field) => `${name} - ${field === 'baseline' ? 'KQ 2023-H1' : 'Chỉ tiêu 2023-H2'}`, indicatorName: (i) => i.name.vi,
};
const headersEn: CsvHeaders = { ...headersVi, index: 'No.', code: 'Code', name: 'Unit name', type: 'Type', volume: 'Expected dossiers', aggregate: 'Aggregate',
  indicator: (name, field) => `${name} - ${field === 'baseline' ? 'Result 2023-H1' : 'Target 2023-H2'}`, indicatorName: (i) => i.name.en };

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
    ['Hồ sơ trực tuyến - KQ 2023-H1', 'online_dossiers', 'baseline'],
    ['Hồ sơ trực tuyến - Chỉ tiêu 2023-H2', 'online_dossiers', 'target'],
    ['Hồ sơ trực tuyến - Chỉ tiêu 2024-Q3', 'online_dossiers', 'target'],
    ['Hồ sơ trực tuyến - KQ 2024-06', 'online_dossiers', 'baseline'],
    ['Hồ sơ trực tuyến - Chỉ tiêu 2024', 'online_dossiers', 'target'],
    ['HO SO TRUC TUYEN (chi tieu)', 'online_dossiers', 'target'],
    ['Online payment - Result 2023-H1', 'online_payment', 'baseline'],
    ['target.e_results', 'e_results', 'target'],
    ['Số hóa hồ sơ, kết quả giải quyết TTHC - Chỉ tiêu 2023-H2', 'digitisation', 'target'],
    ['Digitisation of dossiers and results - Result 2023-H1', 'digitisation', 'baseline'],
  ])('reads %j as an indicator column', (header, id, field) => {
    expect(interpretHeader(header, indicators)).toEqual({ kind: 'rate', indicatorId: id, field });
  });

  it.each([['Ghi chú'], ['Hồ sơ trực tuyến'], ['Chỉ tiêu lạ']])('does not guess at %j', (header) => {
    expect(interpretHeader(header, indicators)).toEqual({ kind: 'unknown' });
  });
});

const plan = makeDemoPlan(NOW);
const totals = (p: Plan) => new ValidationIndex(p).totals();
const bytesOf = (text: string) => utf8(text);

function importInto(p: Plan, text: string | Uint8Array) {
  const read = readCsvImport(typeof text === 'string' ? bytesOf(text) : text, { units: p.units, indicators: p.indicators });
  if (!read.ok) throw new Error(JSON.stringify(read.problem));
  return read.preview;
}

describe('CSV export', () => {
  it('writes the appendix in the Excel Việt Nam dialect: BOM, CRLF, ;, decimal comma, aggregate row', () => {
    const csv = serializePlanCsv(plan, totals(plan), headersVi, 'excel-vn');
    expect(csv.startsWith('\uFEFFSTT;Mã đơn vị;Tên đơn vị;Loại;Số hồ sơ dự kiến;Hồ sơ trực tuyến - KQ 2023-H1;')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(plan.units.length + 3); // header, units, aggregate, final CRLF
    expect(lines[1]).toMatch(/^1;21952;Thị trấn Tuy Phước;Thị trấn;2913;55;64;60,5;68;/);
    expect(lines[plan.units.length + 1]).toMatch(/^;;Tổng hợp \(bình quân theo số hồ sơ\);;\d+;47,7;58,6;/);
    expect(csv.includes('\n') && !/[^\r]\n/.test(csv)).toBe(true);
  });

  it('leaves the aggregate row\'s volume empty when no unit has a volume, and totals the known ones otherwise', () => {
    const aggregateCells = (p: Plan) => serializePlanCsv(p, totals(p), headersVi, 'excel-vn').split('\r\n').at(-2)!.split(';');
    const base = makeTestPlan({ units: 3 });
    const none: Plan = { ...base, units: base.units.map((u) => ({ ...u, volume: null })) };
    expect(aggregateCells(none).slice(0, 5)).toEqual(['', '', 'Tổng hợp (bình quân theo số hồ sơ)', '', '']);
    expect(aggregateCells(makeTestPlan({ units: 0 }))[4]).toBe('');
    const some: Plan = { ...base, units: base.units.map((u, i) => ({ ...u, volume: i === 1 ? null : 1000 * (i + 1) })) };
    expect(aggregateCells(some)[4]).toBe('4000');
    // A known volume of 0 is a total of 0.
    expect(aggregateCells({ ...none, units: none.units.map((u, i) => (i === 0 ? { ...u, volume: 0 } : u)) })[4]).toBe('0');
  });

  it('writes the same text in parts, however the rows are split', () => {
    for (const p of [plan, makeTestPlan({ units: 0 }), makeTestPlan({ units: 7 })]) {
      for (const dialect of ['excel-vn', 'standard'] as const) {
        const whole = serializePlanCsv(p, totals(p), headersVi, dialect);
        for (const perPart of [1, 3, 5000]) {
          const parts = [...planCsvParts(p, totals(p), headersVi, dialect, perPart)];
          expect(parts.join('')).toBe(whole);
          expect(parts).toHaveLength(2 + Math.ceil(p.units.length / perPart));
        }
      }
    }
  });

  it('writes the standard dialect with , and a decimal point, quoting only what needs it', () => {
    const csv = serializePlanCsv(plan, totals(plan), headersEn, 'standard');
    expect(csv).toContain('"Digitisation of dossiers and results - Result 2023-H1"'.replace(/"/g, ''));
    expect(csv.split('\r\n')[1]).toMatch(/^1,21952,Thị trấn Tuy Phước,Thị trấn,2913,55,64,60.5,68,/);
  });

  it('neutralises text that Excel would run as a formula, and keeps numbers as numbers', () => {
    const p = makeTestPlan({ units: 2 });
    const evil = { ...p, units: [{ ...p.units[0]!, name: '=HYPERLINK("http://x","y")', type: '@SUM(A1)' }, { ...p.units[1]!, code: unitCode('-12'), name: '+84 912' }] };
    const csv = serializePlanCsv(evil, totals(evil), headersVi, 'excel-vn');
    expect(csv).toContain(`;"'=HYPERLINK(""http://x"",""y"")";'@SUM(A1);`);
    expect(csv).toContain(";'-12;'+84 912;");
    // and it reads back as it was
    const preview = importInto(evil, csv);
    expect(preview.unchanged).toBe(2);
  });
});

/**
 * The appendix as it was written before the rows were written by hand: every row handed to `Papa.unparse`.
 * The export must give these bytes for every plan.
 */
function papaPlanCsv(plan: Plan, totals: readonly IndicatorTotals[], headers: CsvHeaders, dialectId: CsvDialectId): string {
  const dialect = CSV_DIALECTS[dialectId];
  const options = { delimiter: dialect.delimiter, newline: '\r\n', quotes: false };
  const rate = (r: Rate | null | undefined) => formatRate(r ?? null, dialect.locale);
  const fields = [headers.index, headers.code, headers.name, headers.type, headers.volume,
    ...plan.indicators.flatMap((i) => [headers.indicator(headers.indicatorName(i), 'baseline'), headers.indicator(headers.indicatorName(i), 'target')])];
  const rows = plan.units.map((u, i) => [String(i + 1), neutralise(u.code), neutralise(u.name), neutralise(u.type), u.volume === null ? '' : String(u.volume),
    ...plan.indicators.flatMap((ind) => [rate(u.baseline[ind.id]), rate(u.target[ind.id])])]);
  const byId = new Map(totals.map((t) => [t.indicator.id, t]));
  const mean = (t: IndicatorTotals | undefined, field: 'baseline' | 'target') => {
    const value = t ? truncatedMean(t[field]) : null;
    return value === null ? '' : formatRateFixed1(value, dialect.locale);
  };
  const volumes = plan.units.filter((u) => u.volume !== null);
  const aggregate = ['', '', neutralise(headers.aggregate), '', volumes.length === 0 ? '' : String(volumes.reduce((s, u) => s + (u.volume ?? 0), 0)),
    ...plan.indicators.flatMap((ind) => [mean(byId.get(ind.id), 'baseline'), mean(byId.get(ind.id), 'target')])];
  return `\uFEFF${Papa.unparse([fields.map(neutralise), ...rows, aggregate], options)}\r\n`;
}

/** Text that a CSV writer can get wrong: delimiters, quotes, line breaks, edge spaces, formula starts, BOMs, surrogates. */
const TRICKY = ['"', '""', ';', ',', '\r', '\n', '\r\n', ' ', '  ', '\t', '=', '+', '-', '@', "'", '\uFEFF', '\u2028', '\u2029',
  '\ud800', '\udfff', '\u0000', '\\', 'Phước', 'Đồng Xuân', 'Thị trấn', 'a', '1,5', '85.5', '=SUM(A1)', '|'];
const trickyText = fc.array(fc.oneof(fc.constantFrom(...TRICKY), fc.string({ maxLength: 4, unit: 'binary' })), { maxLength: 6 }).map((a) => a.join(''));

describe('CSV export, byte for byte as PapaParse writes it (property)', () => {
  const rateArb = fc.oneof(fc.integer({ min: -2_000_000, max: 2_000_000 }), fc.double(), fc.constantFrom(0, -0, 1, 5, 10, 4279, 8550, 10000)).map((r) => r as Rate);
  const ids = ['online_dossiers', 'online_payment', 'digitisation', '7', 'constructor'];
  const valuesArb = fc.dictionary(fc.constantFrom(...ids), rateArb).map((d) => d as Unit['target']);
  const unitArb = fc.record({
    code: trickyText.map(unitCode), name: trickyText, type: fc.oneof(fc.constantFrom('Xã', 'Phường', 'Thị trấn', ''), trickyText),
    volume: fc.option(fc.oneof(fc.nat(100_000_000), fc.double()), { nil: null }), baseline: valuesArb, target: valuesArb,
  });
  const indicatorsArb = fc.subarray(ids, { minLength: 0 }).map((chosen) => {
    const defaults = makeDefaultIndicators();
    return chosen.map((id, k): Indicator => ({ ...defaults[k % defaults.length]!, id: indicatorId(id) }));
  });
  const headersArb = fc.record({ index: trickyText, code: trickyText, name: trickyText, aggregate: trickyText, prefix: trickyText })
    .map(({ prefix, ...h }): CsvHeaders => ({ ...headersVi, ...h, indicator: (name, field) => `${prefix}${name} ${field}` }));

  it('writes every plan as the rows handed to Papa.unparse would be, in both dialects and however it is split', () => {
    fc.assert(fc.property(fc.array(unitArb, { maxLength: 12 }), indicatorsArb, headersArb, fc.constantFrom('excel-vn' as const, 'standard' as const), fc.integer({ min: 1, max: 5 }),
      (units, chosen, headers, dialect, perPart) => {
        const p: Plan = { ...makeTestPlan({ units: 0 }), indicators: chosen, units };
        // The aggregate row is written as before; its totals cannot be taken of the impossible rates here.
        const t: IndicatorTotals[] = [];
        const expected = papaPlanCsv(p, t, headers, dialect);
        expect(serializePlanCsv(p, t, headers, dialect)).toBe(expected);
        expect([...planCsvParts(p, t, headers, dialect, perPart)].join('')).toBe(expected);
      }), { numRuns: 500 });
  });

  it('writes a plan of every commune in Vietnam (10,598 units) as PapaParse would', () => {
    const p = makeTestPlan({ units: 10_598 });
    for (const dialect of ['excel-vn', 'standard'] as const) {
      expect(serializePlanCsv(p, totals(p), headersVi, dialect)).toBe(papaPlanCsv(p, totals(p), headersVi, dialect));
    }
  });

  it.each([
    ['a quote', 'Xã "Mới"', '"Xã ""Mới"""'], ['the delimiter', 'A;B', '"A;B"'], ['the other dialect\'s delimiter', 'A,B', 'A,B'],
    ['a line break', 'A\nB', '"A\nB"'], ['a carriage return', 'A\rB', '"A\rB"'], ['a leading space', ' A', '" A"'], ['a trailing space', 'A ', '"A "'],
    ['a byte-order mark', 'A\uFEFF', '"A\uFEFF"'], ['a formula start', '=1+1', "'=1+1"], ['a tab start', '\tA', "'\tA"], ['a CR start', '\rA', '"\'\rA"'],
  ])('quotes and neutralises a name with %s as Excel needs it', (_what, name, cell) => {
    const base = makeTestPlan({ units: 1 });
    const p: Plan = { ...base, units: [{ ...base.units[0]!, name }] };
    const csv = serializePlanCsv(p, totals(p), headersVi, 'excel-vn');
    expect(csv.split('\r\n').slice(1, -2).join('\r\n')).toContain(`;${cell};`);
    expect(csv).toBe(papaPlanCsv(p, totals(p), headersVi, 'excel-vn'));
  });
});

describe('CSV import', () => {
  it('reads back both dialects of its own export as unchanged', () => {
    for (const [headers, dialect] of [[headersVi, 'excel-vn'], [headersEn, 'standard']] as const) {
      const preview = importInto(plan, serializePlanCsv(plan, totals(plan), headers, dialect));
      expect(preview).toMatchObject({ adds: [], updates: [], unchanged: 13, problems: [], skippedRows: 1, ignoredColumns: [] });
    }
  });

  it('restores every value into an emptied plan, exactly (property, both dialects)', () => {
    const rate = fc.integer({ min: 0, max: 10000 }).map((r) => r as Rate);
    fc.assert(fc.property(fc.array(fc.tuple(rate, rate, fc.option(fc.nat(99999), { nil: null })), { minLength: 1, maxLength: 20 }), fc.boolean(), (values, vn) => {
      const base = makeTestPlan({ units: values.length });
      const full: Plan = { ...base, units: base.units.map((u, i) => ({ ...u, volume: values[i]![2], baseline: { [ind('online_dossiers')]: values[i]![0] }, target: { [ind('online_payment')]: values[i]![1] } })) };
      const emptied: Plan = { ...full, units: full.units.map((u) => ({ ...u, volume: null, baseline: {}, target: {} })) };
      const csv = serializePlanCsv(full, totals(full), vn ? headersVi : headersEn, vn ? 'excel-vn' : 'standard');
      const preview = importInto(emptied, csv);
      const result = applyCommand(emptied, csvPreviewToCommand(preview, emptied), NOW);
      expect(preview.problems).toEqual([]);
      expect(result.ok && result.plan.units).toEqual(full.units);
    }), { numRuns: 100 });
  });

  it('starts a plan from a unit list in any encoding, with Vietnamese intact', () => {
    for (const bytes of [utf8(VI, true), encodeWindows1258(VI), utf16(VI, 'le')]) {
      const preview = importInto({ ...plan, units: [] }, bytes);
      expect(preview.kind).toBe('units');
      expect(preview.adds.map(({ after: u }) => [u.code, u.name, u.type])).toEqual([['21952', 'Thị trấn Tuy Phước', 'Thị trấn'], ['21961', 'Xã Phước Hưng', 'Xã']]);
    }
  });

  it('reports each problem with its row and column, and leaves those rows out', () => {
    const text = [
      'Mã;Số hồ sơ;Hồ sơ trực tuyến - Chỉ tiêu;Ghi chú',
      '21952;1.200;85,5;ok',
      '99999;10;50;',
      '21955;abc;50;',
      '21958;10;150;',
      '21958;10;50;',
      ';10;50;',
      '21961;10;85,555;',
      '',
      '21964;10;1.234;',
    ].join('\r\n');
    const preview = importInto(plan, text);
    expect(preview.problems.map((p) => [p.code, p.line, p.column, p.value])).toEqual([
      ['unknownUnit', 3, 1, '99999'], ['notANumber', 4, 2, 'abc'], ['outOfRange', 5, 3, '150'], ['duplicateCode', 6, 1, '21958'],
      ['missingCode', 7, 1, ''], ['tooManyDecimals', 8, 3, '85,555'], ['ambiguous', 10, 3, '1.234'],
    ]);
    expect(preview.updates.map((u) => [u.after.code, u.after.volume, u.after.target[ind('online_dossiers')]])).toEqual([['21952', 1200, 8550]]);
    expect(preview.ignoredColumns).toEqual([{ column: 4, header: 'Ghi chú' }]);
  });

  it.each([
    ['no code column', 'Tên;Loại\r\nXã A;Xã\r\n', 'missingColumn'],
    ['a code column and nothing else', 'Mã\r\n21952\r\n', 'missingColumn'],
    ['an unterminated quote', 'Mã;Tên\r\n"21952;Xã A\r\n', 'badQuotes'],
  ])('refuses a file with %s', (_name, text, code) => {
    const read = readCsvImport(bytesOf(text), { units: plan.units, indicators: plan.indicators });
    expect(!read.ok && read.problem.code).toBe(code);
  });
});

describe('CSV import, what Excel and people do to a file', () => {
  const zeroPlan: Plan = { ...plan, units: plan.units.slice(0, 2).map((u, i) => ({ ...u, code: unitCode(`0012${i}`) })) };

  it('matches codes whose leading zeros Excel dropped, instead of adding every unit twice', () => {
    const preview = importInto(zeroPlan, 'Mã;Tên đơn vị;Số hồ sơ dự kiến\r\n120;Thị trấn Tuy Phước;3000\r\n121;Thị trấn Diêu Trì;3365\r\n');
    expect(preview).toMatchObject({ adds: [], zerosRestored: 2, unchanged: 1 });
    expect(preview.updates.map((u) => [u.after.code, u.after.volume])).toEqual([['00120', 3000]]);
  });

  it('does not guess at a header that names both a result and a target', () => {
    expect(interpretHeader('Hồ sơ trực tuyến - KQ thực hiện chỉ tiêu', indicators)).toEqual({ kind: 'unknown' });
    expect(interpretHeader('Hồ sơ trực tuyến - Kết quả thực hiện kế hoạch 6 tháng đầu năm', indicators)).toEqual({ kind: 'rate', indicatorId: 'online_dossiers', field: 'baseline' });
  });

  it('applies only what the file says, onto the plan as it is when applied (an edit made meanwhile stays)', () => {
    const preview = importInto(plan, 'Mã;Hồ sơ trực tuyến - Chỉ tiêu\r\n21952;70\r\n');
    const meanwhile: Plan = { ...plan, units: plan.units.map((u, i) => (i === 0 ? { ...u, volume: 4242 } : u)) };
    const result = applyCommand(meanwhile, csvPreviewToCommand(preview, meanwhile), NOW);
    expect(result.ok && result.plan.units[0]).toMatchObject({ volume: 4242, target: expect.objectContaining({ online_dossiers: 7000 }) });
  });

  it('keeps the locks of the units it updates, even of a locked cell it writes (typing may, and so may a file the user applies)', () => {
    const locked: Plan = { ...plan, units: plan.units.map((u, i) => (i === 0 ? { ...u, locked: { [ind('online_dossiers')]: true as const } } : u)) };
    const preview = importInto(locked, 'Mã;Hồ sơ trực tuyến - Chỉ tiêu;Thanh toán trực tuyến - Chỉ tiêu\r\n21952;70;60\r\n');
    const result = applyCommand(locked, csvPreviewToCommand(preview, locked), NOW);
    expect(result.ok && result.plan.units[0]).toMatchObject({ locked: { online_dossiers: true }, target: expect.objectContaining({ online_dossiers: 7000, online_payment: 6000 }) });
  });

  it('keeps a unit\'s type when the type cell is empty, like every other empty cell', () => {
    const preview = importInto(plan, 'Mã;Tên đơn vị;Loại\r\n21952;Thị trấn Tuy Phước;\r\n');
    expect(preview).toMatchObject({ unchanged: 1, updates: [] });
  });

  it('lists a column with data but no header among those not used', () => {
    const preview = importInto(plan, 'Mã;Hồ sơ trực tuyến - Chỉ tiêu;\r\n21952;70;85\r\n');
    expect(preview.ignoredColumns).toEqual([{ column: 3, header: '' }]);
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
