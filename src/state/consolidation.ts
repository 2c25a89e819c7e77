import { createMemo, createRoot, createSignal } from 'solid-js';
import { consolidate, type ReceivedPlan } from '../domain/consolidation';
import { decodeText } from '../io/csvDecode';
import { MAX_FILE_BYTES, type FileProblem } from '../io/fileProblem';
import { sniffFileKind } from '../io/fileKind';
import { restorePlanFile } from '../io/restorePlanFile';

/**
 * The province's consolidated view of districts' plan files. The received plans are kept in memory for the
 * session: they are the districts' files, which the province keeps anyway; nothing of them is written to
 * this computer's plans unless a file is imported on its own.
 */
const store = createRoot(() => {
  const [received, setReceived] = createSignal<ReceivedPlan[]>([]);
  const [problems, setProblems] = createSignal<FileProblem[]>([]);
  const view = createMemo(() => consolidate(received()));
  return { received, setReceived, problems, setProblems, view };
});

export const consolidationView = store.view;
export const consolidationProblems = store.problems;

/** Reads many plan files at once into the consolidated view; files that cannot be read are listed with why. */
export async function addToConsolidation(files: readonly File[]): Promise<void> {
  const added: ReceivedPlan[] = [];
  const problems: FileProblem[] = [];
  for (const file of files) {
    if (file.size > MAX_FILE_BYTES) {
      problems.push({ code: 'tooLarge', file: file.name, params: { limitMb: MAX_FILE_BYTES / 1024 / 1024 } });
      continue;
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (sniffFileKind(bytes, file.name) !== 'json') {
      problems.push({ code: 'notAPlanFile', file: file.name });
      continue;
    }
    const decoded = decodeText(bytes);
    const restored = restorePlanFile(decoded.ok ? decoded.text : '', file.name);
    if (restored.ok) added.push({ plan: restored.value.plan, fileName: file.name, exportedAt: restored.value.exportedAt });
    else problems.push(...restored.problems);
  }
  // The same file chosen again is not a second file.
  const same = (a: ReceivedPlan, b: ReceivedPlan) => a.fileName === b.fileName && a.exportedAt === b.exportedAt && a.plan.id === b.plan.id;
  store.setReceived((current) => [...current, ...added.filter((a, i) => !current.some((c) => same(a, c)) && !added.slice(0, i).some((b) => same(a, b)))]);
  store.setProblems(problems);
}

export function clearConsolidation(): void {
  store.setReceived([]);
  store.setProblems([]);
}
