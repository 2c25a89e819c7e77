/**
 * Reading a monthly statistics file, part two: rows against the demo plan (Huyện Tuy Phước, 2023-H2, figures for
 * July–October): the month a file without a month column goes into, splitting by month and by district, units by
 * code or name, and every refusal located — the whole file refused, nothing half-applied.
 */
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../src/domain/commands';
import { makeDemoPlan } from '../../src/domain/demoPlan';
import { unitCode } from '../../src/domain/ids';
import { entryOf } from '../../src/domain/monitoring/results';
import type { MonthKey } from '../../src/domain/monitoring/resultKey';
import type { Plan } from '../../src/domain/plan';
import { MAX_PROBLEMS, readResults, resultsPreviewToCommand, type ResultsCell, type ResultsPreview } from '../../src/io/resultsImport';
import { setMonthOnScreen } from '../../src/state/monitoringMonth';
import { defaultResultsMonth } from '../../src/state/resultsFile';
import { statisticsSheet } from '../../src/io/resultsWorkbook';
import { resultsProblemMessage } from '../../src/ui/files/resultsText';
import { NOW } from '../support/builders';

const plan = makeDemoPlan(NOW);
const NOV = '2023-11' as MonthKey;
const HEADER = ['Mã', 'Tên đơn vị', 'Tiếp nhận trực tuyến', 'Tổng số hồ sơ tiếp nhận', 'Số HS đã TTTT', 'Tổng HS có nghĩa vụ tài chính'];

const read = (rows: ResultsCell[][], p: Plan = plan, defaultMonth: MonthKey = NOV) =>
  readResults(rows, { units: p.units, indicators: p.indicators, period: p.period, allocatingUnit: p.allocatingUnit, defaultMonth });
const preview = (rows: ResultsCell[][], p?: Plan): ResultsPreview => {
  const r = read(rows, p);
  if (!r.ok) throw new Error(`refused: ${r.problem.code}`);
  return r.preview;
};
const messages = (p: ResultsPreview) => p.problems.map(resultsProblemMessage);
const applied = (p: ResultsPreview) => {
  const result = applyCommand(plan, resultsPreviewToCommand(p), NOW);
  if (!result.ok) throw new Error(result.reason);
  return result.plan;
};
const unit = (p: Plan, code: string) => p.units.find((u) => u.code === code)!;

describe('a month\'s statistics without a month column', () => {
  const rows = [HEADER, ['21952', 'Thị trấn Tuy Phước', '1.234', '2.000', '30', '45'], ['21955', 'Thị trấn Diêu Trì', 120, 300, '', '']];

  it('go into the month given, are previewed cell by cell and applied as one patchUnits command', () => {
    const p = preview(rows);
    expect(p).toMatchObject({ monthColumn: false, months: [NOV], rows: 2, units: 2, problemCount: 0, unchanged: 0, headerLine: 1 });
    expect(p.changes.map((c) => `${c.unit} ${c.month} ${c.indicatorId}.${c.part}: ${c.before} → ${c.after}`)).toEqual([
      '21952 2023-11 online_dossiers.n: null → 1234', '21952 2023-11 online_dossiers.d: null → 2000',
      '21952 2023-11 online_payment.n: null → 30', '21952 2023-11 online_payment.d: null → 45',
      '21955 2023-11 online_dossiers.n: null → 120', '21955 2023-11 online_dossiers.d: null → 300',
    ]);
    const command = resultsPreviewToCommand(p);
    expect(command.type).toBe('patchUnits');
    const after = applied(p);
    expect(entryOf(unit(after, '21952'), NOV, 'online_dossiers' as never)).toEqual({ n: 1234, d: 2000, r: null });
    expect(entryOf(unit(after, '21955'), NOV, 'online_payment' as never)).toEqual({ n: null, d: null, r: null });
    // Nothing else moved: the other months and units are as they were.
    expect(after.units.filter((u) => !['21952', '21955'].includes(u.code))).toEqual(plan.units.filter((u) => !['21952', '21955'].includes(u.code)));
  });

  it('read into another month when asked (the preview\'s month picker), old → new against that month', () => {
    const r = read(rows, plan, '2023-10' as MonthKey);
    if (!r.ok) throw new Error('refused');
    expect(r.preview.months).toEqual(['2023-10']);
    const before = entryOf(unit(plan, '21952'), '2023-10' as MonthKey, 'online_dossiers' as never);
    expect(r.preview.changes[0]).toMatchObject({ month: '2023-10', before: before.n, after: 1234 });
  });

  it('a figure equal to the plan\'s is unchanged, not a change', () => {
    const oct = entryOf(unit(plan, '21952'), '2023-10' as MonthKey, 'online_dossiers' as never);
    const r = read([HEADER, ['21952', '', oct.n, oct.d, '', '']], plan, '2023-10' as MonthKey);
    expect(r.ok && r.preview).toMatchObject({ unchanged: 2, changes: [], patches: [] });
  });
});

