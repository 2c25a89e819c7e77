/**
 * Bytes of a file from outside (CSV, or a plan file re-saved by Notepad) → text, without ever producing mojibake silently. Excel on Vietnamese Windows writes
 * "CSV UTF-8" (with a BOM), plain "CSV" in the ANSI code page (Windows-1258) and "Unicode text" (UTF-16).
 * A BOM decides; otherwise UTF-16 is recognised by its zero bytes, strict UTF-8 is tried, and Windows-1258 is
 * the fallback, marked as unsure when the result does not look like Vietnamese, so the preview lets the user
 * pick. Text is NFC-normalised: Windows-1258 writes tone marks as combining characters.
 */
export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258';
export const CSV_ENCODINGS: readonly CsvEncoding[] = ['utf-8', 'windows-1258', 'utf-16le', 'utf-16be'];

export type Decoded =
  | { ok: true; text: string; encoding: CsvEncoding; confident: boolean }
  | { ok: false; problem: 'empty' | 'spreadsheet' | 'notText' };

const startsWith = (bytes: Uint8Array, ...prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

function bomOf(bytes: Uint8Array): { encoding: CsvEncoding; length: number } | null {
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) return { encoding: 'utf-8', length: 3 };
  if (startsWith(bytes, 0xff, 0xfe)) return { encoding: 'utf-16le', length: 2 };
  if (startsWith(bytes, 0xfe, 0xff)) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** UTF-16 without a BOM: many zero bytes, all on the same side of each pair. */
function guessUtf16(bytes: Uint8Array): CsvEncoding | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd > pairs * 0.3 && even < pairs * 0.05) return 'utf-16le';
  if (even > pairs * 0.3 && odd < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Characters that a Windows-1258 reading produces from bytes that were not Vietnamese text. */
const UNLIKELY = /[\u0080-\u00bf\u00d7\u00f7\u0152\u0153\u0178\u2020-\u2030\u2039\u203a\u20ab\u2122]/g;

function decode(bytes: Uint8Array, encoding: CsvEncoding, fatal = false): string {
  return new TextDecoder(encoding, { fatal, ignoreBOM: false }).decode(bytes);
}

export function decodeText(bytes: Uint8Array, forced?: CsvEncoding): Decoded {
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04) || startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) return { ok: false, problem: 'spreadsheet' };
  const bom = bomOf(bytes);
  const encoding = forced ?? bom?.encoding ?? guessUtf16(bytes);
  let text: string;
  let confident = true;
  let chosen: CsvEncoding;
  if (encoding) {
    chosen = encoding;
    text = decode(bytes, encoding);
    confident = !!bom || !!forced || encoding.startsWith('utf-16');
  } else {
    try {
      text = decode(bytes, 'utf-8', true);
      chosen = 'utf-8';
    } catch {
      text = decode(bytes, 'windows-1258');
      chosen = 'windows-1258';
      const letters = text.replace(/[\s\d\p{P}]/gu, '').length;
      const unlikely = text.match(UNLIKELY)?.length ?? 0;
      confident = letters > 0 && unlikely / letters < 0.01;
    }
  }
  text = text.replace(/^\uFEFF/, '');
  if (text.trim() === '') return { ok: false, problem: 'empty' };
  // A text file has no NUL and few control characters; anything else is not a CSV.
  const control = text.match(/[\u0000-\u0008\u000e-\u001f]/g)?.length ?? 0;
  if (control > 0 && control > text.length / 1000) return { ok: false, problem: 'notText' };
  return { ok: true, text: text.normalize('NFC'), encoding: chosen, confident };
}
