/**
 * Field paths as the app's file problems name them (`plan.units[3].target.online_dossiers`, `plans[1].indicators[0].min`),
 * to put a value at one place of a parsed file and to read it back.
 */
export type PathKey = string | number;

/** `plan.units[3].target.x` → `['plan', 'units', 3, 'target', 'x']`. Indicator ids (letters, digits, `_ . -`) may hold dots: the path is split at `.` only before a known key. */
export function parsePath(path: string): PathKey[] {
  const keys: PathKey[] = [];
  // Rate maps are the only place where an indicator id follows: `…baseline.<id>`, `…target.<id>`, `…ownTargets.<id>`.
  const map = /^(.*\.(?:baseline|target|ownTargets))\.(.+)$/.exec(path);
  const head = map ? map[1]! : path;
  for (const part of head.split('.')) {
    const m = /^([^[\]]+)((?:\[\d+\])*)$/.exec(part);
    if (!m) throw new Error(`Not a field path: ${path}`);
    keys.push(m[1]!);
    for (const index of m[2]!.matchAll(/\[(\d+)\]/g)) keys.push(Number(index[1]));
  }
  if (map) keys.push(map[2]!);
  return keys;
}

type Json = Record<string | number, unknown>;

/** The value at `path` in a parsed document; throws when a step on the way is missing. */
export function getAt(doc: unknown, path: string): unknown {
  let current = doc;
  for (const key of parsePath(path)) {
    if (typeof current !== 'object' || current === null) throw new Error(`No ${path}: stops before ${String(key)}`);
    current = (current as Json)[key];
  }
  return current;
}

/** A deep copy of `doc` with `value` at `path` (the last key is created when absent; every step before it must exist). */
export function withValueAt<T>(doc: T, path: string, value: unknown): T {
  const copy = structuredClone(doc);
  const keys = parsePath(path);
  let current: unknown = copy;
  for (const key of keys.slice(0, -1)) {
    const next = (current as Json)[key];
    if (typeof next !== 'object' || next === null) throw new Error(`No ${path}: stops at ${String(key)}`);
    current = next;
  }
  (current as Json)[keys[keys.length - 1]!] = value;
  return copy;
}

/** A document written as the app writes its files: one space per level, a final line break. */
export const asFileText = (doc: unknown) => `${JSON.stringify(doc, null, 1)}\n`;

/** A place where a file carries a number: a rate (percent) or a dossier volume. */
export interface FieldPath { path: string; kind: 'rate' | 'volume' }

/**
 * Every place a plan as files carry it holds a number, under `at` (`plan`, `plans[1]`): each unit's volume and
 * its previous result and target for every indicator of the plan (present in the file or not), and each
 * indicator's general target, floor and own target.
 */
export function planPaths(plan: { units: readonly unknown[]; indicators: readonly { id: string }[] }, at: string): FieldPath[] {
  const ids = plan.indicators.map((i) => i.id);
  return [
    ...plan.units.flatMap((_, k): FieldPath[] => [
      { path: `${at}.units[${k}].volume`, kind: 'volume' },
      ...ids.flatMap((id): FieldPath[] => [{ path: `${at}.units[${k}].baseline.${id}`, kind: 'rate' }, { path: `${at}.units[${k}].target.${id}`, kind: 'rate' }]),
    ]),
    ...plan.indicators.flatMap((_, n): FieldPath[] => (['min', 'floor', 'ownTarget'] as const).map((f) => ({ path: `${at}.indicators[${n}].${f}`, kind: 'rate' }))),
  ];
}

/**
 * Every place an assignment file holds a number the app reads or checks: each receiving unit's own targets, each
 * listed unit's volume, previous results and targets, each indicator's general target and floor. (Each indicator's
 * `ownTarget` is not read: see the `it.fails` case in badInputVariationsFieldPaths.test.ts.)
 */
export function assignmentPaths(assignment: { indicators: readonly { id: string }[]; districts: readonly { units: readonly unknown[] }[] }): FieldPath[] {
  const ids = assignment.indicators.map((i) => i.id);
  return [
    ...assignment.districts.flatMap((district, n): FieldPath[] => [
      ...ids.map((id): FieldPath => ({ path: `assignment.districts[${n}].ownTargets.${id}`, kind: 'rate' })),
      ...district.units.flatMap((_, k): FieldPath[] => [
        { path: `assignment.districts[${n}].units[${k}].volume`, kind: 'volume' },
        ...ids.flatMap((id): FieldPath[] => [
          { path: `assignment.districts[${n}].units[${k}].baseline.${id}`, kind: 'rate' },
          { path: `assignment.districts[${n}].units[${k}].target.${id}`, kind: 'rate' },
        ]),
      ]),
    ]),
    ...assignment.indicators.flatMap((_, n): FieldPath[] => [{ path: `assignment.indicators[${n}].min`, kind: 'rate' }, { path: `assignment.indicators[${n}].floor`, kind: 'rate' }]),
  ];
}
