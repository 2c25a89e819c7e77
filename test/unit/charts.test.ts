import { describe, expect, it } from 'vitest';
import { bulletSvg } from '../../src/ui/monitoring/charts/bullet';
import { spreadBins, spreadSvg } from '../../src/ui/monitoring/charts/spread';
import { esc } from '../../src/ui/monitoring/charts/svg';
import { trendSvg } from '../../src/ui/monitoring/charts/trend';

/** The attributes of every element `tag` with class `cls`, as records. */
function shapes(svg: string, tag: string, cls: string): Record<string, string>[] {
  return [...svg.matchAll(new RegExp(`<${tag} class="${cls}"([^>]*)/>`, 'g'))].map((m) =>
    Object.fromEntries([...m[1]!.matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!])));
}
const text = { title: 'Tiêu đề', desc: 'Mô tả' };

describe('bullet graph', () => {
  it('draws the ranges, the bar at the rate so far and the tick at the target', () => {
    const svg = bulletSvg({ ...text, rate: 4000, target: 6000, width: 200, height: 18 });
    expect(shapes(svg, 'rect', 'range').map((r) => [r.x, r.width])).toEqual([['0', '100'], ['100', '60'], ['160', '40']]);
    expect(shapes(svg, 'rect', 'bar')).toEqual([{ x: '0', y: '6', width: '80', height: '6', fill: '#1e3a8a' }]);
    expect(shapes(svg, 'line', 'tick').map((l) => [l.x1, l.x2])).toEqual([['120', '120']]);
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="[^"]+"><title id="[^"]+">Tiêu đề<\/title><desc id="[^"]+">Mô tả<\/desc>/);
  });

  it('draws no bar for a missing rate (never a bar of 0) and no tick without a target', () => {
    const svg = bulletSvg({ ...text, rate: null, target: null });
    expect(shapes(svg, 'rect', 'bar')).toEqual([]);
    expect(shapes(svg, 'line', 'tick')).toEqual([]);
    expect(shapes(bulletSvg({ ...text, rate: 0, target: 10_000, width: 100 }), 'rect', 'bar')[0]!.width).toBe('0');
  });
});

describe('monthly trend', () => {
  const points = [{ label: 'T7', rate: 4000 }, { label: 'T8', rate: 5000 }, { label: 'T9', rate: null }, { label: 'T10', rate: 6000 }];
  // width 340: plot from x 30 to 330, three steps of 100; height 132: plot from y 10 to 110, 1 % = 1 px.
  const svg = trendSvg({ ...text, points, target: 5000, targetLabel: 'Chỉ tiêu 50', width: 340, height: 132 });

  it('puts each month with figures at its place, and breaks the line at a missing month', () => {
    expect(shapes(svg, 'circle', 'point').map((c) => [c.cx, c.cy])).toEqual([['30', '70'], ['130', '60'], ['330', '50']]);
    expect(shapes(svg, 'path', 'line')[0]!.d).toBe('M30 70L130 60M330 50');
  });

  it('draws the target as a dashed line at its height', () => {
    const [target] = shapes(svg, 'line', 'target');
    expect([target!.y1, target!.y2, target!['stroke-dasharray']]).toEqual(['60', '60', '5 3']);
    expect(svg).toContain('>Chỉ tiêu 50</text>');
    expect(svg).toContain('>T10</text>');
  });
});

describe('spread of units around their targets', () => {
  it('counts units in bins of 5 points, a unit exactly at its target in the bin from 0', () => {
    expect(spreadBins([-2000, 1500, -7000, 0, -1, 499])).toEqual([
      ...Array.from({ length: 14 }, (_, k) => ({ from: -7000 + 500 * k, to: -6500 + 500 * k, count: [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1][k] })),
      { from: 0, to: 500, count: 2 }, { from: 500, to: 1000, count: 0 }, { from: 1000, to: 1500, count: 0 }, { from: 1500, to: 2000, count: 1 },
    ]);
  });

  it('draws a bar per bin that has units, heights in proportion, and the target line at 0', () => {
    // Two bins of 10 px each from x 30; plot 100 px high from y 14.
    const svg = spreadSvg({ ...text, bins: [{ from: -500, to: 0, count: 1 }, { from: 0, to: 500, count: 2 }], zeroLabel: 'Chỉ tiêu', width: 60, height: 136 });
    expect(shapes(svg, 'rect', 'bin').map((r) => [r['data-from'], r.x, r.y, r.height, r.fill])).toEqual([
      ['-500', '30.5', '64', '50', '#f59e0b'], ['0', '40.5', '14', '100', '#15803d'],
    ]);
    expect(shapes(svg, 'line', 'target').map((l) => l.x1)).toEqual(['40']);
  });

  it('draws 10,598 units as a few dozen bars', () => {
    const values = Array.from({ length: 10_598 }, (_, i) => ((i * 7919) % 20_001) - 10_000);
    const started = performance.now();
    const svg = spreadSvg({ ...text, bins: spreadBins(values), zeroLabel: '0' });
    console.log(`spread of 10,598 units: ${(performance.now() - started).toFixed(1)} ms, ${svg.length} characters`);
    const bars = shapes(svg, 'rect', 'bin');
    expect(bars.length).toBeLessThanOrEqual(41);
    expect(spreadBins(values).reduce((s, b) => s + b.count, 0)).toBe(10_598);
  });
});

describe('text in charts', () => {
  it('is escaped wherever it goes', () => {
    const evil = '<script>alert("x")</script> & \'';
    for (const svg of [
      bulletSvg({ title: evil, desc: evil, rate: 1, target: 1 }),
      trendSvg({ title: evil, desc: evil, points: [{ label: evil, rate: 1 }], target: 1, targetLabel: evil }),
      spreadSvg({ title: evil, desc: evil, bins: spreadBins([0]), zeroLabel: evil }),
    ]) {
      expect(svg).not.toContain('<script');
      expect(svg).toContain(esc(evil));
      expect(esc(evil)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;');
    }
  });
});
