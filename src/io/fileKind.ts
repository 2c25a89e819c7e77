/**
 * What kind of file came in, from its content (names lie: a plan file may have been renamed, a CSV may be
 * called .txt): a JSON document (plan file, later assignment or backup) starts with `{`; the rest is read as CSV.
 */
import { decodeText } from './csvDecode';

export type FileKind = 'json' | 'csv';

export function sniffFileKind(bytes: Uint8Array, name: string): FileKind {
  // Decoded first, so a plan file saved as UTF-16 by Notepad is still recognised.
  const start = decodeText(bytes.subarray(0, 1024));
  return (start.ok && start.text.trimStart().startsWith('{')) || /\.json$/i.test(name) ? 'json' : 'csv';
}
