import { createSignal, onCleanup, type Accessor } from 'solid-js';
import { applyCommand, type Command, type CommandRefusal, type Effect } from '../domain/commands';
import type { PlanId, UnitCode } from '../domain/ids';
import type { Plan, Unit } from '../domain/plan';
import { readinessErrors } from '../domain/planFactory';
import type { Issue } from '../domain/rules';
import { ValidationIndex } from '../domain/validationIndex';
import { makeInverse } from '../domain/undo';
import { isQuotaError, type PlanRecord } from '../storage/database';
import { RevisionConflict, type PlanRepository } from '../storage/planRepository';
import { nowIso } from './services';

export type SaveState = 'saved' | 'saving' | 'error';
export type SaveProblem = 'conflict' | 'quota' | 'deleted' | 'failed';

/** What changed in the plan, for views that update themselves piecemeal (the grid). */
export type PlanChange =
  | { kind: 'units'; changed: Unit[]; removed: UnitCode[] }
  | { kind: 'reset' };

export type DispatchResult = { ok: true } | { ok: false; reason: CommandRefusal };

export interface PlanSession {
  plan: Accessor<Plan | undefined>;
  loadState: Accessor<'loading' | 'ready' | 'missing'>;
  /** The validation of the current plan; read it inside a tracking scope through `validationVersion`. */
  validation: ValidationIndex;
  validationVersion: Accessor<number>;
  saveState: Accessor<SaveState>;
  saveProblem: Accessor<SaveProblem | undefined>;
  /** Set when an edit returned a ready plan to draft, so the view can say so. */
  returnedToDraft: Accessor<boolean>;
  dispatch(command: Command): DispatchResult;
  /** Takes back this tab's last command (itself a command, saved like any other). */
  undo(): void;
  redo(): void;
  canUndo: Accessor<boolean>;
  canRedo: Accessor<boolean>;
  /** Marks the plan ready to send, or returns the errors that forbid it. */
  markReady(): Issue[];
  subscribe(listener: (change: PlanChange) => void): () => void;
  /** Resolves when every accepted command is in IndexedDB. */
  flush(): Promise<void>;
}

/**
 * One open plan. `dispatch` is the only way to change it: the command is applied purely, the
 * validation moves by what changed, views are told, and the change is written to IndexedDB in one
 * transaction, queued behind the previous write so every edit is stored before the next one.
 * Writes from other tabs arrive through a live query on the plan record and are merged the same way.
 * Must be created inside a Solid owner (it cleans up its subscriptions with it).
 */
