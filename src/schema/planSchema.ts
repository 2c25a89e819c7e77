import './zodConfig';
import { z } from 'zod';
import { UNIT_LIMITS } from './planLimits';

/**
 * A plan's shape in every schema version, as plan files, backups and assignment files carry it and as storage
 * keeps it (storage keeps rates in hundredths, files in percent; the shape is the same). The plan-file format
 * version is the plan's schema version. History: 1 — the first; 2 — each indicator says whether the members'
 * aggregate is also checked against the allocating unit's own target (`checkOwnTarget`); 3 — an indicator's
 * general target (`min`) may be `null`: not entered yet; 4 — a unit may carry the target cells the planner locked
 * (`locked`: indicator id → `true`), absent when none; 5 — a plan may carry its named versions (`versions`: each
 * with its name, time, indicators and per unit its targets and locks); 6 — monthly results: an indicator may name its
 * count pair (`counts`: the numerator's and the denominator's labels), and a unit may carry its monthly figures
 * (`results`: `YYYY-MM/<indicator>/n|d|r` → a count, or a rate in percent where only a rate is known). A new version adds a schema here, a step to
 * `planMigrations.ts` and a fixture in test/fixtures/plan-files/.
 *
 * Objects are strict: a key this version does not know is refused, naming it, never dropped silently. Format
 * versions are whole numbers and every added key makes a new one (which an older app refuses as newer, saying
 * so), so an unknown key at a known version can only be damage or a hand edit.
 */
export { PLAN_SCHEMA_VERSION, UNIT_LIMITS } from './planLimits';

const text = (max: number) => z.string().max(max);
/** A rate: finite (in percent with at most two decimals in files, whole hundredths in storage; checked when converted). */
const rate = z.number().finite().min(-1_000_000).max(1_000_000);
/** Indicator ids are also object keys: letters, digits, `_ . -`, and never a key JavaScript treats specially. */
export const indicatorKey = z.string().regex(/^[A-Za-z0-9_.-]{1,128}$/, 'an indicator id of letters, digits, _ . -')
  .refine((k) => !['__proto__', 'constructor', 'prototype'].includes(k), 'a reserved name');
const rates = z.record(indicatorKey, rate);

export const IndicatorV1 = z.strictObject({
  id: indicatorKey,
  name: z.strictObject({ vi: text(1000), en: text(1000) }),
  min: rate,
  mode: z.enum(['each', 'weighted']),
  floor: rate.nullable(),
  mandatory: z.boolean(),
  ownTarget: rate.nullable(),
});

/** Version 2: the plan's choice to check the members' aggregate against its own target too. */
export const IndicatorV2 = IndicatorV1.extend({ checkOwnTarget: z.boolean() });

/** Version 3: the general target may be unset. */
export const IndicatorV3 = IndicatorV2.extend({ min: rate.nullable() });

export const UnitV1 = z.strictObject({
  code: z.string().trim().min(1).max(UNIT_LIMITS.code),
  name: z.string().trim().min(1).max(UNIT_LIMITS.name),
  type: text(UNIT_LIMITS.type),
  volume: z.number().int().min(0).max(UNIT_LIMITS.volume).nullable(),
  baseline: rates,
  target: rates,
});

/** Version 4: a unit's locked target cells, by indicator id; the key is left out when none is locked. */
export const UnitV2 = UnitV1.extend({ locked: z.record(indicatorKey, z.literal(true)).optional() });

const planHead = {
  id: z.string().min(1).max(200),
  name: z.string().trim().min(1).max(1000),
  period: text(40),
  allocatingUnit: text(1000),
  notes: text(100_000),
  status: z.enum(['draft', 'ready']),
  createdAt: z.string().max(40),
  updatedAt: z.string().max(40),
};

/** A plan of version 3. */
export const PlanV3 = z.strictObject({ ...planHead, indicators: z.array(IndicatorV3).min(1).max(100), units: z.array(UnitV1).max(1_000_000) });

/** A plan of version 4, units checked unit by unit with `UnitV2`. */
export const PlanV4 = PlanV3.extend({ units: z.array(UnitV2).max(1_000_000) });

/** Version 5: one unit's part of a named version, its targets and locked target cells. */
export const VersionUnitV1 = z.strictObject({
  code: UnitV1.shape.code,
  target: rates,
  locked: UnitV2.shape.locked,
});

/** Version 5: a named version of the plan (`domain/plan.ts` PlanVersion). */
export const VersionV1 = z.strictObject({
  id: z.string().min(1).max(200),
  name: z.string().trim().min(1).max(200),
  savedAt: z.string().max(40),
  indicators: z.array(IndicatorV3).min(1).max(100),
  units: z.array(VersionUnitV1).max(1_000_000),
});

/**
 * A plan in the current version: its named versions, in files and backups; absent in storage's plan records
 * (storage keeps them apart) and in files of version 4 and before, which had none.
 */
export const PlanV5 = PlanV4.extend({ versions: z.array(VersionV1).max(1000).optional() });

/** The same plan with its units left to the caller: storage checks them with the quick `unitShape.ts` (Zod is slow enough to be felt on every open of a large plan). */
export const PlanHeadV5 = PlanV5.extend({ units: z.array(z.unknown()).max(1_000_000) });

export type PlanV5 = z.infer<typeof PlanV5>;
export type VersionV1 = z.infer<typeof VersionV1>;
export type UnitV1 = z.infer<typeof UnitV1>;
export type UnitV2 = z.infer<typeof UnitV2>;

const label = z.strictObject({ vi: text(300), en: text(300) });

/** Version 6: an indicator's count pair, what its numerator and denominator count. */
export const IndicatorV4 = IndicatorV3.extend({ counts: z.strictObject({ num: label, den: label }).optional() });

/** A monthly result's key (`domain/monitoring/resultKey.ts`); its month and indicator are checked against the plan. */
const resultKey = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])\/[A-Za-z0-9_.-]{1,128}\/[ndr]$/, 'a month, an indicator id and n, d or r');

/** Version 6: a unit's monthly results; the key is left out when none. */
export const UnitV3 = UnitV2.extend({ results: z.record(resultKey, z.number().finite().min(0).max(UNIT_LIMITS.volume)).optional() });

export const VersionV2 = VersionV1.extend({ indicators: z.array(IndicatorV4).min(1).max(100) });

/** A plan of version 6: indicators with their count pairs, units with their monthly results. */
export const PlanV6 = PlanV5.extend({
  indicators: z.array(IndicatorV4).min(1).max(100),
  units: z.array(UnitV3).max(1_000_000),
  versions: z.array(VersionV2).max(1000).optional(),
});

export const PlanHeadV6 = PlanV6.extend({ units: z.array(z.unknown()).max(1_000_000) });

export type PlanV6 = z.infer<typeof PlanV6>;
export type VersionV2 = z.infer<typeof VersionV2>;
export type UnitV3 = z.infer<typeof UnitV3>;
