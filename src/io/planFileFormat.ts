import './zodConfig';
import { z } from 'zod';

/**
 * The plan file (`<name>.dvctt.json`): exact exchange between copies of the app.
 * Rates are written as percent numbers with at most two decimals (85.5), counts as integers.
 * Version history: 1 — the first format; 2 — each indicator says whether the members' aggregate is also
 * checked against the allocating unit's own target (`checkOwnTarget`); 3 — an indicator's general target
 * (`min`) may be `null`: not entered yet (a plan started from a list of units has no invented numbers). A new
 * version adds a step to `migrations.ts` and a fixture.
 */
export const PLAN_FILE_FORMAT = 'dvctt-plan';
export const PLAN_FILE_VERSION = 3;

const text = (max: number) => z.string().max(max);
/** A rate in percent: finite, with at most two decimals (checked exactly when converted). */
const percent = z.number().finite().min(-1_000_000).max(1_000_000);
/** Indicator ids are also object keys: letters, digits, `_ . -`, and never a key JavaScript treats specially. */
const indicatorKey = z.string().regex(/^[A-Za-z0-9_.-]{1,128}$/, 'an indicator id of letters, digits, _ . -')
  .refine((k) => !['__proto__', 'constructor', 'prototype'].includes(k), 'a reserved name');
const rates = z.record(indicatorKey, percent);

export const IndicatorV1 = z.object({
  id: indicatorKey,
  name: z.object({ vi: text(1000), en: text(1000) }),
  min: percent,
  mode: z.enum(['each', 'weighted']),
  floor: percent.nullable(),
  mandatory: z.boolean(),
  ownTarget: percent.nullable(),
});

/** Version 2: the plan's choice to check the members' aggregate against its own target too. */
export const IndicatorV2 = IndicatorV1.extend({ checkOwnTarget: z.boolean() });

/** Version 3: the general target may be unset. */
export const IndicatorV3 = IndicatorV2.extend({ min: percent.nullable() });

export const UnitV1 = z.object({
  code: z.string().trim().min(1).max(200),
  name: z.string().trim().min(1).max(1000),
  type: text(300),
  volume: z.number().int().min(0).max(100_000_000).nullable(),
  baseline: rates,
  target: rates,
});

const planShape = {
  id: z.string().min(1).max(200),
  name: z.string().trim().min(1).max(1000),
  period: text(40),
  allocatingUnit: text(1000),
  notes: text(100_000),
  status: z.enum(['draft', 'ready']),
  createdAt: z.string().max(40),
  updatedAt: z.string().max(40),
  units: z.array(UnitV1).max(1_000_000),
};

/** A plan as plan files (and backups) carry it, in the current version. */
export const PlanV3 = z.object({ ...planShape, indicators: z.array(IndicatorV3).min(1).max(100) });

export const PlanFileV3 = z.object({
  format: z.literal(PLAN_FILE_FORMAT),
  formatVersion: z.literal(3),
  app: text(40),
  exportedAt: z.string().max(40),
  exportedBy: text(1000),
  plan: PlanV3,
});

export type PlanFileV3 = z.infer<typeof PlanFileV3>;
