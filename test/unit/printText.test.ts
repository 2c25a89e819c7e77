import { describe, expect, it } from 'vitest';
import { indicatorId } from '../../src/domain/ids';
import { ILLUSTRATIVE_GENERAL_TARGETS, makeDefaultIndicators, type Indicator } from '../../src/domain/indicators';
import { rateFromPercent } from '../../src/domain/rate';
import { EMPTY_PRINT_DECISION } from '../../src/state/printDecision';
import { decisionLineText, indicatorRuleText, issuingBodyText, periodText } from '../../src/ui/plan/printText';

const [dossiers, payment, , eResults] = makeDefaultIndicators(ILLUSTRATIVE_GENERAL_TARGETS) as [Indicator, Indicator, Indicator, Indicator];

describe('the texts of the printed appendix (Vietnamese)', () => {
  it.each([
    ['each', dossiers, '≥ 50 từng xã'],
    ['weighted', { ...payment, mode: 'weighted' as const }, '≥ 45 bình quân'],
    ['weighted with a floor', { ...payment, mode: 'weighted' as const, floor: rateFromPercent(30) }, '≥ 45 bình quân (sàn 30)'],
    ['a decimal general target', { ...dossiers, id: indicatorId('x'), min: rateFromPercent(42.5) }, '≥ 42,5 từng xã'],
    ['mandatory', eResults, '100 bắt buộc'],
    ['a general target not entered: said, never a number', { ...dossiers, min: null }, 'chưa nhập chỉ tiêu tỉnh giao'],
    ['weighted, not entered', { ...payment, mode: 'weighted' as const, floor: rateFromPercent(30), min: null }, 'chưa nhập chỉ tiêu tỉnh giao'],
    ['mandatory, whatever its general target says', { ...eResults, min: null }, '100 bắt buộc'],
  ])('says how a target applies: %s', (_what, indicator, text) => {
    expect(indicatorRuleText(indicator, 'vi')).toBe(text);
  });

  it.each([['2023-H2', '6 tháng cuối năm 2023'], ['2024-h1', '6 tháng đầu năm 2024'], ['2023-Q3', 'quý III năm 2023'], ['2024-Q4', 'quý IV năm 2024'],
    ['2024-07', 'tháng 7 năm 2024'], ['2024', 'năm 2024'], ['đợt 2', 'kỳ đợt 2'], ['', '']])('period %j → %j', (period, text) => {
    expect(periodText(period)).toBe(text);
  });

  it('writes the issuing body in upper case, Vietnamese letters included', () => {
    expect(issuingBodyText(' UBND huyện Tuy Phước ')).toBe('UBND HUYỆN TUY PHƯỚC');
  });

  it('cites the decision, with dotted blanks for what is not known and never an invented value', () => {
    const unit = 'UBND huyện Tuy Phước';
    expect(decisionLineText({ ...EMPTY_PRINT_DECISION, number: '1234', date: '2023-08-05' }, unit, 'vi'))
      .toBe('(Kèm theo Quyết định số 1234/QĐ-UBND ngày 05 tháng 8 năm 2023 của Ủy ban nhân dân huyện Tuy Phước)');
    expect(decisionLineText(EMPTY_PRINT_DECISION, unit, 'vi'))
      .toBe('(Kèm theo Quyết định số ……/QĐ-UBND ngày …… tháng …… năm 20…… của Ủy ban nhân dân huyện Tuy Phước)');
    expect(decisionLineText({ ...EMPTY_PRINT_DECISION, number: '07/2023/QĐ-UBND', date: '2024-02-31' }, '', 'vi'))
      .toBe('(Kèm theo Quyết định số 07/2023/QĐ-UBND ngày …… tháng …… năm 20…… của ……)');
  });
});
