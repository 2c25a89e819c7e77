/**
 * Monthly statistics files that cannot be read at all: each gets one message naming the file (workbook problems as
 * the reader reports them, an old .xls told by its first bytes); a statistics file with no plan open is not one.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { makeDemoPlan } from '../../src/domain/demoPlan';
import type { WorkbookProblem } from '../../src/io/resultsWorkbook';
import { readFile } from '../../src/state/fileImport';
import { readResultsWorkbook } from '../../src/state/resultsFile';
import { resultsFailureMessage } from '../../src/ui/files/resultsText';
import { NOW } from '../support/builders';
import { closeDemoDatabases, demoRepository } from '../support/demoStorage';
import { utf8 } from '../support/encodings';

const plan = makeDemoPlan(NOW);
afterEach(closeDemoDatabases);

describe('a statistics file that cannot be read', () => {
  it('an old binary .xls is refused from its first bytes, naming the file', async () => {
    const reading = await readResultsWorkbook('so-lieu.xls', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), plan);
    expect(reading).toEqual({ kind: 'results', file: 'so-lieu.xls', ok: false, failure: { code: 'legacyXls' } });
    expect(resultsFailureMessage('so-lieu.xls', { code: 'legacyXls' })).toBe(
      'Tệp so-lieu.xls là tệp Excel cũ (.xls): mở bằng Excel và lưu thành «Sổ làm việc Excel (.xlsx)» hoặc «CSV UTF-8» rồi nhập lại.');
  });

  it('every workbook problem has one message, naming the file', () => {
    const problems: WorkbookProblem[] = ['notAZip', 'encrypted', 'legacyXls', 'tooLarge', 'noSheet', 'damaged'];
    const messages = problems.map((code) => resultsFailureMessage('thang-11.xlsx', { code }));
    for (const m of messages) expect(m).toMatch(/^Tệp thang-11\.xlsx[ :]/);
    expect(new Set(messages).size).toBe(problems.length);
    expect(resultsFailureMessage('thang-11.xlsx', { code: 'noHeader' })).toContain('không tìm thấy dòng tiêu đề');
    expect(resultsFailureMessage('thang-11.csv', { code: 'badQuotes', line: 3 })).toBe('Tệp thang-11.csv: Có dấu ngoặc kép không được đóng, từ dòng 3.');
  });
});

describe('which way a file goes', () => {
  const stats = 'Mã;Tiếp nhận trực tuyến;Tổng số hồ sơ tiếp nhận\r\n21952;1120;1980\r\n';

  it('a statistics CSV goes into the open plan; without an open plan it is read as a plan CSV', async () => {
    const { repo } = await demoRepository('ms-way');
    const file = () => new File([utf8(stats, true)], 'thang-11.csv');
    expect(await readFile(file(), { plan }, repo, () => {})).toMatchObject({ kind: 'results', ok: true });
    expect(await readFile(file(), { plan: undefined }, repo, () => {})).toMatchObject({ kind: 'csv' });
  });

  it('without an open plan a workbook is refused as before: save it as CSV', async () => {
    const { repo } = await demoRepository('ms-way');
    const zip = new File([Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0])], 'thang-11.xlsx');
    expect(await readFile(zip, { plan: undefined }, repo, () => {})).toMatchObject({ kind: 'csv', read: { ok: false, problem: { code: 'spreadsheet' } } });
  });
});
