import type { Indicator } from '../domain/indicators';
import type { Plan, Unit } from '../domain/plan';
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
    indicators: plan.indicators.map((i) => ({
      id: i.id,
      name: { vi: i.name.vi, en: i.name.en },
      min: rateToPercent(i.min),
      mode: i.mode,
      floor: pct(i.floor),
      mandatory: i.mandatory,
      ownTarget: pct(i.ownTarget),
    })),
    units: plan.units.map((u) => unitDocument(u, plan.indicators)),
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
  };
}

/**
 * The plan file's text: readable JSON with a fixed key order, so two exports of an unchanged plan are
 * byte-identical (given the same `exportedAt`). Objects are built field by field for that reason.
 */
export function serializePlanFile(plan: Plan, context: ExportContext): string {
  return [...planFileParts(plan, context)].join('');
}

const UNITS_KEY = '"units": []';
/** Units sit three levels deep (document → plan → units), one space per level. */
const UNIT_INDENT = '   ';

/**
 * The same text in parts, `unitsPerPart` units each (one part when the plan fits), so that a caller can let
 * the page breathe between parts: a 100,000-unit plan is 30 MB of JSON, more than a second of work. The parts joined are exactly
 * `JSON.stringify(document, null, 1)`: the units are the last field of the last field, so the document is written
 * with an empty unit list and the units go where it stands (a key inside a JSON string has its quotes escaped,
 * so the marker cannot be found anywhere else).
 */
export function* planFileParts(plan: Plan, context: ExportContext, unitsPerPart = 20_000): Generator<string> {
  const small = plan.units.length <= unitsPerPart;
  const doc = {
    format: PLAN_FILE_FORMAT,
    formatVersion: PLAN_FILE_VERSION,
    app: context.appVersion,
    exportedAt: context.exportedAt,
    exportedBy: context.exportedBy ?? plan.allocatingUnit,
    // A plan that fits in one part is written in one call, the fastest way.
    plan: planDocument(small ? plan : { ...plan, units: [] }),
  };
  const text = JSON.stringify(doc, null, 1);
  const at = text.lastIndexOf(UNITS_KEY);
  if (small || at < 0) {
    yield `${text}\n`;
    return;
  }
  yield `${text.slice(0, at)}"units": [\n`;
  for (let start = 0; start < plan.units.length; start += unitsPerPart) {
    const lines: string[] = [];
    for (const u of plan.units.slice(start, start + unitsPerPart)) {
      lines.push(UNIT_INDENT + JSON.stringify(unitDocument(u, plan.indicators), null, 1).replaceAll('\n', `\n${UNIT_INDENT}`));
    }
    yield (start > 0 ? ',\n' : '') + lines.join(',\n');
  }
  yield `\n  ]${text.slice(at + UNITS_KEY.length)}\n`;
}

/** `Kế hoạch Tuy Phước` + `2023-H2` → `Ke-hoach-Tuy-Phuoc_2023-H2`: safe on every file system and in e-mail. */
export function safeFileName(name: string, period: string): string {
  const clean = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80);
  return [clean(name) || 'ke-hoach', clean(period)].filter(Boolean).join('_');
}
