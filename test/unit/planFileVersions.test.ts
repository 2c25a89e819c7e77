import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/domain/plan';
import { restorePlanFile } from '../../src/io/restorePlanFile';
import { serializePlanFile } from '../../src/io/serializePlanFile';
import { restoreBackupFile, serializeBackupFile } from '../../src/io/backupFile';
import { migrate, planMigrations } from '../../src/schema/planMigrations';
import { v4FixturePlan, v5FixturePlan, withNationalCounts } from '../support/fixturePlans';

const context = { appVersion: '0.1.0', exportedAt: '2023-12-01T08:00:00.000Z' };
const fixture = (name: string) => readFileSync(new URL(`../fixtures/plan-files/${name}`, import.meta.url), 'utf8');
const content = (p: Plan) => ({ ...p, revision: 0 });

describe('plan file version 5: named versions', () => {
  it('reads the version 5 fixture, kept forever: both versions with their names, times, indicators, targets and locks', () => {
    const restored = restorePlanFile(fixture('v5-tuy-phuoc.dvctt.json'), 'v5-tuy-phuoc.dvctt.json');
    expect(restored.ok && restored.value.formatVersion).toBe(5);
    const plan = restored.ok ? restored.value.plan : undefined;
    expect(plan?.versions?.map((v) => [v.id, v.name, v.savedAt, v.indicators.length, v.units.length])).toEqual([
      ['v-1', 'Phương án 1', '2023-07-10T02:00:00.000Z', 5, 13], ['v-2', 'Phương án 2 — bỏ số hóa', '2023-07-11T03:30:00.000Z', 4, 14]]);
    expect(plan?.versions?.[0]?.units.filter((u) => u.locked).map((u) => u.code)).toEqual(['21952', '21955', '21973']);
    expect(plan && content(plan)).toEqual(content(v5FixturePlan()));
    // And a round trip through the current version keeps the versions.
    const again = plan && restorePlanFile(serializePlanFile(plan, { ...context, exportedBy: plan.allocatingUnit }), 'again.dvctt.json');
    expect(again?.ok && content(again.value.plan)).toEqual(content(v5FixturePlan()));
  });

  it('migrates version 4 to the current one: no versions appear, only the national count pairs', () => {
    const v4 = JSON.parse(fixture('v4-tuy-phuoc.dvctt.json')) as { plan: Record<string, unknown> };
    expect(migrate(v4.plan, 4, planMigrations)).toEqual({ doc: withNationalCounts(v4.plan), ran: [4, 5] });
    const restored = restorePlanFile(fixture('v4-tuy-phuoc.dvctt.json'), 'v4.dvctt.json');
    expect(restored.ok && restored.value.plan.versions).toBeUndefined();
    expect(restored.ok && content(restored.value.plan)).toEqual(content(v4FixturePlan()));
  });

  it('leaves the key out for a plan without versions', () => {
    expect(serializePlanFile(v4FixturePlan(), context)).not.toContain('"versions"');
    expect(serializePlanFile({ ...v4FixturePlan(), versions: [] }, context)).not.toContain('"versions"');
  });

  it('carries versions in a backup, as in a plan file', () => {
    const plan = v5FixturePlan();
    const restored = restoreBackupFile(serializeBackupFile([plan], context), 'b.json');
    expect(restored.ok && restored.value.plans.map(content)).toEqual([content(plan)]);
  });

  it('refuses a target or a lock on an indicator the version does not have, and a repeated unit, naming the field', () => {
    const doc = JSON.parse(fixture('v5-tuy-phuoc.dvctt.json')) as { plan: { versions: { units: { code: string; target: Record<string, number>; locked?: Record<string, true> }[] }[] } };
    const second = doc.plan.versions[1]!;
    second.units[0]!.target.digitisation = 50;
    second.units[1]!.locked = { ghost: true };
    second.units[2]!.code = second.units[3]!.code;
    second.units[4]!.target.online_dossiers = 101;
    const restored = restorePlanFile(JSON.stringify(doc), 'x.dvctt.json');
    expect(!restored.ok && restored.problems.map((p) => [p.code, p.field])).toEqual([
      ['unknownIndicator', 'plan.versions[1].units[0].target.digitisation'],
      ['unknownIndicator', 'plan.versions[1].units[1].locked.ghost'],
      ['duplicateUnit', 'plan.versions[1].units[3].code'],
      ['outOfRange', 'plan.versions[1].units[4].target.online_dossiers'],
    ]);
  });

  it('refuses an unknown key in a version, naming it', () => {
    const doc = JSON.parse(fixture('v5-tuy-phuoc.dvctt.json')) as { plan: { versions: Record<string, unknown>[] } };
    doc.plan.versions[0]!.author = 'x';
    const restored = restorePlanFile(JSON.stringify(doc), 'x.dvctt.json');
    expect(!restored.ok && restored.problems.map((p) => [p.code, p.field])).toEqual([['unknownField', 'plan.versions[0].author']]);
  });
});