describe('a file covering several months, several districts', () => {
  const header = ['Kỳ báo cáo', 'Huyện', 'Mã ĐVHC', 'Đơn vị', 'HS tiếp nhận trực tuyến', 'Tổng HS tiếp nhận'];
  const rows = [
    ['BÁO CÁO TÌNH HÌNH TIẾP NHẬN HỒ SƠ', '', '', '', '', ''], ['Từ 01/10/2023 đến 30/11/2023', '', '', '', '', ''], [],
    header, ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)'],
    ['10/2023', 'Huyện Tuy Phước', '21952', 'Thị trấn Tuy Phước', '500', '800'],
    ['T11/2023', 'Huyện Tuy Phước', '21952', 'Thị trấn Tuy Phước', '510', '790'],
    ['Tháng 11/2023', 'Huyện Tuy Phước', '21955', 'Thị trấn Diêu Trì', '200', '400'],
    ['11/2023', 'Huyện Phù Cát', '22015', 'Thị trấn Ngô Mây', '300', '500'],
    ['11/2023', 'Huyện Phù Cát', '22018', 'Xã Cát Sơn', '30', '50'],
    ['11/2023', 'Thị xã An Nhơn', '21880', 'Phường Bình Định', '70', '90'],
    ['', 'Tổng cộng', '', '', '1610', '2630'],
  ];

  it('are split by month; other districts\' rows are set apart and counted; title, numbering and total rows are not data', () => {
    const p = preview(rows);
    expect(p).toMatchObject({ headerLine: 4, monthColumn: true, months: ['2023-10', '2023-11'], rows: 3, units: 2, problemCount: 0, skippedRows: 2,
      setApart: { rows: 3, districts: ['Huyện Phù Cát', 'Thị xã An Nhơn'] } });
    const after = applied(p);
    expect(entryOf(unit(after, '21952'), '2023-10' as MonthKey, 'online_dossiers' as never)).toMatchObject({ n: 500, d: 800 });
    expect(entryOf(unit(after, '21952'), NOV, 'online_dossiers' as never)).toMatchObject({ n: 510, d: 790 });
    expect(entryOf(unit(after, '21955'), NOV, 'online_dossiers' as never)).toMatchObject({ n: 200, d: 400 });
  });

  it('a unit of the plan\'s own district that the plan lacks is a problem, not set apart', () => {
    const p = preview([header, ['11/2023', 'Huyện Tuy Phước', '21953', 'Xã Gõ Nhầm', '1', '2'], ['11/2023', 'Huyện Phù Cát', '22015', 'Thị trấn Ngô Mây', '3', '5']]);
    expect(p.setApart.rows).toBe(1);
    expect(messages(p)).toEqual(['Dòng 2, cột C (Mã ĐVHC): đơn vị «21953» không có trong kế hoạch']);
    expect(resultsPreviewToCommand(p)).toEqual({ type: 'patchUnits', entries: [] });
  });

  it('the same unit twice in one month is refused at the second row', () => {
    const p = preview([header, ['11/2023', '', '21952', '', '1', '2'], ['2023-11', '', '21952', '', '3', '4']]);
    expect(messages(p)).toEqual(['Dòng 3, cột C (Mã ĐVHC): 21952 Thị trấn Tuy Phước có hai dòng cho cùng một tháng (đã có ở dòng 2)']);
  });
});

