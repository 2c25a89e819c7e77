import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planDocument } from '../../src/io/serializePlanFile';
import { PLAN_SCHEMA_VERSION, UnitV2 } from '../../src/schema/planSchema';
import { restorePlan } from '../../src/schema/restorePlan';
import { isSoundUnit } from '../../src/schema/unitShape';
import { makeTestPlan } from '../support/builders';

const source = { file: 'f.json', at: ['plan'] };

describe('restorePlan: the one restore of every plan', () => {
  it('restores a plan document of the current version, and refuses a newer or meaningless version', () => {
    const plan = makeTestPlan({ units: 3 });
    const doc = JSON.parse(JSON.stringify(planDocument(plan))) as unknown;
    expect(restorePlan(doc, PLAN_SCHEMA_VERSION, source)).toEqual({ ok: true, value: { ...plan, revision: 0 } });
    expect(restorePlan(doc, PLAN_SCHEMA_VERSION + 1, source)).toEqual({ ok: false, problems: [
      { code: 'newerVersion', file: 'f.json', params: { fileVersion: PLAN_SCHEMA_VERSION + 1, appVersion: PLAN_SCHEMA_VERSION, app: '' } }] });
    expect(restorePlan(doc, '3', source).ok).toBe(false);
    expect(restorePlan(undefined, 3, source)).toEqual({ ok: false, problems: [{ code: 'missingField', file: 'f.json', field: 'plan' }] });
  });

  it('refuses an unknown key at any level, naming it (never dropped silently)', () => {
    const doc = JSON.parse(JSON.stringify(planDocument(makeTestPlan({ units: 2 })))) as { indicators: Record<string, unknown>[]; units: Record<string, unknown>[] };
    doc.indicators[0]!.colour = 'red';
    doc.units[1]!.remark = 'x';
    const restored = restorePlan(doc, PLAN_SCHEMA_VERSION, source);
    expect(!restored.ok && restored.problems.map((p) => [p.code, p.field])).toEqual([
      ['unknownField', 'plan.indicators[0].colour'], ['unknownField', 'plan.units[1].remark']]);
  });

  it('reads rates in hundredths from storage and in percent from files, with the same rule', () => {
    const doc = JSON.parse(JSON.stringify(planDocument(makeTestPlan({ units: 1 })))) as { units: { target: Record<string, number> }[] };
    const id = Object.keys(doc.units[0]!.target)[0]!;
    doc.units[0]!.target[id] = 85.5;
    expect(restorePlan(doc, 3, source).ok).toBe(true);
    const stored = restorePlan(doc, 3, { file: 'Kế hoạch', rates: 'hundredths' });
    expect(!stored.ok && stored.problems).toEqual([{ code: 'tooManyDecimals', file: 'Kế hoạch', field: `units[0].target.${id}`, params: { value: 0.855 } }]);
  });
});

describe('restorePlan: locked target cells', () => {
  const locked = () => {
    const plan = makeTestPlan({ units: 3 });
    const [a, b] = plan.indicators;
    return { ...plan, units: plan.units.map((u, n) => (n === 1 ? { ...u, locked: { [a!.id]: true as const, [b!.id]: true as const } } : u)) };
  };

  it('keeps them, from files (percent) and from storage (hundredths), and gives no key to a unit without any', () => {
    const plan = locked();
    const doc = JSON.parse(JSON.stringify(planDocument(plan))) as unknown;
    const file = restorePlan(doc, PLAN_SCHEMA_VERSION, source);
    expect(file).toEqual({ ok: true, value: { ...plan, revision: 0 } });
    expect(file.ok && file.value.units.map((u) => 'locked' in u)).toEqual([false, true, false]);
    const stored = restorePlan(JSON.parse(JSON.stringify({ ...plan, revision: undefined })), PLAN_SCHEMA_VERSION, { file: 'Thử', rates: 'hundredths' });
    expect(stored).toEqual({ ok: true, value: { ...plan, revision: 0 } });
  });

  it('refuses a lock on an indicator the plan does not have, in a file and in storage, naming where', () => {
    const plan = locked();
    const withGhost = (units: { locked?: Record<string, true> }[]) => { units[1]!.locked = { ...units[1]!.locked, ghost: true }; };
    const doc = JSON.parse(JSON.stringify(planDocument(plan))) as { units: { locked?: Record<string, true> }[] };
    withGhost(doc.units);
    expect(restorePlan(doc, PLAN_SCHEMA_VERSION, source)).toEqual({ ok: false, problems: [
      { code: 'unknownIndicator', file: 'f.json', field: 'plan.units[1].locked.ghost', params: { id: 'ghost' } }] });
    const record = JSON.parse(JSON.stringify(plan)) as { units: { locked?: Record<string, true> }[]; revision?: number };
    delete record.revision;
    withGhost(record.units);
    expect(restorePlan(record, PLAN_SCHEMA_VERSION, { file: 'Thử', rates: 'hundredths' })).toEqual({ ok: false, problems: [
      { code: 'unknownIndicator', file: 'Thử', field: 'units[1].locked.ghost', params: { id: 'ghost' } }] });
  });
});

