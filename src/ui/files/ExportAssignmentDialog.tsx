import { createSignal, Show } from 'solid-js';
import { readDistrictUnitLists, unitsOfDistrict, type DistrictUnitLists } from '../../io/districtUnitLists';
import type { Plan } from '../../domain/plan';
import { isUnassigned } from '../../domain/indicators';
import { Dialog } from '../Dialog';
import { indicatorName } from '../i18n/issueText';
import { t } from '../i18n/t';
import { formatCount } from '../../domain/rate';
import { language } from '../../state/language';
import type { AssignmentDelivery } from './exportPlan';
import { tFiles } from '../i18n/filesText';

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
      setListMessage(read.problem === 'missingColumn' ? t('assignmentUnitsMissingColumns') : tFiles('csv_notText'));
      return;
    }
    const matched = props.plan.units.filter((u) => unitsOfDistrict(read.lists, u.code, u.name).length > 0).length;
    setLists(read.lists);
    setListMessage(t('assignmentUnitsMatched', { matched: formatCount(matched, language()), total: formatCount(props.plan.units.length, language()), units: formatCount(read.lists.units, language()) }));
  };

  // A general target not entered yet cannot be handed down: the members would receive a rule nobody set.
  const unassigned = () => props.plan.indicators.filter(isUnassigned);
  return (
    <Dialog title={tFiles('exportAssignmentTitle')} onClose={() => props.onClose()} testId="export-assignment-dialog">
      <p class="muted">{tFiles('exportAssignmentHelp')}</p>
      <Show when={unassigned().length > 0}>
        <p class="notice notice-error" role="alert" data-testid="export-assignment-unassigned" data-indicators={unassigned().map((i) => i.id).join(',')}>
          {tFiles('exportAssignmentUnassigned', { indicators: unassigned().map((i) => indicatorName(i, language())).join(', ') })}
        </p>
      </Show>
      <label class="check"><input type="radio" name="split" value="each" checked={split() === 'each'} onChange={() => setSplit('each')} /><span>{tFiles('exportAssignmentEach')}<br /><small class="muted">{tFiles('exportAssignmentEachZip')}</small></span></label>
      <label class="check"><input type="radio" name="split" value="all" checked={split() === 'all'} onChange={() => setSplit('all')} /><span>{tFiles('exportAssignmentAll')}</span></label>
      <label class="field"><span>{t('assignmentUnitsFile')}</span>
        <input type="file" accept=".csv,.txt,text/csv" data-testid="assignment-units-file" onChange={(e) => void chooseList(e.currentTarget.files?.[0])} />
      </label>
      <Show when={listMessage()}><p class="muted" data-testid="assignment-units-summary" classList={{ 'form-errors': !lists() }}>{listMessage()}</p></Show>
      <div class="dialog-actions">
        <button type="button" onClick={() => props.onClose()}>{t('cancel')}</button>
        <button type="button" class="primary" data-testid="export-assignment-confirm" disabled={unassigned().length > 0} onClick={() => props.onExport(split(), lists())}>{t('exportConfirm')}</button>
      </div>
    </Dialog>
  );
}

/** What an assignment export handed to the browser, said once its download has started. */
export function AssignmentDelivered(props: { delivery: AssignmentDelivery; onClose: () => void }) {
  const text = () => {
    const { fileName, files, receivers, zipped } = props.delivery;
    if (files === 0) return tFiles('exportAssignmentNoUnits');
    if (!zipped) return tFiles('exportAssignmentSaved', { file: fileName });
    return tFiles('exportAssignmentZipped', { n: formatCount(files, language()), total: formatCount(receivers, language()), file: fileName });
  };
  return (
    <p class="notice notice-info" data-testid="export-assignment-result" data-files={props.delivery.files} data-zipped={props.delivery.zipped} role="status">
      {text()} <button type="button" class="small" onClick={() => props.onClose()}>{t('close')}</button>
    </p>
  );
}