describe('units by name when the file has no code', () => {
  it('with or without diacritics and the unit\'s kind; Excel\'s lost leading zeros restored for codes', () => {
    const p = preview([['Đơn vị', 'Số HS đã TTTT', 'HS có NVTC'], ['Phuoc Son', '3', '9'], ['XÃ PHƯỚC HÒA', '1', '2'], ['Thị trấn Diêu Trì', '0', '0']]);
    expect(p).toMatchObject({ units: 3, matchedByName: 3, problemCount: 0 });
    expect(p.patches.map((x) => x.code)).toEqual(['21970', '21967', '21955']);
  });

  it('a name that fits several units is refused, naming them', () => {
    const twice = { ...plan, units: [...plan.units, { ...plan.units[6]!, code: unitCode('30001'), name: 'Phường Phước Sơn' }] };
    const p = preview([['Tên đơn vị', 'Số HS đã TTTT', 'HS có NVTC'], ['Phước Sơn', '3', '9']], twice);
    expect(messages(p)).toEqual(['Dòng 2, cột A (Tên đơn vị): tên «Phước Sơn» trùng với nhiều đơn vị (21970 Xã Phước Sơn, 30001 Phường Phước Sơn): thêm cột mã đơn vị']);
  });
});

describe('refusals: the whole file, every problem located', () => {
  it('a count not whole, negative, a numerator above its denominator, a month outside the period, a unit not in the plan', () => {
    const p = preview([
      ['Mã', 'Tháng', 'Tiếp nhận trực tuyến', 'Tổng số hồ sơ tiếp nhận'],
      ['21952', '11/2023', '12,5', '20'],
      ['21955', '11/2023', '-3', '20'],
      ['21958', '11/2023', '300', '200'],
      ['21961', '01/2024', '1', '2'],
      ['99999', '11/2023', '1', '2'],
      ['21964', 'tháng mười', '1', '2'],
      ['21967', '', '1', '2'],
      ['21970', '11/2023', '5', '6'],
    ]);
    expect(messages(p)).toEqual([
      'Dòng 2, cột C (Tiếp nhận trực tuyến): «12,5»: số hồ sơ phải là số nguyên. (21952 Thị trấn Tuy Phước)',
      'Dòng 3, cột C (Tiếp nhận trực tuyến): «-3»: số hồ sơ không được âm. (21955 Thị trấn Diêu Trì)',
      'Dòng 4, cột C (Tiếp nhận trực tuyến): «300» lớn hơn mẫu số 200 (21958 Xã Phước Thắng)',
      'Dòng 5, cột B (Tháng): tháng «01/2024» nằm ngoài kỳ 2023-H2 của kế hoạch (21961 Xã Phước Hưng)',
      'Dòng 6, cột A (Mã): đơn vị «99999» không có trong kế hoạch',
      'Dòng 7, cột B (Tháng): «tháng mười» không phải là tháng (viết 10/2023, 2023-10 hoặc Tháng 10/2023) (21964 Xã Phước Quang)',
      'Dòng 8, cột B (Tháng): thiếu tháng (21967 Xã Phước Hòa)',
    ]);
    expect(p.problemCount).toBe(7);
    // The good row is read, but nothing is applied while any problem remains.
    expect(p.patches.map((x) => x.code)).toContain('21970');
    expect(resultsPreviewToCommand(p)).toEqual({ type: 'patchUnits', entries: [] });
    expect(applyCommand(plan, resultsPreviewToCommand(p), NOW)).toMatchObject({ ok: true, plan });
  });

  it('a numerator above the denominator the plan already has, and a denominator below the plan\'s numerator', () => {
    const oct = '2023-10' as MonthKey;
    const e = entryOf(unit(plan, '21952'), oct, 'online_dossiers' as never);
    const p = preview([['Mã', 'Tháng', 'Tiếp nhận trực tuyến'], ['21952', '10/2023', String(e.d! + 1)]]);
    expect(messages(p)).toEqual([`Dòng 2, cột C (Tiếp nhận trực tuyến): «${e.d! + 1}» lớn hơn mẫu số ${e.d} (21952 Thị trấn Tuy Phước)`]);
    const q = preview([['Mã', 'Tháng', 'Tổng số hồ sơ tiếp nhận'], ['21952', '10/2023', String(e.n! - 1)]]);
    expect(q.problems.map((x) => x.code)).toEqual(['belowNumerator']);
  });

  it('text in a count column is told with a count\'s example, in a rate column with a rate\'s', () => {
    const p = preview([['Mã', 'Tiếp nhận trực tuyến', 'Tỷ lệ TTTT'], ['21952', 'mười', ''], ['21955', '', 'cao']]);
    expect(messages(p)).toEqual([
      'Dòng 2, cột B (Tiếp nhận trực tuyến): «mười» không phải là số. Số hồ sơ là số nguyên, ví dụ 1.200. (21952 Thị trấn Tuy Phước)',
      'Dòng 3, cột C (Tỷ lệ TTTT): «cao» không phải là số. Nhập tỷ lệ phần trăm, ví dụ 85,5. (21955 Thị trấn Diêu Trì)',
    ]);
  });

  it('rates outside 0–100 %; a count too large', () => {
    const p = preview([['Mã', 'Tỷ lệ TTTT', 'Tổng HS tiếp nhận'], ['21952', '101', '100000001'], ['21955', '85,5', '']]);
    expect(p.problems.map((x) => `${x.line}${x.column} ${x.code}`)).toEqual(['22 outOfRange', '23 tooLarge']);
  });

  it('every problem counted, the first fifty listed', () => {
    const rows: ResultsCell[][] = [['Mã', 'Tiếp nhận trực tuyến']];
    for (let i = 0; i < 80; i++) rows.push([String(50000 + i), '1']);
    const p = preview(rows);
    expect(p.problemCount).toBe(80);
    expect(p.problems).toHaveLength(MAX_PROBLEMS);
    expect(p.problems[49]).toMatchObject({ line: 51, column: 1, code: 'unknownUnit' });
  });

  it('a file with no statistics header, or no rows', () => {
    expect(read([['Mã', 'Hồ sơ trực tuyến - Chỉ tiêu 2023-H2'], ['21952', '60']])).toEqual({ ok: false, problem: { code: 'noHeader' } });
    expect(read([['Ghi chú'], ['Tiếp nhận trực tuyến']])).toEqual({ ok: false, problem: { code: 'noHeader' } });
    expect(read([['Mã', 'Tiếp nhận trực tuyến'], ['', '']])).toEqual({ ok: false, problem: { code: 'noRows', line: 1 } });
  });
});