/** Values near every limit of a unit, and of every wrong kind. */
const texty = fc.oneof(fc.string({ maxLength: 5 }), fc.constantFrom('', ' ', ' a ', 'x'.repeat(200), 'x'.repeat(201), `${'x'.repeat(200)} `), fc.integer(), fc.constant(null));
const numbery = fc.oneof(fc.integer({ min: -2, max: 100_000_001 }), fc.double(), fc.constantFrom(null, '5', 1e6, 1e6 + 1, Infinity, NaN, 0.5));
const ratesArb = fc.oneof(
  fc.dictionary(fc.constantFrom('a', 'b_c', 'x.y-1', '', 'bad key', '__proto__', 'constructor'), numbery),
  fc.constantFrom(null, [], 'x', 5));
const locksArb = fc.oneof(
  fc.dictionary(fc.constantFrom('a', 'x.y-1', '', 'bad key', '__proto__'), fc.constantFrom<unknown>(true, false, 1, null, 'true')),
  fc.constantFrom(undefined, null, [], true, {}));
const wrongUnit = fc.record({ code: texty, name: texty, type: texty, volume: numbery, baseline: ratesArb, target: ratesArb, locked: locksArb, extra: fc.integer() },
  { requiredKeys: ['code'] });
const soundish = fc.record({ code: fc.constantFrom('A', ' B ', 'x'.repeat(200)), name: fc.constantFrom('Xã A', 'x'.repeat(1000), 'x'.repeat(1001)), type: fc.constantFrom('', 'Xã'),
  volume: fc.constantFrom(null, 0, 5, 100_000_000, 100_000_001, 1.5), baseline: fc.dictionary(fc.constantFrom('a', 'b_c'), fc.constantFrom(0, 85.5, 1e6, 1e6 + 1)),
  target: fc.dictionary(fc.constantFrom('a', 'x.y-1', 'bad key'), fc.constantFrom(0, 100)),
  locked: fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 3, arbitrary: fc.dictionary(fc.constantFrom('a', 'b_c'), fc.constant(true)) },
    { weight: 1, arbitrary: fc.dictionary(fc.constantFrom('a', 'bad key'), fc.constantFrom<unknown>(true, false)) }) },
{ requiredKeys: ['code', 'name', 'type', 'volume', 'baseline', 'target'] });
const unitArb = fc.oneof(wrongUnit, soundish);

describe('the quick check of stored units', () => {
  it('gives the answer UnitV2 gives, on units near every limit and of every wrong kind (property)', () => {
    let sound = 0;
    fc.assert(fc.property(unitArb, (u) => {
      const answer = UnitV2.safeParse(u).success;
      if (answer) sound++;
      expect(isSoundUnit(u)).toBe(answer);
      expect(isSoundUnit(u, new Set(['a', 'b_c']))).toBe(answer); // the plan's own ids, already checked, change nothing
    }), { numRuns: 3000 });
    expect(sound).toBeGreaterThan(50); // sound units are generated too, not only broken ones
    expect(isSoundUnit({ code: 'A', name: 'Xã A', type: '', volume: null, baseline: {}, target: { a: 5 } })).toBe(true);
    expect(isSoundUnit({ code: 'A', name: 'Xã A', type: '', volume: null, baseline: {}, target: {}, locked: { a: true } })).toBe(true);
    expect(isSoundUnit({ code: 'A', name: 'Xã A', type: '', volume: null, baseline: {}, target: {}, locked: { a: false } })).toBe(false);
  });
});
