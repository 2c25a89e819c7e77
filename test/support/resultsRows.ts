import { countLabels, type Indicator } from '../../src/domain/indicators';
import { entryOf } from '../../src/domain/monitoring/results';
import type { MonthKey } from '../../src/domain/monitoring/resultKey';
import type { Unit } from '../../src/domain/plan';
import { formatCount, formatRate, type Locale, type Rate } from '../../src/domain/rate';

/**
 * Units' monthly results as a statistics sheet a district would send: code, name, month (`11/2023`), then per
 * indicator its numerator, its denominator (headed by the indicator's count labels) and its rate where only a
 * rate is known; numbers written as `locale` writes them (`1.234`, `85,5`), or as numbers (a workbook's cells).
 */
export function resultsRows(units: readonly Unit[], indicators: readonly Indicator[], months: readonly MonthKey[], locale: Locale | 'numbers'): (string | number)[][] {
  const header = ['Mã', 'Tên đơn vị', 'Tháng', ...indicators.flatMap((ind) => [countLabels(ind).num.vi, countLabels(ind).den.vi, `${ind.name.vi} - Tỷ lệ`])];
  const count = (v: number | null) => (v === null ? '' : locale === 'numbers' ? v : formatCount(v, locale));
  const rate = (v: Rate | null) => (v === null ? '' : locale === 'numbers' ? v / 100 : formatRate(v, locale));
  const rows: (string | number)[][] = [header];
  for (const month of months) {
    for (const unit of units) {
      const cells = indicators.flatMap((ind) => {
        const e = entryOf(unit, month, ind.id);
        return [count(e.n), count(e.d), rate(e.r)];
      });
      if (cells.every((c) => c === '')) continue;
      rows.push([unit.code, unit.name, `${Number(month.slice(5))}/${month.slice(0, 4)}`, ...cells]);
    }
  }
  return rows;
}
