import fc from 'fast-check';
import type { Command } from '../../src/domain/commands';
import { ILLUSTRATIVE_GENERAL_TARGETS, makeDefaultIndicators, type Indicator } from '../../src/domain/indicators';
import type { Rate } from '../../src/domain/rate';
import { code, ind, makeUnit, pct } from './builders';

const unit = fc.integer({ min: 0, max: 6 }).map((n) => code(String(10000 + n)));
const extraIndicator: Indicator = { ...makeDefaultIndicators(ILLUSTRATIVE_GENERAL_TARGETS)[0]!, id: ind('extra'), name: { vi: 'Thêm', en: 'Extra' } };

/** Every command type, so that the properties below hold for any command a user or an import can make. */
export const single: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ type: fc.constant('setRate' as const), unitCode: unit, indicatorId: fc.constantFrom('online_dossiers', 'e_results', 'extra').map(ind),
    field: fc.constantFrom('target' as const, 'baseline' as const), value: fc.option(fc.integer({ min: 0, max: 10000 }).map((v) => v as Rate), { nil: null }) }),
  fc.record({ type: fc.constant('setVolume' as const), unitCode: unit, volume: fc.option(fc.nat(9999), { nil: null }) }),
  fc.record({ type: fc.constant('renameUnit' as const), unitCode: unit, name: fc.constantFrom('Xã A', 'Phường B') }),
  fc.record({ type: fc.constant('setUnitType' as const), unitCode: unit, unitType: fc.constantFrom('Xã', 'Phường', '') }),
  fc.integer({ min: 3, max: 6 }).map((n): Command => ({ type: 'addUnit', unit: makeUnit(n) })),
  unit.map((unitCode): Command => ({ type: 'removeUnit', unitCode })),
  fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }).map((min): Command => ({ type: 'updateIndicator', indicatorId: ind('online_payment'), patch: { min: min === null ? null : pct(min), mode: 'weighted' } })),
  fc.constant<Command>({ type: 'addIndicator', indicator: extraIndicator }),
  fc.constantFrom('digitisation', 'extra').map((id): Command => ({ type: 'removeIndicator', indicatorId: ind(id) })),
  fc.constant<Command>({ type: 'setIndicators', indicators: makeDefaultIndicators(ILLUSTRATIVE_GENERAL_TARGETS).slice(0, 2) }),
  fc.constantFrom('draft' as const, 'ready' as const).map((status): Command => ({ type: 'setStatus', status })),
  fc.constantFrom('Kế hoạch A', 'Kế hoạch B').map((name): Command => ({ type: 'setPlanInfo', info: { name, period: name === 'Kế hoạch A' ? '2024-H1' : '2023-H2' } })),
  fc.uniqueArray(fc.integer({ min: 0, max: 9 }), { maxLength: 5 }).map((ns): Command => ({ type: 'putUnits',
    entries: ns.map((n, k) => ({ unit: makeUnit(n, { volume: 7 * n, target: { online_dossiers: 60 + n } }), index: k * 2 })) })),
  fc.uniqueArray(unit, { maxLength: 3 }).map((unitCodes): Command => ({ type: 'removeUnits', unitCodes })),
  fc.uniqueArray(unit, { maxLength: 3 }).map((codes): Command => ({ type: 'patchUnits', entries: codes.map((c, k) => ({
    code: c, volume: k === 0 ? null : 50 * k, baseline: {}, target: { [ind('online_dossiers')]: k === 1 ? null : pct(70 + k) } })) })),
  fc.record({ type: fc.constant('setLocks' as const), locked: fc.boolean(), cells: fc.array(fc.record({
    unitCode: unit, indicatorId: fc.constantFrom('online_dossiers', 'digitisation', 'extra').map(ind) }), { maxLength: 4 }) }),
);
export const command: fc.Arbitrary<Command> = fc.oneof({ weight: 4, arbitrary: single },
  { weight: 1, arbitrary: fc.array(single, { maxLength: 4 }).map((commands): Command => ({ type: 'batch', commands })) });

