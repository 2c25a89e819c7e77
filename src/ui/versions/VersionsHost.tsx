import { Match, Show, Switch } from 'solid-js';
import type { Plan } from '../../domain/plan';
import { useApp } from '../appContext';
import { createVersionList } from '../../state/versions';
import { usePlanPage } from '../plan/planPageContext';
import { SaveVersionDialog } from './SaveVersionDialog';
import { VersionsDialog } from './VersionsDialog';
import { tHistory } from '../i18n/historyText';

/** What the toolbar's "Lưu phương án" and "Các phương án" open, over the plan's versions as stored (live). */
export function VersionsHost(props: { kind: 'saveVersion' | 'versions'; plan: Plan; onClose: () => void }) {
  const repo = useApp().plans;
  const { setMessage } = usePlanPage();
  // eslint-disable-next-line solid/reactivity -- a host is made for one plan's page
  const list = createVersionList(repo, props.plan.id);
  return (
    <Show when={list.versions()}>
      {(versions) => (
        <Switch>
          <Match when={props.kind === 'saveVersion'}>
            <SaveVersionDialog plan={props.plan} count={versions().length} onClose={() => props.onClose()}
              onSaved={(name) => { setMessage(tHistory('versionSaved', { name })); props.onClose(); }}
              onFailed={() => { setMessage(tHistory('versionSaveFailed')); props.onClose(); }} />
          </Match>
          <Match when={props.kind === 'versions'}>
            <VersionsDialog plan={props.plan} versions={versions()} damaged={list.damaged()} onClose={() => props.onClose()} />
          </Match>
        </Switch>
      )}
    </Show>
  );
}
