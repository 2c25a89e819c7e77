/**
 * Reading a monthly statistics file, part one: what its headers and its month cells say (the alias table of
 * src/io/resultHeaderAliases.ts and src/io/resultsMonth.ts).
 */
import { describe, expect, it } from 'vitest';
import { foldDiacritics, makeDefaultIndicators, type Indicator } from '../../src/domain/indicators';
import { indicatorId } from '../../src/domain/ids';
import { interpretGroupedHeader, interpretResultHeader, RESULT_HEADER_ALIASES, resultGroupTable, resultHeaderTable } from '../../src/io/resultHeaderAliases';
import { readMonthCell } from '../../src/io/resultsMonth';

const indicators = makeDefaultIndicators();
const table = resultHeaderTable(indicators);
const meaning = (header: string, t = table) => interpretResultHeader(header, t);
const count = (id: string, part: 'n' | 'd' | 'r') => ({ kind: 'count', indicatorId: id, part });

describe('the headers of a statistics file', () => {
  it.each([
    ['Tiếp nhận trực tuyến', count('online_dossiers', 'n')],
    ['Tổng số hồ sơ tiếp nhận', count('online_dossiers', 'd')],
    ['Tổng HS có nghĩa vụ tài chính', count('online_payment', 'd')],
    ['Số HS đã TTTT', count('online_payment', 'n')],
    ['Tổng HS đã giải quyết', count('digitisation', 'd')],
    ['Số HS được số hóa', count('digitisation', 'n')],
    ['Kết quả cấp điện tử', count('e_results', 'n')],
    ['Kết quả đã cấp', count('e_results', 'd')],
    ['HS khai thác CSDLQG về dân cư', count('population_db', 'n')],
    ['Hồ sơ cần dữ liệu dân cư', count('population_db', 'd')],
    ['Tỷ lệ TTTT (%)', count('online_payment', 'r')],
  ])('the portal\'s «%s», as written, without diacritics, in capitals, with a note in brackets', (header, expected) => {
    expect(meaning(header)).toEqual(expected);
    expect(meaning(foldDiacritics(header))).toEqual(expected);
    expect(meaning(header.toUpperCase())).toEqual(expected);
    expect(meaning(`${header} (hồ sơ)`)).toEqual(expected);
    expect(meaning(` ${header.replace(/ /g, '_')} `)).toEqual(expected);
  });

  it('every wording of the portal table means its own indicator and part: none is taken by another', () => {
    for (const [id, parts] of Object.entries(RESULT_HEADER_ALIASES)) {
      for (const part of ['n', 'd', 'r'] as const) {
        for (const header of parts[part]) expect(meaning(header), header).toEqual(count(id, part));
      }
    }
  });

  it.each([
    ['Hồ sơ trực tuyến - Tử số', count('online_dossiers', 'n')],
    ['Hồ sơ trực tuyến - Mẫu số', count('online_dossiers', 'd')],
    ['Thanh toán trực tuyến (Mẫu số)', count('online_payment', 'd')],
    ['Online payment - denominator', count('online_payment', 'd')],
    ['online_dossiers.n', count('online_dossiers', 'n')],
    ['population_db.d', count('population_db', 'd')],
    ['e_results.r', count('e_results', 'r')],
    ['Số hóa hồ sơ, kết quả giải quyết TTHC - Tỷ lệ', count('digitisation', 'r')],
    ['Dossiers paid online', count('online_payment', 'n')],
    ['Hồ sơ có nghĩa vụ tài chính', count('online_payment', 'd')],
  ])('generic and plan wording: «%s»', (header, expected) => {
    expect(meaning(header)).toEqual(expected);
  });

  it('a plan\'s own count labels come first, for an indicator of its own too', () => {
    const own: Indicator = { ...indicators[0]!, id: indicatorId('chu_ky_so'), name: { vi: 'Ký số', en: 'Digital signature' },
      counts: { num: { vi: 'Hồ sơ ký số', en: 'Signed dossiers' }, den: { vi: 'Hồ sơ cần ký', en: 'Dossiers to sign' } } };
    const t = resultHeaderTable([...indicators, own]);
    expect(meaning('Hồ sơ ký số', t)).toEqual(count('chu_ky_so', 'n'));
    expect(meaning('Dossiers to sign', t)).toEqual(count('chu_ky_so', 'd'));
    expect(meaning('Ký số - Tử số', t)).toEqual(count('chu_ky_so', 'n'));
    expect(meaning('chu_ky_so.d', t)).toEqual(count('chu_ky_so', 'd'));
  });

  it('a plan without an indicator does not read its counts', () => {
    const t = resultHeaderTable(indicators.filter((i) => i.id !== 'online_payment'));
    expect(meaning('Số HS đã TTTT', t)).toEqual({ kind: 'unknown' });
  });

  it.each([
    ['Mã', 'code'], ['Mã ĐVHC', 'code'], ['Mã xã', 'code'], ['MA DVHC', 'code'], ['Tên đơn vị', 'name'], ['Đơn vị', 'name'],
    ['Tháng', 'month'], ['Kỳ', 'month'], ['Kỳ báo cáo', 'month'], ['Huyện', 'district'], ['Quận/Huyện', 'district'], ['Mã huyện', 'district'], ['STT', 'index'],
  ])('«%s» is the %s column', (header, kind) => {
    expect(meaning(header)).toEqual({ kind });
  });

  it('a cell of figures is no header, unless a plan names a count with digits alone', () => {
    for (const h of ['12', '85,5', '1.234', '-3 %', '000123', '  7 ']) expect(meaning(h), h).toEqual({ kind: 'unknown' });
    // Figures are passed over without being read as words only while no header known is digits alone.
    const own: Indicator = { ...indicators[0]!, id: indicatorId('so_2023'), name: { vi: 'Chỉ số riêng', en: 'Own index' },
      counts: { num: { vi: '2023', en: '2023' }, den: { vi: '2022', en: '2022' } } };
    const t = resultHeaderTable([...indicators, own]);
    expect(meaning('2023', t)).toEqual(count('so_2023', 'n'));
    expect(meaning(' 2022 ', t)).toEqual(count('so_2023', 'd'));
    expect(meaning('85,5', t)).toEqual({ kind: 'unknown' });
    // An indicator named with digits alone is a group of a two-row header, written over its counts.
    const year: Indicator = { ...own, id: indicatorId('nam'), name: { vi: '2024', en: '2024' }, counts: undefined };
    const withYear = [...indicators, year];
    expect(interpretGroupedHeader('2024', 'Tổng số', resultHeaderTable(withYear), resultGroupTable(withYear))).toEqual(count('nam', 'd'));
    expect(interpretGroupedHeader('2024', '12', resultHeaderTable(indicators), resultGroupTable(indicators))).toEqual({ kind: 'unknown' });
  });

  it('headers it does not know are nothing, never a guess', () => {
    for (const h of ['Ghi chú', 'Tỷ lệ', 'Hồ sơ', '', 'Chỉ tiêu 2023-H2', 'Hồ sơ trực tuyến - Chỉ tiêu 2023-H2']) expect(meaning(h), h).toEqual({ kind: 'unknown' });
  });
});

