/**
 * Reading a monthly statistics file whose header takes two rows, as the portal prints its reports: a group
 * (`Tiếp nhận hồ sơ`, merged over its columns in a workbook, written in its first column in a CSV) over what each
 * column holds (`Tổng số`, `Trực tuyến`). The group table of src/io/resultHeaderAliases.ts, the choice between one
 * row and two (src/io/resultsLayout.ts), and every place a problem is told at.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeDemoPlan } from '../../src/domain/demoPlan';
import { countLabels, makeDefaultIndicators } from '../../src/domain/indicators';
import type { MonthKey } from '../../src/domain/monitoring/resultKey';
import {
  interpretGroupedHeader, RESULT_GROUP_ALIASES, resultGroupTable, resultHeaderTable,
} from '../../src/io/resultHeaderAliases';
import { readResults, type ResultsCell, type ResultsPreview } from '../../src/io/resultsImport';
import { findResultsLayout } from '../../src/io/resultsLayout';
import { resultsProblemMessage } from '../../src/ui/files/resultsText';
import { NOW } from '../support/builders';

const plan = makeDemoPlan(NOW);
const NOV = '2023-11' as MonthKey;
const context = { units: plan.units, indicators: plan.indicators, period: plan.period, allocatingUnit: plan.allocatingUnit, defaultMonth: NOV };
const preview = (rows: ResultsCell[][]): ResultsPreview => {
  const r = readResults(rows, context);
  if (!r.ok) throw new Error(`refused: ${r.problem.code}`);
  return r.preview;
};
const columns = (p: ResultsPreview) => p.countColumns.map((c) => `${c.column} ${c.header} → ${c.indicatorId}.${c.part}`);
const changes = (p: ResultsPreview) => p.changes.map((c) => `${c.unit} ${c.indicatorId}.${c.part}=${c.after}`);

/** The brief's example: `STT` and `Đơn vị` over both rows, two groups of two columns; `empty` as a CSV or a workbook gives it. */
const portal = (empty: '' | null): ResultsCell[][] => [
  ['BÁO CÁO TÌNH HÌNH TIẾP NHẬN, GIẢI QUYẾT TTHC THÁNG 11/2023', empty, empty, empty, empty, empty],
  [empty, empty, empty, empty, empty, empty],
  ['STT', 'Đơn vị', 'Tiếp nhận hồ sơ', empty, 'Thanh toán trực tuyến', empty],
  [empty, empty, 'Tổng số', 'Trực tuyến', 'Tổng HS có nghĩa vụ tài chính', 'Số HS đã TTTT'],
  ['1', 'Thị trấn Tuy Phước', '1.980', '1.120', '640', '310'],
  ['2', 'Thị trấn Diêu Trì', 1402, 905, 501, 250],
];

