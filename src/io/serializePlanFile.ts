import type { IndicatorId } from '../domain/ids';
import type { Indicator } from '../domain/indicators';
import type { Plan, PlanVersion, Unit } from '../domain/plan';
import { rateToPercent, type Rate } from '../domain/rate';
import { PLAN_FILE_FORMAT, PLAN_FILE_VERSION } from './planFileFormat';

export interface ExportContext {
  appVersion: string;
  exportedAt: string;
  /** The unit that exports: the plan's allocating unit by default. */
  exportedBy?: string;
}

const pct = (rate: Rate | null | undefined) => (rate === null || rate === undefined ? null : rateToPercent(rate));

/** Rates of a unit in the plan's indicator order, so that the output never depends on insertion order. */
function rateMap(values: Unit['target'], indicators: readonly Indicator[]) {
  const out: Record<string, number> = {};
  for (const ind of indicators) {
    const v = values[ind.id];
    if (v !== undefined) out[ind.id] = rateToPercent(v);
  }
  return out;
}

/** A unit's locked target cells in the plan's indicator order; undefined (left out of the file) when none. */
function lockMap(locked: Unit['locked'], indicators: readonly Indicator[]) {
  if (!locked) return undefined;
  const out: Record<string, true> = {};
  for (const ind of indicators) if (locked[ind.id] === true) out[ind.id] = true;
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * A unit's monthly results as the files carry them (format version 6): keys in order (month, indicator, part),
 * a rate entered as a rate in percent like every rate of a file; undefined (left out) when none.
 */
export function resultsDocument(results: Unit['results']): Record<string, number> | undefined {
  if (!results) return undefined;
  const out: Record<string, number> = {};
  for (const key of Object.keys(results).sort()) {
    const value = results[key as keyof typeof results]!;
    out[key] = key.endsWith('/r') ? rateToPercent(value as Rate) : value;
  }
  return out;
}

/** An indicator as the files carry it. */
function indicatorDocument(i: Indicator) {
  return {
    id: i.id,
    name: { vi: i.name.vi, en: i.name.en },
    min: pct(i.min),
    mode: i.mode,
    floor: pct(i.floor),
    mandatory: i.mandatory,
    ownTarget: pct(i.ownTarget),
    checkOwnTarget: i.checkOwnTarget,
    counts: i.counts && { num: { vi: i.counts.num.vi, en: i.counts.num.en }, den: { vi: i.counts.den.vi, en: i.counts.den.en } },
  };
}

/** A plan as the files carry it (plan files and backups), field by field in a fixed order. */
export function planDocument(plan: Plan) {
  return {
    id: plan.id,
    name: plan.name,
    period: plan.period,
    allocatingUnit: plan.allocatingUnit,
    notes: plan.notes,
    status: plan.status,
    createdAt: plan.createdAt,
    updatedAt: plan.updatedAt,
    indicators: plan.indicators.map(indicatorDocument),
    // Left out when none (JSON.stringify leaves an undefined field out), as a unit's locks are; before the
    // units, which must be the last field (`planObjectParts` writes them where they stand).
    versions: plan.versions && plan.versions.length > 0 ? plan.versions.map(versionDocument) : undefined,
    units: plan.units.map((u) => unitDocument(u, plan.indicators)),
  };
}

/** One named version as the files carry it (format version 5): its indicators as the plan's, its units' targets and locks. */
function versionDocument(v: PlanVersion) {
  return {
    id: v.id,
    name: v.name,
    savedAt: v.savedAt,
    indicators: v.indicators.map(indicatorDocument),
    units: v.units.map((u) => ({ code: u.code, target: rateMap(u.target, v.indicators), locked: lockMap(u.locked, v.indicators) })),
  };
}

/** One unit as the files carry it. */
function unitDocument(u: Unit, indicators: readonly Indicator[]) {
  return {
    code: u.code,
    name: u.name,
    type: u.type,
    volume: u.volume,
    baseline: rateMap(u.baseline, indicators),
    target: rateMap(u.target, indicators),
    locked: lockMap(u.locked, indicators),
    results: resultsDocument(u.results),
  };
}

/** A number as JSON writes it: `String` for every finite number (and `0` for `-0`), `null` otherwise. */
const jsonNumber = (n: number) => (Number.isFinite(n) ? String(n) : 'null');

/**
 * Writes units, as pieces pushed onto `out`, exactly as `JSON.stringify(unitDocument(u), null, 1)` lays
 * them out at the depth where the plan file holds them (`indent`, one space per level), without building
 * the objects first. A test holds the output to JSON.stringify's, byte for byte.
 */
function unitWriter(indicators: readonly Indicator[], indent: string): (out: string[], units: readonly Unit[], start: number, end: number) => void {
  // The keys in the order an object built by `rateMap` lists them: JavaScript puts integer-like keys first,
  // keeps the first place of a repeated id and has no own key `__proto__`; an object built the same way says which.
  const order: Record<string, number> = {};
  for (const ind of indicators) order[ind.id] = 0;
  const keys = Object.keys(order) as IndicatorId[];
  const inner = `${indent}  `;
  const firsts = keys.map((k) => `{\n${inner}${JSON.stringify(k)}: `);
  const nexts = keys.map((k) => `,\n${inner}${JSON.stringify(k)}: `);
  const close = `\n${indent} }`;
  const field = `\n${indent} `;
  const open = `${indent}{${field}"code": `;
  const nextOpen = `,\n${open}`;
  const name = `,${field}"name": `;
  const type = `,${field}"type": `;
  const volume = `,${field}"volume": `;
  const baseline = `,${field}"baseline": `;
  const target = `,${field}"target": `;
  const locked = `,${field}"locked": `;
  const results = `,${field}"results": `;
  const resultsBreak = `\n${indent} `;
  const end = `\n${indent}}`;
  // A plan has a few thousand distinct rates at most: each is written out once.
  const percents = new Map<number, string>();
  // One loop that calls only built-ins: it runs for every unit, the first thousands of them before the
  // engine has optimised it, when every call of a function of ours costs.
  return (out, units, from, to) => {
    for (let i = from; i < to; i++) {
      const u = units[i]!;
      out.push(i > 0 ? nextOpen : open, JSON.stringify(u.code), name, JSON.stringify(u.name), type, JSON.stringify(u.type),
        volume, u.volume === null ? 'null' : jsonNumber(u.volume), baseline);
      for (let side = 0; side < 2; side++) {
        const values = side === 0 ? u.baseline : u.target;
        let empty = true;
        for (let k = 0; k < keys.length; k++) {
          const v = values[keys[k]!];
          if (v === undefined) continue;
          let text = percents.get(v);
          if (text === undefined) percents.set(v, text = jsonNumber(rateToPercent(v)));
          out.push(empty ? firsts[k]! : nexts[k]!, text);
          empty = false;
        }
        out.push(empty ? '{}' : close);
        if (side === 0) out.push(target);
      }
      // The locks, only when the unit has one on an indicator of the plan (JSON.stringify leaves an undefined field out).
      const locks = u.locked;
      let none = true;
      if (locks) {
        for (let k = 0; k < keys.length; k++) {
          if (locks[keys[k]!] !== true) continue;
          out.push(none ? `${locked}${firsts[k]!}` : nexts[k]!, 'true');
          none = false;
        }
      }
      if (!none) out.push(close);
      // Monthly results, rare beside the targets (and absent from most units): written through JSON.stringify.
      if (u.results) out.push(results, JSON.stringify(resultsDocument(u.results), null, 1).replaceAll('\n', resultsBreak));
      out.push(end);
    }
  };
}

/**
 * The plan file's text: readable JSON with a fixed key order, so two exports of an unchanged plan are
 * byte-identical (given the same `exportedAt`). Objects are built, and units written, field by field for that reason.
 */
export function serializePlanFile(plan: Plan, context: ExportContext): string {
  return [...planFileParts(plan, context)].join('');
}

const UNITS_KEY = '"units": []';

/**
 * The plan's object exactly as `JSON.stringify(planDocument(plan), null, 1)` lays it out `depth` levels deep
 * in a document (the caller writes what comes before its `{`), in parts of `unitsPerPart` units (one part when
 * the plan fits), so that a caller can let the page breathe between them: writing 100,000 units is far
 * more work than one frame. The units are the object's last field: the object is written with an empty
 * unit list, and the units go where it stands (a key inside a JSON string has its quotes escaped, so the
 * marker cannot be found anywhere else).
 */
export function* planObjectParts(plan: Plan, depth: number, unitsPerPart = 20_000): Generator<string> {
  const pad = ' '.repeat(depth);
  // JSON has no raw line break inside a string: every one is layout, indented one level per depth.
  const text = JSON.stringify(planDocument({ ...plan, units: [] }), null, 1).replaceAll('\n', `\n${pad}`);
  const at = text.lastIndexOf(UNITS_KEY);
  if (plan.units.length === 0 || at < 0) {
    yield text;
    return;
  }
  const head = `${text.slice(0, at)}"units": [\n`;
  const tail = `\n${pad} ]${text.slice(at + UNITS_KEY.length)}`;
  const write = unitWriter(plan.indicators, ' '.repeat(depth + 2));
  // The pieces of a part, joined once into a flat string (one grown by `+=` is a tree of small strings that
  // the Blob has to flatten first, which is slower); a plan that fits in one part is one string, head and tail included.
  const units = (start: number, before = '', after = '') => {
    const out = [before];
    write(out, plan.units, start, Math.min(plan.units.length, start + unitsPerPart));
    out.push(after);
    return out.join('');
  };
  if (plan.units.length <= unitsPerPart) {
    yield units(0, head, tail);
    return;
  }
  yield head;
  for (let start = 0; start < plan.units.length; start += unitsPerPart) yield units(start);
  yield tail;
}

/**
 * A document whose last field is `key` (given as `null`), with the parts of that field's value written where
 * it stands: what `JSON.stringify(document, null, 1)` gives with the value in place, and a line break.
 */
export function* documentParts(document: Record<string, unknown>, key: string, value: Iterable<string>): Generator<string> {
  const text = JSON.stringify(document, null, 1);
  const marker = `${JSON.stringify(key)}: null`;
  const at = text.lastIndexOf(marker);
  yield text.slice(0, at + marker.length - 'null'.length);
  yield* value;
  yield `${text.slice(at + marker.length)}\n`;
}

/** The plan file's text in parts (see `planObjectParts`); joined, they are `JSON.stringify(document, null, 1)` and a line break. */
export function planFileParts(plan: Plan, context: ExportContext, unitsPerPart = 20_000): Generator<string> {
  return documentParts({
    format: PLAN_FILE_FORMAT,
    formatVersion: PLAN_FILE_VERSION,
    app: context.appVersion,
    exportedAt: context.exportedAt,
    exportedBy: context.exportedBy ?? plan.allocatingUnit,
    plan: null,
  }, 'plan', planObjectParts(plan, 1, unitsPerPart));
}

/** `Kế hoạch Tuy Phước` + `2023-H2` → `Ke-hoach-Tuy-Phuoc_2023-H2`: safe on every file system and in e-mail. */
export function safeFileName(name: string, period: string): string {
  const clean = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80);
  const base = clean(name) || 'ke-hoach';
  const suffix = clean(period);
  // A name that names its period already ("Kế hoạch 2023-H2 huyện …") is not given it again.
  const repeats = suffix !== '' && `-${base.toLowerCase()}-`.includes(`-${suffix.toLowerCase()}-`);
  return repeats ? base : [base, suffix].filter(Boolean).join('_');
}
