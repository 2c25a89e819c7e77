import { createSignal } from 'solid-js';
import type { Plan } from '../../domain/plan';
import { VERSION_NAME_LIMIT } from '../../domain/versions/planVersion';
import { useApp } from '../appContext';
import { saveVersion } from '../../state/versions';
import { Dialog } from '../Dialog';
import { t } from '../i18n/t';
import { tHistory } from '../i18n/historyText';

/** Asks a name and saves the plan's targets, assignment and locks under it ("Lưu phương án"). */
export function SaveVersionDialog(props: { plan: Plan; count: number; onClose: () => void; onSaved: (name: string) => void; onFailed: () => void }) {
  const repo = useApp().plans;
  // eslint-disable-next-line solid/reactivity -- the suggested name is made once, when the dialog opens
  const [name, setName] = createSignal(tHistory('versionNameDefault', { n: props.count + 1 }));
  const [busy, setBusy] = createSignal(false);
  const save = (e: Event) => {
    e.preventDefault();
    const chosen = name().trim();
    if (!chosen || busy()) return;
    setBusy(true);
    // eslint-disable-next-line solid/reactivity -- read once, in the submit handler
    const { onSaved, onFailed } = props;
    saveVersion(repo, props.plan, chosen).then(() => onSaved(chosen), (err: unknown) => {
      console.error('Saving a version failed', err);
      onFailed();
    });
  };
  return (
    <Dialog title={t('saveVersionTitle')} onClose={() => props.onClose()} testId="save-version-dialog">
      <form onSubmit={save}>
        <label>{tHistory('versionName')}
          <input data-testid="version-name" value={name()} maxLength={VERSION_NAME_LIMIT} autofocus required onInput={(e) => setName(e.currentTarget.value)} />
        </label>
        <div class="dialog-actions">
          <button type="button" onClick={() => props.onClose()}>{t('cancel')}</button>
          <button type="submit" class="primary" data-testid="version-confirm" disabled={busy() || name().trim() === ''}>{tHistory('versionConfirm')}</button>
        </div>
      </form>
    </Dialog>
  );
}
