import { describe, expect, it } from 'vitest';
import { quantile, summary } from '../bench/stats.mjs';
import { report } from '../bench/report.mjs';

/** One run's samples as the benchmark records them, with every duration scaled by `slow` on the app's side. */
function run(slow: number, longest = 40) {
  const painted = (ms: number, frames = 1) => ({ frames, ms, end: ms, longest, progressSeen: false });
  return {
    open: painted(300 * slow), floorOpen: painted(300), openInApp: painted(300 * slow), floorOpenInApp: painted(300), heap: 30e6 * slow, floorHeap: 30e6,
    edits: Array.from({ length: 10 }, (_, i) => ({ painted: painted(10, i === 9 ? Math.ceil(slow) + 1 : Math.ceil(slow)), savedMs: 20, longest })),
    floorEdits: Array.from({ length: 10 }, () => painted(8)),
    csvPreview: { painted: painted(100 * slow), longest }, csvApply: { painted: painted(100 * slow), savedMs: 150 * slow, longest }, csvUpdates: 10598,
    floorCsvImport: { ms: 250, longest: 200 },
    csvExport: { blob: { ms: 60 * slow }, longest }, floorCsvExport: { ms: 60 },
    planExport: { blob: { ms: 60 * slow }, longest }, floorPlanExport: { ms: 60 },
    planPreview: { painted: painted(100 * slow), longest }, planApply: { painted: painted(100 * slow), longest }, floorPlanImport: { ms: 200 },
  };
}
const cold = (gzip: number) => ({ ms: 500, longest: 0, js: { files: ['a.js'], raw: gzip * 3, gzip } });
const input = (slow: number, longest?: number) => ({
  meta: { date: 'd', chromium: 'c', cpus: 2, runs: 5, editsPerRun: 10, viewport: { width: 1366, height: 768 } },
  cold: { app: [cold(300 * slow), cold(300 * slow)], floor: [cold(300), cold(300)] },
  bySize: { 10598: { files: { csvBytes: 1, planFileBytes: 1 }, runs: Array.from({ length: 5 }, () => run(slow, longest)) } },
  quantile, summary,
});

describe('benchmark figures', () => {
  it('takes nearest-rank quantiles and the median of the runs', () => {
    const values = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect([quantile(values, 0.5), quantile(values, 0.95), quantile(values, 1)]).toEqual([5, 10, 10]);
    expect(summary([3, 1, 2])).toEqual({ median: 2, min: 1, max: 3, n: 3 });
  });

  it('meets every target when the app is as fast as the floor', () => {
    const { markdown, json } = report(input(1));
    expect(markdown).not.toContain('✗');
    expect(json.sizes[10598]?.figures.open).toMatchObject({ ratio: 1 });
  });

  it('says which targets are missed, with the ratios that miss them', () => {
    const { markdown } = report(input(2.5, 150));
    const missed = markdown.split('\n').filter((line) => line.includes('✗ missed')).map((line) => line.split(' | ')[0]);
    expect(missed).toEqual([
      '| JavaScript before the grid is painted (gzip)',
      '| 1. open a stored plan from the plan list → grid painted',
      '| 2. edit → validated, aggregate, painted: p50',
      '| 2. edit → painted: p95',
      '| 3. CSV import, 10,598 units changed (preview + apply → saved)',
      '| 3. longest main-thread task during the import',
      '| 4. CSV export → file handed to the browser',
      '| 4. plan-file export',
      '| 6. JS heap after opening the plan',
    ]);
    expect(markdown).toContain('| 1. open a stored plan from the plan list → grid painted | 750 ms (750–750) | 300 ms (300–300) | 2.50× |');
  });
});
