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
    units: plan.units.map((u) => ({
      code: u.code,
      name: u.name,
      type: u.type,
      volume: u.volume,
      baseline: rateMap(u.baseline, plan.indicators),
      target: rateMap(u.target, plan.indicators),
    })),
  };
}

/**
 * The plan file's text: readable JSON with a fixed key order, so two exports of an unchanged plan are
 * byte-identical (given the same `exportedAt`). Objects are built field by field for that reason.
 */
export function serializePlanFile(plan: Plan, context: ExportContext): string {
  const doc = {
    format: PLAN_FILE_FORMAT,
    formatVersion: PLAN_FILE_VERSION,
    app: context.appVersion,
    exportedAt: context.exportedAt,
    exportedBy: context.exportedBy ?? plan.allocatingUnit,
    plan: planDocument(plan),
  };
  return `${JSON.stringify(doc, null, 1)}\n`;
}

/** `Kế hoạch Tuy Phước` + `2023-H2` → `Ke-hoach-Tuy-Phuoc_2023-H2`: safe on every file system and in e-mail. */
export function safeFileName(name: string, period: string): string {
  const clean = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80);
  return [clean(name) || 'ke-hoach', clean(period)].filter(Boolean).join('_');
}
