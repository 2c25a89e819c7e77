import { describe, expect, it } from 'vitest';
import type { Progress } from '../../src/domain/monitoring/progress';
import { progressStatusText } from '../../src/ui/monitoring/progressText';

type Said = Pick<Progress, 'status' | 'rate' | 'reporting' | 'unweighted'>;
const RATE = { num: 50n * 10_000n, den: 100n };

describe('a status in words says why a rate is not judged', () => {
  it('one unit: the months of results typed without their dossiers', () => {
    const unit: Said = { status: 'missing', rate: RATE, reporting: null, unweighted: 2 };
    expect(progressStatusText(unit, 'vi')).toBe('Chưa đủ số liệu: 2 tháng có kết quả mà thiếu mẫu số');
    expect(progressStatusText(unit, 'vi', true)).toBe('Thiếu mẫu số');
    expect(progressStatusText({ ...unit, rate: null, unweighted: 0 }, 'vi')).toBe('Chưa có số liệu');
  });

  it('a total: how many units have reported, even when those that typed something left out their dossiers', () => {
    const total: Said = { status: 'missing', rate: null, reporting: { least: 0, of: 13 }, unweighted: 5 };
    expect(progressStatusText(total, 'vi')).toBe('Chưa đủ số liệu (0/13 đơn vị)');
    expect(progressStatusText({ ...total, rate: RATE, reporting: { least: 12, of: 13 }, unweighted: 0 }, 'vi', true)).toBe('Chưa đủ (12/13)');
    // Nothing typed anywhere: no figures yet.
    expect(progressStatusText({ ...total, unweighted: 0 }, 'vi')).toBe('Chưa có số liệu');
  });

  it('a judged status is its word', () => {
    expect(progressStatusText({ status: 'met', rate: RATE, reporting: null, unweighted: 0 }, 'vi')).toBe('Đạt');
  });
});
