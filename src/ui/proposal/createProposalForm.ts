import { createSignal } from 'solid-js';
import type { IndicatorId, UnitCode } from '../../domain/ids';
import type { Plan } from '../../domain/plan';
import type { GoalChoice, ProposalMethod, ProposalRequest } from '../../domain/proposal/proposalTypes';
import { readTenthsRate } from '../../domain/valueRule';
import { t } from '../i18n/t';
import { tPropose } from '../i18n/proposeText';

export type GoalKind = GoalChoice['kind'];
export type ProposalScope = 'all' | 'shown' | 'selected';

/** What the form reads from the page it is on. */
export interface ProposalFormSource {
  plan: Plan;
  initialIndicator: IndicatorId | undefined;
  shownUnits: () => UnitCode[] | undefined;
  selectedUnits?: () => UnitCode[] | undefined;
  selectedIndicators?: () => IndicatorId[] | undefined;
}

/**
 * The proposal panel's choices (indicators, method, goal, units, the two options) and how they become a
 * request; a goal typed that is not a rate is said (`problem`) and no request is made.
 */
export function createProposalForm(source: ProposalFormSource) {
  const [indicator, setIndicator] = createSignal<string>(source.initialIndicator ?? source.plan.indicators[0]?.id ?? 'all');
  const [method, setMethod] = createSignal<ProposalMethod>('lift-lowest');
  const [goalKind, setGoalKind] = createSignal<GoalKind>('general');
  const [goalText, setGoalText] = createSignal('');
  const [onlyEmpty, setOnlyEmpty] = createSignal(false);
  const [allowBelow, setAllowBelow] = createSignal(false);
  const [scope, setScope] = createSignal<ProposalScope>('all');
  const [problem, setProblem] = createSignal('');

  /** Several indicators at once: those of the selected block's columns, when it covers more than one. */
  const severalSelected = () => {
    const ids = source.selectedIndicators?.();
    return ids && ids.length > 1 ? ids : undefined;
  };
  const indicatorIds = (): IndicatorId[] => {
    const chosen = indicator();
    if (chosen === 'all') return source.plan.indicators.map((i) => i.id);
    const wanted = new Set<string>(chosen === 'selected' ? (severalSelected() ?? []) : [chosen]);
    return source.plan.indicators.filter((i) => wanted.has(i.id)).map((i) => i.id);
  };

  const readGoal = (): GoalChoice | undefined => {
    const kind = goalKind();
    if (kind !== 'custom') return { kind };
    const parsed = readTenthsRate(goalText());
    const refuse = (message: string) => { setProblem(tPropose('propose_goalValueInvalid', { message })); return undefined; };
    if (!parsed.ok) return refuse(parsed.problem === 'oneDecimal' ? t('oneDecimal') : t(`parse_${parsed.problem}`, { text: goalText() }));
    if (parsed.value === null) return refuse(t('parse_notANumber', { text: goalText() }));
    return { kind, value: parsed.value };
  };

  /** The request the choices make, or undefined (with the problem said) when the goal cannot be read. */
  const request = (): ProposalRequest | undefined => {
    setProblem('');
    const goal = readGoal();
    if (!goal) return undefined;
    const shown = scope() === 'shown' ? source.shownUnits() : scope() === 'selected' ? (source.selectedUnits?.() ?? []) : undefined;
    return {
      indicatorIds: indicatorIds(), method: method(), goal, onlyEmpty: onlyEmpty(), allowBelowBaseline: allowBelow(),
      scope: shown ? new Set(shown) : null,
    };
  };

  return {
    indicator, setIndicator, method, setMethod, goalKind, setGoalKind, goalText, setGoalText,
    onlyEmpty, setOnlyEmpty, allowBelow, setAllowBelow, scope, setScope, problem, severalSelected, request,
  };
}

export type ProposalForm = ReturnType<typeof createProposalForm>;
