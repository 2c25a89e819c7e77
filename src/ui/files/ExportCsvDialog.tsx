import { createSignal } from 'solid-js';
import type { CsvDialectId } from '../../io/csvDialect';
import { language } from '../../state/language';
import { Dialog } from '../Dialog';
import { t } from '../i18n/t';

/** Choose the CSV dialect (Excel Việt Nam by default in Vietnamese) and download. */
export function ExportCsvDialog(props: { onExport: (dialect: CsvDialectId) => void; onClose: () => void }) {
  const [dialect, setDialect] = createSignal<CsvDialectId>(language() === 'vi' ? 'excel-vn' : 'standard');
  return (
    <Dialog title={t('exportCsvTitle')} onClose={() => props.onClose()} testId="export-csv-dialog">
      <label class="field"><span>{t('exportDialect')}</span>
        <select data-testid="csv-dialect" value={dialect()} onChange={(e) => setDialect(e.currentTarget.value === 'standard' ? 'standard' : 'excel-vn')}>
          <option value="excel-vn">{t('dialectExcelVn')}</option>
          <option value="standard">{t('dialectStandard')}</option>
        </select>
      </label>
      <div class="dialog-actions">
        <button type="button" onClick={() => props.onClose()}>{t('cancel')}</button>
        <button type="button" class="primary" data-testid="export-confirm" onClick={() => props.onExport(dialect())}>{t('exportConfirm')}</button>
      </div>
    </Dialog>
  );
}
