import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeDemoPlan } from '../../src/domain/demoPlan';
import { indicatorId, planId, unitCode } from '../../src/domain/ids';
import type { Indicator } from '../../src/domain/indicators';
import type { Plan, Unit } from '../../src/domain/plan';
import type { Rate } from '../../src/domain/rate';
import { migrate, planMigrations, type MigrationChain } from '../../src/schema/planMigrations';
import { restorePlanFile } from '../../src/io/restorePlanFile';
import { planDocument, planFileParts, safeFileName, serializePlanFile, type ExportContext } from '../../src/io/serializePlanFile';
import { PLAN_FILE_FORMAT, PLAN_FILE_VERSION } from '../../src/io/planFileFormat';
import { makeTestPlan, NOW, pct } from '../support/builders';
import { demoBeforeResults, v3FixturePlan, withNationalCounts } from '../support/fixturePlans';

const context = { appVersion: '0.1.0', exportedAt: '2023-12-01T08:00:00.000Z' };
const fixture = (name: string) => readFileSync(new URL(`../fixtures/plan-files/${name}`, import.meta.url), 'utf8');
/** What a plan file carries: everything but the local revision counter. */
const content = (p: Plan) => ({ ...p, revision: 0 });

/**
 * The parts of a plan file: the document up to the plan, the plan (one part when its units fit in one, or its
 * head, a part per `perPart` units and its tail), and the rest of the document.
 */
const partCount = (units: number, perPart: number) => 2 + (units <= perPart ? 1 : 2 + Math.ceil(units / perPart));

function roundTrip(plan: Plan) {
  const restored = restorePlanFile(serializePlanFile(plan, context), 'x.dvctt.json');
  if (!restored.ok) throw new Error(JSON.stringify(restored.problems));
  return restored.value.plan;
}

/** Every rate a plan can hold (the one value rule): 0–100 % in hundredths. */
const rateArb = fc.integer({ min: 0, max: 10_000 }).map((r) => r as Rate);
const ids = ['online_dossiers', 'online_payment', 'digitisation', 'x.custom-7'];
const indicatorArb = (id: string): fc.Arbitrary<Indicator> => fc.record({
  id: fc.constant(indicatorId(id)), name: fc.record({ vi: fc.string({ maxLength: 20 }), en: fc.string({ maxLength: 20 }) }),
  min: rateArb, mode: fc.constantFrom('each' as const, 'weighted' as const), floor: fc.option(rateArb, { nil: null }),
  mandatory: fc.boolean(), ownTarget: fc.option(rateArb, { nil: null }), checkOwnTarget: fc.boolean(),
});
const valuesArb = fc.dictionary(fc.constantFrom(...ids), rateArb).map((d) => d as Unit['target']);
/** Locks as the app makes them: some indicators of the plan, or none (the key left out). */
const locksArb = fc.subarray(ids, { minLength: 1 }).map((chosen) => Object.fromEntries(chosen.map((id) => [id, true])) as Unit['locked']);
const planArb: fc.Arbitrary<Plan> = fc.record({
  indicators: fc.tuple(...ids.map(indicatorArb)),
  units: fc.uniqueArray(fc.record({
    code: fc.stringMatching(/^[0-9A-Za-zĐđ-]{1,8}$/).map(unitCode),
    name: fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() === s && s.length > 0),
    type: fc.constantFrom('Xã', 'Phường', 'Thị trấn', ''),
    volume: fc.option(fc.nat(100_000_000), { nil: null }), baseline: valuesArb, target: valuesArb, locked: locksArb,
  }, { requiredKeys: ['code', 'name', 'type', 'volume', 'baseline', 'target'] }), { selector: (u) => u.code, maxLength: 30 }),
  name: fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() === s && s.length > 0),
  notes: fc.string({ maxLength: 100 }), status: fc.constantFrom('draft' as const, 'ready' as const),
}).map(({ indicators, units, name, notes, status }) => ({
  ...makeTestPlan({ units: 0 }), id: planId('p-1'), indicators, units, name, notes, status, period: '2023-H2', createdAt: NOW, updatedAt: NOW,
}));

