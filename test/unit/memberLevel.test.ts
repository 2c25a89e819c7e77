import { describe, expect, it } from 'vitest';
import { memberLevel } from '../../src/domain/memberLevel';

const units = (...types: [type: string, name: string][]) => types.map(([type, name]) => ({ type, name }));

describe('memberLevel: the words for a plan\'s members come from the members themselves', () => {
  it.each([
    ['communes, wards and townships', units(['Xã', 'Xã Phước Sơn'], ['Phường', 'Phường 1'], ['Thị trấn', 'Thị trấn Tuy Phước']), 'commune'],
    ['districts, towns and cities of a province', units(['Huyện', 'Huyện Phù Cát'], ['Thị xã', 'Thị xã An Nhơn'], ['Thành phố', 'TP Quy Nhơn']), 'district'],
    ['no type, but names that say it', units(['', 'Huyện An Lão'], ['', 'Thị xã Hoài Nhơn']), 'district'],
    ['the 2025 special zones among communes', units(['Đặc khu', 'Đặc khu Phú Quốc'], ['Xã', 'Xã A']), 'commune'],
    ['a mix of levels', units(['Huyện', 'Huyện Phù Cát'], ['Xã', 'Xã Cát Sơn']), 'member'],
    ['units of another kind', units(['Sở', 'Sở Tư pháp'], ['Ban', 'Ban Quản lý Khu kinh tế']), 'member'],
    ['no units yet (a district starting its plan)', [], 'commune'],
  ] as const)('%s → %s', (_, list, level) => {
    expect(memberLevel(list)).toBe(level);
  });
});
