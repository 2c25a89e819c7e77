import { createSignal, onMount, Show } from 'solid-js';
import { DEFAULT_REMINDER_DAYS, reminderDays, setReminderDays } from '../state/backupReminder';
import { useApp } from './appContext';
import { formatCount } from '../domain/rate';
import { language } from '../state/language';
import { refreshStorageStatus, storageStatus } from '../state/storageStatus';
import { Dialog } from './Dialog';
import { t } from './i18n/t';
import { tFiles } from './i18n/filesText';

const megabytes = (bytes: number | undefined) => (bytes === undefined ? '?' : formatCount(Math.round(bytes / 1024 / 1024), language()));

/** Where the data is, whether the browser promised to keep it, and what to do about it. */
export function StorageDialog(props: { onClose: () => void }) {
  const repo = useApp().plans;
  const [days, setDays] = createSignal(DEFAULT_REMINDER_DAYS);
  onMount(() => void reminderDays(repo).then(setDays));
  return (
    <Dialog title={tFiles('storageTitle')} onClose={() => props.onClose()} testId="storage-dialog">
      <p>{storageStatus().persisted ? t('storagePersisted') : t('storageNotPersisted')}</p>
      <p class="muted">{tFiles('storageUsage', { usage: megabytes(storageStatus().usage), quota: megabytes(storageStatus().quota) })}</p>
      <Show when={!storageStatus().persisted}><p>{tFiles('storageAdvice')}</p></Show>
      <label class="field inline"><span>{t('backupReminderDays')}</span>
        <input type="number" min="1" max="365" class="num" data-testid="backup-reminder-days" value={days()}
          onChange={(e) => { const n = Number(e.currentTarget.value); if (n >= 1) { setDays(n); void setReminderDays(repo, n); } }} />
      </label>
      <p class="muted">{tFiles('storageVersion', { version: __APP_VERSION__ })}</p>
      <div class="dialog-actions">
        <Show when={!storageStatus().persisted}>
          <button type="button" onClick={() => void refreshStorageStatus(true)}>{tFiles('storageAskAgain')}</button>
        </Show>
        <button type="button" class="primary" onClick={() => props.onClose()}>{t('close')}</button>
      </div>
    </Dialog>
  );
}