describe('plan file', () => {
  it('restores exactly what it exported (property, including empty plans)', () => {
    fc.assert(fc.property(planArb, (plan) => {
      expect(roundTrip(plan)).toEqual(content(plan));
    }), { numRuns: 200 });
  });

  it('writes in parts exactly the JSON of the whole document, however the units are split (property)', () => {
    const whole = (plan: Plan) => `${JSON.stringify({
      format: PLAN_FILE_FORMAT, formatVersion: PLAN_FILE_VERSION, app: context.appVersion, exportedAt: context.exportedAt,
      exportedBy: plan.allocatingUnit, plan: planDocument(plan),
    }, null, 1)}\n`;
    fc.assert(fc.property(planArb, fc.integer({ min: 1, max: 7 }), fc.constantFrom('"units": []', 'x"}]\n', ''), (plan, perPart, notes) => {
      const tricky = { ...plan, notes: plan.notes + notes };
      const parts = [...planFileParts(tricky, context, perPart)];
      expect(parts.join('')).toBe(whole(tricky));
      expect(parts.length).toBe(partCount(tricky.units.length, perPart));
    }), { numRuns: 300 });
  });

  it('writes units by hand byte for byte as JSON.stringify lays out the document (property, tricky text, keys and numbers)', () => {
    const TRICKY = ['"', '\\', '\n', '\r', '\t', '\u0000', '\u001f', '\u007f', '\u2028', '\u2029', '\ud800', '\udfff', '\ud83d\ude00', '\uFEFF',
      ' ', ';', ',', '=', '+', '-', '@', '"units": []', 'Phước', 'Đồng Xuân', '</script>', '{}', '[]'];
    const text = fc.array(fc.oneof(fc.constantFrom(...TRICKY), fc.string({ maxLength: 4, unit: 'binary' })), { maxLength: 6 }).map((a) => a.join(''));
    // Ids the file format refuses still have to come out as JSON.stringify writes them: integer-like keys go
    // first in a JavaScript object, `__proto__` is not a key of it, a repeated id keeps its first place.
    const keyIds = ['online_dossiers', 'online_payment', '7', '10', '2', 'constructor', '__proto__', 'toString', 'a"b', 'Phước', '01', '4294967295'];
    const rate = fc.oneof(fc.integer({ min: -100_000_000, max: 100_000_000 }), fc.double(), fc.constantFrom(0, -0, 1, 4279, 8550, 10000, 1 / 3))
      .map((r) => r as Rate);
    const values = fc.dictionary(fc.constantFrom(...keyIds), rate).map((d) => d as Unit['target']);
    const locks = fc.dictionary(fc.constantFrom(...keyIds), fc.constant(true as const)).map((d) => d as Unit['locked']);
    const unit = fc.record({
      code: text.map(unitCode), name: text, type: fc.oneof(fc.constantFrom('Xã', 'Phường', 'Thị trấn', ''), text),
      volume: fc.option(fc.oneof(fc.nat(100_000_000), fc.double()), { nil: null }), baseline: values, target: values, locked: locks,
    }, { requiredKeys: ['code', 'name', 'type', 'volume', 'baseline', 'target'] });
    const base = makeTestPlan({ units: 0 });
    const indicators = fc.array(fc.constantFrom(...keyIds), { maxLength: 8 })
      .map((chosen) => chosen.map((id, k): Indicator => ({ ...base.indicators[k % base.indicators.length]!, id: indicatorId(id) })));
    const planOf = fc.record({ units: fc.array(unit, { maxLength: 12 }), indicators, name: text, notes: text, allocatingUnit: text, period: text })
      .map((p): Plan => ({ ...base, ...p }));
    const expected = (plan: Plan, c: ExportContext) => `${JSON.stringify({
      format: PLAN_FILE_FORMAT, formatVersion: PLAN_FILE_VERSION, app: c.appVersion, exportedAt: c.exportedAt,
      exportedBy: c.exportedBy ?? plan.allocatingUnit, plan: planDocument(plan),
    }, null, 1)}\n`;
    const contextArb = fc.record({ appVersion: text, exportedAt: text, exportedBy: fc.option(text, { nil: undefined }) }, { requiredKeys: ['appVersion', 'exportedAt'] });
    fc.assert(fc.property(planOf, contextArb, fc.integer({ min: 1, max: 15 }), (plan, c, perPart) => {
      const whole = expected(plan, c);
      expect(serializePlanFile(plan, c)).toBe(whole);
      const parts = [...planFileParts(plan, c, perPart)];
      expect(parts.join('')).toBe(whole);
      expect(parts.length).toBe(partCount(plan.units.length, perPart));
    }), { numRuns: 500 });
  });

  it('writes a plan of every commune in Vietnam (10,598 units) as JSON.stringify does, whole and in parts', () => {
    const plan = makeDemoPlan(NOW);
    const big: Plan = { ...plan, units: Array.from({ length: 10_598 }, (_, i) => ({ ...plan.units[i % plan.units.length]!, code: unitCode(String(i).padStart(6, '0')) })) };
    const whole = `${JSON.stringify({ format: PLAN_FILE_FORMAT, formatVersion: PLAN_FILE_VERSION, app: context.appVersion, exportedAt: context.exportedAt, exportedBy: big.allocatingUnit, plan: planDocument(big) }, null, 1)}\n`;
    expect(serializePlanFile(big, context)).toBe(whole);
    expect([...planFileParts(big, context, 4000)].join('')).toBe(whole);
  });

  it('restores a plan of every commune in Vietnam (10,598 units) exactly', () => {
    const plan = makeTestPlan({ units: 10_598 });
    expect(roundTrip(plan)).toEqual(content(plan));
  });

  it('writes an unchanged plan byte for byte the same, whatever the order values were entered in', () => {
    const plan = makeDemoPlan(NOW);
    const reordered = { ...plan, units: plan.units.map((u) => ({ ...u, target: Object.fromEntries(Object.entries(u.target).reverse()) as Unit['target'] })) };
    expect(serializePlanFile(reordered, context)).toBe(serializePlanFile(plan, context));
  });

  it('reads the version 1 fixture, kept forever', () => {
    const restored = restorePlanFile(fixture('v1-tuy-phuoc.dvctt.json'), 'v1-tuy-phuoc.dvctt.json');
    expect(restored.ok && restored.value.plan.units).toHaveLength(13);
    expect(restored.ok && restored.value.formatVersion).toBe(1);
    expect(restored.ok && content(restored.value.plan)).toEqual(content(demoBeforeResults()));
  });

  it('reads the version 2 fixture, kept forever: the own-target check travels with each indicator', () => {
    const restored = restorePlanFile(fixture('v2-tuy-phuoc.dvctt.json'), 'v2-tuy-phuoc.dvctt.json');
    const demo = demoBeforeResults();
    const expected = { ...demo, indicators: demo.indicators.map((i, k) => ({ ...i, checkOwnTarget: k === 0 })) };
    expect(restored.ok && restored.value.formatVersion).toBe(2);
    expect(restored.ok && content(restored.value.plan)).toEqual(content(expected));
  });

  it('reads the version 3 fixture, kept forever: a general target not entered yet stays unset', () => {
    const restored = restorePlanFile(fixture('v3-tuy-phuoc.dvctt.json'), 'v3-tuy-phuoc.dvctt.json');
    const expected = v3FixturePlan();
    expect(restored.ok && restored.value.formatVersion).toBe(3);
    expect(restored.ok && restored.value.plan.indicators.map((i) => i.min)).toEqual([pct(50), pct(45), null, pct(100), pct(100)]);
    expect(restored.ok && content(restored.value.plan)).toEqual(content(expected));
    // And the app writes that plan at its own version now, which reads back as it was (a plan without locks,
    // versions or results gains no such key; the current version's file is held byte for byte by its own fixture).
    const written = serializePlanFile(expected, { ...context, exportedBy: expected.allocatingUnit });
    expect(written).toContain(`"formatVersion": ${PLAN_FILE_VERSION},`);
    expect(written).not.toMatch(/"locked"|"versions"|"results"/);
    const again = restorePlanFile(written, 'again.dvctt.json');
    expect(again.ok && content(again.value.plan)).toEqual(content(expected));
  });

  it('still reads the version 3 fixture as a plan without locks', () => {
    const restored = restorePlanFile(fixture('v3-tuy-phuoc.dvctt.json'), 'v3-tuy-phuoc.dvctt.json');
    expect(restored.ok && restored.value.plan.units.some((u) => 'locked' in u)).toBe(false);
  });

  it('migrates version 3 to the current one: only the national indicators’ count pairs are added', () => {
    const v3 = JSON.parse(fixture('v3-tuy-phuoc.dvctt.json')) as { plan: Record<string, unknown> };
    expect(migrate(v3.plan, 3, planMigrations)).toEqual({ doc: withNationalCounts(v3.plan), ran: [3, 4, 5] });
  });

  it('migrates version 2 to the current one: only the national indicators’ count pairs are added', () => {
    const v2 = JSON.parse(fixture('v2-tuy-phuoc.dvctt.json')) as { plan: Record<string, unknown> };
    expect(migrate(v2.plan, 2, planMigrations)).toEqual({ doc: withNationalCounts(v2.plan), ran: [2, 3, 4, 5] });
  });

  it('migrates version 1 to the current one: every indicator gains the own-target check, off, the national ones their count pairs, and nothing else changes', () => {
    const v1 = JSON.parse(fixture('v1-tuy-phuoc.dvctt.json')) as { plan: Record<string, unknown> };
    const v2 = JSON.parse(fixture('v2-tuy-phuoc.dvctt.json')) as { plan: { indicators: { checkOwnTarget: boolean }[] } };
    v2.plan.indicators[0]!.checkOwnTarget = false; // the fixture turns it on for the first indicator
    expect(migrate(v1.plan, 1, planMigrations)).toEqual({ doc: withNationalCounts(v2.plan), ran: [1, 2, 3, 4, 5] });
  });

  it('refuses a newer format version, naming both versions', () => {
    const doc = JSON.parse(serializePlanFile(makeTestPlan(), context));
    const restored = restorePlanFile(JSON.stringify({ ...doc, formatVersion: 7, app: '3.0.0' }), 'new.dvctt.json');
    expect(restored).toEqual({ ok: false, problems: [{ code: 'newerVersion', file: 'new.dvctt.json', params: { fileVersion: 7, appVersion: PLAN_FILE_VERSION, app: '3.0.0' } }] });
  });

  it.each([
    ['', 'empty'], ['{"format": "dvctt-plan", "formatVersion": 1, ', 'notJson'], ['[1,2]', 'unknownFormat'], ['{"format":"something-else"}', 'unknownFormat'],
  ])('refuses %j as %s', (text, code) => {
    const restored = restorePlanFile(text, 'f.json');
    expect(restored.ok).toBe(false);
    expect(!restored.ok && restored.problems[0]?.code).toBe(code);
  });

  it('says where a truncated file stops', () => {
    const text = serializePlanFile(makeTestPlan(), context);
    const restored = restorePlanFile(text.slice(0, 400), 'cut.dvctt.json');
    expect(!restored.ok && restored.problems[0]).toMatchObject({ code: 'notJson', file: 'cut.dvctt.json', line: expect.any(Number) });
  });

  it('names the field of an impossible value', () => {
    const doc = JSON.parse(serializePlanFile(makeTestPlan(), context));
    doc.plan.units[1].volume = -5;
    doc.plan.units[2].target.online_dossiers = 'nhiều';
    doc.plan.units[0].target.online_payment = 55.555;
    const restored = restorePlanFile(JSON.stringify(doc), 'bad.dvctt.json');
    expect(!restored.ok && restored.problems.map((p) => p.field)).toEqual(['plan.units[1].volume', 'plan.units[2].target.online_dossiers']);
    doc.plan.units[1].volume = 5;
    doc.plan.units[2].target.online_dossiers = 50;
    const decimals = restorePlanFile(JSON.stringify(doc), 'bad.dvctt.json');
    expect(!decimals.ok && decimals.problems).toEqual([{ code: 'tooManyDecimals', file: 'bad.dvctt.json', field: 'plan.units[0].target.online_payment', params: { value: 55.555 } }]);
  });

  it('refuses duplicate unit codes and values for indicators the plan does not have', () => {
    const doc = JSON.parse(serializePlanFile(makeTestPlan(), context));
    doc.plan.units[2].code = doc.plan.units[0].code;
    doc.plan.units[1].target.ghost = 50;
    const restored = restorePlanFile(JSON.stringify(doc), 'dup.dvctt.json');
    expect(!restored.ok && restored.problems.map((p) => p.code)).toEqual(['unknownIndicator', 'duplicateUnit']);
  });

  it('is not fooled by prototype keys', () => {
    const text = serializePlanFile(makeTestPlan(), context)
      .replace('"target": {', '"target": {"__proto__": {"polluted": true}, "constructor": 1, ');
    const restored = restorePlanFile(text, 'proto.dvctt.json');
    expect(restored.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const planLevel = restorePlanFile(serializePlanFile(makeTestPlan(), context).replace('"plan": {', '"plan": {"__proto__": {"polluted": true},'), 'p.json');
    // An unknown key is refused, naming it, never dropped silently (schema/planSchema.ts); `__proto__` is one.
    expect(!planLevel.ok && planLevel.problems).toEqual([{ code: 'unknownField', file: 'p.json', field: 'plan.__proto__', params: { keys: '__proto__' } }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('migrations', () => {
  it('run step by step up to the current version, each once', () => {
    const chain = { current: 3, steps: { 1: (d: Record<string, unknown>) => ({ ...d, a: 1 }), 2: (d: Record<string, unknown>) => ({ ...d, b: (d.a as number) + 1 }) } };
    expect(migrate({ x: 0 }, 1, chain)).toEqual({ doc: { x: 0, a: 1, b: 2 }, ran: [1, 2] });
    expect(migrate({ a: 5 }, 2, chain)).toEqual({ doc: { a: 5, b: 6 }, ran: [2] });
    expect(migrate({ a: 5 }, 3, chain)).toEqual({ doc: { a: 5 }, ran: [] });
  });

  it('takes the fixture of every version to the current one, and every step runs on one of them', () => {
    const { current, steps } = planMigrations;
    const versions = Array.from({ length: current }, (_, k) => k + 1);
    const below = versions.slice(0, -1);
    expect(Object.keys(steps).map(Number)).toEqual(below); // a step for each version below the current one, no more
    const stepsRun: number[] = [];
    const counted: MigrationChain = { current, steps: Object.fromEntries(below.map((v) => [v, (doc: Record<string, unknown>) => {
      stepsRun.push(v);
      return steps[v]!(doc, 'percent');
    }])) };
    const restoredVersions = versions.map((v) => {
      const name = `v${v}-tuy-phuoc.dvctt.json`;
      const doc = JSON.parse(fixture(name)) as { formatVersion: number; plan: Record<string, unknown> };
      expect(doc.formatVersion).toBe(v);
      expect(migrate(doc.plan, v, counted).ran).toEqual(below.slice(v - 1));
      const restored = restorePlanFile(fixture(name), name);
      expect(restored.ok && restored.value.plan.units).toHaveLength(13);
      return restored.ok && restored.value.formatVersion;
    });
    expect(restoredVersions).toEqual(versions);
    // Step k runs once from each fixture of version k or older: k times in all.
    expect(stepsRun.sort((a, b) => a - b)).toEqual(below.flatMap((v) => Array<number>(v).fill(v)));
  });
});

describe('safeFileName', () => {
  it('makes a plain name from a Vietnamese plan name and period', () => {
    expect(safeFileName('Kế hoạch Đông Hà / quý: "3"', '2023-H2')).toBe('Ke-hoach-Dong-Ha-quy-3_2023-H2');
    expect(safeFileName('***', '')).toBe('ke-hoach');
    // A name that names its period already does not get it twice.
    expect(safeFileName('Kế hoạch DVCTT 2023-H2', '2023-H2')).toBe('Ke-hoach-DVCTT-2023-H2');
    expect(safeFileName('Kế hoạch 2023-h2 huyện Tuy Phước', '2023-H2')).toBe('Ke-hoach-2023-h2-huyen-Tuy-Phuoc');
    expect(safeFileName('Kế hoạch 2023-H22', '2023-H2')).toBe('Ke-hoach-2023-H22_2023-H2');
  });
});
