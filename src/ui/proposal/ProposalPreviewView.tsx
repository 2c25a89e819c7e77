import { For, Show } from 'solid-js';
import type { IndicatorId, UnitCode } from '../../domain/ids';
import { formatCount, type Locale } from '../../domain/rate';
import type { ProposalPreview } from '../../state/proposalRun';
import { indicatorLine, infeasibleText } from './proposalText';
import { tPropose } from '../i18n/proposeText';

export interface ProposalPreviewViewProps {
  preview: ProposalPreview;
  locale: Locale;
  /** Whether targets may go below the last result (said on every indicator's line). */
  allowBelow: boolean;
  indicatorName: (id: IndicatorId) => string;
  unitName: (code: UnitCode) => string;
  onApply: () => void;
  onCancel: () => void;
}

/** A computed proposal: why it cannot be done, or how many cells change, Apply / Cancel, and a line per indicator. */
export function ProposalPreviewView(props: ProposalPreviewViewProps) {
  const result = () => props.preview.result;
  const infeasible = () => result().indicators.filter((p) => !p.feasible);
  return (
    <div data-testid="propose-preview" data-feasible={String(result().feasible)} data-changed={String(result().changed)} role="status">
      <Show when={infeasible().length > 0}>
        <div class="notice notice-error" data-testid="propose-infeasible" role="alert">
          <For each={infeasible()}>{(x) => <p>{x.feasible ? '' : infeasibleText(x.problem, props.indicatorName(x.indicatorId), props.unitName, props.locale)}</p>}</For>
          <p>{tPropose('propose_infeasibleNothing')}</p>
        </div>
      </Show>
      <Show when={result().feasible}>
        <p>{result().changed > 0 ? tPropose('propose_changed', { n: formatCount(result().changed, props.locale) }) : tPropose('propose_nothingChanges')}</p>
      </Show>
      <div class="proposal-actions" ref={(el) => queueMicrotask(() => el.scrollIntoView({ block: 'nearest' }))}>
        <button type="button" class="primary" data-testid="propose-apply" disabled={!result().feasible || result().changed === 0} onClick={() => props.onApply()}>{tPropose('propose_apply')}</button>
        <button type="button" data-testid="propose-cancel" onClick={() => props.onCancel()}>{tPropose('propose_cancel')}</button>
      </div>
      <ul class="proposal-lines">
        <For each={result().indicators.filter((x) => x.feasible)}>
          {(x) => <li data-testid="propose-indicator-line" data-indicator={x.indicatorId}>{indicatorLine(x, props.indicatorName(x.indicatorId), props.locale, props.allowBelow)}</li>}
        </For>
      </ul>
    </div>
  );
}
