import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipFiles, type NamedText } from '../../src/io/zipFiles';

/** Bình Định's eleven districts: one assignment-like file each, with Vietnamese text in it. */
const DISTRICTS = [
  ['540', 'Thành phố Quy Nhơn'], ['542', 'Huyện An Lão'], ['543', 'Thị xã Hoài Nhơn'], ['544', 'Huyện Hoài Ân'],
  ['545', 'Huyện Phù Mỹ'], ['546', 'Huyện Vĩnh Thạnh'], ['547', 'Huyện Tây Sơn'], ['548', 'Huyện Phù Cát'],
  ['549', 'Thị xã An Nhơn'], ['550', 'Huyện Tuy Phước'], ['551', 'Huyện Vân Canh'],
] as const;
const MODIFIED = new Date(2023, 6, 15, 8, 30, 0);

const districtFiles: NamedText[] = DISTRICTS.map(([code, name]) => ({
  name: `giao-chi-tieu-${name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/\s+/g, '-')}_2023-H2.json`,
  text: `${JSON.stringify({ format: 'dvctt-assignment', issuedBy: 'UBND tỉnh Bình Định', districts: [{ code, name, note: 'Đường dây nóng: “1022” — ổn định' }] }, null, 1)}\n`,
}));

/** The zip read back: each entry's name and bytes, in the zip's order. */
const readBack = (zip: Uint8Array) => Object.entries(unzipSync(zip)).map(([name, bytes]) => ({ name, bytes }));
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('zipFiles', () => {
  it('holds every file under its own name with its UTF-8 bytes, in order', () => {
    const zip = zipFiles(districtFiles, MODIFIED);
    expect([...zip.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]); // "PK", a local file header
    const entries = readBack(zip);
    expect(entries.map((e) => e.name)).toEqual(districtFiles.map((f) => f.name));
    expect(entries).toHaveLength(11);
    entries.forEach((entry, i) => {
      expect(entry.bytes).toEqual(utf8(districtFiles[i]!.text));
      expect(new TextDecoder('utf-8', { fatal: true }).decode(entry.bytes)).toBe(districtFiles[i]!.text);
    });
    expect(new TextDecoder().decode(entries[9]!.bytes)).toContain('"name": "Huyện Tuy Phước"');
  });

  it('keeps many files and compresses what repeats', () => {
    const many = Array.from({ length: 120 }, (_, i) => ({ name: `tệp-${i}.json`, text: `{"đơn vị": "Xã ${i}", "ghi chú": "${'Chỉ tiêu giao. '.repeat(40)}"}\n` }));
    const zip = zipFiles(many, MODIFIED);
    const entries = readBack(zip);
    expect(entries.map((e) => e.name)).toEqual(many.map((f) => f.name));
    entries.forEach((entry, i) => expect(entry.bytes).toEqual(utf8(many[i]!.text)));
    expect(zip.length).toBeLessThan(many.reduce((sum, f) => sum + utf8(f.text).length, 0) / 4);
  });

  it('keeps empty files, and a name given twice becomes «name (2)» rather than overwriting the first', () => {
    const entries = readBack(zipFiles([
      { name: 'a.json', text: 'một' }, { name: 'a.json', text: 'hai' }, { name: 'b', text: '' }, { name: 'a.json', text: 'ba' }, { name: 'b', text: 'bốn' },
    ], MODIFIED));
    expect(entries.map((e) => [e.name, new TextDecoder().decode(e.bytes)])).toEqual([
      ['a.json', 'một'], ['a (2).json', 'hai'], ['b', ''], ['a (3).json', 'ba'], ['b (2)', 'bốn'],
    ]);
  });

  it('writes the same bytes for the same files and date', () => {
    expect(zipFiles(districtFiles, MODIFIED)).toEqual(zipFiles(districtFiles, MODIFIED));
  });
});
