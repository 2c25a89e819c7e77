import type { Indicator } from '../../domain/indicators';
import { isUnassigned } from '../../domain/indicators';
import { formatRate, type Locale, type Rate } from '../../domain/rate';
import { readTenthsRate } from '../../domain/valueRule';
import { indicatorName } from '../i18n/issueText';
import { t, type MessageKey } from '../i18n/t';

type IndicatorPatch = Partial<Omit<Indicator, 'id'>>;
type RateKey = 'min' | 'floor' | 'ownTarget';

/**
 * Reads an assigned rate: a possible rate (the one value rule), with at most one decimal; empty only where
 * allowed. A refusal comes with its message, naming the indicator and the field.
 */
export function readAssignedRate(text: string, indicator: string, label: MessageKey, optional: boolean): { ok: true; value: Rate | null } | { ok: false; message: string } {
  const parsed = readTenthsRate(text);
  const refuse = (msg: string) => ({ ok: false, message: t('assignmentValueRefused', { indicator, field: t(label), message: msg }) } as const);
  if (!parsed.ok) return refuse(parsed.problem === 'oneDecimal' ? t('oneDecimal') : t(`parse_${parsed.problem}`, { text }));
  if (parsed.value === null) return optional ? { ok: true, value: null } : refuse(t('parse_notANumber', { text }));
  return { ok: true, value: parsed.value };
}

export interface AssignmentRowProps {
  indicator: Indicator;
  locale: Locale;
  onUpdate: (patch: IndicatorPatch) => void;
  /** A value typed that is not a possible rate: the message to show (the cell goes back to its value). */
  onRefused: (message: string) => void;
  onRemove: () => void;
}

/** One indicator of the assignment: its names, general target, mode, floor, mandatory, own target and its check. */
export function AssignmentRow(props: AssignmentRowProps) {
  const ind = () => props.indicator;
  const update = (patch: IndicatorPatch) => props.onUpdate(patch);
  const rate = (field: RateKey, label: MessageKey) => (
    <RateInput indicator={ind()} field={field} label={label} locale={props.locale} onUpdate={update} onRefused={(m) => props.onRefused(m)} />
  );
  return (
    <tr data-testid="assignment-row" data-indicator={ind().id}>
      <td><input value={ind().name.vi} aria-label={t('indicatorNameVi')}
        onChange={(e) => update({ name: { ...ind().name, vi: e.currentTarget.value.trim() || ind().name.vi } })} /></td>
      <td><input value={ind().name.en} aria-label={t('indicatorNameEn')}
        onChange={(e) => update({ name: { ...ind().name, en: e.currentTarget.value.trim() } })} /></td>
      <td>{rate('min', 'min')}</td>
      <td>
        <select data-testid={`assignment-${ind().id}-mode`} value={ind().mode} aria-label={t('mode')}
          onChange={(e) => update({ mode: e.currentTarget.value === 'weighted' ? 'weighted' : 'each' })}>
          <option value="each">{t('modeEach')}</option>
          <option value="weighted">{t('modeWeighted')}</option>
        </select>
      </td>
      <td>{rate('floor', 'floor')}</td>
      <td class="center"><input type="checkbox" data-testid={`assignment-${ind().id}-mandatory`} checked={ind().mandatory}
        aria-label={t('mandatory')} onChange={(e) => update({ mandatory: e.currentTarget.checked })} /></td>
      <td>{rate('ownTarget', 'ownTarget')}</td>
      <td class="center"><input type="checkbox" data-testid={`assignment-${ind().id}-checkOwnTarget`} checked={ind().checkOwnTarget}
        disabled={ind().ownTarget === null && !ind().checkOwnTarget} title={t('checkOwnTargetHelp')}
        aria-label={`${indicatorName(ind(), props.locale)}: ${t('checkOwnTarget')}`}
        onChange={(e) => update({ checkOwnTarget: e.currentTarget.checked })} /></td>
      <td><button type="button" class="danger small" onClick={() => props.onRemove()}>{t('removeIndicator')}</button></td>
    </tr>
  );
}

/** One of an indicator's rates (general target, floor, own target); every one may be left empty. */
function RateInput(props: { indicator: Indicator; field: RateKey; label: MessageKey; locale: Locale; onUpdate: (patch: IndicatorPatch) => void; onRefused: (message: string) => void }) {
  const ind = () => props.indicator;
  return (
    <input class="num" data-testid={`assignment-${ind().id}-${props.field}`} aria-label={`${indicatorName(ind(), props.locale)}: ${t(props.label)}`}
      value={formatRate(ind()[props.field], props.locale)} disabled={props.field === 'floor' && ind().mode !== 'weighted'}
      placeholder={props.field === 'min' && !ind().mandatory ? t('minUnsetShort') : undefined}
      classList={{ unassigned: props.field === 'min' && isUnassigned(ind()) }}
      onChange={(e) => {
        const input = e.currentTarget;
        const r = readAssignedRate(input.value, indicatorName(ind(), props.locale), props.label, true);
        if (r.ok) props.onUpdate({ [props.field]: r.value } as IndicatorPatch);
        else {
          props.onRefused(r.message);
          input.value = formatRate(ind()[props.field], props.locale);
        }
      }} />
  );
}
