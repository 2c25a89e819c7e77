import { describe, expect, it } from 'vitest';
import { likeliestProvincePlan, matchMembers, memberKeys } from '../../src/domain/provinceMembers';
import type { Unit } from '../../src/domain/plan';
import { code, makeUnit } from '../support/builders';

const member = (c: string, name: string, type: string): Unit => ({ ...makeUnit(0), code: code(c), name, type });
const plan = (allocatingUnit: string, period = '2023-H2') => ({ allocatingUnit, name: `Kế hoạch ${allocatingUnit}`, period });

describe('a district plan tied to a member of the province plan', () => {
  it('by the district\'s name, however it is typed: with or without "UBND", the type word, case and diacritics', () => {
    const members = [member('550', 'Tuy Phước', 'Huyện'), member('540', 'TP Quy Nhơn', 'Thành phố'), member('543', 'Thị xã Hoài Nhơn', 'Thị xã')];
    const match = matchMembers(members, [plan('UBND huyện Tuy Phước'), plan('thanh pho quy nhon'), plan('Huyện Hoài Nhơn')]);
    expect(match.memberOf.map((m) => m?.code ?? null)).toEqual(['550', '540', null]);
    expect(match.missing.map((m) => m.code)).toEqual(['543']);
  });

  it('keeps the type word apart: Huyện Long Mỹ is not Thị xã Long Mỹ', () => {
    expect(memberKeys(member('1', 'Long Mỹ', 'Huyện'))).toContain('huyen long my');
    expect(matchMembers([member('1', 'Long Mỹ', 'Huyện')], [plan('Thị xã Long Mỹ')]).memberOf).toEqual([null]);
  });

  it('picks the plan whose member units the files match most, the same period first, and none when nothing matches', () => {
    const communes = { id: 'communes', period: '2023-H2', units: [member('21952', 'Thị trấn Tuy Phước', 'Thị trấn')] };
    const older = { id: 'older', period: '2023-H1', units: [member('550', 'Huyện Tuy Phước', 'Huyện'), member('540', 'Thành phố Quy Nhơn', 'Thành phố')] };
    const current = { ...older, id: 'current', period: '2023-H2' };
    const oneOnly = { id: 'one', period: '2023-H2', units: [member('550', 'Huyện Tuy Phước', 'Huyện')] };
    const files = [plan('UBND huyện Tuy Phước'), plan('Thành phố Quy Nhơn')];
    expect(likeliestProvincePlan([communes, oneOnly, older, current], files)?.id).toBe('current');
    expect(likeliestProvincePlan([older, oneOnly], files)?.id).toBe('older');
    expect(likeliestProvincePlan([communes], files)).toBeUndefined();
  });
});
