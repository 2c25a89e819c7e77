import { describe, expect, it } from 'vitest';
import { makeDefaultIndicators } from '../../src/domain/indicators';
import { readUnitListText } from '../../src/io/unitListText';

const read = (text: string) => readUnitListText(text, makeDefaultIndicators());
const brief = (text: string) => {
  const r = read(text);
  return { units: r.units.map((u) => [u.code, u.name, u.type, u.volume]), problems: r.problems.map((p) => [p.line, p.code]) };
};

describe('member units typed or pasted as lines: the CSV reader\'s reading', () => {
  it.each([
    ['semicolons', '21952; Thị trấn Tuy Phước; Thị trấn\n21955;Thị trấn Diêu Trì'],
    ['tabs, as Excel copies', '21952\tThị trấn Tuy Phước\tThị trấn\r\n21955\tThị trấn Diêu Trì\t\r\n'],
    ['commas', '21952, Thị trấn Tuy Phước, Thị trấn\n21955,Thị trấn Diêu Trì'],
  ])('reads %s; a line may stop after its name; blank lines are skipped', (_, text) => {
    expect(brief(`${text}\n\n`)).toEqual({
      units: [['21952', 'Thị trấn Tuy Phước', 'Thị trấn', null], ['21955', 'Thị trấn Diêu Trì', '', null]], problems: [],
    });
  });

  it('takes a pasted header line as the header, never as a unit, and reads the columns it names in any order', () => {
    expect(brief('commune_code;commune_name;Loại hình;Số hồ sơ dự kiến\n21952;Thị trấn Tuy Phước;Thị trấn;2.913')).toEqual({
      units: [['21952', 'Thị trấn Tuy Phước', 'Thị trấn', 2913]], problems: [],
    });
    expect(brief('Tên đơn vị\tMã\nXã Phước Sơn\t21970')).toEqual({ units: [['21970', 'Xã Phước Sơn', '', null]], problems: [] });
  });

  it('names bad lines by their number as typed: a code without a name, a repeated code, an impossible volume', () => {
    expect(brief('21952;Thị trấn Tuy Phước\nonly-code\n21952;Lặp\n21958;Xã Phước Thắng;Xã;-5')).toEqual({
      units: [['21952', 'Thị trấn Tuy Phước', '', null]],
      problems: [[2, 'missingName'], [3, 'duplicateCode'], [4, 'negative']],
    });
  });

  it('is empty for empty text', () => {
    expect(read('  \n ')).toEqual({ units: [], problems: [] });
  });
});
