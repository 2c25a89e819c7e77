import { describe, expect, it } from 'vitest';
import { makeDefaultIndicators, ILLUSTRATIVE_GENERAL_TARGETS } from '../../src/domain/indicators';
import { monthlyReport } from '../../src/domain/monitoring/report';
import { periodMonths, resultKey, type ResultKey } from '../../src/domain/monitoring/resultKey';
import type { Unit } from '../../src/domain/plan';
import { RANKING_ROWS_PER_PAGE } from '../../src/ui/monitoring/report/rankingPages';
import { BEHIND_SHOWN, BULLET_UNITS, reportMarkup, reportMarkupInParts } from '../../src/ui/monitoring/report/reportMarkup';
import { makeTestPlan, makeUnit } from '../support/builders';

/** Every commune of Vietnam, five months of counts for five indicators (the size). */
function nationalPlan() {
  const indicators = makeDefaultIndicators(ILLUSTRATIVE_GENERAL_TARGETS);
  const months = periodMonths('2023-H2').slice(0, 5);
  const units: Unit[] = Array.from({ length: 10_598 }, (_, n) => {
    const results: Record<string, number> = {};
    months.forEach((m, k) => indicators.forEach((ind, i) => {
      const d = 50 + ((n * 7 + k * 3 + i) % 200);
      results[resultKey(m, ind.id, 'd')] = d;
      results[resultKey(m, ind.id, 'n')] = Math.floor((d * ((n * 13 + k * 5 + i * 11) % 101)) / 100);
    }));
    return { ...makeUnit(n, { target: Object.fromEntries(indicators.map((ind) => [ind.id, ind.mandatory ? 100 : 60])) }), results: results as Record<ResultKey, number> };
  });
  return { ...makeTestPlan({ units: 0, indicators }), units };
}

describe('the report of 10,598 units', () => {
  it('is made whole, with its spread charts as bins and the ranking without a chart per cell', () => {
    const plan = nationalPlan();
    const started = performance.now();
    const report = monthlyReport(plan, periodMonths('2023-H2')[4]!)!;
    const modelled = performance.now();
    const html = reportMarkup(report, 'vi');
    console.log(`report of 10,598 units: model ${(modelled - started).toFixed(0)} ms, markup ${(performance.now() - modelled).toFixed(0)} ms, ${(html.length / 1e6).toFixed(1)} MB`);
    expect(report.ranking).toHaveLength(10_598);
    for (const ri of report.indicators) expect(Object.values(ri.counts).reduce((a, b) => a + b, 0)).toBe(10_598);
    // The ranking has every unit; the units behind, the worst BEHIND_SHOWN per indicator, and how many more there are.
    expect(report.behind.length).toBeGreaterThan(5 * BEHIND_SHOWN);
    expect((html.match(/<tr data-unit=/g) ?? []).length).toBe(10_598 + 5 * BEHIND_SHOWN);
    expect(html).toContain(`còn ${(report.behind.length - 5 * BEHIND_SHOWN).toLocaleString('vi-VN')} trường hợp khác`);
    // 5 bullets in the summary, 2 charts per indicator, none in the ranking (beyond BULLET_UNITS units).
    expect(10_598).toBeGreaterThan(BULLET_UNITS);
    expect((html.match(/<svg /g) ?? []).length).toBe(5 + 10);
    expect((html.match(/<rect class="bin"/g) ?? []).length).toBeLessThanOrEqual(5 * 41);
    // The ranking is paginated: 332 tables of at most a page's rows, each with its header, the statuses in short words.
    const ranking = html.slice(html.indexOf('data-testid="report-ranking"'));
    expect(ranking).toContain('data-pages="332"');
    const parts = ranking.split('<div class="ranking-part">').slice(1);
    expect(parts).toHaveLength(332);
    parts.forEach((part, i) => {
      expect(part).toContain('<thead>');
      expect((part.match(/<tr data-unit=/g) ?? []).length).toBeLessThanOrEqual(i === 0 ? RANKING_ROWS_PER_PAGE.figures.first : RANKING_ROWS_PER_PAGE.figures.next);
    });
    expect(ranking).not.toContain('>Chậm / không thể đạt<');
    expect(html).toContain('«Chậm» là Chậm / không thể đạt');

    // The page shows the first 10 pages at once and adds the 322 others at the ranking's end: the same text in the end.
    const inParts = reportMarkupInParts(report, 'vi', 10);
    expect(inParts.later).toBe(322);
    expect(inParts.markup.split('<div class="ranking-part">')).toHaveLength(11);
    expect(inParts.markup).toContain('data-pages="332"');
    const end = '</div></section>';
    const at = inParts.markup.indexOf(end, inParts.markup.indexOf('data-testid="report-ranking"'));
    const later = Array.from({ length: inParts.later }, (_, k) => inParts.laterPage(k)).join('');
    // (the charts' ids are numbered as they are made: made twice, they differ)
    const unnumbered = (text: string) => text.replace(/(id|aria-labelledby)="[^"]*"/g, '$1=""');
    expect(unnumbered(inParts.markup.slice(0, at) + later + inParts.markup.slice(at))).toBe(unnumbered(html));
  });
});
