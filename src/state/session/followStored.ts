import type { UnitCode } from '../../domain/ids';
import { indicatorsEqual } from '../../domain/indicators';
import type { Unit } from '../../domain/plan';
import { unitPositions } from '../../domain/unitPositions';
import { planFromRecord, type StoredPlanHead } from '../../storage/store';
import type { SessionCore } from './sessionCore';

/**
 * Following what other tabs write: storage's plan record is watched (a live query), and a newer revision is
 * taken in — the changed units alone when the record says which (fetched by position), the whole plan
 * otherwise. Nothing is taken while this tab has writes queued (they will meet the newer revision and merge
 * onto it) or is showing a large change (looked at again once that is done: `catchUp`).
 */
export function createFollower(core: SessionCore, writes: { pending: () => boolean; busy: () => boolean }) {
  /** A change written elsewhere while this tab was busy: take it now. */
  async function catchUp() {
    const record = await core.repo.getPlanRecord(core.id);
    const current = core.model();
    // Called by the writer itself once its queue is empty, so only queued writes count here, not the writer.
    if (record && current && record.revision > current.revision && !writes.pending() && !core.view.busy()) await onStoredChange(record);
  }

  /** Another tab (or this one) wrote the plan record: merge what is newer than what this tab holds. */
  async function onStoredChange(record: StoredPlanHead | undefined) {
    if (core.loadState() === 'loading') return;
    const current = core.model();
    if (!record) {
      if (current && !writes.pending()) core.showMissing();
      return;
    }
    if (!current) {
      await core.reload(); // the plan came back (restored demo, an import under the same id)
      return;
    }
    // A record at or below what this tab holds is one of its own writes, arriving late: nothing to take.
    if (writes.busy() || core.view.busy() || record.revision <= current.revision) return;
    const change = record.lastChange;
    const simple = change && change.revision === record.revision && record.revision === current.revision + 1
      && record.status === current.status && indicatorsEqual(record.indicators, current.indicators);
    if (!simple) {
      await core.reload();
      return;
    }
    // Units did not come or go (the change says which changed), so each sits where this tab has it.
    const positions = unitPositions(current.units);
    const at = change.units.map((code) => positions.get(code));
    const units = at.every((p) => p !== undefined) ? await core.repo.loadUnitsAt(core.id, at as number[]) : [];
    if (core.model() !== current || writes.pending() || core.view.busy()) return; // typed meanwhile: the write will merge
    const byCode = new Map<UnitCode, Unit>();
    units.forEach((u, k) => { if (u && u.code === change.units[k]) byCode.set(u.code, u); });
    if (byCode.size !== change.units.length) {
      await core.reload();
      return;
    }
    const next = planFromRecord(record, current.units.map((u) => byCode.get(u.code) ?? u));
    core.setModel(next);
    core.view.show(current, next, { changed: change.units, removed: [], rulesChanged: false, unitsMoved: false });
  }

  /** Starts watching; returns the way to stop. */
  function watch(): () => void {
    return core.repo.watchPlan(core.id, (record) => {
      void onStoredChange(record).catch((e) => console.error('Following the plan failed', e));
    }, (e) => console.error('Watching the plan failed', e));
  }

  return { catchUp, watch };
}
