import { createEffect, createSignal, For, onCleanup, onMount, Show } from 'solid-js';
import type { IndicatorId, UnitCode } from '../../domain/ids';
import type { Plan } from '../../domain/plan';
import { PROPOSAL_METHODS, type GoalChoice, type IndicatorProposal, type ProposalMethod } from '../../domain/proposal/proposalTypes';
import { formatCount, formatRate, type Locale, type Rate } from '../../domain/rate';
import { readTenthsRate } from '../../domain/valueRule';
import { createProposalRun, type ProposalPreview } from '../../state/proposalRun';
import type { PlanSession } from '../../state/planSession';
import { indicatorName } from '../i18n/issueText';
import { t } from '../i18n/t';
import { aggregateText, formatShare, infeasibleText, methodLine, methodName } from './proposalText';

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
  onPreview: (preview: ProposalPreview | undefined) => void;
  onApplied: (message: string) => void;
  onClose: () => void;
}

type GoalKind = GoalChoice['kind'];

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
  // eslint-disable-next-line solid/reactivity -- the starting choice only
  const [indicator, setIndicator] = createSignal<string>(props.initialIndicator ?? props.plan.indicators[0]?.id ?? 'all');
  const [method, setMethod] = createSignal<ProposalMethod>('lift-lowest');
  const [goalKind, setGoalKind] = createSignal<GoalKind>('general');
  const [goalText, setGoalText] = createSignal('');
  const [onlyEmpty, setOnlyEmpty] = createSignal(false);
  const [allowBelow, setAllowBelow] = createSignal(false);
  const [scope, setScope] = createSignal<'all' | 'shown' | 'selected'>('all');
  const [problem, setProblem] = createSignal('');

  createEffect(() => props.onPreview(run.preview()));
  // Opened from the toolbar or the keyboard, the panel takes the focus: its first choice is the indicator.
  let firstChoice: HTMLSelectElement | undefined;
  onMount(() => firstChoice?.focus());

  /** Several indicators at once: those of the selected block's columns, when it covers more than one. */
  const severalSelected = () => {
    const ids = props.selectedIndicators?.();
    return ids && ids.length > 1 ? ids : undefined;
  };
  const indicatorIds = (): IndicatorId[] => {
    const chosen = indicator();
    if (chosen === 'all') return props.plan.indicators.map((i) => i.id);
    const wanted = new Set<string>(chosen === 'selected' ? (severalSelected() ?? []) : [chosen]);
    return props.plan.indicators.filter((i) => wanted.has(i.id)).map((i) => i.id);
  };

  const readGoal = (): GoalChoice | undefined => {
    const kind = goalKind();
    if (kind !== 'custom') return { kind };
    const parsed = readTenthsRate(goalText());
    const refuse = (message: string) => { setProblem(t('propose_goalValueInvalid', { message })); return undefined; };
    if (!parsed.ok) return refuse(parsed.problem === 'oneDecimal' ? t('oneDecimal') : t(`parse_${parsed.problem}`, { text: goalText() }));
    if (parsed.value === null) return refuse(t('parse_notANumber', { text: goalText() }));
    return { kind, value: parsed.value };
  };

  const compute = () => {
    setProblem('');
    const goal = readGoal();
    if (!goal) return;
    const shown = scope() === 'shown' ? props.shownUnits() : scope() === 'selected' ? (props.selectedUnits?.() ?? []) : undefined;
    void run.compute({
      indicatorIds: indicatorIds(), method: method(), goal, onlyEmpty: onlyEmpty(), allowBelowBaseline: allowBelow(),
      scope: shown ? new Set(shown) : null,
    });
  };

  const apply = () => {
    const changed = run.preview()?.result.changed ?? 0;
    const result = run.apply();
    if (result.ok) {
      props.onApplied(t('propose_applied', { n: formatCount(changed, props.locale) }));
      props.onClose();
    }
  };

  const name = (id: IndicatorId) => {
    const ind = props.plan.indicators.find((i) => i.id === id);
    return ind ? indicatorName(ind, props.locale) : id;
  };
  const preview = () => run.preview();
  const infeasible = () => preview()?.result.indicators.filter((p) => !p.feasible) ?? [];

  return (
    <aside class="panel proposal" data-testid="propose-panel" data-region="proposal" aria-label={t('propose_title')}
      onKeyDown={(e) => { if (e.key === 'Escape') { e.stopPropagation(); run.cancel(); props.onClose(); } }}>
      <h2>{t('propose_title')}</h2>
      <div class="proposal-controls">
        <label>{t('propose_indicator')}
          <select data-testid="propose-indicator" ref={firstChoice} value={indicator()} onChange={(e) => { setIndicator(e.currentTarget.value); run.cancel(); }}>
            <For each={props.plan.indicators}>{(ind) => <option value={ind.id}>{indicatorName(ind, props.locale)}</option>}</For>
            <Show when={severalSelected()}>{(ids) => <option value="selected">{t('propose_selectedIndicators', { n: formatCount(ids().length, props.locale) })}</option>}</Show>
            <option value="all">{t('propose_allIndicators')}</option>
          </select>
        </label>
        <label>{t('propose_method')}
          <select data-testid="propose-method" value={method()} onChange={(e) => { setMethod(e.currentTarget.value as ProposalMethod); run.cancel(); }}>
            <For each={PROPOSAL_METHODS}>{(m) => <option value={m}>{methodName(m)}</option>}</For>
          </select>
        </label>
        <label>{t('propose_goal')}
          <select data-testid="propose-goal" value={goalKind()} onChange={(e) => { setGoalKind(e.currentTarget.value as GoalKind); run.cancel(); }}>
            <option value="general">{t('propose_goal_general')}</option>
            <option value="own">{t('propose_goal_own')}</option>
            <option value="custom">{t('propose_goal_custom')}</option>
          </select>
        </label>
        <input class="num" data-testid="propose-goal-value" aria-label={t('propose_goalValue')} placeholder={t('propose_goalValue')}
          disabled={goalKind() !== 'custom'} value={goalText()} onInput={(e) => setGoalText(e.currentTarget.value)}
          onKeyDown={(e) => { if (e.key === 'Enter') compute(); }} />
        <label>{t('propose_scope')}
          <select data-testid="propose-scope" value={scope()} onChange={(e) => { setScope(e.currentTarget.value as 'all' | 'shown' | 'selected'); run.cancel(); }}>
            <option value="all">{t('propose_scope_all')}</option>
            <Show when={props.shownUnits()}>{(shown) => <option value="shown">{t('propose_scope_shown', { n: formatCount(shown().length, props.locale) })}</option>}</Show>
            <Show when={props.selectedUnits?.()}>{(units) => <option value="selected">{t('propose_scope_selected', { n: formatCount(units().length, props.locale) })}</option>}</Show>
          </select>
        </label>
        <label class="check"><input type="checkbox" data-testid="propose-only-empty" checked={onlyEmpty()}
          onChange={(e) => { setOnlyEmpty(e.currentTarget.checked); run.cancel(); }} />{t('propose_onlyEmpty')}</label>
        <label class="check"><input type="checkbox" data-testid="propose-allow-below-baseline" checked={allowBelow()}
          onChange={(e) => { setAllowBelow(e.currentTarget.checked); run.cancel(); }} />{t('propose_allowBelow')}</label>
      </div>
      <p class="muted proposal-method-line">{methodLine(method())}</p>
      <div class="proposal-actions">
        <button type="button" class="primary" data-testid="propose-run" onClick={compute}>{t('propose_run')}</button>
        <button type="button" data-testid="propose-close" onClick={() => { run.cancel(); props.onClose(); }}>{t('propose_close')}</button>
      </div>
      <Show when={problem()}><p class="notice notice-error" role="alert">{problem()}</p></Show>
      <Show when={run.state().phase === 'stale'}><p class="notice" role="status">{t('propose_stale')}</p></Show>
      <Show when={(() => { const s = run.state(); return s.phase === 'computing' ? s : undefined; })()}>
        {(s) => <p role="status"><progress max={s().total} value={s().done} /> {t('propose_computing', { done: s().done, total: s().total })}</p>}
      </Show>
      <Show when={preview()}>
        {(p) => (
          <div data-testid="propose-preview" data-feasible={String(p().result.feasible)} data-changed={String(p().result.changed)} role="status">
            <Show when={infeasible().length > 0}>
              <div class="notice notice-error" data-testid="propose-infeasible" role="alert">
                <For each={infeasible()}>{(x) => <p>{x.feasible ? '' : infeasibleText(x.problem, name(x.indicatorId), props.unitName, props.locale)}</p>}</For>
                <p>{t('propose_infeasibleNothing')}</p>
              </div>
            </Show>
            <Show when={p().result.feasible}>
              <p>{p().result.changed > 0 ? t('propose_changed', { n: formatCount(p().result.changed, props.locale) }) : t('propose_nothingChanges')}</p>
            </Show>
            <div class="proposal-actions" ref={(el) => queueMicrotask(() => el.scrollIntoView({ block: 'nearest' }))}>
              <button type="button" class="primary" data-testid="propose-apply" disabled={!p().result.feasible || p().result.changed === 0} onClick={apply}>{t('propose_apply')}</button>
              <button type="button" data-testid="propose-cancel" onClick={() => run.cancel()}>{t('propose_cancel')}</button>
            </div>
            <ul class="proposal-lines">
              <For each={p().result.indicators.filter((x) => x.feasible)}>
                {(x) => <li data-testid="propose-indicator-line" data-indicator={x.indicatorId}>{indicatorLine(x, name(x.indicatorId), props.locale, allowBelow())}</li>}
              </For>
            </ul>
          </div>
        )}
      </Show>
    </aside>
  );
}

