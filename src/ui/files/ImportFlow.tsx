import { onMount, Show } from 'solid-js';
import { navigate, route } from '../../state/router';
import { addToConsolidation } from '../../state/consolidation';
import { useApp } from '../appContext';
import { ImportDialog } from './ImportDialog';
import { createFileReading } from './createFileReading';
import { applyAssignment, applyBackupFile, applyCsv, applyPlan, applyResults, openFile, rereadCsv, rereadResults, type ImportContext } from './importActions';

/**
 * What happens to files that came in through `ImportEntry` (loaded with the first file, see ui/onDemand.ts):
 * the kind of file is recognised from its content and read without writing anything; the preview says what
 * it would do; Apply writes it. Several files at once (or any file on the consolidated view) are districts'
 * plans for the province's consolidated view. `onDone` is called when the dialog is closed or the files are handed on.
 */
export function ImportFlow(props: { files: readonly File[]; onMessage: (message: string) => void; onDone: () => void }) {
  const app = useApp();
  const flow = createFileReading({ onDone: () => props.onDone(), onMessage: (m) => props.onMessage(m) });
  const ctx: ImportContext = { app, flow, say: (m) => props.onMessage(m) };
  const plan = () => app.shownSession()?.plan();

  /** Several files at once (or any file on the consolidated view): districts' plans for the province. */
  const openMany = async (files: readonly File[]) => {
    try {
      await addToConsolidation(app, files);
      navigate({ page: 'consolidation' });
    } finally {
      props.onDone();
    }
  };

  onMount(() => {
    const files = props.files;
    if (files.length > 1 || route().page === 'consolidation') void openMany(files);
    else if (files[0]) openFile(ctx, files[0]);
    else props.onDone();
  });

  return (
    <Show when={flow.file()}>
      {(name) => (
        <ImportDialog file={name()} progress={flow.progress()} storing={flow.storing()} reading={flow.reading()} intoOpenPlan={!!plan()} indicators={plan()?.indicators ?? []}
          onEncoding={(e) => rereadCsv(ctx, e)} onApplyCsv={(p, info) => void applyCsv(ctx, p, info)} onApplyPlanFile={(r, m) => void applyPlan(ctx, r, m)}
          openPlanName={plan()?.name} onApplyAssignment={(a, d, m) => void applyAssignment(ctx, a, d, m)}
          onApplyBackup={(plans, mode) => void applyBackupFile(ctx, plans, mode)} period={plan()?.period ?? ''}
          onResultsMonth={(m) => rereadResults(ctx, m)} onApplyResults={(p) => applyResults(ctx, p)} onClose={flow.close} />
      )}
    </Show>
  );
}