describe('a two-row header', () => {
  it.each([['a CSV (empty text)', ''], ['a workbook (a merged cell\'s other cells are null)', null]] as const)(
    'in %s: each column is its sub-header under its group; data start under the lower row, which is the header line', (_, empty) => {
      const p = preview(portal(empty));
      expect(p).toMatchObject({ headerLine: 4, rows: 2, units: 2, matchedByName: 2, problemCount: 0, ignoredColumns: [] });
      expect(columns(p)).toEqual([
        '3 Tiếp nhận hồ sơ · Tổng số → online_dossiers.d', '4 Tiếp nhận hồ sơ · Trực tuyến → online_dossiers.n',
        '5 Thanh toán trực tuyến · Tổng HS có nghĩa vụ tài chính → online_payment.d', '6 Thanh toán trực tuyến · Số HS đã TTTT → online_payment.n',
      ]);
      expect(changes(p)).toEqual([
        '21952 online_dossiers.n=1120', '21952 online_dossiers.d=1980', '21952 online_payment.n=310', '21952 online_payment.d=640',
        '21955 online_dossiers.n=905', '21955 online_dossiers.d=1402', '21955 online_payment.n=250', '21955 online_payment.d=501',
      ]);
    });

  it('problems point at the Excel row and column, named by group and sub-header; a numbering row and a repeated header are no data', () => {
    const rows = portal(null);
    rows.splice(4, 0, ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)']);
    rows.push(rows[2]!, rows[3]!, ['3', 'Xã Phước Thắng', '100', '120', '', '']);
    const p = preview(rows);
    expect(p.skippedRows).toBe(1);
    expect(p.problems.map(resultsProblemMessage)).toEqual([
      'Dòng 10, cột D (Tiếp nhận hồ sơ · Trực tuyến): «120» lớn hơn mẫu số 100 (21958 Xã Phước Thắng)',
    ]);
    expect(p.problems[0]).toMatchObject({ line: 10, column: 4, header: 'Tiếp nhận hồ sơ · Trực tuyến', value: '120' });
  });

  it('the unit column may be in the lower row; the group decides what a sub-header means (`Trực tuyến` under payments)', () => {
    const p = preview([
      ['STT', null, 'Thanh toán trực tuyến', null, null, 'Số hóa hồ sơ', null],
      [null, 'Tên đơn vị', 'Tổng số', 'Trực tuyến', 'Tỷ lệ (%)', 'Đã giải quyết', 'Đã số hóa'],
      [1, 'Xã Phước Sơn', 40, 10, 25, 300, 120],
    ]);
    expect(p.headerLine).toBe(2);
    expect(columns(p)).toEqual([
      '3 Thanh toán trực tuyến · Tổng số → online_payment.d', '4 Thanh toán trực tuyến · Trực tuyến → online_payment.n',
      '5 Thanh toán trực tuyến · Tỷ lệ (%) → online_payment.r', '6 Số hóa hồ sơ · Đã giải quyết → digitisation.d', '7 Số hóa hồ sơ · Đã số hóa → digitisation.n',
    ]);
    // The rate beside its numerator is derived, not read.
    expect(changes(p)).toEqual(['21970 online_payment.n=10', '21970 online_payment.d=40', '21970 digitisation.n=120', '21970 digitisation.d=300']);
  });

  it('sub-headers it does not know, and one that names another indicator than its group, are ignored and listed, never guessed', () => {
    const p = preview([
      ['Mã', 'Tiếp nhận hồ sơ', '', '', '', 'Ghi chú'],
      ['', 'Tổng số', 'Trực tuyến', 'Trực tiếp', 'Số HS đã TTTT', ''],
      ['21952', '10', '4', '6', '2', ''],
    ]);
    expect(columns(p)).toEqual(['2 Tiếp nhận hồ sơ · Tổng số → online_dossiers.d', '3 Tiếp nhận hồ sơ · Trực tuyến → online_dossiers.n']);
    expect(p.ignoredColumns.map((c) => c.header)).toEqual(['Tiếp nhận hồ sơ · Trực tiếp', 'Tiếp nhận hồ sơ · Số HS đã TTTT', 'Ghi chú']);
  });

  it('a one-row header stays one row: a title above it, column numbers or a first data row under it change nothing', () => {
    const header = ['Mã', 'Tên đơn vị', 'Tiếp nhận trực tuyến', 'Tổng số hồ sơ tiếp nhận'];
    for (const rows of [
      [['BÁO CÁO THÁNG 11/2023', '', '', ''], header, ['(1)', '(2)', '(3)', '(4)'], ['21952', '', '1', '2']],
      [header, ['21952', 'Thị trấn Tuy Phước', '1', '2']],
      [['Hồ sơ trực tuyến', '', '', ''], header, ['21952', '', '1', '2']],
    ]) {
      const layout = findResultsLayout(rows, plan.indicators);
      expect(layout?.headerRows).toEqual([rows.indexOf(header)]);
      expect(layout?.counts.map((c) => c.header)).toEqual(['Tiếp nhận trực tuyến', 'Tổng số hồ sơ tiếp nhận']);
    }
  });

  it('a group row alone, with nothing under it that makes counts, is no header', () => {
    expect(findResultsLayout([['Đơn vị', 'Tiếp nhận hồ sơ', ''], ['', 'Trực tiếp', 'Qua bưu chính'], ['Xã Phước Sơn', '3', '4']], plan.indicators)).toBeNull();
  });
});