/** One indicator's summary: its aggregate before → after against the goal, the parameter found, and its notes. */
function indicatorLine(x: IndicatorProposal, name: string, locale: Locale, allowBelow: boolean): string {
  if (!x.feasible) return '';
  const parts = [`${name}: ${t('propose_aggregate', { before: aggregateText(x.before, locale), after: aggregateText(x.after, locale), goal: x.goal === null ? '—' : formatRate(x.goal, locale) })}`];
  if (x.parameter) {
    const value = x.parameter.kind === 'share' ? formatShare(x.parameter.value, locale) : formatRate(x.parameter.value as Rate, locale);
    parts.push(t(`propose_parameter_${x.parameter.kind}`, { value }));
  }
  parts.push(t('propose_changed', { n: formatCount(x.changed, locale) }));
  if (x.goalRaisedBy && x.goal !== null) parts.push(t(`propose_goalRaised_${x.goalRaisedBy}`, { goal: formatRate(x.goal, locale) }));
  const noBaseline = x.cells.filter((c) => c.noBaseline && c.after !== c.before).length;
  if (noBaseline > 0) parts.push(t('propose_noBaseline', { n: formatCount(noBaseline, locale) }));
  if (allowBelow) parts.push(t('propose_belowBaselineKept'));
  return parts.join(' · ');
}
