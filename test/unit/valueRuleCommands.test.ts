/**
 * The one rule for impossible values (src/domain/valueRule.ts) on the paths a value takes into a plan by hand:
 * typing and every command that carries a value refuse what it refuses.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCommand, type Command } from '../../src/domain/commands';
import { indicatorId, unitCode } from '../../src/domain/ids';
import type { Indicator } from '../../src/domain/indicators';
import type { Unit } from '../../src/domain/plan';
import { PERCENT_100, VOLUME_LIMIT, type Rate } from '../../src/domain/rate';
import { impossibleIndicatorValues, impossibleUnitValues, unitIsPossible } from '../../src/domain/valueRule';
import { cellEditToCommand } from '../../src/state/cellCommands';
import { demo, IDS, LATER, RATE_COLUMNS, typedText } from '../support/valueRuleInputs';

const unit = demo.units[0]!.code;

describe('typing', () => {
  it.each(RATE_COLUMNS)('refuses 101 in %s exactly as it refuses abc: no command, the old value stays', (colId) => {
    for (const [text, problem] of [['101', 'outOfRange'], ['abc', 'notANumber'], ['-1', 'outOfRange'], ['100,01', 'outOfRange']] as const) {
      const edit = cellEditToCommand(colId, unit, text);
      expect(edit).toEqual({ ok: false, problem });
      expect('command' in edit).toBe(false);
    }
    expect(cellEditToCommand(colId, unit, '100')).toMatchObject({ ok: true, command: { type: 'setRate', value: 10_000 } });
  });

  it.each([['-1', 'negative'], ['1,5', 'notAnInteger'], ['100000001', 'tooLarge'], ['abc', 'notANumber']])('refuses %j as a volume (%s)', (text, problem) => {
    expect(cellEditToCommand('volume', unit, text)).toEqual({ ok: false, problem });
  });

  it('gives, for any text typed in any column, either a refusal or a command the plan takes with a possible value (property)', () => {
    const column = fc.constantFrom('volume', 'name', 'type', ...RATE_COLUMNS);
    fc.assert(fc.property(column, typedText, fc.nat(demo.units.length - 1), (colId, text, row) => {
      const edit = cellEditToCommand(colId, demo.units[row]!.code, text);
      if (!edit.ok) {
        expect('command' in edit).toBe(false);
        return;
      }
      const applied = applyCommand(demo, edit.command, LATER);
      if (!applied.ok) {
        expect(['emptyName', 'tooLong']).toContain(applied.reason);
        return;
      }
      for (const u of applied.plan.units) expect(impossibleUnitValues(u)).toEqual([]);
    }), { numRuns: 200 });
  });
});

/** Rates no plan may hold (hundredths): above 100 %, below 0, not whole hundredths, not numbers. */
const impossibleRate = fc.oneof(
  fc.integer({ min: PERCENT_100 + 1, max: 1e9 }), fc.integer({ min: -1e9, max: -1 }),
  fc.double({ min: 0, max: PERCENT_100, noNaN: true }).filter((r) => !Number.isInteger(r)),
  fc.constantFrom(Number.NaN, Infinity, -Infinity),
).map((r) => r as Rate);
/** Volumes no unit may have: negative, fractional, above the limit, not numbers. */
const impossibleVolume = fc.oneof(
  fc.integer({ min: -1e9, max: -1 }), fc.double({ min: 0, max: VOLUME_LIMIT, noNaN: true }).filter((v) => !Number.isInteger(v)),
  fc.integer({ min: VOLUME_LIMIT + 1, max: 2 ** 40 }), fc.constantFrom(Number.NaN, Infinity, -Infinity),
);
const rowOf = fc.nat(demo.units.length - 1);
const indicatorOf = fc.nat(IDS.length - 1);
const rateField = fc.constantFrom('baseline' as const, 'target' as const);
const indicatorField = fc.constantFrom('min' as const, 'floor' as const, 'ownTarget' as const);

/** A unit holding one impossible value, in its volume, a previous result or a target. */
const impossibleUnit = (code: string) => fc.tuple(rowOf, indicatorOf, fc.oneof(
  impossibleVolume.map((volume) => (u: Unit): Unit => ({ ...u, volume })),
  fc.tuple(rateField, impossibleRate).map(([field, r]) => (u: Unit, id: Indicator['id']): Unit => ({ ...u, [field]: { ...u[field], [id]: r } })),
)).map(([row, n, spoil]) => spoil({ ...demo.units[row]!, code: unitCode(code) }, IDS[n]!));
/** An indicator holding one impossible general target, floor or own target. */
const impossibleIndicator = (id: string) => fc.tuple(indicatorOf, indicatorField, impossibleRate)
  .map(([n, field, r]): Indicator => ({ ...demo.indicators[n]!, id: indicatorId(id), [field]: r }));

