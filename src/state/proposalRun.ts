import { createSignal, type Accessor } from 'solid-js';
import type { IndicatorId, UnitCode } from '../domain/ids';
import type { Plan } from '../domain/plan';
import { combineProposals, makeProposalContext, proposalCommand, proposeIndicator, requestedIndicators } from '../domain/proposal/propose';
import type { IndicatorProposal, ProposalRequest, ProposalResult, ProposedCell } from '../domain/proposal/proposalTypes';
import type { DispatchResult, PlanSession } from './planSession';
import { yieldToBrowser } from './slices';

/** A proposal on screen, not yet applied: what the grid shows in its cells and the panel sums up. */
export interface ProposalPreview {
  request: ProposalRequest;
  result: ProposalResult;
  /** The plan it was computed on: a preview of another plan is never applied. */
  computedOn: Plan;
  /** Proposed cells that change, by indicator and unit, for the grid's cells. */
  changedCells: ReadonlyMap<IndicatorId, ReadonlyMap<UnitCode, ProposedCell>>;
}

export type ProposalState =
  | { phase: 'idle' }
  | { phase: 'computing'; done: number; total: number }
  | { phase: 'preview'; preview: ProposalPreview }
  /** The plan changed (an edit here or in another tab) while a preview was shown: it was dropped. */
  | { phase: 'stale' };

/** One indicator's changed cells by unit, for the grid's cells (none when it is infeasible). */
function changedCellsOf(proposal: IndicatorProposal): Map<UnitCode, ProposedCell> {
  const cells = new Map<UnitCode, ProposedCell>();
  if (proposal.feasible) for (const cell of proposal.cells) if (cell.after !== cell.before) cells.set(cell.unitCode, cell);
  return cells;
}

/**
 * "Đề xuất phân bổ" on one plan: computes a proposal indicator by indicator with a turn for the browser
 * between them (a 100,000-unit plan never freezes the page, and progress moves), keeps it as a preview
 * until it is applied (one command, undoable, one transaction) or cancelled (nothing changes), and drops it
 * the moment the plan changes under it.
 */
export function createProposalRun(session: PlanSession) {
  const [state, setState] = createSignal<ProposalState>({ phase: 'idle' });
  let run = 0;

  const unsubscribe = session.subscribe(() => {
    const now = state();
    if (now.phase === 'preview' && session.plan() !== now.preview.computedOn) setState({ phase: 'stale' });
  });

  async function compute(request: ProposalRequest): Promise<void> {
    const plan = session.plan();
    if (!plan) return;
    const mine = ++run;
    const indicators = requestedIndicators(plan, request);
    const total = indicators.length;
    const parts: IndicatorProposal[] = [];
    const changedCells = new Map<IndicatorId, Map<UnitCode, ProposedCell>>();
    setState({ phase: 'computing', done: 0, total });
    // Read once for every indicator (volumes, positions); each indicator is then one task with a turn for the
    // browser after it: ~10 ms at 10,598 units, ~150 ms at 100,000, never the whole proposal in one task.
    const context = makeProposalContext(plan);
    for (const ind of indicators) {
      await yieldToBrowser();
      if (mine !== run) return;
      if (session.plan() !== plan) {
        setState({ phase: 'stale' });
        return;
      }
      const one = proposeIndicator(plan, ind, request, context);
      parts.push(one);
      // Indexed in the same task as it was computed: the task that shows the preview does nothing more.
      if (one.feasible) changedCells.set(one.indicatorId, changedCellsOf(one));
      setState({ phase: 'computing', done: parts.length, total });
    }
    const result = combineProposals(parts);
    // For the benchmark: how many frames the preview takes to be painted once the proposal is known.
    performance.mark('dvctt:proposal-computed');
    setState({ phase: 'preview', preview: { request, result, computedOn: plan, changedCells } });
  }

  /** Applies the preview as one command; refused (nothing changes) when infeasible or when the plan moved on. */
  function apply(): DispatchResult | { ok: false; reason: 'infeasible' | 'stale' | 'nothing' } {
    const now = state();
    if (now.phase !== 'preview') return { ok: false, reason: 'nothing' };
    const { preview } = now;
    if (!preview.result.feasible) return { ok: false, reason: 'infeasible' };
    if (session.plan() !== preview.computedOn) {
      setState({ phase: 'stale' });
      return { ok: false, reason: 'stale' };
    }
    const command = proposalCommand(preview.computedOn, preview.result);
    setState({ phase: 'idle' });
    if (!command) return { ok: false, reason: 'nothing' };
    return session.dispatch(command, { kind: 'proposal' });
  }

  function cancel(): void {
    run++;
    setState({ phase: 'idle' });
  }

  const preview: Accessor<ProposalPreview | undefined> = () => {
    const now = state();
    return now.phase === 'preview' ? now.preview : undefined;
  };

  return { state, preview, compute, apply, cancel, dispose: () => { run++; unsubscribe(); } };
}

export type ProposalRun = ReturnType<typeof createProposalRun>;
