import { describe, expect, it } from 'vitest';
import { makeDemoPlan } from '../../src/domain/demoPlan';
import { BACKUP_FILE_FORMAT, BACKUP_FILE_VERSION, backupFileParts, restoreBackupFile, serializeBackupFile } from '../../src/io/backupFile';
import { planDocument } from '../../src/io/serializePlanFile';
import type { Plan } from '../../src/domain/plan';
import { makeTestPlan, NOW } from '../support/builders';

const context = { appVersion: '0.1.0', exportedAt: NOW };
const content = <T extends { revision: number }>(p: T) => ({ ...p, revision: 0 });

describe('backup file', () => {
  it('restores every plan exactly', () => {
    const plans = [makeDemoPlan(NOW), makeTestPlan({ units: 30 }), makeTestPlan({ units: 0 })];
    const restored = restoreBackupFile(serializeBackupFile(plans, context), 'b.json');
    if (!restored.ok) throw new Error(JSON.stringify(restored.problems));
    expect(restored.value.plans.map(content).sort((a, b) => a.id.localeCompare(b.id))).toEqual(plans.map(content).sort((a, b) => a.id.localeCompare(b.id)));
  });

  it('writes in parts exactly the JSON of the whole backup, however many plans and however the units are split', () => {
    const whole = (plans: Plan[]) => `${JSON.stringify({ format: BACKUP_FILE_FORMAT, formatVersion: BACKUP_FILE_VERSION, app: context.appVersion, exportedAt: context.exportedAt,
      plans: [...plans].sort((a, b) => a.id.localeCompare(b.id)).map(planDocument) }, null, 1)}\n`;
    const tricky = { ...makeTestPlan({ units: 7 }), notes: 'x"}]\n "units": []', name: 'Phước\u2028' };
    const sets: Plan[][] = [[], [makeTestPlan({ units: 0 })], [makeDemoPlan(NOW)], [makeDemoPlan(NOW), tricky, makeTestPlan({ units: 0 }), makeTestPlan({ units: 25 })]];
    for (const plans of sets) {
      for (const perPart of [1, 3, 7, 20_000]) {
        const parts = [...backupFileParts(plans, context, perPart)];
        expect(parts.join('')).toBe(whole(plans));
        expect(JSON.parse(parts.join(''))).toEqual(JSON.parse(whole(plans)));
      }
      expect(serializeBackupFile(plans, context)).toBe(whole(plans));
    }
  });

  it('is byte-identical for the same plans in any order', () => {
    const a = makeDemoPlan(NOW);
    const b = makeTestPlan({ units: 2 });
    expect(serializeBackupFile([a, b], context)).toBe(serializeBackupFile([b, a], context));
  });

  it('names the plan and field of a damaged value, and refuses a newer version', () => {
    const doc = JSON.parse(serializeBackupFile([makeDemoPlan(NOW), makeTestPlan({ units: 2 })], context));
    doc.plans[1].units[0].target.online_dossiers = 55.555;
    const bad = restoreBackupFile(JSON.stringify(doc), 'b.json');
    expect(!bad.ok && bad.problems.map((p) => [p.code, p.field])).toEqual([['tooManyDecimals', 'plans[1].units[0].target.online_dossiers']]);
    const newer = restoreBackupFile(JSON.stringify({ ...doc, formatVersion: BACKUP_FILE_VERSION + 1 }), 'b.json');
    expect(!newer.ok && newer.problems[0]?.code).toBe('newerVersion');
  });
});
