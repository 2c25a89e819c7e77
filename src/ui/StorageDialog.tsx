import { Show } from 'solid-js';
import { formatCount } from '../domain/rate';
import { language } from '../state/language';
import { refreshStorageStatus, storageStatus } from '../state/storageStatus';
import { Dialog } from './Dialog';
import { t } from './i18n/t';

const megabytes = (bytes: number | undefined) => (bytes === undefined ? '?' : formatCount(Math.round(bytes / 1024 / 1024), language()));

/** Where the data is, whether the browser promised to keep it, and what to do about it. */
export function StorageDialog(props: { onClose: () => void }) {
  return (
    <Dialog title={t('storageTitle')} onClose={() => props.onClose()} testId="storage-dialog">
      <p>{storageStatus().persisted ? t('storagePersisted') : t('storageNotPersisted')}</p>
      <p class="muted">{t('storageUsage', { usage: megabytes(storageStatus().usage), quota: megabytes(storageStatus().quota) })}</p>
      <Show when={!storageStatus().persisted}><p>{t('storageAdvice')}</p></Show>
      <p class="muted">{t('storageVersion', { version: __APP_VERSION__ })}</p>
      <div class="dialog-actions">
        <Show when={!storageStatus().persisted}>
          <button type="button" onClick={() => void refreshStorageStatus(true)}>{t('storageAskAgain')}</button>
        </Show>
        <button type="button" class="primary" onClick={() => props.onClose()}>{t('close')}</button>
      </div>
    </Dialog>
  );
}
