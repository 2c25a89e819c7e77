/**
 * Damaged and hostile containers made byte by byte for the .xlsx reader's tests: a zip's central directory with
 * one field changed, a zip whose directory lists one compressed part many times (an overlapping zip bomb: a small
 * file that claims hundreds of MB), and the start of an OLE compound file naming its streams.
 */

export interface CentralRecord {
  /** Offset of the record in the file. */
  at: number;
  name: string;
  /** The record's bytes (header, name, extra field, comment). */
  bytes: Uint8Array;
}

const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** The end-of-directory record of a zip written without a comment (as fflate writes them): the last 22 bytes. */
const endOf = (zip: Uint8Array) => zip.length - 22;

export function centralRecords(zip: Uint8Array): CentralRecord[] {
  const v = view(zip);
  const count = v.getUint16(endOf(zip) + 10, true);
  let at = v.getUint32(endOf(zip) + 16, true);
  const records: CentralRecord[] = [];
  for (let i = 0; i < count; i++) {
    const nameLength = v.getUint16(at + 28, true);
    const length = 46 + nameLength + v.getUint16(at + 30, true) + v.getUint16(at + 32, true);
    records.push({ at, name: new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength)), bytes: zip.slice(at, at + length) });
    at += length;
  }
  return records;
}

/** A copy of `zip` with a 32-bit field of the named part's central record set (8 flags, 20 compressed size, 24 size). */
export function withCentralField(zip: Uint8Array, name: string, field: 8 | 20 | 24, value: number): Uint8Array {
  const record = centralRecords(zip).find((r) => r.name === name);
  if (!record) throw new Error(`no part ${name}`);
  const copy = zip.slice();
  if (field === 8) view(copy).setUint16(record.at + 8, value, true);
  else view(copy).setUint32(record.at + field, value, true);
  return copy;
}

/** A copy of `zip` whose end record announces `count` parts (the directory itself unchanged). */
export function withEntryCount(zip: Uint8Array, count: number): Uint8Array {
  const copy = zip.slice();
  view(copy).setUint16(endOf(copy) + 8, count, true);
  view(copy).setUint16(endOf(copy) + 10, count, true);
  return copy;
}

/**
 * A copy of `zip` whose directory lists the part `name` `times` more times, as `copy1.xml`, `copy2.xml`…, every
 * copy pointing at the same compressed bytes: the file barely grows, what it declares grows by the part's size each time.
 */
export function withRepeatedPart(zip: Uint8Array, name: string, times: number): Uint8Array {
  const records = centralRecords(zip);
  const part = records.find((r) => r.name === name);
  if (!part) throw new Error(`no part ${name}`);
  const copies = Array.from({ length: times }, (_, i) => renamed(part.bytes, `copy${i + 1}.xml`));
  const directory = [...records.map((r) => r.bytes), ...copies];
  const start = records[0]!.at;
  const size = directory.reduce((n, r) => n + r.length, 0);
  const out = new Uint8Array(start + size + 22);
  out.set(zip.subarray(0, start));
  let at = start;
  for (const r of directory) {
    out.set(r, at);
    at += r.length;
  }
  const end = new Uint8Array(22);
  const v = view(end);
  v.setUint32(0, 0x06054b50, true);
  v.setUint16(8, directory.length, true);
  v.setUint16(10, directory.length, true);
  v.setUint32(12, size, true);
  v.setUint32(16, start, true);
  out.set(end, at);
  return out;
}

function renamed(record: Uint8Array, name: string): Uint8Array {
  const v = view(record);
  const oldLength = v.getUint16(28, true);
  const encoded = new TextEncoder().encode(name);
  const out = new Uint8Array(record.length - oldLength + encoded.length);
  out.set(record.subarray(0, 46));
  out.set(encoded, 46);
  out.set(record.subarray(46 + oldLength), 46 + encoded.length);
  view(out).setUint16(28, encoded.length, true);
  return out;
}

/**
 * The first sectors of an OLE compound file: the header with its magic bytes, then a directory sector naming
 * `streams` in UTF-16LE, 128 bytes per entry, as Excel writes them (an encrypted .xlsx: `EncryptionInfo`,
 * `EncryptedPackage`; an .xls: `Workbook`).
 */
export function compoundFile(streams: readonly string[]): Uint8Array {
  const out = new Uint8Array(512 + 128 * (streams.length + 1));
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const v = view(out);
  v.setUint16(0x18, 0x003e, true); // minor version
  v.setUint16(0x1a, 0x0003, true); // major version 3: 512-byte sectors
  v.setUint16(0x1c, 0xfffe, true); // little-endian
  v.setUint16(0x1e, 9, true); // sector shift
  ['Root Entry', ...streams].forEach((name, i) => {
    const at = 512 + 128 * i;
    [...name].forEach((c, j) => v.setUint16(at + 2 * j, c.charCodeAt(0), true));
    v.setUint16(at + 64, 2 * (name.length + 1), true);
    out[at + 66] = i === 0 ? 5 : 2; // root storage, then streams
  });
  return out;
}
