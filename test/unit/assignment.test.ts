import { describe, expect, it } from 'vitest';
import { assignmentIndicatorsFor, makeAssignment, makeDistrictPlan } from '../../src/domain/assignment';
import { unitCode } from '../../src/domain/ids';
import { ILLUSTRATIVE_GENERAL_TARGETS, makeDefaultIndicators } from '../../src/domain/indicators';
import { makePlan } from '../../src/domain/planFactory';
import { assignmentFileName, restoreAssignmentFile, serializeAssignmentFile } from '../../src/io/assignmentFile';
import { ind, NOW, pct, testId } from '../support/builders';

/** A province prepares its assignment as a plan whose member units are its districts. */
function provincePlan() {
  const indicators = makeDefaultIndicators(ILLUSTRATIVE_GENERAL_TARGETS).map((i) => (i.id === 'online_payment' ? { ...i, mode: 'weighted' as const, floor: pct(30) } : i));
  return makePlan({
    name: 'Giao chỉ tiêu 2023-H2', period: '2023-H2', allocatingUnit: 'UBND tỉnh Bình Định', indicators,
    units: [
      { code: unitCode('550'), name: 'Huyện Tuy Phước', type: 'Huyện', volume: null, baseline: {}, target: { [ind('online_dossiers')]: pct(60), [ind('online_payment')]: pct(51) } },
      { code: unitCode('540'), name: 'Thành phố Quy Nhơn', type: 'Thành phố', volume: null, baseline: {}, target: { [ind('online_dossiers')]: pct(70.5) } },
    ],
  }, NOW, testId);
}

describe('assignment', () => {
  const context = { appVersion: '0.1.0', exportedAt: NOW };

  it('hands each member unit its target as its own target, with the general targets and modes', () => {
    const a = makeAssignment(provincePlan());
    expect(a.issuedBy).toBe('UBND tỉnh Bình Định');
    expect(a.districts.map((d) => [d.code, d.ownTargets])).toEqual([['550', { online_dossiers: 6000, online_payment: 5100 }], ['540', { online_dossiers: 7050 }]]);
    expect(a.indicators[1]).toMatchObject({ id: 'online_payment', mode: 'weighted', floor: 3000, ownTarget: null });
  });

  it('round-trips through the assignment file exactly', () => {
    const a = { ...makeAssignment(provincePlan()), districts: makeAssignment(provincePlan()).districts.map((d) => ({ ...d, units: [
      { code: unitCode('21952'), name: 'Thị trấn Tuy Phước', type: 'Thị trấn', volume: 2913, baseline: { [ind('online_dossiers')]: pct(55) }, target: {} },
    ] })) };
    const restored = restoreAssignmentFile(serializeAssignmentFile(a, context), 'giao.json');
    expect(restored.ok && restored.value.assignment).toEqual(a);
  });

  it('gives a district a plan ready to allocate: its units, the general targets, its own targets', () => {
    const a = makeAssignment(provincePlan(), (code) => (code === '550' ? [{ code: unitCode('21952'), name: 'Thị trấn Tuy Phước', type: 'Thị trấn', volume: 10, baseline: {}, target: {} }] : []));
    const plan = makeDistrictPlan(a, a.districts[0]!, NOW, testId);
    expect(plan).toMatchObject({ period: '2023-H2', allocatingUnit: 'Huyện Tuy Phước', status: 'draft' });
    expect(plan.units.map((u) => u.code)).toEqual(['21952']);
    expect(plan.indicators.map((i) => i.ownTarget)).toEqual([6000, 5100, null, null, null]);
    expect(assignmentIndicatorsFor(a, a.districts[1]!)[0]?.ownTarget).toBe(7050);
  });

  it('refuses a newer assignment format and names both versions; refuses other files', () => {
    const doc = JSON.parse(serializeAssignmentFile(makeAssignment(provincePlan()), context));
    const newer = restoreAssignmentFile(JSON.stringify({ ...doc, formatVersion: 4, app: '2.0.0' }), 'new.json');
    expect(!newer.ok && newer.problems[0]).toEqual({ code: 'newerVersion', file: 'new.json', params: { fileVersion: 4, appVersion: 1, app: '2.0.0' } });
    const other = restoreAssignmentFile('{"format":"dvctt-plan"}', 'p.json');
    expect(!other.ok && other.problems[0]?.code).toBe('unknownFormat');
    doc.assignment.districts[0].ownTargets.ghost = 5;
    const ghost = restoreAssignmentFile(JSON.stringify(doc), 'g.json');
    expect(!ghost.ok && ghost.problems.map((p) => [p.code, p.field])).toEqual([['unknownIndicator', 'assignment.districts[0].ownTargets.ghost']]);
  });
});

describe('mergeAssignment', () => {
  it('updates and adds the file\'s indicators and keeps the plan\'s others', async () => {
    const { mergeAssignment } = await import('../../src/domain/assignment');
    const current = makeDefaultIndicators(ILLUSTRATIVE_GENERAL_TARGETS);
    const a = { period: '2024-H1', issuedBy: 'Tỉnh', indicators: [{ ...current[0]!, min: pct(65) }, { ...current[0]!, id: ind('new_one'), name: { vi: 'Mới', en: 'New' } }],
      districts: [{ code: '550', name: 'Huyện', ownTargets: { [ind('online_dossiers')]: pct(70) }, units: [] }] };
    const merged = mergeAssignment(current, a, a.districts[0]!);
    expect(merged.map((i) => i.id)).toEqual([...current.map((i) => i.id), 'new_one']);
    expect(merged[0]).toMatchObject({ min: pct(65), ownTarget: pct(70) });
    expect(merged[1]).toEqual(current[1]);
  });
});

describe('assignmentFileName', () => {
  it('names the file for the receiving unit and the period, without diacritics', () => {
    expect(assignmentFileName('Huyện Tuy Phước', '2023-H2')).toBe('giao-chi-tieu-Huyen-Tuy-Phuoc_2023-H2');
    expect(assignmentFileName('UBND tỉnh Bình Định', '2023-H2')).toBe('giao-chi-tieu-UBND-tinh-Binh-Dinh_2023-H2');
    expect(assignmentFileName('Huyện Đồng Xuân', '')).toBe('giao-chi-tieu-Huyen-Dong-Xuan');
  });

  it('says neither the period nor "giao chỉ tiêu" twice', () => {
    expect(assignmentFileName('Giao chỉ tiêu DVCTT 2023-H2', '2023-H2')).toBe('Giao-chi-tieu-DVCTT-2023-H2');
    expect(assignmentFileName('Kế hoạch (2023-H2) tỉnh', '2023-H2')).toBe('giao-chi-tieu-Ke-hoach-2023-H2-tinh');
    // A period that only begins like another one is not the same period.
    expect(assignmentFileName('Kế hoạch 2023-H2', '2023-H')).toBe('giao-chi-tieu-Ke-hoach-2023-H2_2023-H');
    expect(assignmentFileName('Giao chi tiêu của tỉnh', '2024-H1')).toBe('Giao-chi-tieu-cua-tinh_2024-H1');
  });
});