/** Every command that carries a value, each with one impossible value in it. */
const impossibleCommand: fc.Arbitrary<Command> = fc.oneof(
  fc.tuple(rowOf, indicatorOf, rateField, impossibleRate).map(([row, n, field, value]): Command => ({ type: 'setRate', unitCode: demo.units[row]!.code, indicatorId: IDS[n]!, field, value })),
  fc.tuple(rowOf, impossibleVolume).map(([row, volume]): Command => ({ type: 'setVolume', unitCode: demo.units[row]!.code, volume })),
  impossibleUnit('30001').map((u): Command => ({ type: 'addUnit', unit: u })),
  // Replacing a unit (the code of a row), or inserting one, after a possible entry.
  fc.tuple(rowOf, fc.boolean(), fc.nat(20)).chain(([row, replace, index]) => impossibleUnit(replace ? demo.units[row]!.code : '30002')
    .map((u): Command => ({ type: 'putUnits', entries: [{ unit: { ...demo.units[(row + 1) % demo.units.length]!, volume: 7 }, index: 0 }, { unit: u, index }] }))),
  fc.tuple(indicatorOf, indicatorField, impossibleRate).map(([n, field, r]): Command => ({ type: 'updateIndicator', indicatorId: IDS[n]!, patch: { [field]: r } })),
  impossibleIndicator('digital_signature').map((indicator): Command => ({ type: 'addIndicator', indicator })),
  fc.tuple(indicatorOf, indicatorField, impossibleRate).map(([n, field, r]): Command => ({ type: 'setIndicators',
    indicators: demo.indicators.map((i, k) => (k === n ? { ...i, [field]: r } : i)) })),
);
/** Possible commands, to go before or after an impossible one in a batch. */
const possibleCommand: fc.Arbitrary<Command> = fc.oneof(
  fc.tuple(rowOf, indicatorOf, rateField, fc.integer({ min: 0, max: PERCENT_100 })).map(([row, n, field, v]): Command => ({ type: 'setRate', unitCode: demo.units[row]!.code, indicatorId: IDS[n]!, field, value: v as Rate })),
  fc.tuple(rowOf, fc.integer({ min: 0, max: VOLUME_LIMIT })).map(([row, volume]): Command => ({ type: 'setVolume', unitCode: demo.units[row]!.code, volume })),
  fc.constant<Command>({ type: 'renameUnit', unitCode: demo.units[0]!.code, name: 'Thị trấn Mới' }),
);

describe('commands', () => {
  const refusedUnchanged = (command: Command) => {
    const before = structuredClone(demo);
    expect(applyCommand(demo, command, LATER)).toEqual({ ok: false, reason: 'impossibleValue' });
    expect(demo).toEqual(before);
  };

  it('the arbitrary commands below each hold exactly one impossible value (the generators are right)', () => {
    fc.assert(fc.property(impossibleUnit('30001'), (u) => { expect(unitIsPossible(u)).toBe(false); }), { numRuns: 100 });
    fc.assert(fc.property(impossibleIndicator('x'), (i) => { expect(impossibleIndicatorValues(i)).toHaveLength(1); }), { numRuns: 100 });
    fc.assert(fc.property(possibleCommand, (c) => { expect(applyCommand(demo, c, LATER).ok).toBe(true); }), { numRuns: 100 });
  });

  it.each([
    ['setRate', { type: 'setRate', unitCode: unit, indicatorId: IDS[0]!, field: 'target', value: 10_100 as Rate }],
    ['setRate (a previous result)', { type: 'setRate', unitCode: unit, indicatorId: IDS[1]!, field: 'baseline', value: -100 as Rate }],
    ['setVolume', { type: 'setVolume', unitCode: unit, volume: -1 }],
    ['addUnit', { type: 'addUnit', unit: { ...demo.units[0]!, code: unitCode('30001'), volume: 1.5 } }],
    ['putUnits', { type: 'putUnits', entries: [{ unit: { ...demo.units[2]!, target: { [IDS[0]!]: 10_001 as Rate } }, index: 0 }] }],
    ['updateIndicator', { type: 'updateIndicator', indicatorId: IDS[0]!, patch: { min: 15_000 as Rate } }],
    ['addIndicator', { type: 'addIndicator', indicator: { ...demo.indicators[0]!, id: indicatorId('x'), floor: -100 as Rate } }],
    ['setIndicators', { type: 'setIndicators', indicators: demo.indicators.map((i, k) => (k === 2 ? { ...i, ownTarget: 10_100 as Rate } : i)) }],
    ['batch', { type: 'batch', commands: [{ type: 'setVolume', unitCode: unit, volume: 5 }, { type: 'setRate', unitCode: unit, indicatorId: IDS[0]!, field: 'target', value: 10_100 as Rate }] }],
  ] as [string, Command][])('%s with an impossible value is refused as impossibleValue; the plan is as it was', (_name, command) => {
    refusedUnchanged(command);
  });

  it('every command carrying an impossible value is refused, alone or inside a (nested) batch after possible ones (property)', () => {
    const batched = fc.tuple(fc.array(possibleCommand, { maxLength: 4 }), impossibleCommand, fc.array(possibleCommand, { maxLength: 2 }), fc.boolean())
      .map(([before, bad, after, nested]): Command => {
        const inner: Command = { type: 'batch', commands: [...before, bad, ...after] };
        return nested ? { type: 'batch', commands: [{ type: 'setStatus', status: 'draft' }, inner] } : inner;
      });
    fc.assert(fc.property(fc.oneof(impossibleCommand, batched), refusedUnchanged), { numRuns: 200 });
  });
});
