import { numberProblemText } from '../i18n/fileText';
import { createSignal, For, Show } from 'solid-js';
import type { Command } from '../../domain/commands';
import type { DispatchResult } from '../../state/planSession';
import { unitCode } from '../../domain/ids';
import { UNIT_TYPES } from '../../domain/plan';
import { parseCount } from '../../domain/rate';
import { Dialog } from '../Dialog';
import { t } from '../i18n/t';

export function AddUnitDialog(props: { dispatch: (c: Command) => DispatchResult; onClose: () => void }) {
  const [code, setCode] = createSignal('');
  const [name, setName] = createSignal('');
  const [type, setType] = createSignal('Xã');
  const [volume, setVolume] = createSignal('');
  const [error, setError] = createSignal('');

  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    const v = parseCount(volume());
    if (!v.ok) return setError(numberProblemText(v.problem, volume(), 'count'));
    const result = props.dispatch({ type: 'addUnit', unit: { code: unitCode(code().trim()), name: name(), type: type(), volume: v.value, baseline: {}, target: {} } });
    if (!result.ok) return setError(t(`refusal_${result.reason}`));
    props.onClose();
  };

  return (
    <Dialog title={t('addUnit')} onClose={() => props.onClose()} testId="add-unit-dialog">
      <form onSubmit={submit} novalidate>
        <div class="field-row">
          <label class="field"><span>{t('unitCode')}</span>
            <input name="code" value={code()} onInput={(e) => setCode(e.currentTarget.value)} autofocus /></label>
          <label class="field"><span>{t('unitType')}</span>
            <input name="type" list="unit-types" value={type()} onInput={(e) => setType(e.currentTarget.value)} /></label>
        </div>
        <label class="field"><span>{t('unitName')}</span>
          <input name="name" value={name()} onInput={(e) => setName(e.currentTarget.value)} /></label>
        <label class="field"><span>{t('colVolume')}</span>
          <input name="volume" inputmode="numeric" value={volume()} onInput={(e) => setVolume(e.currentTarget.value)} /></label>
        <datalist id="unit-types"><For each={UNIT_TYPES}>{(u) => <option value={u} />}</For></datalist>
        <Show when={error()}><p class="form-errors" role="alert">{error()}</p></Show>
        <div class="dialog-actions">
          <button type="button" onClick={() => props.onClose()}>{t('cancel')}</button>
          <button type="submit" class="primary" data-testid="add-unit-ok">{t('addUnit')}</button>
        </div>
      </form>
    </Dialog>
  );
}
