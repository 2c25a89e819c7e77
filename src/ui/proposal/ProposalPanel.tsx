import { createEffect, onCleanup, onMount, Show } from 'solid-js';
import type { IndicatorId, UnitCode } from '../../domain/ids';
import type { Plan } from '../../domain/plan';
import { formatCount, type Locale } from '../../domain/rate';
import { createProposalRun, type ProposalRun } from '../../state/proposalRun';
import type { PlanSession } from '../../state/planSession';
import { indicatorName } from '../i18n/issueText';
import { createProposalForm } from './createProposalForm';
import { ProposalControls } from './ProposalControls';
import { ProposalPreviewView } from './ProposalPreviewView';
import { methodLine, proposedCellTitle } from './proposalText';
import type { ShownProposal } from './proposalCells';
import { tPropose } from '../i18n/proposeText';

export interface ProposalPanelProps {
  session: PlanSession;
  plan: Plan;
  locale: Locale;
  /** The indicator to start with (the focused cell's), if any. */
  initialIndicator: IndicatorId | undefined;
  /** The units the quick filter shows, or undefined when nothing is filtered. */
  shownUnits: () => UnitCode[] | undefined;
  /** The units of the grid's selected block (of more than one cell), or undefined when there is none. */
  selectedUnits?: () => UnitCode[] | undefined;
  /** The indicators whose columns the grid's selected block covers, or undefined when there is none. */
  selectedIndicators?: () => IndicatorId[] | undefined;
  unitName: (code: UnitCode) => string;
  onPreview: (preview: ShownProposal | undefined) => void;
  onApplied: (message: string) => void;
  onClose: () => void;
}

/**
 * "Đề xuất phân bổ": the planner picks the indicators, the method, the goal and the units; the proposal is
 * computed and shown in the grid's cells (old → new) with each indicator's aggregate before and after; Apply
 * writes it as one undoable command, Cancel changes nothing. Nothing is written before Apply.
 */
export function ProposalPanel(props: ProposalPanelProps) {
  // eslint-disable-next-line solid/reactivity -- the panel lives with one session
  const run = createProposalRun(props.session);
  onCleanup(() => {
    run.dispose();
    props.onPreview(undefined);
  });
  // The starting choice only is read from the props; the plan is read when a request is made.
  const form = createProposalForm(props);
  createEffect(() => {
    const preview = run.preview();
    props.onPreview(preview && { ...preview, cellTitle: proposedCellTitle });
  });
  // Opened from the toolbar or the keyboard, the panel takes the focus: its first choice is the indicator.
  let firstChoice: HTMLSelectElement | undefined;
  onMount(() => firstChoice?.focus());

  const compute = () => {
    const request = form.request();
    if (request) void run.compute(request);
  };
  const apply = () => {
    const changed = run.preview()?.result.changed ?? 0;
    const result = run.apply();
    if (result.ok) {
      props.onApplied(tPropose('propose_applied', { n: formatCount(changed, props.locale) }));
      props.onClose();
    }
  };
  const close = () => { run.cancel(); props.onClose(); };
  const name = (id: IndicatorId) => {
    const ind = props.plan.indicators.find((i) => i.id === id);
    return ind ? indicatorName(ind, props.locale) : id;
  };

  return (
    <aside class="panel proposal" data-testid="propose-panel" data-region="proposal" aria-label={tPropose('propose_title')}
      onKeyDown={(e) => { if (e.key === 'Escape') { e.stopPropagation(); close(); } }}>
      <h2>{tPropose('propose_title')}</h2>
      <ProposalControls form={form} plan={props.plan} locale={props.locale} shownUnits={props.shownUnits} selectedUnits={props.selectedUnits}
        onChoice={() => run.cancel()} onCompute={compute} firstChoice={(el) => { firstChoice = el; }} />
      <p class="muted proposal-method-line">{methodLine(form.method())}</p>
      <div class="proposal-actions">
        <button type="button" class="primary" data-testid="propose-run" onClick={compute}>{tPropose('propose_run')}</button>
        <button type="button" data-testid="propose-close" onClick={close}>{tPropose('propose_close')}</button>
      </div>
      <ProposalNotices problem={form.problem()} run={run} />
      <Show when={run.preview()}>
        {(p) => <ProposalPreviewView preview={p()} locale={props.locale} allowBelow={form.allowBelow()} indicatorName={name}
          unitName={props.unitName} onApply={apply} onCancel={() => run.cancel()} />}
      </Show>
    </aside>
  );
}

/** What the panel says under its buttons: a goal that cannot be read, a preview dropped, the progress. */
function ProposalNotices(props: { problem: string; run: ProposalRun }) {
  const computing = () => {
    const s = props.run.state();
    return s.phase === 'computing' ? s : undefined;
  };
  return (
    <>
      <Show when={props.problem}><p class="notice notice-error" role="alert">{props.problem}</p></Show>
      <Show when={props.run.state().phase === 'stale'}><p class="notice" role="status">{tPropose('propose_stale')}</p></Show>
      <Show when={computing()}>
        {(s) => <p role="status"><progress max={s().total} value={s().done} /> {tPropose('propose_computing', { done: s().done, total: s().total })}</p>}
      </Show>
    </>
  );
}