export function createPlanSession(repo: PlanRepository, id: PlanId): PlanSession {
  const [plan, setPlan] = createSignal<Plan | undefined>(undefined, { equals: false });
  const [loadState, setLoadState] = createSignal<'loading' | 'ready' | 'missing'>('loading');
  const [validationVersion, setValidationVersion] = createSignal(0);
  const [saveState, setSaveState] = createSignal<SaveState>('saved');
  const [saveProblem, setSaveProblem] = createSignal<SaveProblem>();
  const [returnedToDraft, setReturnedToDraft] = createSignal(false);
  const validation = new ValidationIndex();
  // Undo history of this tab: inverse commands. Cleared when another tab's change arrives, so an undo here
  // can never put back a state that silently discards someone else's newer edit.
  const undoStack: Command[] = [];
  const redoStack: Command[] = [];
  const [history, setHistory] = createSignal({ undo: 0, redo: 0 });
  const HISTORY_LIMIT = 500;
  const syncHistory = () => setHistory({ undo: undoStack.length, redo: redoStack.length });
  const clearHistory = () => {
    undoStack.length = 0;
    redoStack.length = 0;
    syncHistory();
  };
  const listeners = new Set<(change: PlanChange) => void>();
  let writes: Promise<void> = Promise.resolve();
  let pending = 0;
  /** Bumped when the queue is abandoned after a failure, so queued writes of the old line are dropped. */
  let generation = 0;

  const notify = (change: PlanChange) => {
    setValidationVersion((v) => v + 1);
    for (const listener of listeners) listener(change);
  };

  function replaceAll(next: Plan) {
    validation.reset(next);
    setPlan(next);
    notify({ kind: 'reset' });
  }

  function applyUnits(before: Plan, next: Plan, changed: readonly UnitCode[], removed: readonly UnitCode[]) {
    const old = new Map<UnitCode, Unit>();
    const wanted = new Set([...changed, ...removed]);
    for (const u of before.units) if (wanted.has(u.code)) old.set(u.code, u);
    const changedUnits: Unit[] = [];
    for (const code of changed) {
      const after = next.units.find((u) => u.code === code);
      validation.updateUnit(old.get(code), after);
      if (after) changedUnits.push(after);
    }
    for (const code of removed) validation.updateUnit(old.get(code), undefined);
    setPlan(next);
    notify({ kind: 'units', changed: changedUnits, removed: [...removed] });
  }

  async function reload() {
    clearHistory();
    const stored = await repo.loadPlan(id);
    if (!stored) {
      setLoadState('missing');
      setPlan(undefined);
      return;
    }
    replaceAll(stored);
    setLoadState('ready');
  }

  function dispatch(command: Command, origin: 'edit' | 'undo' | 'redo' = 'edit'): DispatchResult {
    const before = plan();
    if (!before) return { ok: false, reason: 'unknownUnit' };
    const result = applyCommand(before, command, nowIso());
    if (!result.ok) return result;
    const next = result.plan;
    if (next === before) return { ok: true };
    setReturnedToDraft(before.status === 'ready' && next.status === 'draft' && command.type !== 'setStatus');
    if (result.effect.rulesChanged) replaceAll(next);
    else applyUnits(before, next, result.effect.changed, result.effect.removed);
    const inverse = makeInverse(before, next, result.effect);
    if (origin === 'undo') redoStack.push(inverse);
    else {
      undoStack.push(inverse);
      if (undoStack.length > HISTORY_LIMIT) undoStack.shift();
      if (origin === 'edit') redoStack.length = 0;
    }
    syncHistory();
    save(next, result.effect, before.revision);
    return { ok: true };
  }

  function save(next: Plan, effect: Effect, baseRevision: number) {
    const line = generation;
    pending++;
    setSaveState('saving');
    writes = writes.then(async () => {
      if (line !== generation) return;
      try {
        await repo.commit(next, effect, baseRevision);
        if (line === generation && --pending === 0) setSaveState('saved');
      } catch (error) {
        // Nothing of this command was written (one transaction). Abandon what was queued behind it
        // and show what storage really holds, so the screen never claims an edit that is not saved.
        generation++;
        pending = 0;
        setSaveProblem(error instanceof RevisionConflict ? 'conflict' : isQuotaError(error) ? 'quota' : 'failed');
        setSaveState('error');
        console.error('Saving the plan failed', error);
        await reload().catch((e) => console.error('Reloading the plan failed', e));
      }
    });
  }

  /** Another tab (or this one) wrote the plan: merge what is newer than what we hold. */
  async function onStoredChange(record: PlanRecord | undefined) {
    const current = plan();
    if (loadState() === 'loading') return;
    if (!record) {
      if (current) {
        setLoadState('missing');
        setPlan(undefined);
      }
      return;
    }
    if (!current || pending > 0 || record.revision <= current.revision) return;
    const change = record.lastChange;
    const sameRules = JSON.stringify(record.indicators) === JSON.stringify(current.indicators) && record.status === current.status;
    if (change && change.revision === current.revision + 1 && change.revision === record.revision && sameRules) {
      const units = await repo.loadUnits(id, change.units);
      if (plan() !== current) return; // something else moved on meanwhile; the next notification catches up
      const byCode = new Map(units.flatMap((u) => (u ? [[u.code, u] as const] : [])));
      const { unitCount: _c, lastChange: _l, ...meta } = record;
      const next: Plan = { ...meta, units: current.units.map((u) => byCode.get(u.code) ?? u) };
      clearHistory();
      applyUnits(current, next, [...byCode.keys()], []);
    } else {
      await reload();
    }
  }

  const stopWatching = repo.watchPlan(id, (record) => {
    void onStoredChange(record);
  }, (e) => console.error('Watching the plan failed', e));
  onCleanup(stopWatching);

  reload().catch((e) => {
    console.error('Loading the plan failed', e);
    setLoadState('missing');
  });

  return {
    plan, loadState, validation, validationVersion, saveState, saveProblem, returnedToDraft,
    dispatch: (command) => dispatch(command),
    undo() {
      const command = undoStack.pop();
      if (command) dispatch(command, 'undo');
      syncHistory();
    },
    redo() {
      const command = redoStack.pop();
      if (command) dispatch(command, 'redo');
      syncHistory();
    },
    canUndo: () => history().undo > 0,
    canRedo: () => history().redo > 0,
    markReady() {
      const current = plan();
      if (!current) return [];
      const errors = readinessErrors(current);
      if (errors.length === 0) dispatch({ type: 'setStatus', status: 'ready' });
      return errors;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    flush: () => writes,
  };
}
