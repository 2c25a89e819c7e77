import { createMemo, createSignal, For, Match, Show, Switch } from 'solid-js';
import type { Plan, PlanVersion } from '../../domain/plan';
import { summarise } from '../../domain/versions/compareVersions';
import { restoreVersionCommand } from '../../domain/versions/planVersion';
import { navigate } from '../../state/router';
import { useApp } from '../appContext';
import { deleteVersion, restoreAsNewPlan } from '../../state/versions';
import { ConfirmDialog, Dialog } from '../Dialog';
import { t } from '../i18n/t';
import { usePlanPage } from '../plan/planPageContext';
import { CompareView, CURRENT } from './CompareView';
import { indicatorLabel, savedAtText, sideAggregateText } from './versionText';
import { tHistory } from '../i18n/historyText';

type View = { kind: 'list' } | { kind: 'compare'; before: string; after: string } | { kind: 'restore'; version: PlanVersion } | { kind: 'delete'; version: PlanVersion };

/**
 * The plan's saved versions: each with its time and aggregate per indicator; compare one with the plan now
 * (then any two), restore one into this plan (one command, undone as one step) or as a new plan, delete one.
 */
export function VersionsDialog(props: { plan: Plan; versions: readonly PlanVersion[]; damaged: number; onClose: () => void }) {
  const repo = useApp().plans;
  const { dispatch, setMessage } = usePlanPage();
  const [view, setView] = createSignal<View>({ kind: 'list' });
  const restoreHere = (version: PlanVersion) => {
    const { command, skipped } = restoreVersionCommand(props.plan, version);
    const result = dispatch(command, { kind: 'version', name: version.name });
    setMessage(!result.ok ? tHistory('versionRestoreRefused', { name: version.name })
      : skipped > 0 ? tHistory('versionRestoredSkipped', { name: version.name, n: skipped }) : tHistory('versionRestored', { name: version.name }));
    props.onClose();
  };
  const restoreNew = (version: PlanVersion) => {
    const name = tHistory('versionRestoreNewName', { plan: props.plan.name, version: version.name });
    void restoreAsNewPlan(repo, props.plan, version, name).then((planId) => navigate({ page: 'plan', planId }), (e: unknown) => {
      console.error('Restoring a version as a new plan failed', e);
      setMessage(tHistory('versionRestoreRefused', { name: version.name }));
    });
  };
  return (
    <Switch>
      <Match when={view().kind === 'delete' && view()} keyed>
        {(v) => v.kind === 'delete' && (
          <ConfirmDialog title={tHistory('versionDeleteTitle')} text={tHistory('versionDeleteText', { name: v.version.name })} confirmLabel={tHistory('versionDelete')} danger
            onCancel={() => setView({ kind: 'list' })}
            onConfirm={() => { void deleteVersion(repo, props.plan.id, v.version.id); setView({ kind: 'list' }); }} />
        )}
      </Match>
      <Match when={view().kind === 'restore' && view()} keyed>
        {(v) => v.kind === 'restore' && (
          <Dialog title={tHistory('versionRestoreTitle', { name: v.version.name })} onClose={() => setView({ kind: 'list' })} testId="version-restore-dialog">
            <p>{tHistory('versionRestoreText')}</p>
            <div class="dialog-actions">
              <button type="button" onClick={() => setView({ kind: 'list' })}>{t('cancel')}</button>
              <button type="button" data-testid="version-restore-new" onClick={() => restoreNew(v.version)}>{tHistory('versionRestoreNew')}</button>
              <button type="button" class="primary" data-testid="version-restore-current" onClick={() => restoreHere(v.version)}>{tHistory('versionRestoreCurrent')}</button>
            </div>
          </Dialog>
        )}
      </Match>
      <Match when={view().kind === 'compare' && view()} keyed>
        {(v) => v.kind === 'compare' && (
          <Dialog title={tHistory('versionCompareTitle')} onClose={() => setView({ kind: 'list' })} testId="version-compare-dialog" wide>
            <CompareView plan={props.plan} versions={props.versions} before={v.before} after={v.after} />
            <div class="dialog-actions">
              <button type="button" data-testid="version-compare-close" onClick={() => setView({ kind: 'list' })}>{tHistory('versionCompareClose')}</button>
            </div>
          </Dialog>
        )}
      </Match>
      <Match when={view().kind === 'list'}>
        <Dialog title={tHistory('versionsTitle')} onClose={() => props.onClose()} testId="versions-dialog" wide>
          <VersionTable plan={props.plan} versions={props.versions}
            onCompare={(version) => setView({ kind: 'compare', before: version.id, after: CURRENT })}
            onRestore={(version) => setView({ kind: 'restore', version })} onDelete={(version) => setView({ kind: 'delete', version })} />
          <Show when={props.damaged > 0}><p class="notice" data-testid="versions-damaged">{tHistory('versionsDamaged', { n: props.damaged })}</p></Show>
          <div class="dialog-actions">
            <button type="button" onClick={() => props.onClose()}>{tHistory('versionCompareClose')}</button>
          </div>
        </Dialog>
      </Match>
    </Switch>
  );
}

/** The versions as a table: name, time, the aggregate per indicator of the plan's indicators, and the actions. */
function VersionTable(props: { plan: Plan; versions: readonly PlanVersion[]; onCompare: (v: PlanVersion) => void; onRestore: (v: PlanVersion) => void; onDelete: (v: PlanVersion) => void }) {
  const summaries = createMemo(() => new Map(props.versions.map((v) => [v.id, summarise(props.plan, v)])));
  return (
    <Show when={props.versions.length > 0} fallback={<p data-testid="versions-empty">{tHistory('versionsEmpty')}</p>}>
      <table class="versions-table" data-testid="versions-list">
        <thead>
          <tr>
            <th>{tHistory('versionName')}</th><th>{tHistory('versionSavedAt')}</th>
            <For each={props.plan.indicators}>{(i) => <th>{indicatorLabel(i)}</th>}</For>
            <th />
          </tr>
        </thead>
        <tbody>
          <For each={props.versions}>
            {(v) => (
              <tr data-testid="version-row" data-version-id={v.id}>
                <td data-testid="version-row-name">{v.name}</td>
                <td>{savedAtText(v.savedAt)}</td>
                <For each={props.plan.indicators}>
                  {(i) => <td class="number" data-indicator={i.id}>{sideAggregateText(summaries().get(v.id)!, i.id)}</td>}
                </For>
                <td class="version-actions">
                  <button type="button" data-testid="version-compare" onClick={() => props.onCompare(v)}>{tHistory('versionCompare')}</button>
                  <button type="button" data-testid="version-restore" onClick={() => props.onRestore(v)}>{tHistory('versionRestore')}</button>
                  <button type="button" class="danger" data-testid="version-delete" onClick={() => props.onDelete(v)}>{tHistory('versionDelete')}</button>
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </Show>
  );
}
