/**
 * What kind of file came in, from its content (names lie: a plan file may have been renamed, a CSV may be
 * called .txt): a JSON document (plan file, later assignment or backup) starts with `{`; the rest is read as CSV.
 */
export type FileKind = 'json' | 'csv';

export function sniffFileKind(bytes: Uint8Array, name: string): FileKind {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)) i++;
  return bytes[i] === 0x7b || /\.json$/i.test(name) ? 'json' : 'csv'; // 0x7b is `{`
}
