import { createSignal, Index, Show } from 'solid-js';
import type { Command } from '../../domain/commands';
import { isUnassigned, makeIndicatorId, type Indicator } from '../../domain/indicators';
import { formatRate, type Locale, type Rate } from '../../domain/rate';
import { readTenthsRate } from '../../domain/valueRule';
import { ConfirmDialog } from '../Dialog';
import { indicatorName } from '../i18n/issueText';
import { t, type MessageKey } from '../i18n/t';

export interface AssignmentPanelProps {
  indicators: readonly Indicator[];
  locale: Locale;
  dispatch: (command: Command) => void;
}

/**
 * The province assignment, per indicator: the commune-level general target, how it applies, the floor,
 * whether 100 % is mandatory and the allocating unit's own target. Every change is one command.
 */
export function AssignmentPanel(props: AssignmentPanelProps) {
  const [message, setMessage] = createSignal('');
  const [removing, setRemoving] = createSignal<Indicator>();

  /** Reads an assigned rate: a possible rate (the one value rule), with at most one decimal; empty only where allowed. */
  const readAssigned = (text: string, label: MessageKey, optional: boolean): { ok: true; value: Rate | null } | { ok: false } => {
    const parsed = readTenthsRate(text);
    const refuse = (msg: string) => {
      setMessage(t('assignmentValueRefused', { field: t(label), message: msg }));
      return { ok: false } as const;
    };
    if (!parsed.ok) return refuse(parsed.problem === 'oneDecimal' ? t('oneDecimal') : t(`parse_${parsed.problem}`, { text }));
    if (parsed.value === null) return optional ? { ok: true, value: null } : refuse(t('parse_notANumber', { text }));
    return { ok: true, value: parsed.value };
  };

  const update = (ind: Indicator, patch: Partial<Omit<Indicator, 'id'>>) => {
    setMessage('');
    props.dispatch({ type: 'updateIndicator', indicatorId: ind.id, patch });
  };

  const rateInput = (ind: () => Indicator, key: 'min' | 'floor' | 'ownTarget', label: MessageKey, optional: boolean) => (
    <input class="num" data-testid={`assignment-${ind().id}-${key}`} aria-label={`${indicatorName(ind(), props.locale)}: ${t(label)}`}
      value={formatRate(ind()[key], props.locale)} disabled={key === 'floor' && ind().mode !== 'weighted'}
      placeholder={key === 'min' && !ind().mandatory ? t('minUnsetShort') : undefined}
      classList={{ unassigned: key === 'min' && isUnassigned(ind()) }}
      onChange={(e) => {
        const input = e.currentTarget;
        const r = readAssigned(input.value, label, optional);
        if (r.ok) update(ind(), { [key]: r.value } as Partial<Indicator>);
        else input.value = formatRate(ind()[key], props.locale);
      }} />
  );

  const addIndicator = () => {
    const name = t('newIndicatorName');
    const id = makeIndicatorId(name, props.indicators.map((i) => i.id));
    props.dispatch({ type: 'addIndicator', indicator: { id, name: { vi: name, en: name }, min: null, mode: 'each', floor: null, mandatory: false, ownTarget: null, checkOwnTarget: false } });
  };

  return (
    <section class="panel assignment" data-testid="assignment-panel">
      <h2>{t('assignmentTitle')}</h2>
      <p class="muted">{t('assignmentHelp')}</p>
      <table class="table compact">
        <thead>
          <tr>
            <th>{t('indicatorNameVi')}</th><th>{t('indicatorNameEn')}</th><th>{t('min')}</th><th>{t('mode')}</th>
            <th>{t('floor')}</th><th>{t('mandatory')}</th><th>{t('ownTarget')}</th><th title={t('checkOwnTargetHelp')}>{t('checkOwnTarget')}</th><th />
          </tr>
        </thead>
        <tbody>
          {/* Index, not For: a row stays the same element when its indicator changes, so Tab keeps its way. */}
          <Index each={props.indicators}>
            {(ind) => (
              <tr data-testid="assignment-row" data-indicator={ind().id}>
                <td><input value={ind().name.vi} aria-label={t('indicatorNameVi')}
                  onChange={(e) => update(ind(), { name: { ...ind().name, vi: e.currentTarget.value.trim() || ind().name.vi } })} /></td>
                <td><input value={ind().name.en} aria-label={t('indicatorNameEn')}
                  onChange={(e) => update(ind(), { name: { ...ind().name, en: e.currentTarget.value.trim() } })} /></td>
                <td>{rateInput(ind, 'min', 'min', true)}</td>
                <td>
                  <select data-testid={`assignment-${ind().id}-mode`} value={ind().mode} aria-label={t('mode')}
                    onChange={(e) => update(ind(), { mode: e.currentTarget.value === 'weighted' ? 'weighted' : 'each' })}>
                    <option value="each">{t('modeEach')}</option>
                    <option value="weighted">{t('modeWeighted')}</option>
                  </select>
                </td>
                <td>{rateInput(ind, 'floor', 'floor', true)}</td>
                <td class="center"><input type="checkbox" data-testid={`assignment-${ind().id}-mandatory`} checked={ind().mandatory}
                  aria-label={t('mandatory')} onChange={(e) => update(ind(), { mandatory: e.currentTarget.checked })} /></td>
                <td>{rateInput(ind, 'ownTarget', 'ownTarget', true)}</td>
                <td class="center"><input type="checkbox" data-testid={`assignment-${ind().id}-checkOwnTarget`} checked={ind().checkOwnTarget}
                  disabled={ind().ownTarget === null && !ind().checkOwnTarget} title={t('checkOwnTargetHelp')}
                  aria-label={`${indicatorName(ind(), props.locale)}: ${t('checkOwnTarget')}`}
                  onChange={(e) => update(ind(), { checkOwnTarget: e.currentTarget.checked })} /></td>
                <td><button type="button" class="danger small" onClick={() => setRemoving(ind())}>{t('removeIndicator')}</button></td>
              </tr>
            )}
          </Index>
        </tbody>
      </table>
      <p class="muted" data-testid="own-target-help">{t('checkOwnTargetHelp')}</p>
      <Show when={message()}><p class="notice notice-error" role="alert">{message()}</p></Show>
      <button type="button" onClick={addIndicator}>{t('addIndicator')}</button>
      <Show when={removing()} keyed>
        {(ind) => (
          <ConfirmDialog title={t('removeIndicator')} text={t('removeIndicatorText', { name: indicatorName(ind, props.locale) })}
            confirmLabel={t('removeIndicator')} danger onCancel={() => setRemoving(undefined)}
            onConfirm={() => { props.dispatch({ type: 'removeIndicator', indicatorId: ind.id }); setRemoving(undefined); }} />
        )}
      </Show>
    </section>
  );
}
