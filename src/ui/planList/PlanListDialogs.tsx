import { createSignal, Match, Switch, untrack } from 'solid-js';
import { ConfirmDialog, Dialog } from '../Dialog';
import { t } from '../i18n/t';
import { DuplicatePlanDialog, NewPlanDialog } from '../onDemand';
import { openPlan, type PlanListAction, type PlanListActions } from './createPlanListActions';

/** The dialog the plan list has open, if any: a new plan, a copy, a new name, or a deletion to confirm. */
export function PlanListDialogs(props: { actions: PlanListActions }) {
  /** The open dialog if it is of `kind`; a new action is a new object, so a keyed `Match` starts it afresh. */
  const of = <K extends PlanListAction['kind']>(kind: K) => {
    const a = props.actions.action();
    return a?.kind === kind ? (a as Extract<PlanListAction, { kind: K }>) : undefined;
  };
  const close = () => props.actions.close();
  return (
    <Switch>
      <Match when={of('new')} keyed>
        <NewPlanDialog onClose={close} onCreated={openPlan} />
      </Match>
      <Match when={of('duplicate')} keyed>
        {(a) => <DuplicatePlanDialog plan={a.plan} achieved={() => props.actions.achieved(a.plan.id)} onClose={close} onDuplicate={(options) => void props.actions.duplicate(a.plan, options)} />}
      </Match>
      <Match when={of('rename')} keyed>
        {(a) => <RenameDialog name={a.plan.name} onClose={close} onRename={(name) => void props.actions.rename(a.plan, name)} />}
      </Match>
      <Match when={of('delete')} keyed>
        {(a) => <ConfirmDialog title={t('deleteTitle')} text={t('deleteText', { name: a.plan.name, period: a.plan.period })}
          confirmLabel={t('delete')} danger onCancel={close} onConfirm={() => void props.actions.remove(a.plan)} />}
      </Match>
    </Switch>
  );
}

function RenameDialog(props: { name: string; onClose: () => void; onRename: (name: string) => void }) {
  const [name, setName] = createSignal(untrack(() => props.name));
  return (
    <Dialog title={t('rename')} onClose={() => props.onClose()} testId="rename-dialog">
      <form onSubmit={(e) => { e.preventDefault(); if (name().trim()) props.onRename(name()); }}>
        <label class="field"><span>{t('planName')}</span>
          <input value={name()} onInput={(e) => setName(e.currentTarget.value)} required autofocus data-testid="rename-input" />
        </label>
        <div class="dialog-actions">
          <button type="button" onClick={() => props.onClose()}>{t('cancel')}</button>
          <button type="submit" class="primary" data-testid="rename-ok">{t('save')}</button>
        </div>
      </form>
    </Dialog>
  );
}
