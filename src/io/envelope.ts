import { failed, MAX_FILE_BYTES, type FileProblem } from '../schema/fileProblem';
import { isRecord } from '../schema/isRecord';
import { jsonErrorOffset } from './jsonErrorOffset';

/** Reads a JSON document; a syntax error names the line and column where the text stops making sense. */
export function parseJsonText(text: string, file: string): { ok: true; value: unknown } | { ok: false; problem: FileProblem } {
  if (text.trim() === '') return { ok: false, problem: { code: 'empty', file } };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const found = jsonErrorOffset(text);
    const offset = found >= 0 ? found : text.length;
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    return { ok: false, problem: { code: 'notJson', file, line, column: offset - before.lastIndexOf('\n'), params: { detail: message } } };
  }
}

/**
 * The steps every file of the app goes through before its schema: size, JSON, the `format` it claims, and a
 * `formatVersion` this app can read (a newer one is refused, naming both versions and the writing app).
 * `parsed`: the text already parsed by the caller (`JSON.parse` of the text without its BOM), not parsed again.
 */
export function openEnvelope(text: string, file: string, format: string, currentVersion: number, parsed?: { value: unknown }):
  { ok: true; doc: Record<string, unknown>; version: number } | { ok: false; problems: FileProblem[] } {
  if (text.length > MAX_FILE_BYTES) return failed({ code: 'tooLarge', file, params: { limitMb: MAX_FILE_BYTES / 1024 / 1024 } });
  const json = parsed ? { ok: true as const, value: parsed.value } : parseJsonText(text.replace(/^\uFEFF/, ''), file);
  if (!json.ok) return failed(json.problem);
  const doc = json.value;
  if (!isRecord(doc) || doc.format !== format) {
    return failed({ code: 'unknownFormat', file, params: { format: isRecord(doc) && typeof doc.format === 'string' ? doc.format : '' } });
  }
  const version = doc.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return failed({ code: 'invalidValue', file, field: 'formatVersion', params: { reason: 'type', expected: 'int' } });
  }
  if (version > currentVersion) {
    return failed({ code: 'newerVersion', file, params: { fileVersion: version, appVersion: currentVersion, app: typeof doc.app === 'string' ? doc.app : '' } });
  }
  return { ok: true, doc, version };
}
