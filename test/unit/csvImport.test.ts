/** The CSV import: its own export read back, problems by row and column, and what Excel and people do to a file. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../src/domain/commands';
import { makeDemoPlan } from '../../src/domain/demoPlan';
import { unitCode } from '../../src/domain/ids';
import type { Plan } from '../../src/domain/plan';
import type { Rate } from '../../src/domain/rate';
import { readCsvImport } from '../../src/io/csvImport';
import { csvPreviewToCommand } from '../../src/io/csvApply';
import { interpretHeader } from '../../src/io/headerAliases';
import { csvProblemMessage } from '../../src/ui/i18n/fileProblemText';
import { serializePlanCsv } from '../../src/io/csvExport';
import { encodeWindows1258, utf16, utf8 } from '../support/encodings';
import { ind, makeTestPlan, NOW } from '../support/builders';
import { bytesOf, headersEn, headersVi, importInto, indicators, totals, VI } from '../support/csvPlans';

const plan = makeDemoPlan(NOW);

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

describe('CSV import, the words of a refused number', () => {
  it('text that is no number says what the column holds: a count\'s example for a volume, a rate\'s for a rate', () => {
    const preview = importInto(plan, 'Mã;Số hồ sơ dự kiến;Hồ sơ trực tuyến - Chỉ tiêu\r\n21952;abc;70\r\n21955;1200;xyz\r\n');
    expect(preview.problems.map((p) => [p.code, p.line, p.column])).toEqual([['notANumber', 2, 2], ['notANumber', 3, 3]]);
    expect(preview.problems.map(csvProblemMessage)).toEqual([
      'Dòng 2, cột B (Số hồ sơ dự kiến): «abc» không phải là số. Số hồ sơ là số nguyên, ví dụ 1.200.',
      'Dòng 3, cột C (Hồ sơ trực tuyến - Chỉ tiêu): «xyz» không phải là số. Nhập tỷ lệ phần trăm, ví dụ 85,5.',
    ]);
  });
});

describe('CSV import, a file of another period', () => {
  // The demo plan is for 2023-H2: its target columns name 2023-H2, its result columns the half-year before.
  const read = (text: string) => readCsvImport(bytesOf(text), { units: plan.units, indicators: plan.indicators, period: plan.period });

  it.each([
    ['targets of the next half-year', 'Mã;Hồ sơ trực tuyến - Chỉ tiêu 2024-H1\r\n21952;70\r\n', 2, 'Hồ sơ trực tuyến - Chỉ tiêu 2024-H1', '2024-H1', '2023-H2'],
    ['results of this half-year in the result column', 'Mã;Tên đơn vị;Thanh toán trực tuyến - KQ 2023-H2\r\n21952;A;70\r\n', 3, 'Thanh toán trực tuyến - KQ 2023-H2', '2023-H2', '2023-H1'],
    ['a quarter where the plan is a half-year', 'Mã;Hồ sơ trực tuyến - KQ 2023-H1;Hồ sơ trực tuyến - Chỉ tiêu 2023-Q3\r\n21952;50;70\r\n', 3, 'Hồ sơ trực tuyến - Chỉ tiêu 2023-Q3', '2023-Q3', '2023-H2'],
  ])('is refused when a column names %s, with its row, column and both periods; nothing is read', (_name, text, column, header, found, expected) => {
    const r = read(text);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problem).toEqual({ code: 'otherPeriod', line: 1, column, header, params: { found, expected, plan: '2023-H2' } });
  });

  it('is read when its columns name the plan\'s periods, or none', () => {
    for (const text of ['Mã;Hồ sơ trực tuyến - KQ 2023-H1;Hồ sơ trực tuyến - Chỉ tiêu 2023-h2\r\n21952;50;70\r\n', 'Mã;Hồ sơ trực tuyến - Chỉ tiêu\r\n21952;70\r\n']) {
      const r = read(text);
      expect(r.ok && r.preview.updates.map((u) => u.after.target[ind('online_dossiers')])).toEqual([7000]);
    }
  });

  it('starting a plan, any period is read (the new plan takes it)', () => {
    const r = readCsvImport(bytesOf('Mã;Tên đơn vị;Hồ sơ trực tuyến - Chỉ tiêu 2025-Q1\r\n1;A;70\r\n'), { units: [], indicators: plan.indicators });
    expect(r.ok && r.preview.adds.length).toBe(1);
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
