import { createSignal, lazy, Match, onMount, Show, Switch } from 'solid-js';
import { ensureDemoPlan, storageProblem } from '../state/planList';
import { applyUpdate, updateReady } from '../state/appUpdate';
import { appMessage, sayToUser } from '../state/appMessage';
import { navigate, route } from '../state/router';
import { afterPaint } from '../state/slices';
import { refreshStorageStatus } from '../state/storageStatus';
import { Header } from './Header';
import { ImportEntry } from './files/ImportEntry';
import { PlanPage } from './plan/PlanPage';
import { ConsolidationPage, fetchWithPlanPageTools, HelpPage, ReportPage } from './onDemand';
import { t } from './i18n/t';
import { useApp } from './appContext';

/**
 * The plan list (`#/`), loaded on demand like the features in `onDemand.ts` (not there: its dialogs are in that
 * registry, which it imports). A first visit opens the demo plan and never draws it; a plan page fetches it with its
 * tools, once its grid is on screen and the browser idle, so going back to the list does not wait.
 */
const PlanListPage = lazy(() => import('./planList/PlanListPage').then((m) => ({ default: m.PlanListPage })));
fetchWithPlanPageTools(() => PlanListPage.preload());

export function App() {
  const services = useApp();
  // Only the plan list waits for the demo check (a first visit goes on to the demo); a plan's address opens at once.
  const [started, setStarted] = createSignal(route().page !== 'list');
  const [startError, setStartError] = createSignal<string>();
  // The database could not be opened at all (its upgrade needs disk space, storage is blocked…): said once,
  // in place of pages that would otherwise show an empty list or a plan "not found".
  const [storageClosed, setStorageClosed] = createSignal<'quota' | 'failed'>();
  // Another tab holds the database and does not let go (hung, or an older copy of the app): opening waits.
  const [storageWaiting, setStorageWaiting] = createSignal(false);

  onMount(async () => {
    try {
      await services.store.open(() => setStorageWaiting(true));
    } catch (e) {
      console.error('Opening the database failed', e);
      setStorageClosed(storageProblem(e));
      setStarted(true);
      return;
    } finally {
      setStorageWaiting(false);
    }
    try {
      // The first visit opens the demo plan, so the grid means something in the first second.
      const demo = await ensureDemoPlan(services.plans);
      if (demo && route().page === 'list') navigate({ page: 'plan', planId: demo });
    } catch (e) {
      console.error(e);
      setStartError(String(e));
    }
    setStarted(true);
    // Ask the browser to keep the data (granted silently or not at all, depending on the browser) once the first
    // screen is drawn: the answer only feeds the storage badge, and asking costs the start a few milliseconds.
    void afterPaint().then(() => refreshStorageStatus(true));
  });

  return (
    <div class="app">
      <Header>
        <Show when={!storageClosed()}><ImportEntry onMessage={sayToUser} /></Show>
      </Header>
      <main class="app-main">
        <Show when={storageWaiting()}>
          <p class="notice notice-warning" data-testid="storage-waiting" role="status">{t('storageWaiting')}</p>
        </Show>
        <Show when={started()} fallback={<p class="muted">{t('loading')}</p>}>
          <Show when={updateReady()}>
            <p class="notice notice-info" data-testid="update-available" role="status">
              {t('updateAvailable')} <button type="button" class="primary small" data-testid="update-apply" onClick={() => void applyUpdate(services)}>{t('updateReload')}</button>
            </p>
          </Show>
          <Show when={appMessage()}>
            <p class="notice notice-info app-message" data-testid="app-message" role="status">
              {appMessage()} <button type="button" class="small" onClick={() => sayToUser('')}>{t('close')}</button>
            </p>
          </Show>
          <Show when={startError()}>{(message) => <p class="notice notice-error" role="alert">{message()}</p>}</Show>
          <Show when={storageClosed()}>
            {(problem) => <p class="notice notice-error" data-testid="storage-closed" data-problem={problem()} role="alert">
              {problem() === 'quota' ? t('storageClosedQuota') : t('storageClosed')}</p>}
          </Show>
          <Switch fallback={null}>
            <Match when={route().page === 'help'}><HelpPage /></Match>
            <Match when={storageClosed()}>{null}</Match>
            <Match when={route().page === 'list'}><PlanListPage /></Match>
            <Match when={route().page === 'consolidation'}><ConsolidationPage /></Match>
            <Match when={(() => { const r = route(); return r.page === 'plan' && r.view === 'report' ? r.planId : undefined; })()} keyed>
              {(id) => <ReportPage planId={id} month={(() => { const r = route(); return r.page === 'plan' ? r.month : undefined; })()} />}
            </Match>
            <Match when={(() => { const r = route(); return r.page === 'plan' ? r.planId : undefined; })()} keyed>
              {(id) => <PlanPage planId={id} />}
            </Match>
          </Switch>
        </Show>
      </main>
    </div>
  );
}
