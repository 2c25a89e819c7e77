import { createSignal } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { applyCommand, type Command } from '../../src/domain/commands';
import { indicatorId, unitCode } from '../../src/domain/ids';
import type { ChangeSource } from '../../src/domain/journal';
import { makeDemoPlan } from '../../src/domain/demoPlan';
import type { Plan } from '../../src/domain/plan';
import { rateFromPercent } from '../../src/domain/rate';
import type { ProposalRequest } from '../../src/domain/proposal/proposalTypes';
import type { PlanChange, PlanSession } from '../../src/state/planSession';
import { createProposalRun } from '../../src/state/proposalRun';

/** The part of a plan session a proposal run uses: the plan, its changes, and dispatch (applying commands purely). */
function fakeSession(start: Plan) {
  const [plan, setPlan] = createSignal<Plan | undefined>(start);
  const listeners = new Set<(change: PlanChange) => void>();
  const dispatched: { command: Command; source?: ChangeSource }[] = [];
  const session = {
    plan,
    subscribe(listener: (change: PlanChange) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispatch(command: Command, source?: ChangeSource) {
      const current = plan();
      if (!current) return { ok: false, reason: 'notLoaded' } as const;
      const result = applyCommand(current, command, '2026-01-02T00:00:00.000Z');
      if (!result.ok) return result;
      dispatched.push({ command, source });
      setPlan(result.plan);
      for (const l of listeners) l({ kind: 'reset' } as PlanChange);
      return { ok: true } as const;
    },
  };
  return { session: session as unknown as PlanSession, dispatched, listeners: () => listeners.size };
}

const payment = indicatorId('online_payment');
const request = (value: number): ProposalRequest => ({
  indicatorIds: [payment], method: 'lift-lowest', goal: { kind: 'custom', value: rateFromPercent(value) },
  onlyEmpty: false, allowBelowBaseline: false, scope: null,
});

describe('a proposal run on a plan session', () => {
  it('computes a preview that writes nothing, then applies it as one command journaled as a proposal', async () => {
    const plan = makeDemoPlan('2026-01-01T00:00:00.000Z');
    const { session, dispatched } = fakeSession(plan);
    const run = createProposalRun(session);
    await run.compute(request(60));
    const preview = run.preview();
    expect(preview?.result.feasible).toBe(true);
    expect(preview?.result.changed).toBeGreaterThan(0);
    expect(dispatched).toHaveLength(0);
    expect(session.plan()).toBe(plan);
    // The grid's lookup holds exactly the changed cells.
    const cells = preview!.changedCells.get(payment)!;
    expect(cells.size).toBe(preview!.result.changed);
    expect(run.apply()).toEqual({ ok: true });
    expect(dispatched).toHaveLength(1);
    expect(dispatched[0]!.source).toEqual({ kind: 'proposal' });
    expect(run.state().phase).toBe('idle');
    for (const [code, cell] of cells) expect(session.plan()!.units.find((u) => u.code === code)!.target[payment]).toBe(cell.after);
  });

  it('drops the preview when the plan changes under it, and never applies a stale one', async () => {
    const { session, dispatched } = fakeSession(makeDemoPlan('2026-01-01T00:00:00.000Z'));
    const run = createProposalRun(session);
    await run.compute(request(60));
    expect(run.state().phase).toBe('preview');
    session.dispatch({ type: 'setRate', unitCode: unitCode('21952'), indicatorId: payment, field: 'target', value: rateFromPercent(99) });
    expect(run.state().phase).toBe('stale');
    expect(run.apply()).toEqual({ ok: false, reason: 'nothing' });
    expect(dispatched).toHaveLength(1); // the edit only
  });

  it('refuses an infeasible proposal and changes nothing', async () => {
    const plan = makeDemoPlan('2026-01-01T00:00:00.000Z');
    const { session, dispatched } = fakeSession(plan);
    const run = createProposalRun(session);
    // Only one unit may change: the others keep the aggregate far below 99 %.
    await run.compute({ ...request(99), scope: new Set([unitCode('21958')]) });
    expect(run.preview()?.result.feasible).toBe(false);
    expect(run.apply()).toEqual({ ok: false, reason: 'infeasible' });
    expect(dispatched).toHaveLength(0);
    expect(session.plan()).toBe(plan);
  });

  it('a cancel while computing leaves no preview behind, and dispose stops listening', async () => {
    const { session, listeners } = fakeSession(makeDemoPlan('2026-01-01T00:00:00.000Z'));
    const run = createProposalRun(session);
    const computing = run.compute({ ...request(60), indicatorIds: [payment, indicatorId('online_dossiers')] });
    run.cancel();
    await computing;
    expect(run.state().phase).toBe('idle');
    expect(listeners()).toBe(1);
    run.dispose();
    expect(listeners()).toBe(0);
  });
});
