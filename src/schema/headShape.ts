import { isRecord } from './isRecord';
import { soundKey } from './unitShape';

/**
 * Whether a stored plan record's head (the plan without its units, which `unitShape.ts` checks) passes
 * `PlanHeadV6` (planSchema.ts) exactly as it is, answered without Zod: opening a stored plan then does not load Zod
 * at all, which is some 26 kB (gzip) of the first screen's JavaScript. A head that fails, or that Zod would change
 * (a name with spaces around it), or that carries versions (stored records keep them apart) is not answered here:
 * it goes through the schema itself, which words its problems. A property test holds the two to the same answer.
 */
const HEAD_KEYS = new Set(['id', 'name', 'period', 'allocatingUnit', 'notes', 'status', 'createdAt', 'updatedAt', 'indicators', 'units']);
const INDICATOR_KEYS = new Set(['id', 'name', 'min', 'mode', 'floor', 'mandatory', 'ownTarget', 'checkOwnTarget', 'counts']);
const onlyKeys = (v: Record<string, unknown>, keys: ReadonlySet<string>) => Object.keys(v).every((k) => keys.has(k));
const text = (v: unknown, max: number, min = 0) => typeof v === 'string' && v.length >= min && v.length <= max;
const rate = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= -1_000_000 && v <= 1_000_000;
const rateOrNull = (v: unknown) => v === null || rate(v);
const label = (v: unknown, max: number) => isRecord(v) && onlyKeys(v, LABEL_KEYS) && text(v.vi, max) && text(v.en, max);
const LABEL_KEYS = new Set(['vi', 'en']);
const COUNT_KEYS = new Set(['num', 'den']);

function soundIndicator(v: unknown): boolean {
  if (!isRecord(v) || !onlyKeys(v, INDICATOR_KEYS)) return false;
  const { id, counts } = v;
  return typeof id === 'string' && soundKey(id) && label(v.name, 1000)
    && rateOrNull(v.min) && (v.mode === 'each' || v.mode === 'weighted') && rateOrNull(v.floor) && typeof v.mandatory === 'boolean'
    && rateOrNull(v.ownTarget) && typeof v.checkOwnTarget === 'boolean'
    && (counts === undefined || (isRecord(counts) && onlyKeys(counts, COUNT_KEYS) && label(counts.num, 300) && label(counts.den, 300)));
}

export function isSoundStoredHead(head: unknown): boolean {
  if (!isRecord(head) || !onlyKeys(head, HEAD_KEYS)) return false;
  const { name, indicators, units } = head;
  return text(head.id, 200, 1) && typeof name === 'string' && name === name.trim() && text(name, 1000, 1)
    && text(head.period, 40) && text(head.allocatingUnit, 1000) && text(head.notes, 100_000)
    && (head.status === 'draft' || head.status === 'ready') && text(head.createdAt, 40) && text(head.updatedAt, 40)
    && Array.isArray(indicators) && indicators.length >= 1 && indicators.length <= 100 && indicators.every(soundIndicator)
    && Array.isArray(units) && units.length <= 1_000_000;
}
