import { describe, expect, it } from 'vitest';
import { districtKey } from '../../src/domain/districtKey';
import { readDistrictUnitLists, unitsOfDistrict } from '../../src/io/districtUnitLists';
import { encodeWindows1258, utf8 } from '../support/encodings';

const GSO = [
  'province_code,province_name,district_code,district_name,commune_code,commune_name,commune_type',
  '52,Tỉnh Bình Định,550,Huyện Tuy Phước,21952,Thị trấn Tuy Phước,Thị trấn',
  '52,Tỉnh Bình Định,550,Huyện Tuy Phước,21955,Thị trấn Diêu Trì,Thị trấn',
  '52,Tỉnh Bình Định,540,Thành phố Quy Nhơn,21550,Phường Nhơn Bình,Phường',
].join('\n');

describe('district unit lists', () => {
  it('reads the GSO list and hands each district its communes, by code or by name', () => {
    const read = readDistrictUnitLists(utf8(GSO));
    if (!read.ok) throw new Error(read.problem);
    expect(read.lists.units).toBe(3);
    expect(unitsOfDistrict(read.lists, '550', '').map((u) => [u.code, u.name, u.type])).toEqual([['21952', 'Thị trấn Tuy Phước', 'Thị trấn'], ['21955', 'Thị trấn Diêu Trì', 'Thị trấn']]);
    expect(unitsOfDistrict(read.lists, 'X', 'UBND thành phố Quy Nhơn').map((u) => u.code)).toEqual(['21550']);
    expect(unitsOfDistrict(read.lists, 'X', 'Huyện Khác')).toEqual([]);
  });

  it('reads Vietnamese headers in Windows-1258 with ; too', () => {
    const read = readDistrictUnitLists(encodeWindows1258('Mã huyện;Tên huyện;Mã xã;Tên xã;Loại\r\n550;Huyện Tuy Phước;21952;Thị trấn Tuy Phước;Thị trấn\r\n'));
    expect(read.ok && unitsOfDistrict(read.lists, '550', '')[0]?.name).toBe('Thị trấn Tuy Phước');
  });

  it('refuses a list without district or commune columns', () => {
    expect(readDistrictUnitLists(utf8('Mã;Tên\r\n1;A\r\n'))).toEqual({ ok: false, problem: 'missingColumn' });
  });

  it('matches district names written differently, but never a district of another type or another province', () => {
    expect(districtKey('UBND huyện Tuy Phước')).toBe(districtKey('Huyện Tuy Phước'));
    expect(districtKey('TP. Quy Nhơn')).toBe(districtKey('Thành phố Quy Nhơn'));
    expect(districtKey('Huyện Long Mỹ')).not.toBe(districtKey('Thị xã Long Mỹ'));
    const read = readDistrictUnitLists(utf8([
      'district_code,district_name,commune_code,commune_name,commune_type',
      '815,Huyện Châu Thành,29001,Xã A,Xã', '829,Huyện Châu Thành,29501,Xã B,Xã', '931,Huyện Long Mỹ,31001,Xã C,Xã', '932,Thị xã Long Mỹ,31101,Phường D,Phường',
    ].join('\n')));
    if (!read.ok) throw new Error(read.problem);
    expect(unitsOfDistrict(read.lists, 'X', 'Huyện Châu Thành')).toEqual([]); // two districts of that name: by code only
    expect(unitsOfDistrict(read.lists, '829', 'Huyện Châu Thành').map((u) => u.code)).toEqual(['29501']);
    expect(unitsOfDistrict(read.lists, 'X', 'Huyện Long Mỹ').map((u) => u.code)).toEqual(['31001']);
  });

  it('reads the GSO download as it comes (Tỉnh Thành Phố, Mã TP, Quận Huyện, Mã QH, Phường Xã, Mã PX, Cấp)', () => {
    const read = readDistrictUnitLists(utf8('Tỉnh Thành Phố,Mã TP,Quận Huyện,Mã QH,Phường Xã,Mã PX,Cấp,Tên Tiếng Anh\nTỉnh Bình Định,52,Huyện Tuy Phước,550,Thị trấn Tuy Phước,21952,Thị trấn,Tuy Phuoc\n'));
    expect(read.ok && unitsOfDistrict(read.lists, '550', '').map((u) => [u.code, u.name, u.type])).toEqual([['21952', 'Thị trấn Tuy Phước', 'Thị trấn']]);
  });
});