describe('a rate beside its counts', () => {
  it('is derived (not read) where the numerator is given, and read where only a rate is known', () => {
    const p = preview([['Mã', 'Số HS đã TTTT', 'HS có NVTC', 'Tỷ lệ TTTT (%)'], ['21952', '3', '9', '33,33'], ['21955', '', '10', '40']]);
    expect(p.changes.map((c) => `${c.unit} ${c.part}=${c.after}`)).toEqual(['21952 n=3', '21952 d=9', '21955 d=10', '21955 r=4000']);
  });
});

describe('the month a file without a month column goes into', () => {
  it('the month the monitoring view shows; else the plan\'s latest month with figures; else its first month', () => {
    try {
      setMonthOnScreen('2023-11');
      expect(defaultResultsMonth(plan)).toBe('2023-11');
      setMonthOnScreen('2024-02'); // a month outside the plan's period is not taken
      expect(defaultResultsMonth(plan)).toBe('2023-10');
      setMonthOnScreen(null);
      expect(defaultResultsMonth(plan)).toBe('2023-10'); // the demo has July to October
      expect(defaultResultsMonth({ ...plan, units: plan.units.map((u) => ({ ...u, results: undefined })) })).toBe('2023-07');
    } finally {
      setMonthOnScreen(null);
    }
  });
});

describe('a workbook', () => {
  it('is read from its first sheet that has a statistics header in its first rows (numbers and dates as a workbook gives them)', () => {
    const sheets = [
      { name: 'Bìa', rows: [['BÁO CÁO THÁNG 11/2023'], ['UBND huyện Tuy Phước']] },
      { name: 'Số liệu', rows: [['BÁO CÁO', null], [null, null], ['Mã xã', 'Tháng', 'Tiếp nhận trực tuyến', 'Tổng số hồ sơ tiếp nhận'], ['21952', 45231, 1120, 1980]] },
      { name: 'Khác', rows: [['Mã', 'Tiếp nhận trực tuyến'], ['21955', 1]] },
    ];
    const sheet = statisticsSheet({ ok: true, sheets }, plan.indicators);
    expect(sheet?.name).toBe('Số liệu');
    const p = preview(sheet!.rows);
    expect(p).toMatchObject({ headerLine: 3, months: ['2023-11'], problemCount: 0 });
    expect(p.changes.map((c) => c.after)).toEqual([1120, 1980]);
    expect(statisticsSheet({ ok: true, sheets: [sheets[0]!] }, plan.indicators)).toBeNull();
  });
});
