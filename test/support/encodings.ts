/** Test helpers: Vietnamese text as the legacy and Unicode encodings Excel writes, to feed the CSV import. */
const decoder = new TextDecoder('windows-1258');
const BYTE_OF = new Map<string, number>();
for (let b = 0; b < 256; b++) BYTE_OF.set(decoder.decode(new Uint8Array([b])), b);

/** Windows-1258: precomposed letters where the code page has them, tone marks as combining bytes. */
export function encodeWindows1258(text: string): Uint8Array {
  const out: number[] = [];
  for (const cluster of text.normalize('NFD').match(/\P{M}\p{M}*/gu) ?? []) {
    const direct = BYTE_OF.get(cluster.normalize('NFC'));
    if (direct !== undefined) { out.push(direct); continue; }
    const [base = '', ...marks] = [...cluster];
    // compose the base with the one mark the code page has a letter for (ê, ô, ơ, ư, ă…: NFD may list the
    // tone first, as in ệ = e + dot below + circumflex), and write the other marks as combining bytes
    const k = marks.findIndex((m) => BYTE_OF.has((base + m).normalize('NFC')));
    const composed = k >= 0 ? BYTE_OF.get((base + marks[k]).normalize('NFC')) : undefined;
    const rest = k >= 0 ? marks.filter((_, i) => i !== k) : marks;
    const head = composed ?? BYTE_OF.get(base);
    if (head === undefined) throw new Error(`not encodable in windows-1258: ${cluster}`);
    out.push(head);
    for (const mark of rest) {
      const b = BYTE_OF.get(mark);
      if (b === undefined) throw new Error(`mark not in windows-1258: U+${mark.codePointAt(0)!.toString(16)}`);
      out.push(b);
    }
  }
  return new Uint8Array(out);
}

export const utf8 = (text: string, bom = false) => {
  const body = new TextEncoder().encode(text);
  return bom ? new Uint8Array([0xef, 0xbb, 0xbf, ...body]) : body;
};

export function utf16(text: string, endian: 'le' | 'be', bom = true): Uint8Array {
  const out: number[] = bom ? (endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out.push(...(endian === 'le' ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff]));
  }
  return new Uint8Array(out);
}
