import { createSignal, Show } from 'solid-js';
import { readDistrictUnitLists, unitsOfDistrict, type DistrictUnitLists } from '../../io/districtUnitLists';
import type { Plan } from '../../domain/plan';
import { Dialog } from '../Dialog';
import { t } from '../i18n/t';
import { formatCount } from '../../domain/rate';
import { language } from '../../state/language';

/**
 * The province side: hand this plan's targets down to its member units as assignment files, optionally with
 * each unit's own unit list (a list of communes by district, such as the GSO list).
 */
export function ExportAssignmentDialog(props: { plan: Plan; onExport: (split: 'all' | 'each', lists: DistrictUnitLists | undefined) => void; onClose: () => void }) {
  const [split, setSplit] = createSignal<'all' | 'each'>('each');
  const [lists, setLists] = createSignal<DistrictUnitLists>();
  const [listMessage, setListMessage] = createSignal('');

  const chooseList = async (file: File | undefined) => {
    setLists(undefined);
    setListMessage('');
    if (!file) return;
    const read = readDistrictUnitLists(new Uint8Array(await file.arrayBuffer()));
    if (!read.ok) {
      setListMessage(read.problem === 'missingColumn' ? t('assignmentUnitsMissingColumns') : t('csv_notText'));
      return;
    }
    const matched = props.plan.units.filter((u) => unitsOfDistrict(read.lists, u.code, u.name).length > 0).length;
    setLists(read.lists);
    setListMessage(t('assignmentUnitsMatched', { matched: formatCount(matched, language()), total: formatCount(props.plan.units.length, language()), units: formatCount(read.lists.units, language()) }));
  };

  return (
    <Dialog title={t('exportAssignmentTitle')} onClose={() => props.onClose()} testId="export-assignment-dialog">
      <p class="muted">{t('exportAssignmentHelp')}</p>
      <label class="check"><input type="radio" name="split" value="each" checked={split() === 'each'} onChange={() => setSplit('each')} /><span>{t('exportAssignmentEach')}</span></label>
      <label class="check"><input type="radio" name="split" value="all" checked={split() === 'all'} onChange={() => setSplit('all')} /><span>{t('exportAssignmentAll')}</span></label>
      <label class="field"><span>{t('assignmentUnitsFile')}</span>
        <input type="file" accept=".csv,.txt,text/csv" data-testid="assignment-units-file" onChange={(e) => void chooseList(e.currentTarget.files?.[0])} />
      </label>
      <Show when={listMessage()}><p class="muted" data-testid="assignment-units-summary" classList={{ 'form-errors': !lists() }}>{listMessage()}</p></Show>
      <div class="dialog-actions">
        <button type="button" onClick={() => props.onClose()}>{t('cancel')}</button>
        <button type="button" class="primary" data-testid="export-assignment-confirm" onClick={() => props.onExport(split(), lists())}>{t('exportConfirm')}</button>
      </div>
    </Dialog>
  );
}
