import { Match, Switch } from 'solid-js';
import type { UnitCode } from '../../domain/ids';
import type { Plan } from '../../domain/plan';
import type { DistrictUnitLists } from '../../io/districtUnitLists';
import { ExportCsvDialog } from '../files/ExportCsvDialog';
import type { AssignmentDelivery } from '../files/exportPlan';
import { ConfirmDialog } from '../Dialog';
import { t } from '../i18n/t';
import { AddUnitDialog, ExportAssignmentDialog, loadExports, PlanInfoDialog, PrintDialog, VersionsHost } from '../onDemand';
import { usePlanPage } from './planPageContext';

export type DialogKind = { kind: 'addUnit' } | { kind: 'info' } | { kind: 'exportCsv' } | { kind: 'exportAssignment' } | { kind: 'print' }
  | { kind: 'saveVersion' } | { kind: 'versions' }
  | { kind: 'removeUnit'; code: UnitCode; name: string };

/** A file export; its code (the file formats, PapaParse) is loaded with the first one. */
export type ExportWith = (write: (exports: Awaited<ReturnType<typeof loadExports>>) => void | Promise<void>) => Promise<void>;

/** The page's one open dialog, if any, chosen by its kind. */
export function PlanDialogs(props: { dialog: DialogKind | undefined; plan: Plan; onClose: () => void; onPrint: () => void; exportWith: ExportWith;
  onDelivered: (delivery: AssignmentDelivery | undefined) => void; exportAssignmentButton: () => HTMLButtonElement | undefined }) {
  const { session, dispatch } = usePlanPage();
  const close = () => props.onClose();
  // Closed, exported or not, the assignment export hands the focus back to the button that opened it.
  const closeAssignment = () => {
    close();
    props.exportAssignmentButton()?.focus();
  };
  const exportAssignment = (split: 'all' | 'each', lists: DistrictUnitLists | undefined) => {
    const p = props.plan;
    const delivered = props.onDelivered;
    delivered(undefined);
    void props.exportWith(async (m) => { delivered(await m.downloadAssignment(p, split, lists)); }).then(closeAssignment);
  };
  const removing = () => (props.dialog?.kind === 'removeUnit' ? props.dialog : undefined);
  return (
    <Switch>
      <Match when={props.dialog?.kind === 'addUnit'}><AddUnitDialog dispatch={dispatch} onClose={close} /></Match>
      <Match when={props.dialog?.kind === 'print'}><PrintDialog planId={props.plan.id} onClose={close} onPrint={() => { close(); props.onPrint(); }} /></Match>
      <Match when={props.dialog?.kind === 'exportAssignment'}>
        <ExportAssignmentDialog plan={props.plan} onClose={closeAssignment} onExport={exportAssignment} />
      </Match>
      <Match when={props.dialog?.kind === 'exportCsv'}>
        <ExportCsvDialog onClose={close} onExport={(dialect) => {
          const [p, totals] = [props.plan, session.validation.totals()];
          void props.exportWith((m) => m.downloadPlanCsv(p, totals, dialect)).then(close);
        }} />
      </Match>
      <Match when={props.dialog?.kind === 'saveVersion' || props.dialog?.kind === 'versions' ? props.dialog.kind : undefined}>
        {(kind) => <VersionsHost kind={kind()} plan={props.plan} onClose={close} />}
      </Match>
      <Match when={props.dialog?.kind === 'info'}>
        <PlanInfoDialog info={{ name: props.plan.name, period: props.plan.period, allocatingUnit: props.plan.allocatingUnit, notes: props.plan.notes }}
          onClose={close} onSave={(info) => { dispatch({ type: 'setPlanInfo', info }); close(); }} />
      </Match>
      <Match when={removing()}>
        {(d) => (
          <ConfirmDialog title={t('removeUnitTitle')} text={t('removeUnitText', { name: d().name, code: d().code })}
            confirmLabel={t('removeUnit')} danger onCancel={close}
            onConfirm={() => { dispatch({ type: 'removeUnit', unitCode: d().code }); close(); }} />
        )}
      </Match>
    </Switch>
  );
}
