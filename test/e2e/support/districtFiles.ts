import type { FilePayload } from './files';
import { jsonFile } from './files';
import type { IndicatorId } from './planPage';
import type { PlanFileDoc } from './province';

/**
 * Districts' plan files for the province's consolidated view, derived from one exported plan file (the demo's
 * communes serve every district), and what the view must say of them.
 */
/** Xã Phước Hiệp: no targets in the demo plan. */
export const UNDECIDED = '21973';

/** The warnings the app counts for a plan file: a missing target (in a draft) and a target below the previous result. */
export function warningsOf(doc: PlanFileDoc): number {
  return doc.plan.units.reduce((n, u) => n + doc.plan.indicators.filter((i) => {
    const target = u.target[i.id];
    const baseline = u.baseline[i.id];
    if (target === undefined) return doc.plan.status === 'draft';
    return baseline !== undefined && target < baseline;
  }).length, 0);
}

export interface DistrictFile {
  doc: PlanFileDoc;
  payload: FilePayload;
  errors: number;
  /** The indicators whose consolidated cell shows ✗. */
  failing: IndicatorId[];
}

/**
 * Four districts' plan files derived from one exported plan file (the demo's communes serve every district):
 * Tuy Phước ready and complete, an older draft of the same plan under a differently typed unit name, Phù Cát
 * with a target below the general target, An Lão with a raised target.
 */
/** Units of a plan file with a target for an indicator. */
export const withTarget = (doc: PlanFileDoc, id: IndicatorId) => doc.plan.units.filter((u) => u.target[id] !== undefined).length;

/** What the consolidated view must say of a district's indicator: never a pass while a unit has no target. */
export function verdictOf(f: DistrictFile, id: IndicatorId): 'pass' | 'fail' | 'incomplete' {
  if (f.failing.includes(id)) return 'fail';
  return withTarget(f.doc, id) < f.doc.plan.units.length ? 'incomplete' : 'pass';
}

export function districtFiles(base: PlanFileDoc) {
  const derive = (spec: { fileName: string; id: string; name: string; allocatingUnit: string; exportedAt: string; status?: 'draft' | 'ready';
    targets?: [code: string, indicator: IndicatorId, percent: number][]; errors?: number; failing?: IndicatorId[] }): DistrictFile => {
    const doc = structuredClone(base);
    doc.exportedAt = spec.exportedAt;
    doc.exportedBy = spec.allocatingUnit;
    Object.assign(doc.plan, { id: spec.id, name: spec.name, allocatingUnit: spec.allocatingUnit, status: spec.status ?? 'draft', updatedAt: spec.exportedAt });
    for (const [code, indicator, percent] of spec.targets ?? []) doc.plan.units.find((u) => u.code === code)!.target[indicator] = percent;
    return { doc, payload: jsonFile(spec.fileName, doc), errors: spec.errors ?? 0, failing: spec.failing ?? [] };
  };
  const undecided = base.plan.units.find((u) => u.code === UNDECIDED)!;
  // Phước Hiệp decided: its general target or its previous result, whichever is higher (100 where mandatory), so no rule is broken.
  const decided = base.plan.indicators.map((i): [string, IndicatorId, number] => [UNDECIDED, i.id as IndicatorId,
    i.mandatory ? 100 : Math.max(i.min, Math.ceil(undecided.baseline[i.id] ?? 0))]);
  const tuyPhuocName = 'Kế hoạch DVCTT Huyện Tuy Phước';
  return {
    tuyPhuoc: derive({ fileName: 'Ke-hoach-DVCTT-Huyen-Tuy-Phuoc_2023-H2 (1).dvctt.json', id: 'tuy-phuoc-2023-h2', name: tuyPhuocName,
      allocatingUnit: 'UBND huyện Tuy Phước', exportedAt: '2023-07-25T02:30:00.000Z', status: 'ready', targets: decided }),
    tuyPhuocOlder: derive({ fileName: 'Ke-hoach-DVCTT-Huyen-Tuy-Phuoc_2023-H2.dvctt.json', id: 'tuy-phuoc-2023-h2', name: tuyPhuocName,
      allocatingUnit: 'UBND huyen Tuy Phuoc', exportedAt: '2023-07-18T03:00:00.000Z', targets: [['21952', 'online_dossiers', 70]] }),
    phuCat: derive({ fileName: 'Ke-hoach-DVCTT-Huyen-Phu-Cat_2023-H2.dvctt.json', id: 'phu-cat-2023-h2', name: 'Kế hoạch DVCTT Huyện Phù Cát',
      allocatingUnit: 'UBND huyện Phù Cát', exportedAt: '2023-07-24T08:15:00.000Z', targets: [['21952', 'online_dossiers', 45]],
      errors: 1, failing: ['online_dossiers'] }),
    anLao: derive({ fileName: 'Ke-hoach-DVCTT-Huyen-An-Lao_2023-H2.dvctt.json', id: 'an-lao-2023-h2', name: 'Kế hoạch DVCTT Huyện An Lão',
      allocatingUnit: 'UBND huyện An Lão', exportedAt: '2023-07-23T01:00:00.000Z', targets: [['21955', 'online_payment', 90]] }),
  };
}

/** One plan file holding every commune of the given districts' files: what the province total must equal the aggregate of. */
export function mergedDoc(docs: readonly PlanFileDoc[]): PlanFileDoc {
  const merged = structuredClone(docs[0]!);
  merged.plan.units = docs.flatMap((d) => d.plan.units);
  return merged;
}
