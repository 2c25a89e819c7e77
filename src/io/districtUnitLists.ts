import Papa from 'papaparse';
import { unitCode } from '../domain/ids';
import { districtKey } from '../domain/districtKey';
import type { Unit } from '../domain/plan';
import { decodeText } from './csvDecode';
import { detectDelimiter } from './csvDialect';
import { interpretHeader } from './headerAliases';

/**
 * A list of communes by district (the GSO list: `district_code, district_name, commune_code, commune_name,
 * commune_type`, or the same in Vietnamese), for a province to hand each district its unit list with the
 * assignment. Read the same careful way as every CSV: any encoding, any separator, headers through the one
 * alias table.
 */
export interface DistrictUnitLists {
  /** Units by district code and by folded district name (either may match a plan's member unit). */
  byCode: Map<string, Unit[]>;
  byName: Map<string, Unit[]>;
  units: number;
}

export type DistrictUnitListsRead = { ok: true; lists: DistrictUnitLists } | { ok: false; problem: 'unreadable' | 'missingColumn' };

export function readDistrictUnitLists(bytes: Uint8Array): DistrictUnitListsRead {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, problem: 'unreadable' };
  const rows = Papa.parse<string[]>(decoded.text, { delimiter: detectDelimiter(decoded.text), skipEmptyLines: 'greedy' }).data;
  const header = (rows[0] ?? []).map((h) => interpretHeader(h, []).kind);
  const column = (kind: 'districtCode' | 'districtName' | 'code' | 'name' | 'type') => header.indexOf(kind);
  const at = { districtCode: column('districtCode'), districtName: column('districtName'), code: column('code'), name: column('name'), type: column('type') };
  if (at.code < 0 || at.name < 0 || (at.districtCode < 0 && at.districtName < 0)) return { ok: false, problem: 'missingColumn' };
  const byCode = new Map<string, Unit[]>();
  const byName = new Map<string, Unit[]>();
  let units = 0;
  const add = (map: Map<string, Unit[]>, key: string, unit: Unit) => {
    if (!key) return;
    const list = map.get(key) ?? [];
    if (!list.some((u) => u.code === unit.code)) list.push(unit);
    map.set(key, list);
  };
  // A name shared by districts of different provinces (Huyện Châu Thành…) can only match by code.
  const districtsByName = new Map<string, Set<string>>();
  for (const row of rows.slice(1)) {
    const key = districtKey((row[at.districtName] ?? '').trim());
    if (key) districtsByName.set(key, (districtsByName.get(key) ?? new Set()).add((row[at.districtCode] ?? '').trim() || key));
  }
  for (const row of rows.slice(1)) {
    const cell = (i: number) => (i >= 0 ? (row[i] ?? '').trim() : '');
    const code = cell(at.code);
    if (!code || !cell(at.name)) continue;
    const unit: Unit = { code: unitCode(code), name: cell(at.name), type: cell(at.type), volume: null, baseline: {}, target: {} };
    add(byCode, cell(at.districtCode), unit);
    const key = districtKey(cell(at.districtName));
    if ((districtsByName.get(key)?.size ?? 0) === 1) add(byName, key, unit);
    units++;
  }
  return { ok: true, lists: { byCode, byName, units } };
}

/** The unit list of one of a plan's member units (a district), by its code, else by its name. */
export function unitsOfDistrict(lists: DistrictUnitLists, code: string, name: string): Unit[] {
  return lists.byCode.get(code) ?? lists.byName.get(districtKey(name)) ?? [];
}
