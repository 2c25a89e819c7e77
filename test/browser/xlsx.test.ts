/**
 * The .xlsx reader and writer in a real browser, loaded as the app loads them (`await import`), on a month of
 * statistics for every commune of Vietnam: its sheet is megabytes of XML, so fflate inflates it in a Web Worker
 * there (parts over 512 KB), a path the Node tests do not take.
 */
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../src/io/xlsx/xlsxTypes';

const UNITS = 10_598;

function monthRows(): CellValue[][] {
  const rows: CellValue[][] = [['Tháng', 'Mã đơn vị', 'Tên đơn vị', 'Tiếp nhận trực tuyến', 'Tổng hồ sơ tiếp nhận', 'Ghi chú']];
  for (let i = 0; i < UNITS; i++) {
    const code = String(100 + i).padStart(5, '0');
    rows.push(['2024-07', code, `Xã Phước ${i} — ${'ăâđêôơư'[i % 7]}`, (i * 37) % 1000, 1000 + (i % 500), i % 9 === 0 ? null : `ghi chú ${i}`]);
  }
  return rows;
}

describe('Excel workbooks in the browser', () => {
  // Seconds on a busy 2-core machine (writing and reading 63,600 cells): the runner's limit, not a speed check.
  it('a month for 10,598 units: written, then read back exactly', { timeout: 60_000 }, async () => {
    const { readWorkbook, writeWorkbook } = await import('../../src/io/xlsx');
    const rows = monthRows();
    const bytes = await writeWorkbook([{ name: 'Tháng 7', rows }, { name: 'Tổng hợp', rows: [['Chỉ tiêu', 'Tỷ lệ'], ['Hồ sơ trực tuyến', 85.5]] }]);
    expect(bytes.length).toBeGreaterThan(100_000);
    const read = await readWorkbook(bytes, 'thang-7.xlsx');
    if (!read.ok) throw new Error(`refused: ${read.problem.code}`);
    expect(read.sheets.map((s) => s.name)).toEqual(['Tháng 7', 'Tổng hợp']);
    expect(read.sheets[0]!.rows).toEqual(rows);
  });

  it('refuses a text file named .xlsx', async () => {
    const { readWorkbook } = await import('../../src/io/xlsx');
    expect(await readWorkbook(new TextEncoder().encode('Mã;Tên\n21952;Tuy Phước\n'), 'x.xlsx')).toEqual({ ok: false, problem: { code: 'notAZip' } });
  });
});
