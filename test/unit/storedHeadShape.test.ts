import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSoundStoredHead } from '../../src/schema/headShape';
import { PLAN_SCHEMA_VERSION, PlanHeadV6 } from '../../src/schema/planSchema';
import { restorePlan } from '../../src/schema/restorePlan';
import { restoreSoundStoredPlan } from '../../src/schema/restoreStoredPlan';
import { makeTestPlan } from '../support/builders';

const label = fc.record({ vi: fc.constantFrom('Hồ sơ', 'x'.repeat(300), 'x'.repeat(301)), en: fc.constantFrom('Dossiers', 5) });
const rateish = fc.constantFrom<unknown>(0, 45, 85.5, -1_000_000, 1_000_001, Infinity, NaN, null, '50');
const indicator = fc.record({
  id: fc.constantFrom('online_dossiers', 'x.y-1', 'bad key', '__proto__', '', 'a'.repeat(129)),
  name: fc.oneof(fc.record({ vi: fc.constantFrom('Hồ sơ trực tuyến', 'x'.repeat(1001)), en: fc.constantFrom('Online', 'E') }), fc.constantFrom<unknown>('name', null)),
  min: rateish, mode: fc.constantFrom<unknown>('each', 'weighted', 'other'), floor: rateish, mandatory: fc.constantFrom<unknown>(true, false, 'yes'),
  ownTarget: rateish, checkOwnTarget: fc.constantFrom<unknown>(true, false, undefined),
  counts: fc.oneof(fc.constant(undefined), fc.record({ num: label, den: label }), fc.record({ num: label, den: label, extra: fc.constant(1) })),
  colour: fc.constant('red'),
}, { requiredKeys: ['id', 'name', 'min', 'mode', 'floor', 'mandatory', 'ownTarget'] });

/** Heads near every limit and of every wrong kind; about half are sound. */
const head = fc.record({
  id: fc.constantFrom<unknown>('p-1', '', 'x'.repeat(201), 7),
  name: fc.constantFrom<unknown>('Kế hoạch', ' Kế hoạch ', '   ', 'x'.repeat(1000), 'x'.repeat(1001)),
  period: fc.constantFrom<unknown>('2023-H2', 'x'.repeat(41)),
  allocatingUnit: fc.constantFrom<unknown>('', 'Huyện A'),
  notes: fc.constantFrom<unknown>('', 'x'.repeat(100_001)),
  status: fc.constantFrom<unknown>('draft', 'ready', 'done'),
  createdAt: fc.constantFrom<unknown>('2023-07-01T00:00:00.000Z', 'x'.repeat(41)),
  updatedAt: fc.constantFrom<unknown>('2023-07-01T00:00:00.000Z'),
  indicators: fc.oneof({ weight: 4, arbitrary: fc.array(indicator, { minLength: 1, maxLength: 3 }) }, { weight: 1, arbitrary: fc.constantFrom<unknown>([], null) }),
  units: fc.constantFrom<unknown>([], [{ anything: 1 }], 'units'),
  versions: fc.constant([]),
  extra: fc.constant(1),
}, { requiredKeys: ['id', 'name', 'period', 'allocatingUnit', 'notes', 'status', 'createdAt', 'updatedAt', 'indicators', 'units'] });

/** Heads within every limit (some at it), with one field changed in some of them. */
const validLabel = fc.record({ vi: fc.constantFrom('Hồ sơ', 'x'.repeat(300)), en: fc.constantFrom('Dossiers', '') });
const validIndicator = fc.record({
  id: fc.constantFrom('online_dossiers', 'x.y-1', 'a'.repeat(128)), name: fc.record({ vi: fc.constantFrom('Hồ sơ', 'x'.repeat(1000)), en: fc.constant('Online') }),
  min: fc.constantFrom(null, 45, -1_000_000), mode: fc.constantFrom('each', 'weighted'), floor: fc.constantFrom(null, 30), mandatory: fc.boolean(),
  ownTarget: fc.constantFrom(null, 1_000_000), checkOwnTarget: fc.boolean(), counts: fc.option(fc.record({ num: validLabel, den: validLabel }), { nil: undefined }),
});
const validHead = fc.record({
  id: fc.constantFrom('p-1', 'x'.repeat(200)), name: fc.constantFrom('Kế hoạch', 'x'.repeat(1000)), period: fc.constantFrom('2023-H2', ''),
  allocatingUnit: fc.constantFrom('', 'Huyện A'), notes: fc.constantFrom('', 'x'.repeat(100_000)), status: fc.constantFrom('draft', 'ready'),
  createdAt: fc.constant('2023-07-01T00:00:00.000Z'), updatedAt: fc.constant('x'.repeat(40)),
  indicators: fc.array(validIndicator, { minLength: 1, maxLength: 3 }), units: fc.constantFrom<unknown[]>([], [{ anything: 1 }]),
});
const changed = fc.tuple(validHead, head).chain(([valid, wild]) => fc.constantFrom(...Object.keys(wild)).map((key) => ({ ...valid, [key]: (wild as Record<string, unknown>)[key] })));
const anyHead = fc.oneof(validHead, changed, head);

describe('the quick check of a stored plan\'s head', () => {
  it('passes a head exactly when PlanHeadV6 passes it unchanged and it carries no versions (property)', () => {
    let sound = 0;
    fc.assert(fc.property(anyHead, (h) => {
      const parsed = PlanHeadV6.safeParse(h);
      const unchanged = parsed.success && !('versions' in h) && (h as { name: string }).name === (h as { name: string }).name.trim();
      if (unchanged) sound++;
      expect(isSoundStoredHead(h)).toBe(unchanged);
    }), { numRuns: 4000 });
    expect(sound).toBeGreaterThan(100); // sound heads are generated too, not only broken ones
  });

  it('restores a sound stored plan as restorePlan does, and leaves an older or unsound one to it', () => {
    const plan = makeTestPlan({ units: 40 });
    // A stored record's plan: the plan without its revision (rates in hundredths, as storage keeps them).
    const { revision: _revision, ...raw } = plan as unknown as Record<string, unknown>;
    const quick = restoreSoundStoredPlan(raw, PLAN_SCHEMA_VERSION, 'Kế hoạch');
    expect(quick).toEqual(restorePlan(raw, PLAN_SCHEMA_VERSION, { file: 'Kế hoạch', rates: 'hundredths' }));
    expect(quick?.ok).toBe(true);
    expect(restoreSoundStoredPlan(raw, PLAN_SCHEMA_VERSION - 1, 'Kế hoạch')).toBeUndefined();
    expect(restoreSoundStoredPlan({ ...raw, name: ` ${plan.name}` }, PLAN_SCHEMA_VERSION, 'Kế hoạch')).toBeUndefined();
    expect(restoreSoundStoredPlan({ ...raw, units: [...plan.units, { code: '' }] }, PLAN_SCHEMA_VERSION, 'Kế hoạch')).toBeUndefined();
    // Its own consistency is still checked here: a repeated code is reported as restorePlan reports it.
    const repeated = { ...raw, units: [...plan.units, plan.units[0]] };
    expect(restoreSoundStoredPlan(repeated, PLAN_SCHEMA_VERSION, 'Kế hoạch')).toEqual(restorePlan(repeated, PLAN_SCHEMA_VERSION, { file: 'Kế hoạch', rates: 'hundredths' }));
  });
});
