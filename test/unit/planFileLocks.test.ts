import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/domain/plan';
import { restorePlanFile } from '../../src/io/restorePlanFile';
import { serializePlanFile } from '../../src/io/serializePlanFile';
import { PLAN_FILE_VERSION } from '../../src/io/planFileFormat';
import { fileProblemMessage } from '../../src/ui/i18n/fileProblemText';
import { v4FixturePlan } from '../support/fixturePlans';

const context = { appVersion: '0.1.0', exportedAt: '2023-12-01T08:00:00.000Z' };
const fixture = (name: string) => readFileSync(new URL(`../fixtures/plan-files/${name}`, import.meta.url), 'utf8');
/** What a plan file carries: everything but the local revision counter. */
const content = (p: Plan) => ({ ...p, revision: 0 });
describe('plan file version 4: locked target cells', () => {
  it('reads the version 4 fixture, kept forever: locked target cells travel with their units, an empty one too', () => {
    const restored = restorePlanFile(fixture('v4-tuy-phuoc.dvctt.json'), 'v4-tuy-phuoc.dvctt.json');
    const expected = v4FixturePlan();
    expect(restored.ok && restored.value.formatVersion).toBe(4);
    const plan = restored.ok ? restored.value.plan : undefined;
    expect(plan?.units.filter((u) => u.locked).map((u) => [u.code, Object.keys(u.locked!)])).toEqual([
      ['21952', ['online_dossiers']], ['21955', ['online_dossiers', 'digitisation']], ['21973', ['online_payment']]]);
    expect(plan?.units.filter((u) => 'locked' in u)).toHaveLength(3); // no `locked: {}` on the others
    expect(plan && content(plan)).toEqual(content(expected));
    // And the app writes it at its own version now, and a round trip keeps the locks (the current version's
    // bytes are held by its own fixture).
    const written = plan ? serializePlanFile(plan, { ...context, exportedBy: plan.allocatingUnit }) : '';
    expect(written).toContain(`"formatVersion": ${PLAN_FILE_VERSION},`);
    const again = restorePlanFile(written, 'again.dvctt.json');
    expect(again.ok && content(again.value.plan)).toEqual(content(expected));
  });

  it('refuses a lock on an indicator the plan does not have, or a lock that is not `true`, naming the field', () => {
    const v4 = JSON.parse(fixture('v4-tuy-phuoc.dvctt.json')) as { plan: { units: { locked?: Record<string, unknown> }[] } };
    v4.plan.units[1]!.locked = { online_dossiers: true, ghost: true };
    const ghost = restorePlanFile(JSON.stringify(v4), 'ma.dvctt.json');
    expect(!ghost.ok && ghost.problems).toEqual([{ code: 'unknownIndicator', file: 'ma.dvctt.json', field: 'plan.units[1].locked.ghost', params: { id: 'ghost' } }]);
    expect(!ghost.ok && fileProblemMessage(ghost.problems[0]!)).toBe('Tệp ma.dvctt.json, plan.units[1].locked.ghost: chỉ tiêu «ghost» không có trong kế hoạch.');
    v4.plan.units[1]!.locked = { online_dossiers: false };
    const unlocked = restorePlanFile(JSON.stringify(v4), 'ma.dvctt.json');
    expect(!unlocked.ok && unlocked.problems.map((p) => [p.code, p.field])).toEqual([['invalidValue', 'plan.units[1].locked.online_dossiers']]);
  });
});
