import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { monthlyReport } from '../../src/domain/monitoring/report';
import { serializeReportCsv } from '../../src/io/reportCsv';
import { publicationProblems, serializeReportHtml } from '../../src/io/reportHtml';
import { reportSheets } from '../../src/io/reportTables';
import { reportHtmlText, reportTableTexts } from '../../src/ui/monitoring/report/reportExports';
import { reportMarkup } from '../../src/ui/monitoring/report/reportMarkup';
import { reportFileName } from '../../src/ui/monitoring/report/reportText';
import { resultKey } from '../../src/domain/monitoring/resultKey';
import { M, OD, smallReportPlan } from './reportPlan';

/** A unit name that tries every way into a page. */
const EVIL = '<script>alert(1)</script><img src=x onerror="alert(2)"> javascript:alert(3) onclick=1 "\'&';

const report = () => monthlyReport(smallReportPlan({ a: EVIL }), M('2023-09'))!;

describe('the published HTML file', () => {
  const html = reportHtmlText(report(), 'vi');

  it('is one document with its style sheet, and nothing that runs or loads', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">')).toBe(true);
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/<script/i);
    // No event-handler attribute in any tag, no javascript: URL, no outside reference.
    for (const tag of html.match(/<[^>]+>/g)!) {
      expect(tag).not.toMatch(/\son[a-z]+\s*=/i);
      expect(tag).not.toMatch(/javascript:|\s(src|href)\s*=/i);
    }
    expect(html).not.toMatch(/url\(|@import/);
    expect(publicationProblems(html)).toEqual([]);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=&quot;alert(2)&quot;&gt;');
  });

  it('carries the same figures as the report model', () => {
    expect(html).toContain('>BÁO CÁO THÁNG 9/2023</h1>');
    expect(html).toContain('UBND HUYỆN THỬ');
    // The aggregate 43,0 against 50,0, not judged (one unit of three has no September figures), so nothing
    // required; the units per status; the ranking and the units behind.
    expect(html).toMatch(/<td class="num" data-field="rate">43,0<\/td><td class="num" data-field="target">50,0<\/td>/);
    expect(html).toContain('data-status="missing">Chưa đủ số liệu (2/3 đơn vị)</span>');
    expect(html).toContain('<td class="num" data-field="required"></td>');
    expect([...html.matchAll(/<td class="num" data-status="([a-z-]+)">(\d+)<\/td>/g)].map((m) => [m[1], m[2]]))
      .toEqual([['met', '1'], ['on-track', '0'], ['at-risk', '1'], ['behind', '1'], ['missing', '0']]);
    const ranking = html.slice(html.indexOf('data-testid="report-ranking"'));
    expect([...ranking.matchAll(/<tr data-unit="(\d+)">/g)].map((m) => m[1])).toEqual(['21002', '21001', '21003']);
    expect(ranking).toContain('<span>65,0</span>');
    const behind = html.slice(html.indexOf('data-testid="report-behind"'), html.indexOf('data-testid="report-ranking"'));
    expect([...behind.matchAll(/data-field="required">([^<]+)</g)].map((m) => m[1])).toEqual(['160,0', '80,0']);
    // Each chart is inline SVG with its text alternative; the trend's table gives July–September.
    expect((html.match(/<svg /g) ?? []).length).toBe(1 + 2 + 3);
    expect(html).toContain('<title id="');
    expect(html).toMatch(/<td>T8<\/td><td class="num">48,0<\/td>/);
  });

  it('refuses markup that would run or load something', () => {
    expect(() => serializeReportHtml({ lang: 'vi', title: 't', css: '', body: '<p onclick="x">a</p>' })).toThrow(/eventHandler/);
    expect(() => serializeReportHtml({ lang: 'vi', title: 't', css: 'a { background: url(http://x) }', body: '' })).toThrow(/cssReference/);
    expect(publicationProblems('<a href="http://x">x</a><script>1</script>')).toEqual(['script', 'element', 'reference']);
    expect(publicationProblems('<p>onclick= javascript: src=</p>')).toEqual([]);
  });

  it('is the same markup the page shows', () => {
    expect(html).toContain(reportMarkup(report(), 'vi').slice(0, 200));
  });
});

