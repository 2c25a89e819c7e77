import { foldDiacritics } from '../domain/indicators';
import type { Unit } from '../domain/plan';

/** Which of the plan's units a row of a statistics file is about, or why none. */
export type UnitMatch =
  | { ok: true; unit: Unit; by: 'code' | 'name'; zerosRestored: boolean }
  | { ok: false; problem: 'unknownUnit' | 'ambiguousUnit' | 'missingUnit'; candidates?: string[] };

/** A name folded for comparison: no diacritics, lower case, single spaces. */
export const foldName = (name: string) => foldDiacritics(name).toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/** The kind of unit before a commune's name (`Xã Phước Sơn`, `P. 3`, `TT Diêu Trì`), which a file may leave out. */
const KIND = /^(?:xa|phuong|thi tran|thi xa|tt|p|x|dac khu)\s+/;

const groupBy = (units: readonly Unit[], key: (u: Unit) => string) => {
  const map = new Map<string, Unit[]>();
  for (const u of units) {
    const k = key(u);
    const list = map.get(k);
    if (list) list.push(u);
    else if (k) map.set(k, [u]);
  }
  return map;
};

/**
 * Finds a row's unit: by its code when the file has a code column (Excel drops the leading zeros of numeric
 * codes: `0123` read as `123` still finds a unique `0123`), else by its name, with or without its kind, compared
 * without diacritics. A name that fits several units is refused, never guessed.
 */
export function unitMatcher(units: readonly Unit[]): (code: string, name: string) => UnitMatch {
  const byCode = new Map(units.map((u) => [u.code as string, u]));
  const withoutZeros = (code: string) => (/^\d+$/.test(code) ? code.replace(/^0+(?=\d)/, '') : code);
  const byDigits = groupBy(units, (u) => withoutZeros(u.code));
  // Names are folded only when a file has no code column (folding 10,000 names costs tens of milliseconds).
  let names: { byName: Map<string, Unit[]>; byBareName: Map<string, Unit[]> } | undefined;
  const byNames = () => (names ??= {
    byName: groupBy(units, (u) => foldName(u.name)),
    byBareName: groupBy(units, (u) => foldName(u.name).replace(KIND, '')),
  });
  return (code, name) => {
    if (code !== '') {
      const exact = byCode.get(code);
      if (exact) return { ok: true, unit: exact, by: 'code', zerosRestored: false };
      const digits = byDigits.get(withoutZeros(code));
      if (digits?.length === 1) return { ok: true, unit: digits[0]!, by: 'code', zerosRestored: true };
      return { ok: false, problem: 'unknownUnit' };
    }
    if (name === '') return { ok: false, problem: 'missingUnit' };
    const folded = foldName(name);
    const { byName, byBareName } = byNames();
    const found = byName.get(folded) ?? byBareName.get(folded.replace(KIND, '')) ?? [];
    if (found.length === 1) return { ok: true, unit: found[0]!, by: 'name', zerosRestored: false };
    if (found.length > 1) return { ok: false, problem: 'ambiguousUnit', candidates: found.map((u) => `${u.code} ${u.name}`) };
    return { ok: false, problem: 'unknownUnit' };
  };
}

/**
 * The districts of a file covering several that are the plan's own: those the allocating unit's name contains
 * (`Tuy Phước` in `UBND huyện Tuy Phước`), else those of the rows whose unit the plan has. Folded values.
 */
export function ownDistricts(allocatingUnit: string, districts: ReadonlySet<string>, ofMatchedRows: ReadonlySet<string>): Set<string> {
  const allocating = ` ${foldName(allocatingUnit)} `;
  const bare = (d: string) => d.replace(/^(?:huyen|quan|thi xa|thanh pho|tp|h|q|tx)\s+/, '');
  const named = [...districts].filter((d) => d !== '' && (allocating.includes(` ${d} `) || allocating.includes(` ${bare(d)} `)));
  return new Set(named.length > 0 ? named : ofMatchedRows);
}
