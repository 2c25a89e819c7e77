/**
 * A zip's central directory, read before anything is inflated, so that a zip bomb is refused by what it declares
 * rather than discovered by running out of memory. The reader (fflate, under read-excel-file) allocates each
 * part's declared uncompressed size and never writes past it, so the declared sizes checked here bound what
 * reading can take. Every offset is checked against the file: a damaged directory is a problem, never a throw.
 */
import type { XlsxProblem } from './xlsxTypes';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflate. */
  method: number;
  compressedSize: number;
  size: number;
  encrypted: boolean;
}

/** The largest uncompressed content read from one workbook: a month's statistics of every commune is a few MB. */
export const MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024;
/** An .xlsx has a dozen parts and one per sheet; a directory of more is not a workbook worth reading. */
export const MAX_ZIP_ENTRIES = 10_000;
/** Deflate cannot expand beyond about 1032:1 (258 bytes from a 2-bit code); a claim beyond is a lie or a bomb. */
const MAX_DEFLATE_RATIO = 1032;

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_HEADER = 0x02014b50;

export type ZipDirectory = { ok: true; entries: ZipEntry[] } | { ok: false; problem: XlsxProblem };

const damaged: ZipDirectory = { ok: false, problem: { code: 'damaged' } };

/**
 * The entries of the zip in `bytes`, or why it cannot be read: `notAZip` when there is no end-of-directory record.
 * The directory is found and walked exactly as fflate's `unzip` does (the last end record, its zip64 record when
 * one is there), so that the sizes checked are the sizes the reader will use; where fflate would read on past
 * something odd (a high 32 bits in a zip64 count, a wrong signature), the file is refused as damaged instead.
 */
export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfDirectory(view);
  if (eocd < 0) return { ok: false, problem: { code: 'notAZip' } };
  let count = view.getUint16(eocd + 8, true);
  let offset = view.getUint32(eocd + 16, true);
  const zip64 = readZip64End(view, eocd);
  if (zip64 === 'damaged') return damaged;
  if (zip64) ({ count, offset } = zip64);
  if (count > MAX_ZIP_ENTRIES) return { ok: false, problem: { code: 'tooLarge', what: 'parts', size: count, limit: MAX_ZIP_ENTRIES } };
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    const read = readCentralHeader(view, bytes, offset, zip64 !== null);
    if (!read) return damaged;
    entries.push(read.entry);
    offset = read.next;
  }
  return checkSizes(entries);
}

function checkSizes(entries: ZipEntry[]): ZipDirectory {
  let total = 0;
  for (const e of entries) {
    if (e.encrypted) return { ok: false, problem: { code: 'encrypted' } };
    if (e.method === 0 && e.size !== e.compressedSize) return damaged;
    if (e.method !== 0 && e.method !== 8) return damaged;
    if (e.method === 8 && e.size > e.compressedSize * MAX_DEFLATE_RATIO + 1024) {
      return { ok: false, problem: { code: 'tooLarge', what: 'ratio', size: e.size, limit: e.compressedSize * MAX_DEFLATE_RATIO } };
    }
    total += e.size;
  }
  if (total > MAX_UNCOMPRESSED_BYTES) return { ok: false, problem: { code: 'tooLarge', what: 'uncompressed', size: total, limit: MAX_UNCOMPRESSED_BYTES } };
  return { ok: true, entries };
}

/** The end-of-central-directory record: the last one in the file's last 65,557 bytes (fflate takes the last). */
function findEndOfDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  for (let at = last; at > 0 && view.byteLength - at <= 65558; at--) if (view.getUint32(at, true) === EOCD) return at;
  return -1;
}

const uint64 = (view: DataView, at: number) => view.getUint32(at, true) + view.getUint32(at + 4, true) * 2 ** 32;

/** The zip64 end record, when its locator sits just before the end record (fflate then reads the sizes of zip64). */
function readZip64End(view: DataView, eocd: number): { count: number; offset: number } | 'damaged' | null {
  const locator = eocd - 20;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) return null;
  const end = uint64(view, locator + 8);
  if (end + 56 > view.byteLength || view.getUint32(end, true) !== ZIP64_EOCD) return null;
  const count = uint64(view, end + 32);
  const offset = uint64(view, end + 48);
  // fflate reads only the low 32 bits of both; in a file of at most 50 MB a larger value is a damaged or crafted one.
  return count > 0xffffffff || offset > 0xffffffff ? 'damaged' : { count, offset };
}

function readCentralHeader(view: DataView, bytes: Uint8Array, at: number, zip64: boolean): { entry: ZipEntry; next: number } | null {
  if (at + 46 > view.byteLength || view.getUint32(at, true) !== CENTRAL_HEADER) return null;
  const nameLength = view.getUint16(at + 28, true);
  const extraLength = view.getUint16(at + 30, true);
  const next = at + 46 + nameLength + extraLength + view.getUint16(at + 32, true);
  if (next > view.byteLength) return null;
  const flags = view.getUint16(at + 8, true);
  let compressedSize = view.getUint32(at + 20, true);
  let size = view.getUint32(at + 24, true);
  const fullOffset = view.getUint32(at + 42, true) === 0xffffffff;
  if (zip64 && (size === 0xffffffff || compressedSize === 0xffffffff || fullOffset)) {
    // Zip64: the true sizes are in the extra field 0x0001, uncompressed first, each only when its field is full.
    // Without a zip64 end record fflate takes a full field as it is (4 GB): so does this, and it is refused as too large.
    const sizes = zip64Sizes(view, at + 46 + nameLength, extraLength, [size === 0xffffffff, compressedSize === 0xffffffff, fullOffset]);
    if (!sizes) return null;
    size = sizes.size ?? size;
    compressedSize = sizes.compressedSize ?? compressedSize;
  }
  const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
  return { entry: { name, method: view.getUint16(at + 10, true), compressedSize, size, encrypted: (flags & 1) === 1 }, next };
}

/** The zip64 extra field (0x0001): 8 bytes for each full field, in the order uncompressed, compressed, offset. */
function zip64Sizes(view: DataView, start: number, length: number, full: [size: boolean, compressed: boolean, offset: boolean]): { size?: number; compressedSize?: number } | null {
  const [hasSize, hasCompressed] = full;
  const needed = 8 * full.filter(Boolean).length;
  for (let at = start; at + 4 <= start + length;) {
    const dataLength = view.getUint16(at + 2, true);
    if (view.getUint16(at, true) === 0x0001) {
      if (dataLength < needed || at + 4 + needed > start + length) return null;
      return { size: hasSize ? uint64(view, at + 4) : undefined, compressedSize: hasCompressed ? uint64(view, at + 4 + (hasSize ? 8 : 0)) : undefined };
    }
    at += 4 + dataLength;
  }
  return null;
}
