/**
 * The monthly statistics files of the bad-input corpus (`test/fixtures/bad-inputs/ms-*`, described in its README):
 * each is read from disk through the app's own entry (`readFile`, as the import button and a drop do) against the
 * demo plan stored in a fresh database, and the test states exactly what the user is told — the months (in words),
 * the units, the changes and the rows set apart, or every refusal with its row, column, unit and value — that
 * reading writes nothing, and that a refused file changes nothing when applied.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { applyCommand } from '../../src/domain/commands';
import { DEMO_PLAN_ID } from '../../src/domain/demoPlan';
import { resultsPreviewToCommand } from '../../src/io/resultsImport';
import { readFile } from '../../src/state/fileImport';
import { monthWords, resultsProblemMessage } from '../../src/ui/files/resultsText';
import { NOW } from '../support/builders';
import { closeDemoDatabases, demoRepository, snapshot } from '../support/demoStorage';

const DIR = new URL('../fixtures/bad-inputs/', import.meta.url);

type Outcome =
  | { refused: string[] }
  | { months: string; units: number; changes: string[]; unchanged: number; setApart: number; skipped: number };

interface Case { file: string; story: string; expect: Outcome }

const OD = 'Tiếp nhận trực tuyến';
const CASES: Case[] = [
  { file: 'ms-01-portal-export-no-month.csv', story: 'the one-stop system\'s export: title rows, column numbers, a total row, a rate beside its counts, no month column',
    expect: { months: 'Tháng 10/2023', units: 3, unchanged: 0, setApart: 0, skipped: 2, changes: [
      '21952 2023-10 online_dossiers.n → 1120', '21952 2023-10 online_dossiers.d → 1980', '21952 2023-10 online_payment.n → 310', '21952 2023-10 online_payment.d → 640',
      '21955 2023-10 online_dossiers.n → 905', '21955 2023-10 online_dossiers.d → 1402', '21955 2023-10 online_payment.n → 250', '21955 2023-10 online_payment.d → 501',
      '21958 2023-10 online_dossiers.n → 160', '21958 2023-10 online_dossiers.d → 412', '21958 2023-10 online_payment.n → 40', '21958 2023-10 online_payment.d → 120',
    ] } },
  { file: 'ms-02-months-and-districts.csv', story: 'the province\'s file: two months, two districts (`T11/2023`, `Tháng 11/2023`)',
    expect: { months: 'Tháng 11/2023, Tháng 12/2023', units: 2, unchanged: 0, setApart: 2, skipped: 0, changes: [
      '21952 2023-11 online_dossiers.n → 1130', '21952 2023-11 online_dossiers.d → 1990', '21952 2023-12 online_dossiers.n → 1150', '21952 2023-12 online_dossiers.d → 2010',
      '21955 2023-11 online_dossiers.n → 910', '21955 2023-11 online_dossiers.d → 1410',
    ] } },
  { file: 'ms-03-count-not-whole.csv', story: 'a count typed with a decimal', expect: { refused: [
    `Dòng 3, cột C (${OD}): «90,5»: số hồ sơ phải là số nguyên. (21955 Thị trấn Diêu Trì)`] } },
  { file: 'ms-04-count-negative.csv', story: 'a negative count', expect: { refused: [
    `Dòng 3, cột C (${OD}): «-90»: số hồ sơ không được âm. (21955 Thị trấn Diêu Trì)`] } },
  { file: 'ms-05-numerator-above-denominator.csv', story: 'the two counts swapped on one row', expect: { refused: [
    'Dòng 3, cột C (Số HS đã TTTT): «412» lớn hơn mẫu số 160 (21958 Xã Phước Thắng)'] } },
  { file: 'ms-06-month-outside-period.csv', story: 'months of the previous and the next half-year', expect: { refused: [
    'Dòng 2, cột B (Tháng): tháng «06/2023» nằm ngoài kỳ 2023-H2 của kế hoạch (21952 Thị trấn Tuy Phước)',
    'Dòng 3, cột B (Tháng): tháng «01/2024» nằm ngoài kỳ 2023-H2 của kế hoạch (21955 Thị trấn Diêu Trì)'] } },
  { file: 'ms-07-unit-not-in-plan.csv', story: 'a mistyped code and a commune of another district, without a district column', expect: { refused: [
    'Dòng 3, cột A (Mã): đơn vị «21953» không có trong kế hoạch', 'Dòng 4, cột A (Mã): đơn vị «21997» không có trong kế hoạch'] } },
  { file: 'ms-08-names-without-code.csv', story: 'names only, without diacritics or in capitals, `,` and LF (LibreOffice)',
    expect: { months: 'Tháng 11/2023', units: 3, unchanged: 0, setApart: 0, skipped: 0, changes: [
      '21970 2023-11 digitisation.n → 120', '21970 2023-11 digitisation.d → 300', '21967 2023-11 digitisation.n → 80', '21967 2023-11 digitisation.d → 200',
      '21955 2023-11 digitisation.n → 500', '21955 2023-11 digitisation.d → 900',
    ] } },
  { file: 'ms-09-windows-1258-excel.csv', story: 'Excel "CSV" on a Vietnamese Windows: Windows-1258, `;`, `1.020`',
    expect: { months: 'Tháng 11/2023', units: 2, unchanged: 0, setApart: 0, skipped: 0, changes: [
      '21952 2023-11 e_results.n → 1020', '21952 2023-11 e_results.d → 1020', '21979 2023-11 e_results.n → 310', '21979 2023-11 e_results.d → 330',
    ] } },
  { file: 'ms-10-bad-month-cells.csv', story: 'a month written in words, a month left empty', expect: { refused: [
    'Dòng 2, cột B (Tháng): «tháng mười một» không phải là tháng (viết 10/2023, 2023-10 hoặc Tháng 10/2023) (21952 Thị trấn Tuy Phước)',
    'Dòng 3, cột B (Tháng): thiếu tháng (21955 Thị trấn Diêu Trì)'] } },
];

afterEach(closeDemoDatabases);

async function readCase(file: string) {
  const { db, repo } = await demoRepository('ms');
  const plan = (await repo.loadPlan(DEMO_PLAN_ID))!;
  const before = await snapshot(db, repo);
  const reading = await readFile(new File([readFileSync(new URL(file, DIR))], file), { plan }, repo, () => {});
  expect(await snapshot(db, repo)).toEqual(before); // reading writes nothing
  if (reading.kind !== 'results' || !reading.ok) throw new Error(`not read as a statistics file: ${JSON.stringify(reading.kind)}`);
  return { plan, preview: reading.preview };
}

describe('the monthly statistics files of the bad-input corpus', () => {
  it('has a case for every ms- file, and a file for every case', () => {
    expect(CASES.map((c) => c.file).sort()).toEqual(readdirSync(DIR).filter((f) => f.startsWith('ms-')).sort());
  });

  for (const c of CASES) {
    it(`${c.file}: ${c.story}`, async () => {
      const { plan, preview: p } = await readCase(c.file);
      const outcome: Outcome = p.problemCount > 0 ? { refused: p.problems.map(resultsProblemMessage) } : {
        months: p.months.map(monthWords).join(', '), units: p.units, unchanged: p.unchanged, setApart: p.setApart.rows, skipped: p.skippedRows,
        changes: p.changes.map((x) => `${x.unit} ${x.month} ${x.indicatorId}.${x.part} → ${x.after}`),
      };
      expect(outcome).toEqual(c.expect);
      const applied = applyCommand(plan, resultsPreviewToCommand(p), NOW);
      if (!applied.ok) throw new Error(applied.reason);
      // A refused file changes nothing; an accepted one changes exactly the units it lists.
      if (p.problemCount > 0) expect(applied.plan).toBe(plan);
      else expect(applied.effect.changed.slice().sort()).toEqual([...new Set(p.changes.map((x) => x.unit))].sort());
    });
  }
});
