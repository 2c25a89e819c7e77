import { isRecord } from './isRecord';
import { UNIT_LIMITS } from './planLimits';

const INDICATOR_KEY = /^[A-Za-z0-9_.-]{1,128}$/;
const RESERVED_KEYS = ['__proto__', 'constructor', 'prototype'];
const UNIT_KEYS = ['code', 'name', 'type', 'volume', 'baseline', 'target', 'locked', 'results'];
const RESULT_KEY = /^\d{4}-(0[1-9]|1[0-2])\/[A-Za-z0-9_.-]{1,128}\/[ndr]$/;

/** A key that may name an indicator (`known`: ids already checked). */
export const soundKey = (key: string, known?: ReadonlySet<string>) => known?.has(key) || (INDICATOR_KEY.test(key) && !RESERVED_KEYS.includes(key));

function soundRates(v: unknown, known: ReadonlySet<string> | undefined): boolean {
  if (!isRecord(v)) return false;
  for (const key of Object.keys(v)) {
    const r = v[key];
    if (!soundKey(key, known)) return false;
    if (typeof r !== 'number' || !Number.isFinite(r) || Math.abs(r) > 1_000_000) return false;
  }
  return true;
}

/** A unit's locks (schema version 4): absent, or indicator ids each mapped to `true`. */
function soundLocks(v: unknown, known: ReadonlySet<string> | undefined): boolean {
  if (v === undefined) return true;
  if (!isRecord(v)) return false;
  for (const key of Object.keys(v)) if (!soundKey(key, known) || v[key] !== true) return false;
  return true;
}

/** A unit's monthly results (schema version 6): absent, or result keys each mapped to a number in 0–UNIT_LIMITS.volume. */
function soundResults(v: unknown): boolean {
  if (v === undefined) return true;
  if (!isRecord(v)) return false;
  for (const key of Object.keys(v)) {
    const n = v[key];
    if (!RESULT_KEY.test(key) || typeof n !== 'number' || !Number.isFinite(n) || n < 0 || n > UNIT_LIMITS.volume) return false;
  }
  return true;
}

/** Zod's `trim()` comes before the length limits: they apply to the trimmed text. */
function soundText(v: unknown, min: number, max: number, trimmed: boolean): boolean {
  if (typeof v !== 'string') return false;
  const length = (trimmed ? v.trim() : v).length;
  return length >= min && length <= max;
}

/**
 * Whether `u` passes `UnitV3` (planSchema.ts), answered without Zod: storage checks every unit of a plan on every
 * open, where Zod is slow enough to be felt on a large plan (figures in the README). Only the answer is made here:
 * a unit that fails goes through `UnitV3` itself for the problem to report. A property test holds the two to the same answer. `known`: keys already
 * checked as indicator ids (the plan's own), which need not be checked again for each unit.
 */
export function isSoundUnit(u: unknown, known?: ReadonlySet<string>): boolean {
  if (!isRecord(u)) return false;
  for (const key of Object.keys(u)) if (!UNIT_KEYS.includes(key)) return false;
  const { volume } = u;
  return soundText(u.code, 1, UNIT_LIMITS.code, true) && soundText(u.name, 1, UNIT_LIMITS.name, true) && soundText(u.type, 0, UNIT_LIMITS.type, false)
    && (volume === null || (typeof volume === 'number' && Number.isInteger(volume) && volume >= 0 && volume <= UNIT_LIMITS.volume))
    && soundRates(u.baseline, known) && soundRates(u.target, known) && soundLocks(u.locked, known) && soundResults(u.results);
}
