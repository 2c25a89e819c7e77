import { decodeText } from './csvDecode';
import { ASSIGNMENT_FILE_FORMAT, restoreAssignmentFile, type RestoredAssignment } from './assignmentFile';
import { BACKUP_FILE_FORMAT, restoreBackupFile, type RestoredBackup } from './backupFile';
import type { Restored } from '../schema/fileProblem';
import { parseJsonText } from './envelope';
import { restorePlanFile, type RestoredPlanFile } from './restorePlanFile';

/** A JSON file of the app, read and checked (nothing written): which kind it is and what it holds. */
export type JsonReading =
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
 * A JSON file → what it is (a plan file, an assignment, a backup, by its `format`) and its checked
 * content. Pure and possibly long (a plan of 100,000 units): run in the import worker. A document that is
 * not JSON, or of no known format, is reported as a plan file (the message says where it goes wrong).
 */
export function readJsonFile(bytes: Uint8Array, file: string): JsonReading {
  const text = decodedJson(bytes);
  if (text === undefined) return { kind: 'planFile', restored: { ok: false, problems: [{ code: 'empty', file }] } };
  const parsed = parseJsonText(text.replace(/^\uFEFF/, ''), file);
  const format = parsed.ok ? (parsed.value as { format?: unknown } | null)?.format : undefined;
  if (format === BACKUP_FILE_FORMAT) return { kind: 'backup', restored: restoreBackupFile(text, file) };
  if (format === ASSIGNMENT_FILE_FORMAT) return { kind: 'assignment', restored: restoreAssignmentFile(text, file) };
  // The plan file, the usual and largest kind, is not parsed a second time.
  return { kind: 'planFile', restored: restorePlanFile(text, file, parsed.ok ? { value: parsed.value } : undefined) };
}