describe('the group table', () => {
  const indicators = makeDefaultIndicators();
  const table = resultHeaderTable(indicators);
  const groups = resultGroupTable(indicators);
  const meaning = (upper: string, lower: string) => interpretGroupedHeader(upper, lower, table, groups);

  it('every group wording of the portal, with each of its sub-headers and the generic ones, means its own indicator and part', () => {
    for (const [id, aliases] of Object.entries(RESULT_GROUP_ALIASES)) {
      const name = indicators.find((i) => i.id === id)!.name;
      for (const group of [...aliases.group, name.vi, name.en, id]) {
        for (const part of ['n', 'd', 'r'] as const) {
          const generic = { n: ['Tử số'], d: ['Tổng số', 'Mẫu số'], r: ['Tỷ lệ (%)'] }[part];
          for (const sub of [...aliases[part], ...generic]) {
            expect(meaning(group, sub), `${group} / ${sub}`).toEqual({ kind: 'count', indicatorId: id, part });
          }
        }
      }
    }
  });

  it('an upper cell alone (`Đơn vị` over both rows), a lower cell alone, and both read as one header either way round', () => {
    expect(meaning('Đơn vị', '')).toEqual({ kind: 'name' });
    expect(meaning('', 'Số HS đã TTTT')).toEqual({ kind: 'count', indicatorId: 'online_payment', part: 'n' });
    expect(meaning('Đơn vị', 'Mã')).toEqual({ kind: 'code' });
    expect(meaning('Hồ sơ trực tuyến', 'Mẫu số')).toEqual({ kind: 'count', indicatorId: 'online_dossiers', part: 'd' });
    expect(meaning('Kết quả giải quyết', 'Số HS được số hóa')).toEqual({ kind: 'count', indicatorId: 'digitisation', part: 'n' });
    expect(meaning('Tiếp nhận hồ sơ', 'Tổng HS có nghĩa vụ tài chính')).toEqual({ kind: 'unknown' });
  });
});

/** A file of the demo's figures with, per indicator chosen, the portal's group over two of its sub-headers (in any order). */
const groupedFile = fc.record({
  indicators: fc.shuffledSubarray(plan.indicators.map((i) => i.id as string), { minLength: 1 }),
  choice: fc.array(fc.nat(), { minLength: 15, maxLength: 15 }),
  swap: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
  empty: fc.constantFrom<'' | null>('', null),
  units: fc.shuffledSubarray(plan.units.map((u) => u.code as string), { minLength: 1 }),
  counts: fc.array(fc.tuple(fc.nat({ max: 5000 }), fc.nat({ max: 5000 })), { minLength: 13, maxLength: 13 }),
});

describe('property: a two-row header reads the figures a one-row header reads', () => {
  it('whatever the groups, their wording, their order and the empty cells', () => {
    fc.assert(fc.property(groupedFile, ({ indicators, choice, swap, empty, units, counts }) => {
      const pick = <T,>(list: readonly T[], k: number) => list[choice[k % choice.length]! % list.length]!;
      const upper: ResultsCell[] = ['Mã', 'Đơn vị'];
      const lower: ResultsCell[] = [empty, empty];
      const single: ResultsCell[] = ['Mã', 'Đơn vị'];
      const parts: ('n' | 'd')[] = [];
      indicators.forEach((id, k) => {
        const order = swap[k] ? (['d', 'n'] as const) : (['n', 'd'] as const);
        const aliases = RESULT_GROUP_ALIASES[id]!;
        upper.push(pick(aliases.group, 3 * k), empty);
        for (const [j, part] of order.entries()) {
          lower.push(pick(aliases[part], 3 * k + j + 1));
          const labels = countLabels(plan.indicators.find((i) => i.id === id)!);
          single.push(part === 'n' ? labels.num.vi : labels.den.vi);
          parts.push(part);
        }
      });
      const data = units.map((code, r): ResultsCell[] => [code, empty, ...parts.map((part, c) => {
        const [a, b] = counts[(r + Math.floor(c / 2)) % counts.length]!; // columns 2k and 2k + 1 are one indicator's pair
        return part === 'n' ? Math.min(a, b) : Math.max(a, b);
      })]);
      const two = preview([upper, lower, ...data]);
      const one = preview([single, ...data]);
      expect(two.headerLine).toBe(2);
      expect(two.problems).toEqual([]);
      expect(two.countColumns.map((c) => [c.column, c.indicatorId, c.part])).toEqual(one.countColumns.map((c) => [c.column, c.indicatorId, c.part]));
      expect(two.patches).toEqual(one.patches);
    }), { numRuns: 100 });
  });
});