describe('a month cell', () => {
  it.each([
    ['10/2023', '2023-10'], ['2023-10', '2023-10'], ['T10/2023', '2023-10'], ['Tháng 10/2023', '2023-10'], ['tháng 10 năm 2023', '2023-10'],
    ['THANG 9/2023', '2023-09'], ['9-2023', '2023-09'], ['2023/09', '2023-09'], ['01/10/2023', '2023-10'], ['31/12/2023', '2023-12'],
    ['2023-11-01', '2023-11'], ['2023-11-01T00:00:00', '2023-11'], [' 11/2023 ', '2023-11'], ['45231', '2023-11'],
  ])('«%s» is %s', (text, month) => {
    expect(readMonthCell(text)).toEqual({ ok: true, month });
  });

  it('an Excel date (a serial number) is its month', () => {
    expect(readMonthCell(45200)).toEqual({ ok: true, month: '2023-10' }); // 1 October 2023
    expect(readMonthCell(45260.5)).toEqual({ ok: true, month: '2023-11' }); // 30 November 2023, noon
    expect(readMonthCell(45261)).toEqual({ ok: true, month: '2023-12' });
  });

  it('empty is no month; anything else is refused', () => {
    expect(readMonthCell(null)).toEqual({ ok: true, month: null });
    expect(readMonthCell('  ')).toEqual({ ok: true, month: null });
    for (const bad of ['13/2023', '0/2023', 'tháng mười', '10', '2023', 'Q4/2023', '32/10/2023', '2023-13']) expect(readMonthCell(bad), bad).toEqual({ ok: false });
    for (const bad of [10, 2023, -1, 1e9, Number.NaN]) expect(readMonthCell(bad), String(bad)).toEqual({ ok: false });
  });
});
