import { decodeText } from './csvDecode';
import { ASSIGNMENT_FILE_FORMAT, restoreAssignmentFile, type RestoredAssignment } from './assignmentFile';
import { BACKUP_FILE_FORMAT, restoreBackupFile, type RestoredBackup } from './backupFile';
import type { Restored } from './fileProblem';
import { restorePlanFile, type RestoredPlanFile } from './restorePlanFile';

/** A JSON file the app understands, read and checked: a plan file, an assignment, or a full backup. */
export type JsonFileReading =
  | { kind: 'planFile'; restored: Restored<RestoredPlanFile> }
  | { kind: 'assignment'; restored: Restored<RestoredAssignment> }
  | { kind: 'backup'; restored: Restored<RestoredBackup> };

/** A JSON file's text in whatever encoding Notepad saved it (UTF-8, UTF-16, ANSI); undefined when empty. */
function decodedJson(bytes: Uint8Array): string | undefined {
  const decoded = decodeText(bytes);
  if (decoded.ok) return decoded.text;
  // Not text at all: read as UTF-8 anyway, so the message says where it stops being JSON.
  return decoded.problem === 'empty' ? undefined : new TextDecoder('utf-8').decode(bytes);
}

/**
 * The `format` of a JSON document. The app writes it first, so it is read from the start of the text; a file
 * laid out otherwise (re-saved by an editor) is parsed whole. Undefined when it is not JSON (the plan-file
 * path then says where it breaks).
 */
function formatOf(text: string): unknown {
  const first = /^\uFEFF?\s*\{\s*"format"\s*:\s*("(?:[^"\\]|\\.)*")/.exec(text.slice(0, 1024));
  if (first?.[1]) return JSON.parse(first[1]) as unknown;
  try {
    return (JSON.parse(text.replace(/^\uFEFF/, '')) as { format?: unknown } | null)?.format;
  } catch {
    return undefined;
  }
}

/** Recognises a JSON file by its `format` and restores it; anything unrecognised is read as a plan file, which says why it is not one. */
export function readJsonFile(bytes: Uint8Array, file: string): JsonFileReading {
  const text = decodedJson(bytes);
  if (text === undefined) return { kind: 'planFile', restored: { ok: false, problems: [{ code: 'empty', file }] } };
  const format = formatOf(text);
  if (format === BACKUP_FILE_FORMAT) return { kind: 'backup', restored: restoreBackupFile(text, file) };
  if (format === ASSIGNMENT_FILE_FORMAT) return { kind: 'assignment', restored: restoreAssignmentFile(text, file) };
  return { kind: 'planFile', restored: restorePlanFile(text, file) };
}