describe('the CSV export', () => {
  const sheets = reportSheets(report(), reportTableTexts(report(), 'vi'));
  const text = serializeReportCsv(sheets, 'excel-vn');
  const rows = Papa.parse<string[]>(text.slice(1), { delimiter: ';' }).data;
  const num = (cell: string | undefined) => (cell === '' || cell === undefined ? null : Number(cell.replace(',', '.')));
  const section = (name: string) => rows.findIndex((r) => r[0] === name);

  it('is UTF-8 with a byte-order mark, `;` between cells, CRLF, one width', () => {
    expect(text.startsWith('\uFEFFBáo cáo tháng 9/2023;')).toBe(true);
    expect(text).toContain('\r\n');
    expect(new Set(rows.filter((r) => r.length > 1).map((r) => r.length)).size).toBe(1);
  });

  it('reads back to the same numbers', () => {
    const head = rows.findIndex((r) => r[0] === 'Chỉ tiêu');
    expect(rows[head + 1]!.slice(0, 5).map((c, i) => (i === 0 || i >= 3 ? c : num(c)))).toEqual(['Hồ sơ trực tuyến', 43, 50, 'Chưa đủ số liệu (2/3 đơn vị)', '']);
    expect(rows[head + 1]!.slice(5, 10).map(num)).toEqual([1, 0, 1, 1, 0]);
    const ranking = section('Xếp hạng');
    expect(rows.slice(ranking + 2, ranking + 5).map((r) => [num(r[0]), r[1], num(r[3]), num(r[4]), r[5]])).toEqual([
      [1, '21002', 65, 50, 'Đạt'], [2, '21001', 40, 60, 'Nguy cơ'], [3, '21003', 20, 90, 'Chậm / không thể đạt'],
    ]);
    const behind = section('Đơn vị chậm');
    expect(rows.slice(behind + 2, behind + 4).map((r) => [r[1], num(r[4]), num(r[5]), num(r[6]), num(r[7])])).toEqual([['21003', 20, 90, 20, 160], ['21001', 40, 60, 50, 80]]);
  });

  it('neutralises a name that a spreadsheet would run as a formula', () => {
    const evil = monthlyReport(smallReportPlan({ a: '=HYPERLINK("http://x")' }), M('2023-09'))!;
    const csv = serializeReportCsv(reportSheets(evil, reportTableTexts(evil, 'vi')));
    expect(csv).toContain(`'=HYPERLINK`);
  });

  it('writes rates with a decimal point in the standard dialect', () => {
    const standard = serializeReportCsv(sheets, 'standard');
    expect(standard).toMatch(/Hồ sơ trực tuyến,43,50,Chưa đủ số liệu \(2\/3 đơn vị\),,1,0,1,1,0/);
  });
});

describe('the workbook\'s sheets', () => {
  it('hold rates as numbers in percent and leave missing cells empty', () => {
    const missing = monthlyReport(smallReportPlan(), M('2023-07'))!;
    const sheets = reportSheets(missing, reportTableTexts(missing, 'vi'));
    expect(sheets.map((s) => s.name)).toEqual(['Tổng hợp', 'Xếp hạng', 'Đơn vị chậm']);
    expect(sheets[1]!.rows[1]).toEqual([1, '21002', 'Xã Bình', 60, 50, 'Đạt']);
    expect(sheets[0]!.rows[6]!.slice(0, 3)).toEqual(['Hồ sơ trực tuyến', 40, 50]);
  });
});

describe('a unit not judged because a month\'s result lacks its dossier count', () => {
  // Xã Cát's September: 10 dossiers typed online, the month's dossier count not yet.
  const plan = smallReportPlan();
  const cat = plan.units[2]!;
  const { [resultKey(M('2023-09'), OD, 'd')]: _dropped, ...withoutDossiers } = cat.results!;
  const lacking = monthlyReport({ ...plan, units: [plan.units[0]!, plan.units[1]!, { ...cat, results: withoutDossiers as typeof cat.results }] }, M('2023-09'))!;

  it('says so in the published ranking, with the reason in full in its title, not as if it had no figures', () => {
    const row = reportHtmlText(lacking, 'vi').match(/<tr data-unit="21003">.*?<\/tr>/)![0];
    expect(row).toContain('<td class="status-word status-missing" data-status="missing" title="Chưa đủ số liệu: 1 tháng có kết quả mà thiếu mẫu số">Thiếu mẫu số</td>');
  });

  it('says so in the ranking sheet of the exports', () => {
    const ranking = reportSheets(lacking, reportTableTexts(lacking, 'vi'))[1]!;
    expect(ranking.rows.find((r) => r[1] === '21003')?.[5]).toBe('Chưa đủ số liệu: 1 tháng có kết quả mà thiếu mẫu số');
  });
});

describe('file names', () => {
  it('say the month and the plan, without diacritics', () => {
    expect(reportFileName('Kế hoạch mẫu — Huyện Tuy Phước (2023-H2)', 10, 2023, 'html')).toBe('bao-cao-thang-10-2023-ke-hoach-mau-huyen-tuy-phuoc-2023-h2.html');
  });
});

/**
 * The workbook itself, through the Excel module (`src/io/xlsx`, the import's library) when this build has it: the
 * report's sheets written and read back hold the same figures. Found through a glob import, as the page finds it.
 */
type Workbooks = {
  writeWorkbook: (sheets: { name: string; rows: (string | number | null)[][] }[]) => Promise<Uint8Array>;
  readWorkbook: (bytes: Uint8Array, name: string) => Promise<{ ok: true; sheets: { name: string; rows: (string | number | null)[][] }[] } | { ok: false }>;
};
const xlsx = Object.values(import.meta.glob<Workbooks>('../../src/io/xlsx/index.ts'))[0];

describe.skipIf(!xlsx)('the workbook', () => {
  it('reads back to the same sheets and numbers', async () => {
    const { writeWorkbook, readWorkbook } = await xlsx!();
    const sheets = reportSheets(report(), reportTableTexts(report(), 'vi'));
    const read = await readWorkbook(await writeWorkbook(sheets), 'bao-cao.xlsx');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.sheets.map((s) => s.name)).toEqual(sheets.map((s) => s.name));
    expect(read.sheets[1]!.rows.slice(1).map((r) => r.slice(0, 6))).toEqual(sheets[1]!.rows.slice(1).map((r) => r.slice(0, 6)));
  });
});
