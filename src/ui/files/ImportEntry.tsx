import { createSignal, onCleanup, Show } from 'solid-js';
import { t } from '../i18n/t';
import { ImportFlow } from '../onDemand';

/**
 * The one way files come in: the import button (`input[data-testid="import-file"]`), a file dropped anywhere
 * on the window and a file opened with the installed app go through the same path, `ImportFlow`, whose code
 * (file formats, CSV reading, the preview) loads with the first file.
 */
export function ImportEntry(props: { onMessage: (message: string) => void }) {
  const [incoming, setIncoming] = createSignal<readonly File[]>();
  const [dragging, setDragging] = createSignal(false);

  const openFiles = (files: File[]) => {
    if (files.length > 0) setIncoming(files);
  };
  /** The flow of these files is over; files that came in since have a flow of their own. */
  const done = (files: readonly File[]) => {
    if (incoming() === files) setIncoming(undefined);
  };

  const hasFiles = (e: DragEvent) => !!e.dataTransfer && [...e.dataTransfer.types].includes('Files');
  const onDragOver = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    setDragging(true);
  };
  const onDragLeave = (e: DragEvent) => {
    if (!e.relatedTarget) setDragging(false);
  };
  const onDrop = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    setDragging(false);
    openFiles([...(e.dataTransfer?.files ?? [])]);
  };
  // A file opened with the installed app (the manifest's file handlers) comes in the same way.
  window.launchQueue?.setConsumer((params) => {
    void Promise.all(params.files.map((handle) => handle.getFile())).then(openFiles);
  });
  window.addEventListener('dragover', onDragOver);
  window.addEventListener('dragleave', onDragLeave);
  window.addEventListener('drop', onDrop);
  onCleanup(() => {
    window.removeEventListener('dragover', onDragOver);
    window.removeEventListener('dragleave', onDragLeave);
    window.removeEventListener('drop', onDrop);
  });

  return (
    <>
      <label class="button import-button">
        {t('importFile')}
        <input type="file" multiple class="visually-hidden" data-testid="import-file" accept=".csv,.txt,.tsv,.json,.xlsx,.xls,text/csv,application/json"
          onChange={(e) => {
            const chosen = [...(e.currentTarget.files ?? [])];
            e.currentTarget.value = ''; // the same file can be chosen again
            openFiles(chosen);
          }} />
      </label>
      <Show when={dragging()}><div class="drop-overlay" aria-hidden="true">{t('importDropHint')}</div></Show>
      <Show when={incoming()} keyed>
        {(files) => <ImportFlow files={files} onMessage={props.onMessage} onDone={() => done(files)} />}
      </Show>
    </>
  );
}
