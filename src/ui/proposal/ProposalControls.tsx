import { For, Show } from 'solid-js';
import type { UnitCode } from '../../domain/ids';
import type { Plan } from '../../domain/plan';
import { PROPOSAL_METHODS, type ProposalMethod } from '../../domain/proposal/proposalTypes';
import { formatCount, type Locale } from '../../domain/rate';
import { indicatorName } from '../i18n/issueText';
import type { GoalKind, ProposalForm, ProposalScope } from './createProposalForm';
import { methodName } from './proposalText';
import { tPropose } from '../i18n/proposeText';

export interface ProposalControlsProps {
  form: ProposalForm;
  plan: Plan;
  locale: Locale;
  shownUnits: () => UnitCode[] | undefined;
  selectedUnits?: () => UnitCode[] | undefined;
  /** A choice changed: a preview of the old choices no longer holds. */
  onChoice: () => void;
  /** Enter in the goal's value computes. */
  onCompute: () => void;
  /** The first choice, which takes the focus when the panel opens. */
  firstChoice: (el: HTMLSelectElement) => void;
}

/** The proposal's choices: indicators, method, goal (and its value), the units, the two options. */
export function ProposalControls(props: ProposalControlsProps) {
  const choose = <T,>(set: (value: T) => void, value: T) => { set(value); props.onChoice(); };
  const count = (n: number) => formatCount(n, props.locale);
  return (
    <div class="proposal-controls">
      <label>{tPropose('propose_indicator')}
        <select data-testid="propose-indicator" ref={props.firstChoice} value={props.form.indicator()} onChange={(e) => choose(props.form.setIndicator, e.currentTarget.value)}>
          <For each={props.plan.indicators}>{(ind) => <option value={ind.id}>{indicatorName(ind, props.locale)}</option>}</For>
          <Show when={props.form.severalSelected()}>{(ids) => <option value="selected">{tPropose('propose_selectedIndicators', { n: count(ids().length) })}</option>}</Show>
          <option value="all">{tPropose('propose_allIndicators')}</option>
        </select>
      </label>
      <label>{tPropose('propose_method')}
        <select data-testid="propose-method" value={props.form.method()} onChange={(e) => choose(props.form.setMethod, e.currentTarget.value as ProposalMethod)}>
          <For each={PROPOSAL_METHODS}>{(m) => <option value={m}>{methodName(m)}</option>}</For>
        </select>
      </label>
      <label>{tPropose('propose_goal')}
        <select data-testid="propose-goal" value={props.form.goalKind()} onChange={(e) => choose(props.form.setGoalKind, e.currentTarget.value as GoalKind)}>
          <option value="general">{tPropose('propose_goal_general')}</option>
          <option value="own">{tPropose('propose_goal_own')}</option>
          <option value="custom">{tPropose('propose_goal_custom')}</option>
        </select>
      </label>
      <input class="num" data-testid="propose-goal-value" aria-label={tPropose('propose_goalValue')} placeholder={tPropose('propose_goalValue')}
        disabled={props.form.goalKind() !== 'custom'} value={props.form.goalText()} onInput={(e) => props.form.setGoalText(e.currentTarget.value)}
        onKeyDown={(e) => { if (e.key === 'Enter') props.onCompute(); }} />
      <label>{tPropose('propose_scope')}
        <select data-testid="propose-scope" value={props.form.scope()} onChange={(e) => choose(props.form.setScope, e.currentTarget.value as ProposalScope)}>
          <option value="all">{tPropose('propose_scope_all')}</option>
          <Show when={props.shownUnits()}>{(shown) => <option value="shown">{tPropose('propose_scope_shown', { n: count(shown().length) })}</option>}</Show>
          <Show when={props.selectedUnits?.()}>{(units) => <option value="selected">{tPropose('propose_scope_selected', { n: count(units().length) })}</option>}</Show>
        </select>
      </label>
      <label class="check"><input type="checkbox" data-testid="propose-only-empty" checked={props.form.onlyEmpty()}
        onChange={(e) => choose(props.form.setOnlyEmpty, e.currentTarget.checked)} />{tPropose('propose_onlyEmpty')}</label>
      <label class="check"><input type="checkbox" data-testid="propose-allow-below-baseline" checked={props.form.allowBelow()}
        onChange={(e) => choose(props.form.setAllowBelow, e.currentTarget.checked)} />{tPropose('propose_allowBelow')}</label>
    </div>
  );
}
