import type { IndicatorId } from '../domain/ids';
import type { Unit } from '../domain/plan';

/**
 * Excel drops the leading zeros of numeric codes (00123 → 123) when it opens and saves a CSV: a code
 * that is unknown as written but matches exactly one unit once the zeros are put aside is that unit.
 */
export function unitLookUp(units: readonly Unit[], onZerosRestored: () => void): (code: string) => Unit | undefined {
  const existing = new Map(units.map((u) => [u.code as string, u]));
  const withoutZeros = (code: string) => (/^\d+$/.test(code) ? code.replace(/^0+(?=\d)/, '') : code);
  const byDigits = new Map<string, Unit[]>();
  for (const u of units) byDigits.set(withoutZeros(u.code), [...(byDigits.get(withoutZeros(u.code)) ?? []), u]);
  return (code) => {
    const exact = existing.get(code);
    if (exact) return exact;
    const candidates = byDigits.get(withoutZeros(code));
    if (candidates?.length !== 1) return undefined;
    onZerosRestored();
    return candidates[0];
  };
}

function sameValues(a: Unit['target'], b: Unit['target']): boolean {
  const ka = Object.keys(a) as IndicatorId[];
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}

/** The unit's fields are the same (what an import can change). */
export function sameUnit(a: Unit, b: Unit): boolean {
  return a.name === b.name && a.type === b.type && a.volume === b.volume && sameValues(a.baseline, b.baseline) && sameValues(a.target, b.target);
}
