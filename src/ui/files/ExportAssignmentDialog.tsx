import { createSignal } from 'solid-js';
import { Dialog } from '../Dialog';
import { t } from '../i18n/t';

/** The province side: hand this plan's targets down to its member units as assignment files. */
export function ExportAssignmentDialog(props: { onExport: (split: 'all' | 'each') => void; onClose: () => void }) {
  const [split, setSplit] = createSignal<'all' | 'each'>('each');
  return (
    <Dialog title={t('exportAssignmentTitle')} onClose={() => props.onClose()} testId="export-assignment-dialog">
      <p class="muted">{t('exportAssignmentHelp')}</p>
      <label class="check"><input type="radio" name="split" value="each" checked={split() === 'each'} onChange={() => setSplit('each')} /><span>{t('exportAssignmentEach')}</span></label>
      <label class="check"><input type="radio" name="split" value="all" checked={split() === 'all'} onChange={() => setSplit('all')} /><span>{t('exportAssignmentAll')}</span></label>
      <div class="dialog-actions">
        <button type="button" onClick={() => props.onClose()}>{t('cancel')}</button>
        <button type="button" class="primary" data-testid="export-assignment-confirm" onClick={() => props.onExport(split())}>{t('exportConfirm')}</button>
      </div>
    </Dialog>
  );
}
