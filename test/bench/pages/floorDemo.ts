import type { FloorRow } from './benchData';

/**
 * The floor's first-visit table: the demo plan's shape (13 units, and for each of the five default indicators
 * its H1 result and its target: 14 fields, `FLOOR_FIELDS` of benchData.ts, as the app's demo grid shows them).
 * Written out here rather than built from the app's domain code, so that the minimal page's JavaScript stays the
 * stack alone; a unit test checks that the fields are the benchmark's.
 */
export const DEMO_SIZE = 13;
const INDICATORS = ['online_dossiers', 'online_payment', 'digitisation', 'e_results', 'population_db'] as const;

export function floorDemoRows(): (FloorRow & { code: string })[] {
  return Array.from({ length: DEMO_SIZE }, (_, i) => {
    const row: FloorRow & { code: string } = { code: String(21952 + 3 * i), name: `Xã Phước ${i + 1}`, type: 'Xã', volume: 1000 + 37 * i };
    INDICATORS.forEach((id, k) => {
      row[`b_${id}`] = 40 + ((i * 7 + k * 3) % 30) + 0.5;
      row[`t_${id}`] = 50 + ((i + k) % 5) * 5;
    });
    return row;
  });
}
