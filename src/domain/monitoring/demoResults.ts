import type { Indicator } from '../indicators';
import type { Unit } from '../plan';
import { PERCENT_100 } from '../rate';
import { seeded } from '../seeded';
import { resultKey, type MonthKey, type ResultKey } from './resultKey';

/**
 * Plausible monthly results for the demo plan's first months: ILLUSTRATIVE, like every figure of the demo.
 * Each unit receives about a sixth of its half-year volume a month, and its rate climbs from its previous
 * result towards its target with some noise, so the follow-up shows every status. One unit has not sent its
 * figures for the latest month (missing, not 0), and one gave only a rate for one month (marked so).
 */
export function demoResults(units: readonly Unit[], indicators: readonly Indicator[], months: readonly MonthKey[]): Unit[] {
  const random = seeded(2024);
  return units.map((unit, n) => {
    const results: Record<string, number> = {};
    months.forEach((month, m) => {
      if (n === 4 && m === months.length - 1) return; // Xã Phước Quang: this month's figures not in yet
      for (const ind of indicators) {
        const from = unit.baseline[ind.id] ?? 5000;
        const to = unit.target[ind.id] ?? from + 1000;
        // Some units lag behind their plan, most follow it.
        const pace = n % 5 === 2 ? 0.35 : n % 7 === 3 ? 0.6 : 1.05;
        const share = Math.min(1, ((m + 1) / 5) * pace);
        const rate = Math.max(0, Math.min(PERCENT_100, from + (to - from) * share + (random() - 0.5) * 800));
        const d = Math.round(((unit.volume ?? 900) / 6) * (0.8 + random() * 0.4));
        if (n === 9 && m === 1 && ind.id === 'online_payment') {
          results[resultKey(month, ind.id, 'r')] = Math.round(rate / 10) * 10;
          results[resultKey(month, ind.id, 'd')] = d;
          continue;
        }
        results[resultKey(month, ind.id, 'n')] = Math.floor((d * rate) / PERCENT_100);
        results[resultKey(month, ind.id, 'd')] = d;
      }
    });
    return Object.keys(results).length > 0 ? { ...unit, results: results as Record<ResultKey, number> } : unit;
  });
}
