import { describe, expect, it } from 'vitest';
import { readCsvImport } from '../../src/io/csvImport';
import { makeDefaultIndicators } from '../../src/domain/indicators';
import { periodIn, suggestPlanInfo } from '../../src/io/planInfoFromFile';

const bytes = (text: string) => new TextEncoder().encode(text);
const read = (text: string) => {
  const r = readCsvImport(bytes(text), { units: [], indicators: makeDefaultIndicators() });
  if (!r.ok) throw new Error(JSON.stringify(r.problem));
  return r.preview.fileSays;
};

describe('what a unit list says about the plan it starts', () => {
  it('reads the one district of a GSO list as the allocating unit, and names the plan after it', () => {
    const says = read('province_code,province_name,district_code,district_name,commune_code,commune_name,commune_type\r\n'
      + '52,Tỉnh Bình Định,546,Huyện Tuy Phước,21952,Thị trấn Tuy Phước,Thị trấn\r\n'
      + '52,Tỉnh Bình Định,546,Huyện Tuy Phước,21955,Thị trấn Diêu Trì,Thị trấn\r\n');
    expect(says).toEqual({ titleLines: [], districts: ['Huyện Tuy Phước'] });
    expect(suggestPlanInfo('tuy-phuoc.csv', says)).toEqual({
      name: 'Kế hoạch giao chỉ tiêu DVCTT — Huyện Tuy Phước', period: '', allocatingUnit: 'UBND huyện Tuy Phước',
    });
  });

  it('names no allocating unit for a list of several districts', () => {
    const says = read('district_name;commune_code;commune_name\r\nThành phố Quy Nhơn;21550;Phường Nhơn Bình\r\nThị xã An Nhơn;21607;Phường Bình Định\r\n');
    expect(says.districts).toEqual(['Thành phố Quy Nhơn', 'Thị xã An Nhơn']);
    expect(suggestPlanInfo('binh-dinh-2024_H1.csv', says)).toEqual({ name: 'binh dinh 2024 H1', period: '2024-H1', allocatingUnit: '' });
  });

  it('reads an appendix\'s title lines: the committee, the plan\'s name and its period', () => {
    const says = read('ỦY BAN NHÂN DÂN HUYỆN PHÙ CÁT;;\r\nKế hoạch giao chỉ tiêu DVCTT 6 tháng cuối năm 2023;;\r\n;;\r\nMã xã;Tên xã;Loại hình\r\n21700;Thị trấn Ngô Mây;Thị trấn\r\n');
    expect(says.titleLines).toEqual(['ỦY BAN NHÂN DÂN HUYỆN PHÙ CÁT', 'Kế hoạch giao chỉ tiêu DVCTT 6 tháng cuối năm 2023']);
    expect(suggestPlanInfo('x.csv', says)).toEqual({
      name: 'Kế hoạch giao chỉ tiêu DVCTT 6 tháng cuối năm 2023', period: '2023-H2', allocatingUnit: 'UBND HUYỆN PHÙ CÁT',
    });
  });

  it.each([
    [['ke-hoach_2023-H2.csv'], '2023-H2'], [['2024_h1'], '2024-H1'], [['KE HOACH 6 THANG DAU NAM 2025'], '2025-H1'],
    [['2023-H2', '6 tháng cuối năm 2023'], '2023-H2'], [['2023-H1', '2023-H2'], ''], [['danh sach 2023.csv'], ''], [['2023-H12'], ''],
    [['ke-hoach_2024-Q3.csv'], '2024-Q3'], [['KẾ HOẠCH QUÝ III NĂM 2024'], '2024-Q3'], [['quy 4 nam 2024'], '2024-Q4'],
    [['ke-hoach_2024-07.csv'], '2024-07'], [['Kế hoạch tháng 7 năm 2024'], '2024-07'], [['Chỉ tiêu cả năm 2024'], '2024'],
    [['bao-cao_2024-07-15.csv'], ''], [['2024-Q3', 'quý III năm 2024'], '2024-Q3'], [['2024-Q3', '2024-07'], ''], [['6 tháng đầu năm 2024'], '2024-H1'],
  ])('finds the period in %j: %j', (texts, period) => {
    expect(periodIn(texts)).toBe(period);
  });

  it('keeps a few title lines and districts, however long the file', () => {
    const rows = Array.from({ length: 40 }, (_, n) => `Huyện ${n};${21000 + n};Xã ${n}`).join('\r\n');
    const says = read(`${Array.from({ length: 12 }, (_, n) => `Dòng ${n};;`).join('\r\n')}\r\nTên huyện;Mã xã;Tên xã\r\n${rows}\r\n`);
    expect(says.titleLines.length).toBeLessThanOrEqual(8);
    expect(says.districts.length).toBeLessThanOrEqual(6);
    expect(suggestPlanInfo('a.csv', says).allocatingUnit).toBe('');
  });
});
