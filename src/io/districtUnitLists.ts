import Papa from 'papaparse';
import { unitCode } from '../domain/ids';
import { foldDiacritics } from '../domain/indicators';
import type { Unit } from '../domain/plan';
import { decodeText } from './csvDecode';
import { detectDelimiter } from './csvDialect';
import { foldHeader } from './headerAliases';

/**
 * A list of communes by district (the GSO list: `district_code, district_name, commune_code, commune_name,
 * commune_type`, or the same in Vietnamese), for a province to hand each district its unit list with the
 * assignment. Read the same careful way as every CSV: any encoding, any separator, headers by alias.
 */
const ALIASES = {
  districtCode: ['district code', 'ma huyen', 'ma quan huyen', 'ma cap huyen', 'ma don vi cap huyen'],
  districtName: ['district name', 'ten huyen', 'ten quan huyen', 'huyen', 'don vi cap huyen'],
  code: ['commune code', 'ma xa', 'ma xa phuong', 'ma', 'ma don vi', 'code'],
  name: ['commune name', 'ten xa', 'ten xa phuong', 'ten', 'ten don vi', 'name'],
  type: ['commune type', 'loai', 'cap', 'type', 'loai don vi'],
} as const;

export interface DistrictUnitLists {
  /** Units by district code and by folded district name (either may match a plan's member unit). */
  byCode: Map<string, Unit[]>;
  byName: Map<string, Unit[]>;
  units: number;
}

export type DistrictUnitListsRead = { ok: true; lists: DistrictUnitLists } | { ok: false; problem: 'unreadable' | 'missingColumn' };

/** `Huyện Tuy Phước` and `UBND huyện Tuy Phước` → `tuy phuoc`: district names as written in different lists. */
export const districtKey = (name: string) =>
  foldDiacritics(name).toLowerCase().replace(/^(ubnd\s+)?(huyen|quan|thi xa|thanh pho|tp\.?)\s+/, '').replace(/\s+/g, ' ').trim();

export function readDistrictUnitLists(bytes: Uint8Array): DistrictUnitListsRead {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, problem: 'unreadable' };
  const rows = Papa.parse<string[]>(decoded.text, { delimiter: detectDelimiter(decoded.text), skipEmptyLines: 'greedy' }).data;
  const header = (rows[0] ?? []).map((h) => foldHeader(h).replace(/_/g, ' '));
  const column = (kind: keyof typeof ALIASES) => header.findIndex((h) => (ALIASES[kind] as readonly string[]).includes(h));
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
  for (const row of rows.slice(1)) {
    const cell = (i: number) => (i >= 0 ? (row[i] ?? '').trim() : '');
    const code = cell(at.code);
    if (!code || !cell(at.name)) continue;
    const unit: Unit = { code: unitCode(code), name: cell(at.name), type: cell(at.type), volume: null, baseline: {}, target: {} };
    add(byCode, cell(at.districtCode), unit);
    add(byName, districtKey(cell(at.districtName)), unit);
    units++;
  }
  return { ok: true, lists: { byCode, byName, units } };
}

/** The unit list of one of a plan's member units (a district), by its code, else by its name. */
export function unitsOfDistrict(lists: DistrictUnitLists, code: string, name: string): Unit[] {
  return lists.byCode.get(code) ?? lists.byName.get(districtKey(name)) ?? [];
}
